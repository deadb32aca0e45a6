//! Issue 5: a message with variable-length fields — a string, a blob, a list of 16
//! fixed levels and three varints besides four fixed fields — encoded, decoded into an
//! owned value, and viewed (validated, then every field read), by `wire` and by
//! bincode, postcard, bitcode, prost and rkyv, side by side in one run, in an order
//! shuffled per run (see `common`). bincode and postcard appear twice: with their
//! default varint integers (`bincode`, `postcard`) and with fixed-width ones
//! (`bincode_fixint`, `postcard_fixint`, see `wire_benches::variable`). `wire_fixint`
//! is `wire` with its three varints (`seq`, `count`, `delta`) at fixed width: not a
//! peer, the measure of what those varints cost (a ratio below 1: faster than `wire`).
//! Every group has exactly one `baseline_wire` id, so each ratio in the report is a
//! peer's time over `wire`'s: above 1, `wire` is faster.
//!
//! | group | `wire` | peers |
//! |---|---|---|
//! | `var_encode` | `Encode::encode` into a reused buffer | their encoder into a reused buffer |
//! | `var_decode` | `MsgOwned::decode` | their owned decode |
//! | `var_view` | `Msg::view`, then every accessor | rkyv: checked `access`, then every field; the others: their cheapest (borrowing where they can) decode, then every field |
//!
//! Fairness: every variant gets its own encoding of the same value (see
//! `wire_benches::variable`, whose tests prove they agree), through `black_box`; does
//! the same validation (UTF-8, lengths, varints, trailing bytes; rkyv through
//! bytecheck); and has its result passed to `black_box`. Reads fold every field into a
//! `Digest`; owned decodes are dropped inside the timed loop, so each one pays for its
//! three allocations and their release. Only the success value reaches `black_box`,
//! as an `Option`, so that no variant is timed storing a large error type.
//!
//! Run: `cargo bench -p wire-benches --bench variable`, then
//! `cargo run -p wire-benches --release --bin report`. The encoded sizes are printed
//! first.

mod common;

use common::{run_groups, Contenders, Run};
use criterion::{Criterion, Throughput};
use std::hint::black_box;
use wire_benches::variable::{
    bincode, bitcode, encoded, postcard, postcard_fixint, prost, rkyv, sample, wire, wire_fixint,
    Update,
};

/// The encodings of the sample, each as its implementation reads it.
struct Inputs {
    wire: Vec<u8>,
    wire_fixint: Vec<u8>,
    bincode: Vec<u8>,
    bincode_fixint: Vec<u8>,
    postcard: Vec<u8>,
    postcard_fixint: Vec<u8>,
    bitcode: Vec<u8>,
    prost: Vec<u8>,
    /// Aligned, as `rkyv::access` requires.
    rkyv: ::rkyv::util::AlignedVec,
}

impl Inputs {
    fn of(u: &Update) -> Inputs {
        Inputs {
            wire: encoded::wire(u),
            wire_fixint: encoded::wire_fixint(u),
            bincode: encoded::bincode(u),
            bincode_fixint: encoded::bincode_fixint(u),
            postcard: encoded::postcard(u),
            postcard_fixint: encoded::postcard_fixint(u),
            bitcode: encoded::bitcode(u),
            prost: encoded::prost(u),
            rkyv: encoded::rkyv(u),
        }
    }
}

/// Adds contender `id`, timing `read` on `input`; `read` is a closure, so each contender
/// is monomorphized and inlined into its own loop. `FnMut` because bitcode reads through
/// its reused `Buffer`. The success value goes to `black_box` by reference, so that it
/// is written to memory and never read back (see `benches/fixed.rs`).
fn read<'a, T: 'a, E: 'a>(
    group: &mut Contenders<'a>,
    id: &'static str,
    input: &'a [u8],
    mut read: impl FnMut(&[u8]) -> Result<T, E> + 'a,
) {
    group.add(id, move |b| {
        b.iter(|| {
            let output = read(black_box(input)).ok();
            black_box(&output);
        })
    });
}

/// Adds contender `id`, timing `encode` of `value` into a reused buffer, which goes to
/// `black_box` after every write so that no store can be dropped.
fn encode<'a, T: 'a, E: 'a>(
    group: &mut Contenders<'a>,
    id: &'static str,
    value: T,
    encode: impl Fn(&T, &mut [u8]) -> Result<usize, E> + 'a,
) {
    let mut buf = vec![0u8; encoded::BUF_LEN];
    group.add(id, move |b| {
        b.iter(|| {
            let written = encode(black_box(&value), black_box(&mut buf[..])).ok();
            black_box(&buf[..]);
            black_box(&written);
        })
    });
}

fn var_encode(run: &mut Run, c: &mut Criterion) {
    let u = sample();
    let mut g = Contenders::new("var_encode", Throughput::Elements(1));
    encode(&mut g, "baseline_wire", wire::Msg::from(&u), wire::encode);
    let fixint = wire_fixint::Msg::from(&u);
    encode(&mut g, "wire_fixint", fixint, wire_fixint::encode);
    encode(&mut g, "bincode", bincode::Msg::from(&u), bincode::encode);
    encode(
        &mut g,
        "bincode_fixint",
        bincode::Msg::from(&u),
        bincode::encode_fixint,
    );
    encode(
        &mut g,
        "postcard",
        postcard::Msg::from(&u),
        postcard::encode,
    );
    let fixint = postcard_fixint::Msg::from(&u);
    encode(&mut g, "postcard_fixint", fixint, postcard_fixint::encode);
    // bitcode writes into its own reused `Buffer`, not into a slice.
    let msg = bitcode::Msg::from(&u);
    let mut buffer = ::bitcode::Buffer::new();
    g.add("bitcode", move |b| {
        b.iter(|| {
            let written = bitcode::encode(black_box(&msg), &mut buffer);
            black_box(&buffer);
            black_box(&written);
        })
    });
    encode(&mut g, "prost", prost::Msg::from(&u), prost::encode);
    encode(&mut g, "rkyv", rkyv::Msg::from(&u), rkyv::encode);
    g.finish(run, c);
}

fn var_decode(run: &mut Run, c: &mut Criterion) {
    let inputs = Inputs::of(&sample());
    let mut g = Contenders::new("var_decode", Throughput::Elements(1));
    read(&mut g, "baseline_wire", &inputs.wire, wire::decode);
    read(
        &mut g,
        "wire_fixint",
        &inputs.wire_fixint,
        wire_fixint::decode,
    );
    read(&mut g, "bincode", &inputs.bincode, bincode::decode);
    read(
        &mut g,
        "bincode_fixint",
        &inputs.bincode_fixint,
        bincode::decode_fixint,
    );
    read(&mut g, "postcard", &inputs.postcard, postcard::decode);
    read(
        &mut g,
        "postcard_fixint",
        &inputs.postcard_fixint,
        postcard_fixint::decode,
    );
    let mut buffer = ::bitcode::Buffer::new();
    read(&mut g, "bitcode", &inputs.bitcode, move |b| {
        bitcode::decode(b, &mut buffer)
    });
    read(&mut g, "prost", &inputs.prost, prost::decode);
    read(&mut g, "rkyv", &inputs.rkyv, rkyv::decode);
    g.finish(run, c);
}

fn var_view(run: &mut Run, c: &mut Criterion) {
    let inputs = Inputs::of(&sample());
    let mut g = Contenders::new("var_view", Throughput::Elements(1));
    read(&mut g, "baseline_wire", &inputs.wire, wire::view_digest);
    read(
        &mut g,
        "wire_fixint",
        &inputs.wire_fixint,
        wire_fixint::view_digest,
    );
    read(&mut g, "bincode", &inputs.bincode, bincode::view_digest);
    read(
        &mut g,
        "bincode_fixint",
        &inputs.bincode_fixint,
        bincode::view_digest_fixint,
    );
    read(&mut g, "postcard", &inputs.postcard, postcard::view_digest);
    read(
        &mut g,
        "postcard_fixint",
        &inputs.postcard_fixint,
        postcard_fixint::view_digest,
    );
    let mut buffer = ::bitcode::Buffer::new();
    read(&mut g, "bitcode", &inputs.bitcode, move |b| {
        bitcode::view_digest(b, &mut buffer)
    });
    read(&mut g, "prost", &inputs.prost, prost::view_digest);
    read(&mut g, "rkyv", &inputs.rkyv, rkyv::view_digest);
    g.finish(run, c);
}

fn main() {
    println!("encoded size of the sample message:");
    for (name, size) in encoded::sizes() {
        println!("  {name:<16} {size:>4} bytes");
    }
    run_groups("variable", &mut [var_encode, var_decode, var_view]);
}
