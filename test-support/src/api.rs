//! The example messages of the API contract (the IPv4 header, and ITCH 5.0's side and
//! AddOrder), written exactly as there, and their reference vectors, shared by the
//! known-answer, error and allocation tests and the benchmarks.

use wire::prelude::*;

/// RFC 791 section 3.1, as written in the API contract.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 20)]
pub struct Ipv4Header {
    #[wire(bits = 4)]
    pub version: u8,
    #[wire(bits = 4)]
    pub ihl: u8,
    #[wire(bits = 6)]
    pub dscp: u8,
    #[wire(bits = 2)]
    pub ecn: u8,
    pub total_len: u16,
    pub identification: u16,
    #[wire(bits = 3)]
    pub flags: u8,
    #[wire(bits = 13)]
    pub fragment_offset: u16,
    pub ttl: u8,
    pub protocol: u8,
    pub checksum: u16,
    #[wire(offset = 12)]
    pub src: [u8; 4],
    pub dst: [u8; 4],
}

/// A UDP datagram's IPv4 header, 192.168.0.1 to 192.168.0.199, with DF set; the
/// checksum is the real one.
pub static IPV4_BYTES: [u8; 20] = [
    0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0xb8, 0x61, 0xc0, 0xa8, 0x00, 0x01,
    0xc0, 0xa8, 0x00, 0xc7,
];

/// What [`IPV4_BYTES`] holds.
pub fn ipv4_repr() -> Ipv4Header {
    Ipv4Header {
        version: 4,
        ihl: 5,
        dscp: 0,
        ecn: 0,
        total_len: 115,
        identification: 0,
        flags: 2,
        fragment_offset: 0,
        ttl: 64,
        protocol: 17,
        checksum: 0xb861,
        src: [192, 168, 0, 1],
        dst: [192, 168, 0, 199],
    }
}

/// The side of an order: one ASCII byte on the wire.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Side {
    /// A bid.
    Buy = b'B',
    /// An offer.
    Sell = b'S',
}

/// NASDAQ TotalView-ITCH 5.0 'A' (Add Order - No MPID Attribution) without its message
/// type byte, so every offset here is the specification's minus one. The timestamp counts
/// nanoseconds since midnight; the price has four implied decimal places.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 35)]
pub struct AddOrder {
    pub stock_locate: u16,
    pub tracking_number: u16,
    /// Nanoseconds since midnight.
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
    pub side: Side,
    pub shares: u32,
    pub stock: [u8; 8],
    /// Four implied decimal places.
    #[wire(offset = 31)]
    pub price: u32,
}

// Built independently of `wire` with Python's `struct` module:
//
//     import struct
//     def add_order(locate, tracking, ts, ref, side, shares, stock, price):
//         # the 48-bit timestamp as a u16 and a u32, big endian
//         return struct.pack('>HHHIQcI8sI', locate, tracking, ts >> 32,
//                            ts & 0xffffffff, ref, side, shares, stock, price)
//     add_order(8007, 2, 34_200_000_000_123, 123_456_789, b'B', 100,
//               b'AAPL    ', 1_895_000).hex(' ')
//     add_order(13, 0xfffe, 0xffff_ffff_fffe, 0x0102_0304_0506_0708, b'S',
//               4_000_000_000, b'MSFT    ', 4_215_500).hex(' ')

/// Buy 100 AAPL at 189.5000, at 09:30:00.000000123.
pub static ADD_ORDER_BUY_BYTES: [u8; 35] = [
    0x1f, 0x47, 0x00, 0x02, 0x1f, 0x1a, 0xce, 0xd9, 0xf0, 0x7b, 0x00, 0x00, 0x00, 0x00, 0x07, 0x5b,
    0xcd, 0x15, 0x42, 0x00, 0x00, 0x00, 0x64, 0x41, 0x41, 0x50, 0x4c, 0x20, 0x20, 0x20, 0x20, 0x00,
    0x1c, 0xea, 0x58,
];

/// What [`ADD_ORDER_BUY_BYTES`] holds.
pub fn add_order_buy() -> AddOrder {
    AddOrder {
        stock_locate: 8007,
        tracking_number: 2,
        timestamp: 34_200_000_000_123,
        order_ref: 123_456_789,
        side: Side::Buy,
        shares: 100,
        stock: *b"AAPL    ",
        price: 1_895_000,
    }
}

/// Sell 4,000,000,000 MSFT at 421.5500: values that use the high bytes of every field.
pub static ADD_ORDER_SELL_BYTES: [u8; 35] = [
    0x00, 0x0d, 0xff, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06,
    0x07, 0x08, 0x53, 0xee, 0x6b, 0x28, 0x00, 0x4d, 0x53, 0x46, 0x54, 0x20, 0x20, 0x20, 0x20, 0x00,
    0x40, 0x52, 0xcc,
];

/// What [`ADD_ORDER_SELL_BYTES`] holds.
pub fn add_order_sell() -> AddOrder {
    AddOrder {
        stock_locate: 13,
        tracking_number: 0xfffe,
        timestamp: 0xffff_ffff_fffe,
        order_ref: 0x0102_0304_0506_0708,
        side: Side::Sell,
        shares: 4_000_000_000,
        stock: *b"MSFT    ",
        price: 4_215_500,
    }
}
