use wire::prelude::*;

// 2^62 bytes: a usize counts them, but not their bits. An error, not a panic of the
// derive (its bit diagram numbers every bit).
#[derive(Wire)]
struct Huge {
    a: [u8; 4611686018427387904],
}

fn main() {}
