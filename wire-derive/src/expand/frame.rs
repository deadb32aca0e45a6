//! A struct's place in a frame: `FrameEncode` (the header's message type is 0) and
//! `FrameDecode` (the payload is exactly one message), so frames read and write it with
//! `frame.decode::<T>()`, `frame.view::<T>()` and `append_message`.

use super::private;
use crate::validate::CheckedStruct;
use proc_macro2::TokenStream;
use quote::quote;

pub fn struct_frame_impls(s: &CheckedStruct) -> TokenStream {
    let p = private();
    let ty = &s.input.ident;
    let (impl_gen, ty_lt, lt) = match &s.input.lifetime {
        Some(lt) => (quote!(<#lt>), quote!(<#lt>), lt.clone()),
        None => (
            TokenStream::new(),
            TokenStream::new(),
            syn::Lifetime::new("'a", proc_macro2::Span::call_site()),
        ),
    };
    let held = super::held_where();
    quote! {
        impl #impl_gen #p::FrameEncode for #ty #ty_lt #held {}

        impl<#lt> #p::FrameDecode<#lt> for #ty #ty_lt #held {
            type View = <Self as #p::Element<#lt>>::View;

            #[inline]
            fn decode_frame(_: #p::Option<u16>, payload: &#lt [u8]) -> #p::Result<Self, #p::DecodeError> {
                <Self as #p::Decode<#lt>>::decode(payload)
            }

            #[inline]
            fn view_frame(_: #p::Option<u16>, payload: &#lt [u8]) -> #p::Result<Self::View, #p::DecodeError> {
                Self::view(payload)
            }
        }
    }
}
