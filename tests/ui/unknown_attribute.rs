use wire::prelude::*;

#[derive(Wire)]
#[wire(endain = "big")]
struct Header {
    #[wire(bit = 4)]
    version: u8,
    #[wire(bits = 4, colour = "red")]
    ihl: u8,
}

fn main() {}
