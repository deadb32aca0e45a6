//! Tagged unions: an enum whose variants each hold one message, selected by a tag
//! written before it. Decoding and viewing dispatch with one `match` on the tag; an
//! `other` variant keeps an unknown tag and the bytes after it, so a gateway can pass
//! on messages it does not know.

use super::{order, private};
use crate::attr::ty_kind;
use crate::model::{Payload, TagKind, TyKind, Variant};
use crate::validate::CheckedUnion;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn expand_union(u: &CheckedUnion) -> TokenStream {
    let p = private();
    let ty = &u.input.ident;
    let vis = &u.input.vis;
    let view = format_ident!("{}View", ty);
    let (lt, ty_lt, func_lt, impl_gen) = match &u.input.lifetime {
        Some(lt) => (lt.clone(), quote!(<#lt>), TokenStream::new(), quote!(<#lt>)),
        None => {
            let lt = syn::Lifetime::new("'a", proc_macro2::Span::call_site());
            (
                lt.clone(),
                TokenStream::new(),
                quote!(<#lt>),
                TokenStream::new(),
            )
        }
    };
    let order = order(u.endian);
    let max_depth = u.max_depth;
    let tag_ty = match u.tag {
        TagKind::U8 => quote!(u8),
        TagKind::U16 | TagKind::Header => quote!(u16),
        TagKind::Varint => quote!(u64),
    };
    // A union tagged in the frame header takes its tag as an argument: its bytes have none.
    let header = u.tag == TagKind::Header;
    let tag_param = if header {
        quote!(, __tag: u16)
    } else {
        TokenStream::new()
    };
    // The walks only a list or an `Option` of the union calls, which a union tagged in
    // the header cannot be in.
    let list_only = if header {
        quote!(#[allow(dead_code)])
    } else {
        TokenStream::new()
    };
    let name = ty.to_string();
    let ids: Vec<_> = (0..u.variants.len())
        .map(|i| format_ident!("__ID{}", i))
        .collect();
    let id_consts = u.variants.iter().zip(&ids).filter_map(|(v, id)| {
        let expr = &v.id.as_ref()?.value;
        Some(quote!(const #id: #tag_ty = #expr;))
    });

    // The view enum: each variant holds its message's view.
    let view_variants = u.variants.iter().map(|v| {
        let ident = &v.ident;
        let doc = format!("A [`{ty}::{ident}`].");
        match (&v.payload, v.other.is_some()) {
            (_, true) => quote!(#[doc = #doc] #ident(#tag_ty, &#lt [u8])),
            (Payload::One(inner), false) => {
                quote!(#[doc = #doc] #ident(<#inner as #p::DecodeElement<#lt>>::View))
            }
            _ => quote!(#[doc = #doc] #ident),
        }
    });

    // `owned`: decode rather than view; `checked`: the walks that validate (`Result`),
    // or those that re-read validated bytes (`Option`).
    let dispatch = |owned: bool, checked: bool| {
        let arms = u.variants.iter().zip(&ids).filter(|(v, _)| v.other.is_none()).map(|(v, id)| {
            let ident = &v.ident;
            let target = if owned { quote!(#ty) } else { quote!(#view) };
            match (&v.payload, checked) {
                (Payload::One(inner), true) => {
                    let call = if owned { quote!(elem_decode) } else { quote!(elem_view) };
                    let vname = v.ident.to_string();
                    quote! {
                        #id => {
                            let rest = bytes.get(pos..).unwrap_or_default();
                            let (value, used) = <#inner as #p::DecodeElement<#lt>>::#call::<#order>(rest, #vname, pos, __depth)?;
                            #p::Ok((#target::#ident(value), pos + used))
                        }
                    }
                }
                (Payload::One(inner), false) => quote! {
                    #id => {
                        let rest = bytes.get(pos..)?;
                        let (value, used) = <#inner as #p::DecodeElement<#lt>>::elem_view_validated::<#order>(rest)?;
                        #p::Option::Some((#target::#ident(value), pos + used))
                    }
                },
                (_, true) => quote!(#id => #p::Ok((#target::#ident, pos)),),
                (_, false) => quote!(#id => #p::Option::Some((#target::#ident, pos)),),
            }
        });
        let fallback = match u.variants.iter().find(|v| v.other.is_some()) {
            Some(v) => {
                let ident = &v.ident;
                let rest = quote!(bytes.get(pos..).unwrap_or_default());
                let (tag_conv, payload) = match (&v.payload, owned) {
                    (Payload::Many(types), true) => {
                        let tag_field = &types[0];
                        let bytes = match ty_kind(&types[1]) {
                            TyKind::Bytes { borrowed: false } => quote!(#p::owned_bytes(#rest)),
                            _ => rest,
                        };
                        (quote!(tag as #tag_field), bytes)
                    }
                    _ => (quote!(tag), rest),
                };
                let target = if owned { quote!(#ty) } else { quote!(#view) };
                let value = quote!((#target::#ident(#tag_conv, #payload), bytes.len()));
                if checked {
                    quote!(_ => #p::Ok(#value),)
                } else {
                    quote!(_ => #p::Option::Some(#value),)
                }
            }
            None if checked => quote! {
                _ => #p::Err(#p::DecodeError::UnknownTag { field: #name, offset: 0, tag: tag as u64 }),
            },
            None => quote!(_ => #p::Option::None,),
        };
        quote! {
            match tag {
                #(#arms)*
                #fallback
            }
        }
    };
    // Validation without views: the tag, then the variant's message checked.
    let check_arms = u.variants.iter().zip(&ids).filter(|(v, _)| v.other.is_none()).map(|(v, id)| {
        match &v.payload {
            Payload::One(inner) => {
                let vname = v.ident.to_string();
                quote! {
                    #id => {
                        let rest = bytes.get(pos..).unwrap_or_default();
                        #p::Ok(pos + <#inner as #p::DecodeElement<#lt>>::elem_check::<#order>(rest, #vname, pos, __depth)?)
                    }
                }
            }
            _ => quote!(#id => #p::Ok(pos),),
        }
    });
    let check_fallback = if u.variants.iter().any(|v| v.other.is_some()) {
        quote!(_ => #p::Ok(bytes.len()),)
    } else {
        quote! {
            _ => #p::Err(#p::DecodeError::UnknownTag { field: #name, offset: 0, tag: tag as u64 }),
        }
    };
    let check_dispatch = quote! {
        match tag {
            #(#check_arms)*
            #check_fallback
        }
    };
    // The length of a validated union: its tag, then its variant's message.
    let skip_arms = u.variants.iter().zip(&ids).filter(|(v, _)| v.other.is_none()).map(|(v, id)| {
        match &v.payload {
            Payload::One(inner) => quote! {
                #id => #p::Option::Some(pos + <#inner as #p::DecodeElement<#lt>>::elem_len_validated::<#order>(bytes.get(pos..)?)?),
            },
            _ => quote!(#id => #p::Option::Some(pos),),
        }
    });
    let skip_fallback = if u.variants.iter().any(|v| v.other.is_some()) {
        quote!(_ => #p::Option::Some(bytes.len()),)
    } else {
        quote!(_ => #p::Option::None,)
    };
    let skip_dispatch = quote! {
        match tag {
            #(#skip_arms)*
            #skip_fallback
        }
    };
    let view_dispatch = dispatch(false, true);
    let decode_dispatch = dispatch(true, true);
    let validated_dispatch = dispatch(false, false);
    let read_tag = match u.tag {
        TagKind::U8 => quote! {
            let tag: u8 = match bytes.first() {
                #p::Option::Some(tag) => *tag,
                #p::Option::None => return #p::Err(#p::DecodeError::Truncated { field: #name, offset: 0, needed: 1, available: 0 }),
            };
            let pos = 1usize;
        },
        TagKind::U16 => quote! {
            let tag = #p::read_u16_at::<#order>(bytes, 0, #name)? as u16;
            let pos = 2usize;
        },
        TagKind::Varint => quote! {
            let mut pos = 0usize;
            let tag: u64 = #p::read_varint(bytes, &mut pos, #name)?;
        },
        TagKind::Header => quote! {
            let tag: u16 = __tag;
            let pos = 0usize;
        },
    };
    let read_tag_validated = match u.tag {
        TagKind::U8 => quote! {
            let tag: u8 = *bytes.first()?;
            let pos = 1usize;
        },
        TagKind::U16 => quote! {
            let tag = #p::read_u16_at::<#order>(bytes, 0, #name).ok()? as u16;
            let pos = 2usize;
        },
        TagKind::Varint => quote! {
            let mut pos = 0usize;
            let tag: u64 = #p::validated_varint(bytes, &mut pos)?;
        },
        TagKind::Header => quote! {
            let tag: u16 = __tag;
            let pos = 0usize;
        },
    };
    let tag_len = |tag: &TokenStream| match u.tag {
        TagKind::U8 => quote!(1usize),
        TagKind::U16 => quote!(2usize),
        TagKind::Varint => quote!(#p::varint_len(#tag as u64)),
        TagKind::Header => quote!(0usize),
    };
    let write_tag = |tag: &TokenStream| match u.tag {
        TagKind::U8 => quote!(#p::reserve(out, &mut pos, 1)?[0] = #tag as u8;),
        TagKind::U16 => quote! {
            #p::write_u16::<#order>(#p::reserve(out, &mut pos, 2)?, #tag as u16);
        },
        TagKind::Varint => quote!(#p::write_varint(out, &mut pos, #tag as u64)?;),
        TagKind::Header => TokenStream::new(),
    };
    let len_arms = u
        .variants
        .iter()
        .zip(&ids)
        .map(|(v, id)| arm_len(v, id, ty, &tag_len));
    let write_arms = u
        .variants
        .iter()
        .zip(&ids)
        .map(|(v, id)| arm_write(v, id, ty, &order, &write_tag));
    let debug_arms = u.variants.iter().map(|v| {
        let ident = &v.ident;
        let text = format!("{view}::{ident}");
        match v.payload {
            Payload::Unit => quote!(#view::#ident => #text,),
            _ if v.other.is_some() => quote!(#view::#ident(..) => #text,),
            _ => quote!(#view::#ident(..) => #text,),
        }
    });
    let view_doc = format!(
        "A view of an encoded [`{ty}`]: the variant its tag selects, holding a view of its \
         message."
    );
    let view_fn_doc = "Reads the tag and views the message it selects; `bytes` must hold \
                       exactly one message.\n\n# Errors\n\n`UnknownTag` for a tag no \
                       variant has (unless one is `other`), and the errors of the selected \
                       message, at their offsets in `bytes`.";
    let shield = super::lint_shield();
    // A union tagged in the header cannot be read from its bytes alone: no `view`,
    // `Decode`, or place in a list; it is read from a frame (see `tags`).
    let walker_impls = if header {
        TokenStream::new()
    } else {
        super::walker_impls(ty, &view, &lt, &ty_lt, &impl_gen, &quote!(1))
    };
    let prefix_doc = format!("Like [`{ty}::view`], on the front of a longer buffer.");
    let views = if header {
        TokenStream::new()
    } else {
        quote! {
                #[doc = #view_fn_doc]
                #[inline]
                pub fn view #func_lt (bytes: &#lt [u8]) -> #p::Result<#view<#lt>, #p::DecodeError> {
                    let (view, used) = Self::__wire_view_at(bytes, #p::Depth::new(Self::__WIRE_MAX_DEPTH))?;
                    if used != bytes.len() {
                        return #p::Err(#p::DecodeError::TrailingBytes { offset: #p::saturate(used), count: #p::saturate(bytes.len() - used) });
                    }
                    #p::Ok(view)
                }

                #[doc = #prefix_doc]
                #[inline]
                pub fn view_prefix #func_lt (bytes: &#lt [u8]) -> #p::Result<(#view<#lt>, &#lt [u8]), #p::DecodeError> {
                    let (view, used) = Self::__wire_view_at(bytes, #p::Depth::new(Self::__WIRE_MAX_DEPTH))?;
                    #p::Ok((view, bytes.get(used..).unwrap_or_default()))
                }
        }
    };
    let tags = super::tags::union_tags(u, &tag_ty, &impl_gen, &ty_lt, &func_lt, &lt, &view);
    let bounds = super::bounds::union_bound(u, &impl_gen, &ty_lt);
    quote! {
        #[doc = #view_doc]
        #[derive(#p::core::clone::Clone, #p::core::marker::Copy)]
        #vis enum #view<#lt> {
            #(#view_variants,)*
        }

        #shield
        const _: () = {
            impl #p::core::fmt::Debug for #view<'_> {
                fn fmt(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                    let variant = match self {
                        #(#debug_arms)*
                    };
                    f.write_str(variant)
                }
            }

            #(#id_consts)*

            impl #impl_gen #ty #ty_lt {
                #[doc(hidden)]
                pub const __WIRE_MAX_DEPTH: u32 = #max_depth;

                #[doc(hidden)]
                pub fn __wire_view_at #func_lt (
                    bytes: &#lt [u8],
                    __depth: #p::Depth
                    #tag_param
                ) -> #p::Result<(#view<#lt>, usize), #p::DecodeError> {
                    #read_tag
                    #view_dispatch
                }

                #[doc(hidden)]
                pub fn __wire_decode_at #func_lt (
                    bytes: &#lt [u8],
                    __depth: #p::Depth
                    #tag_param
                ) -> #p::Result<(#ty #ty_lt, usize), #p::DecodeError> {
                    #read_tag
                    #decode_dispatch
                }

                #[doc(hidden)]
                #list_only
                pub fn __wire_check_at #func_lt (
                    bytes: &#lt [u8],
                    __depth: #p::Depth
                    #tag_param
                ) -> #p::Result<usize, #p::DecodeError> {
                    #read_tag
                    #check_dispatch
                }

                #[doc(hidden)]
                #list_only
                pub fn __wire_view_validated #func_lt (bytes: &#lt [u8] #tag_param) -> #p::Option<(#view<#lt>, usize)> {
                    #read_tag_validated
                    #validated_dispatch
                }

                #[doc(hidden)]
                #list_only
                pub fn __wire_len_validated #func_lt (bytes: &#lt [u8] #tag_param) -> #p::Option<usize> {
                    #read_tag_validated
                    #skip_dispatch
                }

                #views
            }

            impl #impl_gen #p::Encode for #ty #ty_lt {
                #[inline]
                fn encoded_len(&self) -> usize {
                    match self {
                        #(#len_arms)*
                    }
                }

                #[inline]
                fn encode(&self, out: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                    let mut pos = 0usize;
                    match self {
                        #(#write_arms)*
                    }
                    #p::Ok(pos)
                }
            }

            #walker_impls
            #tags
            #bounds
        };
    }
}

fn arm_len(
    v: &Variant,
    id: &proc_macro2::Ident,
    ty: &proc_macro2::Ident,
    tag_len: &dyn Fn(&TokenStream) -> TokenStream,
) -> TokenStream {
    let p = private();
    let ident = &v.ident;
    match (&v.payload, v.other.is_some()) {
        (_, true) => {
            let len = tag_len(&quote!(*tag));
            quote!(#ty::#ident(tag, bytes) => #len + #p::core::convert::AsRef::<[u8]>::as_ref(bytes).len(),)
        }
        (Payload::One(_), false) => {
            let len = tag_len(&quote!(#id));
            quote!(#ty::#ident(value) => #len + #p::EncodeElement::elem_len(value),)
        }
        _ => {
            let len = tag_len(&quote!(#id));
            quote!(#ty::#ident => #len,)
        }
    }
}

fn arm_write(
    v: &Variant,
    id: &proc_macro2::Ident,
    ty: &proc_macro2::Ident,
    order: &TokenStream,
    write_tag: &dyn Fn(&TokenStream) -> TokenStream,
) -> TokenStream {
    let p = private();
    let ident = &v.ident;
    match (&v.payload, v.other.is_some()) {
        (_, true) => {
            let tag = write_tag(&quote!(*tag));
            quote!(#ty::#ident(tag, bytes) => {
                #tag
                let bytes = #p::core::convert::AsRef::<[u8]>::as_ref(bytes);
                #p::reserve(out, &mut pos, bytes.len())?.copy_from_slice(bytes);
            })
        }
        (Payload::One(inner), false) => {
            let tag = write_tag(&quote!(#id));
            quote!(#ty::#ident(value) => {
                #tag
                #p::write_element::<#inner, #order>(out, &mut pos, value)?;
            })
        }
        _ => {
            let tag = write_tag(&quote!(#id));
            quote!(#ty::#ident => { #tag })
        }
    }
}
