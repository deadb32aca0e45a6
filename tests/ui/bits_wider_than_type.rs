use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Flags {
    #[wire(bits = 9)]
    kind: u8,
    #[wire(bits = 7)]
    level: u8,
}

fn main() {}
