//! Property tests of variable-length messages: one message mixing every field kind
//! (fixed integers, bit fields, an odd-width integer, enums, bools, a fixed-point price,
//! owned and borrowed bytes and strings, lists of integers and of fixed and variable
//! structs, optional structs and strings, unsigned, signed and ZigZag varints), in both
//! byte orders.
//!
//! For every generated value: `encode` writes `encoded_len()` bytes, which start with the
//! block and the first variable fields as the layout rules say; `decode` gives the value
//! back; `view` agrees with `decode` field by field; every proper prefix is `Truncated`
//! and one extra byte is `TrailingBytes`, for `decode` and `view` alike. Random and
//! corrupted inputs never panic, and `decode` and `view` accept and refuse the same ones.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use wire::prelude::*;
use wire::{DecodeError, EncodeError};

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Limit = 1,
    Market = 2,
    Stop = 0xff,
}

/// Every field's value, owned: the borrowed fields of a message borrow from here.
#[derive(Debug, Clone)]
pub struct Parts {
    id: u64,
    level: u8,
    small: u16,
    kind: Kind,
    flag: bool,
    b24: i32,
    price_units: i64,
    owned_bytes: Vec<u8>,
    borrowed_bytes: Vec<u8>,
    owned_str: String,
    borrowed_str: String,
    points: Vec<(i16, u32, Kind)>,
    tagged: Vec<(u8, String, Vec<u8>)>,
    shorts: Vec<u16>,
    best: Option<(i16, u32, Kind)>,
    note: Option<String>,
    unsigned: u64,
    signed: i64,
    zz: i32,
    narrow: u16,
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![Just(Kind::Limit), Just(Kind::Market), Just(Kind::Stop)]
}

fn point() -> impl Strategy<Value = (i16, u32, Kind)> {
    (any::<i16>(), any::<u32>(), kind())
}

fn tagged() -> impl Strategy<Value = (u8, String, Vec<u8>)> {
    // At most 4 characters of at most 4 bytes: within the 16-byte cap.
    (any::<u8>(), "\\PC{0,4}", vec(any::<u8>(), 0..6))
}

fn parts() -> impl Strategy<Value = Parts> {
    let fixed = (
        any::<u64>(),
        0u8..8,
        0u16..(1 << 13),
        kind(),
        any::<bool>(),
        -(1i32 << 23)..(1i32 << 23),
        -1_000_000_000_000i64..1_000_000_000_000,
    );
    let variable = (
        vec(any::<u8>(), 0..24),
        vec(any::<u8>(), 0..24),
        "\\PC{0,16}",
        "\\PC{0,24}",
        vec(point(), 0..=6),
        vec(tagged(), 0..=4),
        vec(any::<u16>(), 0..12),
        option::of(point()),
        option::of("\\PC{0,12}"),
    );
    let varints = (any::<u64>(), any::<i64>(), any::<i32>(), any::<u16>());
    (fixed, variable, varints).prop_map(
        |(
            (id, level, small, kind, flag, b24, price_units),
            (
                owned_bytes,
                borrowed_bytes,
                owned_str,
                borrowed_str,
                points,
                tagged,
                shorts,
                best,
                note,
            ),
            (unsigned, signed, zz, narrow),
        )| Parts {
            id,
            level,
            small,
            kind,
            flag,
            b24,
            price_units,
            owned_bytes,
            borrowed_bytes,
            owned_str,
            borrowed_str,
            points,
            tagged,
            shorts,
            best,
            note,
            unsigned,
            signed,
            zz,
            narrow,
        },
    )
}

/// Unsigned LEB128, written here from the definition.
fn leb128(mut value: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

/// The same message, its byte order and the functions that check it, for `"big"` and
/// `"little"`.
macro_rules! mixed_message {
    ($module:ident, $endian:tt, $to_bytes:ident) => {
        mod $module {
            use super::*;

            #[derive(Wire, Debug, Clone, Copy, PartialEq)]
            #[wire(endian = $endian)]
            pub struct Point {
                pub x: i16,
                pub y: u32,
                pub kind: Kind,
            }

            #[derive(Wire, Debug, Clone, PartialEq)]
            #[wire(endian = $endian)]
            pub struct Tagged {
                pub tag: u8,
                #[wire(len = "u8", max_len = 16)]
                pub name: String,
                #[wire(len = "varint")]
                pub data: Vec<u8>,
            }

            #[derive(Wire, Debug, Clone, PartialEq)]
            #[wire(endian = $endian)]
            pub struct Mixed<'a> {
                pub id: u64,
                #[wire(bits = 3)]
                pub level: u8,
                #[wire(bits = 13)]
                pub small: u16,
                pub kind: Kind,
                pub flag: bool,
                #[wire(bytes = 3)]
                pub b24: i32,
                #[wire(fixed(scale = 4, repr = "i64"))]
                pub price: f64,
                #[wire(len = "u8")]
                pub owned_bytes: Vec<u8>,
                #[wire(len = "u16")]
                pub borrowed_bytes: &'a [u8],
                #[wire(len = "varint", max_len = 64)]
                pub owned_str: String,
                #[wire(len = "u32")]
                pub borrowed_str: &'a str,
                #[wire(len = "u8", max_len = 8)]
                pub points: Vec<Point>,
                #[wire(len = "varint", max_len = 8)]
                pub tagged: Vec<Tagged>,
                #[wire(len = "u16")]
                pub shorts: Vec<u16>,
                pub best: Option<Point>,
                #[wire(len = "u8")]
                pub note: Option<String>,
                #[wire(varint)]
                pub unsigned: u64,
                #[wire(varint)]
                pub signed: i64,
                #[wire(varint, zigzag)]
                pub zz: i32,
                #[wire(varint)]
                pub narrow: u16,
            }

            /// The fixed block: 8 + 2 (bit run) + 1 + 1 + 3 + 8 bytes.
            const BLOCK: usize = 23;

            fn point((x, y, kind): (i16, u32, Kind)) -> Point {
                Point { x, y, kind }
            }

            pub fn message(p: &Parts) -> Mixed<'_> {
                Mixed {
                    id: p.id,
                    level: p.level,
                    small: p.small,
                    kind: p.kind,
                    flag: p.flag,
                    b24: p.b24,
                    price: p.price_units as f64 / 1e4,
                    owned_bytes: p.owned_bytes.clone(),
                    borrowed_bytes: &p.borrowed_bytes,
                    owned_str: p.owned_str.clone(),
                    borrowed_str: &p.borrowed_str,
                    points: p.points.iter().copied().map(point).collect(),
                    tagged: p
                        .tagged
                        .iter()
                        .map(|(tag, name, data)| Tagged {
                            tag: *tag,
                            name: name.clone(),
                            data: data.clone(),
                        })
                        .collect(),
                    shorts: p.shorts.clone(),
                    best: p.best.map(point),
                    note: p.note.clone(),
                    unsigned: p.unsigned,
                    signed: p.signed,
                    zz: p.zz,
                    narrow: p.narrow,
                }
            }

            /// The block and the first three variable fields, from the layout rules alone.
            fn model_head(p: &Parts) -> Vec<u8> {
                let mut out = Vec::new();
                out.extend(p.id.$to_bytes());
                // A bit run is one integer: big-endian, the first field in the most
                // significant bits; little-endian, the first field in the least.
                let run = if $endian == "big" {
                    (u16::from(p.level) << 13) | p.small
                } else {
                    u16::from(p.level) | (p.small << 3)
                };
                out.extend(run.$to_bytes());
                out.push(p.kind as u8);
                out.push(u8::from(p.flag));
                let b24 = p.b24.$to_bytes();
                // The low three bytes of the two's complement, in the message's order.
                if $endian == "big" {
                    out.extend(&b24[1..]);
                } else {
                    out.extend(&b24[..3]);
                }
                out.extend(p.price_units.$to_bytes());
                assert_eq!(out.len(), BLOCK);
                out.push(p.owned_bytes.len() as u8);
                out.extend(&p.owned_bytes);
                out.extend((p.borrowed_bytes.len() as u16).$to_bytes());
                out.extend(&p.borrowed_bytes);
                out.extend(leb128(p.owned_str.len() as u64));
                out.extend(p.owned_str.as_bytes());
                out
            }

            /// The last four fields: varints, from the LEB128 and ZigZag definitions.
            fn model_tail(p: &Parts) -> Vec<u8> {
                let zigzag = ((p.zz << 1) ^ (p.zz >> 31)) as u32;
                [
                    leb128(p.unsigned),
                    leb128(p.signed as u64),
                    leb128(u64::from(zigzag)),
                    leb128(u64::from(p.narrow)),
                ]
                .concat()
            }

            pub fn check_round_trip(p: &Parts) -> Result<(), TestCaseError> {
                let value = message(p);
                let len = value.encoded_len();
                let mut buf = vec![0xa5; len + 8];
                prop_assert_eq!(value.encode(&mut buf), Ok(len));
                let bytes = &buf[..len];
                prop_assert_eq!(&value.encode_to_vec()[..], bytes);
                prop_assert_eq!(
                    value.encode(&mut vec![0; len - 1]),
                    Err(EncodeError::BufferTooSmall {
                        needed: len,
                        available: len - 1
                    })
                );

                let head = model_head(p);
                prop_assert_eq!(&bytes[..head.len()], &head[..]);
                let tail = model_tail(p);
                prop_assert_eq!(&bytes[len - tail.len()..], &tail[..]);

                prop_assert_eq!(&Mixed::decode(bytes).unwrap(), &value);

                // A list element written in place through its mutable view is the element
                // `encode` writes.
                for point in &value.points {
                    let mut slot = [0u8; Point::SIZE];
                    let mut writer = Point::view_mut(&mut slot).unwrap();
                    writer.set_x(point.x);
                    writer.set_y(point.y);
                    writer.set_kind(point.kind);
                    prop_assert_eq!(&slot[..], &point.encode_to_vec()[..]);
                }
                Ok(())
            }

            pub fn check_view_agrees(p: &Parts) -> Result<(), TestCaseError> {
                let bytes = message(p).encode_to_vec();
                let decoded = Mixed::decode(&bytes).unwrap();
                let view = Mixed::view(&bytes).unwrap();
                prop_assert_eq!(view.as_bytes(), &bytes[..]);
                prop_assert_eq!(view.id(), decoded.id);
                prop_assert_eq!(view.level(), decoded.level);
                prop_assert_eq!(view.small(), decoded.small);
                prop_assert_eq!(view.kind(), decoded.kind);
                prop_assert_eq!(view.flag(), decoded.flag);
                prop_assert_eq!(view.b24(), decoded.b24);
                prop_assert_eq!(view.price(), decoded.price);
                prop_assert_eq!(view.owned_bytes(), &decoded.owned_bytes[..]);
                prop_assert_eq!(view.borrowed_bytes(), decoded.borrowed_bytes);
                prop_assert_eq!(view.owned_str(), decoded.owned_str.as_str());
                prop_assert_eq!(view.borrowed_str(), decoded.borrowed_str);

                let points = view.points();
                prop_assert_eq!(points.len(), decoded.points.len());
                let iterated: Vec<Point> = points.iter().map(|p| p.to_value()).collect();
                prop_assert_eq!(&iterated, &decoded.points);
                for (i, point) in decoded.points.iter().enumerate() {
                    prop_assert_eq!(points.get(i), Some(*point));
                }
                prop_assert_eq!(points.get(decoded.points.len()), None);

                let tagged = view.tagged();
                prop_assert_eq!(tagged.len(), decoded.tagged.len());
                for (view, value) in tagged.iter().zip(&decoded.tagged) {
                    prop_assert_eq!(view.tag(), value.tag);
                    prop_assert_eq!(view.name(), value.name.as_str());
                    prop_assert_eq!(view.data(), &value.data[..]);
                }
                prop_assert_eq!(tagged.iter().count(), decoded.tagged.len());

                let shorts: Vec<u16> = view.shorts().iter().collect();
                prop_assert_eq!(&shorts, &decoded.shorts);
                prop_assert_eq!(view.best().map(|b| b.to_value()), decoded.best);
                prop_assert_eq!(view.note(), decoded.note.as_deref());
                prop_assert_eq!(view.unsigned(), decoded.unsigned);
                prop_assert_eq!(view.signed(), decoded.signed);
                prop_assert_eq!(view.zz(), decoded.zz);
                prop_assert_eq!(view.narrow(), decoded.narrow);
                Ok(())
            }

            pub fn check_prefixes_and_trailing(p: &Parts) -> Result<(), TestCaseError> {
                let bytes = message(p).encode_to_vec();
                let len = bytes.len();
                for cut in 0..len {
                    let prefix = &bytes[..cut];
                    let decoded = Mixed::decode(prefix);
                    prop_assert!(
                        matches!(decoded, Err(DecodeError::Truncated { .. })),
                        "decode of {} of {} bytes: {:?}",
                        cut,
                        len,
                        decoded
                    );
                    let viewed = Mixed::view(prefix).err();
                    prop_assert!(
                        matches!(viewed, Some(DecodeError::Truncated { .. })),
                        "view of {} of {} bytes: {:?}",
                        cut,
                        len,
                        viewed
                    );
                }
                let mut long = bytes.clone();
                long.push(0);
                let trailing = DecodeError::TrailingBytes {
                    offset: len as u32,
                    count: 1,
                };
                prop_assert_eq!(Mixed::decode(&long), Err(trailing));
                prop_assert_eq!(Mixed::view(&long).err(), Some(trailing));
                let (value, rest) = Mixed::decode_prefix(&long).unwrap();
                prop_assert_eq!((&value, rest), (&message(p), &[0u8][..]));
                let (view, rest) = Mixed::view_prefix(&long).unwrap();
                prop_assert_eq!((view.as_bytes(), rest), (&bytes[..], &[0u8][..]));
                Ok(())
            }

            /// `decode` and `view` of any input: no panic, and the same verdict.
            pub fn check_any_input(bytes: &[u8]) -> Result<(), TestCaseError> {
                let decoded = Mixed::decode(bytes);
                let viewed = Mixed::view(bytes);
                prop_assert_eq!(decoded.as_ref().err(), viewed.as_ref().err());
                if let (Ok(value), Ok(view)) = (&decoded, &viewed) {
                    prop_assert_eq!(view.owned_str(), value.owned_str.as_str());
                    prop_assert_eq!(view.note(), value.note.as_deref());
                }
                let _ = Mixed::decode_prefix(bytes);
                let _ = Mixed::view_prefix(bytes);
                Ok(())
            }
        }
    };
}

mixed_message!(big, "big", to_be_bytes);
mixed_message!(little, "little", to_le_bytes);

proptest! {
    #[test]
    fn big_endian_round_trips(p in parts()) {
        big::check_round_trip(&p)?;
    }

    #[test]
    fn little_endian_round_trips(p in parts()) {
        little::check_round_trip(&p)?;
    }

    #[test]
    fn big_endian_view_agrees_with_decode(p in parts()) {
        big::check_view_agrees(&p)?;
    }

    #[test]
    fn little_endian_view_agrees_with_decode(p in parts()) {
        little::check_view_agrees(&p)?;
    }

    #[test]
    fn big_endian_prefixes_are_truncated(p in parts()) {
        big::check_prefixes_and_trailing(&p)?;
    }

    #[test]
    fn little_endian_prefixes_are_truncated(p in parts()) {
        little::check_prefixes_and_trailing(&p)?;
    }

    #[test]
    fn random_bytes_never_panic(bytes in vec(any::<u8>(), 0..300)) {
        big::check_any_input(&bytes)?;
        little::check_any_input(&bytes)?;
    }

    #[test]
    fn corrupted_encodings_never_panic(
        p in parts(),
        edits in vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        for bytes in [big::message(&p).encode_to_vec(), little::message(&p).encode_to_vec()] {
            let mut bytes = bytes;
            for (at, byte) in &edits {
                let i = at.index(bytes.len());
                bytes[i] = *byte;
            }
            big::check_any_input(&bytes)?;
            little::check_any_input(&bytes)?;
        }
    }
}

#[test]
fn the_two_byte_orders_differ_only_where_they_should() {
    // One value, both orders: single bytes, u8 prefixes and varints are the same; wider
    // integers, prefixes and the bit run (1 << 13 | 2 against 1 | 2 << 3) are not.
    let p = Parts {
        id: 1,
        level: 1,
        small: 2,
        kind: Kind::Stop,
        flag: true,
        b24: -2,
        price_units: 10_001,
        owned_bytes: vec![7],
        borrowed_bytes: vec![8, 9],
        owned_str: "é".into(),
        borrowed_str: String::new(),
        points: vec![],
        tagged: vec![],
        shorts: vec![],
        best: None,
        note: None,
        unsigned: 300,
        signed: -1,
        zz: -1,
        narrow: 0xffff,
    };
    let be = big::message(&p).encode_to_vec();
    let le = little::message(&p).encode_to_vec();
    let block_be = [
        &1u64.to_be_bytes()[..],
        &[0x20, 0x02, 0xff, 1, 0xff, 0xff, 0xfe],
        &10_001i64.to_be_bytes(),
    ]
    .concat();
    let block_le = [
        &1u64.to_le_bytes()[..],
        &[0x11, 0x00, 0xff, 1, 0xfe, 0xff, 0xff],
        &10_001i64.to_le_bytes(),
    ]
    .concat();
    let var_be = [
        &[1, 7, 0, 2, 8, 9, 2, 0xc3, 0xa9][..],
        &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xac, 0x02],
        &[0xff; 9],
        &[0x01, 0x01, 0xff, 0xff, 0x03],
    ]
    .concat();
    let var_le = [
        &[1, 7, 2, 0, 8, 9, 2, 0xc3, 0xa9][..],
        &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xac, 0x02],
        &[0xff; 9],
        &[0x01, 0x01, 0xff, 0xff, 0x03],
    ]
    .concat();
    assert_eq!(be, [block_be, var_be].concat());
    assert_eq!(le, [block_le, var_le].concat());
}
