//! The hand-written subscriber: what a careful engineer writes without `wire`, doing the
//! same job as the `wire` subscriber with the same guarantees, so the demo can say what
//! `wire` costs over it.
//!
//! Per frame it checks what `wire::frame::FrameDecoder` (with `require_checksum`) checks
//! of a `WireHeader` frame: the sync word, the header's CRC-16, the flags, the length cap
//! and the frame's CRC32C, through the same CRC functions `wire` exports. Per message it
//! checks what `Msg::view` checks: the exact length of each known type and the side
//! byte ('B' or 'S'). Fields are read with `from_be_bytes` at constant offsets (ITCH 5.0,
//! section 1), and the message is applied to the same [`Book`] the `wire` subscriber
//! keeps. [`tests`](self) hold both subscribers to the same verdict on every input.

use crate::feed::{Book, RestingOrder, Side};
use wire::frame::{crc16_ibm_3740, crc32c, crc32c_append};

/// Bytes of a frame header (the layout of `wire::frame::WireHeader`).
pub const HEADER_LEN: usize = 16;
/// The sync word a header starts with, big-endian.
const SYNC: [u8; 2] = [0xF5, 0xC5];
/// Header bytes the CRC32C covers before the payload: sync, type, version, flags, length.
const CRC_COVERS: usize = 10;
/// Header bytes the header's CRC-16 covers: everything before it.
const HEADER_CHECK_COVERS: usize = 14;
/// Flag bits: the frame carries a CRC32C; the payload is compressed.
const FLAG_CHECKSUM: u8 = 1;
const FLAG_COMPRESSED: u8 = 2;

/// What the bytes at the front of a buffer hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameCheck {
    /// A whole, intact frame of this many bytes (header included).
    Frame(usize),
    /// Too few bytes yet to tell.
    NeedMore,
    /// Not a frame start: damaged, or not a frame this subscriber accepts.
    Bad,
}

/// Checks the frame at the front of `bytes`, with payloads of at most `max_payload`
/// bytes. Compressed frames are refused: the feed never compresses.
// Always inlined, as `FrameDecoder::next_frame` is (see `feed::view_timestamp`).
#[inline(always)]
pub fn check_frame(bytes: &[u8], max_payload: usize) -> FrameCheck {
    let Some(h) = bytes.first_chunk::<HEADER_LEN>() else {
        return FrameCheck::NeedMore;
    };
    if h[..2] != SYNC {
        return FrameCheck::Bad;
    }
    // The header check before any other field is believed, as the decoder does.
    let carried = u16::from_be_bytes([h[14], h[15]]);
    if crc16_ibm_3740(&h[..HEADER_CHECK_COVERS]) != carried {
        return FrameCheck::Bad;
    }
    let flags = h[5];
    if flags & !(FLAG_CHECKSUM | FLAG_COMPRESSED) != 0
        || flags & FLAG_COMPRESSED != 0
        || flags & FLAG_CHECKSUM == 0
    {
        return FrameCheck::Bad;
    }
    let payload_len = u32::from_be_bytes([h[6], h[7], h[8], h[9]]) as usize;
    if payload_len > max_payload {
        return FrameCheck::Bad;
    }
    let len = HEADER_LEN + payload_len;
    let Some(frame) = bytes.get(..len) else {
        return FrameCheck::NeedMore;
    };
    let carried = u32::from_be_bytes([h[10], h[11], h[12], h[13]]);
    let computed = crc32c_append(crc32c(&h[..CRC_COVERS]), &frame[HEADER_LEN..]);
    if computed != carried {
        return FrameCheck::Bad;
    }
    FrameCheck::Frame(len)
}

#[inline]
fn u16_at<const N: usize>(b: &[u8; N], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

#[inline]
fn u32_at<const N: usize>(b: &[u8; N], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

#[inline]
fn u64_at<const N: usize>(b: &[u8; N], at: usize) -> u64 {
    u64::from_be_bytes([
        b[at],
        b[at + 1],
        b[at + 2],
        b[at + 3],
        b[at + 4],
        b[at + 5],
        b[at + 6],
        b[at + 7],
    ])
}

/// The 48-bit timestamp at body offset 4 (ITCH 5.0, 1.1: after Stock Locate and
/// Tracking Number).
#[inline]
fn timestamp_at<const N: usize>(b: &[u8; N]) -> u64 {
    u64::from_be_bytes([0, 0, b[4], b[5], b[6], b[7], b[8], b[9]])
}

#[inline]
fn side(byte: u8) -> Option<Side> {
    match byte {
        b'B' => Some(Side::Buy),
        b'S' => Some(Side::Sell),
        _ => None,
    }
}

/// The body of a known message type: exactly `N` bytes, as the view requires.
#[inline]
fn exact<const N: usize>(body: &[u8]) -> Option<&[u8; N]> {
    body.try_into().ok()
}

/// An Add Order body ('A', or 'F' with the attribution after it): the order it rests.
#[inline]
fn resting<const N: usize>(b: &[u8; N]) -> Option<(u64, RestingOrder)> {
    let order = RestingOrder {
        stock_locate: u16_at(b, 0),
        side: side(b[18])?,
        shares: u32_at(b, 19),
        price: u32_at(b, 31),
    };
    Some((u64_at(b, 10), order))
}

/// Checks one ITCH message (type byte first) as `Msg::view` checks it, without applying
/// it: a known type must have exactly its length and, where it has one, a side byte of
/// 'B' or 'S'; an unknown type is kept whole. Returns the timestamp as
/// [`apply_message`] does, or `Err(())` where `Msg::view` refuses the message. The
/// hand-written counterpart of the view alone, for the benchmark's "message" step.
#[inline(always)]
#[allow(clippy::result_unit_err)] // As for `apply_message`: the caller only counts a refusal.
pub fn check_message(message: &[u8]) -> Result<Option<u64>, ()> {
    let Some((&kind, body)) = message.split_first() else {
        return Err(());
    };
    // Body lengths from ITCH 5.0, sections 1.1 to 1.5.1 (the type byte excluded), and
    // whether the body has a Buy/Sell Indicator at offset 18.
    let (len, has_side) = match kind {
        b'S' => (11, false),
        b'A' => (35, true),
        b'F' => (39, true),
        b'E' => (30, false),
        b'C' => (35, false),
        b'X' => (22, false),
        b'D' => (18, false),
        b'U' => (34, false),
        b'P' => (43, true),
        _ => return Ok(body.first_chunk::<10>().map(timestamp_at)),
    };
    if body.len() != len || (has_side && side(body[18]).is_none()) {
        return Err(());
    }
    // Every known body is longer than the 10 bytes the timestamp ends at.
    Ok(body.first_chunk::<10>().map(timestamp_at))
}

/// Parses one ITCH message (type byte first) by hand and applies it to the book.
/// Returns its timestamp (`None` for a message of an unknown type too short to have
/// one), or `Err(())` for a message `Msg::view` refuses, which leaves the book alone.
#[inline(always)]
#[allow(clippy::result_unit_err)] // The one failure has no detail worth a type: the caller counts it.
pub fn apply_message(message: &[u8], book: &mut Book) -> Result<Option<u64>, ()> {
    let Some((&kind, body)) = message.split_first() else {
        return Err(());
    };
    let stamp = match kind {
        b'A' => {
            let b = exact::<35>(body).ok_or(())?;
            let (order_ref, order) = resting(b).ok_or(())?;
            book.add(order_ref, order);
            timestamp_at(b)
        }
        b'F' => {
            let b = exact::<39>(body).ok_or(())?;
            let (order_ref, order) = resting(b).ok_or(())?;
            book.add(order_ref, order);
            timestamp_at(b)
        }
        b'E' => {
            let b = exact::<30>(body).ok_or(())?;
            book.reduce(u64_at(b, 10), u32_at(b, 18));
            timestamp_at(b)
        }
        b'C' => {
            let b = exact::<35>(body).ok_or(())?;
            book.reduce(u64_at(b, 10), u32_at(b, 18));
            timestamp_at(b)
        }
        b'X' => {
            let b = exact::<22>(body).ok_or(())?;
            book.reduce(u64_at(b, 10), u32_at(b, 18));
            timestamp_at(b)
        }
        b'D' => {
            let b = exact::<18>(body).ok_or(())?;
            book.delete(u64_at(b, 10));
            timestamp_at(b)
        }
        b'U' => {
            let b = exact::<34>(body).ok_or(())?;
            book.replace(u64_at(b, 10), u64_at(b, 18), u32_at(b, 26), u32_at(b, 30));
            timestamp_at(b)
        }
        b'S' => timestamp_at(exact::<11>(body).ok_or(())?),
        b'P' => {
            let b = exact::<43>(body).ok_or(())?;
            side(b[18]).ok_or(())?;
            timestamp_at(b)
        }
        // Types the book does not need are kept whole, as `Msg::Other`.
        _ => {
            return Ok(body
                .first_chunk::<10>()
                .map(|b| u64::from_be_bytes([0, 0, b[4], b[5], b[6], b[7], b[8], b[9]])))
        }
    };
    Ok(Some(stamp))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{view_timestamp, Generator, Msg, SYMBOLS};
    use crate::run::PreEncoded;
    use wire::frame::{FrameDecoder, FrameError, WireHeader};

    fn book() -> Book {
        Book::with_capacity(1024, SYMBOLS.len(), 64)
    }

    /// Both subscribers' verdict on one message: the timestamp (or the refusal) and the
    /// book after it.
    fn both(message: &[u8]) -> (Result<Option<u64>, ()>, Result<Option<u64>, ()>) {
        let (mut hand_book, mut wire_book) = (book(), book());
        let hand = apply_message(message, &mut hand_book);
        assert_eq!(check_message(message), hand, "{message:02x?}");
        let wire = match Msg::view(message) {
            Ok(view) => {
                let stamp = wire_book.apply_view(&view);
                assert_eq!(stamp, view_timestamp(&view), "{message:02x?}");
                Ok(stamp)
            }
            Err(_) => Err(()),
        };
        assert_eq!(hand_book.summary(), wire_book.summary(), "{message:02x?}");
        (hand, wire)
    }

    #[test]
    fn every_generated_message_reads_as_the_view_reads_it() {
        let corpus = Generator::corpus(7, 20_000);
        let (mut hand_book, mut wire_book) = (book(), book());
        for i in 0..corpus.len() {
            let message = corpus.message(i);
            let view = Msg::view(message).expect("the generator writes valid messages");
            assert_eq!(
                wire_book.apply_view(&view),
                view_timestamp(&view),
                "message {i}"
            );
            let stamp = apply_message(message, &mut hand_book);
            assert_eq!(stamp, Ok(view_timestamp(&view)), "message {i}");
            assert_eq!(check_message(message), stamp, "message {i}");
        }
        assert_eq!(hand_book.summary(), wire_book.summary());
        assert_eq!(hand_book.order_count(), wire_book.order_count());
        assert_eq!(hand_book.unknown_refs, wire_book.unknown_refs);
    }

    #[test]
    fn damaged_messages_get_the_same_verdict() {
        let corpus = Generator::corpus(3, 2_000);
        let mut rng = crate::feed::Rng::new(11);
        for i in 0..corpus.len() {
            let mut message = corpus.message(i).to_vec();
            match rng.below(3) {
                // A wrong side byte (where the type has one), or any byte changed.
                0 => {
                    if let Some(side) = message.get_mut(19) {
                        *side = rng.below(256) as u8;
                    }
                }
                1 => {
                    let at = rng.below(message.len() as u64) as usize;
                    message[at] = rng.below(256) as u8;
                }
                // Too short or too long by a byte.
                _ if rng.chance(0.5) => {
                    message.pop();
                }
                _ => message.push(0),
            }
            let (hand, wire) = both(&message);
            assert_eq!(hand, wire, "{message:02x?}");
        }
        for message in [&b""[..], b"A", b"S", b"Z", b"Zshort", &[b'P'; 44]] {
            let (hand, wire) = both(message);
            assert_eq!(hand, wire, "{message:02x?}");
        }
    }

    /// The frame check against the frame decoder, at every offset of a stream with damage.
    #[test]
    fn frame_check_agrees_with_the_frame_decoder() {
        let corpus = Generator::corpus(5, 300);
        let mut bytes = PreEncoded::new(&corpus).expect("encodes").bytes;
        // Damage: a flipped payload bit, a flipped header bit, a flipped CRC bit.
        for at in [100, 517, 1203, 2000] {
            bytes[at] ^= 0x10;
        }
        for start in 0..bytes.len() {
            let rest = &bytes[start..];
            let mut decoder = FrameDecoder::<WireHeader>::new()
                .require_checksum(true)
                .max_frame_len(64 * 1024);
            decoder.push(rest);
            decoder.finish();
            let expected = match decoder.next_frame() {
                Ok(Some(frame)) => FrameCheck::Frame(frame.wire_len()),
                Ok(None) | Err(FrameError::Truncated { .. }) => FrameCheck::NeedMore,
                Err(_) => FrameCheck::Bad,
            };
            assert_eq!(check_frame(rest, 64 * 1024), expected, "offset {start}");
        }
    }
}
