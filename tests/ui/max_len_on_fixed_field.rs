use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Header {
    #[wire(max_len = 16)]
    length: u32,
}

fn main() {}
