//! `T::MAX_ENCODED_LEN`: the most bytes any value of a type encodes to, as an inherent
//! constant.
//!
//! Bounded: fixed layouts (their size), length-prefixed fields with `max_len` or with a
//! `u8` or `u16` prefix (which can say no more), `Option`s and varints of those, nested
//! types that are bounded, and unions of bounded variants (the largest plus the tag). A
//! type with a field that has no bound (a `varint` or `u32` prefix without `max_len`, or
//! an `other` variant's bytes) still gets the constant, but its value is a `panic!` that
//! names the field: evaluated only where the constant is used, so using it is a compile
//! error that says what to cap, and a type nobody asks about costs nothing.

use super::private;
use crate::attr::ty_kind;
use crate::model::{LenKind, Payload, TagKind, TyKind};
use crate::validate::{CheckedField, CheckedStruct, CheckedUnion, Shape, VarShape};
use proc_macro2::TokenStream;
use quote::quote;

const DOC: &str = "The most bytes a value of this type encodes to: a bound for buffers and \
                   frames. A type with a field that has no cap (a length prefix without \
                   `max_len`) has no bound, and using this constant is a compile error that \
                   names the field.";

/// The constant of a struct, fixed or variable.
pub fn struct_bound(s: &CheckedStruct) -> TokenStream {
    let ty = &s.input.ident;
    let (impl_gen, ty_lt) = match &s.input.lifetime {
        Some(lt) => (quote!(<#lt>), quote!(<#lt>)),
        None => (TokenStream::new(), TokenStream::new()),
    };
    let value = if s.is_variable() {
        var_struct_max(s)
    } else {
        // The inherent constant: what the user's rustdoc shows as the value.
        quote!(Self::SIZE)
    };
    constant(&impl_gen, &quote!(#ty #ty_lt), value)
}

/// The constant of a C-like enum: the width of its repr.
pub fn enum_bound(ty: &syn::Ident, bytes: usize) -> TokenStream {
    constant(&TokenStream::new(), &quote!(#ty), quote!(#bytes))
}

/// The constant of a tagged union: its largest variant plus its tag. Emitted inside the
/// union's expansion, where its `__ID{i}` constants are in scope.
pub fn union_bound(u: &CheckedUnion, impl_gen: &TokenStream, ty_lt: &TokenStream) -> TokenStream {
    let p = private();
    let ty = &u.input.ident;
    let ids = (0..u.variants.len()).map(|i| quote::format_ident!("__ID{}", i));
    let mut steps = Vec::new();
    for (variant, id) in u.variants.iter().zip(ids) {
        let body = match (&variant.payload, variant.other.is_some()) {
            (_, true) => unbounded(&format!(
                "`{ty}` has no maximum encoded length: its `other` variant `{}` keeps bytes of \
                 any length",
                variant.ident
            )),
            (Payload::One(inner), false) => {
                elem_max(inner, &ty.to_string(), &variant.ident.to_string())
            }
            _ => quote!(0usize),
        };
        let tag = match u.tag {
            TagKind::U8 => quote!(1usize),
            TagKind::U16 => quote!(2usize),
            TagKind::Header => quote!(0usize),
            TagKind::Varint if variant.other.is_some() => quote!(10usize),
            TagKind::Varint => quote!(#p::varint_len_const(#id as u64)),
        };
        steps.push(quote!(let __len = #tag + #body; let __max = if __len > __max { __len } else { __max };));
    }
    constant(
        impl_gen,
        &quote!(#ty #ty_lt),
        quote!({ let __max = 0usize; #(#steps)* __max }),
    )
}

fn constant(impl_gen: &TokenStream, ty: &TokenStream, value: TokenStream) -> TokenStream {
    let (p, held) = (private(), super::held_where());
    quote! {
        impl #impl_gen #p::MaxEncodedLen for #ty #held {
            const MAX_ENCODED_LEN: usize = #value;
        }

        impl #impl_gen #ty #held {
            #[doc = #DOC]
            pub const MAX_ENCODED_LEN: usize = #p::max_encoded_len::<Self>();
        }
    }
}

/// A `usize` expression that fails the constant's evaluation with `message`. A call, not
/// a bare `panic!`: its type is `usize`, so the sums around it stay well-typed and
/// reachable.
fn unbounded(message: &str) -> TokenStream {
    let p = private();
    quote!({
        const fn __wire_unbounded() -> usize {
            #p::core::panic!(#message)
        }
        __wire_unbounded()
    })
}

/// The version header, the fixed block and every variable field at its largest.
fn var_struct_max(s: &CheckedStruct) -> TokenStream {
    let block = super::block_size(s);
    // As `message`: the block length (u16), then the variable part's length (u32).
    let header: usize = match (s.version, s.var_fields().next()) {
        (None, _) => 0,
        (Some(_), None) => 2,
        (Some(_), Some(_)) => 6,
    };
    let ty = s.input.ident.to_string();
    let fields = s.var_fields().map(|f| field_max(f, &ty));
    quote!(#header + #block #(+ #fields)*)
}

fn field_max(field: &CheckedField, ty: &str) -> TokenStream {
    let Shape::Var(shape) = &field.shape else {
        return quote!(0usize);
    };
    let explicit = field.field.attrs.max_len.is_some();
    var_max(shape, explicit, ty, &field.field.name())
}

fn var_max(shape: &VarShape, explicit: bool, ty: &str, field: &str) -> TokenStream {
    let cap = |len: LenKind, max: u64| -> Option<u64> {
        (explicit || matches!(len, LenKind::U8 | LenKind::U16)).then_some(max)
    };
    let no_cap = || {
        unbounded(&format!(
            "`{ty}` has no maximum encoded length: field `{field}` has no cap; add \
             #[wire(max_len = N)] (or a \"u8\" or \"u16\" length prefix)"
        ))
    };
    match shape {
        VarShape::Bytes { len, max, .. } | VarShape::Str { len, max, .. } => {
            match cap(*len, *max) {
                Some(max) => {
                    let prefix = prefix_len(*len, max);
                    let max = max as usize;
                    quote!((#prefix + #max))
                }
                None => no_cap(),
            }
        }
        VarShape::List { elem, len, max } => match cap(*len, *max) {
            Some(max) => {
                let prefix = prefix_len(*len, max);
                let each = elem_max(elem, ty, field);
                let max = max as usize;
                quote!((#prefix + #max * #each))
            }
            None => no_cap(),
        },
        VarShape::Opt(inner) => {
            let inner = var_max(inner, explicit, ty, field);
            quote!((1usize + #inner))
        }
        VarShape::Element { ty: elem } => elem_max(elem, ty, field),
        VarShape::Varint { prim, .. } => {
            // LEB128: 7 bits a byte.
            let bytes = (prim.bits() as usize).div_ceil(7);
            quote!(#bytes)
        }
        VarShape::Computed(c) => {
            // Always capped (`max_len`, or the default), and no prefix.
            let max = c.max as usize;
            match (&c.body, c.by_bytes) {
                (crate::lengths::Body::List { elem }, false) => {
                    let each = elem_max(elem, ty, field);
                    quote!((#max * #each))
                }
                _ => quote!(#max),
            }
        }
        VarShape::Cond { inner, .. } => var_max(inner, explicit, ty, field),
    }
}

/// Bytes of a length prefix that says at most `max`.
fn prefix_len(len: LenKind, max: u64) -> TokenStream {
    let p = private();
    match len {
        LenKind::U8 => quote!(1usize),
        LenKind::U16 => quote!(2usize),
        LenKind::U32 => quote!(4usize),
        LenKind::Varint => quote!(#p::varint_len_const(#max)),
    }
}

/// The largest encoding of one element or nested value of type `ty`: a primitive's or
/// an array's width, a nested type's own bound.
fn elem_max(ty: &syn::Type, owner: &str, field: &str) -> TokenStream {
    let p = private();
    match (ty, ty_kind(ty)) {
        (_, TyKind::Prim(prim)) => {
            let bytes = prim.bytes();
            quote!(#bytes)
        }
        (syn::Type::Array(array), TyKind::Array { .. }) => {
            let len = &array.len;
            let each = elem_max(&array.elem, owner, field);
            quote!(((#len) as usize * #each))
        }
        (_, TyKind::Str { .. } | TyKind::Bytes { .. } | TyKind::List(_) | TyKind::Opt(_)) => {
            unbounded(&format!(
                "`{owner}` has no maximum encoded length: the elements of `{field}` have no cap"
            ))
        }
        _ => quote!(#p::max_encoded_len::<#ty>()),
    }
}
