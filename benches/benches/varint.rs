//! Varint decode and encode, `wire` against prost (the baseline), on one fixed stream of
//! 16384 values of mixed widths.
//!
//! Both sides decode the same concatenated stream front to back, as a message parser
//! does, and encode the same values into one buffer. The width mix imitates real
//! protobuf/ITCH-style traffic: mostly small lengths, counts and tags, some prices and
//! ids, a few timestamps and hashes:
//!
//! | bytes | share |
//! |---|---|
//! | 1 | 40 % |
//! | 2 | 25 % |
//! | 3 | 15 % |
//! | 4 | 8 % |
//! | 5 | 5 % |
//! | 6 to 8 | 4 % |
//! | 9 to 10 | 3 % |
//!
//! Why 16384 values and not fewer: criterion replays the same stream thousands of times,
//! and a modern branch predictor memorises the width sequence of a short one. With 4096
//! values, prost's byte-at-a-time decoder ran about 3x faster per value than with 16384
//! on the machine this was tuned on, because its per-byte branches were then mostly
//! predicted; a live feed never repeats like that. 16384 values (40582 bytes encoded,
//! within L2 cache) are past what the predictor holds, so the figures measure decoding,
//! not replay.
//!
//! Run: `cargo bench -p wire-benches --bench varint`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Values per iteration.
const COUNT: usize = 16384;

/// A tiny deterministic generator (xorshift64, Marsaglia 2003), so that every run and
/// every machine measures the same values without a `rand` dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// A value whose minimal varint encoding is exactly `width` bytes (1..=10).
fn value_of_width(rng: &mut XorShift, width: u32) -> u64 {
    let low = if width == 1 {
        0
    } else {
        1u64 << (7 * (width - 1))
    };
    let high = if width >= 10 {
        u64::MAX
    } else {
        (1u64 << (7 * width)) - 1
    };
    low + rng.next() % (high - low) + u64::from(width == 10)
}

/// The fixed benchmark values, in stream order.
fn mixed_values() -> Vec<u64> {
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    (0..COUNT)
        .map(|_| {
            let roll = rng.next() % 100;
            let width = match roll {
                0..=39 => 1,
                40..=64 => 2,
                65..=79 => 3,
                80..=87 => 4,
                88..=92 => 5,
                93..=96 => 6 + (rng.next() % 3) as u32,
                _ => 9 + (rng.next() % 2) as u32,
            };
            value_of_width(&mut rng, width)
        })
        .collect()
}

/// The values concatenated, encoded by prost (so `wire`'s encoder is not trusted here).
fn encoded_stream(values: &[u64]) -> Vec<u8> {
    let mut stream = Vec::with_capacity(values.len() * 10);
    for &value in values {
        prost::encoding::encode_varint(value, &mut stream);
    }
    stream
}

fn decode(c: &mut Criterion) {
    let values = mixed_values();
    let stream = encoded_stream(&values);

    // Both sides must read the same values, or the timings compare nothing.
    let mut rest: &[u8] = &stream;
    let mut decoded = Vec::with_capacity(values.len());
    while let Ok((value, len)) = wire::varint::decode_u64(rest) {
        decoded.push(value);
        rest = &rest[len..];
    }
    assert!(
        rest.is_empty() && decoded == values,
        "wire decoded other values than were encoded"
    );

    let mut group = c.benchmark_group("varint_decode");
    group.throughput(Throughput::Elements(COUNT as u64));
    group.bench_function(BenchmarkId::from_parameter("baseline_prost"), |b| {
        b.iter(|| {
            let mut rest: &[u8] = black_box(&stream);
            let mut sum = 0u64;
            while !rest.is_empty() {
                match prost::encoding::decode_varint(&mut rest) {
                    Ok(value) => sum = sum.wrapping_add(value),
                    Err(err) => panic!("prost rejected its own encoding: {err}"),
                }
            }
            sum
        });
    });
    group.bench_function(BenchmarkId::from_parameter("wire"), |b| {
        b.iter(|| {
            let mut rest: &[u8] = black_box(&stream);
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
            sum
        });
    });
    group.finish();
}

fn encode(c: &mut Criterion) {
    let values = mixed_values();
    let capacity = values.len() * wire::varint::MAX_LEN_U64;

    // Same bytes as prost, or the comparison is meaningless.
    let mut ours = vec![0u8; capacity];
    let mut at = 0;
    for &value in &values {
        at += wire::varint::encode_u64(value, &mut ours[at..]).unwrap_or(0);
    }
    assert_eq!(
        &ours[..at],
        encoded_stream(&values),
        "wire and prost encodings differ"
    );

    let mut group = c.benchmark_group("varint_encode");
    group.throughput(Throughput::Elements(COUNT as u64));
    group.bench_function(BenchmarkId::from_parameter("baseline_prost"), |b| {
        let mut out: Vec<u8> = Vec::with_capacity(capacity);
        b.iter(|| {
            out.clear();
            for &value in black_box(&values) {
                prost::encoding::encode_varint(value, &mut out);
            }
            out.len()
        });
    });
    group.bench_function(BenchmarkId::from_parameter("wire"), |b| {
        let mut out = vec![0u8; capacity];
        b.iter(|| {
            let mut at = 0;
            for &value in black_box(&values) {
                match wire::varint::encode_u64(value, &mut out[at..]) {
                    Ok(len) => at += len,
                    Err(err) => panic!("buffer sized for the worst case: {err}"),
                }
            }
            at
        });
    });
    group.finish();
}

criterion_group!(benches, decode, encode);
criterion_main!(benches);
