//! A market-data feed end to end: a publisher sends an ITCH 5.0 stream (generated, or
//! replayed from a TotalView-ITCH file) over loopback TCP with `wire` framing or over
//! UDP as MoldUDP64 packets; a subscriber checks each frame, reads each message, keeps a
//! limit order book and checks it against the publisher's. Three subscribers are
//! measured in the same run, on the same sockets and bytes:
//!
//! - `wire`: `FrameDecoder` (CRC-16 and CRC32C checked), `Msg::view`, the book;
//! - hand-written: the same checks and the same CRC calls, ITCH parsed by hand with
//!   `from_be_bytes`, the same book: what careful code without `wire` does;
//! - transport: each frame's length and timestamp only: the ceiling of the transport.
//!
//! ```text
//! cargo run --release -p market-feed                       # TCP, threads, the default report
//! cargo run --release -p market-feed -- --sweep            # more rates, longer runs
//! cargo run --release -p market-feed -- --shards 4         # throughput with 1..=4 shards
//! cargo run --release -p market-feed -- --io tokio
//! cargo run --release -p market-feed -- --transport udp
//! cargo run --release -p market-feed -- --help
//! ```

// The counting allocator (`wire_test_support::alloc`, shared with the tests) holds the one
// `unsafe impl` the demo needs; neither the binary nor the library has any of its own.
#![forbid(unsafe_code)]

use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use market_feed::feed::{Book, Corpus, Generator, Msg, StockSummary, SYMBOLS};
use market_feed::report::{plot_latency, quantile_us, Series, Spread, PERCENTILES};
use market_feed::run::{Mode, Plan};
use market_feed::session::{self, Io, Outcome, Setup, Shard, Transport};
use market_feed::{alloc, path, Error};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

#[global_allocator]
static ALLOC: alloc::CountingAllocator = alloc::CountingAllocator;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TransportArg {
    /// TCP over 127.0.0.1 with `wire` frames (16-byte header with CRC32C).
    Tcp,
    /// UDP over 127.0.0.1 with MoldUDP64 packets.
    Udp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum IoArg {
    /// Blocking sockets, one thread per end.
    Threads,
    /// tokio, one current-thread runtime per end; the `wire` subscriber reads through
    /// `FramedRead` and `WireCodec` (needs the `tokio` feature, on by default; TCP only).
    Tokio,
}

/// An ITCH 5.0 market-data feed over loopback: `wire` against a hand-written subscriber
/// doing the same job, and the transport's ceiling.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Transport between publisher and subscriber.
    #[arg(long, value_enum, default_value_t = TransportArg::Tcp)]
    transport: TransportArg,
    /// How the TCP ends do their I/O.
    #[arg(long, value_enum, default_value_t = IoArg::Threads)]
    io: IoArg,
    /// Repetitions of every measurement; the report gives the median and the range.
    #[arg(long, default_value_t = 3)]
    reps: usize,
    /// Seconds of each full-load (throughput) run. Over UDP, which has no backpressure,
    /// there is no full-load run.
    #[arg(long, default_value_t = 1.0)]
    duration: f64,
    /// Seconds of each paced (latency) run.
    #[arg(long, default_value_t = 0.6)]
    paced_duration: f64,
    /// Paced rates in messages per second; `max` is 90% of the hand-written subscriber's
    /// median full-load throughput in this run (over UDP: 500k).
    #[arg(long, value_delimiter = ',', default_value = "100000,1000000,max")]
    rates: Vec<String>,
    /// The full sweep: rates 100k, 300k, 1M, 2M and max, runs of 2 s each.
    #[arg(long)]
    sweep: bool,
    /// Partition the book by stock over this many subscriber threads (each with its own
    /// connection and publisher) and report throughput for every shard count up to it.
    #[arg(long, default_value_t = 1)]
    shards: usize,
    /// Leave threads where the OS puts them.
    #[arg(long)]
    no_pin: bool,
    /// Where to write the plot of latency against rate.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "target/market_feed_latency.svg"
    )]
    plot: PathBuf,
    /// Stop each run after this many messages, if that comes first.
    #[arg(long)]
    messages: Option<u64>,
    /// Replay a TotalView-ITCH 5.0 file (each message preceded by a 2-byte big-endian
    /// length) instead of generating the stream. It is sent once per run.
    #[arg(long, value_name = "FILE")]
    replay: Option<PathBuf>,
    /// Write the generated stream to FILE in that format, and exit.
    #[arg(long, value_name = "FILE")]
    write_sample: Option<PathBuf>,
    /// Messages in the generated stream, which is sent again and again (it ends with an
    /// empty book).
    #[arg(long, default_value_t = 500_000)]
    corpus: usize,
    /// Seed of the generator.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Make the subscriber sleep 1 ms every 500 messages, to show backpressure.
    #[arg(long)]
    slow_consumer: bool,
    /// Out-of-order MoldUDP64 packets the UDP subscriber holds before it declares a gap.
    #[arg(long, default_value_t = 64)]
    window: usize,
}

fn main() {
    if let Err(err) = run_main() {
        eprintln!("market_feed: {err}");
        std::process::exit(1);
    }
}

fn run_main() -> Result<(), Error> {
    let mut args = Args::parse();
    let corpus = match &args.replay {
        Some(path) => Corpus::from_itch_file(&std::fs::read(path)?)?,
        None => Generator::corpus(args.seed, args.corpus),
    };
    if let Some(path) = &args.write_sample {
        std::fs::write(path, corpus.to_itch_file())?;
        println!("wrote {} messages to {}", corpus.len(), path.display());
        return Ok(());
    }
    let setup = Setup {
        transport: match args.transport {
            TransportArg::Tcp => Transport::Tcp,
            TransportArg::Udp => Transport::Udp,
        },
        io: match args.io {
            IoArg::Threads => Io::Threads,
            IoArg::Tokio => Io::Tokio,
        },
        window: args.window,
        pin: !args.no_pin,
    };
    if setup.io == Io::Tokio && !cfg!(feature = "tokio") {
        return Err("--io tokio needs the tokio feature".into());
    }
    if setup.io == Io::Tokio && setup.transport == Transport::Udp {
        return Err("--io tokio is for TCP; UDP runs on threads".into());
    }
    if args.shards > 1 && (setup.transport, setup.io) != (Transport::Tcp, Io::Threads) {
        return Err("--shards is for TCP on threads".into());
    }
    if args.sweep {
        args.rates = ["100000", "300000", "1000000", "2000000", "max"]
            .map(String::from)
            .to_vec();
        args.duration = args.duration.max(2.0);
        args.paced_duration = args.paced_duration.max(2.0);
    }
    args.reps = args.reps.max(1);
    print_header(&args, &setup, &corpus);
    let shards = session::shards(&corpus, 1)?;

    // Full load: throughput. Modes interleave within each repetition, so a change in
    // the machine's load hits all three alike, and take turns at going first.
    let mut load: Vec<[Option<Outcome>; 3]> = Vec::new();
    if setup.transport == Transport::Tcp {
        for rep in 0..args.reps {
            let plan = full_load_plan(&args);
            let row = measure_turn(&args, &setup, &shards, Mode::ALL, plan, rep, rep)?;
            load.push(row.map(Some));
        }
        print_throughput(&load);
    }
    let hand_rate = Spread::of(
        &load
            .iter()
            .filter_map(|row| row[1].as_ref()?.rate(false))
            .collect::<Vec<_>>(),
    );

    // Paced: latency at each rate, of the two subscribers that do the job (the transport
    // ceiling checks nothing, so its latency says nothing about a subscriber).
    let rates = paced_rates(&args.rates, hand_rate)?;
    let mut sweep: Vec<(u64, Vec<[Outcome; 2]>)> = Vec::new();
    alloc::reset_peak();
    for (index, &rate) in rates.iter().enumerate() {
        let mut reps = Vec::new();
        for rep in 0..args.reps {
            let plan = paced_plan(&args, rate);
            // The turn counts the rates too, so that with an odd number of repetitions
            // the rates between them even out which subscriber goes first.
            let turn = index * args.reps + rep;
            reps.push(measure_turn(&args, &setup, &shards, PAIR, plan, rep, turn)?);
        }
        sweep.push((rate, reps));
    }
    let peak_heap = alloc::peak_heap_bytes();
    print_latency(&sweep);
    write_plot(&args, &sweep);

    if args.shards > 1 {
        print_shards(&args, &setup, &corpus)?;
    }
    print_cpu(&corpus)?;
    let last = sweep.last().and_then(|(_, reps)| reps.last());
    print_checks(&args, &shards, last, &load, peak_heap)
}

fn full_load_plan(args: &Args) -> Plan {
    let start = 50_000_000;
    let end = start + (args.duration.max(0.05) * 1e9) as u64;
    Plan {
        start,
        load_end: end,
        end,
        rate: 0,
        max_messages: args.messages.unwrap_or(u64::MAX),
        slow_every: if args.slow_consumer { 500 } else { 0 },
    }
}

fn paced_plan(args: &Args, rate: u64) -> Plan {
    let start = 50_000_000;
    Plan {
        start,
        // Paced from the first message.
        load_end: start,
        end: start + (args.paced_duration.max(0.05) * 1e9) as u64,
        rate,
        max_messages: args.messages.unwrap_or(u64::MAX),
        slow_every: if args.slow_consumer { 500 } else { 0 },
    }
}

fn paced_rates(rates: &[String], hand: Option<Spread>) -> Result<Vec<u64>, Error> {
    let mut out = Vec::new();
    for rate in rates {
        let value = if rate == "max" {
            // 90% of what the hand-written subscriber took at full load: a rate it
            // sustains with room for the machine's noise. Without a full-load run, 500k.
            hand.map_or(500_000, |s| {
                (s.median * 0.9 / 10_000.0).round() as u64 * 10_000
            })
        } else {
            rate.parse::<u64>()
                .map_err(|_| format!("--rates: {rate:?} is not a number or `max`"))?
        };
        if value > 0 && !out.contains(&value) {
            out.push(value);
        }
    }
    out.sort_unstable();
    Ok(out)
}

/// The two subscribers that do the job, in the order the report shows them.
const PAIR: [Mode; 2] = [Mode::Wire, Mode::Handwritten];

/// Measures each of `modes` once, in the order [`Mode::order`] gives for `turn`, and
/// returns the outcomes in the order of `modes`.
fn measure_turn<const N: usize>(
    args: &Args,
    setup: &Setup,
    shards: &[Shard],
    modes: [Mode; N],
    plan: Plan,
    rep: usize,
    turn: usize,
) -> Result<[Outcome; N], Error> {
    let mut outcomes: [Option<Outcome>; N] = [const { None }; N];
    // `Mode::order` rotates `modes`: each is found, and each is measured once.
    for mode in Mode::order(modes, turn) {
        let place = modes
            .iter()
            .position(|&m| m == mode)
            .expect("a mode of `modes`");
        outcomes[place] = Some(measure(args, setup, shards, mode, plan, rep)?);
    }
    Ok(outcomes.map(|outcome| outcome.expect("every mode measured")))
}

/// One run with a progress bar.
fn measure(
    args: &Args,
    setup: &Setup,
    shards: &[Shard],
    mode: Mode,
    plan: Plan,
    rep: usize,
) -> Result<Outcome, Error> {
    let total_ms = (plan.end - plan.start) / 1_000_000;
    let bar = ProgressBar::new(total_ms);
    if !std::io::stdout().is_terminal() {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    let pace = if plan.load_end == plan.end {
        "full load".to_string()
    } else {
        format!("{}k msg/s", plan.rate / 1000)
    };
    let template = format!(
        "{:<12} {pace:>11} run {}/{} [{{bar:30}}] {{msg}}",
        mode.label(),
        rep + 1,
        args.reps
    );
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style.progress_chars("=> "));
    }
    let started = Instant::now();
    let outcome = session::measure(setup, shards, mode, plan, |sent, received| {
        bar.set_position(started.elapsed().as_millis() as u64);
        bar.set_message(format!("sent {sent:>10} received {received:>10}"));
    })?;
    bar.finish_and_clear();
    Ok(outcome)
}

fn print_header(args: &Args, setup: &Setup, corpus: &Corpus) {
    let source = match &args.replay {
        Some(path) => format!("replay of {}", path.display()),
        None => format!("generated, seed {}, {} stocks", args.seed, SYMBOLS.len()),
    };
    let io = match (setup.transport, setup.io) {
        (Transport::Udp, _) => "UDP MoldUDP64, blocking threads",
        (Transport::Tcp, Io::Threads) => "TCP + wire frames (CRC32C), blocking threads",
        (Transport::Tcp, Io::Tokio) => "TCP + wire frames (CRC32C), tokio + WireCodec",
    };
    println!("market_feed: {io}, 127.0.0.1");
    println!(
        "stream: {} messages ({source}), {:.1} bytes/message on average, {}",
        corpus.len(),
        corpus.bytes.len() as f64 / corpus.len().max(1) as f64,
        if corpus.closed {
            "sent in a loop"
        } else {
            "sent once per run"
        }
    );
    let pinning = match session::cores(setup.pin) {
        Ok(cores) => format!(
            "threads pinned (publisher and subscriber on cores {:?})",
            cores.iter().take(2).map(|c| c.id).collect::<Vec<_>>()
        ),
        Err(why) => format!("note: {why}"),
    };
    println!(
        "cores: {}; {pinning}; {} runs of each measurement, the subscribers taking turns at going first; {:.1} s full load, {:.1} s per paced rate{}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        args.reps,
        args.duration,
        args.paced_duration,
        if args.slow_consumer {
            "; slow consumer"
        } else {
            ""
        },
    );
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

fn print_throughput(load: &[[Option<Outcome>; 3]]) {
    let rates = |i: usize| -> Vec<Option<f64>> {
        load.iter()
            .map(|row| row[i].as_ref().and_then(|o| o.rate(false)))
            .collect()
    };
    let (wire, hand, transport) = (rates(0), rates(1), rates(2));
    let spread = |v: &[Option<f64>], scale: f64| {
        Spread::of(&v.iter().flatten().map(|x| x / scale).collect::<Vec<_>>())
    };
    // The ratio within each repetition, then its median and range.
    let ratios: Vec<f64> = wire
        .iter()
        .zip(&hand)
        .filter_map(|(&w, &h)| ratio(w, h))
        .collect();
    println!();
    println!(
        "full load (as fast as each subscriber takes them), median [lowest-highest] of the runs:"
    );
    println!(
        "{:<24} {:>22} {:>22} {:>22} {:>18}",
        "", "wire", "hand-written", "transport ceiling", "wire/hand-written"
    );
    println!(
        "{:<24} {:>22} {:>22} {:>22} {:>18}",
        "messages/s (millions)",
        Spread::show(spread(&wire, 1e6), 2),
        Spread::show(spread(&hand, 1e6), 2),
        Spread::show(spread(&transport, 1e6), 2),
        Spread::show(Spread::of(&ratios), 2),
    );
    let allocs = |i: usize| {
        Spread::of(
            &load
                .iter()
                .filter_map(|row| Some(row[i].as_ref()?.allocs_per_message()))
                .collect::<Vec<_>>(),
        )
    };
    println!(
        "{:<24} {:>22} {:>22} {:>22}",
        "allocations/message",
        Spread::show(allocs(0), 4),
        Spread::show(allocs(1), 4),
        Spread::show(allocs(2), 4),
    );
}

/// Percentile `q` of each run of subscriber `i` (0: wire, 1: hand-written), in µs.
fn percentile_runs(reps: &[[Outcome; 2]], i: usize, q: f64) -> Vec<f64> {
    reps.iter()
        .filter_map(|r| quantile_us(&r[i].latency(true), q))
        .collect()
}

fn print_latency(sweep: &[(u64, Vec<[Outcome; 2]>)]) {
    println!();
    println!("paced: one-way latency from the publisher's stamp to the subscriber's book (µs),");
    println!("median [lowest-highest] of the runs; the ratio is of the medians:");
    println!(
        "{:<16} {:<6} {:>22} {:>22} {:>18}",
        "rate (msg/s)", "", "wire", "hand-written", "wire/hand-written"
    );
    for (rate, reps) in sweep {
        let achieved = |i: usize| {
            Spread::of(
                &reps
                    .iter()
                    .filter_map(|r| r[i].rate(true))
                    .map(|x| x / 1e6)
                    .collect::<Vec<_>>(),
            )
        };
        println!(
            "{:<16} {:<6} {:>22} {:>22}",
            format!("{}k", rate / 1000),
            "Mmsg/s",
            Spread::show(achieved(0), 3),
            Spread::show(achieved(1), 3),
        );
        for (label, q) in PERCENTILES {
            let wire = Spread::of(&percentile_runs(reps, 0, q));
            let hand = Spread::of(&percentile_runs(reps, 1, q));
            println!(
                "{:<16} {:<6} {:>22} {:>22} {:>18}",
                "",
                label,
                Spread::show(wire, 1),
                Spread::show(hand, 1),
                ratio(wire.map(|s| s.median), hand.map(|s| s.median))
                    .map_or_else(|| "n/a".to_string(), |r| format!("{r:.2}x")),
            );
        }
    }
}

fn write_plot(args: &Args, sweep: &[(u64, Vec<[Outcome; 2]>)]) {
    let mut series = Vec::new();
    for (colour, (label, q)) in PERCENTILES.iter().take(3).enumerate() {
        for (i, name) in ["wire", "hand-written"].iter().enumerate() {
            let points = sweep
                .iter()
                .filter_map(|(rate, reps)| {
                    let s = Spread::of(&percentile_runs(reps, i, *q))?;
                    Some((*rate as f64, s.median))
                })
                .collect();
            series.push(Series {
                label: format!("{name} {label}"),
                points,
                colour,
                dashed: i == 1,
            });
        }
    }
    if let Some(dir) = args.plot.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let title = format!(
        "market_feed: latency against paced rate (median of {} runs)",
        args.reps
    );
    match plot_latency(&args.plot, &title, &series) {
        Ok(()) => println!("plot: {}", args.plot.display()),
        Err(err) => println!("plot not written: {err}"),
    }
}

fn print_shards(args: &Args, setup: &Setup, corpus: &Corpus) -> Result<(), Error> {
    println!();
    println!(
        "shards (the book partitioned by stock, one connection, publisher and subscriber each),"
    );
    println!("full load, messages/s in millions over all shards, median [lowest-highest]:");
    println!(
        "{:<8} {:>22} {:>22} {:>18}",
        "shards", "wire", "hand-written", "wire/hand-written"
    );
    for count in 1..=args.shards {
        let shards = session::shards(corpus, count)?;
        let (mut wire, mut hand, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for rep in 0..args.reps {
            let plan = full_load_plan(args);
            // As in the paced runs: the turn counts the shard counts too.
            let turn = (count - 1) * args.reps + rep;
            let [w, h] = measure_turn(args, setup, &shards, PAIR, plan, rep, turn)?;
            let (w, h) = (w.rate(false), h.rate(false));
            wire.extend(w.map(|x| x / 1e6));
            hand.extend(h.map(|x| x / 1e6));
            ratios.extend(ratio(w, h));
        }
        println!(
            "{:<8} {:>22} {:>22} {:>18}",
            count,
            Spread::show(Spread::of(&wire), 2),
            Spread::show(Spread::of(&hand), 2),
            Spread::show(Spread::of(&ratios), 2),
        );
    }
    Ok(())
}

/// Messages per timed pass of [`print_cpu`]: short passes, so that on a busy machine
/// many of them run without being descheduled.
const CPU_PASS: usize = 10_000;

/// Timed passes of each measurement of [`print_cpu`]; the fastest counts.
const CPU_PASSES: usize = 100;

/// Nanoseconds per message of one pass of `run` over [`CPU_PASS`] messages; `setup` (a
/// fresh decoder or book) is not timed.
fn pass<S>(setup: &mut impl FnMut() -> S, run: &mut impl FnMut(&mut S) -> u64) -> f64 {
    let mut state = setup();
    let start = Instant::now();
    std::hint::black_box(run(&mut state));
    start.elapsed().as_nanos() as f64 / CPU_PASS as f64
}

/// The fastest of [`CPU_PASSES`] passes of `run`.
fn ns_per_message<S>(mut setup: impl FnMut() -> S, mut run: impl FnMut(&mut S) -> u64) -> f64 {
    (0..CPU_PASSES)
        .map(|_| pass(&mut setup, &mut run))
        .fold(f64::MAX, f64::min)
}

/// [`ns_per_message`] of `wire` and of the hand-written path, their passes alternating
/// and taking turns at going first, so that a change in the machine's speed while the
/// table is measured falls on both columns.
fn ns_per_message_pair<S, T>(
    mut wire_setup: impl FnMut() -> S,
    mut wire: impl FnMut(&mut S) -> u64,
    mut hand_setup: impl FnMut() -> T,
    mut hand: impl FnMut(&mut T) -> u64,
) -> (f64, f64) {
    let (mut fastest_wire, mut fastest_hand) = (f64::MAX, f64::MAX);
    for turn in 0..CPU_PASSES {
        for mode in Mode::order(PAIR, turn) {
            if mode == Mode::Wire {
                fastest_wire = fastest_wire.min(pass(&mut wire_setup, &mut wire));
            } else {
                fastest_hand = fastest_hand.min(pass(&mut hand_setup, &mut hand));
            }
        }
    }
    (fastest_wire, fastest_hand)
}

fn print_cpu(corpus: &Corpus) -> Result<(), Error> {
    // The first CPU_PASS messages, framed as the publisher frames them.
    let count = CPU_PASS.min(corpus.len());
    let mut part = Corpus::default();
    for i in 0..count {
        part.bytes.extend_from_slice(corpus.message(i));
        part.ends.push(u32::try_from(part.bytes.len())?);
    }
    let pre = market_feed::run::PreEncoded::new(&part)?;
    let bytes = &pre.bytes[..];
    let new_book = || Book::with_capacity(corpus.max_live_orders * 2 + 1024, SYMBOLS.len(), 256);
    let scan = ns_per_message(|| (), |_| path::transport_scan(bytes));
    let (frames, hand_frames) = ns_per_message_pair(
        || path::decoder_over(bytes),
        path::wire_frames_only,
        || (),
        |_| path::handwritten_frames_only(bytes),
    );
    let (views, hand_views) = ns_per_message_pair(
        || path::decoder_over(bytes),
        |d| path::wire_frames(d, None),
        || (),
        |_| path::handwritten_frames(bytes, None),
    );
    let (wire_book, hand) = ns_per_message_pair(
        || (path::decoder_over(bytes), new_book()),
        |(d, book)| path::wire_frames(d, Some(book)),
        new_book,
        |book| path::handwritten_frames(bytes, Some(book)),
    );
    let owned: Vec<Msg<'_>> = session::owned_messages(&part)?;
    let book = ns_per_message(new_book, |book| path::book_only(&owned, book));
    println!();
    println!(
        "subscriber CPU per message in memory (ns; fastest of {CPU_PASSES} passes over {count} messages,"
    );
    println!("the two columns' passes alternating):");
    println!("{:<44} {:>8} {:>14}", "", "wire", "hand-written");
    println!(
        "{:<44} {frames:>8.1} {hand_frames:>14.1}",
        "frame checks (CRC-16, CRC32C)"
    );
    // Both check the message alike: its type's exact length and the side byte.
    println!(
        "{:<44} {views:>8.1} {hand_views:>14.1}",
        "frame checks + message (view / by hand)"
    );
    println!(
        "{:<44} {wire_book:>8.1} {hand:>14.1}",
        "all of it, book included"
    );
    println!("{:<44} {book:>8.1}", "the book alone (owned messages)");
    println!("{:<44} {scan:>8.1}", "the transport ceiling's scan");
    Ok(())
}

fn print_checks(
    args: &Args,
    shards: &[Shard],
    last: Option<&[Outcome; 2]>,
    load: &[[Option<Outcome>; 3]],
    peak_heap: usize,
) -> Result<(), Error> {
    println!();
    println!(
        "peak heap during the paced runs: {:.1} MiB",
        peak_heap as f64 / (1 << 20) as f64
    );
    // Every run that keeps a book is checked; the last paced pair is shown.
    let mut checked = 0usize;
    let runs = load
        .iter()
        .flat_map(|row| row.iter().flatten())
        .chain(last.into_iter().flatten());
    for outcome in runs {
        let subs = outcome.shards.iter().map(|(_, s)| s);
        for sub in subs {
            let lost = sub.mold.as_ref().map_or(0, |m| m.lost_messages());
            if sub.decode_errors > 0 || (sub.frame_errors > 0 && lost == 0) {
                return Err(format!(
                    "{} decode error(s), {} frame error(s) on a clean stream",
                    sub.decode_errors, sub.frame_errors
                )
                .into());
            }
        }
        if let Some((_, matched)) = outcome.book_check(shards)? {
            let lost: u64 = outcome
                .shards
                .iter()
                .filter_map(|(_, s)| s.mold.as_ref().map(|m| m.lost_messages()))
                .sum();
            if !matched && lost == 0 {
                return Err("a subscriber's book differs from the publisher's".into());
            }
            checked += 1;
        }
    }
    let Some(last) = last else {
        return Ok(());
    };
    for (outcome, name) in last.iter().zip(["wire", "hand-written"]) {
        if let Some(mold) = outcome.shards.first().and_then(|(_, s)| s.mold.as_ref()) {
            println!(
                "MoldUDP64 ({name}): {} delivered, {} lost in {} gap(s), {} duplicate packet(s), {} reordered, {} late",
                mold.delivered,
                mold.lost_messages(),
                mold.gaps.len(),
                mold.duplicate_packets,
                mold.reordered_packets,
                mold.late_packets
            );
        }
    }
    let Some((ours, matched)) = last[0].book_check(shards)? else {
        return Ok(());
    };
    println!(
        "book check: {checked} runs' books = the publisher's; the last wire run: {}, {} stock(s)",
        if matched {
            "MATCH"
        } else {
            "DIFFERS (messages were lost)"
        },
        ours.len(),
    );
    for line in book_lines(&ours)
        .iter()
        .take(if args.replay.is_some() { 5 } else { 8 })
    {
        println!("  {line}");
    }
    Ok(())
}

fn book_lines(ours: &[StockSummary]) -> Vec<String> {
    let price = |p: Option<u32>| {
        p.map_or_else(|| "-".to_string(), |p| format!("{:.2}", f64::from(p) / 1e4))
    };
    ours.iter()
        .map(|s| {
            let name = SYMBOLS
                .get(usize::from(s.stock_locate).wrapping_sub(1))
                .map_or_else(
                    || format!("#{}", s.stock_locate),
                    |n| String::from_utf8_lossy(&n[..]).trim().to_string(),
                );
            format!(
                "{name:<6} bid {:>8} x {:>7}  ask {:>8} x {:>7}",
                price(s.best_bid),
                s.bid_volume,
                price(s.best_ask),
                s.ask_volume,
            )
        })
        .collect()
}
