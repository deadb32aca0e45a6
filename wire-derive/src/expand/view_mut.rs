//! The mutable view: `TViewMut<'a>` over a `&'a mut` raw struct, with one setter per
//! field, for writing a message in place.

use super::{
    offset_expr, order, prim_ty, private, range_check, to_bits, write_may_fail, write_run, Names,
};
use crate::model::Prim;
use crate::validate::{CheckedField, CheckedStruct, Shape};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn view_mut_struct(s: &CheckedStruct, names: &Names) -> TokenStream {
    let vis = &s.input.vis;
    let (ty, raw, view_mut) = (&names.ty, &names.raw, &names.view_mut);
    let doc = format!(
        "A mutable view of a buffer holding one [`{ty}`], made by [`{ty}::view_mut`]: each \
         setter writes its field in place."
    );
    quote! {
        #[doc = #doc]
        #vis struct #view_mut<'a> {
            raw: &'a mut #raw,
        }
    }
}

pub fn view_mut_impls(s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let (ty, raw, view_mut) = (&names.ty, &names.raw, &names.view_mut);
    let setters = s
        .fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| setter(s, i, f, names));
    let doc = format!(
        "A mutable view of `bytes`, which must be exactly [`{ty}::SIZE`] bytes long, for \
         writing fields in place (usually into a zeroed buffer). It checks the length only, \
         not the contents, and writes the constant of each `magic` field.\n\n# Errors\n\n\
         `Truncated` or `TrailingBytes` when the length differs."
    );
    let name = view_mut.to_string();
    quote! {
        impl #ty {
            #[doc = #doc]
            #[inline]
            pub fn view_mut(bytes: &mut [u8]) -> #p::Result<#view_mut<'_>, #p::DecodeError> {
                let len = bytes.len();
                match <#raw as #p::zerocopy::FromBytes>::mut_from_bytes(bytes) {
                    #p::Ok(raw) => {
                        <#ty as #p::FixedWire>::init::<#p::BigEndian>(raw);
                        #p::Ok(#view_mut { raw })
                    }
                    #p::Err(_) => #p::Err(#p::length_error(#raw::FIELDS, Self::SIZE, len)),
                }
            }
        }

        impl<'a> #view_mut<'a> {
            #(#setters)*

            /// The bytes of the buffer, as written so far.
            #[inline]
            pub fn as_bytes(&self) -> &[u8] {
                #p::zerocopy::IntoBytes::as_bytes(&*self.raw)
            }
        }

        impl #p::core::fmt::Debug for #view_mut<'_> {
            fn fmt(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                f.debug_struct(#name).field("bytes", &self.as_bytes()).finish()
            }
        }
    }
}

fn setter(
    s: &CheckedStruct,
    index: usize,
    field: &CheckedField,
    names: &Names,
) -> Option<TokenStream> {
    // A magic field holds its constant, written when the view is made.
    if field.magic.is_some() {
        return None;
    }
    let p = private();
    let ident = &field.field.ident;
    let fty = &field.field.ty;
    let name = format_ident!("set_{}", ident);
    let raw = quote!(self.raw);
    let value = quote!(value);
    let offset = offset_expr(field, names);
    let fallible = write_may_fail(field);
    let doc = format!(
        "Writes {}{}",
        super::describe(s, index),
        if fallible && !matches!(field.shape, Shape::Plain) {
            "\n\n# Errors\n\n`ValueOutOfRange` when the value does not fit the field's width; \
             nothing is written then."
        } else {
            ""
        }
    );
    let (ret, body) = match field.shape {
        Shape::Var(_) => return None,
        Shape::Decimal { .. } => {
            let store = super::raw::store_decimal(field, &value, &offset, &raw);
            (result_or_unit(true), finish(true, store))
        }
        Shape::Plain => {
            let order = order(field.endian);
            let ret = if field.field.kind.always_fits() {
                quote!(())
            } else {
                quote!(<#fty as #p::FixedWire>::SetResult)
            };
            (
                ret,
                quote!(<#fty as #p::FixedWire>::write::<#order>(&value, &mut self.raw.#ident, #offset)),
            )
        }
        Shape::OddBytes { prim, bytes } => {
            let check = range_check(field, &value, &offset);
            let store = super::raw::store_odd(field, prim, bytes, &value, &raw);
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
            // Read-modify-write of the run: the other fields in it keep their bits.
            let r = &s.layout.runs[run];
            let container = Prim::container_for(r.bytes);
            let c = prim_ty(container);
            let check = range_check(field, &value, &offset);
            let mask = super::mask(width);
            let bits = to_bits(prim, container, &value);
            let read = super::read_run(s, run, &raw);
            let write = write_run(s, run, &raw, &quote!(__run));
            let body = quote! {
                #check
                let mut __run: #c = #read;
                __run = (__run & !((#mask as #c) << #shift)) | ((#bits & #mask) << #shift);
                #write
            };
            (result_or_unit(fallible), finish(fallible, body))
        }
    };
    Some(quote! {
        #[doc = #doc]
        #[inline]
        pub fn #name(&mut self, value: #fty) -> #ret {
            #body
        }
    })
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
