//! Fixed-layout types: integers of every width, bit fields in both byte orders (signed,
//! `bool`, a run crossing bytes, a 128-bit run), odd widths (`bytes = N`), C-like enums of
//! one and two bytes (closed, and open with `#[wire(other)]`), magic constants, `bool`, floats, fixed-point decimals, arrays,
//! nested structs, a field in the other byte order.
//!
//! Every one of them is canonical: each field's bits are its own, and the only values the
//! decoder accepts are the ones `encode` writes (a `bool` is 0 or 1, an enum one of its
//! discriminants, an open enum keeps any value, a magic its constant, a float keeps its bits, NaN payloads included).
//! The one exception is a fixed-point decimal whose count has more digits than the float it
//! is read into holds: it may re-encode as a neighbouring count (see [`QuoteEntry`]).

use crate::compare::{agrees_by_same, by_eq, fields, Same};
use crate::oracle::{entry, Canonical};
use wire::prelude::*;

// The API contract's messages (`Side`, `Ipv4Header`: big-endian bit fields, first field in
// the high bits, a run that crosses a byte boundary, offsets; `AddOrder`: a 48-bit integer,
// a one-byte enum), defined once for the tests, the benchmarks and this catalog.
pub use wire_test_support::api::{AddOrder, AddOrderView, Ipv4Header, Ipv4HeaderView, Side};

/// A two-byte enum: its byte order is the field's.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Mode {
    /// Doing nothing.
    Idle = 0,
    /// Running.
    Run = 0x0102,
    /// Stopped.
    Halt = 0xFFFE,
}

/// An open one-byte enum: values no variant names are kept by `Unknown`.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Venue {
    /// One exchange.
    Nasdaq = b'Q',
    /// Another.
    Nyse = b'N',
    /// Any other byte, written back as it came.
    #[wire(other)]
    Unknown(u8),
}

/// An open two-byte enum: its byte order is the field's.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Status {
    /// Fine.
    Ok = 0x0100,
    /// Not fine.
    Fault = 0x0200,
    /// Any other value, written back as it came.
    #[wire(other)]
    Unknown(u16),
}

/// A nested fixed struct.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Point {
    /// Across.
    pub x: i16,
    /// Down.
    pub y: i16,
}

by_eq!(Side, Mode, Venue, Status);
fields! { fixed Point, PointView { x, y } }

fields! {
    fixed Ipv4Header, Ipv4HeaderView {
        version, ihl, dscp, ecn, total_len, identification, flags, fragment_offset, ttl, protocol,
        checksum, src, dst,
    }
}

fields! {
    fixed AddOrder, AddOrderView {
        stock_locate, tracking_number, timestamp, order_ref, side, shares, stock, price,
    }
}

/// A little-endian register block: C-style bit fields (first field in the low bits,
/// signed and `bool` ones), odd widths, floats, 128-bit integers, magic constants, a
/// big-endian field, a two-byte enum, a nested struct, arrays of integers and enums.
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
    pub status: Status,
    pub statuses: [Status; 2],
}

fields! {
    fixed Device, DeviceView {
        magic, marker, enabled, channel, gain, offset, delta, counter, temperature, pressure,
        serial, balance, network_order, mode, origin, samples, modes, flag, small, status,
        statuses,
    }
}

/// Big-endian bit fields of every kind: `bool`, signed, a run crossing bytes and one of 128
/// bits; odd-width signed integers; a little-endian field; `bool` arrays; a float.
#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
pub struct Signals {
    #[wire(bits = 1)]
    pub alarm: bool,
    #[wire(bits = 5)]
    pub level: i8,
    #[wire(bits = 10)]
    pub reading: i16,
    #[wire(bits = 20)]
    pub count: u32,
    #[wire(bits = 12)]
    pub bias: i16,
    #[wire(bytes = 3)]
    pub delta: i32,
    #[wire(bits = 100)]
    pub high: u128,
    #[wire(bits = 28)]
    pub low: i32,
    #[wire(bytes = 7)]
    pub wide: i64,
    #[wire(endian = "little")]
    pub host: u64,
    pub flags: [bool; 2],
    pub ratio: f64,
    pub side: Side,
    pub mode: Mode,
    pub venue: Venue,
}

fields! {
    fixed Signals, SignalsView {
        alarm, level, reading, count, bias, delta, high, low, wide, host, flags, ratio, side, mode,
        venue,
    }
}

/// Prices and quantities as fixed-point decimals of several integer types.
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

fields! { fixed Quote, QuoteView { price, size, change } }

agrees_by_same!(Point, Ipv4Header, AddOrder, Device, Signals, Quote);

/// The checks of a fixed-layout view beyond its accessors.
macro_rules! fixed_view {
    ($ty:ident) => {
        |input, view, value| {
            assert_eq!(view.as_bytes(), input, "{}: as_bytes", stringify!($ty));
            assert!(
                view.to_value().same(value),
                "{}: to_value differs from decode",
                stringify!($ty)
            );
            assert_eq!(<$ty as FixedSize>::SIZE, input.len());
        }
    };
}

entry! {
    /// [`Ipv4Header`].
    Ipv4HeaderEntry: <'a> Ipv4Header, Ipv4HeaderView<&'a [u8]>;
    canonical: |_| Canonical::Exact;
    check_view: fixed_view!(Ipv4Header);
    seeds: || vec![
        Ipv4Header {
            version: 4, ihl: 5, dscp: 0, ecn: 0, total_len: 115, identification: 0, flags: 2,
            fragment_offset: 0, ttl: 64, protocol: 17, checksum: 0xb861,
            src: [192, 168, 0, 1], dst: [192, 168, 0, 199],
        }
        .encode_to_vec(),
        [0xff; 20].to_vec(),
    ];
}

entry! {
    /// [`AddOrder`].
    AddOrderEntry: <'a> AddOrder, AddOrderView<&'a [u8]>;
    canonical: |_| Canonical::Exact;
    check_view: fixed_view!(AddOrder);
    seeds: || vec![
        AddOrder {
            stock_locate: 8007, tracking_number: 2, timestamp: 34_200_000_000_123,
            order_ref: 123_456_789, side: Side::Buy, shares: 100, stock: *b"AAPL    ",
            price: 1_895_000,
        }
        .encode_to_vec(),
        AddOrder {
            stock_locate: 13, tracking_number: 0xfffe, timestamp: 0xffff_ffff_fffe,
            order_ref: 0x0102_0304_0506_0708, side: Side::Sell, shares: 4_000_000_000,
            stock: *b"MSFT    ", price: 4_215_500,
        }
        .encode_to_vec(),
    ];
}

/// A device with every field away from zero.
pub fn device() -> Device {
    Device {
        magic: *b"DV",
        marker: 0xA55A,
        enabled: true,
        channel: 5,
        gain: 100,
        offset: -9,
        delta: -70_000,
        counter: 0x12_3456_789a,
        temperature: -40.25,
        pressure: 101_325.5,
        serial: u128::MAX - 1,
        balance: i128::MIN + 7,
        network_order: 0x0a0b_0c0d,
        mode: Mode::Run,
        origin: Point { x: -1, y: 300 },
        samples: [1, -2, 3],
        modes: [Mode::Halt, Mode::Idle],
        flag: true,
        small: -128,
        status: Status::Fault,
        statuses: [Status::Unknown(0x0300), Status::Ok],
    }
}

entry! {
    /// [`Device`].
    DeviceEntry: <'a> Device, DeviceView<&'a [u8]>;
    canonical: |_| Canonical::Exact;
    check_view: fixed_view!(Device);
    seeds: || vec![
        device().encode_to_vec(),
        Device { temperature: f32::NAN, pressure: -0.0, ..device() }.encode_to_vec(),
    ];
}

entry! {
    /// [`Signals`].
    SignalsEntry: <'a> Signals, SignalsView<&'a [u8]>;
    canonical: |_| Canonical::Exact;
    check_view: fixed_view!(Signals);
    seeds: || vec![
        Signals {
            alarm: true, level: -16, reading: 511, count: 0xF_FFFF, bias: -2048,
            delta: -(1 << 23), high: (1 << 100) - 1, low: -(1 << 27), wide: (1 << 55) - 1,
            host: 0x0102_0304_0506_0708, flags: [true, false], ratio: f64::INFINITY,
            side: Side::Sell, mode: Mode::Halt, venue: Venue::Nyse,
        }
        .encode_to_vec(),
        Signals {
            alarm: false, level: 15, reading: -512, count: 0, bias: 2047, delta: (1 << 23) - 1,
            high: 0, low: (1 << 27) - 1, wide: -(1 << 55), host: 0, flags: [false, true],
            ratio: -0.0, side: Side::Buy, mode: Mode::Idle, venue: Venue::Unknown(b'X'),
        }
        .encode_to_vec(),
    ];
}

/// Counts of units whose decimal the float they are read into always gives back: any
/// decimal of at most 15 significant digits survives a round trip through an `f64`, of at
/// most 6 through an `f32` (C11 5.2.4.2.2: `DBL_DIG` and `FLT_DIG`).
const EXACT_IN_F64: u64 = 999_999_999_999_999;
const EXACT_IN_F32: u64 = 999_999;

entry! {
    /// [`Quote`]: canonical when every count fits the digits of its float; a longer count
    /// is read into the nearest float, which may re-encode as a neighbouring count.
    QuoteEntry: <'a> Quote, QuoteView<&'a [u8]>;
    canonical: |input| {
        let price = i64::from_be_bytes(input[..8].try_into().expect("a Quote is 16 bytes"));
        let change = i32::from_be_bytes(input[12..].try_into().expect("a Quote is 16 bytes"));
        let change = u64::from(change.unsigned_abs());
        if price.unsigned_abs() <= EXACT_IN_F64 && change <= EXACT_IN_F32 {
            Canonical::Exact
        } else {
            Canonical::No
        }
    };
    check_view: fixed_view!(Quote);
    seeds: || vec![
        Quote { price: 189.5, size: 100.25, change: -0.125 }.encode_to_vec(),
        Quote { price: -1.0001, size: 0.0, change: 2_000_000.0 }.encode_to_vec(),
    ];
}
