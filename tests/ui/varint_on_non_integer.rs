use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Reading {
    sensor: u16,
    #[wire(varint)]
    value: f64,
}

fn main() {}
