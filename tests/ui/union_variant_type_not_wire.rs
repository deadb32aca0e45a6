use wire::prelude::*;

// A plain struct, without the derive.
struct Ping {
    seq: u32,
}

#[derive(Wire)]
#[wire(tag = "u8")]
enum Message {
    #[wire(id = 1)]
    Ping(Ping),
    #[wire(id = 2)]
    Close,
}

fn main() {}
