use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Ping {
    seq: u32,
}

#[derive(Wire)]
#[wire(tag = "u8")]
enum Message {
    Ping(Ping),
    #[wire(other)]
    Unknown(u8),
}

fn main() {}
