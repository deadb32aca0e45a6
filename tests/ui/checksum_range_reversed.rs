use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    header: u32,
    body: [u8; 8],
    #[wire(checksum = "crc32c", over = "body..=header")]
    crc: u32,
}

fn main() {}
