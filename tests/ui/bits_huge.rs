use wire::prelude::*;

// A width no integer has, and a run whose bits do not fit in a u32: errors, not a panic
// of the derive.
#[derive(Wire)]
#[wire(endian = "big")]
struct Flags {
    #[wire(bits = 4294967295)]
    a: u8,
    #[wire(bits = 4294967295)]
    b: u8,
}

fn main() {}
