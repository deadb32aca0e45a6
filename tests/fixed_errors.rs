//! Every way a fixed-layout message can fail to decode or encode, with the exact variant,
//! field name and offset, and the wording of each error.

use std::error::Error;
use wire::prelude::*;
use wire::{DecodeError, EncodeError, OutOfRangeValue};
use wire_test_support::api::{add_order_buy, AddOrder, Side, ADD_ORDER_BUY_BYTES};

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
enum Mode {
    Idle = 0x0001,
    Run = 0x0102,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 7)]
struct Status {
    code: u16,
    ok: bool,
    flags: [bool; 3],
    #[wire(bits = 1)]
    armed: bool,
    #[wire(bits = 7)]
    level: u8,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 3)]
struct Leg {
    qty: u16,
    side: Side,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 10)]
struct Spread {
    id: u32,
    near: Leg,
    far: Leg,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little", size = 11)]
struct Basket {
    count: u8,
    sides: [Side; 4],
    modes: [Mode; 3],
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little", size = 8)]
struct Hello {
    #[wire(magic = b"WIRE")]
    magic: [u8; 4],
    #[wire(magic = 0xA55A)]
    sync: u16,
    version: u16,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 6)]
struct Tick {
    seq: u16,
    #[wire(bytes = 3)]
    delta: i32,
    #[wire(bits = 4)]
    hi: u8,
    #[wire(bits = 4)]
    lo: u8,
}

// A nested struct whose own fields may not fit has a checked setter.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 8)]
struct Batch {
    batch: u16,
    tick: Tick,
}

/// Checks the wording rules of every error message: lower case, no trailing period.
fn assert_message_style(err: &dyn Error) {
    let message = err.to_string();
    assert!(!message.is_empty());
    assert!(!message.ends_with('.'), "{message:?} ends with a period");
    let first = message.chars().next().unwrap();
    assert!(!first.is_uppercase(), "{message:?} starts with a capital");
}

#[test]
fn bad_bool_names_its_byte() {
    // code(0..2) ok(2) flags(3..6), then one byte of bits: armed (the top bit), level.
    let status = Status::decode(&[0x12, 0x34, 1, 0, 1, 0, 0x85]).unwrap();
    assert_eq!(
        status,
        Status {
            code: 0x1234,
            ok: true,
            flags: [false, true, false],
            armed: true,
            level: 5
        }
    );

    let expected = DecodeError::InvalidBool {
        field: "ok",
        offset: 2,
        value: 2,
    };
    assert_eq!(Status::decode(&[0x12, 0x34, 2, 0, 0, 0, 0]), Err(expected));
    assert_eq!(
        Status::view(&[0x12, 0x34, 2, 0, 0, 0, 0]).err(),
        Some(expected)
    );
    assert_eq!(
        expected.to_string(),
        "field `ok` at offset 2: invalid bool byte 0x02 (expected 0 or 1)"
    );

    // An element of a bool array: the offset of that element.
    let expected = DecodeError::InvalidBool {
        field: "flags",
        offset: 5,
        value: 0xff,
    };
    assert_eq!(
        Status::decode(&[0x12, 0x34, 1, 0, 1, 0xff, 0]),
        Err(expected)
    );
    assert_eq!(
        Status::view(&[0x12, 0x34, 1, 0, 1, 0xff, 0]).err(),
        Some(expected)
    );
    assert_message_style(&expected);
}

#[test]
fn bad_enum_in_a_nested_struct_names_the_enum_field_at_its_absolute_offset() {
    let mut bytes = [0, 0, 0, 1, 0, 10, b'B', 0, 20, b'S'];
    assert_eq!(
        Spread::decode(&bytes),
        Ok(Spread {
            id: 1,
            near: Leg {
                qty: 10,
                side: Side::Buy
            },
            far: Leg {
                qty: 20,
                side: Side::Sell
            }
        })
    );
    bytes[9] = b'Z';
    let expected = DecodeError::InvalidDiscriminant {
        field: "side",
        offset: 9,
        value: 0x5a,
    };
    assert_eq!(Spread::decode(&bytes), Err(expected));
    assert_eq!(Spread::view(&bytes).err(), Some(expected));
    // The nested struct on its own: offsets count from its own start.
    assert_eq!(
        Leg::decode(&bytes[7..]),
        Err(DecodeError::InvalidDiscriminant {
            field: "side",
            offset: 2,
            value: 0x5a
        })
    );
    assert_eq!(
        expected.to_string(),
        "field `side` at offset 9: 0x5a names no enum variant"
    );
    assert_message_style(&expected);
}

#[test]
fn bad_enum_in_an_array_names_the_offset_of_that_element() {
    let mut bytes = [
        4, b'B', b'S', b'S', b'B', 0x01, 0x00, 0x02, 0x01, 0x01, 0x00,
    ];
    assert_eq!(
        Basket::decode(&bytes),
        Ok(Basket {
            count: 4,
            sides: [Side::Buy, Side::Sell, Side::Sell, Side::Buy],
            modes: [Mode::Idle, Mode::Run, Mode::Idle],
        })
    );

    bytes[3] = 0; // sides[2]
    let expected = DecodeError::InvalidDiscriminant {
        field: "sides",
        offset: 3,
        value: 0,
    };
    assert_eq!(Basket::decode(&bytes), Err(expected));
    assert_eq!(Basket::view(&bytes).err(), Some(expected));

    bytes[3] = b'S';
    bytes[7..9].copy_from_slice(&[0x01, 0x02]); // modes[1] = 0x0201 in little endian
    let expected = DecodeError::InvalidDiscriminant {
        field: "modes",
        offset: 7,
        value: 0x0201,
    };
    assert_eq!(Basket::decode(&bytes), Err(expected));
    assert_eq!(Basket::view(&bytes).err(), Some(expected));
}

#[test]
fn bad_magic_names_the_magic_field() {
    let good = [b'W', b'I', b'R', b'E', 0x5a, 0xa5, 0x02, 0x00];
    let hello = Hello::decode(&good).unwrap();
    assert_eq!(
        hello,
        Hello {
            magic: *b"WIRE",
            sync: 0xa55a,
            version: 2
        }
    );
    let view = Hello::view(&good).unwrap();
    assert_eq!(view.magic(), *b"WIRE");
    assert_eq!(view.sync(), 0xa55a);

    let mut bytes = good;
    bytes[1] = b'X';
    let expected = DecodeError::InvalidMagic {
        field: "magic",
        offset: 0,
    };
    assert_eq!(Hello::decode(&bytes), Err(expected));
    assert_eq!(Hello::view(&bytes).err(), Some(expected));
    assert_eq!(
        expected.to_string(),
        "field `magic` at offset 0: magic value does not match"
    );

    // The integer magic is in the struct's byte order: 5a a5 in little endian.
    let mut bytes = good;
    bytes[4..6].copy_from_slice(&[0xa5, 0x5a]);
    let expected = DecodeError::InvalidMagic {
        field: "sync",
        offset: 4,
    };
    assert_eq!(Hello::decode(&bytes), Err(expected));
    assert_eq!(Hello::view(&bytes).err(), Some(expected));
    assert_message_style(&expected);
}

#[test]
fn magic_is_written_whatever_the_field_holds() {
    let hello = Hello {
        magic: *b"NOPE",
        sync: 0,
        version: 2,
    };
    assert_eq!(
        hello.encode_to_vec(),
        [b'W', b'I', b'R', b'E', 0x5a, 0xa5, 0x02, 0x00]
    );

    // Making a mutable view writes nothing; `write_constants` writes the magic fields and
    // the caller writes the rest.
    let mut bytes = [0xeeu8; 8];
    let view = Hello::view_mut(&mut bytes).unwrap();
    assert_eq!(view.as_bytes(), [0xee; 8]);
    let mut view = Hello::view_mut(&mut bytes).unwrap();
    view.write_constants();
    view.set_version(2);
    assert_eq!(bytes, [b'W', b'I', b'R', b'E', 0x5a, 0xa5, 0x02, 0x00]);
}

#[test]
fn buffer_too_small() {
    let order = add_order_buy();
    for available in [0, 1, 18, 34] {
        let mut bytes = vec![0u8; available];
        let expected = EncodeError::BufferTooSmall {
            needed: 35,
            available,
        };
        assert_eq!(order.encode(&mut bytes), Err(expected));
        assert_message_style(&expected);
    }
    assert_eq!(
        EncodeError::BufferTooSmall {
            needed: 35,
            available: 34
        }
        .to_string(),
        "buffer too small: needed 35 bytes, got 34"
    );
}

#[test]
fn truncated_names_the_first_field_that_does_not_fit() {
    // (input length, field, its offset)
    let cases = [
        (0, "stock_locate", 0),
        (1, "stock_locate", 0),
        (2, "tracking_number", 2),
        (5, "timestamp", 4),
        (9, "timestamp", 4),
        (10, "order_ref", 10),
        (18, "side", 18),
        (19, "shares", 19),
        (22, "shares", 19),
        (23, "stock", 23),
        (30, "stock", 23),
        (31, "price", 31),
        (34, "price", 31),
    ];
    for (available, field, offset) in cases {
        let expected = DecodeError::Truncated {
            field,
            offset,
            needed: 35,
            available: available as u32,
        };
        let input = &ADD_ORDER_BUY_BYTES[..available];
        assert_eq!(AddOrder::decode(input), Err(expected), "{available} bytes");
        assert_eq!(
            AddOrder::decode_prefix(input).err(),
            Some(expected),
            "{available} bytes"
        );
        assert_eq!(
            AddOrder::view(input).err(),
            Some(expected),
            "{available} bytes"
        );
        assert_eq!(
            AddOrder::view_prefix(input).err(),
            Some(expected),
            "{available} bytes"
        );
        let mut short = input.to_vec();
        assert_eq!(
            AddOrder::view_mut(&mut short).err(),
            Some(expected),
            "{available} bytes"
        );
        assert_message_style(&expected);
    }
    assert_eq!(
        DecodeError::Truncated {
            field: "side",
            offset: 18,
            needed: 35,
            available: 18
        }
        .to_string(),
        "input truncated at field `side` (offset 18): needed 35 bytes, got 18"
    );
}

#[test]
fn truncated_inside_a_bit_run_names_the_run() {
    // Status ends with one byte of bits, armed then level: a run is read whole, so it is
    // named by its first field.
    let bytes = [0x12, 0x34, 1, 0, 1, 0, 0x85];
    let expected = DecodeError::Truncated {
        field: "armed",
        offset: 6,
        needed: 7,
        available: 6,
    };
    assert_eq!(Status::decode(&bytes[..6]), Err(expected));
    assert_eq!(Status::view(&bytes[..6]).err(), Some(expected));
}

#[test]
fn trailing_bytes() {
    let mut bytes = ADD_ORDER_BUY_BYTES.to_vec();
    bytes.extend_from_slice(&[0xaa; 5]);
    let expected = DecodeError::TrailingBytes {
        offset: 35,
        count: 5,
    };
    assert_eq!(AddOrder::decode(&bytes), Err(expected));
    assert_eq!(AddOrder::view(&bytes).err(), Some(expected));
    assert_eq!(
        expected.to_string(),
        "5 trailing bytes after the message, from offset 35"
    );
    assert_message_style(&expected);
    let (order, rest) = AddOrder::decode_prefix(&bytes).unwrap();
    assert_eq!(order, add_order_buy());
    assert_eq!(rest, &[0xaa; 5]);
}

#[test]
fn value_out_of_range() {
    let tick = Tick {
        seq: 1,
        delta: -0x80_0001,
        hi: 0,
        lo: 0,
    };
    let expected = EncodeError::ValueOutOfRange {
        field: "delta",
        offset: 2,
        value: OutOfRangeValue::new(-0x80_0001),
        bits: 24,
        signed: true,
    };
    assert_eq!(tick.encode(&mut [0u8; 6]), Err(expected));
    assert_eq!(
        expected.to_string(),
        "field `delta` at offset 2: value -8388609 out of range -8388608..=8388607"
    );
    assert_message_style(&expected);

    let tick = Tick {
        seq: 1,
        delta: 0,
        hi: 0,
        lo: 16,
    };
    let expected = EncodeError::ValueOutOfRange {
        field: "lo",
        offset: 5,
        value: OutOfRangeValue::new(16),
        bits: 4,
        signed: false,
    };
    assert_eq!(tick.encode(&mut [0u8; 6]), Err(expected));
    let mut bytes = [0u8; 6];
    let mut view = Tick::view_mut(&mut bytes).unwrap();
    assert_eq!(view.set_lo(16), Err(expected));
    assert_eq!(
        view.set_hi(0xff),
        Err(EncodeError::ValueOutOfRange {
            field: "hi",
            offset: 5,
            value: OutOfRangeValue::new(0xff),
            bits: 4,
            signed: false
        })
    );
}

#[test]
fn value_out_of_range_in_a_nested_struct_counts_from_the_outer_start() {
    let tick = Tick {
        seq: 1,
        delta: 0,
        hi: 16,
        lo: 0,
    };
    let expected = EncodeError::ValueOutOfRange {
        field: "hi",
        offset: 2 + 5,
        value: OutOfRangeValue::new(16),
        bits: 4,
        signed: false,
    };
    let batch = Batch { batch: 9, tick };
    assert_eq!(batch.encode(&mut [0u8; 8]), Err(expected));
    let mut bytes = [0u8; 8];
    let mut view = Batch::view_mut(&mut bytes).unwrap();
    assert_eq!(view.set_tick(tick), Err(expected));

    let good = Tick { hi: 15, ..tick };
    view.set_tick(good).unwrap();
    view.set_batch(9);
    assert_eq!(bytes, [0, 9, 0, 1, 0, 0, 0, 0xf0]);
    assert_eq!(Batch::view(&bytes).unwrap().tick(), good);
}

#[test]
fn errors_are_std_errors_with_lower_case_messages() {
    let errors: Vec<Box<dyn Error>> = vec![
        Box::new(DecodeError::Truncated {
            field: "a",
            offset: 0,
            needed: 2,
            available: 1,
        }),
        Box::new(DecodeError::TrailingBytes {
            offset: 2,
            count: 1,
        }),
        Box::new(DecodeError::InvalidDiscriminant {
            field: "a",
            offset: 0,
            value: 9,
        }),
        Box::new(DecodeError::InvalidBool {
            field: "a",
            offset: 0,
            value: 9,
        }),
        Box::new(DecodeError::InvalidMagic {
            field: "a",
            offset: 0,
        }),
        Box::new(DecodeError::UnknownTag {
            field: "a",
            offset: 0,
            tag: 9,
        }),
        Box::new(DecodeError::LengthExceedsMax {
            field: "a",
            offset: 0,
            len: 9,
            max: 8,
        }),
        Box::new(DecodeError::InvalidUtf8 {
            field: "a",
            offset: 0,
        }),
        Box::new(DecodeError::MalformedVarint { offset: 0 }),
        Box::new(EncodeError::BufferTooSmall {
            needed: 2,
            available: 1,
        }),
        Box::new(EncodeError::ValueOutOfRange {
            field: "a",
            offset: 0,
            value: OutOfRangeValue::new(9),
            bits: 3,
            signed: false,
        }),
        Box::new(EncodeError::LengthExceedsMax {
            field: "a",
            len: 9,
            max: 8,
        }),
    ];
    for err in &errors {
        assert_message_style(err.as_ref());
    }
}

#[test]
fn encode_to_vec_panics_with_the_error_message() {
    let tick = Tick {
        seq: 1,
        delta: 0,
        hi: 0,
        lo: 16,
    };
    let panic = std::panic::catch_unwind(|| tick.encode_to_vec()).unwrap_err();
    let message = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap();
    assert_eq!(
        message,
        "field `lo` at offset 5: value 16 out of range 0..=15"
    );
}
