//! The Python codec: [`generate`] writes a Python module (Python 3.10 or later, standard
//! library only) that encodes, decodes and views every type a set of [`Schema`]s reaches,
//! bit for bit as the derived Rust code does, so a script, a test harness or a notebook
//! can read and write the same messages.
//!
//! The code is specialised per type, as a careful person writes it by hand: one
//! precompiled `struct.Struct` per fixed block and one `unpack_from` or `pack` per decode
//! or encode, bit fields as shifts and masks, enum values through a dict, length prefixes
//! through precompiled structs, view properties that read their field at its offset,
//! `dataclass(slots=True)`, a union's tag dispatched through a table of readers. Those
//! fast paths handle valid input; on anything else they hand over to a checked path (a
//! walk over the schema, kept in the module for that), which raises the error Rust
//! raises, field and offset included. The module passes `mypy --strict` and `ruff check`.
//!
//! For each derived type the module has the following, named as the Rust type (when
//! another type of the module has the same name, prefixed by its module as far as tells
//! them apart: `orders_Quote`):
//!
//! - a C-like enum: an `enum.IntEnum` with the Rust variants' names and values; reading a
//!   value that names no member is `InvalidDiscriminant`. An open enum (`#[wire(other)]
//!   Unknown(u8)`) reads such a value as a plain `int` (the Rust `Unknown(v)`) and writes
//!   any `int` of its repr's range unchanged, so its fields are typed `Enum | int`: a
//!   value is a member exactly when the enum names it (`66` encodes `B` and reads back
//!   as `Side.Buy`, as `Unknown(b'B')` does in Rust), and `isinstance(v, Side)` tells
//!   the two apart;
//! - a struct `T`: a `@dataclass(slots=True)` with one typed attribute per field (every one with a
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
//!   `encode()`, and the static methods `U.decode`, `U.decode_prefix`, `U.view`,
//!   `U.view_prefix`; a view has `variant`, `tag`, `value` (the payload's view) and
//!   `rest`.
//!
//! Two helpers go further. `T.DTYPE`, for each fixed-size struct when numpy is installed
//! (else None), is a structured dtype with the Rust offsets and byte orders, so
//! `numpy.frombuffer(buf, dtype=T.DTYPE)` views an array of records without copying; a
//! field numpy has no type for (a bit field, a 6-byte integer, a fixed-point decimal) is
//! read by a generated function over its column, `T_field(records)`. And `FrameReader`
//! takes messages out of a stream fed in pieces, framed by a length prefix
//! (`wire::frame::LenU32Be` and friends) or by `wire::frame::WireHeader` (its CRC32C
//! checked, through the `crc32c` package when it is installed, else a table; `resync`
//! skips damaged bytes): `reader.feed(data)`, then `reader.messages(Union)`.
//!
//! A union whose tag is the frame header's message type (`#[wire(tag = "header")]`,
//! [`TagKind::Header`](wire_schema::TagKind::Header)) has no tag in its bytes: `encode()`
//! gives the payload alone and `encode_frame()` the pair (message type, payload);
//! `U.decode(payload, msg_type=...)` / `U.view(payload, msg_type=...)` (and
//! `U.decode_frame(msg_type, payload)`) pick the variant from the message type. A reader
//! of `WireHeader` frames gives it with each payload (`reader.typed_frames()`), and
//! `reader.messages(U)` passes it on; `wire_frame(msg_type, payload)` writes one frame.
//!
//! Values are plain Python: integers of every width are `int` (ranges are checked on
//! encode: `ValueOutOfRange`), floats and fixed-point decimals `float`, `[u8; N]` and
//! byte fields `bytes`, other arrays tuples, lists `list`, `Option` `None` or the value.
//! Errors are one hierarchy: `DecodeError` with a subclass per Rust variant (`Truncated`,
//! `TrailingBytes`, `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, `UnknownTag`,
//! `LengthExceedsMax`, `InvalidUtf8`, `InvalidBlockLength`, `MalformedVarint`,
//! `DepthExceeded`, `InvalidLength`, `InvalidExpression`, `ChecksumMismatch`), each with
//! the Rust variant's fields as attributes (`field`, `offset`, …) and `to_dict()`; and
//! `EncodeError` with `ValueOutOfRange`, `EncodeLengthExceedsMax`, `EncodeInvalidLength`
//! (Rust's `EncodeError::InvalidLength`, named apart from the decode error),
//! `ConditionMismatch` and `InvalidValue` (a value of a type the Rust compiler would have
//! refused).
//!
//! Lengths from earlier fields (`count = "…"`, `byte_len = "…"`) and conditional fields
//! (`if = "…"`) read as in Rust: the expression is evaluated as Rust evaluates it over
//! `i128` (`/` and `%` truncate toward zero, not as Python's `//`; `&&` and `||`
//! short-circuit; an overflow, a division by zero or a shift by 128 or more is
//! `InvalidExpression`), a negative length is `InvalidLength`. A conditional field's value
//! is `None` when it is absent (no presence byte). `encode()` writes each length back to
//! the field its expression reads (`ihl` from the options' length, as the derive picks
//! it), raising `EncodeInvalidLength` when no integer value gives the length, and checks
//! each condition against the value given (`ConditionMismatch`). A checksum field
//! (`checksum = "…"`) is computed by `encode()` whatever value it holds (the Internet
//! checksum of RFC 1071, CRC-16/IBM-3740, CRC-16/KERMIT, CRC-32, CRC-32C, all in the
//! standard library); `decode` and `view` check it when the field is declared with
//! `verify` (`ChecksumMismatch`), and `T.verify_checksum(buf)` checks every checksum of
//! an encoding on demand. The fast paths read and write these fields inline (the length
//! solved back into the field it comes from, the checksums over the packed bytes);
//! a versioned struct that has them, and the view of a variable-length one, take the
//! checked path.
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
//! Nesting is bounded as in Rust: reading a recursive type (a `Vec<Self>`, A holding B
//! holding A, a union that recurses), every variable-length message or union opened
//! inside another spends one level of the limit of the type `decode`, `decode_prefix`,
//! `view` or `view_prefix` was called on (`max_depth`, 100 by default), and one level
//! too many is `DepthExceeded` with the field and offset of the value that would have
//! opened it, never a `RecursionError`: where a large `max_depth` needs more Python
//! frames than the interpreter's recursion limit allows, the walk raises that limit for
//! its own duration and restores it after.
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
//! assert!(module.contains("class UdpView:"));
//! // One precompiled struct for the whole block, one `unpack_from` per decode.
//! assert!(module.contains("_Udp_BLOCK = struct.Struct(\">HHHH\")"));
//! // Write it next to your scripts, then in Python:
//! //   from protocol import Udp
//! //   header = Udp.decode(bytes.fromhex("0035 c000 0008 0000"))
//! //   assert header.src_port == 53 and header.encode() == bytes.fromhex("0035c00000080000")
//! ```

use crate::names::{self, export_name};
use std::fmt::Write as _;
use wire_schema::{
    closure_of, Body, DefaultValue, Endian, Enum, Field, LenPrefix, Place, Schema, Struct, Type,
    Union,
};

mod computed;
mod fast;
mod records;

/// The Python module for `schemas` and every type they reach (each once, by name).
pub fn generate(schemas: &[&'static Schema]) -> String {
    let types = closure_of(schemas);
    names::scoped(&types, || module(&types))
}

/// The module defining `types` (an export's every type).
fn module(types: &[&'static Schema]) -> String {
    let mut out = String::new();
    module_header(&mut out, types);
    for part in RUNTIME {
        out.push_str("\n\n");
        out.push_str(part.trim());
        out.push('\n');
    }
    let mut formats = fast::Formats::default();
    let mut body = String::new();
    for schema in types {
        match &schema.body {
            Body::Enum(e) => enum_class(&mut body, schema, e),
            Body::Struct(s) => struct_classes(&mut body, &mut formats, schema, s),
            Body::Union(u) => union_classes(&mut body, &mut formats, schema, u),
        }
    }
    out.push_str(
        "\n\n# ---------------------------------------------------------------------------\n",
    );
    out.push_str("# The formats the fast paths unpack and pack, precompiled once.\n");
    out.push_str(
        "# ---------------------------------------------------------------------------\n\n",
    );
    formats.write(&mut out);
    out.push_str(
        "\n\n# ---------------------------------------------------------------------------\n",
    );
    out.push_str("# The types.\n");
    out.push_str("# ---------------------------------------------------------------------------\n");
    out.push_str(&body);
    record_views(&mut out, types);
    out.push_str(
        "\n\n# ---------------------------------------------------------------------------\n",
    );
    out.push_str("# The layouts, attached once every class exists (types refer to each other).\n");
    out.push_str("# ---------------------------------------------------------------------------\n");
    for schema in types {
        match &schema.body {
            Body::Enum(_) => {}
            Body::Struct(s) => struct_layout(&mut out, schema, s),
            Body::Union(u) => union_layout(&mut out, schema, u),
        }
    }
    let mut exported: Vec<String> = EXPORTED_ERRORS.iter().map(|s| s.to_string()).collect();
    for schema in types {
        exported.push(type_name(schema));
        if !matches!(schema.body, Body::Enum(_)) {
            exported.push(format!("{}View", type_name(schema)));
        }
    }
    exported.sort();
    let names: Vec<String> = exported.iter().map(|n| py_str(n)).collect();
    let _ = writeln!(out, "\n\n__all__ = [{}]", names.join(", "));
    out
}

/// The numpy record views of the fixed-size structs, nested ones first.
fn record_views(out: &mut String, types: &[&'static Schema]) {
    let (mut helpers, mut dtypes) = (String::new(), String::new());
    for schema in types.iter().rev() {
        if let Body::Struct(s) = &schema.body {
            if s.fixed_size {
                records::record_view(&mut helpers, &mut dtypes, schema, s);
            }
        }
    }
    out.push_str(
        "\n\n# ---------------------------------------------------------------------------\n\
         # numpy record views: `numpy.frombuffer(buf, dtype=T.DTYPE)` is an array of records\n\
         # read in place; `T_field(records)` reads a field numpy has no type for. numpy is\n\
         # optional: without it every `DTYPE` is None and the rest of the module works.\n\
         # ---------------------------------------------------------------------------\n\n\
         try:\n    import numpy as _numpy\nexcept ImportError:  # numpy is optional\n    \
         _numpy = None  # type: ignore[assignment]\n\n\n\
         def _record_int(raw: typing.Any, big_endian: bool, signed: bool) -> typing.Any:\n    \
         \"\"\"The integers an array of raw bytes holds along its last axis (uint64, or int64\n    \
         when `signed`).\"\"\"\n    \
         width = raw.shape[-1]\n    \
         value = _numpy.zeros(raw.shape[:-1], dtype=_numpy.uint64)\n    \
         for k in range(width):\n        \
         byte = raw[..., k if big_endian else width - 1 - k].astype(_numpy.uint64)\n        \
         value = (value << _numpy.uint64(8)) | byte\n    \
         if not signed:\n        return value\n    \
         sign = 1 << (8 * width - 1)\n    \
         return (value ^ _numpy.uint64(sign)).astype(_numpy.int64) - _numpy.int64(sign)\n",
    );
    out.push_str(&helpers);
    if !dtypes.is_empty() {
        out.push_str("\n\nif _numpy is not None:\n");
        out.push_str(&dtypes);
    }
}

/// The error classes and the framing helpers, exported next to the types.
const EXPORTED_ERRORS: &[&str] = &[
    "FrameReader",
    "FrameError",
    "wire_frame",
    "crc32c",
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
    "DepthExceeded",
    "InvalidLength",
    "InvalidExpression",
    "ChecksumMismatch",
    "EncodeError",
    "ValueOutOfRange",
    "EncodeLengthExceedsMax",
    "InvalidValue",
    "EncodeInvalidLength",
    "ConditionMismatch",
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
    "verify_checksum",
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
const MODULE_RESERVED: &[&str] = &[
    "dataclasses",
    "decimal",
    "enum",
    "math",
    "struct",
    "sys",
    "typing",
];

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
    // A qualified export name (`orders::Quote`) becomes one identifier (`orders_Quote`).
    py_name(&export_name(schema).replace("::", "_"), &reserved)
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
        LenPrefix::Count(_) => "count",
        LenPrefix::ByteLen(_) => "byte_len",
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
            Body::Enum(e) if e.other.is_some() => format!(
                "_Enum({}, {}, {endian:?}, open=True)",
                type_name(schema),
                e.bytes
            ),
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
        Type::Array { elem, .. } => format!("tuple[{}, ...]", value_hint(elem)),
        // An open enum's value no member names is a plain `int`.
        Type::Named(schema) if matches!(&schema.body, Body::Enum(e) if e.other.is_some()) => {
            format!("{} | int", type_name(schema))
        }
        Type::Named(schema) => type_name(schema),
        Type::Bytes { .. } => "bytes".into(),
        Type::Str { .. } => "str".into(),
        Type::List { elem, .. } => format!("list[{}]", value_hint(elem)),
        Type::Option(inner) => format!("{} | None", value_hint(inner)),
    }
}

/// The Python type a view's property gives for `ty`.
fn view_hint(ty: &Type) -> String {
    match ty {
        Type::Array { elem, .. } if !is_byte(elem) => {
            format!("tuple[{}, ...]", view_hint(elem))
        }
        Type::Named(schema) if !matches!(schema.body, Body::Enum(_)) => {
            format!("{}View", type_name(schema))
        }
        Type::Bytes { .. } => "memoryview".into(),
        Type::List { elem, .. } => format!("list[{}]", view_hint(elem)),
        Type::Option(inner) => format!("{} | None", view_hint(inner)),
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
                // An open enum without named values holds plain integers.
                None if e.other.is_some() => "0".into(),
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
        match expr {
            "[]" => " = dataclasses.field(default_factory=list)".to_string(),
            _ => format!(" = dataclasses.field(default_factory=lambda: {expr})"),
        }
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
            py_str(&export_name(schema)),
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
            Some(value) if value == "[]" => "list".into(),
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
    computed::describe(&mut text, field);
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
         Python 3.10 or later, standard library only (numpy, for `T.DTYPE`, and the `crc32c`\n\
         package, for a faster `FrameReader`, are used when installed). Each struct is a\n\
         `dataclass(slots=True)` with `encode()`,\n\
         `decode(buf)`, `decode_prefix(buf) -> (value, rest)` and `view(buf)` /\n\
         `view_prefix(buf)` (a `...View` that checks the bytes once and reads each field in\n\
         place); each C-like enum an `enum.IntEnum` (an open one gives a value no member\n\
         names as a plain `int`); each tagged union a base class whose\n\
         variants are its subclasses (`Union.Variant(value)`, `Union.Variant()`, and\n\
         `Union.Name(tag, rest)` for an `other` variant), with the same methods. Integers\n\
         are `int`, floats and fixed-point decimals `float`, byte strings and `[u8; N]`\n\
         `bytes`, other arrays tuples, lists `list`, options `None` or the value.\n\
         \n\
         Errors: `DecodeError` and a subclass per cause (`Truncated`, `TrailingBytes`,\n\
         `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, `UnknownTag`,\n\
         `LengthExceedsMax`, `InvalidUtf8`, `InvalidBlockLength`, `MalformedVarint`,\n\
         `DepthExceeded`: nested deeper than the type's `max_depth`; `InvalidLength`,\n\
         `InvalidExpression` and `ChecksumMismatch`) with the field and offset of the\n\
         Rust error; `EncodeError` with `ValueOutOfRange`, `EncodeLengthExceedsMax`,\n\
         `EncodeInvalidLength`, `ConditionMismatch` and `InvalidValue`. A conditional\n\
         field is None when its condition does not hold. A versioned message's field that an\n\
         older sender did not have takes its default; a Rust default that is not a plain\n\
         literal raises `NotImplementedError` when it is needed.\n\
         \"\"\"\n",
        names.join(", ")
    );
    // `enum` only when a C-like enum uses it, so linters find no unused import.
    let has_enum = types.iter().any(|t| matches!(t.body, Body::Enum(_)));
    out.push_str(if has_enum {
        "from __future__ import annotations\n\n\
         import binascii\n\
         import dataclasses\n\
         import decimal\n\
         import enum\n\
         import fractions\n"
    } else {
        "from __future__ import annotations\n\n\
         import binascii\n\
         import dataclasses\n\
         import decimal\n\
         import fractions\n"
    });
    out.push_str(
        "import math\n\
         import struct\n\
         import sys\n\
         import typing\n\
         from collections.abc import Callable\n\
         from typing import Any, ClassVar, TypeVar\n\n\
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
    match &e.other {
        None => {
            let _ = write!(
                doc,
                "A C-like enum stored as a {}-byte unsigned integer; any other value is \
                 `InvalidDiscriminant`.",
                e.bytes
            );
        }
        Some(other) => {
            let _ = write!(
                doc,
                "An open C-like enum stored as a {}-byte unsigned integer: a value no \
                 member names is read as a plain `int` (the Rust variant `{}(value)`) and \
                 written back unchanged; a named value, even given as an `int`, is its \
                 member.",
                e.bytes, other.name
            );
            if !other.doc.trim().is_empty() {
                let _ = write!(doc, "\n\n`{}`: {}", other.name, other.doc.trim());
            }
        }
    }
    docstring(out, "    ", &doc);
    for value in e.values {
        out.push('\n');
        if !value.doc.trim().is_empty() {
            attr_comment(out, "    ", value.doc);
        }
        let _ = writeln!(out, "    {} = {}", py_name(value.name, &[]), value.value);
    }
    let _ = writeln!(
        out,
        "\n\n#: The member of each value of `{name}`; a value that names none is a KeyError.\n\
         {}: dict[int, {name}] = {{member.value: member for member in {name}}}",
        fast::enum_lookup(schema)
    );
}

fn struct_classes(out: &mut String, formats: &mut fast::Formats, schema: &Schema, s: &Struct) {
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
        "\n\n@dataclasses.dataclass(slots=True)\nclass {name}(_WireStruct):"
    );
    docstring(out, "    ", &doc);
    if s.fixed_size {
        let _ = writeln!(out, "\n    SIZE: typing.ClassVar[int] = {}", s.block_len);
        out.push_str(
            "    #: The numpy dtype of an encoded record (None without numpy, or when a\n    \
             #: field has no numpy layout): `numpy.frombuffer(buf, dtype=T.DTYPE)`.\n    \
             DTYPE: typing.ClassVar[typing.Any] = None\n",
        );
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
            (None, _) if field.condition.is_some() => "None".to_string(),
            (None, ty) => initial(ty),
        };
        let _ = writeln!(
            out,
            "    {attr}: {}{}",
            computed::field_hint(field, value_hint(&field.ty)),
            attr_default(&default)
        );
    }

    fast::struct_methods(out, formats, schema, s);
    computed::verify_method(out, schema, s);
    if s.fixed_size {
        fast::fixed_view(out, formats, schema, s, &|f| describe(s, f));
        fast::struct_functions(out, formats, schema, s);
        return;
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
                if (field.since > 1 || field.condition.is_some())
                    && !matches!(field.ty, Type::Option(_))
                {
                    hint = format!("{hint} | None");
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
        if s.version.is_none() {
            // The fast view: fixed fields at their offsets, strings and varints from
            // where the view found them.
            if let Place::Variable { .. } = field.place {
                if let Some(code) = fast::var_property(formats, s, field, variable - 1) {
                    out.push_str(&code);
                    continue;
                }
            } else {
                fast::fixed_property(out, formats, s, field, "self._wire_mv", "self._wire_block");
                continue;
            }
        }
        let _ = writeln!(out, "        return {body}  # type: ignore[no-any-return]");
    }
    fast::struct_functions(out, formats, schema, s);
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
        "\n_StructSpec(\n    {name}, {name}View, {}, version={version}, block_len={}, fixed_size={}, endian={struct_order:?},\n    max_depth={}, fields=[",
        py_str(&export_name(schema)),
        s.block_len,
        py_bool(s.fixed_size),
        s.max_depth,
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
                    "_FixedField({wire_name}, {attr}, {offset}, {len}, {}, since={}, default={default}, magic={magic}{})",
                    codec(&field.ty, Some(len), order),
                    field.since,
                    computed::checksum_arg(field)
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
                "_VarField({wire_name}, {attr}, {}, since={}, default={default}{})",
                codec(&field.ty, None, order),
                field.since,
                computed::expr_args(field)
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

fn union_classes(out: &mut String, formats: &mut fast::Formats, schema: &Schema, u: &Union) {
    let name = type_name(schema);
    let tag = match u.tag {
        wire_schema::TagKind::U8 => "a one-byte tag".to_string(),
        wire_schema::TagKind::U16 => format!("a two-byte {} endian tag", endian_name(u.endian)),
        wire_schema::TagKind::Varint => "a varint tag".to_string(),
        wire_schema::TagKind::Header => {
            "no tag in its bytes: the frame header's message type selects the variant \
             (`decode(payload, msg_type=...)`; `encode_frame()` gives the message type and \
             the payload)"
                .to_string()
        }
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
    out.push_str("\n    __slots__ = ()\n");
    for v in u.variants {
        let _ = writeln!(
            out,
            "    {}: ClassVar[type[_{name}_{}]]",
            variant_name(v.name),
            variant_name(v.name)
        );
    }
    fast::union_methods(out, &name, u);
    for v in u.variants {
        let class = format!("_{name}_{}", variant_name(v.name));
        let _ = writeln!(
            out,
            "\n\n@dataclasses.dataclass(slots=True)\nclass {class}({name}):"
        );
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
        fast::variant_encode(out, formats, u, v.id, v.payload.as_ref());
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
    fast::union_functions(out, formats, schema, u);
}

fn union_layout(out: &mut String, schema: &Schema, u: &Union) {
    let name = type_name(schema);
    let order = endian_name(u.endian);
    let tag = match u.tag {
        wire_schema::TagKind::U8 => "u8",
        wire_schema::TagKind::U16 => "u16",
        wire_schema::TagKind::Varint => "varint",
        wire_schema::TagKind::Header => "header",
    };
    let _ = writeln!(
        out,
        "\n_UnionSpec(\n    {name}, {name}View, {}, tag={tag:?}, order={order:?}, max_depth={},\n    variants=[",
        py_str(&export_name(schema)),
        u.max_depth
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

/// The support code every generated module starts with: the errors, the checked path
/// (codecs and the walk over a struct's bytes and a union's tag, which raise the exact
/// error), and the fast paths' helpers.
const RUNTIME: [&str; 5] = [
    include_str!("python/errors.py"),
    include_str!("python/checked.py"),
    include_str!("python/fast.py"),
    include_str!("python/frames.py"),
    include_str!("python/checksums.py"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_types::Status;
    use std::process::Command;
    use wire::prelude::*;
    use wire_schema::SchemaRef;

    /// A colour.
    // A value named after a Python keyword.
    #[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
    #[repr(u8)]
    enum Color {
        Red = 1,
        /// A Python keyword.
        None = 7,
    }

    /// A "quoted" header.
    // Big endian: magic, a 4/12 bit run with a signed field, a 3-byte signed integer, an
    // enum, a fixed-point decimal.
    #[derive(Wire, Debug, Clone, Copy, PartialEq)]
    #[wire(endian = "big")]
    struct Header {
        #[wire(magic = 0xCAFE)]
        magic: u16,
        #[wire(bits = 4)]
        kind: u8,
        #[wire(bits = 12)]
        delta: i16,
        #[wire(bytes = 3)]
        from: i32,
        color: Color,
        #[wire(fixed(scale = 2, repr = "i32"))]
        price: f64,
    }

    /// The default of `Record::count`: an expression the Python codec cannot translate.
    fn compute() -> i32 {
        -1
    }

    // Little endian, version 2: a header, a string, a list of headers, a later field.
    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(endian = "little", version = 2)]
    struct Record {
        id: u16,
        #[wire(since = 2, default = -7i16)]
        level: i16,
        #[wire(len = "u8", max_len = 4)]
        name: String,
        #[wire(len = "varint", max_len = 3)]
        headers: Vec<Header>,
        #[wire(varint, zigzag, since = 2, default = compute())]
        count: i32,
    }

    // A two-byte little-endian tag.
    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(tag = "u16", endian = "little")]
    enum Packet<'a> {
        #[wire(id = 0x0102)]
        Record(Record),
        #[wire(id = 3)]
        Number(u32),
        #[wire(id = 4)]
        Ping,
        #[wire(other)]
        Unknown(u16, &'a [u8]),
    }

    const COLOR: &Schema = Color::SCHEMA;
    const HEADER: &Schema = Header::SCHEMA;
    const PACKET: &Schema = Packet::SCHEMA;

    #[test]
    fn every_reached_type_is_defined_once() {
        let module = generate(&[PACKET, HEADER, PACKET]);
        for class in [
            "class Color(enum.IntEnum):",
            "class Header(_WireStruct):",
            "class HeaderView:",
            "class Record(_WireStruct):",
            "class Packet(_WireUnion):",
            "class _Packet_Unknown(Packet):",
        ] {
            assert_eq!(module.matches(class).count(), 1, "{class}");
        }
        // Python keywords get a trailing underscore; the wire name stays the Rust one.
        assert!(module.contains("    None_ = 7\n"));
        assert!(module.contains("_FixedField(\"from\", \"from_\", 4, 3, _Int(3, True, \"big\")"));
        // The fast path: the magic as its bytes, the bit run as one `H`, the signed
        // 3-byte integer as a signed `h` and a `B`, the enum and the decimal.
        assert!(module.contains("_Header_BLOCK = struct.Struct(\">2sHhBBi\")"));
        assert!(module.contains(
            "return Header(51966, kind_delta >> 12, ((kind_delta & 0xfff) ^ 0x800) - 0x800, \
             from__0 << 8 | from__1, _Color_BY_VALUE[color], price / 100)"
        ));
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
            literal_default("Color::None", &Type::Named(SchemaRef::new(|| COLOR))).as_deref(),
            Some("Color.None_")
        );
        assert_eq!(literal_default("compute()", &int), None);
        assert_eq!(literal_default("i32::MAX", &int), None);
        assert_eq!(literal_default("\"a\\n\"", &text), None);
    }

    /// Runs `script` after the generated module, in `python3`: a missing interpreter
    /// fails the test.
    fn run_python(module: &str, script: &str) {
        // A directory per call: the tests run on parallel threads, and one test's module
        // must not replace another's before it runs.
        static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("wire-python-unit-{}-{run}", std::process::id()));
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

    // A type that holds itself: a tree of ids.
    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(endian = "big")]
    struct Tree {
        id: u16,
        #[wire(len = "u8", max_len = 4)]
        children: Vec<Tree>,
    }

    #[test]
    fn a_type_that_holds_itself_reads_and_writes_on_the_fast_path() {
        let module = generate(&[Tree::SCHEMA]);
        // Bytes computed by hand: id 1 with children 2 (no children) and 3 (one child 4).
        let script = r#"
b = bytes.fromhex("0001" "02" "0002" "00" "0003" "01" "0004" "00")
t = Tree(1, [Tree(2, []), Tree(3, [Tree(4, [])])])
assert t.encode() == b, t.encode().hex()
assert Tree.decode(b) == t
assert _Tree_read(b, 0, 100) == (t, len(b))
v = Tree.view(b)
assert v.id == 1 and [c.id for c in v.children] == [2, 3] and v.children[1].children[0].id == 4
assert v.to_value() == t
try:
    Tree.decode(b[:-1])
    raise AssertionError("no error")
except Truncated:
    pass
"#;
        run_python(&module, script);
    }

    // The tree of the derive's documentation ("Nesting depth"), allowed 2 levels.
    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(endian = "big", max_depth = 2)]
    struct Shallow {
        id: u8,
        #[wire(len = "u8")]
        children: Vec<Shallow>,
    }

    // A tree allowed to nest deeper than Python's default recursion limit (1000 frames).
    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(endian = "big", max_depth = 2000)]
    struct Tall {
        id: u8,
        #[wire(len = "u8")]
        children: Vec<Tall>,
    }

    #[test]
    fn nesting_past_the_limit_is_depth_exceeded_on_every_entry_point() {
        let module = generate(&[Shallow::SCHEMA, Tree::SCHEMA, Tall::SCHEMA]);
        // As the derive's documentation: three levels below the root, the third starting
        // at byte 6; from byte 2, two levels.
        let script = r#"
deep = bytes([1, 1, 2, 1, 3, 1, 4, 0])
expected = {"kind": "DepthExceeded", "field": "children", "offset": 6, "limit": 2}
for read in (Shallow.decode, Shallow.view, Shallow.decode_prefix, Shallow.view_prefix,
             Shallow._wire.decode, Shallow._wire.view):
    try:
        read(deep)
        raise AssertionError("no error")
    except DepthExceeded as e:
        assert e.to_dict() == expected, e.to_dict()
        assert str(e) == "field `children` at offset 6: nested deeper than the limit of 2 levels"
assert Shallow.decode(deep[2:]) == Shallow(2, [Shallow(3, [Shallow(4, [])])])
assert Shallow.view(deep[2:]).children[0].children[0].id == 4

# A chain 100 000 deep: refused at level 101 (byte 303), not a RecursionError.
chain = bytes.fromhex("000101") * 100_000 + bytes.fromhex("000100")
for read in (Tree.decode, Tree.view, Tree.decode_prefix, Tree.view_prefix):
    try:
        read(chain)
        raise AssertionError("no error")
    except DepthExceeded as e:
        assert e.to_dict() == {"kind": "DepthExceeded", "field": "children", "offset": 303,
                               "limit": 100}, e.to_dict()
at_limit = chain[-303:]
value = Tree.decode(at_limit)
levels = 0
while value.children:
    value, levels = value.children[0], levels + 1
assert levels == 100 and Tree.view(at_limit).to_value() == Tree.decode(at_limit)

# A limit above what the interpreter's recursion limit allows a walk: room is made for it,
# and given back.
tall = bytes([1, 1]) * 2000 + bytes([1, 0])
for read in (Tall.decode, Tall.view, Tall._wire.decode, Tall._wire.view):
    read(tall)
for read in (Tall.decode, Tall.view, Tall.decode_prefix, Tall.view_prefix):
    try:
        read(bytes([1, 1]) * 2001 + bytes([1, 0]))
        raise AssertionError("no error")
    except DepthExceeded as e:
        assert (e.offset, e.limit) == (4002, 2000), e.to_dict()
assert sys.getrecursionlimit() == 1000
"#;
        run_python(&module, script);
    }

    // An open enum in a struct.
    #[derive(Wire, Debug, Clone, Copy, PartialEq)]
    #[wire(endian = "little")]
    struct Ticket {
        id: u8,
        status: Status,
    }

    #[test]
    fn an_open_enum_keeps_the_values_it_does_not_name() {
        let module = generate(&[Ticket::SCHEMA]);
        assert!(module.contains("    status: Status | int = "));
        let script = r#"
t = Ticket.decode(bytes.fromhex("07" "0501"))
assert t == Ticket(7, 0x0105) and type(t.status) is int
assert t.encode() == bytes.fromhex("070501")
assert Ticket.view(bytes.fromhex("070501")).status == 0x0105
busy = Ticket.decode(bytes.fromhex("07" "0101"))
assert busy.status is Status.Busy and Ticket.view(bytes.fromhex("070101")).status is Status.Busy
# A named value given as an int is its member, as `Unknown(0x0101)` reads back as `Busy`.
assert Ticket(7, 0x0101).encode() == bytes.fromhex("070101")
for bad in (0x10000, -1, "x"):
    try:
        Ticket(7, bad).encode()
        raise AssertionError("no error")
    except InvalidValue as e:
        assert e.field == "status", e.to_dict()
"#;
        run_python(&module, script);
    }

    #[test]
    fn the_generated_module_reads_and_writes_hand_computed_bytes() {
        let module = generate(&[PACKET]);
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

#[cfg(test)]
mod computed_tests;
