//! The runtime of [`wire`](https://docs.rs/wire): errors, the codec traits, varints,
//! stream framing, I/O adapters, buffer pooling and counters.
//!
//! Users depend on the `wire` facade crate, which re-exports everything here; this crate
//! only moves bytes and contains no `unsafe` of its own (zerocopy carries it).

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
mod max_len;
pub mod pool;
pub mod schema;
pub mod stats;
#[doc(hidden)]
pub mod var_support;
pub mod varint;

pub use codec::{Decode, Encode, FixedSize};
pub use error::{DecodeError, EncodeError, OutOfRangeValue};
pub use list::List;
#[doc(hidden)]
pub use max_len::max_encoded_len;
pub use max_len::MaxEncodedLen;
