//! The types a message holds, each with the trait its place needs: one public trait per
//! place (`wire::FixedField`, `wire::Element`), whose `#[diagnostic::on_unimplemented]`
//! says that the type must derive `Wire`.
//!
//! Computed once per derive from the checked model, and written two ways:
//!
//! - [`Held::predicates`]: the same `where` predicates, token for token and span for span,
//!   on every generated item that uses a held type. The body of an item assumes its
//!   `where` clause, so a type that does not derive `Wire` fails at the clause, not at
//!   each use; rustc checks a predicate without generic parameters where it is written
//!   and prints identical errors (same predicate, same span) once.
//! - [`Held::assertion`]: one never-called function that states each predicate for
//!   `'static`. That is the check for the element traits: their clause on the items is
//!   for every lifetime (`for<'__w>`), which rustc does not check where it is written,
//!   so that a body may view an element from bytes of any lifetime. A list's element is
//!   checked by the message's own `Element` impl instead (see [`Held::list_span`]).
//!
//! Public traits, not the expansion's own (`FixedWire`, `EncodeElement`): the error names
//! the trait, and a user can look up a public one. Their supertraits are the traits the
//! bodies use, so one predicate per type covers every use.

use crate::model::{Payload, TyKind};
use crate::validate::{generic_arg, Checked};
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};

/// What a held type must implement; for the element traits, weakest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Need {
    /// A field of the fixed block, or an array element: `FixedField`.
    Fixed,
    /// A list element: `Element`.
    List,
    /// An `Option`'s value: `Element`.
    Element,
    /// A union's variant or a `#[wire(variable)]` field: `Element`, and a view that is
    /// `Copy`, since the message's own view (which is `Copy`) holds it.
    View,
}

/// The types a message holds, in field order. Only plain names: a type with generic
/// arguments (`Text<'a>`) is not a field type, and a union's variant of one gets no
/// predicate (its lifetime is the message's, which a clause without parameters cannot
/// name).
pub struct Held {
    types: Vec<(Need, syn::Type)>,
}

impl Held {
    /// The named types `checked` holds; none for a C-like enum.
    pub fn of(checked: &Checked) -> Held {
        let mut types = Vec::new();
        let own = match checked {
            Checked::Struct(s) => {
                for f in &s.fields {
                    if f.field.attrs.variable.is_some() {
                        // Inline after the block, through the element machinery.
                        types.push((Need::View, f.field.ty.clone()));
                        continue;
                    }
                    collect(&f.field.ty, &f.field.kind, &mut types);
                }
                Some(&s.input.ident)
            }
            Checked::Union(u) => {
                for v in u.variants.iter().filter(|v| v.other.is_none()) {
                    if let (Payload::One(ty), Some(TyKind::Named)) =
                        (&v.payload, v.field_kinds.first())
                    {
                        types.push((Need::View, (**ty).clone()));
                    }
                }
                Some(&u.input.ident)
            }
            Checked::Enum(_) => None,
        };
        // A type that holds itself (a tree's list of nodes) derives `Wire` here.
        if let Some(own) = own {
            types.retain(|(_, ty)| !names(ty, own));
        }
        Held {
            types: merged(types),
        }
    }

    /// The `where` predicates of every generated item, one per held type, each spanned at
    /// the type so that the one error points at the field:
    ///
    /// - `Point: FixedField`;
    /// - `Step: for<'__w> Element<'__w>`: an element is viewed from bytes of any
    ///   lifetime;
    /// - and for a union's variant or a `#[wire(variable)]` field, whose view the
    ///   message's view holds, `for<'__w> <Ping as Element<'__w>>::View: Copy`: the
    ///   clause hides the impl's view type from the item, so the item needs this to copy
    ///   the view (every derived view is `Copy`).
    pub fn predicates(&self) -> TokenStream {
        self.predicates_of(|_| true)
    }

    /// The predicates but the list elements': the clause of the impls of `Element` and
    /// `FixedField` themselves, and of the view type. Those must not require that a
    /// list's element is an `Element`: two types that hold each other (a union whose
    /// variant holds a list of the union) would then each need the other's impl first,
    /// a cycle the compiler rejects. Only a list can close such a cycle: the other places
    /// hold their value inline, and a type cannot hold itself inline.
    pub fn acyclic_predicates(&self) -> TokenStream {
        self.predicates_of(|need| need != Need::List)
    }

    /// The span of the first list element's type, if any: where the message's `Element`
    /// impl is spanned. A list element cannot be in that impl's clause (see
    /// [`Held::acyclic_predicates`]), and the impl needs the message's other impls, whose
    /// clause requires the element: so when the element does not derive `Wire`, the
    /// impl is where it fails, once, and the error then points at the element's type.
    pub fn list_span(&self) -> Option<Span> {
        self.types
            .iter()
            .find(|(need, _)| *need == Need::List)
            .map(|(_, ty)| ty_span(ty))
    }

    fn predicates_of(&self, keep: impl Fn(Need) -> bool) -> TokenStream {
        let mut out = TokenStream::new();
        for (need, ty) in self.types.iter().filter(|(need, _)| keep(*need)) {
            let span = ty_span(ty);
            let p = super::private_at(span);
            out.extend(match need {
                Need::Fixed => quote_spanned!(span=> #ty: #p::FixedField,),
                _ => quote_spanned!(span=> #ty: for<'__w> #p::Element<'__w>,),
            });
            if *need == Need::View {
                out.extend(quote_spanned! {span=>
                    for<'__w> <#ty as #p::Element<'__w>>::View: #p::Copy,
                });
            }
        }
        out
    }

    /// The check: a never-called function whose `where` clause states every predicate
    /// without generic parameters (an element's for `'static`: a derived impl holds for
    /// every lifetime), which rustc checks with the signature. Empty when the message
    /// holds no type of its own.
    pub fn assertion(&self) -> TokenStream {
        // A list's element is checked by the message's own `Element` impl, which needs
        // the message's other impls, which need the element (see `list_span`).
        let types: Vec<_> = self
            .types
            .iter()
            .filter(|(need, _)| *need != Need::List)
            .collect();
        if types.is_empty() {
            return TokenStream::new();
        }
        let bounds = types.iter().map(|(need, ty)| {
            let span = ty_span(ty);
            let p = super::private_at(span);
            match need {
                Need::Fixed => quote_spanned!(span=> #ty: #p::FixedField,),
                _ => quote_spanned!(span=> #ty: #p::Element<'static>,),
            }
        });
        quote! {
            const _: () = {
                // Never called: its signature is the check.
                #[allow(dead_code)]
                fn __wire_held_types() where #(#bounds)* {}
            };
        }
    }
}

/// One entry per type and trait, in the order of first use: a type held in two places
/// of the same trait needs one predicate, the stronger one (a union's variant needs more
/// than an `Option`'s value, which needs more than a list's element).
fn merged(types: Vec<(Need, syn::Type)>) -> Vec<(Need, syn::Type)> {
    let mut out: Vec<(Need, syn::Type)> = Vec::new();
    for (need, ty) in types {
        let is_fixed = need == Need::Fixed;
        match out
            .iter_mut()
            .find(|(n, t)| (*n == Need::Fixed) == is_fixed && *t == ty)
        {
            Some(entry) => entry.0 = entry.0.max(need),
            None => out.push((need, ty)),
        }
    }
    out
}

/// Whether `ty` is the type named `name` (with or without its lifetime).
fn names(ty: &syn::Type, name: &proc_macro2::Ident) -> bool {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => {
            path.path.segments.len() == 1 && path.path.segments[0].ident == *name
        }
        syn::Type::Paren(inner) => names(&inner.elem, name),
        syn::Type::Group(inner) => names(&inner.elem, name),
        _ => false,
    }
}

/// The span of a type's first token, for the error about it.
fn ty_span(ty: &syn::Type) -> Span {
    quote!(#ty)
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span())
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
            let need = match kind {
                TyKind::List(_) => Need::List,
                _ => Need::Element,
            };
            match **elem {
                TyKind::Named => out.push((need, inner.clone())),
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

    fn held_of(input: syn::DeriveInput) -> (String, String, String) {
        let mut errors = Errors::default();
        let model = crate::attr::parse(&input, &mut errors).expect("parses");
        let checked = crate::validate::check(&model, &mut errors).expect("checks");
        assert!(errors.is_empty(), "{:?}", errors.messages());
        let held = Held::of(&checked);
        (
            held.predicates().to_string(),
            held.acyclic_predicates().to_string(),
            held.assertion().to_string(),
        )
    }

    #[test]
    fn each_held_type_gets_one_predicate_with_the_trait_its_place_needs() {
        let (all, acyclic, assertion) = held_of(parse_quote! {
            #[wire(endian = "big")]
            struct Path<'a> {
                id: u32,
                from: Point,
                corners: [Corner; 2],
                #[wire(len = "u8")] steps: Vec<Step>,
                #[wire(len = "u8")] raw: Vec<u8>,
                #[wire(len = "u8")] name: Option<&'a str>,
                best: Option<Level>,
                #[wire(len = "u8")] levels: Vec<Level>,
                #[wire(variable)] note: Note,
            }
        });
        let fixed = quote! {
            Point: ::wire::__private::FixedField,
            Corner: ::wire::__private::FixedField,
        };
        let step = quote!(Step: for<'__w> ::wire::__private::Element<'__w>,);
        let rest = quote! {
            Level: for<'__w> ::wire::__private::Element<'__w>,
            Note: for<'__w> ::wire::__private::Element<'__w>,
            for<'__w> <Note as ::wire::__private::Element<'__w>>::View: ::wire::__private::Copy,
        };
        assert_eq!(all, quote!(#fixed #step #rest).to_string());
        // A list's element is left out: it could close a cycle of impls.
        assert_eq!(acyclic, quote!(#fixed #rest).to_string());
        // Without parameters, so checked where written; the list's element is checked by
        // the message's `Element` impl.
        let expected = quote! {
            const _: () = {
                #[allow(dead_code)]
                fn __wire_held_types() where
                    Point: ::wire::__private::FixedField,
                    Corner: ::wire::__private::FixedField,
                    Level: ::wire::__private::Element<'static>,
                    Note: ::wire::__private::Element<'static>,
                {}
            };
        };
        assert_eq!(assertion, expected.to_string());
    }

    #[test]
    fn a_unions_variants_need_a_copy_view() {
        let (all, _, assertion) = held_of(parse_quote! {
            #[wire(tag = "u8")]
            enum Message<'a> {
                #[wire(id = 1)] Ping(Ping),
                // Generic: no predicate, the clause could not name its lifetime.
                #[wire(id = 2)] Text(Text<'a>),
                #[wire(id = 3)] Close,
                #[wire(other)] Unknown(u8, &'a [u8]),
            }
        });
        let expected = quote! {
            Ping: for<'__w> ::wire::__private::Element<'__w>,
            for<'__w> <Ping as ::wire::__private::Element<'__w>>::View: ::wire::__private::Copy,
        };
        assert_eq!(all, expected.to_string());
        let expected = quote! {
            const _: () = {
                #[allow(dead_code)]
                fn __wire_held_types() where
                    Ping: ::wire::__private::Element<'static>,
                {}
            };
        };
        assert_eq!(assertion, expected.to_string());
    }

    #[test]
    fn a_type_that_holds_itself_needs_no_predicate_for_it() {
        let (all, _, assertion) = held_of(parse_quote! {
            #[wire(endian = "big")]
            struct Node { id: u32, #[wire(len = "u8")] children: Vec<Node> }
        });
        assert_eq!((all.as_str(), assertion.as_str()), ("", ""));
    }

    #[test]
    fn a_message_of_primitives_holds_nothing() {
        let (all, acyclic, assertion) = held_of(parse_quote! {
            #[wire(endian = "big")]
            struct Header { kind: u8, length: u16, #[wire(len = "u8")] name: String }
        });
        assert_eq!(
            (all.as_str(), acyclic.as_str(), assertion.as_str()),
            ("", "", "")
        );
    }
}
