use wire::prelude::*;

#[derive(Wire)]
enum Side {
    Buy = 1,
    Sell = 2,
    #[wire(other)]
    Unknown(u8),
}

fn main() {}
