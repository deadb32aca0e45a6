use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    body: [u8; 8],
    // Filled first, so it would cover `trailer` before `trailer` has its value.
    #[wire(checksum = "internet", over = "block")]
    header_sum: u16,
    #[wire(checksum = "crc32", over = "body")]
    trailer: u32,
}

fn main() {}
