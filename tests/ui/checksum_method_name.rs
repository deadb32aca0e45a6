use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    verify_checksum: u8,
    #[wire(checksum = "crc16-ccitt")]
    crc: u16,
}

fn main() {}
