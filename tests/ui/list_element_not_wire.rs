use wire::prelude::*;

struct Point {
    x: u16,
    y: u16,
}

#[derive(Wire)]
#[wire(endian = "big")]
struct Path {
    id: u32,
    #[wire(len = "u8")]
    points: Vec<Point>,
}

fn main() {}
