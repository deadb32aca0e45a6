//! Allocation behaviour of the frame layer, measured with a counting global allocator:
//! a huge declared length allocates nothing, and steady-state decoding, reading and
//! writing allocate nothing.
//!
//! The counter is per thread, so tests running in parallel do not disturb each other.

use std::io::{self, Read, Write};
use wire::frame::{
    FrameDecoder, FrameEncoder, FrameError, FrameHeader, FrameMeta, LenU32Be, WireHeader,
};
use wire::io::{FrameReader, FrameWriter};
use wire_test_support::alloc::{allocations_during, CountingAllocator};

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Allocations made on this thread while `f` runs.
fn allocations<T>(f: impl FnOnce() -> T) -> (u64, T) {
    let (count, out) = allocations_during(f);
    (count as u64, out)
}

#[test]
fn a_4_gib_length_is_refused_without_allocating() {
    let mut decoder = FrameDecoder::<LenU32Be>::new()
        .max_frame_len(64 * 1024)
        .with_capacity(1024);
    let (count, result) = allocations(|| {
        decoder.push(&u32::MAX.to_be_bytes());
        decoder.push(b"payload bytes that follow");
        decoder.next_frame().map(|frame| frame.is_some())
    });
    assert_eq!(
        result,
        Err(FrameError::TooLarge {
            offset: 0,
            len: u64::from(u32::MAX),
            max: 64 * 1024
        })
    );
    assert_eq!(count, 0);
    assert_eq!(decoder.capacity(), 1024);
}

/// A reader that serves a 4 GiB frame header and then zeros forever.
struct Endless {
    sent_header: bool,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.sent_header {
            self.sent_header = true;
            let header = wire::frame::WireHeader {
                msg_type: 1,
                version: 0,
                flags: wire::frame::FrameFlags::NONE,
                payload_len: u32::MAX,
                crc: 0,
            };
            FrameHeader::write(&header, &mut buf[..WireHeader::LEN]);
            return Ok(WireHeader::LEN);
        }
        buf.fill(0);
        Ok(buf.len())
    }
}

#[test]
fn a_reader_never_buffers_a_declared_4_gib_frame() {
    let decoder = FrameDecoder::<WireHeader>::new()
        .max_frame_len(1 << 20)
        .read_chunk(4096)
        .with_capacity(4096);
    let mut reader = FrameReader::with_decoder(Endless { sent_header: false }, decoder);
    let (count, result) = allocations(|| reader.read_frame().map(|frame| frame.is_some()));
    let err = result.unwrap_err();
    assert_eq!(
        err.frame_error(),
        Some(&FrameError::TooLarge {
            offset: 0,
            len: u64::from(u32::MAX),
            max: 1 << 20
        })
    );
    assert_eq!(count, 0);
    assert_eq!(reader.decoder().capacity(), 4096);
}

fn stream_of(encoder: &mut FrameEncoder<WireHeader>, frames: usize, payload_len: usize) -> Vec<u8> {
    let mut stream = Vec::new();
    for i in 0..frames {
        let payload: Vec<u8> = (0..payload_len).map(|j| (i + j) as u8).collect();
        encoder
            .append(FrameMeta::new(i as u16), &payload, &mut stream)
            .unwrap();
    }
    stream
}

#[test]
fn steady_state_decoding_does_not_allocate() {
    let stats = std::sync::Arc::new(wire::stats::Stats::new());
    let stream = stream_of(&mut FrameEncoder::new().with_checksum(true), 300, 100);
    let mut decoder = FrameDecoder::<WireHeader>::new()
        .require_checksum(true)
        .with_stats(stats);
    // Odd-sized chunks, so frames straddle pushes and the buffer is compacted.
    let round = |decoder: &mut FrameDecoder<WireHeader>| {
        let mut frames = 0;
        for chunk in stream.chunks(1000 - 7) {
            decoder.push(chunk);
            while let Some(frame) = decoder.next_frame().unwrap() {
                assert_eq!(frame.payload().len(), 100);
                frames += 1;
            }
        }
        frames
    };
    assert_eq!(round(&mut decoder), 300);
    let (count, frames) = allocations(|| (0..20).map(|_| round(&mut decoder)).sum::<usize>());
    assert_eq!(frames, 20 * 300);
    assert_eq!(count, 0);
}

/// A reader over a stream repeated forever, in reads of awkward sizes.
struct Looping<'a> {
    stream: &'a [u8],
    pos: usize,
    read_sizes: [usize; 3],
    reads: usize,
}

impl Read for Looping<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let want = self.read_sizes[self.reads % 3].min(buf.len());
        self.reads += 1;
        let mut done = 0;
        while done < want {
            let n = (want - done).min(self.stream.len() - self.pos);
            buf[done..done + n].copy_from_slice(&self.stream[self.pos..self.pos + n]);
            done += n;
            self.pos = (self.pos + n) % self.stream.len();
        }
        Ok(done)
    }
}

#[test]
fn steady_state_reading_does_not_allocate() {
    let stream = stream_of(&mut FrameEncoder::new().with_checksum(true), 64, 300);
    let source = Looping {
        stream: &stream,
        pos: 0,
        read_sizes: [1, 977, 20_000],
        reads: 0,
    };
    let mut reader = FrameReader::<_, WireHeader>::new(source);
    let read = |reader: &mut FrameReader<Looping<'_>, WireHeader>, frames: usize| {
        for _ in 0..frames {
            let frame = reader.read_frame().unwrap().unwrap();
            assert_eq!(frame.payload().len(), 300);
        }
    };
    read(&mut reader, 1000);
    let (count, ()) = allocations(|| read(&mut reader, 10_000));
    assert_eq!(count, 0);
}

/// A writer that takes at most `max` bytes per call and keeps only a running total.
struct Short {
    max: usize,
    total: usize,
}

impl Write for Short {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = buf.len().min(self.max);
        self.total += n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn steady_state_writing_does_not_allocate() {
    let small = vec![1u8; 100];
    let large = vec![2u8; 20_000]; // above the 8 KiB buffer: the vectored path
    let mut writer = FrameWriter::<_, WireHeader>::with_encoder(
        Short {
            max: 4093,
            total: 0,
        },
        FrameEncoder::new().with_checksum(true),
    );
    let write = |writer: &mut FrameWriter<Short, WireHeader>| {
        for i in 0..100 {
            writer
                .write_frame(FrameMeta::new(i), if i % 10 == 0 { &large } else { &small })
                .unwrap();
        }
        writer.flush().unwrap();
    };
    write(&mut writer);
    let (count, ()) = allocations(|| write(&mut writer));
    assert_eq!(count, 0);
    assert_eq!(
        writer.get_ref().total,
        2 * (10 * (WireHeader::LEN + 20_000) + 90 * (WireHeader::LEN + 100))
    );
}

#[cfg(feature = "compression")]
#[test]
fn steady_state_decompression_does_not_allocate() {
    let payload: Vec<u8> = b"compressible text, "
        .iter()
        .cycle()
        .take(4000)
        .copied()
        .collect();
    let mut encoder = FrameEncoder::<WireHeader>::new()
        .with_compression(256)
        .with_checksum(true);
    let mut frame = Vec::new();
    encoder
        .append(FrameMeta::new(1), &payload, &mut frame)
        .unwrap();
    assert!(frame.len() < payload.len());
    let mut decoder = FrameDecoder::<WireHeader>::new();
    let round = |decoder: &mut FrameDecoder<WireHeader>| {
        decoder.push(&frame);
        assert_eq!(
            decoder.next_frame().unwrap().unwrap().payload(),
            &payload[..]
        );
    };
    round(&mut decoder);
    let (count, ()) = allocations(|| (0..100).for_each(|_| round(&mut decoder)));
    assert_eq!(count, 0);
}
