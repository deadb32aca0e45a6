//! Validation: checks the model against the rules of a fixed layout, in one pass that
//! reports every error with the span of the attribute or field at fault, and computes
//! the layout. Expansion only ever sees a checked model.

use crate::errors::Errors;
use crate::layout::{self, Item, Layout, Place, Width};
use crate::model::{Body, Endian, Field, Input, Magic, Prim, Spanned, TyKind, Variant};
use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned as _;

/// What the supported field types are, for error messages.
const SUPPORTED: &str = "fixed-layout fields are u8, u16, u32, u64, u128, i8, i16, i32, i64, \
                         i128, f32, f64, bool, [T; N] of those, and structs or C-like enums that \
                         derive Wire";

/// Method names every view has, which a field can therefore not be called.
const RESERVED: &[&str] = &["as_bytes", "to_value"];

/// How a struct field is stored.
#[derive(Clone, Debug)]
pub enum Shape {
    /// Through the field type's own `FixedWire` implementation.
    Plain,
    /// `bytes = N` on an integer narrower than its Rust type.
    OddBytes { prim: Prim, bytes: usize },
    /// A bit field.
    Bit {
        prim: Prim,
        run: usize,
        shift: u32,
        width: u32,
    },
}

/// A struct field ready to expand.
pub struct CheckedField<'a> {
    pub field: &'a Field,
    pub shape: Shape,
    /// The byte order it is read in (`None`: it has none of its own to take, one byte
    /// wide, or a named type that must not need one, checked by a const assertion).
    pub endian: Option<Endian>,
    pub magic: Option<&'a Magic>,
}

pub struct CheckedStruct<'a> {
    pub input: &'a Input,
    pub fields: Vec<CheckedField<'a>>,
    pub layout: Layout,
}

pub struct CheckedEnum<'a> {
    pub input: &'a Input,
    pub repr: Prim,
    pub variants: &'a [Variant],
}

pub enum Checked<'a> {
    Struct(CheckedStruct<'a>),
    Enum(CheckedEnum<'a>),
}

pub fn check<'a>(input: &'a Input, errors: &mut Errors) -> Option<Checked<'a>> {
    for attr in &input.attrs.unsupported {
        errors.push(attr.span, not_yet(attr.value));
    }
    match &input.body {
        Body::Struct(fields) => check_struct(input, fields, errors).map(Checked::Struct),
        Body::Enum { repr, variants } => {
            check_enum(input, repr.as_ref(), variants, errors).map(Checked::Enum)
        }
    }
}

fn not_yet(key: &str) -> String {
    format!(
        "`{key}` is not available on fixed-layout types: variable-length, versioned and tagged \
         messages are not implemented yet"
    )
}

fn check_struct<'a>(
    input: &'a Input,
    fields: &'a [Field],
    errors: &mut Errors,
) -> Option<CheckedStruct<'a>> {
    let container = input.attrs.endian.as_ref().map(|e| e.value);
    let items: Vec<Item> = fields
        .iter()
        .map(|field| {
            check_field(field, container, errors);
            layout_item(field, container)
        })
        .collect();
    let (layout, layout_errors) =
        layout::compute(&items, input.attrs.size.as_ref().map(|s| s.value));
    let names: Vec<String> = fields.iter().map(Field::name).collect();
    for error in &layout_errors {
        let span = match error.field() {
            Some(index) => assertion_span(&fields[index]),
            None => input
                .attrs
                .size
                .as_ref()
                .map_or(input.ident.span(), |s| s.span),
        };
        errors.push(span, error.message(&names));
    }
    let checked: Vec<CheckedField> = fields
        .iter()
        .zip(&layout.places)
        .map(|(field, place)| CheckedField {
            field,
            shape: shape(field, place),
            endian: field.attrs.endian.as_ref().map(|e| e.value).or(container),
            magic: field.attrs.magic.as_ref().map(|m| &m.value),
        })
        .collect();
    check_runs(&checked, &layout, errors);
    Some(CheckedStruct {
        input,
        fields: checked,
        layout,
    })
}

/// The span an error about a field's placement points at: its `offset` or `bits`
/// attribute when it has one, else its name.
fn assertion_span(field: &Field) -> Span {
    field
        .attrs
        .offset
        .as_ref()
        .map(|o| o.span)
        .or(field.attrs.bits.as_ref().map(|b| b.span))
        .unwrap_or(field.ident.span())
}

fn layout_item(field: &Field, container: Option<Endian>) -> Item {
    let endian = field.attrs.endian.as_ref().map(|e| e.value).or(container);
    let width = match (&field.attrs.bytes, field.kind.known_bytes()) {
        (Some(bytes), _) => Width::Bytes(bytes.value as usize),
        (None, Some(n)) => Width::Bytes(n),
        (None, None) => Width::Opaque,
    };
    Item {
        width,
        bits: field.attrs.bits.as_ref().map(|b| b.value),
        little: endian == Some(Endian::Little),
        asserted_offset: field.attrs.offset.as_ref().map(|o| o.value),
    }
}

fn shape(field: &Field, place: &Place) -> Shape {
    let prim = match field.kind {
        TyKind::Prim(p) => p,
        _ => return Shape::Plain,
    };
    match (place, &field.attrs.bytes) {
        (
            Place::Bit {
                run, shift, width, ..
            },
            _,
        ) => Shape::Bit {
            prim,
            run: *run,
            shift: *shift,
            width: *width,
        },
        (Place::Bytes { .. }, Some(bytes)) if bytes.value as usize != prim.bytes() => {
            Shape::OddBytes {
                prim,
                bytes: bytes.value as usize,
            }
        }
        _ => Shape::Plain,
    }
}

fn check_field(field: &Field, container: Option<Endian>, errors: &mut Errors) {
    let name = field.name();
    let attrs = &field.attrs;
    for attr in &attrs.unsupported {
        errors.push(attr.span, not_yet(attr.value));
    }
    if RESERVED.contains(&name.as_str()) {
        errors.push(
            field.ident.span(),
            format!("a field cannot be called `{name}`: views have a method of that name"),
        );
    }
    if let Some(reason) = unsupported_reason(&field.kind) {
        errors.push(
            field.ty.span(),
            format!(
                "unsupported field type `{}`: {reason}; {SUPPORTED}",
                field.ty.to_token_stream().to_string().replace(' ', "")
            ),
        );
        return;
    }
    if let (Some(_), Some(bytes)) = (&attrs.bits, &attrs.bytes) {
        errors.push(
            bytes.span,
            "conflicting attributes: a field takes `bits` or `bytes`, not both",
        );
    }
    if let (Some(magic), true) = (&attrs.magic, attrs.bits.is_some() || attrs.bytes.is_some()) {
        errors.push(
            magic.span,
            "conflicting attributes: a `magic` field takes its type's full width",
        );
    }
    if let Some(bits) = &attrs.bits {
        check_width(field, bits, "bits", errors);
    }
    if let Some(bytes) = &attrs.bytes {
        check_width(field, bytes, "bytes", errors);
    }
    if let Some(magic) = &attrs.magic {
        check_magic(field, magic, errors);
    }
    let endian = attrs.endian.as_ref().map(|e| e.value).or(container);
    let wide = match (&attrs.bytes, &attrs.bits) {
        (Some(bytes), _) => bytes.value > 1,
        // Runs are checked as a whole in `check_runs`.
        (None, Some(_)) => false,
        (None, None) => field.kind.needs_endian() == Some(true),
    };
    if wide && endian.is_none() {
        errors.push(
            field.ident.span(),
            format!(
                "field `{name}` is wider than one byte, so its byte order must be stated: add \
                 #[wire(endian = \"big\")] or #[wire(endian = \"little\")] to the struct or to the \
                 field"
            ),
        );
    }
}

fn unsupported_reason(kind: &TyKind) -> Option<&str> {
    match kind {
        TyKind::Unsupported(reason) => Some(reason),
        TyKind::Array { elem, .. } => unsupported_reason(elem),
        _ => None,
    }
}

/// `bits = N` or `bytes = N`: an integer type at least that wide, and N at least 1.
fn check_width(field: &Field, attr: &Spanned<u32>, key: &str, errors: &mut Errors) {
    let prim = match field.kind {
        TyKind::Prim(p) if p.is_integer() => p,
        TyKind::Prim(Prim::Bool) if key == "bits" => {
            if attr.value != 1 {
                errors.push(attr.span, "a bool bit field is one bit: use `bits = 1`");
            }
            return;
        }
        _ => {
            let ty = field.ty.to_token_stream().to_string().replace(' ', "");
            errors.push(
                attr.span,
                format!(
                    "`{key}` needs an integer field (u8 … u128, i8 … i128{}), not `{ty}`",
                    if key == "bits" {
                        ", or bool with bits = 1"
                    } else {
                        ""
                    }
                ),
            );
            return;
        }
    };
    let limit = if key == "bits" {
        prim.bits()
    } else {
        prim.bytes() as u32
    };
    if attr.value == 0 {
        errors.push(
            attr.span,
            format!(
                "`{key} = 0`: a field is at least one {}",
                &key[..key.len() - 1]
            ),
        );
    } else if attr.value > limit {
        errors.push(
            attr.span,
            format!(
                "`{key} = {}` is wider than `{}`, which has {limit} {key}",
                attr.value,
                prim.name()
            ),
        );
    }
}

fn check_magic(field: &Field, magic: &Spanned<Magic>, errors: &mut Errors) {
    match (&magic.value, &field.kind) {
        (Magic::Int(_), TyKind::Prim(p)) if p.is_integer() => {}
        (Magic::Bytes(bytes), TyKind::Array { elem, len })
            if matches!(**elem, TyKind::Prim(Prim::U8)) =>
        {
            let found = bytes.value().len();
            if let Some(len) = len.filter(|len| *len != found) {
                errors.push(
                    magic.span,
                    format!("the magic is {found} bytes but the field is `[u8; {len}]`"),
                );
            }
        }
        (Magic::Bytes(_), _) => {
            errors.push(magic.span, "a byte-string magic needs a `[u8; N]` field")
        }
        (Magic::Int(_), _) => errors.push(magic.span, "an integer magic needs an integer field"),
    }
}

/// Runs wider than a byte need a byte order, and one byte order for all their fields.
fn check_runs(fields: &[CheckedField], layout: &Layout, errors: &mut Errors) {
    for run in &layout.runs {
        let first = &fields[run.fields[0]];
        if run.bytes > 1 && first.endian.is_none() {
            errors.push(
                first.field.ident.span(),
                format!(
                    "the bit run starting at `{}` is {} bytes, so its byte order must be stated: \
                     add #[wire(endian = \"big\")] or #[wire(endian = \"little\")] to the struct",
                    first.field.name(),
                    run.bytes
                ),
            );
        }
        for &index in &run.fields[1..] {
            let field = &fields[index];
            if field.endian != first.endian {
                errors.push(
                    field.field.attrs.endian.as_ref().map_or(field.field.ident.span(), |e| e.span),
                    format!(
                        "bit field `{}` is in the same run as `{}` and must have the same byte order",
                        field.field.name(),
                        first.field.name()
                    ),
                );
            }
        }
    }
}

fn check_enum<'a>(
    input: &'a Input,
    repr: Option<&Spanned<Prim>>,
    variants: &'a [Variant],
    errors: &mut Errors,
) -> Option<CheckedEnum<'a>> {
    if let Some(size) = &input.attrs.size {
        errors.push(
            size.span,
            "`size` applies to structs; an enum's size is its repr's",
        );
    }
    if variants.is_empty() {
        errors.push(
            input.ident.span(),
            "an enum with no variants has no value to decode",
        );
    }
    let mut seen: Vec<(u64, &Variant)> = Vec::new();
    for variant in variants {
        for attr in &variant.unsupported {
            errors.push(attr.span, not_yet(attr.value));
        }
        if let Some(span) = variant.fields {
            errors.push(
                span,
                "a C-like enum's variants carry no data (variants with data form a tagged union, \
                 which is not implemented yet)",
            );
        }
        match (&variant.discriminant, variant.value) {
            (None, _) => errors.push(
                variant.ident.span(),
                format!(
                    "variant `{}` needs an explicit discriminant (`{} = …`): its wire value must \
                     not depend on declaration order",
                    variant.ident, variant.ident
                ),
            ),
            (Some(expr), Some(value)) => {
                if let Some((_, earlier)) = seen.iter().find(|(v, _)| *v == value) {
                    errors.push(
                        expr.span(),
                        format!(
                            "duplicate discriminant {value:#x}: `{}` has it too",
                            earlier.ident
                        ),
                    );
                }
                seen.push((value, variant));
            }
            (Some(_), None) => {}
        }
    }
    let Some(repr) = repr else {
        errors.push(
            input.ident.span(),
            "#[derive(Wire)] on an enum needs #[repr(u8)], #[repr(u16)], #[repr(u32)] or \
             #[repr(u64)]: the repr is the width of the value on the wire",
        );
        return None;
    };
    Some(CheckedEnum {
        input,
        repr: repr.value,
        variants,
    })
}
