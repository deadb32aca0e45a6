//! A tagged union's tags as values: `TAGS` (every variant's id) and `tag()` (the id of a
//! value), and the union's place in a frame: `FrameEncode` and `FrameDecode`. A union
//! tagged in the header (`tag = "header"`) takes its tag from the frame header's message
//! type, and gets `view_with_tag` and `decode_with_tag` for headers read by hand.

use super::private;
use crate::model::{Payload, TagKind};
use crate::validate::CheckedUnion;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// `TAGS`, `tag()` and the frame impls of a union. The ids are the `__ID{i}` constants
/// the union's expansion declares beside them.
pub fn union_tags(
    u: &CheckedUnion,
    tag_ty: &TokenStream,
    impl_gen: &TokenStream,
    ty_lt: &TokenStream,
    func_lt: &TokenStream,
    lt: &syn::Lifetime,
    view: &Ident,
) -> TokenStream {
    let p = private();
    let ty = &u.input.ident;
    let ids: Vec<Ident> = (0..u.variants.len())
        .map(|i| format_ident!("__ID{}", i))
        .collect();
    let known = u
        .variants
        .iter()
        .zip(&ids)
        .filter(|(v, _)| v.other.is_none())
        .map(|(_, id)| quote!(#id as u64));
    let arms = u.variants.iter().zip(&ids).map(|(v, id)| {
        let ident = &v.ident;
        match (&v.payload, v.other.is_some()) {
            (_, true) => quote!(#ty::#ident(tag, ..) => *tag as u64,),
            (Payload::Unit, false) => quote!(#ty::#ident => #id as u64,),
            _ => quote!(#ty::#ident(..) => #id as u64,),
        }
    });
    let tags_doc = format!(
        "The ids of `{ty}`'s variants, in declaration order (an `other` variant has none \
         of its own)."
    );
    let tag_doc = match u.tag {
        TagKind::Header => "The tag of this value: its variant's id, which a frame carries as \
                            its header's message type (an `other` value's own tag)."
            .to_string(),
        _ => "The tag of this value: its variant's id, written before its message (an `other` \
              value's own tag)."
            .to_string(),
    };
    let held = super::held_where();
    let frame = if u.tag == TagKind::Header {
        header_frame_impls(u, tag_ty, impl_gen, ty_lt, func_lt, lt, view)
    } else {
        quote! {
            impl #impl_gen #p::FrameEncode for #ty #ty_lt #held {}

            impl<#lt> #p::FrameDecode<#lt> for #ty #ty_lt #held {
                type View = #view<#lt>;

                #[inline]
                fn decode_frame(_: #p::Option<u16>, payload: &#lt [u8]) -> #p::Result<Self, #p::DecodeError> {
                    <Self as #p::Decode<#lt>>::decode(payload)
                }

                #[inline]
                fn view_frame(_: #p::Option<u16>, payload: &#lt [u8]) -> #p::Result<#view<#lt>, #p::DecodeError> {
                    Self::view(payload)
                }
            }
        }
    };
    quote! {
        impl #impl_gen #ty #ty_lt #held {
            #[doc = #tags_doc]
            pub const TAGS: &'static [u64] = &[#(#known),*];

            #[doc = #tag_doc]
            #[inline]
            pub fn tag(&self) -> u64 {
                match self {
                    #(#arms)*
                }
            }
        }

        #frame
    }
}

/// The frame impls of a union tagged in the header, and its reads from a tag and a payload.
fn header_frame_impls(
    u: &CheckedUnion,
    _tag_ty: &TokenStream,
    impl_gen: &TokenStream,
    ty_lt: &TokenStream,
    func_lt: &TokenStream,
    lt: &syn::Lifetime,
    view: &Ident,
) -> TokenStream {
    let p = private();
    let ty = &u.input.ident;
    let name = ty.to_string();
    let view_doc = format!(
        "Views the message the tag selects in `bytes` (exactly one message, without a tag: \
         `{ty}` is tagged in the frame header).\n\n# Errors\n\n`UnknownTag` for a tag no \
         variant has (unless one is `other`), and the errors of the selected message."
    );
    let decode_doc = format!(
        "Decodes the message the tag selects from `bytes` (exactly one message, without a \
         tag: `{ty}` is tagged in the frame header).\n\n# Errors\n\nAs [`{ty}::view_with_tag`]."
    );
    let trailing = quote! {
        if used != bytes.len() {
            return #p::Err(#p::DecodeError::TrailingBytes { offset: #p::saturate(used), count: #p::saturate(bytes.len() - used) });
        }
    };
    let held = super::held_where();
    quote! {
        impl #impl_gen #ty #ty_lt #held {
            #[doc = #view_doc]
            #[inline]
            pub fn view_with_tag #func_lt (tag: u16, bytes: &#lt [u8]) -> #p::Result<#view<#lt>, #p::DecodeError> {
                let (view, used) = Self::__wire_view_at(bytes, #p::Depth::new(Self::__WIRE_MAX_DEPTH), tag)?;
                #trailing
                #p::Ok(view)
            }

            #[doc = #decode_doc]
            #[inline]
            pub fn decode_with_tag #func_lt (tag: u16, bytes: &#lt [u8]) -> #p::Result<Self, #p::DecodeError> {
                let (value, used) = Self::__wire_decode_at(bytes, #p::Depth::new(Self::__WIRE_MAX_DEPTH), tag)?;
                #trailing
                #p::Ok(value)
            }
        }

        impl #impl_gen #p::FrameEncode for #ty #ty_lt #held {
            const TAG_IN_HEADER: bool = true;

            #[inline]
            fn frame_meta(&self) -> #p::FrameMeta {
                // Every id fits a u16: `validate` checks literal ids, and the `__ID`
                // constants are u16.
                #p::FrameMeta::new(self.tag() as u16)
            }
        }

        impl<#lt> #p::FrameDecode<#lt> for #ty #ty_lt #held {
            type View = #view<#lt>;

            #[inline]
            fn decode_frame(msg_type: #p::Option<u16>, payload: &#lt [u8]) -> #p::Result<Self, #p::DecodeError> {
                match msg_type {
                    #p::Some(tag) => Self::decode_with_tag(tag, payload),
                    #p::None => #p::Err(#p::missing_msg_type(#name)),
                }
            }

            #[inline]
            fn view_frame(msg_type: #p::Option<u16>, payload: &#lt [u8]) -> #p::Result<#view<#lt>, #p::DecodeError> {
                match msg_type {
                    #p::Some(tag) => Self::view_with_tag(tag, payload),
                    #p::None => #p::Err(#p::missing_msg_type(#name)),
                }
            }
        }
    }
}
