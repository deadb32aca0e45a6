//! Validation: checks the model against the rules of a fixed layout, in one pass that
//! reports every error with the span of the attribute or field at fault, and computes
//! the layout. Expansion only ever sees a checked model.

use crate::errors::Errors;
use crate::layout::{self, Item, Layout, Place, Width};
use crate::model::{
    Body, Endian, Field, Input, LenKind, Magic, Payload, Prim, Spanned, TagKind, TyKind, Variant,
};
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
    /// `fixed(scale, repr)`: a float stored as a scaled integer.
    Decimal { float: Prim, repr: Prim, scale: u32 },
    /// A variable-length field, after the fixed block.
    Var(Box<VarShape>),
}

/// How a variable-length field is encoded.
#[derive(Clone, Debug)]
pub enum VarShape {
    /// Length-prefixed bytes (`Vec<u8>`, `&[u8]`).
    Bytes {
        borrowed: bool,
        len: LenKind,
        max: u64,
    },
    /// Length-prefixed UTF-8 (`String`, `&str`).
    Str {
        borrowed: bool,
        len: LenKind,
        max: u64,
    },
    /// Count-prefixed elements of type `elem` (`Vec<T>`).
    List {
        elem: syn::Type,
        len: LenKind,
        max: u64,
    },
    /// A presence byte, then the value (`Option<T>`).
    Opt(Box<VarShape>),
    /// One element of type `ty` (inside an `Option`).
    Element { ty: syn::Type },
    /// A LEB128 integer (`varint`), ZigZag-mapped when `zigzag`.
    Varint { prim: Prim, zigzag: bool },
}

impl Shape {
    pub fn is_var(&self) -> bool {
        matches!(self, Shape::Var(_))
    }
}

/// A struct field ready to expand.
pub struct CheckedField<'a> {
    pub field: &'a Field,
    pub shape: Shape,
    /// Where a fixed field lies (`None` for a variable field).
    pub place: Option<Place>,
    /// The version that added the field (1 without `since`).
    pub since: u32,
    /// The byte order it is read in (`None`: it has none of its own to take, one byte
    /// wide, or a named type that must not need one, checked by a const assertion).
    pub endian: Option<Endian>,
    pub magic: Option<&'a Magic>,
}

pub struct CheckedStruct<'a> {
    pub input: &'a Input,
    pub fields: Vec<CheckedField<'a>>,
    /// The layout of the fixed fields; run field indexes are indexes into `fields`.
    pub layout: Layout,
    /// `version = N`: the message carries its block length and the length of its
    /// variable part, so readers of other versions skip or default what differs.
    pub version: Option<u32>,
    /// The byte order of the container (length prefixes, the version header).
    pub endian: Option<Endian>,
    /// How many levels of nested messages and unions a read of this one may open.
    pub max_depth: u32,
}

impl CheckedStruct<'_> {
    /// Whether the encoding has a size that depends on the value or the version.
    pub fn is_variable(&self) -> bool {
        self.version.is_some() || self.fields.iter().any(|f| f.shape.is_var())
    }

    pub fn fixed_fields(&self) -> impl Iterator<Item = &CheckedField<'_>> {
        self.fields.iter().filter(|f| !f.shape.is_var())
    }

    pub fn var_fields(&self) -> impl Iterator<Item = &CheckedField<'_>> {
        self.fields.iter().filter(|f| f.shape.is_var())
    }
}

pub struct CheckedUnion<'a> {
    pub input: &'a Input,
    pub tag: TagKind,
    pub endian: Option<Endian>,
    /// How many levels of nested messages and unions a read of this one may open.
    pub max_depth: u32,
    pub variants: &'a [Variant],
}

pub struct CheckedEnum<'a> {
    pub input: &'a Input,
    pub repr: Prim,
    pub variants: &'a [Variant],
    /// The `other` variant of an open enum (`Unknown(u8)`), which keeps every value the
    /// other variants do not name; `None` for a closed enum.
    pub other: Option<&'a Variant>,
}

impl<'a> CheckedEnum<'a> {
    /// The variants with a value of their own: all but `other`.
    pub fn named(&self) -> impl Iterator<Item = &'a Variant> {
        self.variants.iter().filter(|v| v.other.is_none())
    }
}

pub enum Checked<'a> {
    Struct(CheckedStruct<'a>),
    Enum(CheckedEnum<'a>),
    Union(CheckedUnion<'a>),
}

pub fn check<'a>(input: &'a Input, errors: &mut Errors) -> Option<Checked<'a>> {
    match &input.body {
        Body::Struct(fields) => check_struct(input, fields, errors).map(Checked::Struct),
        Body::Enum { repr, variants } => {
            if let Some(version) = &input.attrs.version {
                errors.push(version.span, "`version` applies to structs");
            }
            if let Some(max_depth) = &input.attrs.max_depth {
                errors.push(
                    max_depth.span,
                    "`max_depth` bounds the nesting of variable-length messages and tagged \
                     unions; a C-like enum holds nothing that nests",
                );
            }
            check_enum(input, repr.as_ref(), variants, errors).map(Checked::Enum)
        }
        Body::Union { tag, variants } => {
            check_union(input, tag, variants, errors).map(Checked::Union)
        }
    }
}

fn check_struct<'a>(
    input: &'a Input,
    fields: &'a [Field],
    errors: &mut Errors,
) -> Option<CheckedStruct<'a>> {
    let container = input.attrs.endian.as_ref().map(|e| e.value);
    let version = input.attrs.version.as_ref().map(|v| v.value);
    if let Some(tag) = &input.attrs.tag {
        errors.push(tag.span, "`tag` applies to enums with data (tagged unions)");
    }
    let is_var: Vec<bool> = fields.iter().map(is_var_field).collect();
    // Fixed fields first, at fixed offsets; then the variable ones (SBE's rule). The
    // derive reorders nothing, so a fixed field after a variable one is an error.
    if let Some(first_var) = is_var.iter().position(|v| *v) {
        for (field, _) in fields
            .iter()
            .zip(&is_var)
            .skip(first_var)
            .filter(|(_, v)| !**v)
        {
            errors.push(
                field.ident.span(),
                format!(
                    "fixed-size field `{}` is declared after the variable-length field `{}`: \
                     fixed fields form a block at fixed offsets before the variable ones, and \
                     the derive reorders nothing; move it up",
                    field.name(),
                    fields[first_var].name()
                ),
            );
        }
    }
    check_versions(input, fields, &is_var, errors);
    let fixed: Vec<usize> = (0..fields.len()).filter(|i| !is_var[*i]).collect();
    let items: Vec<Item> = fields
        .iter()
        .zip(&is_var)
        .filter_map(|(field, var)| {
            check_field(field, container, *var, errors);
            (!var).then(|| layout_item(field, container))
        })
        .collect();
    let size = input.attrs.size.as_ref();
    if let (Some(size), true) = (size, is_var.iter().any(|v| *v) || version.is_some()) {
        errors.push(
            size.span,
            "`size` asserts the size of a fixed-layout type; this one has variable-length fields \
             or a version",
        );
    }
    let (mut layout, layout_errors) = layout::compute(&items, size.map(|s| s.value));
    let names: Vec<String> = fixed.iter().map(|i| fields[*i].name()).collect();
    for error in &layout_errors {
        let span = match error.field() {
            Some(index) => assertion_span(&fields[fixed[index]]),
            None => size.map_or(input.ident.span(), |s| s.span),
        };
        errors.push(span, error.message(&names));
    }
    // From here on, field indexes in the layout are indexes into `fields`.
    for run in &mut layout.runs {
        run.fields.iter_mut().for_each(|i| *i = fixed[*i]);
    }
    layout
        .deferred_offsets
        .iter_mut()
        .for_each(|deferred| deferred.field = fixed[deferred.field]);
    let mut places = layout.places.iter();
    let checked: Vec<CheckedField> = fields
        .iter()
        .zip(&is_var)
        .map(|(field, var)| {
            let endian = field.attrs.endian.as_ref().map(|e| e.value).or(container);
            let place = if *var { None } else { places.next().cloned() };
            let shape = match &place {
                Some(place) => shape(field, place),
                None => Shape::Var(Box::new(var_shape(field, &field.kind))),
            };
            CheckedField {
                field,
                shape,
                place,
                since: field.attrs.since.as_ref().map_or(1, |s| s.value),
                endian,
                magic: field.attrs.magic.as_ref().map(|m| &m.value),
            }
        })
        .collect();
    check_runs(&checked, &layout, errors);
    let is_variable = version.is_some() || is_var.iter().any(|v| *v);
    if let (Some(max_depth), false) = (&input.attrs.max_depth, is_variable) {
        errors.push(
            max_depth.span,
            "`max_depth` bounds the nesting of variable-length messages and tagged unions; a \
             fixed-layout struct holds nothing that nests",
        );
    }
    if version.is_some() && container.is_none() {
        errors.push(
            input.ident.span(),
            "a versioned message carries its block length in a u16, so its byte order must be \
             stated: add #[wire(endian = \"big\")] or #[wire(endian = \"little\")]",
        );
    }
    Some(CheckedStruct {
        input,
        fields: checked,
        layout,
        version,
        endian: container,
        max_depth: max_depth(input),
    })
}

/// `max_depth = N`, or the default.
fn max_depth(input: &Input) -> u32 {
    input
        .attrs
        .max_depth
        .as_ref()
        .map_or(crate::model::DEFAULT_MAX_DEPTH, |m| m.value)
}

fn is_var_field(field: &Field) -> bool {
    field.kind.is_var() || field.attrs.varint.is_some()
}

/// `version` and `since`: fields are appended by version (in the fixed block and in the
/// variable part alike), and a field added later has a value for when it is absent.
fn check_versions(input: &Input, fields: &[Field], is_var: &[bool], errors: &mut Errors) {
    let version = input.attrs.version.as_ref();
    if let Some(v) = version.filter(|v| v.value == 0) {
        errors.push(v.span, "versions start at 1");
    }
    let mut latest = [1u32, 1u32];
    for (field, var) in fields.iter().zip(is_var) {
        let attrs = &field.attrs;
        let Some(since) = &attrs.since else {
            if let Some(default) = &attrs.default {
                errors.push(
                    default.span,
                    "`default` gives a value to a field that an older peer does not send: it \
                     goes with `since = N`",
                );
            }
            if latest[usize::from(*var)] > 1 {
                errors.push(
                    field.ident.span(),
                    format!(
                        "field `{}` has no `since` but follows a field added in version {}: fields \
                         are appended by version",
                        field.name(),
                        latest[usize::from(*var)]
                    ),
                );
            }
            continue;
        };
        let Some(version) = version else {
            errors.push(since.span, "`since` needs `version = N` on the struct");
            continue;
        };
        if since.value == 0 || since.value > version.value {
            errors.push(
                since.span,
                format!(
                    "`since = {}` is outside versions 1 to {}",
                    since.value, version.value
                ),
            );
        }
        let previous = &mut latest[usize::from(*var)];
        if since.value < *previous {
            errors.push(
                since.span,
                format!(
                    "`since = {}` comes after a field added in version {}: fields are appended \
                     by version, so a reader of an older version can skip what follows",
                    since.value, previous
                ),
            );
        }
        *previous = (*previous).max(since.value);
        let optional = matches!(field.kind, TyKind::Opt(_));
        if since.value > 1 && attrs.default.is_none() && !optional {
            errors.push(
                field.ident.span(),
                format!(
                    "field `{}` is added in version {}: give it a value for messages from older \
                     peers with #[wire(default)] or #[wire(default = …)], or make it an Option",
                    field.name(),
                    since.value
                ),
            );
        }
    }
}

fn len_and_max(field: &Field) -> (LenKind, u64) {
    let len = field
        .attrs
        .len
        .as_ref()
        .map_or(LenKind::Varint, |l| l.value);
    let default_max = crate::model::DEFAULT_MAX_LEN;
    let max = field
        .attrs
        .max_len
        .as_ref()
        .map_or(default_max.min(len.max()), |m| m.value);
    (len, max)
}

fn var_shape(field: &Field, kind: &TyKind) -> VarShape {
    let (len, max) = len_and_max(field);
    match kind {
        TyKind::Bytes { borrowed } => VarShape::Bytes {
            borrowed: *borrowed,
            len,
            max,
        },
        TyKind::Str { borrowed } => VarShape::Str {
            borrowed: *borrowed,
            len,
            max,
        },
        TyKind::List(_) => VarShape::List {
            elem: generic_arg(&field.ty).clone(),
            len,
            max,
        },
        TyKind::Opt(inner) if inner.is_prefixed() => {
            VarShape::Opt(Box::new(var_shape(field, inner)))
        }
        TyKind::Opt(_) => VarShape::Opt(Box::new(VarShape::Element {
            ty: generic_arg(&field.ty).clone(),
        })),
        TyKind::Prim(prim) => VarShape::Varint {
            prim: *prim,
            zigzag: field.attrs.zigzag.is_some(),
        },
        _ => VarShape::Element {
            ty: field.ty.clone(),
        },
    }
}

/// `T` in `Vec<T>` or `Option<T>`.
pub fn generic_arg(ty: &syn::Type) -> &syn::Type {
    if let syn::Type::Path(path) = ty {
        if let Some(syn::PathArguments::AngleBracketed(args)) =
            path.path.segments.last().map(|s| &s.arguments)
        {
            if let Some(syn::GenericArgument::Type(inner)) = args.args.first() {
                return inner;
            }
        }
    }
    ty
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
        _ if field.attrs.fixed.is_some() => Width::Bytes(
            field
                .attrs
                .fixed
                .as_ref()
                .map_or(8, |f| f.value.repr.bytes()),
        ),
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
    if let (Some(fixed), TyKind::Prim(float)) = (&field.attrs.fixed, &field.kind) {
        return Shape::Decimal {
            float: *float,
            repr: fixed.value.repr,
            scale: fixed.value.scale,
        };
    }
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

fn check_field(field: &Field, container: Option<Endian>, var: bool, errors: &mut Errors) {
    let name = field.name();
    let attrs = &field.attrs;
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
    if var {
        check_var_field(field, container, errors);
        return;
    }
    if is_too_wide(&field.kind) {
        errors.push(
            field.ty.span(),
            format!(
                "`{}` takes more than {} bytes, the most a layout can have (a usize numbers \
                 its bits)",
                field.ty.to_token_stream().to_string().replace(' ', ""),
                layout::MAX_SIZE
            ),
        );
    }
    for (present, key) in [
        (attrs.len.as_ref().map(|a| a.span), "len"),
        (attrs.max_len.as_ref().map(|a| a.span), "max_len"),
        (attrs.zigzag.as_ref().map(|a| a.span), "zigzag"),
    ] {
        if let Some(span) = present {
            errors.push(
                span,
                format!("`{key}` applies to variable-length fields; `{name}` has a fixed size"),
            );
        }
    }
    if let Some(fixed) = &attrs.fixed {
        if !matches!(field.kind, TyKind::Prim(Prim::F64 | Prim::F32)) {
            errors.push(
                fixed.span,
                "`fixed(…)` stores an f64 or f32 field as a scaled integer",
            );
        }
        if attrs.bits.is_some() || attrs.bytes.is_some() || attrs.magic.is_some() {
            errors.push(
                fixed.span,
                "conflicting attributes: `fixed(…)` sets the field's width",
            );
        }
        if fixed.value.repr.bytes() > 1
            && attrs
                .endian
                .as_ref()
                .map(|e| e.value)
                .or(container)
                .is_none()
        {
            errors.push(
                field.ident.span(),
                format!(
                    "field `{name}` is stored as a {}, so its byte order must be stated: add \
                     #[wire(endian = \"big\")] or #[wire(endian = \"little\")]",
                    fixed.value.repr.name()
                ),
            );
        }
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

/// An array of known element width and length whose bytes a usize cannot count (its
/// `known_bytes` is `None`, so the layout would take it for a nested type).
fn is_too_wide(kind: &TyKind) -> bool {
    match kind {
        TyKind::Array {
            elem,
            len: Some(len),
        } => {
            is_too_wide(elem)
                || elem
                    .known_bytes()
                    .is_some_and(|bytes| bytes.checked_mul(*len).is_none())
        }
        _ => false,
    }
}

fn unsupported_reason(kind: &TyKind) -> Option<&str> {
    match kind {
        TyKind::Unsupported(reason) => Some(reason),
        TyKind::Array { elem, .. } => match **elem {
            TyKind::Bytes { .. } | TyKind::Str { .. } | TyKind::List(_) | TyKind::Opt(_) => {
                Some("an array element has a fixed size")
            }
            ref elem => unsupported_reason(elem),
        },
        TyKind::List(elem) => match **elem {
            TyKind::Bytes { .. } | TyKind::Str { .. } | TyKind::List(_) | TyKind::Opt(_) => Some(
                "a list element is a wire type: put a variable-length element in a struct that \
                 derives Wire",
            ),
            ref elem => unsupported_reason(elem),
        },
        TyKind::Opt(inner) => match **inner {
            TyKind::Opt(_) => Some("`Option<Option<T>>` has no single encoding"),
            ref inner => unsupported_reason(inner),
        },
        _ => None,
    }
}

/// The rules of a variable-length field (after the fixed block).
fn check_var_field(field: &Field, container: Option<Endian>, errors: &mut Errors) {
    let name = field.name();
    let attrs = &field.attrs;
    for (present, key) in [
        (attrs.bits.as_ref().map(|a| a.span), "bits"),
        (attrs.bytes.as_ref().map(|a| a.span), "bytes"),
        (attrs.offset.as_ref().map(|a| a.span), "offset"),
        (attrs.magic.as_ref().map(|a| a.span), "magic"),
        (attrs.fixed.as_ref().map(|a| a.span), "fixed"),
    ] {
        if let Some(span) = present {
            errors.push(
                span,
                format!(
                    "`{key}` applies to fixed-size fields; `{name}` is variable-length, after \
                     the fixed block"
                ),
            );
        }
    }
    let endian = attrs.endian.as_ref().map(|e| e.value).or(container);
    if let Some(varint) = &attrs.varint {
        match field.kind {
            TyKind::Prim(p) if p.is_integer() && p.bytes() <= 8 => {
                if let (Some(zigzag), false) = (&attrs.zigzag, p.is_signed()) {
                    errors.push(
                        zigzag.span,
                        format!("`zigzag` maps signed integers; `{name}` is a {}", p.name()),
                    );
                }
            }
            _ => errors.push(
                varint.span,
                format!(
                    "`varint` needs an integer field of up to 64 bits, not `{}`",
                    field.ty.to_token_stream().to_string().replace(' ', "")
                ),
            ),
        }
        if let Some(len) = &attrs.len {
            errors.push(
                len.span,
                "a varint field has no length prefix: remove `len`",
            );
        }
        return;
    }
    if let Some(zigzag) = &attrs.zigzag {
        errors.push(zigzag.span, "`zigzag` goes with `varint`");
    }
    if field.kind.is_prefixed() {
        match &attrs.len {
            None => errors.push(
                field.ident.span(),
                format!(
                    "`{name}` is length-prefixed: declare the prefix with #[wire(len = \"u8\")], \
                     \"u16\", \"u32\" or \"varint\" (and a cap with `max_len`)"
                ),
            ),
            Some(len) if matches!(len.value, LenKind::U16 | LenKind::U32) && endian.is_none() => {
                errors.push(
                    len.span,
                    "a u16 or u32 length prefix needs a byte order: add #[wire(endian = …)] to the \
                     struct or the field",
                )
            }
            Some(_) => {}
        }
        if let (Some(max), Some(len)) = (&attrs.max_len, &attrs.len) {
            if max.value > len.value.max() {
                errors.push(
                    max.span,
                    format!(
                        "`max_len = {}` is more than the prefix can hold ({})",
                        max.value,
                        len.value.max()
                    ),
                );
            }
        }
    } else {
        for (present, key) in [
            (attrs.len.as_ref().map(|a| a.span), "len"),
            (attrs.max_len.as_ref().map(|a| a.span), "max_len"),
        ] {
            if let Some(span) = present {
                errors.push(
                    span,
                    format!("`{key}` applies to length-prefixed fields (bytes, strings, lists)"),
                );
            }
        }
    }
    if let TyKind::Opt(inner) | TyKind::List(inner) = &field.kind {
        if inner.needs_endian() != Some(false)
            && endian.is_none()
            && !matches!(**inner, TyKind::Named)
        {
            errors.push(
                field.ident.span(),
                format!("the elements of `{name}` are wider than one byte, so their byte order must be stated: add #[wire(endian = …)]"),
            );
        }
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
    let mut other: Option<&Variant> = None;
    for variant in variants {
        if let Some(id) = &variant.id {
            errors.push(
                id.span,
                "`id` belongs to tagged unions: add #[wire(tag = \"u8\")] to the enum",
            );
        }
        if let Some(span) = variant.other {
            check_other_value(variant, span, repr, other, errors);
            other = other.or(Some(variant));
            continue;
        }
        if let Some(span) = variant.fields {
            errors.push(
                span,
                "a C-like enum's variants carry no data; variants with data form a tagged union, \
                 declared with #[wire(tag = \"u8\" | \"u16\" | \"varint\")] on the enum",
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
        let open = if other.is_some() {
            "; the `other` variant holds that integer (`Unknown(u8)`)"
        } else {
            ""
        };
        errors.push(
            input.ident.span(),
            format!(
                "#[derive(Wire)] on an enum needs #[repr(u8)], #[repr(u16)], #[repr(u32)] or \
                 #[repr(u64)]: the repr is the width of the value on the wire{open}"
            ),
        );
        return None;
    };
    Some(CheckedEnum {
        input,
        repr: repr.value,
        variants,
        other,
    })
}

/// `#[wire(other)]` on a C-like enum's variant: it keeps every value no other variant
/// names, so it holds one field, the repr integer itself (`Unknown(u8)`), and takes no
/// discriminant (its Rust discriminant is not a wire value); one per enum.
fn check_other_value(
    variant: &Variant,
    span: Span,
    repr: Option<&Spanned<Prim>>,
    earlier: Option<&Variant>,
    errors: &mut Errors,
) {
    if let Some(earlier) = earlier {
        errors.push(
            span,
            format!(
                "only one variant can be `other`; `{}` is already",
                earlier.ident
            ),
        );
    }
    let repr_name = repr.map_or("u8", |r| r.value.name());
    match &variant.payload {
        Payload::One(ty) => {
            let matches_repr = match (crate::attr::ty_kind(ty), repr) {
                (TyKind::Prim(prim), Some(repr)) => prim == repr.value,
                // Without a repr there is nothing to compare with; that is reported
                // on its own.
                (_, None) => true,
                _ => false,
            };
            if !matches_repr {
                errors.push(
                    ty.span(),
                    format!(
                        "the `other` variant holds the unknown value as the enum's repr, \
                         `{repr_name}`, not `{}`",
                        ty.to_token_stream().to_string().replace(' ', "")
                    ),
                );
            }
        }
        _ => errors.push(
            variant.fields.unwrap_or(variant.ident.span()),
            format!(
                "the `other` variant of a C-like enum keeps an unknown value in one field of \
                 the enum's repr: `{}({repr_name})`",
                variant.ident
            ),
        ),
    }
    if let Some(discriminant) = &variant.discriminant {
        errors.push(
            discriminant.span(),
            "the `other` variant takes every value no other variant names, so it has no \
             discriminant of its own: remove `= …`",
        );
    }
}

fn check_union<'a>(
    input: &'a Input,
    tag: &Spanned<TagKind>,
    variants: &'a [Variant],
    errors: &mut Errors,
) -> Option<CheckedUnion<'a>> {
    let endian = input.attrs.endian.as_ref().map(|e| e.value);
    if let Some(size) = &input.attrs.size {
        errors.push(size.span, "`size` applies to fixed-layout structs");
    }
    if tag.value == TagKind::U16 && endian.is_none() {
        errors.push(
            tag.span,
            "a u16 tag needs a byte order: add #[wire(endian = \"big\")] or #[wire(endian = \"little\")]",
        );
    }
    if variants.is_empty() {
        errors.push(
            input.ident.span(),
            "a tagged union with no variants has no message to decode",
        );
    }
    let tag_max: u64 = match tag.value {
        TagKind::U8 => u8::MAX.into(),
        TagKind::U16 | TagKind::Header => u16::MAX.into(),
        TagKind::Varint => u64::MAX,
    };
    let mut seen: Vec<(u64, &Variant)> = Vec::new();
    let mut other_seen: Option<&Variant> = None;
    for variant in variants {
        if let Some(discriminant) = &variant.discriminant {
            errors.push(
                discriminant.span(),
                "a tagged union's variants take `#[wire(id = …)]`, not `= value`",
            );
        }
        match (&variant.id, variant.other) {
            (Some(_), Some(span)) => {
                errors.push(span, "a variant takes `id = …` or `other`, not both")
            }
            (None, None) => errors.push(
                variant.ident.span(),
                format!(
                    "variant `{}` needs #[wire(id = …)]: the tag that selects it on the wire",
                    variant.ident
                ),
            ),
            (Some(id), None) => {
                if let Some(value) = variant.id_value {
                    if value > tag_max {
                        // The id as the user wrote it (`300`, `0x12c`), and the ids the tag holds.
                        let written = id.value.to_token_stream().to_string();
                        let tag_name = match tag.value {
                            TagKind::U8 => "u8",
                            TagKind::U16 => "u16",
                            TagKind::Varint => "varint",
                            TagKind::Header => "header",
                        };
                        errors.push(
                            id.span,
                            format!(
                                "id `{written}` does not fit the `{tag_name}` tag: its ids are 0..={tag_max}"
                            ),
                        );
                    }
                    if let Some((_, earlier)) = seen.iter().find(|(v, _)| *v == value) {
                        errors.push(
                            id.span,
                            format!("duplicate id {value:#x}: `{}` has it too", earlier.ident),
                        );
                    }
                    seen.push((value, variant));
                }
                if !matches!(variant.payload, Payload::Unit | Payload::One(_)) {
                    errors.push(
                        variant.fields.unwrap_or(variant.ident.span()),
                        "a variant holds one message type (`AddOrder(AddOrder)`) or nothing",
                    );
                }
            }
            (None, Some(span)) => {
                if let Some(earlier) = other_seen {
                    errors.push(
                        span,
                        format!(
                            "only one variant can be `other`; `{}` is already",
                            earlier.ident
                        ),
                    );
                }
                other_seen = Some(variant);
                if !matches!(&variant.payload, Payload::Many(types) if types.len() == 2) {
                    errors.push(
                        variant.fields.unwrap_or(variant.ident.span()),
                        "the `other` variant holds the tag and the unparsed bytes: \
                         `Unknown(u8, &'a [u8])` or `Unknown(u64, Vec<u8>)`",
                    );
                }
            }
        }
    }
    Some(CheckedUnion {
        input,
        tag: tag.value,
        endian,
        max_depth: max_depth(input),
        variants,
    })
}
