use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Chat {
    room: u32,
    text: String,
}

fn main() {}
