//! The runtime of [`wire`](https://docs.rs/wire): errors, the codec traits, varints,
//! stream framing, I/O adapters, buffer pooling and counters.
//!
//! This crate only moves bytes. It refuses the rest: turning tokens into code is
//! `wire-derive`'s job, describing a layout as data is `wire-schema`'s, and exporting it
//! (Markdown, JSON, Python, Wireshark) is `wire-export`'s. Users depend on the `wire`
//! facade crate, which re-exports everything here; no `unsafe` of its own (zerocopy
//! carries it).
//!
//! `no_std`: without the `std` feature (on by default) the crate needs only `core`, and
//! `alloc` with the `alloc` feature; the facade's documentation lists what each feature
//! enables.

// `no_std` unless `std` is on, rather than `no_std` always with `extern crate std`: code
// that only builds with `std` (framing, I/O, every test module)
// keeps the std prelude, and CI builds the crate without `std` and without `alloc`, which
// catches any std or alloc item that slips into the code those builds keep.
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
// On docs.rs (`--cfg docsrs`, nightly): each item gated by a feature says which one.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

pub mod checksum;
pub mod codec;
#[doc(hidden)]
pub mod computed_len;
#[cfg(all(feature = "std", target_arch = "x86_64", target_feature = "sse4.2"))]
mod crc32c_instruction;
#[doc(hidden)]
pub mod derive_support;
pub mod error;
// Compiled for its tests with `std` too: they compare it with the inherent methods.
#[cfg(any(not(feature = "std"), test))]
mod float;
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub mod frame;
#[doc(hidden)]
pub mod frame_traits;
mod held;
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub mod io;
#[doc(hidden)]
pub mod layout_check;
pub mod list;
mod max_len;
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub mod pool;
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub mod stats;
#[doc(hidden)]
pub mod var_support;
pub mod varint;

pub use codec::{Decode, Encode, FixedSize};
pub use error::{DecodeError, EncodeError, OutOfRangeValue};
pub use held::{Element, FixedField};
pub use list::List;
#[doc(hidden)]
pub use max_len::max_encoded_len;
pub use max_len::MaxEncodedLen;

/// What generated code names (`{crate}::__private::…`, through the facade or, for the
/// runtime's own derived types, `crate::__private`); not a public API. The facade
/// re-exports this module whole, so the list lives here only.
#[doc(hidden)]
pub mod __private {
    pub use crate::checksum::{fill_checksum, verify_checksum};
    pub use crate::computed_len::*;
    pub use crate::derive_support::*;
    pub use crate::frame_traits::{missing_msg_type, FrameDecode, FrameEncode, FrameMeta};
    pub use crate::layout_check::layout_mismatch;
    pub use crate::var_support::*;
    pub use crate::varint::encoded_len_u64 as varint_len_const;
    pub use crate::{__alloc_only, __fixed_element, __nested, __require_alloc, List};
    pub use crate::{max_encoded_len, MaxEncodedLen};
    pub use crate::{Decode, DecodeError, Encode, EncodeError, FixedSize};
    pub use crate::{Element, FixedField};
    pub use wire_schema as schema;
}

/// Expands to its input with the `alloc` feature, to nothing without it.
///
/// Code that `macro_rules!` macros and the derive write into users' crates cannot use
/// `#[cfg(feature = "alloc")]`: it would test the user's crate's features, not this one's.
/// They wrap their allocating items (`decode_list`, which returns a `Vec`) in this macro.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __alloc_only {
    ($($item:tt)*) => { $($item)* };
}

/// Expands to its input with the `alloc` feature, to nothing without it.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __alloc_only {
    ($($item:tt)*) => {};
}

/// The items of a type whose generated code allocates (owned variable-length fields)
/// with the `alloc` feature; without it, a compile error that names the type and the
/// feature, in place of the items, so that a `no_std` user reads why rather than the
/// missing `wire::__private` items the code would meet.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __require_alloc {
    ($ty:literal, $($item:tt)*) => { $($item)* };
}

/// The items of a type whose generated code allocates, or a compile error without
/// `alloc`.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __require_alloc {
    ($ty:literal, $($item:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "`",
            $ty,
            "` has fields that allocate (`Vec`, `String`, lists): \
             enable the `alloc` feature of `wire` (or its default `std`)"
        ));
    };
}
