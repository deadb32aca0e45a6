use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Ping {
    seq: u32,
}

// A variant holds a message type that derives Wire; `String` is a field type, not a
// message.
#[derive(Wire)]
#[wire(tag = "u8")]
enum Message {
    #[wire(id = 1)]
    Ping(Ping),
    #[wire(id = 2)]
    Text(String),
}

fn main() {}
