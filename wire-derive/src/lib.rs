//! `#[derive(Wire)]`: the proc-macro of the `wire` crate. Use it through `wire`, whose
//! documentation describes every attribute.
//!
//! A pipeline, as in serde_derive: `attr` parses the input and its attributes into the
//! `model`; `validate` checks it, reporting every error at once with the span at
//! fault, and computes the `layout` (plain data, unit-tested without proc-macro
//! types); `expand` turns the checked model into code.

#![forbid(unsafe_code)]

mod attr;
mod errors;
mod expand;
mod layout;
mod model;
#[cfg(test)]
mod snapshots;
mod validate;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// Derives the wire encoding of a struct with named fields or of a C-like enum.
/// See the `wire` crate for the attributes and the generated API.
#[proc_macro_derive(Wire, attributes(wire))]
pub fn derive_wire(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

fn derive(input: &DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let mut errors = errors::Errors::default();
    let model = attr::parse(input, &mut errors);
    let checked = model
        .as_ref()
        .and_then(|model| validate::check(model, &mut errors));
    // Expand only a model without errors: code from a broken one would add noise to
    // the messages that matter.
    let root = model.as_ref().and_then(|m| m.attrs.krate.as_ref());
    expand::with_root(root.map(|r| &r.value), || {
        match (checked, errors.is_empty()) {
            (Some(validate::Checked::Struct(s)), true) => Ok(expand::expand_struct(&s)),
            (Some(validate::Checked::Enum(e)), true) => Ok(expand::expand_enum(&e)),
            (Some(validate::Checked::Union(u)), true) => Ok(expand::expand_union(&u)),
            _ => errors.finish().map(|()| proc_macro2::TokenStream::new()),
        }
    })
}
