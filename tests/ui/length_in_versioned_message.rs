use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big", version = 2)]
struct Versioned {
    n: u8,
    #[wire(count = "n")]
    items: Vec<u8>,
    #[wire(since = 2, if = "n > 1")]
    extra: Option<u8>,
}

fn main() {}
