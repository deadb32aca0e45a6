//! A little-endian message against bytes built independently with Python's `struct`:
//! little-endian bit runs of 8, 16 and 32 bits (the first field in the least significant
//! bits, as C lays out bit fields on little-endian targets), a signed bit field, a
//! `repr(u16)` enum that takes the struct's byte order, odd-width i24 and u40 fields, and
//! one field with an `endian = "big"` override. Consecutive bit fields form one run, so
//! each run here is closed by a field that is not a bit field.

use wire::prelude::*;
use wire::{DecodeError, EncodeError, OutOfRangeValue};

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
enum Opcode {
    Read = 0x0102,
    Write = 0x0304,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little", size = 23)]
struct SensorFrame {
    // 8-bit run, byte 0.
    #[wire(bits = 3)]
    kind: u8,
    #[wire(bits = 1)]
    urgent: bool,
    #[wire(bits = 4)]
    priority: u8,
    opcode: Opcode, // bytes 1..3
    // 16-bit run, bytes 3..5.
    #[wire(bits = 5)]
    channel: u8,
    #[wire(bits = 11)]
    length: u16,
    #[wire(bytes = 3)]
    temperature: i32, // bytes 5..8
    // 32-bit run, bytes 8..12, with a signed field in the middle.
    #[wire(bits = 12)]
    x: u16,
    #[wire(bits = 7)]
    delta: i8,
    #[wire(bits = 13)]
    y: u16,
    #[wire(bytes = 5)]
    sequence: u64, // bytes 12..17
    #[wire(endian = "big")]
    port: u16, // bytes 17..19
    count: u32, // bytes 19..23
}

// Built with Python's `struct`; a little-endian bit run is one integer with the first
// field in its least significant bits, packed '<H' or '<I':
//
//     import struct
//     def frame(kind, urgent, priority, opcode, channel, length, temperature,
//               x, delta, y, sequence, port, count):
//         run8 = kind | urgent << 3 | priority << 4
//         run16 = channel | length << 5
//         run32 = x | (delta & 0x7f) << 12 | y << 19
//         return (struct.pack('<BHH', run8, opcode, run16)
//                 + struct.pack('<i', temperature)[:3]
//                 + struct.pack('<I', run32)
//                 + struct.pack('<Q', sequence)[:5]
//                 + struct.pack('>H', port)
//                 + struct.pack('<I', count))
//     frame(5, 1, 9, 0x0304, 19, 1234, -1234567, 0xabc, -37, 0x1234,
//           0x01_0203_0405, 443, 0xdeadbeef).hex(' ')
//     frame(0, 0, 15, 0x0102, 31, 0, 0x7fffff, 0, -64, 8191,
//           0xff_ffff_ffff, 0x8001, 1).hex(' ')
//
// In the first, run8 = 0x9d, run16 = 0x9a53, run32 = 0x91a5babc.
static FRAME_BYTES: [u8; 23] = [
    0x9d, 0x04, 0x03, 0x53, 0x9a, 0x79, 0x29, 0xed, 0xbc, 0xba, 0xa5, 0x91, 0x05, 0x04, 0x03, 0x02,
    0x01, 0x01, 0xbb, 0xef, 0xbe, 0xad, 0xde,
];

fn frame_repr() -> SensorFrame {
    SensorFrame {
        kind: 5,
        urgent: true,
        priority: 9,
        channel: 19,
        length: 1234,
        x: 0xabc,
        delta: -37,
        y: 0x1234,
        opcode: Opcode::Write,
        temperature: -1_234_567,
        sequence: 0x01_0203_0405,
        port: 443,
        count: 0xdead_beef,
    }
}

// Every field at an extreme: the signed bit field at its minimum, the odd widths at
// their maximum, the top bit of the big-endian port set.
static EXTREME_BYTES: [u8; 23] = [
    0xf0, 0x02, 0x01, 0x1f, 0x00, 0xff, 0xff, 0x7f, 0x00, 0x00, 0xfc, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0x80, 0x01, 0x01, 0x00, 0x00, 0x00,
];

fn extreme_repr() -> SensorFrame {
    SensorFrame {
        kind: 0,
        urgent: false,
        priority: 15,
        channel: 31,
        length: 0,
        x: 0,
        delta: -64,
        y: 8191,
        opcode: Opcode::Read,
        temperature: 0x7f_ffff,
        sequence: 0xff_ffff_ffff,
        port: 0x8001,
        count: 1,
    }
}

fn write_with_setters(frame: &SensorFrame) -> [u8; 23] {
    let mut bytes = [0u8; 23];
    let mut view = SensorFrame::view_mut(&mut bytes).unwrap();
    view.set_kind(frame.kind).unwrap();
    view.set_urgent(frame.urgent); // one bit for a bool: every value fits
    view.set_priority(frame.priority).unwrap();
    view.set_opcode(frame.opcode);
    view.set_channel(frame.channel).unwrap();
    view.set_length(frame.length).unwrap();
    view.set_temperature(frame.temperature).unwrap();
    view.set_x(frame.x).unwrap();
    view.set_delta(frame.delta).unwrap();
    view.set_y(frame.y).unwrap();
    view.set_sequence(frame.sequence).unwrap();
    view.set_port(frame.port);
    view.set_count(frame.count);
    bytes
}

#[test]
fn deconstruct() {
    let view = SensorFrame::view(&FRAME_BYTES).unwrap();
    assert_eq!(view.kind(), 5);
    assert!(view.urgent());
    assert_eq!(view.priority(), 9);
    assert_eq!(view.channel(), 19);
    assert_eq!(view.length(), 1234);
    assert_eq!(view.x(), 0xabc);
    assert_eq!(view.delta(), -37);
    assert_eq!(view.y(), 0x1234);
    assert_eq!(view.opcode(), Opcode::Write);
    assert_eq!(view.temperature(), -1_234_567);
    assert_eq!(view.sequence(), 0x01_0203_0405);
    assert_eq!(view.port(), 443);
    assert_eq!(view.count(), 0xdead_beef);
    assert_eq!(view.as_bytes(), &FRAME_BYTES[..]);
}

#[test]
fn deconstruct_extremes() {
    let view = SensorFrame::view(&EXTREME_BYTES).unwrap();
    assert_eq!(view.kind(), 0);
    assert!(!view.urgent());
    assert_eq!(view.priority(), 15);
    assert_eq!(view.channel(), 31);
    assert_eq!(view.length(), 0);
    assert_eq!(view.x(), 0);
    assert_eq!(view.delta(), -64); // sign-extended from 7 bits
    assert_eq!(view.y(), 8191);
    assert_eq!(view.opcode(), Opcode::Read);
    assert_eq!(view.temperature(), 0x7f_ffff);
    assert_eq!(view.sequence(), 0xff_ffff_ffff);
    assert_eq!(view.port(), 0x8001);
    assert_eq!(view.count(), 1);
}

#[test]
fn construct() {
    assert_eq!(write_with_setters(&frame_repr()), FRAME_BYTES);
    assert_eq!(write_with_setters(&extreme_repr()), EXTREME_BYTES);
}

#[test]
fn parse() {
    assert_eq!(SensorFrame::decode(&FRAME_BYTES), Ok(frame_repr()));
    assert_eq!(SensorFrame::decode(&EXTREME_BYTES), Ok(extreme_repr()));
}

#[test]
fn emit() {
    let mut bytes = [0u8; 23];
    assert_eq!(frame_repr().encode(&mut bytes), Ok(23));
    assert_eq!(bytes, FRAME_BYTES);
    assert_eq!(extreme_repr().encode(&mut bytes), Ok(23));
    assert_eq!(bytes, EXTREME_BYTES);
}

#[test]
fn signed_fields_sign_extend() {
    // delta = -1 sets all seven of its bits (12..19 of run32); temperature = -1 all 24.
    let frame = SensorFrame {
        delta: -1,
        temperature: -1,
        ..extreme_repr()
    };
    let bytes = frame.encode_to_vec();
    assert_eq!(&bytes[8..12], &(0x7fu32 << 12 | 8191 << 19).to_le_bytes());
    assert_eq!(&bytes[5..8], &[0xff, 0xff, 0xff]);
    let view = SensorFrame::view(&bytes).unwrap();
    assert_eq!(view.delta(), -1);
    assert_eq!(view.temperature(), -1);

    // The most negative i24.
    let frame = SensorFrame {
        temperature: -0x80_0000,
        ..extreme_repr()
    };
    let bytes = frame.encode_to_vec();
    assert_eq!(&bytes[5..8], &[0x00, 0x00, 0x80]);
    assert_eq!(SensorFrame::decode(&bytes).unwrap().temperature, -0x80_0000);
}

#[test]
fn enum_takes_the_byte_order_of_its_struct() {
    let mut bytes = FRAME_BYTES;
    bytes[1..3].copy_from_slice(&0x0102u16.to_be_bytes()); // 0x0201 in little endian
    assert_eq!(
        SensorFrame::decode(&bytes),
        Err(DecodeError::InvalidDiscriminant {
            field: "opcode",
            offset: 1,
            value: 0x0201
        })
    );
}

#[test]
fn out_of_range_values_are_rejected() {
    let cases = [
        (
            SensorFrame {
                kind: 8,
                ..frame_repr()
            },
            "kind",
            0,
            8,
            0,
            7,
        ),
        (
            SensorFrame {
                priority: 16,
                ..frame_repr()
            },
            "priority",
            0,
            16,
            0,
            15,
        ),
        (
            SensorFrame {
                length: 2048,
                ..frame_repr()
            },
            "length",
            3,
            2048,
            0,
            2047,
        ),
        (
            SensorFrame {
                delta: 64,
                ..frame_repr()
            },
            "delta",
            8,
            64,
            -64,
            63,
        ),
        (
            SensorFrame {
                delta: -65,
                ..frame_repr()
            },
            "delta",
            8,
            -65,
            -64,
            63,
        ),
        (
            SensorFrame {
                y: 8192,
                ..frame_repr()
            },
            "y",
            8,
            8192,
            0,
            8191,
        ),
        (
            SensorFrame {
                temperature: 0x80_0000,
                ..frame_repr()
            },
            "temperature",
            5,
            0x80_0000,
            -0x80_0000,
            0x7f_ffff,
        ),
        (
            SensorFrame {
                temperature: -0x80_0001,
                ..frame_repr()
            },
            "temperature",
            5,
            -0x80_0001,
            -0x80_0000,
            0x7f_ffff,
        ),
        (
            SensorFrame {
                sequence: 1 << 40,
                ..frame_repr()
            },
            "sequence",
            12,
            1 << 40,
            0,
            (1 << 40) - 1,
        ),
    ];
    for (frame, field, offset, value, min, max) in cases {
        let err = frame.encode(&mut [0u8; 23]).unwrap_err();
        assert!(
            matches!(err, EncodeError::ValueOutOfRange { field: f, offset: o, value: v, .. }
                if (f, o, v.get()) == (field, offset, value)),
            "{field}: {err:?}"
        );
        assert_eq!((err.min(), err.max()), (Some(min), Some(max)), "{field}");
    }

    let mut bytes = [0u8; 23];
    let mut view = SensorFrame::view_mut(&mut bytes).unwrap();
    assert_eq!(
        view.set_delta(i8::MIN),
        Err(EncodeError::ValueOutOfRange {
            field: "delta",
            offset: 8,
            value: OutOfRangeValue::new(-128),
            bits: 7,
            signed: true
        })
    );
    assert_eq!(
        view.set_sequence(u64::MAX),
        Err(EncodeError::ValueOutOfRange {
            field: "sequence",
            offset: 12,
            value: u64::MAX.into(),
            bits: 40,
            signed: false
        })
    );
}
