//! Framing: cutting a byte stream into messages and writing messages onto one.
//!
//! This module owns the frame layer only: where a frame starts, how long it is, whether
//! its bytes arrived intact (a CRC-16 of the header, a CRC32C of the frame), whether its payload is compressed, and how to find
//! the next frame after damage. It refuses everything above that layer: a payload is
//! handed out as bytes, and decoding it into a message is the job of the message types
//! (`#[derive(Wire)]`). It does no I/O either; [`crate::io`] and, behind the `tokio`
//! feature, `WireCodec` drive it from readers, writers and sockets.
//!
//! The pieces:
//!
//! - [`FrameHeader`] describes a header layout: its size, how the payload length (and a
//!   message type, version and flags, where the layout has them) is read and written,
//!   and which byte patterns are plausible headers. Built in: [`WireHeader`], the default
//!   16-byte header with a sync word, a CRC-16 of its own bytes (so damage to it is
//!   found as soon as it arrives) and an optional CRC32C of the frame, and the plain
//!   length prefixes [`LenU16Be`], [`LenU16Le`], [`LenU32Be`] and [`LenU32Le`]
//!   ([`LenU32Be`] is byte-compatible with tokio-util's `LengthDelimitedCodec`
//!   defaults).
//! - [`FrameDecoder`] takes bytes in pieces of any size and hands out [`Frame`]s whose
//!   payload borrows from its buffer. [`frames`] does the same over one complete buffer
//!   (a datagram) without copying it at all.
//! - [`FrameEncoder`] writes a frame into a caller's buffer, or prepares the header
//!   bytes so header and payload can go out in one vectored write; its
//!   [`append_message`](FrameEncoder::append_message) encodes a message straight into
//!   the frame.
//! - [`FrameEncode`] and [`FrameDecode`], implemented by `#[derive(Wire)]`, connect
//!   messages to frames: `frame.decode::<M>()` and `frame.view::<M>()` read one out of a
//!   decoded [`Frame`]. A tagged union declared with `#[wire(tag = "header")]` keeps its
//!   tag in the header's message type instead of its payload.
//! - Behind the `tokio` feature, `MessageCodec` is a tokio-util codec of messages
//!   (`Framed<TcpStream, MessageCodec<Msg>>` sinks and streams `Msg`),
//!   `MessageRefCodec` the same with a sink of `&Msg`, and `MessageFrameCodec` one of
//!   frames that view their message in place.
//!
//! The checksum switch has one name on every side: `checksum(true)` on
//! [`FrameEncoder`] writes a CRC32C in every frame, on [`FrameDecoder`] requires and
//! verifies it, and on the codecs does both. (`with_checksum` and `require_checksum`,
//! the earlier names, still work.)
//!
//! ```
//! use wire::frame::{FrameDecoder, FrameEncoder, FrameMeta, WireHeader};
//!
//! let mut encoder = FrameEncoder::<WireHeader>::new().checksum(true);
//! let mut stream = Vec::new();
//! encoder.append(FrameMeta::new(7), b"hello", &mut stream)?;
//! encoder.append(FrameMeta::new(8), b"world", &mut stream)?;
//!
//! let mut decoder = FrameDecoder::<WireHeader>::new().checksum(true);
//! // Bytes arrive in arbitrary pieces; frames come out whole.
//! for piece in stream.chunks(3) {
//!     decoder.push(piece);
//!     while let Some(frame) = decoder.next_frame()? {
//!         assert!(frame.msg_type() == Some(7) || frame.msg_type() == Some(8));
//!         assert_eq!(frame.payload().len(), 5);
//!     }
//! }
//! # Ok::<(), wire::frame::FrameError>(())
//! ```

mod crc16;
mod decoder;
mod encoder;
mod error;
mod header;
mod message;

#[cfg(feature = "tokio")]
mod codec;
#[cfg(feature = "compression")]
mod compress;
#[cfg(feature = "tokio")]
mod message_codec;

#[doc(hidden)]
pub use crate::frame_traits::missing_msg_type;
pub use crate::frame_traits::{FrameDecode, FrameEncode, FrameMeta};
#[cfg(feature = "tokio")]
pub use codec::{CodecFrame, WireCodec};
pub use crc16::crc16_ibm_3740;
pub use decoder::{frames, Frame, FrameDecoder, Frames};
pub use encoder::{FrameEncoder, PreparedFrame};
pub use error::{FrameError, HeaderError};
pub use header::{FrameFlags, FrameHeader, LenU16Be, LenU16Le, LenU32Be, LenU32Le, WireHeader};
pub use message::MessageError;
#[cfg(feature = "tokio")]
pub use message_codec::{MessageCodec, MessageFrame, MessageFrameCodec, MessageRefCodec};

/// The CRC32C (Castagnoli) of `bytes`, as the frame layer computes it: with the CPU's
/// CRC instruction where there is one. For protocols that checksum their own fields.
///
/// In builds whose target has SSE4.2 (`-C target-cpu=x86-64-v2` or later, or `native`),
/// inputs up to 256 bytes take the `crc32` instruction inline, 8 bytes at a time (at 38
/// bytes, two thirds of `crc-fast`'s time or less in `benches/checksum.rs`); longer ones,
/// and every input in other builds, go through `crc-fast`, which picks the CPU's CRC and
/// carry-less multiply instructions at run time.
///
/// ```
/// // RFC 3720, appendix B.4: 32 bytes of zeros.
/// assert_eq!(wire::frame::crc32c(&[0; 32]), 0x8A91_36AA);
/// ```
#[inline]
pub fn crc32c(bytes: &[u8]) -> u32 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse4.2"))]
    if bytes.len() <= crate::crc32c_instruction::INLINE_MAX {
        return !crate::crc32c_instruction::update(!0, bytes);
    }
    ::crc_fast::crc32_iscsi(bytes)
}

/// Extends the CRC32C `crc` of some bytes with the bytes that follow them.
///
/// ```
/// use wire::frame::{crc32c, crc32c_append};
///
/// assert_eq!(crc32c_append(crc32c(b"head"), b"tail"), crc32c(b"headtail"));
/// ```
#[inline]
pub fn crc32c_append(crc: u32, bytes: &[u8]) -> u32 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse4.2"))]
    if bytes.len() <= crate::crc32c_instruction::INLINE_MAX {
        return !crate::crc32c_instruction::update(!crc, bytes);
    }
    // crc-fast keeps the register before the final xor: for CRC-32/ISCSI (init and xorout
    // 0xFFFFFFFF, RFC 3720 section 12.1) that is the complement of the CRC so far.
    let mut digest = ::crc_fast::Digest::new_with_init_state(
        ::crc_fast::CrcAlgorithm::Crc32Iscsi,
        u64::from(!crc),
    );
    digest.update(bytes);
    digest.finalize() as u32
}

/// The CRC32C a frame carries: its header's covered bytes, then its payload, without
/// copying them together. The encoder and the decoder both compute it here.
#[inline]
pub(crate) fn frame_crc32c(covered: &[u8], payload: &[u8]) -> u32 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse4.2"))]
    if let Some(crc) = frame_crc32c_inline(covered, payload) {
        return crc;
    }
    let mut digest = ::crc_fast::Digest::new(::crc_fast::CrcAlgorithm::Crc32Iscsi);
    digest.update(covered);
    digest.update(payload);
    // CRC-32/ISCSI is 32 bits wide: the high half of the u64 is zero.
    digest.finalize() as u32
}

/// [`frame_crc32c`] with the CPU's instruction inline, where the build enables it and
/// the payload is short enough for it to win (`crc32c_instruction::INLINE_MAX`; the
/// frame header's covered bytes are a few), else `None`.
#[cfg(all(target_arch = "x86_64", target_feature = "sse4.2"))]
#[inline]
fn frame_crc32c_inline(covered: &[u8], payload: &[u8]) -> Option<u32> {
    use crate::crc32c_instruction::{update, INLINE_MAX};
    (payload.len() <= INLINE_MAX).then(|| !update(update(!0, covered), payload))
}

/// [`frame_crc32c`] kept ready between frames, for a decoder that checks one frame after
/// another: making a `crc_fast::Digest` copies the algorithm's parameters (240 bytes),
/// which on a 40-byte frame cost about as many instructions as the CRC's own dispatch,
/// so the decoder makes one and resets it for each frame. Same CRC, same bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FrameCrc(::crc_fast::Digest);

impl FrameCrc {
    pub(crate) fn new() -> Self {
        FrameCrc(::crc_fast::Digest::new(
            ::crc_fast::CrcAlgorithm::Crc32Iscsi,
        ))
    }

    /// The CRC32C of `covered` followed by `payload`, as [`frame_crc32c`] computes it.
    #[inline]
    pub(crate) fn frame(&mut self, covered: &[u8], payload: &[u8]) -> u32 {
        #[cfg(all(target_arch = "x86_64", target_feature = "sse4.2"))]
        if let Some(crc) = frame_crc32c_inline(covered, payload) {
            return crc;
        }
        self.0.reset();
        self.0.update(covered);
        self.0.update(payload);
        // CRC-32/ISCSI is 32 bits wide: the high half of the u64 is zero.
        self.0.finalize() as u32
    }
}

/// The default cap on a frame's payload length: 8 MiB, the same as tokio-util's
/// `LengthDelimitedCodec`.
pub const DEFAULT_MAX_FRAME_LEN: usize = 8 * 1024 * 1024;
