//! The fixed block of a struct (`[u8; SIZE]`, every field at a constant offset) and the
//! `FixedWire` implementation that reads, writes and validates it.

use super::{
    block_size, block_ty, is_named, offset_expr, order, prim_ty, private, private_at, range_check,
    read_field, to_bits, write_run, Names,
};
use crate::layout::Place;
use crate::model::{Magic, Prim};
use crate::validate::{CheckedField, CheckedStruct, Shape};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned, ToTokens};

/// The table of where each fixed field lies, for `Truncated` errors.
pub fn fields_table(s: &CheckedStruct) -> TokenStream {
    let spans = s.fixed_fields().map(|f| field_span(s, f));
    quote!(&[#(#spans),*])
}

/// `SIZE` and `FixedWire` of a fixed-layout struct: the fields read from, written to and
/// checked in its block, `[u8; SIZE]`.
pub fn fixed_impls(s: &CheckedStruct, names: &Names) -> TokenStream {
    let p = private();
    let ty = &names.ty;
    let (size, block) = (block_size(s), block_ty(s));
    let raw = quote!(raw);
    let reads = s.fields.iter().map(|f| {
        let ident = &f.field.ident;
        let read = read_field(s, f, &raw);
        quote!(#ident: #read)
    });
    let writes = write_body(s);
    // After every field is written: the checksums cover them.
    let fill_checksums = super::checksum::fill(s, &quote!(&mut raw[..]), &at_block(s));
    let fields = fields_table(s);
    let mut validations = validations(s, None);
    // `verify` checksums: after the other checks, as `view` and `decode` promise.
    let verify = super::checksum::verify(s, &quote!(&raw[..]), &at_block(s), &quote!(offset), true);
    validations.extend(verify);
    let validate = (!validations.is_empty()).then(|| {
        quote! {
            #[inline]
            fn validate<__O: #p::ByteOrder>(
                raw: &#block,
                _: &'static str,
                offset: usize,
            ) -> #p::Result<(), #p::DecodeError> {
                #validations
                #p::Ok(())
            }
        }
    });
    let inits: TokenStream = s.fields.iter().filter_map(|f| init(s, f)).collect();
    let init = (!inits.is_empty()).then(|| {
        quote! {
            #[inline]
            fn init<__O: #p::ByteOrder>(raw: &mut #block) {
                #inits
            }
        }
    });
    let assertions = assertions(s, names);
    let (held, held_acyclic) = (super::held_where(), super::held_acyclic_where());
    quote! {
        impl #ty #held {
            /// Bytes in every encoding of this type.
            pub const SIZE: usize = #size;
        }

        impl #p::FixedSize for #ty #held {
            const SIZE: usize = #size;
        }

        impl #p::FixedField for #ty #held_acyclic {
            type SetResult = #p::Result<(), #p::EncodeError>;
        }

        #[doc(hidden)]
        impl #p::FixedWire for #ty #held {
            type Raw<__O: #p::ByteOrder> = #block;
            type SetResult = #p::Result<(), #p::EncodeError>;
            // A struct states its own byte order; it takes none from the enclosing one.
            const NEEDS_ENDIAN: bool = false;
            const FIELDS: &'static [#p::FieldSpan] = #fields;

            #[inline]
            fn read<__O: #p::ByteOrder>(raw: &#block) -> Self {
                #ty { #(#reads,)* }
            }

            #[inline]
            fn write<__O: #p::ByteOrder>(&self, raw: &mut #block, offset: usize) -> #p::Result<(), #p::EncodeError> {
                #writes
                #fill_checksums
                #p::Ok(())
            }

            #validate
            #init
        }

        #assertions
    }
}

fn at_block(s: &CheckedStruct) -> super::checksum::Bytes {
    super::checksum::Bytes::fixed(s)
}

/// Writes every field of `self` into `raw`; bit runs are composed whole, then stored.
///
/// Every range check (bit fields, `bytes = N`) is folded into one condition with `&`, so
/// a value that fits, the common case, costs one branch however many narrow fields the
/// struct has; only when it fails are the checks run one by one, in field order, to
/// report the first field out of range, inside one cold call (`first_out_of_range`),
/// so that the fast path builds no `Result` in memory.
pub fn write_body(s: &CheckedStruct) -> TokenStream {
    let mut fits = Vec::new();
    let mut checks = TokenStream::new();
    for field in s.fixed_fields() {
        let value = super::lengths::block_value(s, field);
        if let Some(fit) = super::fits(field, &value) {
            let at = offset_expr(s, field);
            fits.push(fit);
            checks.extend(range_check(field, &value, &quote!((offset + #at))));
        }
    }
    let writes = write_fields(s);
    if fits.is_empty() {
        return writes;
    }
    let p = private();
    quote! {
        if !(#(#fits)&*) {
            return #p::Err(#p::first_out_of_range(|| {
                #checks
                #p::Ok(())
            }));
        }
        #writes
    }
}

/// The stores of [`write_body`], after the range checks.
fn write_fields(s: &CheckedStruct) -> TokenStream {
    let p = private();
    let raw = quote!(raw);
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < s.fields.len() {
        let field = &s.fields[i];
        let ident = &field.field.ident;
        // Errors count from the start of the whole message: `offset` is where this
        // struct starts in it.
        let at = offset_expr(s, field);
        let offset = quote!((offset + #at));
        match field.shape {
            Shape::Plain => {
                let ty = &field.field.ty;
                let order = order(field.endian);
                let value = match field.magic {
                    Some(magic) => {
                        let constant = magic_const(ty, magic);
                        quote!({ #constant __MAGIC })
                    }
                    None => super::lengths::block_value(s, field),
                };
                out.extend(quote! {
                    #p::SetResult::into_result(#p::write_at::<#ty, #order>(&#value, raw, #at, offset))?;
                });
                i += 1;
            }
            Shape::OddBytes { prim, bytes } => {
                let value = super::lengths::block_value(s, field);
                out.extend(store_odd(s, field, prim, bytes, &value, &raw));
                i += 1;
            }
            Shape::Decimal { .. } => {
                let value = quote!(self.#ident);
                out.extend(store_decimal(s, field, &value, &offset, &raw));
                i += 1;
            }
            Shape::Var(_) => i += 1,
            Shape::Bit { run, .. } => {
                let r = &s.layout.runs[run];
                let container = Prim::container_for(r.bytes);
                let c = prim_ty(container);
                let mut compose = quote!(let mut __bits: #c = 0;);
                for &index in &r.fields {
                    let f = &s.fields[index];
                    let Shape::Bit {
                        prim, shift, width, ..
                    } = f.shape
                    else {
                        continue;
                    };
                    let value = super::lengths::block_value(s, f);
                    let mask = super::mask(width);
                    let bits = to_bits(prim, container, &value);
                    compose.extend(quote!(__bits |= (#bits & #mask) << #shift;));
                }
                compose.extend(write_run(s, run, &raw, &quote!(__bits)));
                out.extend(quote!({ #compose }));
                i = r.fields[r.fields.len() - 1] + 1;
            }
        }
    }
    out
}

/// Stores a `bytes = N` integer whose range was checked.
pub fn store_odd(
    s: &CheckedStruct,
    field: &CheckedField,
    prim: Prim,
    bytes: usize,
    value: &TokenStream,
    raw: &TokenStream,
) -> TokenStream {
    let p = private();
    let container = Prim::container_for(bytes);
    let write = super::uint_fn(
        "write",
        field.endian == Some(crate::model::Endian::Little),
        bytes,
    );
    let at = offset_expr(s, field);
    let bits = to_bits(prim, container, value);
    quote!(#p::#write(#p::chunk_mut::<#bytes>(#raw, #at), #bits);)
}

/// Scales, rounds, range-checks (`?`) and stores a `fixed(…)` field.
pub fn store_decimal(
    s: &CheckedStruct,
    field: &CheckedField,
    value: &TokenStream,
    offset: &TokenStream,
    raw: &TokenStream,
) -> TokenStream {
    let p = private();
    let Shape::Decimal { float, repr, scale } = field.shape else {
        return TokenStream::new();
    };
    let at = offset_expr(s, field);
    let name = field.field.name();
    let (bits, signed) = (repr.bits() as u8, repr.is_signed());
    let repr = prim_ty(repr);
    let order = order(field.endian);
    // An f32 field is `min` or `max` when it is what reading them gives as an f32.
    let to_fixed = if float == Prim::F32 {
        quote!(#p::f32_to_fixed)
    } else {
        quote!(#p::f64_to_fixed)
    };
    quote! {{
        let units = #to_fixed(#value, #scale, #bits, #signed, #name, #offset)?;
        #p::write_at::<#repr, #order>(&(units as #repr), #raw, #at, 0);
    }}
}

/// `const __MAGIC: T = …;` for a magic field.
pub fn magic_const(ty: &syn::Type, magic: &Magic) -> TokenStream {
    match magic {
        Magic::Bytes(bytes) => quote!(const __MAGIC: #ty = *#bytes;),
        Magic::Int(int) => quote!(const __MAGIC: #ty = #int;),
    }
}

/// The checks of the fixed fields that need one (bool, enums, nested types, magic).
/// `block_len`: for a versioned message, the expression holding the block length: a
/// field the sender's version did not have is not checked.
pub fn validations(s: &CheckedStruct, block_len: Option<&TokenStream>) -> TokenStream {
    let mut out = TokenStream::new();
    for field in s.fixed_fields() {
        let Some(check) = validation(s, field) else {
            continue;
        };
        match (block_len, field.since > 1) {
            (Some(block_len), true) => {
                let end = field_end(s, field);
                out.extend(quote!(if #block_len >= #end { #check }));
            }
            _ => out.extend(check),
        }
    }
    out
}

/// One past the last byte of a fixed field (of its run, for a bit field).
pub fn field_end(s: &CheckedStruct, field: &CheckedField) -> TokenStream {
    sized_field_end(s, field, false)
}

/// [`field_end`] for a free constant (see `const_offset_tokens`).
fn const_field_end(s: &CheckedStruct, field: &CheckedField) -> TokenStream {
    sized_field_end(s, field, true)
}

fn sized_field_end(s: &CheckedStruct, field: &CheckedField, in_const: bool) -> TokenStream {
    let start = match &field.place {
        Some(Place::Bytes { offset }) => offset.exact(),
        Some(Place::Bit { run, .. }) => s.layout.runs[*run].offset.exact(),
        None => None,
    };
    let len = match field.shape {
        Shape::Plain => field.field.kind.known_bytes(),
        Shape::OddBytes { bytes, .. } => Some(bytes),
        Shape::Bit { run, .. } => Some(s.layout.runs[run].bytes),
        Shape::Decimal { repr, .. } => Some(repr.bytes()),
        Shape::Var(_) => Some(0),
    };
    if let (Some(start), Some(len)) = (start, len) {
        return super::unsuffixed((start + len) as u128).into_token_stream();
    }
    let (start, len) = match in_const {
        true => (
            super::const_offset_expr(s, field),
            field_len(s, field, true),
        ),
        false => (offset_expr(s, field), field_len(s, field, false)),
    };
    quote!((#start + #len))
}

fn validation(s: &CheckedStruct, field: &CheckedField) -> Option<TokenStream> {
    let p = private();
    if !matches!(field.shape, Shape::Plain) {
        return None;
    }
    let ty = &field.field.ty;
    let order = order(field.endian);
    let name = field.field.name();
    let offset = offset_expr(s, field);
    if let Some(magic) = field.magic {
        let constant = magic_const(ty, magic);
        return Some(quote! {{
            #constant
            if #p::read_at::<#ty, #order>(raw, #offset) != __MAGIC {
                return #p::Err(#p::invalid_magic(#name, offset + #offset));
            }
        }});
    }
    if !field.field.kind.may_need_validation() {
        return None;
    }
    Some(quote! {
        #p::validate_at::<#ty, #order>(raw, #offset, #name, offset)?;
    })
}

/// Writes a fresh view's constants: this struct's magic fields and those of nested types.
fn init(s: &CheckedStruct, field: &CheckedField) -> Option<TokenStream> {
    let p = private();
    let ty = &field.field.ty;
    let order = order(field.endian);
    let at = offset_expr(s, field);
    if let Some(magic) = field.magic {
        let constant = magic_const(ty, magic);
        return Some(quote! {{
            #constant
            let _ = #p::write_at::<#ty, #order>(&__MAGIC, raw, #at, 0);
        }});
    }
    if matches!(field.shape, Shape::Plain) && is_named(&field.field.kind) {
        return Some(quote!(#p::init_at::<#ty, #order>(raw, #at);));
    }
    None
}

/// A field's entry of the table of field spans, which a message keeps in a free constant.
fn field_span(s: &CheckedStruct, field: &CheckedField) -> TokenStream {
    let p = private();
    let name = field.field.name();
    let start = super::const_offset_expr(s, field);
    let end = const_field_end(s, field);
    quote!(#p::FieldSpan { name: #name, start: #start, end: #end })
}

/// The bytes a fixed field takes (its run, for a bit field).
fn field_len(s: &CheckedStruct, field: &CheckedField, in_const: bool) -> TokenStream {
    match field.shape {
        Shape::Plain if in_const && is_named(&field.field.kind) => {
            super::nested(&field.field.ty, "SIZE")
        }
        Shape::Plain => {
            let (p, ty) = (private(), &field.field.ty);
            quote!(<#ty as #p::FixedWire>::SIZE)
        }
        Shape::OddBytes { bytes, .. } => quote!(#bytes),
        Shape::Bit { run, .. } => {
            let bytes = s.layout.runs[run].bytes;
            quote!(#bytes)
        }
        Shape::Decimal { repr, .. } => {
            let bytes = repr.bytes();
            quote!(#bytes)
        }
        Shape::Var(_) => quote!(0),
    }
}

/// Layout facts only the compiler can check: offsets and sizes after nested types, and
/// nested types that would need a byte order the struct does not state.
pub fn assertions(s: &CheckedStruct, names: &Names) -> TokenStream {
    let ty = &names.ty;
    let mut out = TokenStream::new();
    for field in &s.fields {
        if field.endian.is_some() || !is_named(&field.field.kind) {
            continue;
        }
        let fty = &field.field.ty;
        let message = format!(
            "field `{}` of `{ty}` has a type wider than one byte that takes its byte order from \
             the struct: add #[wire(endian = \"big\")] or #[wire(endian = \"little\")]",
            field.field.name()
        );
        let span = field.field.ident.span();
        let p = private_at(span);
        let needs_endian = super::nested(fty, "NEEDS_ENDIAN");
        out.extend(quote_spanned! {span=>
            const _: () = #p::core::assert!(!#needs_endian, #message);
        });
    }
    // A deferred assertion adds up nested sizes: with a nested type that does not derive
    // `Wire` (already an error), they are unknown, and the assertion says nothing.
    let known = known_sizes(s);
    for deferred in &s.layout.deferred_offsets {
        let field = &s.fields[deferred.field];
        let offset = super::const_offset_expr(s, field);
        let within = deferred.within;
        let actual = if within == 0 {
            offset
        } else {
            quote!(#offset + #within)
        };
        // The same words as the macro's own `OffsetMismatch`, the real number at the end.
        let head = format!(
            "`offset = {}` does not hold: the layout puts `{}` at offset ",
            deferred.asserted,
            field.field.name()
        );
        let span = field
            .field
            .attrs
            .offset
            .as_ref()
            .map_or(field.field.ident.span(), |o| o.span);
        out.extend(mismatch_assertion(
            deferred.asserted,
            (&known, &actual),
            &head,
            "",
            span,
        ));
    }
    if let Some(asserted) = s.layout.deferred_size {
        let head = format!("`size = {asserted}` does not hold: the fields add up to ");
        let span = s.input.attrs.size.as_ref().map_or(ty.span(), |sz| sz.span);
        let actual = super::const_block_size(s);
        out.extend(mismatch_assertion(
            asserted,
            (&known, &actual),
            &head,
            " bytes",
            span,
        ));
    }
    out
}

/// Whether the sizes of the struct's nested fixed-layout types are known: `true` when it
/// has none.
fn known_sizes(s: &CheckedStruct) -> TokenStream {
    let known: Vec<_> = s
        .fixed_fields()
        .filter(|f| is_named(&f.field.kind))
        .map(|f| super::nested(&f.field.ty, "KNOWN"))
        .collect();
    if known.is_empty() {
        return quote!(true);
    }
    quote!(#(#known)&&*)
}

/// `const _` that fails to compile, at `span`, with the message `head`, the value of
/// `actual`, `tail` when `actual` (a constant `usize` expression) is not `asserted`.
///
/// A const panic cannot format a number on stable Rust, so the runtime's
/// `layout_mismatch` writes the message into a buffer during constant evaluation, sized
/// here to hold it whole: one error says what the user asserted and what the layout is.
fn mismatch_assertion(
    asserted: usize,
    (known, actual): (&TokenStream, &TokenStream),
    head: &str,
    tail: &str,
    span: proc_macro2::Span,
) -> TokenStream {
    let p = private_at(span);
    let shield = super::lint_shield();
    // As a u64, so that the literal is valid for targets of any pointer width (a 32-bit
    // target's usize cannot hold every number a 64-bit host parsed); lossless, since no
    // host has a usize wider than 64 bits.
    let asserted = proc_macro2::Literal::u64_suffixed(asserted as u64);
    // The digits of u64::MAX, the longest number, are 20.
    let capacity = head.len() + tail.len() + 20;
    quote_spanned! {span=>
        #shield
        const _: () = if #known {
            if let #p::Some(__message) =
                #p::layout_mismatch::<#capacity>(#asserted, #actual, #head, #tail)
            {
                #p::core::panic!("{}", __message.as_str());
            }
        };
    }
}
