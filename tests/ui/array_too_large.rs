use wire::prelude::*;

// Fields whose bytes add up to more than any offset can count: an error, not a panic of
// the derive.
#[derive(Wire)]
#[wire(endian = "big")]
struct Huge {
    a: [u8; 18446744073709551615],
    b: [u64; 2305843009213693952],
    c: u8,
}

fn main() {}
