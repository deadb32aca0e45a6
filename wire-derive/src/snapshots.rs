//! The code the derive generates for the examples of the public API (the IPv4 header,
//! ITCH's `AddOrder` and `Side`), formatted and compared with the files checked in under
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
