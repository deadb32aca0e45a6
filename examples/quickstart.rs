//! The shortest tour of `wire`: declare two real-world messages, read one in place,
//! write one in place, round-trip one through `encode`/`decode`, and see an error.
//!
//! Run it with `cargo run --release --example quickstart`.

#![deny(warnings, missing_docs)]

use wire::prelude::*;

/// An IPv4 header (RFC 791, section 3.1), without options.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 20)]
pub struct Ipv4Header {
    /// Always 4.
    #[wire(bits = 4)]
    pub version: u8,
    /// Header length in 32-bit words.
    #[wire(bits = 4)]
    pub ihl: u8,
    /// Differentiated services code point.
    #[wire(bits = 6)]
    pub dscp: u8,
    /// Explicit congestion notification.
    #[wire(bits = 2)]
    pub ecn: u8,
    /// Length of header and data in bytes.
    pub total_len: u16,
    /// Fragment group identification.
    pub identification: u16,
    /// Bit 1: don't fragment; bit 0: more fragments.
    #[wire(bits = 3)]
    pub flags: u8,
    /// Fragment position in units of 8 bytes.
    #[wire(bits = 13)]
    pub fragment_offset: u16,
    /// Time to live.
    pub ttl: u8,
    /// Payload protocol (17: UDP).
    pub protocol: u8,
    /// Header checksum.
    pub checksum: u16,
    /// Source address.
    #[wire(offset = 12)]
    pub src: [u8; 4],
    /// Destination address.
    pub dst: [u8; 4],
}

/// The side of an order.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Side {
    /// A bid.
    Buy = b'B',
    /// An offer.
    Sell = b'S',
}

/// NASDAQ TotalView-ITCH 5.0 "Add Order" (message type 'A'), without its type byte.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 35)]
pub struct AddOrder {
    /// Locate code of the security.
    pub stock_locate: u16,
    /// NASDAQ-internal tracking number.
    pub tracking_number: u16,
    /// Nanoseconds since midnight: a 48-bit integer on the wire.
    #[wire(bytes = 6)]
    pub timestamp: u64,
    /// Unique reference of the order.
    pub order_ref: u64,
    /// Buy or sell.
    pub side: Side,
    /// Number of shares.
    pub shares: u32,
    /// Stock symbol, space padded.
    pub stock: [u8; 8],
    /// Price, 4 implied decimals.
    #[wire(offset = 31)]
    pub price: u32,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // An IPv4 header off the wire (a UDP datagram from 192.168.0.1 to 192.168.0.199).
    let packet = [
        0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0xb8, 0x61, 0xc0, 0xa8, 0x00,
        0x01, 0xc0, 0xa8, 0x00, 0xc7,
    ];
    let ip = Ipv4Header::view(&packet)?;
    println!(
        "IPv4 v{} ihl={} len={} flags={:#05b} ttl={} proto={} {:?} -> {:?}",
        ip.version(),
        ip.ihl(),
        ip.total_len(),
        ip.flags(),
        ip.ttl(),
        ip.protocol(),
        ip.src(),
        ip.dst()
    );

    // Write an AddOrder in place, field by field, into a caller-provided buffer.
    let mut buf = [0u8; AddOrder::SIZE];
    let mut out = AddOrder::view_mut(&mut buf)?;
    out.set_stock_locate(1);
    out.set_tracking_number(0);
    out.set_timestamp(34_200_000_000_000)?; // 09:30:00, checked against 48 bits
    out.set_order_ref(4242);
    out.set_side(Side::Buy);
    out.set_shares(100);
    out.set_stock(*b"AAPL    ");
    out.set_price(1_923_400);
    println!("AddOrder, {} bytes: {:02x?}", AddOrder::SIZE, buf);

    // Read it back without copying, and decode it into an owned value.
    let order = AddOrder::view(&buf)?;
    println!(
        "{} {:?} {} @ {}.{:04}",
        String::from_utf8_lossy(&order.stock()).trim_end(),
        order.side(),
        order.shares(),
        order.price() / 10_000,
        order.price() % 10_000
    );
    let owned = AddOrder::decode(&buf)?;
    assert_eq!(owned.encode_to_vec(), buf);

    // Bad input is a precise error, never a panic.
    let mut bad = buf;
    bad[18] = b'X';
    println!(
        "a corrupted side byte: {}",
        AddOrder::decode(&bad).unwrap_err()
    );
    println!(
        "a short buffer: {}",
        AddOrder::view(&buf[..30]).unwrap_err()
    );
    Ok(())
}
