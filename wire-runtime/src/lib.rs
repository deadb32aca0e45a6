//! The runtime of [`wire`](https://docs.rs/wire): errors, the codec traits, varints,
//! stream framing, I/O adapters, buffer pooling and counters.
//!
//! This crate only moves bytes. It refuses the rest: turning tokens into code is
//! `wire-derive`'s job, describing a layout as data is `wire-schema`'s, and exporting it
//! (Markdown, JSON, Python, Wireshark) is `wire-export`'s. Users depend on the `wire`
//! facade crate, which re-exports everything here; no `unsafe` of its own (zerocopy
//! carries it).

#![forbid(unsafe_code)]
// On docs.rs (`--cfg docsrs`, nightly): each item gated by a feature says which one.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

pub mod codec;
#[doc(hidden)]
pub mod derive_support;
pub mod error;
pub mod frame;
pub mod io;
#[doc(hidden)]
pub mod layout_check;
pub mod list;
pub mod pool;
pub mod stats;
#[doc(hidden)]
pub mod var_support;
pub mod varint;

pub use codec::{Decode, Encode, FixedSize};
pub use error::{DecodeError, EncodeError, OutOfRangeValue};
pub use list::List;
