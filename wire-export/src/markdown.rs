//! Markdown: a page a person reads to implement or check a peer, made from a type's
//! [`Schema`] alone.
//!
//! Each type gets a level-2 heading with its name in code (`` ## `AddOrder` ``; qualified
//! by its module, `` ## `orders::Quote` ``, when another type of the page has the same
//! name), so a reference to it is the link `#addorder` (GitHub's anchors: lower case,
//! punctuation dropped), then its doc comment and:
//!
//! - a struct: its byte order, version and size; a table of its fields (offset, or
//!   "after the block"; width in bytes or bits, with the bit positions in the run; byte
//!   order; Rust type and wire kind; length prefix and cap, or the expression over earlier
//!   fields a length comes from; the version that added it; its default; its magic bytes;
//!   the condition of a conditional field; the checksum a field holds and what it covers;
//!   its doc), where a column no field uses is left out; the
//!   version header in words when the struct is versioned; the RFC 791 style diagram of
//!   the fixed block; the variable fields in the order they follow the block;
//! - a C-like enum: its width and a table of its values (hex, decimal and, for one-byte
//!   values that are printable ASCII, the character), with an open enum's `other`
//!   variant last as "any other";
//! - a tagged union: its tag and a table of tags, variants and payloads (linked to the
//!   payload's heading), with the `other` variant last as "any other".
//!
//! The output is plain CommonMark with GitHub tables, and is deterministic (it depends
//! only on the schema), so it can be committed and diffed.
//!
//! ```
//! use wire::prelude::*;
//! use wire::schema::markdown;
//!
//! /// RFC 768: the User Datagram Protocol header.
//! #[derive(Wire)]
//! #[wire(endian = "big")]
//! pub struct Udp { pub src_port: u16, pub dst_port: u16, pub length: u16, pub checksum: u16 }
//!
//! let text = markdown(Udp::SCHEMA);
//! assert!(text.starts_with("## `Udp`\n\nRFC 768: the User Datagram Protocol header.\n"));
//! assert!(text.contains("| `length` | 4 | 2 bytes | big | `u16` | unsigned integer |"));
//! assert!(text.contains("|             length            |            checksum           |"));
//! ```

use crate::names::{self, export_name};
use wire_schema::{
    block_diagram, closure_of, BlockField, Body, Checksum, ChecksumAlgorithm, ChecksumRange,
    DefaultValue, Endian, Enum, Expr, Field, LenPrefix, Place, Schema, Struct, TagKind, Type,
    Union,
};

/// The Markdown description of `schema` (one type; the types it refers to are linked,
/// not included: [`markdown_all`] renders them too).
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub fn markdown(schema: &Schema) -> String {
    let mut out = format!("## `{}`\n\n", export_name(schema));
    let doc = schema.doc.trim();
    if !doc.is_empty() {
        out.push_str(doc);
        out.push_str("\n\n");
    }
    match &schema.body {
        Body::Struct(s) => render_struct(&mut out, s),
        Body::Enum(e) => render_enum(&mut out, e),
        Body::Union(u) => render_union(&mut out, u),
    }
    // One final newline, so sections join with one blank line between them.
    let end = out.trim_end().len();
    out.truncate(end);
    out.push('\n');
    out
}

/// The Markdown description of `schemas` and of every type they refer to, each once, in
/// the order they are first reached (each root, then what it refers to, depth first), so
/// every link between them resolves within the page.
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub fn markdown_all(schemas: &[&'static Schema]) -> String {
    let all = closure_of(schemas);
    names::scoped(&all, || {
        all.iter()
            .map(|schema| markdown(schema))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

// ---------------------------------------------------------------------------------------
// Structs

fn render_struct(out: &mut String, s: &Struct) {
    let variable: Vec<&Field> = s
        .fields
        .iter()
        .filter(|f| matches!(f.place, Place::Variable { .. }))
        .collect();

    out.push_str("- **Kind:** struct\n");
    out.push_str(&format!("- **Byte order:** {}\n", endian_long(s.endian)));
    match s.version {
        Some(v) => out.push_str(&format!(
            "- **Version:** {v} (the encoding starts with a version header)\n"
        )),
        None => out.push_str("- **Version:** none\n"),
    }
    if s.fixed_size {
        out.push_str(&format!("- **Size:** {} (fixed)\n", bytes(s.block_len)));
    } else {
        out.push_str(&format!("- **Fixed block:** {}\n", bytes(s.block_len)));
        if !variable.is_empty() {
            out.push_str(&format!(
                "- **Variable fields:** {}, after the block\n",
                variable.len()
            ));
        }
    }
    out.push('\n');

    if let Some(version) = s.version {
        render_version_header(out, s, version, !variable.is_empty());
    }
    if !s.fields.is_empty() {
        render_field_table(out, s);
    }
    if s.block_len > 0 {
        render_block_diagram(out, s);
    }
    if !variable.is_empty() {
        render_variable_fields(out, s, &variable);
    }
}

/// The header SBE calls `blockLength`, and the variable part's length: see the derive's
/// documentation, section "Versions".
fn render_version_header(out: &mut String, s: &Struct, version: u32, has_variable: bool) {
    let order = endian_short(s.endian).unwrap_or("the struct's byte order");
    out.push_str(&format!(
        "**Version header.** Before the block: `block_len` (`u16`, {order}), the length of \
         the fixed block in bytes ({} in version {version})",
        s.block_len
    ));
    if has_variable {
        out.push_str(&format!(
            "; then `var_len` (`u32`, {order}), the total length of the variable fields in \
             bytes"
        ));
    }
    out.push_str(
        ". A reader skips the block bytes and the variable fields a newer sender added, and \
         gives the fields an older sender did not have (`since` above its version) their \
         default.\n\n",
    );
}

fn render_field_table(out: &mut String, s: &Struct) {
    let fields = s.fields;
    let has_bits = fields.iter().any(|f| matches!(f.place, Place::Bits { .. }));
    let has_length = fields.iter().any(|f| length(&f.ty).is_some());
    let has_since = s.version.is_some();
    let has_default = fields.iter().any(|f| f.default.is_some());
    let has_magic = fields.iter().any(|f| f.magic.is_some());
    let has_condition = fields.iter().any(|f| f.condition.is_some());
    let has_checksum = fields.iter().any(|f| f.checksum.is_some());
    let has_doc = fields.iter().any(|f| !f.doc.trim().is_empty());

    let mut header = vec!["field", "offset", "width"];
    if has_bits {
        header.push("bits");
    }
    header.extend(["byte order", "Rust type", "kind"]);
    if has_length {
        header.push("length");
    }
    if has_since {
        header.push("since");
    }
    if has_default {
        header.push("default");
    }
    if has_magic {
        header.push("magic (wire bytes)");
    }
    if has_condition {
        header.push("condition");
    }
    if has_checksum {
        header.push("checksum");
    }
    if has_doc {
        header.push("doc");
    }

    out.push_str("**Fields**\n\n");
    push_row(out, header.iter().map(|h| h.to_string()));
    push_row(out, header.iter().map(|_| "---".to_string()));
    for field in fields {
        let mut row = vec![
            format!("`{}`", field.name),
            offset(&field.place),
            width(&field.place),
        ];
        if has_bits {
            row.push(bit_positions(&field.place));
        }
        row.push(field_endian(field));
        row.push(format!("`{}`", cell(field.rust_type)));
        row.push(kind(&field.ty));
        if has_length {
            row.push(length(&field.ty).unwrap_or_default());
        }
        if has_since {
            row.push(field.since.to_string());
        }
        if has_default {
            row.push(default(field));
        }
        if has_magic {
            row.push(field.magic.map(magic).unwrap_or_default());
        }
        if has_condition {
            row.push(field.condition.map(condition).unwrap_or_default());
        }
        if has_checksum {
            row.push(field.checksum.map(checksum).unwrap_or_default());
        }
        if has_doc {
            row.push(cell(field.doc));
        }
        push_row(out, row.into_iter());
    }
    out.push('\n');
    if has_condition {
        out.push_str(
            "A conditional field is on the wire only when its condition, an expression over \
             earlier fields, is not zero; no presence byte is written.\n\n",
        );
    }
    if has_checksum {
        out.push_str(
            "A checksum is computed over the bytes it covers with the checksum field's own \
             bytes read as zero, and stored as an unsigned integer in the field's byte order; \
             an encoder always computes it.\n\n",
        );
    }
    if has_bits {
        out.push_str(
            "Bit positions count in the run of bit fields read as one unsigned integer in the \
             field's byte order, bit 0 the least significant: the field is \
             `(run >> first) & (2^width - 1)`.\n\n",
        );
    }
}

fn render_block_diagram(out: &mut String, s: &Struct) {
    let fields: Vec<BlockField> = s
        .fields
        .iter()
        .map(|f| BlockField {
            label: f.name,
            place: f.place,
            little: f.endian.or(s.endian) == Some(Endian::Little),
        })
        .collect();
    out.push_str(
        "**Fixed block** (RFC 791 section 3.1 style: 32 bits a row, bit 0 the most \
         significant bit of byte 0)\n\n```text\n",
    );
    out.push_str(&block_diagram(&fields, s.block_len));
    out.push_str("```\n\n");
}

fn render_variable_fields(out: &mut String, s: &Struct, variable: &[&Field]) {
    out.push_str("**After the block**, in this order:\n\n");
    for (i, field) in variable.iter().enumerate() {
        let since = match s.version {
            Some(_) if field.since > 1 => format!(" (since version {})", field.since),
            _ => String::new(),
        };
        let when = field.condition.map_or(String::new(), |e| {
            format!(" ({}, no presence byte)", condition(e))
        });
        out.push_str(&format!(
            "{}. `{}`{since}{when}: {}.\n",
            i + 1,
            field.name,
            encoding(&field.ty, field.endian.or(s.endian))
        ));
    }
    out.push('\n');
}

/// How a variable field is written, as a phrase: "a `u8` byte count (at most 8), then …".
fn encoding(ty: &Type, endian: Option<Endian>) -> String {
    if let Some(phrase) = computed_encoding(ty, endian) {
        return phrase;
    }
    match ty {
        Type::Bytes { prefix, max_len } => format!(
            "{} byte count (at most {max_len}), then that many bytes",
            prefix_phrase(*prefix, endian)
        ),
        Type::Str { prefix, max_len } => format!(
            "{} byte count (at most {max_len}), then that many bytes of UTF-8",
            prefix_phrase(*prefix, endian)
        ),
        Type::List {
            elem,
            prefix,
            max_len,
        } => format!(
            "{} element count (at most {max_len}), then that many elements, each {}",
            prefix_phrase(*prefix, endian),
            encoding(elem, endian)
        ),
        Type::Varint {
            signed,
            zigzag,
            bytes,
        } => {
            let int = format!("`{}{}`", if *signed { 'i' } else { 'u' }, bytes * 8);
            match (signed, zigzag) {
                (true, true) => format!("a LEB128 varint of the ZigZag-mapped {int}"),
                (true, false) => {
                    format!("a LEB128 varint of the {int} as two's complement in 64 bits")
                }
                _ => format!("a LEB128 varint ({int})"),
            }
        }
        Type::Option(inner) => format!(
            "a presence byte (0 or 1), then, when it is 1, {}",
            encoding(inner, endian)
        ),
        Type::Named(schema) => format!("a {}", link(&export_name(schema))),
        Type::Array { .. } => format!("an {}", kind(ty)),
        Type::Decimal { .. } => format!("a {}", kind(ty)),
        _ => {
            let order = match endian_short(endian) {
                Some(order) if wire_width(ty) > 1 => format!(", {order}"),
                _ => String::new(),
            };
            format!("a {}{order}", type_name(ty))
        }
    }
}

fn prefix_phrase(prefix: LenPrefix, endian: Option<Endian>) -> String {
    let order = endian_short(endian).map(|o| format!(" ({o})"));
    match prefix {
        // `computed_encoding` phrases these fields: no prefix on the wire.
        LenPrefix::Count(_) | LenPrefix::ByteLen(_) => "no".to_string(),
        LenPrefix::U8 => "a `u8`".to_string(),
        LenPrefix::U16 => format!("a `u16`{}", order.unwrap_or_default()),
        LenPrefix::U32 => format!("a `u32`{}", order.unwrap_or_default()),
        LenPrefix::Varint => "a LEB128 varint".to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// Enums and unions

fn render_enum(out: &mut String, e: &Enum) {
    out.push_str("- **Kind:** C-like enum\n");
    out.push_str(&format!(
        "- **Width:** {} (`u{}`){}\n",
        bytes(e.bytes),
        e.bytes * 8,
        if e.bytes > 1 {
            ", in the byte order of the field that holds it"
        } else {
            ""
        }
    ));
    match &e.other {
        Some(other) => out.push_str(&format!(
            "- **Other values:** kept by `{}` and encoded back unchanged\n\n",
            other.name
        )),
        None => out.push_str("- **Other values:** a decode error\n\n"),
    }

    let with_char = e.bytes == 1 && e.values.iter().any(|v| ascii(v.value).is_some());
    let with_doc = e.values.iter().any(|v| !v.doc.trim().is_empty())
        || e.other.is_some_and(|o| !o.doc.trim().is_empty());
    let mut header = vec!["hex", "decimal"];
    if with_char {
        header.push("char");
    }
    header.push("name");
    if with_doc {
        header.push("doc");
    }
    push_row(out, header.iter().map(|h| h.to_string()));
    push_row(out, header.iter().map(|_| "---".to_string()));
    for value in e.values {
        let mut row = vec![hex(value.value, e.bytes), value.value.to_string()];
        if with_char {
            row.push(ascii(value.value).unwrap_or_default());
        }
        row.push(format!("`{}`", value.name));
        if with_doc {
            row.push(cell(value.doc));
        }
        push_row(out, row.into_iter());
    }
    // The `other` variant last, as a tagged union's.
    if let Some(other) = &e.other {
        let mut row = vec!["any other".to_string(), String::new()];
        if with_char {
            row.push(String::new());
        }
        row.push(format!("`{}`", other.name));
        if with_doc {
            row.push(cell(other.doc));
        }
        push_row(out, row.into_iter());
    }
    out.push('\n');
}

fn render_union(out: &mut String, u: &Union) {
    let tag_bytes = match u.tag {
        TagKind::U8 => 1,
        TagKind::U16 | TagKind::Header => 2,
        TagKind::Varint => 0,
    };
    let header = u.tag == TagKind::Header;
    let tag = match u.tag {
        TagKind::U8 => "`u8` (one byte)".to_string(),
        TagKind::U16 => format!("`u16` ({})", endian_short(u.endian).unwrap_or("two bytes")),
        TagKind::Varint => "a LEB128 varint".to_string(),
        TagKind::Header => "the frame header's message type (`u16`)".to_string(),
    };
    let other = u.variants.iter().find(|v| v.id.is_none());
    out.push_str("- **Kind:** tagged union\n");
    if header {
        out.push_str(&format!(
            "- **Tag:** {tag}, not in the payload: the payload is the message of the variant \
             it selects, and a frame carries that variant's id in its header\n"
        ));
    } else {
        out.push_str(&format!(
            "- **Tag:** {tag}, then the message of the variant it selects\n"
        ));
    }
    if let Some(order) = endian_short(u.endian) {
        let what = if header {
            "plain integer payloads"
        } else {
            "the tag and plain integer payloads"
        };
        out.push_str(&format!("- **Byte order:** {order} ({what})\n"));
    }
    match other {
        Some(v) if header => out.push_str(&format!(
            "- **Other message types:** kept by `{}`, with the payload unparsed\n\n",
            v.name
        )),
        Some(v) => out.push_str(&format!(
            "- **Other tags:** kept by `{}`, with the bytes after the tag unparsed\n\n",
            v.name
        )),
        None => out.push_str("- **Other tags:** a decode error\n\n"),
    }

    let with_char = tag_bytes == 1 && u.variants.iter().any(|v| v.id.and_then(ascii).is_some());
    let with_doc = u.variants.iter().any(|v| !v.doc.trim().is_empty());
    let mut columns = if header {
        vec!["message type (hex)", "message type"]
    } else {
        vec!["tag (hex)", "tag"]
    };
    if with_char {
        columns.push("char");
    }
    columns.extend(["variant", "payload"]);
    if with_doc {
        columns.push("doc");
    }
    push_row(out, columns.iter().map(|h| h.to_string()));
    push_row(out, columns.iter().map(|_| "---".to_string()));
    // The `other` variant last: it takes what the listed tags do not.
    let listed = u.variants.iter().filter(|v| v.id.is_some());
    for variant in listed.chain(other) {
        let mut row = match variant.id {
            Some(id) => vec![hex(id, tag_bytes), id.to_string()],
            None => vec!["any other".to_string(), String::new()],
        };
        if with_char {
            row.push(variant.id.and_then(ascii).unwrap_or_default());
        }
        row.push(format!("`{}`", variant.name));
        row.push(match (&variant.payload, variant.id) {
            (Some(ty), _) => payload(ty, u.endian),
            (None, Some(_)) => "nothing".to_string(),
            (None, None) if header => "the payload, unparsed".to_string(),
            (None, None) => "the bytes after the tag, unparsed".to_string(),
        });
        if with_doc {
            row.push(cell(variant.doc));
        }
        push_row(out, row.into_iter());
    }
    out.push('\n');
}

fn payload(ty: &Type, endian: Option<Endian>) -> String {
    match (ty, endian_short(endian)) {
        (Type::Named(_), _) => type_name(ty),
        (_, Some(order)) if wire_width(ty) > 1 => format!("{} ({order})", type_name(ty)),
        _ => type_name(ty),
    }
}

// ---------------------------------------------------------------------------------------
// Cells

fn offset(place: &Place) -> String {
    match place {
        Place::Bytes { offset, .. } => offset.to_string(),
        Place::Bits { run_offset, .. } => run_offset.to_string(),
        Place::Variable { .. } => "after the block".to_string(),
    }
}

fn width(place: &Place) -> String {
    match place {
        Place::Bytes { len, .. } => bytes(*len),
        Place::Bits { width: 1, .. } => "1 bit".to_string(),
        Place::Bits { width, .. } => format!("{width} bits"),
        Place::Variable { .. } => "variable".to_string(),
    }
}

fn bit_positions(place: &Place) -> String {
    match place {
        Place::Bits {
            run_len,
            shift,
            width,
            ..
        } => {
            let run = bytes(*run_len);
            match width {
                1 => format!("{shift} of {run}"),
                _ => format!("{shift}–{} of {run}", shift + width - 1),
            }
        }
        _ => String::new(),
    }
}

fn field_endian(field: &Field) -> String {
    if brings_own_order(&field.ty) {
        return "its own".to_string();
    }
    match field.endian {
        Some(Endian::Big) => "big".to_string(),
        Some(Endian::Little) => "little".to_string(),
        None => "—".to_string(),
    }
}

/// Whether a type's bytes are in an order of its own: a nested struct or union, or an
/// array of them. (A C-like enum takes the order of the field that holds it.)
fn brings_own_order(ty: &Type) -> bool {
    match ty {
        Type::Named(schema) => !matches!(schema.body, Body::Enum(_)),
        Type::Array { elem, .. } => brings_own_order(elem),
        _ => false,
    }
}

/// The wire kind of a field, with named types linked to their heading.
fn kind(ty: &Type) -> String {
    match ty {
        Type::UInt { .. } => "unsigned integer".to_string(),
        Type::Int { .. } => "signed integer".to_string(),
        Type::Float { bytes: 4 } => "IEEE 754 binary32".to_string(),
        Type::Float { .. } => "IEEE 754 binary64".to_string(),
        Type::Bool => "bool (0 or 1)".to_string(),
        Type::Decimal {
            repr_bytes,
            signed,
            scale,
            ..
        } => format!(
            "decimal: `{}{}` count of 10^-{scale}",
            if *signed { 'i' } else { 'u' },
            repr_bytes * 8
        ),
        Type::Array { elem, len, .. } => format!("array of {len} × {}", type_name(elem)),
        Type::Named(schema) => format!("{} ({})", link(&export_name(schema)), body_kind(schema)),
        Type::Varint {
            signed,
            zigzag,
            bytes,
        } => {
            let int = format!("`{}{}`", if *signed { 'i' } else { 'u' }, bytes * 8);
            match (signed, zigzag) {
                (true, true) => format!("varint, ZigZag {int}"),
                (true, false) => format!("varint, {int} as two's complement in 64 bits"),
                _ => format!("varint, {int}"),
            }
        }
        Type::Bytes { .. } => "bytes".to_string(),
        Type::Str { .. } => "UTF-8 string".to_string(),
        Type::List { elem, .. } => format!("list of {}", type_name(elem)),
        Type::Option(inner) => format!("option of {}", type_name(inner)),
    }
}

/// A short name of a type, as in a list's element or an array's.
fn type_name(ty: &Type) -> String {
    match ty {
        Type::UInt { bytes } => format!("`u{}`", bytes * 8),
        Type::Int { bytes } => format!("`i{}`", bytes * 8),
        Type::Float { bytes } => format!("`f{}`", bytes * 8),
        Type::Bool => "`bool`".to_string(),
        Type::Named(schema) => link(&export_name(schema)),
        Type::Decimal { .. } | Type::Array { .. } | Type::Varint { .. } => kind(ty),
        Type::Bytes { .. } => "bytes".to_string(),
        Type::Str { .. } => "string".to_string(),
        Type::List { .. } | Type::Option(_) => kind(ty),
    }
}

fn body_kind(schema: &Schema) -> &'static str {
    match schema.body {
        Body::Struct(_) => "struct",
        Body::Enum(_) => "enum",
        Body::Union(_) => "union",
    }
}

/// The width on the wire of a fixed type, in bytes (0 when it has none of its own).
fn wire_width(ty: &Type) -> usize {
    match ty {
        Type::UInt { bytes } | Type::Int { bytes } | Type::Float { bytes } => *bytes,
        Type::Decimal { repr_bytes, .. } => *repr_bytes,
        Type::Bool => 1,
        _ => 0,
    }
}

/// The length prefix and cap of a variable field (through an `Option`), or the
/// expression its length comes from.
fn length(ty: &Type) -> Option<String> {
    if let Some((e, unit, max_len)) = computed_length(ty) {
        return Some(format!(
            "`{}` {unit} (from earlier fields), at most {max_len}",
            cell(&e.to_string())
        ));
    }
    match ty {
        Type::Bytes { prefix, max_len } | Type::Str { prefix, max_len } => Some(format!(
            "{} prefix, at most {max_len} bytes",
            prefix_name(*prefix)
        )),
        Type::List {
            prefix, max_len, ..
        } => Some(format!(
            "{} count, at most {max_len} elements",
            prefix_name(*prefix)
        )),
        Type::Option(inner) => length(inner),
        _ => None,
    }
}

fn prefix_name(prefix: LenPrefix) -> &'static str {
    match prefix {
        // `computed_length` phrases these.
        LenPrefix::Count(_) | LenPrefix::ByteLen(_) => "no",
        LenPrefix::U8 => "`u8`",
        LenPrefix::U16 => "`u16`",
        LenPrefix::U32 => "`u32`",
        LenPrefix::Varint => "varint",
    }
}

/// A length from an expression: the expression, what it counts, and the cap.
fn computed_length(ty: &Type) -> Option<(&'static Expr, &'static str, u64)> {
    let (prefix, max_len, list) = match *ty {
        Type::Bytes { prefix, max_len } | Type::Str { prefix, max_len } => (prefix, max_len, false),
        Type::List {
            prefix, max_len, ..
        } => (prefix, max_len, true),
        _ => return None,
    };
    match prefix {
        LenPrefix::Count(e) if list => Some((e, "elements", max_len)),
        LenPrefix::Count(e) | LenPrefix::ByteLen(e) => Some((e, "bytes", max_len)),
        _ => None,
    }
}

/// How a field whose length an expression gives is written, as a phrase.
fn computed_encoding(ty: &Type, endian: Option<Endian>) -> Option<String> {
    let (e, unit, max_len) = computed_length(ty)?;
    let length = format!("`{e}` {unit} (from earlier fields, at most {max_len})");
    Some(match *ty {
        Type::Bytes { .. } => format!("no prefix: {length}"),
        Type::Str { .. } => format!("no prefix: {length} of UTF-8"),
        Type::List { elem, prefix, .. } => {
            let each = encoding(elem, endian);
            if matches!(prefix, LenPrefix::ByteLen(_)) {
                format!("no prefix: elements filling {length}, each {each}")
            } else {
                format!("no prefix: {length}, each {each}")
            }
        }
        _ => return None,
    })
}

/// "present when `flags & 8 != 0`".
fn condition(e: &Expr) -> String {
    format!("present when `{}`", cell(&e.to_string()))
}

/// "CRC-32C of the fixed block, verified on decode".
fn checksum(c: Checksum) -> String {
    let algorithm = match c.algorithm {
        ChecksumAlgorithm::Internet => "Internet checksum (RFC 1071)",
        ChecksumAlgorithm::Crc16Ccitt => "CRC-16/IBM-3740 (CCITT-FALSE)",
        ChecksumAlgorithm::Crc16Kermit => "CRC-16/KERMIT",
        ChecksumAlgorithm::Crc32 => "CRC-32 (ISO-HDLC)",
        ChecksumAlgorithm::Crc32c => "CRC-32C (Castagnoli)",
    };
    let over = match c.over {
        ChecksumRange::Message => "the message".to_string(),
        ChecksumRange::Block => "the fixed block".to_string(),
        ChecksumRange::Fields { first, last } if first == last => format!("`{first}`"),
        ChecksumRange::Fields { first, last } => format!("`{first}` to `{last}`"),
    };
    let verified = if c.verify_on_view {
        "verified on decode"
    } else {
        "not verified on decode"
    };
    format!("{algorithm} of {over}, {verified}")
}

fn default(field: &Field) -> String {
    match (field.default, &field.ty) {
        (None, _) => String::new(),
        (Some(DefaultValue::TypeDefault), Type::Option(_)) => "`None`".to_string(),
        (Some(DefaultValue::TypeDefault), _) => "`Default::default()`".to_string(),
        (Some(DefaultValue::Expr(expr)), _) => format!("`{}`", cell(expr)),
    }
}

/// Magic bytes as a byte string when they are printable ASCII, else in hex, as they are
/// on the wire (a `magic = 0xA55A` in a little-endian struct is `5a a5`).
fn magic(bytes: &[u8]) -> String {
    let printable = bytes
        .iter()
        .all(|b| (0x20..0x7f).contains(b) && !b"\"\\`|".contains(b));
    if printable {
        let text: String = bytes.iter().map(|&b| char::from(b)).collect();
        return format!("`b\"{text}\"`");
    }
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("`{}`", hex.join(" "))
}

/// `value` in hex with the digits of `bytes` bytes (at least one byte, for varints).
fn hex(value: u64, bytes: usize) -> String {
    let digits = bytes.max(1) * 2;
    format!("`0x{value:0digits$X}`")
}

/// The printable ASCII character of `value`, in code.
fn ascii(value: u64) -> Option<String> {
    let byte = u8::try_from(value)
        .ok()
        .filter(|b| (0x20..0x7f).contains(b))?;
    Some(match byte {
        b'`' => "`` '`' ``".to_string(),
        // A `|` ends a table cell even inside code.
        b'|' => "`'\\|'`".to_string(),
        _ => format!("`'{}'`", char::from(byte)),
    })
}

fn link(name: &str) -> String {
    // GitHub's anchor of the heading "`Name`": lower case, punctuation (the backticks, a
    // qualified name's `::`) dropped.
    let anchor: String = name
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    format!("[`{name}`](#{anchor})")
}

fn bytes(n: usize) -> String {
    match n {
        1 => "1 byte".to_string(),
        _ => format!("{n} bytes"),
    }
}

fn endian_short(endian: Option<Endian>) -> Option<&'static str> {
    endian.map(|e| match e {
        Endian::Big => "big endian",
        Endian::Little => "little endian",
    })
}

fn endian_long(endian: Option<Endian>) -> &'static str {
    endian_short(endian).unwrap_or("none (every field is one byte or brings its own)")
}

/// Text fit for one table cell: one line, `|` escaped.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    out.push('|');
    for c in cells {
        out.push(' ');
        if !c.is_empty() {
            out.push_str(&c);
            out.push(' ');
        }
        out.push('|');
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_types::*;

    fn rows_between<'a>(text: &'a str, from: &str) -> Vec<&'a str> {
        let start = text
            .find(from)
            .unwrap_or_else(|| panic!("{from:?} in {text}"));
        text[start..]
            .lines()
            .skip(1)
            .skip_while(|l| l.is_empty())
            .take_while(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn ipv4_renders_a_table_and_rfc_791_rows() {
        let text = markdown(IPV4);
        println!("{text}");
        assert!(text.starts_with(
            "## `Ipv4Header`\n\nRFC 791 section 3.1, as written in the API contract.\n\n- **Kind:** struct\n"
        ));
        assert!(text.contains("- **Size:** 20 bytes (fixed)\n"));
        assert!(text.contains(
            "| `flags` | 6 | 3 bits | 13–15 of 2 bytes | big | `u8` | unsigned integer |\n"
        ));
        assert!(text.contains("| `ttl` | 8 | 1 byte | | — | `u8` | unsigned integer |\n"));
        assert!(text.contains("| `src` | 12 | 4 bytes | | — | `[u8; 4]` | array of 4 × `u8` |\n"));
        // No column that no field uses.
        assert!(!text.contains("since") && !text.contains("magic") && !text.contains("| doc"));
        let diagram = rows_between(&text, "```text");
        assert_eq!(
            diagram[3],
            "|version|  ihl  |    dscp   |ecn|           total_len           |"
        );
        assert_eq!(
            diagram[5],
            "|         identification        |flags|     fragment_offset     |"
        );
        assert_eq!(diagram.len(), 2 + 1 + 2 * 5 + 1, "{diagram:#?}");
        assert!(!text.contains("After the block"));
    }

    #[test]
    fn a_little_endian_run_across_a_byte_is_one_box_and_one_inside_a_byte_is_reversed() {
        let text = markdown(REGS);
        println!("{text}");
        let diagram = rows_between(&text, "```text");
        assert_eq!(
            diagram[3],
            "|             marker            | enabled, channel, gain, offset|"
        );
        // The first field of a little-endian run takes the low bits: the right end.
        assert_eq!(diagram[5], "|      mode     |t|middl|  low  |");
        assert!(text.contains("| `gain` | 2 | 7 bits | 4–10 of 2 bytes | little |"));
        assert!(text.contains(
            "| `marker` | 0 | 2 bytes | | little | `u16` | unsigned integer | `5a a5` |"
        ));
        assert!(text
            .contains("| `top` | 5 | 1 bit | 7 of 1 byte | little | `bool` | bool (0 or 1) | |"));
    }

    #[test]
    fn nested_structs_keep_their_own_order_and_single_bytes_have_none() {
        let text = markdown(NESTED);
        assert!(text.contains(
            "| `origin` | 0 | 4 bytes | its own | `Point` | [`Point`](#point) (struct) |\n"
        ));
        assert!(text.contains("| `side` | 4 | 1 byte | — | `Side` | [`Side`](#side) (enum) |\n"));
    }

    #[test]
    fn enums_list_values_in_hex_decimal_and_ascii() {
        let text = markdown(SIDE);
        println!("{text}");
        assert!(text.contains("| hex | decimal | char | name | doc |\n"));
        assert!(text.contains("| `0x42` | 66 | `'B'` | `Buy` | A bid. |\n"));
        assert!(text.contains("| `0x7C` | 124 | `'\\|'` | `Pipe` | |\n"));
        assert!(text.contains("| `0x00` | 0 | | `Nul` | |\n"));
        let huge = markdown(HUGE);
        assert!(huge.contains("| `0xFFFFFFFFFFFFFFFF` | 18446744073709551615 | `Max` |"));
        assert!(!huge.contains("char"));
    }

    #[test]
    fn open_enums_list_the_other_variant_last() {
        let text = markdown(STATUS);
        println!("{text}");
        assert!(text.contains("- **Other values:** kept by `Unknown` and encoded back unchanged\n"));
        let table = rows_between(&text, "- **Other values:**");
        assert_eq!(
            table,
            [
                "| hex | decimal | name | doc |",
                "| --- | --- | --- | --- |",
                "| `0x0000` | 0 | `Ok` | Done. |",
                "| `0x0101` | 257 | `Busy` | |",
                "| any other | | `Unknown` | |",
            ]
        );
        assert!(markdown(SIDE).contains("- **Other values:** a decode error\n"));
    }

    #[test]
    fn versioned_structs_describe_their_header_and_variable_fields() {
        let text = markdown(QUOTE);
        println!("{text}");
        assert!(text.contains("- **Version:** 3 (the encoding starts with a version header)\n"));
        assert!(text
            .contains("- **Fixed block:** 6 bytes\n- **Variable fields:** 4, after the block\n"));
        assert!(text.contains("`block_len` (`u16`, big endian)"));
        assert!(text.contains("`var_len` (`u32`, big endian)"));
        assert!(
            text.contains("| `lot` | 4 | 2 bytes | big | `u16` | unsigned integer | | 2 | `100` |")
        );
        assert!(text.contains("| `comment` | after the block | variable | — | `Option<String>` | option of string | `u8` prefix, at most 255 bytes | 3 | `None` |"));
        let after = rows_between(&text, "**After the block**");
        assert_eq!(
            after,
            [
                "1. `venue`: a `u8` byte count (at most 255), then that many bytes of UTF-8.",
                "2. `sequence`: a LEB128 varint of the ZigZag-mapped `i64`.",
                "3. `tags` (since version 3): a LEB128 varint element count (at most 1152921504606846976), then that many elements, each a `u16`, big endian.",
                "4. `comment` (since version 3): a presence byte (0 or 1), then, when it is 1, a `u8` byte count (at most 255), then that many bytes of UTF-8.",
            ]
        );
    }

    #[test]
    fn unions_list_tags_with_links_and_the_other_variant_last() {
        let text = markdown(MESSAGE);
        println!("{text}");
        let table = rows_between(&text, "- **Other tags:**");
        assert_eq!(
            table,
            [
                "| tag (hex) | tag | char | variant | payload | doc |",
                "| --- | --- | --- | --- | --- | --- |",
                "| `0x41` | 65 | `'A'` | `Order` | [`Order`](#order) | |",
                "| `0x00` | 0 | | `Heartbeat` | nothing | No payload. |",
                "| `0x51` | 81 | `'Q'` | `Quote` | [`Quote`](#quote) | |",
                "| any other | | | `Unknown` | the bytes after the tag, unparsed | |",
            ]
        );
        assert!(text.contains(
            "- **Other tags:** kept by `Unknown`, with the bytes after the tag unparsed\n"
        ));
    }

    #[test]
    fn markdown_all_renders_each_reachable_type_once_in_first_reached_order() {
        let text = markdown_all(&[MESSAGE, ORDER, SIDE]);
        let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(
            headings,
            ["## `Message`", "## `Order`", "## `Side`", "## `Quote`"]
        );
        // A table cell's `|` is escaped, so the row keeps its columns.
        assert!(text.contains("| Shares \\| lots. |"));
    }
}
