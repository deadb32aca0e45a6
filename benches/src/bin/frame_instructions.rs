//! Runs one step of the demo subscriber's hot path (`market_feed::path`) over the demo
//! stream, a given number of times, for an instruction counter: wall-clock time on a
//! shared machine is noise, the instructions retired per frame are not.
//!
//! ```sh
//! cargo build -p wire-benches --profile bench --bin frame_instructions
//! valgrind --tool=callgrind --toggle-collect='frame_instructions::run_*' \
//!   target/release/frame_instructions wire 10
//! ```
//!
//! Each path runs in its own `run_*` function that is never inlined, so the collection
//! can be limited to it: the corpus, the encoding and the copy of the stream into each
//! fresh decoder (made in `main`, outside `run_*`) are not counted. Divide the count by
//! `messages × rounds` (both printed) for the instructions of one frame. Run natively,
//! it also prints the wall-clock time of the fastest round per message.

use market_feed::feed::Generator;
use market_feed::path;
use market_feed::run::PreEncoded;
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use wire::frame::{FrameDecoder, WireHeader};

/// The stream of `benches/demo_path.rs`: 20,000 messages from seed 1.
const MESSAGES: usize = 20_000;

#[inline(never)]
fn run_wire(decoder: &mut FrameDecoder<WireHeader>) -> u64 {
    path::wire_frames(decoder, None)
}

#[inline(never)]
fn run_wire_frames_only(decoder: &mut FrameDecoder<WireHeader>) -> u64 {
    path::wire_frames_only(decoder)
}

#[inline(never)]
fn run_handwritten(stream: &[u8]) -> u64 {
    path::handwritten_frames_only(stream)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(which), Some(rounds)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: frame_instructions wire|wire_frames_only|handwritten ROUNDS");
        return ExitCode::FAILURE;
    };
    let Ok(rounds) = rounds.parse::<u64>() else {
        eprintln!("ROUNDS is a count");
        return ExitCode::FAILURE;
    };
    let corpus = Generator::corpus(1, MESSAGES);
    let pre = PreEncoded::new(&corpus).expect("the generated messages fit in frames");
    let (mut sum, mut fastest) = (0u64, Duration::MAX);
    for _ in 0..rounds {
        let mut decoder = path::decoder_over(&pre.bytes);
        let start = Instant::now();
        sum = sum.wrapping_add(match which.as_str() {
            "wire" => run_wire(&mut decoder),
            "wire_frames_only" => run_wire_frames_only(&mut decoder),
            "handwritten" => run_handwritten(black_box(&pre.bytes)),
            _ => {
                eprintln!("unknown path {which}");
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
