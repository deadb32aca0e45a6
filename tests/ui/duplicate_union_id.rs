use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Ping {
    seq: u32,
}

#[derive(Wire)]
#[wire(endian = "big")]
struct Pong {
    seq: u32,
}

#[derive(Wire)]
#[wire(tag = "u8")]
enum Message {
    #[wire(id = b'P')]
    Ping(Ping),
    #[wire(id = b'P')]
    Pong(Pong),
}

fn main() {}
