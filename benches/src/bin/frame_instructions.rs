//! Runs one step of the demo subscriber's hot path (`market_feed::path`) over the demo
//! stream, a given number of times, for an instruction counter: wall-clock time on a
//! shared machine is noise, the instructions retired per frame are not.
//!
//! ```sh
//! cargo build -p wire-benches --profile bench --bin frame_instructions
//! valgrind --tool=callgrind --toggle-collect='frame_instructions::run_*' \
//!   target/release/frame_instructions wire_view 10
//! ```
//!
//! The steps come in pairs, `wire_*` and `handwritten_*`, each pair doing the same work
//! with the same checks (the rows of `benches/demo_path.rs`):
//!
//! - `*_frames`: the frame checks (header CRC-16, frame CRC32C, length cap), each
//!   payload's length summed;
//! - `*_view`: the same, then each message checked as `Msg::view` checks it (known type,
//!   exact length for that type, side byte) and its timestamp read;
//! - `*_book`: the same, then each message applied to the order book;
//! - `book_only`: the book update alone, from owned messages decoded in `main`.
//!
//! Each step runs in its own `run_*` function that is never inlined, so the collection
//! can be limited to it: the corpus, the encoding, the copy of the stream into each
//! fresh decoder and the fresh book (made in `main`, outside `run_*`) are not counted.
//! Divide the count by `messages × rounds` (both printed) for the instructions of one
//! frame. Run natively, it also prints the wall-clock time of the fastest round per
//! message.

use market_feed::feed::{Book, Generator, Msg, SYMBOLS};
use market_feed::path;
use market_feed::run::PreEncoded;
use market_feed::session;
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use wire::frame::{FrameDecoder, WireHeader};

/// The stream of `benches/demo_path.rs`: 20,000 messages from seed 1.
const MESSAGES: usize = 20_000;

/// The steps, as `main` takes them.
const STEPS: &str = "wire_frames|handwritten_frames|wire_view|handwritten_view|wire_book|\
                     handwritten_book|book_only";

#[inline(never)]
fn run_wire_frames(decoder: &mut FrameDecoder<WireHeader>) -> u64 {
    path::wire_frames_only(decoder)
}

#[inline(never)]
fn run_handwritten_frames(stream: &[u8]) -> u64 {
    path::handwritten_frames_only(stream)
}

#[inline(never)]
fn run_wire_view(decoder: &mut FrameDecoder<WireHeader>) -> u64 {
    path::wire_frames(decoder, None)
}

#[inline(never)]
fn run_handwritten_view(stream: &[u8]) -> u64 {
    path::handwritten_frames(stream, None)
}

#[inline(never)]
fn run_wire_book(decoder: &mut FrameDecoder<WireHeader>, book: &mut Book) -> u64 {
    path::wire_frames(decoder, Some(book))
}

#[inline(never)]
fn run_handwritten_book(stream: &[u8], book: &mut Book) -> u64 {
    path::handwritten_frames(stream, Some(book))
}

#[inline(never)]
fn run_book_only(messages: &[Msg<'_>], book: &mut Book) -> u64 {
    path::book_only(messages, book)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(which), Some(rounds)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: frame_instructions {STEPS} ROUNDS");
        return ExitCode::FAILURE;
    };
    let Ok(rounds) = rounds.parse::<u64>() else {
        eprintln!("ROUNDS is a count");
        return ExitCode::FAILURE;
    };
    let corpus = Generator::corpus(1, MESSAGES);
    let pre = PreEncoded::new(&corpus).expect("the generated messages fit in frames");
    let owned = session::owned_messages(&corpus).expect("the generated messages decode");
    let stream = black_box(&pre.bytes[..]);
    let (mut sum, mut fastest) = (0u64, Duration::MAX);
    for _ in 0..rounds {
        // As `benches/demo_path.rs` sizes it.
        let mut book = Book::with_capacity(corpus.max_live_orders * 2 + 1024, SYMBOLS.len(), 256);
        let mut decoder = path::decoder_over(stream);
        let start = Instant::now();
        sum = sum.wrapping_add(match which.as_str() {
            "wire_frames" => run_wire_frames(&mut decoder),
            "handwritten_frames" => run_handwritten_frames(stream),
            "wire_view" => run_wire_view(&mut decoder),
            "handwritten_view" => run_handwritten_view(stream),
            "wire_book" => run_wire_book(&mut decoder, &mut book),
            "handwritten_book" => run_handwritten_book(stream, &mut book),
            "book_only" => run_book_only(&owned, &mut book),
            _ => {
                eprintln!("unknown step {which}: one of {STEPS}");
                return ExitCode::FAILURE;
            }
        });
        fastest = fastest.min(start.elapsed());
    }
    // The fastest round, as the demo's in-memory table reports it: a wall-clock figure,
    // so only as steady as the machine (under callgrind, meaningless).
    let ns = fastest.as_nanos() as f64 / corpus.len() as f64;
    println!(
        "{which}: {} messages x {rounds} rounds, sum {sum}; fastest round {ns:.1} ns a message",
        corpus.len()
    );
    ExitCode::SUCCESS
}
