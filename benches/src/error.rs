//! The error of the two hand-written implementations (`baseline_zerocopy` and
//! `from_be_bytes`): as precise as a careful person would make it by hand, so that the
//! baseline does the same checks as `wire` without being given a cheaper error path.

use core::fmt;

/// Why hand-written code refused bytes or a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandError {
    /// The input is not exactly one message long, or the output buffer is too short.
    Length {
        /// Bytes one message takes.
        needed: usize,
        /// Bytes given.
        available: usize,
    },
    /// The side byte is neither `B` nor `S`.
    InvalidSide {
        /// The byte read.
        value: u8,
    },
    /// A value does not fit its bit field or 48-bit field.
    OutOfRange {
        /// The field.
        field: &'static str,
        /// The value given.
        value: u64,
    },
}

impl fmt::Display for HandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            HandError::Length { needed, available } => {
                write!(f, "wrong length: needed {needed} bytes, got {available}")
            }
            HandError::InvalidSide { value } => write!(f, "invalid side byte {value:#04x}"),
            HandError::OutOfRange { field, value } => {
                write!(f, "field `{field}`: value {value} out of range")
            }
        }
    }
}

impl std::error::Error for HandError {}

/// Fails unless `value` fits in `bits` bits.
#[inline(always)]
pub fn check_width(field: &'static str, value: u64, bits: u32) -> Result<(), HandError> {
    if value >> bits == 0 {
        Ok(())
    } else {
        Err(HandError::OutOfRange { field, value })
    }
}

/// Fails unless `len` is exactly `needed`.
#[inline(always)]
pub fn check_exact_len(needed: usize, len: usize) -> Result<(), HandError> {
    if len == needed {
        Ok(())
    } else {
        Err(HandError::Length {
            needed,
            available: len,
        })
    }
}
