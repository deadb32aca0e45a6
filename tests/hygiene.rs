//! Generated code is hygienic: it compiles in a crate without the prelude, with warnings
//! and missing docs denied, and with clippy's pedantic and nursery groups denied (the
//! derive's code is not the user's to fix). Every kind of type the derive accepts is
//! declared here; `.ci/run`'s clippy pass checks the lints.

#![no_implicit_prelude]
#![deny(warnings, missing_docs)]
#![deny(clippy::all, clippy::pedantic, clippy::nursery)]

use ::std::assert_eq;
use ::std::borrow::ToOwned;
use ::std::string::String;
use ::std::vec;
use ::std::vec::Vec;
use ::wire::prelude::*;
use ::wire::Wire;

/// A two-byte enum: it takes the byte order of the struct it is in.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Kind {
    /// First.
    A = 0x0102,
    /// Second.
    B = 7,
}

/// A fixed struct with a magic, nested in another.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Inner {
    /// A word.
    pub a: u32,
    /// A kind.
    pub kind: Kind,
    /// A constant.
    #[wire(magic = 0xA55A)]
    pub marker: u16,
}

/// Every fixed-layout field shape.
#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
pub struct Fixed {
    /// A byte-string constant.
    #[wire(magic = b"WI")]
    pub magic: [u8; 2],
    /// A one-bit flag.
    #[wire(bits = 1)]
    pub flag: bool,
    /// A signed bit field.
    #[wire(bits = 5)]
    pub small: i8,
    /// An unsigned bit field.
    #[wire(bits = 10)]
    pub mid: u16,
    /// A 24-bit signed integer.
    #[wire(bytes = 3)]
    pub i24: i32,
    /// A 40-bit unsigned integer in the other byte order.
    #[wire(bytes = 5, endian = "little")]
    pub u40: u64,
    /// A nested struct.
    pub inner: Inner,
    /// An array of enums.
    pub kinds: [Kind; 2],
    /// A float.
    pub ratio: f64,
    /// A wide integer.
    pub big: i128,
    /// A bool.
    pub ok: bool,
    /// A price as a fixed-point decimal.
    #[wire(fixed(scale = 4, repr = "i64"))]
    pub price: f64,
    /// An asserted offset.
    #[wire(offset = 57)]
    pub last: u8,
}

/// An open two-byte enum: values no variant names are kept by `Unknown`.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Flow {
    /// First.
    In = 1,
    /// Any other value.
    #[wire(other)]
    Unknown(u16),
}

/// Offset and size assertions after a nested type, which const assertions check.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 10)]
pub struct AfterNested {
    /// A nested struct of 8 bytes.
    pub inner: Inner,
    /// The high nibble of byte 8.
    #[wire(bits = 4, offset = 8)]
    pub high: u8,
    /// The low nibble of byte 8.
    #[wire(bits = 4)]
    pub low: u8,
    /// Byte 9, the second byte of the run.
    #[wire(bits = 8, offset = 9)]
    pub last: u8,
}

/// A list element with a variable field.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Tagged {
    /// An id.
    pub id: u16,
    /// An open enum.
    pub flow: Flow,
    /// A label.
    #[wire(len = "u8")]
    pub label: String,
}

/// Every variable-length field shape, versioned.
#[derive(Wire, Debug, PartialEq, Eq)]
#[wire(endian = "big", version = 2)]
pub struct Variable<'a> {
    /// A fixed field.
    pub stock: u16,
    /// A field of version 2.
    #[wire(since = 2, default = 7)]
    pub lot: u16,
    /// A borrowed string.
    #[wire(len = "u8", max_len = 16)]
    pub name: &'a str,
    /// Owned bytes.
    #[wire(len = "varint")]
    pub blob: Vec<u8>,
    /// A list of fixed elements.
    #[wire(len = "u16", max_len = 16)]
    pub inners: Vec<Inner>,
    /// A list of variable elements.
    #[wire(len = "u8")]
    pub tags: Vec<Tagged>,
    /// A varint.
    #[wire(varint)]
    pub seq: u64,
    /// A varint, `zigzag`-mapped.
    #[wire(varint, zigzag)]
    pub delta: i32,
    /// An optional message.
    pub maybe: ::std::option::Option<Inner>,
    /// An optional string of version 2.
    #[wire(len = "u8", since = 2)]
    pub note: ::std::option::Option<String>,
}

/// Lengths and presence from earlier fields, and a variable struct as a field.
#[derive(Wire, Debug, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Computed<'a> {
    /// Words of header (a length's target).
    #[wire(bits = 4)]
    pub words: u8,
    /// Flags (read by a condition).
    #[wire(bits = 4)]
    pub flags: u8,
    /// Elements in `items` (a target).
    pub count: u16,
    /// Bytes of options, from `words`.
    #[wire(byte_len = "words * 4 - 4", max_len = 60)]
    pub options: &'a [u8],
    /// Counted elements.
    #[wire(count = "count")]
    pub items: Vec<Inner>,
    /// Elements until their bytes are used up (no target: checked on encode).
    #[wire(byte_len = "(words - 1) * 4")]
    pub tags: Vec<Tagged>,
    /// A counted string.
    #[wire(count = "flags + 1")]
    pub name: String,
    /// Present when a flag is set.
    #[wire(if = "flags & 1 != 0 || -count > 5")]
    pub extra: ::std::option::Option<u32>,
    /// A variable struct, inline.
    #[wire(variable)]
    pub tagged: Tagged,
}

#[test]
fn computed_lengths_compile_without_the_prelude() {
    let value = Computed {
        words: 0,
        flags: 1,
        count: 0,
        options: &[],
        items: vec![],
        tags: vec![],
        name: "ab".to_owned(),
        extra: ::std::option::Option::Some(5),
        tagged: Tagged {
            id: 1,
            flow: Flow::Unknown(3),
            label: "y".to_owned(),
        },
    };
    let bytes = value.encode_to_vec();
    assert_eq!(bytes[0], 0x11);
    let back = Computed::decode(&bytes);
    assert_eq!(
        back.map(|c| c.extra),
        ::std::result::Result::Ok(::std::option::Option::Some(5))
    );
    assert_eq!(
        Computed::view(&bytes).map(|v| v.name()),
        ::std::result::Result::Ok("ab")
    );
}

/// A tagged union with a pass-through variant.
#[derive(Wire, Debug, PartialEq)]
#[wire(tag = "u8", endian = "big")]
pub enum Message<'a> {
    /// A fixed message.
    #[wire(id = b'F')]
    Fixed(Fixed),
    /// A variable message.
    #[wire(id = b'V')]
    Variable(Variable<'a>),
    /// No payload.
    #[wire(id = 0x10)]
    Heartbeat,
    /// Anything else, kept as it came.
    #[wire(other)]
    Unknown(u8, &'a [u8]),
}

/// A union tagged in the frame header, with a pass-through variant.
#[derive(Wire, Debug, PartialEq)]
#[wire(tag = "header")]
pub enum Framed<'a> {
    /// A fixed message.
    #[wire(id = 0x0146)]
    Fixed(Fixed),
    /// A variable message.
    #[wire(id = 2)]
    Variable(Variable<'a>),
    /// No payload.
    #[wire(id = 3)]
    Heartbeat,
    /// Anything else, kept as it came.
    #[wire(other)]
    Unknown(u16, &'a [u8]),
}

/// A bounded union: its bound is a constant.
#[derive(Wire, Debug, PartialEq)]
#[wire(tag = "varint")]
pub enum Bounded {
    /// A fixed message.
    #[wire(id = 300)]
    Fixed(Fixed),
    /// An enum.
    #[wire(id = 1)]
    Kind(Inner),
}

#[test]
fn tags_and_bounds_compile_without_the_prelude() {
    assert_eq!(Bounded::MAX_ENCODED_LEN, 2 + Fixed::SIZE);
    assert_eq!(Kind::MAX_ENCODED_LEN, 2);
    assert_eq!(Framed::TAGS, &[0x0146, 2, 3]);
    assert_eq!(Framed::Heartbeat.tag(), 3);
    assert_eq!(Message::Heartbeat.tag(), 0x10);
    assert_eq!(
        Framed::decode_with_tag(3, &[]),
        ::std::result::Result::Ok(Framed::Heartbeat)
    );
    assert_eq!(
        Framed::decode_with_tag(9, &[1]),
        ::std::result::Result::Ok(Framed::Unknown(9, &[1]))
    );
}

#[test]
fn every_kind_of_type_round_trips() {
    let fixed = Fixed {
        magic: *b"WI",
        flag: true,
        small: -16,
        mid: 1023,
        i24: -5,
        u40: (1 << 40) - 1,
        inner: Inner {
            a: 0xdead_beef,
            kind: Kind::A,
            marker: 0xA55A,
        },
        kinds: [Kind::B, Kind::A],
        ratio: 1.5,
        big: -2,
        ok: true,
        price: 192.34,
        last: 9,
    };
    let bytes = fixed.encode_to_vec();
    assert_eq!(Fixed::decode(&bytes), ::std::result::Result::Ok(fixed));
    let variable = Variable {
        stock: 7,
        lot: 3,
        name: "AAPL",
        blob: vec![1, 2, 3],
        inners: vec![fixed.inner],
        tags: vec![Tagged {
            id: 1,
            flow: Flow::Unknown(0x0909),
            label: "x".to_owned(),
        }],
        seq: 300,
        delta: -3,
        maybe: ::std::option::Option::None,
        note: ::std::option::Option::Some("hi".to_owned()),
    };
    let message = Message::Variable(variable);
    let bytes = message.encode_to_vec();
    assert_eq!(Message::decode(&bytes), ::std::result::Result::Ok(message));
    assert_eq!(
        Message::decode(&[0x10]),
        ::std::result::Result::Ok(Message::Heartbeat)
    );
}

/// Checksum fields of every algorithm and range, with and without `verify`.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Checksummed {
    /// A word.
    pub a: u32,
    /// Another.
    pub b: u16,
    /// Over `a` alone.
    #[wire(checksum = "crc16-ccitt", over = "a")]
    pub ccitt: u16,
    /// Over `a` to `b`, little-endian.
    #[wire(checksum = "crc16-kermit", over = "a..=b", endian = "little", verify)]
    pub kermit: u16,
    /// Over `a` to `kermit`, the checksums before it included.
    #[wire(checksum = "crc32", over = "a..=kermit")]
    pub crc32: u32,
    /// Over `a` to `crc32`.
    #[wire(checksum = "internet", over = "a..=crc32")]
    pub internet: u16,
    /// Over the message, checked by `view`.
    #[wire(checksum = "crc32c", over = "message", verify)]
    pub crc32c: u32,
}

/// A versioned message with checksums over a field and over its block.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big", version = 2)]
pub struct VersionedSums {
    /// A word.
    pub a: u32,
    /// Over `a`.
    #[wire(checksum = "crc32c", over = "a", verify)]
    pub all: u32,
    /// Over the block.
    #[wire(checksum = "internet", over = "block", verify)]
    pub block_sum: u16,
    /// A string.
    #[wire(len = "u8")]
    pub text: String,
}

/// Checksums whose ranges end at and start from variable fields.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct VariableSums {
    /// Words of header (a length's target).
    #[wire(bits = 4)]
    pub words: u8,
    /// Flags (read by a condition).
    #[wire(bits = 4)]
    pub flags: u8,
    /// Over `extra` to `text`.
    #[wire(checksum = "crc32", over = "extra..=text")]
    pub crc: u32,
    /// Over the header and its options.
    #[wire(checksum = "internet", over = "words..=options", verify)]
    pub sum: u16,
    /// Bytes of options, from `words`.
    #[wire(byte_len = "words * 4 - 8", max_len = 52)]
    pub options: ::std::vec::Vec<u8>,
    /// Present when a flag is set.
    #[wire(if = "flags & 1")]
    pub extra: ::std::option::Option<u32>,
    /// A string.
    #[wire(len = "u8")]
    pub text: String,
}

#[test]
fn checksums_compile_without_the_prelude() {
    let value = VariableSums {
        words: 0,
        flags: 1,
        crc: 0,
        sum: 0,
        options: ::std::vec![1, 1, 1, 0],
        extra: ::std::option::Option::Some(9),
        text: "sum".to_owned(),
    };
    let bytes = value.encode_to_vec();
    let view = VariableSums::view(&bytes).unwrap();
    assert_eq!(view.verify_checksum(), ::std::result::Result::Ok(()));
    assert_eq!(VariableSums::decode(&bytes).unwrap().options, [1, 1, 1, 0]);
    let value = Checksummed {
        a: 1,
        b: 2,
        ccitt: 0,
        kermit: 0,
        internet: 0,
        crc32: 0,
        crc32c: 0,
    };
    let mut bytes = value.encode_to_vec();
    let view = Checksummed::view(&bytes).unwrap();
    assert_eq!(view.verify_checksum(), ::std::result::Result::Ok(()));
    let mut view = Checksummed::view_mut(&mut bytes).unwrap();
    view.set_a(3);
    view.fill_checksum();
    assert_eq!(view.verify_checksum(), ::std::result::Result::Ok(()));
    let versioned = VersionedSums {
        a: 5,
        block_sum: 0,
        all: 0,
        text: "sum".to_owned(),
    };
    let bytes = versioned.encode_to_vec();
    let view = VersionedSums::view(&bytes).unwrap();
    assert_eq!(view.verify_checksum(), ::std::result::Result::Ok(()));
    assert_eq!(VersionedSums::decode(&bytes).unwrap().text, "sum");
}

/// Held types less public than the messages that hold them: the `where` clauses that
/// name the held types must not trip `private_bounds`.
pub mod private_held {
    use ::wire::Wire;

    #[derive(Wire, Clone, Copy)]
    #[wire(endian = "big")]
    struct Point {
        x: u16,
        y: u16,
    }

    #[derive(Wire)]
    #[wire(tag = "u8")]
    enum Step {
        #[wire(id = 1)]
        To(Point),
    }

    /// A fixed message that holds a private type.
    #[derive(Wire)]
    #[wire(endian = "big")]
    pub struct Hop {
        at: Point,
        corners: [Point; 2],
    }

    /// A variable message that holds private types in every place.
    #[derive(Wire)]
    #[wire(endian = "big")]
    pub struct Route {
        from: Point,
        #[wire(len = "u8")]
        points: ::std::vec::Vec<Point>,
        via: ::std::option::Option<Point>,
        #[wire(variable)]
        last: Step,
    }
}
