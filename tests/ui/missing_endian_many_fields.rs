use wire::prelude::*;

// One missing byte order is one mistake: one error, at the struct, naming every field
// that needs it.
#[derive(Wire)]
struct PlayerState {
    id: u32,
    x: f32,
    y: f32,
    health: u16,
    flags: u8,
    score: u64,
}

fn main() {}
