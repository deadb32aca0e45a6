//! `offset = N` and `size = N` after nested types whose width only the compiler knows:
//! each assertion below is right, so this file must compile, and the bytes show that
//! every field really lies where its assertion says.

use wire::prelude::*;

/// Six bytes; the derive on `After` cannot see that.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Inner {
    pub a: u32,
    pub b: u16,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Data = b'D',
    Ack = b'A',
}

/// A big-endian bit run after a nested struct, with assertions on its first byte and on
/// a field that starts in its second byte.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 11)]
pub struct After {
    pub kind: Kind,
    pub inner: Inner,
    #[wire(bits = 4, offset = 7)]
    pub version: u8,
    #[wire(bits = 4)]
    pub flags: u8,
    #[wire(bits = 8, offset = 8)]
    pub low: u8,
    #[wire(offset = 9)]
    pub crc: u16,
}

/// A little-endian run of three bytes after a nested enum and a nested struct, with an
/// assertion on a field in the run's last byte.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little", size = 11)]
pub struct LittleAfter {
    pub kind: Kind,
    pub inner: Inner,
    #[wire(bits = 12, offset = 7)]
    pub a: u16,
    #[wire(bits = 4)]
    pub b: u8,
    #[wire(bits = 8, offset = 9)]
    pub c: u8,
    #[wire(offset = 10)]
    pub last: u8,
}

#[test]
fn a_bit_field_in_the_second_byte_of_a_run_after_a_nested_type() {
    let value = After {
        kind: Kind::Ack,
        inner: Inner {
            a: 0x0102_0304,
            b: 0x0506,
        },
        version: 0xa,
        flags: 0xb,
        low: 0xcd,
        crc: 0xeeff,
    };
    let bytes = value.encode_to_vec();
    assert_eq!(After::SIZE, 11);
    assert_eq!(
        bytes,
        [b'A', 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xab, 0xcd, 0xee, 0xff]
    );
    assert_eq!(After::decode(&bytes), Ok(value));
    let view = After::view(&bytes).unwrap();
    assert_eq!((view.version(), view.flags(), view.low()), (0xa, 0xb, 0xcd));
}

#[test]
fn a_little_endian_run_after_nested_types() {
    let value = LittleAfter {
        kind: Kind::Data,
        inner: Inner {
            a: 0x0102_0304,
            b: 0x0506,
        },
        a: 0x321,
        b: 0x4,
        c: 0x56,
        last: 0x78,
    };
    let bytes = value.encode_to_vec();
    assert_eq!(LittleAfter::SIZE, 11);
    // `Inner` states its own byte order (big). The run read as a little-endian u24 is 0x56_4321: `a` in the low 12 bits, `b` in
    // the next 4, `c` in the top byte, which is byte 9, as `offset = 9` says.
    assert_eq!(
        bytes,
        [b'D', 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x21, 0x43, 0x56, 0x78]
    );
    assert_eq!(LittleAfter::decode(&bytes), Ok(value));
}
