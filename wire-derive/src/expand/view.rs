//! The view: `TView<B>`, a thin wrapper over its storage `B` (`&[u8]`, `&mut [u8]`,
//! `Vec<u8>`, `Bytes`…), as smoltcp's packet types are. The constructor checks the length
//! and the contents once; the getters (`B: AsRef<[u8]>`) then read each field at its
//! constant offset in the block and cannot fail.

use super::{block_ty, is_named, private, read_field, Names};
use crate::validate::CheckedStruct;
use proc_macro2::TokenStream;
use quote::quote;

pub fn view_struct(s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let vis = &s.input.vis;
    let (ty, view, view_mut) = (&names.ty, &names.view, &names.view_mut);
    let doc = format!(
        "A zero-copy view of an encoded [`{ty}`] over its storage `B` (`&[u8]`, `&mut [u8]`, \
         `Vec<u8>`, an array…), made by [`{ty}::view`], [`{ty}::view_prefix`], \
         [`{ty}::view_mut`] or [`{view}::new`].\n\nThe bytes were checked once when the view \
         was made, so every getter reads its field in place and cannot fail; with storage \
         that is `AsMut<[u8]>` too, each setter writes its field in place. Each accessor is \
         documented on [`{ty}`]'s field of the same name.\n\n# Panics\n\nAn accessor panics \
         if the storage's `AsRef` returns fewer bytes than when the view was made."
    );
    let mut_doc = format!("A view of a mutable buffer holding one [`{ty}`].");
    quote! {
        #[doc = #doc]
        #[derive(#p::core::clone::Clone, #p::core::marker::Copy)]
        #vis struct #view<B> {
            buf: B,
        }

        #[doc = #mut_doc]
        #vis type #view_mut<'a> = #view<&'a mut [u8]>;
    }
}

/// The view's constructors on the type, its getters and its `Debug`.
pub fn view_impls(s: &CheckedStruct, names: &Names) -> TokenStream {
    let constructors = constructors(names);
    let getters = getters_impl(s, names);
    let debug = debug_impl(s, names);
    quote! {
        #constructors
        #getters
        #debug
    }
}

/// `view`, `view_prefix` and `view_mut` on the type.
fn constructors(names: &Names) -> TokenStream {
    let p = private();
    let (ty, view, view_mut) = (&names.ty, &names.view, &names.view_mut);
    let view_doc = format!(
        "Checks that `bytes` is exactly one encoding of [`{ty}`] ([`{ty}::SIZE`] bytes) and \
         returns a view that reads its fields in place.\n\n# Errors\n\n`Truncated` or \
         `TrailingBytes` when the length differs; `InvalidDiscriminant`, `InvalidBool` or \
         `InvalidMagic` for a field that holds no valid value."
    );
    let prefix_doc = format!(
        "Like [`{ty}::view`], on the front of a longer buffer: returns the view and the bytes \
         after it."
    );
    let view_mut_doc = format!(
        "A view of `bytes`, which must be exactly [`{ty}::SIZE`] bytes long, for writing \
         fields in place (usually into a zeroed buffer). It checks the length only, not the \
         contents, and writes nothing: `write_constants` writes the `magic` fields.\n\n\
         # Errors\n\n`Truncated` or `TrailingBytes` when the length differs."
    );
    let held = super::held_where();
    quote! {
        impl #ty #held {
            #[doc = #view_doc]
            #[inline]
            pub fn view(bytes: &[u8]) -> #p::Result<#view<&[u8]>, #p::DecodeError> {
                #view::new(bytes)
            }

            #[doc = #prefix_doc]
            #[inline]
            pub fn view_prefix(bytes: &[u8]) -> #p::Result<(#view<&[u8]>, &[u8]), #p::DecodeError> {
                #p::check_fixed::<Self>(bytes, true)?;
                let (buf, rest) = bytes.split_at(Self::SIZE);
                #p::Ok((#view { buf }, rest))
            }

            #[doc = #view_mut_doc]
            #[inline]
            pub fn view_mut(bytes: &mut [u8]) -> #p::Result<#view_mut<'_>, #p::DecodeError> {
                #p::check_fixed_len::<Self>(bytes)?;
                #p::Ok(#view { buf: bytes })
            }
        }
    }
}

/// The view's `new`, its getters (one per field, read in place) and its whole-value reads.
fn getters_impl(s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let (ty, view) = (&names.ty, &names.view);
    let block = block_ty(s);
    let this = quote!(self.__block());
    let getters = s.fields.iter().map(|f| {
        let ident = &f.field.ident;
        let fty = &f.field.ty;
        let read = read_field(s, f, &this);
        let doc = format!("Reads [`{ty}::{}`] in place.", f.field.name());
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #ident(&self) -> #fty {
                #read
            }
        }
    });
    let new_doc = format!(
        "A view of `buf`, checked as [`{ty}::view`] checks its bytes: any storage that is \
         `AsRef<[u8]>` (`Vec<u8>`, `[u8; N]`, `Bytes`…).\n\n# Errors\n\nAs [`{ty}::view`]."
    );
    let to_value_doc = format!("Reads every field into an owned [`{ty}`].");
    let held = super::held_where();
    quote! {
        impl<B: #p::core::convert::AsRef<[u8]>> #view<B> #held {
            #[doc = #new_doc]
            #[inline]
            pub fn new(buf: B) -> #p::Result<Self, #p::DecodeError> {
                #p::check_fixed::<#ty>(buf.as_ref(), false)?;
                #p::Ok(#view { buf })
            }

            #[inline]
            fn __block(&self) -> &#block {
                #p::block(self.buf.as_ref())
            }

            #(#getters)*

            /// The bytes of the encoding.
            #[inline]
            pub fn as_bytes(&self) -> &[u8] {
                self.__block()
            }

            /// The storage.
            #[inline]
            pub fn into_inner(self) -> B {
                self.buf
            }

            #[doc = #to_value_doc]
            #[inline]
            pub fn to_value(&self) -> #ty {
                #p::read_at::<#ty, #p::BigEndian>(self.__block(), 0)
            }
        }
    }
}

/// `Debug` for the view: every field, read through its getter.
fn debug_impl(s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let view = &names.view;
    let view_name = view.to_string();
    let debug_fields = s.fields.iter().map(|f| {
        let ident = &f.field.ident;
        let name = f.field.name();
        // Through a reference for a nested type: the bound below is on `&T`.
        if is_named(&f.field.kind) {
            quote!(.field(#name, &&self.#ident()))
        } else {
            quote!(.field(#name, &self.#ident()))
        }
    });
    // A nested type may not implement `Debug`: then neither does the view. The bound is
    // higher-ranked so that it is checked where the view is printed, not here.
    let held = super::held_predicates();
    let debug_bounds = s
        .fields
        .iter()
        .filter(|f| is_named(&f.field.kind))
        .map(|f| {
            let fty = &f.field.ty;
            quote!(for<'__x> &'__x #fty: #p::core::fmt::Debug,)
        });
    quote! {
        impl<B: #p::core::convert::AsRef<[u8]>> #p::core::fmt::Debug for #view<B>
        where
            #(#debug_bounds)*
            #held
        {
            fn fmt(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                f.debug_struct(#view_name)#(#debug_fields)*.finish()
            }
        }
    }
}

/// A fixed-layout struct as an element of a list or the value of an `Option`: its view
/// is its zero-copy view over the element's bytes.
pub fn element_impls(_s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let (ty, view) = (&names.ty, &names.view);
    let view_fns = elem_view_fns(view);
    let check_fns = elem_check_fns();
    let list_fns = elem_list_fns();
    let (held, held_acyclic) = (super::held_where(), super::held_acyclic_where());
    quote! {
        #[doc(hidden)]
        impl #p::EncodeElement for #ty #held {
            #[inline]
            fn elem_len(&self) -> usize {
                Self::SIZE
            }

            #[inline]
            fn elem_write<__O: #p::ByteOrder>(&self, out: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                #p::encode_fixed(self, out)
            }

            #[inline]
            fn write_list<__O: #p::ByteOrder>(items: &[Self], out: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                #p::fixed_write_list::<Self, __O>(items, out)
            }
        }

        impl<'a> #p::Element<'a> for #ty #held_acyclic {
            type View = #view<&'a [u8]>;
        }

        #[doc(hidden)]
        impl<'a> #p::DecodeElement<'a> for #ty #held {
            type View = #view<&'a [u8]>;
            type Stored<__O: #p::ByteOrder> = #view<&'a [u8]>;
            const MIN_LEN: usize = Self::SIZE;
            const EXACT_LEN: #p::Option<usize> = #p::Some(Self::SIZE);

            #view_fns
            #check_fns
            #list_fns
        }
    }
}

/// The `DecodeElement` methods that view (and store the view of) a fixed element: its
/// `SIZE` bytes, length-checked.
fn elem_view_fns(view: &syn::Ident) -> TokenStream {
    let p = private();
    quote! {
        #[inline]
        fn elem_view<__O: #p::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            _: #p::Depth,
        ) -> #p::Result<(Self::View, usize), #p::DecodeError> {
            let buf = #p::fixed_elem_bytes::<Self>(bytes, field, offset)?;
            #p::Ok((#view { buf }, Self::SIZE))
        }

        #[inline]
        fn elem_view_validated<__O: #p::ByteOrder>(bytes: &'a [u8]) -> #p::Option<(Self::View, usize)> {
            let buf = bytes.get(..Self::SIZE)?;
            #p::Some((#view { buf }, Self::SIZE))
        }

        #[inline]
        fn elem_store<__O: #p::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: #p::Depth,
        ) -> #p::Result<(Self::View, usize), #p::DecodeError> {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }

        #[inline]
        fn elem_store_validated<__O: #p::ByteOrder>(bytes: &'a [u8]) -> #p::Option<(Self::View, usize)> {
            Self::elem_view_validated::<__O>(bytes)
        }

        #[inline]
        fn stored_view<__O: #p::ByteOrder>(stored: Self::View) -> Self::View {
            stored
        }
    }
}

/// The `DecodeElement` methods that check, measure and decode one fixed element.
fn elem_check_fns() -> TokenStream {
    let p = private();
    quote! {
        #[inline]
        fn elem_check<__O: #p::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            _: #p::Depth,
        ) -> #p::Result<usize, #p::DecodeError> {
            #p::fixed_elem_bytes::<Self>(bytes, field, offset).map(|_| Self::SIZE)
        }

        #[inline]
        fn elem_len_validated<__O: #p::ByteOrder>(bytes: &'a [u8]) -> #p::Option<usize> {
            #p::fixed_elem_len_validated::<Self, __O>(bytes)
        }

        #[inline]
        fn list_len_validated<__O: #p::ByteOrder>(bytes: &'a [u8], count: usize) -> #p::Option<usize> {
            #p::fixed_list_len_validated::<Self, __O>(bytes, count)
        }

        #[inline]
        fn elem_decode<__O: #p::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            _: #p::Depth,
        ) -> #p::Result<(Self, usize), #p::DecodeError> {
            // Checked as a view is, so a short input gets the same error (the first
            // field cut) whether it is viewed or decoded.
            let buf = #p::fixed_elem_bytes::<Self>(bytes, field, offset)?;
            #p::Ok((#p::read_at::<Self, __O>(buf, 0), Self::SIZE))
        }
    }
}

/// The `DecodeElement` methods that check and decode a whole list of fixed elements at
/// once.
fn elem_list_fns() -> TokenStream {
    let p = private();
    quote! {
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
