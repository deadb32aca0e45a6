//! Variable-length fields: known answers built outside `wire`, and the exact error of
//! every malformed input (lengths above their caps for each prefix kind, invalid UTF-8,
//! bad presence bytes, overlong varints) and of every value too long to encode.
//!
//! The expected bytes were produced with Python's `struct` module and the LEB128 writer
//! below, independently of the derive:
//!
//! ```python
//! import struct
//! def leb(n):                                   # unsigned LEB128
//!     out = bytearray()
//!     while True:
//!         b = n & 0x7f; n >>= 7
//!         if n: out.append(b | 0x80)
//!         else: out.append(b); return bytes(out)
//! def zz(v): return (v << 1) ^ (v >> 63)        # ZigZag, 64 bits
//! note = b"ab" * 100
//! rec = (struct.pack(">IB", 0x01020304, (5 << 5) | 17)
//!   + struct.pack(">B", 4) + b"XNAS"
//!   + struct.pack(">H", 5) + bytes([0xde, 0xad, 0xbe, 0xef, 0x00])
//!   + struct.pack(">I", 2) + struct.pack(">IH", 100, 5) + struct.pack(">IH", 0x01020304, 0xffff)
//!   + leb(len(note)) + note
//!   + struct.pack(">B", 3) + struct.pack(">3H", 1, 0x0203, 0xffff)
//!   + b"\x01" + struct.pack(">IH", 7, 8)
//!   + b"\x00"
//!   + leb(300) + leb(zz(-65)) + leb((-1) & (2**64 - 1)))
//! le = (struct.pack("<H", 0x0102) + struct.pack("<H", 3) + b"abc"
//!   + struct.pack("<I", 2) + struct.pack("<2I", 1, 0x01020304) + leb(zz(-3)))
//! print(rec.hex(), le.hex())
//! ```

use wire::prelude::*;
use wire::{DecodeError, EncodeError};

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
struct Level {
    price: u32,
    qty: u16,
}

/// One field of every variable kind, in a big-endian message.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Record<'a> {
    id: u32,
    #[wire(bits = 3)]
    kind: u8,
    #[wire(bits = 5)]
    level: u8,
    #[wire(len = "u8")]
    name: String,
    #[wire(len = "u16")]
    payload: &'a [u8],
    #[wire(len = "u32")]
    levels: Vec<Level>,
    #[wire(len = "varint")]
    note: &'a str,
    #[wire(len = "u8")]
    counts: Vec<u16>,
    best: Option<Level>,
    #[wire(len = "u8")]
    label: Option<String>,
    #[wire(varint)]
    seq: u64,
    #[wire(varint, zigzag)]
    delta: i64,
    #[wire(varint)]
    signed: i32,
}

/// The 200-byte note of [`record`].
fn note() -> String {
    "ab".repeat(100)
}

fn record(note: &str) -> Record<'_> {
    Record {
        id: 0x0102_0304,
        kind: 5,
        level: 17,
        name: "XNAS".into(),
        payload: &[0xde, 0xad, 0xbe, 0xef, 0x00],
        levels: vec![
            Level { price: 100, qty: 5 },
            Level {
                price: 0x0102_0304,
                qty: 0xffff,
            },
        ],
        note,
        counts: vec![1, 0x0203, 0xffff],
        best: Some(Level { price: 7, qty: 8 }),
        label: None,
        seq: 300,
        delta: -65,
        signed: -1,
    }
}

/// Bytes 0..35 of `rec` in the Python snippet: the block and every field before the note.
const RECORD_HEAD: &str =
    "01020304b1 04584e4153 0005deadbeef00 00000002 000000640005 01020304ffff c801";
/// Bytes 235..264 of `rec`: every field after the note.
const RECORD_TAIL: &str = "03 00010203ffff 01 000000070008 00 ac02 8101 ffffffffffffffffff01";

// Offsets in the record's encoding, from the same snippet.
const NAME_PREFIX_AT: usize = 5;
const NOTE_AT: usize = 35;
const BEST_PRESENCE_AT: usize = 242;
const LABEL_PRESENCE_AT: usize = 249;
const SIGNED_AT: usize = 254;
const RECORD_LEN: usize = 264;

/// Bytes from hex digits; spaces are ignored.
fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

fn record_bytes() -> Vec<u8> {
    let mut bytes = hex(RECORD_HEAD);
    bytes.extend_from_slice(note().as_bytes());
    bytes.extend(hex(RECORD_TAIL));
    assert_eq!(bytes.len(), RECORD_LEN);
    bytes
}

#[test]
fn record_encodes_to_the_independent_bytes() {
    let note = note();
    let value = record(&note);
    let expected = record_bytes();
    assert_eq!(value.encoded_len(), RECORD_LEN);
    assert_eq!(value.encode_to_vec(), expected);

    let mut buf = vec![0u8; RECORD_LEN + 3];
    assert_eq!(value.encode(&mut buf), Ok(RECORD_LEN));
    assert_eq!(&buf[..RECORD_LEN], &expected[..]);
    assert_eq!(
        value.encode(&mut [0u8; RECORD_LEN - 1]),
        Err(EncodeError::BufferTooSmall {
            needed: RECORD_LEN,
            available: RECORD_LEN - 1
        })
    );
}

#[test]
fn record_decodes_from_the_independent_bytes() {
    let bytes = record_bytes();
    let note = note();
    assert_eq!(Record::decode(&bytes), Ok(record(&note)));

    let followed = [&bytes[..], b"next"].concat();
    let (value, rest) = Record::decode_prefix(&followed).unwrap();
    assert_eq!((value, rest), (record(&note), &b"next"[..]));
}

#[test]
fn record_view_reads_every_field_in_place() {
    let bytes = record_bytes();
    let view = Record::view(&bytes).unwrap();
    assert_eq!(view.id(), 0x0102_0304);
    assert_eq!((view.kind(), view.level()), (5, 17));
    assert_eq!(view.name(), "XNAS");
    assert_eq!(view.payload(), [0xde, 0xad, 0xbe, 0xef, 0x00]);
    let levels = view.levels();
    assert_eq!(levels.len(), 2);
    assert_eq!(
        levels.get(1),
        Some(Level {
            price: 0x0102_0304,
            qty: 0xffff
        })
    );
    assert_eq!(levels.get(2), None);
    assert_eq!(
        levels.iter().map(|l| l.price()).collect::<Vec<_>>(),
        [100, 0x0102_0304]
    );
    assert_eq!(levels.as_bytes(), &bytes[21..33]);
    assert_eq!(view.note(), note());
    // The note borrows from the input: it is the input's bytes, not a copy.
    assert!(std::ptr::eq(
        view.note().as_ptr(),
        bytes[NOTE_AT..].as_ptr()
    ));
    assert_eq!(
        view.counts().iter().collect::<Vec<u16>>(),
        [1, 0x0203, 0xffff]
    );
    assert_eq!(view.counts().get(2), Some(0xffff));
    assert_eq!(
        view.best().map(|best| best.to_value()),
        Some(Level { price: 7, qty: 8 })
    );
    assert_eq!(view.label(), None);
    assert_eq!((view.seq(), view.delta(), view.signed()), (300, -65, -1));
    assert_eq!(view.as_bytes(), &bytes[..]);
}

#[test]
fn record_with_the_other_options() {
    // best absent, label present, signed positive: presence 0, then 1 + "\x02ok", and
    // leb(150) = 96 01.
    let note = note();
    let value = Record {
        best: None,
        label: Some("ok".into()),
        signed: 150,
        ..record(&note)
    };
    let mut expected = record_bytes();
    expected.truncate(BEST_PRESENCE_AT);
    expected.extend(hex("00 01 02 6f6b ac02 8101 9601"));
    assert_eq!(value.encode_to_vec(), expected);
    assert_eq!(Record::decode(&expected), Ok(value));
    let view = Record::view(&expected).unwrap();
    assert!(view.best().is_none());
    assert_eq!(view.label(), Some("ok"));
    assert_eq!(view.signed(), 150);
}

/// A little-endian message: its `u16` and `u32` prefixes are little-endian too.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "little")]
struct LeRecord {
    id: u16,
    #[wire(len = "u16")]
    name: String,
    #[wire(len = "u32")]
    values: Vec<u32>,
    #[wire(varint, zigzag)]
    delta: i32,
}

#[test]
fn little_endian_prefixes_and_elements() {
    let value = LeRecord {
        id: 0x0102,
        name: "abc".into(),
        values: vec![1, 0x0102_0304],
        delta: -3,
    };
    let expected = hex("0201 0300616263 02000000 01000000 04030201 05");
    assert_eq!(value.encode_to_vec(), expected);
    assert_eq!(LeRecord::decode(&expected), Ok(value));
    let view = LeRecord::view(&expected).unwrap();
    assert_eq!(view.values().get(1), Some(0x0102_0304));
    assert_eq!(view.delta(), -3);
}

// ---------------------------------------------------------------------------------------
// Errors in the input.

#[test]
fn trailing_and_truncated_inputs() {
    let bytes = record_bytes();
    let mut long = bytes.clone();
    long.push(0);
    let trailing = DecodeError::TrailingBytes {
        offset: RECORD_LEN as u32,
        count: 1,
    };
    assert_eq!(Record::decode(&long), Err(trailing));
    assert_eq!(Record::view(&long).err(), Some(trailing));

    // Cut inside the name: the error points at its length prefix and says how far the
    // field reaches (6 + 4).
    let cut = DecodeError::Truncated {
        field: "name",
        offset: NAME_PREFIX_AT as u32,
        needed: 10,
        available: 8,
    };
    assert_eq!(Record::decode(&bytes[..8]), Err(cut));
    assert_eq!(Record::view(&bytes[..8]).err(), Some(cut));

    // Cut inside the fixed block.
    assert!(matches!(
        Record::decode(&bytes[..3]),
        Err(DecodeError::Truncated {
            field: "id",
            offset: 0,
            ..
        })
    ));
}

#[test]
fn invalid_utf8_reports_the_first_bad_byte() {
    let mut bytes = record_bytes();
    bytes[7] = 0xff; // "X\xffAS"
    let err = DecodeError::InvalidUtf8 {
        field: "name",
        offset: 7,
    };
    assert_eq!(Record::decode(&bytes), Err(err));
    assert_eq!(Record::view(&bytes).err(), Some(err));

    // In the note: 0xe9 opens a three-byte sequence, and the 'a' after it cannot continue it.
    let mut bytes = record_bytes();
    bytes[NOTE_AT + 10] = 0xe9;
    let err = DecodeError::InvalidUtf8 {
        field: "note",
        offset: (NOTE_AT + 10) as u32,
    };
    assert_eq!(Record::decode(&bytes), Err(err));
    assert_eq!(Record::view(&bytes).err(), Some(err));

    // A sequence cut by the end of the string: the two valid-looking bytes of a
    // three-byte sequence are still not UTF-8, and the offset is where it starts.
    let mut bytes = record_bytes();
    bytes[NOTE_AT + 198] = 0xe2;
    bytes[NOTE_AT + 199] = 0x82;
    assert_eq!(
        Record::decode(&bytes),
        Err(DecodeError::InvalidUtf8 {
            field: "note",
            offset: (NOTE_AT + 198) as u32
        })
    );
}

#[test]
fn presence_bytes_other_than_zero_or_one() {
    let mut bytes = record_bytes();
    bytes[BEST_PRESENCE_AT] = 2;
    let err = DecodeError::InvalidBool {
        field: "best",
        offset: BEST_PRESENCE_AT as u32,
        value: 2,
    };
    assert_eq!(Record::decode(&bytes), Err(err));
    assert_eq!(Record::view(&bytes).err(), Some(err));

    let mut bytes = record_bytes();
    bytes[LABEL_PRESENCE_AT] = 0x80;
    let err = DecodeError::InvalidBool {
        field: "label",
        offset: LABEL_PRESENCE_AT as u32,
        value: 0x80,
    };
    assert_eq!(Record::decode(&bytes), Err(err));
    assert_eq!(Record::view(&bytes).err(), Some(err));
}

#[test]
fn an_eleven_byte_varint_is_malformed_at_its_tenth_byte() {
    // Ten bytes with the continuation bit and a terminating eleventh: the tenth byte
    // may only hold bit 63, so the encoding is invalid there.
    let mut bytes = record_bytes();
    bytes.truncate(SIGNED_AT);
    bytes.extend([0x80; 10]);
    bytes.push(0x00);
    let err = DecodeError::MalformedVarint {
        offset: (SIGNED_AT + 9) as u32,
    };
    assert_eq!(Record::decode(&bytes), Err(err));
    assert_eq!(Record::view(&bytes).err(), Some(err));

    // Ten bytes that overflow 64 bits (the tenth holds more than bit 63).
    let mut bytes = record_bytes();
    bytes.truncate(SIGNED_AT);
    bytes.extend([0xff; 9]);
    bytes.push(0x02);
    assert_eq!(Record::decode(&bytes), Err(err));

    // A length prefix that is an overlong varint: the note's prefix at 33.
    let mut bytes = record_bytes();
    bytes.truncate(33);
    bytes.extend([0xff; 11]);
    assert_eq!(
        Record::decode(&bytes),
        Err(DecodeError::MalformedVarint { offset: 33 + 9 })
    );
}

#[test]
fn a_varint_too_wide_for_its_field_is_malformed() {
    // `signed` is an i32: 2^40 fits a varint but not the field.
    let mut bytes = record_bytes();
    bytes.truncate(SIGNED_AT);
    bytes.extend([0x80, 0x80, 0x80, 0x80, 0x80, 0x20]); // leb(2**40)

    // A two's-complement varint (no `zigzag`) is judged as a whole: the error is at its
    // first byte.
    assert_eq!(
        Record::decode(&bytes),
        Err(DecodeError::MalformedVarint {
            offset: SIGNED_AT as u32
        })
    );
}

/// Caps on every prefix kind.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Capped<'a> {
    #[wire(len = "u8", max_len = 4)]
    code: String,
    #[wire(len = "u16", max_len = 300)]
    blob: Vec<u8>,
    #[wire(len = "u32", max_len = 70_000)]
    samples: Vec<u16>,
    #[wire(len = "varint", max_len = 1000)]
    raw: &'a [u8],
}

/// The default caps: the prefix's maximum for `u8`, 1 MiB for the others.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "little")]
struct Uncapped {
    #[wire(len = "u8")]
    small: Vec<u8>,
    #[wire(len = "u16")]
    medium: String,
    #[wire(len = "u32")]
    big: Vec<u8>,
    #[wire(len = "varint")]
    any: String,
}

#[test]
fn declared_lengths_above_the_cap_for_every_prefix_kind() {
    let over = |bytes: &[u8], field, offset, len, max| {
        let err = DecodeError::LengthExceedsMax {
            field,
            offset,
            len,
            max,
        };
        assert_eq!(Capped::decode(bytes), Err(err));
        assert_eq!(Capped::view(bytes).err(), Some(err));
    };
    // u8: 5 > 4, followed by enough bytes that only the cap can refuse it.
    over(&hex("05 6162636465 0000 00000000 00"), "code", 0, 5, 4);
    // u16: 301 > 300, at offset 1 after an empty code.
    over(&[0, 0x01, 0x2d], "blob", 1, 301, 300);
    // u32: 70 001 > 70 000, at offset 3.
    over(&hex("00 0000 00011171"), "samples", 3, 70_001, 70_000);
    // u32 declaring 4 GiB - 1.
    over(&hex("00 0000 ffffffff"), "samples", 3, 0xffff_ffff, 70_000);
    // varint: 1001 = e9 07, at offset 7.
    over(&hex("00 0000 00000000 e907"), "raw", 7, 1001, 1000);
    // varint declaring 4 GiB = leb(2**32) = 80 80 80 80 10: the error's u32 says u32::MAX.
    over(
        &hex("00 0000 00000000 8080808010"),
        "raw",
        7,
        u32::MAX,
        1000,
    );
    // The largest varint there is.
    over(
        &hex("00 0000 00000000 ffffffffffffffffff01"),
        "raw",
        7,
        u32::MAX,
        1000,
    );
    // At the cap exactly, the length is accepted and the input is what is missing.
    assert!(matches!(
        Capped::decode(&hex("00 0000 00000000 e807")),
        Err(DecodeError::Truncated {
            field: "raw",
            offset: 7,
            ..
        })
    ));
}

#[test]
fn default_caps_are_one_mebibyte_or_the_prefix_maximum() {
    const MIB: u32 = 1 << 20;
    let over = |bytes: &[u8], field, offset, len, max| {
        let err = DecodeError::LengthExceedsMax {
            field,
            offset,
            len,
            max,
        };
        assert_eq!(Uncapped::decode(bytes), Err(err));
        assert_eq!(Uncapped::view(bytes).err(), Some(err));
    };
    // u32 (little-endian): 2^20 + 1, and 4 GiB - 1.
    over(&hex("00 0000 01001000"), "big", 3, MIB + 1, MIB);
    over(&hex("00 0000 ffffffff"), "big", 3, 0xffff_ffff, MIB);
    // varint: 4 GiB, which the error's u32 gives as u32::MAX.
    over(&hex("00 0000 00000000 8080808010"), "any", 7, u32::MAX, MIB);
    // u8 and u16 cannot exceed their caps (255 and 65 535): the input runs out instead.
    assert!(matches!(
        Uncapped::decode(&[0xff]),
        Err(DecodeError::Truncated {
            field: "small",
            offset: 0,
            ..
        })
    ));
    assert!(matches!(
        Uncapped::decode(&[0, 0xff, 0xff]),
        Err(DecodeError::Truncated {
            field: "medium",
            offset: 1,
            ..
        })
    ));
}

#[test]
fn values_longer_than_their_cap_are_not_encoded() {
    let mut buf = vec![0u8; 1 << 12];
    let capped = Capped {
        code: "hello".into(),
        blob: vec![],
        samples: vec![],
        raw: &[],
    };
    assert_eq!(
        capped.encode(&mut buf),
        Err(EncodeError::LengthExceedsMax {
            field: "code",
            len: 5,
            max: 4
        })
    );
    let capped = Capped {
        code: "abcd".into(),
        blob: vec![7; 301],
        ..capped
    };
    assert_eq!(
        capped.encode(&mut buf),
        Err(EncodeError::LengthExceedsMax {
            field: "blob",
            len: 301,
            max: 300
        })
    );
    let raw = [1u8; 1001];
    let capped = Capped {
        blob: vec![7; 300],
        raw: &raw,
        ..capped
    };
    assert_eq!(
        capped.encode(&mut buf),
        Err(EncodeError::LengthExceedsMax {
            field: "raw",
            len: 1001,
            max: 1000
        })
    );
    // At the caps, everything is written and reads back.
    let capped = Capped {
        raw: &raw[..1000],
        ..capped
    };
    let bytes = capped.encode_to_vec();
    assert_eq!(Capped::decode(&bytes), Ok(capped));

    // A list of 256 elements behind a u8 count: the prefix's own maximum is the cap.
    let uncapped = Uncapped {
        small: vec![0; 256],
        medium: String::new(),
        big: vec![],
        any: String::new(),
    };
    assert_eq!(
        uncapped.encode(&mut buf),
        Err(EncodeError::LengthExceedsMax {
            field: "small",
            len: 256,
            max: 255
        })
    );
    let uncapped = Uncapped {
        small: vec![0; 255],
        ..uncapped
    };
    assert_eq!(uncapped.encode(&mut buf), Ok(255 + 1 + 2 + 4 + 1));

    // A string above the 1 MiB default.
    let uncapped = Uncapped {
        any: "x".repeat((1 << 20) + 1),
        ..uncapped
    };
    let mut big = vec![0u8; uncapped.encoded_len()];
    assert_eq!(
        uncapped.encode(&mut big),
        Err(EncodeError::LengthExceedsMax {
            field: "any",
            len: (1 << 20) + 1,
            max: 1 << 20
        })
    );
}

#[test]
fn a_list_of_variable_messages_reports_offsets_from_the_outer_start() {
    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(endian = "big")]
    struct Entry {
        id: u8,
        #[wire(len = "u8", max_len = 3)]
        text: String,
    }

    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(endian = "big")]
    struct Journal {
        seq: u16,
        #[wire(len = "u8")]
        entries: Vec<Entry>,
    }

    let journal = Journal {
        seq: 9,
        entries: vec![
            Entry {
                id: 1,
                text: "ab".into(),
            },
            Entry {
                id: 2,
                text: "xyz".into(),
            },
        ],
    };
    let bytes = journal.encode_to_vec();
    assert_eq!(bytes, hex("0009 02 01 02 6162 02 03 78797a"));
    assert_eq!(Journal::decode(&bytes), Ok(journal));
    let view = Journal::view(&bytes).unwrap();
    let texts: Vec<&str> = view.entries().iter().map(|e| e.text()).collect();
    assert_eq!(texts, ["ab", "xyz"]);

    // The second entry's length prefix is at 8; its text at 9.
    let mut long = bytes.clone();
    long[8] = 4;
    assert_eq!(
        Journal::decode(&long),
        Err(DecodeError::LengthExceedsMax {
            field: "text",
            offset: 8,
            len: 4,
            max: 3
        })
    );
    let mut bad = bytes.clone();
    bad[10] = 0xc0;
    assert_eq!(
        Journal::view(&bad).err(),
        Some(DecodeError::InvalidUtf8 {
            field: "text",
            offset: 10
        })
    );
}

/// An element with a bit field.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
struct Flags {
    #[wire(bits = 3)]
    class: u8,
    #[wire(bits = 5)]
    rank: u8,
}

#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
struct FlagList {
    #[wire(len = "u8")]
    flags: Vec<Flags>,
}

#[test]
fn a_list_element_out_of_range_is_refused_as_the_element_alone_is() {
    let bad = Flags { class: 1, rank: 32 };
    let list = FlagList {
        flags: vec![Flags { class: 7, rank: 31 }, bad],
    };
    let alone = bad.encode(&mut [0u8; 1]);
    assert!(matches!(
        alone,
        Err(EncodeError::ValueOutOfRange { field: "rank", .. })
    ));
    assert_eq!(list.encode(&mut [0u8; 3]), alone);
    let good = FlagList {
        flags: vec![Flags { class: 7, rank: 31 }, Flags { class: 1, rank: 2 }],
    };
    assert_eq!(good.encode_to_vec(), [2, 0xff, 0x22]);
}
