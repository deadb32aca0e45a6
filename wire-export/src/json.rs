//! JSON: the schemas as data, for programs that are not written in Rust (code generators,
//! dissectors, documentation sites).
//!
//! [`to_json`] takes the types you name and adds every type they refer to, each once;
//! nested types are referenced by name, so the document has no cycles and no copies.
//! The document describes the same model as [`Schema`]; the meaning of each value (how a
//! bit field is extracted, what a version header holds) is documented there.
//!
//! # Shape
//!
//! Integers are JSON numbers, except the `u64` values that may be larger than
//! 2^53 - 1 (the largest integer every JSON reader keeps exactly, a JavaScript `Number`'s
//! limit): an enum value, a union tag and a `max_len` are numbers up to 2^53 - 1 and
//! decimal strings above it (`"18446744073709551615"`). Every key below is always present;
//! a value that does not apply is `null`. Objects are written with their keys in
//! alphabetical order.
//!
//! The document:
//!
//! | key | type | value |
//! |---|---|---|
//! | `format` | string | always `"wire-schema"` |
//! | `format_version` | number | [`FORMAT_VERSION`], raised on any change that breaks a reader of an earlier document; a key may be added without it (a reader that ignores it reads an open enum as closed: stricter, never wrong) |
//! | `roots` | array of strings | the names of the types asked for, in the order given |
//! | `types` | array of *type* | every type asked for and every type they reach, each once (by name), in the order they are first reached |
//!
//! A *type* has `name` (string: the Rust type's name, without lifetimes; when another type
//! of the document has the same name, qualified by its module path as far as tells them
//! apart, such as `orders::Quote`), `doc` (string,
//! empty when the type has none) and `kind`: `"struct" | "enum" | "union"`, and then:
//!
//! | kind | key | type | value |
//! |---|---|---|---|
//! | `"struct"` | `endian` | `"big" \| "little" \| null` | the container's byte order (`null`: no field needs one) |
//! | | `version` | number or `null` | `version = N`; `null` for an unversioned struct |
//! | | `header_len` | number | the bytes before the block: 0 unversioned; 2 (`block_len`, `u16`) versioned; 6 (`block_len` `u16`, then `var_len` `u32`, the variable fields' total length) versioned with variable fields; both in `endian` |
//! | | `block_len` | number | the size of the fixed block in bytes |
//! | | `fixed_size` | boolean | whether the encoding is exactly the block |
//! | | `fields` | array of *field* | in declaration order: the block's, then the variable ones |
//! | | `max_depth` | number | how many levels of nested variable-length messages and unions a reader accepts below this one (`#[wire(max_depth = N)]`, 100 by default); deeper input is `DepthExceeded` |
//! | `"enum"` | `bytes` | number | the width of the discriminant in bytes (1, 2, 4 or 8), in the byte order of the field that holds it |
//! | | `values` | array of `{doc, name, value}` | every value a variant names: `doc` string, `name` string, `value` number or string; any other is a decode error unless `other` keeps it |
//! | | `other` | `{doc, name}` or `null` | an open enum's `other` variant (`Unknown(u8)`), which keeps any value not in `values` and encodes it back unchanged: `doc` string, `name` string; `null` for a closed enum |
//! | `"union"` | `tag` | `"u8" \| "u16" \| "varint" \| "header"` | the tag's encoding; `"header"`: no tag in the payload, the frame header's 16-bit message type selects the variant (`#[wire(tag = "header")]`) |
//! | | `endian` | `"big" \| "little" \| null` | the byte order of a `u16` tag and of payloads that are plain integers |
//! | | `max_depth` | number | as for a struct |
//! | | `variants` | array of *variant* | in declaration order |
//!
//! A *field*:
//!
//! | key | type | value |
//! |---|---|---|
//! | `name` | string | the field's name |
//! | `doc` | string | its doc comment, empty when it has none |
//! | `rust_type` | string | its Rust type as written (`"[u8; 4]"`, `"Vec<Level>"`) |
//! | `type` | *wire type* | what its bytes hold |
//! | `place` | *place* | where it lies |
//! | `endian` | `"big" \| "little" \| null` | the byte order of its value; `null` for one byte, and for a nested struct or union (or an array of them), which brings its own (its `endian`) |
//! | `since` | number | the version that added it (1 in an unversioned struct) |
//! | `magic` | array of numbers or `null` | the bytes it must hold, in wire order, each 0 to 255 |
//! | `default` | `null` or `{"kind": "type_default"}` or `{"kind": "expr", "expr": string}` | what a reader gives it when the sender's version did not have it: `Default::default()` (`None` for an option), or a Rust expression as written |
//! | `condition` | `null` or `{"expr": `*expression*`, "text": string}` | `#[wire(if = "…")]`: the field is on the wire only when the expression over earlier fields is not zero, with no presence byte (`type` is the value's); `text` is the expression in Rust syntax |
//! | `checksum` | `null` or *checksum* | `#[wire(checksum = "…")]`: the field holds a checksum of a range of the message |
//!
//! A *place* is an object with `kind`:
//!
//! | kind | other keys | meaning |
//! |---|---|---|
//! | `"bytes"` | `offset`, `len` (numbers) | `len` bytes at `offset` from the start of the block |
//! | `"bits"` | `run_offset`, `run_len`, `shift`, `width` (numbers) | `(run >> shift) & (2^width - 1)`, where `run` is the `run_len` bytes at `run_offset` read as one unsigned integer in the field's `endian` |
//! | `"variable"` | `index` (number) | the `index`-th variable field (from 0) after the block |
//!
//! A *wire type* is an object with `kind`:
//!
//! | kind | other keys | meaning |
//! |---|---|---|
//! | `"uint"` | `bytes` | an unsigned integer; `bytes` is the Rust type's width (the wire width is the place's) |
//! | `"int"` | `bytes` | a two's complement signed integer, sign-extended from the wire width |
//! | `"float"` | `bytes` | IEEE 754 binary32 (4) or binary64 (8) |
//! | `"bool"` | | one byte, 0 or 1 (one bit in a bit field) |
//! | `"decimal"` | `float_bytes`, `repr_bytes` (numbers), `signed` (boolean), `scale` (number) | a float stored as an integer count of 10^-`scale` |
//! | `"array"` | `elem` (*wire type*), `elem_len`, `len` (numbers) | `len` elements of `elem_len` bytes |
//! | `"named"` | `name` (string) | the type of that `name` in `types` |
//! | `"varint"` | `signed`, `zigzag` (booleans), `bytes` (number) | a LEB128 varint; signed: ZigZag-mapped when `zigzag`, else two's complement in 64 bits; `bytes`: the Rust type's width |
//! | `"bytes"` | `prefix`, `length`, `max_len` | a length prefix (a byte count), then the bytes |
//! | `"str"` | `prefix`, `length`, `max_len` | the same, holding UTF-8 |
//! | `"list"` | `elem` (*wire type*), `prefix`, `length`, `max_len` | a count prefix, then the elements, each encoded as alone (integers in the message's byte order) |
//! | `"option"` | `value` (*wire type*) | a presence byte (0 or 1), then the value when it is 1 (an integer in the message's byte order) |
//!
//! where `prefix` is `"u8" | "u16" | "u32" | "varint" | "count" | "byte_len"` (`u16` and
//! `u32` in the message's byte order), `max_len` the cap on the length (a number, or a
//! string above 2^53 - 1), and `length` is `null` for a prefix on the wire, else (for
//! `"count"` and `"byte_len"`, which write no prefix) `{"kind": "count" | "byte_len",
//! "expr": `*expression*`, "text": string}`: with `"count"`, the expression over earlier
//! fields is the length (in bytes for bytes and strings, in elements for a list); with
//! `"byte_len"`, the field takes exactly that many bytes, and a list reads elements until
//! they are used up. A reader refuses a negative length (`InvalidLength`), one above
//! `max_len` and one the input cannot hold. A writer writes the length back to the field
//! the expression reads (`ihl` of `ihl * 4 - 20`).
//!
//! An *expression* (over earlier integer and bool fields of the same struct, evaluated
//! over signed integers as Rust evaluates `i128`: `/` and `%` truncate toward zero,
//! comparisons, `!`, `&&` and `||` give 1 or 0 and short-circuit; an overflow, a division
//! by zero or a shift by 128 or more makes the input invalid) is an object with `kind`:
//!
//! | kind | other keys | meaning |
//! |---|---|---|
//! | `"field"` | `name` (string) | the value of that field (a bool as 0 or 1) |
//! | `"int"` | `value` (number, or a decimal string beyond ±(2^53 - 1)) | a literal |
//! | `"unary"` | `op` (`"-" \| "!"`), `operand` (*expression*) | negation; `!`: 1 when the operand is 0, else 0 |
//! | `"binary"` | `op` (Rust's symbol: `"+"`, `"-"`, `"*"`, `"/"`, `"%"`, `"&"`, `"\|"`, `"^"`, `"<<"`, `">>"`, `"=="`, `"!="`, `"<"`, `"<="`, `">"`, `">="`, `"&&"`, `"\|\|"`), `left`, `right` (*expression*) | the operation |
//!
//! A *checksum*: `algorithm` (`"internet"` (RFC 1071), `"crc16-ccitt"` (CRC-16/IBM-3740),
//! `"crc16-kermit"`, `"crc32"` (CRC-32/ISO-HDLC) or `"crc32c"` (CRC-32/ISCSI)), `bytes`
//! (its width, 2 or 4: an unsigned integer in the field's `endian`), `over` (the bytes it
//! covers, with the checksum field's own bytes read as zero: `{"kind": "message"}`, the
//! whole encoding; `{"kind": "block"}`, the fixed block; or `{"kind": "fields", "first":
//! string, "last": string}`, from the start of `first` (a variable field's prefix
//! included) to the end of `last`) and `verify` (boolean: `decode` and `view` check it).
//!
//! A *variant*: `name` (string), `doc` (string), `id` (number, string, or `null` for the
//! `other` variant), `other` (boolean: it takes every unknown tag and keeps the bytes after
//! it unparsed) and `payload` (*wire type*, or `null`: nothing follows the tag, or, for
//! `other`, the unparsed rest).
//!
//! # Example
//!
//! ```
//! use wire::prelude::*;
//! use wire::schema::json;
//!
//! #[derive(Wire)]
//! #[wire(endian = "big")]
//! pub struct Udp { pub src_port: u16, pub dst_port: u16, pub length: u16, pub checksum: u16 }
//!
//! let doc = json::to_json(&[Udp::SCHEMA]);
//! assert_eq!(doc["format_version"], json::FORMAT_VERSION);
//! let udp = &doc["types"][0];
//! assert_eq!((udp["name"].as_str(), udp["kind"].as_str()), (Some("Udp"), Some("struct")));
//! assert_eq!(udp["fields"][2]["place"]["offset"], 4);
//! assert_eq!(udp["fields"][2]["type"]["kind"], "uint");
//! ```

use crate::names::{self, export_name};
use serde_json::{json, Value};

use wire_schema::{
    closure_of, Body, Checksum, ChecksumRange, DefaultValue, Endian, Enum, Expr, Field, LenPrefix,
    Place, Schema, Struct, TagKind, Type, UnOp, Union, Variant,
};

/// The value of the document's `format_version` key.
pub const FORMAT_VERSION: u32 = 1;

/// The largest integer a JSON reader that stores numbers as IEEE 754 doubles keeps
/// exactly (JavaScript's `Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

// Every object below is written with its keys in alphabetical order: serde_json keeps
// them sorted by default and in insertion order with its `preserve_order` feature, which
// another crate in a build may turn on; written sorted, the output is the same either way.

/// The JSON description of `schemas` and of every type they refer to (see the module
/// documentation for the shape).
pub fn to_json(schemas: &[&'static Schema]) -> Value {
    let all = closure_of(schemas);
    names::scoped(&all, || {
        let mut roots: Vec<String> = Vec::new();
        for schema in schemas {
            let name = export_name(schema).into_owned();
            if !roots.contains(&name) {
                roots.push(name);
            }
        }
        let types: Vec<Value> = all.iter().copied().map(schema_json).collect();
        json!({
            "format": "wire-schema",
            "format_version": FORMAT_VERSION,
            "roots": roots,
            "types": types,
        })
    })
}

/// [`to_json`], pretty-printed with two-space indentation and a final newline.
pub fn to_string_pretty(schemas: &[&'static Schema]) -> String {
    // `{:#}` is serde_json's pretty printer, the same as `serde_json::to_string_pretty`,
    // without its `Result`: writing a `Value` into a `String` cannot fail.
    format!("{:#}\n", to_json(schemas))
}

fn schema_json(schema: &'static Schema) -> Value {
    let (doc, name) = (schema.doc, &*export_name(schema));
    match &schema.body {
        Body::Struct(s) => struct_json(doc, name, s),
        Body::Enum(e) => enum_json(doc, name, e),
        Body::Union(u) => union_json(doc, name, u),
    }
}

fn struct_json(doc: &str, name: &str, s: &Struct) -> Value {
    let has_variable = s
        .fields
        .iter()
        .any(|f| matches!(f.place, Place::Variable { .. }));
    let header_len = match (s.version, has_variable) {
        (None, _) => 0,
        (Some(_), false) => 2,
        (Some(_), true) => 6,
    };
    let fields: Vec<Value> = s.fields.iter().map(field_json).collect();
    json!({
        "block_len": s.block_len,
        "doc": doc,
        "endian": endian(s.endian),
        "fields": fields,
        "fixed_size": s.fixed_size,
        "header_len": header_len,
        "kind": "struct",
        "max_depth": s.max_depth,
        "name": name,
        "version": s.version,
    })
}

fn field_json(field: &Field) -> Value {
    let default = field.default.map(|d| match d {
        DefaultValue::TypeDefault => json!({ "kind": "type_default" }),
        DefaultValue::Expr(expr) => json!({ "expr": expr, "kind": "expr" }),
    });
    json!({
        "checksum": field.checksum.map(checksum_json),
        "condition": field.condition.map(|e| json!({ "expr": expr_json(e), "text": e.to_string() })),
        "default": default,
        "doc": field.doc,
        "endian": endian(field.endian),
        "magic": field.magic,
        "name": field.name,
        "place": place_json(&field.place),
        "rust_type": field.rust_type,
        "since": field.since,
        "type": type_json(&field.ty),
    })
}

fn place_json(place: &Place) -> Value {
    match *place {
        Place::Bytes { offset, len } => json!({ "kind": "bytes", "len": len, "offset": offset }),
        Place::Bits {
            run_offset,
            run_len,
            shift,
            width,
        } => json!({
            "kind": "bits",
            "run_len": run_len,
            "run_offset": run_offset,
            "shift": shift,
            "width": width,
        }),
        Place::Variable { index } => json!({ "index": index, "kind": "variable" }),
    }
}

fn type_json(ty: &Type) -> Value {
    match *ty {
        Type::UInt { bytes } => json!({ "bytes": bytes, "kind": "uint" }),
        Type::Int { bytes } => json!({ "bytes": bytes, "kind": "int" }),
        Type::Float { bytes } => json!({ "bytes": bytes, "kind": "float" }),
        Type::Bool => json!({ "kind": "bool" }),
        Type::Decimal {
            float_bytes,
            repr_bytes,
            signed,
            scale,
        } => json!({
            "float_bytes": float_bytes,
            "kind": "decimal",
            "repr_bytes": repr_bytes,
            "scale": scale,
            "signed": signed,
        }),
        Type::Array {
            elem,
            elem_len,
            len,
        } => json!({
            "elem": type_json(elem),
            "elem_len": elem_len,
            "kind": "array",
            "len": len,
        }),
        Type::Named(schema) => json!({ "kind": "named", "name": export_name(schema.get()) }),
        Type::Varint {
            signed,
            zigzag,
            bytes,
        } => json!({ "bytes": bytes, "kind": "varint", "signed": signed, "zigzag": zigzag }),
        Type::Bytes { prefix, max_len } => json!({
            "kind": "bytes",
            "length": length_json(prefix),
            "max_len": big_u64(max_len),
            "prefix": prefix_str(prefix),
        }),
        Type::Str { prefix, max_len } => json!({
            "kind": "str",
            "length": length_json(prefix),
            "max_len": big_u64(max_len),
            "prefix": prefix_str(prefix),
        }),
        Type::List {
            elem,
            prefix,
            max_len,
        } => json!({
            "elem": type_json(elem),
            "kind": "list",
            "length": length_json(prefix),
            "max_len": big_u64(max_len),
            "prefix": prefix_str(prefix),
        }),
        Type::Option(value) => json!({ "kind": "option", "value": type_json(value) }),
    }
}

fn enum_json(doc: &str, name: &str, e: &Enum) -> Value {
    let values: Vec<Value> = e
        .values
        .iter()
        .map(|v| json!({ "doc": v.doc, "name": v.name, "value": big_u64(v.value) }))
        .collect();
    let other = e.other.map(|o| json!({ "doc": o.doc, "name": o.name }));
    json!({
        "bytes": e.bytes,
        "doc": doc,
        "kind": "enum",
        "name": name,
        "other": other,
        "values": values,
    })
}

fn union_json(doc: &str, name: &str, u: &Union) -> Value {
    let tag = match u.tag {
        TagKind::U8 => "u8",
        TagKind::U16 => "u16",
        TagKind::Varint => "varint",
        TagKind::Header => "header",
    };
    let variants: Vec<Value> = u.variants.iter().map(variant_json).collect();
    json!({
        "doc": doc,
        "endian": endian(u.endian),
        "kind": "union",
        "max_depth": u.max_depth,
        "name": name,
        "tag": tag,
        "variants": variants,
    })
}

fn variant_json(variant: &Variant) -> Value {
    json!({
        "doc": variant.doc,
        "id": variant.id.map(big_u64),
        "name": variant.name,
        "other": variant.id.is_none(),
        "payload": variant.payload.as_ref().map(type_json),
    })
}

fn endian(endian: Option<Endian>) -> Value {
    match endian {
        Some(Endian::Big) => json!("big"),
        Some(Endian::Little) => json!("little"),
        None => Value::Null,
    }
}

fn prefix_str(prefix: LenPrefix) -> &'static str {
    match prefix {
        LenPrefix::Count(_) => "count",
        LenPrefix::ByteLen(_) => "byte_len",
        LenPrefix::U8 => "u8",
        LenPrefix::U16 => "u16",
        LenPrefix::U32 => "u32",
        LenPrefix::Varint => "varint",
    }
}

/// The length an expression gives (`null` for a prefix on the wire).
fn length_json(prefix: LenPrefix) -> Value {
    let (kind, e) = match prefix {
        LenPrefix::Count(e) => ("count", e),
        LenPrefix::ByteLen(e) => ("byte_len", e),
        _ => return Value::Null,
    };
    json!({ "expr": expr_json(e), "kind": kind, "text": e.to_string() })
}

fn expr_json(e: &Expr) -> Value {
    match *e {
        Expr::Field(name) => json!({ "kind": "field", "name": name }),
        Expr::Int(value) => {
            let value = if value.unsigned_abs() <= MAX_SAFE_INTEGER {
                json!(value)
            } else {
                json!(value.to_string())
            };
            json!({ "kind": "int", "value": value })
        }
        Expr::Unary(op, operand) => json!({
            "kind": "unary",
            "op": if op == UnOp::Neg { "-" } else { "!" },
            "operand": expr_json(operand),
        }),
        Expr::Binary(op, left, right) => json!({
            "kind": "binary",
            "left": expr_json(left),
            "op": op.symbol(),
            "right": expr_json(right),
        }),
    }
}

fn checksum_json(c: Checksum) -> Value {
    let over = match c.over {
        ChecksumRange::Message => json!({ "kind": "message" }),
        ChecksumRange::Block => json!({ "kind": "block" }),
        ChecksumRange::Fields { first, last } => {
            json!({ "first": first, "kind": "fields", "last": last })
        }
    };
    json!({
        "algorithm": c.algorithm.name(),
        "bytes": c.algorithm.bytes(),
        "over": over,
        "verify": c.verify_on_view,
    })
}

/// A number when every JSON reader keeps it exactly, else its decimal string.
fn big_u64(value: u64) -> Value {
    if value <= MAX_SAFE_INTEGER {
        json!(value)
    } else {
        json!(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_types::*;

    #[test]
    fn the_document_lists_roots_and_every_reachable_type_once() {
        let doc = to_json(&[MESSAGE, ORDER]);
        assert_eq!(doc["format"], "wire-schema");
        assert_eq!(doc["format_version"], FORMAT_VERSION);
        assert_eq!(doc["roots"], json!(["Message", "Order"]));
        let names: Vec<&str> = doc["types"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t["name"].as_str())
            .collect();
        assert_eq!(names, ["Message", "Order", "Side", "Quote"]);
    }

    #[test]
    fn structs_fields_places_and_types() {
        let doc = to_json(&[IPV4]);
        let ip = &doc["types"][0];
        assert_eq!(ip["kind"], "struct");
        assert_eq!(ip["endian"], "big");
        assert_eq!(ip["version"], Value::Null);
        assert_eq!(ip["header_len"], 0);
        assert_eq!(ip["block_len"], 20);
        assert_eq!(ip["fixed_size"], true);
        assert_eq!(
            ip["fields"][6],
            json!({
                "checksum": null, "condition": null,
                "default": null, "doc": "", "endian": "big", "magic": null, "name": "flags",
                "place": { "kind": "bits", "run_len": 2, "run_offset": 6, "shift": 13, "width": 3 },
                "rust_type": "u8", "since": 1, "type": { "bytes": 1, "kind": "uint" },
            })
        );
        assert_eq!(
            ip["fields"][11]["type"],
            json!({ "elem": { "bytes": 1, "kind": "uint" }, "elem_len": 1, "kind": "array", "len": 4 })
        );
        let regs = to_json(&[REGS]);
        assert_eq!(regs["types"][0]["fields"][0]["magic"], json!([0x5a, 0xa5]));
    }

    #[test]
    fn nested_structs_and_single_bytes_have_no_byte_order_of_their_own() {
        let doc = to_json(&[NESTED]);
        assert_eq!(doc["types"][0]["fields"][0]["endian"], Value::Null);
        assert_eq!(doc["types"][0]["fields"][1]["endian"], Value::Null);
        assert_eq!(doc["types"][1]["name"], "Point");
        assert_eq!(doc["types"][1]["endian"], "big");
    }

    #[test]
    fn versions_defaults_and_variable_fields() {
        let doc = to_json(&[QUOTE]);
        let quote = &doc["types"][0];
        assert_eq!(quote["version"], 3);
        assert_eq!(quote["header_len"], 6);
        assert_eq!(
            quote["fields"][1]["default"],
            json!({ "expr": "100", "kind": "expr" })
        );
        assert_eq!(
            quote["fields"][4]["default"],
            json!({ "kind": "type_default" })
        );
        assert_eq!(
            quote["fields"][2]["place"],
            json!({ "index": 0, "kind": "variable" })
        );
        // 2^60 is above what a double keeps exactly: a string.
        assert_eq!(
            quote["fields"][4]["type"],
            json!({
                "elem": { "bytes": 2, "kind": "uint" }, "kind": "list", "length": null,
                "max_len": "1152921504606846976", "prefix": "varint",
            })
        );
        assert_eq!(
            quote["fields"][5]["type"]["value"],
            json!({ "kind": "str", "length": null, "max_len": 255, "prefix": "u8" })
        );
    }

    #[test]
    fn enums_and_unions() {
        let doc = to_json(&[MESSAGE, HUGE]);
        let message = &doc["types"][0];
        assert_eq!(message["tag"], "u8");
        assert_eq!(message["endian"], Value::Null);
        assert_eq!(
            message["variants"][0],
            json!({
                "doc": "", "id": 65, "name": "Order", "other": false,
                "payload": { "kind": "named", "name": "Order" },
            })
        );
        assert_eq!(message["variants"][2]["id"], Value::Null);
        assert_eq!(message["variants"][2]["other"], true);
        let huge = doc["types"]
            .as_array()
            .and_then(|types| types.iter().find(|t| t["name"] == "Huge"))
            .cloned()
            .unwrap_or_default();
        assert_eq!(huge["bytes"], 8);
        assert_eq!(huge["values"][0]["value"], 9_007_199_254_740_991u64);
        assert_eq!(huge["values"][1]["value"], "18446744073709551615");
        assert_eq!(huge["other"], Value::Null);
    }

    #[test]
    fn open_enums_name_their_other_variant() {
        let doc = to_json(&[STATUS]);
        assert_eq!(
            doc["types"][0],
            json!({
                "bytes": 2, "doc": "", "kind": "enum", "name": "Status",
                "other": { "doc": "", "name": "Unknown" },
                "values": [
                    { "doc": "Done.", "name": "Ok", "value": 0 },
                    { "doc": "", "name": "Busy", "value": 257 },
                ],
            })
        );
    }

    #[test]
    fn the_pretty_string_parses_back_to_the_document() {
        let text = to_string_pretty(&[MESSAGE]);
        assert!(text.ends_with("}\n"));
        assert!(text.contains("\n  \"format\": \"wire-schema\",\n"));
        let parsed: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(parsed, to_json(&[MESSAGE]));
    }
}
