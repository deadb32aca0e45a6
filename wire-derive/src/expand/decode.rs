//! `Decode` for a struct: the view's checks, then every field read into an owned value.

use super::{private, Names};
use proc_macro2::TokenStream;
use quote::quote;

pub fn decode_impl(names: &Names) -> TokenStream {
    let p = private();
    let (ty, held) = (&names.ty, super::held_where());
    quote! {
        impl<'a> #p::Decode<'a> for #ty #held {
            #[inline]
            fn decode_prefix(bytes: &'a [u8]) -> #p::Result<(Self, &'a [u8]), #p::DecodeError> {
                let (view, rest) = Self::view_prefix(bytes)?;
                #p::Ok((view.to_value(), rest))
            }

            #[inline]
            fn decode(bytes: &'a [u8]) -> #p::Result<Self, #p::DecodeError> {
                #p::Ok(Self::view(bytes)?.to_value())
            }
        }
    }
}
