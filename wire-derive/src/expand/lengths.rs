//! Code for the fields whose length or presence comes from earlier fields: `count`,
//! `byte_len` (no prefix on the wire) and `if` (no presence byte). Readers evaluate the
//! expression over the fields read so far, in checked `i128` arithmetic, and check the
//! length against its cap and the input left before they read or allocate; `encode`
//! computes each length from the value and writes it back to its target field (or
//! checks that the expression gives it), and checks each condition, before it writes
//! anything.

use super::message::{read_var, var_len, write_var, Walk};
use super::{offset_expr, order, private, read_field};
use crate::lengths::{Body, Computed};
use crate::validate::{CheckedField, CheckedStruct, Shape, VarShape};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

fn shape_of<'s>(field: &'s CheckedField) -> Option<&'s VarShape> {
    match &field.shape {
        Shape::Var(shape) => Some(shape),
        _ => None,
    }
}

fn computed_fields<'s>(
    s: &'s CheckedStruct,
) -> impl Iterator<Item = (&'s CheckedField<'s>, &'s Computed)> {
    s.fields.iter().filter_map(|f| match shape_of(f)? {
        VarShape::Computed(c) => Some((f, &**c)),
        _ => None,
    })
}

/// Whether a later length or condition reads field `index` (a varint is then kept in a
/// local by the walks that would discard it).
pub fn is_read(s: &CheckedStruct, index: usize) -> bool {
    s.fields.iter().any(|f| match shape_of(f) {
        Some(VarShape::Computed(c)) => c.expr.fields().contains(&index),
        Some(VarShape::Cond { expr, .. }) => expr.fields().contains(&index),
        _ => false,
    })
}

/// The local that holds the length written back to a target field.
fn target_local(field: &CheckedField) -> syn::Ident {
    format_ident!("__wire_target_{}", field.field.ident)
}

/// The value `encode` writes into a fixed field: a length's target takes the length it
/// solved for, every other field its own value.
pub fn block_value(s: &CheckedStruct, field: &CheckedField) -> TokenStream {
    let index = s.fields.iter().position(|f| std::ptr::eq(f, field));
    let is_target = computed_fields(s).any(|(_, c)| c.target.is_some() && c.target == index);
    if is_target {
        let local = target_local(field);
        quote!(#local)
    } else {
        let ident = &field.field.ident;
        quote!(self.#ident)
    }
}

/// The code of field `i`'s value while reading: a fixed field from the block, a varint
/// from the local its walk keeps it in.
fn read_value(s: &CheckedStruct, i: usize) -> TokenStream {
    let f = &s.fields[i];
    if f.shape.is_var() {
        let ident = &f.field.ident;
        quote!(#ident)
    } else {
        read_field(s, f, &quote!(__raw))
    }
}

/// What the walk that only measures needs of an unversioned block: the block itself,
/// when a length or condition reads one of its fields.
pub fn skip_block(s: &CheckedStruct) -> TokenStream {
    let reads_block = s
        .fields
        .iter()
        .enumerate()
        .any(|(i, f)| !f.shape.is_var() && is_read(s, i));
    if !reads_block {
        return TokenStream::new();
    }
    let (p, raw) = (private(), super::block_ty(s));
    quote! {
        let (__raw, _) = <#raw as #p::zerocopy::FromBytes>::ref_from_prefix(bytes).ok()?;
    }
}

/// Reading a `count`, `byte_len` or `if` field in the walk `walk`; `None` for the other
/// fields.
pub fn read(
    s: &CheckedStruct,
    f: &CheckedField,
    lt: &syn::Lifetime,
    walk: Walk,
) -> Option<TokenStream> {
    let p = private();
    let name = f.field.name();
    let order = order(f.endian);
    let value = |i: usize| read_value(s, i);
    let fail = match walk {
        Walk::View | Walk::Decode | Walk::Check => quote!(?),
        Walk::Validated | Walk::Skip => quote!(.ok()?),
    };
    match shape_of(f)? {
        VarShape::Computed(c) => {
            let eval = c.expr.eval(&value);
            let (max, body) = (c.max, read_body(c, &name, &order, lt, walk));
            let unit = match (&c.body, c.by_bytes) {
                (Body::List { elem }, false) => quote!(<#elem as #p::DecodeElement<#lt>>::MIN_LEN),
                _ => quote!(1usize),
            };
            Some(quote! {{
                let __len = #p::computed_len(#eval, #max, #unit, bytes, pos, #name)#fail;
                #body
            }})
        }
        VarShape::Cond { expr, inner } => {
            let eval = expr.eval(&value);
            let inner = read_var(inner, &name, &order, lt, walk);
            Some(quote! {
                if #p::condition_holds(#eval, #name, pos)#fail {
                    #p::Option::Some(#inner)
                } else {
                    #p::Option::None
                }
            })
        }
        _ => None,
    }
}

/// Reading the `__len` bytes or elements of a computed field at `pos`.
fn read_body(
    c: &Computed,
    name: &str,
    order: &TokenStream,
    lt: &syn::Lifetime,
    walk: Walk,
) -> TokenStream {
    let p = private();
    let take = quote!(#p::take_exact(bytes, &mut pos, __len));
    match (&c.body, walk) {
        (Body::Bytes { borrowed: false }, Walk::Decode) => quote!(#p::owned_bytes(#take)),
        (Body::Bytes { .. }, _) | (Body::Str { .. }, Walk::Skip) => take,
        (Body::Str { borrowed }, _) => {
            let fail = if matches!(walk, Walk::Validated) {
                quote!(.ok()?)
            } else {
                quote!(?)
            };
            let read = quote!(#p::take_str(bytes, &mut pos, __len, #name)#fail);
            match (borrowed, walk) {
                (false, Walk::Decode) => quote!(#p::owned_string(#read)),
                _ => read,
            }
        }
        (Body::List { elem }, walk) => read_list(elem, c.by_bytes, name, order, lt, walk),
    }
}

fn read_list(
    elem: &syn::Type,
    by_bytes: bool,
    name: &str,
    order: &TokenStream,
    lt: &syn::Lifetime,
    walk: Walk,
) -> TokenStream {
    let p = private();
    let elem_trait = quote!(<#elem as #p::DecodeElement<#lt>>);
    match (by_bytes, walk) {
        (false, Walk::View) => {
            quote!(#p::counted_list::<#elem, #order>(bytes, &mut pos, __len, #name, __depth)?)
        }
        (false, Walk::Decode) => {
            quote!(#elem_trait::decode_list::<#order>(bytes, &mut pos, __len, #name, __depth)?)
        }
        (false, Walk::Check) => {
            quote!(#elem_trait::check_list::<#order>(bytes, &mut pos, __len, #name, __depth)?)
        }
        (false, _) => quote!(#p::validated_counted_list::<#elem, #order>(bytes, &mut pos, __len)?),
        (true, Walk::View) => {
            quote!(#p::sized_list::<#elem, #order>(bytes, &mut pos, __len, #name, __depth)?)
        }
        (true, Walk::Decode) => {
            quote!(#p::decode_sized_list::<#elem, #order>(bytes, &mut pos, __len, #name, __depth)?)
        }
        (true, Walk::Check) => {
            quote!(#p::check_sized_list::<#elem, #order>(bytes, &mut pos, __len, #name, __depth)?)
        }
        (true, _) => quote!(#p::validated_sized_list::<#elem, #order>(bytes, &mut pos, __len)?),
    }
}

/// The type a view keeps for a computed field.
pub fn view_ty(c: &Computed, lt: &syn::Lifetime, order: &TokenStream) -> TokenStream {
    let p = private();
    match &c.body {
        Body::Bytes { .. } => quote!(&#lt [u8]),
        Body::Str { .. } => quote!(&#lt str),
        Body::List { elem } => quote!(#p::List<#lt, #elem, #order>),
    }
}

/// The length a computed field's value has on the wire (`value` is a place).
fn body_len(c: &Computed, value: &TokenStream) -> TokenStream {
    let p = private();
    match &c.body {
        Body::Bytes { .. } | Body::Str { .. } => {
            quote!(#p::core::convert::AsRef::<[u8]>::as_ref(&#value).len())
        }
        Body::List { elem } => {
            quote!(#p::list_body_len(#p::core::convert::AsRef::<[#elem]>::as_ref(&#value)))
        }
    }
}

/// The length an expression says: elements for `count` on a list, else bytes.
fn measured_len(c: &Computed, value: &TokenStream) -> TokenStream {
    let p = private();
    match (&c.body, c.by_bytes) {
        (Body::List { elem }, false) => {
            quote!(#p::core::convert::AsRef::<[#elem]>::as_ref(&#value).len())
        }
        _ => body_len(c, value),
    }
}

/// The encoded length of a computed or conditional value; `None` for other shapes.
pub fn encoded_len(shape: &VarShape, value: &TokenStream) -> Option<TokenStream> {
    let p = private();
    match shape {
        VarShape::Computed(c) => Some(body_len(c, value)),
        VarShape::Cond { inner, .. } => {
            let inner = var_len(inner, &quote!((*value)));
            Some(quote!(match &#value { #p::Option::Some(value) => #inner, #p::Option::None => 0 }))
        }
        _ => None,
    }
}

/// Writes a computed or conditional value at `pos` (checked beforehand by [`prelude`]);
/// `None` for other shapes.
pub fn write(
    shape: &VarShape,
    value: &TokenStream,
    name: &str,
    order: &TokenStream,
) -> Option<TokenStream> {
    let p = private();
    match shape {
        VarShape::Computed(c) => Some(match &c.body {
            Body::Bytes { .. } | Body::Str { .. } => quote! {{
                let data = #p::core::convert::AsRef::<[u8]>::as_ref(&#value);
                #p::reserve(out, &mut pos, data.len())?.copy_from_slice(data);
            }},
            Body::List { elem } => quote! {
                for item in #p::core::convert::AsRef::<[#elem]>::as_ref(&#value) {
                    #p::write_element::<#elem, #order>(out, &mut pos, item)?;
                }
            },
        }),
        VarShape::Cond { inner, .. } => {
            let inner = write_var(inner, &quote!((*value)), name, order);
            Some(quote! {
                if let #p::Option::Some(value) = &#value {
                    #inner
                }
            })
        }
        _ => None,
    }
}

/// What `encode` does before it writes: each length checked against its cap and
/// written back to its target (or checked against its expression), each condition
/// checked against the presence of its value.
pub fn prelude(s: &CheckedStruct) -> TokenStream {
    let p = private();
    let mut out = TokenStream::new();
    let mut solved: Vec<usize> = Vec::new();
    for (f, c) in computed_fields(s) {
        let (ident, name, max) = (&f.field.ident, f.field.name(), c.max);
        let len = measured_len(c, &quote!(self.#ident));
        let value = |i: usize| encode_value(s, &solved, i);
        let check = match c.target {
            Some(target) => {
                let want = quote!(#p::Option::Some(__len as i128));
                let solution = c.expr.solve(target, want, &value);
                let goal = &s.fields[target];
                let (local, ty, info) = (target_local(goal), &goal.field.ty, target_info(s, goal));
                quote!(let #local: #ty = #p::length_target::<#ty>(#solution, __len, #name, #info)?;)
            }
            None => {
                let eval = c.expr.eval(&value);
                quote!(#p::check_length_matches(#eval, __len, #name)?;)
            }
        };
        solved.extend(c.target);
        out.extend(quote! {
            let __len: usize = #len;
            #p::check_computed_len(__len, #max, #name)?;
            #check
        });
    }
    for f in &s.fields {
        if let Some(VarShape::Cond { expr, .. }) = shape_of(f) {
            let (ident, name) = (&f.field.ident, f.field.name());
            let eval = expr.eval(&|i| encode_value(s, &solved, i));
            out.extend(quote! {
                #p::check_condition(#eval, #p::Option::is_some(&self.#ident), #name)?;
            });
        }
    }
    out
}

/// Field `i`'s value while encoding: the length solved for it, or its own.
fn encode_value(s: &CheckedStruct, solved: &[usize], i: usize) -> TokenStream {
    let f = &s.fields[i];
    if solved.contains(&i) {
        let local = target_local(f);
        quote!(#local)
    } else {
        let ident = &f.field.ident;
        quote!(self.#ident)
    }
}

/// The target's name, offset and wire integer, for `ValueOutOfRange`.
fn target_info(s: &CheckedStruct, goal: &CheckedField) -> TokenStream {
    let p = private();
    let name = goal.field.name();
    let offset = offset_expr(s, goal);
    let (prim, bits) = match goal.shape {
        Shape::Bit { prim, width, .. } => (prim, width),
        Shape::OddBytes { prim, bytes } => (prim, bytes as u32 * 8),
        _ => match goal.field.kind {
            crate::model::TyKind::Prim(prim) => (prim, prim.bits()),
            _ => return TokenStream::new(),
        },
    };
    let (bits, signed) = (bits as u8, prim.is_signed());
    quote! {
        #p::LengthTarget { field: #name, offset: #offset, bits: #bits, signed: #signed }
    }
}

/// The schema's `condition` of a field.
pub fn schema_condition(f: &CheckedField) -> TokenStream {
    let p = private();
    match shape_of(f) {
        Some(VarShape::Cond { expr, .. }) => {
            let expr = expr.schema();
            quote!(#p::Some(&#expr))
        }
        _ => quote!(#p::None),
    }
}

/// The schema's type of a computed field: its prefix is the expression.
pub fn schema_type(c: &Computed) -> TokenStream {
    let p = private();
    let expr = c.expr.schema();
    let max = c.max;
    let prefix = if c.by_bytes {
        quote!(#p::schema::LenPrefix::ByteLen(&#expr))
    } else {
        quote!(#p::schema::LenPrefix::Count(&#expr))
    };
    match &c.body {
        Body::Bytes { .. } => quote!(#p::schema::Type::Bytes { prefix: #prefix, max_len: #max }),
        Body::Str { .. } => quote!(#p::schema::Type::Str { prefix: #prefix, max_len: #max }),
        Body::List { elem } => {
            let elem = super::schema::type_of(elem);
            quote!(#p::schema::Type::List { elem: &#elem, prefix: #prefix, max_len: #max })
        }
    }
}

/// How the documentation describes a computed field.
pub fn describe(c: &Computed) -> String {
    let what = match &c.body {
        Body::Bytes { .. } => "bytes",
        Body::Str { .. } => "UTF-8",
        Body::List { .. } => "a list",
    };
    let unit = match (&c.body, c.by_bytes) {
        (Body::List { .. }, false) => "elements",
        _ => "bytes",
    };
    format!(
        "{what} without a prefix: `{}` {unit}, at most {}",
        c.text, c.max
    )
}
