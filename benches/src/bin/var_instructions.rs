//! Runs one operation of `benches/variable.rs` on the sample message a given number of
//! times, for an instruction counter: wall-clock time on a shared machine is noise, the
//! instructions retired per message are not.
//!
//! ```sh
//! cargo build -p wire-benches --profile bench --bin var_instructions
//! valgrind --tool=callgrind --toggle-collect='var_instructions::run_*' \
//!   target/release/var_instructions wire_view 1000
//! ```
//!
//! The operations come in pairs, `wire_*` and `rkyv_*`, each the function the benchmark
//! times for that contender (`wire_benches::variable::{wire, rkyv}`):
//!
//! - `*_view`: validate, then read every field into a `Digest` (`var_view`);
//! - `*_decode`: an owned value from exactly one encoding, dropped (`var_decode`);
//! - `*_encode`: the value into a reused buffer (`var_encode`).
//!
//! `wire_fixint_view` and `wire_fixint_decode` are `wire`'s with the three varints at
//! fixed width (`wire_benches::variable::wire_fixint`): what the varints cost.
//!
//! Each operation runs in its own `run_*` function that is never inlined, so the
//! collection can be limited to it: building the sample and its encodings (in `main`)
//! is not counted. Divide the count by the rounds (printed) for the instructions of
//! one message. Run natively, it also prints the mean wall-clock time per message.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;
use wire_benches::variable::{encoded, rkyv, sample, wire, wire_fixint, Digest};

/// The operations, as `main` takes them.
const STEPS: &str = "wire_view|rkyv_view|wire_decode|rkyv_decode|wire_encode|rkyv_encode|\
                     wire_fixint_view|wire_fixint_decode";

/// Folds one read into the running sum, so that no round can be optimized away.
fn fold(sum: u64, digest: Option<Digest>) -> u64 {
    sum.wrapping_add(digest.map_or(u64::MAX, |d| d.0))
}

#[inline(never)]
fn run_wire_view(bytes: &[u8], rounds: u64) -> u64 {
    (0..rounds).fold(0, |sum, _| {
        fold(sum, wire::view_digest(black_box(bytes)).ok())
    })
}

#[inline(never)]
fn run_rkyv_view(bytes: &[u8], rounds: u64) -> u64 {
    (0..rounds).fold(0, |sum, _| {
        fold(sum, rkyv::view_digest(black_box(bytes)).ok())
    })
}

#[inline(never)]
fn run_wire_decode(bytes: &[u8], rounds: u64) -> u64 {
    (0..rounds).fold(0, |sum, _| {
        let decoded = wire::decode(black_box(bytes)).ok();
        black_box(&decoded);
        sum.wrapping_add(decoded.map_or(0, |m| m.seq))
    })
}

#[inline(never)]
fn run_rkyv_decode(bytes: &[u8], rounds: u64) -> u64 {
    (0..rounds).fold(0, |sum, _| {
        let decoded = rkyv::decode(black_box(bytes)).ok();
        black_box(&decoded);
        sum.wrapping_add(decoded.map_or(0, |m| m.seq))
    })
}

#[inline(never)]
fn run_wire_fixint_view(bytes: &[u8], rounds: u64) -> u64 {
    (0..rounds).fold(0, |sum, _| {
        fold(sum, wire_fixint::view_digest(black_box(bytes)).ok())
    })
}

#[inline(never)]
fn run_wire_fixint_decode(bytes: &[u8], rounds: u64) -> u64 {
    (0..rounds).fold(0, |sum, _| {
        let decoded = wire_fixint::decode(black_box(bytes)).ok();
        black_box(&decoded);
        sum.wrapping_add(decoded.map_or(0, |m| m.seq))
    })
}

#[inline(never)]
fn run_wire_encode(msg: &wire::Msg<'_>, buf: &mut [u8], rounds: u64) -> u64 {
    (0..rounds).fold(0, |sum, _| {
        let written = wire::encode(black_box(msg), black_box(&mut *buf)).ok();
        black_box(&*buf);
        sum.wrapping_add(written.map_or(0, |n| n as u64))
    })
}

#[inline(never)]
fn run_rkyv_encode(msg: &rkyv::Msg, buf: &mut [u8], rounds: u64) -> u64 {
    (0..rounds).fold(0, |sum, _| {
        let written = rkyv::encode(black_box(msg), black_box(&mut *buf)).ok();
        black_box(&*buf);
        sum.wrapping_add(written.map_or(0, |n| n as u64))
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(which), Some(rounds)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: var_instructions {STEPS} ROUNDS");
        return ExitCode::FAILURE;
    };
    let Ok(rounds) = rounds.parse::<u64>() else {
        eprintln!("ROUNDS is a count");
        return ExitCode::FAILURE;
    };
    let u = sample();
    let wire_bytes = encoded::wire(&u);
    let fixint_bytes = encoded::wire_fixint(&u);
    let rkyv_bytes = encoded::rkyv(&u);
    let wire_msg = wire::Msg::from(&u);
    let rkyv_msg = rkyv::Msg::from(&u);
    let mut buf = vec![0u8; encoded::BUF_LEN];
    let start = Instant::now();
    let sum = match which.as_str() {
        "wire_view" => run_wire_view(&wire_bytes, rounds),
        "rkyv_view" => run_rkyv_view(&rkyv_bytes, rounds),
        "wire_decode" => run_wire_decode(&wire_bytes, rounds),
        "rkyv_decode" => run_rkyv_decode(&rkyv_bytes, rounds),
        "wire_encode" => run_wire_encode(&wire_msg, &mut buf, rounds),
        "rkyv_encode" => run_rkyv_encode(&rkyv_msg, &mut buf, rounds),
        "wire_fixint_view" => run_wire_fixint_view(&fixint_bytes, rounds),
        "wire_fixint_decode" => run_wire_fixint_decode(&fixint_bytes, rounds),
        _ => {
            eprintln!("unknown step {which}: one of {STEPS}");
            return ExitCode::FAILURE;
        }
    };
    // A wall-clock figure, so only as steady as the machine (under callgrind,
    // meaningless).
    let ns = start.elapsed().as_nanos() as f64 / rounds.max(1) as f64;
    println!("{which}: {rounds} rounds, sum {sum}; {ns:.1} ns a message");
    ExitCode::SUCCESS
}
