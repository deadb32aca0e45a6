//! Derived types the renderers' unit tests share, each chosen for what it makes a
//! renderer do (its doc comment says what). A type only one renderer needs stays in that
//! renderer's tests. The schemas are the derive's own, so the tests see exactly what a
//! user's export sees.

use wire::prelude::*;
use wire_schema::Schema;

pub use wire_test_support::api::Ipv4Header;

/// The side of an order.
// ASCII values, one of them a `|` (which a Markdown table must escape) and one a NUL.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Side {
    /// A bid.
    Buy = b'B',
    /// An offer.
    Sell = b'S',
    Pipe = b'|',
    Nul = 0,
}

// An open two-byte enum: values a newer peer added are kept by `Unknown`.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Status {
    /// Done.
    Ok = 0,
    Busy = 0x0101,
    #[wire(other)]
    Unknown(u16),
}

// Eight-byte values, one above 2^53 (what a double keeps exactly).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u64)]
pub enum Huge {
    Safe = (1 << 53) - 1,
    Max = u64::MAX,
}

// A one-byte enum and a big-endian integer whose doc holds a `|`.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Order {
    pub side: Side,
    /// Shares | lots.
    pub qty: u32,
}

// A little-endian run crossing a byte (`gain`), one inside a byte, and a magic. Adjacent bit
// fields make one run, so a byte field (`mode`) ends the first.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Regs {
    #[wire(magic = 0xA55A)]
    pub marker: u16,
    #[wire(bits = 1)]
    pub enabled: bool,
    #[wire(bits = 3)]
    pub channel: u8,
    #[wire(bits = 7)]
    pub gain: u8,
    #[wire(bits = 5)]
    pub offset: i8,
    pub mode: u8,
    #[wire(bits = 4)]
    pub low: u8,
    #[wire(bits = 3)]
    pub middle: i8,
    #[wire(bits = 1)]
    pub top: bool,
}

/// Version 3.
// Fields added in versions 2 and 3 with defaults, and a cap of 2^60 (above what a double
// keeps exactly; only a varint count can hold it).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 3)]
pub struct Quote {
    pub bid: u32,
    #[wire(since = 2, default = 100)]
    pub lot: u16,
    #[wire(len = "u8")]
    pub venue: String,
    #[wire(varint, zigzag)]
    pub sequence: i64,
    #[wire(since = 3, default, len = "varint", max_len = 1152921504606846976)]
    pub tags: Vec<u16>,
    #[wire(since = 3, default, len = "u8")]
    pub comment: Option<String>,
}

// A big-endian struct, nested below.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Point {
    pub x: i16,
    pub y: i16,
}

// A nested struct (it brings its own byte order) and a one-byte enum (it needs none),
// inside a little-endian struct.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Nested {
    pub origin: Point,
    pub side: Side,
}

// A one-byte tag; the `other` variant is not last in declaration order.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
pub enum Message<'a> {
    #[wire(id = b'A')]
    Order(Order),
    /// No payload.
    #[wire(id = 0)]
    Heartbeat,
    #[wire(other)]
    Unknown(u8, &'a [u8]),
    #[wire(id = b'Q')]
    Quote(Quote),
}

pub const IPV4: &Schema = Ipv4Header::SCHEMA;
pub const SIDE: &Schema = Side::SCHEMA;
pub const STATUS: &Schema = Status::SCHEMA;
pub const HUGE: &Schema = Huge::SCHEMA;
pub const ORDER: &Schema = Order::SCHEMA;
pub const REGS: &Schema = Regs::SCHEMA;
pub const QUOTE: &Schema = Quote::SCHEMA;
pub const NESTED: &Schema = Nested::SCHEMA;
pub const MESSAGE: &Schema = Message::SCHEMA;
