//! One up-front assertion per user type that a message holds: that it derives `Wire`.
//!
//! The rest of the generated code uses such a type in many places (the raw struct, the
//! view, the encoder, the decoder), and each use fails on its own when the type does not
//! derive `Wire`. This assertion is checked with the signatures, before those uses, and
//! its traits' `#[diagnostic::on_unimplemented]` says what to do, so the first error a
//! user reads is "`Point` must derive `Wire` …" at the field's type.
//!
//! The traits are the ones the expansion relies on (`FixedWire`, `EncodeElement`), not
//! the public `FixedSize` and `Encode`: a two-byte C-like enum without a byte order of
//! its own is a valid field and list element (it takes the message's byte order) but
//! has neither public trait.

use crate::model::{Payload, TyKind};
use crate::validate::{generic_arg, Checked};
use proc_macro2::{Group, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

/// What a held type must implement.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// A field of the fixed block, or an array element: `FixedWire`.
    Fixed,
    /// A list element, an `Option`'s value, a union's variant: `EncodeElement`.
    Message,
}

/// The assertion for every named type `checked` holds; empty when it holds none.
pub fn assert_held_types(checked: &Checked) -> TokenStream {
    let mut held = Vec::new();
    let lifetime = match checked {
        Checked::Struct(s) => {
            for f in &s.fields {
                if f.field.attrs.variable.is_some() {
                    // Inline after the block, through the element machinery.
                    held.push((Need::Message, f.field.ty.clone()));
                    continue;
                }
                collect(&f.field.ty, &f.field.kind, &mut held);
            }
            s.input.lifetime.as_ref()
        }
        Checked::Union(u) => {
            for v in u.variants.iter().filter(|v| v.other.is_none()) {
                if let (Payload::One(ty), Some(TyKind::Named)) = (&v.payload, v.field_kinds.first())
                {
                    held.push((Need::Message, (**ty).clone()));
                }
            }
            u.input.lifetime.as_ref()
        }
        Checked::Enum(_) => None,
    };
    if held.is_empty() {
        return TokenStream::new();
    }
    let bounds = held.iter().map(|(need, ty)| {
        // `'static` for the type's own lifetime: the bound then has no parameter, so the
        // compiler checks it with the item's signature, before any body (and before the
        // uses in the rest of the expansion); a derived impl holds for every lifetime.
        let ty = with_static(quote!(#ty), lifetime.map(|lt| &lt.ident));
        // Spanned at the type, so the error points at the field that holds it.
        let span = ty_span(&ty);
        let p = super::private_at(span);
        let bound = match need {
            Need::Fixed => quote_spanned!(span=> #p::FixedWire),
            Need::Message => quote_spanned!(span=> #p::EncodeElement),
        };
        quote_spanned!(span=> #ty: #bound)
    });
    quote! {
        const _: () = {
            // Never called: its signature is the check.
            #[allow(dead_code)]
            fn __wire_held_types() where #(#bounds,)* {}
        };
    }
}

/// The span of a type's first token, for the error about it.
fn ty_span(ty: &TokenStream) -> proc_macro2::Span {
    ty.clone()
        .into_iter()
        .next()
        .map_or_else(proc_macro2::Span::call_site, |t| t.span())
}

/// `tokens` with the lifetime `'name` replaced by `'static`.
fn with_static(tokens: TokenStream, name: Option<&proc_macro2::Ident>) -> TokenStream {
    let Some(name) = name else {
        return tokens;
    };
    let mut out = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                let is_ours = matches!(trees.peek(), Some(TokenTree::Ident(i)) if i == name);
                out.push(TokenTree::Punct(p));
                if is_ours {
                    let ident = trees.next().expect("peeked");
                    out.push(TokenTree::Ident(proc_macro2::Ident::new(
                        "static",
                        ident.span(),
                    )));
                }
            }
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), with_static(g.stream(), Some(name)));
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// The named types in `ty` (as classified by `kind`), with what each must implement.
fn collect(ty: &syn::Type, kind: &TyKind, out: &mut Vec<(Need, syn::Type)>) {
    match (kind, ty) {
        (TyKind::Named, _) => out.push((Need::Fixed, ty.clone())),
        (TyKind::Array { elem, .. }, syn::Type::Array(array)) => {
            collect(&array.elem, elem, out);
        }
        (TyKind::List(elem) | TyKind::Opt(elem), _) => {
            let inner = generic_arg(ty);
            match **elem {
                TyKind::Named => out.push((Need::Message, inner.clone())),
                ref elem => collect(inner, elem, out),
            }
        }
        (_, syn::Type::Paren(inner)) => collect(&inner.elem, kind, out),
        (_, syn::Type::Group(inner)) => collect(&inner.elem, kind, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errors::Errors;
    use syn::parse_quote;

    fn assertion_of(input: syn::DeriveInput) -> String {
        let mut errors = Errors::default();
        let model = crate::attr::parse(&input, &mut errors).expect("parses");
        let checked = crate::validate::check(&model, &mut errors).expect("checks");
        assert!(errors.is_empty(), "{:?}", errors.messages());
        assert_held_types(&checked).to_string()
    }

    #[test]
    fn only_user_types_are_asserted_each_with_the_trait_its_place_needs() {
        let tokens = assertion_of(parse_quote! {
            #[wire(endian = "big")]
            struct Path<'a> {
                id: u32,
                from: Point,
                corners: [Corner; 2],
                #[wire(len = "u8")] steps: Vec<Step>,
                #[wire(len = "u8")] raw: Vec<u8>,
                #[wire(len = "u8")] name: Option<&'a str>,
            }
        });
        let expected = quote! {
            const _: () = {
                #[allow(dead_code)]
                fn __wire_held_types() where
                    Point: ::wire::__private::FixedWire,
                    Corner: ::wire::__private::FixedWire,
                    Step: ::wire::__private::EncodeElement,
                {}
            };
        };
        assert_eq!(tokens, expected.to_string());
    }

    #[test]
    fn a_unions_message_variants_are_asserted() {
        let tokens = assertion_of(parse_quote! {
            #[wire(tag = "u8")]
            enum Message<'a> {
                #[wire(id = 1)] Ping(Ping),
                #[wire(id = 2)] Count(u32),
                #[wire(id = 3)] Close,
                #[wire(other)] Unknown(u8, &'a [u8]),
            }
        });
        let expected = quote! {
            const _: () = {
                #[allow(dead_code)]
                fn __wire_held_types() where Ping: ::wire::__private::EncodeElement, {}
            };
        };
        assert_eq!(tokens, expected.to_string());
    }

    #[test]
    fn a_message_of_primitives_gets_no_assertion() {
        let tokens = assertion_of(parse_quote! {
            #[wire(endian = "big")]
            struct Header { kind: u8, length: u16, #[wire(len = "u8")] name: String }
        });
        assert_eq!(tokens, "");
    }

    #[test]
    fn only_the_types_own_lifetime_becomes_static() {
        let lt: proc_macro2::Ident = parse_quote!(a);
        let tokens = with_static(quote!(Pair<'a, Other<'b, 'a>>), Some(&lt));
        assert_eq!(
            tokens.to_string(),
            quote!(Pair<'static, Other<'b, 'static>>).to_string()
        );
    }
}
