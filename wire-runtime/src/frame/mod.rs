//! Framing: cutting a byte stream into messages and writing messages onto one.
//!
//! This module owns the frame layer only: where a frame starts, how long it is, whether
//! its bytes arrived intact (a CRC-16 of the header, a CRC32C of the frame), whether its payload is compressed, and how to find
//! the next frame after damage. It refuses everything above that layer: a payload is
//! handed out as bytes, and decoding it into a message is the job of the message types
//! (`#[derive(Wire)]`). It does no I/O either; [`crate::io`] and, behind the `tokio`
//! feature, [`WireCodec`] drive it from readers, writers and sockets.
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
//!   bytes so header and payload can go out in one vectored write.
//!
//! ```
//! use wire::frame::{FrameDecoder, FrameEncoder, FrameMeta, WireHeader};
//!
//! let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
//! let mut stream = Vec::new();
//! encoder.append(FrameMeta::new(7), b"hello", &mut stream)?;
//! encoder.append(FrameMeta::new(8), b"world", &mut stream)?;
//!
//! let mut decoder = FrameDecoder::<WireHeader>::new().require_checksum(true);
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

#[cfg(feature = "tokio")]
mod codec;
#[cfg(feature = "compression")]
mod compress;

#[cfg(feature = "tokio")]
pub use codec::{CodecFrame, WireCodec};
pub use crc16::crc16_ibm_3740;
pub use decoder::{frames, Frame, FrameDecoder, Frames};
pub use encoder::{FrameEncoder, PreparedFrame};
pub use error::{FrameError, HeaderError};
pub use header::{FrameFlags, FrameHeader, LenU16Be, LenU16Le, LenU32Be, LenU32Le, WireHeader};

/// The CRC32C (Castagnoli) of `bytes`, as the frame layer computes it: with the CPU's
/// CRC instruction where there is one. For protocols that checksum their own fields.
///
/// ```
/// // RFC 3720, appendix B.4: 32 bytes of zeros.
/// assert_eq!(wire::frame::crc32c(&[0; 32]), 0x8A91_36AA);
/// ```
#[inline]
pub fn crc32c(bytes: &[u8]) -> u32 {
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
    // crc-fast keeps the register before the final xor: for CRC-32/ISCSI (init and xorout
    // 0xFFFFFFFF, RFC 3720 section 12.1) that is the complement of the CRC so far.
    let mut digest = ::crc_fast::Digest::new_with_init_state(
        ::crc_fast::CrcAlgorithm::Crc32Iscsi,
        u64::from(!crc),
    );
    digest.update(bytes);
    digest.finalize() as u32
}

/// The default cap on a frame's payload length: 8 MiB, the same as tokio-util's
/// `LengthDelimitedCodec`.
pub const DEFAULT_MAX_FRAME_LEN: usize = 8 * 1024 * 1024;

/// What a sender says about a frame besides its payload: the message type and version.
///
/// Headers without these fields (the plain length prefixes) ignore them when writing and
/// report `None` when reading.
///
/// ```
/// use wire::frame::FrameMeta;
///
/// let meta = FrameMeta::new(0x0102).with_version(3);
/// assert_eq!((meta.msg_type, meta.version), (0x0102, 3));
/// assert_eq!(FrameMeta::default(), FrameMeta::new(0));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct FrameMeta {
    /// The message type, for headers that carry one.
    pub msg_type: u16,
    /// The message version, for headers that carry one.
    pub version: u8,
}

impl FrameMeta {
    /// Metadata with this message type and version 0.
    pub const fn new(msg_type: u16) -> Self {
        FrameMeta {
            msg_type,
            version: 0,
        }
    }

    /// The same metadata with this version.
    pub const fn with_version(self, version: u8) -> Self {
        FrameMeta { version, ..self }
    }
}
