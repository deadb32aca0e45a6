use wire::prelude::*;

// The frame header's message type is a u16.
#[derive(Wire)]
#[wire(tag = "header")]
enum Msg {
    #[wire(id = 0x1_0000)]
    Big,
}

fn main() {}
