//! The Markdown and JSON renderings of the catalog's types, as reviewed snapshots
//! (`tests/snapshots/`), the IPv4 diagram against RFC 791 itself, and the JSON document
//! against the shape its documentation promises.
//!
//! A snapshot that differs fails the test; with `INSTA_UPDATE=always` it is rewritten
//! instead, to be read and committed by hand. insta never writes snapshots when `CI` is
//! set, so CI checks them.

#![cfg(feature = "schema")]

mod schema_catalog;

use std::collections::BTreeSet;

use schema_catalog::*;
use serde_json::Value;
use wire::schema::{json, markdown, Schema};

/// One type and every type it refers to, as one Markdown page: each type's section in the
/// order [`Schema::closure`] reaches them.
fn markdown_page(schema: &'static Schema) -> String {
    schema
        .closure()
        .into_iter()
        .map(markdown)
        .collect::<Vec<_>>()
        .join("\n")
}

macro_rules! snapshot_both {
    ($name:ident, $ty:ty) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(
                concat!(stringify!($name), "_markdown"),
                markdown_page(<$ty>::SCHEMA)
            );
            insta::assert_snapshot!(
                concat!(stringify!($name), "_json"),
                json::to_string_pretty(&[<$ty>::SCHEMA])
            );
        }
    };
}

snapshot_both!(ipv4_header, Ipv4Header);
snapshot_both!(add_order, AddOrder);
snapshot_both!(itch_message, ItchMessage);
snapshot_both!(device, Device);
snapshot_both!(snapshot, Snapshot);
snapshot_both!(quote_v3, QuoteV3);
snapshot_both!(ticket, Ticket);
snapshot_both!(ipv4_packet, Ipv4Packet);
snapshot_both!(dns_message, DnsMessage);
snapshot_both!(telemetry, Telemetry);
snapshot_both!(checked, Checked);
snapshot_both!(sealed, Sealed);
snapshot_both!(probe, Probe);

/// RFC 791 section 3.1, "Internet Header Format", figure 4 ("Example Internet Datagram
/// Header"), its first five rows: the header without options, as `Ipv4Header` is.
const RFC_791_HEADER: &str = "
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |Version|  IHL  |Type of Service|          Total Length         |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |         Identification        |Flags|      Fragment Offset    |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |  Time to Live |    Protocol   |         Header Checksum       |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                       Source Address                          |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                    Destination Address                        |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
";

/// The boxes of one diagram row: `(first bit, end bit, label)`. Each bit is two
/// characters wide, so a `|` at column `2 * b` is the boundary before bit `b`.
fn boxes(row: &str) -> Vec<(usize, usize, String)> {
    let bars: Vec<usize> = row.match_indices('|').map(|(i, _)| i).collect();
    bars.windows(2)
        .map(|w| (w[0] / 2, w[1] / 2, row[w[0] + 1..w[1]].trim().to_string()))
        .collect()
}

/// The diagram in a Markdown section: the lines of its first `text` block.
fn diagram_of(text: &str) -> Vec<String> {
    text.lines()
        .skip_while(|l| *l != "```text")
        .skip(1)
        .take_while(|l| *l != "```")
        .map(str::to_string)
        .collect()
}

#[test]
fn the_ipv4_diagram_is_rfc_791_field_for_field() {
    let rfc: Vec<&str> = RFC_791_HEADER
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| &l[3..])
        .collect();
    let ours = diagram_of(&markdown(Ipv4Header::SCHEMA));
    assert_eq!(ours.len(), rfc.len(), "{ours:#?}");

    // RFC 791's names for our fields. The one difference: RFC 2474 (section 3) replaced
    // the 8-bit Type of Service with DSCP (6 bits) and ECN (2 bits), and our header has
    // both, so RFC 791's box over bits 8..16 is two boxes here, split at bit 14.
    let rfc_name = |field: &str| match field {
        "version" => "Version",
        "ihl" => "IHL",
        "dscp" | "ecn" => "Type of Service",
        "total_len" => "Total Length",
        "identification" => "Identification",
        "flags" => "Flags",
        "fragment_offset" => "Fragment Offset",
        "ttl" => "Time to Live",
        "protocol" => "Protocol",
        "checksum" => "Header Checksum",
        "src" => "Source Address",
        "dst" => "Destination Address",
        other => panic!("a field RFC 791 does not have: {other}"),
    };

    for (row, (rfc_line, our_line)) in rfc.iter().zip(&ours).enumerate() {
        if !rfc_line.starts_with('|') {
            // The bit ruler and the borders are the same characters.
            assert_eq!(our_line.as_str(), *rfc_line, "line {row}");
            continue;
        }
        let rfc_boxes = boxes(rfc_line);
        let mut our_boxes = boxes(our_line);
        if rfc_line.contains("Type of Service") {
            let split: Vec<_> = our_boxes.iter().filter(|b| b.0 == 8 || b.0 == 14).collect();
            assert_eq!(
                split,
                [&(8, 14, "dscp".to_string()), &(14, 16, "ecn".to_string())],
                "RFC 2474's split of Type of Service"
            );
            // Merge them back into RFC 791's one box.
            let ecn = our_boxes.iter().position(|b| b.2 == "ecn").expect("ecn");
            our_boxes.remove(ecn);
            if let Some(dscp) = our_boxes.iter_mut().find(|b| b.2 == "dscp") {
                dscp.1 = 16;
            }
        }
        let ours_as_rfc: Vec<(usize, usize, String)> = our_boxes
            .into_iter()
            .map(|(from, to, name)| (from, to, rfc_name(&name).to_string()))
            .collect();
        assert_eq!(ours_as_rfc, rfc_boxes, "row {row}: {our_line}");
    }
}

#[test]
fn the_ipv4_json_places_are_rfc_791s() {
    let doc = json::to_json(&[Ipv4Header::SCHEMA]);
    let fields = &doc["types"][0]["fields"];
    // Flags: bits 48..51 of the header, the top 3 bits of the 16-bit word at byte 6.
    assert_eq!(fields[6]["name"], "flags");
    assert_eq!(
        fields[6]["place"],
        serde_json::json!({ "kind": "bits", "run_len": 2, "run_offset": 6, "shift": 13, "width": 3 })
    );
    assert_eq!(fields[11]["name"], "src");
    assert_eq!(
        fields[11]["place"],
        serde_json::json!({ "kind": "bytes", "len": 4, "offset": 12 })
    );
}

/// Every schema of the catalog, so the shape check below meets every kind.
fn catalog() -> Vec<&'static Schema> {
    vec![
        Ipv4Header::SCHEMA,
        ItchMessage::SCHEMA,
        Device::SCHEMA,
        Quote::SCHEMA,
        Snapshot::SCHEMA,
        QuoteV1::SCHEMA,
        QuoteV2::SCHEMA,
        QuoteV3::SCHEMA,
        Envelope::SCHEMA,
        Command::SCHEMA,
        Ticket::SCHEMA,
        Ipv4Packet::SCHEMA,
        DnsMessage::SCHEMA,
        Telemetry::SCHEMA,
        Checked::SCHEMA,
        Sealed::SCHEMA,
        Probe::SCHEMA,
        Guarded::SCHEMA,
    ]
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect()
}

fn set<'a>(keys: &[&'a str]) -> BTreeSet<&'a str> {
    keys.iter().copied().collect()
}

fn one_of(value: &Value, allowed: &[&str]) {
    let text = value
        .as_str()
        .unwrap_or_else(|| panic!("a string: {value}"));
    assert!(
        allowed.contains(&text),
        "{text:?} is not one of {allowed:?}"
    );
}

fn endian_or_null(value: &Value) {
    if !value.is_null() {
        one_of(value, &["big", "little"]);
    }
}

/// A `u64` that may exceed 2^53 - 1: a number up to it, a decimal string above it.
fn big_integer(value: &Value) {
    match value {
        Value::Number(n) => assert!(n.as_u64().is_some_and(|n| n < 1 << 53), "{n}"),
        Value::String(s) => assert!(s.parse::<u64>().is_ok_and(|n| n >= 1 << 53), "{s}"),
        other => panic!("an integer: {other}"),
    }
}

fn check_type(ty: &Value, names: &BTreeSet<&str>) {
    let kind = ty["kind"].as_str().unwrap_or_default();
    let expected = match kind {
        "uint" | "int" | "float" => set(&["kind", "bytes"]),
        "bool" => set(&["kind"]),
        "decimal" => set(&["kind", "float_bytes", "repr_bytes", "signed", "scale"]),
        "array" => set(&["kind", "elem", "elem_len", "len"]),
        "named" => set(&["kind", "name"]),
        "varint" => set(&["kind", "signed", "zigzag", "bytes"]),
        "bytes" | "str" => set(&["kind", "prefix", "length", "max_len"]),
        "list" => set(&["kind", "elem", "prefix", "length", "max_len"]),
        "option" => set(&["kind", "value"]),
        other => panic!("undocumented type kind {other:?}"),
    };
    assert_eq!(keys(ty), expected, "{ty}");
    if ty.get("prefix").is_some() {
        one_of(
            &ty["prefix"],
            &["u8", "u16", "u32", "varint", "count", "byte_len"],
        );
        big_integer(&ty["max_len"]);
        let length = &ty["length"];
        if !length.is_null() {
            assert_eq!(keys(length), set(&["kind", "expr", "text"]), "{length}");
            assert_eq!(length["kind"], ty["prefix"]);
        }
    }
    if kind == "named" {
        let name = ty["name"].as_str().unwrap_or_default();
        assert!(names.contains(name), "{name} is not in `types`");
    }
    for inner in ["elem", "value"] {
        if let Some(inner) = ty.get(inner) {
            check_type(inner, names);
        }
    }
}

fn check_field(field: &Value, names: &BTreeSet<&str>) {
    assert_eq!(
        keys(field),
        set(&[
            "name",
            "doc",
            "rust_type",
            "type",
            "place",
            "endian",
            "since",
            "magic",
            "default",
            "condition",
            "checksum"
        ]),
        "{field}"
    );
    let condition = &field["condition"];
    assert!(condition.is_null() || keys(condition) == set(&["expr", "text"]));
    let checksum = &field["checksum"];
    assert!(checksum.is_null() || keys(checksum) == set(&["algorithm", "bytes", "over", "verify"]));
    check_type(&field["type"], names);
    let place = &field["place"];
    let expected = match place["kind"].as_str().unwrap_or_default() {
        "bytes" => set(&["kind", "offset", "len"]),
        "bits" => set(&["kind", "run_offset", "run_len", "shift", "width"]),
        "variable" => set(&["kind", "index"]),
        other => panic!("undocumented place kind {other:?}"),
    };
    assert_eq!(keys(place), expected, "{place}");
    endian_or_null(&field["endian"]);
    assert!(field["since"].is_u64());
    if let Some(magic) = field["magic"].as_array() {
        assert!(magic.iter().all(|b| b.as_u64().is_some_and(|b| b <= 255)));
    } else {
        assert!(field["magic"].is_null());
    }
    match &field["default"] {
        Value::Null => {}
        default => match default["kind"].as_str() {
            Some("type_default") => assert_eq!(keys(default), set(&["kind"])),
            Some("expr") => {
                assert_eq!(keys(default), set(&["kind", "expr"]));
                assert!(default["expr"].is_string());
            }
            _ => panic!("undocumented default {default}"),
        },
    }
}

#[test]
fn the_json_round_trips_and_has_the_documented_keys() {
    let schemas = catalog();
    let text = json::to_string_pretty(&schemas);
    let doc: Value = serde_json::from_str(&text).expect("the output is JSON");
    assert_eq!(doc, json::to_json(&schemas));

    assert_eq!(
        keys(&doc),
        set(&["format", "format_version", "roots", "types"])
    );
    assert_eq!(doc["format"], "wire-schema");
    assert_eq!(doc["format_version"], json::FORMAT_VERSION);
    let roots: Vec<&str> = schemas.iter().map(|s| s.name).collect();
    assert_eq!(doc["roots"], serde_json::json!(roots));

    let types = doc["types"].as_array().expect("an array of types");
    let names: BTreeSet<&str> = types.iter().filter_map(|t| t["name"].as_str()).collect();
    assert_eq!(names.len(), types.len(), "each type once");
    let mut kinds = BTreeSet::new();
    let (mut open, mut closed) = (0, 0);
    for ty in types {
        let kind = ty["kind"].as_str().unwrap_or_default();
        kinds.insert(kind);
        assert!(ty["doc"].is_string());
        match kind {
            "struct" => {
                assert_eq!(
                    keys(ty),
                    set(&[
                        "name",
                        "doc",
                        "kind",
                        "endian",
                        "version",
                        "header_len",
                        "block_len",
                        "fixed_size",
                        "max_depth",
                        "fields"
                    ])
                );
                assert!(ty["max_depth"].is_u64());
                endian_or_null(&ty["endian"]);
                assert!(ty["version"].is_null() || ty["version"].is_u64());
                let header_len = ty["header_len"].as_u64();
                assert!(matches!(header_len, Some(0 | 2 | 6)), "{header_len:?}");
                assert!(ty["block_len"].is_u64() && ty["fixed_size"].is_boolean());
                for field in ty["fields"].as_array().expect("fields") {
                    check_field(field, &names);
                }
            }
            "enum" => {
                assert_eq!(
                    keys(ty),
                    set(&["name", "doc", "kind", "bytes", "values", "other"])
                );
                for value in ty["values"].as_array().expect("values") {
                    assert_eq!(keys(value), set(&["name", "doc", "value"]));
                    big_integer(&value["value"]);
                }
                match &ty["other"] {
                    Value::Null => closed += 1,
                    other => {
                        assert_eq!(keys(other), set(&["name", "doc"]));
                        assert!(other["name"].is_string() && other["doc"].is_string());
                        open += 1;
                    }
                }
            }
            "union" => {
                assert_eq!(
                    keys(ty),
                    set(&[
                        "name",
                        "doc",
                        "kind",
                        "tag",
                        "endian",
                        "max_depth",
                        "variants"
                    ])
                );
                assert!(ty["max_depth"].is_u64());
                one_of(&ty["tag"], &["u8", "u16", "varint"]);
                endian_or_null(&ty["endian"]);
                for variant in ty["variants"].as_array().expect("variants") {
                    assert_eq!(
                        keys(variant),
                        set(&["name", "doc", "id", "other", "payload"])
                    );
                    let other = variant["other"].as_bool().expect("a boolean");
                    assert_eq!(variant["id"].is_null(), other);
                    if !other {
                        big_integer(&variant["id"]);
                    }
                    if !variant["payload"].is_null() {
                        check_type(&variant["payload"], &names);
                    }
                }
            }
            other => panic!("undocumented kind {other:?}"),
        }
    }
    assert_eq!(kinds, set(&["struct", "enum", "union"]));
    assert!(open > 0 && closed > 0, "open {open}, closed {closed}");
}
