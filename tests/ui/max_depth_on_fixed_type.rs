use wire::prelude::*;

// Nothing in a fixed-layout struct or a C-like enum nests: a depth limit on them is a
// mistake (it belongs on the variable-length message or tagged union that recurses).
#[derive(Wire)]
#[wire(endian = "big", max_depth = 10)]
struct Header {
    kind: u16,
    length: u32,
}

#[derive(Wire, Clone, Copy)]
#[wire(max_depth = 3)]
#[repr(u8)]
enum Side {
    Buy = 1,
    Sell = 2,
}

fn main() {}
