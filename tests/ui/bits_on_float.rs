use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Sample {
    #[wire(bits = 16)]
    level: f32,
    #[wire(bits = 16)]
    rest: u16,
}

fn main() {}
