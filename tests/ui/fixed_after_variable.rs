use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Login {
    session: u64,
    #[wire(len = "u8")]
    user: String,
    attempts: u16,
}

fn main() {}
