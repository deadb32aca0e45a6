use wire::prelude::*;

struct Point {
    x: u16,
    y: u16,
}

#[derive(Wire)]
#[wire(endian = "big")]
struct Move {
    id: u32,
    to: Point,
}

fn main() {}
