//! A market-data feed end to end: a publisher sends an ITCH 5.0 stream (generated, or
//! replayed from a TotalView-ITCH file) over loopback TCP with `wire` framing or over
//! UDP as MoldUDP64 packets; a subscriber decodes it through zero-copy views, keeps a
//! limit order book and checks it against the publisher's. The same run measures a
//! baseline (the same socket code moving the same pre-encoded bytes, decoding nothing)
//! and prints both side by side.
//!
//! ```text
//! cargo run --release --features tokio --example market_feed              # TCP, threads
//! cargo run --release --features tokio --example market_feed -- --io tokio
//! cargo run --release --features tokio --example market_feed -- --transport udp
//! cargo run --release --features tokio --example market_feed -- --slow-consumer
//! cargo run --release --features tokio --example market_feed -- --help
//! ```
//!
//! Without `--features tokio` everything but `--io tokio` works.

#![deny(unsafe_code)]

// The counting allocator is the one place that needs `unsafe`: a `GlobalAlloc` impl.
#[allow(unsafe_code)]
mod alloc;
mod feed;
mod run;
#[cfg(feature = "tokio")]
mod tokio_io;

use clap::{Parser, ValueEnum};
use feed::{Book, Corpus, Generator, StockSummary, SYMBOLS};
use hdrhistogram::Histogram;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use run::{Clock, Live, Mode, Plan, PreEncoded, PubReport, SubReport};
use std::io::IsTerminal;
use std::net::{TcpListener, UdpSocket};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

#[global_allocator]
static ALLOC: alloc::CountingAlloc = alloc::CountingAlloc;

pub(crate) type Error = Box<dyn std::error::Error + Send + Sync>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Transport {
    /// TCP over 127.0.0.1 with `wire` frames (16-byte header with CRC32C).
    Tcp,
    /// UDP over 127.0.0.1 with MoldUDP64 packets.
    Udp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Io {
    /// Blocking sockets, one thread per end.
    Threads,
    /// tokio, one current-thread runtime per end; the subscriber reads through
    /// `FramedRead` and `WireCodec` (needs `--features tokio`; TCP only).
    Tokio,
}

/// An ITCH 5.0 market-data feed over loopback, decoded with `wire`, against a baseline.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Transport between publisher and subscriber.
    #[arg(long, value_enum, default_value_t = Transport::Tcp)]
    transport: Transport,
    /// How the TCP ends do their I/O.
    #[arg(long, value_enum, default_value_t = Io::Threads)]
    io: Io,
    /// Seconds for the whole run: half for `wire`, half for the baseline.
    #[arg(long, default_value_t = 10.0)]
    duration: f64,
    /// Stop each half after this many messages, if that comes first.
    #[arg(long)]
    messages: Option<u64>,
    /// Messages per second in the paced phase where latency is measured (the last 40%
    /// of each half over TCP; all of it over UDP, which has no backpressure).
    #[arg(long, default_value_t = 200_000)]
    rate: u64,
    /// Replay a TotalView-ITCH 5.0 file (each message preceded by a 2-byte big-endian
    /// length) instead of generating the stream. It is sent once.
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

/// Everything measured for one mode.
struct Outcome {
    publisher: PubReport,
    subscriber: SubReport,
    /// Allocations per message on both threads in steady state.
    allocs_per_message: f64,
}

fn main() {
    if let Err(err) = run_main() {
        eprintln!("market_feed: {err}");
        std::process::exit(1);
    }
}

fn run_main() -> Result<(), Error> {
    let args = Args::parse();
    let corpus = load_corpus(&args)?;
    if let Some(path) = &args.write_sample {
        std::fs::write(path, corpus.to_itch_file())?;
        println!("wrote {} messages to {}", corpus.len(), path.display());
        return Ok(());
    }
    if args.io == Io::Tokio && !cfg!(feature = "tokio") {
        return Err("--io tokio needs the example built with --features tokio".into());
    }
    if args.io == Io::Tokio && args.transport == Transport::Udp {
        return Err("--io tokio is for TCP; UDP runs on threads".into());
    }
    let corpus = Arc::new(corpus);
    let pre = Arc::new(PreEncoded::new(&corpus)?);
    print_header(&args, &corpus);

    let half = Duration::from_secs_f64(args.duration.max(0.2) / 2.0);
    let baseline = measure(&args, &corpus, &pre, Mode::Baseline, half)?;
    alloc::reset_peak();
    let wire = measure(&args, &corpus, &pre, Mode::Wire, half)?;
    let peak_heap = alloc::peak_heap_bytes();
    print_table(&args, &wire, &baseline);
    let cpu = run::cpu_breakdown(&corpus, &pre);
    println!();
    println!(
        "subscriber CPU per message, in memory (ns): baseline scan {:.0}; wire frame decode + CRC32C {:.0}, + view {:.0}, + book {:.0}",
        cpu[0], cpu[1], cpu[2], cpu[3]
    );
    print_checks(&args, &corpus, &wire, peak_heap)
}

fn load_corpus(args: &Args) -> Result<Corpus, Error> {
    match &args.replay {
        Some(path) => Ok(Corpus::from_itch_file(&std::fs::read(path)?)?),
        None => Ok(Generator::corpus(args.seed, args.corpus)),
    }
}

fn print_header(args: &Args, corpus: &Corpus) {
    let source = match &args.replay {
        Some(path) => format!("replay of {}", path.display()),
        None => format!("generated, seed {}, {} stocks", args.seed, SYMBOLS.len()),
    };
    let io = match (args.transport, args.io) {
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
            "sent once"
        }
    );
    println!(
        "cores: {}, {:.1} s per mode{}{}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        args.duration.max(0.2) / 2.0,
        args.messages
            .map(|n| format!(", at most {n} messages per mode"))
            .unwrap_or_default(),
        if args.slow_consumer {
            ", slow consumer"
        } else {
            ""
        },
    );
}

/// One mode: publisher and subscriber on their own threads, the progress bar here.
fn measure(
    args: &Args,
    corpus: &Arc<Corpus>,
    pre: &Arc<PreEncoded>,
    mode: Mode,
    length: Duration,
) -> Result<Outcome, Error> {
    let clock = Clock::new();
    // Setup (threads, sockets, buffers) gets a head start of 50 ms before the plan.
    let start = 50_000_000u64;
    let total = length.as_nanos() as u64;
    let load = match args.transport {
        // UDP has no backpressure: unpaced, it measures the receive buffer overflowing.
        Transport::Udp => 0,
        Transport::Tcp => total * 6 / 10,
    };
    let plan = Plan {
        start,
        load_end: start + load,
        end: start + total,
        rate: args.rate,
        max_messages: args.messages.unwrap_or(u64::MAX),
        slow_every: if args.slow_consumer { 500 } else { 0 },
    };
    let live = Arc::new(Live::default());
    let book = Book::with_capacity(corpus.max_live_orders * 2 + 1024, SYMBOLS.len(), 256);
    let progress = progress_bar(mode, total);
    let handles = match (args.transport, args.io) {
        (Transport::Tcp, Io::Threads) => spawn_tcp(corpus, pre, mode, plan, clock, &live, book)?,
        (Transport::Udp, _) => spawn_udp(corpus, mode, plan, clock, &live, book, args.window)?,
        #[cfg(feature = "tokio")]
        (Transport::Tcp, Io::Tokio) => {
            tokio_io::spawn(corpus, pre, mode, plan, clock, &live, book)?
        }
        #[cfg(not(feature = "tokio"))]
        (Transport::Tcp, Io::Tokio) => return Err("built without the tokio feature".into()),
    };
    let (publisher, subscriber) = handles;
    while !subscriber.is_finished() {
        std::thread::sleep(Duration::from_millis(100));
        progress.set_position(clock.now().saturating_sub(start).min(total) / 1_000_000);
        progress.set_message(format!(
            "sent {:>11}  received {:>11}",
            live.sent.load(Ordering::Relaxed),
            live.received.load(Ordering::Relaxed)
        ));
    }
    progress.finish_and_clear();
    let publisher = publisher
        .join()
        .map_err(|_| "publisher thread panicked")??;
    let subscriber = subscriber
        .join()
        .map_err(|_| "subscriber thread panicked")??;
    let steady = subscriber.meter.steady_messages.max(1) as f64;
    let allocs_per_message = (publisher.allocs + subscriber.meter.allocs) as f64 / steady;
    Ok(Outcome {
        publisher,
        subscriber,
        allocs_per_message,
    })
}

pub(crate) type PubHandle = std::thread::JoinHandle<Result<PubReport, Error>>;
pub(crate) type SubHandle = std::thread::JoinHandle<Result<SubReport, Error>>;

fn spawn_tcp(
    corpus: &Arc<Corpus>,
    pre: &Arc<PreEncoded>,
    mode: Mode,
    plan: Plan,
    clock: Clock,
    live: &Arc<Live>,
    book: Book,
) -> Result<(PubHandle, SubHandle), Error> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    let (corpus, pre, pub_live) = (Arc::clone(corpus), Arc::clone(pre), Arc::clone(live));
    let publisher = std::thread::spawn(move || -> Result<PubReport, Error> {
        let (mut stream, _) = listener.accept()?;
        stream.set_nodelay(true)?;
        clock.wait_until(plan.start);
        let report = run::publish_stream(&mut stream, &corpus, &pre, mode, plan, clock, &pub_live)?;
        stream.shutdown(std::net::Shutdown::Write)?;
        Ok(report)
    });
    let sub_live = Arc::clone(live);
    let subscriber = std::thread::spawn(move || -> Result<SubReport, Error> {
        let mut stream = run::connect(addr)?;
        let meter = run::Meter::new(clock, &plan);
        Ok(match mode {
            Mode::Wire => run::subscribe_stream_wire(&mut stream, book, meter, &sub_live)?,
            Mode::Baseline => run::subscribe_stream_baseline(&mut stream, meter, &sub_live)?,
        })
    });
    Ok((publisher, subscriber))
}

fn spawn_udp(
    corpus: &Arc<Corpus>,
    mode: Mode,
    plan: Plan,
    clock: Clock,
    live: &Arc<Live>,
    book: Book,
    window: usize,
) -> Result<(PubHandle, SubHandle), Error> {
    let receiver = UdpSocket::bind("127.0.0.1:0")?;
    let sender = UdpSocket::bind("127.0.0.1:0")?;
    sender.connect(receiver.local_addr()?)?;
    let (corpus, pub_live) = (Arc::clone(corpus), Arc::clone(live));
    let publisher = std::thread::spawn(move || -> Result<PubReport, Error> {
        clock.wait_until(plan.start);
        Ok(run::publish_udp(&sender, &corpus, plan, clock, &pub_live)?)
    });
    let sub_live = Arc::clone(live);
    let subscriber = std::thread::spawn(move || -> Result<SubReport, Error> {
        let meter = run::Meter::new(clock, &plan);
        Ok(match mode {
            Mode::Wire => run::subscribe_udp_wire(&receiver, window, book, meter, &sub_live)?,
            Mode::Baseline => run::subscribe_udp_baseline(&receiver, meter, &sub_live)?,
        })
    });
    Ok((publisher, subscriber))
}

fn progress_bar(mode: Mode, total_ns: u64) -> ProgressBar {
    let bar = ProgressBar::new(total_ns / 1_000_000);
    if !std::io::stdout().is_terminal() {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    let label = match mode {
        Mode::Wire => "wire    ",
        Mode::Baseline => "baseline",
    };
    let template = format!("{label} [{{bar:30}}] {{pos:>5}}/{{len}} ms  {{msg}}");
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

// ---------------------------------------------------------------------------------------
// The report.
// ---------------------------------------------------------------------------------------

fn rate(count: u64, first: Option<u64>, last: u64) -> Option<f64> {
    let first = first?;
    let span = last.checked_sub(first).filter(|&span| span > 0)? as f64 / 1e9;
    Some(count as f64 / span)
}

fn fmt_opt(value: Option<f64>, digits: usize) -> String {
    value.map_or_else(|| "n/a".to_string(), |v| format!("{v:.digits$}"))
}

fn ratio(wire: Option<f64>, baseline: Option<f64>) -> String {
    match (wire, baseline) {
        (Some(w), Some(b)) if b > 0.0 => format!("{:.2}x", w / b),
        _ => "n/a".to_string(),
    }
}

fn quantile(hist: &Histogram<u64>, q: f64) -> Option<f64> {
    (!hist.is_empty()).then(|| {
        if q >= 1.0 {
            hist.max() as f64 / 1000.0
        } else {
            hist.value_at_quantile(q) as f64 / 1000.0
        }
    })
}

fn row(label: &str, wire: Option<f64>, baseline: Option<f64>, digits: usize) {
    println!(
        "{label:<34} {:>14} {:>14} {:>10}",
        fmt_opt(wire, digits),
        fmt_opt(baseline, digits),
        ratio(wire, baseline)
    );
}

fn print_table(args: &Args, wire: &Outcome, baseline: &Outcome) {
    let (w, b) = (&wire.subscriber.meter, &baseline.subscriber.meter);
    println!();
    println!(
        "{:<34} {:>14} {:>14} {:>10}",
        "", "wire", "baseline", "wire/base"
    );
    if args.transport == Transport::Tcp {
        let w_rate = rate(w.load_messages, w.load_first, w.load_last);
        let b_rate = rate(b.load_messages, b.load_first, b.load_last);
        row("full load: messages/s", w_rate, b_rate, 0);
        let mb =
            |o: &run::Meter| rate(o.load_bytes, o.load_first, o.load_last).map(|bytes| bytes / 1e6);
        row("full load: MB/s (on the wire)", mb(w), mb(b), 1);
        for (label, q) in [("p50", 0.5), ("p99", 0.99), ("p99.9", 0.999), ("max", 1.0)] {
            row(
                &format!("full load: latency {label} (us)"),
                quantile(&w.load_latency, q),
                quantile(&b.load_latency, q),
                1,
            );
        }
    }
    let paced = format!("{}k msg/s", args.rate / 1000);
    row(
        &format!("paced {paced}: achieved msg/s"),
        rate(w.paced_messages, w.paced_first, w.paced_last),
        rate(b.paced_messages, b.paced_first, b.paced_last),
        0,
    );
    for (label, q) in [("p50", 0.5), ("p99", 0.99), ("p99.9", 0.999), ("max", 1.0)] {
        row(
            &format!("paced: latency {label} (us)"),
            quantile(&w.paced_latency, q),
            quantile(&b.paced_latency, q),
            1,
        );
    }
    row(
        "allocations/message (steady)",
        Some(wire.allocs_per_message),
        Some(baseline.allocs_per_message),
        4,
    );
    let allocs = |o: &Outcome| Some((o.publisher.allocs + o.subscriber.meter.allocs) as f64);
    row(
        "allocations in steady state (count)",
        allocs(wire),
        allocs(baseline),
        0,
    );
    let copied = |o: &Outcome| {
        let messages = o.subscriber.meter.messages.max(1) as f64;
        Some((o.publisher.bytes_copied + o.subscriber.bytes_copied) as f64 / messages)
    };
    row(
        "bytes copied/message (user space)",
        copied(wire),
        copied(baseline),
        1,
    );
    let wire_len = |o: &Outcome| {
        Some(o.subscriber.meter.bytes as f64 / o.subscriber.meter.messages.max(1) as f64)
    };
    row(
        "bytes on the wire/message",
        wire_len(wire),
        wire_len(baseline),
        1,
    );
    row(
        "messages received",
        Some(w.messages as f64),
        Some(b.messages as f64),
        0,
    );
    row(
        "publisher: ms blocked in send",
        Some(wire.publisher.blocked_ns as f64 / 1e6),
        Some(baseline.publisher.blocked_ns as f64 / 1e6),
        0,
    );
    println!(
        "{:<34} {:>14} {:>14}",
        "frame errors (bytes skipped, resync)",
        format!(
            "{} ({})",
            wire.subscriber.frame_errors, wire.subscriber.skipped_bytes
        ),
        "-"
    );
    println!();
    println!("Notes: 'full load' = the publisher sends as fast as the subscriber takes them (first 60% of each");
    println!("half); its latency is mostly time queued in socket buffers. 'paced' = the rest, at --rate.");
    println!("bytes copied = the publisher's copy into its send batch + the subscriber's moves of an unread tail");
    println!("(an upper bound for wire's decoder); the kernel's copies are not counted. Baseline = the same");
    println!("sockets and batches moving pre-encoded frames, reading only each length and timestamp: no CRC,");
    println!("no view, no book.");
}

fn print_checks(
    args: &Args,
    corpus: &Corpus,
    wire: &Outcome,
    peak_heap: usize,
) -> Result<(), Error> {
    let sub = &wire.subscriber;
    println!();
    if sub.decode_errors > 0 {
        println!("decode errors: {}", sub.decode_errors);
    }
    if let Some(mold) = &sub.mold {
        println!(
            "MoldUDP64: {} delivered, {} lost in {} gap(s), {} duplicate packet(s), {} packet(s) reordered, {} late",
            mold.delivered,
            mold.lost_messages(),
            mold.gaps.len(),
            mold.duplicate_packets,
            mold.reordered_packets,
            mold.late_packets
        );
        for gap in mold.gaps.iter().take(5) {
            println!("  lost: sequence {}..{}", gap.first, gap.first + gap.count);
        }
    }
    println!(
        "publisher (wire): {} messages in {:.2} s, {:.0} ms of it blocked in send ({:.1}%)",
        wire.publisher.sent,
        wire.publisher.elapsed_ns as f64 / 1e9,
        wire.publisher.blocked_ns as f64 / 1e6,
        100.0 * wire.publisher.blocked_ns as f64 / wire.publisher.elapsed_ns.max(1) as f64
    );
    println!(
        "peak heap during the wire half: {:.1} MiB",
        peak_heap as f64 / (1 << 20) as f64
    );
    let Some(book) = &sub.book else {
        return Ok(());
    };
    let expected = corpus.book_after(wire.publisher.sent)?;
    let (ours, theirs) = (book.summary(), expected.summary());
    let lost = sub.mold.as_ref().map_or(0, |m| m.lost_messages());
    let verdict = if ours == theirs {
        "MATCH"
    } else if lost > 0 {
        "DIFFERS (messages were lost)"
    } else {
        "DIFFERS"
    };
    println!(
        "book check: {verdict}: {} stock(s), {} resting order(s), {} unknown reference(s)",
        ours.len(),
        book.order_count(),
        book.unknown_refs
    );
    for line in book_lines(&ours, &theirs)
        .iter()
        .take(if args.replay.is_some() { 5 } else { 8 })
    {
        println!("  {line}");
    }
    if ours != theirs && lost == 0 {
        return Err("the subscriber's book differs from the publisher's".into());
    }
    Ok(())
}

fn book_lines(ours: &[StockSummary], theirs: &[StockSummary]) -> Vec<String> {
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
            let same = theirs.iter().any(|t| t == s);
            format!(
                "{name:<6} bid {:>8} x {:>7}  ask {:>8} x {:>7}  {}",
                price(s.best_bid),
                s.bid_volume,
                price(s.best_ask),
                s.ask_volume,
                if same { "= publisher" } else { "!= publisher" }
            )
        })
        .collect()
}
