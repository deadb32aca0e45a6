use wire::prelude::*;

#[derive(Wire)]
#[wire(endian = "big")]
struct AddOrder {
    stock_locate: u16,
    tracking_number: u16,
    #[wire(bytes = 6)]
    timestamp: u64,
    order_ref: u64,
    #[wire(offset = 19)]
    shares: u32,
}

fn main() {}
