use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Prim {
    #[wire(variable)]
    value: u32,
}

fn main() {}
