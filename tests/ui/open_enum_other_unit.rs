use wire::prelude::*;

#[derive(Wire)]
#[repr(u8)]
enum Side {
    Buy = b'B',
    Sell = b'S',
    #[wire(other)]
    Unknown,
}

fn main() {}
