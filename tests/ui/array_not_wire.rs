use wire::prelude::*;

// A plain struct, without the derive.
struct Point {
    x: u16,
    y: u16,
}

#[derive(Wire)]
#[wire(endian = "big")]
struct Segment {
    id: u32,
    ends: [Point; 2],
}

fn main() {}
