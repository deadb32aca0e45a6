//! The two error types every `wire` operation returns: [`DecodeError`] for bytes that
//! do not form a valid message, [`EncodeError`] for values or buffers that cannot be
//! written.
//!
//! Each variant names one cause and carries where it happened (the field and the byte
//! offset from the start of the input) and the offending value, so an error on a
//! production feed can be traced to a byte without a debugger. Framing errors live in
//! [`crate::frame`]; they wrap these where a payload fails to decode.

use core::fmt;

/// Why a sequence of bytes could not be read as a message.
///
/// Offsets are counted in bytes from the start of the buffer handed to the call that
/// failed (`view`, `decode`, `decode_u64`, …).
///
/// ```
/// use wire::prelude::*;
/// use wire::DecodeError;
///
/// #[derive(Wire, Debug, PartialEq)]
/// #[wire(endian = "big")]
/// struct Ping { seq: u32, ok: bool }
///
/// let err = Ping::decode(&[0, 0, 0, 7, 2]).unwrap_err();
/// assert_eq!(err, DecodeError::InvalidBool { field: "ok", offset: 4, value: 2 });
/// assert_eq!(err.to_string(), "field `ok` at offset 4: invalid bool byte 0x02 (expected 0 or 1)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecodeError {
    /// The input ended before the message did.
    Truncated {
        /// The first field that does not fit in the input.
        field: &'static str,
        /// Where that field starts.
        offset: usize,
        /// How many bytes the input needs at least.
        needed: usize,
        /// How many bytes the input has.
        available: usize,
    },
    /// The input holds more bytes than one message (`decode` and `view` take exactly one).
    TrailingBytes {
        /// Where the message ends and the extra bytes start.
        offset: usize,
        /// How many bytes follow the message.
        count: usize,
    },
    /// A C-like enum field holds a value that names no variant.
    InvalidDiscriminant {
        /// The enum field.
        field: &'static str,
        /// Where it starts.
        offset: usize,
        /// The value read.
        value: u64,
    },
    /// A `bool` field holds a byte other than 0 or 1.
    InvalidBool {
        /// The bool field.
        field: &'static str,
        /// Where it starts.
        offset: usize,
        /// The byte read.
        value: u8,
    },
    /// A `magic` field does not hold its constant.
    InvalidMagic {
        /// The magic field.
        field: &'static str,
        /// Where it starts.
        offset: usize,
    },
    /// A tagged union's tag names no variant (and the union has no `other` variant).
    UnknownTag {
        /// The union's tag field.
        field: &'static str,
        /// Where the tag starts.
        offset: usize,
        /// The tag read.
        tag: u64,
    },
    /// A length prefix declares more than the field's `max_len` allows.
    LengthExceedsMax {
        /// The variable-length field.
        field: &'static str,
        /// Where its length prefix starts.
        offset: usize,
        /// The declared length.
        len: u64,
        /// The cap.
        max: u64,
    },
    /// A string field is not valid UTF-8.
    InvalidUtf8 {
        /// The string field.
        field: &'static str,
        /// The offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
    /// A versioned message's block length is shorter than its first version's block, or
    /// ends inside a field.
    InvalidBlockLength {
        /// Where the block length is.
        offset: usize,
        /// The block length read.
        len: usize,
    },
    /// A varint is longer than 10 bytes or overflows 64 bits.
    MalformedVarint {
        /// The offset of the byte at which the encoding became invalid.
        offset: usize,
    },
    /// A recursive type is nested deeper than its limit (`#[wire(max_depth = N)]`, 100 by
    /// default), so reading on would risk the stack.
    DepthExceeded {
        /// The field whose value would open one level too many.
        field: &'static str,
        /// Where that value starts.
        offset: usize,
        /// The limit that was reached.
        limit: u32,
    },
}

impl DecodeError {
    /// The same error with its offsets counted from `base` bytes earlier: for a message
    /// decoded inside another one, whose offsets are relative to its own start.
    #[doc(hidden)]
    #[must_use]
    pub fn offset_by(self, base: usize) -> Self {
        use DecodeError::*;
        match self {
            Truncated {
                field,
                offset,
                needed,
                available,
            } => Truncated {
                field,
                offset: offset + base,
                needed: needed + base,
                available: available + base,
            },
            TrailingBytes { offset, count } => TrailingBytes {
                offset: offset + base,
                count,
            },
            InvalidDiscriminant {
                field,
                offset,
                value,
            } => InvalidDiscriminant {
                field,
                offset: offset + base,
                value,
            },
            InvalidBool {
                field,
                offset,
                value,
            } => InvalidBool {
                field,
                offset: offset + base,
                value,
            },
            InvalidMagic { field, offset } => InvalidMagic {
                field,
                offset: offset + base,
            },
            UnknownTag { field, offset, tag } => UnknownTag {
                field,
                offset: offset + base,
                tag,
            },
            LengthExceedsMax {
                field,
                offset,
                len,
                max,
            } => LengthExceedsMax {
                field,
                offset: offset + base,
                len,
                max,
            },
            InvalidUtf8 { field, offset } => InvalidUtf8 {
                field,
                offset: offset + base,
            },
            InvalidBlockLength { offset, len } => InvalidBlockLength {
                offset: offset + base,
                len,
            },
            MalformedVarint { offset } => MalformedVarint {
                offset: offset + base,
            },
            DepthExceeded {
                field,
                offset,
                limit,
            } => DepthExceeded {
                field,
                offset: offset + base,
                limit,
            },
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DecodeError::Truncated { field, offset, needed, available } => write!(
                f,
                "input truncated at field `{field}` (offset {offset}): needed {needed} bytes, got {available}"
            ),
            DecodeError::TrailingBytes { offset, count } => {
                write!(f, "{count} trailing bytes after the message, from offset {offset}")
            }
            DecodeError::InvalidDiscriminant { field, offset, value } => {
                write!(f, "field `{field}` at offset {offset}: {value:#x} names no enum variant")
            }
            DecodeError::InvalidBool { field, offset, value } => write!(
                f,
                "field `{field}` at offset {offset}: invalid bool byte {value:#04x} (expected 0 or 1)"
            ),
            DecodeError::InvalidMagic { field, offset } => {
                write!(f, "field `{field}` at offset {offset}: magic value does not match")
            }
            DecodeError::UnknownTag { field, offset, tag } => {
                write!(f, "field `{field}` at offset {offset}: unknown tag {tag:#x}")
            }
            DecodeError::LengthExceedsMax { field, offset, len, max } => write!(
                f,
                "field `{field}` at offset {offset}: length {len} exceeds the maximum of {max}"
            ),
            DecodeError::InvalidUtf8 { field, offset } => {
                write!(f, "field `{field}`: invalid utf-8 at offset {offset}")
            }
            DecodeError::InvalidBlockLength { offset, len } => write!(
                f,
                "block length {len} at offset {offset} does not end between two fields of the block"
            ),
            DecodeError::MalformedVarint { offset } => {
                write!(f, "malformed varint at offset {offset}: longer than 10 bytes or above u64::MAX")
            }
            DecodeError::DepthExceeded { field, offset, limit } => write!(
                f,
                "field `{field}` at offset {offset}: nested deeper than the limit of {limit} levels"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Why a value could not be written.
///
/// ```
/// use wire::prelude::*;
/// use wire::EncodeError;
///
/// #[derive(Wire, Debug, PartialEq)]
/// #[wire(endian = "big")]
/// struct Flags { #[wire(bits = 3)] kind: u8, #[wire(bits = 5)] level: u8 }
///
/// let mut buf = [0u8; 1];
/// let err = Flags { kind: 9, level: 0 }.encode(&mut buf).unwrap_err();
/// assert_eq!(err, EncodeError::ValueOutOfRange { field: "kind", offset: 0, value: 9, min: 0, max: 7 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodeError {
    /// The output buffer is shorter than the encoding.
    BufferTooSmall {
        /// Bytes the encoding needs.
        needed: usize,
        /// Bytes the buffer has.
        available: usize,
    },
    /// A value does not fit its wire field (a bit field, an odd-width integer).
    ValueOutOfRange {
        /// The field.
        field: &'static str,
        /// Where the field starts (for a bit field, where its run of bytes starts).
        offset: usize,
        /// The value that was to be written.
        value: i128,
        /// The smallest value the field holds.
        min: i128,
        /// The largest value the field holds.
        max: i128,
    },
    /// A variable-length value is longer than its field's `max_len` or its length prefix allows.
    LengthExceedsMax {
        /// The field.
        field: &'static str,
        /// The value's length.
        len: u64,
        /// The cap.
        max: u64,
    },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            EncodeError::BufferTooSmall { needed, available } => {
                write!(
                    f,
                    "buffer too small: needed {needed} bytes, got {available}"
                )
            }
            EncodeError::ValueOutOfRange {
                field,
                offset,
                value,
                min,
                max,
            } => write!(
                f,
                "field `{field}` at offset {offset}: value {value} out of range {min}..={max}"
            ),
            EncodeError::LengthExceedsMax { field, len, max } => {
                write!(
                    f,
                    "field `{field}`: length {len} exceeds the maximum of {max}"
                )
            }
        }
    }
}

impl std::error::Error for EncodeError {}
