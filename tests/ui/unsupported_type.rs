use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Login {
    user: String,
    session: usize,
    address: (u8, u8),
}

fn main() {}
