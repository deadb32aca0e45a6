//! The types the schema exporters are tested on: between them, every field kind the
//! derive accepts (bit fields of both byte orders, odd widths, enums, nested structs,
//! arrays, magic constants, fixed-point decimals, variable fields of every prefix,
//! options, lists of fixed and variable elements, versions, tagged unions of every tag
//! kind with an `other` variant, open enums).

// Each test crate that includes this module uses its own subset of these definitions (and
// of the re-exports below).
#![allow(dead_code, unused_imports)]

use wire::prelude::*;

// The API contract's example messages, and the ITCH union the union tests share.
pub use wire_test_support::api::{AddOrder, Ipv4Header, Side};
pub use wire_test_support::itch::{ItchMessage, OrderDelete, OrderExecuted, SystemEvent};

/// A two-byte enum: its byte order is the field's.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Mode {
    Idle = 0,
    Run = 0x0102,
    Halt = 0xFFFE,
}

/// A nested fixed struct with its own byte order.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Point {
    pub x: i16,
    pub y: i16,
}

/// A little-endian device register block: C-style bit fields (first field in the low
/// bits), a bit run that crosses a byte boundary, odd and signed widths, floats, wide
/// integers, magic constants, a field in the other byte order, nested types and arrays.
#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "little")]
pub struct Device {
    #[wire(magic = b"DV")]
    pub magic: [u8; 2],
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
    #[wire(bytes = 3)]
    pub delta: i32,
    #[wire(bytes = 5)]
    pub counter: u64,
    pub temperature: f32,
    pub pressure: f64,
    pub serial: u128,
    pub balance: i128,
    #[wire(endian = "big")]
    pub network_order: u32,
    pub mode: Mode,
    pub origin: Point,
    pub samples: [i16; 3],
    pub modes: [Mode; 2],
    pub flag: bool,
    pub small: i8,
}

/// Prices and quantities as fixed-point decimals.
#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
pub struct Quote {
    #[wire(fixed(scale = 4, repr = "i64"))]
    pub price: f64,
    #[wire(fixed(scale = 2, repr = "u32"))]
    pub size: f64,
    #[wire(fixed(scale = 3, repr = "i32"))]
    pub change: f32,
}

/// A price level: a fixed element of a list.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Level {
    pub price: u32,
    pub qty: u32,
}

/// A variable element of a list.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "little")]
pub struct Note {
    pub id: u16,
    #[wire(len = "u8", max_len = 32)]
    pub text: String,
}

/// Every kind of variable-length field, in a little-endian message.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "little")]
pub struct Snapshot<'a> {
    pub stock: u16,
    pub side: Side,
    #[wire(len = "u8", max_len = 8)]
    pub symbol: &'a str,
    #[wire(len = "varint", max_len = 4096)]
    pub blob: Vec<u8>,
    #[wire(len = "u32")]
    pub raw: &'a [u8],
    #[wire(len = "u16", max_len = 64)]
    pub bids: Vec<Level>,
    #[wire(len = "u8", max_len = 16)]
    pub counts: Vec<u32>,
    #[wire(len = "varint", max_len = 8)]
    pub notes: Vec<Note>,
    #[wire(len = "u16")]
    pub title: String,
    #[wire(varint)]
    pub sequence: u64,
    #[wire(varint, zigzag)]
    pub change: i32,
    #[wire(varint)]
    pub adjustment: i64,
    #[wire(len = "u8", max_len = 20)]
    pub comment: Option<String>,
    pub best: Option<Level>,
}

/// Version 1 of a quote.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 1)]
pub struct QuoteV1 {
    pub bid: u32,
    pub ask: u32,
    #[wire(len = "u8")]
    pub venue: String,
}

/// Version 2: a fixed field and a string.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 2)]
pub struct QuoteV2 {
    pub bid: u32,
    pub ask: u32,
    #[wire(since = 2, default = 100)]
    pub lot: u16,
    #[wire(len = "u8")]
    pub venue: String,
    #[wire(since = 2, len = "u8", default)]
    pub trader: String,
}

/// Version 3: another fixed field, a list and an optional string.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 3)]
pub struct QuoteV3 {
    pub bid: u32,
    pub ask: u32,
    #[wire(since = 2, default = 100)]
    pub lot: u16,
    #[wire(since = 3, default = -1)]
    pub flags: i8,
    #[wire(len = "u8")]
    pub venue: String,
    #[wire(since = 2, len = "u8", default)]
    pub trader: String,
    #[wire(since = 3, len = "u8", default)]
    pub tags: Vec<u16>,
    #[wire(since = 3, len = "u8")]
    pub comment: Option<String>,
}

/// A union with a two-byte tag in little-endian order, holding variable messages.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u16", endian = "little")]
pub enum Envelope<'a> {
    #[wire(id = 0x0101)]
    Snapshot(Snapshot<'a>),
    #[wire(id = 0x0202)]
    Quote(QuoteV3),
    #[wire(id = 0x0303)]
    Device(Device),
}

/// A union with a varint tag and no `other` variant: an unknown tag is an error.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "varint")]
pub enum Command {
    #[wire(id = 1)]
    Ping,
    #[wire(id = 300)]
    Move(Point),
    #[wire(id = 70000)]
    Price(Quote),
}

/// An order side a newer peer may extend: a side this reader does not know passes through.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum OpenSide {
    Buy = b'B',
    Sell = b'S',
    /// A side added after this reader was built.
    #[wire(other)]
    Unknown(u8),
}

/// A two-byte open enum, in the byte order of the field that holds it.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Venue {
    Nasdaq = 0x0101,
    Nyse = 0x0202,
    #[wire(other)]
    Other(u16),
}

/// Open enums in the block, in an array, in a list and in an option.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Ticket {
    pub id: u32,
    pub side: OpenSide,
    pub venue: Venue,
    pub routes: [Venue; 2],
    #[wire(len = "u8", max_len = 8)]
    pub history: Vec<OpenSide>,
    pub fallback: Option<Venue>,
}

// ---- lengths from other fields, conditional fields and checksums (issue 15) ----

/// IPv4's Router Alert option (RFC 2113 section 2.1): its length byte is always 4.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct RouterAlert {
    pub len: u8,
    pub value: u16,
}

/// An IPv4 option (RFC 791 section 3.1): the type byte is the tag.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(tag = "u8")]
pub enum Ipv4Option {
    #[wire(id = 0)]
    End,
    #[wire(id = 1)]
    Nop,
    #[wire(id = 0x94)]
    RouterAlert(RouterAlert),
}

/// An IPv4 packet (RFC 791 section 3.1): options take `ihl * 4 - 20` bytes and the
/// payload the rest of `total_len`; the header checksum (RFC 1071) covers the fixed
/// header, and is not checked on reads.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Ipv4Packet {
    #[wire(bits = 4)]
    pub version: u8,
    #[wire(bits = 4)]
    pub ihl: u8,
    pub tos: u8,
    pub total_len: u16,
    pub identification: u16,
    pub flags_fragment: u16,
    pub ttl: u8,
    pub protocol: u8,
    #[wire(checksum = "internet", over = "block")]
    pub checksum: u16,
    pub src: [u8; 4],
    pub dst: [u8; 4],
    #[wire(byte_len = "ihl * 4 - 20", max_len = 40)]
    pub options: Vec<Ipv4Option>,
    #[wire(byte_len = "total_len - ihl * 4")]
    pub payload: Vec<u8>,
}

/// A DNS question (RFC 1035 section 4.1.2), its fixed fields first and its name one
/// label.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Question {
    pub qtype: u16,
    pub qclass: u16,
    #[wire(len = "u8", max_len = 63)]
    pub name: String,
}

/// A DNS resource record (RFC 1035 section 4.1.3), its fixed fields first and its name
/// one label.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Record {
    pub rtype: u16,
    pub class: u16,
    pub ttl: u32,
    #[wire(len = "u8", max_len = 63)]
    pub name: String,
    #[wire(len = "u16", max_len = 512)]
    pub data: Vec<u8>,
}

/// A DNS message (RFC 1035 section 4.1.1): four sections whose counts are in the header.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct DnsMessage {
    pub id: u16,
    pub flags: u16,
    pub qdcount: u16,
    pub ancount: u16,
    pub nscount: u16,
    pub arcount: u16,
    #[wire(count = "qdcount", max_len = 8)]
    pub questions: Vec<Question>,
    #[wire(count = "ancount", max_len = 8)]
    pub answers: Vec<Record>,
    #[wire(count = "nscount", max_len = 8)]
    pub authority: Vec<Record>,
    #[wire(count = "arcount", max_len = 4)]
    pub additional: Vec<Level>,
}

/// Fields present only when earlier ones say so (fixed and variable inner types), and
/// variable-length types as plain fields.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
pub struct Telemetry {
    #[wire(bits = 1)]
    pub has_position: bool,
    #[wire(bits = 1)]
    pub has_note: bool,
    #[wire(bits = 6)]
    pub kind: u8,
    #[wire(varint)]
    pub seq: u32,
    #[wire(if = "has_position")]
    pub position: Option<Point>,
    #[wire(if = "kind >= 32 && seq % 2 == 0")]
    pub level: Option<u16>,
    #[wire(if = "has_note", len = "u8", max_len = 16)]
    pub note: Option<String>,
    #[wire(if = "kind == 1 || kind == 33")]
    pub detail: Option<Note>,
    #[wire(variable)]
    pub origin: Note,
    #[wire(variable)]
    pub option: Ipv4Option,
}

/// CRCs over a field range, one field and the whole message, in both byte orders.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Checked {
    pub kind: u8,
    pub seq: u16,
    pub value: u32,
    #[wire(checksum = "crc16-ccitt", over = "kind..=value")]
    pub range_crc: u16,
    #[wire(checksum = "crc16-kermit", over = "seq", verify, endian = "little")]
    pub seq_crc: u16,
    #[wire(checksum = "crc32c", over = "message", verify)]
    pub message_crc: u32,
    #[wire(len = "u8", max_len = 32)]
    pub data: Vec<u8>,
}

/// A fixed record with a CRC-32 trailer over it, checked on every read.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Sealed {
    pub id: u32,
    pub code: [u8; 3],
    #[wire(checksum = "crc32", over = "block", verify)]
    pub crc: u32,
}

/// An Internet checksum (RFC 1071) over a whole message of odd or even length, checked
/// on every read.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Probe {
    pub kind: u8,
    #[wire(checksum = "internet", over = "message", verify)]
    pub sum: u16,
    #[wire(len = "u8", max_len = 9)]
    pub data: Vec<u8>,
}

/// A condition that cannot always be evaluated: `100 / divisor` divides by zero when the
/// divisor is 0, which a reader refuses (`InvalidExpression`).
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Guarded {
    pub divisor: u8,
    #[wire(if = "100 / divisor > 10")]
    pub extra: Option<u16>,
}
