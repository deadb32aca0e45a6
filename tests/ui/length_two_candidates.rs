use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Unsolvable {
    rows: u8,
    cols: u8,
    #[wire(count = "rows * cols")]
    cells: Vec<u8>,
}

fn main() {}
