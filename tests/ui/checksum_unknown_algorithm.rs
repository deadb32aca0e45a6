use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    body: [u8; 8],
    #[wire(checksum = "crc-32")]
    crc: u32,
}

fn main() {}
