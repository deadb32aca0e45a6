use wire::prelude::*;

#[derive(Wire)]
union Word {
    int: u32,
    float: f32,
}

fn main() {}
