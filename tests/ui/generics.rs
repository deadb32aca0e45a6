use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Envelope<T> {
    length: u32,
    body: T,
}

fn main() {}
