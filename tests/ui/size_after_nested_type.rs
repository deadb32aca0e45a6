use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Inner {
    a: u32,
    b: u16,
}

// Only the compiler knows `Inner`'s size, so a const assertion checks `size`, and its
// message says what the fields add up to.
#[derive(Wire)]
#[wire(endian = "big", size = 12)]
struct Outer {
    kind: u8,
    inner: Inner,
    #[wire(bits = 4)]
    high: u8,
    #[wire(bits = 4)]
    low: u8,
    crc: u16,
}

fn main() {}
