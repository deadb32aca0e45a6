//! Messages go into frames without a scratch buffer: once the first frame has sized the
//! output buffers, encoding a message into a frame allocates nothing, through the encoder,
//! the writer and the tokio codec (a scratch `Vec` per message would be one allocation
//! each).
//!
//! The counter is per thread, so tests running in parallel do not disturb each other.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use wire::frame::{FrameEncode, FrameEncoder, WireHeader};
use wire::io::FrameWriter;
use wire::prelude::*;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with` fails only while the thread is being torn down; those allocations are
    // no test's business.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: every call is forwarded unchanged to the system allocator, which upholds the
// `GlobalAlloc` contract; the counter touches only a const-initialised thread local,
// which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: same layout, forwarded.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: same layout, forwarded.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: `ptr` came from `System` with `layout`, as the caller guarantees.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` with `layout`, as the caller guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made on this thread while `f` runs.
fn allocations<T>(f: impl FnOnce() -> T) -> (u64, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (ALLOCATIONS.with(Cell::get) - before, out)
}

#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Chat {
    pub room: u16,
    #[wire(len = "u8")]
    pub text: String,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Move {
    pub player: u32,
    pub dx: i16,
    pub dy: i16,
}

#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(tag = "header")]
pub enum Msg {
    #[wire(id = 1)]
    Chat(Chat),
    #[wire(id = 2)]
    Move(Move),
}

fn messages() -> Vec<Msg> {
    (0..100u16)
        .map(|i| {
            if i % 3 == 0 {
                Msg::Chat(Chat {
                    room: i,
                    text: "z".repeat(usize::from(i)),
                })
            } else {
                Msg::Move(Move {
                    player: u32::from(i),
                    dx: -1,
                    dy: 1,
                })
            }
        })
        .collect()
}

#[test]
fn the_encoder_appends_messages_without_allocating() {
    let msgs = messages();
    let mut encoder = FrameEncoder::<WireHeader>::new().checksum(true);
    let mut stream = Vec::with_capacity(64 * 1024);
    let (count, ()) = allocations(|| {
        for msg in &msgs {
            encoder.append_message(msg, &mut stream).unwrap();
        }
    });
    assert_eq!(count, 0);
    assert_eq!(
        stream.len(),
        msgs.iter().map(|m| 16 + m.encoded_len()).sum::<usize>()
    );
    // The way it replaces allocates once per message: the scratch payload.
    let (count, ()) = allocations(|| {
        for msg in &msgs {
            let payload = msg.encode_to_vec();
            encoder
                .append(msg.frame_meta(), &payload, &mut stream)
                .unwrap();
        }
    });
    assert_eq!(count, msgs.len() as u64);
}

#[test]
fn the_writer_writes_messages_without_allocating() {
    let msgs = messages();
    let mut writer = FrameWriter::<_, WireHeader>::new(Vec::with_capacity(1 << 20));
    // The first round sizes the writer's buffer; the second allocates nothing.
    for msg in &msgs {
        writer.write_message(msg).unwrap();
    }
    writer.flush().unwrap();
    let (count, ()) = allocations(|| {
        for msg in &msgs {
            writer.write_message(msg).unwrap();
        }
        writer.flush().unwrap();
    });
    assert_eq!(count, 0);
}

#[cfg(feature = "tokio")]
#[test]
fn the_codec_encodes_messages_without_allocating() {
    use tokio_util::codec::Encoder;
    let msgs = messages();
    let mut codec = wire::frame::MessageCodec::<Msg>::new();
    let mut buf = bytes::BytesMut::with_capacity(64 * 1024);
    let (count, ()) = allocations(|| {
        for msg in msgs.iter().cloned() {
            codec.encode(msg, &mut buf).unwrap();
        }
    });
    // `cloned` allocates each chat's `String`; the codec adds nothing to that.
    let chats = msgs
        .iter()
        .filter(|m| matches!(m, Msg::Chat(c) if !c.text.is_empty()))
        .count();
    assert_eq!(count, chats as u64);
}
