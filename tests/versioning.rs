//! Versioned messages: three versions of one quote, every writer against every reader.
//!
//! Version 2 adds a fixed field (`lot`) and a string (`trader`); version 3 adds another
//! fixed field (`flags`), a list (`tags`) and an optional string (`comment`). A reader of
//! an older version skips what it does not know; a reader of a newer version gives what
//! the writer did not send its default; every other field reads back unchanged.
//!
//! The encodings were written independently with Python's `struct` (header: block length
//! `u16`, length of the variable fields `u32`, both big-endian):
//!
//! ```python
//! import struct
//! v1 = struct.pack(">HI", 8, 5) + struct.pack(">II", 101, 102) + b"\x04XNAS"
//! v2 = (struct.pack(">HI", 10, 11) + struct.pack(">IIH", 101, 102, 7)
//!       + b"\x04XNAS" + b"\x05alice")
//! v3 = (struct.pack(">HI", 11, 22) + struct.pack(">IIHb", 101, 102, 7, 3)
//!       + b"\x04XNAS" + b"\x05alice" + b"\x03" + struct.pack(">3H", 1, 2, 3) + b"\x01\x02hi")
//! print(v1.hex(), v2.hex(), v3.hex())
//! ```

use wire::prelude::*;
use wire::DecodeError;

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 1)]
struct QuoteV1 {
    bid: u32,
    ask: u32,
    #[wire(len = "u8")]
    venue: String,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 2)]
struct QuoteV2 {
    bid: u32,
    ask: u32,
    #[wire(since = 2, default = 100)]
    lot: u16,
    #[wire(len = "u8")]
    venue: String,
    #[wire(since = 2, len = "u8", default)]
    trader: String,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 3)]
struct QuoteV3 {
    bid: u32,
    ask: u32,
    #[wire(since = 2, default = 100)]
    lot: u16,
    #[wire(since = 3, default = -1)]
    flags: i8,
    #[wire(len = "u8")]
    venue: String,
    #[wire(since = 2, len = "u8", default)]
    trader: String,
    #[wire(since = 3, len = "u8", default)]
    tags: Vec<u16>,
    #[wire(since = 3, len = "u8")]
    comment: Option<String>,
}

const V1_HEX: &str = "0008 00000005 00000065 00000066 04584e4153";
const V2_HEX: &str = "000a 0000000b 00000065 00000066 0007 04584e4153 05616c696365";
const V3_HEX: &str =
    "000b 00000016 00000065 00000066 0007 03 04584e4153 05616c696365 03000100020003 01026869";

fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

fn v1() -> QuoteV1 {
    QuoteV1 {
        bid: 101,
        ask: 102,
        venue: "XNAS".into(),
    }
}

fn v2() -> QuoteV2 {
    QuoteV2 {
        bid: 101,
        ask: 102,
        lot: 7,
        venue: "XNAS".into(),
        trader: "alice".into(),
    }
}

fn v3() -> QuoteV3 {
    QuoteV3 {
        bid: 101,
        ask: 102,
        lot: 7,
        flags: 3,
        venue: "XNAS".into(),
        trader: "alice".into(),
        tags: vec![1, 2, 3],
        comment: Some("hi".into()),
    }
}

/// The encoding the writer of `version` sends.
fn written_by(version: u32) -> Vec<u8> {
    match version {
        1 => v1().encode_to_vec(),
        2 => v2().encode_to_vec(),
        3 => v3().encode_to_vec(),
        _ => unreachable!(),
    }
}

/// What a version 3 reader should see from a writer of `version`: the writer's values
/// for the fields it has, the defaults for the others.
fn seen_by_v3(version: u32) -> QuoteV3 {
    let sent = v3();
    QuoteV3 {
        lot: if version >= 2 { sent.lot } else { 100 },
        flags: if version >= 3 { sent.flags } else { -1 },
        trader: if version >= 2 {
            sent.trader.clone()
        } else {
            String::new()
        },
        tags: if version >= 3 {
            sent.tags.clone()
        } else {
            Vec::new()
        },
        comment: if version >= 3 {
            sent.comment.clone()
        } else {
            None
        },
        ..sent
    }
}

/// A reader of version 2 or 1 sees the same values, minus the fields it does not have.
fn seen_by_v2(version: u32) -> QuoteV2 {
    let seen = seen_by_v3(version);
    QuoteV2 {
        bid: seen.bid,
        ask: seen.ask,
        lot: seen.lot,
        venue: seen.venue,
        trader: seen.trader,
    }
}

fn seen_by_v1(version: u32) -> QuoteV1 {
    let seen = seen_by_v3(version);
    QuoteV1 {
        bid: seen.bid,
        ask: seen.ask,
        venue: seen.venue,
    }
}

#[test]
fn each_version_encodes_to_the_independent_bytes() {
    assert_eq!(written_by(1), hex(V1_HEX));
    assert_eq!(written_by(2), hex(V2_HEX));
    assert_eq!(written_by(3), hex(V3_HEX));
    assert_eq!(v1().encoded_len(), 19);
    assert_eq!(v2().encoded_len(), 27);
    assert_eq!(v3().encoded_len(), 39);
}

#[test]
fn every_writer_against_every_reader_decodes() {
    for writer in 1..=3 {
        let bytes = written_by(writer);
        assert_eq!(
            QuoteV1::decode(&bytes),
            Ok(seen_by_v1(writer)),
            "v{writer} -> v1"
        );
        assert_eq!(
            QuoteV2::decode(&bytes),
            Ok(seen_by_v2(writer)),
            "v{writer} -> v2"
        );
        assert_eq!(
            QuoteV3::decode(&bytes),
            Ok(seen_by_v3(writer)),
            "v{writer} -> v3"
        );
    }
}

#[test]
fn every_writer_against_every_reader_consumes_exactly_the_message() {
    // The skipped block bytes and variable fields belong to the message: what follows
    // it is left over untouched, whatever the reader's version.
    for writer in 1..=3 {
        let mut bytes = written_by(writer);
        let len = bytes.len();
        bytes.extend_from_slice(b"\xaa\xbb");
        let (value, rest) = QuoteV1::decode_prefix(&bytes).unwrap();
        assert_eq!((value, rest), (seen_by_v1(writer), &b"\xaa\xbb"[..]));
        let (value, rest) = QuoteV2::decode_prefix(&bytes).unwrap();
        assert_eq!((value, rest), (seen_by_v2(writer), &b"\xaa\xbb"[..]));
        let (value, rest) = QuoteV3::decode_prefix(&bytes).unwrap();
        assert_eq!((value, rest), (seen_by_v3(writer), &b"\xaa\xbb"[..]));

        let (view, rest) = QuoteV1::view_prefix(&bytes).unwrap();
        assert_eq!((view.as_bytes(), rest), (&bytes[..len], &b"\xaa\xbb"[..]));
        let (view, rest) = QuoteV2::view_prefix(&bytes).unwrap();
        assert_eq!((view.as_bytes(), rest), (&bytes[..len], &b"\xaa\xbb"[..]));
        let (view, rest) = QuoteV3::view_prefix(&bytes).unwrap();
        assert_eq!((view.as_bytes(), rest), (&bytes[..len], &b"\xaa\xbb"[..]));

        // And `decode`, which takes exactly one message, refuses the extra bytes.
        let trailing = DecodeError::TrailingBytes {
            offset: len as u32,
            count: 2,
        };
        assert_eq!(QuoteV1::decode(&bytes), Err(trailing));
        assert_eq!(QuoteV2::decode(&bytes), Err(trailing));
        assert_eq!(QuoteV3::decode(&bytes), Err(trailing));
    }
}

#[test]
fn every_writer_against_every_reader_views() {
    for writer in 1..=3 {
        let bytes = written_by(writer);
        let sent = v3();

        let view = QuoteV1::view(&bytes).unwrap();
        assert_eq!((view.bid(), view.ask(), view.venue()), (101, 102, "XNAS"));

        let view = QuoteV2::view(&bytes).unwrap();
        let expected = seen_by_v2(writer);
        assert_eq!((view.bid(), view.ask(), view.venue()), (101, 102, "XNAS"));
        assert_eq!(view.lot(), expected.lot, "v{writer} -> v2");
        // A variable field added in version 2: `None` when the writer is older.
        assert_eq!(
            view.trader(),
            (writer >= 2).then_some("alice"),
            "v{writer} -> v2"
        );

        let view = QuoteV3::view(&bytes).unwrap();
        let expected = seen_by_v3(writer);
        assert_eq!((view.bid(), view.ask(), view.venue()), (101, 102, "XNAS"));
        assert_eq!(
            (view.lot(), view.flags()),
            (expected.lot, expected.flags),
            "v{writer} -> v3"
        );
        assert_eq!(view.trader(), (writer >= 2).then_some("alice"));
        assert_eq!(
            view.tags().map(|tags| tags.iter().collect::<Vec<u16>>()),
            (writer >= 3).then(|| sent.tags.clone()),
            "v{writer} -> v3"
        );
        assert_eq!(view.comment(), (writer >= 3).then_some("hi"));
        assert_eq!(view.as_bytes(), &bytes[..]);
    }
}

#[test]
fn a_view_of_an_older_message_gives_defaults_and_none() {
    let bytes = hex(V1_HEX);
    let view = QuoteV3::view(&bytes).unwrap();
    assert_eq!(view.lot(), 100);
    assert_eq!(view.flags(), -1);
    assert_eq!(view.trader(), None);
    assert!(view.tags().is_none());
    assert_eq!(view.comment(), None);

    let bytes = hex(V2_HEX);
    let view = QuoteV3::view(&bytes).unwrap();
    assert_eq!(view.lot(), 7);
    assert_eq!(view.flags(), -1);
    assert_eq!(view.trader(), Some("alice"));
    assert!(view.tags().is_none());
    assert_eq!(view.comment(), None);

    // A version 3 writer that sends no comment and no tags: present but empty.
    let bytes = QuoteV3 {
        tags: vec![],
        comment: None,
        ..v3()
    }
    .encode_to_vec();
    let view = QuoteV3::view(&bytes).unwrap();
    assert_eq!(view.tags().map(|tags| tags.len()), Some(0));
    assert_eq!(view.comment(), None);
}

#[test]
fn a_newer_reader_re_encodes_what_it_read_as_its_own_version() {
    // v1 → v3 → bytes: the defaults are now sent explicitly, with a v3 header.
    let upgraded = QuoteV3::decode(&hex(V1_HEX)).unwrap().encode_to_vec();
    assert_eq!(
        upgraded,
        hex("000b 00000008 00000065 00000066 0064 ff 04584e4153 00 00 00")
    );
    // …and a v1 reader of that gets the original back.
    assert_eq!(QuoteV1::decode(&upgraded), Ok(v1()));
}

#[test]
fn block_lengths_that_end_inside_a_field_are_refused() {
    // The v3 block: bid 0..4, ask 4..8 (version 1), lot 8..10, flags 10..11. A block
    // length may end at 8, 10 or 11 (or beyond, for a newer writer); 9 ends inside `lot`.
    let mut bytes = hex(V3_HEX);
    bytes[1] = 9;
    let err = DecodeError::InvalidBlockLength { offset: 0, len: 9 };
    assert_eq!(QuoteV3::decode(&bytes), Err(err));
    assert_eq!(QuoteV3::view(&bytes).err(), Some(err));
    assert_eq!(QuoteV2::decode(&bytes), Err(err));
    assert_eq!(QuoteV2::view(&bytes).err(), Some(err));

    // Shorter than the first version's block: no version of the message is that short.
    for len in [0u8, 1, 4, 7] {
        let mut bytes = hex(V1_HEX);
        bytes[1] = len;
        let err = DecodeError::InvalidBlockLength {
            offset: 0,
            len: len.into(),
        };
        assert_eq!(QuoteV1::decode(&bytes), Err(err), "block length {len}");
        assert_eq!(QuoteV2::decode(&bytes), Err(err), "block length {len}");
        assert_eq!(QuoteV3::view(&bytes).err(), Some(err), "block length {len}");
    }
}

#[test]
fn a_truncated_header_is_truncated() {
    for len in 0..2 {
        let err = DecodeError::Truncated {
            field: "block length",
            offset: 0,
            needed: 2,
            available: len as u32,
        };
        let bytes = &hex(V3_HEX)[..len];
        assert_eq!(QuoteV1::decode(bytes), Err(err));
        assert_eq!(QuoteV3::decode(bytes), Err(err));
        assert_eq!(QuoteV3::view(bytes).err(), Some(err));
    }
    // Every other proper prefix, for every reader.
    for writer in 1..=3 {
        let bytes = written_by(writer);
        for len in 2..bytes.len() {
            let cut = &bytes[..len];
            for result in [
                QuoteV1::decode(cut).err(),
                QuoteV2::decode(cut).err(),
                QuoteV3::decode(cut).err(),
                QuoteV1::view(cut).err(),
                QuoteV2::view(cut).err(),
                QuoteV3::view(cut).err(),
            ] {
                assert!(
                    matches!(result, Some(DecodeError::Truncated { .. })),
                    "v{writer} cut to {len}: {result:?}"
                );
            }
        }
    }
}

#[test]
fn the_length_of_the_variable_fields_is_checked() {
    // One more byte than the input has: the variable part starts at 6 + 11 = 17.
    let mut bytes = hex(V3_HEX);
    bytes[5] = 23;
    let err = DecodeError::Truncated {
        field: "variable fields",
        offset: 17,
        needed: 40,
        available: 39,
    };
    assert_eq!(QuoteV3::decode(&bytes), Err(err));
    assert_eq!(QuoteV1::decode(&bytes), Err(err));
    assert_eq!(QuoteV1::view(&bytes).err(), Some(err));

    // One byte less: the comment no longer fits in the stated variable part.
    bytes[5] = 21;
    assert!(matches!(
        QuoteV3::decode(&bytes),
        Err(DecodeError::Truncated {
            field: "comment",
            ..
        })
    ));
}

/// A versioned message without variable fields: its header is the block length alone.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "little", version = 1)]
struct TickV1 {
    price: u32,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "little", version = 2)]
struct TickV2 {
    price: u32,
    #[wire(since = 2, default)]
    size: u32,
}

#[test]
fn a_fixed_versioned_message_has_a_two_byte_header() {
    let old = TickV1 { price: 0x65 }.encode_to_vec();
    assert_eq!(old, hex("0400 65000000"));
    let new = TickV2 {
        price: 0x65,
        size: 9,
    }
    .encode_to_vec();
    assert_eq!(new, hex("0800 65000000 09000000"));

    assert_eq!(
        TickV2::decode(&old),
        Ok(TickV2 {
            price: 0x65,
            size: 0
        })
    );
    assert_eq!(TickV1::decode(&new), Ok(TickV1 { price: 0x65 }));
    assert_eq!(TickV2::view(&old).unwrap().size(), 0);
    assert_eq!(TickV1::view(&new).unwrap().price(), 0x65);
    let (view, rest) = TickV1::view_prefix(&[&new[..], b"z"].concat())
        .map(|(v, r)| (v.price(), r.to_vec()))
        .unwrap();
    assert_eq!((view, rest), (0x65, b"z".to_vec()));

    assert_eq!(
        TickV2::decode(&hex("0600 65000000 0900")),
        Err(DecodeError::InvalidBlockLength { offset: 0, len: 6 })
    );
}
