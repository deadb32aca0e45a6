use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Inner {
    a: u32,
    b: u16,
}

// `low` is at 1 + 6 + 1 = 8. The message carries the asserted number, 9, and the real
// one.
#[derive(Wire)]
#[wire(endian = "big")]
struct Outer {
    kind: u8,
    inner: Inner,
    #[wire(bits = 8)]
    high: u8,
    #[wire(bits = 8, offset = 9)]
    low: u8,
}

fn main() {}
