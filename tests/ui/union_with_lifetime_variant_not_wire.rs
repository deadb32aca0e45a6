use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct Text<'a> {
    #[wire(len = "u8")]
    body: &'a str,
}

// A plain struct, without the derive.
struct Ping {
    seq: u32,
}

#[derive(Wire)]
#[wire(tag = "u8")]
enum Message<'a> {
    #[wire(id = 1)]
    Text(Text<'a>),
    #[wire(id = 2)]
    Ping(Ping),
    #[wire(other)]
    Unknown(u8, &'a [u8]),
}

fn main() {}
