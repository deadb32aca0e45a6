use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big", size = 20)]
struct Header {
    version: u8,
    length: u16,
    source: [u8; 4],
    destination: [u8; 4],
    checksum: u32,
}

fn main() {}
