use wire::prelude::*;

#[derive(Wire)]
#[repr(u8)]
enum Side {
    Buy = b'B',
    Sell,
}

fn main() {}
