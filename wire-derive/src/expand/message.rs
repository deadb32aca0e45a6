//! Messages with variable-length fields or a version: the fixed fields form a block at
//! fixed offsets (the raw struct), the variable fields follow it in declaration order.
//!
//! A versioned message starts with a header: the length of its block (`u16`) and, when it
//! has variable fields, their total length (`u32`), both in the message's byte order. A
//! reader of another version copies the block it knows (fields the sender did not have
//! take their default), skips the block bytes and variable fields it does not know, and
//! so reads messages of older and newer peers alike.

use super::{block, block_size, block_ty, describe, order, prim_ty, private, read_field, Names};
use crate::model::{LenKind, Prim, TyKind, Unsupported};
use crate::validate::{CheckedField, CheckedStruct, Shape, VarShape};
use proc_macro2::TokenStream;
use quote::quote;

/// The lifetime the generated items use, and how the type and its impls are spelled.
struct Lifetimes {
    /// The view's lifetime: the type's own, or `'a`.
    lt: syn::Lifetime,
    /// `<'x>` after the type's name, or nothing.
    ty: TokenStream,
    /// `<'a>` on a function when the type has no lifetime of its own, or nothing.
    func: TokenStream,
}

impl Lifetimes {
    fn of(s: &CheckedStruct) -> Lifetimes {
        match &s.input.lifetime {
            Some(lt) => Lifetimes {
                lt: lt.clone(),
                ty: quote!(<#lt>),
                func: TokenStream::new(),
            },
            None => {
                let lt = syn::Lifetime::new("'a", proc_macro2::Span::call_site());
                Lifetimes {
                    ty: TokenStream::new(),
                    func: quote!(<#lt>),
                    lt,
                }
            }
        }
    }

    /// `impl<'x>` for a type with a lifetime, `impl` otherwise.
    fn impl_generics(&self) -> TokenStream {
        if self.func.is_empty() {
            let lt = &self.lt;
            quote!(<#lt>)
        } else {
            TokenStream::new()
        }
    }
}

fn len_tokens(len: LenKind) -> TokenStream {
    let p = private();
    match len {
        LenKind::U8 => quote!(#p::LenPrefix::U8),
        LenKind::U16 => quote!(#p::LenPrefix::U16),
        LenKind::U32 => quote!(#p::LenPrefix::U32),
        LenKind::Varint => quote!(#p::LenPrefix::Varint),
    }
}

/// Bytes before the block: the version header.
fn header_len(s: &CheckedStruct) -> usize {
    match (s.version, s.var_fields().next()) {
        (None, _) => 0,
        (Some(_), None) => 2,
        (Some(_), Some(_)) => 6,
    }
}

pub fn expand_message(s: &CheckedStruct) -> TokenStream {
    let p = private();
    let names = Names::of(&s.input.ident);
    let lts = Lifetimes::of(s);
    let fields_table = block::fields_table(s);
    let assertions = block::assertions(s, &names);
    let view_struct = view_struct(s, &names, &lts);
    let walkers = walkers(s, &names, &lts);
    let accessors = accessors(s, &names, &lts);
    let encode = encode(s, &names, &lts);
    let shield = super::lint_shield();
    let traits = traits(s, &names, &lts);
    let checksums = super::checksum::message_view_impl(s, &names.view, &lts.lt, header_len(s));
    quote! {
        #view_struct
        #shield
        const _: () = {
            const __FIELDS: &[#p::FieldSpan] = #fields_table;
            #assertions
            #walkers
            #accessors
            #encode
            #traits
            #checksums
        };
    }
}

/// The block a view keeps, as a reference: a versioned message's view keeps a copy.
fn block_ref(s: &CheckedStruct, raw: TokenStream) -> TokenStream {
    if s.version.is_some() {
        quote!(&#raw)
    } else {
        raw
    }
}

/// The type a view stores for a variable field, found and checked once when the view
/// was made: what its accessor returns, but for an `Option` of a wire type (see
/// [`access_ty`]).
fn view_ty(shape: &VarShape, lt: &syn::Lifetime, order: &TokenStream) -> TokenStream {
    let p = private();
    match shape {
        VarShape::Bytes { .. } => quote!(&#lt [u8]),
        VarShape::Str { .. } => quote!(&#lt str),
        VarShape::List { elem, .. } => quote!(#p::List<#lt, #elem, #order>),
        VarShape::Opt(inner) | VarShape::Cond { inner, .. } => match &**inner {
            // What the view keeps: `Copy` whatever the type (the checked bytes of a
            // fixed-size value, the view of a variable-length one).
            VarShape::Element { ty } => {
                quote!(#p::Option<<#ty as #p::DecodeElement<#lt>>::Stored<#order>>)
            }
            inner => {
                let inner = view_ty(inner, lt, order);
                quote!(#p::Option<#inner>)
            }
        },
        VarShape::Element { ty } => quote!(<#ty as #p::DecodeElement<#lt>>::View),
        VarShape::Varint { prim, .. } => prim_ty(*prim),
        VarShape::Computed(c) => super::lengths::view_ty(c, lt, order),
    }
}

/// What a variable field's accessor returns.
fn access_ty(shape: &VarShape, lt: &syn::Lifetime, order: &TokenStream) -> TokenStream {
    let p = private();
    match shape {
        VarShape::Opt(inner) | VarShape::Cond { inner, .. } => {
            let inner = access_ty(inner, lt, order);
            quote!(#p::Option<#inner>)
        }
        // Named so that the user's rustdoc shows a public trait, or the value itself: a
        // primitive's or an array's element view is the value.
        VarShape::Element { ty } => match crate::attr::ty_kind(ty) {
            TyKind::Named | TyKind::Unsupported(Unsupported::Generic) => {
                quote!(<#ty as #p::Element<#lt>>::View)
            }
            TyKind::Prim(_) | TyKind::Array { .. } => quote!(#ty),
            _ => view_ty(shape, lt, order),
        },
        shape => view_ty(shape, lt, order),
    }
}

fn var_shape<'f>(field: &'f CheckedField) -> &'f VarShape {
    match &field.shape {
        Shape::Var(shape) => shape,
        _ => unreachable!("only variable fields are read here"),
    }
}

/// Whether an absent field of a newer version is stored as `None` in the view.
fn optional_in_view(field: &CheckedField) -> bool {
    field.since > 1 && !matches!(var_shape(field), VarShape::Opt(_))
}

fn view_struct(s: &CheckedStruct, names: &Names, lts: &Lifetimes) -> TokenStream {
    let p = private();
    let vis = &s.input.vis;
    let (ty, raw, view) = (&names.ty, block_ty(s), &names.view);
    let lt = &lts.lt;
    let raw_field = if s.version.is_some() {
        // A peer's block may be shorter or longer than ours: the view keeps a copy of
        // the block this version knows, and the length the peer sent.
        quote!(__raw: #raw, __block_len: usize,)
    } else {
        quote!(__raw: &#lt #raw,)
    };
    let fields = s.var_fields().map(|f| {
        let ident = &f.field.ident;
        let mut stored = view_ty(var_shape(f), lt, &order(f.endian));
        if optional_in_view(f) {
            stored = quote!(#p::Option<#stored>);
        }
        quote!(#ident: #stored)
    });
    let marks = super::checksum::view_fields(s)
        .into_iter()
        .map(|(_, decl)| decl);
    let doc = format!(
        "A view of an encoded [`{ty}`], made by [`{ty}::view`] or [`{ty}::view_prefix`]: the \
         fixed fields are read in place, the variable ones were located (and checked) once, \
         so every accessor is O(1) and cannot fail."
    );
    let (held, lints) = (super::held_acyclic_where(), super::held_lints());
    quote! {
        #[doc = #doc]
        #[derive(#p::core::clone::Clone, #p::core::marker::Copy)]
        #lints
        #vis struct #view<#lt> #held {
            __bytes: &#lt [u8],
            #raw_field
            #(#fields,)*
            #(#marks,)*
        }
    }
}

/// The default of a field that an older peer did not send.
fn default_value(field: &CheckedField) -> TokenStream {
    let p = private();
    match field.field.attrs.default.as_ref().map(|d| &d.value) {
        Some(Some(expr)) => quote!(#expr),
        Some(None) => quote!(#p::core::default::Default::default()),
        None => quote!(#p::Option::None),
    }
}

/// The four walks over a message's encoding.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Walk {
    /// `__wire_view_at`: every check, a view.
    View,
    /// `__wire_decode_at`: every check, an owned value.
    Decode,
    /// `__wire_check_at`: every check, only the length: how a list's elements are
    /// validated, so that the recursion through a list builds no views.
    Check,
    /// `__wire_view_validated`: a view re-made from bytes a view validated (a list's
    /// element): lengths and positions only.
    Validated,
    /// `__wire_len_validated`: the length of validated bytes, lengths only.
    Skip,
}

/// Reading one variable field at `pos` in `bytes`, in the walk `walk`. The checking
/// walks return `Result` (and pass `__depth` on to nested types), the others `Option`.
pub(super) fn read_var(
    shape: &VarShape,
    name: &str,
    order: &TokenStream,
    lt: &syn::Lifetime,
    walk: Walk,
) -> TokenStream {
    match shape {
        VarShape::Bytes { borrowed, len, max } => {
            read_bytes(*borrowed, *len, *max, name, order, walk)
        }
        VarShape::Str { borrowed, len, max } => read_str(*borrowed, *len, *max, name, order, walk),
        VarShape::List { elem, len, max } => read_list(elem, *len, *max, name, order, lt, walk),
        VarShape::Opt(inner) => read_opt(inner, name, order, lt, walk),
        VarShape::Element { ty } => read_element(ty, name, order, walk),
        VarShape::Varint { prim, zigzag } => read_varint(*prim, *zigzag, name, walk),
        VarShape::Computed(_) | VarShape::Cond { .. } => {
            unreachable!("read by `lengths::read`, which knows the struct")
        }
    }
}

/// Reads length-prefixed bytes: a slice, or (`borrowed` false, decoding) a `Vec<u8>`.
fn read_bytes(
    borrowed: bool,
    len: LenKind,
    max: u64,
    name: &str,
    order: &TokenStream,
    walk: Walk,
) -> TokenStream {
    let p = private();
    let len = len_tokens(len);
    match walk {
        Walk::View | Walk::Check => {
            quote!(#p::read_bytes::<#order>(bytes, &mut pos, #len, #max, #name)?)
        }
        Walk::Decode => {
            let read = quote!(#p::read_bytes::<#order>(bytes, &mut pos, #len, #max, #name)?);
            if borrowed {
                read
            } else {
                quote!(#p::owned_bytes(#read))
            }
        }
        Walk::Validated | Walk::Skip => {
            quote!(#p::validated_bytes::<#order>(bytes, &mut pos, #len)?)
        }
    }
}

/// Reads a length-prefixed UTF-8 string: a `&str`, or (`borrowed` false, decoding) a
/// `String`.
fn read_str(
    borrowed: bool,
    len: LenKind,
    max: u64,
    name: &str,
    order: &TokenStream,
    walk: Walk,
) -> TokenStream {
    let p = private();
    let len = len_tokens(len);
    match walk {
        Walk::View | Walk::Check => {
            quote!(#p::read_str::<#order>(bytes, &mut pos, #len, #max, #name)?)
        }
        Walk::Decode => {
            let read = quote!(#p::read_str::<#order>(bytes, &mut pos, #len, #max, #name)?);
            if borrowed {
                read
            } else {
                quote!(#p::owned_string(#read))
            }
        }
        Walk::Validated => quote!(#p::validated_str::<#order>(bytes, &mut pos, #len)?),
        // Skipping needs the length only: no `&str` is made.
        Walk::Skip => quote!(#p::validated_bytes::<#order>(bytes, &mut pos, #len)?),
    }
}

/// Reads a list of `elem`: a `List` view, a `Vec`, or only its length.
fn read_list(
    elem: &syn::Type,
    len: LenKind,
    max: u64,
    name: &str,
    order: &TokenStream,
    lt: &syn::Lifetime,
    walk: Walk,
) -> TokenStream {
    let p = private();
    let len = len_tokens(len);
    match walk {
        Walk::View => quote! {
            #p::read_list::<#elem, #order>(bytes, &mut pos, #len, #max, #name, __depth)?
        },
        // The count read here rather than in a runtime function: one stack frame
        // fewer on the path by which nested lists recurse.
        Walk::Decode => quote! {{
            let __at = pos;
            let __count = #p::read_count::<#elem, #order>(bytes, &mut pos, #len, #max, #name, __at)?;
            <#elem as #p::DecodeElement<#lt>>::decode_list::<#order>(bytes, &mut pos, __count, #name, __depth)?
        }},
        Walk::Check => quote! {{
            let __at = pos;
            let __count = #p::read_count::<#elem, #order>(bytes, &mut pos, #len, #max, #name, __at)?;
            <#elem as #p::DecodeElement<#lt>>::check_list::<#order>(bytes, &mut pos, __count, #name, __depth)?
        }},
        Walk::Validated | Walk::Skip => {
            quote!(#p::validated_list::<#elem, #order>(bytes, &mut pos, #len)?)
        }
    }
}

/// Reads a presence byte, then the value when it is 1.
fn read_opt(
    inner: &VarShape,
    name: &str,
    order: &TokenStream,
    lt: &syn::Lifetime,
    walk: Walk,
) -> TokenStream {
    let p = private();
    let inner = read_var(inner, name, order, lt, walk);
    let present = match walk {
        Walk::View | Walk::Decode | Walk::Check => {
            quote!(#p::read_presence(bytes, &mut pos, #name)?)
        }
        Walk::Validated | Walk::Skip => quote!(#p::validated_presence(bytes, &mut pos)?),
    };
    quote! {
        if #present {
            #p::Option::Some(#inner)
        } else {
            #p::Option::None
        }
    }
}

/// Reads a nested message, union or fixed type `ty` through its element traits.
fn read_element(ty: &syn::Type, name: &str, order: &TokenStream, walk: Walk) -> TokenStream {
    let p = private();
    match walk {
        Walk::View => quote!(#p::read_element::<#ty, #order>(bytes, &mut pos, #name, __depth)?),
        Walk::Decode => {
            quote!(#p::decode_element::<#ty, #order>(bytes, &mut pos, #name, __depth)?)
        }
        Walk::Check => {
            quote!(#p::check_element::<#ty, #order>(bytes, &mut pos, #name, __depth)?)
        }
        Walk::Validated => quote!(#p::validated_element::<#ty, #order>(bytes, &mut pos)?),
        Walk::Skip => quote!(#p::skip_element::<#ty, #order>(bytes, &mut pos)?),
    }
}

/// Reads a LEB128 varint as `prim`, checked against its width (or, validated, only cast).
fn read_varint(prim: Prim, zigzag: bool, name: &str, walk: Walk) -> TokenStream {
    let p = private();
    let ty = prim_ty(prim);
    let bits = prim.bits();
    if matches!(walk, Walk::Validated | Walk::Skip) {
        let value = quote!(#p::validated_varint(bytes, &mut pos)?);
        return match (prim.is_signed(), zigzag) {
            (false, _) => quote!(#value as #ty),
            (true, true) => quote!(#p::unzigzag(#value) as #ty),
            (true, false) => quote!(#value as i64 as #ty),
        };
    }
    match (prim.is_signed(), zigzag) {
        (false, _) => quote!(#p::read_varint_bits(bytes, &mut pos, #name, #bits)? as #ty),
        (true, true) => {
            quote!(#p::read_varint_zigzag(bytes, &mut pos, #name, #bits)? as #ty)
        }
        (true, false) => {
            quote!(#p::read_varint_signed(bytes, &mut pos, #name, #bits)? as #ty)
        }
    }
}

/// The walks over the message, each from the header to the last variable field:
/// `__wire_view_at`, `__wire_decode_at` and `__wire_check_at` do every check once; `__wire_view_validated`
/// and `__wire_len_validated` re-read bytes those validated (a list's elements) and only
/// follow lengths.
fn walkers(s: &CheckedStruct, names: &Names, lts: &Lifetimes) -> TokenStream {
    let ty = &names.ty;
    let ty_lt = &lts.ty;
    let impl_gen = lts.impl_generics();
    let checked = checked_walks(s, names, lts);
    let validated = validated_walks(s, names, lts);
    let max_depth = s.max_depth;
    let held = super::held_where();
    quote! {
        impl #impl_gen #ty #ty_lt #held {
            #[doc(hidden)]
            pub const __WIRE_MAX_DEPTH: u32 = #max_depth;

            #checked
            #validated
        }
    }
}

/// `__wire_view_at`, `__wire_decode_at` and `__wire_check_at`: the walks that check
/// everything once, with the depth left to nested types.
fn checked_walks(s: &CheckedStruct, names: &Names, lts: &Lifetimes) -> TokenStream {
    let p = private();
    let (ty, view) = (&names.ty, &names.view);
    let (lt, ty_lt, func_lt) = (&lts.lt, &lts.ty, &lts.func);
    let (block_read, start, end) = (block_read(s, lt), var_start(s, true), var_end(s));
    let view_walk = walk_fields(s, lt, Walk::View);
    let decode_walk = walk_fields(s, lt, Walk::Decode);
    let check_walk = walk_fields(s, lt, Walk::Check);
    let view_value = view_value(s, view);
    let var_idents = s.var_fields().map(|f| &f.field.ident);
    let fixed_values = fixed_values(s);
    let verify = super::checksum::message_walk_check(s, header_len(s));
    let check_end = if verify.is_empty() {
        quote!(#p::Ok(#end))
    } else {
        quote!(let end = #end; #verify #p::Ok(end))
    };
    quote! {
        #[doc(hidden)]
        pub fn __wire_view_at #func_lt (
            bytes: &#lt [u8],
            __depth: #p::Depth,
        ) -> #p::Result<(#view<#lt>, usize), #p::DecodeError> {
            #block_read
            #start
            #view_walk
            let end = #end;
            #verify
            #p::Ok((#view_value, end))
        }

        #[doc(hidden)]
        pub fn __wire_decode_at #func_lt (
            bytes: &#lt [u8],
            __depth: #p::Depth,
        ) -> #p::Result<(#ty #ty_lt, usize), #p::DecodeError> {
            #block_read
            #start
            #decode_walk
            let end = #end;
            #verify
            #p::Ok((#ty { #(#fixed_values,)* #(#var_idents,)* }, end))
        }

        #[doc(hidden)]
        pub fn __wire_check_at #func_lt (
            bytes: &#lt [u8],
            __depth: #p::Depth,
        ) -> #p::Result<usize, #p::DecodeError> {
            #block_read
            #start
            #check_walk
            #check_end
        }
    }
}

/// `__wire_view_validated` and `__wire_len_validated`: the walks over bytes the checked
/// walks passed, which follow lengths only.
fn validated_walks(s: &CheckedStruct, names: &Names, lts: &Lifetimes) -> TokenStream {
    let p = private();
    let view = &names.view;
    let (lt, func_lt) = (&lts.lt, &lts.func);
    let (start, end) = (var_start(s, false), var_end(s));
    let (block_validated, block_skip) = (block_validated(s), block_skip(s));
    let validated_walk = walk_fields(s, lt, Walk::Validated);
    let skip_walk = walk_fields(s, lt, Walk::Skip);
    let view_value = view_value(s, view);
    quote! {
        #[doc(hidden)]
        pub fn __wire_view_validated #func_lt (
            bytes: &#lt [u8],
        ) -> #p::Option<(#view<#lt>, usize)> {
            #block_validated
            #start
            #validated_walk
            let end = #end;
            #p::Option::Some((#view_value, end))
        }

        #[doc(hidden)]
        pub fn __wire_len_validated #func_lt (bytes: &#lt [u8]) -> #p::Option<usize> {
            #block_skip
            #start
            #skip_walk
            #p::Option::Some(#end)
        }
    }
}

/// Reads and checks the block into `__raw`: borrowed in place, or, for a versioned
/// message, copied from what the peer sent after checking that its length ends between
/// two fields.
fn block_read(s: &CheckedStruct, lt: &syn::Lifetime) -> TokenStream {
    if s.version.is_some() {
        return versioned_block_read(s);
    }
    let p = private();
    let raw = block_ty(s);
    let validations = block::validations(s, None);
    quote! {
        let __raw: &#lt #raw = #p::read_block::<#raw>(bytes, __FIELDS)?;
        {
            let raw = __raw;
            let offset = 0usize;
            #validations
        }
    }
}

/// Reads `__block_len`, checks it, and copies the block into `__raw` and checks it.
fn versioned_block_read(s: &CheckedStruct) -> TokenStream {
    let p = private();
    let (raw, header, block) = (block_ty(s), header_len(s), block_size(s));
    let container = order(s.endian);
    let base = s
        .fixed_fields()
        .filter(|f| f.since == 1)
        .last()
        .map_or(quote!(0usize), |f| block::field_end(s, f));
    let ends = s
        .fixed_fields()
        .filter(|f| f.since > 1)
        .map(|f| block::field_end(s, f));
    let validations = block::validations(s, Some(&quote!(__block_len)));
    quote! {
        let __block_len = #p::read_u16_at::<#container>(bytes, 0, "block length")?;
        if __block_len < #block && !(__block_len == #base #(|| __block_len == #ends)*) {
            return #p::Err(#p::DecodeError::InvalidBlockLength { offset: 0, len: #p::saturate(__block_len) });
        }
        let __raw: #raw = #p::copy_block::<#raw>(bytes, #header, __block_len)?;
        {
            let raw = &__raw;
            let offset = #header;
            #validations
        }
    }
}

/// The block read into `__raw` without the checks, for bytes that passed them.
fn block_validated(s: &CheckedStruct) -> TokenStream {
    let p = private();
    let raw = block_ty(s);
    if s.version.is_some() {
        let (header, container) = (header_len(s), order(s.endian));
        quote! {
            let __block_len = #p::read_u16_at::<#container>(bytes, 0, "").ok()?;
            let __raw: #raw = #p::copy_block::<#raw>(bytes, #header, __block_len).ok()?;
        }
    } else {
        quote! {
            let (__raw, _) = <#raw as #p::zerocopy::FromBytes>::ref_from_prefix(bytes).ok()?;
        }
    }
}

/// What a walk that only measures needs of the block: a versioned message's `__block_len`.
fn block_skip(s: &CheckedStruct) -> TokenStream {
    if s.version.is_none() {
        return super::lengths::skip_block(s);
    }
    let p = private();
    let container = order(s.endian);
    quote!(let __block_len = #p::read_u16_at::<#container>(bytes, 0, "").ok()?;)
}

/// Sets `pos` where the variable fields start; a versioned message states their length,
/// and `bytes` is cut to it (`checked`: with an error, else `None`).
fn var_start(s: &CheckedStruct, checked: bool) -> TokenStream {
    let p = private();
    let (header, block) = (header_len(s), block_size(s));
    let container = order(s.endian);
    let fail = if checked { quote!(?) } else { quote!(.ok()?) };
    match (s.version, s.var_fields().next().is_some()) {
        (Some(_), true) => quote! {
            let __var_len = #p::read_u32_at::<#container>(bytes, 2, "variable length")#fail;
            let __start = #header + __block_len;
            let bytes = #p::var_section(bytes, __start, __var_len)#fail;
            let mut pos = __start;
        },
        (Some(_), false) => quote!(let pos = #header + __block_len;),
        (None, _) => quote!(let mut pos = #block;),
    }
}

/// Where the variable fields end: the stated length of a versioned message, else `pos`.
fn var_end(s: &CheckedStruct) -> TokenStream {
    if s.version.is_some() && s.var_fields().next().is_some() {
        quote!(bytes.len())
    } else {
        quote!(pos)
    }
}

/// The variable fields read in turn in the walk `walk`, each into a `let` of its name
/// (or discarded, in the walks that only measure).
fn walk_fields(s: &CheckedStruct, lt: &syn::Lifetime, walk: Walk) -> TokenStream {
    s.fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.shape.is_var())
        .map(|(index, f)| {
            let ident = &f.field.ident;
            let name = f.field.name();
            let read = super::lengths::read(s, f, lt, walk)
                .unwrap_or_else(|| read_var(var_shape(f), &name, &order(f.endian), lt, walk));
            let read = stored_as_view(f, lt, walk, read);
            let read = absent_or_read(f, walk, read);
            let from = super::checksum::record(s, index, false);
            let to = super::checksum::record(s, index, true);
            // A value a later length or condition reads is kept by every walk.
            let kept = super::lengths::is_read(s, index);
            if matches!(walk, Walk::Skip | Walk::Check) && !kept {
                quote!(#from let _ = #read; #to)
            } else {
                quote!(#from let #ident = #read; #to)
            }
        })
        .collect::<TokenStream>()
}

/// What the view walks read of a `#[wire(variable)]` field (what a view stores of an
/// element), as the element's view, which the view keeps: the same type, but the held
/// types' `where` clause hides that from the walk.
fn stored_as_view(
    f: &CheckedField,
    lt: &syn::Lifetime,
    walk: Walk,
    read: TokenStream,
) -> TokenStream {
    let p = private();
    match (var_shape(f), walk) {
        (VarShape::Element { ty }, Walk::View | Walk::Validated) => {
            let order = order(f.endian);
            quote!(<#ty as #p::DecodeElement<#lt>>::stored_view::<#order>(#read))
        }
        _ => read,
    }
}

/// `read`, or for a field of a newer version than the sender's, which is absent (its
/// bytes would start where the variable part ends), its default or `None`.
fn absent_or_read(f: &CheckedField, walk: Walk, read: TokenStream) -> TokenStream {
    let p = private();
    match (f.since > 1, walk, optional_in_view(f)) {
        (false, _, _) => read,
        (true, Walk::Decode, _) => {
            let default = default_value(f);
            quote!(if pos < bytes.len() { #read } else { #default })
        }
        (true, Walk::Skip | Walk::Check, _) => {
            quote!(if pos < bytes.len() { let _ = #read; })
        }
        (true, _, true) => {
            quote!(if pos < bytes.len() { #p::Option::Some(#read) } else { #p::Option::None })
        }
        (true, _, false) => quote!(if pos < bytes.len() { #read } else { #p::Option::None }),
    }
}

/// The view made from the walked bytes: the block, and each variable field's `let`.
fn view_value(s: &CheckedStruct, view: &syn::Ident) -> TokenStream {
    let var_idents = s.var_fields().map(|f| &f.field.ident);
    let marks = super::checksum::view_fields(s)
        .into_iter()
        .map(|(name, _)| name);
    let block_len_field = if s.version.is_some() {
        quote!(__block_len,)
    } else {
        TokenStream::new()
    };
    quote! {
        #view {
            __bytes: bytes.get(..end).unwrap_or_default(),
            __raw,
            #block_len_field
            #(#var_idents,)*
            #(#marks,)*
        }
    }
}

/// Each fixed field of the decoded value, read from `__raw` (or its default, when an
/// older peer's block ends before it).
fn fixed_values(s: &CheckedStruct) -> Vec<TokenStream> {
    s.fixed_fields()
        .map(|f| {
            let ident = &f.field.ident;
            let read = read_field(s, f, &block_ref(s, quote!(__raw)));
            if s.version.is_some() && f.since > 1 {
                let end = block::field_end(s, f);
                let default = default_value(f);
                quote!(#ident: if __block_len >= #end { #read } else { #default })
            } else {
                quote!(#ident: #read)
            }
        })
        .collect()
}

/// `view` and `view_prefix` on the type, and the view's accessors and `Debug`.
fn accessors(s: &CheckedStruct, names: &Names, lts: &Lifetimes) -> TokenStream {
    let p = private();
    let view = &names.view;
    let lt = &lts.lt;
    let view_fns = view_fns(names, lts);
    let methods = s.fields.iter().enumerate().map(|(i, f)| {
        let doc = describe(s, i);
        match &f.shape {
            Shape::Var(shape) => var_accessor(f, shape, &doc, lt),
            _ => fixed_accessor(s, f, &doc),
        }
    });
    let view_name = view.to_string();
    let held = super::held_where();
    quote! {
        #view_fns

        impl<#lt> #view<#lt> #held {
            #(#methods)*

            /// The bytes of the encoding.
            #[inline]
            pub fn as_bytes(&self) -> &#lt [u8] {
                self.__bytes
            }
        }

        impl<#lt> #p::core::fmt::Debug for #view<#lt> #held {
            fn fmt(&self, f: &mut #p::core::fmt::Formatter<'_>) -> #p::core::fmt::Result {
                f.debug_struct(#view_name).field("bytes", &self.__bytes).finish()
            }
        }
    }
}

/// `view` and `view_prefix`: the type's constructors of its view.
fn view_fns(names: &Names, lts: &Lifetimes) -> TokenStream {
    let p = private();
    let (ty, view) = (&names.ty, &names.view);
    let (lt, ty_lt, func_lt) = (&lts.lt, &lts.ty, &lts.func);
    let impl_gen = lts.impl_generics();
    let view_doc = format!(
        "Checks that `bytes` is exactly one encoding of [`{ty}`] and returns a view of it.\n\n\
         Every length is checked against its cap and against the input before anything else; \
         strings are checked to be UTF-8; enums, bools and lists are checked element by \
         element. Afterwards every accessor is O(1) and cannot fail.\n\n# Errors\n\n\
         `Truncated`, `TrailingBytes`, `LengthExceedsMax`, `InvalidUtf8`, `MalformedVarint`, \
         `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, or `InvalidBlockLength` for a \
         versioned message, each with the field and its offset."
    );
    let prefix_doc = format!(
        "Like [`{ty}::view`], on the front of a longer buffer: returns the view and the bytes \
         after the message."
    );
    let held = super::held_where();
    quote! {
        impl #impl_gen #ty #ty_lt #held {
            #[doc = #view_doc]
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
            pub fn view_prefix #func_lt (
                bytes: &#lt [u8],
            ) -> #p::Result<(#view<#lt>, &#lt [u8]), #p::DecodeError> {
                let (view, used) = Self::__wire_view_at(bytes, #p::Depth::new(Self::__WIRE_MAX_DEPTH))?;
                #p::Ok((view, bytes.get(used..).unwrap_or_default()))
            }
        }
    }
}

/// The accessor of a variable field: a read of what the view kept, with no check (it
/// was checked once).
fn var_accessor(f: &CheckedField, shape: &VarShape, doc: &str, lt: &syn::Lifetime) -> TokenStream {
    let p = private();
    let ident = &f.field.ident;
    let order = order(f.endian);
    let mut ret = access_ty(shape, lt, &order);
    let body = match shape {
        VarShape::Opt(inner) | VarShape::Cond { inner, .. } => match &**inner {
            VarShape::Element { ty: elem } => {
                quote!(self.#ident.map(<#elem as #p::DecodeElement<#lt>>::stored_view::<#order>))
            }
            _ => quote!(self.#ident),
        },
        _ => quote!(self.#ident),
    };
    if optional_in_view(f) {
        ret = quote!(#p::Option<#ret>);
    }
    quote! {
        #[doc = #doc]
        #[inline]
        pub fn #ident(&self) -> #ret {
            #body
        }
    }
}

/// The accessor of a fixed field: a read from the block (or the field's default, when an
/// older peer's block ends before it).
fn fixed_accessor(s: &CheckedStruct, f: &CheckedField, doc: &str) -> TokenStream {
    let ident = &f.field.ident;
    let fty = &f.field.ty;
    let read = read_field(s, f, &block_ref(s, quote!(self.__raw)));
    let body = if s.version.is_some() && f.since > 1 {
        let end = block::field_end(s, f);
        let default = default_value(f);
        quote!(if self.__block_len >= #end { #read } else { #default })
    } else {
        read
    };
    quote! {
        #[doc = #doc]
        #[inline]
        pub fn #ident(&self) -> #fty {
            #body
        }
    }
}

/// The encoded length of one variable value (`value` is a place or a reference).
pub(super) fn var_len(shape: &VarShape, value: &TokenStream) -> TokenStream {
    let p = private();
    match shape {
        VarShape::Bytes { len, .. } | VarShape::Str { len, .. } => {
            let len = len_tokens(*len);
            quote!({
                let n = #p::core::convert::AsRef::<[u8]>::as_ref(&#value).len();
                #p::prefixed_len(#len, n, n)
            })
        }
        VarShape::List { elem, len, .. } => {
            let len = len_tokens(*len);
            quote!({
                let items = #p::core::convert::AsRef::<[#elem]>::as_ref(&#value);
                #p::prefixed_len(#len, items.len(), #p::list_body_len(items))
            })
        }
        VarShape::Opt(inner) => {
            let inner = var_len(inner, &quote!((*value)));
            quote!(1 + match &#value { #p::Option::Some(value) => #inner, #p::Option::None => 0 })
        }
        VarShape::Element { .. } => quote!(#p::EncodeElement::elem_len(&#value)),
        VarShape::Varint { .. } => {
            let mapped = varint_value(shape, value);
            quote!(#p::varint_len(#mapped))
        }
        VarShape::Computed(_) | VarShape::Cond { .. } => {
            super::lengths::encoded_len(shape, value).unwrap_or_default()
        }
    }
}

/// A varint field's value as the `u64` written.
fn varint_value(shape: &VarShape, value: &TokenStream) -> TokenStream {
    let p = private();
    let VarShape::Varint { prim, zigzag } = shape else {
        return TokenStream::new();
    };
    match (prim.is_signed(), zigzag) {
        (false, _) => quote!((#value as u64)),
        (true, true) => quote!(#p::zigzag(#value as i64)),
        // Protocol Buffers' int32/int64: the two's complement sign-extended to 64 bits.
        (true, false) => quote!((#value as i64 as u64)),
    }
}

/// Writes one variable value at `pos` in `out`.
pub(super) fn write_var(
    shape: &VarShape,
    value: &TokenStream,
    name: &str,
    order: &TokenStream,
) -> TokenStream {
    let p = private();
    match shape {
        VarShape::Bytes { len, max, .. } | VarShape::Str { len, max, .. } => {
            let len = len_tokens(*len);
            quote! {
                #p::write_bytes::<#order>(
                    out, &mut pos, #len, #max, #name, #p::core::convert::AsRef::<[u8]>::as_ref(&#value),
                )?;
            }
        }
        VarShape::List { elem, len, max } => {
            let len = len_tokens(*len);
            quote! {
                #p::write_list::<#elem, #order>(
                    out, &mut pos, #len, #max, #name, #p::core::convert::AsRef::<[#elem]>::as_ref(&#value),
                )?;
            }
        }
        VarShape::Opt(inner) => {
            let inner = write_var(inner, &quote!((*value)), name, order);
            quote! {
                match &#value {
                    #p::Option::Some(value) => {
                        #p::reserve(out, &mut pos, 1)?[0] = 1;
                        #inner
                    }
                    #p::Option::None => #p::reserve(out, &mut pos, 1)?[0] = 0,
                }
            }
        }
        VarShape::Element { ty } => {
            quote!(#p::write_element::<#ty, #order>(out, &mut pos, &#value)?;)
        }
        VarShape::Varint { .. } => {
            let mapped = varint_value(shape, value);
            quote!(#p::write_varint(out, &mut pos, #mapped)?;)
        }
        VarShape::Computed(_) | VarShape::Cond { .. } => {
            super::lengths::write(shape, value, name, order).unwrap_or_default()
        }
    }
}

/// The writes of the variable fields at `pos`, in order, each with the bounds a
/// checksum range needs recorded around it.
fn var_writes(s: &CheckedStruct) -> Vec<TokenStream> {
    s.fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.shape.is_var())
        .map(|(index, f)| {
            let ident = &f.field.ident;
            let write = write_var(
                var_shape(f),
                &quote!(self.#ident),
                &f.field.name(),
                &order(f.endian),
            );
            let from = super::checksum::record(s, index, false);
            let to = super::checksum::record(s, index, true);
            quote!(#from #write #to)
        })
        .collect()
}

fn encode(s: &CheckedStruct, names: &Names, lts: &Lifetimes) -> TokenStream {
    let p = private();
    let (ty, raw) = (&names.ty, block_ty(s));
    let ty_lt = &lts.ty;
    let impl_gen = lts.impl_generics();
    let header = header_len(s);
    let container = order(s.endian);
    let block = block_size(s);
    let lens = s.var_fields().map(|f| {
        let ident = &f.field.ident;
        var_len(var_shape(f), &quote!(self.#ident))
    });
    let writes = var_writes(s);
    let write_block = block::write_body(s);
    let lengths = super::lengths::prelude(s);
    // Once every field is written: a checksum over the message covers them all.
    let fill_checksums = super::checksum::fill(
        s,
        &quote!(&mut out[..pos]),
        &super::checksum::Bytes::message(header, block_size(s), quote!(pos)),
    );
    let header_write = match (s.version, header) {
        (None, _) => TokenStream::new(),
        (Some(_), 2) => {
            quote!(#p::write_header::<#container>(out, &mut pos, #block, #p::Option::None)?;)
        }
        (Some(_), _) => quote! {
            #p::write_header::<#container>(out, &mut pos, #block, #p::Option::Some(total - #header - #block))?;
        },
    };
    let size_check = if s.version.is_some() {
        let message = format!("the block of `{ty}` is longer than a u16 block length can say");
        let block = super::const_block_size(s);
        quote!(const _: () = #p::core::assert!(#block <= 0xffff, #message);)
    } else {
        TokenStream::new()
    };
    let held = super::held_where();
    quote! {
        #size_check

        impl #impl_gen #p::Encode for #ty #ty_lt #held {
            #[inline]
            fn encoded_len(&self) -> usize {
                #header + #block #(+ #lens)*
            }

            #[inline]
            fn encode(&self, out: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                let total = #p::Encode::encoded_len(self);
                if out.len() < total {
                    return #p::Err(#p::buffer_too_small(total, out.len()));
                }
                #lengths
                let mut pos = 0usize;
                #header_write
                {
                    let available = out.len();
                    let slot = #p::reserve(out, &mut pos, #block)?;
                    let raw = match <#raw as #p::zerocopy::FromBytes>::mut_from_prefix(slot) {
                        #p::Ok((raw, _)) => raw,
                        #p::Err(_) => return #p::Err(#p::buffer_too_small(total, available)),
                    };
                    let offset = #header;
                    #write_block
                }
                #(#writes)*
                #fill_checksums
                #p::Ok(pos)
            }
        }
    }
}

/// `Decode`, and the element traits, so the message can be in a list or an `Option`.
fn traits(s: &CheckedStruct, names: &Names, lts: &Lifetimes) -> TokenStream {
    let min_len = header_len(s) + s.var_fields().count();
    super::walker_impls(
        &names.ty,
        &names.view,
        &lts.lt,
        &lts.ty,
        &lts.impl_generics(),
        &{
            let block = block_size(s);
            quote!(#min_len + #block)
        },
    )
}
