//! Expansion: turns a checked model into code. One file per generated item; this module
//! holds what they share (paths, names, how one field is read and written).
//!
//! Generated code names everything through `::wire::__private`, so it does not depend
//! on what the user has imported, and contains no `unsafe`: the raw struct derives
//! zerocopy's traits and every cast goes through them.

mod block;
mod bounds;
mod decode;
pub mod derives_wire;
mod encode;
mod enums;
mod frame;
mod lengths;
mod message;
mod schema;
mod tags;
mod union;
mod view;
mod view_mut;
// Last, so merging other features' modules above stays mechanical.
mod checksum;

use crate::layout::{Offset, Place};
use crate::model::{Endian, Prim, TyKind};
use crate::validate::{CheckedField, CheckedStruct, Shape};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, ToTokens};

use crate::validate::{CheckedEnum, CheckedUnion};

/// Lint levels for generated impls: the code is the derive's, not the user's, so a
/// user's `clippy::pedantic` (or any group) must not fire on it.
pub fn lint_shield() -> TokenStream {
    let held = held_lints();
    quote!(#held #[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)])
}

/// `private_bounds`, for items with the held types' `where` clause when there is one: it
/// names the user's types, which may be less public than the message (a private `Point`
/// in a public `Move`); the message's fields hold them already, so the clause exposes
/// nothing new.
pub fn held_lints() -> TokenStream {
    if held_predicates().is_empty() {
        return TokenStream::new();
    }
    quote!(#[allow(private_bounds)])
}

thread_local! {
    /// The path of the `wire` crate in the expansion under way: `#[wire(crate = "…")]`,
    /// or `::wire` when there is none.
    static ROOT: std::cell::RefCell<Option<syn::Path>> = const { std::cell::RefCell::new(None) };
}

/// Runs `expand` with `root` (the `crate = "…"` attribute) as the path of `wire`.
pub fn with_root<R>(root: Option<&syn::Path>, expand: impl FnOnce() -> R) -> R {
    ROOT.with(|r| *r.borrow_mut() = root.cloned());
    let out = expand();
    ROOT.with(|r| *r.borrow_mut() = None);
    out
}

thread_local! {
    /// The `where` predicates of the derive under way (see `derives_wire`): every held
    /// type's, and all but the list elements'. Computed once, written on every item.
    static HELD: std::cell::RefCell<(TokenStream, TokenStream, Option<proc_macro2::Span>)> =
        std::cell::RefCell::new(Default::default());
}

/// Runs `expand` with the held types' `where` predicates of `held`.
pub fn with_held<R>(held: &derives_wire::Held, expand: impl FnOnce() -> R) -> R {
    HELD.with(|h| {
        *h.borrow_mut() = (
            held.predicates(),
            held.acyclic_predicates(),
            held.list_span(),
        )
    });
    let out = expand();
    HELD.with(|h| *h.borrow_mut() = Default::default());
    out
}

/// `where` and the held types' predicates, for an item without a `where` clause of its
/// own; nothing when the type holds none.
pub fn held_where() -> TokenStream {
    where_clause(held_predicates())
}

/// `where` and the predicates but the list elements': the clause of the `Element` and
/// `FixedField` impls and of the view type (see `derives_wire::Held::acyclic_predicates`).
pub fn held_acyclic_where() -> TokenStream {
    where_clause(HELD.with(|h| h.borrow().1.clone()))
}

fn where_clause(predicates: TokenStream) -> TokenStream {
    if predicates.is_empty() {
        return predicates;
    }
    quote!(where #predicates)
}

/// The held types' predicates, each with its trailing comma, for an item that has a
/// `where` clause of its own.
pub fn held_predicates() -> TokenStream {
    HELD.with(|h| h.borrow().0.clone())
}

/// The path every generated item goes through.
pub fn private() -> TokenStream {
    private_at(proc_macro2::Span::call_site())
}

/// The same path, spanned at `span`, so that an error inside a generated const
/// assertion is reported at the field or attribute it is about.
pub fn private_at(span: proc_macro2::Span) -> TokenStream {
    ROOT.with(|root| match &*root.borrow() {
        Some(path) => quote::quote_spanned!(span=> #path::__private),
        None => quote::quote_spanned!(span=> ::wire::__private),
    })
}

/// The zerocopy byte-order type for `endian` (big when there is none: then the value
/// is one byte wide, or a const assertion makes sure it does not need one).
pub fn order(endian: Option<Endian>) -> TokenStream {
    let p = private();
    match endian {
        Some(Endian::Little) => quote!(#p::LittleEndian),
        _ => quote!(#p::BigEndian),
    }
}

pub fn prim_ty(prim: Prim) -> TokenStream {
    let ident = format_ident!("{}", prim.name());
    quote!(#ident)
}

/// A type as the user wrote it, for documentation: `[u8; 4]`.
/// A type as a person writes it (`&'a str`, `Vec<Level>`, `[u8; 4]`), from the token
/// spacing `quote` produces (`& 'a str`, `Vec < Level >`, `[u8 ; 4]`).
pub fn ty_text(ty: &syn::Type) -> String {
    let mut text = ty.to_token_stream().to_string();
    for (from, to) in [
        (" :: ", "::"),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ;", ";"),
        (" ,", ","),
        ("& ", "&"),
        ("[ ", "["),
        (" ]", "]"),
    ] {
        text = text.replace(from, to);
    }
    text
}

pub fn unsuffixed(value: u128) -> Literal {
    Literal::u128_unsuffixed(value)
}

/// Names of the items generated for one struct.
pub struct Names {
    pub ty: Ident,
    pub view: Ident,
    pub view_mut: Ident,
}

impl Names {
    pub fn of(ty: &Ident) -> Names {
        Names {
            ty: ty.clone(),
            view: format_ident!("{}View", ty),
            view_mut: format_ident!("{}ViewMut", ty),
        }
    }
}

pub fn expand_struct(s: &CheckedStruct) -> TokenStream {
    let names = Names::of(&s.input.ident);
    let code = if s.is_variable() {
        message::expand_message(s)
    } else {
        expand_fixed(s, &names)
    };
    let (frame, bound) = (frame::struct_frame_impls(s), bounds::struct_bound(s));
    let code = quote!(#code const _: () = { #frame #bound };);
    with_schema(code, schema::struct_schema(s))
}

pub fn expand_enum(e: &CheckedEnum) -> TokenStream {
    let code = enums::expand_enum(e);
    let bound = bounds::enum_bound(&e.input.ident, e.repr.bytes());
    let code = quote!(#code const _: () = { #bound };);
    with_schema(code, schema::enum_schema(e))
}

pub fn expand_union(u: &CheckedUnion) -> TokenStream {
    with_schema(union::expand_union(u), schema::union_schema(u))
}

fn with_schema(code: TokenStream, schema: TokenStream) -> TokenStream {
    let shield = lint_shield();
    quote! {
        #code
        #shield
        const _: () = {
            #schema
        };
    }
}

fn expand_fixed(s: &CheckedStruct, names: &Names) -> TokenStream {
    let view_struct = view::view_struct(s, names);
    let fixed_impls = block::fixed_impls(s, names);
    let elements = view::element_impls(s, names);
    let view_impls = view::view_impls(s, names);
    let view_mut_impls = view_mut::view_mut_impls(s, names);
    let encode = encode::encode_impl(names);
    let decode = decode::decode_impl(names);
    let checksums = checksum::fixed_view_impls(s, names);
    let shield = lint_shield();
    quote! {
        #view_struct
        #shield
        const _: () = {
            #fixed_impls
            #view_impls
            #view_mut_impls
            #encode
            #decode
            #elements
            #checksums
        };
    }
}

/// `Decode` and the element traits of a type with generated `__wire_view_at` and
/// `__wire_decode_at` walkers (a variable-length message or a tagged union), so it can be
/// decoded, and be an element of a list or the value of an `Option`.
pub fn walker_impls(
    ty: &Ident,
    view: &Ident,
    lt: &syn::Lifetime,
    ty_lt: &TokenStream,
    impl_gen: &TokenStream,
    min_len: &TokenStream,
) -> TokenStream {
    let p = private();
    let view_fns = elem_view_fns(view, lt);
    let check_fns = elem_check_fns(view, lt);
    let (held, held_acyclic) = (held_where(), held_acyclic_where());
    // Spanned at a list's element type, if any (see `derives_wire::Held::list_span`).
    let element_ty = match HELD.with(|h| h.borrow().2) {
        Some(span) => Ident::new(&ty.to_string(), span),
        None => ty.clone(),
    };
    quote! {
        impl<#lt> #p::Decode<#lt> for #ty #ty_lt #held {
            #[inline]
            fn decode_prefix(bytes: &#lt [u8]) -> #p::Result<(Self, &#lt [u8]), #p::DecodeError> {
                let depth = #p::Depth::new(Self::__WIRE_MAX_DEPTH);
                let (value, used) = Self::__wire_decode_at(bytes, depth)?;
                #p::Ok((value, bytes.get(used..).unwrap_or_default()))
            }
        }

        #[doc(hidden)]
        impl #impl_gen #p::EncodeElement for #ty #ty_lt #held {
            #[inline]
            fn elem_len(&self) -> usize {
                #p::Encode::encoded_len(self)
            }

            #[inline]
            fn elem_write<__O: #p::ByteOrder>(&self, out: &mut [u8]) -> #p::Result<usize, #p::EncodeError> {
                #p::Encode::encode(self, out)
            }
        }

        impl<#lt> #p::Element<#lt> for #element_ty #ty_lt #held_acyclic {
            type View = #view<#lt>;
        }

        // Every nested message or union spends one level of the walk's depth before it
        // reads anything: this is where recursion is bounded.
        #[doc(hidden)]
        impl<#lt> #p::DecodeElement<#lt> for #ty #ty_lt #held {
            type View = #view<#lt>;
            const MIN_LEN: usize = #min_len;

            #view_fns
            #check_fns
        }
    }
}

/// The `DecodeElement` methods that view (and store the view of) an element through
/// `__wire_view_at` and `__wire_view_validated`.
fn elem_view_fns(view: &Ident, lt: &syn::Lifetime) -> TokenStream {
    let p = private();
    quote! {
        #[inline]
        fn elem_view<__O: #p::ByteOrder>(
            bytes: &#lt [u8],
            field: &'static str,
            offset: usize,
            depth: #p::Depth,
        ) -> #p::Result<(#view<#lt>, usize), #p::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_view_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }

        type Stored<__O: #p::ByteOrder> = #view<#lt>;

        #[inline]
        fn elem_store<__O: #p::ByteOrder>(
            bytes: &#lt [u8],
            field: &'static str,
            offset: usize,
            depth: #p::Depth,
        ) -> #p::Result<(#view<#lt>, usize), #p::DecodeError> {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }

        #[inline]
        fn elem_store_validated<__O: #p::ByteOrder>(
            bytes: &#lt [u8],
        ) -> #p::Option<(#view<#lt>, usize)> {
            Self::__wire_view_validated(bytes)
        }

        #[inline]
        fn stored_view<__O: #p::ByteOrder>(stored: #view<#lt>) -> #view<#lt> {
            stored
        }
    }
}

/// The `DecodeElement` methods that check, re-view, measure and decode an element
/// through `__wire_check_at`, `__wire_view_validated`, `__wire_len_validated` and
/// `__wire_decode_at`.
fn elem_check_fns(view: &Ident, lt: &syn::Lifetime) -> TokenStream {
    let p = private();
    quote! {
        #[inline]
        fn elem_check<__O: #p::ByteOrder>(
            bytes: &#lt [u8],
            field: &'static str,
            offset: usize,
            depth: #p::Depth,
        ) -> #p::Result<usize, #p::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_check_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }

        #[inline]
        fn elem_view_validated<__O: #p::ByteOrder>(
            bytes: &#lt [u8],
        ) -> #p::Option<(#view<#lt>, usize)> {
            Self::__wire_view_validated(bytes)
        }

        #[inline]
        fn elem_len_validated<__O: #p::ByteOrder>(bytes: &#lt [u8]) -> #p::Option<usize> {
            Self::__wire_len_validated(bytes)
        }

        #[inline]
        fn elem_decode<__O: #p::ByteOrder>(
            bytes: &#lt [u8],
            field: &'static str,
            offset: usize,
            depth: #p::Depth,
        ) -> #p::Result<(Self, usize), #p::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_decode_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
    }
}

/// A byte offset as a constant expression: a literal when the macro knows it, else the
/// known part plus the sizes of the nested types before it (only the compiler knows those).
pub fn offset_tokens(s: &CheckedStruct, offset: &Offset) -> TokenStream {
    sized_offset(s, offset, |ty| {
        let p = private();
        quote!(<#ty as #p::FixedWire>::SIZE)
    })
}

/// [`offset_tokens`] for an array length or a free constant, which the held types'
/// `where` clause does not reach: each nested size read through [`nested`].
pub fn const_offset_tokens(s: &CheckedStruct, offset: &Offset) -> TokenStream {
    sized_offset(s, offset, |ty| nested(ty, "SIZE"))
}

fn sized_offset(
    s: &CheckedStruct,
    offset: &Offset,
    size: impl Fn(&syn::Type) -> TokenStream,
) -> TokenStream {
    let known = unsuffixed(offset.known as u128);
    if offset.opaque.is_empty() {
        return quote!(#known);
    }
    let sizes = offset
        .opaque
        .iter()
        .filter_map(|i| s.fixed_fields().nth(*i))
        .map(|f| size(&f.field.ty));
    quote!((#known #(+ #sizes)*))
}

/// A constant of a nested fixed-layout type (`SIZE`, `NEEDS_ENDIAN`, `KNOWN`), as the
/// runtime's `__nested!` reads it: it resolves even where the held types' `where`
/// clause does not hold (array lengths, free constants), so that a type that does not
/// derive `Wire` is one error, the clause's.
pub fn nested(ty: &syn::Type, item: &str) -> TokenStream {
    let p = private();
    let item = Ident::new(item, proc_macro2::Span::call_site());
    quote!(#p::__nested!(#ty, #item))
}

/// The size of the fixed block (the whole encoding of a fixed-layout struct).
pub fn block_size(s: &CheckedStruct) -> TokenStream {
    offset_tokens(s, &s.layout.size)
}

/// [`block_size`] for an array length or a free constant (see [`const_offset_tokens`]).
pub fn const_block_size(s: &CheckedStruct) -> TokenStream {
    const_offset_tokens(s, &s.layout.size)
}

/// The fixed block as a type: `[u8; SIZE]`.
pub fn block_ty(s: &CheckedStruct) -> TokenStream {
    let size = const_block_size(s);
    quote!([u8; #size])
}

/// The byte offset of `field` (of its run, for a bit field) within the block, as a
/// constant expression.
pub fn offset_expr(s: &CheckedStruct, field: &CheckedField) -> TokenStream {
    match &field.place {
        Some(Place::Bytes { offset }) => offset_tokens(s, offset),
        Some(Place::Bit { run, .. }) => offset_tokens(s, &s.layout.runs[*run].offset),
        None => quote!(0),
    }
}

/// [`offset_expr`] for a free constant (see [`const_offset_tokens`]).
pub fn const_offset_expr(s: &CheckedStruct, field: &CheckedField) -> TokenStream {
    match &field.place {
        Some(Place::Bytes { offset }) => const_offset_tokens(s, offset),
        Some(Place::Bit { run, .. }) => const_offset_tokens(s, &s.layout.runs[*run].offset),
        None => quote!(0),
    }
}

/// `read_be_u16` and friends: the runtime function that reads (`"read"`) or writes
/// `bytes` bytes in `little` or big endian.
fn uint_fn(op: &str, little: bool, bytes: usize) -> Ident {
    format_ident!(
        "{op}_{}_{}",
        if little { "le" } else { "be" },
        Prim::container_for(bytes).name()
    )
}

/// The bytes of bit run `run`, read as its container integer from `raw` (the block).
pub fn read_run(s: &CheckedStruct, run: usize, raw: &TokenStream) -> TokenStream {
    let p = private();
    let r = &s.layout.runs[run];
    let read = uint_fn("read", r.little, r.bytes);
    let (at, n) = (offset_tokens(s, &r.offset), r.bytes);
    quote!(#p::#read(#p::chunk::<#n>(#raw, #at)))
}

fn mask(width: u32) -> Literal {
    unsuffixed(if width >= 128 {
        u128::MAX
    } else {
        (1u128 << width) - 1
    })
}

/// `value` (an unsigned integer holding the field's `width` low bits) as the field's type.
fn from_bits(prim: Prim, width: u32, value: TokenStream) -> TokenStream {
    let ty = prim_ty(prim);
    if prim == Prim::Bool {
        quote!((#value) != 0)
    } else if prim.is_signed() {
        // Sign-extend: move the field's sign bit to the top, then shift back arithmetically.
        let unsigned = prim_ty(prim.unsigned());
        let shift = prim.bits() - width;
        quote!(((((#value) as #unsigned) << #shift) as #ty) >> #shift)
    } else {
        quote!((#value) as #ty)
    }
}

/// An expression reading `field` from `raw` (the block, a `&[u8; SIZE]`).
pub fn read_field(s: &CheckedStruct, field: &CheckedField, raw: &TokenStream) -> TokenStream {
    let p = private();
    let at = offset_expr(s, field);
    match field.shape {
        Shape::Plain => {
            let ty = &field.field.ty;
            let order = order(field.endian);
            quote!(#p::read_at::<#ty, #order>(#raw, #at))
        }
        Shape::OddBytes { prim, bytes } => {
            let read = uint_fn("read", field.endian == Some(Endian::Little), bytes);
            let value = quote!(#p::#read(#p::chunk::<#bytes>(#raw, #at)));
            from_bits(prim, bytes as u32 * 8, value)
        }
        Shape::Bit {
            prim,
            run,
            shift,
            width,
        } => {
            let run = read_run(s, run, raw);
            let mask = mask(width);
            from_bits(prim, width, quote!((#run >> #shift) & #mask))
        }
        Shape::Decimal { float, repr, scale } => {
            let (float, repr) = (prim_ty(float), prim_ty(repr));
            let order = order(field.endian);
            quote!(#p::fixed_to_f64(#p::read_at::<#repr, #order>(#raw, #at) as i128, #scale) as #float)
        }
        // Variable fields are not in the raw block; their readers are in `message`.
        Shape::Var(_) => TokenStream::new(),
    }
}

/// The bits or bytes a field occupies, when narrower than its Rust type.
fn wire_width(field: &CheckedField) -> Option<(Prim, u32)> {
    match field.shape {
        Shape::Plain | Shape::Decimal { .. } | Shape::Var(_) => None,
        Shape::OddBytes { prim, bytes } => Some((prim, bytes as u32 * 8)),
        Shape::Bit { prim, width, .. } => Some((prim, width)),
    }
    .filter(|(prim, width)| *width < prim.bits() && *prim != Prim::Bool)
}

/// Whether writing `field` can fail (its setter returns `Result`).
pub fn write_may_fail(field: &CheckedField) -> bool {
    match field.shape {
        Shape::Plain => !field.field.kind.always_fits(),
        Shape::Decimal { .. } => true,
        _ => wire_width(field).is_some(),
    }
}

/// Whether `value` fits the field's wire width, as a `bool` expression without branches
/// (`&`, not `&&`), so several fold into one test; `None` when every value fits.
pub fn fits(field: &CheckedField, value: &TokenStream) -> Option<TokenStream> {
    let (prim, width) = wire_width(field)?;
    Some(if prim.is_signed() {
        let half = 1u128 << (width - 1);
        let (min, max) = (unsuffixed(half), unsuffixed(half - 1));
        quote!(((#value >= -#min) & (#value <= #max)))
    } else {
        let max = unsuffixed((1u128 << width) - 1);
        quote!((#value <= #max))
    })
}

/// `return Err(ValueOutOfRange)` when `value` does not fit the field's wire width.
pub fn range_check(field: &CheckedField, value: &TokenStream, offset: &TokenStream) -> TokenStream {
    let p = private();
    let Some((prim, width)) = wire_width(field) else {
        return TokenStream::new();
    };
    let name = field.field.name();
    let (min, max) = if prim.is_signed() {
        let half = 1u128 << (width - 1);
        {
            let half_lit = unsuffixed(half);
            (quote!((-#half_lit)), unsuffixed(half - 1))
        }
    } else {
        (quote!(0), unsuffixed((1u128 << width) - 1))
    };
    let out_of_range = if prim.is_signed() {
        quote!(!(#min..=#max).contains(&#value))
    } else {
        quote!(#value > #max)
    };
    // A u128 above i128::MAX is reported as i128::MAX: the error holds an i128.
    let as_i128 = if prim == Prim::U128 {
        quote!(if #value > (i128::MAX as u128) { i128::MAX } else { #value as i128 })
    } else {
        quote!(#value as i128)
    };
    // The error carries the range as the wire width (below 128 bits, so it fits a u8).
    let bits = width as u8;
    let signed = prim.is_signed();
    quote! {
        if #out_of_range {
            return #p::Err(#p::out_of_range(#name, #offset, #as_i128, #bits, #signed));
        }
    }
}

/// `value` as the unsigned bits stored on the wire, in the container type `container`.
pub fn to_bits(prim: Prim, container: Prim, value: &TokenStream) -> TokenStream {
    let c = prim_ty(container);
    if prim == Prim::Bool {
        quote!((#value as #c))
    } else {
        let unsigned = prim_ty(prim.unsigned());
        quote!(((#value as #unsigned) as #c))
    }
}

/// Writes the container integer `value` into bit run `run` of `raw` (the block).
pub fn write_run(
    s: &CheckedStruct,
    run: usize,
    raw: &TokenStream,
    value: &TokenStream,
) -> TokenStream {
    let p = private();
    let r = &s.layout.runs[run];
    let write = uint_fn("write", r.little, r.bytes);
    let (at, n) = (offset_tokens(s, &r.offset), r.bytes);
    quote!(#p::#write(#p::chunk_mut::<#n>(#raw, #at), #value);)
}

/// Human-readable position of a field, for the rustdoc of its accessors.
pub fn describe(s: &CheckedStruct, index: usize) -> String {
    let field = &s.fields[index];
    let order = match field.endian {
        Some(e) if needs_order(field) => format!(", {}", e.name()),
        _ => String::new(),
    };
    let Some(place) = &field.place else {
        return describe_var(s, field);
    };
    match (place, &field.shape) {
        (
            Place::Bit {
                run,
                width,
                position,
                ..
            },
            Shape::Bit { .. },
        ) => describe_bits(s, field, *run, *width, *position, &order),
        (Place::Bytes { offset }, shape) => describe_bytes(s, field, offset, shape, &order),
        _ => unreachable!("validate pairs bit places with bit shapes"),
    }
}

/// Where `len` bytes from `start` are: `byte 3`, `bytes 3..5`, `from byte 3`, or after
/// the nested types whose sizes only the compiler knows.
fn describe_span(s: &CheckedStruct, start: &Offset, len: Option<usize>) -> String {
    match (start.exact(), len) {
        (Some(a), Some(1)) => format!("byte {a}"),
        (Some(a), Some(n)) => format!("bytes {a}..{}", a + n),
        (Some(a), None) => format!("from byte {a}"),
        (None, _) => {
            let after: Vec<String> = start
                .opaque
                .iter()
                .map(|i| format!("`{}`", s.fields[*i].field.name()))
                .collect();
            format!(
                "at byte {} plus the sizes of {}",
                start.known,
                after.join(", ")
            )
        }
    }
}

/// The description of a bit field: its bits within its run, and where the run is.
fn describe_bits(
    s: &CheckedStruct,
    field: &CheckedField,
    run: usize,
    width: u32,
    position: u32,
    order: &str,
) -> String {
    let ty = ty_text(&field.field.ty);
    let r = &s.layout.runs[run];
    let which = if r.little { "least" } else { "most" };
    format!(
        "`{}`: {width} bit{} at bit {position} (counting from the {which} significant) of \
         the {}-byte run at {}{order}; `{ty}`.",
        field.field.name(),
        if width == 1 { "" } else { "s" },
        r.bytes,
        describe_span(s, &r.offset, Some(r.bytes)),
    )
}

/// The description of a field at a byte offset: its bytes, and how the value is stored.
fn describe_bytes(
    s: &CheckedStruct,
    field: &CheckedField,
    offset: &Offset,
    shape: &Shape,
    order: &str,
) -> String {
    let ty = ty_text(&field.field.ty);
    let len = match shape {
        Shape::OddBytes { bytes, .. } => Some(*bytes),
        Shape::Decimal { repr, .. } => Some(repr.bytes()),
        _ => field.field.kind.known_bytes(),
    };
    let width = match shape {
        Shape::Decimal { repr, scale, .. } => format!(
            "`{ty}`, stored as a {} count of 10^-{scale} (rounded half away from zero)",
            repr.name()
        ),
        Shape::OddBytes { bytes, prim } => format!(
            "a {}-bit {} integer on the wire",
            bytes * 8,
            if prim.is_signed() {
                "signed"
            } else {
                "unsigned"
            }
        ),
        _ => format!("`{ty}`"),
    };
    let magic = if field.magic.is_some() {
        "; a magic constant, checked on read"
    } else {
        ""
    };
    format!(
        "`{}`: {}{order}; {width}{magic}.",
        field.field.name(),
        describe_span(s, offset, len)
    )
}

/// The description of a variable-length field: where it is and how it is prefixed.
fn describe_var(s: &CheckedStruct, field: &CheckedField) -> String {
    use crate::validate::VarShape;
    fn what(shape: &VarShape) -> String {
        let prefix = |len: &crate::model::LenKind, max: u64, unit: &str| {
            format!(
                "prefixed by its length in {unit} as a {}, at most {max}",
                len_name(*len)
            )
        };
        match shape {
            VarShape::Bytes { len, max, .. } => format!("bytes {}", prefix(len, *max, "bytes")),
            VarShape::Str { len, max, .. } => format!("UTF-8 {}", prefix(len, *max, "bytes")),
            VarShape::List { len, max, .. } => format!("a list {}", prefix(len, *max, "elements")),
            VarShape::Opt(inner) => format!("a presence byte (0 or 1), then {}", what(inner)),
            VarShape::Element { ty } => format!("a `{}`", ty_text(ty)),
            VarShape::Varint { zigzag: true, .. } => "a ZigZag LEB128 varint".into(),
            VarShape::Varint { zigzag: false, .. } => "a LEB128 varint".into(),
            VarShape::Computed(c) => lengths::describe(c),
            VarShape::Cond { inner, .. } => {
                format!(
                    "when its condition holds (no presence byte), {}",
                    what(inner)
                )
            }
        }
    }
    let Shape::Var(shape) = &field.shape else {
        return String::new();
    };
    let position = s
        .var_fields()
        .position(|f| f.field.ident == field.field.ident)
        .unwrap_or(0);
    let since = if field.since > 1 {
        format!(
            " Added in version {}: absent from older peers' messages.",
            field.since
        )
    } else {
        String::new()
    };
    format!(
        "`{}`: variable-length field {} after the fixed block; {}.{since}",
        field.field.name(),
        position + 1,
        what(shape)
    )
}

fn len_name(len: crate::model::LenKind) -> &'static str {
    match len {
        crate::model::LenKind::U8 => "u8",
        crate::model::LenKind::U16 => "u16",
        crate::model::LenKind::U32 => "u32",
        crate::model::LenKind::Varint => "varint",
    }
}

fn needs_order(field: &CheckedField) -> bool {
    match field.shape {
        Shape::OddBytes { bytes, .. } => bytes > 1,
        Shape::Bit { .. } => true,
        Shape::Plain => field.field.kind.needs_endian() != Some(false),
        Shape::Decimal { repr, .. } => repr.bytes() > 1,
        Shape::Var(_) => false,
    }
}

/// Whether a field's type is only known to the compiler (a nested `Wire` type).
pub fn is_named(kind: &TyKind) -> bool {
    match kind {
        TyKind::Named => true,
        TyKind::Array { elem, .. } => is_named(elem),
        _ => false,
    }
}
