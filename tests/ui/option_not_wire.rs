use wire::prelude::*;

// A plain struct, without the derive.
struct Point {
    x: u16,
    y: u16,
}

#[derive(Wire)]
#[wire(endian = "big")]
struct Waypoint {
    id: u32,
    #[wire(len = "u8")]
    name: String,
    at: Option<Point>,
}

fn main() {}
