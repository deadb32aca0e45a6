//! One measured run: a publisher and a subscriber per shard, each on its own thread
//! (pinned to a core where the OS allows it), over loopback TCP or UDP, for one
//! [`Mode`] and one [`Plan`].
//!
//! With `shards > 1` the feed is partitioned by stock (stock locate modulo the shard
//! count, as exchanges split a feed into channels): each shard has its own connection,
//! publisher, subscriber and book, and nothing is shared between shards but the clock.

use crate::feed::{Book, Corpus, Msg, StockSummary, SYMBOLS};
use crate::run::{self, Clock, Live, Meter, Mode, Plan, PreEncoded, PubReport, SubReport};
use crate::Error;
use std::net::{TcpListener, UdpSocket};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;
use wire::Decode;

/// A running publisher.
pub type PubHandle = JoinHandle<Result<PubReport, Error>>;
/// A running subscriber.
pub type SubHandle = JoinHandle<Result<SubReport, Error>>;

/// Transport between publisher and subscriber.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// TCP over 127.0.0.1 with `wire` frames (16-byte header with CRC32C).
    Tcp,
    /// UDP over 127.0.0.1 with MoldUDP64 packets.
    Udp,
}

/// How the TCP ends do their I/O.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Io {
    /// Blocking sockets, one thread per end.
    Threads,
    /// tokio, one current-thread runtime per end.
    Tokio,
}

/// What stays the same across the runs of one invocation.
#[derive(Debug, Clone, Copy)]
pub struct Setup {
    pub transport: Transport,
    pub io: Io,
    /// Out-of-order MoldUDP64 packets the UDP subscriber holds before it declares a gap.
    pub window: usize,
    /// Pin each thread to a core (if the OS allows).
    pub pin: bool,
}

/// One shard's stream: its messages, pre-encoded for the transport ceiling.
#[derive(Debug)]
pub struct Shard {
    pub corpus: Arc<Corpus>,
    pub pre: Arc<PreEncoded>,
}

/// Splits a corpus into `count` shards by stock locate; messages of no stock (locate 0:
/// system events) go to shard 0. Each shard keeps the order of its messages, and a
/// closed corpus gives closed shards: an order's messages all name its stock.
pub fn shards(corpus: &Corpus, count: usize) -> Result<Vec<Shard>, Error> {
    let count = count.max(1);
    let mut parts = vec![Corpus::default(); count];
    for i in 0..corpus.len() {
        let message = corpus.message(i);
        // ITCH 5.0, 1.1: Stock Locate follows the type byte in every message.
        let locate = message
            .get(1..3)
            .map_or(0, |b| usize::from(u16::from_be_bytes([b[0], b[1]])));
        let part = &mut parts[locate % count];
        part.bytes.extend_from_slice(message);
        part.ends.push(u32::try_from(part.bytes.len())?);
    }
    parts
        .into_iter()
        .map(|mut part| {
            part.max_live_orders = corpus.max_live_orders;
            part.closed = corpus.closed;
            let pre = Arc::new(PreEncoded::new(&part)?);
            Ok(Shard {
                corpus: Arc::new(part),
                pre,
            })
        })
        .collect()
}

/// Everything measured for one mode: per shard, the publisher's and subscriber's
/// reports.
pub struct Outcome {
    pub shards: Vec<(PubReport, SubReport)>,
}

impl Outcome {
    /// Messages received per second over all shards, from the first to the last message
    /// any shard received in the given phase (`paced`: the paced phase, else full load).
    pub fn rate(&self, paced: bool) -> Option<f64> {
        let meters = self.shards.iter().map(|(_, sub)| &sub.meter);
        let (mut count, mut first, mut last) = (0u64, u64::MAX, 0u64);
        for m in meters {
            let (c, f, l) = if paced {
                (m.paced_messages, m.paced_first, m.paced_last)
            } else {
                (m.load_messages, m.load_first, m.load_last)
            };
            count += c;
            if let Some(f) = f {
                first = first.min(f);
                last = last.max(l);
            }
        }
        let span = last.checked_sub(first).filter(|&s| s > 0)? as f64 / 1e9;
        Some(count as f64 / span)
    }

    /// The latency histogram of a phase over all shards.
    pub fn latency(&self, paced: bool) -> hdrhistogram::Histogram<u64> {
        let mut all = Meter::histogram();
        for (_, sub) in &self.shards {
            let h = if paced {
                &sub.meter.paced_latency
            } else {
                &sub.meter.load_latency
            };
            // Same bounds on both sides, so adding cannot fail.
            let _ = all.add(h);
        }
        all
    }

    /// Allocations per message on every thread in steady state.
    pub fn allocs_per_message(&self) -> f64 {
        let (mut allocs, mut steady) = (0u64, 0u64);
        for (publisher, sub) in &self.shards {
            allocs += publisher.allocs + sub.meter.allocs;
            steady += sub.meter.steady_messages;
        }
        allocs as f64 / steady.max(1) as f64
    }

    /// Checks each shard's book against the book its publisher holds; returns the
    /// combined summary and whether all matched.
    pub fn book_check(&self, shards: &[Shard]) -> Result<Option<(Vec<StockSummary>, bool)>, Error> {
        let mut ours = Vec::new();
        let mut matched = true;
        for ((publisher, sub), shard) in self.shards.iter().zip(shards) {
            let Some(book) = &sub.book else {
                return Ok(None);
            };
            let expected = shard.corpus.book_after(publisher.sent)?;
            let summary = book.summary();
            matched &= summary == expected.summary();
            ours.extend(summary);
        }
        ours.sort_by_key(|s| s.stock_locate);
        Ok(Some((ours, matched)))
    }
}

/// The cores to pin threads to, or `None` (with the reason) where pinning is not
/// possible or not wanted.
pub fn cores(pin: bool) -> Result<Vec<core_affinity::CoreId>, &'static str> {
    if !pin {
        return Err("pinning off (--no-pin)");
    }
    match core_affinity::get_core_ids() {
        Some(ids) if !ids.is_empty() => Ok(ids),
        _ => Err("this OS does not say which cores the process may use; threads not pinned"),
    }
}

/// Pins the calling thread to `core` if there is one; a refusal is not an error: the
/// thread runs unpinned.
fn pin_to(core: Option<core_affinity::CoreId>) {
    if let Some(core) = core {
        core_affinity::set_for_current(core);
    }
}

/// Runs one mode over every shard and waits for it; `on_tick` is called about every
/// 100 ms with (messages sent, messages received) so far.
pub fn measure(
    setup: &Setup,
    shards: &[Shard],
    mode: Mode,
    plan: Plan,
    mut on_tick: impl FnMut(u64, u64),
) -> Result<Outcome, Error> {
    let clock = Clock::new();
    let cores = cores(setup.pin).unwrap_or_default();
    // Shard i's publisher and subscriber take the next two cores, round the list.
    let core = |n: usize| (!cores.is_empty()).then(|| cores[n % cores.len()]);
    let mut handles = Vec::with_capacity(shards.len());
    let mut lives = Vec::with_capacity(shards.len());
    let shard_plan = Plan {
        rate: plan.rate.div_ceil(shards.len() as u64),
        ..plan
    };
    for (i, shard) in shards.iter().enumerate() {
        let live = Arc::new(Live::default());
        let book = Book::with_capacity(shard.corpus.max_live_orders * 2 + 1024, SYMBOLS.len(), 256);
        let cores = (core(2 * i), core(2 * i + 1));
        let pair = match (setup.transport, setup.io) {
            (Transport::Tcp, Io::Threads) => {
                spawn_tcp(shard, mode, shard_plan, clock, &live, book, cores)?
            }
            (Transport::Udp, _) => spawn_udp(
                shard,
                mode,
                shard_plan,
                clock,
                &live,
                book,
                setup.window,
                cores,
            )?,
            #[cfg(feature = "tokio")]
            (Transport::Tcp, Io::Tokio) => crate::tokio_io::spawn(
                &shard.corpus,
                &shard.pre,
                mode,
                shard_plan,
                clock,
                &live,
                book,
            )?,
            #[cfg(not(feature = "tokio"))]
            (Transport::Tcp, Io::Tokio) => return Err("built without the tokio feature".into()),
        };
        handles.push(pair);
        lives.push(live);
    }
    while !handles.iter().all(|(_, sub)| sub.is_finished()) {
        std::thread::sleep(Duration::from_millis(100));
        let sum = |f: fn(&Live) -> u64| lives.iter().map(|l| f(l)).sum::<u64>();
        on_tick(
            sum(|l| l.sent.load(Ordering::Relaxed)),
            sum(|l| l.received.load(Ordering::Relaxed)),
        );
    }
    let mut out = Vec::with_capacity(handles.len());
    for (publisher, subscriber) in handles {
        let publisher = publisher
            .join()
            .map_err(|_| "publisher thread panicked")??;
        let subscriber = subscriber
            .join()
            .map_err(|_| "subscriber thread panicked")??;
        out.push((publisher, subscriber));
    }
    Ok(Outcome { shards: out })
}

type Cores = (Option<core_affinity::CoreId>, Option<core_affinity::CoreId>);

fn spawn_tcp(
    shard: &Shard,
    mode: Mode,
    plan: Plan,
    clock: Clock,
    live: &Arc<Live>,
    book: Book,
    cores: Cores,
) -> Result<(PubHandle, SubHandle), Error> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    let (corpus, pre) = (Arc::clone(&shard.corpus), Arc::clone(&shard.pre));
    let pub_live = Arc::clone(live);
    let publisher = std::thread::spawn(move || -> Result<PubReport, Error> {
        pin_to(cores.0);
        let (mut stream, _) = listener.accept()?;
        stream.set_nodelay(true)?;
        clock.wait_until(plan.start);
        let report = run::publish_stream(&mut stream, &corpus, &pre, mode, plan, clock, &pub_live)?;
        stream.shutdown(std::net::Shutdown::Write)?;
        Ok(report)
    });
    let sub_live = Arc::clone(live);
    let subscriber = std::thread::spawn(move || -> Result<SubReport, Error> {
        pin_to(cores.1);
        let mut stream = run::connect(addr)?;
        let meter = Meter::new(clock, &plan);
        Ok(match mode {
            Mode::Wire => run::subscribe_stream_wire(&mut stream, book, meter, &sub_live)?,
            Mode::Handwritten => {
                run::subscribe_stream_handwritten(&mut stream, book, meter, &sub_live)?
            }
            Mode::Transport => run::subscribe_stream_transport(&mut stream, meter, &sub_live)?,
        })
    });
    Ok((publisher, subscriber))
}

#[allow(clippy::too_many_arguments)] // One run's parts, each used once; a struct would only rename them.
fn spawn_udp(
    shard: &Shard,
    mode: Mode,
    plan: Plan,
    clock: Clock,
    live: &Arc<Live>,
    book: Book,
    window: usize,
    cores: Cores,
) -> Result<(PubHandle, SubHandle), Error> {
    let receiver = UdpSocket::bind("127.0.0.1:0")?;
    let sender = UdpSocket::bind("127.0.0.1:0")?;
    sender.connect(receiver.local_addr()?)?;
    let corpus = Arc::clone(&shard.corpus);
    let pub_live = Arc::clone(live);
    let publisher = std::thread::spawn(move || -> Result<PubReport, Error> {
        pin_to(cores.0);
        clock.wait_until(plan.start);
        Ok(run::publish_udp(&sender, &corpus, plan, clock, &pub_live)?)
    });
    let sub_live = Arc::clone(live);
    let subscriber = std::thread::spawn(move || -> Result<SubReport, Error> {
        pin_to(cores.1);
        let meter = Meter::new(clock, &plan);
        Ok(match mode {
            Mode::Transport => run::subscribe_udp_transport(&receiver, meter, &sub_live)?,
            Mode::Wire | Mode::Handwritten => {
                run::subscribe_udp_book(&receiver, window, mode, book, meter, &sub_live)?
            }
        })
    });
    Ok((publisher, subscriber))
}

/// Decodes every message of a corpus into owned values (for the book-only benchmark).
pub fn owned_messages(corpus: &Corpus) -> Result<Vec<Msg<'_>>, wire::DecodeError> {
    (0..corpus.len())
        .map(|i| Msg::decode(corpus.message(i)))
        .collect()
}
