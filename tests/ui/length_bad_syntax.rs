use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Bad {
    n: u8,
    m: u8,
    #[wire(count = "n +")]
    a: Vec<u8>,
    #[wire(byte_len = "n.len()")]
    b: Vec<u8>,
    #[wire(count = "m += 1")]
    c: Vec<u8>,
}

fn main() {}
