//! The code the derive generates for the examples of the public API (the IPv4 header,
//! ITCH's `AddOrder` and `Side`) and for each kind of union, variable-length and versioned
//! message, open enum and fixed field, formatted and compared with the files checked in under
//! `tests/snapshots/`, so that every change to generated code is seen in review.
//! `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites them.

use std::path::PathBuf;

/// The derive's expansion of `input`, formatted.
fn expand(input: &str) -> String {
    let input: syn::DeriveInput = syn::parse_str(input).expect("the snapshot input parses");
    let tokens = crate::derive(&input).expect("the snapshot input derives without errors");
    let file: syn::File = syn::parse2(tokens).expect("the expansion is a list of items");
    prettyplease::unparse(&file)
}

fn check(name: &str, input: &str) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "snapshots", name]
        .iter()
        .collect();
    let actual = format!(
        "// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p \
         wire-derive snapshot` rewrites this file.\n//\n{}\n{}",
        input
            .trim()
            .lines()
            .map(|line| format!("// {line}").trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n"),
        expand(input)
    );
    if std::env::var_os("WIRE_BLESS").is_some() {
        std::fs::write(&path, &actual).expect("the snapshot is writable");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "the expansion differs from {}; review the change and rerun with WIRE_BLESS=1:\n{}",
        path.display(),
        first_difference(&expected, &actual)
    );
}

/// The first line that differs, with its number, for a readable failure.
fn first_difference(expected: &str, actual: &str) -> String {
    let mut expected_lines = expected.lines();
    for (number, line) in actual.lines().enumerate() {
        match expected_lines.next() {
            Some(old) if old == line => continue,
            old => {
                return format!(
                    "line {}:\n  snapshot: {}\n  now:      {line}",
                    number + 1,
                    old.unwrap_or("<end of file>")
                )
            }
        }
    }
    "the snapshot is longer than the expansion".into()
}

#[test]
fn snapshot_ipv4_header() {
    check(
        "ipv4.rs",
        r#"
#[wire(endian = "big", size = 20)]
pub struct Ipv4Header {
    #[wire(bits = 4)] pub version: u8,
    #[wire(bits = 4)] pub ihl: u8,
    #[wire(bits = 6)] pub dscp: u8,
    #[wire(bits = 2)] pub ecn: u8,
    pub total_len: u16,
    pub identification: u16,
    #[wire(bits = 3)] pub flags: u8,
    #[wire(bits = 13)] pub fragment_offset: u16,
    pub ttl: u8,
    pub protocol: u8,
    pub checksum: u16,
    #[wire(offset = 12)] pub src: [u8; 4],
    pub dst: [u8; 4],
}
"#,
    );
}

#[test]
fn snapshot_add_order() {
    check(
        "add_order.rs",
        r#"
#[wire(endian = "big", size = 35)]
pub struct AddOrder {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)] pub timestamp: u64,
    pub order_ref: u64,
    pub side: Side,
    pub shares: u32,
    pub stock: [u8; 8],
    #[wire(offset = 31)] pub price: u32,
}
"#,
    );
}

#[test]
fn snapshot_side() {
    check(
        "side.rs",
        r#"
#[repr(u8)]
pub enum Side { Buy = b'B', Sell = b'S' }
"#,
    );
}

#[test]
fn snapshot_union_u8() {
    check(
        "union_u8.rs",
        r#"
#[wire(tag = "u8", endian = "big")]
pub enum Itch<'a> {
    #[wire(id = b'S')] SystemEvent(SystemEvent),
    #[wire(id = b'V')] Variable(Variable<'a>),
    #[wire(id = 0)] Heartbeat,
    #[wire(other)] Other(u8, &'a [u8]),
}
"#,
    );
}

#[test]
fn snapshot_union_header() {
    check(
        "union_header.rs",
        r#"
#[wire(tag = "header")]
pub enum Framed<'a> {
    #[wire(id = 0x0146)] Fixed(Fixed),
    #[wire(id = 2)] Variable(Variable<'a>),
    #[wire(id = 3)] Heartbeat,
    #[wire(other)] Unknown(u16, &'a [u8]),
}
"#,
    );
}

#[test]
fn snapshot_union_u16_owned() {
    check(
        "union_u16_owned.rs",
        r#"
#[wire(tag = "u16", endian = "little")]
pub enum Control {
    #[wire(id = 0x0101)] Delete(OrderDelete),
    #[wire(id = 0xffff)] Ping,
    #[wire(other)] Other(u16, Vec<u8>),
}
"#,
    );
}

#[test]
fn snapshot_union_varint_closed() {
    check(
        "union_varint_closed.rs",
        r#"
#[wire(tag = "varint")]
pub enum Event {
    #[wire(id = 1)] Delete(OrderDelete),
    #[wire(id = 300)] Note(Note),
    #[wire(id = 0)] Ping,
}
"#,
    );
}

#[test]
fn snapshot_var_message() {
    check(
        "var_message.rs",
        r#"
#[wire(endian = "big")]
pub struct Record<'a> {
    pub id: u32,
    #[wire(bits = 3)] pub kind: u8,
    #[wire(bits = 5)] pub level: u8,
    #[wire(len = "u16", max_len = 300)] pub name: String,
    #[wire(len = "u8", max_len = 16)] pub note: &'a str,
    #[wire(len = "u16")] pub payload: &'a [u8],
    #[wire(len = "varint")] pub blob: Vec<u8>,
    #[wire(len = "u32")] pub levels: Vec<Level>,
    pub best: Option<Level>,
    #[wire(len = "u8")] pub label: Option<String>,
    #[wire(varint)] pub seq: u64,
    #[wire(varint, zigzag)] pub delta: i64,
    #[wire(varint)] pub signed: i32,
}
"#,
    );
}

#[test]
fn snapshot_computed_lengths() {
    check(
        "computed_lengths.rs",
        r#"
#[wire(endian = "big")]
pub struct Options<'a> {
    #[wire(bits = 4)] pub words: u8,
    #[wire(bits = 4)] pub flags: u8,
    pub count: u16,
    #[wire(byte_len = "words * 4 - 4", max_len = 60)] pub options: &'a [u8],
    #[wire(count = "count")] pub items: Vec<u16>,
    #[wire(byte_len = "count * 2")] pub echo: Vec<u16>,
    #[wire(if = "flags & 1 != 0")] pub extra: Option<u32>,
    #[wire(variable)] pub name: Name,
}
"#,
    );
}

#[test]
fn snapshot_versioned_message() {
    check(
        "versioned_message.rs",
        r#"
#[wire(endian = "big", version = 3)]
pub struct Quote {
    pub bid: u32,
    pub ask: u32,
    #[wire(since = 2, default = 100)] pub lot: u16,
    #[wire(since = 3, default = -1)] pub flags: i8,
    #[wire(len = "u8")] pub venue: String,
    #[wire(since = 2, len = "u16", max_len = 64, default)] pub trader: String,
    #[wire(since = 2, varint, default)] pub seq: u64,
    #[wire(since = 3, len = "u8", default)] pub tags: Vec<u16>,
    #[wire(since = 3, len = "u8")] pub comment: Option<String>,
}
"#,
    );
}

#[test]
fn snapshot_versioned_fixed_only() {
    check(
        "versioned_fixed_only.rs",
        r#"
#[wire(endian = "little", version = 2)]
pub struct Tick {
    pub price: u32,
    #[wire(since = 2, default)] pub qty: u16,
}
"#,
    );
}

#[test]
fn snapshot_open_enum() {
    check(
        "open_enum.rs",
        r#"
#[repr(u8)]
pub enum Side {
    Buy = b'B',
    Sell = b'S',
    #[wire(other)]
    Unknown(u8),
}
"#,
    );
}

#[test]
fn snapshot_open_enum_u16() {
    check(
        "open_enum_u16.rs",
        r#"
#[repr(u16)]
#[wire(endian = "little")]
pub enum Status {
    Ok = 0,
    Busy = 0x0101,
    #[wire(other)]
    Unknown(u16),
}
"#,
    );
}

#[test]
fn snapshot_fixed_kinds() {
    check(
        "fixed_kinds.rs",
        r#"
#[wire(endian = "little")]
pub struct Hello {
    #[wire(magic = b"WIRE")] pub magic: [u8; 4],
    #[wire(magic = 0xA55A)] pub sync: u16,
    #[wire(fixed(scale = 4, repr = "i64"))] pub price: f64,
    #[wire(bits = 1)] pub flag: bool,
    #[wire(bits = 3)] pub small: i8,
    #[wire(bits = 4)] pub nibble: u8,
    #[wire(bytes = 3)] pub signed24: i32,
    pub side: Side,
    pub inner: Inner,
    pub tail: u64,
    pub last: u8,
}
"#,
    );
}

#[test]
fn snapshot_crate_path() {
    let input: syn::DeriveInput = syn::parse_str(
        r#"#[wire(crate = "::my_wire", endian = "big")] pub struct Tick { pub price: u32 }"#,
    )
    .expect("parses");
    let expansion = crate::derive(&input).expect("derives").to_string();
    assert!(expansion.contains(":: my_wire :: __private"));
    assert!(
        !expansion.contains(":: wire ::"),
        "every path goes through the given crate"
    );
}

#[test]
fn snapshot_checksum_fixed() {
    check(
        "checksum_fixed.rs",
        r#"
#[wire(endian = "big")]
pub struct Sealed {
    pub seq: u32,
    pub body: [u8; 8],
    #[wire(checksum = "crc16-kermit", over = "seq..=body", endian = "little")] pub body_crc: u16,
    #[wire(checksum = "crc32c", verify)] pub crc: u32,
}
"#,
    );
}

#[test]
fn snapshot_checksum_message() {
    check(
        "checksum_message.rs",
        r#"
#[wire(endian = "big")]
pub struct Note<'a> {
    pub id: u16,
    #[wire(checksum = "internet", over = "block", verify)] pub sum: u16,
    #[wire(len = "u8")] pub text: &'a str,
}
"#,
    );
}

#[test]
fn snapshot_checksum_variable_range() {
    check(
        "checksum_variable_range.rs",
        r#"
#[wire(endian = "big")]
pub struct Datagram<'a> {
    #[wire(bits = 4)] pub version: u8,
    #[wire(bits = 4)] pub ihl: u8,
    pub total_length: u16,
    #[wire(checksum = "crc32", over = "label..=payload")] pub crc: u32,
    #[wire(checksum = "internet", over = "version..=options", verify)] pub checksum: u16,
    #[wire(byte_len = "ihl * 4 - 8")] pub options: &'a [u8],
    #[wire(if = "version", len = "u8")] pub label: Option<&'a str>,
    #[wire(byte_len = "total_length - ihl * 4")] pub payload: &'a [u8],
}
"#,
    );
}
