//! A small game protocol over tokio TCP, as a newcomer writes one: a fixed `PlayerState`
//! with bit fields, a `Chat` with a string, a `Login`, all under the union `Msg` whose tag
//! is the frame header's message type. A server and a client run in one process on
//! 127.0.0.1: the client logs in, sends a few hundred moves and chats, the server echoes
//! each back, and the client checks every echo.
//!
//! ```sh
//! cargo run --features tokio --example game
//! ```

#![deny(warnings, missing_docs)]

use futures_util::{SinkExt, StreamExt};
use std::time::Instant;
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::Framed;
use wire::frame::{MessageCodec, MessageError};
use wire::prelude::*;

/// Where a player is and how it is doing: 12 bytes on the wire.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 12)]
pub struct PlayerState {
    /// The player.
    pub player: u32,
    /// Column on the map.
    pub x: u16,
    /// Row on the map.
    pub y: u16,
    /// One of 16 directions.
    #[wire(bits = 4)]
    pub facing: u8,
    /// Lives left, 0 to 15.
    #[wire(bits = 4)]
    pub lives: u8,
    /// Whether a shield is up.
    #[wire(bits = 1)]
    pub shielded: bool,
    /// Speed, 0 to 127.
    #[wire(bits = 7)]
    pub speed: u8,
    /// Health points.
    pub health: u16,
}

/// A chat line in a room.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Chat {
    /// The room.
    pub room: u16,
    /// The line, at most 140 bytes of UTF-8.
    #[wire(len = "u8", max_len = 140)]
    pub text: String,
}

/// A player joining.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Login {
    /// The account.
    pub user_id: u32,
    /// The name shown to others.
    #[wire(len = "u8", max_len = 32)]
    pub name: String,
}

/// Every message of the game; the tag travels as the frame header's message type.
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(tag = "header")]
pub enum Msg {
    /// A player joins.
    #[wire(id = 1)]
    Login(Login),
    /// A player moved.
    #[wire(id = 2)]
    State(PlayerState),
    /// A chat line.
    #[wire(id = 3)]
    Chat(Chat),
    /// Keep-alive.
    #[wire(id = 4)]
    Ping,
}

/// How many moves the client sends; every tenth is followed by a chat line.
const MOVES: u32 = 400;

/// The codec both ends use: CRC32C on, written and required.
fn codec() -> MessageCodec<Msg> {
    MessageCodec::new().checksum(true)
}

/// Echoes every message of one connection, and says how many there were.
async fn serve(listener: TcpListener) -> Result<u64, MessageError> {
    let (socket, _) = listener.accept().await?;
    let mut framed = Framed::new(socket, codec());
    let mut echoed = 0;
    while let Some(msg) = framed.next().await {
        framed.send(msg?).await?;
        echoed += 1;
    }
    Ok(echoed)
}

/// The messages the client sends, in order.
fn script() -> Vec<Msg> {
    let mut msgs = vec![Msg::Login(Login {
        user_id: 42,
        name: "ada".into(),
    })];
    for i in 0..MOVES {
        msgs.push(Msg::State(PlayerState {
            player: 42,
            x: (i * 3 % 1000) as u16,
            y: (i * 7 % 1000) as u16,
            facing: (i % 16) as u8,
            lives: 3,
            shielded: i % 2 == 0,
            speed: (i % 128) as u8,
            health: 1000 - i as u16,
        }));
        if i % 10 == 9 {
            msgs.push(Msg::Chat(Chat {
                room: 1,
                text: format!("move {i} done"),
            }));
        }
    }
    msgs.push(Msg::Ping);
    msgs
}

async fn run() -> Result<(), MessageError> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let server = tokio::spawn(serve(listener));

    let started = Instant::now();
    let socket = TcpStream::connect(addr).await?;
    let mut framed = Framed::new(socket, codec());
    let sent = script();
    let mut echoes = Vec::with_capacity(sent.len());
    // Send in bursts of 50 and read the echoes of each burst, so neither side's socket
    // buffer has to hold the whole game.
    for burst in sent.chunks(50) {
        for msg in burst {
            framed.feed(msg.clone()).await?;
        }
        framed.flush().await?;
        for _ in burst {
            match framed.next().await {
                Some(msg) => echoes.push(msg?),
                None => break,
            }
        }
    }
    framed.close().await?;
    let echoed_by_server = server.await.expect("the server task panicked")?;

    assert_eq!(echoes, sent, "every echo is the message sent");
    assert_eq!(echoed_by_server, sent.len() as u64);
    let chats = sent.iter().filter(|m| matches!(m, Msg::Chat(_))).count();
    println!(
        "game: {} messages ({} moves, {chats} chats, a login and a ping) echoed over \
         127.0.0.1 in {:.1} ms; the largest message encodes to at most {} bytes",
        sent.len(),
        MOVES,
        started.elapsed().as_secs_f64() * 1e3,
        Msg::MAX_ENCODED_LEN,
    );
    Ok(())
}

fn main() -> Result<(), MessageError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(run())
}
