use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Flags {
    #[wire(bits = 3)]
    kind: u8,
    #[wire(bits = 4)]
    level: u8,
    next: u8,
}

fn main() {}
