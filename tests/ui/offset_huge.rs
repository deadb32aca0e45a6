use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Inner {
    a: u32,
}

// The largest offset there is, on a bit field after a nested type: a const assertion
// checks it, and no arithmetic of the derive on it may overflow.
#[derive(Wire)]
#[wire(endian = "big")]
struct Outer {
    kind: u8,
    inner: Inner,
    #[wire(bits = 8)]
    high: u8,
    #[wire(bits = 8, offset = 18446744073709551615)]
    low: u8,
}

fn main() {}
