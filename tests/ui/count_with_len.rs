use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Both {
    n: u8,
    #[wire(count = "n", len = "u8")]
    items: Vec<u8>,
    #[wire(count = "n", byte_len = "n")]
    more: Vec<u8>,
}

fn main() {}
