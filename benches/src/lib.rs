//! Code behind the comparison benchmarks: the same two messages — the IPv4 header
//! (RFC 791 §3.1, 20 bytes with bit fields) and the NASDAQ TotalView-ITCH 5.0 Add Order
//! (35 bytes after the type byte, with a 48-bit timestamp and a side byte) — written
//! once per implementation, so that `benches/fixed.rs` can time them side by side and
//! the tests below each module can prove they all read and write the same bytes.
//!
//! Every implementation offers the same three operations per message, with the same
//! validation: the input is exactly one message long, the side byte is `B` or `S`, bit
//! fields and the 48-bit timestamp are range-checked when writing, and an encoder
//! writes at the front of a buffer at least one message long.
//!
//! - `baseline_zerocopy`: hand-written zerocopy 0.8 structs of byte-order types plus
//!   manual bit masks;
//! - `from_be_bytes`: hand-written slicing with `u16::from_be_bytes` and friends; the
//!   faster of these two in each run is the baseline every ratio is taken against;
//! - `binrw` and `deku`: the peers' derives; `deku_no_bits`: deku reading whole bytes
//!   and words where the bit fields (and the 48-bit timestamp) are, split by hand;
//! - `wire`: `#[derive(Wire)]` views, `decode`, `encode` and mutable views.
//!
//! The implementations agree on [`model`], plain Rust values that belong to none of
//! them. [`variable`] does the same for a message with variable-length fields,
//! [`varints`] makes the value streams of the varint benchmark, and [`run`] is what the
//! harness records beside criterion's results for the `report` binary.

#![forbid(unsafe_code)]

pub mod error;
pub mod ipv4;
pub mod itch;
pub mod model;
pub mod run;
pub mod variable;
pub mod varints;
pub mod wire_types;
