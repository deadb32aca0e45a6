//! `Encode` for a struct: the block at the front of the caller's buffer, written by the
//! type's `FixedWire::write`. No allocation.

use super::{private, Names};
use proc_macro2::TokenStream;
use quote::quote;

pub fn encode_impl(names: &Names) -> TokenStream {
    let p = private();
    let (ty, held) = (&names.ty, super::held_where());
    quote! {
        impl #p::Encode for #ty #held {
            #[inline]
            fn encoded_len(&self) -> usize {
                Self::SIZE
            }

            #[inline]
            fn encode(&self, buf: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                #p::encode_fixed(self, buf)
            }
        }
    }
}
