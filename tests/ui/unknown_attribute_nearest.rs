use wire::prelude::*;

#[derive(Wire)]
#[wire(edian = "big")]
struct Header {
    #[wire(edian = "little")]
    length: u16,
    #[wire(ofset = 2)]
    kind: u8,
}

fn main() {}
