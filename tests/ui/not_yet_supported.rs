use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big", version = 2)]
struct Login {
    #[wire(varint)]
    user_id: u64,
}

fn main() {}
