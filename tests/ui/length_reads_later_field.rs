use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Packet {
    kind: u8,
    #[wire(count = "n")]
    items: Vec<u8>,
    #[wire(varint)]
    n: u32,
    #[wire(if = "flags != 0")]
    extra: Option<u8>,
    #[wire(varint)]
    flags: u8,
}

fn main() {}
