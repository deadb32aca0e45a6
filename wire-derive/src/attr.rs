//! Parsing: `syn::DeriveInput` and its `#[wire(...)]` attributes into the model.
//!
//! Every problem found here is collected, not returned at the first one, so a user sees
//! all their attribute mistakes in one compile.

use crate::errors::Errors;
use crate::model::{
    Body, ContainerAttrs, Endian, Field, FieldAttrs, Input, Magic, Prim, Spanned, TyKind, Variant,
};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned as _;
use syn::{Data, DeriveInput, Expr, Fields, Lit, LitInt, LitStr, Type};

/// Keys valid on a struct or enum.
pub const CONTAINER_KEYS: &[&str] = &["endian", "size", "version", "tag"];
/// Keys valid on a field.
pub const FIELD_KEYS: &[&str] = &[
    "endian", "bits", "bytes", "offset", "magic", "varint", "zigzag", "len", "max_len", "since",
    "default", "fixed",
];
/// Keys valid on an enum variant.
pub const VARIANT_KEYS: &[&str] = &["id", "other"];

/// Keys of the contract that belong to variable-length, versioned or tagged messages,
/// which fixed-layout types do not support.
const NOT_FIXED: &[&str] = &[
    "version", "tag", "varint", "zigzag", "len", "max_len", "since", "default", "fixed", "id",
    "other",
];

pub fn parse(input: &DeriveInput, errors: &mut Errors) -> Option<Input> {
    let attrs = container_attrs(input, errors);
    let body = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => Body::Struct(
                named
                    .named
                    .iter()
                    .map(|field| Field {
                        ident: field.ident.clone().expect("named fields have names"),
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
                return None;
            }
            Fields::Unit => Body::Struct(Vec::new()),
        },
        Data::Enum(data) => Body::Enum {
            repr: enum_repr(input, errors),
            variants: data.variants.iter().map(|v| variant(v, errors)).collect(),
        },
        Data::Union(data) => {
            errors.push(
                data.union_token.span,
                "#[derive(Wire)] does not support unions: use a struct, or an enum with a tag",
            );
            return None;
        }
    };
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        errors.push(
            input.generics.span(),
            "#[derive(Wire)] does not support generics: a fixed layout needs concrete field types",
        );
    }
    Some(Input {
        ident: input.ident.clone(),
        vis: input.vis.clone(),
        attrs,
        body,
    })
}

fn container_attrs(input: &DeriveInput, errors: &mut Errors) -> ContainerAttrs {
    let mut out = ContainerAttrs::default();
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("wire")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = key_of(&meta);
            match key.as_str() {
                "endian" => set(&mut out.endian, parse_endian(&meta)?, &meta, errors),
                "size" => set(&mut out.size, parse_int(&meta)?, &meta, errors),
                _ => unknown_or_unsupported(
                    &meta,
                    &key,
                    CONTAINER_KEYS,
                    "container",
                    &mut out.unsupported,
                    errors,
                )?,
            }
            Ok(())
        });
        if let Err(err) = result {
            errors.push_error(err);
        }
    }
    out
}

fn field_attrs(field: &syn::Field, errors: &mut Errors) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("wire")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = key_of(&meta);
            match key.as_str() {
                "endian" => set(&mut out.endian, parse_endian(&meta)?, &meta, errors),
                "bits" => set(&mut out.bits, parse_int(&meta)?, &meta, errors),
                "bytes" => set(&mut out.bytes, parse_int(&meta)?, &meta, errors),
                "offset" => set(&mut out.offset, parse_int(&meta)?, &meta, errors),
                "magic" => set(&mut out.magic, parse_magic(&meta)?, &meta, errors),
                _ => unknown_or_unsupported(
                    &meta,
                    &key,
                    FIELD_KEYS,
                    "field",
                    &mut out.unsupported,
                    errors,
                )?,
            }
            Ok(())
        });
        if let Err(err) = result {
            errors.push_error(err);
        }
    }
    out
}

fn variant(v: &syn::Variant, errors: &mut Errors) -> Variant {
    let mut unsupported = Vec::new();
    for attr in v.attrs.iter().filter(|a| a.path().is_ident("wire")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = key_of(&meta);
            unknown_or_unsupported(
                &meta,
                &key,
                VARIANT_KEYS,
                "variant",
                &mut unsupported,
                errors,
            )
        });
        if let Err(err) = result {
            errors.push_error(err);
        }
    }
    let discriminant = v.discriminant.as_ref().map(|(_, expr)| expr.clone());
    Variant {
        ident: v.ident.clone(),
        value: discriminant.as_ref().and_then(literal_value),
        discriminant,
        fields: (!v.fields.is_empty()).then(|| v.fields.span()),
        unsupported,
    }
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
        Type::Path(path) if path.qself.is_none() => {
            let Some(last) = path.path.segments.last() else {
                return TyKind::Named;
            };
            let name = last.ident.to_string();
            if path.path.segments.len() == 1 && last.arguments.is_empty() {
                if let Some(prim) = Prim::from_ident(&name) {
                    return TyKind::Prim(prim);
                }
            }
            match name.as_str() {
                "usize" | "isize" => TyKind::Unsupported(format!(
                    "`{name}` has a platform-dependent width; use u32 or u64 (i32 or i64)"
                )),
                "char" => TyKind::Unsupported(
                    "`char` has no single wire encoding; use u32 or a `[u8; N]`".into(),
                ),
                "String" | "str" | "Vec" | "Option" | "Box" | "Cow" | "HashMap" | "BTreeMap" => {
                    TyKind::Unsupported(format!(
                        "`{name}` is variable-length; a fixed-layout field has one size \
                         (use `[u8; N]` for fixed-size bytes)"
                    ))
                }
                _ if !last.arguments.is_empty() => TyKind::Unsupported(
                    "generic types have no fixed layout known to the derive".into(),
                ),
                _ => TyKind::Named,
            }
        }
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
        Type::Reference(_) => {
            TyKind::Unsupported("references are variable-length borrowed data".into())
        }
        Type::Slice(_) => TyKind::Unsupported("slices have no fixed size; use `[T; N]`".into()),
        Type::Tuple(_) => {
            TyKind::Unsupported("tuples have no wire layout; use a struct that derives Wire".into())
        }
        _ => TyKind::Unsupported("this kind of type has no wire layout".into()),
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

/// A key not parsed above: a known key of the contract that this kind of item cannot
/// take, a key of another place (a field key on a struct), or a typo.
fn unknown_or_unsupported(
    meta: &ParseNestedMeta,
    key: &str,
    valid_here: &[&str],
    place: &str,
    unsupported: &mut Vec<Spanned<&'static str>>,
    errors: &mut Errors,
) -> syn::Result<()> {
    skip_value(meta)?;
    let span = meta.path.span();
    if valid_here.contains(&key) {
        if let Some(known) = NOT_FIXED.iter().find(|k| **k == key) {
            unsupported.push(Spanned::new(known, span));
            return Ok(());
        }
    }
    let elsewhere = [
        ("container", CONTAINER_KEYS),
        ("field", FIELD_KEYS),
        ("variant", VARIANT_KEYS),
    ]
    .into_iter()
    .find(|(_, keys)| keys.contains(&key));
    let message = match elsewhere {
        Some((other, _)) => format!("`{key}` is a {other} attribute, not a {place} attribute"),
        None => match nearest(key, valid_here) {
            Some(near) => format!("unknown wire attribute `{key}`; did you mean `{near}`?"),
            None => format!(
                "unknown wire attribute `{key}`; {place} attributes are: {}",
                valid_here.join(", ")
            ),
        },
    };
    errors.push(span, message);
    Ok(())
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

/// The valid key closest to a typo, when it is close enough to be what was meant.
pub fn nearest<'a>(key: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(key, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance, for "did you mean" suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        assert_eq!(nearest("endain", FIELD_KEYS), Some("endian"));
        assert_eq!(nearest("bit", FIELD_KEYS), Some("bits"));
        assert_eq!(nearest("offest", FIELD_KEYS), Some("offset"));
        assert_eq!(nearest("colour", FIELD_KEYS), None);
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
