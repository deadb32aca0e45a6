use wire::prelude::*;

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Ping {
    pub seq: u32,
}

// 300 does not fit a one-byte tag: the error says so in the id's own notation and gives
// the range.
#[derive(Wire, Debug, PartialEq)]
#[wire(tag = "u8")]
pub enum Msg {
    #[wire(id = 300)]
    Ping(Ping),
    #[wire(id = 0x1ff)]
    Pong(Ping),
}

fn main() {}
