use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct FileHeader {
    #[wire(magic = b"ITCH5")]
    magic: [u8; 4],
    version: u16,
}

fn main() {}
