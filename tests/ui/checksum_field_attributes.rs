use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big", version = 2)]
struct Packet {
    body: [u8; 8],
    #[wire(checksum = "crc16-kermit", bits = 16)]
    bits: u16,
    #[wire(checksum = "crc16-kermit", magic = 0x1234)]
    magic: u16,
    #[wire(checksum = "crc16-kermit", since = 2, default)]
    later: u16,
}

fn main() {}
