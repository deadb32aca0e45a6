use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "little")]
struct Packet {
    body: [u8; 8],
    #[wire(checksum = "internet")]
    sum: u16,
}

fn main() {}
