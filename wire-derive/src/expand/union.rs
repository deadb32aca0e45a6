//! Tagged unions: an enum whose variants each hold one message, selected by a tag
//! written before it. Decoding and viewing dispatch with one `match` on the tag; an
//! `other` variant keeps an unknown tag and the bytes after it, so a gateway can pass
//! on messages it does not know.

use super::{order, private};
use crate::attr::ty_kind;
use crate::model::{Payload, TagKind, TyKind, Unsupported, Variant};
use crate::validate::CheckedUnion;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// What every item of a union's expansion is spelled with.
struct Union<'u> {
    u: &'u CheckedUnion<'u>,
    p: TokenStream,
    ty: &'u syn::Ident,
    view: syn::Ident,
    /// The view's lifetime: the type's own, or `'a`.
    lt: syn::Lifetime,
    /// `<'x>` after the type's name, or nothing.
    ty_lt: TokenStream,
    /// `<'a>` on a function when the type has no lifetime of its own, or nothing.
    func_lt: TokenStream,
    /// `<'x>` after `impl` for a type with a lifetime, or nothing.
    impl_gen: TokenStream,
    order: TokenStream,
    tag_ty: TokenStream,
    /// The type's name, for errors.
    name: String,
    /// The `__ID{i}` constant of each variant.
    ids: Vec<syn::Ident>,
    /// Whether the tag is in the frame header: then the union's bytes have none.
    header: bool,
}

impl<'u> Union<'u> {
    /// The spellings of the union `u`.
    fn of(u: &'u CheckedUnion<'u>) -> Union<'u> {
        let ty = &u.input.ident;
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
        let tag_ty = match u.tag {
            TagKind::U8 => quote!(u8),
            TagKind::U16 | TagKind::Header => quote!(u16),
            TagKind::Varint => quote!(u64),
        };
        Union {
            u,
            p: private(),
            ty,
            view: format_ident!("{}View", ty),
            lt,
            ty_lt,
            func_lt,
            impl_gen,
            order: order(u.endian),
            tag_ty,
            name: ty.to_string(),
            ids: (0..u.variants.len())
                .map(|i| format_ident!("__ID{}", i))
                .collect(),
            header: u.tag == TagKind::Header,
        }
    }

    /// The variants other than `other`, each with its id constant.
    fn known(&self) -> impl Iterator<Item = (&'u Variant, &syn::Ident)> {
        self.u
            .variants
            .iter()
            .zip(&self.ids)
            .filter(|(v, _)| v.other.is_none())
    }

    /// Whether a variant is `other`, which keeps unknown tags.
    fn is_open(&self) -> bool {
        self.u.variants.iter().any(|v| v.other.is_some())
    }
}

/// The view enum, then in a `const _` block the union's walks, `Encode`, element traits,
/// tags and bounds.
pub fn expand_union(u: &CheckedUnion) -> TokenStream {
    let cx = Union::of(u);
    let (ty, view) = (cx.ty, &cx.view);
    let (lt, ty_lt, impl_gen) = (&cx.lt, &cx.ty_lt, &cx.impl_gen);
    let view_enum = view_enum(&cx);
    let shield = super::lint_shield();
    let debug = view_debug(&cx);
    let id_consts = id_consts(&cx);
    let walkers = walkers(&cx);
    let encode = encode(&cx);
    // A union tagged in the header cannot be read from its bytes alone: no `view`,
    // `Decode`, or place in a list; it is read from a frame (see `tags`).
    let walker_impls = if cx.header {
        TokenStream::new()
    } else {
        super::walker_impls(ty, view, lt, ty_lt, impl_gen, &quote!(1))
    };
    let tags = super::tags::union_tags(u, &cx.tag_ty, impl_gen, ty_lt, &cx.func_lt, lt, view);
    let bounds = super::bounds::union_bound(u, impl_gen, ty_lt);
    quote! {
        #view_enum

        #shield
        const _: () = {
            #debug

            #id_consts

            #walkers

            #encode

            #walker_impls
            #tags
            #bounds
        };
    }
}

/// The view enum: each variant holds its message's view.
fn view_enum(cx: &Union) -> TokenStream {
    let (p, ty, view, lt, tag_ty) = (&cx.p, cx.ty, &cx.view, &cx.lt, &cx.tag_ty);
    let vis = &cx.u.input.vis;
    let view_variants = cx.u.variants.iter().map(|v| {
        let ident = &v.ident;
        let doc = format!("A [`{ty}::{ident}`].");
        match (&v.payload, v.other.is_some()) {
            (_, true) => quote!(#[doc = #doc] #ident(#tag_ty, &#lt [u8])),
            // A derived type's view through the public trait, which its docs then show.
            (Payload::One(inner), false)
                if matches!(
                    v.field_kinds.first(),
                    Some(TyKind::Named | TyKind::Unsupported(Unsupported::Generic))
                ) =>
            {
                quote!(#[doc = #doc] #ident(<#inner as #p::Element<#lt>>::View))
            }
            (Payload::One(inner), false) => {
                quote!(#[doc = #doc] #ident(<#inner as #p::DecodeElement<#lt>>::View))
            }
            _ => quote!(#[doc = #doc] #ident),
        }
    });
    let view_doc = format!(
        "A view of an encoded [`{ty}`]: the variant its tag selects, holding a view of its \
         message."
    );
    let (held, lints) = (super::held_acyclic_where(), super::held_lints());
    quote! {
        #[doc = #view_doc]
        #[derive(#p::core::clone::Clone, #p::core::marker::Copy)]
        #lints
        #vis enum #view<#lt> #held {
            #(#view_variants,)*
        }
    }
}

/// `Debug` for the view: the name of the variant.
fn view_debug(cx: &Union) -> TokenStream {
    let (p, view) = (&cx.p, &cx.view);
    let debug_arms = cx.u.variants.iter().map(|v| {
        let ident = &v.ident;
        let text = format!("{view}::{ident}");
        match v.payload {
            Payload::Unit => quote!(#view::#ident => #text,),
            _ if v.other.is_some() => quote!(#view::#ident(..) => #text,),
            _ => quote!(#view::#ident(..) => #text,),
        }
    });
    let (lt, held) = (&cx.lt, super::held_where());
    quote! {
        impl<#lt> #p::core::fmt::Debug for #view<#lt> #held {
            fn fmt(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                let variant = match self {
                    #(#debug_arms)*
                };
                f.write_str(variant)
            }
        }
    }
}

/// The `__ID{i}` constants: each variant's tag, but `other`'s.
fn id_consts(cx: &Union) -> TokenStream {
    let tag_ty = &cx.tag_ty;
    cx.u.variants
        .iter()
        .zip(&cx.ids)
        .filter_map(|(v, id)| {
            let expr = &v.id.as_ref()?.value;
            Some(quote!(const #id: #tag_ty = #expr;))
        })
        .collect()
}

/// The inherent impl: the depth limit, the five walks and, unless the tag is in the
/// header, `view` and `view_prefix`.
fn walkers(cx: &Union) -> TokenStream {
    let (ty, ty_lt, impl_gen) = (cx.ty, &cx.ty_lt, &cx.impl_gen);
    let max_depth = cx.u.max_depth;
    let checked = checked_walks(cx);
    let validated = validated_walks(cx);
    let views = view_fns(cx);
    let held = super::held_where();
    quote! {
        impl #impl_gen #ty #ty_lt #held {
            #[doc(hidden)]
            pub const __WIRE_MAX_DEPTH: u32 = #max_depth;

            #checked
            #validated
            #views
        }
    }
}

/// `, __tag: u16` when the tag is in the header: the walks take it as an argument.
fn tag_param(cx: &Union) -> TokenStream {
    if cx.header {
        quote!(, __tag: u16)
    } else {
        TokenStream::new()
    }
}

/// `#[allow(dead_code)]` on the walks only a list or an `Option` of the union calls,
/// which a union tagged in the header cannot be in.
fn list_only(cx: &Union) -> TokenStream {
    if cx.header {
        quote!(#[allow(dead_code)])
    } else {
        TokenStream::new()
    }
}

/// `__wire_view_at`, `__wire_decode_at` and `__wire_check_at`: the walks that check the
/// tag and the selected message.
fn checked_walks(cx: &Union) -> TokenStream {
    let (p, ty, view, lt) = (&cx.p, cx.ty, &cx.view, &cx.lt);
    let (ty_lt, func_lt) = (&cx.ty_lt, &cx.func_lt);
    let (tag_param, list_only) = (tag_param(cx), list_only(cx));
    let read_tag = read_tag(cx);
    let view_dispatch = dispatch(cx, false, true);
    let decode_dispatch = dispatch(cx, true, true);
    let check_dispatch = check_dispatch(cx);
    quote! {
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
    }
}

/// `__wire_view_validated` and `__wire_len_validated`: the walks over bytes the checked
/// walks passed.
fn validated_walks(cx: &Union) -> TokenStream {
    let (p, view, lt, func_lt) = (&cx.p, &cx.view, &cx.lt, &cx.func_lt);
    let (tag_param, list_only) = (tag_param(cx), list_only(cx));
    let read_tag_validated = read_tag_validated(cx);
    let validated_dispatch = dispatch(cx, false, false);
    let skip_dispatch = skip_dispatch(cx);
    quote! {
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
    }
}

/// `view` and `view_prefix`, for a union whose bytes hold its tag.
fn view_fns(cx: &Union) -> TokenStream {
    if cx.header {
        return TokenStream::new();
    }
    let (p, ty, view, lt, func_lt) = (&cx.p, cx.ty, &cx.view, &cx.lt, &cx.func_lt);
    let view_fn_doc = "Reads the tag and views the message it selects; `bytes` must hold \
                       exactly one message.\n\n# Errors\n\n`UnknownTag` for a tag no \
                       variant has (unless one is `other`), and the errors of the selected \
                       message, at their offsets in `bytes`.";
    let prefix_doc = format!("Like [`{ty}::view`], on the front of a longer buffer.");
    let whole = quote! {
        let (view, used) = Self::__wire_view_at(bytes, #p::Depth::new(Self::__WIRE_MAX_DEPTH))?;
        if used != bytes.len() {
            return #p::Err(#p::DecodeError::TrailingBytes { offset: #p::saturate(used), count: #p::saturate(bytes.len() - used) });
        }
        #p::Ok(view)
    };
    // With a fast path, `view` is that path and a call of the general one, always inlined:
    // the arms return the variant where the caller matches on it, so the caller's
    // `match` compiles into the arms, one dispatch on the tag in all. (`#[inline]` alone
    // left `view` out of line where a caller had two calls of it.)
    let view_fn = match exact_view(cx) {
        exact if exact.is_empty() => quote! {
            #[doc = #view_fn_doc]
            #[inline]
            pub fn view #func_lt (bytes: &#lt [u8]) -> #p::Result<#view<#lt>, #p::DecodeError> {
                #whole
            }
        },
        exact => quote! {
            #[doc = #view_fn_doc]
            #[inline(always)]
            pub fn view #func_lt (bytes: &#lt [u8]) -> #p::Result<#view<#lt>, #p::DecodeError> {
                #exact
                Self::__wire_view_whole(bytes)
            }

            #[inline]
            fn __wire_view_whole #func_lt (bytes: &#lt [u8]) -> #p::Result<#view<#lt>, #p::DecodeError> {
                #whole
            }
        },
    };
    quote! {
        #view_fn

        #[doc = #prefix_doc]
        #[inline]
        pub fn view_prefix #func_lt (bytes: &#lt [u8]) -> #p::Result<(#view<#lt>, &#lt [u8]), #p::DecodeError> {
            let (view, used) = Self::__wire_view_at(bytes, #p::Depth::new(Self::__WIRE_MAX_DEPTH))?;
            #p::Ok((view, bytes.get(used..).unwrap_or_default()))
        }
    }
}

/// The start of `view` for a one-byte tag: a variant of fixed size whose message is
/// exactly the rest of the input, the usual case, is viewed and returned from its own
/// arm, after one test of the length. Through `__wire_view_at` it took two (at least
/// the variant's size, then no trailing bytes) and a return through the arms' common
/// exit. Anything else, errors included, goes on to the general path, which gives the
/// same results; an arm whose type has no `EXACT_LEN` is a constant `false`.
fn exact_view(cx: &Union) -> TokenStream {
    if cx.u.tag != TagKind::U8 {
        return TokenStream::new();
    }
    let (p, lt, order, view) = (&cx.p, &cx.lt, &cx.order, &cx.view);
    let arms: Vec<TokenStream> = cx
        .known()
        .filter_map(|(v, id)| match &v.payload {
            Payload::One(inner) => {
                let (ident, vname) = (&v.ident, v.ident.to_string());
                Some(quote! {
                    #id if <#inner as #p::DecodeElement<#lt>>::EXACT_LEN == #p::Some(rest.len()) => {
                        if let #p::Ok((value, _)) = <#inner as #p::DecodeElement<#lt>>::elem_view::<#order>(
                            rest, #vname, 1, #p::Depth::new(Self::__WIRE_MAX_DEPTH),
                        ) {
                            return #p::Ok(#view::#ident(value));
                        }
                    }
                })
            }
            _ => None,
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    quote! {
        if let #p::Option::Some((&tag, rest)) = bytes.split_first() {
            match tag {
                #(#arms)*
                _ => {}
            }
        }
    }
}

/// The `match` on the tag of the walks that view (`owned` false) or decode (`owned`
/// true); `checked`: the walks that validate (`Result`), or those that re-read
/// validated bytes (`Option`).
fn dispatch(cx: &Union, owned: bool, checked: bool) -> TokenStream {
    let arms = cx
        .known()
        .map(|(v, id)| dispatch_arm(cx, v, id, owned, checked));
    let fallback = dispatch_fallback(cx, owned, checked);
    quote! {
        match tag {
            #(#arms)*
            #fallback
        }
    }
}

/// The arm of `dispatch` for a known variant: its message viewed or decoded after the tag.
fn dispatch_arm(
    cx: &Union,
    v: &Variant,
    id: &syn::Ident,
    owned: bool,
    checked: bool,
) -> TokenStream {
    let (p, lt, order) = (&cx.p, &cx.lt, &cx.order);
    let ident = &v.ident;
    let target = target(cx, owned);
    match (&v.payload, checked) {
        (Payload::One(inner), true) => {
            let call = if owned {
                quote!(elem_decode)
            } else {
                quote!(elem_view)
            };
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
}

/// The union (`owned`) or its view, as the value a walk returns.
fn target(cx: &Union, owned: bool) -> TokenStream {
    if owned {
        let ty = cx.ty;
        quote!(#ty)
    } else {
        let view = &cx.view;
        quote!(#view)
    }
}

/// The last arm of `dispatch`: the `other` variant with the tag and the rest of the
/// bytes, or an unknown tag refused.
fn dispatch_fallback(cx: &Union, owned: bool, checked: bool) -> TokenStream {
    let p = &cx.p;
    let Some(v) = cx.u.variants.iter().find(|v| v.other.is_some()) else {
        return if checked {
            unknown_tag(cx)
        } else {
            quote!(_ => #p::Option::None,)
        };
    };
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
    let target = target(cx, owned);
    let value = quote!((#target::#ident(#tag_conv, #payload), bytes.len()));
    if checked {
        quote!(_ => #p::Ok(#value),)
    } else {
        quote!(_ => #p::Option::Some(#value),)
    }
}

/// The arm that refuses a tag no variant has.
fn unknown_tag(cx: &Union) -> TokenStream {
    let (p, name) = (&cx.p, &cx.name);
    quote! {
        _ => #p::Err(#p::DecodeError::UnknownTag { field: #name, offset: 0, tag: tag as u64 }),
    }
}

/// Validation without views: the tag, then the variant's message checked.
fn check_dispatch(cx: &Union) -> TokenStream {
    let (p, lt, order) = (&cx.p, &cx.lt, &cx.order);
    let check_arms = cx.known().map(|(v, id)| match &v.payload {
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
    });
    let check_fallback = if cx.is_open() {
        quote!(_ => #p::Ok(bytes.len()),)
    } else {
        unknown_tag(cx)
    };
    quote! {
        match tag {
            #(#check_arms)*
            #check_fallback
        }
    }
}

/// The length of a validated union: its tag, then its variant's message.
fn skip_dispatch(cx: &Union) -> TokenStream {
    let (p, lt, order) = (&cx.p, &cx.lt, &cx.order);
    let skip_arms = cx.known().map(|(v, id)| match &v.payload {
        Payload::One(inner) => quote! {
            #id => #p::Option::Some(pos + <#inner as #p::DecodeElement<#lt>>::elem_len_validated::<#order>(bytes.get(pos..)?)?),
        },
        _ => quote!(#id => #p::Option::Some(pos),),
    });
    let skip_fallback = if cx.is_open() {
        quote!(_ => #p::Option::Some(bytes.len()),)
    } else {
        quote!(_ => #p::Option::None,)
    };
    quote! {
        match tag {
            #(#skip_arms)*
            #skip_fallback
        }
    }
}

/// Reads the tag into `tag` and sets `pos` after it, with every check.
fn read_tag(cx: &Union) -> TokenStream {
    let (p, order, name) = (&cx.p, &cx.order, &cx.name);
    match cx.u.tag {
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
        TagKind::Header => header_tag(),
    }
}

/// Reads the tag of validated bytes into `tag` and sets `pos` after it.
fn read_tag_validated(cx: &Union) -> TokenStream {
    let (p, order, name) = (&cx.p, &cx.order, &cx.name);
    match cx.u.tag {
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
        TagKind::Header => header_tag(),
    }
}

/// The tag of a union tagged in the header: the walk's argument; the bytes start with
/// the message.
fn header_tag() -> TokenStream {
    quote! {
        let tag: u16 = __tag;
        let pos = 0usize;
    }
}

/// `Encode`: each variant's tag, then its message or its kept bytes.
fn encode(cx: &Union) -> TokenStream {
    let (p, ty, ty_lt, impl_gen, order) = (&cx.p, cx.ty, &cx.ty_lt, &cx.impl_gen, &cx.order);
    let tag_len = |tag: &TokenStream| tag_len(cx, tag);
    let write_tag = |tag: &TokenStream| write_tag(cx, tag);
    let len_arms =
        cx.u.variants
            .iter()
            .zip(&cx.ids)
            .map(|(v, id)| arm_len(v, id, ty, &tag_len));
    let write_arms =
        cx.u.variants
            .iter()
            .zip(&cx.ids)
            .map(|(v, id)| arm_write(v, id, ty, order, &write_tag));
    let held = super::held_where();
    quote! {
        impl #impl_gen #p::Encode for #ty #ty_lt #held {
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
    }
}

/// The encoded length of the tag `tag`.
fn tag_len(cx: &Union, tag: &TokenStream) -> TokenStream {
    let p = &cx.p;
    match cx.u.tag {
        TagKind::U8 => quote!(1usize),
        TagKind::U16 => quote!(2usize),
        TagKind::Varint => quote!(#p::varint_len(#tag as u64)),
        TagKind::Header => quote!(0usize),
    }
}

/// Writes the tag `tag` at `pos` in `out` (nothing when it is in the header).
fn write_tag(cx: &Union, tag: &TokenStream) -> TokenStream {
    let (p, order) = (&cx.p, &cx.order);
    match cx.u.tag {
        TagKind::U8 => quote!(#p::reserve(out, &mut pos, 1)?[0] = #tag as u8;),
        TagKind::U16 => quote! {
            #p::write_u16::<#order>(#p::reserve(out, &mut pos, 2)?, #tag as u16);
        },
        TagKind::Varint => quote!(#p::write_varint(out, &mut pos, #tag as u64)?;),
        TagKind::Header => TokenStream::new(),
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
