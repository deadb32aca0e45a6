//! The market-feed demo's subscriber hot path in memory, per message: what `wire` costs
//! against the hand-written subscriber doing the same job (`market_feed::handwritten`).
//!
//! The stream is the demo's: 20,000 generated ITCH 5.0 messages (28 bytes on average)
//! in 16-byte `WireHeader` frames with a CRC32C each, 44 bytes a frame on average.
//!
//! Each group sets `wire` against the hand-written subscriber doing the same work with
//! the same checks, the baseline:
//!
//! - `demo_frames`: the frame checks alone (header CRC-16, frame CRC32C, length cap;
//!   `wire`'s `FrameDecoder` with resync on, `path::wire_frames_only`, against
//!   `handwritten::check_frame`, `path::handwritten_frames_only`), each payload's length
//!   summed;
//! - `demo_view`: the same, then each message checked as `Msg::view` checks it (known
//!   type, exact length for that type, side byte) and its timestamp read: `Msg::view`
//!   against `handwritten::check_message` (`path::wire_frames` and
//!   `path::handwritten_frames` without a book);
//! - `demo_whole_path`: the whole path of each subscriber: frames, checked messages,
//!   book (the same two functions with a book);
//! - `demo_book_only`: the book update alone, from owned messages decoded before the
//!   clock starts, the part of the whole path both subscribers share.
//!
//! Each iteration starts from a fresh decoder holding the stream, or a fresh book; their
//! set-up is not timed (`iter_batched_ref`). Throughput is in messages, so criterion's
//! "thrpt" is messages per second and its time divided by 20,000 is the cost of one. The
//! groups, and the contenders within each, run in a shuffled order (see `common`), and
//! each result is recorded for the report.
//!
//! Run: `cargo bench -p wire-benches --bench demo_path`.

mod common;

use common::{run_groups, Contenders, Run};
use criterion::{BatchSize, Criterion, Throughput};
use market_feed::feed::{Book, Corpus, Generator, SYMBOLS};
use market_feed::run::PreEncoded;
use market_feed::{path, session};
use std::hint::black_box;

const MESSAGES: usize = 20_000;

fn corpus() -> (Corpus, PreEncoded) {
    let corpus = Generator::corpus(1, MESSAGES);
    let pre = PreEncoded::new(&corpus).expect("the generated messages fit in frames");
    (corpus, pre)
}

fn new_book(corpus: &Corpus) -> Book {
    Book::with_capacity(corpus.max_live_orders * 2 + 1024, SYMBOLS.len(), 256)
}

fn messages(corpus: &Corpus) -> Throughput {
    Throughput::Elements(corpus.len() as u64)
}

fn frames(run: &mut Run, c: &mut Criterion) {
    let (corpus, pre) = corpus();
    let mut g = Contenders::new("demo_frames", messages(&corpus));
    g.add("baseline_handwritten", |b| {
        b.iter(|| black_box(path::handwritten_frames_only(black_box(&pre.bytes))))
    });
    g.add("wire", |b| {
        b.iter_batched_ref(
            || path::decoder_over(&pre.bytes),
            |decoder| black_box(path::wire_frames_only(decoder)),
            BatchSize::LargeInput,
        )
    });
    g.finish(run, c);
}

fn view(run: &mut Run, c: &mut Criterion) {
    let (corpus, pre) = corpus();
    let mut g = Contenders::new("demo_view", messages(&corpus));
    g.add("baseline_handwritten", |b| {
        b.iter(|| black_box(path::handwritten_frames(black_box(&pre.bytes), None)))
    });
    g.add("wire", |b| {
        b.iter_batched_ref(
            || path::decoder_over(&pre.bytes),
            |decoder| black_box(path::wire_frames(decoder, None)),
            BatchSize::LargeInput,
        )
    });
    g.finish(run, c);
}

fn whole_path(run: &mut Run, c: &mut Criterion) {
    let (corpus, pre) = corpus();
    let mut g = Contenders::new("demo_whole_path", messages(&corpus));
    g.add("baseline_handwritten", |b| {
        b.iter_batched_ref(
            || new_book(&corpus),
            |book| black_box(path::handwritten_frames(&pre.bytes, Some(book))),
            BatchSize::LargeInput,
        )
    });
    g.add("wire", |b| {
        b.iter_batched_ref(
            || (path::decoder_over(&pre.bytes), new_book(&corpus)),
            |(decoder, book)| black_box(path::wire_frames(decoder, Some(book))),
            BatchSize::LargeInput,
        )
    });
    g.finish(run, c);
}

fn book_only(run: &mut Run, c: &mut Criterion) {
    let (corpus, _) = corpus();
    let owned = session::owned_messages(&corpus).expect("the generated messages decode");
    let mut g = Contenders::new("demo_book_only", messages(&corpus));
    g.add("baseline_book_only", |b| {
        b.iter_batched_ref(
            || new_book(&corpus),
            |book| black_box(path::book_only(&owned, book)),
            BatchSize::LargeInput,
        )
    });
    g.finish(run, c);
}

fn main() {
    run_groups("demo_path", &mut [frames, view, whole_path, book_only]);
}
