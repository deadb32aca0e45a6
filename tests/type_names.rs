//! A user's type may have any name, including the one-letter names that generic code
//! tends to use for its own parameters: the derive and the runtime's macros must not
//! capture them.

use wire::prelude::*;

/// Named like a byte-order parameter.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum O {
    A = 1,
    B = 2,
}

/// Named like a storage or type parameter.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct T {
    pub o: O,
    pub n: u16,
}

/// Holds both in every container the derive supports.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct B {
    pub o: O,
    #[wire(len = "u8")]
    pub os: Vec<O>,
    #[wire(len = "u8")]
    pub ts: Vec<T>,
    pub t: Option<T>,
}

#[test]
fn one_letter_type_names_round_trip() {
    let value = B {
        os: vec![O::A, O::B],
        ts: vec![T { o: O::B, n: 7 }],
        t: Some(T { o: O::A, n: 0x0102 }),
        o: O::B,
    };
    let bytes = value.encode_to_vec();
    assert_eq!(
        bytes,
        [2, 2, 1, 2, 1, 2, 0, 7, 1, 1, 1, 2],
        "the fixed field first; lists carry a u8 count, the option a presence byte"
    );
    assert_eq!(B::decode(&bytes).unwrap(), value);
    let view = B::view(&bytes).unwrap();
    assert_eq!(view.o(), O::B);
}
