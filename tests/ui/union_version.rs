use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Ping {
    seq: u32,
}

// A union has no block of its own to version: each variant's struct carries
// `version` if it needs one.
#[derive(Wire)]
#[wire(tag = "u8", version = 2)]
enum Msg {
    #[wire(id = 1)]
    Ping(Ping),
}

fn main() {}
