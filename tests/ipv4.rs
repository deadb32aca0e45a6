//! The IPv4 header of the API contract against known bytes, the four ways smoltcp tests
//! its headers: deconstruct (bytes to accessors), construct (setters to bytes), parse
//! (bytes to an owned value) and emit (owned value to bytes).

use wire::prelude::*;
use wire::{DecodeError, EncodeError, OutOfRangeValue};
use wire_test_support::api::{ipv4_repr, Ipv4Header, IPV4_BYTES};

// A second header whose bit fields are all non-zero, so that a field written to the
// wrong bits of its run cannot go unnoticed. Built with Python's `struct`:
//
//     import struct
//     struct.pack('>BBHHHBBH4s4s', 4 << 4 | 5, 46 << 2 | 2, 1500, 0x1c46,
//                 1 << 13 | 185, 128, 6, 0xbeef,
//                 bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])).hex(' ')
static FRAGMENT_BYTES: [u8; 20] = [
    0x45, 0xba, 0x05, 0xdc, 0x1c, 0x46, 0x20, 0xb9, 0x80, 0x06, 0xbe, 0xef, 0x0a, 0x00, 0x00, 0x01,
    0x0a, 0x00, 0x00, 0x02,
];

fn fragment_repr() -> Ipv4Header {
    Ipv4Header {
        version: 4,
        ihl: 5,
        dscp: 46, // expedited forwarding
        ecn: 2,
        total_len: 1500,
        identification: 0x1c46,
        flags: 1, // more fragments
        fragment_offset: 185,
        ttl: 128,
        protocol: 6,
        checksum: 0xbeef,
        src: [10, 0, 0, 1],
        dst: [10, 0, 0, 2],
    }
}

#[test]
fn size_is_twenty_bytes() {
    assert_eq!(Ipv4Header::SIZE, 20);
    assert_eq!(<Ipv4Header as FixedSize>::SIZE, 20);
    assert_eq!(ipv4_repr().encoded_len(), 20);
}

#[test]
fn deconstruct() {
    let view = Ipv4Header::view(&IPV4_BYTES).unwrap();
    assert_eq!(view.version(), 4);
    assert_eq!(view.ihl(), 5);
    assert_eq!(view.dscp(), 0);
    assert_eq!(view.ecn(), 0);
    assert_eq!(view.total_len(), 115);
    assert_eq!(view.identification(), 0);
    assert_eq!(view.flags(), 2); // don't fragment
    assert_eq!(view.fragment_offset(), 0);
    assert_eq!(view.ttl(), 64);
    assert_eq!(view.protocol(), 17); // UDP
    assert_eq!(view.checksum(), 0xb861);
    assert_eq!(view.src(), [192, 168, 0, 1]);
    assert_eq!(view.dst(), [192, 168, 0, 199]);
    assert_eq!(view.as_bytes(), &IPV4_BYTES[..]);
}

#[test]
fn construct() {
    let mut bytes = [0u8; 20];
    let mut view = Ipv4Header::view_mut(&mut bytes).unwrap();
    view.set_version(4).unwrap();
    view.set_ihl(5).unwrap();
    view.set_dscp(0).unwrap();
    view.set_ecn(0).unwrap();
    view.set_total_len(115);
    view.set_identification(0);
    view.set_flags(2).unwrap();
    view.set_fragment_offset(0).unwrap();
    view.set_ttl(64);
    view.set_protocol(17);
    view.set_checksum(0xb861);
    view.set_src([192, 168, 0, 1]);
    view.set_dst([192, 168, 0, 199]);
    assert_eq!(view.as_bytes(), &IPV4_BYTES[..]);
    assert_eq!(bytes, IPV4_BYTES);
}

#[test]
fn parse() {
    assert_eq!(Ipv4Header::decode(&IPV4_BYTES), Ok(ipv4_repr()));
}

#[test]
fn emit() {
    let mut bytes = [0u8; 20];
    assert_eq!(ipv4_repr().encode(&mut bytes), Ok(20));
    assert_eq!(bytes, IPV4_BYTES);
    assert_eq!(ipv4_repr().encode_to_vec(), IPV4_BYTES.to_vec());
}

#[test]
fn deconstruct_every_bit_field_set() {
    let view = Ipv4Header::view(&FRAGMENT_BYTES).unwrap();
    assert_eq!(view.version(), 4);
    assert_eq!(view.ihl(), 5);
    assert_eq!(view.dscp(), 46);
    assert_eq!(view.ecn(), 2);
    assert_eq!(view.total_len(), 1500);
    assert_eq!(view.identification(), 0x1c46);
    assert_eq!(view.flags(), 1);
    assert_eq!(view.fragment_offset(), 185);
    assert_eq!(view.ttl(), 128);
    assert_eq!(view.protocol(), 6);
    assert_eq!(view.checksum(), 0xbeef);
    assert_eq!(view.src(), [10, 0, 0, 1]);
    assert_eq!(view.dst(), [10, 0, 0, 2]);
}

#[test]
fn construct_every_bit_field_set() {
    let repr = fragment_repr();
    let mut bytes = [0u8; 20];
    let mut view = Ipv4Header::view_mut(&mut bytes).unwrap();
    // In reverse order, so a setter that clobbers its neighbours in the run shows up.
    view.set_dst(repr.dst);
    view.set_src(repr.src);
    view.set_checksum(repr.checksum);
    view.set_protocol(repr.protocol);
    view.set_ttl(repr.ttl);
    view.set_fragment_offset(repr.fragment_offset).unwrap();
    view.set_flags(repr.flags).unwrap();
    view.set_identification(repr.identification);
    view.set_total_len(repr.total_len);
    view.set_ecn(repr.ecn).unwrap();
    view.set_dscp(repr.dscp).unwrap();
    view.set_ihl(repr.ihl).unwrap();
    view.set_version(repr.version).unwrap();
    assert_eq!(bytes, FRAGMENT_BYTES);
}

#[test]
fn parse_and_emit_every_bit_field_set() {
    assert_eq!(Ipv4Header::decode(&FRAGMENT_BYTES), Ok(fragment_repr()));
    assert_eq!(fragment_repr().encode_to_vec(), FRAGMENT_BYTES.to_vec());
}

#[test]
fn setters_edit_a_header_in_place() {
    // A router's work: decrement the TTL and clear DF, leaving every other bit alone.
    let mut bytes = IPV4_BYTES;
    let mut view = Ipv4Header::view_mut(&mut bytes).unwrap();
    view.set_ttl(63);
    view.set_flags(0).unwrap();
    let mut expected = IPV4_BYTES;
    expected[8] = 63;
    expected[6] = 0x00;
    assert_eq!(bytes, expected);

    // Rewriting a field of a run keeps the other fields of that run.
    let mut bytes = FRAGMENT_BYTES;
    let mut view = Ipv4Header::view_mut(&mut bytes).unwrap();
    view.set_fragment_offset(0x1fff).unwrap();
    view.set_ecn(0).unwrap();
    let mut expected = FRAGMENT_BYTES;
    expected[6] = 0x3f; // flags 001, fragment offset all ones
    expected[7] = 0xff;
    expected[1] = 0xb8; // dscp 46, ecn 0
    assert_eq!(bytes, expected);
    let header = Ipv4Header::decode(&bytes).unwrap();
    assert_eq!(header.flags, 1);
    assert_eq!(header.dscp, 46);
}

#[test]
fn view_prefix_splits_header_from_payload() {
    let mut packet = IPV4_BYTES.to_vec();
    packet.extend_from_slice(b"payload");
    let (view, payload) = Ipv4Header::view_prefix(&packet).unwrap();
    assert_eq!(view.total_len(), 115);
    assert_eq!(view.as_bytes(), &IPV4_BYTES[..]);
    assert_eq!(payload, b"payload");
    assert_eq!(
        Ipv4Header::decode_prefix(&packet),
        Ok((ipv4_repr(), &b"payload"[..]))
    );
    assert_eq!(
        Ipv4Header::view(&packet).err(),
        Some(DecodeError::TrailingBytes {
            offset: 20,
            count: 7
        })
    );
}

#[test]
fn bit_fields_reject_values_that_do_not_fit() {
    let too_new = Ipv4Header {
        version: 16,
        ..ipv4_repr()
    };
    assert_eq!(
        too_new.encode(&mut [0u8; 20]),
        Err(EncodeError::ValueOutOfRange {
            field: "version",
            offset: 0,
            value: OutOfRangeValue::new(16),
            bits: 4,
            signed: false
        })
    );
    let too_far = Ipv4Header {
        fragment_offset: 0x2000,
        ..ipv4_repr()
    };
    assert_eq!(
        too_far.encode(&mut [0u8; 20]),
        Err(EncodeError::ValueOutOfRange {
            field: "fragment_offset",
            offset: 6,
            value: OutOfRangeValue::new(0x2000),
            bits: 13,
            signed: false
        })
    );

    // The offset is where the bit run starts: version, ihl, dscp and ecn are one run.
    let mut bytes = IPV4_BYTES;
    let mut view = Ipv4Header::view_mut(&mut bytes).unwrap();
    assert_eq!(
        view.set_dscp(64),
        Err(EncodeError::ValueOutOfRange {
            field: "dscp",
            offset: 0,
            value: OutOfRangeValue::new(64),
            bits: 6,
            signed: false
        })
    );
    assert_eq!(
        view.set_flags(8),
        Err(EncodeError::ValueOutOfRange {
            field: "flags",
            offset: 6,
            value: OutOfRangeValue::new(8),
            bits: 3,
            signed: false
        })
    );
}
