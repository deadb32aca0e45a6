//! Checksum fields: the code that fills them (`encode`, a mutable view's
//! `fill_checksum`), the code that checks them (a view's `verify_checksum`, and `view`
//! and `decode` for the `verify` ones) and their schema entries.
//!
//! Every range is a range of the encoding's bytes, from its first byte: the fixed
//! block of a fixed-layout struct, the whole message of a variable one (a versioned
//! message's header included). The runtime feeds the digest the bytes before the field,
//! zeros, then the bytes after it, so nothing is copied.
//!
//! A range that starts or ends at a variable field has a bound known only once the
//! fields are walked: every walk (and `encode`) records it in a `let` named by
//! [`mark`], and a view keeps it in a field of that name for its `verify_checksum`.

use super::{block::field_end, block_size, offset_expr, private, Names};
use crate::checksum::{CheckedChecksum, Range};
use crate::validate::{CheckedField, CheckedStruct};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Where the ranges lie in the bytes the generated code holds.
pub struct Bytes {
    /// The bytes before the block (a versioned message's header).
    header: usize,
    /// The length of the block as these bytes hold it.
    block_len: TokenStream,
    /// The length of the encoding.
    end: TokenStream,
    /// How the recorded bounds of variable fields are reached: `self.` in a view's
    /// method, nothing where they are `let`s.
    marks: TokenStream,
}

impl Bytes {
    /// The block of a fixed-layout struct: its whole encoding.
    pub fn fixed(s: &CheckedStruct) -> Bytes {
        let size = block_size(s);
        Bytes {
            header: 0,
            block_len: size.clone(),
            end: size,
            marks: TokenStream::new(),
        }
    }

    /// A variable message of `end` bytes whose block is `block_len` long (a peer's
    /// versioned block may differ from this version's).
    pub fn message(header: usize, block_len: TokenStream, end: TokenStream) -> Bytes {
        Bytes {
            header,
            block_len,
            end,
            marks: TokenStream::new(),
        }
    }

    /// The same bytes, with the bounds of variable fields read from `self`.
    fn in_view(self) -> Bytes {
        Bytes {
            marks: quote!(self.),
            ..self
        }
    }
}

/// The name under which the walks record where variable field `f` starts (`end`
/// false: at its length prefix, if it has one) or ends.
pub fn mark(f: &CheckedField, end: bool) -> syn::Ident {
    let side = if end { "to" } else { "from" };
    format_ident!("__wire_{}_{}", side, f.field.ident)
}

/// The bounds the ranges need: `(field index, end)` for each, in field order.
fn marks(s: &CheckedStruct) -> Vec<(usize, bool)> {
    let mut out: Vec<(usize, bool)> = s
        .checksums
        .iter()
        .filter_map(|sum| match sum.over {
            Range::Fields { first, last } => Some([(first, false), (last, true)]),
            Range::Message | Range::Block => None,
        })
        .flatten()
        .filter(|(index, _)| s.fields[*index].shape.is_var())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// `let` statements that record where variable field `index` starts (`end` false,
/// before it is read or written at `pos`) or ends (after), if a range needs it. Their
/// names start with `_`: a walk that checks no checksum leaves them unused.
pub fn record(s: &CheckedStruct, index: usize, end: bool) -> TokenStream {
    if !marks(s).contains(&(index, end)) {
        return TokenStream::new();
    }
    let name = mark(&s.fields[index], end);
    quote!(let #name = pos;)
}

/// The view's fields that keep the recorded bounds: `(name, declaration)`.
pub fn view_fields(s: &CheckedStruct) -> Vec<(syn::Ident, TokenStream)> {
    marks(s)
        .into_iter()
        .map(|(index, end)| {
            let name = mark(&s.fields[index], end);
            let decl = quote!(#name: usize);
            (name, decl)
        })
        .collect()
}

fn algorithm(sum: &CheckedChecksum) -> TokenStream {
    let p = private();
    let variant = format_ident!("{}", format!("{:?}", sum.algorithm));
    quote!(#p::schema::ChecksumAlgorithm::#variant)
}

/// The byte range of `sum` and the offset of its field, as expressions.
fn range_and_field(
    s: &CheckedStruct,
    sum: &CheckedChecksum,
    at: &Bytes,
) -> (TokenStream, TokenStream) {
    // `header + x`, or `x` when there is no header.
    let from_start = |x: TokenStream| match at.header {
        0 => x,
        header => quote!((#header + #x)),
    };
    let (block_len, end) = (&at.block_len, &at.end);
    let range = match sum.over {
        Range::Message => quote!(0..#end),
        Range::Block => {
            let (start, stop) = (from_start(quote!(0)), from_start(block_len.clone()));
            quote!(#start..#stop)
        }
        Range::Fields { first, last } => {
            let marks = &at.marks;
            let (first, last) = (&s.fields[first], &s.fields[last]);
            // A variable field's bounds are absolute positions already.
            let start = if first.shape.is_var() {
                let name = mark(first, false);
                quote!(#marks #name)
            } else {
                from_start(offset_expr(s, first))
            };
            let stop = if last.shape.is_var() {
                let name = mark(last, true);
                quote!(#marks #name)
            } else {
                from_start(field_end(s, last))
            };
            quote!(#start..#stop)
        }
    };
    let field = from_start(offset_expr(s, &s.fields[sum.field]));
    (range, field)
}

/// Statements that compute every checksum field into `bytes` (a `&mut [u8]`), in
/// declaration order, so a range covering an earlier checksum sees its final value.
pub fn fill(s: &CheckedStruct, bytes: &TokenStream, at: &Bytes) -> TokenStream {
    let p = private();
    s.checksums
        .iter()
        .map(|sum| {
            let (range, field) = range_and_field(s, sum, at);
            let (algorithm, little) = (algorithm(sum), sum.little);
            quote!(#p::fill_checksum(#algorithm, #bytes, #range, #field, #little);)
        })
        .collect()
}

/// Statements that check the checksum fields in `bytes` (a `&[u8]`), returning
/// `ChecksumMismatch` with offsets from `offset`: every one, or only the `verify` ones.
pub fn verify(
    s: &CheckedStruct,
    bytes: &TokenStream,
    at: &Bytes,
    offset: &TokenStream,
    only_flagged: bool,
) -> TokenStream {
    let p = private();
    s.checksums
        .iter()
        .filter(|sum| sum.verify || !only_flagged)
        .map(|sum| {
            let (range, field) = range_and_field(s, sum, at);
            let (algorithm, little) = (algorithm(sum), sum.little);
            let name = s.fields[sum.field].field.name();
            quote!(#p::verify_checksum(#algorithm, #bytes, #range, #field, #little, #name, #offset)?;)
        })
        .collect()
}

/// The rustdoc list of the checksum fields: "`a` (crc32 over the message), …".
fn listing(s: &CheckedStruct) -> String {
    let items: Vec<String> = s
        .checksums
        .iter()
        .map(|sum| {
            let over = match sum.over {
                Range::Message => "the message".to_owned(),
                Range::Block => "the fixed block".to_owned(),
                Range::Fields { first, last } if first == last => {
                    format!("`{}`", s.fields[first].field.name())
                }
                Range::Fields { first, last } => format!(
                    "`{}` to `{}`",
                    s.fields[first].field.name(),
                    s.fields[last].field.name()
                ),
            };
            let name = s.fields[sum.field].field.name();
            format!("`{name}` ({} over {over})", sum.algorithm.name())
        })
        .collect();
    items.join(", ")
}

fn verify_doc(s: &CheckedStruct) -> String {
    format!(
        "Checks every checksum field against the bytes it covers, in declaration order: {}. \
         Each is computed with its own bytes read as zero.\n\n# Errors\n\n`ChecksumMismatch` \
         for the first field that differs, with its offset, the checksum computed and the \
         value found.",
        listing(s)
    )
}

/// A fixed-layout view's `verify_checksum` and, for mutable storage, `fill_checksum`.
pub fn fixed_view_impls(s: &CheckedStruct, names: &Names) -> TokenStream {
    if s.checksums.is_empty() {
        return TokenStream::new();
    }
    let p = private();
    let view = &names.view;
    let at = Bytes::fixed(s);
    let checks = verify(s, &quote!(bytes), &at, &quote!(0usize), false);
    let fills = fill(s, &quote!(bytes), &at);
    let verify_doc = verify_doc(s);
    let fill_doc = format!(
        "Computes and writes every checksum field, in declaration order: {}. Setters do not \
         recompute them: call this after the last one.",
        listing(s)
    );
    let held = super::held_where();
    quote! {
        impl<B: #p::core::convert::AsRef<[u8]>> #view<B> #held {
            #[doc = #verify_doc]
            #[inline]
            pub fn verify_checksum(&self) -> #p::Result<(), #p::DecodeError> {
                let bytes: &[u8] = self.__block();
                #checks
                #p::Ok(())
            }
        }

        impl<B: #p::core::convert::AsRef<[u8]> + #p::core::convert::AsMut<[u8]>> #view<B> #held {
            #[doc = #fill_doc]
            #[inline]
            pub fn fill_checksum(&mut self) {
                let bytes: &mut [u8] = self.__block_mut();
                #fills
            }
        }
    }
}

/// A variable message's view's `verify_checksum`, over the bytes the view kept.
pub fn message_view_impl(
    s: &CheckedStruct,
    view: &syn::Ident,
    lt: &syn::Lifetime,
    header: usize,
) -> TokenStream {
    if s.checksums.is_empty() {
        return TokenStream::new();
    }
    let p = private();
    let block_len = if s.version.is_some() {
        quote!(self.__block_len)
    } else {
        block_size(s)
    };
    let at = Bytes::message(header, block_len, quote!(bytes.len())).in_view();
    let checks = verify(s, &quote!(bytes), &at, &quote!(0usize), false);
    let (doc, held) = (verify_doc(s), super::held_where());
    quote! {
        impl<#lt> #view<#lt> #held {
            #[doc = #doc]
            #[inline]
            pub fn verify_checksum(&self) -> #p::Result<(), #p::DecodeError> {
                let bytes: &[u8] = self.__bytes;
                #checks
                #p::Ok(())
            }
        }
    }
}

/// The `verify` checks of a variable message's checked walks, once `end` is known:
/// `bytes[..end]` is the message.
pub fn message_walk_check(s: &CheckedStruct, header: usize) -> TokenStream {
    let block_len = if s.version.is_some() {
        quote!(__block_len)
    } else {
        block_size(s)
    };
    let at = Bytes::message(header, block_len, quote!(end));
    verify(s, &quote!(bytes), &at, &quote!(0usize), true)
}

/// The schema's `checksum` of field `f`: `Some(Checksum { … })` or `None`.
pub fn schema_entry(s: &CheckedStruct, f: &CheckedField) -> TokenStream {
    let p = private();
    let sum = s
        .checksums
        .iter()
        .find(|sum| s.fields[sum.field].field.ident == f.field.ident);
    let Some(sum) = sum else {
        return quote!(#p::None);
    };
    let algorithm = algorithm(sum);
    let over = match sum.over {
        Range::Message => quote!(#p::schema::ChecksumRange::Message),
        Range::Block => quote!(#p::schema::ChecksumRange::Block),
        Range::Fields { first, last } => {
            let (first, last) = (s.fields[first].field.name(), s.fields[last].field.name());
            quote!(#p::schema::ChecksumRange::Fields { first: #first, last: #last })
        }
    };
    let verify = sum.verify;
    quote! {
        #p::Some(#p::schema::Checksum {
            algorithm: #algorithm,
            over: #over,
            verify_on_view: #verify,
        })
    }
}
