//! Frame decoding throughput: `wire`'s `FrameDecoder` against tokio-util's
//! `LengthDelimitedCodec` doing the same work, with a plain copy of the stream as the
//! baseline.
//!
//! Each iteration decodes a 1 MiB stream the way a socket reader delivers it: 64 KiB
//! chunks copied into the decoder's buffer (the one copy a read makes), then every
//! complete frame taken out. Groups: 64-byte and 1 KiB payloads, each without and with a
//! CRC32C per frame (`frame_decode_crc_*`). Without CRC both decoders read the same
//! bytes (a 4-byte big-endian length, tokio-util's default); with CRC `wire` reads its
//! 16-byte `WireHeader` and tokio-util reads the same frames through a builder-configured
//! length field, the caller checking both CRCs of each frame (the header's CRC-16 and the
//! frame's CRC32C).
//!
//! `frame_header_read` isolates what the header's CRC-16 costs: 1024 `WireHeader`s read
//! by `WireHeader::read` (sync word, flags, CRC field, header CRC-16), against the
//! baseline of the same reads and checks without the CRC-16, written by hand.

use bytes::BytesMut;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use tokio_util::codec::{Decoder, LengthDelimitedCodec};
use wire::frame::{
    crc16_ibm_3740, crc32c, crc32c_append, FrameDecoder, FrameEncoder, FrameFlags, FrameHeader,
    FrameMeta, LenU32Be, WireHeader,
};

const STREAM_LEN: usize = 1 << 20;
const CHUNK: usize = 64 * 1024;

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

/// A copy destination for `stream` at the same offset within a 4 KiB page as the
/// stream itself. With heap buffers a few bytes apart modulo 4 KiB, the CPU's string
/// copy can fall into a slow path (its loads and stores alias), and the baseline would
/// measure that accident instead of the memory bandwidth.
fn page_aligned_copy_buffer(stream: &[u8]) -> (Vec<u8>, usize) {
    let buf = vec![0u8; stream.len() + 4096];
    let offset = (stream.as_ptr() as usize).wrapping_sub(buf.as_ptr() as usize) % 4096;
    (buf, offset)
}

fn baseline_memcpy(stream: &[u8], into: &mut [u8]) -> usize {
    for (chunk, dst) in stream.chunks(CHUNK).zip(into.chunks_mut(CHUNK)) {
        dst.copy_from_slice(chunk);
        black_box(&dst[..]);
    }
    stream.len()
}

fn wire_decode<H: FrameHeader>(stream: &[u8], decoder: &mut FrameDecoder<H>) -> usize {
    let mut frames = 0;
    for chunk in stream.chunks(CHUNK) {
        decoder.push(chunk);
        while let Some(frame) = decoder.next_frame().expect("valid stream") {
            black_box(frame.payload());
            frames += 1;
        }
    }
    frames
}

fn tokio_decode(stream: &[u8], codec: &mut LengthDelimitedCodec, buf: &mut BytesMut) -> usize {
    let mut frames = 0;
    for chunk in stream.chunks(CHUNK) {
        buf.extend_from_slice(chunk);
        while let Some(frame) = codec.decode(buf).expect("valid stream") {
            black_box(&frame[..]);
            frames += 1;
        }
    }
    frames
}

/// tokio-util reading `WireHeader` frames whole; the caller checks each header's CRC-16
/// and each frame's CRC32C.
fn tokio_decode_crc(stream: &[u8], codec: &mut LengthDelimitedCodec, buf: &mut BytesMut) -> usize {
    let mut frames = 0;
    for chunk in stream.chunks(CHUNK) {
        buf.extend_from_slice(chunk);
        while let Some(frame) = codec.decode(buf).expect("valid stream") {
            let header_crc = u16::from_be_bytes([frame[14], frame[15]]);
            assert_eq!(header_crc, crc16_ibm_3740(&frame[..14]), "header crc-16");
            let carried = u32::from_be_bytes([frame[10], frame[11], frame[12], frame[13]]);
            let computed = crc32c_append(crc32c(&frame[..10]), &frame[WireHeader::LEN..]);
            assert_eq!(carried, computed, "crc32c");
            black_box(&frame[WireHeader::LEN..]);
            frames += 1;
        }
    }
    frames
}

fn group(c: &mut Criterion, name: &str, payload_len: usize, crc: bool) {
    let mut g = c.benchmark_group(name);
    g.measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));
    if crc {
        let stream = stream(
            &mut FrameEncoder::<WireHeader>::new().with_checksum(true),
            payload_len,
        );
        let frames = STREAM_LEN / (WireHeader::LEN + payload_len);
        g.throughput(Throughput::Bytes(stream.len() as u64));
        let (mut copy, at) = page_aligned_copy_buffer(&stream);
        g.bench_function("baseline_memcpy", |b| {
            b.iter(|| baseline_memcpy(&stream, &mut copy[at..at + stream.len()]))
        });
        // The length field of a WireHeader: 4 bytes at offset 6. Nothing is skipped and
        // the 16 header bytes are added to the length, so the whole frame is handed out.
        let mut codec = LengthDelimitedCodec::builder()
            .length_field_offset(6)
            .length_field_length(4)
            .length_adjustment(WireHeader::LEN as isize)
            .num_skip(0)
            .new_codec();
        let mut buf = BytesMut::with_capacity(2 * CHUNK);
        assert_eq!(tokio_decode_crc(&stream, &mut codec, &mut buf), frames);
        g.bench_function("tokio_util", |b| {
            b.iter(|| tokio_decode_crc(&stream, &mut codec, &mut buf))
        });
        let mut decoder = FrameDecoder::<WireHeader>::new().require_checksum(true);
        assert_eq!(wire_decode(&stream, &mut decoder), frames);
        g.bench_function("wire", |b| b.iter(|| wire_decode(&stream, &mut decoder)));
    } else {
        let stream = stream(&mut FrameEncoder::<LenU32Be>::new(), payload_len);
        let frames = STREAM_LEN / (LenU32Be::LEN + payload_len);
        g.throughput(Throughput::Bytes(stream.len() as u64));
        let (mut copy, at) = page_aligned_copy_buffer(&stream);
        g.bench_function("baseline_memcpy", |b| {
            b.iter(|| baseline_memcpy(&stream, &mut copy[at..at + stream.len()]))
        });
        let mut codec = LengthDelimitedCodec::new();
        let mut buf = BytesMut::with_capacity(2 * CHUNK);
        assert_eq!(tokio_decode(&stream, &mut codec, &mut buf), frames);
        g.bench_function("tokio_util", |b| {
            b.iter(|| tokio_decode(&stream, &mut codec, &mut buf))
        });
        let mut decoder = FrameDecoder::<LenU32Be>::new();
        assert_eq!(wire_decode(&stream, &mut decoder), frames);
        g.bench_function("wire", |b| b.iter(|| wire_decode(&stream, &mut decoder)));
    }
    g.finish();
}

fn frame_decode(c: &mut Criterion) {
    group(c, "frame_decode_64B", 64, false);
    group(c, "frame_decode_1KiB", 1024, false);
    group(c, "frame_decode_crc_64B", 64, true);
    group(c, "frame_decode_crc_1KiB", 1024, true);
    header_read(c);
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

fn header_read(c: &mut Criterion) {
    let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    let mut headers = vec![[0u8; 16]; HEADERS];
    for (i, header) in headers.iter_mut().enumerate() {
        let payload = vec![i as u8; i % 100];
        let frame = encoder
            .prepare(FrameMeta::new(i as u16), &payload)
            .expect("fits");
        header.copy_from_slice(frame.header());
    }
    let mut g = c.benchmark_group("frame_header_read");
    g.throughput(Throughput::Elements(HEADERS as u64));
    g.bench_function("baseline_no_header_crc", |b| {
        b.iter(|| {
            let mut sum = 0u64;
            for header in black_box(&headers) {
                let h = read_without_header_crc(header).expect("valid header");
                sum += u64::from(h.payload_len) + u64::from(h.msg_type);
            }
            sum
        })
    });
    g.bench_function("wire", |b| {
        b.iter(|| {
            let mut sum = 0u64;
            for header in black_box(&headers) {
                let h = WireHeader::read(header).expect("valid header");
                sum += u64::from(h.payload_len) + u64::from(h.msg_type);
            }
            sum
        })
    });
    g.finish();
}

criterion_group!(benches, frame_decode);
criterion_main!(benches);
