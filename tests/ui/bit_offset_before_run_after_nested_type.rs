use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Inner {
    a: u32,
    b: u16,
}

// `low` is the second byte of a run that starts after `Inner`: offset 8, not 0. The
// const assertion names both numbers.
#[derive(Wire)]
#[wire(endian = "big")]
struct Outer {
    kind: u8,
    inner: Inner,
    #[wire(bits = 8)]
    high: u8,
    #[wire(bits = 8, offset = 0)]
    low: u8,
}

fn main() {}
