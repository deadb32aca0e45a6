//! Why a frame could not be read or written.

use crate::error::EncodeError;
use core::fmt;

/// Why a header's bytes are not a header, as [`FrameHeader::read`](super::FrameHeader::read)
/// reports it. The decoder adds the stream offset and turns it into a [`FrameError`].
///
/// ```
/// use wire::frame::{FrameHeader, HeaderError, WireHeader};
///
/// let err = WireHeader::read(&[0u8; WireHeader::LEN]).unwrap_err();
/// assert_eq!(err, HeaderError::BadSync { found: 0 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HeaderError {
    /// The sync word does not match.
    BadSync {
        /// The bytes found where the sync word belongs, big-endian.
        found: u32,
    },
    /// The header's own check (the CRC-16 of a [`WireHeader`](super::WireHeader)) does
    /// not match its bytes: some field is damaged, the length included.
    HeaderChecksumMismatch {
        /// The check the header carries.
        expected: u16,
        /// The check of the bytes received.
        computed: u16,
    },
    /// A field holds a value the layout does not allow (reserved flag bits, a zero
    /// length where the length counts the header's own type byte, …).
    Invalid {
        /// The field.
        field: &'static str,
        /// The value read.
        value: u64,
    },
}

impl From<crate::error::DecodeError> for HeaderError {
    /// A derived header struct that fails `view` or `decode` (an enum byte that names no
    /// variant, a magic that does not match) is an invalid header.
    fn from(err: crate::error::DecodeError) -> Self {
        use crate::error::DecodeError as D;
        match err {
            D::InvalidDiscriminant { field, value, .. } => HeaderError::Invalid { field, value },
            D::InvalidBool { field, value, .. } => HeaderError::Invalid {
                field,
                value: value.into(),
            },
            D::UnknownTag { field, tag, .. } => HeaderError::Invalid { field, value: tag },
            D::InvalidMagic { field, .. } => HeaderError::Invalid { field, value: 0 },
            _ => HeaderError::Invalid {
                field: "header",
                value: 0,
            },
        }
    }
}

/// Why a frame could not be decoded or encoded.
///
/// Offsets are stream offsets: bytes counted from the first byte the decoder was ever
/// given (for [`frames`](super::frames), from the start of the buffer) to the first byte
/// of the frame at fault.
///
/// ```
/// use wire::frame::{FrameDecoder, FrameError, LenU32Be};
///
/// let mut decoder = FrameDecoder::<LenU32Be>::new().max_frame_len(1024);
/// decoder.push(&[0xff, 0xff, 0xff, 0xff]);
/// let err = decoder.next_frame().unwrap_err();
/// assert_eq!(err, FrameError::TooLarge { offset: 0, len: 0xffff_ffff, max: 1024 });
/// assert_eq!(err.to_string(), "frame at offset 0 declares a payload of 4294967295 bytes, above the maximum of 1024");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FrameError {
    /// The bytes where a header should start do not begin with the sync word.
    BadSync {
        /// Stream offset of the bad header.
        offset: u64,
        /// The bytes found in place of the sync word, big-endian.
        found: u32,
    },
    /// A header field holds a value its layout does not allow.
    BadHeader {
        /// Stream offset of the header.
        offset: u64,
        /// The field.
        field: &'static str,
        /// The value read.
        value: u64,
    },
    /// The check a header carries over its own bytes does not match them (see
    /// [`WireHeader`](super::WireHeader)): the header is refused before its length is
    /// believed.
    HeaderChecksumMismatch {
        /// Stream offset of the header.
        offset: u64,
        /// The check the header carries.
        expected: u16,
        /// The check of the bytes received.
        computed: u16,
    },
    /// The CRC32C carried by the frame does not match its bytes.
    ChecksumMismatch {
        /// Stream offset of the frame.
        offset: u64,
        /// The checksum the frame carries.
        expected: u32,
        /// The checksum of the bytes received.
        computed: u32,
    },
    /// The decoder requires a checksum and the frame carries none.
    MissingChecksum {
        /// Stream offset of the frame.
        offset: u64,
    },
    /// A header declares a payload longer than `max_frame_len`; nothing was buffered for it.
    TooLarge {
        /// Stream offset of the frame.
        offset: u64,
        /// The declared payload length.
        len: u64,
        /// The cap.
        max: u64,
    },
    /// The stream ended inside a frame.
    Truncated {
        /// Stream offset of the incomplete frame.
        offset: u64,
        /// Bytes the frame needs (header and payload, as far as known).
        needed: u64,
        /// Bytes that arrived.
        available: u64,
    },
    /// A compressed payload declares a decompressed size above `max_frame_len`; nothing
    /// was decompressed.
    DecompressedTooLarge {
        /// Stream offset of the frame.
        offset: u64,
        /// The declared decompressed length.
        len: u64,
        /// The cap.
        max: u64,
    },
    /// A compressed payload is malformed, or compression support is not compiled in.
    Decompress {
        /// Stream offset of the frame.
        offset: u64,
        /// What went wrong.
        reason: &'static str,
    },
    /// The frame layout cannot carry what the encoder was asked to write (a checksum or
    /// the compressed flag in a plain length prefix).
    Unsupported {
        /// The feature the header lacks.
        feature: &'static str,
    },
    /// A frame could not be written: the output buffer is too small, or the payload is
    /// longer than the header's length field or `max_frame_len` allows.
    Encode(EncodeError),
}

impl FrameError {
    /// Attaches a stream offset to a header error.
    pub(crate) fn from_header(err: HeaderError, offset: u64) -> Self {
        match err {
            HeaderError::BadSync { found } => FrameError::BadSync { offset, found },
            HeaderError::HeaderChecksumMismatch { expected, computed } => {
                FrameError::HeaderChecksumMismatch {
                    offset,
                    expected,
                    computed,
                }
            }
            HeaderError::Invalid { field, value } => FrameError::BadHeader {
                offset,
                field,
                value,
            },
        }
    }

    /// The stream offset of the frame at fault, for the errors that have one.
    ///
    /// ```
    /// use wire::frame::FrameError;
    ///
    /// assert_eq!(FrameError::MissingChecksum { offset: 9 }.offset(), Some(9));
    /// assert_eq!(FrameError::Unsupported { feature: "checksum" }.offset(), None);
    /// ```
    pub fn offset(&self) -> Option<u64> {
        match *self {
            FrameError::BadSync { offset, .. }
            | FrameError::BadHeader { offset, .. }
            | FrameError::HeaderChecksumMismatch { offset, .. }
            | FrameError::ChecksumMismatch { offset, .. }
            | FrameError::MissingChecksum { offset }
            | FrameError::TooLarge { offset, .. }
            | FrameError::Truncated { offset, .. }
            | FrameError::DecompressedTooLarge { offset, .. }
            | FrameError::Decompress { offset, .. } => Some(offset),
            FrameError::Unsupported { .. } | FrameError::Encode(_) => None,
        }
    }

    /// The counter this error is recorded under in [`Stats`](crate::stats::Stats).
    pub(crate) fn stats_kind(&self) -> crate::stats::ErrorKind {
        use crate::stats::ErrorKind;
        match self {
            FrameError::BadSync { .. } => ErrorKind::BadSync,
            FrameError::ChecksumMismatch { .. } | FrameError::HeaderChecksumMismatch { .. } => {
                ErrorKind::BadChecksum
            }
            FrameError::TooLarge { .. } | FrameError::DecompressedTooLarge { .. } => {
                ErrorKind::TooLarge
            }
            FrameError::Decompress { .. } => ErrorKind::Decompress,
            FrameError::BadHeader { .. }
            | FrameError::MissingChecksum { .. }
            | FrameError::Truncated { .. }
            | FrameError::Unsupported { .. }
            | FrameError::Encode(_) => ErrorKind::BadHeader,
        }
    }
}

impl fmt::Display for FrameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            FrameError::BadSync { offset, found } => {
                write!(f, "bad sync word {found:#06x} at offset {offset}")
            }
            FrameError::BadHeader { offset, field, value } => {
                write!(f, "frame header at offset {offset}: field `{field}` holds invalid value {value:#x}")
            }
            FrameError::HeaderChecksumMismatch { offset, expected, computed } => write!(
                f,
                "frame header at offset {offset}: crc-16 mismatch, header carries {expected:#06x}, bytes give {computed:#06x}"
            ),
            FrameError::ChecksumMismatch { offset, expected, computed } => write!(
                f,
                "frame at offset {offset}: crc32c mismatch, frame carries {expected:#010x}, bytes give {computed:#010x}"
            ),
            FrameError::MissingChecksum { offset } => {
                write!(f, "frame at offset {offset} carries no checksum and one is required")
            }
            FrameError::TooLarge { offset, len, max } => write!(
                f,
                "frame at offset {offset} declares a payload of {len} bytes, above the maximum of {max}"
            ),
            FrameError::Truncated { offset, needed, available } => write!(
                f,
                "stream ended inside the frame at offset {offset}: needed {needed} bytes, got {available}"
            ),
            FrameError::DecompressedTooLarge { offset, len, max } => write!(
                f,
                "frame at offset {offset} declares a decompressed payload of {len} bytes, above the maximum of {max}"
            ),
            FrameError::Decompress { offset, reason } => {
                write!(f, "frame at offset {offset}: cannot decompress payload: {reason}")
            }
            FrameError::Unsupported { feature } => {
                write!(f, "the frame header has no room for a {feature}")
            }
            FrameError::Encode(err) => write!(f, "cannot encode frame: {err}"),
        }
    }
}

impl std::error::Error for FrameError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FrameError::Encode(err) => Some(err),
            _ => None,
        }
    }
}

// Every `next_frame` and `append` returns a `FrameError` in its `Result`. Stream offsets
// stay `u64` (a long-lived stream passes 4 GiB), so `BadHeader` (an offset, a field
// name and a value) takes 32 bytes by itself, and the tag brings the enum to 40.
const _: () = assert!(core::mem::size_of::<FrameError>() <= 40);

impl From<EncodeError> for FrameError {
    fn from(err: EncodeError) -> Self {
        FrameError::Encode(err)
    }
}
