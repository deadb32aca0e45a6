//! The generated Wireshark dissector, run by `tshark` on a capture written here: every
//! field of every message must show the value the Rust types encoded, frames must be
//! found however TCP cut them, and damage must be flagged, not crash the dissector.
//!
//! Needs `tshark` (Wireshark 3.6 or later); `bash .ci/setup` installs it. Without it the
//! test fails: a dissector nobody ran is not tested.
#![cfg(feature = "schema")]

mod schema_catalog;

use schema_catalog::*;
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use wire::frame::{FrameEncoder, FrameHeader, FrameMeta, LenU32Le, WireHeader};
use wire::prelude::*;
use wire::schema::lua::{self, DissectorOptions, Framing};
use wire::schema::{Body, Schema};

const TCP_PORT: u16 = 7000;
const UDP_PORT: u16 = 7001;
const LP_TCP_PORT: u16 = 7100;

// Message types of the WireHeader frames.
const IPV4: u16 = 1;
const ITCH: u16 = 2;
const DEVICE: u16 = 3;
const QUOTE: u16 = 4;
const SNAPSHOT: u16 = 5;
const QUOTE_V3: u16 = 6;
const ENVELOPE: u16 = 7;
const COMMAND: u16 = 8;
const TICKET: u16 = 9;
const IPV4_PACKET: u16 = 10;
const DNS: u16 = 11;
const TELEMETRY: u16 = 12;
const CHECKED: u16 = 13;
const SEALED: u16 = 14;
const PROBE: u16 = 15;
const GUARDED: u16 = 16;
const UNMAPPED: u16 = 99;

// ---------------------------------------------------------------------------------------
// The messages.

fn ipv4() -> Ipv4Header {
    Ipv4Header {
        version: 4,
        ihl: 5,
        dscp: 46,
        ecn: 2,
        total_len: 115,
        identification: 0x1c46,
        flags: 2,
        fragment_offset: 1234,
        ttl: 64,
        protocol: 17,
        checksum: 0xb861,
        src: [192, 168, 0, 1],
        dst: [192, 168, 0, 199],
    }
}

fn add_order() -> AddOrder {
    AddOrder {
        stock_locate: 1,
        tracking_number: 2,
        timestamp: 0x0102_0304_0506,
        order_ref: u64::MAX - 5,
        side: Side::Sell,
        shares: 100,
        stock: *b"AAPL    ",
        price: 1_923_400,
    }
}

fn system_event() -> SystemEvent {
    SystemEvent {
        stock_locate: 0,
        tracking_number: 9,
        timestamp: (1 << 48) - 1,
        event_code: b'O',
    }
}

fn order_executed() -> OrderExecuted {
    OrderExecuted {
        stock_locate: 3,
        tracking_number: 4,
        timestamp: 34_200_000_000_000,
        order_ref: 42,
        executed_shares: 60,
        match_number: 1 << 40,
    }
}

fn order_delete() -> OrderDelete {
    OrderDelete {
        stock_locate: 5,
        tracking_number: 6,
        timestamp: 7,
        order_ref: 43,
    }
}

fn device() -> Device {
    Device {
        magic: *b"DV",
        marker: 0xA55A,
        enabled: true,
        channel: 5,
        gain: 100,
        offset: -7,
        delta: -123_456,
        counter: 0x12_3456_789A,
        temperature: 21.5,
        pressure: -1013.25,
        serial: u128::MAX - 1,
        balance: i128::MIN + 7,
        network_order: 0xDEAD_BEEF,
        mode: Mode::Run,
        origin: Point { x: -3, y: 4 },
        samples: [-1, 0, 1],
        modes: [Mode::Halt, Mode::Idle],
        flag: true,
        small: -128,
    }
}

fn quote() -> Quote {
    Quote {
        price: 123.4567,
        size: 10.5,
        change: -1.234,
    }
}

fn snapshot() -> Snapshot<'static> {
    Snapshot {
        stock: 7,
        side: Side::Buy,
        symbol: "AAPL",
        blob: vec![1, 2, 3],
        raw: &[0xde, 0xad],
        bids: vec![Level { price: 100, qty: 5 }, Level { price: 99, qty: 7 }],
        counts: vec![1, 70_000],
        notes: vec![
            Note {
                id: 1,
                text: "hi".into(),
            },
            Note {
                id: 2,
                text: "h\u{e9}llo".into(),
            },
        ],
        title: "Snap <1> & \"q\"".into(),
        sequence: 300,
        change: -2,
        adjustment: -5,
        comment: Some("ok".into()),
        best: Some(Level { price: 101, qty: 1 }),
    }
}

fn empty_snapshot() -> Snapshot<'static> {
    Snapshot {
        stock: 0,
        side: Side::Sell,
        symbol: "",
        blob: vec![],
        raw: &[],
        bids: vec![],
        counts: vec![],
        notes: vec![],
        title: String::new(),
        sequence: u64::MAX,
        change: i32::MIN,
        adjustment: i64::MIN,
        comment: None,
        best: None,
    }
}

fn quote_v1() -> QuoteV1 {
    QuoteV1 {
        bid: 10,
        ask: 11,
        venue: "XNAS".into(),
    }
}

fn quote_v2() -> QuoteV2 {
    QuoteV2 {
        bid: 20,
        ask: 21,
        lot: 50,
        venue: "XNYS".into(),
        trader: "bob".into(),
    }
}

fn quote_v3() -> QuoteV3 {
    QuoteV3 {
        bid: 30,
        ask: 31,
        lot: 25,
        flags: 3,
        venue: "BATS".into(),
        trader: "eve".into(),
        tags: vec![1, 2, 65535],
        comment: Some("v3".into()),
    }
}

/// Open enums holding values they do not name, but the first of `routes` and `history`.
fn ticket() -> Ticket {
    Ticket {
        id: 0x0102_0304,
        side: OpenSide::Unknown(b'X'),
        venue: Venue::Other(0x0303),
        routes: [Venue::Nyse, Venue::Other(0xffff)],
        history: vec![OpenSide::Buy, OpenSide::Unknown(0), OpenSide::Sell],
        fallback: Some(Venue::Other(7)),
    }
}

/// Open enums holding values they name.
fn known_ticket() -> Ticket {
    Ticket {
        id: 5,
        side: OpenSide::Sell,
        venue: Venue::Nasdaq,
        routes: [Venue::Nasdaq, Venue::Nyse],
        history: vec![],
        fallback: None,
    }
}

/// The ITCH `AddOrder` whose side byte (the closed enum `Side`) is `b'X'`: after the
/// tag, stock_locate (2), tracking_number (2), timestamp (6) and order_ref (8).
const BAD_SIDE_AT: usize = 1 + 18;

/// The message kinds the capture's frames hold, in order, for the final comparison.
#[derive(Debug)]
enum Sent {
    Ipv4(Ipv4Header),
    Itch(ItchMessage<'static>),
    Device(Device),
    /// A device whose magic the sender damaged.
    BadMagicDevice(Device),
    Quote(Quote),
    /// A quote whose frame CRC was damaged on the way.
    BadCrcQuote(Quote),
    Snapshot(Snapshot<'static>),
    /// A snapshot whose symbol length is above its cap.
    MalformedSnapshot,
    /// Version 1, 2 or 3 of a quote, read as a `QuoteV3`.
    QuoteV3 {
        version: u8,
        value: QuoteV3,
    },
    Envelope(Envelope<'static>),
    Command(Command),
    /// Open enums: their unknown values are shown, not flagged.
    Ticket(Ticket),
    /// An ITCH `AddOrder` whose closed enum holds a value it does not name: flagged.
    BadSideAddOrder,
    Unmapped,
    Compressed,
}

impl Sent {
    fn msg_type(&self) -> u16 {
        match self {
            Sent::Ipv4(_) => IPV4,
            Sent::Itch(_) | Sent::BadSideAddOrder => ITCH,
            Sent::Device(_) | Sent::BadMagicDevice(_) => DEVICE,
            Sent::Quote(_) | Sent::BadCrcQuote(_) => QUOTE,
            Sent::Snapshot(_) | Sent::MalformedSnapshot | Sent::Compressed => SNAPSHOT,
            Sent::QuoteV3 { .. } => QUOTE_V3,
            Sent::Envelope(_) => ENVELOPE,
            Sent::Command(_) => COMMAND,
            Sent::Ticket(_) => TICKET,
            Sent::Unmapped => UNMAPPED,
        }
    }

    fn payload(&self) -> Vec<u8> {
        match self {
            Sent::Ipv4(m) => m.encode_to_vec(),
            Sent::Itch(m) => m.encode_to_vec(),
            Sent::Device(m) => m.encode_to_vec(),
            Sent::BadMagicDevice(m) => {
                let mut bytes = m.encode_to_vec();
                bytes[1] = b'X';
                bytes
            }
            Sent::Quote(m) | Sent::BadCrcQuote(m) => m.encode_to_vec(),
            Sent::Snapshot(m) => m.encode_to_vec(),
            Sent::MalformedSnapshot => {
                let mut bytes = snapshot().encode_to_vec();
                // stock (2), side (1), then the symbol's u8 length: 9 is above its cap of 8.
                bytes[3] = 9;
                bytes
            }
            Sent::QuoteV3 { version: 1, .. } => quote_v1().encode_to_vec(),
            Sent::QuoteV3 { version: 2, .. } => quote_v2().encode_to_vec(),
            Sent::QuoteV3 { value, .. } => value.encode_to_vec(),
            Sent::Envelope(m) => m.encode_to_vec(),
            Sent::Command(m) => m.encode_to_vec(),
            Sent::Ticket(m) => m.encode_to_vec(),
            Sent::BadSideAddOrder => {
                let mut bytes = ItchMessage::AddOrder(add_order()).encode_to_vec();
                bytes[BAD_SIDE_AT] = b'X';
                bytes
            }
            Sent::Unmapped => vec![1, 2, 3, 4],
            Sent::Compressed => {
                let mut long = snapshot();
                long.blob = vec![b'a'; 2000];
                long.encode_to_vec()
            }
        }
    }

    /// The frame as the sender puts it on the wire.
    fn frame(&self) -> Vec<u8> {
        let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
        if matches!(self, Sent::Compressed) {
            encoder = compressing(encoder);
        }
        let version = match self {
            Sent::QuoteV3 { version, .. } => *version,
            _ => 1,
        };
        let mut out = Vec::new();
        encoder
            .append(
                FrameMeta::new(self.msg_type()).with_version(version),
                &self.payload(),
                &mut out,
            )
            .unwrap();
        if matches!(self, Sent::BadCrcQuote(_)) {
            // A wrong CRC32C under a header that is itself intact (its CRC-16 right): the
            // frame is shown, its CRC flagged.
            let mut header = WireHeader::read(&out[..WireHeader::LEN]).unwrap();
            header.crc ^= 0x01;
            header.write(&mut out[..WireHeader::LEN]);
        }
        out
    }
}

#[cfg(feature = "compression")]
fn compressing(encoder: FrameEncoder<WireHeader>) -> FrameEncoder<WireHeader> {
    encoder.with_compression(256)
}

#[cfg(not(feature = "compression"))]
fn compressing(encoder: FrameEncoder<WireHeader>) -> FrameEncoder<WireHeader> {
    encoder
}

fn v3_read_of(version: u8) -> QuoteV3 {
    let bytes = match version {
        1 => quote_v1().encode_to_vec(),
        2 => quote_v2().encode_to_vec(),
        _ => quote_v3().encode_to_vec(),
    };
    QuoteV3::decode(&bytes).unwrap()
}

// ---------------------------------------------------------------------------------------
// The capture: classic libpcap, Ethernet, IPv4, TCP and UDP, written by hand.

struct Pcap {
    bytes: Vec<u8>,
    packets: u32,
}

impl Pcap {
    fn new() -> Self {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes()); // magic: microseconds
        bytes.extend_from_slice(&2u16.to_le_bytes()); // version 2.4
        bytes.extend_from_slice(&4u16.to_le_bytes());
        bytes.extend_from_slice(&0i32.to_le_bytes()); // GMT offset
        bytes.extend_from_slice(&0u32.to_le_bytes()); // timestamp accuracy
        bytes.extend_from_slice(&65535u32.to_le_bytes()); // snap length
        bytes.extend_from_slice(&1u32.to_le_bytes()); // LINKTYPE_ETHERNET
        Pcap { bytes, packets: 0 }
    }

    fn packet(&mut self, frame: &[u8]) {
        self.packets += 1;
        self.bytes
            .extend_from_slice(&(1_700_000_000 + self.packets).to_le_bytes());
        self.bytes.extend_from_slice(&0u32.to_le_bytes());
        let len = frame.len() as u32;
        self.bytes.extend_from_slice(&len.to_le_bytes());
        self.bytes.extend_from_slice(&len.to_le_bytes());
        self.bytes.extend_from_slice(frame);
    }
}

const CLIENT: [u8; 4] = [10, 0, 0, 1];
const SERVER: [u8; 4] = [10, 0, 0, 2];

/// The Internet checksum (RFC 1071) of `chunks` taken as one byte string.
fn checksum(chunks: &[&[u8]]) -> u16 {
    let bytes: Vec<u8> = chunks.concat();
    let mut sum: u32 = bytes
        .chunks(2)
        .map(|pair| u32::from(u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)])))
        .sum();
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

fn ethernet_ipv4(protocol: u8, src: [u8; 4], dst: [u8; 4], transport: &[u8]) -> Vec<u8> {
    let mut ip = vec![0x45, 0];
    ip.extend_from_slice(&((20 + transport.len()) as u16).to_be_bytes());
    ip.extend_from_slice(&[0, 1, 0x40, 0, 64, protocol, 0, 0]);
    ip.extend_from_slice(&src);
    ip.extend_from_slice(&dst);
    let sum = checksum(&[&ip]);
    ip[10..12].copy_from_slice(&sum.to_be_bytes());
    let mut frame = vec![0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00];
    frame.extend_from_slice(&ip);
    frame.extend_from_slice(transport);
    frame
}

fn pseudo_header(src: [u8; 4], dst: [u8; 4], protocol: u8, len: usize) -> Vec<u8> {
    let mut header = Vec::new();
    header.extend_from_slice(&src);
    header.extend_from_slice(&dst);
    header.extend_from_slice(&[0, protocol]);
    header.extend_from_slice(&(len as u16).to_be_bytes());
    header
}

/// One direction of a TCP connection (client to server) and its handshake.
struct TcpFlow {
    client_port: u16,
    server_port: u16,
    seq: u32,
}

const SYN: u8 = 0x02;
const ACK: u8 = 0x10;
const PSH_ACK: u8 = 0x18;

impl TcpFlow {
    fn open(pcap: &mut Pcap, client_port: u16, server_port: u16) -> Self {
        let flow = TcpFlow {
            client_port,
            server_port,
            seq: 1000,
        };
        pcap.packet(&flow.segment(false, flow.seq - 1, 0, SYN, &[]));
        pcap.packet(&flow.segment(true, 4999, flow.seq, SYN | ACK, &[]));
        pcap.packet(&flow.segment(false, flow.seq, 5000, ACK, &[]));
        flow
    }

    fn send(&mut self, pcap: &mut Pcap, data: &[u8]) {
        let segment = self.segment(false, self.seq, 5000, PSH_ACK, data);
        self.seq += data.len() as u32;
        pcap.packet(&segment);
    }

    fn segment(&self, from_server: bool, seq: u32, ack: u32, flags: u8, data: &[u8]) -> Vec<u8> {
        let (src, dst, sport, dport) = if from_server {
            (SERVER, CLIENT, self.server_port, self.client_port)
        } else {
            (CLIENT, SERVER, self.client_port, self.server_port)
        };
        let mut tcp = Vec::new();
        tcp.extend_from_slice(&sport.to_be_bytes());
        tcp.extend_from_slice(&dport.to_be_bytes());
        tcp.extend_from_slice(&seq.to_be_bytes());
        tcp.extend_from_slice(&ack.to_be_bytes());
        tcp.extend_from_slice(&[0x50, flags, 0xff, 0xff, 0, 0, 0, 0]);
        tcp.extend_from_slice(data);
        let sum = checksum(&[&pseudo_header(src, dst, 6, tcp.len()), &tcp]);
        tcp[16..18].copy_from_slice(&sum.to_be_bytes());
        ethernet_ipv4(6, src, dst, &tcp)
    }
}

fn udp_datagram(sport: u16, dport: u16, data: &[u8]) -> Vec<u8> {
    let mut udp = Vec::new();
    udp.extend_from_slice(&sport.to_be_bytes());
    udp.extend_from_slice(&dport.to_be_bytes());
    udp.extend_from_slice(&((8 + data.len()) as u16).to_be_bytes());
    udp.extend_from_slice(&[0, 0]);
    udp.extend_from_slice(data);
    let sum = checksum(&[&pseudo_header(CLIENT, SERVER, 17, udp.len()), &udp]);
    // RFC 768: a computed zero is sent as all ones.
    let sum = if sum == 0 { 0xffff } else { sum };
    udp[6..8].copy_from_slice(&sum.to_be_bytes());
    ethernet_ipv4(17, CLIENT, SERVER, &udp)
}

// ---------------------------------------------------------------------------------------
// tshark's PDML output, as a tree.

#[derive(Debug, Default)]
struct Node {
    name: String,
    show: String,
    showname: String,
    children: Vec<Node>,
}

fn attribute(line: &str, key: &str) -> String {
    let pattern = format!(" {key}=\"");
    let Some(start) = line.find(&pattern).map(|i| i + pattern.len()) else {
        return String::new();
    };
    let end = line[start..].find('"').map_or(line.len(), |i| start + i);
    unescape(&line[start..end])
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let Some(semi) = rest[amp..].find(';').map(|i| amp + i) else {
            break;
        };
        let entity = &rest[amp + 1..semi];
        let decoded = match entity {
            "quot" => Some('"'),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "apos" => Some('\''),
            _ if entity.starts_with("#x") => u32::from_str_radix(&entity[2..], 16)
                .ok()
                .and_then(char::from_u32),
            _ if entity.starts_with('#') => entity[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..=semi]),
        }
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

/// The packets of a PDML document (tshark writes one element per line).
fn parse_pdml(text: &str) -> Vec<Node> {
    let mut stack: Vec<Node> = Vec::new();
    let mut packets = Vec::new();
    for line in text.lines().map(str::trim) {
        if line == "<packet>" {
            stack.push(Node {
                name: "packet".into(),
                ..Node::default()
            });
        } else if line.starts_with("<proto") || line.starts_with("<field") {
            let node = Node {
                name: attribute(line, "name"),
                show: attribute(line, "show"),
                showname: attribute(line, "showname"),
                children: Vec::new(),
            };
            if line.ends_with("/>") {
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(node);
                }
            } else {
                stack.push(node);
            }
        } else if line == "</proto>" || line == "</field>" {
            let node = stack.pop().expect("balanced PDML");
            stack
                .last_mut()
                .expect("an element inside a packet")
                .children
                .push(node);
        } else if line == "</packet>" {
            packets.push(stack.pop().expect("balanced PDML"));
        }
    }
    packets
}

impl Node {
    fn child(&self, name: &str) -> &Node {
        self.children
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| {
                panic!(
                    "no `{name}` under `{}` ({}): {:#?}",
                    self.name,
                    self.showname,
                    self.names()
                )
            })
    }

    fn children_named(&self, name: &str) -> Vec<&Node> {
        self.children.iter().filter(|c| c.name == name).collect()
    }

    fn names(&self) -> Vec<&str> {
        self.children.iter().map(|c| c.name.as_str()).collect()
    }

    /// Every node below this one (depth first), itself included.
    fn descendants(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for child in &self.children {
            out.extend(child.descendants());
        }
        out
    }

    /// The expert infos below this node: (expert field name, message).
    fn experts(&self) -> Vec<(String, String)> {
        self.descendants()
            .into_iter()
            .filter(|n| n.name == "_ws.expert")
            .map(|n| {
                let kind = n.children.first().map_or(String::new(), |c| c.name.clone());
                let message = n
                    .children
                    .iter()
                    .find(|c| c.name == "_ws.expert.message")
                    .map_or(String::new(), |c| c.show.clone());
                (kind, message)
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// Expected field values.

enum Check {
    /// The field's shown value.
    Is(String),
    /// A float, compared as a number.
    Float(f64),
    /// A fixed-point decimal: its value, and the exact decimal and integer the item states.
    Decimal(f64, &'static str),
    /// The field's node, checked by the closure.
    Node(Box<dyn Fn(&Node)>),
    /// Absent from the sender's version: the default a reader uses.
    Absent(&'static str),
    /// An `Option` that is `None`.
    None,
    /// A conditional field whose condition does not hold.
    AbsentIf(&'static str),
}

fn is(value: impl ToString) -> Check {
    Check::Is(value.to_string())
}

fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

fn node(check: impl Fn(&Node) + 'static) -> Check {
    Check::Node(Box::new(check))
}

/// Checks every field of `schema` shown under `parent` (`<abbrev>.<key>.<field>`); the
/// checks must name every field of the schema, so none is left unchecked.
fn check_fields(
    parent: &Node,
    abbrev: &str,
    key: &str,
    schema: &Schema,
    checks: Vec<(&str, Check)>,
) {
    let Body::Struct(s) = &schema.body else {
        panic!("{} is not a struct", schema.name)
    };
    let mut names: Vec<&str> = s.fields.iter().map(|f| f.name).collect();
    let mut checked: Vec<&str> = checks.iter().map(|(name, _)| *name).collect();
    names.sort_unstable();
    checked.sort_unstable();
    assert_eq!(
        checked, names,
        "the test must check every field of {}",
        schema.name
    );
    for (name, check) in checks {
        let full = format!("{abbrev}.{key}.{name}");
        let context = format!("{} field `{name}`", schema.name);
        match check {
            Check::Is(expected) => assert_eq!(parent.child(&full).show, expected, "{context}"),
            Check::Float(expected) => {
                let shown: f64 = parent.child(&full).show.parse().unwrap_or(f64::NAN);
                assert!(
                    (shown - expected).abs() <= 1e-6 * expected.abs().max(1.0),
                    "{context}: {shown} != {expected}"
                );
            }
            Check::Decimal(expected, exact) => {
                let item = parent.child(&full);
                let shown: f64 = item.show.parse().unwrap_or(f64::NAN);
                assert!(
                    (shown - expected).abs() <= 1e-6 * expected.abs().max(1.0),
                    "{context}: {shown} != {expected}"
                );
                assert!(
                    item.showname.contains(exact),
                    "{context}: {:?} lacks {exact:?}",
                    item.showname
                );
            }
            Check::Node(check) => check(parent.child(&full)),
            Check::Absent(default) => {
                let item = parent
                    .children_named(&format!("{abbrev}.absent"))
                    .into_iter()
                    .find(|n| n.show == name)
                    .unwrap_or_else(|| {
                        panic!("{context}: not shown as absent: {:#?}", parent.names())
                    });
                assert!(
                    item.showname.contains(default),
                    "{context}: {:?} lacks {default:?}",
                    item.showname
                );
                assert!(
                    !parent.names().contains(&full.as_str()),
                    "{context}: shown although absent"
                );
            }
            Check::AbsentIf(cond) => {
                let item = parent
                    .children_named(&format!("{abbrev}.absent"))
                    .into_iter()
                    .find(|n| n.show == name)
                    .unwrap_or_else(|| panic!("{context}: not shown as absent"));
                assert_eq!(
                    item.showname,
                    format!("{name}: absent ({cond} does not hold)"),
                    "{context}"
                );
                assert!(
                    !parent.names().contains(&full.as_str()),
                    "{context}: shown although absent"
                );
            }
            Check::None => {
                let item = parent
                    .children_named(&format!("{abbrev}.present"))
                    .into_iter()
                    .find(|n| n.showname == format!("{name}: None"))
                    .unwrap_or_else(|| panic!("{context}: not shown as None"));
                assert_eq!(item.show, "0", "{context}");
            }
        }
    }
}

/// Elements of a list or array field: the count (lists) and one item per element.
fn items<'a>(field: &'a Node, abbrev: &str, count: Option<usize>) -> Vec<&'a Node> {
    let item_name = format!("{}.item", field.name);
    if let Some(count) = count {
        assert_eq!(
            field.child(&format!("{abbrev}.count")).show,
            count.to_string(),
            "count of {}",
            field.name
        );
    }
    field
        .children
        .iter()
        .filter(|c| c.name == item_name)
        .collect()
}

fn check_ipv4(n: &Node, a: &str, m: &Ipv4Header) {
    check_fields(
        n,
        a,
        "ipv4_header",
        Ipv4Header::SCHEMA,
        vec![
            ("version", is(m.version)),
            ("ihl", is(m.ihl)),
            ("dscp", is(m.dscp)),
            ("ecn", is(m.ecn)),
            ("total_len", is(m.total_len)),
            ("identification", is(m.identification)),
            ("flags", is(m.flags)),
            ("fragment_offset", is(m.fragment_offset)),
            ("ttl", is(m.ttl)),
            ("protocol", is(m.protocol)),
            ("checksum", is(m.checksum)),
            ("src", is(colon_hex(&m.src))),
            ("dst", is(colon_hex(&m.dst))),
        ],
    );
}

fn check_add_order(n: &Node, a: &str, m: &AddOrder) {
    check_fields(
        n,
        a,
        "add_order",
        AddOrder::SCHEMA,
        vec![
            ("stock_locate", is(m.stock_locate)),
            ("tracking_number", is(m.tracking_number)),
            ("timestamp", is(m.timestamp)),
            ("order_ref", is(m.order_ref)),
            ("side", is(m.side as u8)),
            ("shares", is(m.shares)),
            ("stock", is(colon_hex(&m.stock))),
            ("price", is(m.price)),
        ],
    );
}

fn check_itch(n: &Node, a: &str, m: &ItchMessage) {
    let union = n.child(&format!("{a}.itch_message"));
    let tag = union.child(&format!("{a}.itch_message.tag"));
    match m {
        ItchMessage::AddOrder(m) => {
            assert_eq!(tag.show, "65");
            check_add_order(union.child(&format!("{a}.add_order")), a, m);
        }
        ItchMessage::SystemEvent(m) => {
            assert_eq!(tag.show, "83");
            check_fields(
                union.child(&format!("{a}.system_event")),
                a,
                "system_event",
                SystemEvent::SCHEMA,
                vec![
                    ("stock_locate", is(m.stock_locate)),
                    ("tracking_number", is(m.tracking_number)),
                    ("timestamp", is(m.timestamp)),
                    ("event_code", is(m.event_code)),
                ],
            );
        }
        ItchMessage::OrderExecuted(m) => {
            assert_eq!(tag.show, "69");
            check_fields(
                union.child(&format!("{a}.order_executed")),
                a,
                "order_executed",
                OrderExecuted::SCHEMA,
                vec![
                    ("stock_locate", is(m.stock_locate)),
                    ("tracking_number", is(m.tracking_number)),
                    ("timestamp", is(m.timestamp)),
                    ("order_ref", is(m.order_ref)),
                    ("executed_shares", is(m.executed_shares)),
                    ("match_number", is(m.match_number)),
                ],
            );
        }
        ItchMessage::OrderDelete(m) => {
            assert_eq!(tag.show, "68");
            check_fields(
                union.child(&format!("{a}.order_delete")),
                a,
                "order_delete",
                OrderDelete::SCHEMA,
                vec![
                    ("stock_locate", is(m.stock_locate)),
                    ("tracking_number", is(m.tracking_number)),
                    ("timestamp", is(m.timestamp)),
                    ("order_ref", is(m.order_ref)),
                ],
            );
        }
        ItchMessage::Heartbeat => {
            assert_eq!(tag.show, "72");
            assert_eq!(union.names(), [format!("{a}.itch_message.tag")]);
        }
        ItchMessage::Unknown(tag_value, rest) => {
            assert_eq!(tag.show, tag_value.to_string());
            assert_eq!(union.child(&format!("{a}.unparsed")).show, colon_hex(rest));
        }
    }
}

fn check_point(n: &Node, a: &str, p: &Point) {
    check_fields(
        n,
        a,
        "point",
        Point::SCHEMA,
        vec![("x", is(p.x)), ("y", is(p.y))],
    );
}

fn check_device(n: &Node, a: &'static str, m: &Device) {
    let (origin, samples, modes) = (m.origin, m.samples, m.modes);
    check_fields(
        n,
        a,
        "device",
        Device::SCHEMA,
        vec![
            ("magic", is(colon_hex(&m.magic))),
            ("marker", is(m.marker)),
            ("enabled", is(u8::from(m.enabled))),
            ("channel", is(m.channel)),
            ("gain", is(m.gain)),
            ("offset", is(m.offset)),
            ("delta", is(m.delta)),
            ("counter", is(m.counter)),
            ("temperature", Check::Float(m.temperature.into())),
            ("pressure", Check::Float(m.pressure)),
            ("serial", is(m.serial)),
            ("balance", is(m.balance)),
            ("network_order", is(m.network_order)),
            ("mode", is(m.mode as u16)),
            ("origin", node(move |n| check_point(n, a, &origin))),
            (
                "samples",
                node(move |n| {
                    let shown: Vec<String> =
                        items(n, a, None).iter().map(|i| i.show.clone()).collect();
                    assert_eq!(shown, samples.map(|s| s.to_string()));
                }),
            ),
            (
                "modes",
                node(move |n| {
                    let shown: Vec<String> =
                        items(n, a, None).iter().map(|i| i.show.clone()).collect();
                    assert_eq!(shown, modes.map(|m| (m as u16).to_string()));
                }),
            ),
            ("flag", is(u8::from(m.flag))),
            ("small", is(m.small)),
        ],
    );
}

fn check_quote(n: &Node, a: &str, m: &Quote, exact: [&'static str; 3]) {
    check_fields(
        n,
        a,
        "quote",
        Quote::SCHEMA,
        vec![
            ("price", Check::Decimal(m.price, exact[0])),
            ("size", Check::Decimal(m.size, exact[1])),
            ("change", Check::Decimal(m.change.into(), exact[2])),
        ],
    );
}

const QUOTE_DECIMALS: [&str; 3] = [
    "(123.4567, 1234567 x 10^-4)",
    "(10.50, 1050 x 10^-2)",
    "(-1.234, -1234 x 10^-3)",
];

fn check_level(n: &Node, a: &str, l: &Level) {
    check_fields(
        n,
        a,
        "level",
        Level::SCHEMA,
        vec![("price", is(l.price)), ("qty", is(l.qty))],
    );
}

fn check_snapshot(n: &Node, a: &'static str, m: &Snapshot<'static>) {
    let m = m.clone();
    let (bids, counts, notes, best) = (m.bids.clone(), m.counts.clone(), m.notes.clone(), m.best);
    let string = |value: &str| {
        let value = value.to_owned();
        node(move |n| {
            assert_eq!(n.show, value);
            assert_eq!(n.child(&format!("{a}.len")).show, value.len().to_string());
        })
    };
    check_fields(
        n,
        a,
        "snapshot",
        Snapshot::SCHEMA,
        vec![
            ("stock", is(m.stock)),
            ("side", is(m.side as u8)),
            ("symbol", string(m.symbol)),
            ("blob", is(colon_hex(&m.blob))),
            ("raw", is(colon_hex(m.raw))),
            (
                "bids",
                node(move |n| {
                    let shown = items(n, a, Some(bids.len()));
                    assert_eq!(shown.len(), bids.len());
                    for (item, level) in shown.iter().zip(&bids) {
                        check_level(item, a, level);
                    }
                }),
            ),
            (
                "counts",
                node(move |n| {
                    let shown: Vec<String> = items(n, a, Some(counts.len()))
                        .iter()
                        .map(|i| i.show.clone())
                        .collect();
                    assert_eq!(shown, counts.iter().map(u32::to_string).collect::<Vec<_>>());
                }),
            ),
            (
                "notes",
                node(move |n| {
                    let shown = items(n, a, Some(notes.len()));
                    assert_eq!(shown.len(), notes.len());
                    for (item, note) in shown.iter().zip(&notes) {
                        check_fields(
                            item,
                            a,
                            "note",
                            Note::SCHEMA,
                            vec![("id", is(note.id)), ("text", is(&note.text))],
                        );
                    }
                }),
            ),
            ("title", string(&m.title)),
            ("sequence", is(m.sequence)),
            ("change", is(m.change)),
            ("adjustment", is(m.adjustment)),
            (
                "comment",
                match m.comment.clone() {
                    Some(text) => node(move |n| {
                        assert_eq!(n.show, text);
                        assert_eq!(n.child(&format!("{a}.present")).show, "1");
                    }),
                    None => Check::None,
                },
            ),
            (
                "best",
                match best {
                    Some(level) => node(move |n| {
                        check_level(n, a, &level);
                        assert_eq!(n.child(&format!("{a}.present")).show, "1");
                    }),
                    None => Check::None,
                },
            ),
        ],
    );
}

/// A `QuoteV3` as a reader shows it when the sender wrote `version`.
fn check_quote_v3(n: &Node, a: &'static str, version: u8, m: &QuoteV3) {
    let tags = m.tags.clone();
    let comment = m.comment.clone();
    let since = |v: u8, check: Check, default: &'static str| {
        if version >= v {
            check
        } else {
            Check::Absent(default)
        }
    };
    check_fields(
        n,
        a,
        "quote_v3",
        QuoteV3::SCHEMA,
        vec![
            ("bid", is(m.bid)),
            ("ask", is(m.ask)),
            ("lot", since(2, is(m.lot), "a reader uses 100")),
            ("flags", since(3, is(m.flags), "a reader uses -1")),
            ("venue", is(&m.venue)),
            (
                "trader",
                since(2, is(&m.trader), "a reader uses the type's default"),
            ),
            (
                "tags",
                since(
                    3,
                    node(move |n| {
                        let shown: Vec<String> = items(n, a, Some(tags.len()))
                            .iter()
                            .map(|i| i.show.clone())
                            .collect();
                        assert_eq!(shown, tags.iter().map(u16::to_string).collect::<Vec<_>>());
                    }),
                    "a reader uses the type's default",
                ),
            ),
            (
                "comment",
                since(
                    3,
                    node(move |n| assert_eq!(Some(n.show.clone()), comment)),
                    "a reader uses None",
                ),
            ),
        ],
    );
    let block = n.child(&format!("{a}.block_len")).show.clone();
    let expected_block = match version {
        1 => "8",
        2 => "10",
        _ => "11",
    };
    assert_eq!(
        block, expected_block,
        "block length of a version {version} quote"
    );
}

fn check_envelope(n: &Node, a: &'static str, m: &Envelope<'static>) {
    let union = n.child(&format!("{a}.envelope"));
    let tag = union.child(&format!("{a}.envelope.tag")).show.clone();
    match m {
        Envelope::Snapshot(s) => {
            assert_eq!(tag, "257");
            check_snapshot(union.child(&format!("{a}.snapshot")), a, s);
        }
        Envelope::Quote(q) => {
            assert_eq!(tag, "514");
            check_quote_v3(union.child(&format!("{a}.quote_v3")), a, 3, q);
        }
        Envelope::Device(d) => {
            assert_eq!(tag, "771");
            check_device(union.child(&format!("{a}.device")), a, d);
        }
    }
}

fn check_command(n: &Node, a: &str, m: &Command) {
    let union = n.child(&format!("{a}.command"));
    let tag = union.child(&format!("{a}.command.tag")).show.clone();
    match m {
        Command::Ping => {
            assert_eq!(tag, "1");
            assert_eq!(union.children.len(), 1);
        }
        Command::Move(p) => {
            assert_eq!(tag, "300");
            check_point(union.child(&format!("{a}.point")), a, p);
        }
        Command::Price(q) => {
            assert_eq!(tag, "70000");
            check_quote(union.child(&format!("{a}.quote")), a, q, QUOTE_DECIMALS);
        }
    }
}

/// An open enum's item: its wire value, with the variant's name when the enum names it,
/// else marked as kept by the `other` variant; never flagged.
fn open_enum(value: u64, name: Option<&'static str>, other: &'static str) -> Check {
    node(move |n| check_open_enum(n, value, name, other))
}

fn check_open_enum(n: &Node, value: u64, name: Option<&str>, other: &str) {
    assert_eq!(n.show, value.to_string(), "{}", n.showname);
    let kept = format!("(kept by {other})");
    match name {
        Some(name) => {
            assert!(
                n.showname.contains(&format!("{name} ({value})")),
                "{}",
                n.showname
            );
            assert!(!n.showname.contains(&kept), "{}", n.showname);
        }
        None => assert!(n.showname.ends_with(&kept), "{}", n.showname),
    }
}

fn side_item(side: OpenSide) -> (u64, Option<&'static str>) {
    match side {
        OpenSide::Buy => (b'B'.into(), Some("Buy")),
        OpenSide::Sell => (b'S'.into(), Some("Sell")),
        OpenSide::Unknown(v) => (v.into(), None),
    }
}

fn venue_item(venue: Venue) -> (u64, Option<&'static str>) {
    match venue {
        Venue::Nasdaq => (0x0101, Some("Nasdaq")),
        Venue::Nyse => (0x0202, Some("Nyse")),
        Venue::Other(v) => (v.into(), None),
    }
}

fn check_ticket(n: &Node, a: &'static str, m: &Ticket) {
    let (routes, history) = (m.routes, m.history.clone());
    let (side, venue) = (side_item(m.side), venue_item(m.venue));
    check_fields(
        n,
        a,
        "ticket",
        Ticket::SCHEMA,
        vec![
            ("id", is(m.id)),
            ("side", open_enum(side.0, side.1, "Unknown")),
            ("venue", open_enum(venue.0, venue.1, "Other")),
            (
                "routes",
                node(move |n| {
                    let shown = items(n, a, None);
                    assert_eq!(shown.len(), routes.len());
                    for (item, route) in shown.iter().zip(routes) {
                        let (value, name) = venue_item(route);
                        check_open_enum(item, value, name, "Other");
                    }
                }),
            ),
            (
                "history",
                node(move |n| {
                    let shown = items(n, a, Some(history.len()));
                    assert_eq!(shown.len(), history.len());
                    for (item, side) in shown.iter().zip(&history) {
                        let (value, name) = side_item(*side);
                        check_open_enum(item, value, name, "Unknown");
                    }
                }),
            ),
            (
                "fallback",
                match m.fallback {
                    Some(venue) => {
                        let (value, name) = venue_item(venue);
                        open_enum(value, name, "Other")
                    }
                    None => Check::None,
                },
            ),
        ],
    );
}

/// Checks one frame (`wire` protocol node) against what was sent.
fn check_frame(frame: &Node, sent: &Sent) {
    let a = "wire";
    let experts = frame.experts();
    assert_eq!(frame.child("wire.sync").show, "0xf5c5");
    assert_eq!(
        frame
            .child("wire.header_crc")
            .child("wire.header_crc.status")
            .show,
        "1",
        "header CRC-16 of {sent:?}"
    );
    assert_eq!(
        frame.child("wire.msg_type").show,
        sent.msg_type().to_string()
    );
    let expected_experts: &[&str] = match sent {
        Sent::BadMagicDevice(_) => &["wire.expert.bad_magic"],
        Sent::BadCrcQuote(_) => &["wire.expert.bad_crc"],
        Sent::MalformedSnapshot => &["wire.expert.malformed"],
        Sent::Unmapped => &["wire.expert.unknown_type"],
        Sent::Compressed if cfg!(feature = "compression") => &["wire.expert.compressed"],
        Sent::Itch(ItchMessage::Unknown(..)) => &["wire.expert.unknown_tag"],
        Sent::BadSideAddOrder => &["wire.expert.invalid_value"],
        _ => &[],
    };
    let kinds: Vec<&str> = experts.iter().map(|(kind, _)| kind.as_str()).collect();
    assert_eq!(
        kinds, expected_experts,
        "expert infos of {sent:?}: {experts:?}"
    );
    let crc_status = frame
        .child("wire.crc")
        .child("wire.crc.status")
        .show
        .clone();
    let expected_crc = if matches!(sent, Sent::BadCrcQuote(_)) {
        "0"
    } else {
        "1"
    };
    assert_eq!(crc_status, expected_crc, "CRC status of {sent:?}");
    match sent {
        Sent::Ipv4(m) => check_ipv4(frame.child("wire.ipv4_header"), a, m),
        Sent::Itch(m) => check_itch(frame, a, m),
        Sent::Device(m) => check_device(frame.child("wire.device"), a, m),
        Sent::BadMagicDevice(m) => {
            let mut shown = *m;
            shown.magic = *b"DX";
            check_device(frame.child("wire.device"), a, &shown);
            assert!(
                experts[0]
                    .1
                    .contains("magic: wrong magic at offset 0: 4458, expected 4456"),
                "{experts:?}"
            );
        }
        Sent::Quote(m) | Sent::BadCrcQuote(m) => {
            check_quote(frame.child("wire.quote"), a, m, QUOTE_DECIMALS)
        }
        Sent::Snapshot(m) => check_snapshot(frame.child("wire.snapshot"), a, m),
        Sent::MalformedSnapshot => {
            let message = &experts[0].1;
            assert!(
                message.contains("symbol: length 9 at offset 3 above its cap 8"),
                "{message}"
            );
            // The fields before the damage are still shown.
            assert_eq!(
                frame
                    .child("wire.snapshot")
                    .child("wire.snapshot.stock")
                    .show,
                "7"
            );
        }
        Sent::QuoteV3 { version, value } => {
            assert_eq!(frame.child("wire.version").show, version.to_string());
            check_quote_v3(frame.child("wire.quote_v3"), a, *version, value);
        }
        Sent::Envelope(m) => check_envelope(frame, a, m),
        Sent::Command(m) => check_command(frame, a, m),
        Sent::Ticket(m) => check_ticket(frame.child("wire.ticket"), a, m),
        Sent::BadSideAddOrder => {
            let message = &experts[0].1;
            assert!(
                message.contains("side: invalid discriminant 88 for Side"),
                "{message}"
            );
            let order = frame.child("wire.itch_message").child("wire.add_order");
            assert_eq!(order.child("wire.add_order.side").show, "88");
        }
        Sent::Unmapped => assert_eq!(frame.child("wire.payload").show, "01:02:03:04"),
        Sent::Compressed if cfg!(feature = "compression") => {
            assert_eq!(
                frame
                    .child("wire.flags")
                    .child("wire.flags.compressed")
                    .show,
                "1"
            );
            let uncompressed = sent.payload().len();
            assert_eq!(
                frame.child("wire.uncompressed_len").show,
                uncompressed.to_string()
            );
            assert!(frame.names().contains(&"wire.compressed"));
        }
        Sent::Compressed => check_snapshot(frame.child("wire.snapshot"), a, &{
            let mut long = snapshot();
            long.blob = vec![b'a'; 2000];
            long
        }),
    }
}

// ---------------------------------------------------------------------------------------
// The run.

/// A directory of the test's own: the tests run in parallel and each removes its directory
/// when it ends, so a shared one would vanish under the other test.
fn work_dir(test: &str) -> PathBuf {
    let base = option_env!("CARGO_TARGET_TMPDIR").map_or_else(std::env::temp_dir, PathBuf::from);
    let dir = base.join(format!(
        "wire-schema-wireshark-{}-{test}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn tshark(dir: &Path, scripts: &[&Path], capture: &Path) -> String {
    let version = Process::new("tshark").arg("--version").output();
    if version.is_err() {
        panic!(
            "tshark is not installed, and this test runs the generated dissector with it: \
             run `bash .ci/setup` (Debian/Ubuntu: installs the `tshark` package without questions)"
        );
    }
    let mut command = Process::new("tshark");
    // A private configuration directory: no personal preferences or plugins of whoever
    // runs the test change what tshark shows.
    command.env("HOME", dir).env("XDG_CONFIG_HOME", dir);
    for script in scripts {
        command
            .arg("-X")
            .arg(format!("lua_script:{}", script.display()));
    }
    let output = command
        .args(["-o", "tcp.desegment_tcp_streams:TRUE", "-T", "pdml", "-r"])
        .arg(capture)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "tshark failed: {stderr}");
    assert!(
        !stderr.contains("Lua: Error"),
        "the dissector did not load: {stderr}"
    );
    assert!(
        !stdout.contains("Lua Error") && !stdout.contains("_ws.lua.error"),
        "the dissector raised a Lua error:\n{}",
        stdout
            .lines()
            .filter(|l| l.contains("Lua"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    stdout
}

fn options() -> DissectorOptions {
    DissectorOptions::new("wire")
        .name("Wire")
        .tcp_port(TCP_PORT)
        .udp_port(UDP_PORT)
        .framing(Framing::WireHeader)
        .message_type(IPV4, Ipv4Header::SCHEMA)
        .message_type(ITCH, ItchMessage::SCHEMA)
        .message_type(DEVICE, Device::SCHEMA)
        .message_type(QUOTE, Quote::SCHEMA)
        .message_type(SNAPSHOT, Snapshot::SCHEMA)
        .message_type(QUOTE_V3, QuoteV3::SCHEMA)
        .message_type(ENVELOPE, Envelope::SCHEMA)
        .message_type(COMMAND, Command::SCHEMA)
        .message_type(TICKET, Ticket::SCHEMA)
        .message_type(IPV4_PACKET, Ipv4Packet::SCHEMA)
        .message_type(DNS, DnsMessage::SCHEMA)
        .message_type(TELEMETRY, Telemetry::SCHEMA)
        .message_type(CHECKED, Checked::SCHEMA)
        .message_type(SEALED, Sealed::SCHEMA)
        .message_type(PROBE, Probe::SCHEMA)
        .message_type(GUARDED, Guarded::SCHEMA)
}

#[test]
fn tshark_shows_every_field_of_every_message() {
    let dir = work_dir("messages");
    let script = dir.join("wire.lua");
    let dissector = lua::generate(&[], &options());
    std::fs::write(&script, &dissector).unwrap();
    // Kept for the linter CI runs on it (`luacheck`): the catalog has every field kind.
    let lint = Path::new(env!("CARGO_TARGET_TMPDIR")).join("schema_wireshark");
    std::fs::create_dir_all(&lint).expect("a directory under target");
    std::fs::write(lint.join("catalog.lua"), &dissector).expect("write the dissector");
    // A second protocol on another port: plain little-endian u32 length prefixes, every
    // payload a Quote.
    let lp_script = dir.join("wire_lp.lua");
    let lp_options = DissectorOptions::new("wirelp")
        .name("Wire LP")
        .tcp_port(LP_TCP_PORT)
        .framing(Framing::LenU32Le)
        .default_schema(Quote::SCHEMA);
    std::fs::write(&lp_script, lua::generate(&[], &lp_options)).unwrap();

    // What each TCP segment carries, in frames; the Device frame is split across two.
    let segments: Vec<Vec<Sent>> = vec![
        vec![
            Sent::Ipv4(ipv4()),
            Sent::Itch(ItchMessage::AddOrder(add_order())),
            Sent::Itch(ItchMessage::SystemEvent(system_event())),
            Sent::Itch(ItchMessage::Heartbeat),
            Sent::Itch(ItchMessage::Unknown(b'Z', &[1, 2, 3])),
        ],
        vec![Sent::Device(device()), Sent::Quote(quote())],
        vec![
            Sent::Snapshot(snapshot()),
            Sent::Snapshot(empty_snapshot()),
            Sent::QuoteV3 {
                version: 1,
                value: v3_read_of(1),
            },
            Sent::QuoteV3 {
                version: 2,
                value: v3_read_of(2),
            },
            Sent::QuoteV3 {
                version: 3,
                value: v3_read_of(3),
            },
        ],
        vec![
            Sent::Envelope(Envelope::Snapshot(snapshot())),
            Sent::Envelope(Envelope::Quote(quote_v3())),
            Sent::Envelope(Envelope::Device(device())),
            Sent::Command(Command::Ping),
            Sent::Command(Command::Move(Point { x: 1, y: -1 })),
            Sent::Command(Command::Price(quote())),
            Sent::Ticket(ticket()),
            Sent::Ticket(known_ticket()),
        ],
        vec![
            Sent::BadCrcQuote(quote()),
            Sent::BadMagicDevice(device()),
            Sent::MalformedSnapshot,
            Sent::BadSideAddOrder,
            Sent::Unmapped,
            Sent::Itch(ItchMessage::OrderDelete(order_delete())),
            Sent::Itch(ItchMessage::OrderExecuted(order_executed())),
            Sent::Compressed,
        ],
    ];
    let udp: Vec<Sent> = vec![
        Sent::Itch(ItchMessage::AddOrder(add_order())),
        Sent::Command(Command::Move(Point { x: -7, y: 8 })),
    ];

    let mut pcap = Pcap::new();
    let mut flow = TcpFlow::open(&mut pcap, 50000, TCP_PORT);
    let mut tcp_frames = Vec::new();
    for (i, segment) in segments.iter().enumerate() {
        let bytes: Vec<u8> = segment.iter().flat_map(Sent::frame).collect();
        if i == 1 {
            // Cut inside the Device frame: the dissector must ask TCP for the rest.
            let (first, second) = bytes.split_at(40);
            flow.send(&mut pcap, first);
            flow.send(&mut pcap, second);
        } else {
            flow.send(&mut pcap, &bytes);
        }
        tcp_frames.extend(segment.iter());
    }
    let datagram: Vec<u8> = udp.iter().flat_map(Sent::frame).collect();
    pcap.packet(&udp_datagram(50001, UDP_PORT, &datagram));
    // A damaged datagram: bytes that are no frame, a good frame, a frame whose length has
    // a flipped bit (+65 536: its header CRC-16 no longer matches), a good frame, then the
    // first bytes of a frame. Each is flagged; none stops the dissector.
    let mut damaged = b"garbage".to_vec();
    damaged.extend(Sent::Quote(quote()).frame());
    let mut bad_length = Sent::Quote(quote()).frame();
    bad_length[7] ^= 0x01;
    damaged.extend(&bad_length);
    damaged.extend(Sent::Quote(quote()).frame());
    damaged.extend(&Sent::Device(device()).frame()[..20]);
    pcap.packet(&udp_datagram(50001, UDP_PORT, &damaged));
    let damaged_packet = pcap.packets as usize - 1;

    let lp_quotes = [
        quote(),
        Quote {
            price: -0.0001,
            size: 0.0,
            change: 0.5,
        },
    ];
    let mut lp_stream = Vec::new();
    let mut lp_encoder = FrameEncoder::<LenU32Le>::new();
    for q in &lp_quotes {
        lp_encoder
            .append(FrameMeta::default(), &q.encode_to_vec(), &mut lp_stream)
            .unwrap();
    }
    let mut lp_flow = TcpFlow::open(&mut pcap, 50002, LP_TCP_PORT);
    lp_flow.send(&mut pcap, &lp_stream);

    let capture = dir.join("wire.pcap");
    std::fs::write(&capture, &pcap.bytes).unwrap();

    let pdml = tshark(&dir, &[&script, &lp_script], &capture);
    let packets = parse_pdml(&pdml);
    assert_eq!(
        packets.len(),
        pcap.packets as usize,
        "tshark read every packet"
    );

    // Every frame, in the order of the stream, wherever TCP put it.
    let frames: Vec<&Node> = packets
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != damaged_packet)
        .flat_map(|(_, p)| Node::children_named(p, "wire"))
        .collect();
    assert!(
        !frames.is_empty(),
        "no `wire` frame in tshark's output: the Lua script did not run (as root, tshark runs \
         Lua scripts only when its init.lua sets run_user_scripts_when_superuser = true)"
    );
    let expected: Vec<&Sent> = tcp_frames.into_iter().chain(udp.iter()).collect();
    assert_eq!(frames.len(), expected.len(), "frames found");
    for (frame, sent) in frames.iter().zip(&expected) {
        check_frame(frame, sent);
    }

    // The split frame: the segment with its first part shows no frame, the next one shows
    // the reassembled Device frame and the Quote after it.
    let device_packet = packets
        .iter()
        .position(|p| {
            Node::children_named(p, "wire")
                .iter()
                .any(|f| f.names().contains(&"wire.device"))
        })
        .unwrap();
    assert!(Node::children_named(&packets[device_packet - 1], "wire").is_empty());
    assert_eq!(
        Node::children_named(&packets[device_packet], "wire").len(),
        2
    );

    // The UDP datagram holds two frames.
    let udp_packet = packets
        .iter()
        .find(|p| p.children.iter().any(|c| c.name == "udp"))
        .unwrap();
    assert_eq!(Node::children_named(udp_packet, "wire").len(), 2);

    // The damaged datagram: skipped bytes, the quote, the damaged frame skipped whole (to
    // the next sync word, the next frame's), the quote after it, a truncated frame.
    let damaged_frames = Node::children_named(&packets[damaged_packet], "wire");
    assert_eq!(damaged_frames.len(), 5);
    assert_eq!(
        damaged_frames[0].child("wire.skipped").show,
        colon_hex(b"garbage")
    );
    let kinds: Vec<Vec<(String, String)>> = damaged_frames.iter().map(|f| f.experts()).collect();
    assert_eq!(kinds[0][0].0, "wire.expert.resync");
    assert_eq!(kinds[0][0].1, "7 byte(s) skipped: no sync word");
    check_frame(damaged_frames[1], &Sent::Quote(quote()));
    let carried = u16::from_be_bytes([bad_length[14], bad_length[15]]);
    let computed = wire::frame::crc16_ibm_3740(&bad_length[..14]);
    let why = format!(
        "bad header CRC-16: the header carries {carried:#06x}, its bytes give {computed:#06x}"
    );
    assert_eq!(
        kinds[2],
        [
            ("wire.expert.bad_header_crc".to_string(), why.clone()),
            (
                "wire.expert.resync".to_string(),
                format!("{} byte(s) skipped: {why}", bad_length.len())
            ),
        ]
    );
    let header_crc = damaged_frames[2].child("wire.header_crc");
    assert_eq!(header_crc.child("wire.header_crc.status").show, "0");
    assert_eq!(
        damaged_frames[2].child("wire.skipped").show,
        colon_hex(&bad_length)
    );
    check_frame(damaged_frames[3], &Sent::Quote(quote()));
    assert_eq!(kinds[4][0].0, "wire.expert.truncated");
    assert!(
        kinds[4][0].1.starts_with("truncated frame: 20 of "),
        "{:?}",
        kinds[4]
    );

    // The length-prefixed protocol.
    let lp_frames: Vec<&Node> = packets
        .iter()
        .flat_map(|p| Node::children_named(p, "wirelp"))
        .collect();
    assert_eq!(lp_frames.len(), lp_quotes.len());
    let lp_decimals = [
        QUOTE_DECIMALS,
        [
            "(-0.0001, -1 x 10^-4)",
            "(0.00, 0 x 10^-2)",
            "(0.500, 500 x 10^-3)",
        ],
    ];
    for ((frame, q), decimals) in lp_frames.iter().zip(&lp_quotes).zip(lp_decimals) {
        assert_eq!(
            frame.child("wirelp.frame_len").show,
            q.encode_to_vec().len().to_string()
        );
        assert!(frame.experts().is_empty(), "{:?}", frame.experts());
        check_quote(frame.child("wirelp.quote"), "wirelp", q, decimals);
    }

    std::fs::remove_dir_all(&dir).ok();
}

// ---------------------------------------------------------------------------------------
// Lengths from expressions, conditional fields and checksums, on derived types.

/// One frame of `msg_type` holding `payload`.
fn frame_of(msg_type: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    FrameEncoder::<WireHeader>::new()
        .with_checksum(true)
        .append(FrameMeta::new(msg_type), payload, &mut out)
        .unwrap();
    out
}

/// A checksum field's item: its value, `[correct]` and a good status.
fn checksum_correct(value: u32, width: usize) -> Check {
    node(move |n| {
        assert_eq!(n.show, format!("{value:#0w$x}", w = 2 + 2 * width));
        assert!(n.showname.ends_with(" [correct]"), "{}", n.showname);
        assert_eq!(n.child("wire.checksum.status").show, "1", "{}", n.showname);
    })
}

fn string_is(a: &'static str, value: &str) -> Check {
    let value = value.to_owned();
    node(move |n| {
        assert_eq!(n.show, value);
        assert_eq!(n.child(&format!("{a}.len")).show, value.len().to_string());
    })
}

fn check_router_alert(n: &Node, a: &str, m: &RouterAlert) {
    check_fields(
        n,
        a,
        "router_alert",
        RouterAlert::SCHEMA,
        vec![("len", is(m.len)), ("value", is(m.value))],
    );
}

/// A union value shown under `n`: its tag, and its variant's fields.
fn check_ipv4_option(n: &Node, a: &str, m: &Ipv4Option) {
    let tag = n.child(&format!("{a}.ipv4_option.tag"));
    let (id, name) = match m {
        Ipv4Option::End => (0, "End"),
        Ipv4Option::Nop => (1, "Nop"),
        Ipv4Option::RouterAlert(_) => (0x94, "RouterAlert"),
    };
    assert_eq!(tag.show, id.to_string());
    assert_eq!(tag.showname, format!("tag: {name} ({id})"));
    match m {
        Ipv4Option::RouterAlert(r) => check_router_alert(n.child("wire.router_alert"), a, r),
        _ => assert!(!n.names().contains(&"wire.router_alert")),
    }
}

fn check_note(n: &Node, a: &'static str, m: &Note) {
    check_fields(
        n,
        a,
        "note",
        Note::SCHEMA,
        vec![("id", is(m.id)), ("text", string_is(a, &m.text))],
    );
}

/// The list under `n`: its computed length or count (`len_kind` `len` or `count`, with
/// the expression), and each element.
fn list<T: Clone + 'static>(
    a: &'static str,
    len_kind: &'static str,
    len: usize,
    expr: &'static str,
    elements: &[T],
    check: fn(&Node, &'static str, &T),
) -> Check {
    let elements = elements.to_vec();
    node(move |n| {
        let len_item = n.child(&format!("{a}.{len_kind}"));
        assert_eq!(len_item.show, len.to_string(), "{}", n.showname);
        assert!(
            len_item.showname.ends_with(&format!(" ({expr})")),
            "{}",
            len_item.showname
        );
        let shown = items(n, a, None);
        assert_eq!(shown.len(), elements.len(), "{}", n.showname);
        for (item, element) in shown.iter().zip(&elements) {
            check(item, a, element);
        }
    })
}

fn check_ipv4_packet(n: &Node, a: &'static str, m: &Ipv4Packet) {
    let options_len = usize::from(m.ihl) * 4 - 20;
    check_fields(
        n,
        a,
        "ipv4_packet",
        Ipv4Packet::SCHEMA,
        vec![
            ("version", is(m.version)),
            ("ihl", is(m.ihl)),
            ("tos", is(m.tos)),
            ("total_len", is(m.total_len)),
            ("identification", is(m.identification)),
            ("flags_fragment", is(m.flags_fragment)),
            ("ttl", is(m.ttl)),
            ("protocol", is(m.protocol)),
            ("checksum", checksum_correct(m.checksum.into(), 2)),
            ("src", is(colon_hex(&m.src))),
            ("dst", is(colon_hex(&m.dst))),
            (
                "options",
                list(
                    a,
                    "len",
                    options_len,
                    "ihl * 4 - 20",
                    &m.options,
                    check_ipv4_option,
                ),
            ),
            ("payload", is(colon_hex(&m.payload))),
        ],
    );
}

fn check_question(n: &Node, a: &'static str, m: &Question) {
    check_fields(
        n,
        a,
        "question",
        Question::SCHEMA,
        vec![
            ("qtype", is(m.qtype)),
            ("qclass", is(m.qclass)),
            ("name", string_is(a, &m.name)),
        ],
    );
}

fn check_record(n: &Node, a: &'static str, m: &Record) {
    check_fields(
        n,
        a,
        "record",
        Record::SCHEMA,
        vec![
            ("rtype", is(m.rtype)),
            ("class", is(m.class)),
            ("ttl", is(m.ttl)),
            ("name", string_is(a, &m.name)),
            ("data", is(colon_hex(&m.data))),
        ],
    );
}

fn check_dns(n: &Node, a: &'static str, m: &DnsMessage) {
    let count = |c: u16| usize::from(c);
    check_fields(
        n,
        a,
        "dns_message",
        DnsMessage::SCHEMA,
        vec![
            ("id", is(m.id)),
            ("flags", is(m.flags)),
            ("qdcount", is(m.qdcount)),
            ("ancount", is(m.ancount)),
            ("nscount", is(m.nscount)),
            ("arcount", is(m.arcount)),
            (
                "questions",
                list(
                    a,
                    "count",
                    count(m.qdcount),
                    "qdcount",
                    &m.questions,
                    check_question,
                ),
            ),
            (
                "answers",
                list(
                    a,
                    "count",
                    count(m.ancount),
                    "ancount",
                    &m.answers,
                    check_record,
                ),
            ),
            (
                "authority",
                list(
                    a,
                    "count",
                    count(m.nscount),
                    "nscount",
                    &m.authority,
                    check_record,
                ),
            ),
            (
                "additional",
                list(
                    a,
                    "count",
                    count(m.arcount),
                    "arcount",
                    &m.additional,
                    check_level,
                ),
            ),
        ],
    );
}

/// A conditional field that is present: its condition stated, then `check`.
fn conditional(cond: &'static str, check: Check) -> Check {
    node(move |n| {
        assert!(
            n.showname.contains(&format!("(present: {cond})")),
            "{}",
            n.showname
        );
        match &check {
            Check::Node(check) => check(n),
            Check::Is(value) => assert_eq!(&n.show, value),
            _ => unreachable!("a conditional field is checked by value or by node"),
        }
    })
}

/// A conditional field: present with its condition stated and `check`ed, or shown
/// absent with the condition that does not hold.
fn when<T: 'static>(cond: &'static str, value: Option<T>, check: fn(T) -> Check) -> Check {
    match value {
        Some(v) => conditional(cond, check(v)),
        None => Check::AbsentIf(cond),
    }
}

fn check_telemetry(n: &Node, a: &'static str, m: &Telemetry) {
    let (origin, option) = (m.origin.clone(), m.option);
    check_fields(
        n,
        a,
        "telemetry",
        Telemetry::SCHEMA,
        vec![
            ("has_position", is(u8::from(m.has_position))),
            ("has_note", is(u8::from(m.has_note))),
            ("kind", is(m.kind)),
            ("seq", is(m.seq)),
            (
                "position",
                when("has_position", m.position, |p| {
                    node(move |n| check_point(n, "wire", &p))
                }),
            ),
            ("level", when("kind >= 32 && seq % 2 == 0", m.level, is)),
            ("note", when("has_note", m.note.clone(), is)),
            (
                "detail",
                when("kind == 1 || kind == 33", m.detail.clone(), |d| {
                    node(move |n| check_note(n, "wire", &d))
                }),
            ),
            ("origin", node(move |n| check_note(n, a, &origin))),
            ("option", node(move |n| check_ipv4_option(n, a, &option))),
        ],
    );
}

fn check_checked(n: &Node, a: &'static str, m: &Checked) {
    check_fields(
        n,
        a,
        "checked",
        Checked::SCHEMA,
        vec![
            ("kind", is(m.kind)),
            ("seq", is(m.seq)),
            ("value", is(m.value)),
            ("range_crc", checksum_correct(m.range_crc.into(), 2)),
            ("seq_crc", checksum_correct(m.seq_crc.into(), 2)),
            ("message_crc", checksum_correct(m.message_crc, 4)),
            ("data", is(colon_hex(&m.data))),
        ],
    );
}

fn check_sealed(n: &Node, a: &'static str, m: &Sealed) {
    check_fields(
        n,
        a,
        "sealed",
        Sealed::SCHEMA,
        vec![
            ("id", is(m.id)),
            ("code", is(colon_hex(&m.code))),
            ("crc", checksum_correct(m.crc, 4)),
        ],
    );
}

fn check_probe(n: &Node, a: &'static str, m: &Probe) {
    check_fields(
        n,
        a,
        "probe",
        Probe::SCHEMA,
        vec![
            ("kind", is(m.kind)),
            ("sum", checksum_correct(m.sum.into(), 2)),
            ("data", is(colon_hex(&m.data))),
        ],
    );
}

fn check_guarded(n: &Node, a: &'static str, m: &Guarded) {
    check_fields(
        n,
        a,
        "guarded",
        Guarded::SCHEMA,
        vec![
            ("divisor", is(m.divisor)),
            ("extra", when("100 / divisor > 10", m.extra, is)),
        ],
    );
}

/// `packet` with its header checksum (RFC 1071, over the 20-byte block) made right.
fn with_header_checksum(mut packet: Vec<u8>) -> Vec<u8> {
    packet[10..12].fill(0);
    let sum = wire::checksum::internet(&packet[..20]);
    packet[10..12].copy_from_slice(&sum.to_be_bytes());
    packet
}

/// What a frame of the computed layouts holds, and what the dissector must say of it.
enum Computed {
    Ipv4Packet(Vec<u8>),
    Dns(Vec<u8>),
    Telemetry(Vec<u8>),
    Checked(Vec<u8>),
    Sealed(Vec<u8>),
    Probe(Vec<u8>),
    Guarded(Vec<u8>),
}

impl Computed {
    fn parts(&self) -> (u16, &'static str, &[u8]) {
        match self {
            Computed::Ipv4Packet(b) => (IPV4_PACKET, "Ipv4Packet", b),
            Computed::Dns(b) => (DNS, "DnsMessage", b),
            Computed::Telemetry(b) => (TELEMETRY, "Telemetry", b),
            Computed::Checked(b) => (CHECKED, "Checked", b),
            Computed::Sealed(b) => (SEALED, "Sealed", b),
            Computed::Probe(b) => (PROBE, "Probe", b),
            Computed::Guarded(b) => (GUARDED, "Guarded", b),
        }
    }

    /// Rust's verdict on the bytes: `Ok` and the values shown, or the decode error; and
    /// what `verify_checksum` says of them.
    fn check(&self, frame: &Node) {
        let (_, name, _) = self.parts();
        let a = "wire";
        assert_eq!(frame.showname, format!("Wire, {name}"), "the frame's label");
        let experts = frame.experts();
        let mismatch = self.mismatch();
        let decoded = self.decode_error();
        match (&decoded, &mismatch) {
            (None, None) => assert!(experts.is_empty(), "{name}: {experts:?}"),
            (_, Some((field, alg, expected, found, width, verified))) => {
                let d = 2 * width;
                let message = format!(
                    "{field}: {alg} checksum 0x{found:0d$x}, should be 0x{expected:0d$x}{}",
                    if *verified {
                        " (the decoder refuses the message)"
                    } else {
                        ""
                    }
                );
                // Every wrong checksum is flagged, the one Rust names among them; the
                // dissector says the decoder refuses the message exactly when it does.
                assert!(
                    experts
                        .iter()
                        .all(|(kind, _)| kind == "wire.expert.bad_checksum"),
                    "{name}: {experts:?}"
                );
                assert!(
                    experts.iter().any(|(_, text)| *text == message),
                    "{name}: {message:?} not in {experts:?}"
                );
                let refused = experts
                    .iter()
                    .any(|(_, text)| text.ends_with("(the decoder refuses the message)"));
                assert_eq!(decoded.is_some(), refused, "{name}: {decoded:?}");
                assert_eq!(decoded.is_some(), *verified, "{name}: {decoded:?}");
                let key = frame.children.last().unwrap();
                let item = key.child(&format!("{}.{field}", key.name));
                assert!(
                    item.showname
                        .ends_with(&format!("[incorrect, should be 0x{expected:0d$x}]")),
                    "{}",
                    item.showname
                );
                assert_eq!(item.child("wire.checksum.status").show, "0");
                return;
            }
            (Some(error), None) => {
                check_refused(name, error, &experts);
                return;
            }
        }
        match self {
            Computed::Ipv4Packet(b) => check_ipv4_packet(
                frame.child("wire.ipv4_packet"),
                a,
                &Ipv4Packet::decode(b).unwrap(),
            ),
            Computed::Dns(b) => check_dns(
                frame.child("wire.dns_message"),
                a,
                &DnsMessage::decode(b).unwrap(),
            ),
            Computed::Telemetry(b) => check_telemetry(
                frame.child("wire.telemetry"),
                a,
                &Telemetry::decode(b).unwrap(),
            ),
            Computed::Checked(b) => {
                check_checked(frame.child("wire.checked"), a, &Checked::decode(b).unwrap())
            }
            Computed::Sealed(b) => {
                check_sealed(frame.child("wire.sealed"), a, &Sealed::decode(b).unwrap())
            }
            Computed::Probe(b) => {
                check_probe(frame.child("wire.probe"), a, &Probe::decode(b).unwrap())
            }
            Computed::Guarded(b) => {
                check_guarded(frame.child("wire.guarded"), a, &Guarded::decode(b).unwrap())
            }
        }
    }

    fn decode_error(&self) -> Option<wire::DecodeError> {
        match self {
            Computed::Ipv4Packet(b) => Ipv4Packet::decode(b).err(),
            Computed::Dns(b) => DnsMessage::decode(b).err(),
            Computed::Telemetry(b) => Telemetry::decode(b).err(),
            Computed::Checked(b) => Checked::decode(b).err(),
            Computed::Sealed(b) => Sealed::decode(b).err(),
            Computed::Probe(b) => Probe::decode(b).err(),
            Computed::Guarded(b) => Guarded::decode(b).err(),
        }
    }

    /// The first checksum `verify_checksum` finds wrong: (field, algorithm, expected,
    /// found, width, verified on decode).
    fn mismatch(&self) -> Option<(&'static str, &'static str, u32, u32, usize, bool)> {
        let error = match self {
            Computed::Ipv4Packet(b) => Ipv4Packet::view(b).ok()?.verify_checksum(),
            Computed::Dns(_) | Computed::Telemetry(_) | Computed::Guarded(_) => return None,
            Computed::Checked(b) => match Checked::decode(b) {
                // `decode` checks the verified ones; `verify_checksum` the others too.
                Err(e @ wire::DecodeError::ChecksumMismatch { .. }) => Err(e),
                Err(_) => return None,
                Ok(_) => Checked::view(b).ok()?.verify_checksum(),
            },
            Computed::Sealed(b) => match Sealed::decode(b) {
                Err(e @ wire::DecodeError::ChecksumMismatch { .. }) => Err(e),
                _ => Ok(()),
            },
            Computed::Probe(b) => match Probe::decode(b) {
                Err(e @ wire::DecodeError::ChecksumMismatch { .. }) => Err(e),
                _ => Ok(()),
            },
        };
        let Err(wire::DecodeError::ChecksumMismatch {
            field,
            expected,
            found,
            ..
        }) = error
        else {
            return None;
        };
        let (_, name, _) = self.parts();
        let schema = match name {
            "Ipv4Packet" => Ipv4Packet::SCHEMA,
            "Checked" => Checked::SCHEMA,
            "Sealed" => Sealed::SCHEMA,
            _ => Probe::SCHEMA,
        };
        let Body::Struct(s) = &schema.body else {
            unreachable!()
        };
        let f = s.fields.iter().find(|f| f.name == field).unwrap();
        let c = f.checksum.unwrap();
        let width = match f.place {
            wire::schema::Place::Bytes { len, .. } => len,
            _ => unreachable!(),
        };
        Some((
            field,
            c.algorithm.name(),
            expected,
            found,
            width,
            c.verify_on_view,
        ))
    }
}

/// The expert info of a message Rust's decode refuses: trailing bytes counted, any other
/// error flagged malformed at Rust's offset, naming Rust's field (a truncated fixed block
/// is named by its type: the dissector says where it ends, not which field).
fn check_refused(name: &str, error: &wire::DecodeError, experts: &[(String, String)]) {
    use wire::DecodeError as E;
    assert_eq!(experts.len(), 1, "{name}: {experts:?}");
    let (kind, message) = (&experts[0].0, &experts[0].1);
    let context = format!("{name}: Rust says {error}, the dissector {message:?}");
    let (field, offset) = match *error {
        E::TrailingBytes { offset, count } => {
            assert_eq!(kind, "wire.expert.trailing", "{context}");
            assert_eq!(
                *message,
                format!("{count} byte(s) after the end of {name}"),
                "{context} (from offset {offset})"
            );
            return;
        }
        E::Truncated { offset, .. } => (None, offset),
        E::LengthExceedsMax { field, offset, .. }
        | E::InvalidLength { field, offset, .. }
        | E::InvalidExpression { field, offset }
        | E::InvalidUtf8 { field, offset }
        | E::UnknownTag { field, offset, .. } => (Some(field), offset),
        _ => panic!("{context}: not a case of this test"),
    };
    assert_eq!(kind, "wire.expert.malformed", "{context}");
    assert!(message.starts_with(&format!("{name}: ")), "{context}");
    assert!(message.contains(&format!("offset {offset}")), "{context}");
    if let Some(field) = field {
        assert!(message.contains(field), "{context}");
    }
}

#[test]
fn tshark_shows_computed_lengths_conditions_and_checksums_of_derived_types() {
    let dir = work_dir("computed");
    let script = dir.join("wire.lua");
    std::fs::write(&script, lua::generate(&[], &options())).unwrap();
    let with = |bytes: Vec<u8>, at: usize, xor: u8| {
        let mut b = bytes;
        b[at] ^= xor;
        b
    };
    let packet = computed::packet().encode_to_vec();
    let dns = computed::dns().encode_to_vec();
    let checked = computed::checked().encode_to_vec();
    let sealed = computed::sealed().encode_to_vec();
    let frames = vec![
        Computed::Ipv4Packet(packet.clone()),
        Computed::Ipv4Packet(
            Ipv4Packet {
                options: Vec::new(),
                ..computed::packet()
            }
            .encode_to_vec(),
        ),
        Computed::Dns(dns.clone()),
        Computed::Dns(computed::empty_dns().encode_to_vec()),
        Computed::Telemetry(computed::telemetry().encode_to_vec()),
        Computed::Telemetry(computed::bare_telemetry().encode_to_vec()),
        Computed::Checked(checked.clone()),
        Computed::Sealed(sealed.clone()),
        Computed::Probe(computed::probe(&[0xff, 0xfe, 0x01]).encode_to_vec()),
        Computed::Probe(computed::probe(&[0x12, 0x34]).encode_to_vec()),
        Computed::Probe(computed::probe(&[]).encode_to_vec()),
        // A little-endian conditional integer, present and absent.
        Computed::Guarded(vec![5, 0x02, 0x01]),
        Computed::Guarded(vec![50]),
        // Damaged: checksums shown incorrect (the verified ones refused by Rust), lengths
        // that make no sense flagged.
        Computed::Ipv4Packet(with(packet.clone(), 19, 1)),
        Computed::Ipv4Packet(with(packet.clone(), 0, 0x03)),
        // A Router Alert in the last byte of the options: it runs past them.
        Computed::Ipv4Packet({
            let mut nops = Ipv4Packet {
                options: vec![Ipv4Option::Nop; 4],
                ..computed::packet()
            }
            .encode_to_vec();
            nops[23] = 0x94;
            nops
        }),
        // The payload announced one byte shorter than sent, under a header checksum
        // that is right.
        Computed::Ipv4Packet(with_header_checksum(with(packet.clone(), 3, 0x01))),
        Computed::Dns(with(dns.clone(), 5, 0x08)),
        Computed::Checked(with(checked.clone(), 0, 1)),
        Computed::Checked(with(checked.clone(), 1, 1)),
        Computed::Checked(with(checked.clone(), 16, 1)),
        Computed::Sealed(with(sealed.clone(), 2, 0x40)),
        Computed::Probe(with(
            computed::probe(&[0xff, 0xfe, 0x01]).encode_to_vec(),
            6,
            1,
        )),
    ];
    let mut pcap = Pcap::new();
    let mut flow = TcpFlow::open(&mut pcap, 50010, TCP_PORT);
    for f in &frames {
        let (msg_type, _, payload) = f.parts();
        flow.send(&mut pcap, &frame_of(msg_type, payload));
    }
    let capture = dir.join("wire.pcap");
    std::fs::write(&capture, &pcap.bytes).unwrap();
    let pdml = tshark(&dir, &[&script], &capture);
    let packets = parse_pdml(&pdml);
    let shown: Vec<&Node> = packets
        .iter()
        .flat_map(|p| Node::children_named(p, "wire"))
        .collect();
    assert_eq!(shown.len(), frames.len(), "frames found");
    for (frame, sent) in shown.iter().zip(&frames) {
        sent.check(frame);
    }
    std::fs::remove_dir_all(&dir).ok();
}

mod computed {
    use super::*;

    pub fn packet() -> Ipv4Packet {
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
            options: vec![
                Ipv4Option::Nop,
                Ipv4Option::RouterAlert(RouterAlert { len: 4, value: 0 }),
                Ipv4Option::Nop,
                Ipv4Option::Nop,
                Ipv4Option::End,
            ],
            payload: vec![0xca, 0xfe, 0xba],
        }
    }

    pub fn dns() -> DnsMessage {
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
            additional: vec![Level { price: 5, qty: 6 }],
        }
    }

    pub fn telemetry() -> Telemetry {
        Telemetry {
            has_position: true,
            has_note: false,
            kind: 33,
            seq: 2,
            position: Some(Point { x: -1, y: 2 }),
            level: Some(0x0102),
            note: None,
            detail: Some(Note {
                id: 7,
                text: "d".into(),
            }),
            origin: Note {
                id: 8,
                text: "o".into(),
            },
            option: Ipv4Option::RouterAlert(RouterAlert { len: 4, value: 5 }),
        }
    }

    pub fn checked() -> Checked {
        Checked {
            kind: 1,
            seq: 0x0203,
            value: 0x0405_0607,
            range_crc: 0,
            seq_crc: 0,
            message_crc: 0,
            data: vec![9, 8, 7],
        }
    }

    pub fn sealed() -> Sealed {
        Sealed {
            id: 0x0102_0304,
            code: *b"abc",
            crc: 0,
        }
    }

    pub fn empty_dns() -> DnsMessage {
        DnsMessage {
            questions: Vec::new(),
            authority: Vec::new(),
            additional: Vec::new(),
            ..dns()
        }
    }

    /// Every conditional field absent.
    pub fn bare_telemetry() -> Telemetry {
        Telemetry {
            has_position: false,
            has_note: false,
            kind: 2,
            seq: 7,
            position: None,
            level: None,
            note: None,
            detail: None,
            option: Ipv4Option::End,
            ..telemetry()
        }
    }

    /// Odd lengths end in a byte RFC 1071 pads with zero.
    pub fn probe(data: &[u8]) -> Probe {
        Probe {
            kind: 3,
            sum: 0,
            data: data.to_vec(),
        }
    }
}
