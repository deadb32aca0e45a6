//! The typed tokio codec over a real socket: `Framed<TcpStream, MessageCodec<Msg>>` sends
//! and receives `Msg`, and `flush()`/`close()` need no annotation, with `?` converting
//! both the codec's errors and `std::io::Error` into `MessageError`.
#![cfg(feature = "tokio")]

use bytes::BytesMut;
use futures_util::{SinkExt, StreamExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::{Decoder, Encoder, Framed};
use wire::frame::{
    FrameEncoder, MessageCodec, MessageError, MessageFrameCodec, MessageRefCodec, WireCodec,
    WireHeader,
};
use wire::prelude::*;

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Ping {
    pub seq: u32,
}

#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Chat {
    #[wire(len = "u8")]
    pub text: String,
}

#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(tag = "header")]
pub enum Msg {
    #[wire(id = 1)]
    Ping(Ping),
    #[wire(id = 2)]
    Chat(Chat),
}

/// Exactly what the issue could not compile: `flush` and `close` without annotations, `?`
/// on the sink's errors and on `std::io::Error` in one function.
async fn client(addr: std::net::SocketAddr, count: u32) -> Result<Vec<Msg>, MessageError> {
    let socket = TcpStream::connect(addr).await?;
    let mut framed = Framed::new(socket, MessageCodec::<Msg>::new().checksum(true));
    for seq in 0..count {
        framed.feed(Msg::Ping(Ping { seq })).await?;
    }
    framed.send(Msg::Chat(Chat { text: "bye".into() })).await?;
    framed.flush().await?;
    let mut echoed = Vec::new();
    while echoed.len() < count as usize + 1 {
        match framed.next().await {
            Some(msg) => echoed.push(msg?),
            None => break,
        }
    }
    framed.close().await?;
    Ok(echoed)
}

async fn echo(listener: TcpListener) -> Result<u64, MessageError> {
    let (socket, _) = listener.accept().await?;
    let mut framed = Framed::new(socket, MessageCodec::<Msg>::new().checksum(true));
    let mut count = 0;
    while let Some(msg) = framed.next().await {
        framed.send(msg?).await?;
        count += 1;
    }
    Ok(count)
}

#[tokio::test]
async fn messages_echo_over_tcp() -> Result<(), MessageError> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let server = tokio::spawn(echo(listener));
    let echoed = client(addr, 300).await?;
    assert_eq!(echoed.len(), 301);
    for (seq, msg) in echoed.iter().take(300).enumerate() {
        assert_eq!(msg, &Msg::Ping(Ping { seq: seq as u32 }));
    }
    assert_eq!(echoed[300], Msg::Chat(Chat { text: "bye".into() }));
    assert_eq!(server.await.expect("the server task")?, 301);
    Ok(())
}

/// One server state sent by reference to every peer, never cloned: `send(&msg)`,
/// `flush()` and `close()` on a `Framed` of the by-reference codec without annotations.
async fn broadcast(
    listener: TcpListener,
    peers: usize,
    states: &[Msg],
) -> Result<(), MessageError> {
    let mut sinks = Vec::new();
    for _ in 0..peers {
        let (socket, _) = listener.accept().await?;
        sinks.push(Framed::new(
            socket,
            MessageRefCodec::<Msg>::new().checksum(true),
        ));
    }
    for state in states {
        for sink in &mut sinks {
            sink.feed(state).await?;
        }
    }
    for sink in &mut sinks {
        sink.flush().await?;
        sink.close().await?;
    }
    Ok(())
}

#[tokio::test]
async fn one_message_by_reference_to_every_peer() -> Result<(), MessageError> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let states: Vec<Msg> = (0..100)
        .map(|seq| match seq % 3 {
            0 => Msg::Chat(Chat {
                text: format!("state {seq}"),
            }),
            _ => Msg::Ping(Ping { seq }),
        })
        .collect();
    let sent = states.clone();
    let server = tokio::spawn(async move { broadcast(listener, 2, &sent).await });
    let mut peers = Vec::new();
    for _ in 0..2 {
        let socket = TcpStream::connect(addr).await?;
        peers.push(Framed::new(
            socket,
            MessageCodec::<Msg>::new().checksum(true),
        ));
    }
    for peer in &mut peers {
        let mut got = Vec::new();
        while let Some(msg) = peer.next().await {
            got.push(msg?);
        }
        assert_eq!(got, states);
    }
    server.await.expect("the server task")
}

#[test]
fn the_codec_writes_what_the_frame_encoder_writes() {
    let msgs = [
        Msg::Ping(Ping { seq: 5 }),
        Msg::Chat(Chat { text: "hi".into() }),
    ];
    let mut codec = MessageCodec::<Msg>::new().checksum(true);
    let mut buf = BytesMut::new();
    let mut expected = Vec::new();
    let mut encoder = FrameEncoder::<WireHeader>::new().checksum(true);
    for msg in &msgs {
        codec.encode(msg.clone(), &mut buf).unwrap();
        let payload = msg.encode_to_vec();
        encoder
            .append(
                wire::frame::FrameMeta::new(msg.tag() as u16),
                &payload,
                &mut expected,
            )
            .unwrap();
    }
    assert_eq!(&buf[..], &expected[..]);
    // The byte-level codec's `encode_message` writes the same.
    let mut bytes = BytesMut::new();
    let mut frames = WireCodec::<WireHeader>::new().checksum(true);
    for msg in &msgs {
        frames.encode_message(msg, &mut bytes).unwrap();
    }
    assert_eq!(bytes, buf);
}

#[test]
fn frames_view_their_message_in_the_payload_bytes() {
    let mut codec = MessageCodec::<Msg>::new().into_frame_codec();
    let mut buf = BytesMut::new();
    codec
        .encode(
            Msg::Chat(Chat {
                text: "in place".into(),
            }),
            &mut buf,
        )
        .unwrap();
    let frame = codec.decode(&mut buf).unwrap().unwrap();
    match frame.view().unwrap() {
        MsgView::Chat(chat) => {
            assert_eq!(chat.text(), "in place");
            // The view reads the frame's own payload bytes.
            let text = chat.text().as_ptr() as usize;
            let payload = frame.payload.as_ptr() as usize;
            assert!(text > payload && text < payload + frame.payload.len());
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        frame.decode().unwrap(),
        Msg::Chat(Chat {
            text: "in place".into()
        })
    );
    let _: &MessageFrameCodec<Msg> = &codec;
}

#[test]
fn a_payload_that_is_no_message_is_a_decode_error() {
    let mut codec = MessageCodec::<Msg>::new();
    let mut buf = BytesMut::new();
    let mut frames = WireCodec::<WireHeader>::new();
    frames
        .encode((wire::frame::FrameMeta::new(9), &b"??"[..]), &mut buf)
        .unwrap();
    let err = codec.decode(&mut buf).unwrap_err();
    assert!(matches!(
        err,
        MessageError::Decode(wire::DecodeError::UnknownTag { tag: 9, .. })
    ));
    assert_eq!(
        std::io::Error::from(err).kind(),
        std::io::ErrorKind::InvalidData
    );
}
