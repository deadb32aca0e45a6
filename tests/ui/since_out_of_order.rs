use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big", version = 3)]
struct Quote {
    bid: u32,
    #[wire(since = 3, default)]
    ask: u32,
    #[wire(since = 2, default)]
    mid: u32,
}

fn main() {}
