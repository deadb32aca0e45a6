use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Chat {
    room: u16,
    // A varint length prefix without `max_len`: no bound.
    #[wire(len = "varint")]
    text: String,
}

#[derive(Wire)]
#[wire(tag = "u8")]
enum Msg {
    #[wire(id = 1)]
    Chat(Chat),
}

// Defining the types is fine; asking for the bound is the error, naming the field.
const FRAME: usize = Msg::MAX_ENCODED_LEN;

fn main() {
    let _ = FRAME;
}
