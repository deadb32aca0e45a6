//! Validation: checks the model against the rules of a fixed layout, in one pass that
//! reports every error with the span of the attribute or field at fault, and computes
//! the layout. Expansion only ever sees a checked model.

use crate::checksum::CheckedChecksum;
use crate::errors::Errors;
use crate::layout::{self, Item, Layout, Place, Width};
use crate::model::{
    Body, Endian, Field, FixedPoint, Input, LenKind, Magic, Payload, Prim, Spanned, TagKind,
    TyKind, Variant,
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
    /// No prefix: the length is an expression over earlier fields (`count`, `byte_len`).
    Computed(Box<crate::lengths::Computed>),
    /// No presence byte: the value is there when an expression over earlier fields is
    /// not zero (`if`).
    Cond {
        expr: Box<crate::expr::Expr>,
        inner: Box<VarShape>,
    },
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
    /// The checksum fields, in declaration order.
    pub checksums: Vec<CheckedChecksum>,
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

    /// Whether the decoded value owns heap memory (`Vec`, `String`, a list), so that the
    /// generated code needs `wire`'s `alloc` feature.
    pub fn allocates(&self) -> bool {
        self.fields.iter().any(|f| match &f.shape {
            Shape::Var(var) => var.allocates(),
            _ => false,
        })
    }
}

impl VarShape {
    fn allocates(&self) -> bool {
        match self {
            VarShape::Bytes { borrowed, .. } | VarShape::Str { borrowed, .. } => !borrowed,
            VarShape::List { .. } => true,
            VarShape::Opt(inner) => inner.allocates(),
            // A nested type's own derive asks for `alloc` if it needs it.
            VarShape::Element { .. } | VarShape::Varint { .. } => false,
            VarShape::Computed(c) => match c.body {
                crate::lengths::Body::Bytes { borrowed }
                | crate::lengths::Body::Str { borrowed } => !borrowed,
                crate::lengths::Body::List { .. } => true,
            },
            VarShape::Cond { inner, .. } => inner.allocates(),
        }
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
            check_enum(input, repr.as_ref(), variants, errors).map(Checked::Enum)
        }
        Body::Union { tag, variants } => {
            check_union(input, tag, variants, errors).map(Checked::Union)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Structs

fn check_struct<'a>(
    input: &'a Input,
    fields: &'a [Field],
    errors: &mut Errors,
) -> Option<CheckedStruct<'a>> {
    let container = input.attrs.endian.as_ref().map(|e| e.value);
    let version = input.attrs.version.as_ref().map(|v| v.value);
    let is_var: Vec<bool> = fields.iter().map(is_var_field).collect();
    let is_variable = version.is_some() || is_var.iter().any(|v| *v);
    check_struct_container(input, is_variable, errors);
    check_field_order(fields, &is_var, errors);
    check_versions(input, fields, &is_var, errors);
    let mut byte_order = ByteOrderNeeds::default();
    for (field, var) in fields.iter().zip(&is_var) {
        check_field(field, container, *var, &mut byte_order, errors);
    }
    let layout = struct_layout(input, fields, &is_var, container, errors);
    let mut checked = checked_fields(fields, &is_var, &layout, container);
    crate::lengths::check(input, &mut checked, errors);
    check_runs(&checked, &layout, &mut byte_order, errors);
    if container.is_none() {
        byte_order.report(input, version.is_some(), errors);
    }
    let checksums = crate::checksum::check(input, fields, &is_var, errors);
    Some(CheckedStruct {
        input,
        fields: checked,
        layout,
        version,
        endian: container,
        max_depth: max_depth(input),
        checksums,
    })
}

/// The container attributes that do not apply to this struct.
fn check_struct_container(input: &Input, is_variable: bool, errors: &mut Errors) {
    let attrs = &input.attrs;
    if let Some(tag) = &attrs.tag {
        errors.push(tag.span, "`tag` applies to enums with data (tagged unions)");
    }
    if let (Some(size), true) = (&attrs.size, is_variable) {
        errors.push(
            size.span,
            "`size` asserts the size of a fixed-layout type; this one has variable-length fields \
             or a version",
        );
    }
    if let (Some(max_depth), false) = (&attrs.max_depth, is_variable) {
        errors.push(
            max_depth.span,
            "`max_depth` bounds the nesting of variable-length messages and tagged unions; a \
             fixed-layout struct holds nothing that nests",
        );
    }
}

/// Fixed fields first, at fixed offsets; then the variable ones (SBE's rule). The derive
/// reorders nothing, so a fixed field after a variable one is an error.
fn check_field_order(fields: &[Field], is_var: &[bool], errors: &mut Errors) {
    let Some(first_var) = is_var.iter().position(|v| *v) else {
        return;
    };
    for (field, _) in fields
        .iter()
        .zip(is_var)
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

/// The layout of the fixed fields, with its errors reported; run and deferred-offset
/// field indexes in it are indexes into `fields`.
fn struct_layout(
    input: &Input,
    fields: &[Field],
    is_var: &[bool],
    container: Option<Endian>,
    errors: &mut Errors,
) -> Layout {
    let fixed: Vec<usize> = (0..fields.len()).filter(|i| !is_var[*i]).collect();
    let items: Vec<Item> = fixed
        .iter()
        .map(|i| layout_item(&fields[*i], container))
        .collect();
    // A variable struct's `size` is reported on its own; its fixed block has no size to
    // check against.
    let size = input.attrs.size.as_ref();
    let (mut layout, layout_errors) = layout::compute(&items, size.map(|s| s.value));
    let names: Vec<String> = fixed.iter().map(|i| fields[*i].name()).collect();
    for error in &layout_errors {
        let span = match error.field() {
            Some(index) => assertion_span(&fields[fixed[index]]),
            None => size.map_or(input.ident.span(), |s| s.span),
        };
        errors.push(span, error.message(&names));
    }
    for run in &mut layout.runs {
        run.fields.iter_mut().for_each(|i| *i = fixed[*i]);
    }
    layout
        .deferred_offsets
        .iter_mut()
        .for_each(|deferred| deferred.field = fixed[deferred.field]);
    layout
}

fn checked_fields<'a>(
    fields: &'a [Field],
    is_var: &[bool],
    layout: &Layout,
    container: Option<Endian>,
) -> Vec<CheckedField<'a>> {
    let mut places = layout.places.iter();
    fields
        .iter()
        .zip(is_var)
        .map(|(field, var)| {
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
                endian: field_endian(field, container),
                magic: field.attrs.magic.as_ref().map(|m| &m.value),
            }
        })
        .collect()
}

/// The field's own byte order, else the container's.
fn field_endian(field: &Field, container: Option<Endian>) -> Option<Endian> {
    field.attrs.endian.as_ref().map(|e| e.value).or(container)
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
    field.kind.is_var() || field.attrs.varint.is_some() || field.attrs.variable.is_some()
}

/// The fields that need a byte order and have none: one omission on the struct, so one
/// error at the struct that names them all, however many there are.
#[derive(Default)]
struct ByteOrderNeeds {
    fields: Vec<String>,
}

impl ByteOrderNeeds {
    fn need(&mut self, field: &Field) {
        // A field whose own attributes did not parse may have had its `endian` there.
        let name = field.name();
        if !field.attrs.unparsed && !self.fields.contains(&name) {
            self.fields.push(name);
        }
    }

    /// Reports the omission, unless the container's attributes did not parse (the
    /// typo may have been `endian`, reported already).
    fn report(self, input: &Input, versioned: bool, errors: &mut Errors) {
        if input.attrs.unparsed || (self.fields.is_empty() && !versioned) {
            return;
        }
        errors.push(
            input.ident.span(),
            byte_order_message(&input.ident.to_string(), &self.fields, versioned),
        );
    }
}

fn byte_order_message(ty: &str, fields: &[String], versioned: bool) -> String {
    let mut what = Vec::new();
    if !fields.is_empty() {
        let names: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
        let noun = if fields.len() == 1 { "field" } else { "fields" };
        what.push(format!("{noun} {} (wider than one byte)", names.join(", ")));
    }
    if versioned {
        what.push("its block length (a u16, as the message is versioned)".to_owned());
    }
    format!(
        "`{ty}` needs a byte order for {}: add #[wire(endian = \"big\")] or \
         #[wire(endian = \"little\")] to the struct",
        what.join(" and for ")
    )
}

/// `version` and `since`: fields are appended by version (in the fixed block and in the
/// variable part alike), and a field added later has a value for when it is absent.
fn check_versions(input: &Input, fields: &[Field], is_var: &[bool], errors: &mut Errors) {
    let version = input.attrs.version.as_ref();
    if let Some(v) = version.filter(|v| v.value == 0) {
        errors.push(v.span, "versions start at 1");
    }
    // The latest `since` so far, in the fixed block [0] and the variable part [1].
    let mut latest = [1u32, 1u32];
    for (field, var) in fields.iter().zip(is_var) {
        let latest = &mut latest[usize::from(*var)];
        match &field.attrs.since {
            None => check_without_since(field, *latest, errors),
            Some(since) => match version {
                None => errors.push(since.span, "`since` needs `version = N` on the struct"),
                Some(version) => check_since(field, since, version.value, latest, errors),
            },
        }
    }
}

/// A field of the first version: no `default`, and not after a later field.
fn check_without_since(field: &Field, latest: u32, errors: &mut Errors) {
    if let Some(default) = &field.attrs.default {
        errors.push(
            default.span,
            "`default` gives a value to a field that an older peer does not send: it \
             goes with `since = N`",
        );
    }
    if latest > 1 {
        errors.push(
            field.ident.span(),
            format!(
                "field `{}` has no `since` but follows a field added in version {latest}: \
                 fields are appended by version",
                field.name(),
            ),
        );
    }
}

/// `since = K`: within the versions, in order, with a value for older peers.
fn check_since(
    field: &Field,
    since: &Spanned<u32>,
    version: u32,
    latest: &mut u32,
    errors: &mut Errors,
) {
    if since.value == 0 || since.value > version {
        errors.push(
            since.span,
            format!(
                "`since = {}` is outside versions 1 to {version}",
                since.value
            ),
        );
    }
    if since.value < *latest {
        errors.push(
            since.span,
            format!(
                "`since = {}` comes after a field added in version {}: fields are appended \
                 by version, so a reader of an older version can skip what follows",
                since.value, latest
            ),
        );
    }
    *latest = (*latest).max(since.value);
    let optional = matches!(field.kind, TyKind::Opt(_));
    if since.value > 1 && field.attrs.default.is_none() && !optional {
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

pub fn var_shape(field: &Field, kind: &TyKind) -> VarShape {
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

fn check_field(
    field: &Field,
    container: Option<Endian>,
    var: bool,
    byte_order: &mut ByteOrderNeeds,
    errors: &mut Errors,
) {
    let name = field.name();
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
                type_name(&field.ty)
            ),
        );
        return;
    }
    if var {
        check_var_field(field, container, byte_order, errors);
    } else {
        check_fixed_field(field, container, byte_order, errors);
    }
}

/// A type as written, without the spaces `to_token_stream` puts between tokens.
fn type_name(ty: &syn::Type) -> String {
    ty.to_token_stream().to_string().replace(' ', "")
}

/// Reports each attribute of `present` that is set, as not applying to this field.
fn refuse_attrs(present: &[(Option<Span>, &str)], why: &str, errors: &mut Errors) {
    for (span, key) in present {
        if let Some(span) = span {
            errors.push(*span, format!("`{key}` {why}"));
        }
    }
}

/// The rules of a field of the fixed block.
fn check_fixed_field(
    field: &Field,
    container: Option<Endian>,
    byte_order: &mut ByteOrderNeeds,
    errors: &mut Errors,
) {
    let attrs = &field.attrs;
    if is_too_wide(&field.kind) {
        errors.push(
            field.ty.span(),
            format!(
                "`{}` takes more than {} bytes, the most a layout can have (a usize numbers \
                 its bits)",
                type_name(&field.ty),
                layout::MAX_SIZE
            ),
        );
    }
    refuse_attrs(
        &[
            (attrs.len.as_ref().map(|a| a.span), "len"),
            (attrs.max_len.as_ref().map(|a| a.span), "max_len"),
            (attrs.zigzag.as_ref().map(|a| a.span), "zigzag"),
        ],
        &format!(
            "applies to variable-length fields; `{}` has a fixed size",
            field.name()
        ),
        errors,
    );
    if let Some(fixed) = &attrs.fixed {
        check_fixed_point(field, fixed, container, byte_order, errors);
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
        check_width(field, bits, WidthKey::Bits, errors);
    }
    if let Some(bytes) = &attrs.bytes {
        check_width(field, bytes, WidthKey::Bytes, errors);
    }
    if let Some(magic) = &attrs.magic {
        check_magic(field, magic, errors);
    }
    let wide = match (&attrs.bytes, &attrs.bits) {
        (Some(bytes), _) => bytes.value > 1,
        // Runs are checked as a whole in `check_runs`.
        (None, Some(_)) => false,
        (None, None) => field.kind.needs_endian() == Some(true),
    };
    if wide && field_endian(field, container).is_none() {
        byte_order.need(field);
    }
}

/// `fixed(scale, repr)`: on a float, alone, and in a byte order when the repr is wide.
fn check_fixed_point(
    field: &Field,
    fixed: &Spanned<FixedPoint>,
    container: Option<Endian>,
    byte_order: &mut ByteOrderNeeds,
    errors: &mut Errors,
) {
    let attrs = &field.attrs;
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
    if fixed.value.repr.bytes() > 1 && field_endian(field, container).is_none() {
        byte_order.need(field);
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

fn unsupported_reason(kind: &TyKind) -> Option<String> {
    let variable = |kind: &TyKind| {
        matches!(
            kind,
            TyKind::Bytes { .. } | TyKind::Str { .. } | TyKind::List(_) | TyKind::Opt(_)
        )
    };
    match kind {
        TyKind::Unsupported(why) => Some(why.reason()),
        TyKind::Array { elem, .. } if variable(elem) => {
            Some("an array element has a fixed size".into())
        }
        TyKind::List(elem) if variable(elem) => Some(
            "a list element is a wire type: put a variable-length element in a struct that \
             derives Wire"
                .into(),
        ),
        TyKind::Opt(inner) if matches!(**inner, TyKind::Opt(_)) => {
            Some("`Option<Option<T>>` has no single encoding".into())
        }
        TyKind::Array { elem: inner, .. } | TyKind::List(inner) | TyKind::Opt(inner) => {
            unsupported_reason(inner)
        }
        _ => None,
    }
}

/// The rules of a variable-length field (after the fixed block).
fn check_var_field(
    field: &Field,
    container: Option<Endian>,
    byte_order: &mut ByteOrderNeeds,
    errors: &mut Errors,
) {
    let attrs = &field.attrs;
    refuse_attrs(
        &[
            (attrs.bits.as_ref().map(|a| a.span), "bits"),
            (attrs.bytes.as_ref().map(|a| a.span), "bytes"),
            (attrs.offset.as_ref().map(|a| a.span), "offset"),
            (attrs.magic.as_ref().map(|a| a.span), "magic"),
            (attrs.fixed.as_ref().map(|a| a.span), "fixed"),
        ],
        &format!(
            "applies to fixed-size fields; `{}` is variable-length, after the fixed block",
            field.name()
        ),
        errors,
    );
    if let Some(varint) = &attrs.varint {
        check_varint(field, varint, errors);
        return;
    }
    if let Some(zigzag) = &attrs.zigzag {
        errors.push(zigzag.span, "`zigzag` goes with `varint`");
    }
    let endian = field_endian(field, container);
    if crate::lengths::is_computed(field) {
        // No prefix: `lengths` checks what applies.
    } else if field.kind.is_prefixed() {
        check_prefix(field, endian, byte_order, errors);
    } else {
        refuse_attrs(
            &[
                (attrs.len.as_ref().map(|a| a.span), "len"),
                (attrs.max_len.as_ref().map(|a| a.span), "max_len"),
            ],
            "applies to length-prefixed fields (bytes, strings, lists)",
            errors,
        );
    }
    if let TyKind::Opt(inner) | TyKind::List(inner) = &field.kind {
        // A named element's own byte order is checked by a const assertion.
        let wide = inner.needs_endian() != Some(false) && !matches!(**inner, TyKind::Named);
        if wide && endian.is_none() {
            byte_order.need(field);
        }
    }
}

/// `varint` (and `zigzag`): an integer of up to 64 bits, with no length prefix.
fn check_varint(field: &Field, varint: &Spanned<()>, errors: &mut Errors) {
    let attrs = &field.attrs;
    match field.kind {
        TyKind::Prim(p) if p.is_integer() && p.bytes() <= 8 => {
            if let (Some(zigzag), false) = (&attrs.zigzag, p.is_signed()) {
                errors.push(
                    zigzag.span,
                    format!(
                        "`zigzag` maps signed integers; `{}` is a {}",
                        field.name(),
                        p.name()
                    ),
                );
            }
        }
        _ => errors.push(
            varint.span,
            format!(
                "`varint` needs an integer field of up to 64 bits, not `{}`",
                type_name(&field.ty)
            ),
        ),
    }
    if let Some(len) = &attrs.len {
        errors.push(
            len.span,
            "a varint field has no length prefix: remove `len`",
        );
    }
}

/// A length-prefixed field: a declared prefix, in a byte order when it is wide, and a
/// cap the prefix can hold.
fn check_prefix(
    field: &Field,
    endian: Option<Endian>,
    byte_order: &mut ByteOrderNeeds,
    errors: &mut Errors,
) {
    let attrs = &field.attrs;
    let Some(len) = &attrs.len else {
        // A `count` or `byte_len` that did not parse may be why there is no `len`.
        if attrs.unparsed {
            return;
        }
        errors.push(
            field.ident.span(),
            format!(
                "`{}` is length-prefixed: declare the prefix with #[wire(len = \"u8\")], \
                 \"u16\", \"u32\" or \"varint\" (and a cap with `max_len`)",
                field.name()
            ),
        );
        return;
    };
    if matches!(len.value, LenKind::U16 | LenKind::U32) && endian.is_none() {
        byte_order.need(field);
    }
    if let Some(max) = attrs.max_len.as_ref().filter(|m| m.value > len.value.max()) {
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

/// `bits = N` or `bytes = N`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WidthKey {
    Bits,
    Bytes,
}

impl WidthKey {
    fn key(self) -> &'static str {
        match self {
            WidthKey::Bits => "bits",
            WidthKey::Bytes => "bytes",
        }
    }

    fn unit(self) -> &'static str {
        match self {
            WidthKey::Bits => "bit",
            WidthKey::Bytes => "byte",
        }
    }

    /// How many units `prim` has.
    fn of(self, prim: Prim) -> u32 {
        match self {
            WidthKey::Bits => prim.bits(),
            WidthKey::Bytes => prim.bytes() as u32,
        }
    }
}

/// `bits = N` or `bytes = N`: an integer type at least that wide, and N at least 1.
fn check_width(field: &Field, attr: &Spanned<u32>, width: WidthKey, errors: &mut Errors) {
    let key = width.key();
    let prim = match field.kind {
        TyKind::Prim(p) if p.is_integer() => p,
        TyKind::Prim(Prim::Bool) if width == WidthKey::Bits => {
            if attr.value != 1 {
                errors.push(attr.span, "a bool bit field is one bit: use `bits = 1`");
            }
            return;
        }
        _ => {
            let bool_too = match width {
                WidthKey::Bits => ", or bool with bits = 1",
                WidthKey::Bytes => "",
            };
            errors.push(
                attr.span,
                format!(
                    "`{key}` needs an integer field (u8 … u128, i8 … i128{bool_too}), not `{}`",
                    type_name(&field.ty)
                ),
            );
            return;
        }
    };
    let limit = width.of(prim);
    if attr.value == 0 {
        errors.push(
            attr.span,
            format!("`{key} = 0`: a field is at least one {}", width.unit()),
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
fn check_runs(
    fields: &[CheckedField],
    layout: &Layout,
    byte_order: &mut ByteOrderNeeds,
    errors: &mut Errors,
) {
    for run in &layout.runs {
        let first = &fields[run.fields[0]];
        if run.bytes > 1 && first.endian.is_none() {
            for &index in &run.fields {
                byte_order.need(fields[index].field);
            }
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

// ---------------------------------------------------------------------------------------
// C-like enums

fn check_enum<'a>(
    input: &'a Input,
    repr: Option<&Spanned<Prim>>,
    variants: &'a [Variant],
    errors: &mut Errors,
) -> Option<CheckedEnum<'a>> {
    check_enum_container(input, errors);
    if variants.is_empty() {
        errors.push(
            input.ident.span(),
            "an enum with no variants has no value to decode",
        );
    }
    // Data in a variant other than `other` means a tagged union without its `tag`: that
    // one omission is the error; the rules of C-like enums would only mislead.
    let with_data: Vec<&Variant> = variants
        .iter()
        .filter(|v| v.fields.is_some() && v.other.is_none())
        .collect();
    if !with_data.is_empty() {
        errors.push(
            input.ident.span(),
            missing_tag_message(&input.ident.to_string(), &with_data),
        );
        return None;
    }
    let other = check_enum_variants(variants, repr, errors);
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

fn missing_tag_message(ty: &str, with_data: &[&Variant]) -> String {
    let names: Vec<String> = with_data.iter().map(|v| format!("`{}`", v.ident)).collect();
    format!(
        "enum `{ty}` has variants with data ({}), so it is a tagged union: add \
         #[wire(tag = \"u8\" | \"u16\" | \"varint\")] to the enum and #[wire(id = …)] to each \
         variant",
        names.join(", ")
    )
}

/// The container attributes that do not apply to a C-like enum.
fn check_enum_container(input: &Input, errors: &mut Errors) {
    let attrs = &input.attrs;
    if let Some(size) = &attrs.size {
        errors.push(
            size.span,
            "`size` applies to structs; an enum's size is its repr's",
        );
    }
    if let Some(version) = &attrs.version {
        errors.push(version.span, "`version` applies to structs");
    }
    if let Some(max_depth) = &attrs.max_depth {
        errors.push(
            max_depth.span,
            "`max_depth` bounds the nesting of variable-length messages and tagged \
             unions; a C-like enum holds nothing that nests",
        );
    }
}

/// Discriminants (explicit, distinct) and the `other` variant; returns `other`.
fn check_enum_variants<'a>(
    variants: &'a [Variant],
    repr: Option<&Spanned<Prim>>,
    errors: &mut Errors,
) -> Option<&'a Variant> {
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
    other
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
            let matches_repr = match (variant.field_kinds.first(), repr) {
                (Some(TyKind::Prim(prim)), Some(repr)) => *prim == repr.value,
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
                        type_name(ty)
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

// ---------------------------------------------------------------------------------------
// Tagged unions

fn check_union<'a>(
    input: &'a Input,
    tag: &Spanned<TagKind>,
    variants: &'a [Variant],
    errors: &mut Errors,
) -> Option<CheckedUnion<'a>> {
    let endian = input.attrs.endian.as_ref().map(|e| e.value);
    check_union_container(input, tag, variants, errors);
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
                check_union_id(variant, id, tag.value, &mut seen, errors);
                check_union_payload(variant, errors);
            }
            (None, Some(span)) => {
                check_union_other(variant, span, other_seen, errors);
                other_seen = Some(variant);
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

/// The container attributes of a tagged union.
fn check_union_container(
    input: &Input,
    tag: &Spanned<TagKind>,
    variants: &[Variant],
    errors: &mut Errors,
) {
    if let Some(size) = &input.attrs.size {
        errors.push(size.span, "`size` applies to fixed-layout structs");
    }
    if let Some(version) = &input.attrs.version {
        errors.push(
            version.span,
            "`version` applies to structs; a tagged union is versioned by its variants' \
             structs and by new ids",
        );
    }
    if tag.value == TagKind::U16 && input.attrs.endian.is_none() && !input.attrs.unparsed {
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
}

/// `id = …`: within the tag's range and not used twice.
fn check_union_id<'a>(
    variant: &'a Variant,
    id: &Spanned<syn::Expr>,
    tag: TagKind,
    seen: &mut Vec<(u64, &'a Variant)>,
    errors: &mut Errors,
) {
    let Some(value) = variant.id_value else {
        return;
    };
    if value > tag.max() {
        // The id as the user wrote it (`300`, `0x12c`), and the ids the tag holds.
        let written = id.value.to_token_stream().to_string();
        errors.push(
            id.span,
            format!(
                "id `{written}` does not fit the `{}` tag: its ids are 0..={}",
                tag.name(),
                tag.max()
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

/// A variant holds one message type or nothing. A field type (`String`, `Vec<T>`, …)
/// has its prefix declared on a struct field, so it cannot be a variant on its own.
fn check_union_payload(variant: &Variant, errors: &mut Errors) {
    let ty = match &variant.payload {
        Payload::Unit => return,
        Payload::One(ty) => ty,
        Payload::Many(_) | Payload::Named => {
            errors.push(
                variant.fields.unwrap_or(variant.ident.span()),
                "a variant holds one message type (`AddOrder(AddOrder)`) or nothing",
            );
            return;
        }
    };
    let name = type_name(ty);
    // Other kinds are left to the compiler: a borrowed message (`Snapshot<'a>`) is
    // spelled like a generic type, which a struct field cannot be but a variant can.
    let message = match variant.field_kinds.first() {
        Some(kind) if kind.is_var() => format!(
            "variant `{}` holds `{name}`, a field type that needs a length prefix: a variant \
             holds a type that derives Wire, so wrap it in one (`struct {} {{ #[wire(len = \
             \"u16\")] value: {name} }}`)",
            variant.ident, variant.ident
        ),
        _ => return,
    };
    errors.push(ty.span(), message);
}

/// `other`: one per union, holding the tag and the unparsed bytes.
fn check_union_other(
    variant: &Variant,
    span: Span,
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
    if !matches!(&variant.payload, Payload::Many(types) if types.len() == 2) {
        errors.push(
            variant.fields.unwrap_or(variant.ident.span()),
            "the `other` variant holds the tag and the unparsed bytes: \
             `Unknown(u8, &'a [u8])` or `Unknown(u64, Vec<u8>)`",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    /// Every message the front half (parse, then validate) reports for `input`, in order.
    fn errors_of(input: syn::DeriveInput) -> Vec<String> {
        let mut errors = Errors::default();
        if let Some(model) = crate::attr::parse(&input, &mut errors) {
            check(&model, &mut errors);
        }
        errors.messages()
    }

    #[test]
    fn a_valid_struct_has_no_error() {
        let errors = errors_of(parse_quote! {
            #[wire(endian = "big", size = 7)]
            struct Header {
                #[wire(bits = 4)] version: u8,
                #[wire(bits = 4)] ihl: u8,
                length: u16,
                #[wire(bytes = 3)] stamp: u32,
                #[wire(endian = "little")] id: u8,
            }
        });
        assert_eq!(errors, Vec::<String>::new());
    }

    #[test]
    fn a_missing_byte_order_is_one_error_naming_every_wide_field() {
        let errors = errors_of(parse_quote! {
            struct PlayerState { id: u32, x: f32, flags: u8, #[wire(endian = "big")] hp: u16, score: u64 }
        });
        assert_eq!(
            errors,
            [
                "`PlayerState` needs a byte order for fields `id`, `x`, `score` (wider than one \
                 byte): add #[wire(endian = \"big\")] or #[wire(endian = \"little\")] to the \
                 struct"
            ]
        );
    }

    #[test]
    fn the_byte_order_error_covers_runs_prefixes_and_versions() {
        let errors = errors_of(parse_quote! {
            #[wire(version = 1)]
            struct Quote {
                #[wire(bits = 4)] a: u8,
                #[wire(bits = 12)] b: u16,
                #[wire(bytes = 2)] c: u32,
                #[wire(fixed(scale = 2, repr = "i32"))] price: f64,
                #[wire(len = "u16")] venue: String,
                #[wire(len = "u8")] levels: Vec<u32>,
            }
        });
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with(
                "`Quote` needs a byte order for fields `c`, `price`, `venue`, `levels`, `a`, `b` \
                 (wider than one byte) and for its block length (a u16, as the message is \
                 versioned): add"
            ),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn a_typo_in_the_container_is_not_also_a_missing_byte_order() {
        let errors = errors_of(parse_quote! {
            #[wire(edian = "big")]
            struct Header { #[wire(edain = "big")] length: u16, count: u32 }
        });
        assert_eq!(
            errors,
            [
                "unknown attribute `edian`; did you mean `endian`?",
                "unknown attribute `edain`; did you mean `endian`?",
            ]
        );
    }

    #[test]
    fn every_error_is_collected_at_once() {
        let errors = errors_of(parse_quote! {
            #[wire(size = 4)]
            struct Broken {
                length: u32,
                #[wire(bits = 0)] flags: u8,
                #[wire(bits = 3)] kind: f32,
                #[wire(len = "u8")] tail: u16,
            }
        });
        assert_eq!(
            errors,
            [
                "`bits = 0`: a field is at least one bit",
                "`bits` needs an integer field (u8 … u128, i8 … i128, or bool with bits = 1), \
                 not `f32`",
                "`len` applies to variable-length fields; `tail` has a fixed size",
                "the bit run from `flags` to `kind` is 3 bits; a run of bit fields must fill \
                 whole bytes (5 more bits would make 8)",
                "`size = 4` does not hold: the fields add up to 7 bytes",
                "`Broken` needs a byte order for fields `length`, `tail` (wider than one byte): \
                 add #[wire(endian = \"big\")] or #[wire(endian = \"little\")] to the struct",
            ]
        );
    }

    #[test]
    fn fixed_fields_come_before_variable_ones() {
        let errors = errors_of(parse_quote! {
            #[wire(endian = "big")]
            struct Login { #[wire(len = "u8")] user: String, session: u32 }
        });
        assert_eq!(
            errors,
            [
                "fixed-size field `session` is declared after the variable-length field `user`: \
                 fixed fields form a block at fixed offsets before the variable ones, and the \
                 derive reorders nothing; move it up"
            ]
        );
    }

    #[test]
    fn versions_are_appended_in_order_with_defaults() {
        let errors = errors_of(parse_quote! {
            #[wire(endian = "big", version = 2)]
            struct Quote {
                bid: u32,
                #[wire(since = 2)] ask: u32,
                #[wire(since = 3, default)] last: u32,
                size: u32,
            }
        });
        assert_eq!(
            errors,
            [
                "field `ask` is added in version 2: give it a value for messages from older \
                 peers with #[wire(default)] or #[wire(default = …)], or make it an Option",
                "`since = 3` is outside versions 1 to 2",
                "field `size` has no `since` but follows a field added in version 3: fields \
                 are appended by version",
            ]
        );
    }

    #[test]
    fn an_enum_with_data_and_no_tag_is_one_error() {
        let errors = errors_of(parse_quote! {
            enum Message { Ping(Ping), Pong(Pong), Close }
        });
        assert_eq!(
            errors,
            [
                "enum `Message` has variants with data (`Ping`, `Pong`), so it is a tagged \
                 union: add #[wire(tag = \"u8\" | \"u16\" | \"varint\")] to the enum and \
                 #[wire(id = …)] to each variant"
            ]
        );
    }

    #[test]
    fn c_like_enums_need_a_repr_and_distinct_explicit_discriminants() {
        let errors = errors_of(parse_quote! {
            enum Side { Buy = b'B', Sell = 0x42, Cross }
        });
        assert_eq!(
            errors,
            [
                "duplicate discriminant 0x42: `Buy` has it too",
                "variant `Cross` needs an explicit discriminant (`Cross = …`): its wire value \
                 must not depend on declaration order",
                "#[derive(Wire)] on an enum needs #[repr(u8)], #[repr(u16)], #[repr(u32)] or \
                 #[repr(u64)]: the repr is the width of the value on the wire",
            ]
        );
    }

    #[test]
    fn an_open_enum_keeps_unknown_values_in_its_repr() {
        let errors = errors_of(parse_quote! {
            #[repr(u8)]
            enum Side { Buy = 1, #[wire(other)] Unknown(u16), #[wire(other)] Other(u8) }
        });
        assert_eq!(
            errors,
            [
                "the `other` variant holds the unknown value as the enum's repr, `u8`, not `u16`",
                "only one variant can be `other`; `Unknown` is already",
            ]
        );
    }

    #[test]
    fn union_variants_hold_messages_with_distinct_ids_that_fit_the_tag() {
        let errors = errors_of(parse_quote! {
            #[wire(tag = "u8")]
            enum Message {
                #[wire(id = 1)] Ping(Ping),
                #[wire(id = 1)] Pong(Pong),
                #[wire(id = 300)] Big(Big),
                #[wire(id = 2)] Text(String),
                #[wire(id = 3)] Pair(u8, u8),
                Close,
            }
        });
        assert_eq!(
            errors,
            [
                "duplicate id 0x1: `Ping` has it too",
                "id `300` does not fit the `u8` tag: its ids are 0..=255",
                "variant `Text` holds `String`, a field type that needs a length prefix: a \
                 variant holds a type that derives Wire, so wrap it in one (`struct Text { \
                 #[wire(len = \"u16\")] value: String }`)",
                "a variant holds one message type (`AddOrder(AddOrder)`) or nothing",
                "variant `Close` needs #[wire(id = …)]: the tag that selects it on the wire",
            ]
        );
    }

    #[test]
    fn a_u16_tag_needs_a_byte_order() {
        let errors = errors_of(parse_quote! {
            #[wire(tag = "u16")]
            enum Message { #[wire(id = 1)] Ping(Ping) }
        });
        assert_eq!(
            errors,
            ["a u16 tag needs a byte order: add #[wire(endian = \"big\")] or #[wire(endian = \"little\")]"]
        );
    }

    #[test]
    fn unsupported_types_give_their_reason() {
        let errors = errors_of(parse_quote! {
            #[wire(endian = "big")]
            struct Login { session: usize, address: (u8, u8) }
        });
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with(
            "unsupported field type `usize`: `usize` has a platform-dependent width; use u32 or u64;"
        ));
        assert!(errors[1].starts_with(
            "unsupported field type `(u8,u8)`: tuples have no wire layout; use a struct that \
             derives Wire;"
        ));
    }

    #[test]
    fn the_byte_order_message_reads_well_for_one_field() {
        assert_eq!(
            byte_order_message("Header", &["length".to_owned()], false),
            "`Header` needs a byte order for field `length` (wider than one byte): add \
             #[wire(endian = \"big\")] or #[wire(endian = \"little\")] to the struct"
        );
    }
}
