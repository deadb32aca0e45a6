//! Open C-like enums: `#[wire(other)] Unknown(u8)` keeps a value no variant names, so a
//! reader passes through what a newer peer added and writes it back unchanged (prost's
//! open enums, smoltcp's `enum_with_unknown!`). Tested the four ways of smoltcp's
//! packet tests (bytes to accessors, setters to bytes, bytes to owned, owned to bytes)
//! in both byte orders and every repr, then in variable messages, lists and options.
//!
//! `Unknown(v)` where `v` is a named value: encode writes `v`, and decode gives the
//! named variant (a value has one reading; `Unknown` is for the others).

// The derive copies an open enum's discriminants into its code: they must not warn there.
#![deny(warnings)]

use proptest::prelude::*;
use wire::prelude::*;
use wire::schema::{Body, EnumOther};
use wire::DecodeError;

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Side {
    Buy = b'B',
    Sell = b'S',
    /// A side added after this reader was built.
    #[wire(other)]
    Unknown(u8),
}

/// `Side` without `other`: the closed enum, for comparison.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ClosedSide {
    Buy = b'B',
    Sell = b'S',
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Op16 {
    Read = 0x0102,
    Write = 0x0304,
    #[wire(other)]
    Other(u16),
}

/// The `other` variant first: where it stands does not matter on the wire.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Op32 {
    #[wire(other)]
    Other(u32),
    Start = 0x0102_0304,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u64)]
pub enum Op64 {
    Stop = 0x0102_0304_0506_0708,
    #[wire(other)]
    Other(u64),
}

/// A two-byte open enum with a byte order of its own: it encodes and decodes alone.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
#[wire(endian = "little")]
pub enum Status {
    Ok = 0,
    Busy = 0x0101,
    #[wire(other)]
    Unknown(u16),
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 17)]
pub struct Order {
    pub side: Side,
    pub op16: Op16,
    pub op32: Op32,
    pub op64: Op64,
    pub sides: [Side; 2],
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little", size = 17)]
pub struct LeOrder {
    pub side: Side,
    pub op16: Op16,
    pub op32: Op32,
    pub op64: Op64,
    pub sides: [Side; 2],
}

/// Every field holds a value its enum does not name, but `sides[0]`.
static ORDER_BYTES: [u8; 17] = [
    b'X', // side
    0x05, 0x06, // op16
    0x0a, 0x0b, 0x0c, 0x0d, // op32
    0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, // op64
    b'S', 0xff, // sides
];

/// The same values, little endian.
static LE_ORDER_BYTES: [u8; 17] = [
    b'X', // side
    0x06, 0x05, // op16
    0x0d, 0x0c, 0x0b, 0x0a, // op32
    0x18, 0x17, 0x16, 0x15, 0x14, 0x13, 0x12, 0x11, // op64
    b'S', 0xff, // sides
];

fn order_repr() -> Order {
    Order {
        side: Side::Unknown(b'X'),
        op16: Op16::Other(0x0506),
        op32: Op32::Other(0x0a0b_0c0d),
        op64: Op64::Other(0x1112_1314_1516_1718),
        sides: [Side::Sell, Side::Unknown(0xff)],
    }
}

fn le_order_repr() -> LeOrder {
    let o = order_repr();
    LeOrder {
        side: o.side,
        op16: o.op16,
        op32: o.op32,
        op64: o.op64,
        sides: o.sides,
    }
}

#[test]
fn deconstruct_unknown_values_read_as_the_other_variant() {
    let view = Order::view(&ORDER_BYTES).unwrap();
    assert_eq!(view.side(), Side::Unknown(b'X'));
    assert_eq!(view.op16(), Op16::Other(0x0506));
    assert_eq!(view.op32(), Op32::Other(0x0a0b_0c0d));
    assert_eq!(view.op64(), Op64::Other(0x1112_1314_1516_1718));
    assert_eq!(view.sides(), [Side::Sell, Side::Unknown(0xff)]);

    let view = LeOrder::view(&LE_ORDER_BYTES).unwrap();
    assert_eq!(view.to_value(), le_order_repr());
}

#[test]
fn construct_the_setters_write_unknown_values_unchanged() {
    let o = order_repr();
    let mut bytes = [0u8; 17];
    let mut view = Order::view_mut(&mut bytes).unwrap();
    view.set_side(o.side);
    view.set_op16(o.op16);
    view.set_op32(o.op32);
    view.set_op64(o.op64);
    view.set_sides(o.sides);
    assert_eq!(bytes, ORDER_BYTES);

    let o = le_order_repr();
    let mut bytes = [0u8; 17];
    let mut view = LeOrder::view_mut(&mut bytes).unwrap();
    view.set_side(o.side);
    view.set_op16(o.op16);
    view.set_op32(o.op32);
    view.set_op64(o.op64);
    view.set_sides(o.sides);
    assert_eq!(bytes, LE_ORDER_BYTES);
}

#[test]
fn parse_never_refuses_a_value_of_an_open_enum() {
    assert_eq!(Order::decode(&ORDER_BYTES), Ok(order_repr()));
    assert_eq!(LeOrder::decode(&LE_ORDER_BYTES), Ok(le_order_repr()));
}

#[test]
fn emit_writes_the_kept_values_back() {
    assert_eq!(order_repr().encode_to_vec(), ORDER_BYTES);
    assert_eq!(le_order_repr().encode_to_vec(), LE_ORDER_BYTES);
}

proptest! {
    /// Every field of `Order` is an open enum, so any 17 bytes are one, in either order,
    /// and encode back to themselves.
    #[test]
    fn any_bytes_are_an_order_and_encode_back_unchanged(
        bytes in proptest::array::uniform17(any::<u8>()),
    ) {
        let order = Order::decode(&bytes).unwrap();
        prop_assert_eq!(Order::view(&bytes).unwrap().to_value(), order);
        prop_assert_eq!(order.encode_to_vec(), bytes);
        let le = LeOrder::decode(&bytes).unwrap();
        prop_assert_eq!(LeOrder::view(&bytes).unwrap().to_value(), le);
        prop_assert_eq!(le.encode_to_vec(), bytes);
    }
}

#[test]
fn named_values_read_and_write_as_in_a_closed_enum() {
    let known = Order {
        side: Side::Buy,
        op16: Op16::Write,
        op32: Op32::Start,
        op64: Op64::Stop,
        sides: [Side::Sell, Side::Buy],
    };
    let bytes = [
        b'B', 0x03, 0x04, 0x01, 0x02, 0x03, 0x04, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
        b'S', b'B',
    ];
    assert_eq!(known.encode_to_vec(), bytes);
    assert_eq!(Order::decode(&bytes), Ok(known));
}

#[test]
fn every_byte_passes_through_and_the_closed_twin_refuses_the_same_ones() {
    for byte in 0..=u8::MAX {
        let side = Side::decode(&[byte]).unwrap();
        assert_eq!(side.encode_to_vec(), [byte]);
        match ClosedSide::decode(&[byte]) {
            Ok(ClosedSide::Buy) => assert_eq!(side, Side::Buy),
            Ok(ClosedSide::Sell) => assert_eq!(side, Side::Sell),
            Err(error) => {
                assert_eq!(side, Side::Unknown(byte));
                assert_eq!(
                    error,
                    DecodeError::InvalidDiscriminant {
                        field: "ClosedSide",
                        offset: 0,
                        value: u64::from(byte),
                    }
                );
            }
        }
    }
}

#[test]
fn every_u16_passes_through_in_the_enums_own_byte_order() {
    for value in 0..=u16::MAX {
        let bytes = value.to_le_bytes();
        let status = Status::decode(&bytes).unwrap();
        let expected = match value {
            0 => Status::Ok,
            0x0101 => Status::Busy,
            other => Status::Unknown(other),
        };
        assert_eq!(status, expected);
        assert_eq!(status.encode_to_vec(), bytes);
    }
    assert_eq!(Status::SIZE, 2);
}

#[test]
fn unknown_holding_a_named_value_encodes_it_and_decodes_as_the_named_variant() {
    assert_eq!(Side::Unknown(b'B').encode_to_vec(), b"B");
    assert_eq!(Side::decode(b"B"), Ok(Side::Buy));
    assert_eq!(Status::Unknown(0x0101).encode_to_vec(), [0x01, 0x01]);
    assert_eq!(Status::decode(&[0x01, 0x01]), Ok(Status::Busy));
    let mut bytes = [0u8; 17];
    let mut view = Order::view_mut(&mut bytes).unwrap();
    view.set_op16(Op16::Other(0x0102));
    assert_eq!(Order::view(&bytes).unwrap().op16(), Op16::Read);
}

#[test]
fn standalone_errors_are_about_length_only() {
    assert_eq!(
        Side::decode(b""),
        Err(DecodeError::Truncated {
            field: "Side",
            offset: 0,
            needed: 1,
            available: 0,
        })
    );
    assert_eq!(
        Status::decode(&[1, 2, 3]),
        Err(DecodeError::TrailingBytes {
            offset: 2,
            count: 1
        })
    );
    let (status, rest) = Status::decode_prefix(&[9, 0, 7]).unwrap();
    assert_eq!((status, rest), (Status::Unknown(9), &[7u8][..]));
}

/// A variable message: open enums in the block, in lists and in options.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
pub struct Book {
    pub side: Side,
    pub op: Op16,
    #[wire(len = "u8")]
    pub venue: String,
    #[wire(len = "u8")]
    pub sides: Vec<Side>,
    #[wire(len = "u8")]
    pub ops: Vec<Op16>,
    pub best: Option<Side>,
    pub last: Option<Op16>,
}

fn book() -> Book {
    Book {
        side: Side::Unknown(b'C'),
        op: Op16::Other(0xbeef),
        venue: "X".into(),
        sides: vec![Side::Buy, Side::Unknown(0), Side::Sell],
        ops: vec![Op16::Other(0x0506), Op16::Read],
        best: Some(Side::Unknown(b'Z')),
        last: Some(Op16::Other(0xffff)),
    }
}

/// Written out by hand from the layout: the block (side, op), then the fields after it.
static BOOK_BYTES: &[u8] = &[
    b'C', 0xbe, 0xef, // block: side, op
    1, b'X', // venue
    3, b'B', 0, b'S', // sides
    2, 0x05, 0x06, 0x01, 0x02, // ops
    1, b'Z', // best
    1, 0xff, 0xff, // last
];

#[test]
fn variable_messages_lists_and_options_keep_unknown_values() {
    let value = book();
    assert_eq!(value.encode_to_vec(), BOOK_BYTES);
    assert_eq!(value.encoded_len(), BOOK_BYTES.len());
    assert_eq!(Book::decode(BOOK_BYTES), Ok(book()));

    let view = Book::view(BOOK_BYTES).unwrap();
    assert_eq!(view.side(), Side::Unknown(b'C'));
    assert_eq!(view.op(), Op16::Other(0xbeef));
    assert_eq!(
        view.sides().iter().collect::<Vec<_>>(),
        [Side::Buy, Side::Unknown(0), Side::Sell]
    );
    assert_eq!(view.sides().get(1), Some(Side::Unknown(0)));
    assert_eq!(
        view.ops().iter().collect::<Vec<_>>(),
        [Op16::Other(0x0506), Op16::Read]
    );
    assert_eq!(view.best(), Some(Side::Unknown(b'Z')));
    assert_eq!(view.last(), Some(Op16::Other(0xffff)));
}

#[test]
fn the_schema_marks_the_enum_open_and_names_only_the_other_values() {
    let Body::Enum(side) = &Side::SCHEMA.body else {
        panic!("Side is an enum")
    };
    assert_eq!(side.bytes, 1);
    let values: Vec<(&str, u64)> = side.values.iter().map(|v| (v.name, v.value)).collect();
    assert_eq!(values, [("Buy", 0x42), ("Sell", 0x53)]);
    assert_eq!(
        side.other,
        Some(EnumOther {
            name: "Unknown",
            doc: "A side added after this reader was built.",
        })
    );

    let Body::Enum(op32) = &Op32::SCHEMA.body else {
        panic!("Op32 is an enum")
    };
    assert_eq!(op32.bytes, 4);
    assert_eq!(op32.values.len(), 1);
    assert_eq!(
        (op32.values[0].name, op32.values[0].value),
        ("Start", 0x0102_0304)
    );
    assert_eq!(op32.other.map(|o| o.name), Some("Other"));

    let Body::Enum(closed) = &ClosedSide::SCHEMA.body else {
        panic!("ClosedSide is an enum")
    };
    assert_eq!(closed.other, None);
    assert_eq!(closed.values.len(), 2);
}

const BASE: u8 = 0x40;

/// Discriminants written as constant expressions, one in parentheses.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Level {
    Low = (BASE + 1),
    High = BASE << 1,
    #[wire(other)]
    Other(u8),
}

#[test]
fn discriminants_may_be_constant_expressions() {
    assert_eq!(Level::decode(&[0x41]), Ok(Level::Low));
    assert_eq!(Level::decode(&[0x80]), Ok(Level::High));
    assert_eq!(Level::decode(&[0x40]), Ok(Level::Other(0x40)));
    assert_eq!(Level::High.encode_to_vec(), [0x80]);
    let Body::Enum(level) = &Level::SCHEMA.body else {
        panic!("Level is an enum")
    };
    let values: Vec<u64> = level.values.iter().map(|v| v.value).collect();
    assert_eq!(values, [0x41, 0x80]);
}
