use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Flags {
    flags: u8,
    #[wire(if = "flags & 1")]
    extra: u32,
}

fn main() {}
