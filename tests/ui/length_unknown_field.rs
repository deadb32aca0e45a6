use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Dns {
    qdcount: u16,
    #[wire(count = "qdcont")]
    questions: Vec<u8>,
}

fn main() {}
