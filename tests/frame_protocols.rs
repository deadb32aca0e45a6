//! Real protocols expressed with `wire::frame`: SoupBinTCP with a derived header struct,
//! and MoldUDP64's message blocks.

use wire::frame::{
    frames, FrameDecoder, FrameEncoder, FrameError, FrameFlags, FrameHeader, FrameMeta,
    HeaderError, LenU16Be,
};
use wire::prelude::*;
use wire::EncodeError;

/// A SoupBinTCP 4.1 packet header: a big-endian length that counts the packet type byte
/// and the payload, then the type byte.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
struct Soup {
    len: u16,
    kind: u8,
}

impl FrameHeader for Soup {
    const LEN: usize = Soup::SIZE;

    fn read(bytes: &[u8]) -> Result<Self, HeaderError> {
        let header = Soup::decode(bytes)?;
        // The length counts the type byte, so no packet has length 0.
        if header.len == 0 {
            return Err(HeaderError::Invalid {
                field: "len",
                value: 0,
            });
        }
        Ok(header)
    }

    fn write(&self, out: &mut [u8]) {
        // Every u16 and u8 value fits its field, so encoding into LEN bytes cannot fail.
        let _ = self.encode(out);
    }

    fn payload_len(&self) -> u64 {
        u64::from(self.len) - 1
    }

    fn for_payload(len: usize, meta: FrameMeta, flags: FrameFlags) -> Result<Self, FrameError> {
        if flags != FrameFlags::NONE {
            return Err(FrameError::Unsupported {
                feature: "checksum or compression",
            });
        }
        let too_long = EncodeError::LengthExceedsMax {
            field: "len",
            len: len as u64 + 1,
            max: u16::MAX.into(),
        };
        let len = u16::try_from(len + 1).map_err(|_| too_long)?;
        let kind = u8::try_from(meta.msg_type).map_err(|_| EncodeError::ValueOutOfRange {
            field: "kind",
            offset: 2,
            value: meta.msg_type.into(),
            bits: 8,
            signed: false,
        })?;
        Ok(Soup { len, kind })
    }

    fn msg_type(&self) -> Option<u16> {
        Some(self.kind.into())
    }
}

/// A login request, a heartbeat and two sequenced data packets, as a SoupBinTCP server
/// sends them (SoupBinTCP 4.1, section 2).
static SOUP_STREAM: &[u8] = b"\x00\x0aAACCEPTED1\x00\x01H\x00\x04SABC\x00\x01Z";

#[test]
fn soupbintcp_stream_decodes_at_every_split_point() {
    let expected: [(u8, &[u8]); 4] = [
        (b'A', b"ACCEPTED1"),
        (b'H', b""),
        (b'S', b"ABC"),
        (b'Z', b""),
    ];
    for split in 0..=SOUP_STREAM.len() {
        let mut decoder = FrameDecoder::<Soup>::new();
        let mut got = Vec::new();
        for piece in [&SOUP_STREAM[..split], &SOUP_STREAM[split..]] {
            decoder.push(piece);
            while let Some(frame) = decoder.next_frame().unwrap() {
                got.push((frame.header().kind, frame.payload().to_vec()));
            }
        }
        let got: Vec<(u8, &[u8])> = got
            .iter()
            .map(|(kind, payload)| (*kind, &payload[..]))
            .collect();
        assert_eq!(got, expected, "split at {split}");
    }
}

#[test]
fn soupbintcp_encoder_writes_the_spec_bytes() {
    let mut encoder = FrameEncoder::<Soup>::new();
    let mut stream = Vec::new();
    for (kind, payload) in [
        (b'A', &b"ACCEPTED1"[..]),
        (b'H', b""),
        (b'S', b"ABC"),
        (b'Z', b""),
    ] {
        encoder
            .append(FrameMeta::new(kind.into()), payload, &mut stream)
            .unwrap();
    }
    assert_eq!(stream, SOUP_STREAM);
}

#[test]
fn soupbintcp_zero_length_is_a_bad_header() {
    let mut decoder = FrameDecoder::<Soup>::new();
    decoder.push(b"\x00\x00H");
    let err = decoder.next_frame().unwrap_err();
    assert_eq!(
        err,
        FrameError::BadHeader {
            offset: 0,
            field: "len",
            value: 0
        }
    );
    assert!(decoder.is_poisoned());
}

#[test]
fn soupbintcp_refuses_what_it_cannot_carry() {
    let mut encoder = FrameEncoder::<Soup>::new();
    let err = encoder.prepare(FrameMeta::new(256), b"").unwrap_err();
    assert!(matches!(
        err,
        FrameError::Encode(EncodeError::ValueOutOfRange {
            field: "kind",
            value,
            ..
        }) if value.get() == 256
    ));
    let err = encoder.prepare(FrameMeta::new(1), &[0; 65535]).unwrap_err();
    assert!(matches!(
        err,
        FrameError::Encode(EncodeError::LengthExceedsMax { len: 65536, .. })
    ));
    let mut with_crc = FrameEncoder::<Soup>::new().with_checksum(true);
    assert!(matches!(
        with_crc.prepare(FrameMeta::new(1), b"x"),
        Err(FrameError::Unsupported { .. })
    ));
}

/// A MoldUDP64 1.00 downstream packet header: session, sequence number of the first
/// message, message count.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 20)]
struct MoldHeader {
    session: [u8; 10],
    sequence: u64,
    count: u16,
}

fn mold_packet(sequence: u64, messages: &[&[u8]]) -> Vec<u8> {
    let header = MoldHeader {
        session: *b"SESSION042",
        sequence,
        count: messages.len() as u16,
    };
    let mut packet = header.encode_to_vec();
    let mut blocks = FrameEncoder::<LenU16Be>::new();
    for message in messages {
        blocks
            .append(FrameMeta::default(), message, &mut packet)
            .unwrap();
    }
    packet
}

/// The messages of a MoldUDP64 packet and the sequence number of the first one.
fn mold_messages(packet: &[u8]) -> Result<(u64, Vec<&[u8]>), FrameError> {
    let (header, blocks) = MoldHeader::view_prefix(packet).expect("20-byte header");
    let messages: Vec<&[u8]> = frames::<LenU16Be>(blocks, usize::from(u16::MAX))
        .map(|frame| frame.map(|f| f.payload()))
        .collect::<Result<_, _>>()?;
    assert_eq!(
        messages.len(),
        usize::from(header.count()),
        "count matches the blocks"
    );
    Ok((header.sequence(), messages))
}

#[test]
fn moldudp64_packet_round_trips_through_message_blocks() {
    let packet = mold_packet(1001, &[b"A-order", b"", b"E-execution"]);
    assert_eq!(&packet[..10], b"SESSION042");
    assert_eq!(&packet[20..29], b"\x00\x07A-order");
    let (sequence, messages) = mold_messages(&packet).unwrap();
    assert_eq!(sequence, 1001);
    assert_eq!(messages, [&b"A-order"[..], b"", b"E-execution"]);
}

#[test]
fn moldudp64_heartbeat_has_no_blocks() {
    let packet = mold_packet(77, &[]);
    assert_eq!(packet.len(), 20);
    assert_eq!(mold_messages(&packet).unwrap(), (77, vec![]));
}

#[test]
fn moldudp64_truncated_block_is_reported_at_its_offset() {
    let mut packet = mold_packet(5, &[b"abc", b"defgh"]);
    packet.truncate(packet.len() - 2);
    let (_, blocks) = MoldHeader::view_prefix(&packet).unwrap();
    let mut iter = frames::<LenU16Be>(blocks, 1500);
    assert_eq!(iter.next().unwrap().unwrap().payload(), b"abc");
    assert_eq!(
        iter.next().unwrap().unwrap_err(),
        FrameError::Truncated {
            offset: 5,
            needed: 7,
            available: 5
        }
    );
    assert!(iter.next().is_none());
}
