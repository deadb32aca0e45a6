//! Variable-length messages: owned and borrowed strings and byte strings, lists of
//! integers, enums, `bool`s, arrays and fixed and variable structs, options of fixed and
//! variable structs and of strings, length prefixes of every kind (`u8`, `u16`, `u32`,
//! varint) with and without caps, unsigned, two's-complement and ZigZag varints, in both
//! byte orders, behind a fixed block with bit fields, an enum and a fixed-point decimal.
//!
//! Not canonical: a varint (a value or a length prefix) may be written with redundant
//! continuation bytes, which the decoder accepts (Protocol Buffers does) and `encode`
//! does not write. A message without varints would be canonical; both here have some, so
//! both are held to [`Canonical::NoLonger`]. `Record` also holds a fixed-point
//! price, but only a 6-digit `u32` count of it, which an `f64` always gives back.

use crate::compare::{agrees_by_index, agrees_by_same, fields};
use crate::fixed::{Point, Side};
use crate::oracle::{entry, Canonical};
use wire::prelude::*;

/// A price level: a fixed element of a little-endian list.
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

fields! { fixed Level, LevelView { price, qty } }
fields! { Note, NoteView { id, text } }

/// Every variable field kind in a little-endian message.
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
    pub pinned: Option<Note>,
}

fields! {
    Snapshot<'a>, SnapshotView {
        stock, side, symbol, blob, raw, bids, counts, notes, title, sequence, change, adjustment,
        comment, best, pinned,
    }
}

/// A big-endian message: bit fields, an enum and a fixed-point price in the block; lists
/// of enums, `bool`s, arrays, fixed and variable structs; options of every kind; narrow
/// varints.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
pub struct Record<'a> {
    pub id: u32,
    #[wire(bits = 3)]
    pub kind: u8,
    #[wire(bits = 4)]
    pub level: i8,
    #[wire(bits = 1)]
    pub urgent: bool,
    pub side: Side,
    #[wire(fixed(scale = 2, repr = "u32"))]
    pub limit: f64,
    #[wire(len = "u8")]
    pub name: String,
    #[wire(len = "u16")]
    pub payload: &'a [u8],
    #[wire(len = "u32", max_len = 32)]
    pub points: Vec<Point>,
    #[wire(len = "varint")]
    pub note: &'a str,
    #[wire(len = "u8")]
    pub counts: Vec<u16>,
    #[wire(len = "u8", max_len = 8)]
    pub sides: Vec<Side>,
    #[wire(len = "u8", max_len = 8)]
    pub switches: Vec<bool>,
    #[wire(len = "u16", max_len = 4)]
    pub addresses: Vec<[u8; 4]>,
    #[wire(len = "u16", max_len = 4)]
    pub notes: Vec<Note>,
    pub origin: Option<Point>,
    pub remark: Option<Note>,
    #[wire(len = "u8")]
    pub label: Option<String>,
    #[wire(len = "u16", max_len = 16)]
    pub tail: Option<&'a [u8]>,
    #[wire(varint)]
    pub seq: u64,
    #[wire(varint, zigzag)]
    pub delta: i64,
    #[wire(varint)]
    pub signed: i32,
    #[wire(varint)]
    pub narrow: u16,
    #[wire(varint, zigzag)]
    pub small: i8,
}

fields! {
    Record<'a>, RecordView {
        id, kind, level, urgent, side, limit, name, payload, points, note, counts, sides, switches,
        addresses, notes, origin, remark, label, tail, seq, delta, signed, narrow, small,
    }
}

agrees_by_same!(Level);

/// A snapshot with every field set.
pub fn snapshot() -> Snapshot<'static> {
    Snapshot {
        stock: 7,
        side: Side::Sell,
        symbol: "AAPL",
        blob: vec![0, 1, 2, 0xff],
        raw: b"\x00raw",
        bids: vec![Level { price: 100, qty: 5 }, Level { price: 99, qty: 1 }],
        counts: vec![1, 2, u32::MAX],
        notes: vec![
            Note {
                id: 1,
                text: "first".into(),
            },
            Note {
                id: 2,
                text: "é".into(),
            },
        ],
        title: "a title".into(),
        sequence: 300,
        change: -2,
        adjustment: -1,
        comment: Some("note".into()),
        best: Some(Level { price: 1, qty: 2 }),
        pinned: Some(Note {
            id: 9,
            text: String::new(),
        }),
    }
}

entry! {
    /// [`Snapshot`].
    SnapshotEntry: <'a> Snapshot<'a>, SnapshotView<'a>;
    canonical: |_| Canonical::NoLonger;
    check_view: |_, view, value| {
        assert!(
            agrees_by_index(|i| view.bids().get(i), &value.bids),
            "Snapshot::bids by index"
        );
        assert!(
            agrees_by_index(|i| view.counts().get(i), &value.counts),
            "Snapshot::counts by index"
        );
    };
    seeds: || vec![
        snapshot().encode_to_vec(),
        Snapshot {
            symbol: "",
            blob: Vec::new(),
            raw: b"",
            bids: Vec::new(),
            counts: Vec::new(),
            notes: Vec::new(),
            title: String::new(),
            comment: None,
            best: None,
            pinned: None,
            ..snapshot()
        }
        .encode_to_vec(),
    ];
}

/// A record with every field set.
pub fn record() -> Record<'static> {
    Record {
        id: 0x0102_0304,
        kind: 5,
        level: -3,
        urgent: true,
        side: Side::Buy,
        limit: 1234.56,
        name: "XNAS".into(),
        payload: &[0xde, 0xad, 0xbe, 0xef],
        points: vec![
            Point { x: 1, y: -1 },
            Point {
                x: i16::MIN,
                y: i16::MAX,
            },
        ],
        note: "ab",
        counts: vec![1, 0x0203, 0xffff],
        sides: vec![Side::Buy, Side::Sell],
        switches: vec![true, false, true],
        addresses: vec![[10, 0, 0, 1]],
        notes: vec![Note {
            id: 3,
            text: "three".into(),
        }],
        origin: Some(Point { x: 3, y: 4 }),
        remark: Some(Note {
            id: 4,
            text: "four".into(),
        }),
        label: Some("label".into()),
        tail: Some(b"tail"),
        seq: 300,
        delta: -65,
        signed: -1,
        narrow: 0xffff,
        small: -128,
    }
}

entry! {
    /// [`Record`].
    RecordEntry: <'a> Record<'a>, RecordView<'a>;
    canonical: |_| Canonical::NoLonger;
    check_view: |_, view, value| {
        assert!(
            agrees_by_index(|i| view.points().get(i), &value.points),
            "Record::points by index"
        );
        assert!(
            agrees_by_index(|i| view.counts().get(i), &value.counts),
            "Record::counts by index"
        );
        assert!(
            agrees_by_index(|i| view.sides().get(i), &value.sides),
            "Record::sides by index"
        );
        assert!(
            agrees_by_index(|i| view.switches().get(i), &value.switches),
            "Record::switches by index"
        );
        assert!(
            agrees_by_index(|i| view.addresses().get(i), &value.addresses),
            "Record::addresses by index"
        );
    };
    seeds: || vec![
        record().encode_to_vec(),
        Record {
            points: Vec::new(),
            notes: Vec::new(),
            origin: None,
            remark: None,
            label: None,
            tail: None,
            ..record()
        }
        .encode_to_vec(),
    ];
}
