//! Issue 3: fixed-layout messages — the IPv4 header and the ITCH 5.0 Add Order — read
//! whole, read two fields of, and encoded, by `wire` and by the alternatives, side by
//! side in one run, in an order shuffled per run (see `common`). Every group has two
//! hand-written contenders, `baseline_zerocopy` and `baseline_from_be_bytes`; the report
//! takes each ratio against the faster of the two in the same run.
//!
//! Fairness: every contender gets the same bytes (or the same value) through
//! `black_box`, as a slice whose length the optimizer cannot see, so each one pays for
//! its length check; does the same validation (see `wire_benches`); and produces the
//! same output — the model value of every field, the two fields, or the bytes written —
//! which goes to `black_box` by reference (see [`read`]).
//! The implementations are the ones the `wire-benches` unit tests prove equal.
//!
//! Run: `cargo bench -p wire-benches --bench fixed`, then
//! `cargo run -p wire-benches --release --bin report`.

mod common;

use common::{run_groups, Contenders, Run};
use criterion::{Criterion, Throughput};
use std::hint::black_box;
use wire_benches::model::{ADD_ORDER_BYTES, ADD_ORDER_SAMPLE, IPV4_BYTES, IPV4_SAMPLE};
use wire_benches::{ipv4, itch, wire_types};

/// Adds contender `id`, timing `read` on `input`; `read` is a closure, so each contender
/// is monomorphized and inlined into its own loop.
///
/// The output — every field as the model value, or the two fields — goes to `black_box`
/// by reference, as an `Option` of the success value:
/// - by reference, so that the optimizer must write the output to memory and never
///   reads it back. An earlier harness folded the fields into a sum; for the IPv4
///   header LLVM then rebuilt the 4-byte `dst` array from two 2-byte stores with one
///   4-byte load, which the CPU cannot forward from the store buffer: a stall of about
///   6 ns in some contenders and not in others, depending on how each one's code
///   happened to be scheduled (see the README). A value passed to `black_box` by value
///   is also copied back after the barrier, byte-wise stores then a wider load, the
///   same stall.
/// - only the success value: black-boxing the whole `Result` stores the full error
///   type on every iteration, which times the harness, not the code. The `Option`
///   still depends on every check, so no validation can be optimized away.
fn read<'a, T: 'a, E: 'a>(
    group: &mut Contenders<'a>,
    id: &'static str,
    input: &'a [u8],
    read: impl Fn(&[u8]) -> Result<T, E> + 'a,
) {
    group.add(id, move |b| {
        b.iter(|| {
            let output = read(black_box(input)).ok();
            black_box(&output);
        })
    });
}

/// Adds contender `id`, timing `encode` of `value` into a buffer of its own; the buffer
/// and the byte count go to `black_box` by reference after every write, so that no store
/// can be dropped (see [`read`] for why by reference and why only the success value).
fn encode<'a, T: 'a, E: 'a>(
    group: &mut Contenders<'a>,
    id: &'static str,
    value: T,
    len: usize,
    encode: impl Fn(&T, &mut [u8]) -> Result<usize, E> + 'a,
) {
    let mut buf = vec![0u8; len];
    group.add(id, move |b| {
        b.iter(|| {
            let written = encode(black_box(&value), black_box(&mut buf[..])).ok();
            black_box(&buf[..]);
            black_box(&written);
        })
    });
}

fn ipv4_read_all(run: &mut Run, c: &mut Criterion) {
    let mut g = Contenders::new("ipv4_read_all", Throughput::Bytes(ipv4::SIZE as u64));
    let input = IPV4_BYTES.as_slice();
    read(
        &mut g,
        "baseline_zerocopy",
        input,
        ipv4::baseline_zerocopy::read_all,
    );
    read(
        &mut g,
        "baseline_from_be_bytes",
        input,
        ipv4::from_be_bytes::read_all,
    );
    read(&mut g, "binrw", input, ipv4::binrw::read_all);
    read(&mut g, "deku", input, ipv4::deku::read_all);
    read(&mut g, "deku_no_bits", input, ipv4::deku_no_bits::read_all);
    read(&mut g, "wire_view", input, ipv4::wire::read_all_view);
    read(&mut g, "wire_decode", input, ipv4::wire::read_all_decode);
    g.finish(run, c);
}

fn ipv4_read_two(run: &mut Run, c: &mut Criterion) {
    let mut g = Contenders::new("ipv4_read_two", Throughput::Bytes(ipv4::SIZE as u64));
    let input = IPV4_BYTES.as_slice();
    read(
        &mut g,
        "baseline_zerocopy",
        input,
        ipv4::baseline_zerocopy::read_ttl_protocol,
    );
    read(
        &mut g,
        "baseline_from_be_bytes",
        input,
        ipv4::from_be_bytes::read_ttl_protocol,
    );
    read(&mut g, "binrw", input, ipv4::binrw::read_ttl_protocol);
    read(&mut g, "deku", input, ipv4::deku::read_ttl_protocol);
    read(
        &mut g,
        "deku_no_bits",
        input,
        ipv4::deku_no_bits::read_ttl_protocol,
    );
    read(
        &mut g,
        "wire_view",
        input,
        ipv4::wire::read_ttl_protocol_view,
    );
    read(
        &mut g,
        "wire_decode",
        input,
        ipv4::wire::read_ttl_protocol_decode,
    );
    g.finish(run, c);
}

fn ipv4_encode(run: &mut Run, c: &mut Criterion) {
    let mut g = Contenders::new("ipv4_encode", Throughput::Bytes(ipv4::SIZE as u64));
    let len = ipv4::SIZE;
    encode(
        &mut g,
        "baseline_zerocopy",
        IPV4_SAMPLE,
        len,
        ipv4::baseline_zerocopy::encode,
    );
    encode(
        &mut g,
        "baseline_from_be_bytes",
        IPV4_SAMPLE,
        len,
        ipv4::from_be_bytes::encode,
    );
    let binrw_value = ipv4::binrw::Ipv4Header::from(IPV4_SAMPLE);
    encode(&mut g, "binrw", binrw_value, len, ipv4::binrw::encode);
    let deku_value = ipv4::deku::Ipv4Header::from(IPV4_SAMPLE);
    encode(&mut g, "deku", deku_value, len, ipv4::deku::encode);
    encode(
        &mut g,
        "deku_no_bits",
        IPV4_SAMPLE,
        len,
        ipv4::deku_no_bits::encode,
    );
    let wire_value = wire_types::Ipv4Header::from(IPV4_SAMPLE);
    encode(&mut g, "wire_encode", wire_value, len, ipv4::wire::encode);
    encode(
        &mut g,
        "wire_view_mut",
        wire_value,
        len,
        ipv4::wire::encode_view_mut,
    );
    g.finish(run, c);
}

fn itch_read_all(run: &mut Run, c: &mut Criterion) {
    let mut g = Contenders::new("itch_read_all", Throughput::Bytes(itch::SIZE as u64));
    let input = ADD_ORDER_BYTES.as_slice();
    read(
        &mut g,
        "baseline_zerocopy",
        input,
        itch::baseline_zerocopy::read_all,
    );
    read(
        &mut g,
        "baseline_from_be_bytes",
        input,
        itch::from_be_bytes::read_all,
    );
    read(&mut g, "binrw", input, itch::binrw::read_all);
    read(&mut g, "deku", input, itch::deku::read_all);
    read(&mut g, "deku_no_bits", input, itch::deku_no_bits::read_all);
    read(&mut g, "wire_view", input, itch::wire::read_all_view);
    read(&mut g, "wire_decode", input, itch::wire::read_all_decode);
    g.finish(run, c);
}

fn itch_read_two(run: &mut Run, c: &mut Criterion) {
    let mut g = Contenders::new("itch_read_two", Throughput::Bytes(itch::SIZE as u64));
    let input = ADD_ORDER_BYTES.as_slice();
    read(
        &mut g,
        "baseline_zerocopy",
        input,
        itch::baseline_zerocopy::read_order_ref_price,
    );
    read(
        &mut g,
        "baseline_from_be_bytes",
        input,
        itch::from_be_bytes::read_order_ref_price,
    );
    read(&mut g, "binrw", input, itch::binrw::read_order_ref_price);
    read(&mut g, "deku", input, itch::deku::read_order_ref_price);
    read(
        &mut g,
        "deku_no_bits",
        input,
        itch::deku_no_bits::read_order_ref_price,
    );
    read(
        &mut g,
        "wire_view",
        input,
        itch::wire::read_order_ref_price_view,
    );
    read(
        &mut g,
        "wire_decode",
        input,
        itch::wire::read_order_ref_price_decode,
    );
    g.finish(run, c);
}

fn itch_encode(run: &mut Run, c: &mut Criterion) {
    let mut g = Contenders::new("itch_encode", Throughput::Bytes(itch::SIZE as u64));
    let len = itch::SIZE;
    let sample = ADD_ORDER_SAMPLE;
    encode(
        &mut g,
        "baseline_zerocopy",
        sample,
        len,
        itch::baseline_zerocopy::encode,
    );
    encode(
        &mut g,
        "baseline_from_be_bytes",
        sample,
        len,
        itch::from_be_bytes::encode,
    );
    let binrw_value = itch::binrw::AddOrder::from(sample);
    encode(&mut g, "binrw", binrw_value, len, itch::binrw::encode);
    let deku_value = itch::deku::AddOrder::from(sample);
    encode(&mut g, "deku", deku_value, len, itch::deku::encode);
    encode(
        &mut g,
        "deku_no_bits",
        sample,
        len,
        itch::deku_no_bits::encode,
    );
    let wire_value = wire_types::AddOrder::from(sample);
    encode(&mut g, "wire_encode", wire_value, len, itch::wire::encode);
    encode(
        &mut g,
        "wire_view_mut",
        wire_value,
        len,
        itch::wire::encode_view_mut,
    );
    g.finish(run, c);
}

fn main() {
    run_groups(
        "fixed",
        &mut [
            ipv4_read_all,
            ipv4_read_two,
            ipv4_encode,
            itch_read_all,
            itch_read_two,
            itch_encode,
        ],
    );
}
