use wire::prelude::*;

#[derive(Wire)]
struct Price(u32, u32);

fn main() {}
