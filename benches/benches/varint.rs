//! Varint decode and encode, `wire` against prost (the baseline), on four value mixes
//! (`wire_benches::varints`): at least 90 % one-byte values, the earlier benchmark's
//! 40 % one-byte mix, widths 1 to 10 equally often, and every varint of a Prometheus
//! remote-write stream encoded by prost. Each iteration works on 16 384 values, the next
//! of 16 streams per mix in turn, so that the branch predictor cannot learn a stream
//! from replays (see `wire_benches::varints::STREAMS`).
//!
//! Both sides do the same work with the same sink:
//! - decode: the same concatenated stream, read front to back as a message parser does,
//!   every value folded into a sum; prost reads through its `Buf` impl for `&[u8]`,
//!   `wire` from a slice it re-slices by the length it returns;
//! - encode: the same values written back to back into the same kind of sink, a
//!   `&mut [u8]` of room for the worst case: prost through its `BufMut` impl for
//!   `&mut [u8]` (which checks the room on every byte), `wire` through `encode_u64`
//!   (which checks it and returns an error), and both end with the byte count;
//! - every output (the sum, the written bytes and their count) goes to `black_box`.
//!
//! The groups' contenders run in an order shuffled per run (see `common`).
//!
//! Run: `cargo bench -p wire-benches --bench varint`.

mod common;

use common::{run_groups, Contenders, Run};
use criterion::{Criterion, Throughput};
use std::hint::black_box;
use wire_benches::varints::{Mix, COUNT, STREAMS};

/// The values concatenated, encoded by prost (so `wire`'s encoder is not trusted here).
fn encoded_stream(values: &[u64]) -> Vec<u8> {
    let mut stream = Vec::with_capacity(values.len() * 10);
    for &value in values {
        prost::encoding::encode_varint(value, &mut stream);
    }
    stream
}

/// `varint_decode_<mix>` for every mix.
fn decode(run: &mut Run, c: &mut Criterion) {
    for mix in Mix::ALL {
        let streams: Vec<Vec<u8>> = mix.streams().iter().map(|s| encoded_stream(s)).collect();
        let name: &'static str = match mix {
            Mix::OneByte90 => "varint_decode_one_byte_90",
            Mix::Mixed => "varint_decode_mixed",
            Mix::Uniform => "varint_decode_uniform",
            Mix::Protobuf => "varint_decode_protobuf",
        };
        let mut g = Contenders::new(name, Throughput::Elements(COUNT as u64));
        let inputs = streams.as_slice();
        let mut next = 0;
        g.add("baseline_prost", move |b| {
            b.iter(|| {
                next = (next + 1) % STREAMS;
                let mut rest: &[u8] = black_box(&inputs[next]);
                let mut sum = 0u64;
                while !rest.is_empty() {
                    match prost::encoding::decode_varint(&mut rest) {
                        Ok(value) => sum = sum.wrapping_add(value),
                        Err(err) => panic!("prost rejected its own encoding: {err}"),
                    }
                }
                black_box(sum);
            });
        });
        let mut next = 0;
        g.add("wire", move |b| {
            b.iter(|| {
                next = (next + 1) % STREAMS;
                let mut rest: &[u8] = black_box(&inputs[next]);
                let mut sum = 0u64;
                while !rest.is_empty() {
                    match wire::varint::decode_u64(rest) {
                        Ok((value, len)) => {
                            sum = sum.wrapping_add(value);
                            rest = &rest[len..];
                        }
                        Err(err) => panic!("wire rejected prost's encoding: {err}"),
                    }
                }
                black_box(sum);
            });
        });
        g.finish(run, c);
    }
}

/// `varint_encode_<mix>` for every mix.
fn encode(run: &mut Run, c: &mut Criterion) {
    for mix in Mix::ALL {
        let streams = mix.streams();
        let name: &'static str = match mix {
            Mix::OneByte90 => "varint_encode_one_byte_90",
            Mix::Mixed => "varint_encode_mixed",
            Mix::Uniform => "varint_encode_uniform",
            Mix::Protobuf => "varint_encode_protobuf",
        };
        let capacity = COUNT * wire::varint::MAX_LEN_U64;
        let mut g = Contenders::new(name, Throughput::Elements(COUNT as u64));
        let inputs = streams.as_slice();
        let mut prost_out = vec![0u8; capacity];
        let mut next = 0;
        g.add("baseline_prost", move |b| {
            b.iter(|| {
                next = (next + 1) % STREAMS;
                let mut sink: &mut [u8] = black_box(&mut prost_out[..]);
                for &value in black_box(&inputs[next]) {
                    prost::encoding::encode_varint(value, &mut sink);
                }
                let written = capacity - sink.len();
                black_box(&prost_out[..written]);
            });
        });
        let mut wire_out = vec![0u8; capacity];
        let mut next = 0;
        g.add("wire", move |b| {
            b.iter(|| {
                next = (next + 1) % STREAMS;
                let out: &mut [u8] = black_box(&mut wire_out[..]);
                let mut written = 0;
                for &value in black_box(&inputs[next]) {
                    match wire::varint::encode_u64(value, &mut out[written..]) {
                        Ok(len) => written += len,
                        Err(err) => panic!("buffer sized for the worst case: {err}"),
                    }
                }
                black_box(&out[..written]);
            });
        });
        g.finish(run, c);
    }
}

fn main() {
    run_groups("varint", &mut [decode, encode]);
}
