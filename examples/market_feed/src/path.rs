//! The subscriber's hot path without sockets: a pre-encoded stream decoded in memory,
//! step by step, so the report and the benchmark (`benches/benches/demo_path.rs`) can
//! say where the time goes. Each function returns a checksum of what it read, which the
//! caller passes to `black_box`, so no step is optimised away.

use crate::feed::{raw_timestamp, view_timestamp, Book, Msg, MsgView};
use crate::handwritten::{self, FrameCheck};
use crate::run::{raw_frame_len, MAX_PAYLOAD};
use wire::frame::{FrameDecoder, FrameHeader, WireHeader};

/// The transport ceiling's scan: each frame's length and timestamp, nothing checked.
pub fn transport_scan(stream: &[u8]) -> u64 {
    let (mut pos, mut sum) = (0usize, 0u64);
    while let Some(frame_len) = raw_frame_len(&stream[pos..]) {
        let payload = &stream[pos + WireHeader::LEN..pos + frame_len];
        sum = sum.wrapping_add(raw_timestamp(payload).unwrap_or(0));
        pos += frame_len;
    }
    sum
}

/// A frame decoder as the `wire` subscriber configures it, holding `stream`.
pub fn decoder_over(stream: &[u8]) -> FrameDecoder<WireHeader> {
    let mut decoder = FrameDecoder::<WireHeader>::new()
        .resync(true)
        .require_checksum(true)
        .max_frame_len(MAX_PAYLOAD)
        .with_capacity(stream.len());
    decoder.push(stream);
    decoder
}

/// `wire`: frame decode with its CRC-16 and CRC32C checks, then the message's view and
/// its timestamp. `book`: also apply each view to it.
// Closures, not function items: a function item is called through its `FnMut::call_mut`
// shim, which the optimiser left out of line once the binary held a little more code
// (32 instructions a message, and a second dispatch on the type); a closure's body is
// inlined into the loop.
#[allow(clippy::redundant_closure)]
pub fn wire_frames(decoder: &mut FrameDecoder<WireHeader>, book: Option<&mut Book>) -> u64 {
    // Book or not is decided once, outside the loop, as in `handwritten_frames`: chosen
    // inside, between the view's dispatch on the type and the caller's, it kept the
    // compiler from going from the one to the other, and each message took a second
    // indirect jump, as unpredictable as the first.
    match book {
        Some(book) => wire_loop(decoder, |view| book.apply_view(view)),
        None => wire_loop(decoder, |view| view_timestamp(view)),
    }
}

/// [`wire_frames`]' loop, with what it does with each view.
#[inline(always)]
fn wire_loop(
    decoder: &mut FrameDecoder<WireHeader>,
    mut apply: impl FnMut(&MsgView<'_>) -> Option<u64>,
) -> u64 {
    let mut sum = 0u64;
    while let Ok(Some(frame)) = decoder.next_frame() {
        if let Ok(view) = Msg::view(frame.payload()) {
            sum = sum.wrapping_add(apply(&view).unwrap_or(0));
        }
    }
    sum
}

/// `wire` frame decode and checks only: the payload's length, no view.
pub fn wire_frames_only(decoder: &mut FrameDecoder<WireHeader>) -> u64 {
    let mut sum = 0u64;
    while let Ok(Some(frame)) = decoder.next_frame() {
        sum = sum.wrapping_add(frame.payload().len() as u64);
    }
    sum
}

/// By hand: the same frame checks as [`wire_frames`], then each message checked as
/// `Msg::view` checks it (`handwritten::check_message`) and its timestamp read. `book`:
/// also apply each message to it (`handwritten::apply_message`, which checks the same).
// Closures, as in `wire_frames` (see there).
#[allow(clippy::redundant_closure)]
pub fn handwritten_frames(stream: &[u8], book: Option<&mut Book>) -> u64 {
    // As `wire_frames` does: book or not decided once, outside the loop.
    match book {
        Some(book) => handwritten_loop(stream, |payload| handwritten::apply_message(payload, book)),
        None => handwritten_loop(stream, |payload| handwritten::check_message(payload)),
    }
}

/// [`handwritten_frames`]' loop, with what it does with each payload.
#[inline(always)]
fn handwritten_loop(stream: &[u8], mut apply: impl FnMut(&[u8]) -> Result<Option<u64>, ()>) -> u64 {
    let (mut pos, mut sum) = (0usize, 0u64);
    while let FrameCheck::Frame(len) = handwritten::check_frame(&stream[pos..], MAX_PAYLOAD) {
        let payload = &stream[pos + handwritten::HEADER_LEN..pos + len];
        if let Ok(stamp) = apply(payload) {
            sum = sum.wrapping_add(stamp.unwrap_or(0));
        }
        pos += len;
    }
    sum
}

/// By hand, the frame checks only: the payload's length, no message read. The
/// counterpart of [`wire_frames_only`].
pub fn handwritten_frames_only(stream: &[u8]) -> u64 {
    let (mut pos, mut sum) = (0usize, 0u64);
    while let FrameCheck::Frame(len) = handwritten::check_frame(&stream[pos..], MAX_PAYLOAD) {
        sum = sum.wrapping_add((len - handwritten::HEADER_LEN) as u64);
        pos += len;
    }
    sum
}

/// The book alone: owned messages (decoded before the clock starts) applied in order.
pub fn book_only(messages: &[Msg<'_>], book: &mut Book) -> u64 {
    for message in messages {
        book.apply(message);
    }
    book.applied
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{Generator, SYMBOLS};
    use crate::run::PreEncoded;

    #[test]
    fn every_path_reads_every_frame() {
        let corpus = Generator::corpus(2, 5_000);
        let pre = PreEncoded::new(&corpus).expect("encodes");
        let new_book = || Book::with_capacity(corpus.max_live_orders * 2, SYMBOLS.len(), 64);
        let (mut wire_book, mut hand_book) = (new_book(), new_book());
        let wire = wire_frames(&mut decoder_over(&pre.bytes), Some(&mut wire_book));
        let hand = handwritten_frames(&pre.bytes, Some(&mut hand_book));
        // The pre-encoded frames carry placeholder timestamps, so their sum is the same
        // through every path.
        assert_eq!(wire, hand);
        assert_eq!(wire, transport_scan(&pre.bytes));
        assert_eq!(wire, handwritten_frames(&pre.bytes, None));
        assert_eq!(wire, wire_frames(&mut decoder_over(&pre.bytes), None));
        assert_eq!(wire_book.applied, hand_book.applied);
        assert_eq!(wire_book.summary(), hand_book.summary());
        let total: usize = (0..corpus.len()).map(|i| corpus.message(i).len()).sum();
        assert_eq!(
            wire_frames_only(&mut decoder_over(&pre.bytes)),
            total as u64
        );
        assert_eq!(handwritten_frames_only(&pre.bytes), total as u64);
    }
}
