//! The market-feed demo's subscriber hot path in memory, per message: what `wire` costs
//! against the hand-written subscriber doing the same job (`market_feed::handwritten`).
//!
//! The stream is the demo's: 20,000 generated ITCH 5.0 messages (28 bytes on average)
//! in 16-byte `WireHeader` frames with a CRC32C each, 44 bytes a frame on average.
//!
//! Each row has a hand-written counterpart doing the same work with the same checks:
//!
//! - `demo_frame_crc_view`: `wire_frames` / `handwritten_frames`, the frame checks alone
//!   (header CRC-16, frame CRC32C, length cap; `wire`'s `FrameDecoder` with resync on
//!   against `handwritten::check_frame`), each payload's length summed;
//!   `wire_view` / `handwritten_view`, the same and each message checked as `Msg::view`
//!   checks it (known type, exact length for that type, side byte) and its timestamp
//!   read: `Msg::view` against `handwritten::check_message`.
//! - `demo_book`: `book_only`, the book update alone (owned messages decoded before the
//!   clock starts), and `wire_whole_path` / `handwritten_whole_path`, the whole path of
//!   each subscriber: frames, checked messages, book.
//!
//! Each iteration starts from a fresh decoder holding the stream, or a fresh book; their
//! set-up is not timed (`iter_batched`). Throughput is in messages, so criterion's
//! "thrpt" is messages per second and its time divided by 20,000 is the cost of one.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use market_feed::feed::{Book, Corpus, Generator, SYMBOLS};
use market_feed::run::PreEncoded;
use market_feed::{path, session};
use std::hint::black_box;
use std::time::Duration;

const MESSAGES: usize = 20_000;

fn corpus() -> (Corpus, PreEncoded) {
    let corpus = Generator::corpus(1, MESSAGES);
    let pre = PreEncoded::new(&corpus).expect("the generated messages fit in frames");
    (corpus, pre)
}

fn new_book(corpus: &Corpus) -> Book {
    Book::with_capacity(corpus.max_live_orders * 2 + 1024, SYMBOLS.len(), 256)
}

fn frame_crc_view(c: &mut Criterion) {
    let (corpus, pre) = corpus();
    let mut group = c.benchmark_group("demo_frame_crc_view");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.bench_function("wire_frames", |b| {
        b.iter_batched_ref(
            || path::decoder_over(&pre.bytes),
            |decoder| black_box(path::wire_frames_only(decoder)),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("handwritten_frames", |b| {
        b.iter(|| black_box(path::handwritten_frames_only(black_box(&pre.bytes))))
    });
    group.bench_function("wire_view", |b| {
        b.iter_batched_ref(
            || path::decoder_over(&pre.bytes),
            |decoder| black_box(path::wire_frames(decoder, None)),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("handwritten_view", |b| {
        b.iter(|| black_box(path::handwritten_frames(black_box(&pre.bytes), None)))
    });
    group.finish();
}

fn book(c: &mut Criterion) {
    let (corpus, pre) = corpus();
    let owned = session::owned_messages(&corpus).expect("the generated messages decode");
    let mut group = c.benchmark_group("demo_book");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.bench_function("book_only", |b| {
        b.iter_batched_ref(
            || new_book(&corpus),
            |book| black_box(path::book_only(&owned, book)),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("wire_whole_path", |b| {
        b.iter_batched_ref(
            || (path::decoder_over(&pre.bytes), new_book(&corpus)),
            |(decoder, book)| black_box(path::wire_frames(decoder, Some(book))),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("handwritten_whole_path", |b| {
        b.iter_batched_ref(
            || new_book(&corpus),
            |book| black_box(path::handwritten_frames(&pre.bytes, Some(book))),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn config() -> Criterion {
    // Short samples: on a shared machine a long one is more often cut by the scheduler.
    Criterion::default()
        .sample_size(60)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = frame_crc_view, book
}
criterion_main!(benches);
