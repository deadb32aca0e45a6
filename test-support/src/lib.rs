//! What the tests, benchmarks and fuzz targets of `wire` share, so each is defined once:
//!
//! - [`api`]: the example messages of the public API contract (`Ipv4Header`, `Side`,
//!   `AddOrder`), written exactly as there, with reference bytes built independently of
//!   `wire`;
//! - [`itch`]: the ITCH 5.0 messages the tagged-union and schema tests share, and the
//!   union over them;
//! - [`alloc`]: the counting global allocator of the allocation tests.
//!
//! It refuses anything a single test needs: a type one test file uses stays in that file.
//! Never published (`publish = false`); `wire` does not depend on it.
//!
//! ```
//! use wire::prelude::*;
//! use wire_test_support::api::{ipv4_repr, Ipv4Header, IPV4_BYTES};
//!
//! assert_eq!(Ipv4Header::decode(&IPV4_BYTES)?, ipv4_repr());
//! # Ok::<(), wire::DecodeError>(())
//! ```

// `alloc` implements `GlobalAlloc`, an `unsafe` trait; it allows `unsafe_code` for that
// one impl and says why there. Everything else is safe code.
#![deny(unsafe_code)]

pub mod alloc;
pub mod api;
pub mod itch;
