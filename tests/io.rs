//! `wire::io` over difficult streams: one byte per read, `Interrupted` and `WouldBlock`
//! at any point, short and vectored writes.

use std::io::{self, IoSlice, Read, Write};
use std::sync::Arc;
use wire::frame::{
    FrameDecoder, FrameEncoder, FrameError, FrameHeader, FrameMeta, LenU32Be, WireHeader,
};
use wire::io::{FrameReader, FrameWriter, StreamError};
use wire::stats::{ErrorKind, Stats};

fn payloads() -> Vec<Vec<u8>> {
    (0..40)
        .map(|i| (0..(i * 37) % 500).map(|j| (i + j) as u8).collect())
        .collect()
}

fn encoded(payloads: &[Vec<u8>]) -> Vec<u8> {
    let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    let mut stream = Vec::new();
    for (i, payload) in payloads.iter().enumerate() {
        encoder
            .append(FrameMeta::new(i as u16), payload, &mut stream)
            .unwrap();
    }
    stream
}

/// A reader that hands out one byte per call and, on a fixed schedule, `Interrupted`
/// or `WouldBlock` instead.
struct Trickle<'a> {
    bytes: &'a [u8],
    calls: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.calls += 1;
        if self.calls.is_multiple_of(5) {
            return Err(io::ErrorKind::WouldBlock.into());
        }
        if self.calls.is_multiple_of(3) {
            return Err(io::ErrorKind::Interrupted.into());
        }
        let Some((&first, rest)) = self.bytes.split_first() else {
            return Ok(0);
        };
        buf[0] = first;
        self.bytes = rest;
        Ok(1)
    }
}

#[test]
fn reader_survives_single_bytes_interrupts_and_would_block() {
    let payloads = payloads();
    let stream = encoded(&payloads);
    let decoder = FrameDecoder::<WireHeader>::new().require_checksum(true);
    let mut reader = FrameReader::with_decoder(
        Trickle {
            bytes: &stream,
            calls: 0,
        },
        decoder,
    );
    let mut got = Vec::new();
    let mut would_block = 0;
    loop {
        match reader.read_frame() {
            Ok(Some(frame)) => {
                assert_eq!(frame.msg_type(), Some(got.len() as u16));
                got.push(frame.payload().to_vec());
            }
            Ok(None) => break,
            Err(err) if err.is_would_block() => would_block += 1,
            Err(err) => panic!("unexpected error: {err}"),
        }
    }
    assert_eq!(got, payloads);
    assert!(
        would_block > 1000,
        "the schedule returned WouldBlock {would_block} times"
    );
    assert!(
        reader.read_frame().unwrap().is_none(),
        "the end stays the end"
    );
}

#[test]
fn reader_reports_a_stream_cut_inside_a_frame() {
    let stream = encoded(&payloads()[..3]);
    let cut = &stream[..stream.len() - 1];
    let mut reader = FrameReader::<_, WireHeader>::new(cut);
    assert!(reader.read_frame().unwrap().is_some());
    assert!(reader.read_frame().unwrap().is_some());
    let err = reader.read_frame().unwrap_err();
    let offset = (2 * WireHeader::LEN + 37) as u64;
    assert!(
        matches!(err.frame_error(), Some(FrameError::Truncated { offset: o, .. }) if *o == offset),
        "{err}"
    );
    let io: io::Error = err.into();
    assert_eq!(io.kind(), io::ErrorKind::InvalidData);
}

/// A reader that fails for real after some bytes.
struct Broken<'a>(&'a [u8]);

impl Read for Broken<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.0.is_empty() {
            return Err(io::ErrorKind::ConnectionReset.into());
        }
        let n = self.0.read(buf)?;
        Ok(n)
    }
}

#[test]
fn reader_passes_io_errors_on_and_counts_them() {
    let stream = encoded(&payloads()[..2]);
    let stats = Arc::new(Stats::new());
    let mut reader =
        FrameReader::<_, WireHeader>::new(Broken(&stream[..20])).with_stats(Arc::clone(&stats));
    assert!(reader.read_frame().unwrap().is_some());
    match reader.read_frame() {
        Err(StreamError::Io(err)) => assert_eq!(err.kind(), io::ErrorKind::ConnectionReset),
        other => panic!("expected an i/o error, got {other:?}"),
    }
    assert_eq!(stats.snapshot().errors(ErrorKind::Io), 1);
}

/// A writer that takes a few bytes per call (up to `max`, across slices in vectored
/// writes) and on a schedule returns `Interrupted` or `WouldBlock` instead.
struct Choppy {
    out: Vec<u8>,
    calls: usize,
    max: usize,
}

impl Choppy {
    fn obstacle(&mut self) -> Option<io::Error> {
        self.calls += 1;
        match self.calls % 7 {
            0 => Some(io::ErrorKind::WouldBlock.into()),
            3 => Some(io::ErrorKind::Interrupted.into()),
            _ => None,
        }
    }

    fn budget(&self) -> usize {
        1 + self.calls % self.max
    }
}

impl Write for Choppy {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if let Some(err) = self.obstacle() {
            return Err(err);
        }
        let n = buf.len().min(self.budget());
        self.out.extend_from_slice(&buf[..n]);
        Ok(n)
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        if let Some(err) = self.obstacle() {
            return Err(err);
        }
        let mut budget = self.budget();
        let mut written = 0;
        for buf in bufs {
            let n = buf.len().min(budget);
            self.out.extend_from_slice(&buf[..n]);
            written += n;
            budget -= n;
            if budget == 0 {
                break;
            }
        }
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn write_all_frames(writer: &mut FrameWriter<Choppy, WireHeader>, payloads: &[Vec<u8>]) -> usize {
    let mut would_block = 0;
    for (i, payload) in payloads.iter().enumerate() {
        loop {
            match writer.write_frame(FrameMeta::new(i as u16), payload) {
                Ok(()) => break,
                Err(err) if err.is_would_block() => would_block += 1,
                Err(err) => panic!("unexpected error: {err}"),
            }
        }
    }
    loop {
        match writer.flush() {
            Ok(()) => return would_block,
            Err(err) if err.is_would_block() => would_block += 1,
            Err(err) => panic!("unexpected error: {err}"),
        }
    }
}

#[test]
fn writer_survives_short_writes_interrupts_and_would_block() {
    let payloads = payloads();
    for (capacity, max) in [(8192, 13), (64, 300), (0, 1000), (512, 1)] {
        let encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
        let choppy = Choppy {
            out: Vec::new(),
            calls: 0,
            max,
        };
        let mut writer = FrameWriter::with_encoder(choppy, encoder).buffer_capacity(capacity);
        let would_block = write_all_frames(&mut writer, &payloads);
        assert!(
            would_block > 0,
            "capacity {capacity}: the schedule hit WouldBlock"
        );
        assert_eq!(writer.buffered(), 0);
        let out = writer.into_inner().unwrap().out;
        assert_eq!(
            out,
            encoded(&payloads),
            "capacity {capacity}, writes of at most {max} bytes"
        );
    }
}

#[test]
fn writer_then_reader_round_trip() {
    let payloads = payloads();
    let mut writer = FrameWriter::<_, LenU32Be>::new(Vec::new());
    for payload in &payloads {
        writer.write_frame(FrameMeta::default(), payload).unwrap();
    }
    let bytes = writer.into_inner().unwrap();
    let mut reader = FrameReader::<_, LenU32Be>::new(&bytes[..]);
    let mut got = Vec::new();
    while let Some(frame) = reader.read_frame().unwrap() {
        got.push(frame.payload().to_vec());
    }
    assert_eq!(got, payloads);
}

/// A writer that accepts nothing.
struct Full;

impl Write for Full {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Ok(0)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_writer_that_takes_nothing_is_write_zero() {
    let mut writer = FrameWriter::<_, LenU32Be>::new(Full).buffer_capacity(0);
    match writer.write_frame(FrameMeta::default(), b"abc") {
        Err(StreamError::Io(err)) => assert_eq!(err.kind(), io::ErrorKind::WriteZero),
        other => panic!("expected WriteZero, got {other:?}"),
    }
}

/// `stream` (the frames of `payloads`) damaged four ways: a flipped bit in frame 3's
/// length, a damaged payload byte in frame 10 (its CRC32C no longer matches), bytes that
/// are no frame between frames 20 and 21, and the last frame cut short. Returns the
/// damaged stream and the indices of the frames left whole.
fn damaged(payloads: &[Vec<u8>]) -> (Vec<u8>, Vec<usize>) {
    let stream = encoded(payloads);
    let mut starts = vec![0];
    for payload in payloads {
        starts.push(starts.last().unwrap() + WireHeader::LEN + payload.len());
    }
    let mut out = stream[..starts[21]].to_vec();
    out[starts[3] + 7] ^= 0x01;
    out[starts[10] + WireHeader::LEN + 5] ^= 0x40;
    out.extend_from_slice(b"no frame here");
    out.extend_from_slice(&stream[starts[21]..stream.len() - 5]);
    let whole = (0..payloads.len())
        .filter(|i| ![3, 10, payloads.len() - 1].contains(i))
        .collect();
    (out, whole)
}

#[test]
fn a_reader_that_skips_errors_keeps_going_past_corrupt_frames() {
    let payloads = payloads();
    let (stream, whole) = damaged(&payloads);

    // By default the first error ends the reading.
    let mut reader = FrameReader::<_, WireHeader>::new(&stream[..]);
    for _ in 0..3 {
        assert!(reader.read_frame().unwrap().is_some());
    }
    assert!(matches!(
        reader.read_frame().unwrap_err().frame_error(),
        Some(FrameError::HeaderChecksumMismatch { .. })
    ));

    // Asked to, it passes over each damage, one byte per read, through WouldBlock and
    // Interrupted, and counts what it passed over.
    let stats = Arc::new(Stats::new());
    let mut reader = FrameReader::with_decoder(
        Trickle {
            bytes: &stream,
            calls: 0,
        },
        FrameDecoder::<WireHeader>::new().require_checksum(true),
    )
    .skip_errors(true)
    .with_stats(Arc::clone(&stats));
    let mut got = Vec::new();
    loop {
        match reader.read_frame() {
            Ok(Some(frame)) => got.push(usize::from(frame.msg_type().unwrap())),
            Ok(None) => break,
            Err(err) if err.is_would_block() => {}
            Err(err) => panic!("an error past skip_errors: {err}"),
        }
    }
    assert_eq!(got, whole);
    assert_eq!(reader.decoder().skipped_errors(), 4);
    let snap = stats.snapshot();
    // The bad header CRC and the bad CRC32C, the bytes that are no frame, the cut frame.
    assert_eq!(snap.errors(ErrorKind::BadChecksum), 2);
    assert_eq!(snap.errors(ErrorKind::BadSync), 1);
    assert_eq!(snap.errors(ErrorKind::BadHeader), 1);
    assert_eq!(snap.total_errors(), 4);
    assert_eq!(snap.bytes_in + snap.bytes_skipped, stream.len() as u64);
    assert_eq!(snap.bytes_skipped, reader.decoder().skipped_bytes());
}
