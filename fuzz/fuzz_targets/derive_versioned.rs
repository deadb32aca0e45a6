//! Three versions of a versioned message, each reading what every other writes.
//!
//! The property oracle of `wire-catalog` on each: no panic; `view` and `decode` accept the
//! same inputs and fail with the same error; every accessor equals the decoded field;
//! decode -> encode -> decode is the identity; canonical inputs re-encode to themselves
//! (see `wire_catalog::oracle`).
//!
//! Input: byte 0 picks the type, the rest is its encoding.
//! Seeds: `cargo run -p wire-catalog --example seeds -- fuzz/corpus` (at the repository root).
//! Run: `cargo +nightly fuzz run derive_versioned -- -runs=10000000 -jobs=1`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wire_catalog::targets::DERIVE_VERSIONED;

fuzz_target!(|input: &[u8]| DERIVE_VERSIONED.run(input));
