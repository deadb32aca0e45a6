//! The schema exporters of [`wire`](https://docs.rs/wire): Markdown, JSON, a Python codec
//! and a Wireshark dissector in Lua, each generated from the `Schema` a derived type
//! declares, and the [`Registry`] that writes them all for one protocol.
//!
//! This crate owns code generation from the schema model (`wire-schema`) and the runtime
//! code the generated Python and Lua carry, kept as real `.py` and `.lua` files beside
//! the renderers so linters and type checkers read them. It refuses the rest: it defines
//! no schema (the derive writes them), moves no bytes at run time (`wire-runtime` does;
//! this crate reads only its frame format constants) and is never part of a build
//! without `wire`'s `schema` feature. Users reach it as `wire::schema::…`.
//!
//! ```
//! use wire::prelude::*;
//! use wire::schema::Registry;
//!
//! #[derive(Wire)]
//! #[wire(endian = "big")]
//! pub struct Ping { pub sequence: u32 }
//!
//! let mut registry = Registry::new("pings");
//! registry.add::<Ping>();
//! assert!(registry.markdown().starts_with("## `Ping`"));
//! assert!(registry.python().contains("class Ping(_WireStruct):"));
//! ```

#![forbid(unsafe_code)]
// On docs.rs (`--cfg docsrs`, nightly): each item gated by a feature says which one.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

#[cfg(test)]
mod computed_types;
pub mod json;
pub mod lua;
mod markdown;
mod names;
pub mod python;
mod registry;
#[cfg(test)]
mod test_types;

pub use markdown::{markdown, markdown_all};
pub use registry::Registry;
