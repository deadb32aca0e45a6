//! `WireCodec` against tokio-util's `LengthDelimitedCodec`, on buffers and over a socket.
#![cfg(feature = "tokio")]

use bytes::{Bytes, BytesMut};
use futures_util::{SinkExt, StreamExt};
use tokio_util::codec::{Decoder, Encoder, Framed, LengthDelimitedCodec};
use wire::frame::{FrameError, FrameMeta, LenU32Be, WireCodec, WireHeader};
use wire::io::StreamError;

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
        buf.capacity() >= 14 + 5000,
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
