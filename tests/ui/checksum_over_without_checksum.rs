use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    #[wire(over = "block", verify)]
    body: [u8; 8],
}

fn main() {}
