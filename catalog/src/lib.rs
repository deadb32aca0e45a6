//! Derived types that between them use every field kind `#[derive(Wire)]` accepts, and the
//! property oracle that holds each of them to the same rules on any input: the fuzz
//! targets in `fuzz/` run it on fuzzed bytes, and this crate's tests run it briefly on
//! mutated encodings and replay every crash input the targets found (`fuzz/regressions/`).
//!
//! ```
//! use wire_catalog::{fixed::Ipv4HeaderEntry, oracle::{check, Entry}};
//!
//! for seed in Ipv4HeaderEntry::seeds() {
//!     check::<Ipv4HeaderEntry>(&seed);
//! }
//! check::<Ipv4HeaderEntry>(b"too short");
//! ```

#![forbid(unsafe_code)]

pub mod compare;
pub mod fixed;
pub mod oracle;
pub mod recursive;
pub mod tagged;
pub mod targets;
pub mod var;
pub mod versioned;
