//! Varint decode and encode, `wire` against prost (the baseline), on four value mixes
//! (`wire_benches::varints`): at least 90 % one-byte values, the earlier benchmark's
//! 40 % one-byte mix, widths 1 to 10 equally often, and every varint of a Prometheus
//! remote-write stream encoded by prost. Each iteration works on 16 384 values, the next
//! of 16 streams per mix in turn, so that the branch predictor cannot learn a stream
//! from replays (see `wire_benches::varints::STREAMS`).
//!
//! Both sides do the same work with the same sink. `wire` runs twice: `wire` with the
//! cursor form (`read_u64`, `write_u64`), which has the shape of prost's
//! `decode_varint(&mut buf)` and `encode_varint(value, &mut buf)`, and `wire_slice` with
//! the slice form (`decode_u64`, `encode_u64`), whose caller re-slices by the length it
//! gets back.
//! - decode: the same concatenated stream, read front to back as a message parser does,
//!   every value folded into a sum; prost reads through its `Buf` impl for `&[u8]`;
//! - encode: the same values written back to back into the same kind of sink, a
//!   `&mut [u8]` of room for the worst case, placed within a 4 KiB page by the stream's
//!   number, alike for every contender ([`Sinks`]): prost through its `BufMut` impl for
//!   `&mut [u8]` (which checks the room on every byte and panics without it), `wire`
//!   through a call that checks it and returns an error; all end with the byte count;
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
                    match wire::varint::read_u64(&mut rest) {
                        Ok(value) => sum = sum.wrapping_add(value),
                        Err(err) => panic!("wire rejected prost's encoding: {err}"),
                    }
                }
                black_box(sum);
            });
        });
        let mut next = 0;
        g.add("wire_slice", move |b| {
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

/// The encoders' sinks: `len` bytes starting at one of [`STREAMS`] places within a 4 KiB
/// page, the place chosen per iteration with the stream.
///
/// A load whose address agrees with an earlier store's in its low 12 bits can be held
/// back as if it depended on it (4K aliasing), so the distance between where an encoder
/// reads its input and where it writes, modulo 4 KiB, can change its time with no change
/// to its code. With a `Vec` of its own per contender, allocated wherever the allocator
/// put it, each contender had its own distance. Now every contender writes stream `i`
/// into a sink starting `i * 256` bytes into a page: each meets the same 16 distances,
/// and no single placement decides a group.
struct Sinks {
    buf: Vec<u8>,
    page_start: usize,
    len: usize,
}

impl Sinks {
    const PAGE: usize = 4096;
    const STEP: usize = Self::PAGE / STREAMS;

    fn new(len: usize) -> Sinks {
        let buf = vec![0u8; len + 2 * Self::PAGE];
        let page_start = (Self::PAGE - buf.as_ptr() as usize % Self::PAGE) % Self::PAGE;
        Sinks {
            buf,
            page_start,
            len,
        }
    }

    /// The sink for stream `stream`.
    fn get(&mut self, stream: usize) -> &mut [u8] {
        let at = self.page_start + stream * Self::STEP;
        &mut self.buf[at..at + self.len]
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
        let mut prost_out = Sinks::new(capacity);
        let mut next = 0;
        g.add("baseline_prost", move |b| {
            b.iter(|| {
                next = (next + 1) % STREAMS;
                let mut sink: &mut [u8] = black_box(prost_out.get(next));
                for &value in black_box(&inputs[next]) {
                    prost::encoding::encode_varint(value, &mut sink);
                }
                let written = capacity - sink.len();
                black_box(&prost_out.get(next)[..written]);
            });
        });
        let mut wire_out = Sinks::new(capacity);
        let mut next = 0;
        g.add("wire", move |b| {
            b.iter(|| {
                next = (next + 1) % STREAMS;
                let mut sink: &mut [u8] = black_box(wire_out.get(next));
                for &value in black_box(&inputs[next]) {
                    if let Err(err) = wire::varint::write_u64(value, &mut sink) {
                        panic!("buffer sized for the worst case: {err}");
                    }
                }
                let written = capacity - sink.len();
                black_box(&wire_out.get(next)[..written]);
            });
        });
        let mut slice_out = Sinks::new(capacity);
        let mut next = 0;
        g.add("wire_slice", move |b| {
            b.iter(|| {
                next = (next + 1) % STREAMS;
                let out: &mut [u8] = black_box(slice_out.get(next));
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
