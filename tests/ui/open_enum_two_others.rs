use wire::prelude::*;

#[derive(Wire)]
#[repr(u8)]
enum Side {
    Buy = b'B',
    #[wire(other)]
    Unknown(u8),
    Sell = b'S',
    #[wire(other)]
    Other(u8),
}

fn main() {}
