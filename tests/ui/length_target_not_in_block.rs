use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Targets {
    #[wire(magic = 0x7f)]
    marker: u8,
    flag: bool,
    shift: u8,
    #[wire(varint)]
    n: u32,
    #[wire(count = "marker")]
    a: Vec<u8>,
    #[wire(count = "flag")]
    b: Vec<u8>,
    #[wire(count = "n")]
    c: Vec<u8>,
    #[wire(count = "1 << shift")]
    d: Vec<u8>,
}

fn main() {}
