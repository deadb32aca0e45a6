//! The moving parts of one run: the clock both ends share, the publisher's send loop
//! (paced or not, through `wire` framing or moving pre-encoded bytes), and the
//! subscribers (through `wire`'s decoder and views, by hand, or the transport ceiling
//! that only finds message boundaries), over blocking TCP and UDP. The tokio variants
//! are in `tokio_io`.

use crate::alloc;
use crate::feed::{
    raw_timestamp, stamp, Book, Corpus, MoldPacketizer, MoldReassembler, MoldReport, Msg,
    MOLD_END_OF_SESSION, MOLD_MAX_PACKET,
};
use crate::handwritten::{self, FrameCheck};
use hdrhistogram::Histogram;
use std::io::{self, Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use wire::frame::{FrameDecoder, FrameEncoder, FrameHeader, FrameMeta, WireHeader};

/// Bytes the publisher collects before a write: large enough that a write call is rare
/// at full load, small enough to bound what one write holds.
pub const BATCH: usize = 64 * 1024;
/// Bytes a subscriber asks the socket for per read.
pub const READ_CHUNK: usize = 64 * 1024;
/// Messages a subscriber handles before its allocations count as steady state (the
/// first reads size the buffers).
pub const WARM_UP: u64 = 1000;

/// Nanoseconds since a shared start: both ends read the same monotonic clock, so a
/// timestamp stamped by one is comparable with the other's reading.
#[derive(Debug, Clone, Copy)]
pub struct Clock(Instant);

impl Default for Clock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock {
    /// A clock whose zero is now.
    pub fn new() -> Self {
        Clock(Instant::now())
    }

    #[inline]
    pub fn now(&self) -> u64 {
        // 2^64 ns is 584 years; the run is seconds.
        self.0.elapsed().as_nanos() as u64
    }

    /// Waits until `at`: sleeps while it is far, spins the last stretch, because a
    /// sleep oversleeps by tens of microseconds and the paced phase measures latency.
    pub fn wait_until(&self, at: u64) {
        loop {
            let now = self.now();
            if now >= at {
                return;
            }
            if at - now > 200_000 {
                std::thread::sleep(Duration::from_nanos(at - now - 100_000));
            } else {
                std::hint::spin_loop();
            }
        }
    }
}

/// Which code moves the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `wire`: frames encoded with a CRC32C, decoded with resync, messages viewed and
    /// applied to the book.
    Wire,
    /// The same frames, checked and parsed by hand ([`handwritten`]) with the same CRC
    /// calls, applied to the same book: the baseline.
    Handwritten,
    /// The same sockets moving the same pre-encoded bytes; the subscriber only finds the
    /// message boundaries and reads the timestamp: no CRC, no parsing, no book. The most
    /// any subscriber could get through this transport.
    Transport,
}

impl Mode {
    /// The three, in the order the report shows them.
    pub const ALL: [Mode; 3] = [Mode::Wire, Mode::Handwritten, Mode::Transport];

    /// The column heading.
    pub fn label(self) -> &'static str {
        match self {
            Mode::Wire => "wire",
            Mode::Handwritten => "hand-written",
            Mode::Transport => "transport",
        }
    }

    /// The order in which the subscribers of one repetition (`turn`) run: `modes`
    /// rotated by `turn`, so that over `N` consecutive turns each one runs once in each
    /// place. In a fixed order, `wire` ran first in every repetition, and whatever the
    /// run before it left behind (its sockets and threads being torn down, its book
    /// freed) fell on `wire` alone.
    pub fn order<const N: usize>(modes: [Mode; N], turn: usize) -> [Mode; N] {
        let mut order = modes;
        if N > 0 {
            order.rotate_left(turn % N);
        }
        order
    }
}

/// When and how fast the publisher sends, in clock nanoseconds.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// When the publisher starts.
    pub start: u64,
    /// Until then: as fast as the receiver takes them (full load).
    pub load_end: u64,
    /// From `load_end` until then: paced at `rate`.
    pub end: u64,
    pub rate: u64,
    /// Stop after this many messages in any case.
    pub max_messages: u64,
    /// The subscriber sleeps 1 ms every this many messages (0: never), to show
    /// backpressure.
    pub slow_every: u64,
}

/// Counters the main thread reads for the progress bar.
#[derive(Debug, Default)]
pub struct Live {
    pub sent: AtomicU64,
    pub received: AtomicU64,
}

/// What the publisher did.
#[derive(Debug, Clone, Copy, Default)]
pub struct PubReport {
    pub sent: u64,
    pub bytes: u64,
    /// Time spent inside write calls: where backpressure shows.
    pub blocked_ns: u64,
    pub elapsed_ns: u64,
    /// Bytes the publisher copied in user space (messages into its batch).
    pub bytes_copied: u64,
    /// Allocations made on the publisher thread after its warm-up.
    pub allocs: u64,
}

/// Frames of a corpus encoded once, with placeholder timestamps: what the transport
/// ceiling moves.
#[derive(Debug)]
pub struct PreEncoded {
    pub bytes: Vec<u8>,
    pub ends: Vec<usize>,
}

impl PreEncoded {
    pub fn new(corpus: &Corpus) -> Result<Self, wire::frame::FrameError> {
        let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
        let mut bytes = Vec::with_capacity(corpus.bytes.len() + corpus.len() * WireHeader::LEN);
        let mut ends = Vec::with_capacity(corpus.len());
        for i in 0..corpus.len() {
            let message = corpus.message(i);
            encoder.append(meta_of(message), message, &mut bytes)?;
            ends.push(bytes.len());
        }
        Ok(PreEncoded { bytes, ends })
    }

    fn frame(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.bytes[start..self.ends[i]]
    }
}

/// The frame metadata of a message: its ITCH type byte as the message type.
fn meta_of(message: &[u8]) -> FrameMeta {
    FrameMeta::new(message.first().copied().unwrap_or(0).into())
}

/// What the publisher should do next.
enum Next {
    Send(usize),
    Wait(u64),
    /// The full-load phase is over: let the subscriber catch up before pacing, so the
    /// paced phase's latency is not the full-load backlog draining.
    Drain,
    Done,
}

/// The publisher's schedule over a corpus: which message goes next, and when.
pub struct Schedule<'a> {
    corpus: &'a Corpus,
    plan: Plan,
    clock: Clock,
    index: usize,
    sent: u64,
    paced_sent: u64,
    /// When pacing began, once the backlog drained.
    paced_start: Option<u64>,
}

impl<'a> Schedule<'a> {
    pub fn new(corpus: &'a Corpus, plan: Plan, clock: Clock) -> Self {
        Schedule {
            corpus,
            plan,
            clock,
            index: 0,
            sent: 0,
            paced_sent: 0,
            paced_start: None,
        }
    }

    #[inline]
    fn next(&mut self, now: u64) -> Next {
        if self.sent >= self.plan.max_messages || now >= self.plan.end || self.corpus.is_empty() {
            return Next::Done;
        }
        if self.index == self.corpus.len() {
            // A closed corpus leaves an empty book, so it is sent again; a replayed file
            // is sent once.
            if !self.corpus.closed {
                return Next::Done;
            }
            self.index = 0;
        }
        if now >= self.plan.load_end && self.plan.rate > 0 {
            let Some(paced_start) = self.paced_start else {
                return Next::Drain;
            };
            let due = paced_start + self.paced_sent * 1_000_000_000 / self.plan.rate;
            if now < due {
                return Next::Wait(due);
            }
            self.paced_sent += 1;
        }
        let i = self.index;
        self.index += 1;
        self.sent += 1;
        Next::Send(i)
    }

    /// The length of the message `next` would hand out.
    fn upcoming_len(&self) -> usize {
        match self.corpus.len() {
            0 => 0,
            n => self.corpus.message(self.index % n).len(),
        }
    }

    pub fn sent(&self) -> u64 {
        self.sent
    }

    /// Waits (at most 5 s) until the subscriber has received about everything sent,
    /// then starts the paced phase.
    pub fn drain(&mut self, live: &Live) {
        let deadline = self.clock.now() + 5_000_000_000;
        while live.received.load(Ordering::Relaxed) + LIVE_STEP < self.sent
            && self.clock.now() < deadline
        {
            std::thread::sleep(Duration::from_micros(200));
        }
        // The last few messages are not counted yet; give them a moment.
        std::thread::sleep(Duration::from_millis(1));
        self.paced_start = Some(self.clock.now());
    }
}

/// How often (in messages) the subscriber publishes its count for the publisher's
/// drain and the progress bar.
pub const LIVE_STEP: u64 = 64;

/// What one call to [`StreamProducer::fill`] left.
pub enum Fill {
    /// The batch is ready to write now.
    Write,
    /// The batch (possibly empty) should be written, then wait until this time.
    WriteThenWait(u64),
    /// The batch should be written, then the subscriber waited for ([`Schedule::drain`]).
    WriteThenDrain,
    /// The batch should be written, and that is all.
    Done,
}

/// Fills a batch of frames for a byte stream.
pub struct StreamProducer<'a> {
    pub schedule: Schedule<'a>,
    mode: Mode,
    pre: &'a PreEncoded,
    encoder: FrameEncoder<WireHeader>,
    pub bytes_copied: u64,
}

impl<'a> StreamProducer<'a> {
    pub fn new(schedule: Schedule<'a>, mode: Mode, pre: &'a PreEncoded) -> Self {
        StreamProducer {
            schedule,
            mode,
            pre,
            encoder: FrameEncoder::new().with_checksum(true),
            bytes_copied: 0,
        }
    }

    /// Appends frames to `batch[*len..]` until it is full or the schedule says wait.
    pub fn fill(
        &mut self,
        batch: &mut [u8],
        len: &mut usize,
    ) -> Result<Fill, wire::frame::FrameError> {
        let corpus = self.schedule.corpus;
        let clock = self.schedule.clock;
        loop {
            // Room for the next frame first: a message taken from the schedule is sent.
            if *len + WireHeader::LEN + self.schedule.upcoming_len() > batch.len() {
                return Ok(Fill::Write);
            }
            let now = clock.now();
            let i = match self.schedule.next(now) {
                Next::Send(i) => i,
                Next::Wait(due) => return Ok(Fill::WriteThenWait(due)),
                Next::Drain => return Ok(Fill::WriteThenDrain),
                Next::Done => return Ok(Fill::Done),
            };
            let message = corpus.message(i);
            let frame_len = WireHeader::LEN + message.len();
            let frame = &mut batch[*len..*len + frame_len];
            match self.mode {
                // Both subscribers that check CRCs get the same freshly stamped frames.
                Mode::Wire | Mode::Handwritten => {
                    let (head, body) = frame.split_at_mut(WireHeader::LEN);
                    body.copy_from_slice(message);
                    stamp(body, now);
                    // The CRC covers the timestamp, so the header is made after stamping.
                    let prepared = self.encoder.prepare(meta_of(message), body)?;
                    head.copy_from_slice(prepared.header());
                }
                Mode::Transport => {
                    frame.copy_from_slice(self.pre.frame(i));
                    stamp(&mut frame[WireHeader::LEN..], now);
                }
            }
            self.bytes_copied += frame_len as u64;
            *len += frame_len;
        }
    }
}

/// Sends over a blocking byte stream until the plan ends; closes the write side after.
pub fn publish_stream<W: Write>(
    out: &mut W,
    corpus: &Corpus,
    pre: &PreEncoded,
    mode: Mode,
    plan: Plan,
    clock: Clock,
    live: &Live,
) -> Result<PubReport, Box<dyn std::error::Error + Send + Sync>> {
    let mut batch = vec![0u8; BATCH];
    let mut producer = StreamProducer::new(Schedule::new(corpus, plan, clock), mode, pre);
    let mut report = PubReport::default();
    let start = clock.now();
    let allocs_before = alloc::counted_allocs();
    alloc::count_this_thread(true);
    loop {
        let mut len = 0;
        let fill = producer.fill(&mut batch, &mut len)?;
        if len > 0 {
            let before = clock.now();
            out.write_all(&batch[..len])?;
            report.blocked_ns += clock.now() - before;
            report.bytes += len as u64;
            live.sent.store(producer.schedule.sent(), Ordering::Relaxed);
        }
        match fill {
            Fill::Write => {}
            Fill::WriteThenWait(due) => clock.wait_until(due),
            Fill::WriteThenDrain => producer.schedule.drain(live),
            Fill::Done => break,
        }
    }
    out.flush()?;
    alloc::count_this_thread(false);
    report.allocs = alloc::counted_allocs() - allocs_before;
    report.sent = producer.schedule.sent();
    report.elapsed_ns = clock.now() - start;
    report.bytes_copied = producer.bytes_copied;
    Ok(report)
}

/// Latency and throughput as the subscriber sees them.
pub struct Meter {
    clock: Clock,
    load_end: u64,
    slow_every: u64,
    /// One-way latency of messages sent at full load.
    pub load_latency: Histogram<u64>,
    /// One-way latency of messages sent in the paced phase.
    pub paced_latency: Histogram<u64>,
    pub messages: u64,
    pub bytes: u64,
    pub load_messages: u64,
    pub load_bytes: u64,
    pub load_first: Option<u64>,
    pub load_last: u64,
    pub paced_messages: u64,
    pub paced_first: Option<u64>,
    pub paced_last: u64,
    allocs_before: Option<u64>,
    /// Allocations on the subscriber thread after the warm-up.
    pub allocs: u64,
    pub steady_messages: u64,
}

impl Meter {
    /// A latency histogram: 1 ns to 100 s, 3 significant digits, allocated now, so
    /// recording never allocates.
    pub fn histogram() -> Histogram<u64> {
        Histogram::new_with_bounds(1, 100_000_000_000, 3)
            .unwrap_or_else(|_| unreachable!("constant bounds are valid"))
    }

    pub fn new(clock: Clock, plan: &Plan) -> Self {
        let histogram = Self::histogram;
        Meter {
            clock,
            load_end: plan.load_end,
            slow_every: plan.slow_every,
            load_latency: histogram(),
            paced_latency: histogram(),
            messages: 0,
            bytes: 0,
            load_messages: 0,
            load_bytes: 0,
            load_first: None,
            load_last: 0,
            paced_messages: 0,
            paced_first: None,
            paced_last: 0,
            allocs_before: None,
            allocs: 0,
            steady_messages: 0,
        }
    }

    /// Records one message stamped `sent` that took `wire_bytes` on the wire.
    #[inline]
    pub fn record(&mut self, sent: Option<u64>, wire_bytes: usize, live: &Live) {
        let now = self.clock.now();
        self.messages += 1;
        self.bytes += wire_bytes as u64;
        if let Some(sent) = sent {
            let latency = now.saturating_sub(sent).max(1);
            if sent < self.load_end {
                // Bounds cover 100 s; a larger value is clamped rather than dropped.
                self.load_latency.saturating_record(latency);
                self.load_messages += 1;
                self.load_bytes += wire_bytes as u64;
                self.load_first.get_or_insert(now);
                self.load_last = now;
            } else {
                self.paced_latency.saturating_record(latency);
                self.paced_messages += 1;
                self.paced_first.get_or_insert(now);
                self.paced_last = now;
            }
        }
        if self.messages == WARM_UP {
            self.allocs_before = Some(alloc::counted_allocs());
            alloc::count_this_thread(true);
        }
        if self.messages.is_multiple_of(LIVE_STEP) {
            live.received.store(self.messages, Ordering::Relaxed);
        }
        if self.slow_every > 0 && self.messages.is_multiple_of(self.slow_every) {
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// Stops counting allocations.
    pub fn finish(&mut self, live: &Live) {
        alloc::count_this_thread(false);
        if let Some(before) = self.allocs_before {
            self.allocs = alloc::counted_allocs() - before;
            self.steady_messages = self.messages - WARM_UP;
        }
        live.received.store(self.messages, Ordering::Relaxed);
    }
}

/// What a subscriber ends with.
pub struct SubReport {
    pub meter: Meter,
    /// The book (wire mode).
    pub book: Option<Book>,
    /// Bytes dropped while resynchronising.
    pub skipped_bytes: u64,
    /// Frame errors reported (each followed by a resync).
    pub frame_errors: u64,
    /// Frames whose payload is not a valid message.
    pub decode_errors: u64,
    /// User-space bytes copied after the socket read: the unread tail moved to the
    /// front of the buffer (an upper bound for the `wire` decoder, whose moves are not
    /// observable from outside), plus held UDP packets.
    pub bytes_copied: u64,
    /// The MoldUDP64 reassembler's account (UDP).
    pub mold: Option<MoldReport>,
}

/// Handles one message in wire mode: one view, one match (in `apply_view`, which also
/// reads the timestamp), then the meter, in the order the hand-written subscriber keeps.
#[inline]
pub fn on_wire_message(
    payload: &[u8],
    wire_bytes: usize,
    book: &mut Book,
    meter: &mut Meter,
    decode_errors: &mut u64,
    live: &Live,
) {
    match Msg::view(payload) {
        Ok(view) => {
            let stamp = book.apply_view(&view);
            meter.record(stamp, wire_bytes, live);
        }
        Err(_) => *decode_errors += 1,
    }
}

/// The `wire` subscriber over a blocking byte stream: reads straight into the frame
/// decoder's buffer, views each payload in place, keeps the book.
pub fn subscribe_stream_wire<R: Read>(
    input: &mut R,
    mut book: Book,
    mut meter: Meter,
    live: &Live,
) -> io::Result<SubReport> {
    let mut decoder = FrameDecoder::<WireHeader>::new()
        .resync(true)
        .require_checksum(true)
        .max_frame_len(64 * 1024)
        .read_chunk(READ_CHUNK)
        .with_capacity(4 * READ_CHUNK);
    let (mut frame_errors, mut decode_errors, mut copied) = (0u64, 0u64, 0u64);
    loop {
        loop {
            match decoder.next_frame() {
                Ok(Some(frame)) => on_wire_message(
                    frame.payload(),
                    frame.wire_len(),
                    &mut book,
                    &mut meter,
                    &mut decode_errors,
                    live,
                ),
                Ok(None) => break,
                // Reported once per damaged stretch; the decoder resyncs on the next call.
                Err(_) => frame_errors += 1,
            }
        }
        if decoder.is_finished() {
            break;
        }
        // The decoder moves its unread tail (at most one partial frame) to the front
        // when the room at the end runs short; it does not say when, so every read
        // counts the tail as moved: an upper bound.
        copied += decoder.buffered() as u64;
        let spare = decoder.spare_mut();
        match input.read(spare) {
            Ok(0) => decoder.finish(),
            Ok(read) => decoder.commit(read),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    meter.finish(live);
    Ok(SubReport {
        meter,
        book: Some(book),
        skipped_bytes: decoder.skipped_bytes(),
        frame_errors,
        decode_errors,
        bytes_copied: copied,
        mold: None,
    })
}

/// Bytes a hand-written subscriber reads into: as many as the `wire` decoder holds.
pub const HAND_BUFFER: usize = 4 * READ_CHUNK;

/// The largest payload the subscribers accept: the cap the `wire` decoder is given.
pub const MAX_PAYLOAD: usize = 64 * 1024;

/// The frames at the front of a hand-written subscriber's buffer, damage skipped a byte
/// at a time as the `wire` decoder's resync does.
#[derive(Debug, Default)]
pub struct HandState {
    /// Inside a damaged stretch: the next bad offset is not a new error.
    hunting: bool,
    pub frame_errors: u64,
    pub skipped_bytes: u64,
    pub decode_errors: u64,
}

impl HandState {
    /// Handles every whole frame in `bytes` (at end of stream, `eof`: a partial one is
    /// damage), returns how many bytes were used.
    #[inline]
    pub fn drain(
        &mut self,
        bytes: &[u8],
        eof: bool,
        book: &mut Book,
        meter: &mut Meter,
        live: &Live,
    ) -> usize {
        let mut pos = 0;
        while pos < bytes.len() {
            match handwritten::check_frame(&bytes[pos..], MAX_PAYLOAD) {
                FrameCheck::Frame(len) => {
                    self.hunting = false;
                    let payload = &bytes[pos + handwritten::HEADER_LEN..pos + len];
                    match handwritten::apply_message(payload, book) {
                        Ok(stamp) => meter.record(stamp, len, live),
                        Err(()) => self.decode_errors += 1,
                    }
                    pos += len;
                }
                FrameCheck::NeedMore if !eof => break,
                FrameCheck::NeedMore | FrameCheck::Bad => {
                    if !self.hunting {
                        self.hunting = true;
                        self.frame_errors += 1;
                    }
                    self.skipped_bytes += 1;
                    pos += 1;
                }
            }
        }
        pos
    }
}

/// The hand-written subscriber over a blocking byte stream: the same reads into a buffer
/// of the same size as the `wire` decoder's, each frame checked, parsed and applied by
/// hand ([`handwritten`]).
pub fn subscribe_stream_handwritten<R: Read>(
    input: &mut R,
    mut book: Book,
    mut meter: Meter,
    live: &Live,
) -> io::Result<SubReport> {
    let mut buf = vec![0u8; HAND_BUFFER];
    let (mut start, mut end, mut copied) = (0usize, 0usize, 0u64);
    let mut state = HandState::default();
    loop {
        start += state.drain(&buf[start..end], false, &mut book, &mut meter, live);
        if buf.len() - end < READ_CHUNK {
            buf.copy_within(start..end, 0);
            copied += (end - start) as u64;
            end -= start;
            start = 0;
        }
        match input.read(&mut buf[end..]) {
            Ok(0) => break,
            Ok(read) => end += read,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    state.drain(&buf[start..end], true, &mut book, &mut meter, live);
    meter.finish(live);
    Ok(SubReport {
        meter,
        book: Some(book),
        skipped_bytes: state.skipped_bytes,
        frame_errors: state.frame_errors,
        decode_errors: state.decode_errors,
        bytes_copied: copied,
        mold: None,
    })
}

/// The transport ceiling over a blocking byte stream: the same reads into a buffer of
/// the same size, then only the length field and the timestamp of each frame are read.
pub fn subscribe_stream_transport<R: Read>(
    input: &mut R,
    mut meter: Meter,
    live: &Live,
) -> io::Result<SubReport> {
    let mut buf = vec![0u8; 4 * READ_CHUNK];
    let (mut start, mut end, mut copied) = (0usize, 0usize, 0u64);
    loop {
        while let Some(frame_len) = raw_frame_len(&buf[start..end]) {
            let payload = &buf[start + WireHeader::LEN..start + frame_len];
            meter.record(raw_timestamp(payload), frame_len, live);
            start += frame_len;
        }
        if buf.len() - end < READ_CHUNK {
            // The same rule as the decoder's: move the unread tail when room runs short.
            buf.copy_within(start..end, 0);
            copied += (end - start) as u64;
            end -= start;
            start = 0;
        }
        match input.read(&mut buf[end..]) {
            Ok(0) => break,
            Ok(read) => end += read,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    meter.finish(live);
    Ok(SubReport {
        meter,
        book: None,
        skipped_bytes: 0,
        frame_errors: 0,
        decode_errors: 0,
        bytes_copied: copied,
        mold: None,
    })
}

/// The length of the whole frame at the front of `bytes`, if all of it is there: bytes
/// 6..10 of a `WireHeader` are the payload length, big-endian. No other check.
#[inline]
pub fn raw_frame_len(bytes: &[u8]) -> Option<usize> {
    let len = bytes.get(6..10)?;
    let payload = u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize;
    let total = WireHeader::LEN + payload;
    (bytes.len() >= total).then_some(total)
}

/// Connects the subscriber side of a TCP run.
pub fn connect(addr: std::net::SocketAddr) -> io::Result<TcpStream> {
    let stream = TcpStream::connect(addr)?;
    stream.set_nodelay(true)?;
    Ok(stream)
}

// ---------------------------------------------------------------------------------------
// UDP: MoldUDP64 packets.
// ---------------------------------------------------------------------------------------

/// Sends the corpus as MoldUDP64 packets, paced, then three end-of-session packets (a
/// single one could be lost).
pub fn publish_udp(
    socket: &UdpSocket,
    corpus: &Corpus,
    plan: Plan,
    clock: Clock,
    live: &Live,
) -> io::Result<PubReport> {
    let mut packetizer = MoldPacketizer::new(*b"WIREDEMO01", MOLD_MAX_PACKET);
    let mut schedule = Schedule::new(corpus, plan, clock);
    let mut report = PubReport::default();
    let start = clock.now();
    let allocs_before = alloc::counted_allocs();
    alloc::count_this_thread(true);
    let mut oldest = 0u64;
    let send = |packetizer: &mut MoldPacketizer, report: &mut PubReport| -> io::Result<()> {
        if let Some(packet) = packetizer.take() {
            let before = clock.now();
            socket.send(packet)?;
            report.blocked_ns += clock.now() - before;
            report.bytes += packet.len() as u64;
        }
        packetizer.clear();
        Ok(())
    };
    loop {
        let now = clock.now();
        match schedule.next(now) {
            Next::Send(i) => {
                let message = corpus.message(i);
                if !packetizer.fits(message.len()) {
                    send(&mut packetizer, &mut report)?;
                }
                if packetizer.is_empty() {
                    oldest = now;
                }
                let placed = packetizer.push(message);
                stamp(placed, clock.now());
                report.bytes_copied += message.len() as u64;
                live.sent.store(schedule.sent(), Ordering::Relaxed);
            }
            Next::Wait(due) => {
                // Caught up. A packet per message would cost a system call per message
                // (and the receiver would drop them), so a packet waits for more
                // messages, but no message waits longer than `MAX_HOLD`.
                if packetizer.is_empty() {
                    clock.wait_until(due);
                } else if now >= oldest + MAX_HOLD {
                    send(&mut packetizer, &mut report)?;
                } else {
                    clock.wait_until(due.min(oldest + MAX_HOLD));
                }
            }
            Next::Drain => {
                send(&mut packetizer, &mut report)?;
                schedule.drain(live);
            }
            Next::Done => break,
        }
    }
    send(&mut packetizer, &mut report)?;
    socket.send(&packetizer.end_of_session())?;
    for _ in 0..2 {
        std::thread::sleep(Duration::from_millis(2));
        // The subscriber may have closed its socket after the first one (the kernel
        // then answers "connection refused"): that is the end it was told about.
        let _ = socket.send(&packetizer.end_of_session());
    }
    alloc::count_this_thread(false);
    report.allocs = alloc::counted_allocs() - allocs_before;
    report.sent = schedule.sent();
    report.elapsed_ns = clock.now() - start;
    Ok(report)
}

/// The longest a message waits in the UDP publisher for its packet to fill.
const MAX_HOLD: u64 = 50_000;

/// How long a UDP subscriber waits in silence before it decides the publisher is gone.
const UDP_IDLE: Duration = Duration::from_millis(500);

/// A UDP subscriber that keeps the book: reassembles MoldUDP64 packets in sequence
/// order (the demo's reassembler, shared by both), then views each message with `wire`
/// or parses it by hand, as `mode` says, and applies it to the book.
pub fn subscribe_udp_book(
    socket: &UdpSocket,
    window: usize,
    mode: Mode,
    mut book: Book,
    mut meter: Meter,
    live: &Live,
) -> io::Result<SubReport> {
    socket.set_read_timeout(Some(UDP_IDLE))?;
    let mut reassembler = MoldReassembler::new(window);
    let mut buf = vec![0u8; 64 * 1024];
    let mut decode_errors = 0u64;
    let mut deliver = |_: u64, message: &[u8]| {
        // A MoldUDP64 message block is a 2-byte length and the message.
        let wire_bytes = message.len() + 2;
        if mode == Mode::Wire {
            on_wire_message(
                message,
                wire_bytes,
                &mut book,
                &mut meter,
                &mut decode_errors,
                live,
            );
            return;
        }
        match handwritten::apply_message(message, &mut book) {
            Ok(stamp) => meter.record(stamp, wire_bytes, live),
            Err(()) => decode_errors += 1,
        }
    };
    loop {
        let len = match socket.recv(&mut buf) {
            Ok(len) => len,
            Err(err) if is_timeout(&err) => {
                reassembler.flush(&mut deliver);
                break;
            }
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        reassembler.on_packet(&buf[..len], &mut deliver);
        if reassembler.is_done() {
            break;
        }
    }
    meter.finish(live);
    Ok(SubReport {
        meter,
        book: Some(book),
        skipped_bytes: 0,
        frame_errors: reassembler.report.malformed_packets,
        decode_errors,
        bytes_copied: reassembler.bytes_copied,
        mold: Some(reassembler.report),
    })
}

/// The transport ceiling over UDP: the same receive calls; per packet only the message
/// lengths are walked and each timestamp read. No ordering, no book.
pub fn subscribe_udp_transport(
    socket: &UdpSocket,
    mut meter: Meter,
    live: &Live,
) -> io::Result<SubReport> {
    socket.set_read_timeout(Some(UDP_IDLE))?;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let len = match socket.recv(&mut buf) {
            Ok(len) => len,
            Err(err) if is_timeout(&err) => break,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        let packet = &buf[..len];
        // Bytes 18..20 of the MoldUDP64 header: the message count.
        if packet.get(18..20) == Some(&MOLD_END_OF_SESSION.to_be_bytes()[..]) {
            break;
        }
        let mut blocks = packet.get(20..).unwrap_or_default();
        while let Some((block_len, rest)) = blocks.split_first_chunk::<2>() {
            let block_len = usize::from(u16::from_be_bytes(*block_len));
            let Some(message) = rest.get(..block_len) else {
                break;
            };
            meter.record(raw_timestamp(message), block_len + 2, live);
            blocks = &rest[block_len..];
        }
    }
    meter.finish(live);
    Ok(SubReport {
        meter,
        book: None,
        skipped_bytes: 0,
        frame_errors: 0,
        decode_errors: 0,
        bytes_copied: 0,
        mold: None,
    })
}

fn is_timeout(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

#[cfg(test)]
mod tests {
    use super::Mode;

    /// Over `N` consecutive turns, from any first one, each mode runs once in each place.
    fn assert_balanced<const N: usize>(modes: [Mode; N]) {
        let mut all: Vec<&str> = modes.iter().map(|mode| mode.label()).collect();
        all.sort_unstable();
        for first in 0..N {
            for place in 0..N {
                let mut seen: Vec<&str> = (first..first + N)
                    .map(|turn| Mode::order(modes, turn)[place].label())
                    .collect();
                seen.sort_unstable();
                assert_eq!(seen, all, "place {place}, turns from {first}");
            }
        }
    }

    #[test]
    fn each_subscriber_runs_once_in_each_place_over_as_many_turns() {
        assert_balanced(Mode::ALL);
        assert_balanced([Mode::Wire, Mode::Handwritten]);
        assert_eq!(Mode::order(Mode::ALL, 0), Mode::ALL);
        assert_eq!(
            Mode::order(Mode::ALL, 1),
            [Mode::Handwritten, Mode::Transport, Mode::Wire]
        );
    }
}
