//! Checksum fields (`#[wire(checksum = "…", over = "…", verify)]`) against known bytes:
//! `encode` writes them, a view's `verify_checksum` checks them, a mutable view's
//! `fill_checksum` recomputes them, and `verify` makes `view` and `decode` check them.

use wire::checksum;
use wire::prelude::*;
use wire::DecodeError;

/// The IPv4 header of RFC 791 §3.1, its checksum the Internet checksum of the header
/// (RFC 791: "the 16 bit one's complement of the one's complement sum of all 16 bit
/// words in the header").
#[derive(Wire, Debug, PartialEq, Eq, Clone)]
#[wire(endian = "big")]
struct Ipv4 {
    #[wire(bits = 4)]
    version: u8,
    #[wire(bits = 4)]
    ihl: u8,
    #[wire(bits = 6)]
    dscp: u8,
    #[wire(bits = 2)]
    ecn: u8,
    total_len: u16,
    identification: u16,
    #[wire(bits = 3)]
    flags: u8,
    #[wire(bits = 13)]
    fragment_offset: u16,
    ttl: u8,
    protocol: u8,
    #[wire(checksum = "internet", over = "block")]
    checksum: u16,
    src: [u8; 4],
    dst: [u8; 4],
}

/// A captured UDP datagram's IPv4 header, 192.168.0.1 to 192.168.0.199, checksum 0xb861
/// (the worked example of Wikipedia's "Internet checksum" article).
static UDP_HEADER: [u8; 20] = [
    0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0xb8, 0x61, 0xc0, 0xa8, 0x00, 0x01,
    0xc0, 0xa8, 0x00, 0xc7,
];

/// A captured TCP segment's IPv4 header, 172.16.10.99 to 172.16.10.12, checksum 0xb1e6
/// (the example of the "IPv4 header checksum" article of Wikipedia).
static TCP_HEADER: [u8; 20] = [
    0x45, 0x00, 0x00, 0x3c, 0x1c, 0x46, 0x40, 0x00, 0x40, 0x06, 0xb1, 0xe6, 0xac, 0x10, 0x0a, 0x63,
    0xac, 0x10, 0x0a, 0x0c,
];

#[test]
fn encode_writes_the_real_headers_checksums() {
    for bytes in [UDP_HEADER, TCP_HEADER] {
        let mut header = Ipv4::decode(&bytes).unwrap();
        // The value in the owned struct is ignored: encode computes it.
        header.checksum = 0xdead;
        let mut out = [0u8; 20];
        assert_eq!(header.encode(&mut out).unwrap(), 20);
        assert_eq!(out, bytes);
        assert_eq!(header.encode_to_vec(), bytes);
    }
}

#[test]
fn a_view_finds_a_flipped_bit() {
    assert_eq!(Ipv4::view(&UDP_HEADER).unwrap().verify_checksum(), Ok(()));
    let mut bytes = UDP_HEADER;
    bytes[15] ^= 0x04;
    // Without `verify`, `view` does not pay for the checksum.
    let view = Ipv4::view(&bytes).unwrap();
    assert_eq!(
        view.verify_checksum(),
        Err(DecodeError::ChecksumMismatch {
            field: "checksum",
            offset: 10,
            expected: u32::from(checksum::internet(&{
                let mut zeroed = bytes;
                zeroed[10..12].fill(0);
                zeroed
            })),
            found: 0xb861,
        })
    );
}

#[test]
fn fill_checksum_after_setters() {
    let mut bytes = [0u8; 20];
    let mut view = Ipv4::view_mut(&mut bytes).unwrap();
    view.set_version(4).unwrap();
    view.set_ihl(5).unwrap();
    view.set_total_len(0x3c);
    view.set_identification(0x1c46);
    view.set_flags(2).unwrap();
    view.set_ttl(64);
    view.set_protocol(6);
    view.set_src([172, 16, 10, 99]);
    view.set_dst([172, 16, 10, 12]);
    // Setters do not recompute the checksum.
    assert_eq!(view.checksum(), 0);
    assert!(view.verify_checksum().is_err());
    view.fill_checksum();
    assert_eq!(view.checksum(), 0xb1e6);
    assert_eq!(view.verify_checksum(), Ok(()));
    assert_eq!(bytes, TCP_HEADER);
}

/// A request frame shaped like a Modbus RTU one (address, function, start, count) with a
/// little-endian CRC-16 trailer over the fields before it.
#[derive(Wire, Debug, PartialEq, Eq, Clone, Copy)]
#[wire(endian = "little")]
struct Request {
    address: u8,
    function: u8,
    #[wire(endian = "big")]
    start: u16,
    #[wire(endian = "big")]
    count: u16,
    #[wire(checksum = "crc16-kermit", over = "address..=count", verify)]
    crc: u16,
}

#[test]
fn crc16_trailer_over_named_fields() {
    let request = Request {
        address: 0x11,
        function: 0x03,
        start: 0x006b,
        count: 0x0003,
        crc: 0,
    };
    let bytes = request.encode_to_vec();
    let crc = checksum::crc16_kermit(&bytes[..6]);
    assert_eq!(bytes[6..], crc.to_le_bytes());
    let decoded = Request::decode(&bytes).unwrap();
    assert_eq!(decoded.crc, crc);

    // `verify`: `view`, `View::new` and `decode` refuse a damaged frame.
    let mut damaged = bytes.clone();
    damaged[3] ^= 0x80;
    let expected = DecodeError::ChecksumMismatch {
        field: "crc",
        offset: 6,
        expected: u32::from(checksum::crc16_kermit(&damaged[..6])),
        found: u32::from(crc),
    };
    assert_eq!(Request::view(&damaged).unwrap_err(), expected);
    assert_eq!(RequestView::new(&damaged[..]).unwrap_err(), expected);
    assert_eq!(Request::decode(&damaged).unwrap_err(), expected);
    assert_eq!(Request::view_prefix(&damaged).unwrap_err(), expected);
}

/// CRC-32 over a run of fields, CRC-16/CCITT over one, and CRC-32C over the whole
/// record, which covers the two checksums declared before it.
#[derive(Wire, Debug, PartialEq, Eq, Clone, Copy)]
#[wire(endian = "big")]
struct Record {
    kind: u8,
    seq: u32,
    payload: [u8; 9],
    #[wire(checksum = "crc16-ccitt", over = "payload")]
    payload_crc: u16,
    #[wire(checksum = "crc32", over = "kind..=payload")]
    body_crc: u32,
    #[wire(checksum = "crc32c", verify)]
    record_crc: u32,
}

#[test]
fn crc32_and_crc32c_trailers() {
    let record = Record {
        kind: 7,
        seq: 0x0102_0304,
        payload: *b"123456789",
        payload_crc: 1,
        body_crc: 2,
        record_crc: 3,
    };
    let bytes = record.encode_to_vec();
    assert_eq!(bytes.len(), 24);
    // The catalogue's check value: the payload is "123456789".
    assert_eq!(bytes[14..16], 0x29B1u16.to_be_bytes());
    assert_eq!(bytes[16..20], checksum::crc32(&bytes[..14]).to_be_bytes());
    let mut zeroed = bytes.clone();
    zeroed[20..].fill(0);
    assert_eq!(bytes[20..], checksum::crc32c(&zeroed).to_be_bytes());

    let view = Record::view(&bytes).unwrap();
    assert_eq!(view.verify_checksum(), Ok(()));
    assert_eq!(view.payload_crc(), 0x29B1);

    // A damaged CRC-16 is found first by `verify_checksum`, in declaration order; the
    // record CRC (the `verify` one) refuses the view.
    let mut damaged = bytes.clone();
    damaged[15] ^= 1;
    assert!(matches!(
        Record::view(&damaged),
        Err(DecodeError::ChecksumMismatch {
            field: "record_crc",
            offset: 20,
            ..
        })
    ));
    // A mutable view checks the length only.
    let mut copy = damaged.clone();
    let unchecked = Record::view_mut(&mut copy).unwrap();
    assert!(matches!(
        unchecked.verify_checksum(),
        Err(DecodeError::ChecksumMismatch {
            field: "payload_crc",
            offset: 14,
            ..
        })
    ));
}

/// A variable-length message with a CRC-32C in its fixed block over the whole encoding.
#[derive(Wire, Debug, PartialEq, Eq, Clone)]
#[wire(endian = "big")]
struct Note {
    id: u32,
    #[wire(checksum = "crc32c", verify)]
    crc: u32,
    #[wire(len = "u16")]
    text: String,
    #[wire(len = "u8")]
    tags: Vec<u8>,
}

fn note() -> Note {
    Note {
        id: 42,
        crc: 0,
        text: "hello".into(),
        tags: vec![1, 2, 3],
    }
}

#[test]
fn variable_message_crc_over_the_message() {
    let bytes = note().encode_to_vec();
    assert_eq!(bytes.len(), 4 + 4 + 2 + 5 + 1 + 3);
    let mut zeroed = bytes.clone();
    zeroed[4..8].fill(0);
    let crc = checksum::crc32c(&zeroed);
    assert_eq!(bytes[4..8], crc.to_be_bytes());

    let view = Note::view(&bytes).unwrap();
    assert_eq!(view.verify_checksum(), Ok(()));
    assert_eq!(view.text(), "hello");
    assert_eq!(Note::decode(&bytes).unwrap(), Note { crc, ..note() });

    // A flipped bit in a variable field: `verify` refuses the view and the decode.
    let mut damaged = bytes.clone();
    damaged[12] ^= 0x20;
    let expected = DecodeError::ChecksumMismatch {
        field: "crc",
        offset: 4,
        expected: checksum::crc32c(&{
            let mut z = damaged.clone();
            z[4..8].fill(0);
            z
        }),
        found: crc,
    };
    assert_eq!(Note::view(&damaged).unwrap_err(), expected);
    assert_eq!(Note::decode(&damaged).unwrap_err(), expected);
    // Trailing bytes are not part of the message: `view_prefix` checks its own bytes.
    let mut longer = bytes.clone();
    longer.extend_from_slice(b"next");
    let (view, rest) = Note::view_prefix(&longer).unwrap();
    assert_eq!((view.verify_checksum(), rest), (Ok(()), &b"next"[..]));
}

/// A fixed type with a `verify` checksum, nested in a variable message: checked where it
/// lies, its offset in the error counted from the outer message.
#[derive(Wire, Debug, PartialEq, Eq, Clone, Copy)]
#[wire(endian = "big")]
struct Tagged {
    value: u32,
    #[wire(checksum = "crc16-ccitt", verify)]
    crc: u16,
}

#[derive(Wire, Debug, PartialEq, Eq, Clone)]
#[wire(endian = "big")]
struct Batch {
    first: Tagged,
    #[wire(len = "u8")]
    rest: Vec<Tagged>,
}

#[test]
fn nested_checksums_are_filled_and_verified() {
    let tagged = |value| Tagged { value, crc: 0 };
    let batch = Batch {
        first: tagged(1),
        rest: vec![tagged(2), tagged(3)],
    };
    let bytes = batch.encode_to_vec();
    for (i, chunk) in [&bytes[..6], &bytes[7..13], &bytes[13..19]]
        .iter()
        .enumerate()
    {
        assert_eq!(chunk[..4], (i as u32 + 1).to_be_bytes());
        // Over the whole `Tagged`, its own two bytes read as zero.
        let mut zeroed = chunk.to_vec();
        zeroed[4..].fill(0);
        assert_eq!(chunk[4..], checksum::crc16_ccitt(&zeroed).to_be_bytes());
    }
    assert!(Batch::view(&bytes).is_ok());
    let mut damaged = bytes.clone();
    damaged[14] ^= 1;
    assert!(matches!(
        Batch::decode(&damaged),
        Err(DecodeError::ChecksumMismatch {
            field: "crc",
            offset: 17,
            ..
        })
    ));
}

#[test]
fn the_schema_describes_the_checksums() {
    use wire::schema::{Checksum, ChecksumAlgorithm, ChecksumRange};
    let field = |schema: &'static wire::schema::Schema, name: &str| {
        let wire::schema::Body::Struct(s) = &schema.body else {
            panic!("a struct");
        };
        s.fields.iter().find(|f| f.name == name).unwrap().checksum
    };
    assert_eq!(
        field(Ipv4::SCHEMA, "checksum"),
        Some(Checksum {
            algorithm: ChecksumAlgorithm::Internet,
            over: ChecksumRange::Block,
            verify_on_view: false,
        })
    );
    assert_eq!(
        field(Record::SCHEMA, "body_crc"),
        Some(Checksum {
            algorithm: ChecksumAlgorithm::Crc32,
            over: ChecksumRange::Fields {
                first: "kind",
                last: "payload",
            },
            verify_on_view: false,
        })
    );
    assert_eq!(
        field(Note::SCHEMA, "crc"),
        Some(Checksum {
            algorithm: ChecksumAlgorithm::Crc32c,
            over: ChecksumRange::Message,
            verify_on_view: true,
        })
    );
    assert_eq!(field(Note::SCHEMA, "id"), None);
}

/// A versioned message: `over = "message"` covers its header (block and variable
/// lengths) too.
#[derive(Wire, Debug, PartialEq, Eq, Clone)]
#[wire(endian = "big", version = 1)]
struct Versioned {
    id: u16,
    #[wire(checksum = "crc32", verify)]
    crc: u32,
    #[wire(len = "u8")]
    text: String,
}

#[test]
fn versioned_message_crc_covers_the_header() {
    let value = Versioned {
        id: 9,
        crc: 0,
        text: "abc".into(),
    };
    let bytes = value.encode_to_vec();
    // A 6-byte header (block length u16, variable length u32), the 6-byte block, then
    // the string.
    assert_eq!(bytes.len(), 6 + 6 + 4);
    let mut zeroed = bytes.clone();
    zeroed[8..12].fill(0);
    let crc = checksum::crc32(&zeroed);
    assert_eq!(bytes[8..12], crc.to_be_bytes());
    assert_eq!(
        Versioned::decode(&bytes).unwrap(),
        Versioned { crc, ..value }
    );
    let mut damaged = bytes.clone();
    damaged[1] ^= 1; // the block length: a header byte
    assert!(Versioned::view(&damaged).is_err());
    let mut damaged = bytes;
    damaged[15] ^= 1;
    assert!(matches!(
        Versioned::view(&damaged),
        Err(DecodeError::ChecksumMismatch {
            field: "crc",
            offset: 8,
            ..
        })
    ));
}

/// IPv4 with its options and payload (RFC 791 §3.1): the header checksum covers the
/// fixed header and the options, `byte_len = "ihl * 4 - 20"`, not the payload.
#[derive(Wire, Debug, PartialEq, Eq, Clone)]
#[wire(endian = "big")]
struct Ipv4WithOptions {
    #[wire(bits = 4)]
    version: u8,
    #[wire(bits = 4)]
    ihl: u8,
    tos: u8,
    total_length: u16,
    identification: u16,
    flags_fragment: u16,
    ttl: u8,
    protocol: u8,
    #[wire(checksum = "internet", over = "version..=options", verify)]
    checksum: u16,
    src: [u8; 4],
    dst: [u8; 4],
    #[wire(byte_len = "ihl * 4 - 20", max_len = 40)]
    options: Vec<u8>,
    #[wire(byte_len = "total_length - ihl * 4")]
    payload: Vec<u8>,
}

/// 10.0.0.1 to 10.0.0.2 with a Router Alert option (RFC 2113); its header checksum,
/// 0x7f98, summed by hand over the 24 header bytes.
static ROUTER_ALERT: [u8; 26] = [
    0x46, 0x00, 0x00, 0x1a, 0x12, 0x34, 0x40, 0x00, 0x40, 0x11, 0x7f, 0x98, 0x0a, 0x00, 0x00, 0x01,
    0x0a, 0x00, 0x00, 0x02, 0x94, 0x04, 0x00, 0x00, 0xca, 0xfe,
];

fn router_alert() -> Ipv4WithOptions {
    Ipv4WithOptions {
        version: 4,
        ihl: 0,
        tos: 0,
        total_length: 0,
        identification: 0x1234,
        flags_fragment: 0x4000,
        ttl: 64,
        protocol: 17,
        checksum: 0,
        src: [10, 0, 0, 1],
        dst: [10, 0, 0, 2],
        options: vec![0x94, 0x04, 0, 0],
        payload: vec![0xca, 0xfe],
    }
}

#[test]
fn a_range_ending_at_a_variable_field_covers_it() {
    let bytes = router_alert().encode_to_vec();
    assert_eq!(bytes, ROUTER_ALERT);
    let view = Ipv4WithOptions::view(&bytes).unwrap();
    assert_eq!(view.verify_checksum(), Ok(()));
    assert_eq!(
        (view.options(), view.payload()),
        (&[0x94, 4, 0, 0][..], &[0xca, 0xfe][..])
    );

    // The payload is not covered: changing it keeps the checksum.
    let mut other_payload = bytes.clone();
    other_payload[25] ^= 0xff;
    assert_eq!(
        Ipv4WithOptions::view(&other_payload)
            .unwrap()
            .verify_checksum(),
        Ok(())
    );

    // An option byte is covered: `verify` refuses the view and the decode.
    let mut damaged = bytes.clone();
    damaged[22] = 0x01;
    let expected = DecodeError::ChecksumMismatch {
        field: "checksum",
        offset: 10,
        expected: u32::from(checksum::internet(&{
            let mut zeroed = damaged.clone();
            zeroed[10..12].fill(0);
            zeroed.truncate(24);
            zeroed
        })),
        found: 0x7f98,
    };
    assert_eq!(Ipv4WithOptions::view(&damaged).unwrap_err(), expected);
    assert_eq!(Ipv4WithOptions::decode(&damaged).unwrap_err(), expected);

    // Ethernet pads short frames: the bytes after `total_length` are not the packet's.
    let mut padded = bytes.clone();
    padded.extend_from_slice(&[0; 20]);
    let (view, rest) = Ipv4WithOptions::view_prefix(&padded).unwrap();
    assert_eq!((view.verify_checksum(), rest.len()), (Ok(()), 20));
}

/// Ranges that start at a variable field: `name` from its length prefix, and a
/// conditional field that covers nothing when absent.
#[derive(Wire, Debug, PartialEq, Eq, Clone)]
#[wire(endian = "big")]
struct Flagged {
    #[wire(bits = 1)]
    has_extra: bool,
    #[wire(bits = 7)]
    kind: u8,
    count: u8,
    #[wire(checksum = "crc32", over = "name")]
    name_crc: u32,
    #[wire(checksum = "crc16-ccitt", over = "extra..=values", verify)]
    tail_crc: u16,
    #[wire(len = "u8")]
    name: String,
    #[wire(if = "has_extra")]
    extra: Option<u32>,
    #[wire(count = "count")]
    values: Vec<u16>,
    #[wire(len = "u8")]
    trailer: Vec<u8>,
}

fn flagged(extra: Option<u32>) -> Flagged {
    Flagged {
        has_extra: extra.is_some(),
        kind: 3,
        count: 0,
        name_crc: 0,
        tail_crc: 0,
        name: "abc".into(),
        extra,
        values: vec![0x0102, 0x0304],
        trailer: vec![9, 9],
    }
}

#[test]
fn a_range_starting_at_a_variable_field_starts_at_its_prefix() {
    for extra in [Some(0xdead_beef), None] {
        let bytes = flagged(extra).encode_to_vec();
        // name: its length prefix at 8, then three bytes.
        assert_eq!(bytes[8..12], [3, b'a', b'b', b'c']);
        assert_eq!(bytes[2..6], checksum::crc32(&bytes[8..12]).to_be_bytes());
        // extra (four bytes or none) and the two values; not the trailer.
        let tail_end = bytes.len() - 3;
        let tail = checksum::crc16_ccitt(&bytes[12..tail_end]);
        assert_eq!(bytes[6..8], tail.to_be_bytes());
        assert_eq!(tail_end - 12, if extra.is_some() { 8 } else { 4 });

        let view = Flagged::view(&bytes).unwrap();
        assert_eq!(view.verify_checksum(), Ok(()));
        assert_eq!(view.extra(), extra);
        assert_eq!(Flagged::decode(&bytes).unwrap().values, [0x0102, 0x0304]);

        // The trailer is outside both ranges; a value is inside the verified one.
        let mut trailer = bytes.clone();
        trailer[tail_end + 1] = 0;
        assert_eq!(Flagged::view(&trailer).unwrap().verify_checksum(), Ok(()));
        let mut damaged = bytes.clone();
        damaged[tail_end - 1] ^= 1;
        assert!(matches!(
            Flagged::decode(&damaged),
            Err(DecodeError::ChecksumMismatch {
                field: "tail_crc",
                offset: 6,
                ..
            })
        ));
        // `name_crc` has no `verify`: the view is made, `verify_checksum` finds it.
        let mut renamed = bytes.clone();
        renamed[9] = b'x';
        let view = Flagged::view(&renamed).unwrap();
        assert!(matches!(
            view.verify_checksum(),
            Err(DecodeError::ChecksumMismatch {
                field: "name_crc",
                offset: 2,
                ..
            })
        ));
    }
}

/// A list of messages whose ranges cover variable fields: each element is checked, at
/// its own offsets, by the walks that read lists.
#[derive(Wire, Debug, PartialEq, Eq, Clone)]
#[wire(endian = "big")]
struct FlaggedBatch {
    #[wire(len = "u8")]
    records: Vec<Flagged>,
}

#[test]
fn elements_of_a_list_check_their_variable_ranges() {
    let batch = FlaggedBatch {
        records: vec![flagged(None), flagged(Some(7))],
    };
    let bytes = batch.encode_to_vec();
    let decoded = FlaggedBatch::decode(&bytes).unwrap();
    assert_eq!(decoded.records.len(), 2);
    assert_eq!(decoded.records[1].extra, Some(7));
    let view = FlaggedBatch::view(&bytes).unwrap();
    for element in view.records() {
        assert_eq!(element.verify_checksum(), Ok(()));
    }
    // A value of the second element, just before its trailer.
    let mut damaged = bytes.clone();
    let at = bytes.len() - 4;
    damaged[at] ^= 0x80;
    assert!(matches!(
        FlaggedBatch::decode(&damaged),
        Err(DecodeError::ChecksumMismatch {
            field: "tail_crc",
            ..
        })
    ));
    assert!(FlaggedBatch::view(&damaged).is_err());
}

/// A versioned message whose range is its variable fields: their bounds are positions
/// in the whole encoding, header included.
#[derive(Wire, Debug, PartialEq, Eq, Clone)]
#[wire(endian = "big", version = 1)]
struct VersionedText {
    id: u16,
    #[wire(checksum = "crc16-ccitt", over = "text..=tags", verify)]
    crc: u16,
    #[wire(len = "u8")]
    text: String,
    #[wire(len = "u8")]
    tags: Vec<u8>,
}

#[test]
fn versioned_message_range_over_variable_fields() {
    let value = VersionedText {
        id: 1,
        crc: 0,
        text: "ab".into(),
        tags: vec![7],
    };
    let bytes = value.encode_to_vec();
    // The 6-byte header, the 4-byte block, then `text` and `tags` with their prefixes.
    assert_eq!(bytes.len(), 6 + 4 + 3 + 2);
    let crc = checksum::crc16_ccitt(&bytes[10..]);
    assert_eq!(bytes[8..10], crc.to_be_bytes());
    let view = VersionedText::view(&bytes).unwrap();
    assert_eq!((view.verify_checksum(), view.text()), (Ok(()), "ab"));
    let mut damaged = bytes.clone();
    damaged[14] ^= 1;
    assert!(matches!(
        VersionedText::decode(&damaged),
        Err(DecodeError::ChecksumMismatch {
            field: "crc",
            offset: 8,
            ..
        })
    ));
}
