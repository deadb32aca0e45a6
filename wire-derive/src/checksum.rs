//! Checksum fields (`#[wire(checksum = "…", over = "…", verify)]`): parsing their
//! attributes into the model, and checking them into [`CheckedChecksum`]s, which
//! `expand::checksum` turns into code.
//!
//! A checksum field is an unsigned integer of the algorithm's width in the fixed block.
//! Its value is the checksum of the bytes of its range with its own bytes read as zero;
//! the fields are filled in declaration order, so a range may cover a checksum declared
//! before its own field (already filled) but not one declared after it.
//!
//! A range of fields may name variable-length fields (IPv4's header checksum covers its
//! options, RFC 791 section 3.1): fixed fields precede variable ones, so the fields
//! `first..=last` are contiguous bytes, from the first byte of `first` (its length
//! prefix, if it has one) to the last byte of `last`; an absent `if` field covers none.
//! Only a field of a later version (`since`) is refused: an older peer's encoding does
//! not have it.

use crate::attr::nearest;
use crate::errors::Errors;
use crate::model::{ChecksumOver, Endian, Field, Input, Prim, Spanned, TyKind};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned as _;
use syn::LitStr;
use wire_schema::ChecksumAlgorithm;

/// `checksum = "…"`: one of the algorithm names of `ChecksumAlgorithm::name`.
pub fn parse_algorithm(meta: &ParseNestedMeta) -> syn::Result<Spanned<ChecksumAlgorithm>> {
    let lit: LitStr = meta.value()?.parse()?;
    let name = lit.value();
    if let Some(algorithm) = ChecksumAlgorithm::ALL
        .into_iter()
        .find(|a| a.name() == name)
    {
        return Ok(Spanned::new(algorithm, lit.span()));
    }
    let names: Vec<&str> = ChecksumAlgorithm::ALL.iter().map(|a| a.name()).collect();
    let message = match nearest(&name, &names) {
        Some(near) => format!("unknown checksum algorithm \"{name}\"; did you mean \"{near}\"?"),
        None => format!(
            "unknown checksum algorithm \"{name}\": expected one of \"{}\"",
            names.join("\", \"")
        ),
    };
    Err(syn::Error::new(lit.span(), message))
}

/// `over = "message"`, `"block"`, `"field"` or `"first..=last"`.
pub fn parse_over(meta: &ParseNestedMeta) -> syn::Result<Spanned<ChecksumOver>> {
    let lit: LitStr = meta.value()?.parse()?;
    let text = lit.value();
    let over = match text.trim() {
        "message" => ChecksumOver::Message,
        "block" => ChecksumOver::Block,
        range => match range.split_once("..") {
            Some((first, last)) => {
                let Some(last) = last.strip_prefix('=') else {
                    return Err(syn::Error::new(
                        lit.span(),
                        format!(
                            "a checksum range is inclusive: write \"{}..={}\"",
                            first.trim(),
                            last.trim()
                        ),
                    ));
                };
                ChecksumOver::Fields {
                    first: first.trim().to_owned(),
                    last: last.trim().to_owned(),
                }
            }
            None => ChecksumOver::Fields {
                first: range.to_owned(),
                last: range.to_owned(),
            },
        },
    };
    Ok(Spanned::new(over, lit.span()))
}

/// The bytes a checksum covers, with the fields found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Range {
    Message,
    Block,
    /// From the start of `fields[first]` to the end of `fields[last]`; either may be a
    /// variable field, whose bounds the walks record.
    Fields {
        first: usize,
        last: usize,
    },
}

/// A checksum field ready to expand.
#[derive(Clone, Debug)]
pub struct CheckedChecksum {
    /// Its index in the struct's fields.
    pub field: usize,
    pub algorithm: ChecksumAlgorithm,
    pub over: Range,
    /// `verify`: `view`, `new` and `decode` check it.
    pub verify: bool,
    /// Stored little-endian (else big-endian).
    pub little: bool,
}

/// Checks every checksum field of a struct (and `over`/`verify` without `checksum`),
/// reporting each mistake at its span; returns the well-formed ones.
pub fn check(
    input: &Input,
    fields: &[Field],
    is_var: &[bool],
    errors: &mut Errors,
) -> Vec<CheckedChecksum> {
    let container = input.attrs.endian.as_ref().map(|e| e.value);
    let mut out = Vec::new();
    for (index, field) in fields.iter().enumerate() {
        let Some(algorithm) = &field.attrs.checksum else {
            refuse_without_checksum(field, errors);
            continue;
        };
        let endian = field.attrs.endian.as_ref().map(|e| e.value).or(container);
        let well_formed = check_field(field, algorithm, is_var[index], endian, errors);
        let over = resolve(input, fields, index, errors);
        if let (true, Some(over)) = (well_formed, over) {
            out.push(CheckedChecksum {
                field: index,
                algorithm: algorithm.value,
                over,
                verify: field.attrs.verify.is_some(),
                little: endian == Some(Endian::Little),
            });
        }
    }
    check_order(fields, &out, errors);
    if !out.is_empty() {
        refuse_method_names(fields, errors);
    }
    out
}

/// The view of a type with checksum fields has these methods: no field may take their
/// names (its getter would clash).
fn refuse_method_names(fields: &[Field], errors: &mut Errors) {
    for field in fields {
        let name = field.name();
        if name == "verify_checksum" || name == "fill_checksum" {
            errors.push(
                field.ident.span(),
                format!(
                    "a field cannot be called `{name}` in a type with checksum fields: its \
                     views have a method of that name"
                ),
            );
        }
    }
}

/// `over` and `verify` only mean something on a checksum field.
fn refuse_without_checksum(field: &Field, errors: &mut Errors) {
    let attrs = &field.attrs;
    for (span, key) in [
        (attrs.over.as_ref().map(|o| o.span), "over"),
        (attrs.verify.as_ref().map(|v| v.span), "verify"),
    ] {
        if let Some(span) = span {
            errors.push(
                span,
                format!("`{key}` applies to checksum fields (`checksum = \"…\"`)"),
            );
        }
    }
}

/// The field's own rules: its type, the attributes it cannot have, its byte order.
/// Returns whether it passed.
fn check_field(
    field: &Field,
    algorithm: &Spanned<ChecksumAlgorithm>,
    var: bool,
    endian: Option<Endian>,
    errors: &mut Errors,
) -> bool {
    let name = field.name();
    let (alg, width) = (algorithm.value.name(), algorithm.value.bytes());
    let want = if width == 2 { Prim::U16 } else { Prim::U32 };
    let mut ok = true;
    if var || !matches!(field.kind, TyKind::Prim(p) if p == want) {
        errors.push(
            field.ty.span(),
            format!(
                "a `{alg}` checksum is {} bits wide: `{name}` must be a `{}` in the fixed block",
                width * 8,
                want.name()
            ),
        );
        ok = false;
    }
    ok &= refuse_attrs(field, errors);
    if algorithm.value == ChecksumAlgorithm::Internet && endian == Some(Endian::Little) {
        // RFC 1071 §2(B): the sum is byte-order independent only when it is stored in
        // the order its words were summed in, big-endian ones here.
        errors.push(
            algorithm.span,
            format!(
                "the Internet checksum sums big-endian words and is stored big-endian \
                 (RFC 1071 section 2(B)); `{name}` is little endian: add `endian = \"big\"`"
            ),
        );
        ok = false;
    }
    ok
}

/// The attributes a checksum field cannot have, each reported; whether there were none.
fn refuse_attrs(field: &Field, errors: &mut Errors) -> bool {
    let mut ok = true;
    let attrs = &field.attrs;
    for (span, key, why) in [
        (
            attrs.bits.as_ref().map(|a| a.span),
            "bits",
            "takes its type's full width",
        ),
        (
            attrs.bytes.as_ref().map(|a| a.span),
            "bytes",
            "takes its type's full width",
        ),
        (
            attrs.magic.as_ref().map(|a| a.span),
            "magic",
            "is computed, not constant",
        ),
        (
            attrs.since.as_ref().map(|a| a.span),
            "since",
            "is in every version's block",
        ),
        (
            attrs.fixed.as_ref().map(|a| a.span),
            "fixed",
            "is an unsigned integer",
        ),
        (
            attrs.varint.as_ref().map(|a| a.span),
            "varint",
            "is in the fixed block",
        ),
        (
            attrs.default.as_ref().map(|a| a.span),
            "default",
            "is in every version's block",
        ),
    ] {
        if let Some(span) = span {
            errors.push(
                span,
                format!("`{key}` does not apply to a checksum field: it {why}"),
            );
            ok = false;
        }
    }
    ok
}

/// The range of checksum field `index`, with its field names found.
fn resolve(input: &Input, fields: &[Field], index: usize, errors: &mut Errors) -> Option<Range> {
    let Some(over) = &fields[index].attrs.over else {
        return Some(Range::Message);
    };
    let (first, last) = match &over.value {
        ChecksumOver::Message => return Some(Range::Message),
        ChecksumOver::Block => return Some(Range::Block),
        ChecksumOver::Fields { first, last } => (first, last),
    };
    let find = |name: &str, errors: &mut Errors| {
        let found = fields.iter().position(|f| f.name() == name);
        if found.is_none() {
            errors.push(over.span, missing_field_message(input, fields, name));
        }
        found
    };
    let (first, last) = (find(first, errors), find(last, errors));
    let (first, last) = (first?, last?);
    if first > last {
        errors.push(
            over.span,
            format!(
                "checksum range `{0}..={1}` is reversed: `{0}` is declared after `{1}`; write \
                 `{1}..={0}`",
                fields[first].name(),
                fields[last].name()
            ),
        );
        return None;
    }
    if let Some(newer) = (first..=last).find(|i| fields[*i].attrs.since.is_some()) {
        errors.push(
            over.span,
            format!(
                "a checksum range covers fields every version has; `{}` has `since`",
                fields[newer].name()
            ),
        );
        return None;
    }
    Some(Range::Fields { first, last })
}

/// "A checksum range that does not exist", with the nearest field name.
fn missing_field_message(input: &Input, fields: &[Field], name: &str) -> String {
    let names: Vec<String> = fields.iter().map(Field::name).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let hint = match nearest(name, &refs) {
        Some(near) => format!("; did you mean `{near}`?"),
        None => format!("; its fields are: {}", refs.join(", ")),
    };
    format!(
        "a checksum range that does not exist: `{}` has no field `{name}` (`over` takes \
         \"message\", \"block\", a field name or \"first..=last\"){hint}",
        input.ident
    )
}

/// Whether the range of `sum` covers field `index`.
fn covers(sum: &CheckedChecksum, index: usize) -> bool {
    match sum.over {
        // Checksum fields are all in the block, so in the message too.
        Range::Message | Range::Block => true,
        Range::Fields { first, last } => (first..=last).contains(&index),
    }
}

/// Checksums are filled in declaration order: a range must not cover a checksum field
/// declared after its own, which would still change.
fn check_order(fields: &[Field], sums: &[CheckedChecksum], errors: &mut Errors) {
    for (i, sum) in sums.iter().enumerate() {
        let Some(later) = sums[i + 1..].iter().find(|later| covers(sum, later.field)) else {
            continue;
        };
        let field = &fields[sum.field];
        let span = field
            .attrs
            .over
            .as_ref()
            .map_or(field.ident.span(), |o| o.span);
        errors.push(
            span,
            format!(
                "the range of checksum `{}` covers checksum `{}`, declared after it: \
                 checksums are filled in declaration order, so declare `{}` first or narrow \
                 the range",
                field.name(),
                fields[later.field].name(),
                fields[later.field].name()
            ),
        );
    }
}
