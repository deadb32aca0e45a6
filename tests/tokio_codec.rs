//! `WireCodec` against tokio-util's `LengthDelimitedCodec`, on buffers and over a socket.
#![cfg(feature = "tokio")]

use bytes::{Bytes, BytesMut};
use futures_util::{SinkExt, StreamExt};
use std::sync::Arc;
use tokio_util::codec::FramedRead;
use tokio_util::codec::{Decoder, Encoder, Framed, LengthDelimitedCodec};
use wire::frame::{
    FrameEncoder, FrameError, FrameHeader, FrameMeta, LenU32Be, WireCodec, WireHeader,
};
use wire::io::StreamError;
use wire::stats::{ErrorKind, Stats};

fn payloads() -> Vec<Bytes> {
    (0..50usize)
        .map(|i| {
            Bytes::from(
                (0..(i * 53) % 700)
                    .map(|j| (i ^ j) as u8)
                    .collect::<Vec<u8>>(),
            )
        })
        .collect()
}

#[test]
fn our_codec_reads_what_length_delimited_writes() {
    let mut theirs = LengthDelimitedCodec::new();
    let mut stream = BytesMut::new();
    for payload in payloads() {
        theirs.encode(payload, &mut stream).unwrap();
    }
    let stream = stream.freeze();

    // All at once, then one byte at a time.
    for piece_len in [stream.len(), 1] {
        let mut ours = WireCodec::<LenU32Be>::new();
        let mut buf = BytesMut::new();
        let mut got = Vec::new();
        for piece in stream.chunks(piece_len) {
            buf.extend_from_slice(piece);
            while let Some(frame) = ours.decode(&mut buf).unwrap() {
                got.push(frame.payload.freeze());
            }
        }
        assert_eq!(got, payloads(), "pieces of {piece_len}");
        assert!(buf.is_empty());
    }
}

#[test]
fn length_delimited_reads_what_our_codec_writes() {
    let mut ours = WireCodec::<LenU32Be>::new();
    let mut stream = BytesMut::new();
    for (i, payload) in payloads().into_iter().enumerate() {
        // Every accepted item type writes the same bytes.
        match i % 3 {
            0 => ours.encode(payload, &mut stream).unwrap(),
            1 => ours.encode(&payload[..], &mut stream).unwrap(),
            _ => ours
                .encode((FrameMeta::default(), payload), &mut stream)
                .unwrap(),
        }
    }
    let mut theirs = LengthDelimitedCodec::new();
    let mut got = Vec::new();
    while let Some(frame) = theirs.decode(&mut stream).unwrap() {
        got.push(frame.freeze());
    }
    assert_eq!(got, payloads());
    assert!(stream.is_empty());
}

#[test]
fn none_means_more_bytes_and_the_frame_is_reserved() {
    let mut codec = WireCodec::<WireHeader>::new().with_checksum(true);
    let mut full = BytesMut::new();
    codec
        .encode((FrameMeta::new(4), &[9u8; 5000][..]), &mut full)
        .unwrap();
    let mut buf = BytesMut::from(&full[..20]);
    assert!(codec.decode(&mut buf).unwrap().is_none());
    assert!(
        buf.capacity() >= WireHeader::LEN + 5000,
        "room for the whole frame: {}",
        buf.capacity()
    );
    buf.extend_from_slice(&full[20..]);
    let frame = codec.decode(&mut buf).unwrap().unwrap();
    assert_eq!(
        (frame.header.msg_type, frame.payload.len(), frame.offset),
        (4, 5000, 0)
    );
}

#[test]
fn a_4_gib_length_is_refused_before_reserving() {
    let mut codec = WireCodec::<LenU32Be>::new().max_frame_len(1 << 20);
    let mut buf = BytesMut::with_capacity(64);
    buf.extend_from_slice(&u32::MAX.to_be_bytes());
    let err = codec.decode(&mut buf).unwrap_err();
    assert!(matches!(
        err,
        StreamError::Frame(FrameError::TooLarge {
            len: 4_294_967_295,
            max: 1_048_576,
            ..
        })
    ));
    assert_eq!(buf.capacity(), 64, "nothing was reserved");
}

#[test]
fn a_stream_ending_inside_a_frame_is_truncated() {
    let mut codec = WireCodec::<LenU32Be>::new();
    let mut buf = BytesMut::from(&b"\x00\x00\x00\x05abc"[..]);
    assert!(codec.decode(&mut buf).unwrap().is_none());
    let err = codec.decode_eof(&mut buf).unwrap_err();
    assert!(matches!(
        err,
        StreamError::Frame(FrameError::Truncated {
            offset: 0,
            needed: 9,
            available: 7
        })
    ));
}

#[tokio::test(flavor = "current_thread")]
async fn framed_over_loopback_interoperates_with_length_delimited() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    // The peer speaks tokio-util's codec and echoes every frame back reversed.
    let peer = tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        let mut framed = Framed::new(socket, LengthDelimitedCodec::new());
        let mut echoed = 0;
        while let Some(frame) = framed.next().await {
            let mut frame = frame.unwrap();
            frame.reverse();
            framed.send(frame.freeze()).await.unwrap();
            echoed += 1;
        }
        echoed
    });

    let socket = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut framed = Framed::new(socket, WireCodec::<LenU32Be>::new());
    for payload in payloads() {
        framed.send(payload.clone()).await.unwrap();
        let echo = framed.next().await.unwrap().unwrap();
        let mut expected = payload.to_vec();
        expected.reverse();
        assert_eq!(&echo.payload[..], &expected[..]);
    }
    drop(framed); // closes the socket; the peer's stream ends
    assert_eq!(peer.await.unwrap(), payloads().len());
}

/// The frames of `payloads()` with their CRC32C, damaged three ways: a flipped bit in frame
/// 3's length, a damaged payload byte in frame 10, and bytes that are no frame between
/// frames 20 and 21. Returns the stream and the indices of the frames left whole.
fn damaged() -> (Vec<u8>, Vec<usize>) {
    let payloads = payloads();
    let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    let mut stream = Vec::new();
    let mut starts = Vec::new();
    for (i, payload) in payloads.iter().enumerate() {
        if i == 21 {
            stream.extend_from_slice(b"no frame here");
        }
        starts.push(stream.len());
        encoder
            .append(FrameMeta::new(i as u16), payload, &mut stream)
            .unwrap();
    }
    stream[starts[3] + 7] ^= 0x01;
    stream[starts[10] + WireHeader::LEN + 5] ^= 0x40;
    let whole = (0..payloads.len())
        .filter(|i| ![3, 10].contains(i))
        .collect();
    (stream, whole)
}

/// A reader that hands out at most 7 bytes per read, so frames and damage arrive in
/// pieces.
struct Sevens<'a>(&'a [u8]);

impl tokio::io::AsyncRead for Sevens<'_> {
    fn poll_read(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let this = self.get_mut();
        let (piece, rest) = this.0.split_at(this.0.len().min(7).min(buf.remaining()));
        buf.put_slice(piece);
        this.0 = rest;
        std::task::Poll::Ready(Ok(()))
    }
}

#[tokio::test(flavor = "current_thread")]
async fn framed_read_with_skip_errors_keeps_going_past_corrupt_frames() {
    let (stream, whole) = damaged();

    // By default `FramedRead` ends the stream after the first error.
    let codec = WireCodec::<WireHeader>::new().resync(true);
    let mut frames = FramedRead::new(&stream[..], codec);
    for i in 0..3 {
        assert_eq!(frames.next().await.unwrap().unwrap().header.msg_type, i);
    }
    assert!(matches!(
        frames.next().await,
        Some(Err(StreamError::Frame(
            FrameError::HeaderChecksumMismatch { .. }
        )))
    ));
    assert!(
        frames.next().await.is_none(),
        "the stream ended at the error"
    );

    // Asked to, the codec passes over each damage and the stream goes on to the end.
    let stats = Arc::new(Stats::new());
    let codec = WireCodec::<WireHeader>::new()
        .require_checksum(true)
        .skip_errors(true)
        .with_stats(Arc::clone(&stats));
    let mut frames = FramedRead::new(Sevens(&stream), codec);
    let mut got = Vec::new();
    while let Some(frame) = frames.next().await {
        got.push(usize::from(frame.unwrap().header.msg_type));
    }
    assert_eq!(got, whole);
    assert_eq!(frames.decoder().skipped_errors(), 3);
    let snap = stats.snapshot();
    assert_eq!(snap.errors(ErrorKind::BadChecksum), 2);
    assert_eq!(snap.errors(ErrorKind::BadSync), 1);
    assert_eq!(snap.total_errors(), 3);
    assert_eq!(snap.bytes_in + snap.bytes_skipped, stream.len() as u64);
    assert_eq!(snap.bytes_skipped, frames.decoder().skipped_bytes());
}
