use wire::prelude::*;

// Every mistake in a type is reported by one compile.
#[derive(Wire)]
#[wire(size = 4)]
struct Broken {
    length: u32,
    #[wire(bits = 12)]
    flags: u16,
    #[wire(bits = 3, offset = 7)]
    kind: u8,
    #[wire(byts = 2)]
    extra: u16,
}

fn main() {}
