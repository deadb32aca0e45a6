use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Kinds {
    wide: u128,
    #[wire(len = "u8")]
    name: String,
    #[wire(count = "wide")]
    a: Vec<u8>,
    #[wire(count = "name")]
    b: Vec<u8>,
    #[wire(count = "9999999999999999999999")]
    c: Vec<u8>,
}

fn main() {}
