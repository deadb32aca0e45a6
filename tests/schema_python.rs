//! The generated Python codec against the Rust code, on every type of the shared catalog.
//!
//! Random values (proptest strategies, sampled with a fixed seed) are encoded by Rust;
//! the Python module `wire::schema::python::generate` writes, and a driver
//! (`tests/schema_python/check.py`), must decode and view them into the same values,
//! re-encode them into the same bytes, build fresh values from the expected JSON and
//! encode those, which Rust then decodes. Mutated, truncated and extended encodings,
//! cross-version reads and hand-made bad inputs must give the error Rust gives, field
//! and offset included. `python3` must be installed: without it the test fails.

mod schema_catalog;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use schema_catalog::*;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use wire::prelude::*;
use wire::{DecodeError, EncodeError};

/// Values per type.
const CASES: usize = 300;

// ---- a small JSON writer: the values as data, independent of `Debug` ----

enum Json {
    Null,
    Bool(bool),
    /// An integer, as its decimal text (u128 and i128 do not fit a double).
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(&'static str, Json)>),
}

impl Json {
    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => out.push_str(n),
            Json::Str(s) => write_str(out, s),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex from the driver"))
        .collect()
}

fn bytes_json(bytes: &[u8]) -> Json {
    Json::Obj(vec![("bytes", Json::Str(hex(bytes)))])
}

trait ToJson {
    fn json(&self) -> Json;
}

macro_rules! int_json {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn json(&self) -> Json {
                Json::Num(self.to_string())
            }
        }
    )*};
}
int_json!(u8, u16, u32, u64, u128, i8, i16, i32, i64, i128);

impl ToJson for bool {
    fn json(&self) -> Json {
        Json::Bool(*self)
    }
}

impl ToJson for f32 {
    fn json(&self) -> Json {
        Json::Obj(vec![("f32", Json::Str(format!("{:08x}", self.to_bits())))])
    }
}

impl ToJson for f64 {
    fn json(&self) -> Json {
        Json::Obj(vec![("f64", Json::Str(format!("{:016x}", self.to_bits())))])
    }
}

impl ToJson for String {
    fn json(&self) -> Json {
        Json::Str(self.clone())
    }
}

impl ToJson for &str {
    fn json(&self) -> Json {
        Json::Str(self.to_string())
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn json(&self) -> Json {
        self.as_ref().map_or(Json::Null, ToJson::json)
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn json(&self) -> Json {
        Json::Arr(self.iter().map(ToJson::json).collect())
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn json(&self) -> Json {
        Json::Arr(self.iter().map(ToJson::json).collect())
    }
}

macro_rules! obj {
    ($($key:ident: $value:expr),* $(,)?) => {
        Json::Obj(vec![$((stringify!($key), $value)),*])
    };
}

fn enum_json(name: &str, value: u64) -> Json {
    Json::Obj(vec![
        ("enum", Json::Str(name.into())),
        ("value", Json::Num(value.to_string())),
    ])
}

impl ToJson for Side {
    fn json(&self) -> Json {
        match self {
            Side::Buy => enum_json("Buy", b'B'.into()),
            Side::Sell => enum_json("Sell", b'S'.into()),
        }
    }
}

impl ToJson for Mode {
    fn json(&self) -> Json {
        match self {
            Mode::Idle => enum_json("Idle", 0),
            Mode::Run => enum_json("Run", 0x0102),
            Mode::Halt => enum_json("Halt", 0xFFFE),
        }
    }
}

impl ToJson for Ipv4Header {
    fn json(&self) -> Json {
        obj! {
            version: self.version.json(), ihl: self.ihl.json(), dscp: self.dscp.json(),
            ecn: self.ecn.json(), total_len: self.total_len.json(),
            identification: self.identification.json(), flags: self.flags.json(),
            fragment_offset: self.fragment_offset.json(), ttl: self.ttl.json(),
            protocol: self.protocol.json(), checksum: self.checksum.json(),
            src: bytes_json(&self.src), dst: bytes_json(&self.dst),
        }
    }
}

impl ToJson for AddOrder {
    fn json(&self) -> Json {
        obj! {
            stock_locate: self.stock_locate.json(), tracking_number: self.tracking_number.json(),
            timestamp: self.timestamp.json(), order_ref: self.order_ref.json(),
            side: self.side.json(), shares: self.shares.json(), stock: bytes_json(&self.stock),
            price: self.price.json(),
        }
    }
}

impl ToJson for SystemEvent {
    fn json(&self) -> Json {
        obj! {
            stock_locate: self.stock_locate.json(), tracking_number: self.tracking_number.json(),
            timestamp: self.timestamp.json(), event_code: self.event_code.json(),
        }
    }
}

impl ToJson for OrderExecuted {
    fn json(&self) -> Json {
        obj! {
            stock_locate: self.stock_locate.json(), tracking_number: self.tracking_number.json(),
            timestamp: self.timestamp.json(), order_ref: self.order_ref.json(),
            executed_shares: self.executed_shares.json(), match_number: self.match_number.json(),
        }
    }
}

impl ToJson for OrderDelete {
    fn json(&self) -> Json {
        obj! {
            stock_locate: self.stock_locate.json(), tracking_number: self.tracking_number.json(),
            timestamp: self.timestamp.json(), order_ref: self.order_ref.json(),
        }
    }
}

fn variant(name: &str, value: Option<Json>) -> Json {
    let mut members = vec![("variant", Json::Str(name.into()))];
    members.extend(value.map(|v| ("value", v)));
    Json::Obj(members)
}

impl ToJson for ItchMessage<'_> {
    fn json(&self) -> Json {
        match self {
            ItchMessage::SystemEvent(m) => variant("SystemEvent", Some(m.json())),
            ItchMessage::AddOrder(m) => variant("AddOrder", Some(m.json())),
            ItchMessage::OrderExecuted(m) => variant("OrderExecuted", Some(m.json())),
            ItchMessage::OrderDelete(m) => variant("OrderDelete", Some(m.json())),
            ItchMessage::Heartbeat => variant("Heartbeat", None),
            ItchMessage::Unknown(tag, rest) => obj! {
                variant: Json::Str("Unknown".into()), tag: tag.json(), rest: bytes_json(rest),
            },
        }
    }
}

/// A value of an open enum no variant names: a plain integer in Python.
fn other_json(name: &str, value: u64) -> Json {
    Json::Obj(vec![
        ("other", Json::Str(name.into())),
        ("value", Json::Num(value.to_string())),
    ])
}

impl ToJson for OpenSide {
    fn json(&self) -> Json {
        match self {
            OpenSide::Buy => enum_json("Buy", b'B'.into()),
            OpenSide::Sell => enum_json("Sell", b'S'.into()),
            OpenSide::Unknown(v) => other_json("Unknown", (*v).into()),
        }
    }
}

impl ToJson for Venue {
    fn json(&self) -> Json {
        match self {
            Venue::Nasdaq => enum_json("Nasdaq", 0x0101),
            Venue::Nyse => enum_json("Nyse", 0x0202),
            Venue::Other(v) => other_json("Other", (*v).into()),
        }
    }
}

impl ToJson for Ticket {
    fn json(&self) -> Json {
        obj! {
            id: self.id.json(), side: self.side.json(), venue: self.venue.json(),
            routes: self.routes.json(), history: self.history.json(),
            fallback: self.fallback.json(),
        }
    }
}

impl ToJson for Node {
    fn json(&self) -> Json {
        obj! { kind: self.kind.json(), children: self.children.json() }
    }
}

impl ToJson for DeepNode {
    fn json(&self) -> Json {
        obj! { kind: self.kind.json(), children: self.children.json() }
    }
}

impl ToJson for ShallowNode {
    fn json(&self) -> Json {
        obj! { kind: self.kind.json(), children: self.children.json() }
    }
}

impl ToJson for Group {
    fn json(&self) -> Json {
        obj! { items: self.items.json() }
    }
}

impl ToJson for Item {
    fn json(&self) -> Json {
        obj! { id: self.id.json(), group: self.group.json() }
    }
}

impl ToJson for Negate {
    fn json(&self) -> Json {
        obj! { operands: self.operands.json() }
    }
}

impl ToJson for Expr {
    fn json(&self) -> Json {
        match self {
            Expr::Literal(v) => variant("Literal", Some(v.json())),
            Expr::Negate(m) => variant("Negate", Some(m.json())),
        }
    }
}

impl ToJson for Point {
    fn json(&self) -> Json {
        obj! { x: self.x.json(), y: self.y.json() }
    }
}

impl ToJson for Device {
    fn json(&self) -> Json {
        obj! {
            magic: bytes_json(&self.magic), marker: self.marker.json(),
            enabled: self.enabled.json(), channel: self.channel.json(), gain: self.gain.json(),
            offset: self.offset.json(), delta: self.delta.json(), counter: self.counter.json(),
            temperature: self.temperature.json(), pressure: self.pressure.json(),
            serial: self.serial.json(), balance: self.balance.json(),
            network_order: self.network_order.json(), mode: self.mode.json(),
            origin: self.origin.json(), samples: self.samples.json(), modes: self.modes.json(),
            flag: self.flag.json(), small: self.small.json(),
        }
    }
}

impl ToJson for Quote {
    fn json(&self) -> Json {
        obj! { price: self.price.json(), size: self.size.json(), change: self.change.json() }
    }
}

impl ToJson for Level {
    fn json(&self) -> Json {
        obj! { price: self.price.json(), qty: self.qty.json() }
    }
}

impl ToJson for Note {
    fn json(&self) -> Json {
        obj! { id: self.id.json(), text: self.text.json() }
    }
}

impl ToJson for Snapshot<'_> {
    fn json(&self) -> Json {
        obj! {
            stock: self.stock.json(), side: self.side.json(), symbol: self.symbol.json(),
            blob: bytes_json(&self.blob), raw: bytes_json(self.raw), bids: self.bids.json(),
            counts: self.counts.json(), notes: self.notes.json(), title: self.title.json(),
            sequence: self.sequence.json(), change: self.change.json(),
            adjustment: self.adjustment.json(), comment: self.comment.json(),
            best: self.best.json(),
        }
    }
}

impl ToJson for QuoteV1 {
    fn json(&self) -> Json {
        obj! { bid: self.bid.json(), ask: self.ask.json(), venue: self.venue.json() }
    }
}

impl ToJson for QuoteV2 {
    fn json(&self) -> Json {
        obj! {
            bid: self.bid.json(), ask: self.ask.json(), lot: self.lot.json(),
            venue: self.venue.json(), trader: self.trader.json(),
        }
    }
}

impl ToJson for QuoteV3 {
    fn json(&self) -> Json {
        obj! {
            bid: self.bid.json(), ask: self.ask.json(), lot: self.lot.json(),
            flags: self.flags.json(), venue: self.venue.json(), trader: self.trader.json(),
            tags: self.tags.json(), comment: self.comment.json(),
        }
    }
}

impl ToJson for Envelope<'_> {
    fn json(&self) -> Json {
        match self {
            Envelope::Snapshot(m) => variant("Snapshot", Some(m.json())),
            Envelope::Quote(m) => variant("Quote", Some(m.json())),
            Envelope::Device(m) => variant("Device", Some(m.json())),
        }
    }
}

impl ToJson for Command {
    fn json(&self) -> Json {
        match self {
            Command::Ping => variant("Ping", None),
            Command::Move(m) => variant("Move", Some(m.json())),
            Command::Price(m) => variant("Price", Some(m.json())),
        }
    }
}

impl ToJson for RouterAlert {
    fn json(&self) -> Json {
        obj! { len: self.len.json(), value: self.value.json() }
    }
}

impl ToJson for Ipv4Option {
    fn json(&self) -> Json {
        match self {
            Ipv4Option::End => variant("End", None),
            Ipv4Option::Nop => variant("Nop", None),
            Ipv4Option::RouterAlert(m) => variant("RouterAlert", Some(m.json())),
        }
    }
}

impl ToJson for Ipv4Packet {
    fn json(&self) -> Json {
        obj! {
            version: self.version.json(), ihl: self.ihl.json(), tos: self.tos.json(),
            total_len: self.total_len.json(), identification: self.identification.json(),
            flags_fragment: self.flags_fragment.json(), ttl: self.ttl.json(),
            protocol: self.protocol.json(), checksum: self.checksum.json(),
            src: bytes_json(&self.src), dst: bytes_json(&self.dst),
            options: self.options.json(), payload: bytes_json(&self.payload),
        }
    }
}

impl ToJson for Question {
    fn json(&self) -> Json {
        obj! { qtype: self.qtype.json(), qclass: self.qclass.json(), name: self.name.json() }
    }
}

impl ToJson for Record {
    fn json(&self) -> Json {
        obj! {
            rtype: self.rtype.json(), class: self.class.json(), ttl: self.ttl.json(),
            name: self.name.json(), data: bytes_json(&self.data),
        }
    }
}

impl ToJson for DnsMessage {
    fn json(&self) -> Json {
        obj! {
            id: self.id.json(), flags: self.flags.json(), qdcount: self.qdcount.json(),
            ancount: self.ancount.json(), nscount: self.nscount.json(),
            arcount: self.arcount.json(), questions: self.questions.json(),
            answers: self.answers.json(), authority: self.authority.json(),
            additional: self.additional.json(),
        }
    }
}

impl ToJson for Telemetry {
    fn json(&self) -> Json {
        obj! {
            has_position: self.has_position.json(), has_note: self.has_note.json(),
            kind: self.kind.json(), seq: self.seq.json(), position: self.position.json(),
            level: self.level.json(), note: self.note.json(), detail: self.detail.json(),
            origin: self.origin.json(), option: self.option.json(),
        }
    }
}

impl ToJson for Checked {
    fn json(&self) -> Json {
        obj! {
            kind: self.kind.json(), seq: self.seq.json(), value: self.value.json(),
            range_crc: self.range_crc.json(), seq_crc: self.seq_crc.json(),
            message_crc: self.message_crc.json(), data: bytes_json(&self.data),
        }
    }
}

impl ToJson for Sealed {
    fn json(&self) -> Json {
        obj! { id: self.id.json(), code: bytes_json(&self.code), crc: self.crc.json() }
    }
}

impl ToJson for Guarded {
    fn json(&self) -> Json {
        obj! { divisor: self.divisor.json(), extra: self.extra.json() }
    }
}

impl ToJson for Probe {
    fn json(&self) -> Json {
        obj! { kind: self.kind.json(), sum: self.sum.json(), data: bytes_json(&self.data) }
    }
}

fn n(value: impl ToString) -> Json {
    Json::Num(value.to_string())
}

fn decode_error_json(error: &DecodeError) -> Json {
    let s = |f: &str| Json::Str(f.to_string());
    match *error {
        DecodeError::Truncated {
            field,
            offset,
            needed,
            available,
        } => obj! {
            kind: s("Truncated"), field: s(field), offset: n(offset), needed: n(needed),
            available: n(available),
        },
        DecodeError::TrailingBytes { offset, count } => {
            obj! { kind: s("TrailingBytes"), offset: n(offset), count: n(count) }
        }
        DecodeError::InvalidDiscriminant {
            field,
            offset,
            value,
        } => obj! {
            kind: s("InvalidDiscriminant"), field: s(field), offset: n(offset), value: n(value),
        },
        DecodeError::InvalidBool {
            field,
            offset,
            value,
        } => obj! {
            kind: s("InvalidBool"), field: s(field), offset: n(offset), value: n(value),
        },
        DecodeError::InvalidMagic { field, offset } => {
            obj! { kind: s("InvalidMagic"), field: s(field), offset: n(offset) }
        }
        DecodeError::UnknownTag { field, offset, tag } => obj! {
            kind: s("UnknownTag"), field: s(field), offset: n(offset), tag: n(tag),
        },
        DecodeError::LengthExceedsMax {
            field,
            offset,
            len,
            max,
        } => obj! {
            kind: s("LengthExceedsMax"), field: s(field), offset: n(offset), len: n(len),
            max: n(max),
        },
        DecodeError::InvalidUtf8 { field, offset } => {
            obj! { kind: s("InvalidUtf8"), field: s(field), offset: n(offset) }
        }
        DecodeError::InvalidBlockLength { offset, len } => {
            obj! { kind: s("InvalidBlockLength"), offset: n(offset), len: n(len) }
        }
        DecodeError::MalformedVarint { offset } => {
            obj! { kind: s("MalformedVarint"), offset: n(offset) }
        }
        DecodeError::DepthExceeded {
            field,
            offset,
            limit,
        } => obj! {
            kind: s("DepthExceeded"), field: s(field), offset: n(offset), limit: n(limit),
        },
        DecodeError::InvalidLength {
            field,
            offset,
            value,
        } => obj! {
            kind: s("InvalidLength"), field: s(field), offset: n(offset), value: n(value),
        },
        DecodeError::InvalidExpression { field, offset } => {
            obj! { kind: s("InvalidExpression"), field: s(field), offset: n(offset) }
        }
        DecodeError::ChecksumMismatch {
            field,
            offset,
            expected,
            found,
        } => obj! {
            kind: s("ChecksumMismatch"), field: s(field), offset: n(offset),
            expected: n(expected), found: n(found),
        },
        ref other => obj! { kind: s("Unexpected"), text: s(&other.to_string()) },
    }
}

fn encode_error_json(error: &EncodeError) -> Json {
    let s = |f: &str| Json::Str(f.to_string());
    match *error {
        EncodeError::ValueOutOfRange {
            field,
            offset,
            value,
            ..
        } => obj! {
            kind: s("ValueOutOfRange"), field: s(field), offset: n(offset), value: n(value),
            min: n(error.min().expect("a range")), max: n(error.max().expect("a range")),
        },
        EncodeError::LengthExceedsMax { field, len, max } => obj! {
            kind: s("LengthExceedsMax"), field: s(field), len: n(len), max: n(max),
        },
        EncodeError::InvalidLength { field, len } => {
            obj! { kind: s("InvalidLength"), field: s(field), len: n(len) }
        }
        EncodeError::ConditionMismatch { field, present } => obj! {
            kind: s("ConditionMismatch"), field: s(field), present: Json::Bool(present),
        },
        ref other => obj! { kind: s("Unexpected"), text: s(&other.to_string()) },
    }
}

fn error_kind(error: &DecodeError) -> &'static str {
    match error {
        DecodeError::Truncated { .. } => "Truncated",
        DecodeError::TrailingBytes { .. } => "TrailingBytes",
        DecodeError::InvalidDiscriminant { .. } => "InvalidDiscriminant",
        DecodeError::InvalidBool { .. } => "InvalidBool",
        DecodeError::InvalidMagic { .. } => "InvalidMagic",
        DecodeError::UnknownTag { .. } => "UnknownTag",
        DecodeError::LengthExceedsMax { .. } => "LengthExceedsMax",
        DecodeError::InvalidUtf8 { .. } => "InvalidUtf8",
        DecodeError::InvalidBlockLength { .. } => "InvalidBlockLength",
        DecodeError::MalformedVarint { .. } => "MalformedVarint",
        DecodeError::DepthExceeded { .. } => "DepthExceeded",
        DecodeError::InvalidLength { .. } => "InvalidLength",
        DecodeError::InvalidExpression { .. } => "InvalidExpression",
        DecodeError::ChecksumMismatch { .. } => "ChecksumMismatch",
        _ => "Unexpected",
    }
}

// ---- the cases ----

/// Checks the bytes Python wrote for a case: decoded by Rust, they must be the value.
type PythonCheck = Box<dyn Fn(&[u8]) -> Result<(), String>>;

#[derive(Default)]
struct Cases {
    json: Vec<Json>,
    checks: Vec<Option<PythonCheck>>,
    error_kinds: BTreeSet<&'static str>,
}

impl Cases {
    fn push(&mut self, mut members: Vec<(&'static str, Json)>, check: Option<PythonCheck>) {
        members.insert(0, ("index", n(self.json.len())));
        self.json.push(Json::Obj(members));
        self.checks.push(check);
    }
}

/// What Rust makes of `bytes` as a `$T`: the value (and the case for Python), or the
/// errors of `decode` and `view`. `absent`: the variable fields a view gives as `None`.
macro_rules! observe {
    ($cases:expr, $T:ident, $bytes:expr) => {
        observe!($cases, $T, $bytes, &[])
    };
    ($cases:expr, $T:ident, $bytes:expr, $absent:expr) => {{
        let bytes: &[u8] = $bytes;
        let absent: &[&str] = $absent;
        let cases: &mut Cases = $cases;
        let members = |rest: Vec<(&'static str, Json)>| {
            let mut m = vec![
                ("type", Json::Str(stringify!($T).into())),
                ("hex", Json::Str(hex(bytes))),
            ];
            m.extend(rest);
            m
        };
        match $T::decode(bytes) {
            Ok(value) => {
                assert!(
                    $T::view(bytes).is_ok(),
                    "{}: view fails where decode works",
                    stringify!($T)
                );
                let json = value.json();
                let encoded = value.encode_to_vec();
                // What Rust reads back from its own encoding: the value, but for the
                // checksums and the lengths from expressions `encode` computes.
                let expected =
                    $T::decode(&encoded).map_or_else(|_| json.text(), |v| v.json().text());
                let absent = Json::Arr(absent.iter().map(|a| Json::Str(a.to_string())).collect());
                let rust_encoded = encoded.clone();
                let check: PythonCheck = Box::new(move |py: &[u8]| {
                    let back = $T::decode(py).map_err(|e| format!("Rust cannot decode it: {e}"))?;
                    if back.json().text() != expected {
                        return Err(format!(
                            "Rust decodes it to {}, not {expected}",
                            back.json().text()
                        ));
                    }
                    if py != rust_encoded.as_slice() {
                        return Err(format!("bytes differ from Rust's {}", hex(&rust_encoded)));
                    }
                    Ok(())
                });
                cases.push(
                    members(vec![
                        ("value", json),
                        ("encoded", Json::Str(hex(&encoded))),
                        ("absent", absent),
                    ]),
                    Some(check),
                );
            }
            Err(error) => {
                let view_error = $T::view(bytes)
                    .err()
                    .expect("view accepts what decode refuses");
                cases.error_kinds.insert(error_kind(&error));
                cases.push(
                    members(vec![
                        ("error", decode_error_json(&error)),
                        ("view_error", decode_error_json(&view_error)),
                    ]),
                    None,
                );
            }
        }
    }};
}

/// A value whose encoding Rust refuses: Python must refuse it with the same error.
macro_rules! refuse {
    ($cases:expr, $T:ident, $value:expr) => {{
        let value: $T = $value;
        let mut buf = vec![0u8; value.encoded_len() + 64];
        let error = value.encode(&mut buf).expect_err("Rust refuses this value");
        $cases.push(
            vec![
                ("type", Json::Str(stringify!($T).into())),
                ("hex", Json::Str(String::new())),
                ("value", value.json()),
                ("encode_error", encode_error_json(&error)),
            ],
            None,
        );
    }};
}

/// A value Rust encodes but that does not read back as itself (a fixed-point tie):
/// Python must encode it into the same bytes.
macro_rules! encodes_to {
    ($cases:expr, $T:ident, $value:expr) => {{
        let value: $T = $value;
        let encoded = value.encode_to_vec();
        $cases.push(
            vec![
                ("type", Json::Str(stringify!($T).into())),
                ("hex", Json::Str(hex(&encoded))),
                ("decode", Json::Bool(false)),
                ("value", value.json()),
                ("encoded", Json::Str(hex(&encoded))),
            ],
            None,
        );
        observe!($cases, $T, &encoded);
    }};
}

// ---- strategies ----

fn text(max_bytes: usize, max_chars: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..=max_chars).prop_map(move |chars| {
        let mut s = String::new();
        for c in chars {
            if s.len() + c.len_utf8() > max_bytes {
                break;
            }
            s.push(c);
        }
        s
    })
}

fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_bytes(b: Vec<u8>) -> &'static [u8] {
    Box::leak(b.into_boxed_slice())
}

fn side() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::Buy), Just(Side::Sell)]
}

/// Named and unnamed values alike (`Unknown` only holds values no variant names, as a
/// decoder makes it).
fn open_side() -> impl Strategy<Value = OpenSide> {
    any::<u8>().prop_map(|v| match v {
        b'B' => OpenSide::Buy,
        b'S' => OpenSide::Sell,
        v => OpenSide::Unknown(v),
    })
}

fn venue() -> impl Strategy<Value = Venue> {
    prop_oneof![
        Just(Venue::Nasdaq),
        Just(Venue::Nyse),
        any::<u16>()
            .prop_filter("an unnamed value", |v| ![0x0101, 0x0202].contains(v))
            .prop_map(Venue::Other),
    ]
}

fn ticket() -> impl Strategy<Value = Ticket> {
    (
        any::<u32>(),
        open_side(),
        venue(),
        [venue(), venue()],
        proptest::collection::vec(open_side(), 0..=8),
        proptest::option::of(venue()),
    )
        .prop_map(|(id, side, venue, routes, history, fallback)| Ticket {
            id,
            side,
            venue,
            routes,
            history,
            fallback,
        })
}

fn mode() -> impl Strategy<Value = Mode> {
    prop_oneof![Just(Mode::Idle), Just(Mode::Run), Just(Mode::Halt)]
}

fn ipv4() -> impl Strategy<Value = Ipv4Header> {
    (
        (
            0u8..16,
            0u8..16,
            0u8..64,
            0u8..4,
            any::<u16>(),
            any::<u16>(),
        ),
        (0u8..8, 0u16..8192, any::<u8>(), any::<u8>(), any::<u16>()),
        (any::<[u8; 4]>(), any::<[u8; 4]>()),
    )
        .prop_map(
            |(
                (version, ihl, dscp, ecn, total_len, identification),
                (flags, fragment_offset, ttl, protocol, checksum),
                (src, dst),
            )| {
                Ipv4Header {
                    version,
                    ihl,
                    dscp,
                    ecn,
                    total_len,
                    identification,
                    flags,
                    fragment_offset,
                    ttl,
                    protocol,
                    checksum,
                    src,
                    dst,
                }
            },
        )
}

fn add_order() -> impl Strategy<Value = AddOrder> {
    (
        any::<u16>(),
        any::<u16>(),
        0u64..1 << 48,
        any::<u64>(),
        side(),
        any::<u32>(),
        any::<[u8; 8]>(),
        any::<u32>(),
    )
        .prop_map(
            |(stock_locate, tracking_number, timestamp, order_ref, side, shares, stock, price)| {
                AddOrder {
                    stock_locate,
                    tracking_number,
                    timestamp,
                    order_ref,
                    side,
                    shares,
                    stock,
                    price,
                }
            },
        )
}

fn system_event() -> impl Strategy<Value = SystemEvent> {
    (any::<u16>(), any::<u16>(), 0u64..1 << 48, any::<u8>()).prop_map(
        |(stock_locate, tracking_number, timestamp, event_code)| SystemEvent {
            stock_locate,
            tracking_number,
            timestamp,
            event_code,
        },
    )
}

fn order_executed() -> impl Strategy<Value = OrderExecuted> {
    (
        any::<u16>(),
        any::<u16>(),
        0u64..1 << 48,
        any::<u64>(),
        any::<u32>(),
        any::<u64>(),
    )
        .prop_map(
            |(
                stock_locate,
                tracking_number,
                timestamp,
                order_ref,
                executed_shares,
                match_number,
            )| OrderExecuted {
                stock_locate,
                tracking_number,
                timestamp,
                order_ref,
                executed_shares,
                match_number,
            },
        )
}

fn order_delete() -> impl Strategy<Value = OrderDelete> {
    (any::<u16>(), any::<u16>(), 0u64..1 << 48, any::<u64>()).prop_map(
        |(stock_locate, tracking_number, timestamp, order_ref)| OrderDelete {
            stock_locate,
            tracking_number,
            timestamp,
            order_ref,
        },
    )
}

fn itch() -> impl Strategy<Value = ItchMessage<'static>> {
    let unknown = (
        any::<u8>().prop_filter("an unknown type", |t| !b"SAEDH".contains(t)),
        proptest::collection::vec(any::<u8>(), 0..40),
    )
        .prop_map(|(tag, rest)| ItchMessage::Unknown(tag, leak_bytes(rest)));
    prop_oneof![
        system_event().prop_map(ItchMessage::SystemEvent),
        add_order().prop_map(ItchMessage::AddOrder),
        order_executed().prop_map(ItchMessage::OrderExecuted),
        order_delete().prop_map(ItchMessage::OrderDelete),
        Just(ItchMessage::Heartbeat),
        unknown,
    ]
}

fn point() -> impl Strategy<Value = Point> {
    (any::<i16>(), any::<i16>()).prop_map(|(x, y)| Point { x, y })
}

/// Any `f32` but a signalling NaN: Python reads an `f32` into a double, which quiets it.
fn f32_bits() -> impl Strategy<Value = f32> {
    any::<u32>().prop_map(|bits| {
        let value = f32::from_bits(bits);
        if value.is_nan() {
            f32::from_bits(bits | 0x0040_0000)
        } else {
            value
        }
    })
}

fn device() -> impl Strategy<Value = Device> {
    (
        (
            any::<bool>(),
            0u8..8,
            0u8..128,
            -16i8..16,
            -(1i32 << 23)..(1 << 23),
            0u64..1 << 40,
        ),
        (
            f32_bits(),
            any::<u64>().prop_map(f64::from_bits),
            any::<u128>(),
            any::<i128>(),
            any::<u32>(),
        ),
        (
            mode(),
            point(),
            any::<[i16; 3]>(),
            (mode(), mode()),
            any::<bool>(),
            any::<i8>(),
        ),
    )
        .prop_map(
            |(
                (enabled, channel, gain, offset, delta, counter),
                (temperature, pressure, serial, balance, network_order),
                (mode, origin, samples, (m1, m2), flag, small),
            )| Device {
                magic: *b"DV",
                marker: 0xA55A,
                enabled,
                channel,
                gain,
                offset,
                delta,
                counter,
                temperature,
                pressure,
                serial,
                balance,
                network_order,
                mode,
                origin,
                samples,
                modes: [m1, m2],
                flag,
                small,
            },
        )
}

/// Quotes whose decimals read back as themselves: counts of 10^-scale read as floats.
fn quote() -> impl Strategy<Value = Quote> {
    (
        -10_000_000_000_000i64..10_000_000_000_000,
        any::<u32>(),
        -(1i32 << 24)..(1 << 24),
    )
        .prop_map(|(price, size, change)| Quote {
            price: price as f64 / 1e4,
            size: f64::from(size) / 1e2,
            change: (f64::from(change) / 1e3) as f32,
        })
        .prop_filter("reads back as itself", |q| {
            Quote::decode(&q.encode_to_vec()).as_ref() == Ok(q)
        })
}

fn level() -> impl Strategy<Value = Level> {
    (any::<u32>(), any::<u32>()).prop_map(|(price, qty)| Level { price, qty })
}

fn note() -> impl Strategy<Value = Note> {
    (any::<u16>(), text(32, 12)).prop_map(|(id, text)| Note { id, text })
}

fn snapshot() -> impl Strategy<Value = Snapshot<'static>> {
    use proptest::collection::vec;
    (
        (
            any::<u16>(),
            side(),
            text(8, 4),
            vec(any::<u8>(), 0..40),
            vec(any::<u8>(), 0..20),
        ),
        (
            vec(level(), 0..4),
            vec(any::<u32>(), 0..6),
            vec(note(), 0..3),
            text(200, 10),
        ),
        (
            any::<u64>(),
            any::<i32>(),
            any::<i64>(),
            proptest::option::of(text(20, 8)),
            proptest::option::of(level()),
        ),
    )
        .prop_map(
            |(
                (stock, side, symbol, blob, raw),
                (bids, counts, notes, title),
                (sequence, change, adjustment, comment, best),
            )| Snapshot {
                stock,
                side,
                symbol: leak_str(symbol),
                blob,
                raw: leak_bytes(raw),
                bids,
                counts,
                notes,
                title,
                sequence,
                change,
                adjustment,
                comment,
                best,
            },
        )
}

fn quote_v1() -> impl Strategy<Value = QuoteV1> {
    (any::<u32>(), any::<u32>(), text(255, 8)).prop_map(|(bid, ask, venue)| QuoteV1 {
        bid,
        ask,
        venue,
    })
}

fn quote_v2() -> impl Strategy<Value = QuoteV2> {
    (
        any::<u32>(),
        any::<u32>(),
        any::<u16>(),
        text(255, 8),
        text(255, 8),
    )
        .prop_map(|(bid, ask, lot, venue, trader)| QuoteV2 {
            bid,
            ask,
            lot,
            venue,
            trader,
        })
}

fn quote_v3() -> impl Strategy<Value = QuoteV3> {
    (
        (any::<u32>(), any::<u32>(), any::<u16>(), any::<i8>()),
        (
            text(255, 8),
            text(255, 8),
            proptest::collection::vec(any::<u16>(), 0..6),
            proptest::option::of(text(255, 8)),
        ),
    )
        .prop_map(
            |((bid, ask, lot, flags), (venue, trader, tags, comment))| QuoteV3 {
                bid,
                ask,
                lot,
                flags,
                venue,
                trader,
                tags,
                comment,
            },
        )
}

fn envelope() -> impl Strategy<Value = Envelope<'static>> {
    prop_oneof![
        snapshot().prop_map(Envelope::Snapshot),
        quote_v3().prop_map(Envelope::Quote),
        device().prop_map(Envelope::Device),
    ]
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        Just(Command::Ping),
        point().prop_map(Command::Move),
        quote().prop_map(Command::Price),
    ]
}

fn ipv4_option() -> impl Strategy<Value = Ipv4Option> {
    prop_oneof![
        Just(Ipv4Option::End),
        Just(Ipv4Option::Nop),
        any::<u16>().prop_map(|value| Ipv4Option::RouterAlert(RouterAlert { len: 4, value })),
    ]
}

/// Options padded with `Nop` to a multiple of 4 bytes (at most 36 of the 40 IHL 15
/// allows); the IHL, total length and checksum the value holds are arbitrary: `encode`
/// writes its own.
fn ipv4_packet() -> impl Strategy<Value = Ipv4Packet> {
    use proptest::collection::vec;
    (
        (0u8..16, 0u8..16, any::<u8>(), any::<u16>(), any::<u16>()),
        (any::<u16>(), any::<u8>(), any::<u8>(), any::<u16>()),
        (any::<[u8; 4]>(), any::<[u8; 4]>()),
        (vec(ipv4_option(), 0..8), vec(any::<u8>(), 0..24)),
    )
        .prop_map(
            |(
                (version, ihl, tos, total_len, identification),
                (flags_fragment, ttl, protocol, checksum),
                (src, dst),
                (mut options, payload),
            )| {
                let len = |o: &Ipv4Option| match o {
                    Ipv4Option::RouterAlert(_) => 4,
                    Ipv4Option::End | Ipv4Option::Nop => 1,
                };
                while options.iter().map(len).sum::<usize>() % 4 != 0 {
                    options.push(Ipv4Option::Nop);
                }
                Ipv4Packet {
                    version,
                    ihl,
                    tos,
                    total_len,
                    identification,
                    flags_fragment,
                    ttl,
                    protocol,
                    checksum,
                    src,
                    dst,
                    options,
                    payload,
                }
            },
        )
}

fn question() -> impl Strategy<Value = Question> {
    (any::<u16>(), any::<u16>(), text(63, 8)).prop_map(|(qtype, qclass, name)| Question {
        qtype,
        qclass,
        name,
    })
}

fn record() -> impl Strategy<Value = Record> {
    (
        any::<u16>(),
        any::<u16>(),
        any::<u32>(),
        text(63, 8),
        proptest::collection::vec(any::<u8>(), 0..12),
    )
        .prop_map(|(rtype, class, ttl, name, data)| Record {
            rtype,
            class,
            ttl,
            name,
            data,
        })
}

/// Sections of up to 3 entries (empty ones often); the counts the value holds are
/// arbitrary: `encode` writes its own.
fn dns_message() -> impl Strategy<Value = DnsMessage> {
    use proptest::collection::vec;
    (
        (any::<u16>(), any::<u16>(), any::<[u16; 4]>()),
        (
            vec(question(), 0..3),
            vec(record(), 0..3),
            vec(record(), 0..2),
            vec(level(), 0..=4),
        ),
    )
        .prop_map(
            |(
                (id, flags, [qdcount, ancount, nscount, arcount]),
                (questions, answers, authority, additional),
            )| {
                DnsMessage {
                    id,
                    flags,
                    qdcount,
                    ancount,
                    nscount,
                    arcount,
                    questions,
                    answers,
                    authority,
                    additional,
                }
            },
        )
}

/// Each conditional field present exactly when its condition holds.
fn telemetry() -> impl Strategy<Value = Telemetry> {
    (
        (
            any::<bool>(),
            any::<bool>(),
            prop_oneof![0u8..64, Just(1u8), Just(33u8)],
        ),
        (any::<u32>(), point(), any::<u16>(), text(16, 6)),
        (note(), note(), ipv4_option()),
    )
        .prop_map(
            |(
                (has_position, has_note, kind),
                (seq, position, level, note),
                (detail, origin, option),
            )| {
                Telemetry {
                    has_position,
                    has_note,
                    kind,
                    seq,
                    position: has_position.then_some(position),
                    level: (kind >= 32 && seq % 2 == 0).then_some(level),
                    note: has_note.then_some(note),
                    detail: (kind == 1 || kind == 33).then_some(detail),
                    origin,
                    option,
                }
            },
        )
}

/// The checksums the value holds are arbitrary: `encode` writes its own.
fn checked() -> impl Strategy<Value = Checked> {
    (
        (any::<u8>(), any::<u16>(), any::<u32>()),
        (any::<u16>(), any::<u16>(), any::<u32>()),
        proptest::collection::vec(any::<u8>(), 0..=32),
    )
        .prop_map(
            |((kind, seq, value), (range_crc, seq_crc, message_crc), data)| Checked {
                kind,
                seq,
                value,
                range_crc,
                seq_crc,
                message_crc,
                data,
            },
        )
}

fn sealed() -> impl Strategy<Value = Sealed> {
    (any::<u32>(), any::<[u8; 3]>(), any::<u32>()).prop_map(|(id, code, crc)| Sealed {
        id,
        code,
        crc,
    })
}

/// The condition holds for divisors 1 to 9; a divisor of 0 cannot be encoded.
fn guarded() -> impl Strategy<Value = Guarded> {
    (1u8..=255, any::<u16>()).prop_map(|(divisor, extra)| Guarded {
        divisor,
        extra: (100 / divisor > 10).then_some(extra),
    })
}

/// Messages of 4 to 13 bytes: odd lengths end in a byte RFC 1071 pads with zero.
fn probe() -> impl Strategy<Value = Probe> {
    (
        any::<u8>(),
        any::<u16>(),
        proptest::collection::vec(any::<u8>(), 0..=9),
    )
        .prop_map(|(kind, sum, data)| Probe { kind, sum, data })
}

/// `count` values of `strategy`, deterministic from one seed.
fn sample<S: Strategy>(runner: &mut TestRunner, strategy: S, count: usize) -> Vec<S::Value> {
    (0..count)
        .map(|_| strategy.new_tree(runner).expect("a value").current())
        .collect()
}

/// Each random value's bytes, then the same bytes truncated, extended and mutated.
macro_rules! random_cases {
    ($cases:expr, $runner:expr, $T:ident, $strategy:expr) => {{
        for value in sample($runner, $strategy, CASES) {
            let bytes = value.encode_to_vec();
            observe!($cases, $T, &bytes);
            let mut rng = sample($runner, (any::<usize>(), any::<usize>(), any::<u8>()), 1)[0];
            let cut = rng.0 % (bytes.len() + 1);
            observe!($cases, $T, &bytes[..cut]);
            let mut longer = bytes.clone();
            longer.push(rng.2);
            observe!($cases, $T, &longer);
            if !bytes.is_empty() {
                let mut mutated = bytes.clone();
                rng.1 %= bytes.len();
                mutated[rng.1] ^= rng.2.max(1);
                observe!($cases, $T, &mutated);
            }
        }
    }};
}

fn build_cases() -> Cases {
    let mut cases = Cases::default();
    let mut runner = TestRunner::deterministic();
    let runner = &mut runner;
    random_cases!(&mut cases, runner, Ipv4Header, ipv4());
    random_cases!(&mut cases, runner, AddOrder, add_order());
    random_cases!(&mut cases, runner, SystemEvent, system_event());
    random_cases!(&mut cases, runner, OrderExecuted, order_executed());
    random_cases!(&mut cases, runner, OrderDelete, order_delete());
    random_cases!(&mut cases, runner, ItchMessage, itch());
    random_cases!(&mut cases, runner, Point, point());
    random_cases!(&mut cases, runner, Device, device());
    random_cases!(&mut cases, runner, Quote, quote());
    random_cases!(&mut cases, runner, Level, level());
    random_cases!(&mut cases, runner, Note, note());
    random_cases!(&mut cases, runner, Snapshot, snapshot());
    random_cases!(&mut cases, runner, QuoteV1, quote_v1());
    random_cases!(&mut cases, runner, QuoteV2, quote_v2());
    random_cases!(&mut cases, runner, QuoteV3, quote_v3());
    random_cases!(&mut cases, runner, Envelope, envelope());
    random_cases!(&mut cases, runner, Command, command());
    random_cases!(&mut cases, runner, Ticket, ticket());
    random_cases!(&mut cases, runner, Ipv4Packet, ipv4_packet());
    random_cases!(&mut cases, runner, DnsMessage, dns_message());
    random_cases!(&mut cases, runner, Telemetry, telemetry());
    random_cases!(&mut cases, runner, Checked, checked());
    random_cases!(&mut cases, runner, Sealed, sealed());
    random_cases!(&mut cases, runner, Probe, probe());
    random_cases!(&mut cases, runner, Guarded, guarded());
    cross_versions(&mut cases, runner);
    enums(&mut cases);
    bad_inputs(&mut cases);
    refused_values(&mut cases);
    fixed_point_ties(&mut cases);
    open_enums(&mut cases);
    nesting(&mut cases);
    computed_lengths(&mut cases);
    conditions_and_checksums(&mut cases);
    cases
}

/// Every writer against every reader: the reader's fields the writer did not have are
/// defaulted (and `None` in a view), those it does not know skipped.
fn cross_versions(cases: &mut Cases, runner: &mut TestRunner) {
    for value in sample(runner, quote_v1(), CASES / 2) {
        let bytes = value.encode_to_vec();
        observe!(cases, QuoteV2, &bytes, &["trader"]);
        observe!(cases, QuoteV3, &bytes, &["trader", "tags", "comment"]);
    }
    for value in sample(runner, quote_v2(), CASES / 2) {
        let bytes = value.encode_to_vec();
        observe!(cases, QuoteV1, &bytes);
        observe!(cases, QuoteV3, &bytes, &["tags", "comment"]);
    }
    for value in sample(runner, quote_v3(), CASES / 2) {
        let bytes = value.encode_to_vec();
        observe!(cases, QuoteV1, &bytes);
        observe!(cases, QuoteV2, &bytes);
        // The same message inside a union, read by the newest reader.
        let envelope = Envelope::Quote(value).encode_to_vec();
        observe!(cases, Envelope, &envelope);
    }
}

fn enums(cases: &mut Cases) {
    let members = |list: &[(&'static str, u64)]| {
        Json::Obj(list.iter().map(|(name, value)| (*name, n(value))).collect())
    };
    cases.push(
        vec![
            ("type", Json::Str("Side".into())),
            ("hex", Json::Str(String::new())),
            (
                "members",
                members(&[("Buy", b'B'.into()), ("Sell", b'S'.into())]),
            ),
        ],
        None,
    );
    cases.push(
        vec![
            ("type", Json::Str("Mode".into())),
            ("hex", Json::Str(String::new())),
            (
                "members",
                members(&[("Idle", 0), ("Run", 0x0102), ("Halt", 0xFFFE)]),
            ),
        ],
        None,
    );
}

fn sample_snapshot() -> Snapshot<'static> {
    Snapshot {
        stock: 7,
        side: Side::Sell,
        symbol: "AB",
        blob: vec![1, 2],
        raw: b"r",
        bids: vec![Level { price: 1, qty: 2 }],
        counts: vec![3],
        notes: vec![Note {
            id: 1,
            text: "n".into(),
        }],
        title: "t".into(),
        sequence: 1,
        change: 1,
        adjustment: 1,
        comment: Some("c".into()),
        best: Some(Level { price: 5, qty: 6 }),
    }
}

/// One input for each error Rust reports, made by hand where random mutation would
/// rarely get there.
fn bad_inputs(cases: &mut Cases) {
    let device = Device {
        magic: *b"DV",
        marker: 0xA55A,
        enabled: true,
        channel: 1,
        gain: 2,
        offset: -3,
        delta: -4,
        counter: 5,
        temperature: 1.5,
        pressure: -2.5,
        serial: 6,
        balance: -7,
        network_order: 8,
        mode: Mode::Run,
        origin: Point { x: 1, y: -1 },
        samples: [1, 2, 3],
        modes: [Mode::Idle, Mode::Halt],
        flag: true,
        small: -9,
    };
    let good = device.encode_to_vec();
    let with = |at: usize, byte: u8| {
        let mut b = good.clone();
        b[at] = byte;
        b
    };
    observe!(cases, Device, &with(0, b'X')); // magic
    observe!(cases, Device, &with(2, 0)); // the other magic
    observe!(cases, Device, &with(Device::SIZE - 2, 2)); // bool `flag`
    observe!(cases, Device, &with(62, 0x34)); // enum `mode`
    observe!(cases, Device, &with(75, 0x77)); // enum in the array `modes`
    let order = AddOrder {
        stock_locate: 1,
        tracking_number: 2,
        timestamp: 3,
        order_ref: 4,
        side: Side::Buy,
        shares: 5,
        stock: *b"AAPL    ",
        price: 6,
    };
    let mut bad_side = order.encode_to_vec();
    bad_side[20] = b'X';
    observe!(cases, AddOrder, &bad_side);
    observe!(cases, ItchMessage, &[&b"A"[..], &bad_side].concat());

    let snap = sample_snapshot().encode_to_vec();
    let edit = |at: usize, bytes: &[u8], remove: usize| {
        let mut b = snap.clone();
        b.splice(at..at + remove, bytes.iter().copied());
        b
    };
    observe!(cases, Snapshot, &edit(2, b"X", 1)); // enum `side`
    observe!(cases, Snapshot, &edit(3, &[9], 1)); // `symbol` over its cap of 8
    observe!(cases, Snapshot, &edit(3, &[200], 1)); // over its cap, and the input
    observe!(cases, Snapshot, &edit(4, &[0xff], 1)); // `symbol` not UTF-8
    observe!(cases, Snapshot, &edit(5, &[0xe2, 0x82], 0)); // a truncated sequence
    observe!(
        cases,
        Snapshot,
        &edit(6, &[0xff, 0xff, 0xff, 0xff, 0x0f], 1)
    ); // `blob` length
    observe!(cases, Snapshot, &edit(6, &[0xff; 11], 1)); // a varint of 11 bytes
    let tail = snap.len();
    // The tail: title (2-byte length, 1 byte), sequence, change, adjustment (one byte
    // each), comment (presence, length, 1 byte), best (presence, 8 bytes).
    let change_at = tail - 9 - 3 - 2;
    observe!(
        cases,
        Snapshot,
        &edit(change_at, &[0xff, 0xff, 0xff, 0xff, 0x1f], 1)
    ); // above i32
    observe!(
        cases,
        Snapshot,
        &edit(
            change_at + 1,
            &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02],
            1
        )
    ); // 10th byte > 1
    observe!(cases, Snapshot, &edit(tail - 9, &[2], 1)); // presence byte of `best`
    observe!(cases, Snapshot, &edit(tail - 13, &[7], 1)); // presence byte of `comment`
    observe!(cases, Note, &[1, 0, 33]); // `text` over its cap
    observe!(cases, Snapshot, &snap[..snap.len() - 1]);

    observe!(cases, Command, &[2]); // unknown tag
    observe!(cases, Command, &[0xff; 10]); // malformed varint tag
    observe!(cases, Command, &[0x80]); // truncated varint tag
    observe!(cases, Envelope, &[0x99, 0x09, 0]);
    observe!(cases, Envelope, &[0x01]);
    observe!(cases, ItchMessage, &[]);

    let v3 = QuoteV3 {
        bid: 1,
        ask: 2,
        lot: 3,
        flags: 4,
        venue: "XNAS".into(),
        trader: "al".into(),
        tags: vec![1, 2],
        comment: Some("hi".into()),
    }
    .encode_to_vec();
    for block_len in [0u8, 7, 9, 10, 11, 12, 40] {
        let mut b = v3.clone();
        b[1] = block_len;
        observe!(cases, QuoteV3, &b);
        observe!(cases, QuoteV1, &b);
    }
    for cut in 0..8 {
        observe!(cases, QuoteV3, &v3[..cut]);
    }
    let mut long_var = v3.clone();
    long_var[5] += 1; // the variable part announced one byte longer than sent
    observe!(cases, QuoteV3, &long_var);
    observe!(cases, QuoteV1, &long_var);
    let mut short_var = v3.clone();
    short_var[5] -= 3; // ends inside `comment`
    observe!(cases, QuoteV3, &short_var);
}

fn refused_values(cases: &mut Cases) {
    let ip = Ipv4Header {
        version: 16,
        ihl: 5,
        dscp: 0,
        ecn: 0,
        total_len: 0,
        identification: 0,
        flags: 0,
        fragment_offset: 0,
        ttl: 0,
        protocol: 0,
        checksum: 0,
        src: [0; 4],
        dst: [0; 4],
    };
    refuse!(cases, Ipv4Header, ip);
    refuse!(
        cases,
        Ipv4Header,
        Ipv4Header {
            version: 4,
            fragment_offset: 8192,
            ..ip
        }
    );
    let order = AddOrder {
        stock_locate: 1,
        tracking_number: 2,
        timestamp: 1 << 48,
        order_ref: 4,
        side: Side::Buy,
        shares: 5,
        stock: *b"AAPL    ",
        price: 6,
    };
    refuse!(cases, AddOrder, order);
    refuse!(cases, ItchMessage, ItchMessage::AddOrder(order));
    let device = Device {
        magic: *b"DV",
        marker: 0xA55A,
        enabled: true,
        channel: 8,
        gain: 2,
        offset: -3,
        delta: -4,
        counter: 5,
        temperature: 1.5,
        pressure: -2.5,
        serial: 6,
        balance: -7,
        network_order: 8,
        mode: Mode::Run,
        origin: Point { x: 1, y: -1 },
        samples: [1, 2, 3],
        modes: [Mode::Idle, Mode::Halt],
        flag: true,
        small: -9,
    };
    refuse!(cases, Device, device);
    refuse!(
        cases,
        Device,
        Device {
            channel: 0,
            offset: -17,
            ..device
        }
    );
    refuse!(
        cases,
        Device,
        Device {
            channel: 0,
            delta: 1 << 23,
            ..device
        }
    );
    refuse!(
        cases,
        Device,
        Device {
            channel: 0,
            counter: 1 << 40,
            ..device
        }
    );
    refuse!(
        cases,
        Envelope,
        Envelope::Device(Device {
            channel: 0,
            offset: 16,
            ..device
        })
    );
    let quote = Quote {
        price: 1.0,
        size: 1.0,
        change: 1.0,
    };
    refuse!(
        cases,
        Quote,
        Quote {
            price: f64::NAN,
            ..quote
        }
    );
    refuse!(
        cases,
        Quote,
        Quote {
            price: f64::INFINITY,
            ..quote
        }
    );
    refuse!(
        cases,
        Quote,
        Quote {
            price: f64::NEG_INFINITY,
            ..quote
        }
    );
    refuse!(
        cases,
        Quote,
        Quote {
            price: 1e30,
            ..quote
        }
    );
    refuse!(
        cases,
        Quote,
        Quote {
            size: -0.01,
            ..quote
        }
    );
    refuse!(
        cases,
        Quote,
        Quote {
            size: 42_949_672.96,
            ..quote
        }
    );
    refuse!(
        cases,
        Quote,
        Quote {
            change: 2_147_484.0,
            ..quote
        }
    );
    refuse!(
        cases,
        Command,
        Command::Price(Quote {
            change: f32::NAN,
            ..quote
        })
    );
    let snap = sample_snapshot();
    refuse!(
        cases,
        Snapshot,
        Snapshot {
            symbol: "ABCDEFGHI",
            ..snap.clone()
        }
    );
    refuse!(
        cases,
        Snapshot,
        Snapshot {
            notes: vec![Note {
                id: 1,
                text: "x".repeat(33)
            }],
            ..snap.clone()
        }
    );
    refuse!(
        cases,
        Snapshot,
        Snapshot {
            notes: vec![
                Note {
                    id: 1,
                    text: "y".into()
                };
                9
            ],
            ..snap.clone()
        }
    );
    refuse!(
        cases,
        Snapshot,
        Snapshot {
            counts: vec![0; 17],
            ..snap.clone()
        }
    );
    refuse!(
        cases,
        Snapshot,
        Snapshot {
            comment: Some("é".repeat(11)),
            ..snap
        }
    );
    let v2 = QuoteV2 {
        bid: 1,
        ask: 2,
        lot: 3,
        venue: "x".repeat(256),
        trader: String::new(),
    };
    refuse!(cases, QuoteV2, v2);
}

/// Open enums: the members of each, and values named through `Unknown`, which Rust
/// writes as the named value and reads back as its variant (Python builds them as plain
/// ints, which must encode the same).
fn open_enums(cases: &mut Cases) {
    let members = |list: &[(&'static str, u64)]| {
        Json::Obj(list.iter().map(|(name, value)| (*name, n(value))).collect())
    };
    for (name, list) in [
        (
            "OpenSide",
            &[("Buy", u64::from(b'B')), ("Sell", b'S'.into())][..],
        ),
        ("Venue", &[("Nasdaq", 0x0101), ("Nyse", 0x0202)][..]),
    ] {
        cases.push(
            vec![
                ("type", Json::Str(name.into())),
                ("hex", Json::Str(String::new())),
                ("members", members(list)),
            ],
            None,
        );
    }
    let named_as_unknown = Ticket {
        id: 9,
        side: OpenSide::Unknown(b'B'),
        venue: Venue::Other(0x0202),
        routes: [Venue::Other(0x0101), Venue::Other(7)],
        history: vec![OpenSide::Unknown(b'S'), OpenSide::Unknown(0)],
        fallback: Some(Venue::Other(0x0101)),
    };
    encodes_to!(cases, Ticket, named_as_unknown);
}

// ---- bounded nesting: the types of `tests/var_depth.rs` ----

/// A tree: 5 bytes a level (a kind byte and a u32 count of children).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Node {
    kind: u8,
    #[wire(len = "u32")]
    children: Vec<Node>,
}

/// The same tree, allowed to nest 300 deep: more Python frames than the default
/// recursion limit gives a walk of the checked path.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", max_depth = 300)]
struct DeepNode {
    kind: u8,
    #[wire(len = "u32")]
    children: Vec<DeepNode>,
}

/// And one allowed 2 levels only.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", max_depth = 2)]
struct ShallowNode {
    kind: u8,
    #[wire(len = "u32")]
    children: Vec<ShallowNode>,
}

/// Mutual recursion: a group holds items, an item may hold a group.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Group {
    #[wire(len = "u8")]
    items: Vec<Item>,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Item {
    id: u16,
    group: Option<Group>,
}

/// Recursion through a union: the union and the message of its variant count one
/// level each.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Negate {
    #[wire(len = "u8")]
    operands: Vec<Expr>,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
enum Expr {
    #[wire(id = 1)]
    Literal(u8),
    #[wire(id = 2)]
    Negate(Negate),
}

/// A chain of `levels` nodes below the root, each holding the next.
fn chain(levels: usize) -> Vec<u8> {
    let mut bytes = [7, 0, 0, 0, 1].repeat(levels);
    bytes.extend_from_slice(&[7, 0, 0, 0, 0]);
    bytes
}

/// A group holding one item holding a group … `pairs` times, then an empty group.
fn alternating(pairs: usize) -> Vec<u8> {
    let mut bytes = [1, 0, 9, 1].repeat(pairs);
    bytes.push(0);
    bytes
}

/// `-(-(…(5)))` with `negations` minus signs.
fn negations(negations: usize) -> Vec<u8> {
    let mut bytes = [2, 1].repeat(negations);
    bytes.extend_from_slice(&[1, 5]);
    bytes
}

/// Inputs at each type's limit and one level past it (and far past it), read as Rust
/// reads them: the value, or `DepthExceeded` with its field, offset and limit.
fn nesting(cases: &mut Cases) {
    for levels in [0, 1, 99, 100, 101, 102, 5000] {
        observe!(cases, Node, &chain(levels));
    }
    // Cut inside the level past the limit: the count is checked against the input left
    // before the level is entered.
    let past = chain(101);
    observe!(cases, Node, &past[..past.len() - 1]);
    observe!(cases, Node, &past[..505]);
    for levels in [300, 301] {
        observe!(cases, DeepNode, &chain(levels));
    }
    for levels in [2, 3, 50] {
        observe!(cases, ShallowNode, &chain(levels));
    }
    for pairs in [50, 51, 3000] {
        observe!(cases, Group, &alternating(pairs));
    }
    for count in [50, 51, 5000] {
        observe!(cases, Expr, &negations(count));
    }
}

/// Ties at the last decimal place, in both signs: rounded half away from zero, judged on
/// the shortest decimal that reads back as the value.
fn fixed_point_ties(cases: &mut Cases) {
    let ties = [
        (1.00005, 0.125, 0.0005f32),
        (-1.00005, 0.005, -0.0005),
        (2.00015, 1.005, 1.0005),
        (-2.00015, 2.675, -1.0005),
        (0.00005, 0.015, 0.0015),
        (-0.00005, 1e-3, -0.0015),
        (123456.78905, 10.555, 1234.5675),
        (-9.99995, 0.0, -9.9995),
        (1.00004999, 99.995, 0.0004999),
        (0.0, 0.0, 0.0),
    ];
    for (price, size, change) in ties {
        encodes_to!(
            cases,
            Quote,
            Quote {
                price,
                size,
                change
            }
        );
        encodes_to!(
            cases,
            Command,
            Command::Price(Quote {
                price,
                size,
                change
            })
        );
    }
    let q = Quote {
        price: 1.00005,
        size: 0.0,
        change: 0.0,
    }
    .encode_to_vec();
    assert_eq!(
        &q[..8],
        &10001i64.to_be_bytes(),
        "the tie rounds away from zero in Rust"
    );
    let q = Quote {
        price: -1.00005,
        size: 0.0,
        change: 0.0,
    }
    .encode_to_vec();
    assert_eq!(&q[..8], &(-10001i64).to_be_bytes());
}

/// What a view's `verify_checksum()` says of `bytes` (which `view` accepts): Python's
/// `T.verify_checksum` must say the same.
macro_rules! verify {
    ($cases:expr, $T:ident, $bytes:expr) => {{
        let bytes: &[u8] = $bytes;
        let verdict = $T::view(bytes)
            .expect("a view of the bytes")
            .verify_checksum()
            .err()
            .map_or(Json::Null, |e| decode_error_json(&e));
        $cases.push(
            vec![
                ("type", Json::Str(stringify!($T).into())),
                ("hex", Json::Str(hex(bytes))),
                ("verify", verdict),
            ],
            None,
        );
    }};
}

/// A packet with a Router Alert option (RFC 2113) and an odd-length payload: IHL 6,
/// total length 27 once encoded.
fn sample_packet() -> Ipv4Packet {
    Ipv4Packet {
        version: 4,
        ihl: 0,
        tos: 0,
        total_len: 0,
        identification: 1,
        flags_fragment: 0x4000,
        ttl: 64,
        protocol: 17,
        checksum: 0,
        src: [10, 0, 0, 1],
        dst: [10, 0, 0, 2],
        options: vec![Ipv4Option::RouterAlert(RouterAlert { len: 4, value: 0 })],
        payload: vec![0xca, 0xfe, 0xba],
    }
}

fn sample_dns() -> DnsMessage {
    DnsMessage {
        id: 0x1234,
        flags: 0x0100,
        qdcount: 0,
        ancount: 0,
        nscount: 0,
        arcount: 0,
        questions: vec![Question {
            qtype: 1,
            qclass: 1,
            name: "example".into(),
        }],
        answers: Vec::new(),
        authority: vec![Record {
            rtype: 6,
            class: 1,
            ttl: 3600,
            name: "ns".into(),
            data: vec![1, 2, 3],
        }],
        additional: Vec::new(),
    }
}

/// Lengths from expressions (`byte_len`, `count`) on hand-made inputs: negative, over
/// the cap, past the input, an element running past its bytes; and values whose lengths
/// no header field can give.
fn computed_lengths(cases: &mut Cases) {
    let packet = sample_packet().encode_to_vec();
    assert_eq!(
        &packet[..4],
        [0x46, 0, 0, 27],
        "IHL and total length written back"
    );
    for ihl in 0..16 {
        // Below 5: negative options; above 6: options eat into the payload.
        let mut b = packet.clone();
        b[0] = 0x40 | ihl;
        observe!(cases, Ipv4Packet, &b);
    }
    for total_len in [0u16, 23, 24, 26, 28, 0xffff] {
        let mut b = packet.clone();
        b[2..4].copy_from_slice(&total_len.to_be_bytes());
        observe!(cases, Ipv4Packet, &b);
    }
    for cut in 0..packet.len() {
        observe!(cases, Ipv4Packet, &packet[..cut]);
    }
    // A Router Alert in the last byte of the options: it runs past them.
    let mut nops = sample_packet();
    nops.options = vec![Ipv4Option::Nop; 4];
    let mut b = nops.encode_to_vec();
    b[23] = 0x94;
    observe!(cases, Ipv4Packet, &b);
    // No options, no payload.
    let bare = Ipv4Packet {
        options: Vec::new(),
        payload: Vec::new(),
        ..sample_packet()
    };
    observe!(cases, Ipv4Packet, &bare.encode_to_vec());
    verify!(cases, Ipv4Packet, &packet);
    let mut damaged = packet.clone();
    damaged[15] ^= 1;
    verify!(cases, Ipv4Packet, &damaged);
    // The options are outside the checksum's range (`over = "block"`).
    let mut damaged = packet.clone();
    damaged[21] ^= 1;
    verify!(cases, Ipv4Packet, &damaged);

    refuse!(
        cases,
        Ipv4Packet,
        Ipv4Packet {
            options: vec![Ipv4Option::Nop; 3],
            ..sample_packet()
        }
    );
    refuse!(
        cases,
        Ipv4Packet,
        Ipv4Packet {
            options: vec![Ipv4Option::RouterAlert(RouterAlert { len: 4, value: 1 }); 11],
            ..sample_packet()
        }
    );
    refuse!(
        cases,
        Ipv4Packet,
        Ipv4Packet {
            payload: vec![0; 65_535 - 23],
            ..sample_packet()
        }
    );
    refuse!(
        cases,
        Ipv4Packet,
        Ipv4Packet {
            version: 16,
            ..sample_packet()
        }
    );

    let dns = sample_dns().encode_to_vec();
    assert_eq!(
        &dns[4..12],
        [0, 1, 0, 0, 0, 1, 0, 0],
        "the counts written back"
    );
    // Each count: none, one more than sent, over the cap.
    for (at, counts) in [
        (4, [0u16, 2, 8, 9, 0xffff]),
        (6, [1, 2, 8, 9, 0xffff]),
        (8, [0, 2, 3, 9, 0x8000]),
        (10, [1, 2, 4, 5, 0xffff]),
    ] {
        for count in counts {
            let mut b = dns.clone();
            b[at..at + 2].copy_from_slice(&count.to_be_bytes());
            observe!(cases, DnsMessage, &b);
        }
    }
    for cut in 0..dns.len() {
        observe!(cases, DnsMessage, &dns[..cut]);
    }
    let empty = DnsMessage {
        questions: Vec::new(),
        authority: Vec::new(),
        ..sample_dns()
    };
    observe!(cases, DnsMessage, &empty.encode_to_vec());
    let question = sample_dns().questions[0].clone();
    refuse!(
        cases,
        DnsMessage,
        DnsMessage {
            questions: vec![question; 9],
            ..sample_dns()
        }
    );
    refuse!(
        cases,
        DnsMessage,
        DnsMessage {
            additional: vec![Level { price: 1, qty: 2 }; 5],
            ..sample_dns()
        }
    );
}

fn sample_telemetry() -> Telemetry {
    Telemetry {
        has_position: true,
        has_note: true,
        kind: 33,
        seq: 2,
        position: Some(Point { x: -1, y: 2 }),
        level: Some(0x0102),
        note: Some("hi".into()),
        detail: Some(Note {
            id: 7,
            text: "d".into(),
        }),
        origin: Note {
            id: 8,
            text: String::new(),
        },
        option: Ipv4Option::RouterAlert(RouterAlert { len: 4, value: 5 }),
    }
}

/// Conditional fields present and absent, checksums of every algorithm with and without
/// `verify` on damaged inputs, and the Internet checksum over odd lengths.
fn conditions_and_checksums(cases: &mut Cases) {
    let all = sample_telemetry().encode_to_vec();
    observe!(cases, Telemetry, &all);
    for cut in 0..all.len() {
        observe!(cases, Telemetry, &all[..cut]);
    }
    // The flags byte decides which fields follow: every value of it on the same tail.
    for flags in [0x00, 0x01, 0x21, 0x40, 0x80, 0xc0, 0xe1, 0xff] {
        let mut b = all.clone();
        b[0] = flags;
        observe!(cases, Telemetry, &b);
    }
    let none = Telemetry {
        has_position: false,
        has_note: false,
        kind: 0,
        seq: 3,
        position: None,
        level: None,
        note: None,
        detail: None,
        ..sample_telemetry()
    };
    observe!(cases, Telemetry, &none.encode_to_vec());
    refuse!(
        cases,
        Telemetry,
        Telemetry {
            position: None,
            ..sample_telemetry()
        }
    );
    refuse!(
        cases,
        Telemetry,
        Telemetry {
            seq: 3,
            ..sample_telemetry()
        }
    );
    refuse!(
        cases,
        Telemetry,
        Telemetry {
            has_note: false,
            ..sample_telemetry()
        }
    );
    refuse!(
        cases,
        Telemetry,
        Telemetry {
            detail: None,
            ..sample_telemetry()
        }
    );
    refuse!(
        cases,
        Telemetry,
        Telemetry {
            note: Some("seventeen bytes!!".into()),
            ..sample_telemetry()
        }
    );

    // A divisor of 0: the condition divides by zero.
    for bytes in [&[0u8][..], &[0, 1, 2], &[1, 1, 2], &[1]] {
        observe!(cases, Guarded, bytes);
    }
    for extra in [None, Some(7)] {
        let value = Guarded { divisor: 0, extra };
        let mut buf = [0u8; 8];
        match value.encode(&mut buf) {
            Err(_) => refuse!(cases, Guarded, value),
            Ok(n) => observe!(cases, Guarded, &buf[..n]),
        }
    }

    let checked = Checked {
        kind: 1,
        seq: 0x0203,
        value: 0x0405_0607,
        range_crc: 0,
        seq_crc: 0,
        message_crc: 0,
        data: vec![9, 8, 7],
    }
    .encode_to_vec();
    let sealed = Sealed {
        id: 0x0102_0304,
        code: *b"abc",
        crc: 0,
    }
    .encode_to_vec();
    // Every byte damaged in turn: a verified checksum over it refuses the read; the
    // CRC-16 over `kind..=value` alone is left to `verify_checksum`.
    for (at, _) in checked.iter().enumerate() {
        let mut b = checked.clone();
        b[at] ^= 0x10;
        observe!(cases, Checked, &b);
        if Checked::view(&b).is_ok() {
            verify!(cases, Checked, &b);
        }
    }
    verify!(cases, Checked, &checked);
    for (at, _) in sealed.iter().enumerate() {
        let mut b = sealed.clone();
        b[at] ^= 0x80;
        observe!(cases, Sealed, &b);
    }
    // Odd and even lengths, and data whose sum makes the checksum 0x0000 or 0xffff.
    for data in [
        &[][..],
        &[0xff],
        &[0x12, 0x34],
        &[0xff, 0xfe, 0x01],
        &[0; 9],
        &[0xff; 9],
    ] {
        let probe = Probe {
            kind: 0,
            sum: 0,
            data: data.to_vec(),
        }
        .encode_to_vec();
        observe!(cases, Probe, &probe);
        let last = probe.len() - 1;
        let mut b = probe.clone();
        b[last] ^= 1;
        observe!(cases, Probe, &b);
        // The other encoding of zero in ones' complement.
        let mut b = probe.clone();
        let sum = u16::from_be_bytes([b[1], b[2]]);
        b[1..3].copy_from_slice(&(!sum).to_be_bytes());
        if sum == 0 || sum == 0xffff {
            observe!(cases, Probe, &b);
        }
    }
}

#[test]
fn the_generated_python_codec_agrees_with_rust() {
    let module = wire::schema::python::generate(&[
        Ipv4Header::SCHEMA,
        Side::SCHEMA,
        AddOrder::SCHEMA,
        SystemEvent::SCHEMA,
        OrderExecuted::SCHEMA,
        OrderDelete::SCHEMA,
        ItchMessage::SCHEMA,
        Mode::SCHEMA,
        Point::SCHEMA,
        Device::SCHEMA,
        Quote::SCHEMA,
        Level::SCHEMA,
        Note::SCHEMA,
        Snapshot::SCHEMA,
        QuoteV1::SCHEMA,
        QuoteV2::SCHEMA,
        QuoteV3::SCHEMA,
        Envelope::SCHEMA,
        Command::SCHEMA,
        OpenSide::SCHEMA,
        Venue::SCHEMA,
        Ticket::SCHEMA,
        Node::SCHEMA,
        DeepNode::SCHEMA,
        ShallowNode::SCHEMA,
        Group::SCHEMA,
        Expr::SCHEMA,
        Ipv4Packet::SCHEMA,
        DnsMessage::SCHEMA,
        Telemetry::SCHEMA,
        Checked::SCHEMA,
        Sealed::SCHEMA,
        Probe::SCHEMA,
        Guarded::SCHEMA,
    ]);
    let cases = build_cases();
    for kind in [
        "Truncated",
        "TrailingBytes",
        "InvalidDiscriminant",
        "InvalidBool",
        "InvalidMagic",
        "UnknownTag",
        "LengthExceedsMax",
        "InvalidUtf8",
        "InvalidBlockLength",
        "MalformedVarint",
        "DepthExceeded",
        "InvalidLength",
        "InvalidExpression",
        "ChecksumMismatch",
    ] {
        assert!(
            cases.error_kinds.contains(kind),
            "no case makes Rust report {kind}"
        );
    }
    assert!(!cases.error_kinds.contains("Unexpected"));

    let dir = std::env::temp_dir().join(format!("wire-schema-python-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    std::fs::write(dir.join("generated.py"), &module).expect("write the module");
    // Kept for the linters CI runs on it (`mypy --strict`, `ruff check`): the catalog
    // has every field kind.
    let lint = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("schema_python");
    std::fs::create_dir_all(&lint).expect("a directory under target");
    std::fs::write(lint.join("catalog.py"), &module).expect("write the module");
    std::fs::write(dir.join("cases.json"), Json::Arr(cases.json).text()).expect("write the cases");
    let driver =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schema_python/check.py");
    let output = std::process::Command::new("python3")
        .arg(&driver)
        .arg(&dir)
        .arg(dir.join("cases.json"))
        .arg(dir.join("python_encoded.txt"))
        .output()
        .expect("python3 must be installed: the generated Python codec is tested with it");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the Python driver failed:\n{stdout}\n{stderr}"
    );
    println!("{stdout}");

    // What Python encoded from values it built itself, decoded by Rust.
    let written =
        std::fs::read_to_string(dir.join("python_encoded.txt")).expect("the driver's output");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in written.lines() {
        let (index, bytes) = line.split_once(' ').unwrap_or((line, ""));
        let index: usize = index.parse().expect("a case index");
        if let Some(check) = &cases.checks[index] {
            if let Err(why) = check(&unhex(bytes)) {
                failures.push(format!("case {index}: {why}"));
            }
            checked += 1;
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} case(s) Python encoded differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let expected = cases.checks.iter().filter(|c| c.is_some()).count();
    assert_eq!(checked, expected, "Python wrote back every value");
}
