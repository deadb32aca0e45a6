//! Variable-length integers in the Protocol Buffers encoding: unsigned LEB128, seven
//! bits per byte, least significant group first, the high bit of each byte set when
//! another byte follows ("Base 128 Varints" in the Protocol Buffers encoding guide).
//! Signed values use the ZigZag mapping (0, -1, 1, -2, … → 0, 1, 2, 3, …) so that small
//! magnitudes stay short.
//!
//! This module owns the byte format and nothing else: it reads from and writes to plain
//! slices, never allocates, never panics, and reports every failure as a value.
//!
//! What it accepts and refuses, as Protocol Buffers does for a 64-bit field:
//!
//! - at most 10 bytes; a 10th byte other than `0x00` or `0x01` (a continuation bit that
//!   would make the varint longer than 10 bytes, or bits above `u64::MAX`) is
//!   [`DecodeError::MalformedVarint`] with `offset: 9`, the byte that made it invalid;
//! - non-minimal encodings are accepted (`80 00` reads as 0 in 2 bytes), because
//!   conforming encoders may pad and the reader has no reason to reject them;
//! - input that ends while the continuation bit is set is [`DecodeError::Truncated`]
//!   with `field: "varint"`, `offset: 0` (the start of the varint), `needed` one more
//!   than the input holds and `available` the input's length. More input may cure it;
//!   a malformed varint is never cured by more input, so a 10-byte run of continuation
//!   bytes is `MalformedVarint`, not `Truncated`.
//!
//! The 32-bit readers ([`decode_u32`], [`decode_i32_zigzag`]) are stricter than
//! Protocol Buffers. Protobuf parses every varint as 64 bits and silently keeps the low
//! 32 for an `int32`/`uint32` field, so `ff ff ff ff 1f` reads as `u32::MAX` there,
//! silently losing bit 32. Here the value must fit in 32 bits, otherwise it is
//! `MalformedVarint` at the first byte that carries a bit above bit 31: a binary
//! protocol that declares a 32-bit field and receives more has a peer bug or corrupted
//! input, and truncating would hide it. Consequence: protobuf's 10-byte encoding of a
//! *negative* `int32` (sign-extended to 64 bits, not ZigZag) is refused by
//! [`decode_u32`]; use [`decode_u64`] and cast if you must read those. Non-minimal
//! encodings of a 32-bit value (up to 10 bytes) are accepted, like for 64 bits.
//!
//! Two forms of the 64-bit reader and writer:
//!
//! - [`decode_u64`] and [`encode_u64`] take a slice and return the bytes they read or
//!   wrote; [`encode_u64`] writes the encoding and nothing after it.
//! - [`read_u64`] and [`write_u64`] move a cursor (`&mut &[u8]`, `&mut &mut [u8]`), as
//!   prost's `decode_varint` and `encode_varint` do: the faster form in a loop over many
//!   varints (`benches/README.md`, "Varints"). [`write_u64`] may use the room ahead of its
//!   cursor as scratch. Signed values go through [`zigzag_decode_i64`] and
//!   [`zigzag_encode_i64`].
//!
//! ```
//! use wire_runtime::varint;
//!
//! let mut buf = [0u8; varint::MAX_LEN_U64];
//! let written = varint::encode_u64(300, &mut buf)?;
//! assert_eq!(&buf[..written], &[0xac, 0x02]);
//! assert_eq!(varint::decode_u64(&buf[..written])?, (300, 2));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::error::{saturate, DecodeError, EncodeError};
use core::num::NonZeroU64;

/// The longest encoding of a `u64` (and of an `i64` in ZigZag): 10 bytes.
///
/// ```
/// use wire_runtime::varint;
/// assert_eq!(varint::encoded_len_u64(u64::MAX), varint::MAX_LEN_U64);
/// ```
pub const MAX_LEN_U64: usize = 10;

/// The longest minimal encoding of a `u32` (and of an `i32` in ZigZag): 5 bytes.
///
/// [`decode_u32`] still accepts non-minimal encodings up to [`MAX_LEN_U64`] bytes.
///
/// ```
/// use wire_runtime::varint;
/// assert_eq!(varint::encoded_len_u32(u32::MAX), varint::MAX_LEN_U32);
/// ```
pub const MAX_LEN_U32: usize = 5;

/// The field name carried by [`DecodeError::Truncated`] when a varint runs out of input.
const FIELD: &str = "varint";

/// The high bit of every byte of a little-endian word: the continuation bits.
const CONTINUATION_BITS: u64 = 0x8080_8080_8080_8080;

/// Bytes that [`encode_u64`] writes for `value`: 1 to 10.
///
/// ```
/// use wire_runtime::varint::encoded_len_u64;
/// assert_eq!(encoded_len_u64(0), 1);
/// assert_eq!(encoded_len_u64(127), 1);
/// assert_eq!(encoded_len_u64(128), 2);
/// assert_eq!(encoded_len_u64(u64::MAX), 10);
/// ```
#[inline]
pub const fn encoded_len_u64(value: u64) -> usize {
    // Significant bits (at least 1, so that 0 takes one byte), divided by 7 rounding up;
    // `(bits * 9 + 64) / 64` equals `ceil(bits / 7)` for 1..=64 and avoids a division.
    let bits = 64 - (value | 1).leading_zeros() as usize;
    (bits * 9 + 64) / 64
}

/// Bytes that [`encode_u32`] writes for `value`: 1 to 5.
///
/// ```
/// use wire_runtime::varint::encoded_len_u32;
/// assert_eq!(encoded_len_u32(16_383), 2);
/// assert_eq!(encoded_len_u32(16_384), 3);
/// ```
#[inline]
pub const fn encoded_len_u32(value: u32) -> usize {
    encoded_len_u64(value as u64)
}

/// Maps a signed value to an unsigned one so that small magnitudes stay small:
/// 0 → 0, -1 → 1, 1 → 2, -2 → 3, … (`sint64` in Protocol Buffers).
///
/// ```
/// use wire_runtime::varint::zigzag_encode_i64;
/// assert_eq!(zigzag_encode_i64(-1), 1);
/// assert_eq!(zigzag_encode_i64(1), 2);
/// assert_eq!(zigzag_encode_i64(i64::MIN), u64::MAX);
/// ```
#[inline]
pub const fn zigzag_encode_i64(value: i64) -> u64 {
    // The arithmetic shift spreads the sign bit over the whole word, so negative values
    // are inverted after the shift and non-negative ones are left alone.
    ((value << 1) ^ (value >> 63)) as u64
}

/// Inverse of [`zigzag_encode_i64`].
///
/// ```
/// use wire_runtime::varint::zigzag_decode_i64;
/// assert_eq!(zigzag_decode_i64(3), -2);
/// assert_eq!(zigzag_decode_i64(u64::MAX), i64::MIN);
/// ```
#[inline]
pub const fn zigzag_decode_i64(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

/// Maps a signed 32-bit value to an unsigned one (`sint32` in Protocol Buffers).
///
/// ```
/// use wire_runtime::varint::zigzag_encode_i32;
/// assert_eq!(zigzag_encode_i32(-2), 3);
/// assert_eq!(zigzag_encode_i32(i32::MIN), u32::MAX);
/// ```
#[inline]
pub const fn zigzag_encode_i32(value: i32) -> u32 {
    ((value << 1) ^ (value >> 31)) as u32
}

/// Inverse of [`zigzag_encode_i32`].
///
/// ```
/// use wire_runtime::varint::zigzag_decode_i32;
/// assert_eq!(zigzag_decode_i32(4), 2);
/// assert_eq!(zigzag_decode_i32(u32::MAX), i32::MIN);
/// ```
#[inline]
pub const fn zigzag_decode_i32(value: u32) -> i32 {
    ((value >> 1) as i32) ^ -((value & 1) as i32)
}

/// Writes `value` at the front of `buf` and returns the number of bytes written
/// (always the minimal encoding, [`encoded_len_u64`] bytes).
///
/// Fails with [`EncodeError::BufferTooSmall`] when `buf` is shorter than the encoding;
/// as for [`Encode::encode`](crate::Encode::encode), the contents of `buf` are then
/// unspecified (the bytes that fit may have been written). Bytes after the encoding are
/// never written.
///
/// ```
/// use wire_runtime::varint::encode_u64;
/// use wire_runtime::EncodeError;
///
/// let mut buf = [0u8; 10];
/// assert_eq!(encode_u64(150, &mut buf), Ok(2));
/// assert_eq!(&buf[..2], &[0x96, 0x01]);
///
/// let mut small = [0u8; 1];
/// assert_eq!(
///     encode_u64(150, &mut small),
///     Err(EncodeError::BufferTooSmall { needed: 2, available: 1 })
/// );
/// ```
#[inline]
pub fn encode_u64(value: u64, buf: &mut [u8]) -> Result<usize, EncodeError> {
    // One-byte values (the most common width) cost one compare and one store.
    if value < 0x80 {
        let Some(first) = buf.first_mut() else {
            return Err(buffer_too_small(value, 0));
        };
        // Below 0x80, so the value is its own byte.
        *first = value as u8;
        return Ok(1);
    }
    // Wider ones: the length from the bit count, the bytes built in a register, and at
    // most two (possibly overlapping) stores of 2, 4 or 8 bytes, all inside the
    // encoding. A loop that decides byte by byte mispredicts its exit on most width
    // changes of a mixed stream; here the branches are on three width classes.
    let len = encoded_len_u64(value);
    let available = buf.len();
    let Some(out) = buf.get_mut(..len) else {
        return Err(buffer_too_small(value, available));
    };
    let groups = scatter_groups(value);
    if len <= 8 {
        // A continuation bit on every byte but the last.
        let word = groups | (CONTINUATION_BITS >> (8 * (9 - len)));
        if len <= 3 {
            out[..2].copy_from_slice(&(word as u16).to_le_bytes());
            out[len - 2..].copy_from_slice(&((word >> (8 * (len - 2))) as u16).to_le_bytes());
        } else {
            out[..4].copy_from_slice(&(word as u32).to_le_bytes());
            out[len - 4..].copy_from_slice(&((word >> (8 * (len - 4))) as u32).to_le_bytes());
        }
    } else {
        out[..8].copy_from_slice(&(groups | CONTINUATION_BITS).to_le_bytes());
        // Bits 56..=62 in the 9th byte, bit 63 alone in the 10th.
        let high = value >> 56;
        if len == 9 {
            out[8] = high as u8;
        } else {
            out[8] = (high as u8 & 0x7f) | 0x80;
            out[9] = (high >> 7) as u8;
        }
    }
    Ok(len)
}

/// Writes `value` at the front of `*out` and moves `*out` past it: the cursor form of
/// [`encode_u64`], for an encoder that fills a buffer (prost's
/// `encode_varint(value, &mut buf)` has this shape). Same bytes, same errors; on an
/// error `*out` is left as it was (its contents unspecified, as for [`encode_u64`]).
///
/// Unlike [`encode_u64`], it may write past the encoding, inside `*out` only: the room
/// ahead of the cursor is the encoder's until it is filled. With at least 10 bytes of
/// room, a varint of two bytes or more is written with two stores whatever its width,
/// and the bytes up to the 10th after the cursor's old place are left as those stores
/// put them. Nothing outside `*out` is ever written.
///
/// Why a second form: a caller of [`encode_u64`] re-slices its buffer for every value
/// (`&mut out[written..]`), a bounds check and a subtraction that a one-byte value pays
/// too, and [`encode_u64`] branches on the width so as to write only the encoding. Here a
/// one-byte value is two tests (the value, the room), one store and the cursor's step,
/// and a wider one has no branch on its width (`benches/README.md`, "Varints").
///
/// ```
/// use wire_runtime::varint::write_u64;
/// use wire_runtime::EncodeError;
///
/// let mut buf = [0u8; 4];
/// let mut out: &mut [u8] = &mut buf;
/// write_u64(150, &mut out)?;
/// write_u64(5, &mut out)?;
/// assert_eq!(out.len(), 1);
/// assert_eq!(
///     write_u64(150, &mut out),
///     Err(EncodeError::BufferTooSmall { needed: 2, available: 1 })
/// );
/// assert_eq!(out.len(), 1); // unchanged by the error
/// assert_eq!(&buf[..3], &[0x96, 0x01, 0x05]);
/// # Ok::<(), EncodeError>(())
/// ```
#[inline(always)]
pub fn write_u64(value: u64, out: &mut &mut [u8]) -> Result<(), EncodeError> {
    let buf = core::mem::take(out);
    if value < 0x80 && !buf.is_empty() {
        // Below 0x80, so the value is its own byte.
        buf[0] = value as u8;
        *out = &mut buf[1..];
        return Ok(());
    }
    if let Some(room) = buf.first_chunk_mut::<MAX_LEN_U64>() {
        let len = encode_u64_into_room(value, room);
        *out = &mut buf[len..];
        return Ok(());
    }
    // Less room than the longest varint, near the end of the buffer: exact writes.
    match encode_u64(value, buf) {
        Ok(len) => {
            *out = &mut buf[len..];
            Ok(())
        }
        Err(err) => {
            *out = buf;
            Err(err)
        }
    }
}

/// Writes `value` into the 10 bytes of `room` without a branch on its width and returns
/// its length: one 8-byte store of the groups with their continuation bits, one 2-byte
/// store of bits 56 to 63. The bytes of `room` after the encoding get whatever those
/// stores hold there ([`write_u64`] says so).
///
/// Without a branch, because on a stream of mixed widths a branch on the width (as in
/// [`encode_u64`], which may not write past the encoding) mispredicts on most width
/// changes.
#[inline(always)]
fn encode_u64_into_room(value: u64, room: &mut [u8; MAX_LEN_U64]) -> usize {
    let len = encoded_len_u64(value);
    // A continuation bit on each of the first `len - 1` bytes, at most the first 8 here.
    let continued = u64::MAX.checked_shl(8 * (len as u32 - 1)).unwrap_or(0);
    let word = scatter_groups(value) | (CONTINUATION_BITS & !continued);
    let (low, high) = room.split_at_mut(8);
    low.copy_from_slice(&word.to_le_bytes());
    // Bits 56..=62 in the 9th byte, continued only by a 10th, which holds bit 63.
    let top = value >> 56;
    let ninth = (top as u8 & 0x7f) | (u8::from(len == MAX_LEN_U64) << 7);
    high.copy_from_slice(&[ninth, (top >> 7) as u8]);
    len
}

/// The error of an encoder whose buffer holds `available` bytes, too few for `value`.
#[cold]
fn buffer_too_small(value: u64, available: usize) -> EncodeError {
    EncodeError::BufferTooSmall {
        needed: encoded_len_u64(value),
        available,
    }
}

/// Spreads the low 56 bits of `value` over the low 7 bits of each byte of a
/// little-endian word: the inverse of [`gather_groups`].
#[inline(always)]
const fn scatter_groups(value: u64) -> u64 {
    let value = value & ((1 << 56) - 1);
    // 28 + 28 bits into the two 32-bit lanes.
    let quads = (value & 0x0fff_ffff) | ((value & 0x00ff_ffff_f000_0000) << 4);
    // 14 + 14 bits into each pair of 16-bit lanes.
    let pairs = (quads & 0x0000_3fff_0000_3fff) | ((quads & 0x0fff_c000_0fff_c000) << 2);
    // 7 + 7 bits into each pair of bytes.
    (pairs & 0x007f_007f_007f_007f) | ((pairs & 0x3f80_3f80_3f80_3f80) << 1)
}

/// Writes `value` as a varint; see [`encode_u64`]. At most [`MAX_LEN_U32`] bytes.
///
/// ```
/// use wire_runtime::varint::encode_u32;
///
/// let mut buf = [0u8; 5];
/// assert_eq!(encode_u32(u32::MAX, &mut buf), Ok(5));
/// assert_eq!(buf, [0xff, 0xff, 0xff, 0xff, 0x0f]);
/// ```
#[inline]
pub fn encode_u32(value: u32, buf: &mut [u8]) -> Result<usize, EncodeError> {
    encode_u64(u64::from(value), buf)
}

/// Writes `value` in ZigZag then varint (`sint64`); see [`encode_u64`].
///
/// ```
/// use wire_runtime::varint::encode_i64_zigzag;
///
/// let mut buf = [0u8; 10];
/// assert_eq!(encode_i64_zigzag(-1, &mut buf), Ok(1));
/// assert_eq!(buf[0], 0x01);
/// ```
#[inline]
pub fn encode_i64_zigzag(value: i64, buf: &mut [u8]) -> Result<usize, EncodeError> {
    encode_u64(zigzag_encode_i64(value), buf)
}

/// Writes `value` in ZigZag then varint (`sint32`); see [`encode_u64`].
///
/// ```
/// use wire_runtime::varint::encode_i32_zigzag;
///
/// let mut buf = [0u8; 5];
/// assert_eq!(encode_i32_zigzag(i32::MIN, &mut buf), Ok(5));
/// assert_eq!(buf, [0xff, 0xff, 0xff, 0xff, 0x0f]);
/// ```
#[inline]
pub fn encode_i32_zigzag(value: i32, buf: &mut [u8]) -> Result<usize, EncodeError> {
    encode_u64(u64::from(zigzag_encode_i32(value)), buf)
}

/// Reads a varint from the front of `input` and returns the value with the number of
/// bytes read (1 to 10). Bytes after the varint are ignored.
///
/// Errors: [`DecodeError::Truncated`] if `input` ends inside the varint (including an
/// empty `input`), [`DecodeError::MalformedVarint`] if it is longer than 10 bytes or
/// above `u64::MAX`; see the [module documentation](self) for the exact rules.
///
/// ```
/// use wire_runtime::varint::decode_u64;
/// use wire_runtime::DecodeError;
///
/// assert_eq!(decode_u64(&[0x96, 0x01, 0xff]), Ok((150, 2)));
/// assert_eq!(decode_u64(&[0x80, 0x00]), Ok((0, 2))); // non-minimal: accepted
/// assert_eq!(
///     decode_u64(&[0x96]),
///     Err(DecodeError::Truncated { field: "varint", offset: 0, needed: 2, available: 1 })
/// );
/// assert_eq!(
///     decode_u64(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]),
///     Err(DecodeError::MalformedVarint { offset: 9 })
/// );
/// ```
#[inline]
pub fn decode_u64(input: &[u8]) -> Result<(u64, usize), DecodeError> {
    let (value, len) = decode_u64_raw(input);
    if len == 0 {
        return Err(decode_u64_error(input));
    }
    Ok((value, len))
}

/// Reads a varint from the front of `*input` and moves `*input` past it: the cursor form
/// of [`decode_u64`], for a parser that walks a buffer (prost's
/// `decode_varint(&mut buf)` has this shape). Same values, same errors; on an error
/// `*input` is left as it was.
///
/// Why a second form: a caller of [`decode_u64`] re-slices with the length it returns
/// (`rest = &rest[len..]`), and that slice's bounds check is shared by every width, so
/// a one-byte varint pays for it too. Here each path moves the cursor itself: a one-byte
/// varint is one load, one test and the cursor's step (`benches/README.md`, "Varints").
///
/// ```
/// use wire_runtime::varint::read_u64;
/// use wire_runtime::DecodeError;
///
/// let mut input: &[u8] = &[0x96, 0x01, 0x05, 0x96];
/// assert_eq!(read_u64(&mut input), Ok(150));
/// assert_eq!(read_u64(&mut input), Ok(5));
/// assert_eq!(
///     read_u64(&mut input),
///     Err(DecodeError::Truncated { field: "varint", offset: 0, needed: 2, available: 1 })
/// );
/// assert_eq!(input, &[0x96]); // unchanged by the error
/// ```
#[inline(always)]
pub fn read_u64(input: &mut &[u8]) -> Result<u64, DecodeError> {
    if let Some((&first, rest)) = input.split_first() {
        if first < 0x80 {
            *input = rest;
            return Ok(u64::from(first));
        }
    }
    // As in `decode_u64_raw`: wider varints are laid out after the caller's loop.
    core::hint::cold_path();
    let (value, len) = decode_u64_raw(input);
    match input.get(len..) {
        Some(rest) if len != 0 => {
            *input = rest;
            Ok(value)
        }
        _ => Err(decode_u64_error(input)),
    }
}

/// [`decode_u64`] without its error: `(value, bytes read)`, or a length of 0 when the
/// input is truncated or malformed.
///
/// Why a separate function: when the paths that can fail returned a
/// `Result<(u64, usize), DecodeError>`, that 40-byte value came back through memory and
/// the compiler kept every decoded value in that stack slot, a store and a reload per
/// varint in the caller's loop. Two words come back in registers; the error is built
/// only on the cold path, by [`decode_u64_error`].
#[inline(always)]
fn decode_u64_raw(input: &[u8]) -> (u64, usize) {
    // One-byte varints (tags, small lengths and counts: the most common width) return
    // after one test, as in every varint reader.
    if let Some(&first) = input.first() {
        if first < 0x80 {
            return (u64::from(first), 1);
        }
    }
    // Wider ones are laid out after the caller's loop: the one-byte path then runs
    // straight into the caller's next iteration, one taken jump per value instead of two
    // (read in the assembly of the `varint` benchmark, see `benches/README.md`). On a
    // predictable stream of mostly one-byte varints, protobuf's, that path is the cost.
    core::hint::cold_path();
    if let (Some(word), Some(&ninth), Some(&tenth)) =
        (input.first_chunk::<8>(), input.get(8), input.get(9))
    {
        return decode_u64_wide(u64::from_le_bytes(*word), ninth, tenth);
    }
    // Fewer than 10 bytes left, near the end of the input: the bytewise reader, inlined
    // too, so that the caller's loop holds no call: around a call the compiler kept the
    // decoded value in a stack slot, on the one-byte path as well.
    decode_u64_bytewise(input).unwrap_or((0, 0))
}

/// The varint of 2 to 10 bytes that starts with the little-endian `word`, followed by
/// bytes `ninth` and `tenth`; a length of 0 when it is malformed.
///
/// From one unaligned 8-byte load (the caller's), with no per-byte bounds checks: find
/// the terminating byte and gather the 7-bit groups with shifts and masks, without a
/// branch per byte. On a stream of mixed widths a byte-at-a-time reader mispredicts on
/// most width changes, which costs more than the arithmetic here (see the `varint`
/// benchmark).
#[inline(always)]
fn decode_u64_wide(word: u64, ninth: u8, tenth: u8) -> (u64, usize) {
    let stops = !word & CONTINUATION_BITS;
    if let Some(stops) = NonZeroU64::new(stops) {
        // The lowest set bit of `stops` is the high bit of the terminating byte, at bit
        // `8 * i + 7` for the byte at index `i`; non-zero, so the count is at most 63
        // and the length at most 8.
        let len = stops.trailing_zeros() as usize / 8 + 1;
        // All bits up to and including that one: the bytes after the varint fall out.
        let keep = stops.get() ^ (stops.get() - 1);
        return (gather_groups(word & keep), len);
    }
    // The first 8 bytes all continue: 9 or 10 bytes, straight-line code.
    let value = gather_groups(word) | (u64::from(ninth & 0x7f) << 56);
    if ninth < 0x80 {
        return (value, 9);
    }
    // The 10th byte holds bit 63 only; anything else is a longer varint or overflow.
    if tenth > 1 {
        return (0, 0);
    }
    (value | (u64::from(tenth) << 63), 10)
}

/// The error [`decode_u64`] reports for an input [`decode_u64_raw`] refused.
#[cold]
#[inline(never)]
fn decode_u64_error(input: &[u8]) -> DecodeError {
    match decode_u64_bytewise(input) {
        Err(err) => err,
        // The two readers agree (tested); an `Ok` here would be a bug in the fast path,
        // and the bytewise reader's verdict is the reference.
        Ok(_) => DecodeError::MalformedVarint { offset: 0 },
    }
}

/// Packs the low 7 bits of each byte of a little-endian word into a 56-bit value: the
/// byte at index `i` supplies bits `7 * i .. 7 * i + 7`.
#[inline(always)]
const fn gather_groups(word: u64) -> u64 {
    let groups = word & 0x7f7f_7f7f_7f7f_7f7f;
    // Pairs of bytes: 7 + 7 bits in each 16-bit lane.
    let pairs = (groups & 0x007f_007f_007f_007f) | ((groups & 0x7f00_7f00_7f00_7f00) >> 1);
    // Pairs of pairs: 14 + 14 bits in each 32-bit lane.
    let quads = (pairs & 0x0000_3fff_0000_3fff) | ((pairs & 0x3fff_0000_3fff_0000) >> 2);
    // Both halves: 28 + 28 bits.
    (quads & 0x0fff_ffff) | ((quads & 0x0fff_ffff_0000_0000) >> 4)
}

/// The varint at `at` in `bytes`: `(value, bytes read)`, or a length of 0 when the
/// bytes there are not a whole valid varint ([`decode_u64`] says why, off the hot path).
/// Two words, returned in registers: a `Result` with a `DecodeError` in it would come
/// back through a stack slot (see [`decode_u64_raw`]). The derived messages' walk
/// (`var_support`) reads its varints with it.
///
/// A byte at a time, on purpose. In a message every field after a varint starts where
/// the varint ends, so its length is on the critical path of the walk. Here that length
/// is decided by branches, which the processor predicts (a field's width rarely changes
/// from one message to the next) and runs ahead of; [`decode_u64`] computes it
/// from the loaded word (mask, count trailing zeros, shift), a data dependency that every
/// later field waits for, and which only pays off on unpredictable widths (a stream of
/// varints, where [`decode_u64`] is used). On `benches/variable.rs`'s message (varints of 5, 2 and 3
/// bytes at its end) the view took 16 ns this way against 20 ns through
/// [`decode_u64`] (`benches/README.md`, "Variable-length messages").
///
/// The rules are the module's ("Base 128 Varints" in the Protocol Buffers encoding
/// guide: at most 10 bytes, the 10th 0 or 1); the tests check both readers agree.
#[inline(always)]
pub(crate) fn decode_u64_at(bytes: &[u8], at: usize) -> (u64, usize) {
    // Lengths, counts and small values: one byte, one test.
    match bytes.get(at) {
        Some(&first) if first < 0x80 => (u64::from(first), 1),
        Some(&first) => decode_u64_at_wide(bytes, at, first),
        None => (0, 0),
    }
}

/// [`decode_u64_at`] for a varint of two bytes or more, whose `first` byte (at `at`) has
/// its continuation bit set.
///
/// Each byte is added whole and the continuation bits of the bytes before the last are
/// taken out at the end (they are all set, so they sum to a constant for each length):
/// one operation a byte fewer than masking each. Left to the compiler to inline: forced
/// in, it made its callers (`read_len`, `read_bytes`) too large to inline in theirs.
#[inline]
fn decode_u64_at_wide(bytes: &[u8], at: usize, first: u8) -> (u64, usize) {
    let rest = bytes.get(at + 1..).unwrap_or_default();
    let mut value = u64::from(first);
    for (index, &byte) in rest.iter().take(MAX_LEN_U64 - 1).enumerate() {
        // `index + 1` is the byte's place in the varint: bits `7 * (index + 1)` up.
        if index == MAX_LEN_U64 - 2 && byte > 1 {
            return (0, 0);
        }
        value = value.wrapping_add(u64::from(byte) << (7 * (index + 1)));
        if byte < 0x80 {
            return (value.wrapping_sub(CONTINUATIONS[index]), index + 2);
        }
    }
    (0, 0)
}

/// `CONTINUATIONS[i]`: the continuation bits of the first `i + 1` bytes of a varint
/// (`0x80 << 7k` for each byte `k`), as [`decode_u64_at_wide`] adds them.
const CONTINUATIONS: [u64; MAX_LEN_U64 - 1] = {
    let mut sums = [0u64; MAX_LEN_U64 - 1];
    let mut i = 0;
    let mut sum = 0u64;
    while i < sums.len() {
        sum = sum.wrapping_add(0x80u64.wrapping_shl(7 * i as u32));
        sums[i] = sum;
        i += 1;
    }
    sums
};

/// The reference reader: one byte at a time, exactly as the rules in the module
/// documentation read. Used for short inputs; the fast path must agree with it.
#[inline(always)]
fn decode_u64_bytewise(input: &[u8]) -> Result<(u64, usize), DecodeError> {
    let mut value = 0u64;
    for (index, &byte) in input.iter().take(MAX_LEN_U64).enumerate() {
        if index == MAX_LEN_U64 - 1 && byte > 1 {
            return Err(DecodeError::MalformedVarint {
                offset: saturate(index),
            });
        }
        value |= u64::from(byte & 0x7f) << (7 * index);
        if byte < 0x80 {
            return Ok((value, index + 1));
        }
    }
    // A 10th byte that passed the check above has no continuation bit and returned, so
    // the loop only ends here when the input ran out mid-varint.
    Err(truncated(input))
}

/// Reads a 32-bit varint from the front of `input`; see [`decode_u64`].
///
/// Stricter than Protocol Buffers, which truncates: a value above `u32::MAX` is
/// [`DecodeError::MalformedVarint`] at the first byte that carries a bit above bit 31
/// (see the [module documentation](self) for why). Non-minimal encodings up to 10 bytes
/// are accepted.
///
/// ```
/// use wire_runtime::varint::decode_u32;
/// use wire_runtime::DecodeError;
///
/// assert_eq!(decode_u32(&[0xff, 0xff, 0xff, 0xff, 0x0f]), Ok((u32::MAX, 5)));
/// assert_eq!(
///     decode_u32(&[0xff, 0xff, 0xff, 0xff, 0x1f]), // 2^33 - 1
///     Err(DecodeError::MalformedVarint { offset: 4 })
/// );
/// ```
#[inline]
pub fn decode_u32(input: &[u8]) -> Result<(u32, usize), DecodeError> {
    // Every varint that reads as a u64 no larger than u32::MAX is a valid u32 varint; the
    // other cases all fail and need the bytewise reader to name the right byte.
    match decode_u64(input) {
        Ok((value, len)) => match u32::try_from(value) {
            Ok(value) => Ok((value, len)),
            Err(_) => decode_u32_bytewise(input),
        },
        Err(_) => decode_u32_bytewise(input),
    }
}

/// The reference 32-bit reader; names the first byte that breaks the rules.
#[cold]
fn decode_u32_bytewise(input: &[u8]) -> Result<(u32, usize), DecodeError> {
    let mut value = 0u32;
    for (index, &byte) in input.iter().take(MAX_LEN_U64).enumerate() {
        let group = byte & 0x7f;
        let fits = match index {
            0..=3 => true,
            // Bits 28..=31 come from the low four bits of the 5th byte.
            4 => group <= 0x0f,
            // Padding bytes of a non-minimal encoding carry no bits.
            5..=8 => group == 0,
            // The 10th byte may neither continue nor carry bit 63.
            _ => byte == 0,
        };
        if !fits {
            return Err(DecodeError::MalformedVarint {
                offset: saturate(index),
            });
        }
        // Bytes past the 5th add nothing (checked above); the shift would overflow.
        if index <= 4 {
            value |= u32::from(group) << (7 * index);
        }
        if byte < 0x80 {
            return Ok((value, index + 1));
        }
    }
    Err(truncated(input))
}

/// Reads a ZigZag varint (`sint64`) from the front of `input`; see [`decode_u64`].
///
/// ```
/// use wire_runtime::varint::decode_i64_zigzag;
///
/// assert_eq!(decode_i64_zigzag(&[0x03]), Ok((-2, 1)));
/// assert_eq!(
///     decode_i64_zigzag(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
///     Ok((i64::MIN, 10))
/// );
/// ```
#[inline]
pub fn decode_i64_zigzag(input: &[u8]) -> Result<(i64, usize), DecodeError> {
    let (value, len) = decode_u64(input)?;
    Ok((zigzag_decode_i64(value), len))
}

/// Reads a ZigZag varint (`sint32`) from the front of `input`; see [`decode_u32`] for
/// the 32-bit rule.
///
/// ```
/// use wire_runtime::varint::decode_i32_zigzag;
///
/// assert_eq!(decode_i32_zigzag(&[0xfe, 0xff, 0xff, 0xff, 0x0f]), Ok((i32::MAX, 5)));
/// ```
#[inline]
pub fn decode_i32_zigzag(input: &[u8]) -> Result<(i32, usize), DecodeError> {
    let (value, len) = decode_u32(input)?;
    Ok((zigzag_decode_i32(value), len))
}

/// The error for an input that ends while the continuation bit is set.
#[cold]
fn truncated(input: &[u8]) -> DecodeError {
    DecodeError::Truncated {
        field: FIELD,
        offset: 0,
        needed: saturate(input.len() + 1),
        available: saturate(input.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Bytes that take the fast path for widths 1..=10, padded so every width is tried.
    fn padded(value: u64, pad: u8) -> Vec<u8> {
        let mut buf = vec![pad; MAX_LEN_U64 + 8];
        let len = encode_u64(value, &mut buf).unwrap();
        assert_eq!(len, encoded_len_u64(value));
        buf
    }

    /// The obvious encoder, byte by byte: `encode_u64` must match it.
    fn encode_bytewise(value: u64, buf: &mut [u8]) -> Result<usize, EncodeError> {
        let len = encoded_len_u64(value);
        if buf.len() < len {
            return Err(EncodeError::BufferTooSmall {
                needed: len,
                available: buf.len(),
            });
        }
        let mut rest = value;
        for (index, byte) in buf[..len].iter_mut().enumerate() {
            let more = if index + 1 < len { 0x80 } else { 0 };
            *byte = (rest as u8 & 0x7f) | more;
            rest >>= 7;
        }
        Ok(len)
    }

    /// Values of every width, with the edges of each: the encoders' test values.
    fn values_of_every_width() -> Vec<u64> {
        let mut values = vec![0, 1, 0x7f, u64::MAX, u64::MAX - 1, 1 << 63];
        for shift in 1..64 {
            values.extend([1u64 << shift, (1u64 << shift) - 1, (1u64 << shift) | 0x55]);
        }
        values
    }

    #[test]
    fn encoder_agrees_with_bytewise_for_every_width_and_buffer_length() {
        for value in values_of_every_width() {
            for buf_len in 0..=MAX_LEN_U64 + 2 {
                // A sentinel everywhere: the bytes past the encoding must keep it.
                let mut ours = vec![0xa5u8; buf_len];
                let mut reference = ours.clone();
                let expected = encode_bytewise(value, &mut reference);
                assert_eq!(
                    encode_u64(value, &mut ours),
                    expected,
                    "{value:#x} into {buf_len} bytes"
                );
                if expected.is_ok() {
                    assert_eq!(ours, reference, "{value:#x} into {buf_len} bytes");
                }
            }
        }
    }

    #[test]
    fn write_u64_writes_what_encode_u64_writes_and_nothing_outside_its_buffer() {
        for value in values_of_every_width() {
            // Room from none to more than the longest varint, inside a larger buffer whose
            // bytes before and after the cursor's slice must keep their sentinel.
            for room in 0..=MAX_LEN_U64 + 2 {
                let mut whole = vec![0xa5u8; room + 4];
                let mut reference = vec![0xa5u8; room];
                let expected = encode_u64(value, &mut reference);
                let mut out: &mut [u8] = &mut whole[2..2 + room];
                let result = write_u64(value, &mut out);
                let left = out.len();
                match expected {
                    Ok(len) => {
                        assert_eq!(result, Ok(()), "{value:#x} into {room} bytes");
                        assert_eq!(left, room - len, "{value:#x} into {room} bytes");
                        assert_eq!(whole[2..2 + len], reference[..len], "{value:#x}");
                    }
                    Err(err) => {
                        assert_eq!(result, Err(err), "{value:#x} into {room} bytes");
                        assert_eq!(left, room, "the cursor stays put on an error");
                    }
                }
                assert_eq!(whole[..2], [0xa5; 2], "{value:#x}: before the buffer");
                assert_eq!(whole[2 + room..], [0xa5; 2], "{value:#x}: after the buffer");
            }
        }
    }

    #[test]
    fn read_u64_walks_what_write_u64_wrote() {
        let values = values_of_every_width();
        let mut buf = vec![0u8; values.len() * MAX_LEN_U64];
        let mut out: &mut [u8] = &mut buf;
        for &value in &values {
            write_u64(value, &mut out).unwrap();
        }
        let left = out.len();
        let written = buf.len() - left;
        let mut input: &[u8] = &buf[..written];
        for &value in &values {
            assert_eq!(read_u64(&mut input), Ok(value));
        }
        assert!(input.is_empty());
    }

    #[test]
    fn scatter_groups_undoes_gather_groups() {
        for value in [0u64, 1, 0x7f, 0x80, (1 << 56) - 1, 0x00ab_cdef_0123_4567] {
            assert_eq!(gather_groups(scatter_groups(value)), value);
        }
    }

    #[test]
    fn gather_groups_packs_seven_bits_per_byte() {
        assert_eq!(gather_groups(0x0000_0000_0000_027f), 0x17f);
        assert_eq!(gather_groups(0x7f7f_7f7f_7f7f_7f7f), (1 << 56) - 1);
        assert_eq!(gather_groups(0x0100_0000_0000_0000), 1 << 49);
    }

    #[test]
    fn long_and_short_varints_agree_with_bytewise_at_the_end_of_the_input() {
        // Every 9- and 10-byte encoding shape, and every prefix of it: the slow path and
        // the error builder must give exactly what the bytewise reader gives.
        let mut cases = Vec::new();
        for tenth in [0x00u8, 0x01, 0x02, 0x7f, 0x80, 0xff] {
            let mut ten = vec![0xffu8; 9];
            ten.push(tenth);
            cases.push(ten);
        }
        cases.push(vec![0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
        cases.push(vec![0xff; 12]);
        for case in &cases {
            for end in 0..=case.len() {
                let input = &case[..end];
                assert_eq!(
                    decode_u64(input),
                    decode_u64_bytewise(input),
                    "{input:02x?}"
                );
            }
        }
    }

    #[test]
    fn fast_path_agrees_with_bytewise_on_every_width() {
        for shift in 0..64 {
            for value in [1u64 << shift, (1u64 << shift) - 1, (1u64 << shift) | 0x55] {
                for pad in [0x00, 0x80, 0xff] {
                    let buf = padded(value, pad);
                    assert_eq!(decode_u64(&buf), decode_u64_bytewise(&buf), "{value:#x}");
                    assert_eq!(decode_u64(&buf), Ok((value, encoded_len_u64(value))));
                }
            }
        }
    }

    proptest! {
        #[test]
        fn fast_path_agrees_with_bytewise(input in proptest::collection::vec(any::<u8>(), 0..16)) {
            prop_assert_eq!(decode_u64(&input), decode_u64_bytewise(&input));
        }

        #[test]
        fn read_u64_agrees_with_decode_u64(
            input in proptest::collection::vec(prop_oneof![3 => 0x80..=0xffu8, 1 => 0x00..=0x02u8, 1 => any::<u8>()], 0..16)
        ) {
            let mut cursor: &[u8] = &input;
            match decode_u64(&input) {
                Ok((value, len)) => {
                    prop_assert_eq!(read_u64(&mut cursor), Ok(value));
                    prop_assert_eq!(cursor, &input[len..]);
                }
                Err(err) => {
                    prop_assert_eq!(read_u64(&mut cursor), Err(err));
                    prop_assert_eq!(cursor, &input[..]);
                }
            }
        }

        #[test]
        fn the_message_reader_agrees_with_decode_u64_at_every_position(
            input in proptest::collection::vec(prop_oneof![3 => 0x80..=0xffu8, 1 => 0x00..=0x02u8, 1 => any::<u8>()], 0..24),
            at in 0usize..26
        ) {
            // A length of 0 for what `decode_u64` refuses.
            let expected = decode_u64(input.get(at..).unwrap_or_default()).unwrap_or_default();
            prop_assert_eq!(decode_u64_at(&input, at), expected);
        }

        #[test]
        fn wide_reader_agrees_with_bytewise_on_every_ten_byte_window(
            // Mostly continuation bytes, so that the 9- and 10-byte shapes come up often.
            bytes in proptest::array::uniform10(prop_oneof![6 => 0x80..=0xffu8, 1 => 0x00..=0x02u8, 1 => any::<u8>()])
        ) {
            let [b0, b1, b2, b3, b4, b5, b6, b7, ninth, tenth] = bytes;
            let word = u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]);
            prop_assert_eq!(
                decode_u64_wide(word, ninth, tenth),
                decode_u64_bytewise(&bytes).unwrap_or((0, 0))
            );
        }

        #[test]
        fn fast_path_agrees_on_continuation_heavy_input(
            input in proptest::collection::vec(prop_oneof![Just(0x80u8), Just(0xff), Just(0x00), Just(0x01), any::<u8>()], 0..14)
        ) {
            prop_assert_eq!(decode_u64(&input), decode_u64_bytewise(&input));
            prop_assert_eq!(decode_u32(&input), decode_u32_bytewise(&input));
        }

        #[test]
        fn u32_reader_agrees_with_u64_reader_when_the_value_fits(input in proptest::collection::vec(any::<u8>(), 0..12)) {
            if let Ok((value, len)) = decode_u64(&input) {
                match u32::try_from(value) {
                    Ok(small) => prop_assert_eq!(decode_u32_bytewise(&input), Ok((small, len))),
                    Err(_) => {
                        let is_malformed = matches!(decode_u32_bytewise(&input), Err(DecodeError::MalformedVarint { .. }));
                        prop_assert!(is_malformed);
                    }
                }
            }
        }
    }
}
