use wire::prelude::*;

#[derive(Wire, Clone, Copy)]
#[repr(u16)]
enum Kind {
    Data = 1,
    Ack = 2,
}

// The struct holds no multi-byte integer of its own, but `Kind` is two bytes wide and
// takes its byte order from the struct.
#[derive(Wire)]
struct Packet {
    version: u8,
    kind: Kind,
}

fn main() {}
