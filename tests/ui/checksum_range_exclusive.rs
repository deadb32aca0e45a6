use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    header: u32,
    body: [u8; 8],
    #[wire(checksum = "crc32", over = "header..body")]
    crc: u32,
}

fn main() {}
