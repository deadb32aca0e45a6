use wire::prelude::*;

// A field of a later version is absent from an older peer's message: no range covers it.
#[derive(Wire)]
#[wire(endian = "big", version = 2)]
struct Packet {
    #[wire(checksum = "crc32", over = "name..=note")]
    crc: u32,
    #[wire(len = "u8")]
    name: String,
    #[wire(len = "u8", since = 2, default)]
    note: String,
}

fn main() {}
