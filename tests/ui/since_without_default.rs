use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big", version = 2)]
struct Quote {
    bid: u32,
    #[wire(since = 2)]
    ask: u32,
}

fn main() {}
