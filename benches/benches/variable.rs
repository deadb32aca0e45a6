//! Issue 5: a message with variable-length fields — a string, a blob, a list of 16
//! fixed levels and three varints besides four fixed fields — encoded, decoded into an
//! owned value, and viewed (validated, then every field read), by `wire` and by
//! bincode, postcard, bitcode, prost and rkyv, side by side in one run. Every group has
//! exactly one `baseline_wire` id, so each ratio in the report is a peer's time over
//! `wire`'s: above 1, `wire` is faster.
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

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use std::hint::black_box;
use wire_benches::variable::{
    bincode, bitcode, encoded, postcard, prost, rkyv, sample, wire, Update,
};

/// The six encodings of the sample, each as its implementation reads it.
struct Inputs {
    wire: Vec<u8>,
    bincode: Vec<u8>,
    postcard: Vec<u8>,
    bitcode: Vec<u8>,
    prost: Vec<u8>,
    /// Aligned, as `rkyv::access` requires.
    rkyv: ::rkyv::util::AlignedVec,
}

impl Inputs {
    fn of(u: &Update) -> Inputs {
        Inputs {
            wire: encoded::wire(u),
            bincode: encoded::bincode(u),
            postcard: encoded::postcard(u),
            bitcode: encoded::bitcode(u),
            prost: encoded::prost(u),
            rkyv: encoded::rkyv(u),
        }
    }
}

/// Times `read` on `input`; `read` is a closure, so each call site is monomorphized
/// and inlined into its own loop. `FnMut` because bitcode reads through its reused
/// `Buffer`.
fn bench_read<T, E>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    input: &[u8],
    mut read: impl FnMut(&[u8]) -> Result<T, E>,
) {
    group.bench_function(id, |b| b.iter(|| black_box(read(black_box(input)).ok())));
}

/// Times `encode` of `value` into `buf`, which is passed through `black_box` after
/// the write so that no store can be dropped.
fn bench_encode<T, E>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    value: &T,
    buf: &mut [u8],
    encode: impl Fn(&T, &mut [u8]) -> Result<usize, E>,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            let written = encode(black_box(value), black_box(&mut *buf)).ok();
            black_box(&*buf);
            black_box(written)
        })
    });
}

fn var_encode(c: &mut Criterion) {
    let u = sample();
    let mut buf = vec![0u8; encoded::BUF_LEN];
    let mut g = c.benchmark_group("var_encode");
    g.throughput(Throughput::Elements(1));
    bench_encode(
        &mut g,
        "baseline_wire",
        &wire::Msg::from(&u),
        &mut buf,
        wire::encode,
    );
    bench_encode(
        &mut g,
        "bincode",
        &bincode::Msg::from(&u),
        &mut buf,
        bincode::encode,
    );
    bench_encode(
        &mut g,
        "postcard",
        &postcard::Msg::from(&u),
        &mut buf,
        postcard::encode,
    );
    // bitcode writes into its own reused `Buffer`, not into a slice.
    let msg = bitcode::Msg::from(&u);
    let mut buffer = ::bitcode::Buffer::new();
    g.bench_function("bitcode", |b| {
        b.iter(|| black_box(bitcode::encode(black_box(&msg), &mut buffer)))
    });
    bench_encode(
        &mut g,
        "prost",
        &prost::Msg::from(&u),
        &mut buf,
        prost::encode,
    );
    bench_encode(&mut g, "rkyv", &rkyv::Msg::from(&u), &mut buf, rkyv::encode);
    g.finish();
}

fn var_decode(c: &mut Criterion) {
    let inputs = Inputs::of(&sample());
    let mut g = c.benchmark_group("var_decode");
    g.throughput(Throughput::Elements(1));
    bench_read(&mut g, "baseline_wire", &inputs.wire, wire::decode);
    bench_read(&mut g, "bincode", &inputs.bincode, bincode::decode);
    bench_read(&mut g, "postcard", &inputs.postcard, postcard::decode);
    let mut buffer = ::bitcode::Buffer::new();
    bench_read(&mut g, "bitcode", &inputs.bitcode, |b| {
        bitcode::decode(b, &mut buffer)
    });
    bench_read(&mut g, "prost", &inputs.prost, prost::decode);
    bench_read(&mut g, "rkyv", &inputs.rkyv, rkyv::decode);
    g.finish();
}

fn var_view(c: &mut Criterion) {
    let inputs = Inputs::of(&sample());
    let mut g = c.benchmark_group("var_view");
    g.throughput(Throughput::Elements(1));
    bench_read(&mut g, "baseline_wire", &inputs.wire, wire::view_digest);
    bench_read(&mut g, "bincode", &inputs.bincode, bincode::view_digest);
    bench_read(&mut g, "postcard", &inputs.postcard, postcard::view_digest);
    let mut buffer = ::bitcode::Buffer::new();
    bench_read(&mut g, "bitcode", &inputs.bitcode, |b| {
        bitcode::view_digest(b, &mut buffer)
    });
    bench_read(&mut g, "prost", &inputs.prost, prost::view_digest);
    bench_read(&mut g, "rkyv", &inputs.rkyv, rkyv::view_digest);
    g.finish();
}

/// Prints each format's encoded size of the sample before the timings.
fn sizes(_: &mut Criterion) {
    println!("encoded size of the sample message:");
    for (name, size) in encoded::sizes() {
        println!("  {name:<8} {size:>4} bytes");
    }
}

criterion_group!(benches, sizes, var_encode, var_decode, var_view);
criterion_main!(benches);
