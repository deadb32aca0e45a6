use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Stamp {
    #[wire(bytes = 5)]
    seconds: u32,
}

fn main() {}
