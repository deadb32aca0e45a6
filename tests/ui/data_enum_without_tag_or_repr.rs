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

// Data in the variants makes this a tagged union that lacks its `tag`: one error that
// says so, not three that push towards a C-like enum.
#[derive(Wire)]
enum Message {
    Ping(Ping),
    Pong(Pong),
    Close,
}

fn main() {}
