use wire::prelude::*;

#[derive(Wire)]
struct Flags {
    #[wire(bits = 0)]
    nothing: u8,
    #[wire(bits = 8)]
    all: u8,
}

fn main() {}
