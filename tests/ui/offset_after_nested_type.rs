use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Inner {
    a: u32,
    b: u16,
}

// `Inner`'s size is only known to the compiler, so this assertion is checked by a
// const assertion in the generated code, still pointing at the attribute.
#[derive(Wire)]
#[wire(endian = "big")]
struct Outer {
    kind: u8,
    inner: Inner,
    #[wire(offset = 8)]
    crc: u32,
}

fn main() {}
