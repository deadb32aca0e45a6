//! The read-only view: `TView<'a>` over a `&'a` raw struct, with one accessor per field.

use super::{describe, private, read_field, Names};
use crate::validate::CheckedStruct;
use proc_macro2::TokenStream;
use quote::quote;

pub fn view_struct(s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let vis = &s.input.vis;
    let (ty, raw, view) = (&names.ty, &names.raw, &names.view);
    let doc = format!(
        "A zero-copy view of an encoded [`{ty}`], made by [`{ty}::view`] or \
         [`{ty}::view_prefix`].\n\nThe bytes were checked once when the view was made, so \
         every accessor reads its field in place and cannot fail."
    );
    quote! {
        #[doc = #doc]
        #[derive(#p::core::clone::Clone, #p::core::marker::Copy)]
        #vis struct #view<'a> {
            raw: &'a #raw,
        }
    }
}

pub fn view_impls(s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let (ty, raw, view) = (&names.ty, &names.raw, &names.view);
    let raw_self = quote!(self.raw);
    let accessors = s.fields.iter().enumerate().map(|(i, f)| {
        let ident = &f.field.ident;
        let fty = &f.field.ty;
        let read = read_field(s, f, &raw_self);
        let doc = describe(s, i);
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #ident(&self) -> #fty {
                #read
            }
        }
    });
    let view_doc =
        format!(
        "Checks that `bytes` is exactly one encoding of [`{ty}`] ({} bytes, see [`{ty}::SIZE`]) \
         and returns a view that reads its fields in place.\n\n# Errors\n\n`Truncated` or \
         `TrailingBytes` when the length differs; `InvalidDiscriminant`, `InvalidBool` or \
         `InvalidMagic` for a field that holds no valid value.",
        s.layout.size.exact().map_or("a fixed number of".to_string(), |n| n.to_string())
    );
    let prefix_doc = format!(
        "Like [`{ty}::view`], on the front of a longer buffer: returns the view and the bytes \
         after it."
    );
    let to_value_doc = format!("Reads every field into an owned [`{ty}`].");
    let view_name = view.to_string();
    quote! {
        impl #ty {
            #[doc = #view_doc]
            #[inline]
            pub fn view(bytes: &[u8]) -> #p::Result<#view<'_>, #p::DecodeError> {
                match <#raw as #p::zerocopy::FromBytes>::ref_from_bytes(bytes) {
                    #p::Ok(raw) => {
                        <#ty as #p::FixedWire>::validate::<#p::BigEndian>(raw, "", 0)?;
                        #p::Ok(#view { raw })
                    }
                    #p::Err(_) => #p::Err(#p::length_error(#raw::FIELDS, Self::SIZE, bytes.len())),
                }
            }

            #[doc = #prefix_doc]
            #[inline]
            pub fn view_prefix(bytes: &[u8]) -> #p::Result<(#view<'_>, &[u8]), #p::DecodeError> {
                match <#raw as #p::zerocopy::FromBytes>::ref_from_prefix(bytes) {
                    #p::Ok((raw, rest)) => {
                        <#ty as #p::FixedWire>::validate::<#p::BigEndian>(raw, "", 0)?;
                        #p::Ok((#view { raw }, rest))
                    }
                    #p::Err(_) => #p::Err(#p::length_error(#raw::FIELDS, Self::SIZE, bytes.len())),
                }
            }
        }

        impl<'a> #view<'a> {
            #(#accessors)*

            /// The bytes of the encoding.
            #[inline]
            pub fn as_bytes(&self) -> &'a [u8] {
                #p::zerocopy::IntoBytes::as_bytes(self.raw)
            }

            #[doc = #to_value_doc]
            #[inline]
            pub fn to_value(&self) -> #ty {
                <#ty as #p::FixedWire>::read::<#p::BigEndian>(self.raw)
            }
        }

        impl #p::core::fmt::Debug for #view<'_> {
            fn fmt(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                f.debug_struct(#view_name).field("bytes", &self.as_bytes()).finish()
            }
        }
    }
}

/// A fixed-layout struct as an element of a list or the value of an `Option`: its view
/// is its zero-copy view.
pub fn element_impls(_s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let (ty, raw, view) = (&names.ty, &names.raw, &names.view);
    quote! {
        impl #p::EncodeElement for #ty {
            #[inline]
            fn elem_len(&self) -> usize {
                Self::SIZE
            }

            #[inline]
            fn elem_write<__O: #p::ByteOrder>(&self, out: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                #p::fixed_elem_write::<Self, __O>(self, out)
            }
        }

        impl<'a> #p::DecodeElement<'a> for #ty {
            type View = #view<'a>;
            const MIN_LEN: usize = Self::SIZE;

            #[inline]
            fn elem_view<__O: #p::ByteOrder>(
                bytes: &'a [u8],
                field: &'static str,
                offset: usize,
                _: #p::Depth,
            ) -> #p::Result<(#view<'a>, usize), #p::DecodeError> {
                match <#raw as #p::zerocopy::FromBytes>::ref_from_prefix(bytes) {
                    #p::Ok((raw, _)) => {
                        <#ty as #p::FixedWire>::validate::<#p::BigEndian>(raw, field, offset)?;
                        #p::Ok((#view { raw }, Self::SIZE))
                    }
                    #p::Err(_) => #p::Err(
                        #p::length_error(#raw::FIELDS, Self::SIZE, bytes.len()).offset_by(offset),
                    ),
                }
            }

            #[inline]
            fn elem_view_validated<__O: #p::ByteOrder>(
                bytes: &'a [u8],
            ) -> #p::Option<(#view<'a>, usize)> {
                match <#raw as #p::zerocopy::FromBytes>::ref_from_prefix(bytes) {
                    #p::Ok((raw, _)) => #p::Some((#view { raw }, Self::SIZE)),
                    #p::Err(_) => #p::None,
                }
            }

            type Stored<__O: #p::ByteOrder> = #view<'a>;

            #[inline]
            fn elem_store<__O: #p::ByteOrder>(
                bytes: &'a [u8],
                field: &'static str,
                offset: usize,
                depth: #p::Depth,
            ) -> #p::Result<(#view<'a>, usize), #p::DecodeError> {
                Self::elem_view::<__O>(bytes, field, offset, depth)
            }

            #[inline]
            fn elem_store_validated<__O: #p::ByteOrder>(
                bytes: &'a [u8],
            ) -> #p::Option<(#view<'a>, usize)> {
                Self::elem_view_validated::<__O>(bytes)
            }

            #[inline]
            fn stored_view<__O: #p::ByteOrder>(stored: #view<'a>) -> #view<'a> {
                stored
            }

            #[inline]
            fn elem_check<__O: #p::ByteOrder>(
                bytes: &'a [u8],
                field: &'static str,
                offset: usize,
                depth: #p::Depth,
            ) -> #p::Result<usize, #p::DecodeError> {
                Self::elem_view::<__O>(bytes, field, offset, depth).map(|(_, len)| len)
            }

            #[inline]
            fn elem_len_validated<__O: #p::ByteOrder>(bytes: &'a [u8]) -> #p::Option<usize> {
                #p::fixed_elem_len_validated::<Self, __O>(bytes)
            }

            #[inline]
            fn list_len_validated<__O: #p::ByteOrder>(
                bytes: &'a [u8],
                count: usize,
            ) -> #p::Option<usize> {
                #p::fixed_list_len_validated::<Self, __O>(bytes, count)
            }

            #[inline]
            fn elem_decode<__O: #p::ByteOrder>(
                bytes: &'a [u8],
                field: &'static str,
                offset: usize,
                depth: #p::Depth,
            ) -> #p::Result<(Self, usize), #p::DecodeError> {
                // Through the view, so a short input gets the same error (the first field
                // cut) whether it is viewed or decoded.
                let (view, len) = Self::elem_view::<__O>(bytes, field, offset, depth)?;
                #p::Ok((view.to_value(), len))
            }

            #[inline]
            fn check_list<__O: #p::ByteOrder>(
                bytes: &'a [u8],
                pos: &mut usize,
                count: usize,
                field: &'static str,
                _: #p::Depth,
            ) -> #p::Result<(), #p::DecodeError> {
                #p::fixed_check_list::<Self, __O>(bytes, pos, count, field)
            }

            // Only with `wire`'s `alloc` feature (a `cfg` here would test the user's crate).
            #p::__alloc_only! {
                #[inline]
                fn decode_list<__O: #p::ByteOrder>(
                    bytes: &'a [u8],
                    pos: &mut usize,
                    count: usize,
                    field: &'static str,
                    _: #p::Depth,
                ) -> #p::Result<#p::Vec<Self>, #p::DecodeError> {
                    #p::fixed_decode_list::<Self, __O>(bytes, pos, count, field)
                }
            }
        }
    }
}
