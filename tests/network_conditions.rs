//! The `market_feed` example's feed under bad network conditions: writes split and
//! coalesced at random points, jitter, bytes flipped, dropped and inserted (TCP, with
//! `wire`'s CRC32C frames and resync), datagrams dropped, duplicated and reordered (UDP,
//! MoldUDP64). The code under test is the demo's own, from its library crate
//! `market_feed`: the `wire` subscriber and the hand-written one.
//!
//! Every test prints its seed; set `NETWORK_SEED` to replay one. Sockets are bound to
//! 127.0.0.1 only; every loop is bounded.

use market_feed::{feed, run};

use feed::{
    Book, Corpus, Generator, MoldPacketizer, MoldReassembler, Msg, Rng, MOLD_MAX_PACKET, SYMBOLS,
};
use run::{Clock, Live, Meter, Mode, Plan, PreEncoded};
use std::collections::BTreeSet;
use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream, UdpSocket};
use std::time::Duration;
use wire::frame::{FrameDecoder, FrameEncoder, FrameMeta, WireHeader};
use wire::prelude::*;

fn seed(default: u64, test: &str) -> u64 {
    let seed = std::env::var("NETWORK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    println!("{test}: seed {seed} (replay with NETWORK_SEED={seed})");
    seed
}

/// A plan that sends `messages` as fast as possible.
fn unpaced(messages: u64) -> Plan {
    Plan {
        start: 0,
        load_end: u64::MAX,
        end: u64::MAX,
        rate: 0,
        max_messages: messages,
        slow_every: 0,
    }
}

fn new_book(corpus: &Corpus) -> Book {
    Book::with_capacity(corpus.max_live_orders * 2 + 1024, SYMBOLS.len(), 256)
}

/// The book of exactly these messages, through owned decodes (not the views the
/// subscriber uses).
fn book_of<'a>(messages: impl Iterator<Item = &'a [u8]>) -> Book {
    let mut book = Book::with_capacity(1024, SYMBOLS.len(), 64);
    for message in messages {
        book.apply(&Msg::decode(message).expect("the corpus decodes"));
    }
    book
}

fn assert_same_book(got: &Book, want: &Book) {
    assert_eq!(
        got.summary(),
        want.summary(),
        "best bid/ask and volume per stock"
    );
    assert_eq!(got.order_count(), want.order_count(), "resting orders");
    assert_eq!(
        got.unknown_refs, want.unknown_refs,
        "messages about unknown orders"
    );
}

/// A reader that hands out a byte stream in pieces of random size (1 byte to 8 KiB):
/// splits the sender's writes at random points and coalesces them.
struct ChoppyReader {
    bytes: Vec<u8>,
    pos: usize,
    rng: Rng,
}

impl Read for ChoppyReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let left = self.bytes.len() - self.pos;
        let want = match self.rng.below(4) {
            0 => 1 + self.rng.below(16) as usize,
            _ => 1 + self.rng.below(8192) as usize,
        };
        let n = want.min(left).min(out.len());
        out[..n].copy_from_slice(&self.bytes[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// What the TCP proxy did to a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Damage {
    Flip,
    Drop,
    Insert,
}

/// Frames of `corpus`, each message stamped with its index (so a delivered frame says
/// which one it is), encoded the way the example's publisher does.
fn encode_frames(corpus: &Corpus) -> Vec<Vec<u8>> {
    let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    (0..corpus.len())
        .map(|i| {
            let mut message = corpus.message(i).to_vec();
            feed::stamp(&mut message, i as u64);
            let mut frame = Vec::new();
            encoder
                .append(FrameMeta::new(message[0].into()), &message, &mut frame)
                .expect("a message fits a frame");
            frame
        })
        .collect()
}

/// Damages about one frame in `every`: flips, drops or inserts one byte inside it; puts
/// garbage between frames about as often.
fn damage_stream(frames: &[Vec<u8>], every: u64, rng: &mut Rng) -> (Vec<u8>, Vec<Option<Damage>>) {
    let mut stream = Vec::new();
    let mut damage = Vec::with_capacity(frames.len());
    for frame in frames {
        let mut frame = frame.clone();
        let at = rng.below(frame.len() as u64) as usize;
        let what = match rng.below(every) {
            0 => {
                // A flip always changes the byte: xor with 1..=255.
                frame[at] ^= 1 + rng.below(255) as u8;
                Some(Damage::Flip)
            }
            1 => {
                frame.remove(at);
                Some(Damage::Drop)
            }
            2 => {
                // Strictly inside the frame: a byte inserted before its first byte
                // leaves the frame whole (that case is the garbage below).
                frame.insert(
                    1 + rng.below(frame.len() as u64 - 1) as usize,
                    rng.next_u64() as u8,
                );
                Some(Damage::Insert)
            }
            3 => {
                // Garbage between frames: no frame is damaged, the decoder must skip it.
                stream.extend((0..1 + rng.below(20)).map(|_| rng.next_u64() as u8));
                None
            }
            _ => None,
        };
        damage.push(what);
        stream.extend_from_slice(&frame);
    }
    (stream, damage)
}

#[test]
fn tcp_damage_resyncs_and_delivers_every_undamaged_frame() {
    let seed = seed(0x5EED_0001, "tcp_damage");
    let mut rng = Rng::new(seed);
    let corpus = Generator::corpus(seed, 20_000);
    let frames = encode_frames(&corpus);
    let (stream, damage) = damage_stream(&frames, 40, &mut rng);
    let damaged = damage.iter().filter(|d| d.is_some()).count();
    println!("{} frames, {damaged} damaged", frames.len());
    assert!(
        damaged > 100,
        "the proxy damaged too little to test anything"
    );

    // The decoder the example's subscriber configures, fed in random pieces: which
    // frames come out?
    let mut reader = ChoppyReader {
        bytes: stream.clone(),
        pos: 0,
        rng: Rng::new(seed ^ 1),
    };
    let mut decoder = FrameDecoder::<WireHeader>::new()
        .resync(true)
        .require_checksum(true)
        .max_frame_len(64 * 1024);
    let mut delivered = Vec::new();
    let mut errors = 0;
    for _ in 0..stream.len() + 2 {
        loop {
            match decoder.next_frame() {
                Ok(Some(frame)) => {
                    let index =
                        feed::raw_timestamp(frame.payload()).expect("a message has a timestamp");
                    delivered.push(index as usize);
                }
                Ok(None) => break,
                Err(_) => errors += 1,
            }
        }
        if decoder.is_finished() {
            break;
        }
        let n = reader.read(decoder.spare_mut()).expect("in memory");
        if n == 0 {
            decoder.finish();
        } else {
            decoder.commit(n);
        }
    }
    assert!(decoder.is_finished(), "the stream was not consumed");
    let undamaged: Vec<usize> = (0..frames.len()).filter(|&i| damage[i].is_none()).collect();
    if delivered != undamaged {
        let got: BTreeSet<usize> = delivered.iter().copied().collect();
        let missing: Vec<_> = undamaged
            .iter()
            .filter(|i| !got.contains(i))
            .take(10)
            .map(|&i| (i, damage.get(i.wrapping_sub(1)).copied().flatten()))
            .collect();
        let accepted: Vec<_> = delivered
            .iter()
            .filter(|&&i| damage[i].is_some())
            .take(10)
            .map(|&i| (i, damage[i]))
            .collect();
        panic!("undamaged frames not delivered (index, damage of the frame before): {missing:?}; damaged frames accepted: {accepted:?}; {} delivered of {} undamaged", delivered.len(), undamaged.len());
    }
    assert!(errors > 0 && decoder.skipped_bytes() > 0);

    // The example's subscriber on the same damaged stream: its book is the book of the
    // undamaged messages.
    let want = book_of(undamaged.iter().map(|&i| corpus.message(i)));
    for hand in [false, true] {
        let mut reader = ChoppyReader {
            bytes: stream.clone(),
            pos: 0,
            rng: Rng::new(seed ^ 2),
        };
        let live = Live::default();
        let meter = Meter::new(Clock::new(), &unpaced(u64::MAX));
        let book = new_book(&corpus);
        let report = if hand {
            // The hand-written subscriber resyncs the same way, byte by byte.
            run::subscribe_stream_handwritten(&mut reader, book, meter, &live)
        } else {
            run::subscribe_stream_wire(&mut reader, book, meter, &live)
        }
        .expect("in memory");
        assert_eq!(
            report.meter.messages,
            undamaged.len() as u64,
            "hand: {hand}"
        );
        assert_eq!(report.decode_errors, 0, "no damaged frame was accepted");
        assert_same_book(report.book.as_ref().expect("keeps a book"), &want);
    }
}

/// Forwards everything from `from` to `to` in random pieces with random pauses.
fn jittery_proxy(mut from: TcpStream, mut to: TcpStream, seed: u64) -> io::Result<u64> {
    let mut rng = Rng::new(seed);
    let mut buf = vec![0u8; 16 * 1024];
    let mut forwarded = 0u64;
    loop {
        let want = 1 + rng.below(buf.len() as u64) as usize;
        let n = from.read(&mut buf[..want])?;
        if n == 0 {
            break;
        }
        // Split what was read into several writes, some of them after a pause.
        let mut rest = &buf[..n];
        while !rest.is_empty() {
            let piece = (1 + rng.below(rest.len() as u64) as usize).min(rest.len());
            to.write_all(&rest[..piece])?;
            rest = &rest[piece..];
            if rng.below(64) == 0 {
                std::thread::sleep(Duration::from_micros(rng.below(300)));
            }
        }
        forwarded += n as u64;
    }
    to.shutdown(std::net::Shutdown::Write)?;
    Ok(forwarded)
}

#[test]
fn tcp_over_loopback_through_a_jittery_proxy_loses_nothing() {
    let seed = seed(0x5EED_0002, "tcp_loopback");
    let corpus = Generator::corpus(seed, 30_000);
    let pre = PreEncoded::new(&corpus).expect("the corpus frames");
    let clock = Clock::new();
    let messages = corpus.len() as u64 * 2 + 123; // two passes and a bit: the loop and the restart
    let plan = unpaced(messages);

    let to_proxy = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let to_subscriber = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let (proxy_in, subscriber_addr) = (
        to_proxy.local_addr().expect("addr"),
        to_subscriber.local_addr().expect("addr"),
    );

    std::thread::scope(|scope| {
        let publisher = scope.spawn(|| {
            let mut stream = TcpStream::connect(proxy_in).expect("connect to the proxy");
            let live = Live::default();
            let report =
                run::publish_stream(&mut stream, &corpus, &pre, Mode::Wire, plan, clock, &live)
                    .expect("publish");
            stream
                .shutdown(std::net::Shutdown::Write)
                .expect("shutdown");
            report
        });
        let proxy = scope.spawn(|| {
            let (from, _) = to_proxy.accept().expect("publisher connects");
            let to = TcpStream::connect(subscriber_addr).expect("connect to the subscriber");
            jittery_proxy(from, to, seed)
        });
        let (mut stream, _) = to_subscriber.accept().expect("proxy connects");
        let live = Live::default();
        let report = run::subscribe_stream_wire(
            &mut stream,
            new_book(&corpus),
            Meter::new(clock, &plan),
            &live,
        )
        .expect("subscribe");
        let sent = publisher.join().expect("publisher thread");
        let forwarded = proxy.join().expect("proxy thread").expect("proxy i/o");

        assert_eq!(sent.sent, messages);
        assert_eq!(forwarded, sent.bytes, "the proxy forwarded every byte");
        assert_eq!(report.meter.messages, messages, "every message arrived");
        assert_eq!(
            (
                report.frame_errors,
                report.skipped_bytes,
                report.decode_errors
            ),
            (0, 0, 0)
        );
        let want = corpus.book_after(messages).expect("the corpus decodes");
        assert_same_book(report.book.as_ref().expect("wire mode keeps a book"), &want);
    });
}

/// The publisher's packets: the corpus in MoldUDP64 packets, each message stamped with
/// its sequence number. Returns the packets and the end-of-session packet.
fn mold_packets(corpus: &Corpus) -> (Vec<Vec<u8>>, Vec<u8>) {
    let mut packetizer = MoldPacketizer::new(*b"TESTSESS01", MOLD_MAX_PACKET);
    let mut packets = Vec::new();
    for i in 0..corpus.len() {
        let message = corpus.message(i);
        if !packetizer.fits(message.len()) {
            packets.push(packetizer.take().expect("a pending packet").to_vec());
            packetizer.clear();
        }
        let placed = packetizer.push(message);
        feed::stamp(placed, i as u64 + 1);
    }
    if let Some(packet) = packetizer.take() {
        packets.push(packet.to_vec());
    }
    (packets, packetizer.end_of_session().to_vec())
}

/// What the unreliable network did: the order packets arrive in (by index), which were
/// lost, and how many extra copies arrived.
struct Datagrams {
    order: Vec<usize>,
    /// Which packets were dropped entirely.
    dropped: BTreeSet<usize>,
    /// Copies beyond the first that were forwarded.
    extra_copies: u64,
}

/// Drops about 1 packet in `every`, duplicates about 1 in `every`, and swaps about 1 in
/// `every` with one up to `reach` places later.
fn unreliable(packets: usize, every: u64, reach: usize, rng: &mut Rng) -> Datagrams {
    let mut order = Vec::new();
    let mut dropped = BTreeSet::new();
    let mut extra_copies = 0;
    for i in 0..packets {
        match rng.below(every) {
            0 => {
                dropped.insert(i);
            }
            1 => {
                order.push(i);
                order.push(i);
                extra_copies += 1;
            }
            _ => order.push(i),
        }
    }
    for j in 0..order.len() {
        if rng.below(every) == 0 {
            let k = (j + 1 + rng.below(reach as u64) as usize).min(order.len() - 1);
            order.swap(j, k);
        }
    }
    Datagrams {
        order,
        dropped,
        extra_copies,
    }
}

/// The gaps the reassembler should report: runs of dropped packets, as message ranges.
fn expected_gaps(packets: &[Vec<u8>], dropped: &BTreeSet<usize>) -> Vec<feed::Gap> {
    let mut gaps: Vec<feed::Gap> = Vec::new();
    for &i in dropped {
        let header = feed::MoldHeader::view_prefix(&packets[i])
            .expect("a packet")
            .0;
        let (first, count) = (header.sequence(), u64::from(header.count()));
        match gaps.last_mut() {
            Some(gap) if gap.first + gap.count == first => gap.count += count,
            _ => gaps.push(feed::Gap { first, count }),
        }
    }
    gaps
}

fn lost_sequences(gaps: &[feed::Gap]) -> BTreeSet<u64> {
    gaps.iter()
        .flat_map(|g| g.first..g.first + g.count)
        .collect()
}

#[test]
fn udp_drops_duplicates_and_reordering_are_reported_exactly() {
    let seed = seed(0x5EED_0003, "udp_in_memory");
    let mut rng = Rng::new(seed);
    let corpus = Generator::corpus(seed, 40_000);
    let (packets, end) = mold_packets(&corpus);
    let window = 16;
    let net = unreliable(packets.len(), 20, 6, &mut rng);
    println!(
        "{} packets: {} dropped, {} duplicated, window {window}",
        packets.len(),
        net.dropped.len(),
        net.extra_copies
    );
    assert!(!net.dropped.is_empty() && net.extra_copies > 0);

    let mut reassembler = MoldReassembler::new(window);
    let mut delivered = Vec::new();
    let mut book = new_book(&corpus);
    for &i in &net.order {
        reassembler.on_packet(&packets[i], &mut |sequence, message| {
            assert_eq!(
                feed::raw_timestamp(message),
                Some(sequence),
                "message {sequence} is itself"
            );
            delivered.push(sequence);
            book.apply_view(&Msg::view(message).expect("an undamaged message"));
        });
    }
    reassembler.on_packet(&end, &mut |_, _| {
        panic!("nothing is left to deliver after the end")
    });

    let report = &reassembler.report;
    let gaps = expected_gaps(&packets, &net.dropped);
    assert_eq!(report.gaps, gaps, "gaps reported exactly");
    assert_eq!(
        report.duplicate_packets, net.extra_copies,
        "duplicates reported exactly"
    );
    assert_eq!(
        report.late_packets, 0,
        "reordering stayed within the window"
    );
    assert!(report.ended && reassembler.is_done());
    let lost = lost_sequences(&gaps);
    let want: Vec<u64> = (1..=corpus.len() as u64)
        .filter(|s| !lost.contains(s))
        .collect();
    assert_eq!(
        delivered, want,
        "every other message once, in sequence order"
    );
    let want_book = book_of(want.iter().map(|&s| corpus.message(s as usize - 1)));
    assert_same_book(&book, &want_book);
}

#[test]
fn udp_reordering_within_the_window_is_repaired_completely() {
    let seed = seed(0x5EED_0004, "udp_reorder");
    let corpus = Generator::corpus(seed, 10_000);
    let (packets, end) = mold_packets(&corpus);
    // Reverse blocks of 8 packets: heavy reordering, nothing lost or repeated.
    let mut order: Vec<usize> = (0..packets.len()).collect();
    for block in order.chunks_mut(8) {
        block.reverse();
    }
    let mut reassembler = MoldReassembler::new(8);
    let mut next = 1;
    for &i in &order {
        reassembler.on_packet(&packets[i], &mut |sequence, _| {
            assert_eq!(sequence, next);
            next += 1;
        });
    }
    reassembler.on_packet(&end, &mut |_, _| {});
    assert_eq!(next - 1, corpus.len() as u64);
    assert!(reassembler.report.gaps.is_empty());
    assert_eq!(reassembler.report.duplicate_packets, 0);
    assert!(reassembler.report.reordered_packets > 0);
}

#[test]
fn udp_over_loopback_through_an_unreliable_proxy() {
    let seed = seed(0x5EED_0005, "udp_loopback");
    let mut rng = Rng::new(seed);
    let corpus = Generator::corpus(seed, 10_000);
    let (packets, end) = mold_packets(&corpus);
    let net = unreliable(packets.len(), 25, 4, &mut rng);

    let subscriber = UdpSocket::bind("127.0.0.1:0").expect("bind loopback");
    let proxy = UdpSocket::bind("127.0.0.1:0").expect("bind loopback");
    proxy
        .connect(subscriber.local_addr().expect("addr"))
        .expect("connect");
    let clock = Clock::new();
    let plan = unpaced(u64::MAX);

    std::thread::scope(|scope| {
        let sender = scope.spawn(|| {
            for (n, &i) in net.order.iter().enumerate() {
                proxy.send(&packets[i]).expect("send");
                // A pause now and then keeps the receive buffer from overflowing: the
                // only losses must be the proxy's.
                if n % 8 == 7 {
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
            for _ in 0..3 {
                proxy.send(&end).expect("send");
                std::thread::sleep(Duration::from_millis(2));
            }
        });
        let live = Live::default();
        let report = run::subscribe_udp_book(
            &subscriber,
            64,
            Mode::Wire,
            new_book(&corpus),
            Meter::new(clock, &plan),
            &live,
        )
        .expect("subscribe");
        sender.join().expect("sender thread");

        let mold = report.mold.as_ref().expect("a MoldUDP64 report");
        let gaps = expected_gaps(&packets, &net.dropped);
        assert_eq!(mold.gaps, gaps, "gaps reported exactly");
        assert_eq!(
            mold.duplicate_packets, net.extra_copies,
            "duplicates reported exactly"
        );
        let lost = lost_sequences(&gaps);
        assert_eq!(
            report.meter.messages,
            corpus.len() as u64 - lost.len() as u64
        );
        let want = book_of(
            (1..=corpus.len() as u64)
                .filter(|s| !lost.contains(s))
                .map(|s| corpus.message(s as usize - 1)),
        );
        assert_same_book(report.book.as_ref().expect("wire mode keeps a book"), &want);
    });
}

#[test]
fn itch_sample_file_round_trips() {
    let corpus = Generator::corpus(7, 5_000);
    let file = corpus.to_itch_file();
    let back = Corpus::from_itch_file(&file).expect("a well-formed file");
    assert_eq!(back.bytes, corpus.bytes);
    assert_eq!(back.ends, corpus.ends);
    // A message cut short is an error, not a silent truncation.
    assert!(Corpus::from_itch_file(&file[..file.len() - 1]).is_err());
    // The publisher's book (owned decodes of what it sent) is the generator's own book.
    let mut generator = Generator::new(7);
    for _ in 1..2_500 {
        let _ = generator.next_message();
    }
    let book = corpus.book_after(2_500).expect("the corpus decodes");
    assert!(book.order_count() > 0);
    assert_same_book(&book, &generator.book);
}
