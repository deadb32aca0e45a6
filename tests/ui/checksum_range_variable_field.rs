use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    #[wire(checksum = "crc32", over = "name")]
    crc: u32,
    #[wire(len = "u8")]
    name: String,
}

fn main() {}
