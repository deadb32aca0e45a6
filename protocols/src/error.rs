//! The error of the packet types: a derived header or view that did not decode, its
//! length errors renamed after the header field that declares the length, and the rules
//! the derive cannot check (the IP version, a malformed option or DNS name).

use core::fmt;
use wire::DecodeError;

/// Why a packet could not be taken apart.
///
/// Offsets are bytes from the start of the buffer handed to the failing `parse`.
///
/// ```
/// use wire_protocols::{Ipv4Packet, PacketError};
///
/// let err = Ipv4Packet::parse(&[0x45, 0, 0, 20]).unwrap_err();
/// assert!(matches!(err, PacketError::Decode { layer: "IPv4 header", .. }));
/// assert_eq!(
///     err.to_string(),
///     "IPv4 header: input truncated at field `identification` (offset 4): needed 20 bytes, got 4"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PacketError {
    /// A derived header did not decode; its offsets are counted from `at`.
    Decode {
        /// Which header.
        layer: &'static str,
        /// Where that header starts in the buffer.
        at: u32,
        /// The derive's error, with offsets from the header's start.
        error: DecodeError,
    },
    /// A length field declares fewer bytes than its header's fixed part.
    LengthTooSmall {
        /// The length field.
        field: &'static str,
        /// Where the field is.
        offset: u32,
        /// The length it declares, in bytes.
        value: u32,
        /// The least it may declare.
        min: u32,
    },
    /// A length field declares more bytes than the input has.
    LengthExceedsInput {
        /// The length field.
        field: &'static str,
        /// Where the field is.
        offset: u32,
        /// The length it declares, in bytes.
        value: u32,
        /// The bytes there are.
        available: u32,
    },
    /// An IP header whose version field is not the one its type reads.
    Version {
        /// Where the field is.
        offset: u32,
        /// The version read.
        value: u8,
    },
    /// An IPv4 or TCP option whose length byte is below 2 or runs past the options.
    MalformedOption {
        /// Where the option starts.
        offset: u32,
        /// Its kind byte.
        kind: u8,
    },
    /// A DNS name that runs past the message, has a label over 63 bytes, or follows too
    /// many compression pointers (RFC 1035 §4.1.4).
    MalformedName {
        /// Where the bad label or pointer is.
        offset: u32,
    },
}

impl PacketError {
    pub(crate) fn decode(layer: &'static str, at: usize, error: DecodeError) -> Self {
        PacketError::Decode {
            layer,
            at: to_u32(at),
            error,
        }
    }
}

/// A header field that declares a length, and the variable field of the derived view
/// whose bytes it bounds: the view reports the variable field (its offset, its length as
/// computed), the packet types the header field (where it is, what it declares).
pub(crate) struct LengthField {
    /// The header field, as [`PacketError`] names it.
    pub(crate) field: &'static str,
    /// Where it is.
    pub(crate) offset: u32,
    /// The length it declares, in bytes.
    pub(crate) value: u32,
    /// The least it may declare.
    pub(crate) min: u32,
    /// The derived view's variable field that this length bounds.
    pub(crate) bounds: &'static str,
}

impl LengthField {
    /// The derived view's `error` as this field's [`PacketError`], if it is about the
    /// field this length bounds: a negative length is this length below `min`, a cut
    /// field is this length past the `available` bytes.
    pub(crate) fn blame(&self, error: &DecodeError, available: usize) -> Option<PacketError> {
        match *error {
            DecodeError::InvalidLength { field, .. } if field == self.bounds => {
                Some(PacketError::LengthTooSmall {
                    field: self.field,
                    offset: self.offset,
                    value: self.value,
                    min: self.min,
                })
            }
            DecodeError::Truncated { field, .. } if field == self.bounds => {
                Some(PacketError::LengthExceedsInput {
                    field: self.field,
                    offset: self.offset,
                    value: self.value,
                    available: to_u32(available),
                })
            }
            _ => None,
        }
    }
}

/// A length or offset as the error's `u32`: packets are far below 4 GiB.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl fmt::Display for PacketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PacketError::Decode { layer, at: 0, error } => write!(f, "{layer}: {error}"),
            PacketError::Decode { layer, at, error } => {
                write!(f, "{layer} at offset {at}: {error}")
            }
            PacketError::LengthTooSmall {
                field,
                offset,
                value,
                min,
            } => write!(
                f,
                "field `{field}` at offset {offset}: length {value} is below the minimum {min}"
            ),
            PacketError::LengthExceedsInput {
                field,
                offset,
                value,
                available,
            } => write!(
                f,
                "field `{field}` at offset {offset}: length {value} exceeds the {available} bytes available"
            ),
            PacketError::Version { offset, value } => {
                write!(f, "field `version` at offset {offset}: version {value}, expected 4")
            }
            PacketError::MalformedOption { offset, kind } => {
                write!(f, "option of kind {kind} at offset {offset} has a bad length")
            }
            PacketError::MalformedName { offset } => {
                write!(f, "malformed DNS name at offset {offset}")
            }
        }
    }
}

impl std::error::Error for PacketError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PacketError::Decode { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// A length as a 16-bit length field: IPv4 caps a packet at 65535 bytes.
pub(crate) fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
