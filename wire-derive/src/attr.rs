//! Parsing: `syn::DeriveInput` and its `#[wire(...)]` attributes into the model.
//!
//! Every problem found here is collected, not returned at the first one, so a user sees
//! all their attribute mistakes in one compile.

use crate::checksum;
use crate::errors::Errors;
use crate::model::{
    Body, ContainerAttrs, Endian, Field, FieldAttrs, FixedPoint, Input, LenKind, Magic, Payload,
    Prim, Spanned, TagKind, TyKind, Unsupported, Variant,
};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned as _;
use syn::{Data, DeriveInput, Expr, Fields, Lit, LitInt, LitStr, Type};

/// Where a `#[wire(...)]` attribute stands; each place has its own keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrPlace {
    Container,
    Field,
    Variant,
}

impl AttrPlace {
    const ALL: [AttrPlace; 3] = [AttrPlace::Container, AttrPlace::Field, AttrPlace::Variant];

    /// The keys valid here, in the order the documentation lists them.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            AttrPlace::Container => &["endian", "size", "version", "tag", "max_depth", "crate"],
            AttrPlace::Field => &[
                "endian", "bits", "bytes", "offset", "magic", "varint", "zigzag", "len", "max_len",
                "since", "default", "fixed", "count", "byte_len", "if", "variable", "checksum",
                "over", "verify",
            ],
            AttrPlace::Variant => &["id", "other"],
        }
    }

    fn name(self) -> &'static str {
        match self {
            AttrPlace::Container => "container",
            AttrPlace::Field => "field",
            AttrPlace::Variant => "variant",
        }
    }
}

pub fn parse(input: &DeriveInput, errors: &mut Errors) -> Option<Input> {
    let attrs = container_attrs(input, errors);
    let body = match &input.data {
        Data::Struct(data) => Body::Struct(struct_fields(&data.fields, errors)?),
        Data::Enum(data) => {
            let variants = data.variants.iter().map(|v| variant(v, errors)).collect();
            match attrs.tag.clone() {
                Some(tag) => Body::Union { tag, variants },
                None => Body::Enum {
                    repr: enum_repr(input, errors),
                    variants,
                },
            }
        }
        Data::Union(data) => {
            errors.push(
                data.union_token.span,
                "#[derive(Wire)] does not support unions: use a struct, or an enum with a tag",
            );
            return None;
        }
    };
    Some(Input {
        ident: input.ident.clone(),
        doc: doc_of(&input.attrs),
        vis: input.vis.clone(),
        lifetime: lifetime(&input.generics, errors),
        attrs,
        body,
    })
}

/// The fields of a struct with named fields (or none); `None` for a tuple struct.
fn struct_fields(fields: &Fields, errors: &mut Errors) -> Option<Vec<Field>> {
    match fields {
        Fields::Named(named) => Some(
            named
                .named
                .iter()
                .map(|field| Field {
                    ident: field.ident.clone().expect("named fields have names"),
                    doc: doc_of(&field.attrs),
                    kind: ty_kind(&field.ty),
                    ty: field.ty.clone(),
                    attrs: field_attrs(field, errors),
                })
                .collect(),
        ),
        Fields::Unnamed(fields) => {
            errors.push(
                fields.span(),
                "#[derive(Wire)] needs named fields: a tuple struct has no field names to \
                 name accessors and errors after",
            );
            None
        }
        Fields::Unit => Some(Vec::new()),
    }
}

/// The one lifetime a type with borrowed fields may declare; anything more is an error.
fn lifetime(generics: &syn::Generics, errors: &mut Errors) -> Option<syn::Lifetime> {
    let lifetimes: Vec<_> = generics.lifetimes().collect();
    let only_one_lifetime = generics.params.len() == lifetimes.len()
        && lifetimes.len() <= 1
        && lifetimes.iter().all(|l| l.bounds.is_empty());
    if !only_one_lifetime || generics.where_clause.is_some() {
        errors.push(
            generics.span(),
            "#[derive(Wire)] does not support type parameters, bounds or several lifetimes: a \
             wire layout needs concrete field types (one lifetime, for borrowed fields, is fine)",
        );
    }
    lifetimes.first().map(|l| l.lifetime.clone())
}

/// Runs `parse_key` on each key of each `#[wire(...)]` in `attrs`; returns whether any
/// key was unknown or malformed (each such key is reported).
fn each_key(
    attrs: &[syn::Attribute],
    place: AttrPlace,
    errors: &mut Errors,
    mut parse_key: impl FnMut(&str, &ParseNestedMeta, &mut Errors) -> syn::Result<bool>,
) -> bool {
    let mut unparsed = false;
    for attr in attrs.iter().filter(|a| a.path().is_ident("wire")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = key_of(&meta);
            if !parse_key(&key, &meta, errors)? {
                unknown(&meta, &key, place, errors)?;
                unparsed = true;
            }
            Ok(())
        });
        if let Err(err) = result {
            errors.push_error(err);
            unparsed = true;
        }
    }
    unparsed
}

fn container_attrs(input: &DeriveInput, errors: &mut Errors) -> ContainerAttrs {
    let mut out = ContainerAttrs::default();
    out.unparsed = each_key(
        &input.attrs,
        AttrPlace::Container,
        errors,
        |key, meta, errors| {
            match key {
                "endian" => set(&mut out.endian, parse_endian(meta)?, meta, errors),
                "size" => set(&mut out.size, parse_int(meta)?, meta, errors),
                "version" => set(&mut out.version, parse_int(meta)?, meta, errors),
                "tag" => set(&mut out.tag, parse_tag(meta)?, meta, errors),
                "max_depth" => set(&mut out.max_depth, parse_int(meta)?, meta, errors),
                "crate" => set(&mut out.krate, parse_crate(meta)?, meta, errors),
                _ => return Ok(false),
            }
            Ok(true)
        },
    );
    out
}

fn field_attrs(field: &syn::Field, errors: &mut Errors) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    out.unparsed = each_key(
        &field.attrs,
        AttrPlace::Field,
        errors,
        |key, meta, errors| {
            match key {
                "endian" => set(&mut out.endian, parse_endian(meta)?, meta, errors),
                "bits" => set(&mut out.bits, parse_int(meta)?, meta, errors),
                "bytes" => set(&mut out.bytes, parse_int(meta)?, meta, errors),
                "offset" => set(&mut out.offset, parse_int(meta)?, meta, errors),
                "magic" => set(&mut out.magic, parse_magic(meta)?, meta, errors),
                "varint" => set(&mut out.varint, flag(meta), meta, errors),
                "zigzag" => set(&mut out.zigzag, flag(meta), meta, errors),
                "len" => set(&mut out.len, parse_len(meta)?, meta, errors),
                "max_len" => set(&mut out.max_len, parse_int(meta)?, meta, errors),
                "since" => set(&mut out.since, parse_int(meta)?, meta, errors),
                "default" => set(&mut out.default, parse_default(meta)?, meta, errors),
                "fixed" => set(&mut out.fixed, parse_fixed(meta)?, meta, errors),
                "count" => set(&mut out.count, parse_expr(meta)?, meta, errors),
                "byte_len" => set(&mut out.byte_len, parse_expr(meta)?, meta, errors),
                "if" => set(&mut out.condition, parse_expr(meta)?, meta, errors),
                "variable" => set(&mut out.variable, flag(meta), meta, errors),
                "checksum" => set(
                    &mut out.checksum,
                    checksum::parse_algorithm(meta)?,
                    meta,
                    errors,
                ),
                "over" => set(&mut out.over, checksum::parse_over(meta)?, meta, errors),
                "verify" => set(&mut out.verify, flag(meta), meta, errors),
                _ => return Ok(false),
            }
            Ok(true)
        },
    );
    out
}

fn variant(v: &syn::Variant, errors: &mut Errors) -> Variant {
    let mut id: Option<Spanned<Expr>> = None;
    let mut other: Option<Spanned<()>> = None;
    each_key(&v.attrs, AttrPlace::Variant, errors, |key, meta, errors| {
        match key {
            "id" => {
                let expr: Expr = meta.value()?.parse()?;
                let span = expr.span();
                set(&mut id, Spanned::new(expr, span), meta, errors);
            }
            "other" => set(&mut other, flag(meta), meta, errors),
            _ => return Ok(false),
        }
        Ok(true)
    });
    let discriminant = v.discriminant.as_ref().map(|(_, expr)| expr.clone());
    let payload = match &v.fields {
        Fields::Unit => Payload::Unit,
        Fields::Unnamed(f) if f.unnamed.len() == 1 => {
            Payload::One(Box::new(f.unnamed[0].ty.clone()))
        }
        Fields::Unnamed(f) => Payload::Many(f.unnamed.iter().map(|f| f.ty.clone()).collect()),
        Fields::Named(_) => Payload::Named,
    };
    let field_kinds = match &v.fields {
        Fields::Unnamed(f) => f.unnamed.iter().map(|f| ty_kind(&f.ty)).collect(),
        _ => Vec::new(),
    };
    Variant {
        ident: v.ident.clone(),
        doc: doc_of(&v.attrs),
        value: discriminant.as_ref().and_then(literal_value),
        discriminant,
        fields: (!v.fields.is_empty()).then(|| v.fields.span()),
        payload,
        field_kinds,
        id_value: id.as_ref().and_then(|id| literal_value(&id.value)),
        id,
        other: other.map(|o| o.span),
    }
}

/// The text of `///` comments (`#[doc = "…"]`), one line each, without the space after
/// `///`; other forms (`#[doc = include_str!(…)]`) are left out.
fn doc_of(attrs: &[syn::Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(syn::ExprLit {
                    lit: Lit::Str(s), ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .map(|line| {
            line.strip_prefix(' ')
                .unwrap_or(&line)
                .trim_end()
                .to_owned()
        })
        .collect();
    lines.join("\n").trim().to_owned()
}

/// `#[repr(u8)]` and friends; other reprs (`C`, `align`) are ignored here.
fn enum_repr(input: &DeriveInput, errors: &mut Errors) -> Option<Spanned<Prim>> {
    let mut repr = None;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("repr")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(ident) = meta.path.get_ident() {
                let name = ident.to_string();
                match Prim::from_ident(&name) {
                    Some(p @ (Prim::U8 | Prim::U16 | Prim::U32 | Prim::U64)) => {
                        repr = Some(Spanned::new(p, ident.span()));
                    }
                    Some(_) => errors.push(
                        ident.span(),
                        format!(
                            "#[derive(Wire)] enums need an unsigned repr (u8, u16, u32 or u64), \
                             not `{name}`"
                        ),
                    ),
                    None => {}
                }
            }
            // Skip whatever the repr item carries (`align(8)`), it is not ours to judge.
            if meta.input.peek(syn::token::Paren) {
                let _content;
                syn::parenthesized!(_content in meta.input);
            }
            Ok(())
        });
    }
    repr
}

/// The value of an integer or byte literal discriminant (`7`, `0x42`, `b'B'`).
fn literal_value(expr: &Expr) -> Option<u64> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(int) => int.base10_parse().ok(),
            Lit::Byte(byte) => Some(u64::from(byte.value())),
            Lit::Char(ch) => Some(u64::from(ch.value())),
            _ => None,
        },
        Expr::Paren(inner) => literal_value(&inner.expr),
        Expr::Group(inner) => literal_value(&inner.expr),
        _ => None,
    }
}

/// Classifies a field type by its spelling.
pub fn ty_kind(ty: &Type) -> TyKind {
    match ty {
        Type::Path(path) if path.qself.is_none() => path_kind(&path.path),
        Type::Array(array) => TyKind::Array {
            elem: Box::new(ty_kind(&array.elem)),
            len: match &array.len {
                Expr::Lit(syn::ExprLit {
                    lit: Lit::Int(int), ..
                }) => int.base10_parse().ok(),
                _ => None,
            },
        },
        Type::Paren(inner) => ty_kind(&inner.elem),
        Type::Group(inner) => ty_kind(&inner.elem),
        Type::Reference(reference) if reference.mutability.is_none() => {
            borrowed_kind(&reference.elem)
        }
        Type::Reference(_) => TyKind::Unsupported(Unsupported::MutRef),
        Type::Slice(_) => TyKind::Unsupported(Unsupported::Slice),
        Type::Tuple(_) => TyKind::Unsupported(Unsupported::Tuple),
        _ => TyKind::Unsupported(Unsupported::Other),
    }
}

/// A type named by a path: a primitive, `String`, `Vec<T>`, `Option<T>`, or a type of
/// the user's (which must derive `Wire`).
fn path_kind(path: &syn::Path) -> TyKind {
    let Some(last) = path.segments.last() else {
        return TyKind::Named;
    };
    let name = last.ident.to_string();
    if path.segments.len() == 1 && last.arguments.is_empty() {
        if let Some(prim) = Prim::from_ident(&name) {
            return TyKind::Prim(prim);
        }
    }
    let only_arg = match &last.arguments {
        syn::PathArguments::AngleBracketed(args) if args.args.len() == 1 => match &args.args[0] {
            syn::GenericArgument::Type(ty) => Some(ty),
            _ => None,
        },
        _ => None,
    };
    match (name.as_str(), only_arg) {
        ("usize", _) => TyKind::Unsupported(Unsupported::PlatformWidth { signed: false }),
        ("isize", _) => TyKind::Unsupported(Unsupported::PlatformWidth { signed: true }),
        ("char", _) => TyKind::Unsupported(Unsupported::Char),
        ("String", None) if last.arguments.is_empty() => TyKind::Str { borrowed: false },
        ("Vec", Some(inner)) => match ty_kind(inner) {
            TyKind::Prim(Prim::U8) => TyKind::Bytes { borrowed: false },
            inner => TyKind::List(Box::new(inner)),
        },
        ("Option", Some(inner)) => TyKind::Opt(Box::new(ty_kind(inner))),
        ("str" | "Box" | "Cow" | "HashMap" | "BTreeMap" | "Vec" | "Option" | "String", _) => {
            TyKind::Unsupported(Unsupported::NoEncoding { name })
        }
        _ if !last.arguments.is_empty() => TyKind::Unsupported(Unsupported::Generic),
        _ => TyKind::Named,
    }
}

/// `&'a str` and `&'a [u8]`; other shared references have no encoding.
fn borrowed_kind(elem: &Type) -> TyKind {
    match elem {
        Type::Path(p) if p.path.is_ident("str") => TyKind::Str { borrowed: true },
        Type::Slice(slice) if matches!(ty_kind(&slice.elem), TyKind::Prim(Prim::U8)) => {
            TyKind::Bytes { borrowed: true }
        }
        _ => TyKind::Unsupported(Unsupported::Borrowed),
    }
}

fn key_of(meta: &ParseNestedMeta) -> String {
    meta.path
        .get_ident()
        .map(|i| i.to_string())
        .unwrap_or_else(|| {
            meta.path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect::<Vec<_>>()
                .join("::")
        })
}

/// Records the second occurrence of a key as an error instead of silently overriding.
fn set<T>(
    slot: &mut Option<Spanned<T>>,
    value: Spanned<T>,
    meta: &ParseNestedMeta,
    errors: &mut Errors,
) {
    if slot.is_some() {
        errors.push(
            meta.path.span(),
            format!("duplicate `{}` attribute", key_of(meta)),
        );
    } else {
        *slot = Some(value);
    }
}

fn parse_endian(meta: &ParseNestedMeta) -> syn::Result<Spanned<Endian>> {
    let lit: LitStr = meta.value()?.parse()?;
    let endian = match lit.value().as_str() {
        "big" => Endian::Big,
        "little" => Endian::Little,
        other => {
            return Err(syn::Error::new(
                lit.span(),
                format!("unknown byte order \"{other}\": expected \"big\" or \"little\""),
            ))
        }
    };
    Ok(Spanned::new(endian, meta.path.span()))
}

fn parse_int<T: std::str::FromStr>(meta: &ParseNestedMeta) -> syn::Result<Spanned<T>>
where
    T::Err: std::fmt::Display,
{
    let lit: LitInt = meta.value()?.parse()?;
    let value = lit.base10_parse()?;
    Ok(Spanned::new(value, lit.span()))
}

fn parse_magic(meta: &ParseNestedMeta) -> syn::Result<Spanned<Magic>> {
    let lit: Lit = meta.value()?.parse()?;
    let span = lit.span();
    match lit {
        Lit::ByteStr(bytes) => Ok(Spanned::new(Magic::Bytes(bytes), span)),
        Lit::Int(int) => Ok(Spanned::new(Magic::Int(int), span)),
        _ => Err(syn::Error::new(
            span,
            "`magic` takes a byte string (b\"ITCH\") or an integer literal (0xA55A)",
        )),
    }
}

/// A key not parsed above: a key of another place (a field key on a struct) or a typo,
/// for which the nearest valid key is suggested when one is close.
fn unknown(
    meta: &ParseNestedMeta,
    key: &str,
    place: AttrPlace,
    errors: &mut Errors,
) -> syn::Result<()> {
    skip_value(meta)?;
    errors.push(meta.path.span(), unknown_message(key, place));
    Ok(())
}

fn unknown_message(key: &str, place: AttrPlace) -> String {
    let here = place.name();
    if let Some(elsewhere) = AttrPlace::ALL.into_iter().find(|p| p.keys().contains(&key)) {
        return format!(
            "`{key}` is a {} attribute, not a {here} attribute",
            elsewhere.name()
        );
    }
    match nearest(key, place.keys()) {
        Some(near) => format!("unknown attribute `{key}`; did you mean `{near}`?"),
        None => format!(
            "unknown attribute `{key}`; {here} attributes are: {}",
            place.keys().join(", ")
        ),
    }
}

/// A key without a value (`varint`, `other`).
fn flag(meta: &ParseNestedMeta) -> Spanned<()> {
    Spanned::new((), meta.path.span())
}

fn parse_len(meta: &ParseNestedMeta) -> syn::Result<Spanned<LenKind>> {
    let lit: LitStr = meta.value()?.parse()?;
    let kind = match lit.value().as_str() {
        "u8" => LenKind::U8,
        "u16" => LenKind::U16,
        "u32" => LenKind::U32,
        "varint" => LenKind::Varint,
        other => {
            return Err(syn::Error::new(
                lit.span(),
                format!("unknown length prefix \"{other}\": expected \"u8\", \"u16\", \"u32\" or \"varint\""),
            ))
        }
    };
    Ok(Spanned::new(kind, lit.span()))
}

/// `count = "…"`, `byte_len = "…"` or `if = "…"`: a Rust expression in a string, parsed
/// here; `validate` checks what it may use (`crate::expr`). The span is the string's.
fn parse_expr(meta: &ParseNestedMeta) -> syn::Result<Spanned<Expr>> {
    let lit: LitStr = meta.value()?.parse()?;
    let expr = lit.parse::<Expr>().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("cannot parse \"{}\" as an expression: {e}", lit.value()),
        )
    })?;
    Ok(Spanned::new(expr, lit.span()))
}

/// `crate = "::path::to::wire"`, as serde's `#[serde(crate = "…")]`.
fn parse_crate(meta: &ParseNestedMeta) -> syn::Result<Spanned<syn::Path>> {
    let lit: LitStr = meta.value()?.parse()?;
    Ok(Spanned::new(lit.parse()?, lit.span()))
}

fn parse_tag(meta: &ParseNestedMeta) -> syn::Result<Spanned<TagKind>> {
    let lit: LitStr = meta.value()?.parse()?;
    let kind = match lit.value().as_str() {
        "u8" => TagKind::U8,
        "u16" => TagKind::U16,
        "varint" => TagKind::Varint,
        "header" => TagKind::Header,
        other => {
            return Err(syn::Error::new(
                lit.span(),
                format!(
                "unknown tag type \"{other}\": expected \"u8\", \"u16\", \"varint\" or \"header\""
            ),
            ))
        }
    };
    Ok(Spanned::new(kind, meta.path.span()))
}

fn parse_default(meta: &ParseNestedMeta) -> syn::Result<Spanned<Option<Expr>>> {
    let span = meta.path.span();
    if meta.input.peek(syn::Token![=]) {
        let expr: Expr = meta.value()?.parse()?;
        return Ok(Spanned::new(Some(expr), span));
    }
    Ok(Spanned::new(None, span))
}

/// `fixed(scale = 4, repr = "i64")`.
fn parse_fixed(meta: &ParseNestedMeta) -> syn::Result<Spanned<FixedPoint>> {
    let span = meta.path.span();
    let mut scale = None;
    let mut repr = None;
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident("scale") {
            let lit: LitInt = inner.value()?.parse()?;
            let value: u32 = lit.base10_parse()?;
            if value > 18 {
                return Err(syn::Error::new(
                    lit.span(),
                    "`scale` is at most 18 decimal digits",
                ));
            }
            scale = Some(value);
        } else if inner.path.is_ident("repr") {
            let lit: LitStr = inner.value()?.parse()?;
            match Prim::from_ident(&lit.value()) {
                Some(p) if p.is_integer() && p.bytes() <= 8 => repr = Some(p),
                _ => {
                    return Err(syn::Error::new(
                        lit.span(),
                        "`repr` is an integer type of up to 64 bits: \"i64\", \"u32\", …",
                    ))
                }
            }
        } else {
            return Err(inner.error("`fixed` takes `scale = N` and `repr = \"…\"`"));
        }
        Ok(())
    })?;
    match (scale, repr) {
        (Some(scale), Some(repr)) => Ok(Spanned::new(FixedPoint { scale, repr }, span)),
        _ => Err(syn::Error::new(
            span,
            "`fixed` needs both `scale = N` and `repr = \"…\"`",
        )),
    }
}

/// Consumes `= value` or `(…)` after a key we do not parse, so parsing can go on.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        let _: Expr = meta.value()?.parse()?;
    } else if meta.input.peek(syn::token::Paren) {
        let _content;
        syn::parenthesized!(_content in meta.input);
        let _: proc_macro2::TokenStream = _content.parse()?;
    }
    Ok(())
}

/// The valid key closest to a typo, when it is close enough to be what was meant: one
/// edit for a short key, one per three letters for a longer one.
pub fn nearest<'a>(key: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(key, c), *c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Edits (insertion, deletion, substitution, or swap of two neighbours) that turn `a`
/// into `b`: the optimal string alignment distance, so `endain` is one edit from
/// `endian`.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the table: two back (for swaps), the previous, the current.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut previous, current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        let field = AttrPlace::Field.keys();
        assert_eq!(nearest("endain", field), Some("endian"));
        assert_eq!(nearest("edian", field), Some("endian"));
        assert_eq!(nearest("bit", field), Some("bits"));
        assert_eq!(nearest("offest", field), Some("offset"));
        assert_eq!(nearest("colour", field), None);
        // Short keys take one edit at most.
        assert_eq!(nearest("ix", AttrPlace::Variant.keys()), Some("id"));
        assert_eq!(nearest("xy", AttrPlace::Variant.keys()), None);
    }

    #[test]
    fn unknown_keys_get_the_nearest_or_the_list() {
        assert_eq!(
            unknown_message("edian", AttrPlace::Container),
            "unknown attribute `edian`; did you mean `endian`?"
        );
        assert_eq!(
            unknown_message("colour", AttrPlace::Variant),
            "unknown attribute `colour`; variant attributes are: id, other"
        );
        assert_eq!(
            unknown_message("bits", AttrPlace::Container),
            "`bits` is a field attribute, not a container attribute"
        );
    }

    #[test]
    fn types_are_classified_by_spelling() {
        let kind = |ty: Type| ty_kind(&ty);
        assert!(matches!(
            kind(syn::parse_quote!(u16)),
            TyKind::Prim(Prim::U16)
        ));
        assert!(matches!(
            kind(syn::parse_quote!(Vec<u8>)),
            TyKind::Bytes { borrowed: false }
        ));
        assert!(matches!(
            kind(syn::parse_quote!(&'a [u8])),
            TyKind::Bytes { borrowed: true }
        ));
        assert!(matches!(
            kind(syn::parse_quote!(String)),
            TyKind::Str { borrowed: false }
        ));
        assert!(
            matches!(kind(syn::parse_quote!(Vec<Point>)), TyKind::List(inner) if matches!(*inner, TyKind::Named))
        );
        assert!(matches!(
            kind(syn::parse_quote!(Option<u32>)),
            TyKind::Opt(_)
        ));
        assert!(matches!(
            kind(syn::parse_quote!([u16; 4])),
            TyKind::Array { len: Some(4), .. }
        ));
        assert_eq!(
            match kind(syn::parse_quote!(isize)) {
                TyKind::Unsupported(why) => why,
                other => panic!("{other:?}"),
            },
            Unsupported::PlatformWidth { signed: true }
        );
        assert!(matches!(
            kind(syn::parse_quote!(Box<u8>)),
            TyKind::Unsupported(Unsupported::NoEncoding { .. })
        ));
        assert!(matches!(
            kind(syn::parse_quote!((u8, u8))),
            TyKind::Unsupported(Unsupported::Tuple)
        ));
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        assert_eq!(edit_distance("endain", "endian"), 1);
        assert_eq!(edit_distance("edain", "endian"), 2);
        assert_eq!(edit_distance("ab", "ba"), 1);
    }
}
