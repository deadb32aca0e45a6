//! The specialised code of the generated module: for each type, functions that read and
//! write its bytes with precompiled `struct.Struct`s, one `unpack_from` or `pack` per
//! fixed block, bit fields as inline shifts and masks, enum values through a dict and
//! length prefixes through precompiled structs. No schema table is consulted on these
//! paths.
//!
//! They handle valid input. On anything else (a short buffer, a byte no enum has, a value
//! out of range, a peer of another version) they give up (`_GiveUp`, or the exception
//! `struct` raises) and the checked path of the module's runtime runs instead: it raises
//! the error Rust raises, with the same field and offset. So the code below only has to
//! be right on valid bytes and to notice invalid ones; where the error lies is the
//! checked path's business.

use super::computed;
use super::{py_bool, py_bytes, py_name, py_str, type_name, variant_name, STRUCT_RESERVED};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use wire_schema::{
    Body, ChecksumRange, Endian, Enum, Field, LenPrefix, Place, Schema, Struct, TagKind, Type,
    Union,
};

/// The `struct` formats the module precompiles, each once, named after the format:
/// `_BE_HI` is `struct.Struct(">HI")`.
#[derive(Default)]
pub(super) struct Formats(BTreeMap<String, String>);

impl Formats {
    /// The name of the precompiled `format`.
    fn get(&mut self, format: &str) -> String {
        let name = format!(
            "_{}",
            format
                .replace('<', "LE_")
                .replace('>', "BE_")
                .replace('?', "")
        );
        self.0.insert(name.clone(), format.to_string());
        name
    }

    /// The definitions, one line each.
    pub(super) fn write(&self, out: &mut String) {
        for (name, format) in &self.0 {
            let _ = writeln!(out, "{name} = struct.Struct({})", py_str(format));
        }
    }
}

fn order_char(endian: Endian) -> char {
    match endian {
        Endian::Big => '>',
        Endian::Little => '<',
    }
}

fn order_word(endian: Endian) -> &'static str {
    match endian {
        Endian::Big => "big",
        Endian::Little => "little",
    }
}

/// `pos + off`, simplified when either is zero.
fn at(pos: &str, off: usize) -> String {
    match (pos, off) {
        ("0", off) => off.to_string(),
        (pos, 0) => pos.to_string(),
        (pos, off) => format!("{pos} + {off}"),
    }
}

/// `expr` in parentheses unless it is one name, a call or a subscript.
fn paren(expr: &str) -> String {
    if expr.contains(' ') {
        format!("({expr})")
    } else {
        expr.to_string()
    }
}

/// The value of an open enum read as `raw`: its member, or the plain int no member names.
fn open_member(lookup: &str, raw: &str) -> String {
    if raw.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()) {
        format!("{lookup}.get({raw}, {raw})")
    } else {
        format!("_open_enum({lookup}, {raw})")
    }
}

/// The dict from an enum's values to its members.
pub(super) fn enum_lookup(schema: &Schema) -> String {
    format!("_{}_BY_VALUE", type_name(schema))
}

/// What a membership test of a closed enum's values is made against: a set literal for a
/// few values (a constant of the code object, so no global to load; a view's check is
/// measurably faster so), else the dict `lookup`.
fn enum_values(lookup: &str, e: &Enum) -> String {
    if e.values.is_empty() || e.values.len() > 8 {
        return lookup.to_string();
    }
    let values: Vec<String> = e.values.iter().map(|v| format!("{:#x}", v.value)).collect();
    format!("{{{}}}", values.join(", "))
}

/// One value of a fixed block as `struct` sees it: the format codes, the names the
/// unpacked values get, and the Python expressions that turn them into the value and a
/// value back into what `pack` takes.
#[derive(Default)]
struct Item {
    /// Format codes, without the byte order.
    codes: String,
    /// The names `unpack` gives, in order.
    temps: Vec<String>,
    /// The decoded value, from the temps.
    value: String,
    /// The value a view gives, from the temps (and `buf`, `pos`).
    view: String,
    /// What `pack` takes, from the source value.
    pack: Vec<String>,
    /// What must hold of the source value before it is packed (beyond what `struct`
    /// checks itself).
    pre: Vec<String>,
    /// What must hold of the bytes at `buf`/`pos` for them to be valid (for views).
    checks: Vec<String>,
    /// What must hold of the temps after unpacking (magic constants).
    after: Vec<String>,
}

impl Item {
    fn push(&mut self, other: Item) {
        self.codes.push_str(&other.codes);
        self.temps.extend(other.temps);
        self.pack.extend(other.pack);
        self.pre.extend(other.pre);
        self.checks.extend(other.checks);
        self.after.extend(other.after);
    }
}

/// The struct codes of an integer of 1, 2, 4 or 8 bytes.
fn int_code(width: usize, signed: bool) -> char {
    let code = match width {
        1 => 'b',
        2 => 'h',
        4 => 'i',
        _ => 'q',
    };
    if signed {
        code
    } else {
        code.to_ascii_uppercase()
    }
}

/// The chunks of 8, 4, 2 and 1 bytes an integer of `width` bytes is read in, most
/// significant first.
fn chunks(width: usize) -> Vec<usize> {
    let mut rest = width;
    let mut out = Vec::new();
    while rest > 0 {
        let chunk = [8, 4, 2, 1].into_iter().find(|&c| c <= rest).unwrap_or(1);
        out.push(chunk);
        rest -= chunk;
    }
    out
}

/// Everything that makes one item: the formats, the byte order of the block it sits in.
struct Ctx<'a> {
    formats: &'a mut Formats,
    block: Endian,
    /// Where the block starts in `buf`: a local name, or "0".
    pos: &'a str,
}

impl Ctx<'_> {
    /// An integer of `width` bytes at `off` of the block, in `endian`. Widths other than
    /// 1, 2, 4 and 8 are read in chunks (`HI` for 6 bytes) and joined by shifts; a
    /// signed one reads its most significant chunk signed, so no sign extension is
    /// needed, and `struct` range-checks every chunk on `pack`.
    fn int(&mut self, name: &str, src: &str, width: usize, signed: bool, endian: Endian) -> Item {
        if width > 1 && endian != self.block {
            // A field in the other byte order than its block's: its own bytes.
            let order = order_word(endian);
            let value = format!(
                "int.from_bytes({name}, {order:?}, signed={})",
                py_bool(signed)
            );
            return Item {
                codes: format!("{width}s"),
                temps: vec![name.to_string()],
                view: value.clone(),
                value,
                pack: vec![format!(
                    "{src}.to_bytes({width}, {order:?}, signed={})",
                    py_bool(signed)
                )],
                ..Item::default()
            };
        }
        let ms_first = chunks(width);
        // (width, shift) in wire order.
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut below = width;
        for &c in &ms_first {
            below -= c;
            parts.push((c, 8 * below));
        }
        if endian == Endian::Little {
            parts.reverse();
        }
        let top = 8 * (width - ms_first[0]);
        let mut item = Item::default();
        for (i, &(chunk, shift)) in parts.iter().enumerate() {
            let most = shift == top;
            item.codes.push(int_code(chunk, signed && most));
            let temp = if parts.len() == 1 {
                name.to_string()
            } else {
                format!("{name}_{i}")
            };
            let mask = format!("{:#x}", (1u128 << (8 * chunk)) - 1);
            item.pack.push(match (most, shift) {
                (true, 0) => src.to_string(),
                (true, shift) => format!("{src} >> {shift}"),
                (false, 0) => format!("{src} & {mask}"),
                (false, shift) => format!("{src} >> {shift} & {mask}"),
            });
            item.temps.push(temp);
        }
        let joined: Vec<String> = parts
            .iter()
            .zip(&item.temps)
            .map(|(&(_, shift), temp)| match shift {
                0 => temp.clone(),
                shift => format!("{temp} << {shift}"),
            })
            .collect();
        item.value = joined.join(" | ");
        item.view = item.value.clone();
        item
    }

    /// An item of type `ty` in `width` wire bytes at `off` of the block; `src` is the
    /// value to pack.
    fn item(
        &mut self,
        ty: &Type,
        width: usize,
        endian: Endian,
        name: &str,
        src: &str,
        off: usize,
    ) -> Item {
        match ty {
            Type::UInt { .. } => self.int(name, src, width, false, endian),
            Type::Int { .. } => self.int(name, src, width, true, endian),
            Type::Float { bytes } => {
                let code = if *bytes == 4 { 'f' } else { 'd' };
                if endian == self.block {
                    return Item {
                        codes: code.to_string(),
                        temps: vec![name.into()],
                        value: name.into(),
                        view: name.into(),
                        pack: vec![src.into()],
                        ..Item::default()
                    };
                }
                let single = self.formats.get(&format!("{}{code}", order_char(endian)));
                let value = format!("{single}.unpack({name})[0]");
                Item {
                    codes: format!("{bytes}s"),
                    temps: vec![name.into()],
                    view: value.clone(),
                    value,
                    pack: vec![format!("{single}.pack({src})")],
                    ..Item::default()
                }
            }
            Type::Bool => Item {
                codes: "B".into(),
                temps: vec![name.into()],
                value: format!("_BOOL_OF[{name}]"),
                view: format!("{name} == 1"),
                pack: vec![format!("_BOOL_BYTE[{src}]")],
                checks: vec![format!("buf[{}] < 2", at(self.pos, off))],
                ..Item::default()
            },
            Type::Decimal {
                float_bytes,
                signed,
                scale,
                ..
            } => {
                let units = if *float_bytes == 4 {
                    format!("_fixed_units(_to_f32({src}), {scale})")
                } else {
                    format!("_fixed_units({src}, {scale})")
                };
                let mut item = self.int(name, &units, width, *signed, endian);
                // An int over an int: Python's true division rounds the exact quotient
                // once, as Rust's `fixed_to_f64` reads the decimal.
                let divisor = 10u128.pow(*scale);
                let value = format!("{} / {divisor}", paren(&item.value));
                item.value = if *float_bytes == 4 {
                    format!("_to_f32({value})")
                } else {
                    value
                };
                item.view = item.value.clone();
                item
            }
            Type::Array {
                elem,
                elem_len,
                len,
            } if matches!(**elem, Type::UInt { bytes: 1 }) => Item {
                // `[u8; N]` is `bytes`; `struct` would pad or cut one of another length.
                codes: format!("{len}s"),
                temps: vec![name.into()],
                value: name.into(),
                view: name.into(),
                pack: vec![src.into()],
                pre: vec![format!("len({src}) == {}", elem_len * len)],
                ..Item::default()
            },
            Type::Array {
                elem,
                elem_len,
                len,
            } => {
                let mut item = Item {
                    pre: vec![format!("len({src}) == {len}")],
                    ..Item::default()
                };
                let (mut values, mut views) = (Vec::new(), Vec::new());
                for i in 0..*len {
                    let one = self.item(
                        elem,
                        *elem_len,
                        endian,
                        &format!("{name}_{i}"),
                        &format!("{src}[{i}]"),
                        off + i * elem_len,
                    );
                    values.push(one.value.clone());
                    views.push(one.view.clone());
                    item.push(one);
                }
                let tuple = |items: Vec<String>| {
                    if items.len() == 1 {
                        format!("({},)", items[0])
                    } else {
                        format!("({})", items.join(", "))
                    }
                };
                item.value = tuple(values);
                item.view = tuple(views);
                item
            }
            Type::Named(schema) => match &schema.body {
                Body::Enum(e) if e.other.is_some() => {
                    // An open enum: any value is valid, the named ones are members, the
                    // others plain ints; `struct` checks the range on `pack`.
                    let lookup = enum_lookup(schema);
                    let mut item = self.int(name, src, e.bytes, false, endian);
                    item.value = open_member(&lookup, &item.value);
                    item.view = item.value.clone();
                    item
                }
                Body::Enum(e) => {
                    let lookup = enum_lookup(schema);
                    let mut item =
                        self.int(name, &format!("{lookup}[{src}]"), e.bytes, false, endian);
                    item.value = format!("{lookup}[{}]", item.value);
                    item.view = item.value.clone();
                    let raw = self.read_at(e.bytes, endian, &at(self.pos, off));
                    item.checks
                        .push(format!("{raw} in {}", enum_values(&lookup, e)));
                    item
                }
                Body::Struct(s) => {
                    let class = type_name(schema);
                    let mut checks = Vec::new();
                    if has_checks(schema) {
                        checks.push(format!("_{class}_valid(buf, {})", at(self.pos, off)));
                    }
                    Item {
                        codes: format!("{}s", s.block_len),
                        temps: vec![name.into()],
                        value: format!("_{class}_unpack({name}, 0)"),
                        view: format!("{class}View(buf, {})", at(self.pos, off)),
                        pack: vec![format!("{src}.encode()")],
                        pre: vec![format!("isinstance({src}, {class})")],
                        checks,
                        after: Vec::new(),
                    }
                }
                // A union is never part of a fixed block.
                Body::Union(_) => Item::default(),
            },
            // Variable-length types are never part of a fixed block.
            _ => Item::default(),
        }
    }

    /// An expression reading the unsigned integer of `width` bytes at `at` of `buf`.
    fn read_at(&mut self, width: usize, endian: Endian, at: &str) -> String {
        if width == 1 {
            return format!("buf[{at}]");
        }
        let format = self
            .formats
            .get(&format!("{}{}", order_char(endian), int_code(width, false)));
        format!("{format}.unpack_from(buf, {at})[0]")
    }
}

/// Whether a view of the fixed struct `schema` must check its bytes (a bool, an enum, a
/// magic constant, in it or in a struct nested in it).
pub(super) fn has_checks(schema: &Schema) -> bool {
    let Body::Struct(s) = &schema.body else {
        return false;
    };
    computed::verifies(s)
        || s.fields.iter().any(|f| {
            f.magic.is_some() || (!matches!(f.place, Place::Bits { .. }) && type_checks(&f.ty))
        })
}

fn type_checks(ty: &Type) -> bool {
    match ty {
        Type::Bool => true,
        Type::Array { elem, .. } => type_checks(elem),
        Type::Named(schema) => match &schema.body {
            // Any value of an open enum is valid.
            Body::Enum(e) => e.other.is_none(),
            Body::Struct(_) => has_checks(schema),
            Body::Union(_) => false,
        },
        _ => false,
    }
}

/// A struct's fixed block as one `struct` format.
struct Block {
    /// The whole format, byte order first.
    format: String,
    /// The unpacked names.
    temps: Vec<String>,
    /// Each block field's decoded value, by attribute, in declaration order.
    values: Vec<(String, String)>,
    /// The arguments of `pack`.
    pack: Vec<String>,
    /// Locals the encoder computes before packing (the bit runs).
    locals: Vec<(String, String)>,
    /// What must hold of the values before packing.
    pre: Vec<String>,
    /// What must hold of the unpacked names (magic constants).
    after: Vec<String>,
    /// What must hold of the bytes at `buf`/`pos` (for views).
    checks: Vec<String>,
}

/// The Python name of a struct's field.
fn attr(field: &Field) -> String {
    py_name(field.name, STRUCT_RESERVED)
}

/// A local variable named after a field, safe from the builtins generated code calls.
fn local(name: &str) -> String {
    const TAKEN: &[&str] = &[
        "buf",
        "pos",
        "end",
        "out",
        "self",
        "cls",
        "value",
        "len",
        "bytes",
        "str",
        "list",
        "int",
        "range",
        "isinstance",
        "memoryview",
        "tuple",
        "float",
        "struct",
    ];
    if TAKEN.contains(&name) {
        format!("{name}_")
    } else {
        py_name(name, STRUCT_RESERVED)
    }
}

/// The value a magic field always has, as a Python expression.
fn magic_value(ty: &Type, magic: &[u8], endian: Endian) -> Option<String> {
    let mut bytes = magic.to_vec();
    match ty {
        Type::Array { elem, .. } if matches!(**elem, Type::UInt { bytes: 1 }) => {
            Some(py_bytes(magic))
        }
        Type::UInt { .. } | Type::Int { .. } if magic.len() <= 16 => {
            if endian == Endian::Little {
                bytes.reverse();
            }
            let mut value: u128 = 0;
            for b in &bytes {
                value = value << 8 | u128::from(*b);
            }
            let bits = 8 * magic.len() as u32;
            if matches!(ty, Type::Int { .. }) && bits > 0 && value >> (bits - 1) & 1 == 1 {
                let magnitude = (1u128 << (bits - 1)) * 2 - value;
                return Some(format!("-{magnitude}"));
            }
            Some(value.to_string())
        }
        _ => None,
    }
}

/// The fixed block of `s`; `src_of` gives the expression of a field's value to pack.
fn block(formats: &mut Formats, s: &Struct, pos: &str, src_of: &dyn Fn(&Field) -> String) -> Block {
    let endian = s.endian.unwrap_or(Endian::Big);
    let mut ctx = Ctx {
        formats,
        block: endian,
        pos,
    };
    // The block's slots in byte order: whole-byte fields and bit runs.
    let mut slots: Vec<(usize, usize, Vec<&Field>)> = Vec::new();
    for field in s.fields {
        match field.place {
            Place::Bytes { offset, len } => slots.push((offset, len, vec![field])),
            Place::Bits {
                run_offset,
                run_len,
                ..
            } => match slots.iter_mut().find(|slot| slot.0 == run_offset) {
                Some(slot) => slot.2.push(field),
                None => slots.push((run_offset, run_len, vec![field])),
            },
            Place::Variable { .. } => {}
        }
    }
    slots.sort_by_key(|slot| slot.0);
    let mut codes = String::new();
    let mut out = Block {
        format: String::new(),
        temps: Vec::new(),
        values: Vec::new(),
        pack: Vec::new(),
        locals: Vec::new(),
        pre: Vec::new(),
        after: Vec::new(),
        checks: Vec::new(),
    };
    let mut values: BTreeMap<&str, String> = BTreeMap::new();
    let mut cur = 0;
    for (offset, len, fields) in &slots {
        if *offset > cur {
            let _ = write!(codes, "{}x", offset - cur);
        }
        cur = offset + len;
        let field = fields[0];
        let field_endian = field.endian.or(s.endian).unwrap_or(endian);
        if let Place::Bits { .. } = field.place {
            let names: Vec<String> = fields.iter().map(|f| local(f.name)).collect();
            let run = names.join("_");
            let item = ctx.int(&run, &run, *len, false, field_endian);
            let raw = paren(&item.value);
            let mut parts = Vec::new();
            for f in fields {
                let Place::Bits { shift, width, .. } = f.place else {
                    continue;
                };
                let mask = format!("{:#x}", (1u128 << width) - 1);
                let bits = 8 * *len as u32;
                let unsigned = match (shift, shift + width == bits) {
                    (0, true) => raw.clone(),
                    (0, false) => format!("{raw} & {mask}"),
                    (shift, true) => format!("{raw} >> {shift}"),
                    (shift, false) => format!("{raw} >> {shift} & {mask}"),
                };
                let src = src_of(f);
                let sign = 1u128 << (width - 1);
                let (value, part) = match f.ty {
                    Type::Bool => (
                        format!("{} == 1", paren(&unsigned)),
                        format!("_BOOL_BYTE[{src}]"),
                    ),
                    Type::Int { .. } => {
                        out.pre.push(format!("-{sign:#x} <= {src} < {sign:#x}"));
                        (
                            format!("({} ^ {sign:#x}) - {sign:#x}", paren(&unsigned)),
                            format!("({src} & {mask})"),
                        )
                    }
                    _ => {
                        out.pre.push(format!("0 <= {src} <= {mask}"));
                        (unsigned, src)
                    }
                };
                parts.push(if shift == 0 {
                    part
                } else {
                    format!("{part} << {shift}")
                });
                values.insert(f.name, value);
            }
            out.locals.push((run.clone(), parts.join(" | ")));
            codes.push_str(&item.codes);
            out.temps.extend(item.temps);
            out.pack.extend(item.pack);
            continue;
        }
        let name = local(field.name);
        // A checksum is computed over the packed bytes, its own place zero. In
        // parentheses: a field in the other byte order packs `(0).to_bytes(…)`, and
        // `0.to_bytes` is not Python.
        let src = if field.checksum.is_some() {
            "(0)".to_string()
        } else {
            src_of(field)
        };
        let mut item = ctx.item(&field.ty, *len, field_endian, &name, &src, *offset);
        if let Some(magic) = field.magic {
            let constant = py_bytes(magic);
            let value = magic_value(&field.ty, magic, field_endian).unwrap_or_else(|| {
                // A magic of another type: its value read from the constant.
                let codec = super::codec(
                    &field.ty,
                    Some(*len),
                    super::endian_name(Some(field_endian)),
                );
                format!("_magic({codec}, {constant})")
            });
            item = Item {
                codes: format!("{len}s"),
                temps: vec![name.clone()],
                value: value.clone(),
                view: value,
                pack: vec![constant.clone()],
                pre: Vec::new(),
                checks: vec![format!(
                    "buf[{}:{}] == {constant}",
                    at(pos, *offset),
                    at(pos, offset + len)
                )],
                after: vec![format!("{name} == {constant}")],
            };
        }
        codes.push_str(&item.codes);
        out.temps.extend(item.temps);
        out.pack.extend(item.pack);
        out.pre.extend(item.pre);
        out.checks.extend(item.checks);
        out.after.extend(item.after);
        values.insert(field.name, item.value);
    }
    if s.block_len > cur {
        let _ = write!(codes, "{}x", s.block_len - cur);
    }
    if s.fixed_size {
        // The checksums `decode` and `view` verify: the block is the whole message.
        let verified = computed::fixed_checks(s, pos);
        out.after.extend(verified.iter().cloned());
        out.checks.extend(verified);
    }
    out.format = format!("{}{codes}", order_char(endian));
    for field in s.fields {
        if let Some(value) = values.remove(field.name) {
            out.values.push((attr(field), value));
        }
    }
    out
}

/// `(a, b) = ` or `(a,) = ` for unpacked names; empty when there are none.
fn targets(temps: &[String]) -> String {
    match temps.len() {
        0 => String::new(),
        1 => format!("({},) = ", temps[0]),
        _ => format!("({}) = ", temps.join(", ")),
    }
}

/// `if not (a and b): raise _GiveUp`, or nothing.
fn require(out: &mut String, indent: &str, conditions: &[String]) {
    if conditions.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "{indent}if {}:\n{indent}    raise _GiveUp",
        negate(conditions)
    );
}

/// The negation of all `conditions` holding, as a linter likes it: `x not in y` and
/// `a != b` for a single membership test or equality.
fn negate(conditions: &[String]) -> String {
    if let [one] = conditions {
        if let Some((left, right)) = one.rsplit_once(" in ") {
            if !left.contains(' ') || left.starts_with("buf[") && !left.contains(" and ") {
                return format!("{left} not in {right}");
            }
        }
        if let Some((left, right)) = one.split_once(" == ") {
            return format!("{left} != {right}");
        }
    }
    format!("not ({})", conditions.join(" and "))
}

/// The block format's name of struct `class`.
fn block_name(class: &str) -> String {
    format!("_{class}_BLOCK")
}

/// The module-level definitions of a struct: its block format and its reader, and for a
/// fixed-size struct the validity check its views use.
pub(super) fn struct_functions(
    out: &mut String,
    formats: &mut Formats,
    schema: &Schema,
    s: &Struct,
) {
    let class = type_name(schema);
    let b = block(formats, s, "pos", &|f| format!("value.{}", attr(f)));
    let _ = writeln!(
        out,
        "\n\n{} = struct.Struct({})",
        block_name(&class),
        py_str(&b.format)
    );
    if s.fixed_size {
        let _ = writeln!(
            out,
            "\n\ndef _{class}_unpack(buf: _Buffer, pos: int) -> {class}:\n    \
             \"\"\"The `{class}` at `pos` of `buf` (gives up on a short buffer or invalid bytes).\"\"\""
        );
        let _ = writeln!(
            out,
            "    {}{}.unpack_from(buf, pos)",
            targets(&b.temps),
            block_name(&class)
        );
        if !b.after.is_empty() {
            require(out, "    ", &b.after);
        }
        let args: Vec<&str> = b.values.iter().map(|(_, v)| v.as_str()).collect();
        let _ = writeln!(out, "    return {class}({})", args.join(", "));
        if has_checks(schema) {
            let _ = writeln!(
                out,
                "\n\ndef _{class}_valid(buf: _Buffer, pos: int) -> bool:\n    \
                 \"\"\"Whether the block at `pos` holds valid bools, enum values and \
                 magic constants.\"\"\"\n    return {}",
                b.checks.join(" and ")
            );
        }
        return;
    }
    struct_reader(out, formats, schema, s, &b);
    struct_scanner(out, formats, schema, s);
}

/// The first statement of a reader of a variable-length message or union: a value
/// nested one level deeper than the walk's limit gives up, and the checked path raises
/// `DepthExceeded` (with the limit, which only it knows).
const DEPTH_CHECK: &str = "    if left < 0:\n        raise _GiveUp";

/// `_T_read(buf, pos, left) -> (value, end)` of a struct with variable fields.
fn struct_reader(out: &mut String, formats: &mut Formats, schema: &Schema, s: &Struct, b: &Block) {
    let class = type_name(schema);
    let endian = s.endian.unwrap_or(Endian::Big);
    let var: Vec<&Field> = s
        .fields
        .iter()
        .filter(|f| matches!(f.place, Place::Variable { .. }))
        .collect();
    let _ = writeln!(
        out,
        "\n\ndef _{class}_read(buf: _Buffer, pos: int, left: int) -> tuple[{class}, int]:\n    \
         \"\"\"The `{class}` at `pos` of `buf`, and where it ends; `left`: the levels of\n    \
         nesting it may still open.\"\"\"\n{DEPTH_CHECK}"
    );
    // Checksums `decode` verifies are checked here, over spans recorded as the fields are
    // read; a versioned struct's go the checked way.
    let verify = computed::verifies(s) && s.version.is_none();
    if verify {
        let _ = writeln!(out, "    base = pos");
    }
    let header_len = match (s.version, var.is_empty()) {
        (None, _) => 0,
        (Some(_), true) => 2,
        (Some(_), false) => 6,
    };
    if header_len > 0 {
        // The version header (the block and variable lengths); a peer of another version
        // (another block length) goes the checked way, which knows what to skip and fill.
        let o = order_char(endian);
        if var.is_empty() {
            let f = formats.get(&format!("{o}H"));
            let _ = writeln!(out, "    (block_len,) = {f}.unpack_from(buf, pos)");
        } else {
            let f = formats.get(&format!("{o}HI"));
            let _ = writeln!(out, "    (block_len, var_len) = {f}.unpack_from(buf, pos)");
        }
        let _ = writeln!(
            out,
            "    if block_len != {}:\n        raise _GiveUp\n    pos += {header_len}",
            s.block_len
        );
    }
    let _ = writeln!(
        out,
        "    {}{}.unpack_from(buf, pos)",
        targets(&b.temps),
        block_name(&class)
    );
    require(out, "    ", &b.after);
    let _ = writeln!(out, "    pos += {}", s.block_len);
    if header_len == 6 {
        let _ = writeln!(
            out,
            "    end = pos + var_len\n    if end > len(buf):\n        raise _GiveUp"
        );
    }
    let mut args: Vec<String> = b.values.iter().map(|(_, v)| v.clone()).collect();
    if computed::verifies(s) && !verify {
        let _ = writeln!(out, "    raise _GiveUp");
    }
    let edge = |field: &Field, at_first: bool| {
        s.fields.iter().any(|f| match f.checksum {
            Some(c) if c.verify_on_view => matches!(c.over, ChecksumRange::Fields { first, last }
                if (if at_first { first } else { last }) == field.name),
            _ => false,
        })
    };
    // An expression reads a block field's value as the reader computes it.
    let value_of = |name: &str| {
        let field = s.fields.iter().find(|f| f.name == name);
        field
            .and_then(|f| b.values.iter().find(|(a, _)| *a == attr(f)))
            .map_or_else(|| local(name), |(_, v)| paren(v))
    };
    for field in &var {
        let name = local(field.name);
        if header_len == 6 && field.since > 1 {
            // An older peer did not send it: the checked path gives it its default.
            let _ = writeln!(out, "    if pos >= end:\n        raise _GiveUp");
        }
        let field_endian = field.endian.or(s.endian).unwrap_or(endian);
        if verify && edge(field, true) {
            let _ = writeln!(out, "    {name}_at = pos");
        }
        let mut indent = "    ";
        if let Some(condition) = field.condition {
            let test = computed::fast_expr(s, condition, &value_of);
            let _ = writeln!(out, "    {name}: {} = None", value_hint_of(field));
            let _ = writeln!(out, "    if {test}:");
            indent = "        ";
        }
        match computed::length_expr(&field.ty) {
            Some((e, _)) => {
                let n = computed::fast_expr(s, e, &value_of);
                computed_read(out, formats, field, field_endian, &name, &n, indent);
            }
            None => emit_read(out, formats, &field.ty, field_endian, &name, indent, 1),
        }
        if verify && edge(field, false) {
            let _ = writeln!(out, "    {name}_end = pos");
        }
        args.push(name);
    }
    if verify {
        for check in computed::var_checks(s, &local) {
            let _ = writeln!(out, "    if not {check}:\n        raise _GiveUp");
        }
    }
    let end = if header_len == 6 {
        // A newer peer's fields after ours are skipped.
        let _ = writeln!(out, "    if pos > end:\n        raise _GiveUp");
        "end"
    } else {
        "pos"
    };
    let _ = writeln!(out, "    return {class}({}), {end}", args.join(", "));
}

/// The Python type of a conditional field's local.
fn value_hint_of(field: &Field) -> String {
    computed::field_hint(field, super::value_hint(&field.ty))
}

/// Statements reading the value of `field`, whose length the Python expression `n`
/// gives (`count` or `byte_len`), into the local `target`.
fn computed_read(
    out: &mut String,
    formats: &mut Formats,
    field: &Field,
    endian: Endian,
    target: &str,
    n: &str,
    indent: &str,
) {
    let (cap, by_bytes) = match field.ty {
        Type::Bytes { max_len, .. } | Type::Str { max_len, .. } => (max_len, true),
        Type::List {
            max_len, prefix, ..
        } => (max_len, matches!(prefix, LenPrefix::ByteLen(_))),
        _ => return,
    };
    let _ = writeln!(
        out,
        "{indent}n1 = {n}\n{indent}if n1 < 0 or n1 > {cap}:\n{indent}    raise _GiveUp"
    );
    if by_bytes {
        let _ = writeln!(
            out,
            "{indent}end1 = pos + n1\n{indent}if end1 > len(buf):\n{indent}    raise _GiveUp"
        );
    }
    match field.ty {
        Type::Str { .. } => {
            let _ = writeln!(
                out,
                "{indent}{target} = str(buf[pos:end1], \"utf-8\")\n{indent}pos = end1"
            );
        }
        Type::Bytes { .. } => {
            let _ = writeln!(
                out,
                "{indent}{target} = bytes(buf[pos:end1])\n{indent}pos = end1"
            );
        }
        Type::List { elem, .. } if !by_bytes => {
            list_read(out, formats, elem, endian, target, "n1", indent, 2);
        }
        Type::List { elem, .. } => match fixed_size(elem) {
            // Fixed elements: as many as fill the bytes, a part of one is invalid.
            Some(size) => {
                let _ = writeln!(
                    out,
                    "{indent}if n1 % {size}:\n{indent}    raise _GiveUp\n{indent}n1 //= {size}"
                );
                list_read(out, formats, elem, endian, target, "n1", indent, 2);
            }
            None => {
                let item = format!("{target}_item");
                let _ = writeln!(out, "{indent}{target} = []\n{indent}while pos < end1:");
                let inner = format!("{indent}    ");
                emit_read(out, formats, elem, endian, &item, &inner, 2);
                let _ = writeln!(
                    out,
                    "{inner}{target}.append({item})\n{indent}if pos != end1:\n{indent}    raise _GiveUp"
                );
            }
        },
        _ => {}
    }
}

/// The fixed size of a value of `ty`, when it has one.
fn fixed_size(ty: &Type) -> Option<usize> {
    match ty {
        Type::UInt { bytes } | Type::Int { bytes } | Type::Float { bytes } => Some(*bytes),
        Type::Bool => Some(1),
        Type::Decimal { repr_bytes, .. } => Some(*repr_bytes),
        Type::Array { elem_len, len, .. } => Some(elem_len * len),
        Type::Named(schema) => match &schema.body {
            Body::Enum(e) => Some(e.bytes),
            Body::Struct(s) if s.fixed_size => Some(s.block_len),
            _ => None,
        },
        _ => None,
    }
}

/// The largest value a length prefix holds.
fn prefix_max(prefix: LenPrefix) -> u64 {
    match prefix {
        // No prefix: the cap alone bounds the length.
        LenPrefix::Count(_) | LenPrefix::ByteLen(_) => u64::MAX,
        LenPrefix::U8 => 0xFF,
        LenPrefix::U16 => 0xFFFF,
        LenPrefix::U32 => 0xFFFF_FFFF,
        LenPrefix::Varint => u64::MAX,
    }
}

/// Statements reading a length or count prefix at `pos` into `n`, checked against `cap`.
fn read_prefix(
    out: &mut String,
    formats: &mut Formats,
    prefix: LenPrefix,
    cap: u64,
    endian: Endian,
    n: &str,
    indent: &str,
) {
    match prefix {
        // A length from an expression is read where its field is (`computed_read`); a
        // nested one the schema cannot hold gives up.
        LenPrefix::Count(_) | LenPrefix::ByteLen(_) => {
            let _ = writeln!(out, "{indent}raise _GiveUp");
            return;
        }
        LenPrefix::U8 => {
            let _ = writeln!(out, "{indent}{n} = buf[pos]\n{indent}pos += 1");
        }
        LenPrefix::U16 | LenPrefix::U32 => {
            let (code, width) = if prefix == LenPrefix::U16 {
                ('H', 2)
            } else {
                ('I', 4)
            };
            let f = formats.get(&format!("{}{code}", order_char(endian)));
            let _ = writeln!(
                out,
                "{indent}({n},) = {f}.unpack_from(buf, pos)\n{indent}pos += {width}"
            );
        }
        LenPrefix::Varint => {
            let _ = writeln!(out, "{indent}{n}, pos = _varint(buf, pos)");
        }
    }
    if cap < prefix_max(prefix) {
        let _ = writeln!(out, "{indent}if {n} > {cap}:\n{indent}    raise _GiveUp");
    }
}

/// Statements reading one value of `ty` at `pos` into the local `target`, moving `pos`
/// past it. `depth` keeps the helper names of nested reads apart.
fn emit_read(
    out: &mut String,
    formats: &mut Formats,
    ty: &Type,
    endian: Endian,
    target: &str,
    indent: &str,
    depth: usize,
) {
    if let Type::Named(schema) = ty {
        match &schema.body {
            Body::Struct(s) if s.fixed_size => {
                let _ = writeln!(
                    out,
                    "{indent}{target} = _{}_unpack(buf, pos)\n{indent}pos += {}",
                    type_name(schema),
                    s.block_len
                );
                return;
            }
            Body::Struct(_) | Body::Union(_) => {
                let _ = writeln!(
                    out,
                    "{indent}{target}, pos = _{}_read(buf, pos, left - 1)",
                    type_name(schema)
                );
                return;
            }
            Body::Enum(_) => {}
        }
    }
    if let Some(size) = fixed_size(ty) {
        let mut ctx = Ctx {
            formats,
            block: endian,
            pos: "pos",
        };
        let item = ctx.item(ty, size, endian, target, target, 0);
        if item.codes == "B" && item.temps.len() == 1 {
            let _ = writeln!(out, "{indent}{} = buf[pos]", item.temps[0]);
        } else {
            let f = formats.get(&format!("{}{}", order_char(endian), item.codes));
            let _ = writeln!(
                out,
                "{indent}{}{f}.unpack_from(buf, pos)",
                targets(&item.temps)
            );
        }
        if item.value != target {
            let _ = writeln!(out, "{indent}{target} = {}", item.value);
        }
        let _ = writeln!(out, "{indent}pos += {size}");
        return;
    }
    let n = format!("n{depth}");
    match ty {
        Type::Varint {
            signed,
            zigzag,
            bytes,
        } => {
            let bits = 8 * bytes;
            let _ = writeln!(out, "{indent}{target}, pos = _varint(buf, pos)");
            if *signed && !*zigzag {
                // Two's complement in 64 bits (Protocol Buffers' int64).
                let _ = writeln!(
                    out,
                    "{indent}if {target} >= 1 << 63:\n{indent}    {target} -= 1 << 64"
                );
                if bits < 64 {
                    let half = 1u64 << (bits - 1);
                    let _ = writeln!(
                        out,
                        "{indent}if not -{half} <= {target} < {half}:\n{indent}    raise _GiveUp"
                    );
                }
            } else {
                if bits < 64 {
                    let _ = writeln!(
                        out,
                        "{indent}if {target} >> {bits}:\n{indent}    raise _GiveUp"
                    );
                }
                if *signed {
                    let _ = writeln!(out, "{indent}{target} = ({target} >> 1) ^ -({target} & 1)");
                }
            }
        }
        Type::Bytes { prefix, max_len } | Type::Str { prefix, max_len } => {
            read_prefix(out, formats, *prefix, *max_len, endian, &n, indent);
            let end = format!("end{depth}");
            let content = if matches!(ty, Type::Str { .. }) {
                format!("str(buf[pos:{end}], \"utf-8\")")
            } else {
                format!("bytes(buf[pos:{end}])")
            };
            let _ = writeln!(
                out,
                "{indent}{end} = pos + {n}\n{indent}if {end} > len(buf):\n{indent}    raise _GiveUp\n\
                 {indent}{target} = {content}\n{indent}pos = {end}"
            );
        }
        Type::List {
            elem,
            prefix,
            max_len,
        } => {
            read_prefix(out, formats, *prefix, *max_len, endian, &n, indent);
            list_read(out, formats, elem, endian, target, &n, indent, depth);
        }
        Type::Option(inner) => {
            let present = format!("present{depth}");
            let _ = writeln!(
                out,
                "{indent}{present} = buf[pos]\n{indent}pos += 1\n{indent}if {present} == 0:\n\
                 {indent}    {target} = None\n{indent}elif {present} == 1:"
            );
            emit_read(
                out,
                formats,
                inner,
                endian,
                target,
                &format!("{indent}    "),
                depth + 1,
            );
            let _ = writeln!(out, "{indent}else:\n{indent}    raise _GiveUp");
        }
        _ => {}
    }
}

/// Statements reading `n` elements of `elem` into the list `target`.
#[allow(clippy::too_many_arguments)] // each is one piece of where the list is read
fn list_read(
    out: &mut String,
    formats: &mut Formats,
    elem: &Type,
    endian: Endian,
    target: &str,
    n: &str,
    indent: &str,
    depth: usize,
) {
    if let Type::Named(schema) = elem {
        if let Body::Struct(s) = &schema.body {
            if s.fixed_size {
                let size = s.block_len;
                let class = type_name(schema);
                let b = block(formats, s, "at", &|f| attr(f));
                let plain =
                    b.after.is_empty() && b.values.iter().map(|(_, v)| v).eq(b.temps.iter());
                // A block whose unpacked values are the fields themselves builds each
                // element right here, without a call to `_T_unpack` per element.
                let element = if plain {
                    format!("{class}(*{}.unpack_from(buf, at))", block_name(&class))
                } else {
                    format!("_{class}_unpack(buf, at)")
                };
                let _ = writeln!(
                    out,
                    "{indent}{target} = [{element} for at in range(pos, pos + {size} * {n}, {size})]\n\
                     {indent}pos += {size} * {n}"
                );
                return;
            }
        }
    }
    // Integers and floats of one format code: one `unpack_from` for the whole list.
    let simple = match elem {
        Type::UInt { bytes } | Type::Int { bytes } if matches!(bytes, 1 | 2 | 4 | 8) => Some((
            int_code(*bytes, matches!(elem, Type::Int { .. })),
            *bytes,
            None,
        )),
        Type::Float { bytes } => Some((if *bytes == 4 { 'f' } else { 'd' }, *bytes, None)),
        Type::Named(schema) => match &schema.body {
            Body::Enum(e) if matches!(e.bytes, 1 | 2 | 4 | 8) => Some((
                int_code(e.bytes, false),
                e.bytes,
                Some((enum_lookup(schema), e.other.is_some())),
            )),
            _ => None,
        },
        _ => None,
    };
    if let Some((code, width, lookup)) = simple {
        let unpack = format!(
            "struct.unpack_from(f\"{}{{{n}}}{code}\", buf, pos)",
            order_char(endian)
        );
        let value = match lookup {
            Some((lookup, true)) => format!("[{} for v in {unpack}]", open_member(&lookup, "v")),
            Some((lookup, false)) => format!("[{lookup}[v] for v in {unpack}]"),
            None => format!("list({unpack})"),
        };
        let _ = writeln!(
            out,
            "{indent}{target} = {value}\n{indent}pos += {width} * {n}"
        );
        return;
    }
    let item = format!("{target}_item");
    let _ = writeln!(out, "{indent}{target} = []\n{indent}for _ in range({n}):");
    let inner = format!("{indent}    ");
    emit_read(out, formats, elem, endian, &item, &inner, depth + 1);
    let _ = writeln!(out, "{inner}{target}.append({item})");
}

/// Statements appending `prefix` for the length `n` to `out`, after checking it against
/// `cap`.
fn write_prefix(
    out: &mut String,
    formats: &mut Formats,
    prefix: LenPrefix,
    cap: u64,
    endian: Endian,
    n: &str,
    indent: &str,
) {
    let cap = cap.min(prefix_max(prefix));
    let _ = writeln!(out, "{indent}if {n} > {cap}:\n{indent}    raise _GiveUp");
    match prefix {
        // The struct's encoder leaves lengths from expressions to the checked path.
        LenPrefix::Count(_) | LenPrefix::ByteLen(_) => {
            let _ = writeln!(out, "{indent}raise _GiveUp");
        }
        LenPrefix::U8 => {
            let _ = writeln!(out, "{indent}out.append({n})");
        }
        LenPrefix::U16 | LenPrefix::U32 => {
            let code = if prefix == LenPrefix::U16 { 'H' } else { 'I' };
            let f = formats.get(&format!("{}{code}", order_char(endian)));
            let _ = writeln!(out, "{indent}out += {f}.pack({n})");
        }
        LenPrefix::Varint => {
            let _ = writeln!(out, "{indent}out += _varint_bytes({n})");
        }
    }
}

/// Statements appending the encoding of `src`, a value of `ty`, to the bytearray `out`.
fn emit_write(
    out: &mut String,
    formats: &mut Formats,
    ty: &Type,
    endian: Endian,
    src: &str,
    indent: &str,
) {
    if let Type::Named(schema) = ty {
        if let Some(s) = schema
            .as_struct()
            .filter(|s| s.fixed_size && !computed::has_checksum(s))
        {
            // A fixed struct's block is packed right here, as its `encode` would: a list
            // of them pays no call per element.
            let b = block(formats, s, "0", &|f| format!("{src}.{}", attr(f)));
            if b.locals.is_empty() && b.pre.is_empty() {
                let _ = writeln!(
                    out,
                    "{indent}if not isinstance({src}, {}):\n{indent}    raise _GiveUp\n\
                     {indent}out += {}.pack({})",
                    type_name(schema),
                    block_name(&type_name(schema)),
                    b.pack.join(", ")
                );
                return;
            }
        }
        if !matches!(schema.body, Body::Enum(_)) {
            let _ = writeln!(
                out,
                "{indent}if not isinstance({src}, {}):\n{indent}    raise _GiveUp\n\
                 {indent}out += {src}.encode()",
                type_name(schema)
            );
            return;
        }
    }
    if let Some(size) = fixed_size(ty) {
        let mut ctx = Ctx {
            formats,
            block: endian,
            pos: "pos",
        };
        let item = ctx.item(ty, size, endian, "v", src, 0);
        require(out, indent, &item.pre);
        let f = formats.get(&format!("{}{}", order_char(endian), item.codes));
        let _ = writeln!(out, "{indent}out += {f}.pack({})", item.pack.join(", "));
        return;
    }
    // Locals named after the value written: a type checker gives each one type.
    let base = src
        .trim_start_matches("self.")
        .replace(['.', '[', ']'], "_");
    let n = format!("{base}_len");
    let v = format!("{base}_value");
    match ty {
        Type::Varint {
            signed,
            zigzag,
            bytes,
        } => {
            let bits = 8 * bytes;
            let (lo, hi) = if *signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits.min(64)) - 1)
            };
            let raw = match (signed, zigzag) {
                (false, _) => v.clone(),
                (true, true) => format!("_zigzag({v})"),
                (true, false) => format!("{v} & 0xFFFF_FFFF_FFFF_FFFF"),
            };
            let _ = writeln!(
                out,
                "{indent}{v} = {src}\n{indent}if not {lo} <= {v} <= {hi}:\n{indent}    raise _GiveUp\n\
                 {indent}out += _varint_bytes({raw})"
            );
        }
        Type::Bytes { prefix, max_len } | Type::Str { prefix, max_len } => {
            if matches!(ty, Type::Str { .. }) {
                let _ = writeln!(out, "{indent}{v} = {src}.encode()");
            } else {
                // `len` counts the bytes of these two; any other buffer (a memoryview of
                // wider items, say) takes the checked path.
                let _ = writeln!(
                    out,
                    "{indent}{v} = {src}\n{indent}if not isinstance({v}, (bytes, bytearray)):\n\
                     {indent}    raise _GiveUp"
                );
            }
            let _ = writeln!(out, "{indent}{n} = len({v})");
            write_prefix(out, formats, *prefix, *max_len, endian, &n, indent);
            let _ = writeln!(out, "{indent}out += {v}");
        }
        Type::List {
            elem,
            prefix,
            max_len,
        } => {
            let _ = writeln!(out, "{indent}{v} = {src}\n{indent}{n} = len({v})");
            write_prefix(out, formats, *prefix, *max_len, endian, &n, indent);
            let item = format!("{base}_item");
            let _ = writeln!(out, "{indent}for {item} in {v}:");
            emit_write(out, formats, elem, endian, &item, &format!("{indent}    "));
        }
        Type::Option(inner) => {
            let _ = writeln!(
                out,
                "{indent}{v} = {src}\n{indent}if {v} is None:\n{indent}    out.append(0)\n\
                 {indent}else:\n{indent}    out.append(1)"
            );
            emit_write(out, formats, inner, endian, &v, &format!("{indent}    "));
        }
        _ => {}
    }
}

/// `encode` of a struct's dataclass: the block packed at once, the variable fields
/// appended; a struct with lengths from expressions, conditional fields or checksums
/// beyond its fixed block has its own (`computed_encode`).
fn struct_encode(out: &mut String, formats: &mut Formats, s: &Struct, b: &Block, block: &str) {
    let endian = s.endian.unwrap_or(Endian::Big);
    let _ = writeln!(
        out,
        "\n    def encode(self) -> bytes:\n        \
         \"\"\"The encoding of this value.\n\n        \
         Raises `ValueOutOfRange`, `EncodeLengthExceedsMax` or `InvalidValue` for a value\n        \
         the wire field cannot hold.\"\"\""
    );
    if !s.fixed_size && (computed::has_checksum(s) || computed::uses_expressions(s)) {
        computed_encode(out, formats, s, block);
        return;
    }
    out.push_str("        try:\n");
    let body = "            ";
    for (name, expr) in &b.locals {
        let _ = writeln!(out, "{body}{name} = {expr}");
    }
    require(out, body, &b.pre);
    let packed = format!("{block}.pack({})", b.pack.join(", "));
    let var: Vec<&Field> = s
        .fields
        .iter()
        .filter(|f| matches!(f.place, Place::Variable { .. }))
        .collect();
    if s.fixed_size && computed::has_checksum(s) {
        let _ = writeln!(out, "{body}out = bytearray({packed})");
        computed::fill_fixed(out, s, body);
        let _ = writeln!(out, "{body}return bytes(out)");
    } else if s.fixed_size {
        let _ = writeln!(out, "{body}return {packed}");
    } else {
        if s.version.is_some() {
            let _ = writeln!(out, "{body}out = bytearray()");
        } else {
            let _ = writeln!(out, "{body}out = bytearray({packed})");
        }
        for field in &var {
            emit_write(
                out,
                formats,
                &field.ty,
                field.endian.or(s.endian).unwrap_or(endian),
                &format!("self.{}", attr(field)),
                body,
            );
        }
        match (s.version, var.is_empty()) {
            (None, _) => {
                let _ = writeln!(out, "{body}return bytes(out)");
            }
            (Some(_), true) => {
                let f = formats.get(&format!("{}H", order_char(endian)));
                let _ = writeln!(out, "{body}return {f}.pack({}) + {packed}", s.block_len);
            }
            (Some(_), false) => {
                let f = formats.get(&format!("{}HI", order_char(endian)));
                let _ = writeln!(
                    out,
                    "{body}return {f}.pack({}, len(out)) + {packed} + out",
                    s.block_len
                );
            }
        }
    }
    let _ = writeln!(
        out,
        "        except _GIVE_UP:\n            pass\n        return self._wire.encode(self)"
    );
}

/// The body of `encode` of an unversioned struct with lengths from expressions,
/// conditional fields or checksums: the fields whose lengths expressions give are encoded
/// first, each length written back to the field its expression reads (a local that the
/// block packs), the conditions checked, the block packed with zero checksums, the
/// variable fields appended and the checksums filled in, in declaration order. What it
/// does not handle (a versioned struct, a conditional field whose length an expression
/// gives, a length no value gives) goes the checked way, which raises the error.
fn computed_encode(out: &mut String, formats: &mut Formats, s: &Struct, block: &str) {
    let conditional_length = s
        .fields
        .iter()
        .any(|f| f.condition.is_some() && computed::length_expr(&f.ty).is_some());
    if s.version.is_some() || conditional_length {
        let _ = writeln!(out, "        return self._wire.encode(self)");
        return;
    }
    let endian = s.endian.unwrap_or(Endian::Big);
    let body = "            ";
    out.push_str("        try:\n");
    let self_attr = |name: &str| {
        let field = s.fields.iter().find(|f| f.name == name);
        field.map_or_else(|| local(name), |f| format!("self.{}", attr(f)))
    };
    let mut solved: Vec<&str> = Vec::new();
    for (field, target) in computed::targets(s) {
        let Some((e, bytes)) = computed::length_expr(&field.ty) else {
            continue;
        };
        let src = format!("self.{}", attr(field));
        let content = format!("{}_content", local(field.name));
        let field_endian = field.endian.or(s.endian).unwrap_or(endian);
        let (len, cap) = match field.ty {
            Type::Bytes { max_len, .. } => {
                let _ = writeln!(
                    out,
                    "{body}{content} = {src}\n{body}if not isinstance({content}, (bytes, bytearray)):\n\
                     {body}    raise _GiveUp"
                );
                (format!("len({content})"), max_len)
            }
            Type::Str { max_len, .. } => {
                let _ = writeln!(out, "{body}{content} = {src}.encode()");
                (format!("len({content})"), max_len)
            }
            Type::List { elem, max_len, .. } => {
                let item = format!("{}_item", local(field.name));
                let _ = writeln!(out, "{body}out = bytearray()\n{body}for {item} in {src}:");
                emit_write(
                    out,
                    formats,
                    elem,
                    field_endian,
                    &item,
                    &format!("{body}    "),
                );
                let _ = writeln!(out, "{body}{content} = out");
                let len = if bytes {
                    format!("len({content})")
                } else {
                    format!("len({src})")
                };
                (len, max_len)
            }
            _ => continue,
        };
        let n = format!("{}_len", local(field.name));
        let _ = writeln!(
            out,
            "{body}{n} = {len}\n{body}if {n} > {cap}:\n{body}    raise _GiveUp"
        );
        let value_of = |name: &str| {
            if solved.contains(&name) {
                local(name)
            } else {
                self_attr(name)
            }
        };
        match target {
            Some(target) => {
                let code = computed::solve(s, e, target, &local(target), &n, &value_of, body);
                out.push_str(&code);
                solved.push(target);
            }
            None => {
                let check = computed::fast_expr(s, e, &value_of);
                let _ = writeln!(out, "{body}if {check} != {n}:\n{body}    raise _GiveUp");
            }
        }
    }
    let value_of = |name: &str| {
        if solved.contains(&name) {
            local(name)
        } else {
            self_attr(name)
        }
    };
    for (field, condition) in s.fields.iter().filter_map(|f| f.condition.map(|c| (f, c))) {
        let holds = computed::fast_expr(s, condition, &value_of);
        // `bool(...)` around an expression in parentheses already has its own.
        let holds = if holds.starts_with('(') {
            format!("bool{holds}")
        } else {
            format!("bool({holds})")
        };
        let _ = writeln!(
            out,
            "{body}if {holds} != (self.{} is not None):\n{body}    raise _GiveUp",
            attr(field)
        );
    }
    let b = self::block(formats, s, "0", &|f| value_of(f.name));
    for (name, expr) in &b.locals {
        let _ = writeln!(out, "{body}{name} = {expr}");
    }
    require(out, body, &b.pre);
    let _ = writeln!(
        out,
        "{body}out = bytearray({block}.pack({}))",
        b.pack.join(", ")
    );
    for field in s
        .fields
        .iter()
        .filter(|f| matches!(f.place, Place::Variable { .. }))
    {
        let name = local(field.name);
        let src = format!("self.{}", attr(field));
        let field_endian = field.endian.or(s.endian).unwrap_or(endian);
        let covers = |edge: &dyn Fn(&str, &str) -> bool| {
            s.fields.iter().any(|f| {
                matches!(f.checksum.map(|c| c.over), Some(ChecksumRange::Fields { first, last })
                    if edge(first, last))
            })
        };
        if covers(&|first, _| first == field.name) {
            let _ = writeln!(out, "{body}{name}_at = len(out)");
        }
        if computed::length_expr(&field.ty).is_some() {
            let _ = writeln!(out, "{body}out += {name}_content");
        } else if field.condition.is_some() {
            let _ = writeln!(out, "{body}if {src} is not None:");
            emit_write(
                out,
                formats,
                &field.ty,
                field_endian,
                &src,
                &format!("{body}    "),
            );
        } else {
            emit_write(out, formats, &field.ty, field_endian, &src, body);
        }
        if covers(&|_, last| last == field.name) {
            let _ = writeln!(out, "{body}{name}_end = len(out)");
        }
    }
    for field in s.fields {
        let (Some(c), Place::Bytes { offset, len }) = (field.checksum, field.place) else {
            continue;
        };
        let (lo, hi) = computed::span_code(s, c.over, &local);
        let order = match field.endian.or(s.endian) {
            Some(Endian::Little) => "little",
            _ => "big",
        };
        let _ = writeln!(
            out,
            "{body}out[{offset}:{}] = _CHECKSUMS[{}](out[{lo}:{hi}]).to_bytes({len}, {order:?})",
            offset + len,
            py_str(c.algorithm.name())
        );
    }
    let _ = writeln!(
        out,
        "{body}return bytes(out)\n        except _GIVE_UP:\n            pass\n        return self._wire.encode(self)"
    );
}

/// The methods of a struct's dataclass: `encode`, `decode`, `decode_prefix`, and for a
/// fixed-size struct `view` and `view_prefix`.
pub(super) fn struct_methods(out: &mut String, formats: &mut Formats, schema: &Schema, s: &Struct) {
    let class = type_name(schema);
    let b = block(formats, s, "0", &|f| format!("self.{}", attr(f)));
    let block = block_name(&class);

    struct_encode(out, formats, s, &b, &block);

    // decode, decode_prefix
    let doc =
        "\"\"\"The value of `buf`, which must hold exactly one encoding (`TrailingBytes`\n        \
               otherwise); raises a `DecodeError` subclass for invalid bytes.\"\"\"";
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def decode(buf: _Buffer) -> {class}:\n        {doc}"
    );
    if s.fixed_size {
        let size = s.block_len;
        let _ = writeln!(out, "        if len(buf) == {size}:\n            try:");
        let _ = writeln!(
            out,
            "                {}{block}.unpack_from(buf)",
            targets(&b.temps)
        );
        require(out, "                ", &b.after);
        let args: Vec<&str> = b.values.iter().map(|(_, v)| v.as_str()).collect();
        let _ = writeln!(
            out,
            "                return {class}({})\n            except _GIVE_UP:\n                pass",
            args.join(", ")
        );
    } else {
        let _ = writeln!(
            out,
            "        try:\n            value, end = _{class}_read(buf, 0, {})\n            \
             if end == len(buf):\n                return value\n        except _GIVE_UP:\n            pass",
            s.max_depth
        );
    }
    let _ = writeln!(
        out,
        "        return {class}._wire.decode(buf)  # type: ignore[no-any-return]"
    );
    let read = if s.fixed_size {
        format!("_{class}_unpack(buf, 0), memoryview(buf)[{}:]", s.block_len)
    } else {
        format!(
            "value, end = _{class}_read(buf, 0, {})\n            return value, memoryview(buf)[end:]",
            s.max_depth
        )
    };
    let read = if s.fixed_size {
        format!("return {read}")
    } else {
        read
    };
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def decode_prefix(buf: _Buffer) -> tuple[{class}, memoryview]:\n        \
         \"\"\"The value at the front of `buf`, and the bytes after it.\"\"\"\n        try:\n            {read}\n        \
         except _GIVE_UP:\n            pass\n        return {class}._wire.prefix(buf, False)"
    );

    if !s.fixed_size {
        if s.version.is_none() {
            // A view of lengths from expressions, conditional fields or checked checksums
            // is made by the checked path.
            if !computed::uses_expressions(s) && !computed::verifies(s) {
                var_view_methods(out, schema, s);
            }
        }
        return;
    }
    // view, view_prefix
    let size = s.block_len;
    let mut valid = String::new();
    for check in &b.checks {
        let _ = write!(valid, " and {check}");
    }
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def view(buf: _Buffer) -> {class}View:\n        \
         \"\"\"A zero-copy view of `buf`, which must hold exactly one encoding; it is\n        \
         checked once here, and its properties read the bytes in place.\"\"\"\n        \
         if len(buf) == {size}{valid}:\n            \
         view: {class}View = _new({class}View)\n            view._buf = buf\n            view._pos = 0\n            \
         return view\n        \
         return {class}._wire.view(buf)  # type: ignore[no-any-return]"
    );
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def view_prefix(buf: _Buffer) -> tuple[{class}View, memoryview]:\n        \
         \"\"\"A view of the message at the front of `buf`, and the bytes after it.\"\"\"\n        \
         if len(buf) >= {size}{valid}:\n            \
         view: {class}View = _new({class}View)\n            view._buf = buf\n            view._pos = 0\n            \
         return view, memoryview(buf)[{size}:]\n        \
         return {class}._wire.prefix(buf, True)"
    );
}

/// The view class of a fixed-size struct: the buffer and where the block starts; each
/// property reads its field at its offset.
pub(super) fn fixed_view(
    out: &mut String,
    formats: &mut Formats,
    schema: &Schema,
    s: &Struct,
    describe: &dyn Fn(&Field) -> String,
) {
    let class = type_name(schema);
    let _ = writeln!(out, "\n\nclass {class}View:");
    super::docstring(
        out,
        "    ",
        &format!(
            "A zero-copy view of an encoded `{class}`, made by `{class}.view(buf)`: checked \
             once, then each property reads its field from the buffer."
        ),
    );
    let _ = writeln!(
        out,
        "\n    __slots__ = (\"_buf\", \"_pos\")\n\n    \
         def __init__(self, buf: _Buffer, pos: int = 0) -> None:\n        \
         self._buf = buf\n        self._pos = pos"
    );
    for field in s.fields {
        let name = attr(field);
        let hint = super::view_hint(&field.ty);
        let _ = writeln!(out, "\n    @property\n    def {name}(self) -> {hint}:");
        super::docstring(out, "        ", &describe(field));
        fixed_property(out, formats, s, field, "self._buf", "self._pos");
    }
    let _ = writeln!(
        out,
        "\n    def as_bytes(self) -> memoryview:\n        \"\"\"The bytes of the encoding.\"\"\"\n        \
         return memoryview(self._buf)[self._pos:self._pos + {}]\n\n    \
         def to_value(self) -> {class}:\n        \"\"\"Every field, read into an owned value.\"\"\"\n        \
         return _{class}_unpack(self._buf, self._pos)\n\n    \
         def __repr__(self) -> str:\n        return f\"{class}View({{bytes(self.as_bytes()).hex()}})\"",
        s.block_len
    );
}

/// The body of a view's property that reads the block field `field` from `buf`, whose
/// block starts at `base` (Python expressions).
pub(super) fn fixed_property(
    out: &mut String,
    formats: &mut Formats,
    s: &Struct,
    field: &Field,
    buf: &str,
    base: &str,
) {
    let endian = s.endian.unwrap_or(Endian::Big);
    let hint = super::view_hint(&field.ty);
    let field_endian = field.endian.or(s.endian).unwrap_or(endian);
    let mut ctx = Ctx {
        formats,
        block: field_endian,
        pos: "pos",
    };
    let (item, expr, offset) = match field.place {
        Place::Bits {
            run_offset,
            run_len,
            shift,
            width,
        } => {
            let item = ctx.int("run", "run", run_len, false, field_endian);
            let raw = paren(&item.value);
            let bits = 8 * run_len as u32;
            let mask = format!("{:#x}", (1u128 << width) - 1);
            let unsigned = match (shift, shift + width == bits) {
                (0, true) => raw.clone(),
                (0, false) => format!("{raw} & {mask}"),
                (shift, true) => format!("{raw} >> {shift}"),
                (shift, false) => format!("{raw} >> {shift} & {mask}"),
            };
            let sign = 1u128 << (width - 1);
            let expr = match field.ty {
                Type::Bool => format!("{} == 1", paren(&unsigned)),
                Type::Int { .. } => format!("({} ^ {sign:#x}) - {sign:#x}", paren(&unsigned)),
                _ => unsigned,
            };
            (item, expr, run_offset)
        }
        Place::Bytes { offset, len } => {
            let item = ctx.item(&field.ty, len, field_endian, "value", "value", offset);
            if let Some(constant) = field
                .magic
                .and_then(|m| magic_value(&field.ty, m, field_endian))
            {
                // A magic field holds its constant: the view checked it.
                let _ = writeln!(out, "        return {constant}");
                return;
            }
            let expr = item.view.clone();
            (item, expr, offset)
        }
        Place::Variable { .. } => return,
    };
    let pos = at(base, offset);
    if let (Type::Named(nested), Place::Bytes { .. }) = (&field.ty, field.place) {
        if let Body::Struct(_) = nested.body {
            let _ = writeln!(
                out,
                "        return {}View({buf}, {pos})",
                type_name(nested)
            );
            return;
        }
    }
    let uses_buf = expr.contains("View(buf");
    if item.codes == "B" && item.temps.len() == 1 {
        if expr == item.temps[0] {
            let _ = writeln!(out, "        return {buf}[{pos}]");
        } else {
            let _ = writeln!(
                out,
                "        {} = {buf}[{pos}]\n        return {expr}",
                item.temps[0]
            );
        }
        return;
    }
    let f = if uses_buf {
        let _ = writeln!(out, "        buf, pos = {buf}, {base}");
        formats.get(&format!("{}{}", order_char(field_endian), item.codes))
    } else {
        // The format skips to the field itself (`>10xQ`), so a property unpacks at the
        // view's own position without adding the field's offset first.
        let skip = if offset == 0 {
            String::new()
        } else {
            format!("{offset}x")
        };
        formats.get(&format!("{}{skip}{}", order_char(field_endian), item.codes))
    };
    let pos = if uses_buf { pos } else { base.to_string() };
    let result = if expr == item.temps[0] && item.temps.len() == 1 {
        let _ = writeln!(
            out,
            "        {}: {hint} = {f}.unpack_from({buf}, {pos})[0]",
            item.temps[0]
        );
        item.temps[0].clone()
    } else {
        let _ = writeln!(
            out,
            "        {}{f}.unpack_from({buf}, {pos})\n        result: {hint} = {expr}",
            targets(&item.temps)
        );
        "result".to_string()
    };
    let _ = writeln!(out, "        return {result}");
}

/// `_T_scan(buf, pos, left) -> (starts, end)` of a struct with variable fields and no version
/// header: every check its view makes, and where each variable field starts, without
/// building the values.
pub(super) fn struct_scanner(out: &mut String, formats: &mut Formats, schema: &Schema, s: &Struct) {
    if s.version.is_some() || s.fixed_size || computed::uses_expressions(s) || computed::verifies(s)
    {
        return;
    }
    let class = type_name(schema);
    let endian = s.endian.unwrap_or(Endian::Big);
    let b = block(formats, s, "pos", &attr);
    let _ = writeln!(
        out,
        "\n\ndef _{class}_scan(buf: _Buffer, pos: int, left: int) -> tuple[tuple[int, ...], int]:\n    \
         \"\"\"Where each variable field of the `{class}` at `pos` of `buf` starts, and where it\n    \
         ends, after the checks its view makes.\"\"\"\n{DEPTH_CHECK}"
    );
    let mut conditions = vec![format!("len(buf) - pos >= {}", s.block_len)];
    conditions.extend(b.checks);
    require(out, "    ", &conditions);
    let _ = writeln!(out, "    pos += {}", s.block_len);
    let mut starts = Vec::new();
    for field in s
        .fields
        .iter()
        .filter(|f| matches!(f.place, Place::Variable { .. }))
    {
        let name = local(field.name);
        let _ = writeln!(out, "    {name}_at = pos");
        emit_scan(
            out,
            formats,
            &field.ty,
            field.endian.or(s.endian).unwrap_or(endian),
            &name,
            "    ",
            1,
        );
        starts.push(format!("{name}_at"));
    }
    let tuple = if starts.len() == 1 {
        format!("({},)", starts[0])
    } else {
        format!("({})", starts.join(", "))
    };
    let _ = writeln!(out, "    return {tuple}, pos");
}

/// Statements moving `pos` past a value of `ty`, checking what a view checks.
fn emit_scan(
    out: &mut String,
    formats: &mut Formats,
    ty: &Type,
    endian: Endian,
    name: &str,
    indent: &str,
    depth: usize,
) {
    if let Type::Named(schema) = ty {
        match &schema.body {
            Body::Struct(s) if s.fixed_size => {
                let mut conditions = vec![format!("len(buf) - pos >= {}", s.block_len)];
                if has_checks(schema) {
                    conditions.push(format!("_{}_valid(buf, pos)", type_name(schema)));
                }
                require(out, indent, &conditions);
                let _ = writeln!(out, "{indent}pos += {}", s.block_len);
                return;
            }
            Body::Struct(_) | Body::Union(_) => {
                let _ = writeln!(
                    out,
                    "{indent}_, pos = _{}_read(buf, pos, left - 1)",
                    type_name(schema)
                );
                return;
            }
            Body::Enum(_) => {}
        }
    }
    if let Some(size) = fixed_size(ty) {
        let mut ctx = Ctx {
            formats,
            block: endian,
            pos: "pos",
        };
        let item = ctx.item(ty, size, endian, name, name, 0);
        let mut conditions = vec![format!("len(buf) - pos >= {size}")];
        conditions.extend(item.checks);
        require(out, indent, &conditions);
        let _ = writeln!(out, "{indent}pos += {size}");
        return;
    }
    let n = format!("{name}_len");
    match ty {
        Type::Varint { bytes, .. } if *bytes >= 8 => {
            // Any varint `_varint` reads fits.
            let _ = writeln!(out, "{indent}_, pos = _varint(buf, pos)");
        }
        Type::Varint { .. } => {
            // Reading it is the range check.
            emit_read(
                out,
                formats,
                ty,
                endian,
                &format!("{name}_checked"),
                indent,
                depth,
            );
        }
        Type::Str { prefix, max_len } => {
            read_prefix(out, formats, *prefix, *max_len, endian, &n, indent);
            let _ = writeln!(
                out,
                "{indent}end = pos + {n}\n{indent}if end > len(buf):\n{indent}    raise _GiveUp\n\
                 {indent}str(buf[pos:end], \"utf-8\")  # the UTF-8 check\n{indent}pos = end"
            );
        }
        Type::Bytes { prefix, max_len } => {
            read_prefix(out, formats, *prefix, *max_len, endian, &n, indent);
            let _ = writeln!(
                out,
                "{indent}pos += {n}\n{indent}if pos > len(buf):\n{indent}    raise _GiveUp"
            );
        }
        Type::List {
            elem,
            prefix,
            max_len,
        } => {
            read_prefix(out, formats, *prefix, *max_len, endian, &n, indent);
            match fixed_size(elem) {
                Some(size) if !type_checks(elem) => {
                    let _ = writeln!(
                        out,
                        "{indent}pos += {size} * {n}\n{indent}if pos > len(buf):\n{indent}    raise _GiveUp"
                    );
                }
                _ => {
                    let _ = writeln!(out, "{indent}for _ in range({n}):");
                    emit_scan(
                        out,
                        formats,
                        elem,
                        endian,
                        &format!("{name}_item"),
                        &format!("{indent}    "),
                        depth + 1,
                    );
                }
            }
        }
        Type::Option(inner) => {
            let present = format!("{name}_present");
            let _ = writeln!(
                out,
                "{indent}{present} = buf[pos]\n{indent}pos += 1\n{indent}if {present} == 1:"
            );
            emit_scan(
                out,
                formats,
                inner,
                endian,
                name,
                &format!("{indent}    "),
                depth + 1,
            );
            let _ = writeln!(
                out,
                "{indent}elif {present} != 0:\n{indent}    raise _GiveUp"
            );
        }
        _ => {}
    }
}

/// The body of a view's property that reads the variable field `field` (a string or a
/// varint) at `start` of `buf`; None for other types, which the checked path reads.
pub(super) fn var_property(
    formats: &mut Formats,
    s: &Struct,
    field: &Field,
    index: usize,
) -> Option<String> {
    if s.version.is_some()
        || !matches!(field.ty, Type::Str { .. } | Type::Varint { .. })
        || computed::uses_expressions(s)
    {
        return None;
    }
    let endian = field.endian.or(s.endian).unwrap_or(Endian::Big);
    let mut out =
        format!("        buf = self._wire_mv\n        pos = self._wire_starts[{index}]\n");
    emit_read(&mut out, formats, &field.ty, endian, "value", "        ", 1);
    out.push_str("        return value\n");
    Some(out)
}

/// `view` and `view_prefix` of a struct with variable fields and no version header.
fn var_view_methods(out: &mut String, schema: &Schema, s: &Struct) {
    let class = type_name(schema);
    let make = format!(
        "starts, end = _{class}_scan(buf, 0, {})\n            \
         view: {class}View = _new({class}View)\n            view._wire_mv = buf\n            \
         view._wire_base = 0\n            view._wire_end = end\n            view._wire_block = 0\n            \
         view._wire_block_len = {}\n            view._wire_starts = starts",
        s.max_depth, s.block_len
    );
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def view(buf: _Buffer) -> {class}View:\n        \
         \"\"\"A zero-copy view of `buf`, which must hold exactly one encoding; it is\n        \
         checked once here, and its properties read the bytes in place.\"\"\"\n        try:\n            \
         {make}\n            if end == len(buf):\n                return view\n        except _GIVE_UP:\n            pass\n        \
         return {class}._wire.view(buf)  # type: ignore[no-any-return]\n\n    \
         @staticmethod\n    def view_prefix(buf: _Buffer) -> tuple[{class}View, memoryview]:\n        \
         \"\"\"A view of the message at the front of `buf`, and the bytes after it.\"\"\"\n        try:\n            \
         {make}\n            return view, memoryview(buf)[end:]\n        except _GIVE_UP:\n            pass\n        \
         return {class}._wire.prefix(buf, True)"
    );
}

/// The tag's bytes of a variant, as a Python literal.
fn tag_literal(u: &Union, id: u64) -> String {
    let endian = u.endian.unwrap_or(Endian::Big);
    let bytes = match u.tag {
        TagKind::U8 => vec![id as u8],
        TagKind::U16 => match endian {
            Endian::Big => (id as u16).to_be_bytes().to_vec(),
            Endian::Little => (id as u16).to_le_bytes().to_vec(),
        },
        TagKind::Varint => {
            let mut out = Vec::new();
            let mut v = id;
            while v >= 0x80 {
                out.push((v as u8 & 0x7F) | 0x80);
                v >>= 7;
            }
            out.push(v as u8);
            out
        }
        // In the frame header, not the payload.
        TagKind::Header => Vec::new(),
    };
    py_bytes(&bytes)
}

/// The `encode` method of a union's variant class.
pub(super) fn variant_encode(
    out: &mut String,
    formats: &mut Formats,
    u: &Union,
    id: Option<u64>,
    payload: Option<&Type>,
) {
    let Some(id) = id else {
        if u.tag == TagKind::Header {
            // The `other` variant of a union tagged in the frame header: the bytes it kept
            // (its tag goes into the header).
            let _ = writeln!(
                out,
                "\n    def encode(self) -> bytes:\n        \"\"\"The payload kept unparsed (the tag goes into the frame header).\"\"\"\n        \
                 if isinstance(self.rest, (bytes, bytearray, memoryview)) and 0 <= self.tag <= 0xFFFF:\n            \
                 return bytes(self.rest)\n        return self._wire.encode(self)"
            );
            return;
        }
        // The `other` variant: the tag it carries, then the bytes it kept.
        let endian = u.endian.unwrap_or(Endian::Big);
        let tag = match u.tag {
            TagKind::U8 => "bytes((self.tag,))".to_string(),
            TagKind::U16 => {
                let f = formats.get(&format!("{}H", order_char(endian)));
                format!("{f}.pack(self.tag)")
            }
            TagKind::Varint => {
                "_varint_bytes(self.tag) if 0 <= self.tag <= 0xFFFF_FFFF_FFFF_FFFF else b\"\""
                    .into()
            }
            TagKind::Header => unreachable!("handled above"),
        };
        let _ = writeln!(
            out,
            "\n    def encode(self) -> bytes:\n        \"\"\"The tag, then the bytes kept after it.\"\"\"\n        \
             try:\n            tag = {tag}\n            \
             if tag and isinstance(self.rest, (bytes, bytearray, memoryview)):\n                \
             return tag + bytes(self.rest)\n        except _GIVE_UP:\n            pass\n        \
             return self._wire.encode(self)"
        );
        return;
    };
    let tag = tag_literal(u, id);
    let _ = writeln!(
        out,
        "\n    def encode(self) -> bytes:\n        \"\"\"The tag, then the payload.\"\"\""
    );
    let Some(ty) = payload else {
        let _ = writeln!(out, "        return {tag}");
        return;
    };
    if let Type::Named(schema) = ty {
        if !matches!(schema.body, Body::Enum(_)) {
            // A message: its own encoder, after the tag.
            let _ = writeln!(
                out,
                "        try:\n            value = self.value\n            if isinstance(value, {}):\n                \
                 return {tag} + value.encode()\n        except _GIVE_UP:\n            pass\n        \
                 return self._wire.encode(self)",
                type_name(schema)
            );
            return;
        }
    }
    let _ = writeln!(out, "        try:\n            out = bytearray({tag})");
    emit_write(
        out,
        formats,
        ty,
        u.endian.unwrap_or(Endian::Big),
        "self.value",
        "            ",
    );
    let _ = writeln!(
        out,
        "            return bytes(out)\n        except _GIVE_UP:\n            pass\n        \
         return self._wire.encode(self)"
    );
}

/// The union's static methods `decode`, `decode_prefix`, `view` and `view_prefix`.
pub(super) fn union_methods(out: &mut String, name: &str, u: &Union) {
    let limit = u.max_depth;
    if u.tag == TagKind::Header {
        header_union_methods(out, name, limit);
        return;
    }
    // A one-byte tag is looked up here, saving a call on the hottest path.
    let (read, view) = if u.tag == TagKind::U8 {
        (
            format!(
                "read = _{name}_READERS[buf[0]]\n            \
                 value, end = read(buf, 1, {limit}) if read is not None else _{name}_read(buf, 0, {limit})"
            ),
            format!(
                "viewer = _{name}_VIEWERS[buf[0]]\n            \
                 view = viewer(buf, 0, 1, {limit}) if viewer is not None else _{name}_view(buf, 0, {limit})[0]"
            ),
        )
    } else {
        (
            format!("value, end = _{name}_read(buf, 0, {limit})"),
            format!("view = _{name}_view(buf, 0, {limit})[0]"),
        )
    };
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def decode(buf: _Buffer) -> {name}:\n        \
         \"\"\"The variant `buf` holds (exactly one message).\"\"\"\n        try:\n            \
         {read}\n            if end == len(buf):\n                return value\n        \
         except _GIVE_UP:\n            pass\n        return {name}._wire.decode(buf)  # type: ignore[no-any-return]\n\n    \
         @staticmethod\n    def decode_prefix(buf: _Buffer) -> tuple[{name}, memoryview]:\n        \
         \"\"\"The variant at the front of `buf`, and the bytes after it.\"\"\"\n        try:\n            \
         value, end = _{name}_read(buf, 0, {limit})\n            return value, memoryview(buf)[end:]\n        \
         except _GIVE_UP:\n            pass\n        return {name}._wire.prefix(buf, False)\n\n    \
         @staticmethod\n    def view(buf: _Buffer) -> {name}View:\n        \
         \"\"\"A view of `buf`: its `variant` name, `tag`, and `value` (a view of the\n        \
         payload) or, for the `other` variant, `rest`.\"\"\"\n        try:\n            \
         {view}\n            if view._wire_end == len(buf):\n                return view\n        \
         except _GIVE_UP:\n            pass\n        return {name}._wire.view(buf)  # type: ignore[no-any-return]\n\n    \
         @staticmethod\n    def view_prefix(buf: _Buffer) -> tuple[{name}View, memoryview]:\n        \
         \"\"\"A view of the message at the front of `buf`, and the bytes after it.\"\"\"\n        try:\n            \
         view, end = _{name}_view(buf, 0, {limit})\n            return view, memoryview(buf)[end:]\n        \
         except _GIVE_UP:\n            pass\n        return {name}._wire.prefix(buf, True)"
    );
}

/// `decode`, `view` and `decode_frame` of a union whose tag is the frame header's
/// message type: the payload and that message type in, no tag read. Its
/// `decode_prefix` and `view_prefix` are the base class's, which refuse it (its bytes do
/// not say which variant they are, as in Rust, where it has no `decode`).
fn header_union_methods(out: &mut String, name: &str, limit: u32) {
    let needs = format!(
        "        if msg_type is None:\n            raise TypeError(\"{name}'s tag is the frame header's message type: \
         pass msg_type\")"
    );
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def decode(buf: _Buffer, msg_type: int | None = None) -> {name}:\n        \
         \"\"\"The variant the frame header's message type `msg_type` selects, from its\n        \
         payload `buf` (exactly one message).\"\"\"\n{needs}\n        try:\n            \
         value, end = _{name}_read(buf, 0, {limit}, msg_type)\n            if end == len(buf):\n                \
         return value\n        except _GIVE_UP:\n            pass\n        \
         return {name}._wire.with_tag(buf, msg_type, False)  # type: ignore[no-any-return]\n\n    \
         @staticmethod\n    def decode_frame(msg_type: int, payload: _Buffer) -> {name}:\n        \
         \"\"\"`decode(payload, msg_type)`, in the order a frame holds them.\"\"\"\n        \
         return {name}.decode(payload, msg_type)\n\n    \
         @staticmethod\n    def view(buf: _Buffer, msg_type: int | None = None) -> {name}View:\n        \
         \"\"\"A view of the payload `buf` of the variant the frame header's message type\n        \
         `msg_type` selects: its `variant` name, `tag`, and `value` or `rest`.\"\"\"\n{needs}\n        try:\n            \
         view = _{name}_view(buf, 0, {limit}, msg_type)[0]\n            if view._wire_end == len(buf):\n                \
         return view\n        except _GIVE_UP:\n            pass\n        \
         return {name}._wire.with_tag(buf, msg_type, True)  # type: ignore[no-any-return]"
    );
}

/// The union's reader and viewer: the tag, then a table from tags to one function per
/// variant. A variant's viewer returns the view alone (the view knows where it ends), so
/// `U.view` builds and unpacks no tuple.
pub(super) fn union_functions(out: &mut String, formats: &mut Formats, schema: &Schema, u: &Union) {
    let name = type_name(schema);
    let endian = u.endian.unwrap_or(Endian::Big);
    let read_tag = match u.tag {
        TagKind::U8 => "    tag = buf[pos]\n    pos += 1".to_string(),
        TagKind::U16 => {
            let f = formats.get(&format!("{}H", order_char(endian)));
            format!("    (tag,) = {f}.unpack_from(buf, pos)\n    pos += 2")
        }
        TagKind::Varint => "    tag, pos = _varint(buf, pos)".to_string(),
        // The caller passes the frame header's message type.
        TagKind::Header => "    if not 0 <= tag <= 0xFFFF:\n        raise _GiveUp".to_string(),
    };
    // A union tagged in the frame header takes its tag as an argument.
    let tag_arg = if u.tag == TagKind::Header {
        ", tag: int"
    } else {
        ""
    };
    let other = u.variants.iter().find(|v| v.id.is_none());
    let mut readers = Vec::new();
    let mut viewers = Vec::new();
    for v in u.variants {
        let Some(id) = v.id else { continue };
        let variant = variant_name(v.name);
        let class = format!("_{name}_{variant}");
        let reader = format!("_{name}_read_{variant}");
        let _ = writeln!(
            out,
            "\n\ndef {reader}(buf: _Buffer, pos: int, left: int) -> tuple[{name}, int]:"
        );
        match &v.payload {
            None => {
                let _ = writeln!(out, "    return {class}(), pos");
            }
            Some(Type::Named(payload)) if matches!(&payload.body, Body::Struct(s) if s.fixed_size) =>
            {
                let Some(s) = payload.as_struct() else {
                    continue;
                };
                let b = block(formats, s, "pos", &|f| format!("value.{}", attr(f)));
                let _ = writeln!(
                    out,
                    "    {}{}.unpack_from(buf, pos)",
                    targets(&b.temps),
                    block_name(&type_name(payload))
                );
                require(out, "    ", &b.after);
                let args: Vec<&str> = b.values.iter().map(|(_, v)| v.as_str()).collect();
                let _ = writeln!(
                    out,
                    "    variant: {class} = _new({class})\n    variant.value = {}({})\n    return variant, pos + {}",
                    type_name(payload),
                    args.join(", "),
                    s.block_len
                );
            }
            Some(ty) => {
                emit_read(out, formats, ty, endian, "value", "    ", 1);
                let _ = writeln!(out, "    return {class}(value), pos");
            }
        }
        readers.push(format!("{id}: {reader}"));

        let viewer = format!("_{name}_view_{variant}");
        let _ = writeln!(
            out,
            "\n\ndef {viewer}(buf: _Buffer, base: int, pos: int, left: int) -> {name}View:"
        );
        let (value, end) = match &v.payload {
            None => ("None".to_string(), "pos".to_string()),
            Some(Type::Named(payload)) if matches!(&payload.body, Body::Struct(s) if s.fixed_size) =>
            {
                let size = payload.as_struct().map_or(0, |s| s.block_len);
                let class = type_name(payload);
                let checks = payload
                    .as_struct()
                    .map(|s| block(formats, s, "pos", &|f| attr(f)).checks)
                    .unwrap_or_default();
                let valid = if checks.is_empty() {
                    String::new()
                } else {
                    format!(" or {}", negate(&checks))
                };
                let _ = writeln!(
                    out,
                    "    if len(buf) - pos < {size}{valid}:\n        raise _GiveUp"
                );
                let _ = writeln!(
                    out,
                    "    value: {class}View = _new({class}View)\n    value._buf = buf\n    value._pos = pos"
                );
                ("value".to_string(), format!("pos + {size}"))
            }
            Some(ty) => {
                // Other payloads are viewed the checked way, with the levels left (the
                // limit only goes into the error, which the checked path raises again).
                let codec = super::codec(ty, None, super::endian_name(Some(endian)));
                let _ = writeln!(
                    out,
                    "    value, end = {codec}.read(_as_view(buf), pos, {}, True, _Depth(left, 0))",
                    py_str(v.name)
                );
                ("value".to_string(), "end".to_string())
            }
        };
        let _ = writeln!(
            out,
            "    view: {name}View = _new({name}View)\n    view._wire_mv = buf\n    view._wire_base = base\n    \
             view._wire_end = {end}\n    view.variant = {}\n    view.tag = {id}\n    view.value = {value}\n    \
             view.rest = None\n    return view",
            py_str(v.name)
        );
        viewers.push(format!("{id}: {viewer}"));
    }
    // A one-byte tag indexes a list of all 256 (None where no variant has the tag):
    // cheaper than a dict's `get` on every message.
    let (table, open, close, get) = if u.tag == TagKind::U8 {
        ("list", "_by_tag_byte({", "})", "[tag]")
    } else {
        ("dict", "{", "}", ".get(tag)")
    };
    let (key, none) = if u.tag == TagKind::U8 {
        ("", " | None")
    } else {
        ("int, ", "")
    };
    let _ = writeln!(
        out,
        "\n\n_{name}_READERS: {table}[{key}Callable[[_Buffer, int, int], tuple[{name}, int]]{none}] = {open}\n    {},\n{close}",
        readers.join(",\n    ")
    );
    let _ = writeln!(
        out,
        "\n_{name}_VIEWERS: {table}[{key}Callable[[_Buffer, int, int, int], {name}View]{none}] = {open}\n    {},\n{close}",
        viewers.join(",\n    ")
    );
    let _ = writeln!(
        out,
        "\n\ndef _{name}_read(buf: _Buffer, pos: int, left: int{tag_arg}) -> tuple[{name}, int]:\n    \
         \"\"\"The `{name}` at `pos` of `buf`, and where it ends; `left`: the levels of\n    \
         nesting it may still open.\"\"\"\n{DEPTH_CHECK}\n{read_tag}\n    \
         read = _{name}_READERS{get}"
    );
    if let Some(v) = other {
        let _ = writeln!(
            out,
            "    if read is None:\n        # Any other tag: the `other` variant keeps it and every byte after it.\n        \
             return _{name}_{}(tag, bytes(buf[pos:])), len(buf)",
            variant_name(v.name)
        );
    } else {
        let _ = writeln!(out, "    if read is None:\n        raise _GiveUp");
    }
    let _ = writeln!(out, "    return read(buf, pos, left)");
    let _ = writeln!(
        out,
        "\n\ndef _{name}_view(buf: _Buffer, pos: int, left: int{tag_arg}) -> tuple[{name}View, int]:\n    \
         \"\"\"A view of the `{name}` at `pos` of `buf`, and where it ends.\"\"\"\n{DEPTH_CHECK}\n    \
         base = pos\n{read_tag}\n    \
         view = _{name}_VIEWERS{get}"
    );
    if let Some(v) = other {
        let _ = writeln!(
            out,
            "    if view is None:\n        return {name}View(buf, base, len(buf), {}, tag, None, \
             memoryview(buf)[pos:]), len(buf)",
            py_str(v.name)
        );
    } else {
        let _ = writeln!(out, "    if view is None:\n        raise _GiveUp");
    }
    let _ = writeln!(
        out,
        "    found = view(buf, base, pos, left)\n    return found, found._wire_end"
    );
}
