//! The Python codec: [`generate`] writes a Python 3 module (standard library only) that
//! encodes, decodes and views every type a set of [`Schema`]s reaches, bit for bit as the
//! derived Rust code does, so a script, a test harness or a notebook can read and write
//! the same messages.
//!
//! For each derived type the module has:
//!
//! - a C-like enum: an `enum.IntEnum` with the Rust variants' names and values; reading a
//!   value that names no member is `InvalidDiscriminant`;
//! - a struct `T`: a `@dataclass` with one typed attribute per field (every one with a
//!   default, so `T()` is a valid value), `T.SIZE` when the type is fixed-size,
//!   `value.encode() -> bytes`, `T.decode(buf)` (exactly one encoding: extra bytes are
//!   `TrailingBytes`), `T.decode_prefix(buf) -> (value, rest)` with `rest` a
//!   `memoryview` of the bytes after the message, and `T.view(buf)` /
//!   `T.view_prefix(buf)`, which check the bytes once (lengths, caps, bools, enums, magic
//!   constants, UTF-8, varints, nested messages, as the Rust view does) and return a
//!   `TView`: one property per field that reads the bytes in place on each access, plus
//!   `as_bytes()` and `to_value()`. Nested structs and messages in a view are views;
//!   byte fields are `memoryview`s of the buffer;
//! - a tagged union `U`: a base class `U` whose variants are its subclasses, reachable as
//!   `U.Variant`: `U.Variant(value)` for a variant with a payload, `U.Variant()` without,
//!   and `U.Name(tag, rest)` for the `other` variant `Name` (the unknown tag and the
//!   unparsed bytes after it, written back as they were). Each has `variant` (the Rust name),
//!   `encode()`, and the class methods `U.decode`, `U.decode_prefix`, `U.view`,
//!   `U.view_prefix`; a view has `variant`, `tag`, `value` (the payload's view) and
//!   `rest`.
//!
//! Values are plain Python: integers of every width are `int` (ranges are checked on
//! encode: `ValueOutOfRange`), floats and fixed-point decimals `float`, `[u8; N]` and
//! byte fields `bytes`, other arrays tuples, lists `list`, `Option` `None` or the value.
//! Errors are one hierarchy: `DecodeError` with a subclass per Rust variant (`Truncated`,
//! `TrailingBytes`, `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, `UnknownTag`,
//! `LengthExceedsMax`, `InvalidUtf8`, `InvalidBlockLength`, `MalformedVarint`), each with
//! the Rust variant's fields as attributes (`field`, `offset`, …) and `to_dict()`; and
//! `EncodeError` with `ValueOutOfRange`, `EncodeLengthExceedsMax` and `InvalidValue` (a
//! value of a type the Rust compiler would have refused).
//!
//! Versioned messages read as in Rust: an older reader skips the block bytes and the
//! variable fields it does not know; a newer reader gives the fields the sender did not
//! have their default: the type's zero (or `None` for an `Option`) for
//! `#[wire(default)]`, and for `#[wire(default = …)]` the expression when it is a plain
//! literal (an integer, a float, a bool, a string, an enum variant). Any other expression
//! cannot be evaluated in Python: the module then raises `NotImplementedError`, naming
//! the expression, when, and only when, such a default is needed. A view, like the Rust
//! one, gives `None` for a variable field the sender's version did not have.
//!
//! Two limits come from Python itself: an `f32` holding a signalling NaN becomes a quiet
//! NaN when it is read into a Python `float`, so it is written back with the quiet bit
//! set; and a Python name that is a keyword or a method of the generated classes (`from`,
//! `encode`, …) gets a trailing `_` (the wire names in errors stay the Rust ones).
//!
//! ```
//! use wire::prelude::*;
//!
//! /// A UDP header (RFC 768).
//! #[derive(Wire)]
//! #[wire(endian = "big")]
//! pub struct Udp { pub src_port: u16, pub dst_port: u16, pub length: u16, pub checksum: u16 }
//!
//! let module = wire::schema::python::generate(&[Udp::SCHEMA]);
//! assert!(module.contains("class Udp(_WireStruct):"));
//! assert!(module.contains("class UdpView(_WireView):"));
//! // Write it next to your scripts, then in Python:
//! //   from protocol import Udp
//! //   header = Udp.decode(bytes.fromhex("0035 c000 0008 0000"))
//! //   assert header.src_port == 53 and header.encode() == bytes.fromhex("0035c00000080000")
//! ```

use super::{
    closure_of, Body, DefaultValue, Endian, Enum, Field, LenPrefix, Place, Schema, Struct, Type,
    Union,
};
use std::fmt::Write as _;

/// The Python module for `schemas` and every type they reach (each once, by name).
pub fn generate(schemas: &[&'static Schema]) -> String {
    let types = closure_of(schemas);
    let mut out = String::new();
    module_header(&mut out, &types);
    out.push_str(RUNTIME);
    out.push_str(
        "\n\n# ---------------------------------------------------------------------------\n",
    );
    out.push_str("# The types.\n");
    out.push_str("# ---------------------------------------------------------------------------\n");
    for schema in &types {
        match &schema.body {
            Body::Enum(e) => enum_class(&mut out, schema, e),
            Body::Struct(s) => struct_classes(&mut out, schema, s),
            Body::Union(u) => union_classes(&mut out, schema, u),
        }
    }
    out.push_str(
        "\n\n# ---------------------------------------------------------------------------\n",
    );
    out.push_str("# The layouts, attached once every class exists (types refer to each other).\n");
    out.push_str("# ---------------------------------------------------------------------------\n");
    for schema in &types {
        match &schema.body {
            Body::Enum(_) => {}
            Body::Struct(s) => struct_layout(&mut out, schema, s),
            Body::Union(u) => union_layout(&mut out, schema, u),
        }
    }
    let mut exported: Vec<String> = EXPORTED_ERRORS.iter().map(|s| s.to_string()).collect();
    for schema in &types {
        exported.push(type_name(schema));
        if !matches!(schema.body, Body::Enum(_)) {
            exported.push(format!("{}View", type_name(schema)));
        }
    }
    let names: Vec<String> = exported.iter().map(|n| py_str(n)).collect();
    let _ = writeln!(out, "\n\n__all__ = [{}]", names.join(", "));
    out
}

/// The error classes, exported next to the types.
const EXPORTED_ERRORS: &[&str] = &[
    "WireError",
    "DecodeError",
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
    "EncodeError",
    "ValueOutOfRange",
    "EncodeLengthExceedsMax",
    "InvalidValue",
];

/// Python keywords: a Rust name that is one gets a trailing `_`.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Names the generated classes use for themselves.
const STRUCT_RESERVED: &[&str] = &[
    "encode",
    "decode",
    "decode_prefix",
    "view",
    "view_prefix",
    "as_bytes",
    "to_value",
    "SIZE",
];

/// Names a union class uses for itself and its variants' attributes.
const UNION_RESERVED: &[&str] = &[
    "encode",
    "decode",
    "decode_prefix",
    "view",
    "view_prefix",
    "variant",
    "value",
    "tag",
    "rest",
];

/// Module-level names of the runtime (and its imports) that a type must not replace.
const MODULE_RESERVED: &[&str] = &["dataclasses", "decimal", "enum", "math", "struct", "typing"];

/// `name`, with a trailing `_` when Python (or the generated class) already uses it.
fn py_name(name: &str, reserved: &[&str]) -> String {
    let taken = KEYWORDS.contains(&name) || reserved.contains(&name) || name.starts_with("_wire");
    if taken {
        format!("{name}_")
    } else {
        name.to_string()
    }
}

/// The Python class name of a derived type.
fn type_name(schema: &Schema) -> String {
    let mut reserved: Vec<&str> = EXPORTED_ERRORS.to_vec();
    reserved.extend_from_slice(MODULE_RESERVED);
    py_name(schema.name, &reserved)
}

/// A Python string literal holding `text`.
fn py_str(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Python bytes literal.
fn py_bytes(bytes: &[u8]) -> String {
    let mut out = String::from("b\"");
    for b in bytes {
        let _ = write!(out, "\\x{b:02x}");
    }
    out.push('"');
    out
}

/// A docstring at `indent`: the text with its quotes and backslashes escaped.
fn docstring(out: &mut String, indent: &str, text: &str) {
    let text = text.trim();
    let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
    let mut lines = escaped.lines();
    let first = lines.next().unwrap_or("");
    let _ = write!(out, "{indent}\"\"\"{first}");
    for line in lines {
        if line.trim().is_empty() {
            out.push('\n');
        } else {
            let _ = write!(out, "\n{indent}{line}");
        }
    }
    if escaped.contains('\n') {
        let _ = write!(out, "\n{indent}");
    }
    out.push_str("\"\"\"\n");
}

/// `#:` comment lines (documentation of a dataclass attribute).
fn attr_comment(out: &mut String, indent: &str, text: &str) {
    for line in text.trim().lines() {
        let _ = writeln!(out, "{indent}#: {}", line.trim_end());
    }
}

fn endian_name(endian: Option<Endian>) -> &'static str {
    match endian {
        Some(Endian::Little) => "little",
        // As the derive: no byte order means a single byte, read the same either way.
        _ => "big",
    }
}

fn prefix_name(prefix: LenPrefix) -> &'static str {
    match prefix {
        LenPrefix::U8 => "u8",
        LenPrefix::U16 => "u16",
        LenPrefix::U32 => "u32",
        LenPrefix::Varint => "varint",
    }
}

fn py_bool(value: bool) -> &'static str {
    if value {
        "True"
    } else {
        "False"
    }
}

/// The codec object of `ty`, stored in `wire` bytes (its `Place`'s width, when narrower
/// than the Rust type) in the byte order `endian`.
fn codec(ty: &Type, wire: Option<usize>, endian: &str) -> String {
    match ty {
        Type::UInt { bytes } => format!("_Int({}, False, {endian:?})", wire.unwrap_or(*bytes)),
        Type::Int { bytes } => format!("_Int({}, True, {endian:?})", wire.unwrap_or(*bytes)),
        Type::Float { bytes } => format!("_Float({bytes}, {endian:?})"),
        Type::Bool => "_BOOL".to_string(),
        Type::Decimal {
            float_bytes,
            repr_bytes,
            signed,
            scale,
        } => format!(
            "_Decimal({float_bytes}, {repr_bytes}, {}, {scale}, {endian:?})",
            py_bool(*signed)
        ),
        Type::Array {
            elem,
            elem_len,
            len,
        } => format!("_Array({}, {len})", codec(elem, Some(*elem_len), endian)),
        Type::Named(schema) => match &schema.body {
            Body::Enum(e) => format!("_Enum({}, {}, {endian:?})", type_name(schema), e.bytes),
            Body::Struct(s) if s.fixed_size => format!("_FixedStruct({})", type_name(schema)),
            _ => format!("_Message({})", type_name(schema)),
        },
        Type::Varint {
            signed,
            zigzag,
            bytes,
        } => format!(
            "_Varint({}, {}, {bytes})",
            py_bool(*signed),
            py_bool(*zigzag)
        ),
        Type::Bytes { prefix, max_len } => {
            format!("_Bytes({:?}, {max_len}, {endian:?})", prefix_name(*prefix))
        }
        Type::Str { prefix, max_len } => {
            format!("_Str({:?}, {max_len}, {endian:?})", prefix_name(*prefix))
        }
        Type::List {
            elem,
            prefix,
            max_len,
        } => format!(
            "_List({}, {:?}, {max_len}, {endian:?})",
            codec(elem, None, endian),
            prefix_name(*prefix)
        ),
        Type::Option(inner) => format!("_Option({})", codec(inner, None, endian)),
    }
}

/// The Python type of a value of `ty`.
fn value_hint(ty: &Type) -> String {
    match ty {
        Type::UInt { .. } | Type::Int { .. } | Type::Varint { .. } => "int".into(),
        Type::Float { .. } | Type::Decimal { .. } => "float".into(),
        Type::Bool => "bool".into(),
        Type::Array { elem, .. } if is_byte(elem) => "bytes".into(),
        Type::Array { elem, .. } => format!("typing.Tuple[{}, ...]", value_hint(elem)),
        Type::Named(schema) => type_name(schema),
        Type::Bytes { .. } => "bytes".into(),
        Type::Str { .. } => "str".into(),
        Type::List { elem, .. } => format!("typing.List[{}]", value_hint(elem)),
        Type::Option(inner) => format!("typing.Optional[{}]", value_hint(inner)),
    }
}

/// The Python type a view's property gives for `ty`.
fn view_hint(ty: &Type) -> String {
    match ty {
        Type::Array { elem, .. } if !is_byte(elem) => {
            format!("typing.Tuple[{}, ...]", view_hint(elem))
        }
        Type::Named(schema) if !matches!(schema.body, Body::Enum(_)) => {
            format!("{}View", type_name(schema))
        }
        Type::Bytes { .. } => "memoryview".into(),
        Type::List { elem, .. } => format!("typing.List[{}]", view_hint(elem)),
        Type::Option(inner) => format!("typing.Optional[{}]", view_hint(inner)),
        ty => value_hint(ty),
    }
}

fn is_byte(ty: &Type) -> bool {
    matches!(ty, Type::UInt { bytes: 1 })
}

/// The zero of `ty` as a Python expression (the value `T()` starts with, and
/// `#[wire(default)]`'s): `None` when the type has none the module can name.
fn zero(ty: &Type) -> Option<String> {
    Some(match ty {
        Type::UInt { .. } | Type::Int { .. } | Type::Varint { .. } => "0".into(),
        Type::Float { .. } | Type::Decimal { .. } => "0.0".into(),
        Type::Bool => "False".into(),
        Type::Array { elem, len, .. } if is_byte(elem) => format!("bytes({len})"),
        Type::Array { elem, len, .. } => format!("tuple({} for _ in range({len}))", zero(elem)?),
        Type::Named(schema) => match &schema.body {
            // Rust's `Default` of an enum is whichever variant it marks: not in the schema.
            Body::Enum(_) => return None,
            Body::Struct(_) => format!("{}()", type_name(schema)),
            Body::Union(_) => format!("{}._wire.zero()", type_name(schema)),
        },
        Type::Bytes { .. } => "b\"\"".into(),
        Type::Str { .. } => "\"\"".into(),
        Type::List { .. } => "[]".into(),
        Type::Option(_) => "None".into(),
    })
}

/// The starting value of a dataclass attribute: the type's zero, or for an enum its
/// first member (any valid value will do for a value not yet filled in).
fn initial(ty: &Type) -> String {
    match ty {
        Type::Named(schema) => match &schema.body {
            Body::Enum(e) => match e.values.first() {
                Some(v) => format!("{}.{}", type_name(schema), py_name(v.name, &[])),
                None => "None".into(),
            },
            _ => zero(ty).unwrap_or_else(|| "None".into()),
        },
        Type::Array { elem, len, .. } if !is_byte(elem) => {
            format!("tuple({} for _ in range({len}))", initial(elem))
        }
        _ => zero(ty).unwrap_or_else(|| "None".into()),
    }
}

/// A dataclass attribute's default: literals directly, the rest through a factory (a
/// mutable default would be shared; a class may be defined further down).
fn attr_default(expr: &str) -> String {
    let literal = matches!(
        expr,
        "0" | "0.0" | "False" | "True" | "None" | "\"\"" | "b\"\""
    ) || expr.starts_with("b\"");
    if literal {
        format!(" = {expr}")
    } else {
        format!(" = dataclasses.field(default_factory=lambda: {expr})")
    }
}

/// The Python value of a Rust default expression, when it is a plain literal.
fn literal_default(expr: &str, ty: &Type) -> Option<String> {
    let text = expr.trim();
    match text {
        "true" => return Some("True".into()),
        "false" => return Some("False".into()),
        _ => {}
    }
    if let Some(inner) = string_literal(text) {
        return Some(py_str(&inner));
    }
    if let Type::Named(schema) = ty {
        if let Body::Enum(e) = &schema.body {
            let variant = text.rsplit("::").next()?;
            let found = e.values.iter().find(|v| v.name == variant)?;
            return Some(format!(
                "{}.{}",
                type_name(schema),
                py_name(found.name, &[])
            ));
        }
    }
    number_literal(text)
}

/// The contents of `"…"`, `"…".into()`, `"…".to_string()`, `String::from("…")` or
/// `"…".to_owned()`, when they hold no escapes.
fn string_literal(text: &str) -> Option<String> {
    let text = text
        .strip_prefix("String::from(")
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(text);
    let text = [".into()", ".to_string()", ".to_owned()"]
        .iter()
        .find_map(|suffix| text.strip_suffix(suffix))
        .unwrap_or(text);
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    if inner.contains('\\') || inner.contains('"') {
        return None;
    }
    Some(inner.to_string())
}

/// An integer or float literal (with `-`, `_` separators, a `0x`/`0o`/`0b` radix and a
/// type suffix) as Python source.
fn number_literal(text: &str) -> Option<String> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let body = body.replace('_', "");
    const SUFFIXES: &[&str] = &[
        "u128", "i128", "usize", "isize", "u16", "u32", "u64", "i16", "i32", "i64", "f32", "f64",
        "u8", "i8",
    ];
    let radix = [("0x", 16), ("0o", 8), ("0b", 2)]
        .iter()
        .find_map(|(p, r)| body.strip_prefix(p).map(|digits| (*r, digits.to_string())));
    let sign = if negative { "-" } else { "" };
    if let Some((radix, digits)) = radix {
        let digits = SUFFIXES
            .iter()
            .find_map(|s| {
                digits
                    .strip_suffix(s)
                    .filter(|_| radix != 16 || !s.starts_with('f'))
            })
            .unwrap_or(&digits);
        let value = u128::from_str_radix(digits, radix).ok()?;
        return Some(format!("{sign}{value}"));
    }
    let body = SUFFIXES
        .iter()
        .find_map(|s| body.strip_suffix(s))
        .unwrap_or(&body);
    if !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) {
        let value: u128 = body.parse().ok()?;
        return Some(format!("{sign}{value}"));
    }
    let value: f64 = body.parse().ok()?;
    if !value.is_finite() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `{:?}` prints the shortest decimal that reads back as the value, as Python's repr.
    Some(format!("{sign}{value:?}"))
}

/// The default a reader gives a field its sender's version did not have, as a Python
/// callable (`None` for a field of the first version).
fn wire_default(schema: &Schema, field: &Field) -> String {
    if field.since <= 1 {
        return "None".into();
    }
    let no_default = |expr: &str| {
        format!(
            "_no_default({}, {}, {})",
            py_str(schema.name),
            py_str(field.name),
            py_str(expr)
        )
    };
    match field.default {
        Some(DefaultValue::Expr(expr)) => match literal_default(expr, &field.ty) {
            Some(value) => format!("lambda: {value}"),
            None => no_default(expr),
        },
        // `#[wire(default)]`, or no attribute (then the field is an `Option`: `None`).
        Some(DefaultValue::TypeDefault) | None => match zero(&field.ty) {
            Some(value) => format!("lambda: {value}"),
            None => no_default("Default::default()"),
        },
    }
}

/// Where a field lies and what it holds, for its documentation.
fn describe(s: &Struct, field: &Field) -> String {
    let order = field.endian.or(s.endian).map_or(String::new(), |e| {
        format!(", {} endian", endian_name(Some(e)))
    });
    let at = match field.place {
        Place::Bytes { offset, len: 1 } => format!("byte {offset}{order}"),
        Place::Bytes { offset, len } => format!("bytes {offset}..{}{order}", offset + len),
        Place::Bits {
            run_offset,
            run_len,
            shift,
            width,
        } => format!(
            "bits {shift}..{} (from the least significant) of the {run_len}-byte run at byte \
             {run_offset}{order}",
            shift + width
        ),
        Place::Variable { index } => format!("variable field {} after the block", index + 1),
    };
    let mut text = format!("`{}`: {at}; `{}`", field.name, field.rust_type);
    if let Type::Decimal { scale, .. } = field.ty {
        let _ = write!(text, ", a count of 10^-{scale}");
    }
    if field.magic.is_some() {
        text.push_str("; a magic constant, checked on read and written on encode");
    }
    if field.since > 1 {
        let _ = write!(text, "; since version {}", field.since);
    }
    text.push('.');
    if !field.doc.trim().is_empty() {
        let _ = write!(text, "\n{}", field.doc.trim());
    }
    text
}

fn module_header(out: &mut String, types: &[&'static Schema]) {
    let names: Vec<&str> = types.iter().map(|t| t.name).collect();
    let _ = writeln!(
        out,
        "\"\"\"Encoders, decoders and zero-copy views of {}, generated by `wire`\n\
         (`wire::schema::python::generate`) from the Rust definitions: do not edit.\n\
         \n\
         Standard library only (Python 3.8+). Each struct is a dataclass with `encode()`,\n\
         `decode(buf)`, `decode_prefix(buf) -> (value, rest)` and `view(buf)` /\n\
         `view_prefix(buf)` (a `...View` that checks the bytes once and reads each field in\n\
         place); each C-like enum an `enum.IntEnum`; each tagged union a base class whose\n\
         variants are its subclasses (`Union.Variant(value)`, `Union.Variant()`, and\n\
         `Union.Name(tag, rest)` for an `other` variant), with the same methods. Integers\n\
         are `int`, floats and fixed-point decimals `float`, byte strings and `[u8; N]`\n\
         `bytes`, other arrays tuples, lists `list`, options `None` or the value.\n\
         \n\
         Errors: `DecodeError` and a subclass per cause (`Truncated`, `TrailingBytes`,\n\
         `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, `UnknownTag`,\n\
         `LengthExceedsMax`, `InvalidUtf8`, `InvalidBlockLength`, `MalformedVarint`) with the\n\
         field and offset of the Rust error; `EncodeError` with `ValueOutOfRange`,\n\
         `EncodeLengthExceedsMax` and `InvalidValue`. A versioned message's field that an\n\
         older sender did not have takes its default; a Rust default that is not a plain\n\
         literal raises `NotImplementedError` when it is needed.\n\
         \"\"\"\n",
        names.join(", ")
    );
    // `enum` only when a C-like enum uses it, so linters find no unused import.
    let has_enum = types.iter().any(|t| matches!(t.body, Body::Enum(_)));
    out.push_str(if has_enum {
        "from __future__ import annotations\n\n\
         import dataclasses\n\
         import decimal\n\
         import enum\n\
         import fractions\n"
    } else {
        "from __future__ import annotations\n\n\
         import dataclasses\n\
         import decimal\n\
         import fractions\n"
    });
    out.push_str(
        "import math\n\
         import struct\n\
         import typing\n\
         from typing import Any, Callable, ClassVar, Dict, List, Optional, Tuple, Type, TypeVar\n\n\
         _T = TypeVar(\"_T\")\n\n",
    );
}

fn enum_class(out: &mut String, schema: &Schema, e: &Enum) {
    let name = type_name(schema);
    let _ = writeln!(out, "\n\nclass {name}(enum.IntEnum):");
    let mut doc = schema.doc.trim().to_string();
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    let _ = write!(
        doc,
        "A C-like enum stored as a {}-byte unsigned integer; any other value is \
         `InvalidDiscriminant`.",
        e.bytes
    );
    docstring(out, "    ", &doc);
    for value in e.values {
        out.push('\n');
        if !value.doc.trim().is_empty() {
            attr_comment(out, "    ", value.doc);
        }
        let _ = writeln!(out, "    {} = {}", py_name(value.name, &[]), value.value);
    }
}

fn struct_classes(out: &mut String, schema: &Schema, s: &Struct) {
    let name = type_name(schema);
    let mut doc = schema.doc.trim().to_string();
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    let order = s.endian.map_or(String::new(), |e| {
        format!(", {} endian", endian_name(Some(e)))
    });
    if s.fixed_size {
        let _ = write!(doc, "Fixed size: {} bytes{order}.", s.block_len);
    } else {
        let _ = write!(
            doc,
            "A block of {} bytes, then {} variable field(s){order}.",
            s.block_len,
            s.fields
                .iter()
                .filter(|f| matches!(f.place, Place::Variable { .. }))
                .count()
        );
    }
    if let Some(version) = s.version {
        let header = if s
            .fields
            .iter()
            .any(|f| matches!(f.place, Place::Variable { .. }))
        {
            "the block length (u16) and the variable fields' length (u32)"
        } else {
            "the block length (u16)"
        };
        let _ = write!(
            doc,
            " Version {version}: the encoding starts with {header}."
        );
    }
    let _ = writeln!(
        out,
        "\n\n@dataclasses.dataclass\nclass {name}(_WireStruct):"
    );
    docstring(out, "    ", &doc);
    if s.fixed_size {
        let _ = writeln!(out, "\n    SIZE: typing.ClassVar[int] = {}", s.block_len);
    }
    for field in s.fields {
        out.push('\n');
        attr_comment(out, "    ", &describe(s, field));
        let attr = py_name(field.name, STRUCT_RESERVED);
        let default = match (field.magic, &field.ty) {
            (Some(magic), ty) => format!(
                "_magic({}, {})",
                codec(
                    ty,
                    place_width(field),
                    endian_name(field.endian.or(s.endian))
                ),
                py_bytes(magic)
            ),
            (None, ty) => initial(ty),
        };
        let _ = writeln!(
            out,
            "    {attr}: {}{}",
            value_hint(&field.ty),
            attr_default(&default)
        );
    }

    let _ = writeln!(out, "\n\nclass {name}View(_WireView):");
    docstring(
        out,
        "    ",
        &format!(
            "A zero-copy view of an encoded `{name}`, made by `{name}.view(buf)`: checked \
             once, then each property reads its field from the buffer."
        ),
    );
    out.push_str("\n    __slots__ = ()\n");
    let (mut fixed, mut variable) = (0usize, 0usize);
    for field in s.fields {
        let attr = py_name(field.name, STRUCT_RESERVED);
        let (hint, body) = match field.place {
            Place::Variable { .. } => {
                let mut hint = view_hint(&field.ty);
                if field.since > 1 && !matches!(field.ty, Type::Option(_)) {
                    hint = format!("typing.Optional[{hint}]");
                }
                variable += 1;
                (hint, format!("self._variable({})", variable - 1))
            }
            _ => {
                fixed += 1;
                (view_hint(&field.ty), format!("self._fixed({})", fixed - 1))
            }
        };
        let _ = writeln!(out, "\n    @property\n    def {attr}(self) -> {hint}:");
        let mut doc = describe(s, field);
        if field.since > 1 && matches!(field.place, Place::Variable { .. }) {
            doc.push_str(" None when the sender's version did not have it.");
        }
        docstring(out, "        ", &doc);
        let _ = writeln!(out, "        return {body}");
    }
}

/// The width of a field's bytes, when it is whole bytes of the block.
fn place_width(field: &Field) -> Option<usize> {
    match field.place {
        Place::Bytes { len, .. } => Some(len),
        _ => None,
    }
}

fn struct_layout(out: &mut String, schema: &Schema, s: &Struct) {
    let name = type_name(schema);
    let struct_order = endian_name(s.endian);
    let version = s.version.map_or("None".to_string(), |v| v.to_string());
    let _ = writeln!(
        out,
        "\n_StructSpec(\n    {name}, {name}View, {}, version={version}, block_len={}, fixed_size={}, endian={struct_order:?},\n    fields=[",
        py_str(schema.name),
        s.block_len,
        py_bool(s.fixed_size),
    );
    for field in s.fields {
        let attr = py_str(&py_name(field.name, STRUCT_RESERVED));
        let wire_name = py_str(field.name);
        let order = endian_name(field.endian.or(s.endian));
        let default = wire_default(schema, field);
        let line = match field.place {
            Place::Bytes { offset, len } => {
                let magic = field.magic.map_or("None".to_string(), py_bytes);
                format!(
                    "_FixedField({wire_name}, {attr}, {offset}, {len}, {}, since={}, default={default}, magic={magic})",
                    codec(&field.ty, Some(len), order),
                    field.since
                )
            }
            Place::Bits {
                run_offset,
                run_len,
                shift,
                width,
            } => {
                let kind = match field.ty {
                    Type::Bool => "b",
                    Type::Int { .. } => "i",
                    _ => "u",
                };
                format!(
                    "_BitField({wire_name}, {attr}, {run_offset}, {run_len}, {shift}, {width}, {kind:?}, {order:?}, since={}, default={default})",
                    field.since
                )
            }
            Place::Variable { .. } => format!(
                "_VarField({wire_name}, {attr}, {}, since={}, default={default})",
                codec(&field.ty, None, order),
                field.since
            ),
        };
        let _ = writeln!(out, "        {line},");
    }
    out.push_str("    ])\n");
}

/// The Python name of a variant's class (`Union.Variant`).
fn variant_name(name: &str) -> String {
    py_name(name, UNION_RESERVED)
}

fn union_classes(out: &mut String, schema: &Schema, u: &Union) {
    let name = type_name(schema);
    let tag = match u.tag {
        super::TagKind::U8 => "a one-byte tag".to_string(),
        super::TagKind::U16 => format!("a two-byte {} endian tag", endian_name(u.endian)),
        super::TagKind::Varint => "a varint tag".to_string(),
    };
    let mut doc = schema.doc.trim().to_string();
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    let _ = write!(
        doc,
        "A tagged union: {tag}, then the variant's payload. Variants:"
    );
    for v in u.variants {
        let _ = write!(doc, "\n`{name}.{}`", variant_name(v.name));
        match v.id {
            Some(id) => {
                let _ = write!(doc, " (tag {id:#x})");
            }
            None => doc.push_str(" (any other tag, and the bytes after it, unparsed)"),
        }
    }
    let _ = writeln!(out, "\n\nclass {name}(_WireUnion):");
    docstring(out, "    ", &doc);
    for v in u.variants {
        let class = format!("_{name}_{}", variant_name(v.name));
        let _ = writeln!(out, "\n\n@dataclasses.dataclass\nclass {class}({name}):");
        let mut vdoc = v.doc.trim().to_string();
        if !vdoc.is_empty() {
            vdoc.push_str("\n\n");
        }
        match (v.id, &v.payload) {
            (Some(id), Some(ty)) => {
                let _ = write!(vdoc, "Tag {id} ({id:#x}), then a `{}`.", value_hint(ty));
            }
            (Some(id), None) => {
                let _ = write!(vdoc, "Tag {id} ({id:#x}), no payload.");
            }
            (None, _) => {
                vdoc.push_str(
                    "Any tag no other variant has, and the bytes after it, kept unparsed.",
                );
            }
        }
        docstring(out, "    ", &vdoc);
        let _ = writeln!(
            out,
            "\n    variant: typing.ClassVar[str] = {}",
            py_str(v.name)
        );
        match (v.id, &v.payload) {
            (None, _) => {
                out.push_str("    tag: int = 0\n    rest: bytes = b\"\"\n");
            }
            (Some(_), Some(ty)) => {
                let _ = writeln!(
                    out,
                    "    value: {}{}",
                    value_hint(ty),
                    attr_default(&initial(ty))
                );
            }
            (Some(_), None) => {}
        }
        let _ = writeln!(out, "\n\n{name}.{} = {class}", variant_name(v.name));
        let _ = writeln!(
            out,
            "{class}.__qualname__ = {}",
            py_str(&format!("{name}.{}", variant_name(v.name)))
        );
    }
    let _ = writeln!(out, "\n\nclass {name}View(_WireUnionView):");
    docstring(
        out,
        "    ",
        &format!(
            "A view of an encoded `{name}`, made by `{name}.view(buf)`: `variant`, `tag`, \
             `value` (a view of the payload) and `rest` (the unparsed bytes of the `other` \
             variant)."
        ),
    );
    out.push_str("\n    __slots__ = ()\n");
}

fn union_layout(out: &mut String, schema: &Schema, u: &Union) {
    let name = type_name(schema);
    let order = endian_name(u.endian);
    let tag = match u.tag {
        super::TagKind::U8 => "u8",
        super::TagKind::U16 => "u16",
        super::TagKind::Varint => "varint",
    };
    let _ = writeln!(
        out,
        "\n_UnionSpec(\n    {name}, {name}View, {}, tag={tag:?}, order={order:?},\n    variants=[",
        py_str(schema.name)
    );
    for v in u.variants {
        let id = v.id.map_or("None".to_string(), |id| id.to_string());
        let payload = match (&v.id, &v.payload) {
            (Some(_), Some(ty)) => codec(ty, None, order),
            _ => "None".to_string(),
        };
        let _ = writeln!(
            out,
            "        _VariantSpec({}, {id}, {payload}, {name}.{}),",
            py_str(v.name),
            variant_name(v.name)
        );
    }
    out.push_str("    ])\n");
}

/// The support code every generated module starts with: errors, codecs, the walk over
/// a struct's bytes and a union's tag.
const RUNTIME: &str = r####"# ---------------------------------------------------------------------------
# Errors: one class per cause, named and shaped like the Rust `DecodeError` and
# `EncodeError` variants, each carrying the field and the byte offset.
# ---------------------------------------------------------------------------


class WireError(Exception):
    """The base of every error this module raises on bytes or values."""

    #: The attributes `to_dict` reports, after `kind`.
    _ATTRS: Tuple[str, ...] = ()
    #: The name of the Rust error variant.
    kind = "WireError"

    def __init__(self, message: str, **attrs: Any) -> None:
        for name, value in attrs.items():
            setattr(self, name, value)
        super().__init__(message)

    def to_dict(self) -> Dict[str, Any]:
        """The error as plain data: `kind` and the variant's fields, as in Rust."""
        out: Dict[str, Any] = {"kind": self.kind}
        for name in self._ATTRS:
            out[name] = getattr(self, name)
        return out


class DecodeError(WireError):
    """Bytes that do not form a valid message. `offset` counts from the start of the
    buffer handed to `decode`, `decode_prefix` or `view`."""

    kind = "DecodeError"
    field: Optional[str] = None
    offset: int = 0


class Truncated(DecodeError):
    """The input ended before the message did."""

    kind = "Truncated"
    _ATTRS = ("field", "offset", "needed", "available")

    def __init__(self, field: str, offset: int, needed: int, available: int) -> None:
        super().__init__(
            f"input truncated at field `{field}` (offset {offset}): needed {needed} bytes, got {available}",
            field=field, offset=offset, needed=needed, available=available)


class TrailingBytes(DecodeError):
    """The input holds more bytes than one message."""

    kind = "TrailingBytes"
    _ATTRS = ("offset", "count")

    def __init__(self, offset: int, count: int) -> None:
        super().__init__(f"{count} trailing bytes after the message, from offset {offset}",
                         offset=offset, count=count)


class InvalidDiscriminant(DecodeError):
    """An enum field holds a value that names no member."""

    kind = "InvalidDiscriminant"
    _ATTRS = ("field", "offset", "value")

    def __init__(self, field: str, offset: int, value: int) -> None:
        super().__init__(f"field `{field}` at offset {offset}: {value:#x} names no enum variant",
                         field=field, offset=offset, value=value)


class InvalidBool(DecodeError):
    """A bool field (or an option's presence byte) holds a byte other than 0 or 1."""

    kind = "InvalidBool"
    _ATTRS = ("field", "offset", "value")

    def __init__(self, field: str, offset: int, value: int) -> None:
        super().__init__(
            f"field `{field}` at offset {offset}: invalid bool byte {value:#04x} (expected 0 or 1)",
            field=field, offset=offset, value=value)


class InvalidMagic(DecodeError):
    """A magic field does not hold its constant."""

    kind = "InvalidMagic"
    _ATTRS = ("field", "offset")

    def __init__(self, field: str, offset: int) -> None:
        super().__init__(f"field `{field}` at offset {offset}: magic value does not match",
                         field=field, offset=offset)


class UnknownTag(DecodeError):
    """A tagged union's tag names no variant, and the union has no `other` variant."""

    kind = "UnknownTag"
    _ATTRS = ("field", "offset", "tag")

    def __init__(self, field: str, offset: int, tag: int) -> None:
        super().__init__(f"field `{field}` at offset {offset}: unknown tag {tag:#x}",
                         field=field, offset=offset, tag=tag)


class LengthExceedsMax(DecodeError):
    """A length prefix declares more than the field's cap; nothing was read past it."""

    kind = "LengthExceedsMax"
    _ATTRS = ("field", "offset", "len", "max")

    def __init__(self, field: str, offset: int, length: int, cap: int) -> None:
        super().__init__(
            f"field `{field}` at offset {offset}: length {length} exceeds the maximum of {cap}",
            field=field, offset=offset, len=length, max=cap)


class InvalidUtf8(DecodeError):
    """A string field is not valid UTF-8; `offset` is the first bad byte."""

    kind = "InvalidUtf8"
    _ATTRS = ("field", "offset")

    def __init__(self, field: str, offset: int) -> None:
        super().__init__(f"field `{field}`: invalid utf-8 at offset {offset}",
                         field=field, offset=offset)


class InvalidBlockLength(DecodeError):
    """A versioned message's block length ends inside a field it should hold whole."""

    kind = "InvalidBlockLength"
    _ATTRS = ("offset", "len")

    def __init__(self, offset: int, length: int) -> None:
        super().__init__(
            f"block length {length} at offset {offset} does not end between two fields of the block",
            offset=offset, len=length)


class MalformedVarint(DecodeError):
    """A varint is longer than 10 bytes, above 2**64 - 1, or above its field's type."""

    kind = "MalformedVarint"
    _ATTRS = ("offset",)

    def __init__(self, offset: int) -> None:
        super().__init__(
            f"malformed varint at offset {offset}: longer than 10 bytes or above u64::MAX",
            offset=offset)


class EncodeError(WireError):
    """A value that cannot be written."""

    kind = "EncodeError"


class ValueOutOfRange(EncodeError):
    """A value does not fit its wire field (a bit field, an odd width, a decimal)."""

    kind = "ValueOutOfRange"
    _ATTRS = ("field", "offset", "value", "min", "max")

    def __init__(self, field: str, offset: int, value: int, lo: int, hi: int) -> None:
        super().__init__(f"field `{field}` at offset {offset}: value {value} out of range {lo}..={hi}",
                         field=field, offset=offset, value=value, min=lo, max=hi)


class EncodeLengthExceedsMax(EncodeError):
    """A variable-length value is longer than its cap (Rust's `EncodeError::LengthExceedsMax`)."""

    kind = "LengthExceedsMax"
    _ATTRS = ("field", "len", "max")

    def __init__(self, field: str, length: int, cap: int) -> None:
        super().__init__(f"field `{field}`: length {length} exceeds the maximum of {cap}",
                         field=field, len=length, max=cap)


class InvalidValue(EncodeError):
    """A value of a type the field cannot hold (a Rust compiler would have refused it)."""

    kind = "InvalidValue"
    _ATTRS = ("field", "reason")

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"field `{field}`: {reason}", field=field, reason=reason)


# ---------------------------------------------------------------------------
# Primitive readers and writers.
# ---------------------------------------------------------------------------

_PREFIX_WIDTH = {"u8": 1, "u16": 2, "u32": 4}
_PREFIX_MAX = {"u8": 0xFF, "u16": 0xFFFF, "u32": 0xFFFF_FFFF, "varint": 0xFFFF_FFFF_FFFF_FFFF}
# 10**k is exact in binary64 up to k = 22; built from ints so no pow() rounding is involved.
_POW10 = [float(10 ** k) for k in range(23)]
_I128_MIN, _I128_MAX = -(1 << 127), (1 << 127) - 1
_DECIMAL_CONTEXT = decimal.Context(prec=60)


def _as_view(buf: Any) -> memoryview:
    """`buf` as a one-dimensional memoryview of bytes, without copying."""
    mv = memoryview(buf)
    if mv.ndim != 1 or mv.format not in ("B", "b", "c"):
        mv = mv.cast("B")
    elif mv.format != "B":
        mv = mv.cast("B")
    return mv


def _read_varint(mv: memoryview, pos: int, field: str) -> Tuple[int, int]:
    """A LEB128 varint at `pos`: (value, end). At most 10 bytes, the 10th 0 or 1."""
    n = len(mv)
    value = 0
    for i in range(10):
        at = pos + i
        if at >= n:
            raise Truncated(field, pos, n + 1, n)
        byte = mv[at]
        if i == 9 and byte > 1:
            raise MalformedVarint(at)
        value |= (byte & 0x7F) << (7 * i)
        if byte < 0x80:
            return value, at + 1
    raise MalformedVarint(pos + 9)  # unreachable: the 10th byte returned or raised


def _varint_bytes(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _zigzag(value: int) -> int:
    return ((value << 1) ^ (value >> 63)) & 0xFFFF_FFFF_FFFF_FFFF


def _unzigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


def _read_len(mv: memoryview, pos: int, prefix: str, cap: int, field: str,
              order: str) -> Tuple[int, int]:
    """A length or count prefix at `pos`, checked against `cap` before anything it
    announces is read: (length, end of the prefix)."""
    n = len(mv)
    if prefix == "varint":
        length, end = _read_varint(mv, pos, field)
    else:
        width = _PREFIX_WIDTH[prefix]
        if n - pos < width:
            raise Truncated(field, pos, pos + width, n)
        length = int.from_bytes(mv[pos:pos + width], order)
        end = pos + width
    if length > cap:
        raise LengthExceedsMax(field, pos, length, cap)
    return length, end


def _len_bytes(length: int, prefix: str, cap: int, field: str, order: str) -> bytes:
    cap = min(cap, _PREFIX_MAX[prefix])
    if length > cap:
        raise EncodeLengthExceedsMax(field, length, cap)
    if prefix == "varint":
        return _varint_bytes(length)
    return length.to_bytes(_PREFIX_WIDTH[prefix], order)


def _check_int(value: Any, field: str, offset: int, lo: int, hi: int) -> int:
    if not isinstance(value, int):
        raise InvalidValue(field, f"expected an int, got {type(value).__name__}")
    if not lo <= value <= hi:
        raise ValueOutOfRange(field, offset, max(_I128_MIN, min(_I128_MAX, value)), lo, hi)
    return value


def _to_f32(value: float) -> float:
    """`value` rounded to the nearest binary32, as Rust's `as f32` does."""
    try:
        return struct.unpack("<f", struct.pack("<f", value))[0]
    except OverflowError:
        return math.copysign(math.inf, value)


def _round_half_away(value: float) -> int:
    whole = math.trunc(value)
    if abs(value - whole) >= 0.5:
        whole += 1 if value > 0 else -1
    return whole


def _from_fixed(units: int, scale: int) -> float:
    """The nearest float to `units * 10**-scale`, exactly as `wire`'s `fixed_to_f64`:
    up to 2**53 the count converts exactly and one division rounds; above, the decimal
    is converted (correctly rounded) instead."""
    if abs(units) <= 2 ** 53:
        return float(units) / _POW10[scale]
    return float(decimal.Decimal(units).scaleb(-scale, _DECIMAL_CONTEXT))


def _to_fixed(value: float, scale: int, lo: int, hi: int, field: str, offset: int,
              reads_back: Callable[[int], bool]) -> int:
    """`value` as a count of 10**-scale, rounded half away from zero, exactly as
    `wire`'s `f64_to_fixed`: far from a tie the binary product decides; near one, the
    shortest decimal that reads back as `value` (`repr`) does, so 1.00005 at scale 4 is
    10001 and -1.00005 is -10001; from 10**15 units on, the exact binary value. A value
    that reading `lo` or `hi` gives (`reads_back`) is that count."""
    if math.isnan(value):
        raise ValueOutOfRange(field, offset, 0, lo, hi)
    if math.isinf(value):
        raise ValueOutOfRange(field, offset, _I128_MAX if value > 0 else _I128_MIN, lo, hi)
    scaled = value * _POW10[scale]
    fraction = abs(scaled - math.trunc(scaled))
    if abs(scaled) >= 1e15:
        # No decimal to judge on: the exact binary value, rounded half away from zero.
        exact = abs(fractions.Fraction(value)) * 10 ** scale
        units = math.floor(exact + fractions.Fraction(1, 2))
        units = -units if value < 0 else units
    elif abs(fraction - 0.5) > 1e-6:
        units = _round_half_away(scaled)
    else:
        exact = decimal.Decimal(repr(value)).scaleb(scale, _DECIMAL_CONTEXT)
        units = int(exact.quantize(decimal.Decimal(1), decimal.ROUND_HALF_UP, _DECIMAL_CONTEXT))
    if units > hi and reads_back(hi):
        return hi
    if units < lo and reads_back(lo):
        return lo
    if not lo <= units <= hi:
        raise ValueOutOfRange(field, offset, max(_I128_MIN, min(_I128_MAX, units)), lo, hi)
    return units


# ---------------------------------------------------------------------------
# Codecs: one object per field type. Fixed-size codecs (`size` set) read a value at
# an offset (`get`), check it (`validate`) and write it (`put`); every codec reads one
# element from a cursor (`read`), checking what it reads, and appends one (`write`).
# ---------------------------------------------------------------------------


class _Codec:
    size: Optional[int] = None
    min_len = 1

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        """Raises when the bytes at `pos` hold no valid value (fixed codecs)."""

    def get(self, mv: memoryview, pos: int, view: bool) -> Any:
        raise NotImplementedError

    def put(self, value: Any, field: str, offset: int) -> bytes:
        raise NotImplementedError

    def read(self, mv: memoryview, pos: int, field: str, view: bool) -> Tuple[Any, int]:
        size = self.size
        assert size is not None
        if len(mv) - pos < size:
            raise Truncated(field, pos, pos + size, len(mv))
        self.validate(mv, pos, field)
        return self.get(mv, pos, view), pos + size

    def write(self, out: bytearray, value: Any, field: str) -> None:
        # An element's errors count from the element's own start, as in Rust.
        out += self.put(value, field, 0)

    def zero(self) -> Any:
        raise NotImplementedError


class _Int(_Codec):
    def __init__(self, width: int, signed: bool, order: str) -> None:
        self.size = self.min_len = width
        self.signed = signed
        self.order = order
        bits = 8 * width
        self.lo = -(1 << (bits - 1)) if signed else 0
        self.hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1

    def get(self, mv: memoryview, pos: int, view: bool) -> int:
        return int.from_bytes(mv[pos:pos + self.size], self.order, signed=self.signed)

    def put(self, value: Any, field: str, offset: int) -> bytes:
        value = _check_int(value, field, offset, self.lo, self.hi)
        return int(value).to_bytes(self.size, self.order, signed=self.signed)

    def zero(self) -> int:
        return 0


class _Float(_Codec):
    def __init__(self, width: int, order: str) -> None:
        self.size = self.min_len = width
        self.format = ("<" if order == "little" else ">") + ("f" if width == 4 else "d")

    def get(self, mv: memoryview, pos: int, view: bool) -> float:
        return struct.unpack_from(self.format, mv, pos)[0]

    def get_units(self, units: int) -> float:
        """What reading the count `units` gives."""
        value = _from_fixed(units, self.scale)
        return _to_f32(value) if self.float_width == 4 else value

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if not isinstance(value, (int, float)):
            raise InvalidValue(field, f"expected a float, got {type(value).__name__}")
        try:
            return struct.pack(self.format, value)
        except OverflowError:
            raise InvalidValue(field, f"{value!r} does not fit a 4-byte float") from None

    def zero(self) -> float:
        return 0.0


class _Bool(_Codec):
    size = 1

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        if mv[pos] > 1:
            raise InvalidBool(field, pos, mv[pos])

    def get(self, mv: memoryview, pos: int, view: bool) -> bool:
        return mv[pos] == 1

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if value is True or value is False or value in (0, 1):
            return b"\x01" if value else b"\x00"
        raise InvalidValue(field, f"expected a bool, got {value!r}")

    def zero(self) -> bool:
        return False


_BOOL = _Bool()


class _Decimal(_Codec):
    def __init__(self, float_width: int, repr_width: int, signed: bool, scale: int,
                 order: str) -> None:
        self.repr = _Int(repr_width, signed, order)
        self.size = self.min_len = repr_width
        self.float_width = float_width
        self.scale = scale

    def get(self, mv: memoryview, pos: int, view: bool) -> float:
        return self.get_units(self.repr.get(mv, pos, view))

    def get_units(self, units: int) -> float:
        """What reading the count `units` gives."""
        value = _from_fixed(units, self.scale)
        return _to_f32(value) if self.float_width == 4 else value

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if not isinstance(value, (int, float)):
            raise InvalidValue(field, f"expected a float, got {type(value).__name__}")
        value = float(value)
        if self.float_width == 4:
            # The Rust field is an f32: what it can hold is what is rounded, and what
            # reads back is compared as an f32.
            value = _to_f32(value)
        units = _to_fixed(value, self.scale, self.repr.lo, self.repr.hi, field, offset,
                          lambda units: self.get_units(units) == value)
        return units.to_bytes(self.size, self.repr.order, signed=self.repr.signed)

    def zero(self) -> float:
        return 0.0


class _Enum(_Codec):
    def __init__(self, cls: Any, width: int, order: str) -> None:
        self.cls = cls
        self.raw = _Int(width, False, order)
        self.size = self.min_len = width

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        value = self.raw.get(mv, pos, False)
        if value not in self.cls._value2member_map_:
            raise InvalidDiscriminant(field, pos, value)

    def get(self, mv: memoryview, pos: int, view: bool) -> Any:
        return self.cls(self.raw.get(mv, pos, view))

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if not isinstance(value, int) or value not in self.cls._value2member_map_:
            raise InvalidValue(field, f"{value!r} is not a {self.cls.__name__}")
        return self.raw.put(int(value), field, offset)

    def zero(self) -> Any:
        raise NotImplementedError(f"the default of enum {self.cls.__name__} is not known")


class _Array(_Codec):
    def __init__(self, elem: _Codec, count: int) -> None:
        self.elem = elem
        self.count = count
        assert elem.size is not None
        self.stride = elem.size
        self.size = self.min_len = elem.size * count
        # `[u8; N]` is `bytes`, as Rust programs treat it.
        self.raw = isinstance(elem, _Int) and elem.size == 1 and not elem.signed

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        for i in range(self.count):
            self.elem.validate(mv, pos + i * self.stride, field)

    def get(self, mv: memoryview, pos: int, view: bool) -> Any:
        if self.raw:
            return bytes(mv[pos:pos + self.count])
        return tuple(self.elem.get(mv, pos + i * self.stride, view) for i in range(self.count))

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if self.raw and isinstance(value, (bytes, bytearray, memoryview)):
            value = bytes(value)
            if len(value) != self.count:
                raise InvalidValue(field, f"expected {self.count} bytes, got {len(value)}")
            return value
        items = list(value)
        if len(items) != self.count:
            raise InvalidValue(field, f"expected {self.count} elements, got {len(items)}")
        return b"".join(self.elem.put(item, field, offset + i * self.stride)
                        for i, item in enumerate(items))

    def zero(self) -> Any:
        if self.raw:
            return bytes(self.count)
        return tuple(self.elem.zero() for _ in range(self.count))


class _FixedStruct(_Codec):
    """A nested fixed-layout struct: part of a block, or a fixed element."""

    def __init__(self, cls: Any) -> None:
        self.cls = cls

    @property
    def spec(self) -> "_StructSpec":
        return self.cls._wire

    @property  # type: ignore[override]
    def size(self) -> int:  # type: ignore[override]
        return self.spec.block_len

    @property  # type: ignore[override]
    def min_len(self) -> int:  # type: ignore[override]
        return self.spec.block_len

    def read(self, mv: memoryview, pos: int, field: str, view: bool) -> Tuple[Any, int]:
        if len(mv) - pos < self.size:
            # As Rust reads an element: the struct's own length error, naming its first
            # field cut.
            raise self.spec.short_block(mv, pos)
        return super().read(mv, pos, field, view)

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        # A nested struct names its own fields in its errors.
        self.spec.validate_block(mv, pos, None)

    def get(self, mv: memoryview, pos: int, view: bool) -> Any:
        spec = self.spec
        if view:
            return spec.make_view(mv, pos, pos, spec.block_len, (), pos + spec.block_len)
        return spec.block_value(mv, pos, spec.block_len, {})

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if not isinstance(value, self.cls):
            raise InvalidValue(field, f"expected a {self.cls.__name__}, got {type(value).__name__}")
        return bytes(self.spec.encode_block(value, offset))

    def zero(self) -> Any:
        return self.cls()


class _Message(_Codec):
    """A nested variable-length struct or tagged union: read from a cursor only."""

    def __init__(self, cls: Any) -> None:
        self.cls = cls

    @property  # type: ignore[override]
    def min_len(self) -> int:  # type: ignore[override]
        return self.cls._wire.min_len

    def read(self, mv: memoryview, pos: int, field: str, view: bool) -> Tuple[Any, int]:
        return self.cls._wire.walk(mv, pos, view)

    def write(self, out: bytearray, value: Any, field: str) -> None:
        if not isinstance(value, self.cls):
            raise InvalidValue(field, f"expected a {self.cls.__name__}, got {type(value).__name__}")
        out += value.encode()

    def zero(self) -> Any:
        return self.cls._wire.zero()


class _Varint(_Codec):
    def __init__(self, signed: bool, zigzag: bool, width: int) -> None:
        self.signed = signed
        self.zigzag = zigzag
        self.bits = 8 * width
        self.lo = -(1 << (self.bits - 1)) if signed else 0
        self.hi = (1 << (self.bits - 1)) - 1 if signed else (1 << self.bits) - 1

    def read(self, mv: memoryview, pos: int, field: str, view: bool) -> Tuple[int, int]:
        value, end = _read_varint(mv, pos, field)
        bits = self.bits
        if self.signed and not self.zigzag:
            # Two's complement in 64 bits (Protocol Buffers' int64), then the type's range.
            if value >= 1 << 63:
                value -= 1 << 64
            if bits < 64 and not self.lo <= value <= self.hi:
                raise MalformedVarint(pos)
            return value, end
        if bits < 64 and value >> bits:
            # The byte that carries the lowest bit too many (byte i carries bits 7i..7i+7).
            excess = value >> bits << bits
            lowest = (excess & -excess).bit_length() - 1
            raise MalformedVarint(pos + lowest // 7)
        return (_unzigzag(value) if self.signed else value), end

    def write(self, out: bytearray, value: Any, field: str) -> None:
        value = _check_int(value, field, 0, self.lo, self.hi)
        if self.signed:
            value = _zigzag(value) if self.zigzag else value & 0xFFFF_FFFF_FFFF_FFFF
        out += _varint_bytes(value)

    def zero(self) -> int:
        return 0


class _Bytes(_Codec):
    def __init__(self, prefix: str, cap: int, order: str) -> None:
        self.prefix = prefix
        self.cap = cap
        self.order = order
        self.min_len = _PREFIX_WIDTH.get(prefix, 1)

    def span(self, mv: memoryview, pos: int, field: str) -> Tuple[int, int]:
        """Where the content starts and ends; checked against the input left."""
        length, start = _read_len(mv, pos, self.prefix, self.cap, field, self.order)
        end = start + length
        if end > len(mv):
            raise Truncated(field, pos, end, len(mv))
        return start, end

    def read(self, mv: memoryview, pos: int, field: str, view: bool) -> Tuple[Any, int]:
        start, end = self.span(mv, pos, field)
        return (mv[start:end] if view else bytes(mv[start:end])), end

    def write(self, out: bytearray, value: Any, field: str) -> None:
        if not isinstance(value, (bytes, bytearray, memoryview)):
            raise InvalidValue(field, f"expected bytes, got {type(value).__name__}")
        data = bytes(value)
        out += _len_bytes(len(data), self.prefix, self.cap, field, self.order)
        out += data

    def zero(self) -> bytes:
        return b""


class _Str(_Bytes):
    def read(self, mv: memoryview, pos: int, field: str, view: bool) -> Tuple[str, int]:
        start, end = self.span(mv, pos, field)
        try:
            return str(mv[start:end], "utf-8"), end
        except UnicodeDecodeError as error:
            raise InvalidUtf8(field, start + error.start) from None

    def write(self, out: bytearray, value: Any, field: str) -> None:
        if not isinstance(value, str):
            raise InvalidValue(field, f"expected a str, got {type(value).__name__}")
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidValue(field, "the string holds a lone surrogate") from None
        out += _len_bytes(len(data), self.prefix, self.cap, field, self.order)
        out += data

    def zero(self) -> str:
        return ""


class _List(_Codec):
    def __init__(self, elem: _Codec, prefix: str, cap: int, order: str) -> None:
        self.elem = elem
        self.prefix = prefix
        self.cap = cap
        self.order = order
        self.min_len = _PREFIX_WIDTH.get(prefix, 1)

    def read(self, mv: memoryview, pos: int, field: str, view: bool) -> Tuple[list, int]:
        count, cursor = _read_len(mv, pos, self.prefix, self.cap, field, self.order)
        # Every element takes at least `min_len` bytes: a count the input cannot hold is
        # refused before any element is read.
        needed = count * max(self.elem.min_len, 1)
        if needed > len(mv) - cursor:
            raise Truncated(field, pos, cursor + needed, len(mv))
        elem = self.elem
        if elem.size is not None:
            stride = elem.size
            for i in range(count):
                elem.validate(mv, cursor + i * stride, field)
            items = [elem.get(mv, cursor + i * stride, view) for i in range(count)]
            return items, cursor + count * stride
        items = []
        for _ in range(count):
            item, cursor = elem.read(mv, cursor, field, view)
            items.append(item)
        return items, cursor

    def write(self, out: bytearray, value: Any, field: str) -> None:
        items = list(value)
        out += _len_bytes(len(items), self.prefix, self.cap, field, self.order)
        for item in items:
            self.elem.write(out, item, field)

    def zero(self) -> list:
        return []


class _Option(_Codec):
    def __init__(self, inner: _Codec) -> None:
        self.inner = inner

    def read(self, mv: memoryview, pos: int, field: str, view: bool) -> Tuple[Any, int]:
        if pos >= len(mv):
            raise Truncated(field, pos, pos + 1, len(mv))
        presence = mv[pos]
        if presence == 0:
            return None, pos + 1
        if presence != 1:
            raise InvalidBool(field, pos, presence)
        return self.inner.read(mv, pos + 1, field, view)

    def write(self, out: bytearray, value: Any, field: str) -> None:
        if value is None:
            out.append(0)
        else:
            out.append(1)
            self.inner.write(out, value, field)

    def zero(self) -> None:
        return None


def _magic(codec: _Codec, constant: bytes) -> Any:
    """The value a magic field holds: its constant, read as the field's type."""
    return codec.get(memoryview(constant), 0, False)


def _no_default(type_name: str, field: str, expression: str) -> Callable[[], Any]:
    """The default of a field whose Rust `default = ...` is not a plain literal: it is
    only needed when a peer's older version did not send the field, so that is when
    it raises."""

    def default() -> Any:
        raise NotImplementedError(
            f"field `{field}` of `{type_name}` was not sent (an older version), and its "
            f"Rust default `{expression}` is not a literal this module can evaluate")

    return default


# ---------------------------------------------------------------------------
# Struct layouts: the block's fixed fields, then the variable ones, with the version
# header of versioned messages. One walk over the bytes serves decode and view.
# ---------------------------------------------------------------------------


class _FixedField:
    """A field of whole bytes in the block."""

    def __init__(self, name: str, attr: str, offset: int, width: int, codec: _Codec,
                 since: int = 1, default: Optional[Callable[[], Any]] = None,
                 magic: Optional[bytes] = None) -> None:
        self.name, self.attr, self.offset, self.codec = name, attr, offset, codec
        self.end = offset + width
        self.since, self.default, self.magic = since, default, magic

    def get(self, mv: memoryview, block: int, view: bool) -> Any:
        return self.codec.get(mv, block + self.offset, view)


class _BitField:
    """`width` bits of the run of `run_len` bytes at `run_offset`: the run is read as
    one unsigned integer in its byte order, the field is (run >> shift) & mask."""

    def __init__(self, name: str, attr: str, run_offset: int, run_len: int, shift: int,
                 width: int, kind: str, order: str, since: int = 1,
                 default: Optional[Callable[[], Any]] = None) -> None:
        self.name, self.attr = name, attr
        self.offset, self.run_len, self.shift, self.width = run_offset, run_len, shift, width
        self.end = run_offset + run_len
        self.kind, self.order = kind, order
        self.since, self.default = since, default
        self.mask = (1 << width) - 1
        if kind == "i":
            self.lo, self.hi = -(1 << (width - 1)), (1 << (width - 1)) - 1
        else:
            self.lo, self.hi = 0, self.mask
        self.magic = None

    def get(self, mv: memoryview, block: int, view: bool) -> Any:
        at = block + self.offset
        bits = (int.from_bytes(mv[at:at + self.run_len], self.order) >> self.shift) & self.mask
        if self.kind == "b":
            return bits != 0
        if self.kind == "i" and bits >> (self.width - 1):
            bits -= 1 << self.width  # sign-extend from the field's width
        return bits

    def bits(self, value: Any, offset: int) -> int:
        if self.kind == "b":
            if value is True or value is False or value in (0, 1):
                return int(bool(value))
            raise InvalidValue(self.name, f"expected a bool, got {value!r}")
        return _check_int(value, self.name, offset, self.lo, self.hi) & self.mask


class _VarField:
    """A variable-length field after the block."""

    def __init__(self, name: str, attr: str, codec: _Codec, since: int = 1,
                 default: Optional[Callable[[], Any]] = None) -> None:
        self.name, self.attr, self.codec = name, attr, codec
        self.since, self.default = since, default


class _StructSpec:
    def __init__(self, cls: Any, view_cls: Any, name: str, version: Optional[int],
                 block_len: int, fixed_size: bool, endian: str, fields: List[Any]) -> None:
        self.cls, self.view_cls, self.name = cls, view_cls, name
        self.version, self.block_len, self.fixed_size = version, block_len, fixed_size
        self.order = endian
        self.fields = fields
        self.fixed = [f for f in fields if not isinstance(f, _VarField)]
        self.var = [f for f in fields if isinstance(f, _VarField)]
        if version is None:
            self.header_len = 0
        else:
            self.header_len = 6 if self.var else 2
        # A peer's block may end after the first version's fields or after any later
        # field, nowhere else (Rust: `InvalidBlockLength`).
        first = [f.end for f in self.fixed if f.since == 1]
        self.base_end = first[-1] if first else 0
        self.later_ends = {f.end for f in self.fixed if f.since > 1}
        self.min_len = self.header_len + len(self.var) + block_len
        cls._wire = self
        view_cls._wire = self

    # -- the block --

    def validate_block(self, mv: memoryview, block: int, block_len: Optional[int]) -> None:
        """Checks bools, enums, magic and nested structs, in field order; with a block
        length (a versioned message), only the fields the sender had."""
        for f in self.fixed:
            if isinstance(f, _BitField):
                continue
            if block_len is not None and f.since > 1 and block_len < f.end:
                continue
            at = block + f.offset
            if f.magic is not None:
                if mv[at:at + len(f.magic)] != f.magic:
                    raise InvalidMagic(f.name, at)
            else:
                f.codec.validate(mv, at, f.name)

    def fixed_value(self, f: Any, mv: memoryview, block: int, block_len: int, view: bool) -> Any:
        if f.since > 1 and block_len < f.end:
            return f.default()
        return f.get(mv, block, view)

    def block_value(self, mv: memoryview, block: int, block_len: int, var: Dict[str, Any]) -> Any:
        values = {f.attr: self.fixed_value(f, mv, block, block_len, False) for f in self.fixed}
        values.update(var)
        return self.cls(**values)

    def encode_block(self, value: Any, offset: int) -> bytearray:
        """The block of `value`; `offset` is where it starts in the whole encoding (for
        the offsets of errors)."""
        out = bytearray(self.block_len)
        runs: Dict[int, Tuple[Any, int]] = {}
        for f in self.fixed:
            item = getattr(value, f.attr)
            if isinstance(f, _BitField):
                field, bits = runs.get(f.offset, (f, 0))
                runs[f.offset] = (field, bits | (f.bits(item, offset + f.offset) << f.shift))
            elif f.magic is not None:
                out[f.offset:f.end] = f.magic
            else:
                out[f.offset:f.end] = f.codec.put(item, f.name, offset + f.offset)
        for at, (f, bits) in runs.items():
            out[at:at + f.run_len] = bits.to_bytes(f.run_len, f.order)
        return out

    def short_block(self, mv: memoryview, base: int) -> Truncated:
        available = len(mv) - base
        for f in self.fixed:
            if f.end > available:
                return Truncated(f.name, base + f.offset, base + self.block_len, len(mv))
        return Truncated("", len(mv), base + self.block_len, len(mv))

    # -- the walk --

    def walk(self, mv: memoryview, base: int, view: bool) -> Tuple[Any, int]:
        """The message at `base`: (value or view, end). Every check is made here, once."""
        n = len(mv)
        if self.version is None:
            if n - base < self.block_len:
                raise self.short_block(mv, base)
            block, block_len = base, self.block_len
            self.validate_block(mv, block, None)
            pos = block + block_len
        else:
            if n - base < 2:
                raise Truncated("block length", base, base + 2, n)
            block_len = int.from_bytes(mv[base:base + 2], self.order)
            if block_len < self.block_len and not (
                    block_len == self.base_end or block_len in self.later_ends):
                raise InvalidBlockLength(base, block_len)
            block = base + self.header_len
            if n - block < block_len:
                raise Truncated("block", block, block + block_len, n)
            self.validate_block(mv, block, block_len)
            pos = block + block_len
            if self.var:
                if n - base < 6:
                    raise Truncated("variable length", base + 2, base + 6, n)
                var_len = int.from_bytes(mv[base + 2:base + 6], self.order)
                if pos + var_len > n:
                    raise Truncated("variable fields", pos, pos + var_len, n)
                # Variable fields this version does not know are skipped with the rest.
                mv = mv[:pos + var_len]
        starts: List[Optional[int]] = []
        values: Dict[str, Any] = {}
        for f in self.var:
            if f.since > 1 and pos >= len(mv):
                # The sender's version did not have the field.
                starts.append(None)
                if not view:
                    values[f.attr] = f.default()
                continue
            starts.append(pos)
            item, pos = f.codec.read(mv, pos, f.name, view)
            values[f.attr] = item
        end = len(mv) if self.version is not None and self.var else pos
        if view:
            return self.make_view(mv, base, block, block_len, tuple(starts), end), end
        return self.block_value(mv, block, block_len, values), end

    def make_view(self, mv: memoryview, base: int, block: int, block_len: int,
                  starts: Tuple[Optional[int], ...], end: int) -> Any:
        view = object.__new__(self.view_cls)
        view._wire_mv, view._wire_base, view._wire_end = mv, base, end
        view._wire_block, view._wire_block_len, view._wire_starts = block, block_len, starts
        return view

    def zero(self) -> Any:
        return self.cls()

    # -- entry points --

    def decode(self, buf: Any) -> Any:
        mv = _as_view(buf)
        if self.fixed_size and len(mv) > self.block_len:
            # A fixed message is exactly its block: the length is checked first.
            raise TrailingBytes(self.block_len, len(mv) - self.block_len)
        value, end = self.walk(mv, 0, False)
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return value

    def view(self, buf: Any) -> Any:
        mv = _as_view(buf)
        if self.fixed_size and len(mv) > self.block_len:
            raise TrailingBytes(self.block_len, len(mv) - self.block_len)
        view, end = self.walk(mv, 0, True)
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return view

    def prefix(self, buf: Any, view: bool) -> Tuple[Any, memoryview]:
        mv = _as_view(buf)
        value, end = self.walk(mv, 0, view)
        return value, mv[end:]

    def encode(self, value: Any) -> bytes:
        block = self.encode_block(value, self.header_len)
        tail = bytearray()
        for f in self.var:
            f.codec.write(tail, getattr(value, f.attr), f.name)
        if self.version is None:
            return bytes(block + tail)
        header = self.block_len.to_bytes(2, self.order)
        if self.var:
            if len(tail) > 0xFFFF_FFFF:
                raise EncodeLengthExceedsMax("variable fields", len(tail), 0xFFFF_FFFF)
            header += len(tail).to_bytes(4, self.order)
        return bytes(header + block + tail)


class _WireStruct:
    """What every generated struct class has (the dataclass adds the fields)."""

    _wire: ClassVar[_StructSpec]

    def encode(self) -> bytes:
        """The encoding of this value.

        Raises `ValueOutOfRange`, `EncodeLengthExceedsMax` or `InvalidValue` for a value
        the wire field cannot hold."""
        return self._wire.encode(self)

    @classmethod
    def decode(cls: Type[_T], buf: Any) -> _T:
        """The value of `buf`, which must hold exactly one encoding (`TrailingBytes`
        otherwise); raises a `DecodeError` subclass for invalid bytes."""
        return cls._wire.decode(buf)  # type: ignore[attr-defined]

    @classmethod
    def decode_prefix(cls: Type[_T], buf: Any) -> Tuple[_T, memoryview]:
        """The value at the front of `buf`, and the bytes after it."""
        return cls._wire.prefix(buf, False)  # type: ignore[attr-defined]

    @classmethod
    def view(cls, buf: Any) -> Any:
        """A zero-copy view of `buf`, which must hold exactly one encoding; it is
        checked once here, and its properties read the bytes in place."""
        return cls._wire.view(buf)

    @classmethod
    def view_prefix(cls, buf: Any) -> Tuple[Any, memoryview]:
        """A view of the message at the front of `buf`, and the bytes after it."""
        return cls._wire.prefix(buf, True)


class _WireView:
    """What every generated view class has: the buffer, where the block and each
    variable field start (found and checked once, when the view was made)."""

    __slots__ = ("_wire_mv", "_wire_base", "_wire_end", "_wire_block", "_wire_block_len",
                 "_wire_starts")
    _wire: ClassVar[_StructSpec]

    def _fixed(self, index: int) -> Any:
        spec = self._wire
        f = spec.fixed[index]
        return spec.fixed_value(f, self._wire_mv, self._wire_block, self._wire_block_len, True)

    def _variable(self, index: int) -> Any:
        start = self._wire_starts[index]
        if start is None:
            return None
        f = self._wire.var[index]
        return f.codec.read(self._wire_mv, start, f.name, True)[0]

    def as_bytes(self) -> memoryview:
        """The bytes of the encoding."""
        return self._wire_mv[self._wire_base:self._wire_end]

    def to_value(self) -> Any:
        """Every field, read into an owned value."""
        return self._wire.walk(self._wire_mv, self._wire_base, False)[0]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({bytes(self.as_bytes()).hex()})"


# ---------------------------------------------------------------------------
# Tagged unions.
# ---------------------------------------------------------------------------


class _VariantSpec:
    def __init__(self, name: str, tag: Optional[int], codec: Optional[_Codec], cls: Any) -> None:
        self.name, self.tag, self.codec, self.cls = name, tag, codec, cls


class _UnionSpec:
    def __init__(self, cls: Any, view_cls: Any, name: str, tag: str, order: str,
                 variants: List[_VariantSpec]) -> None:
        self.cls, self.view_cls, self.name = cls, view_cls, name
        self.tag_kind, self.order = tag, order
        self.variants = variants
        self.by_tag = {v.tag: v for v in variants if v.tag is not None}
        self.other = next((v for v in variants if v.tag is None), None)
        self.by_class = {v.cls: v for v in variants}
        self.min_len = 1
        cls._wire = self
        view_cls._wire = self
        self.fixed_size = False

    def read_tag(self, mv: memoryview, base: int) -> Tuple[int, int]:
        n = len(mv)
        if self.tag_kind == "u8":
            if base >= n:
                raise Truncated(self.name, base, base + 1, n)
            return mv[base], base + 1
        if self.tag_kind == "u16":
            if n - base < 2:
                raise Truncated(self.name, base, base + 2, n)
            return int.from_bytes(mv[base:base + 2], self.order), base + 2
        return _read_varint(mv, base, self.name)

    def tag_bytes(self, tag: int, field: str) -> bytes:
        if self.tag_kind == "varint":
            return _varint_bytes(_check_int(tag, field, 0, 0, (1 << 64) - 1))
        width = 1 if self.tag_kind == "u8" else 2
        return _check_int(tag, field, 0, 0, (1 << (8 * width)) - 1).to_bytes(width, self.order)

    def walk(self, mv: memoryview, base: int, view: bool) -> Tuple[Any, int]:
        tag, pos = self.read_tag(mv, base)
        variant = self.by_tag.get(tag)
        if variant is None:
            if self.other is None:
                raise UnknownTag(self.name, base, tag)
            # The `other` variant keeps the tag and every byte after it, unparsed.
            rest = mv[pos:]
            if view:
                return self.make_view(mv, base, len(mv), self.other, tag, None, rest), len(mv)
            return self.other.cls(tag, bytes(rest)), len(mv)
        payload, end = None, pos
        if variant.codec is not None:
            payload, end = variant.codec.read(mv, pos, variant.name, view)
        if view:
            return self.make_view(mv, base, end, variant, tag, payload, None), end
        if variant.codec is None:
            return variant.cls(), end
        return variant.cls(payload), end

    def make_view(self, mv: memoryview, base: int, end: int, variant: _VariantSpec, tag: int,
                  value: Any, rest: Optional[memoryview]) -> Any:
        view = object.__new__(self.view_cls)
        view._wire_mv, view._wire_base, view._wire_end = mv, base, end
        view.variant, view.tag, view.value, view.rest = variant.name, tag, value, rest
        return view

    def encode(self, value: Any) -> bytes:
        variant = self.by_class.get(type(value))
        if variant is None:
            raise InvalidValue(self.name, f"{type(value).__name__} is not a variant of {self.name}")
        if variant.tag is None:
            out = bytearray(self.tag_bytes(value.tag, variant.name))
            if not isinstance(value.rest, (bytes, bytearray, memoryview)):
                raise InvalidValue(variant.name, "the unparsed rest must be bytes")
            out += bytes(value.rest)
            return bytes(out)
        out = bytearray(self.tag_bytes(variant.tag, variant.name))
        if variant.codec is not None:
            variant.codec.write(out, value.value, variant.name)
        return bytes(out)

    def zero(self) -> Any:
        for variant in self.variants:
            if variant.tag is not None:
                if variant.codec is None:
                    return variant.cls()
                return variant.cls(variant.codec.zero())
        raise NotImplementedError(f"{self.name} has no variant with a tag")

    def decode(self, buf: Any) -> Any:
        mv = _as_view(buf)
        value, end = self.walk(mv, 0, False)
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return value

    def view(self, buf: Any) -> Any:
        mv = _as_view(buf)
        value, end = self.walk(mv, 0, True)
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return value

    def prefix(self, buf: Any, view: bool) -> Tuple[Any, memoryview]:
        mv = _as_view(buf)
        value, end = self.walk(mv, 0, view)
        return value, mv[end:]


class _WireUnion:
    """What every generated union class has; its variants are its subclasses."""

    _wire: ClassVar[_UnionSpec]
    #: The name of the Rust variant.
    variant: ClassVar[str] = ""

    def encode(self) -> bytes:
        """The tag, then the variant's payload."""
        return self._wire.encode(self)

    @classmethod
    def decode(cls, buf: Any) -> Any:
        """The variant `buf` holds (exactly one message)."""
        return cls._wire.decode(buf)

    @classmethod
    def decode_prefix(cls, buf: Any) -> Tuple[Any, memoryview]:
        """The variant at the front of `buf`, and the bytes after it."""
        return cls._wire.prefix(buf, False)

    @classmethod
    def view(cls, buf: Any) -> Any:
        """A view of `buf`: its `variant` name, `tag`, and `value` (a view of the
        payload) or, for the `other` variant, `rest`."""
        return cls._wire.view(buf)

    @classmethod
    def view_prefix(cls, buf: Any) -> Tuple[Any, memoryview]:
        """A view of the message at the front of `buf`, and the bytes after it."""
        return cls._wire.prefix(buf, True)


class _WireUnionView:
    """A view of a tagged union: `variant` (the Rust variant's name), `tag`, `value`
    (the payload's view or value; None without a payload) and `rest` (the unparsed
    bytes of the `other` variant, else None)."""

    __slots__ = ("_wire_mv", "_wire_base", "_wire_end", "variant", "tag", "value", "rest")
    _wire: ClassVar[_UnionSpec]

    def as_bytes(self) -> memoryview:
        """The bytes of the encoding."""
        return self._wire_mv[self._wire_base:self._wire_end]

    def to_value(self) -> Any:
        """The variant, decoded into an owned value."""
        return self._wire.walk(self._wire_mv, self._wire_base, False)[0]

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.variant}({bytes(self.as_bytes()).hex()})"
"####;

#[cfg(test)]
mod tests {
    use super::super::fixtures::{
        at, bits, enumeration, field, other, structure, tagged, value, variable, variant, I16, U16,
        U32, U8,
    };
    use super::*;
    use crate::schema::{SchemaRef, TagKind};
    use std::process::Command;

    /// A value named after a Python keyword.
    const COLOR: Schema = enumeration(
        "Color",
        1,
        &[value("Red", 1), value("None", 7).doc("A Python keyword.")],
    )
    .doc("A colour.");

    /// Big endian: magic, a 4/12 bit run with a signed field, a 3-byte signed integer,
    /// an enum, a fixed-point decimal.
    const HEADER: Schema = structure(
        "Header",
        Endian::Big,
        None,
        12,
        &[
            field("magic", "u16", U16, at(0, 2)).magic(b"\xca\xfe"),
            field("kind", "u8", U8, bits(2, 2, 12, 4)),
            field("delta", "i16", I16, bits(2, 2, 0, 12)),
            field("from", "i32", Type::Int { bytes: 4 }, at(4, 3)),
            field(
                "color",
                "Color",
                Type::Named(SchemaRef::new(|| &COLOR)),
                at(7, 1),
            ),
            field(
                "price",
                "f64",
                Type::Decimal {
                    float_bytes: 8,
                    repr_bytes: 4,
                    signed: true,
                    scale: 2,
                },
                at(8, 4),
            ),
        ],
    )
    .doc("A \"quoted\" header.");

    /// Little endian, version 2: a header, a string, a list of headers, a later field.
    const RECORD: Schema = structure(
        "Record",
        Endian::Little,
        Some(2),
        4,
        &[
            field("id", "u16", U16, at(0, 2)),
            field("level", "i16", I16, at(2, 2))
                .since(2)
                .with_default(DefaultValue::Expr("-7i16")),
            field(
                "name",
                "String",
                Type::Str {
                    prefix: LenPrefix::U8,
                    max_len: 4,
                },
                variable(0),
            ),
            field(
                "headers",
                "Vec<Header>",
                Type::List {
                    elem: &Type::Named(SchemaRef::new(|| &HEADER)),
                    prefix: LenPrefix::Varint,
                    max_len: 3,
                },
                variable(1),
            ),
            field(
                "count",
                "i32",
                Type::Varint {
                    signed: true,
                    zigzag: true,
                    bytes: 4,
                },
                variable(2),
            )
            .since(2)
            .with_default(DefaultValue::Expr("compute()")),
        ],
    );

    /// A two-byte little-endian tag.
    const PACKET: Schema = tagged(
        "Packet",
        TagKind::U16,
        Some(Endian::Little),
        &[
            variant(
                "Record",
                0x0102,
                Some(Type::Named(SchemaRef::new(|| &RECORD))),
            ),
            variant("Number", 3, Some(U32)),
            variant("Ping", 4, None),
            other("Unknown"),
        ],
    );

    #[test]
    fn every_reached_type_is_defined_once() {
        let module = generate(&[&PACKET, &HEADER, &PACKET]);
        for class in [
            "class Color(enum.IntEnum):",
            "class Header(_WireStruct):",
            "class HeaderView(_WireView):",
            "class Record(_WireStruct):",
            "class Packet(_WireUnion):",
            "class _Packet_Unknown(Packet):",
        ] {
            assert_eq!(module.matches(class).count(), 1, "{class}");
        }
        // Python keywords get a trailing underscore; the wire name stays the Rust one.
        assert!(module.contains("    None_ = 7\n"));
        assert!(module.contains("_FixedField(\"from\", \"from_\", 4, 3, _Int(3, True, \"big\")"));
    }

    #[test]
    fn literal_defaults_are_translated_and_the_rest_deferred() {
        let int = Type::Int { bytes: 4 };
        assert_eq!(literal_default("100", &int).as_deref(), Some("100"));
        assert_eq!(literal_default("-1", &int).as_deref(), Some("-1"));
        assert_eq!(literal_default("1_000u32", &int).as_deref(), Some("1000"));
        assert_eq!(literal_default("0xFFu8", &int).as_deref(), Some("255"));
        assert_eq!(literal_default("- 2.5f64", &int).as_deref(), Some("-2.5"));
        assert_eq!(literal_default("1e3", &int).as_deref(), Some("1000.0"));
        assert_eq!(
            literal_default("true", &Type::Bool).as_deref(),
            Some("True")
        );
        let text = Type::Str {
            prefix: LenPrefix::U8,
            max_len: 8,
        };
        assert_eq!(
            literal_default("\"ab\".into()", &text).as_deref(),
            Some("\"ab\"")
        );
        assert_eq!(
            literal_default("String::from(\"x\")", &text).as_deref(),
            Some("\"x\"")
        );
        assert_eq!(
            literal_default("Color::None", &Type::Named(SchemaRef::new(|| &COLOR))).as_deref(),
            Some("Color.None_")
        );
        assert_eq!(literal_default("compute()", &int), None);
        assert_eq!(literal_default("i32::MAX", &int), None);
        assert_eq!(literal_default("\"a\\n\"", &text), None);
    }

    /// Runs `script` after the generated module, in `python3`: a missing interpreter
    /// fails the test.
    fn run_python(module: &str, script: &str) {
        let dir = std::env::temp_dir().join(format!("wire-python-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("generated.py");
        std::fs::write(&path, format!("{module}\n\n# ---- test ----\n{script}"))
            .expect("write module");
        let output = Command::new("python3")
            .arg(&path)
            .output()
            .expect("python3 must be installed to test the generated Python codec");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(
            output.status.success(),
            "python failed:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    #[test]
    fn the_generated_module_reads_and_writes_hand_computed_bytes() {
        let module = generate(&[&PACKET]);
        // Bytes computed by hand from the layouts above.
        let script = r#"
h = Header(kind=0xA, delta=-2, from_=-3, color=Color.None_, price=-1.005)
b = h.encode()
assert b == bytes.fromhex("cafe" "affe" "fffffd" "07" "ffffff9b"), b.hex()
assert Header.decode(b) == Header(kind=0xA, delta=-2, from_=-3, color=Color.None_, price=-1.01)
v = Header.view(b)
assert (v.kind, v.delta, v.from_, v.color, v.price) == (10, -2, -3, Color.None_, -1.01)
assert Header.SIZE == 12 and bytes(v.as_bytes()) == b
for bad, kind in [(b[:5], Truncated), (b + b"\0", TrailingBytes), (b"\xca\xff" + b[2:], InvalidMagic),
                  (b[:7] + b"\x02" + b[8:], InvalidDiscriminant)]:
    try:
        Header.decode(bad)
        raise AssertionError("no error")
    except kind:
        pass
try:
    Header(kind=16).encode()
    raise AssertionError("no error")
except ValueOutOfRange as e:
    assert e.to_dict() == {"kind": "ValueOutOfRange", "field": "kind", "offset": 2, "value": 16, "min": 0, "max": 15}

r = Record(id=5, level=3, name="ab", headers=[h], count=-2)
b = r.encode()
block = bytes.fromhex("0400" + "11000000" + "0500" + "0300")
var = b"\x02ab" + b"\x01" + h.encode() + b"\x03"
assert b == block + var, b.hex()
p = Packet.Record(r)
assert p.encode() == b"\x02\x01" + b
assert Packet.decode(p.encode()) == Packet.Record(Record(id=5, level=3, name="ab", headers=[Header.decode(h.encode())], count=-2))
pv = Packet.view(p.encode())
assert pv.variant == "Record" and pv.value.name == "ab" and pv.value.headers[0].kind == 10
assert Packet.decode(b"\x03\x00\x01\x00\x00\x00") == Packet.Number(1)
assert Packet.decode(b"\x04\x00") == Packet.Ping()
assert Packet.decode(b"\x09\x00xyz") == Packet.Unknown(9, b"xyz")
assert Packet.Unknown(9, b"xyz").encode() == b"\x09\x00xyz"

# A version-1 sender: a block of 2 bytes, no `level`, no `count`.
old = bytes.fromhex("0200" + "04000000" + "0500") + b"\x02ab\x00"
v = Record.view(old)
assert (v.id, v.level, v.name, v.headers, v.count) == (5, -7, "ab", [], None)
try:
    Record.decode(old)
    raise AssertionError("no error")
except NotImplementedError as e:
    assert "compute()" in str(e)
try:
    Record.decode(bytes.fromhex("0100" + "03000000" + "05") + b"\x02ab\x00")
    raise AssertionError("no error")
except InvalidBlockLength as e:
    assert e.to_dict() == {"kind": "InvalidBlockLength", "offset": 0, "len": 1}
try:
    Record(name="abcde").encode()
    raise AssertionError("no error")
except EncodeLengthExceedsMax as e:
    assert e.to_dict() == {"kind": "LengthExceedsMax", "field": "name", "len": 5, "max": 4}
try:
    Record.decode(bytes.fromhex("0400" + "06000000" + "0500" + "0300") + b"\x05abcde")
    raise AssertionError("no error")
except LengthExceedsMax as e:
    assert (e.field, e.offset, e.len, e.max) == ("name", 10, 5, 4)
"#;
        run_python(&module, script);
    }
}
