//! `wire`: zero-copy binary wire protocols.
#![forbid(unsafe_code)]

pub use wire_derive::Wire;
pub use wire_runtime::{
    frame, io, pool, stats, varint, Decode, DecodeError, Encode, EncodeError, FixedSize,
};

/// The traits and the derive, for `use wire::prelude::*;`.
pub mod prelude {
    pub use crate::{Decode, Encode, FixedSize, Wire};
}

#[doc(hidden)]
pub mod __private {
    pub use wire_runtime::derive_support::*;
    pub use wire_runtime::{Decode, DecodeError, Encode, EncodeError, FixedSize};
}
