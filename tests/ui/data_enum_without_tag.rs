use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Ping {
    seq: u32,
}

#[derive(Wire)]
#[repr(u8)]
enum Message {
    Ping(Ping) = 1,
}

fn main() {}
