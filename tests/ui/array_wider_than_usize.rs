use wire::prelude::*;

// 2^61 elements of 8 bytes: more bytes than a usize counts. An error, not a panic of the
// derive.
#[derive(Wire)]
#[wire(endian = "big")]
struct Huge {
    b: [u64; 2305843009213693952],
    c: u8,
}

fn main() {}
