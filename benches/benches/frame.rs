//! Frame decoding throughput: `wire` against tokio-util's `LengthDelimitedCodec` doing
//! the same work, with a plain copy of the stream as the baseline.
//!
//! Each iteration decodes a 1 MiB stream the way a socket reader delivers it: 64 KiB
//! chunks copied into the decoder's buffer (the one copy a read makes), then every
//! complete frame taken out. Groups: 64-byte and 1 KiB payloads, each without and with a
//! CRC32C per frame (`frame_decode_crc_*`). Without CRC every decoder reads the same
//! bytes (a 4-byte big-endian length, tokio-util's default); with CRC `wire` reads its
//! 16-byte `WireHeader` and tokio-util reads the same frames through a builder-configured
//! length field, the caller checking both CRCs of each frame (the header's CRC-16 and the
//! frame's CRC32C).
//!
//! Like with like:
//! - **Ownership.** tokio-util hands out each frame as an owned `BytesMut` split off its
//!   read buffer; `wire`'s `FrameDecoder` lends a slice of its own. Both are here:
//!   `wire` (borrowed, `FrameDecoder`) and `wire_owned` (`WireCodec`, the same tokio-util
//!   `Decoder` interface and the same owned `BytesMut` frames as tokio-util).
//! - **Buffers.** Every contender copies the chunks into a buffer of the same size,
//!   [`BUFFER`] (two chunks), allocated once and reused for every iteration; the
//!   baseline copies chunk `i` into half `i % 2` of such a buffer, which is where the
//!   decoders put it too (each moves the unread tail of a frame to the front when the
//!   next chunk does not fit behind it).
//! - **Alignment.** A copy whose source and destination are a few bytes apart modulo
//!   4 KiB can run several times slower (its loads alias the stores it just made: the
//!   `frame_copy_alias` group measures it), so where a buffer happens to land would
//!   decide a ratio. Each contender therefore gets its own copy of the stream, placed at
//!   the same offset within a 4 KiB page as the spot its buffer receives the first chunk
//!   (measured by a probe pass, checked again after): every contender's first copy has
//!   its source and destination 0 bytes apart modulo 4 KiB. With
//!   `WIRE_BENCH_FRAME_UNPLACED=1` each copy keeps the stream's page offset as allocated,
//!   as the earlier bench did (each placement is printed either way).
//!
//! `frame_header_read` isolates what the header's CRC-16 costs: 1024 `WireHeader`s read
//! by `WireHeader::read` (sync word, flags, CRC field, header CRC-16), against the
//! baseline of the same reads and checks without the CRC-16, written by hand.
//!
//! Groups and contenders run in an order shuffled per run (see `common`).
//!
//! Run: `cargo bench -p wire-benches --bench frame`, then
//! `cargo run -p wire-benches --release --bin report`.

mod common;

use bytes::BytesMut;
use common::{run_groups, Contenders, Run};
use criterion::{Criterion, Throughput};
use std::hint::black_box;
use tokio_util::codec::{Decoder, LengthDelimitedCodec};
use wire::frame::{
    crc16_ibm_3740, crc32c, crc32c_append, FrameDecoder, FrameEncoder, FrameFlags, FrameHeader,
    FrameMeta, LenU32Be, WireCodec, WireHeader,
};

const STREAM_LEN: usize = 1 << 20;
const CHUNK: usize = 64 * 1024;
/// The read buffer of every contender: room for two chunks.
const BUFFER: usize = 2 * CHUNK;
const PAGE: usize = 4096;

/// As many frames with `payload_len`-byte payloads as fit in 1 MiB.
fn stream<H: FrameHeader>(encoder: &mut FrameEncoder<H>, payload_len: usize) -> Vec<u8> {
    let frames = STREAM_LEN / (H::LEN + payload_len);
    let mut stream = Vec::with_capacity(STREAM_LEN);
    for i in 0..frames {
        let payload: Vec<u8> = (0..payload_len).map(|j| (i * 31 + j) as u8).collect();
        encoder
            .append(FrameMeta::new(i as u16), &payload, &mut stream)
            .expect("payload fits");
    }
    stream
}

/// A copy of a stream whose first byte sits at a chosen offset within a 4 KiB page.
struct Placed {
    buf: Vec<u8>,
    at: usize,
    len: usize,
}

impl Placed {
    fn new(stream: &[u8], page_offset: usize) -> Placed {
        let mut buf = vec![0u8; stream.len() + PAGE];
        let at = (page_offset % PAGE + PAGE - buf.as_ptr() as usize % PAGE) % PAGE;
        buf[at..at + stream.len()].copy_from_slice(stream);
        Placed {
            buf,
            at,
            len: stream.len(),
        }
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[self.at..self.at + self.len]
    }
}

/// Where each frame goes: `black_box` when timed, or the probe that finds where the
/// first chunk of a pass landed. Generic, so the timed code carries no probe.
trait Sink {
    /// `start` is the address of the frame's first byte (its header) in the buffer.
    fn frame(&mut self, start: usize, payload: &[u8]);
}

struct Consume;

impl Sink for Consume {
    #[inline(always)]
    fn frame(&mut self, _start: usize, payload: &[u8]) {
        black_box(payload);
    }
}

/// Records the address of the first frame of a pass: the stream starts with a frame
/// and every pass starts on an empty buffer, so it is where the first chunk was copied.
#[derive(Default)]
struct FirstFrame(Option<usize>);

impl Sink for FirstFrame {
    fn frame(&mut self, start: usize, _payload: &[u8]) {
        self.0.get_or_insert(start);
    }
}

/// The baseline: the one copy a reader makes, chunk `i` into half `i % 2` of `into`.
fn memcpy<S: Sink>(stream: &[u8], into: &mut [u8], sink: &mut S) -> usize {
    for (i, chunk) in stream.chunks(CHUNK).enumerate() {
        let half = (i % 2) * CHUNK;
        let dst = &mut into[half..half + chunk.len()];
        dst.copy_from_slice(chunk);
        sink.frame(dst.as_ptr() as usize, dst);
    }
    stream.len()
}

fn wire_borrowed<H: FrameHeader, S: Sink>(
    stream: &[u8],
    decoder: &mut FrameDecoder<H>,
    sink: &mut S,
) -> usize {
    let mut frames = 0;
    for chunk in stream.chunks(CHUNK) {
        decoder.push(chunk);
        while let Some(frame) = decoder.next_frame().expect("valid stream") {
            let payload = frame.payload();
            sink.frame(payload.as_ptr() as usize - H::LEN, payload);
            frames += 1;
        }
    }
    frames
}

fn wire_owned<H: FrameHeader, S: Sink>(
    stream: &[u8],
    codec: &mut WireCodec<H>,
    buf: &mut BytesMut,
    sink: &mut S,
) -> usize {
    let mut frames = 0;
    for chunk in stream.chunks(CHUNK) {
        buf.extend_from_slice(chunk);
        while let Some(frame) = codec.decode(buf).expect("valid stream") {
            // The payload is split off the read buffer after its header: same allocation.
            sink.frame(frame.payload.as_ptr() as usize - H::LEN, &frame.payload);
            frames += 1;
        }
    }
    frames
}

fn tokio_plain<S: Sink>(
    stream: &[u8],
    codec: &mut LengthDelimitedCodec,
    buf: &mut BytesMut,
    sink: &mut S,
) -> usize {
    let mut frames = 0;
    for chunk in stream.chunks(CHUNK) {
        buf.extend_from_slice(chunk);
        while let Some(frame) = codec.decode(buf).expect("valid stream") {
            // The default codec skips the 4 length bytes before splitting the frame off.
            sink.frame(frame.as_ptr() as usize - LenU32Be::LEN, &frame);
            frames += 1;
        }
    }
    frames
}

/// tokio-util reading `WireHeader` frames whole; the caller checks each header's CRC-16
/// and each frame's CRC32C.
fn tokio_crc<S: Sink>(
    stream: &[u8],
    codec: &mut LengthDelimitedCodec,
    buf: &mut BytesMut,
    sink: &mut S,
) -> usize {
    let mut frames = 0;
    for chunk in stream.chunks(CHUNK) {
        buf.extend_from_slice(chunk);
        while let Some(frame) = codec.decode(buf).expect("valid stream") {
            let header_crc = u16::from_be_bytes([frame[14], frame[15]]);
            assert_eq!(header_crc, crc16_ibm_3740(&frame[..14]), "header crc-16");
            let carried = u32::from_be_bytes([frame[10], frame[11], frame[12], frame[13]]);
            let computed = crc32c_append(crc32c(&frame[..10]), &frame[WireHeader::LEN..]);
            assert_eq!(carried, computed, "crc32c");
            sink.frame(frame.as_ptr() as usize, &frame[WireHeader::LEN..]);
            frames += 1;
        }
    }
    frames
}

/// Places `stream` for one contender: runs `pass` to reach the contender's steady
/// state, finds where its first chunk lands, and returns a copy of the stream at the
/// same page offset, after checking that a pass over it decodes `frames` frames and
/// lands its first chunk at the same address again (the buffer is reused, not moved).
fn place(
    name: &str,
    id: &str,
    stream: &[u8],
    frames: usize,
    mut pass: impl FnMut(&[u8], &mut FirstFrame) -> usize,
) -> Placed {
    assert_eq!(
        pass(stream, &mut FirstFrame::default()),
        frames,
        "{name}/{id}"
    );
    let mut probe = FirstFrame::default();
    pass(stream, &mut probe);
    let dst = probe.0.expect("the stream has frames");
    // `WIRE_BENCH_FRAME_UNPLACED=1` keeps the stream's own page offset, as the earlier
    // bench did, to see what the accident of allocation did to a contender.
    let unplaced = std::env::var_os("WIRE_BENCH_FRAME_UNPLACED").is_some();
    let page_offset = if unplaced {
        stream.as_ptr() as usize
    } else {
        dst
    };
    let placed = Placed::new(stream, page_offset % PAGE);
    let mut check = FirstFrame::default();
    assert_eq!(pass(placed.bytes(), &mut check), frames, "{name}/{id}");
    assert_eq!(
        check.0,
        Some(dst),
        "{name}/{id}: the read buffer moved between passes, its alignment cannot be set"
    );
    eprintln!(
        "wire-benches: {name}/{id}: buffer page offset {}, stream {} as allocated, \
         placed at {} (destination - source = {} mod 4096)",
        dst % PAGE,
        stream.as_ptr() as usize % PAGE,
        placed.bytes().as_ptr() as usize % PAGE,
        (dst + PAGE - placed.bytes().as_ptr() as usize % PAGE) % PAGE,
    );
    placed
}

/// The memcpy baseline and the contenders of one decode group, sharing its shape.
fn decode_group(run: &mut Run, c: &mut Criterion, name: &'static str, payload_len: usize) {
    let crc = name.contains("_crc_");
    let header_len = if crc { WireHeader::LEN } else { LenU32Be::LEN };
    let stream = if crc {
        stream(
            &mut FrameEncoder::<WireHeader>::new().with_checksum(true),
            payload_len,
        )
    } else {
        stream(&mut FrameEncoder::<LenU32Be>::new(), payload_len)
    };
    let frames = STREAM_LEN / (header_len + payload_len);
    let mut g = Contenders::new(name, Throughput::Bytes(stream.len() as u64));

    let mut copy = vec![0u8; BUFFER];
    // `memcpy` counts bytes, not frames.
    let src = place(name, "baseline_memcpy", &stream, stream.len(), |s, p| {
        memcpy(s, &mut copy, p)
    });
    g.add("baseline_memcpy", move |b| {
        b.iter(|| memcpy(src.bytes(), &mut copy, &mut Consume))
    });

    // tokio-util; with CRC, the length field of a WireHeader: 4 bytes at offset 6.
    // Nothing is skipped and the 16 header bytes are added to the length, so the whole
    // frame is handed out and the caller checks it.
    let mut codec = if crc {
        LengthDelimitedCodec::builder()
            .length_field_offset(6)
            .length_field_length(4)
            .length_adjustment(WireHeader::LEN as isize)
            .num_skip(0)
            .new_codec()
    } else {
        LengthDelimitedCodec::new()
    };
    let mut buf = BytesMut::with_capacity(BUFFER);
    let src = place(name, "tokio_util", &stream, frames, |s, p| {
        if crc {
            tokio_crc(s, &mut codec, &mut buf, p)
        } else {
            tokio_plain(s, &mut codec, &mut buf, p)
        }
    });
    g.add("tokio_util", move |b| {
        b.iter(|| {
            if crc {
                tokio_crc(src.bytes(), &mut codec, &mut buf, &mut Consume)
            } else {
                tokio_plain(src.bytes(), &mut codec, &mut buf, &mut Consume)
            }
        })
    });

    if crc {
        add_wire::<WireHeader>(&mut g, name, &stream, frames);
    } else {
        add_wire::<LenU32Be>(&mut g, name, &stream, frames);
    }
    g.finish(run, c);
}

/// `wire` (borrowed frames) and `wire_owned` (owned frames through `WireCodec`).
fn add_wire<H: FrameHeader + 'static>(
    g: &mut Contenders<'_>,
    name: &str,
    stream: &[u8],
    frames: usize,
) {
    let mut decoder = FrameDecoder::<H>::new()
        .with_capacity(BUFFER)
        .require_checksum(H::LEN == WireHeader::LEN);
    let src = place(name, "wire", stream, frames, |s, p| {
        wire_borrowed(s, &mut decoder, p)
    });
    g.add("wire", move |b| {
        b.iter(|| wire_borrowed(src.bytes(), &mut decoder, &mut Consume))
    });

    let mut codec = WireCodec::<H>::new().require_checksum(H::LEN == WireHeader::LEN);
    let mut buf = BytesMut::with_capacity(BUFFER);
    let src = place(name, "wire_owned", stream, frames, |s, p| {
        wire_owned(s, &mut codec, &mut buf, p)
    });
    g.add("wire_owned", move |b| {
        b.iter(|| wire_owned(src.bytes(), &mut codec, &mut buf, &mut Consume))
    });
}

fn frame_decode_64b(run: &mut Run, c: &mut Criterion) {
    decode_group(run, c, "frame_decode_64b", 64);
}

fn frame_decode_1kib(run: &mut Run, c: &mut Criterion) {
    decode_group(run, c, "frame_decode_1kib", 1024);
}

fn frame_decode_crc_64b(run: &mut Run, c: &mut Criterion) {
    decode_group(run, c, "frame_decode_crc_64b", 64);
}

fn frame_decode_crc_1kib(run: &mut Run, c: &mut Criterion) {
    decode_group(run, c, "frame_decode_crc_1kib", 1024);
}

/// The cost of a copy whose source and destination are `distance` bytes apart modulo
/// 4 KiB: the baseline's copy (1 MiB in 64 KiB chunks into a reused 128 KiB buffer) at
/// 0, 16, 64 and 2048 bytes, and 64 bytes the other way (4032).
fn frame_copy_alias(run: &mut Run, c: &mut Criterion) {
    let stream = stream(&mut FrameEncoder::<LenU32Be>::new(), 1024);
    let mut g = Contenders::new("frame_copy_alias", Throughput::Bytes(stream.len() as u64));
    let cases: [(&'static str, usize); 5] = [
        ("baseline_distance_0", 0),
        ("distance_16", 16),
        ("distance_64", 64),
        ("distance_2048", 2048),
        ("distance_4032", 4032),
    ];
    for (id, distance) in cases {
        let mut copy = vec![0u8; BUFFER];
        // source = destination - distance (mod 4096): the destination is `distance`
        // bytes ahead of the source within the page.
        let dst = copy.as_ptr() as usize % PAGE;
        let src = Placed::new(&stream, (dst + PAGE - distance) % PAGE);
        g.add(id, move |b| {
            b.iter(|| memcpy(src.bytes(), &mut copy, &mut Consume))
        });
    }
    g.finish(run, c);
}

const HEADERS: usize = 1024;

/// Every check `WireHeader::read` makes but the CRC-16, by hand: the sync word, no
/// reserved flag, no CRC without its flag; then the fields.
fn read_without_header_crc(b: &[u8; 16]) -> Option<WireHeader> {
    if b[..2] != WireHeader::SYNC.to_be_bytes() || b[5] & !FrameFlags::KNOWN.bits() != 0 {
        return None;
    }
    let crc = u32::from_be_bytes([b[10], b[11], b[12], b[13]]);
    let flags = FrameFlags::from_bits(b[5]);
    if crc != 0 && !flags.contains(FrameFlags::CHECKSUM) {
        return None;
    }
    Some(WireHeader {
        msg_type: u16::from_be_bytes([b[2], b[3]]),
        version: b[4],
        flags,
        payload_len: u32::from_be_bytes([b[6], b[7], b[8], b[9]]),
        crc,
    })
}

fn frame_header_read(run: &mut Run, c: &mut Criterion) {
    let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    let mut headers = vec![[0u8; 16]; HEADERS];
    for (i, header) in headers.iter_mut().enumerate() {
        let payload = vec![i as u8; i % 100];
        let frame = encoder
            .prepare(FrameMeta::new(i as u16), &payload)
            .expect("fits");
        header.copy_from_slice(frame.header());
    }
    let headers = &headers;
    let mut g = Contenders::new("frame_header_read", Throughput::Elements(HEADERS as u64));
    g.add("baseline_no_header_crc", move |b| {
        b.iter(|| {
            let mut sum = 0u64;
            for header in black_box(headers) {
                let h = read_without_header_crc(header).expect("valid header");
                sum += u64::from(h.payload_len) + u64::from(h.msg_type);
            }
            sum
        })
    });
    g.add("wire", move |b| {
        b.iter(|| {
            let mut sum = 0u64;
            for header in black_box(headers) {
                let h = WireHeader::read(header).expect("valid header");
                sum += u64::from(h.payload_len) + u64::from(h.msg_type);
            }
            sum
        })
    });
    g.finish(run, c);
}

fn main() {
    run_groups(
        "frame",
        &mut [
            frame_decode_64b,
            frame_decode_1kib,
            frame_decode_crc_64b,
            frame_decode_crc_1kib,
            frame_copy_alias,
            frame_header_read,
        ],
    );
}
