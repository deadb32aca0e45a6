//! `Encode` for a struct: a checked cast of the front of the caller's buffer, then the
//! raw struct's `write`. No allocation.

use super::{private, Names};
use crate::validate::CheckedStruct;
use proc_macro2::TokenStream;
use quote::quote;

pub fn encode_impl(_s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let (ty, raw) = (&names.ty, &names.raw);
    quote! {
        impl #p::Encode for #ty {
            #[inline]
            fn encoded_len(&self) -> usize {
                Self::SIZE
            }

            #[inline]
            fn encode(&self, buf: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                let available = buf.len();
                match <#raw as #p::zerocopy::FromBytes>::mut_from_prefix(buf) {
                    #p::Ok((raw, _)) => {
                        <#ty as #p::FixedWire>::write::<#p::BigEndian>(self, raw, 0)?;
                        #p::Ok(Self::SIZE)
                    }
                    #p::Err(_) => #p::Err(#p::buffer_too_small(Self::SIZE, available)),
                }
            }
        }
    }
}
