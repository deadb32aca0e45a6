//! The setters of a view whose storage is `AsMut<[u8]>` (`TViewMut<'a>` is
//! `TView<&'a mut [u8]>`): one per field, each writing its field in place.

use super::{
    block_ty, offset_expr, order, prim_ty, private, range_check, to_bits, write_may_fail,
    write_run, Names,
};
use crate::model::Prim;
use crate::validate::{CheckedField, CheckedStruct, Shape};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn view_mut_impls(s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let (ty, view) = (&names.ty, &names.view);
    let block = block_ty(s);
    let setters = s.fields.iter().filter_map(|f| setter(s, f));
    let doc = format!(
        "Writes the constant of every `magic` field of [`{ty}`] and of the types nested in \
         it (if any), which making a mutable view does not: call it once on a fresh buffer."
    );
    let constants = quote! {
        #[doc = #doc]
        #[inline]
        pub fn write_constants(&mut self) {
            <#ty as #p::FixedWire>::init::<#p::BigEndian>(self.__block_mut());
        }
    };
    let held = super::held_where();
    quote! {
        impl<B: #p::core::convert::AsRef<[u8]> + #p::core::convert::AsMut<[u8]>> #view<B> #held {
            #[inline]
            fn __block_mut(&mut self) -> &mut #block {
                #p::block_mut(self.buf.as_mut())
            }

            #(#setters)*
            #constants
        }
    }
}

/// `set_{field}`: writes one field in place; `None` for a magic or variable field.
fn setter(s: &CheckedStruct, field: &CheckedField) -> Option<TokenStream> {
    // A magic field holds its constant, written by `write_constants`.
    if field.magic.is_some() || matches!(field.shape, Shape::Var(_)) {
        return None;
    }
    let ident = &field.field.ident;
    let fty = &field.field.ty;
    let name = format_ident!("set_{}", ident);
    let doc = setter_doc(s, field);
    let (ret, body) = setter_body(s, field);
    Some(quote! {
        #[doc = #doc]
        #[inline]
        pub fn #name(&mut self, value: #fty) -> #ret {
            #body
        }
    })
}

/// The setter's rustdoc: what it writes and, when it can fail, why.
fn setter_doc(s: &CheckedStruct, field: &CheckedField) -> String {
    let ty = &s.input.ident;
    format!(
        "Writes [`{ty}::{}`] in place.{}",
        field.field.name(),
        if write_may_fail(field) && !matches!(field.shape, Shape::Plain) {
            "\n\n# Errors\n\n`ValueOutOfRange` when the value does not fit the field's width; \
             nothing is written then."
        } else {
            ""
        }
    )
}

/// The element type of a (nested) array type, or the type itself.
fn innermost_elem(ty: &syn::Type) -> &syn::Type {
    match ty {
        syn::Type::Array(array) => innermost_elem(&array.elem),
        syn::Type::Paren(inner) => innermost_elem(&inner.elem),
        syn::Type::Group(inner) => innermost_elem(&inner.elem),
        ty => ty,
    }
}

/// The setter's return type and body, by the field's shape on the wire.
fn setter_body(s: &CheckedStruct, field: &CheckedField) -> (TokenStream, TokenStream) {
    let p = private();
    let fty = &field.field.ty;
    let raw = quote!(self.__block_mut());
    let value = quote!(value);
    let offset = offset_expr(s, field);
    let fallible = write_may_fail(field);
    match field.shape {
        Shape::Var(_) => unreachable!("variable fields have no setter"),
        Shape::Decimal { .. } => {
            let store = super::block::store_decimal(s, field, &value, &offset, &raw);
            (result_or_unit(true), finish(true, store))
        }
        Shape::Plain => {
            let order = order(field.endian);
            let ret = if field.field.kind.always_fits() {
                quote!(())
            } else {
                // Named through the public trait, which the user's rustdoc then shows: an
                // array's setter returns what its element's does.
                let elem = innermost_elem(fty);
                quote!(<#elem as #p::FixedField>::SetResult)
            };
            (
                ret,
                quote!(#p::write_at::<#fty, #order>(&value, self.__block_mut(), #offset, 0)),
            )
        }
        Shape::OddBytes { prim, bytes } => {
            let check = range_check(field, &value, &offset);
            let store = super::block::store_odd(s, field, prim, bytes, &value, &raw);
            (
                result_or_unit(fallible),
                finish(fallible, quote!(#check #store)),
            )
        }
        Shape::Bit {
            prim,
            run,
            shift,
            width,
        } => {
            let body = store_bits(s, field, prim, run, shift, width);
            (result_or_unit(fallible), finish(fallible, body))
        }
    }
}

/// Writes a bit field: a read-modify-write of its run, so the other fields in it keep
/// their bits.
fn store_bits(
    s: &CheckedStruct,
    field: &CheckedField,
    prim: Prim,
    run: usize,
    shift: u32,
    width: u32,
) -> TokenStream {
    let raw = quote!(self.__block_mut());
    let value = quote!(value);
    let offset = offset_expr(s, field);
    let r = &s.layout.runs[run];
    let container = Prim::container_for(r.bytes);
    let c = prim_ty(container);
    let check = range_check(field, &value, &offset);
    let mask = super::mask(width);
    let bits = to_bits(prim, container, &value);
    let read = super::read_run(s, run, &raw);
    let write = write_run(s, run, &raw, &quote!(__run));
    quote! {
        #check
        let mut __run: #c = #read;
        __run = (__run & !((#mask as #c) << #shift)) | ((#bits & #mask) << #shift);
        #write
    }
}

fn result_or_unit(fallible: bool) -> TokenStream {
    let p = private();
    if fallible {
        quote!(#p::Result<(), #p::EncodeError>)
    } else {
        quote!(())
    }
}

fn finish(fallible: bool, body: TokenStream) -> TokenStream {
    let p = private();
    if fallible {
        quote!(#body #p::Ok(()))
    } else {
        body
    }
}
