use wire::prelude::*;

// A plain struct, without the derive.
struct Point {
    x: u16,
    y: u16,
}

// The offset and size after it cannot be checked without `Point`'s size: the one error
// is about `Point`.
#[derive(Wire)]
#[wire(endian = "big", size = 12)]
struct Move {
    id: u32,
    to: Point,
    #[wire(offset = 8)]
    speed: u32,
}

fn main() {}
