//! C-like enums: `FixedWire` through the repr integer, and, when the byte order is
//! known (a one-byte repr, or `endian` on the enum), `Encode`, `Decode` and `SIZE` of
//! their own.
//!
//! An open enum (`#[wire(other)] Unknown(u8)`) reads every value: one that no variant
//! names becomes `Unknown(v)`, and `Unknown(v)` writes `v`, so values added by a newer
//! peer pass through unchanged (prost's open enums, smoltcp's `enum_with_unknown!`).

use super::{order, prim_ty, private};
use crate::model::Variant;
use crate::validate::CheckedEnum;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The variants' wire values as `__V{i}` constants, `FixedWire`, the element traits and,
/// with a known byte order, the standalone impls.
pub fn expand_enum(e: &CheckedEnum) -> TokenStream {
    let p = private();
    let ty = &e.input.ident;
    let repr = prim_ty(e.repr);
    let named: Vec<&Variant> = e.named().collect();
    let consts: Vec<_> = (0..named.len())
        .map(|i| format_ident!("__V{}", i))
        .collect();
    let values: Vec<_> = named.iter().map(|v| value(e, v)).collect();
    let shield = super::lint_shield();
    let fixed_wire = fixed_wire_impl(e, &named, &consts);
    let standalone = standalone(e);
    quote! {
        #shield
        const _: () = {
            #(const #consts: #repr = #values;)*

            #fixed_wire

            #p::__fixed_element!([#p] #ty);

            impl #p::FixedField for #ty {
                type SetResult = ();
            }

            impl<'a> #p::Element<'a> for #ty {
                type View = #ty;
            }

            #standalone
        };
    }
}

/// `FixedWire`: the enum read and written through its repr integer, each named variant
/// as its `__V{i}` constant.
fn fixed_wire_impl(e: &CheckedEnum, named: &[&Variant], consts: &[syn::Ident]) -> TokenStream {
    let p = private();
    let ty = &e.input.ident;
    let repr = prim_ty(e.repr);
    let idents: Vec<_> = named.iter().map(|v| &v.ident).collect();
    let (unknown_read, unknown_write) = unknown_arms(e, &idents);
    let validate = validate_fn(e, consts);
    quote! {
        #[doc(hidden)]
        impl #p::FixedWire for #ty {
            type Raw<__O: #p::ByteOrder> = <#repr as #p::FixedWire>::Raw<__O>;
            type SetResult = ();
            const NEEDS_ENDIAN: bool = <#repr as #p::FixedWire>::NEEDS_ENDIAN;

            #[inline]
            fn read<__O: #p::ByteOrder>(raw: &Self::Raw<__O>) -> Self {
                match <#repr as #p::FixedWire>::read::<__O>(raw) {
                    #(#consts => #ty::#idents,)*
                    #unknown_read
                }
            }

            #[inline]
            fn write<__O: #p::ByteOrder>(&self, raw: &mut Self::Raw<__O>, offset: usize) {
                let value: #repr = match self {
                    #(#ty::#idents => #consts,)*
                    #unknown_write
                };
                <#repr as #p::FixedWire>::write::<__O>(&value, raw, offset)
            }

            #validate
        }
    }
}

/// The last arms of `read` and `write` for a value no variant names: an open enum keeps
/// it and writes it back as it came; a closed one reads its first variant.
fn unknown_arms(e: &CheckedEnum, idents: &[&syn::Ident]) -> (TokenStream, TokenStream) {
    let ty = &e.input.ident;
    match e.other {
        Some(other) => {
            let other = &other.ident;
            (
                quote!(__value => #ty::#other(__value),),
                quote!(#ty::#other(__value) => *__value,),
            )
        }
        // Only validated bytes are read, so this arm is never taken; it keeps the read
        // total without a panic path.
        None => {
            let first = idents[0];
            (quote!(_ => #ty::#first,), TokenStream::new())
        }
    }
}

/// `FixedWire::validate` of a closed enum: a value no variant names is an error. An
/// open enum takes every value (the trait's default).
fn validate_fn(e: &CheckedEnum, consts: &[syn::Ident]) -> TokenStream {
    if e.other.is_some() {
        return TokenStream::new();
    }
    let p = private();
    let repr = prim_ty(e.repr);
    quote! {
        #[inline]
        fn validate<__O: #p::ByteOrder>(
            raw: &Self::Raw<__O>,
            field: &'static str,
            offset: usize,
        ) -> #p::Result<(), #p::DecodeError> {
            match <#repr as #p::FixedWire>::read::<__O>(raw) {
                #(#consts)|* => #p::Ok(()),
                other => #p::Err(#p::invalid_discriminant(field, offset, other as u64)),
            }
        }
    }
}

/// A named variant's wire value, as a constant expression of the repr type.
pub fn value(e: &CheckedEnum, v: &Variant) -> TokenStream {
    let ty = &e.input.ident;
    let ident = &v.ident;
    let repr = prim_ty(e.repr);
    match (e.other, &v.discriminant) {
        // `as` is refused for an enum with a field, as an open one has: then the
        // discriminant as written (validate made sure there is one), in a constant of the
        // repr's type, as rustc checked it. Its style (`(1)`) is linted where the user
        // wrote it, not again here.
        (Some(_), Some(expr)) => quote!({
            #[allow(unused_parens, unused_braces)]
            const __VALUE: #repr = #expr;
            __VALUE
        }),
        _ => quote!(#ty::#ident as #repr),
    }
}

fn standalone(e: &CheckedEnum) -> TokenStream {
    let p = private();
    let ty = &e.input.ident;
    let endian = e.input.attrs.endian.as_ref().map(|x| x.value);
    if e.repr.bytes() > 1 && endian.is_none() {
        // Without a byte order the enum is only a field type: it takes its struct's.
        return TokenStream::new();
    }
    let order = order(endian);
    let size = e.repr.bytes();
    let name = ty.to_string();
    let size_doc = format!("Bytes in the encoding of [`{ty}`].");
    quote! {
        impl #ty {
            #[doc = #size_doc]
            pub const SIZE: usize = #size;
        }

        impl #p::FixedSize for #ty {
            const SIZE: usize = #size;
        }

        impl #p::Encode for #ty {
            #[inline]
            fn encoded_len(&self) -> usize {
                #size
            }

            #[inline]
            fn encode(&self, buf: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                let available = buf.len();
                match <<Self as #p::FixedWire>::Raw<#order> as #p::zerocopy::FromBytes>::mut_from_prefix(buf) {
                    #p::Ok((raw, _)) => {
                        <Self as #p::FixedWire>::write::<#order>(self, raw, 0);
                        #p::Ok(#size)
                    }
                    #p::Err(_) => #p::Err(#p::buffer_too_small(#size, available)),
                }
            }
        }

        impl<'a> #p::Decode<'a> for #ty {
            #[inline]
            fn decode_prefix(bytes: &'a [u8]) -> #p::Result<(Self, &'a [u8]), #p::DecodeError> {
                match <<Self as #p::FixedWire>::Raw<#order> as #p::zerocopy::FromBytes>::ref_from_prefix(bytes) {
                    #p::Ok((raw, rest)) => {
                        <Self as #p::FixedWire>::validate::<#order>(raw, #name, 0)?;
                        #p::Ok((<Self as #p::FixedWire>::read::<#order>(raw), rest))
                    }
                    #p::Err(_) => #p::Err(#p::length_error(
                        &[#p::FieldSpan { name: #name, start: 0, end: #size }],
                        #size,
                        bytes.len(),
                    )),
                }
            }
        }
    }
}
