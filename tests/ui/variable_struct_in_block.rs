use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Name {
    #[wire(len = "u8")]
    text: String,
}

#[derive(Wire)]
#[wire(endian = "big")]
struct Greeting {
    id: u32,
    name: Name,
}

fn main() {}
