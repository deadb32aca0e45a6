//! Issue 3: fixed-layout messages — the IPv4 header and the ITCH 5.0 Add Order — read
//! whole, read two fields of, and encoded, by `wire` and by the alternatives, side by
//! side in one run. Every group has exactly one `baseline_zerocopy` id, the hand-written
//! zerocopy code every ratio in the report is taken against.
//!
//! Fairness: every variant gets the same bytes (or the same value) through
//! `black_box`, as a slice whose length the optimizer cannot see, so each one pays for
//! its length check; does the same validation (see `wire_benches`); and has its result
//! passed to `black_box` (a read of every field is folded into a sum of all of them;
//! only the success value, see `bench_read`).
//! The implementations are the ones the `wire-benches` unit tests prove equal.
//!
//! Run: `cargo bench -p wire-benches --bench fixed`, then
//! `cargo run -p wire-benches --release --bin report`.

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use std::hint::black_box;
use wire_benches::model::{ADD_ORDER_BYTES, ADD_ORDER_SAMPLE, IPV4_BYTES, IPV4_SAMPLE};
use wire_benches::{ipv4, itch, wire_types};

/// Times `read` on `input`; `read` is a closure, so each call site is monomorphized
/// and inlined into its own loop.
///
/// Only the success value reaches `black_box`, as an `Option`: black-boxing the whole
/// `Result` would make every iteration store the full error type to the stack (48
/// bytes for `wire::DecodeError`, 32 for the hand-written error, other sizes for the
/// peers), timing the harness instead of the decoder. The `Option` still depends on
/// every check, so no validation can be optimized away.
fn bench_read<T, E>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    input: &[u8],
    read: impl Fn(&[u8]) -> Result<T, E>,
) {
    group.bench_function(id, |b| b.iter(|| black_box(read(black_box(input)).ok())));
}

/// Times `encode` of `value` into `buf`; the buffer is passed through `black_box`
/// after the write so that no store can be dropped. The byte count is kept as an
/// `Option` for the reason given at [`bench_read`] (`wire::EncodeError` is 80 bytes).
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

fn ipv4_read_all(c: &mut Criterion) {
    let mut g = c.benchmark_group("ipv4_read_all");
    g.throughput(Throughput::Bytes(ipv4::SIZE as u64));
    let input = IPV4_BYTES.as_slice();
    bench_read(&mut g, "baseline_zerocopy", input, |b| {
        ipv4::baseline_zerocopy::read_all(b).map(|h| h.digest())
    });
    bench_read(&mut g, "from_be_bytes", input, |b| {
        ipv4::from_be_bytes::read_all(b).map(|h| h.digest())
    });
    bench_read(&mut g, "binrw", input, |b| {
        ipv4::binrw::read_all(b).map(|h| h.digest())
    });
    bench_read(&mut g, "deku", input, |b| {
        ipv4::deku::read_all(b).map(|h| h.digest())
    });
    bench_read(&mut g, "wire_view", input, |b| {
        ipv4::wire::read_all_view(b).map(|h| h.digest())
    });
    bench_read(&mut g, "wire_decode", input, |b| {
        ipv4::wire::read_all_decode(b).map(|h| h.digest())
    });
    g.finish();
}

fn ipv4_read_two(c: &mut Criterion) {
    let mut g = c.benchmark_group("ipv4_read_two");
    g.throughput(Throughput::Bytes(ipv4::SIZE as u64));
    let input = IPV4_BYTES.as_slice();
    bench_read(
        &mut g,
        "baseline_zerocopy",
        input,
        ipv4::baseline_zerocopy::read_ttl_protocol,
    );
    bench_read(
        &mut g,
        "from_be_bytes",
        input,
        ipv4::from_be_bytes::read_ttl_protocol,
    );
    bench_read(&mut g, "binrw", input, ipv4::binrw::read_ttl_protocol);
    bench_read(&mut g, "deku", input, ipv4::deku::read_ttl_protocol);
    bench_read(
        &mut g,
        "wire_view",
        input,
        ipv4::wire::read_ttl_protocol_view,
    );
    bench_read(
        &mut g,
        "wire_decode",
        input,
        ipv4::wire::read_ttl_protocol_decode,
    );
    g.finish();
}

fn ipv4_encode(c: &mut Criterion) {
    let mut g = c.benchmark_group("ipv4_encode");
    g.throughput(Throughput::Bytes(ipv4::SIZE as u64));
    let mut buf = [0u8; ipv4::SIZE];
    bench_encode(
        &mut g,
        "baseline_zerocopy",
        &IPV4_SAMPLE,
        &mut buf,
        ipv4::baseline_zerocopy::encode,
    );
    bench_encode(
        &mut g,
        "from_be_bytes",
        &IPV4_SAMPLE,
        &mut buf,
        ipv4::from_be_bytes::encode,
    );
    let binrw_value = ipv4::binrw::Ipv4Header::from(IPV4_SAMPLE);
    bench_encode(&mut g, "binrw", &binrw_value, &mut buf, ipv4::binrw::encode);
    let deku_value = ipv4::deku::Ipv4Header::from(IPV4_SAMPLE);
    bench_encode(&mut g, "deku", &deku_value, &mut buf, ipv4::deku::encode);
    let wire_value = wire_types::Ipv4Header::from(IPV4_SAMPLE);
    bench_encode(
        &mut g,
        "wire_encode",
        &wire_value,
        &mut buf,
        ipv4::wire::encode,
    );
    bench_encode(
        &mut g,
        "wire_view_mut",
        &wire_value,
        &mut buf,
        ipv4::wire::encode_view_mut,
    );
    g.finish();
}

fn itch_read_all(c: &mut Criterion) {
    let mut g = c.benchmark_group("itch_read_all");
    g.throughput(Throughput::Bytes(itch::SIZE as u64));
    let input = ADD_ORDER_BYTES.as_slice();
    bench_read(&mut g, "baseline_zerocopy", input, |b| {
        itch::baseline_zerocopy::read_all(b).map(|m| m.digest())
    });
    bench_read(&mut g, "from_be_bytes", input, |b| {
        itch::from_be_bytes::read_all(b).map(|m| m.digest())
    });
    bench_read(&mut g, "binrw", input, |b| {
        itch::binrw::read_all(b).map(|m| m.digest())
    });
    bench_read(&mut g, "deku", input, |b| {
        itch::deku::read_all(b).map(|m| m.digest())
    });
    bench_read(&mut g, "wire_view", input, |b| {
        itch::wire::read_all_view(b).map(|m| m.digest())
    });
    bench_read(&mut g, "wire_decode", input, |b| {
        itch::wire::read_all_decode(b).map(|m| m.digest())
    });
    g.finish();
}

fn itch_read_two(c: &mut Criterion) {
    let mut g = c.benchmark_group("itch_read_two");
    g.throughput(Throughput::Bytes(itch::SIZE as u64));
    let input = ADD_ORDER_BYTES.as_slice();
    bench_read(
        &mut g,
        "baseline_zerocopy",
        input,
        itch::baseline_zerocopy::read_order_ref_price,
    );
    bench_read(
        &mut g,
        "from_be_bytes",
        input,
        itch::from_be_bytes::read_order_ref_price,
    );
    bench_read(&mut g, "binrw", input, itch::binrw::read_order_ref_price);
    bench_read(&mut g, "deku", input, itch::deku::read_order_ref_price);
    bench_read(
        &mut g,
        "wire_view",
        input,
        itch::wire::read_order_ref_price_view,
    );
    bench_read(
        &mut g,
        "wire_decode",
        input,
        itch::wire::read_order_ref_price_decode,
    );
    g.finish();
}

fn itch_encode(c: &mut Criterion) {
    let mut g = c.benchmark_group("itch_encode");
    g.throughput(Throughput::Bytes(itch::SIZE as u64));
    let mut buf = [0u8; itch::SIZE];
    bench_encode(
        &mut g,
        "baseline_zerocopy",
        &ADD_ORDER_SAMPLE,
        &mut buf,
        itch::baseline_zerocopy::encode,
    );
    bench_encode(
        &mut g,
        "from_be_bytes",
        &ADD_ORDER_SAMPLE,
        &mut buf,
        itch::from_be_bytes::encode,
    );
    let binrw_value = itch::binrw::AddOrder::from(ADD_ORDER_SAMPLE);
    bench_encode(&mut g, "binrw", &binrw_value, &mut buf, itch::binrw::encode);
    let deku_value = itch::deku::AddOrder::from(ADD_ORDER_SAMPLE);
    bench_encode(&mut g, "deku", &deku_value, &mut buf, itch::deku::encode);
    let wire_value = wire_types::AddOrder::from(ADD_ORDER_SAMPLE);
    bench_encode(
        &mut g,
        "wire_encode",
        &wire_value,
        &mut buf,
        itch::wire::encode,
    );
    bench_encode(
        &mut g,
        "wire_view_mut",
        &wire_value,
        &mut buf,
        itch::wire::encode_view_mut,
    );
    g.finish();
}

criterion_group!(
    benches,
    ipv4_read_all,
    ipv4_read_two,
    ipv4_encode,
    itch_read_all,
    itch_read_two,
    itch_encode
);
criterion_main!(benches);
