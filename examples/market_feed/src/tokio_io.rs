//! The TCP run on tokio (feature `tokio`): each end on its own thread with a
//! current-thread runtime, so each end's allocations are counted on one thread. The
//! publisher fills the same batches as the blocking one and writes them with
//! `write_all`; the `wire` subscriber reads through `FramedRead` and `WireCodec`, the
//! hand-written and transport subscribers through plain reads of the same size.

use crate::run::{
    self, Clock, Fill, Live, Meter, Mode, Plan, PreEncoded, PubReport, Schedule, StreamProducer,
    SubReport,
};
use crate::{alloc, feed::Book, feed::Corpus, Error, PubHandle, SubHandle};
use futures_util::StreamExt;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::FramedRead;
use wire::frame::{FrameHeader, WireCodec, WireHeader};

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
}

pub fn spawn(
    corpus: &Arc<Corpus>,
    pre: &Arc<PreEncoded>,
    mode: Mode,
    plan: Plan,
    clock: Clock,
    live: &Arc<Live>,
    book: Book,
) -> Result<(PubHandle, SubHandle), Error> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let (corpus, pre, pub_live) = (Arc::clone(corpus), Arc::clone(pre), Arc::clone(live));
    let publisher = std::thread::spawn(move || -> Result<PubReport, Error> {
        runtime()?.block_on(async move {
            let listener = TcpListener::from_std(listener)?;
            let (mut stream, _) = listener.accept().await?;
            stream.set_nodelay(true)?;
            clock.wait_until(plan.start);
            let report = publish(&mut stream, &corpus, &pre, mode, plan, clock, &pub_live).await?;
            stream.shutdown().await?;
            Ok(report)
        })
    });
    let sub_live = Arc::clone(live);
    let subscriber = std::thread::spawn(move || -> Result<SubReport, Error> {
        runtime()?.block_on(async move {
            let stream = TcpStream::connect(addr).await?;
            stream.set_nodelay(true)?;
            let meter = Meter::new(clock, &plan);
            match mode {
                Mode::Wire => subscribe_wire(stream, book, meter, &sub_live).await,
                Mode::Handwritten => subscribe_handwritten(stream, book, meter, &sub_live).await,
                Mode::Transport => subscribe_transport(stream, meter, &sub_live).await,
            }
        })
    });
    Ok((publisher, subscriber))
}

async fn publish(
    out: &mut TcpStream,
    corpus: &Corpus,
    pre: &PreEncoded,
    mode: Mode,
    plan: Plan,
    clock: Clock,
    live: &Live,
) -> Result<PubReport, Error> {
    let mut batch = vec![0u8; run::BATCH];
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
            out.write_all(&batch[..len]).await?;
            report.blocked_ns += clock.now() - before;
            report.bytes += len as u64;
            live.sent.store(producer.schedule.sent(), Ordering::Relaxed);
        }
        match fill {
            Fill::Write => {}
            // Blocking the runtime's only thread is fine: this end has nothing else to do.
            Fill::WriteThenWait(due) => clock.wait_until(due),
            // Blocks this end's only thread too, for the same reason.
            Fill::WriteThenDrain => producer.schedule.drain(live),
            Fill::Done => break,
        }
    }
    out.flush().await?;
    alloc::count_this_thread(false);
    report.allocs = alloc::counted_allocs() - allocs_before;
    report.sent = producer.schedule.sent();
    report.elapsed_ns = clock.now() - start;
    report.bytes_copied = producer.bytes_copied;
    Ok(report)
}

async fn subscribe_wire(
    stream: TcpStream,
    mut book: Book,
    mut meter: Meter,
    live: &Live,
) -> Result<SubReport, Error> {
    let codec = WireCodec::<WireHeader>::new()
        .resync(true)
        .require_checksum(true)
        .max_frame_len(64 * 1024);
    let mut frames = FramedRead::with_capacity(stream, codec, 4 * run::READ_CHUNK);
    let (mut frame_errors, mut decode_errors, mut skipped) = (0u64, 0u64, 0u64);
    while let Some(item) = frames.next().await {
        match item {
            Ok(frame) => {
                skipped += frame.skipped_before;
                let wire_len = WireHeader::LEN + frame.payload.len();
                run::on_wire_message(
                    &frame.payload,
                    wire_len,
                    &mut book,
                    &mut meter,
                    &mut decode_errors,
                    live,
                );
            }
            // `FramedRead` ends the stream after an error; count it and stop.
            Err(_) => frame_errors += 1,
        }
    }
    meter.finish(live);
    Ok(SubReport {
        meter,
        book: Some(book),
        skipped_bytes: skipped,
        frame_errors,
        decode_errors,
        // `FramedRead` reserves and splits its `BytesMut`; what it moves is not visible.
        bytes_copied: 0,
        mold: None,
    })
}

async fn subscribe_handwritten(
    mut stream: TcpStream,
    mut book: Book,
    mut meter: Meter,
    live: &Live,
) -> Result<SubReport, Error> {
    let mut buf = vec![0u8; run::HAND_BUFFER];
    let (mut start, mut end, mut copied) = (0usize, 0usize, 0u64);
    let mut state = run::HandState::default();
    loop {
        start += state.drain(&buf[start..end], false, &mut book, &mut meter, live);
        if buf.len() - end < run::READ_CHUNK {
            buf.copy_within(start..end, 0);
            copied += (end - start) as u64;
            end -= start;
            start = 0;
        }
        match stream.read(&mut buf[end..]).await? {
            0 => break,
            read => end += read,
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

async fn subscribe_transport(
    mut stream: TcpStream,
    mut meter: Meter,
    live: &Live,
) -> Result<SubReport, Error> {
    let mut buf = vec![0u8; 4 * run::READ_CHUNK];
    let (mut start, mut end, mut copied) = (0usize, 0usize, 0u64);
    loop {
        while let Some(frame_len) = run::raw_frame_len(&buf[start..end]) {
            let payload = &buf[start + WireHeader::LEN..start + frame_len];
            meter.record(crate::feed::raw_timestamp(payload), frame_len, live);
            start += frame_len;
        }
        if buf.len() - end < run::READ_CHUNK {
            buf.copy_within(start..end, 0);
            copied += (end - start) as u64;
            end -= start;
            start = 0;
        }
        match stream.read(&mut buf[end..]).await? {
            0 => break,
            read => end += read,
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
