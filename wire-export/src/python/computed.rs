//! What the Python codec writes for lengths from expressions (`count`, `byte_len`),
//! conditional fields (`if`) and checksum fields: the layout arguments the checked path
//! reads, the field documentation, and the expressions the fast paths evaluate inline.

use super::{py_str, type_name};
use std::fmt::Write as _;
use wire_schema::{
    BinOp, Body, ChecksumRange, Endian, Expr, Field, LenPrefix, Place, Schema, Struct, Type, UnOp,
};

/// The length expression of a field's type (`count` or `byte_len`), with whether it
/// counts bytes.
pub(super) fn length_expr(ty: &Type) -> Option<(&'static Expr, bool)> {
    let prefix = match ty {
        Type::Bytes { prefix, .. } | Type::Str { prefix, .. } | Type::List { prefix, .. } => {
            *prefix
        }
        _ => return None,
    };
    match prefix {
        LenPrefix::Count(e) => Some((e, false)),
        LenPrefix::ByteLen(e) => Some((e, true)),
        _ => None,
    }
}

/// Whether the struct has a field whose length an expression gives, a conditional field
/// or a checksum field.
pub(super) fn uses_expressions(s: &Struct) -> bool {
    s.fields
        .iter()
        .any(|f| f.condition.is_some() || length_expr(&f.ty).is_some())
}

/// Whether the struct has a checksum field.
pub(super) fn has_checksum(s: &Struct) -> bool {
    s.fields.iter().any(|f| f.checksum.is_some())
}

/// Whether `decode` and `view` of the struct check a checksum.
pub(super) fn verifies(s: &Struct) -> bool {
    s.fields
        .iter()
        .any(|f| f.checksum.is_some_and(|c| c.verify_on_view))
}

/// An expression as the checked path's data: a field's name, an int, or a tuple
/// (operator, operand[, operand]).
pub(super) fn expr_data(e: &Expr) -> String {
    match *e {
        Expr::Field(name) => py_str(name),
        Expr::Int(v) => v.to_string(),
        Expr::Unary(UnOp::Neg, a) => format!("(\"neg\", {})", expr_data(a)),
        Expr::Unary(UnOp::Not, a) => format!("(\"!\", {})", expr_data(a)),
        Expr::Binary(op, a, b) => format!(
            "({}, {}, {})",
            py_str(op.symbol()),
            expr_data(a),
            expr_data(b)
        ),
    }
}

/// The `_VarField` arguments of a field's length expression and condition.
pub(super) fn expr_args(field: &Field) -> String {
    let mut args = String::new();
    if let Some((e, _)) = length_expr(&field.ty) {
        let _ = write!(args, ", length={}", expr_data(e));
    }
    if let Some(e) = field.condition {
        let _ = write!(args, ", condition={}", expr_data(e));
    }
    args
}

/// The `_FixedField` argument of a checksum field.
pub(super) fn checksum_arg(field: &Field) -> String {
    let Some(c) = field.checksum else {
        return String::new();
    };
    let over = match c.over {
        ChecksumRange::Message => py_str("message"),
        ChecksumRange::Block => py_str("block"),
        ChecksumRange::Fields { first, last } => format!("({}, {})", py_str(first), py_str(last)),
    };
    let verify = if c.verify_on_view { "True" } else { "False" };
    format!(
        ", checksum=({}, {over}, {verify})",
        py_str(c.algorithm.name())
    )
}

/// The Python type of a field's value: a conditional field's is None when it is absent.
pub(super) fn field_hint(field: &Field, hint: String) -> String {
    if field.condition.is_some() && !matches!(field.ty, Type::Option(_)) {
        format!("{hint} | None")
    } else {
        hint
    }
}

/// What the field's documentation says of its length, condition and checksum.
pub(super) fn describe(text: &mut String, field: &Field) {
    if let Some((e, bytes)) = length_expr(&field.ty) {
        let unit = match (bytes, field.ty) {
            (true, _) | (false, Type::Bytes { .. } | Type::Str { .. }) => "bytes",
            _ => "elements",
        };
        let _ = write!(
            text,
            "; length: `{e}` {unit} (from earlier fields), no prefix"
        );
    }
    if let Some(e) = field.condition {
        let _ = write!(text, "; present when `{e}` (else None), no presence byte");
    }
    if let Some(c) = field.checksum {
        let over = match c.over {
            ChecksumRange::Message => "the message".to_string(),
            ChecksumRange::Block => "the fixed block".to_string(),
            ChecksumRange::Fields { first, last } if first == last => format!("`{first}`"),
            ChecksumRange::Fields { first, last } => format!("`{first}` to `{last}`"),
        };
        let check = if c.verify_on_view {
            "checked by decode and view"
        } else {
            "checked by `verify_checksum`"
        };
        let _ = write!(
            text,
            "; the {} checksum of {over}, computed on encode, {check}",
            c.algorithm.name()
        );
    }
}

/// `T.verify_checksum(buf)`, for a struct with a checksum field.
pub(super) fn verify_method(out: &mut String, schema: &Schema, s: &Struct) {
    if !has_checksum(s) {
        return;
    }
    let class = type_name(schema);
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def verify_checksum(buf: _Buffer) -> None:\n        \
         \"\"\"Checks every checksum field of the one encoding in `buf` (whether or not\n        \
         `decode` and `view` do): `ChecksumMismatch` when one does not hold the checksum\n        \
         of the bytes it covers, or the `DecodeError` of bytes that are no `{class}`.\"\"\"\n        \
         {class}._wire.verify_checksum(buf)"
    );
}

/// The largest magnitude a field's value may have, as an expression reads it.
fn field_bound(s: &Struct, name: &str) -> Option<u128> {
    let field = s.fields.iter().find(|f| f.name == name)?;
    if let Place::Bits { width, .. } = field.place {
        return Some(1u128 << width);
    }
    let bytes = match field.ty {
        Type::Bool => return Some(1),
        Type::UInt { bytes } | Type::Int { bytes } => bytes,
        Type::Varint { .. } => 8,
        Type::Named(schema) => match &schema.body {
            Body::Enum(e) => e.bytes,
            _ => return None,
        },
        _ => return None,
    };
    1u128.checked_shl(8 * bytes as u32)
}

/// A bound on the magnitude of every value `e` and its parts take (None: none below
/// `i128`'s), so the fast path knows when Python's unbounded ints give Rust's result.
fn bound(s: &Struct, e: &Expr) -> Option<u128> {
    let limit = 1u128 << 126;
    let b = match *e {
        Expr::Field(name) => field_bound(s, name)?,
        Expr::Int(v) => v.unsigned_abs().into(),
        Expr::Unary(UnOp::Neg, a) => bound(s, a)?,
        Expr::Unary(UnOp::Not, a) => {
            bound(s, a)?;
            1
        }
        Expr::Binary(op, a, b) => {
            let (a, b) = (bound(s, a)?, bound(s, b)?);
            match op {
                BinOp::Add | BinOp::Sub => a.checked_add(b)?,
                BinOp::Mul => a.checked_mul(b)?,
                BinOp::Div | BinOp::Rem | BinOp::Shr => a,
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => a.max(b).checked_mul(2)?,
                BinOp::Shl => return None,
                _ => 1,
            }
        }
    };
    (b < limit).then_some(b)
}

/// `e` as a Python expression over the locals `local` names: inline operators where
/// Python's ints give Rust's value, the checked path's helpers where they may not (they
/// raise `_BadExpression`, and the fast path gives up).
pub(super) fn fast_expr(s: &Struct, e: &Expr, local: &dyn Fn(&str) -> String) -> String {
    let safe = bound(s, e).is_some();
    fast_part(e, local, safe)
}

fn fast_part(e: &Expr, local: &dyn Fn(&str) -> String, safe: bool) -> String {
    let part = |e: &Expr| fast_part(e, local, safe);
    match *e {
        Expr::Field(name) => local(name),
        Expr::Int(v) => v.to_string(),
        Expr::Unary(UnOp::Neg, a) if safe => format!("(-{})", part(a)),
        Expr::Unary(UnOp::Neg, a) => format!("_i128(-{})", part(a)),
        Expr::Unary(UnOp::Not, a) => format!("({} == 0)", part(a)),
        Expr::Binary(op, a, b) => {
            let (a, b) = (part(a), part(b));
            match op {
                BinOp::Div => format!("_tdiv({a}, {b})"),
                BinOp::Rem => format!("_trem({a}, {b})"),
                BinOp::Shl => format!("_shl({a}, {b})"),
                BinOp::Shr => format!("({a} >> _shift({b}))"),
                BinOp::And => format!("({a} != 0 and {b} != 0)"),
                BinOp::Or => format!("({a} != 0 or {b} != 0)"),
                BinOp::Add | BinOp::Sub | BinOp::Mul if !safe => {
                    format!("_i128({a} {} {b})", op.symbol())
                }
                op => format!("({a} {} {b})", op.symbol()),
            }
        }
    }
}

/// The fixed checksums of a fixed-size struct, filled into the bytearray `out` packed
/// with zero in their places: one statement each.
pub(super) fn fill_fixed(out: &mut String, s: &Struct, indent: &str) {
    for field in s.fields {
        let (Some(c), Place::Bytes { offset, len }) = (field.checksum, field.place) else {
            continue;
        };
        let (lo, hi) = fixed_span(s, c.over);
        let order = match field.endian.or(s.endian) {
            Some(Endian::Little) => "little",
            _ => "big",
        };
        let _ = writeln!(
            out,
            "{indent}out[{offset}:{}] = _CHECKSUMS[{}](out[{lo}:{hi}]).to_bytes({len}, {order:?})",
            offset + len,
            py_str(c.algorithm.name())
        );
    }
}

/// The condition a fast reader of a fixed-size struct requires of the bytes at `pos`
/// of `buf`: each checksum `decode` and `view` verify holds.
pub(super) fn fixed_checks(s: &Struct, pos: &str) -> Vec<String> {
    let mut checks = Vec::new();
    for field in s.fields {
        let (Some(c), Place::Bytes { offset, len }) = (field.checksum, field.place) else {
            continue;
        };
        if !c.verify_on_view {
            continue;
        }
        let (lo, hi) = fixed_span(s, c.over);
        let order = match field.endian.or(s.endian) {
            Some(Endian::Little) => "little",
            _ => "big",
        };
        let at = |off: usize| {
            if pos == "0" {
                off.to_string()
            } else if off == 0 {
                pos.to_string()
            } else {
                format!("{pos} + {off}")
            }
        };
        checks.push(format!(
            "_checksum_holds({}, buf, {}, {}, {}, {len}, {order:?})",
            py_str(c.algorithm.name()),
            at(lo),
            at(hi),
            at(offset)
        ));
    }
    checks
}

/// The bytes of the block a checksum of a fixed-size struct covers.
fn fixed_span(s: &Struct, over: ChecksumRange) -> (usize, usize) {
    let span = |name: &str| {
        s.fields
            .iter()
            .find(|f| f.name == name)
            .and_then(|f| match f.place {
                Place::Bytes { offset, len } => Some((offset, offset + len)),
                Place::Bits {
                    run_offset,
                    run_len,
                    ..
                } => Some((run_offset, run_offset + run_len)),
                Place::Variable { .. } => None,
            })
            .unwrap_or((0, s.block_len))
    };
    match over {
        ChecksumRange::Message | ChecksumRange::Block => (0, s.block_len),
        ChecksumRange::Fields { first, last } => (span(first).0, span(last).1),
    }
}

/// The fields whose lengths expressions give, in declaration order, each with the field
/// its encoder writes the length back to, as the derive picks it: among the fields its
/// expression reads, those no earlier length expression took; the one when there is
/// exactly one (none: the expression is only checked against the length).
pub(super) fn targets(s: &Struct) -> Vec<(&'static Field, Option<&'static str>)> {
    let mut taken: Vec<&'static str> = Vec::new();
    let mut out = Vec::new();
    for field in s.fields {
        let Some((e, _)) = length_expr(&field.ty) else {
            continue;
        };
        let mut free: Vec<&'static str> = Vec::new();
        e.visit_fields(&mut |name| {
            if !taken.contains(&name) && !free.contains(&name) {
                free.push(name);
            }
        });
        let target = match free[..] {
            [one] => Some(one),
            _ => None,
        };
        taken.extend(target);
        out.push((field, target));
    }
    out
}

fn reads(e: &Expr, name: &str) -> bool {
    let mut found = false;
    e.visit_fields(&mut |n| found |= n == name);
    found
}

/// Statements setting the local `t` to the value of field `target` that makes `e` equal
/// the Python expression `len`: `e` reaches `target` through `+`, `-`, unary `-` and `*`
/// by a side that does not read it (the derive refuses other shapes). Where no integer
/// does it, the fast path gives up and the checked path raises `EncodeInvalidLength`.
pub(super) fn solve(
    s: &Struct,
    e: &Expr,
    target: &str,
    t: &str,
    len: &str,
    value_of: &dyn Fn(&str) -> String,
    indent: &str,
) -> String {
    let mut code = format!("{indent}{t} = {len}\n");
    let mut e = e;
    loop {
        match *e {
            Expr::Field(_) => break,
            Expr::Unary(UnOp::Neg, a) => {
                let _ = writeln!(code, "{indent}{t} = -{t}");
                e = a;
            }
            Expr::Binary(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul), a, b) => {
                let left = reads(a, target);
                let other = fast_expr(s, if left { b } else { a }, value_of);
                let _ = match (op, left) {
                    (BinOp::Add, _) => writeln!(code, "{indent}{t} -= {other}"),
                    (BinOp::Sub, true) => writeln!(code, "{indent}{t} += {other}"),
                    (BinOp::Sub, false) => writeln!(code, "{indent}{t} = {other} - {t}"),
                    _ => writeln!(
                        code,
                        "{indent}factor = {other}\n{indent}if factor == 0 or {t} % factor:\n\
                         {indent}    raise _GiveUp\n{indent}{t} //= factor"
                    ),
                };
                e = if left { a } else { b };
            }
            _ => {
                let _ = writeln!(code, "{indent}raise _GiveUp");
                break;
            }
        }
    }
    code
}

/// The bytes a checksum of a variable-length struct covers in the bytearray `out` that
/// holds its encoding, as Python expressions: a variable field's span is in the locals
/// `<field>_at` and `<field>_end`.
pub(super) fn span_code(
    s: &Struct,
    over: ChecksumRange,
    local: &dyn Fn(&str) -> String,
) -> (String, String) {
    let fixed = |name: &str| {
        s.fields
            .iter()
            .find(|f| f.name == name)
            .and_then(|f| match f.place {
                Place::Bytes { offset, len } => Some((offset, offset + len)),
                Place::Bits {
                    run_offset,
                    run_len,
                    ..
                } => Some((run_offset, run_offset + run_len)),
                Place::Variable { .. } => None,
            })
    };
    match over {
        ChecksumRange::Message => ("0".into(), "len(out)".into()),
        ChecksumRange::Block => ("0".into(), s.block_len.to_string()),
        ChecksumRange::Fields { first, last } => (
            fixed(first).map_or_else(|| format!("{}_at", local(first)), |(a, _)| a.to_string()),
            fixed(last).map_or_else(|| format!("{}_end", local(last)), |(_, b)| b.to_string()),
        ),
    }
}

/// The checks a fast reader of an unversioned struct with variable fields makes of the
/// checksums `decode` verifies, over `buf` from `base` (where the message starts) to
/// `pos` (where it ends), a variable field's span in the locals `<field>_at` and
/// `<field>_end`.
pub(super) fn var_checks(s: &Struct, local: &dyn Fn(&str) -> String) -> Vec<String> {
    let mut checks = Vec::new();
    for field in s.fields {
        let (Some(c), Place::Bytes { offset, len }) = (field.checksum, field.place) else {
            continue;
        };
        if !c.verify_on_view {
            continue;
        }
        let (lo, hi) = span_code(s, c.over, local);
        let from_base = |at: String| match at.parse::<usize>() {
            Ok(0) => "base".to_string(),
            Ok(n) => format!("base + {n}"),
            Err(_) => at,
        };
        let hi = if hi == "len(out)" {
            "pos".to_string()
        } else {
            from_base(hi)
        };
        let order = match field.endian.or(s.endian) {
            Some(Endian::Little) => "little",
            _ => "big",
        };
        checks.push(format!(
            "_checksum_holds({}, buf, {}, {hi}, base + {offset}, {len}, {order:?})",
            py_str(c.algorithm.name()),
            from_base(lo)
        ));
    }
    checks
}
