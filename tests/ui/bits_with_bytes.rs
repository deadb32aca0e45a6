use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Stamp {
    #[wire(bits = 24, bytes = 3)]
    seconds: u32,
}

fn main() {}
