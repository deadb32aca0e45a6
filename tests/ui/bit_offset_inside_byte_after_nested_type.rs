use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Inner {
    a: u32,
    b: u16,
}

// `low` starts at bit 4 of the run, inside a byte: no byte offset can name it, whatever
// the size of `Inner`.
#[derive(Wire)]
#[wire(endian = "big")]
struct Outer {
    inner: Inner,
    #[wire(bits = 4)]
    high: u8,
    #[wire(bits = 4, offset = 6)]
    low: u8,
}

fn main() {}
