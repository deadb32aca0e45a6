use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    body: [u8; 8],
    #[wire(checksum = "crc16-ccitt")]
    crc: u32,
}

fn main() {}
