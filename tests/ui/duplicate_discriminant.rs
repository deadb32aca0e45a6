use wire::prelude::*;

#[derive(Wire)]
#[repr(u8)]
enum Event {
    Start = b'S',
    Open = b'Q',
    Stop = b'S',
}

fn main() {}
