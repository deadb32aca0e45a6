use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Flags {
    #[wire(bits = 4)]
    high: u16,
    #[wire(bits = 12, endian = "little")]
    low: u16,
}

fn main() {}
