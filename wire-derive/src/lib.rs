//! `#[derive(Wire)]`: the proc-macro of the `wire` crate. Use it through `wire`, whose
//! documentation describes every attribute.
//!
//! A pipeline, as in serde_derive: `attr` parses the input and its attributes into the
//! `model`; `validate` checks it, reporting every error at once with the span at
//! fault, and computes the `layout` (plain data, unit-tested without proc-macro
//! types); `expand` turns the checked model into code.
//!
//! It only turns tokens into tokens: it refuses anything at run time. Its one dependency
//! beyond syn and quote is `wire-schema`, to draw each type's bit diagram into its rustdoc
//! with the same code as the Markdown export.

#![forbid(unsafe_code)]

mod attr;
mod checksum;
mod errors;
mod expand;
mod expr;
mod layout;
mod lengths;
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
    let checked = match (checked, errors.is_empty()) {
        (Some(checked), true) => checked,
        _ => return errors.finish().map(|()| proc_macro2::TokenStream::new()),
    };
    // `crate = "…"`: every path the expansion writes starts there.
    let root = model.as_ref().and_then(|m| m.attrs.krate.as_ref());
    Ok(expand::with_root(root.map(|r| &r.value), || {
        let held = expand::derives_wire::Held::of(&checked);
        // First, so that a held type that does not derive `Wire` is the first error.
        let mut tokens = held.assertion();
        tokens.extend(expand::with_held(&held, || match &checked {
            validate::Checked::Struct(s) => with_alloc_check(s, expand::expand_struct(s)),
            validate::Checked::Enum(e) => expand::expand_enum(e),
            validate::Checked::Union(u) => expand::expand_union(u),
        }));
        tokens
    }))
}

/// Wraps the code of a type that owns heap memory in a check that `wire` has its `alloc`
/// feature: without it, the user reads one error that names the type and the feature.
fn with_alloc_check(
    s: &validate::CheckedStruct,
    code: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    if !s.allocates() {
        return code;
    }
    let p = expand::private();
    let name = s.input.ident.to_string();
    quote::quote! {
        #p::__require_alloc!(#name, #code);
    }
}
