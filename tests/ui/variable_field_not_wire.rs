use wire::prelude::*;

// A plain struct, without the derive.
struct Name {
    text: String,
}

#[derive(Wire)]
#[wire(endian = "big")]
struct Greeting {
    id: u32,
    #[wire(variable)]
    name: Name,
}

fn main() {}
