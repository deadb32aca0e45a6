//! The two error types every `wire` operation returns: [`DecodeError`] for bytes that
//! do not form a valid message, [`EncodeError`] for values or buffers that cannot be
//! written.
//!
//! Each variant names one cause and carries where it happened (the field and the byte
//! offset from the start of the input) and the offending value, so an error on a
//! production feed can be traced to a byte without a debugger. Framing errors live in
//! [`crate::frame`]; they wrap these where a payload fails to decode.
//!
//! Both types are at most 32 bytes (asserted below), because every `encode`, setter and
//! `decode` returns one inside its `Result`: a large error makes every call copy and
//! check a large return slot, failing or not. So offsets and lengths are `u32` (messages
//! and frames are far below 4 GiB; a larger count is reported as `u32::MAX`), and an
//! out-of-range value carries its range as a width in bits, not as two `i128`s.

use core::fmt;

/// `n` as an error's `u32` offset or length: `u32::MAX` when it does not fit.
#[doc(hidden)]
#[inline]
pub fn saturate<T: TryInto<u32>>(n: T) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

/// Why a sequence of bytes could not be read as a message.
///
/// Offsets are counted in bytes from the start of the buffer handed to the call that
/// failed (`view`, `decode`, `decode_u64`, …). Offsets and lengths are `u32`, so the
/// error stays small; one of 4 GiB or more is reported as `u32::MAX`.
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
        offset: u32,
        /// How many bytes the input needs at least.
        needed: u32,
        /// How many bytes the input has.
        available: u32,
    },
    /// The input holds more bytes than one message (`decode` and `view` take exactly one).
    TrailingBytes {
        /// Where the message ends and the extra bytes start.
        offset: u32,
        /// How many bytes follow the message.
        count: u32,
    },
    /// A C-like enum field holds a value that names no variant.
    InvalidDiscriminant {
        /// The enum field.
        field: &'static str,
        /// Where it starts.
        offset: u32,
        /// The value read.
        value: u64,
    },
    /// A `bool` field holds a byte other than 0 or 1.
    InvalidBool {
        /// The bool field.
        field: &'static str,
        /// Where it starts.
        offset: u32,
        /// The byte read.
        value: u8,
    },
    /// A `magic` field does not hold its constant.
    InvalidMagic {
        /// The magic field.
        field: &'static str,
        /// Where it starts.
        offset: u32,
    },
    /// A tagged union's tag names no variant (and the union has no `other` variant).
    UnknownTag {
        /// The union's tag field.
        field: &'static str,
        /// Where the tag starts.
        offset: u32,
        /// The tag read.
        tag: u64,
    },
    /// A length prefix declares more than the field's `max_len` allows.
    LengthExceedsMax {
        /// The variable-length field.
        field: &'static str,
        /// Where its length prefix starts.
        offset: u32,
        /// The declared length (`u32::MAX` for one of 4 GiB or more).
        len: u32,
        /// The cap.
        max: u32,
    },
    /// A string field is not valid UTF-8.
    InvalidUtf8 {
        /// The string field.
        field: &'static str,
        /// The offset of the first byte that is not valid UTF-8.
        offset: u32,
    },
    /// A versioned message's block length is shorter than its first version's block, or
    /// ends inside a field.
    InvalidBlockLength {
        /// Where the block length is.
        offset: u32,
        /// The block length read.
        len: u32,
    },
    /// A varint is longer than 10 bytes or overflows 64 bits.
    MalformedVarint {
        /// The offset of the byte at which the encoding became invalid.
        offset: u32,
    },
    /// A recursive type is nested deeper than its limit (`#[wire(max_depth = N)]`, 100 by
    /// default), so reading on would risk the stack.
    DepthExceeded {
        /// The field whose value would open one level too many.
        field: &'static str,
        /// Where that value starts.
        offset: u32,
        /// The limit that was reached.
        limit: u32,
    },
    /// A length or count computed from earlier fields (`#[wire(count = "…")]`,
    /// `#[wire(byte_len = "…")]`) is negative, as `ihl * 4 - 20` is for an `ihl` below 5.
    InvalidLength {
        /// The field whose length it is.
        field: &'static str,
        /// Where that field starts.
        offset: u32,
        /// The computed length (saturated to `i64`).
        value: i64,
    },
    /// The expression of a `count`, `byte_len` or `if` attribute cannot be evaluated on
    /// the values read: it overflows, divides by zero or shifts too far.
    InvalidExpression {
        /// The field the expression belongs to.
        field: &'static str,
        /// Where that field starts.
        offset: u32,
    },
    /// A checksum field (`#[wire(checksum = "…")]`) does not hold the checksum of the
    /// bytes it covers.
    ChecksumMismatch {
        /// The checksum field.
        field: &'static str,
        /// Where it starts.
        offset: u32,
        /// The checksum of the covered bytes.
        expected: u32,
        /// The value the field holds.
        found: u32,
    },
}

impl DecodeError {
    /// The same error with its offsets counted from `base` bytes earlier: for a message
    /// decoded inside another one, whose offsets are relative to its own start.
    #[doc(hidden)]
    #[must_use]
    pub fn offset_by(self, base: usize) -> Self {
        use DecodeError::*;
        let base = saturate(base);
        let add = |n: u32| n.saturating_add(base);
        match self {
            Truncated {
                field,
                offset,
                needed,
                available,
            } => Truncated {
                field,
                offset: add(offset),
                needed: add(needed),
                available: add(available),
            },
            TrailingBytes { offset, count } => TrailingBytes {
                offset: add(offset),
                count,
            },
            InvalidDiscriminant {
                field,
                offset,
                value,
            } => InvalidDiscriminant {
                field,
                offset: add(offset),
                value,
            },
            InvalidBool {
                field,
                offset,
                value,
            } => InvalidBool {
                field,
                offset: add(offset),
                value,
            },
            InvalidMagic { field, offset } => InvalidMagic {
                field,
                offset: add(offset),
            },
            UnknownTag { field, offset, tag } => UnknownTag {
                field,
                offset: add(offset),
                tag,
            },
            LengthExceedsMax {
                field,
                offset,
                len,
                max,
            } => LengthExceedsMax {
                field,
                offset: add(offset),
                len,
                max,
            },
            InvalidUtf8 { field, offset } => InvalidUtf8 {
                field,
                offset: add(offset),
            },
            InvalidBlockLength { offset, len } => InvalidBlockLength {
                offset: add(offset),
                len,
            },
            MalformedVarint { offset } => MalformedVarint {
                offset: add(offset),
            },
            DepthExceeded {
                field,
                offset,
                limit,
            } => DepthExceeded {
                field,
                offset: add(offset),
                limit,
            },
            InvalidLength {
                field,
                offset,
                value,
            } => InvalidLength {
                field,
                offset: add(offset),
                value,
            },
            InvalidExpression { field, offset } => InvalidExpression {
                field,
                offset: add(offset),
            },
            ChecksumMismatch {
                field,
                offset,
                expected,
                found,
            } => ChecksumMismatch {
                field,
                offset: add(offset),
                expected,
                found,
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
            DecodeError::InvalidLength { field, offset, value } => write!(
                f,
                "field `{field}` at offset {offset}: its length computed from earlier fields is {value}"
            ),
            DecodeError::InvalidExpression { field, offset } => write!(
                f,
                "field `{field}` at offset {offset}: its length or condition overflows on the values read"
            ),
            DecodeError::ChecksumMismatch { field, offset, expected, found } => write!(
                f,
                "field `{field}` at offset {offset}: checksum {found:#x} does not match the covered bytes' {expected:#x}"
            ),
        }
    }
}

impl core::error::Error for DecodeError {}

// Every `decode` and `view` returns a `DecodeError` in its `Result`; the API promises
// at most 32 bytes.
const _: () = assert!(core::mem::size_of::<DecodeError>() <= 32);

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
/// assert!(matches!(
///     err,
///     EncodeError::ValueOutOfRange { field: "kind", offset: 0, bits: 3, signed: false, value }
///         if value.get() == 9
/// ));
/// assert_eq!((err.min(), err.max()), (Some(0), Some(7)));
/// assert_eq!(err.to_string(), "field `kind` at offset 0: value 9 out of range 0..=7");
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
    /// A value does not fit its wire field (a bit field, an odd-width integer, a
    /// fixed-point decimal's integer).
    ///
    /// The field holds the integers of `bits` bits, signed or not:
    /// [`min`](Self::min) and [`max`](Self::max) give that range.
    ValueOutOfRange {
        /// The field.
        field: &'static str,
        /// Where the field starts (for a bit field, where its run of bytes starts;
        /// `u32::MAX` for an offset of 4 GiB or more).
        offset: u32,
        /// The value that was to be written; for a fixed-point decimal, the value in
        /// units of `10^-scale` (NaN as 0, an infinity as the nearest `i128`).
        value: OutOfRangeValue,
        /// The width of the field's wire integer, in bits (1 to 128).
        bits: u8,
        /// Whether that integer is signed (two's complement).
        signed: bool,
    },
    /// A variable-length value is longer than its field's `max_len` or its length prefix allows.
    LengthExceedsMax {
        /// The field.
        field: &'static str,
        /// The value's length.
        len: u64,
        /// The cap (`u32::MAX` for a cap of 4 GiB or more: a varint prefix without
        /// `max_len`).
        max: u32,
    },
    /// A field whose length an earlier field gives through an expression
    /// (`#[wire(byte_len = "ihl * 4 - 20")]`) has a length no value of that field gives:
    /// IPv4 options of a length that is not a multiple of 4.
    InvalidLength {
        /// The variable-length field.
        field: &'static str,
        /// Its length.
        len: u64,
    },
    /// A conditional field (`#[wire(if = "…")]`) is `Some` while its condition does not
    /// hold, or `None` while it does.
    ConditionMismatch {
        /// The conditional field.
        field: &'static str,
        /// Whether the value was `Some`.
        present: bool,
    },
}

impl EncodeError {
    /// The smallest value the field holds, for [`ValueOutOfRange`](Self::ValueOutOfRange);
    /// `None` for the other variants.
    ///
    /// ```
    /// use wire::EncodeError;
    ///
    /// let err = EncodeError::ValueOutOfRange {
    ///     field: "delta", offset: 2, value: (-9i8).into(), bits: 4, signed: true,
    /// };
    /// assert_eq!((err.min(), err.max()), (Some(-8), Some(7)));
    /// assert_eq!(EncodeError::BufferTooSmall { needed: 2, available: 1 }.min(), None);
    /// ```
    pub fn min(&self) -> Option<i128> {
        match *self {
            EncodeError::ValueOutOfRange { bits, signed, .. } => Some(range_of(bits, signed).0),
            _ => None,
        }
    }

    /// The largest value the field holds, for [`ValueOutOfRange`](Self::ValueOutOfRange);
    /// `None` for the other variants. An unsigned 128-bit field gives `i128::MAX`.
    ///
    /// ```
    /// use wire::EncodeError;
    ///
    /// let err = EncodeError::ValueOutOfRange {
    ///     field: "len", offset: 0, value: 70_000u32.into(), bits: 16, signed: false,
    /// };
    /// assert_eq!(err.max(), Some(65_535));
    /// ```
    pub fn max(&self) -> Option<i128> {
        match *self {
            EncodeError::ValueOutOfRange { bits, signed, .. } => Some(range_of(bits, signed).1),
            _ => None,
        }
    }
}

/// The range of a `bits`-bit integer (0 bits: only 0; more than 128: all of `i128`).
pub(crate) const fn range_of(bits: u8, signed: bool) -> (i128, i128) {
    let shift = 128u32.saturating_sub(bits as u32);
    if signed {
        // An arithmetic shift keeps the sign: i128::MIN >> 124 is -8, the 4-bit minimum.
        match (i128::MIN.checked_shr(shift), i128::MAX.checked_shr(shift)) {
            (Some(min), Some(max)) => (min, max),
            _ => (0, 0),
        }
    } else {
        match u128::MAX.checked_shr(shift) {
            Some(max) if max > i128::MAX as u128 => (0, i128::MAX),
            Some(max) => (0, max as i128),
            None => (0, 0),
        }
    }
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
                bits,
                signed,
            } => {
                let (min, max) = range_of(bits, signed);
                write!(
                    f,
                    "field `{field}` at offset {offset}: value {value} out of range {min}..={max}"
                )
            }
            EncodeError::LengthExceedsMax { field, len, max } => {
                write!(
                    f,
                    "field `{field}`: length {len} exceeds the maximum of {max}"
                )
            }
            EncodeError::InvalidLength { field, len } => {
                write!(
                    f,
                    "field `{field}`: length {len} cannot be written to the field its length expression reads"
                )
            }
            EncodeError::ConditionMismatch { field, present } => {
                let (value, holds) = if present {
                    ("Some", "does not hold")
                } else {
                    ("None", "holds")
                };
                write!(f, "field `{field}` is {value} but its condition {holds}")
            }
        }
    }
}

impl core::error::Error for EncodeError {}

// Every `encode` and setter returns an `EncodeError` in its `Result`; the API promises
// at most 32 bytes.
const _: () = assert!(core::mem::size_of::<EncodeError>() <= 32);

/// The value an [`EncodeError::ValueOutOfRange`] carries: an integer, exact when it has
/// at most 64 significant bits (every `u64`, every `i64`, every integer an `f64` holds),
/// otherwise rounded down to its 64 most significant bits.
///
/// An `i128` takes 16 bytes aligned to 16, which alone would make the error 48 bytes;
/// this takes 9 bytes aligned to 1, and fits beside the field name and the offset.
/// Rounding down keeps an out-of-range value out of its range: a value above the
/// field's maximum stays at or above the next power of two, one below the minimum stays
/// below it.
///
/// ```
/// use wire::OutOfRangeValue;
///
/// assert_eq!(OutOfRangeValue::from(u64::MAX).get(), u64::MAX as i128);
/// assert_eq!(OutOfRangeValue::from(i64::MIN).get(), i64::MIN as i128);
/// assert_eq!(OutOfRangeValue::new(1 << 100).get(), 1 << 100);
/// // 65 significant bits: the lowest one is dropped, rounding down.
/// assert_eq!(OutOfRangeValue::new((1 << 64) + 1).get(), 1 << 64);
/// assert_eq!(OutOfRangeValue::new(-(1 << 64) - 1).get(), -(1 << 64) - 2);
/// assert_eq!(OutOfRangeValue::from(-5i8).to_string(), "-5");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct OutOfRangeValue {
    /// The magnitude's 64 most significant bits, little-endian; bytes, so the type is
    /// aligned to 1 and packs beside the error's tag.
    digits: [u8; 8],
    /// Bit 7: the value is negative; bits 0 to 6: how far `digits` is shifted left
    /// (0 to 64).
    meta: u8,
}

const _: () = assert!(core::mem::size_of::<OutOfRangeValue>() == 9);

impl OutOfRangeValue {
    const NEGATIVE: u8 = 0x80;

    /// `value`, rounded down to its 64 most significant bits.
    pub const fn new(value: i128) -> Self {
        let negative = value < 0;
        let magnitude = value.unsigned_abs();
        let mut shift = (128 - magnitude.leading_zeros()).saturating_sub(64);
        let mut digits = magnitude >> shift;
        // Rounding a negative value down rounds its magnitude up.
        if negative && digits << shift != magnitude {
            digits += 1;
            if digits > u64::MAX as u128 {
                digits >>= 1;
                shift += 1;
            }
        }
        OutOfRangeValue {
            digits: (digits as u64).to_le_bytes(),
            meta: if negative { Self::NEGATIVE } else { 0 } | shift as u8,
        }
    }

    /// The value as an `i128`.
    pub const fn get(self) -> i128 {
        let magnitude = (u64::from_le_bytes(self.digits) as u128) << (self.meta & 0x7f);
        if self.meta & Self::NEGATIVE != 0 {
            // 2^127 (an i128::MIN magnitude) wraps to i128::MIN, as it should.
            (magnitude as i128).wrapping_neg()
        } else {
            magnitude as i128
        }
    }
}

macro_rules! out_of_range_value_from {
    ($($t:ty),*) => {$(
        impl From<$t> for OutOfRangeValue {
            fn from(value: $t) -> Self {
                OutOfRangeValue::new(value as i128)
            }
        }
    )*};
}

out_of_range_value_from!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, i128);

impl From<u128> for OutOfRangeValue {
    /// A value above `i128::MAX` is taken as `i128::MAX`.
    fn from(value: u128) -> Self {
        OutOfRangeValue::new(i128::try_from(value).unwrap_or(i128::MAX))
    }
}

impl fmt::Display for OutOfRangeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.get(), f)
    }
}

impl fmt::Debug for OutOfRangeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OutOfRangeValue").field(&self.get()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_of_every_field_kind_are_exact() {
        let exact = [
            0,
            1,
            -1,
            u64::MAX as i128,
            i64::MAX as i128 + 1,
            i64::MIN as i128,
            i64::MIN as i128 - 1,
            -(u64::MAX as i128),
            // A decimal whose units overflow its i64: 1e30 at scale 4.
            1e34f64 as i128,
            -1e34f64 as i128,
            i128::MIN,
            1 << 126,
        ];
        for v in exact {
            assert_eq!(OutOfRangeValue::new(v).get(), v, "{v}");
        }
    }

    #[test]
    fn wider_values_round_down_and_stay_out_of_range() {
        let (min, max) = range_of(96, true);
        for v in [max + 1, max + 2, i128::MAX, (1 << 100) + 12345] {
            let got = OutOfRangeValue::new(v).get();
            assert!(got > max && got <= v, "{v} -> {got}");
        }
        for v in [min - 1, min - 3, i128::MIN + 1, -(1 << 100) - 12345] {
            let got = OutOfRangeValue::new(v).get();
            assert!(got < min && got <= v, "{v} -> {got}");
        }
        assert_eq!(
            OutOfRangeValue::new(i128::MAX).get(),
            i128::MAX - (1 << 63) + 1
        );
        // -(2^64 - 1) * 2 - 1 rounds to -2^65, whose digits no longer fit: one more shift.
        let v = -(((u64::MAX as i128) << 1) + 1);
        assert_eq!(OutOfRangeValue::new(v).get(), -(1 << 65));
    }

    #[test]
    fn messages_keep_the_field_the_offset_and_the_values() {
        let err = EncodeError::ValueOutOfRange {
            field: "seq",
            offset: 12,
            value: u64::MAX.into(),
            bits: 40,
            signed: false,
        };
        assert_eq!(
            err.to_string(),
            "field `seq` at offset 12: value 18446744073709551615 out of range 0..=1099511627775"
        );
        let err = EncodeError::ValueOutOfRange {
            field: "t",
            offset: 5,
            value: i64::MIN.into(),
            bits: 24,
            signed: true,
        };
        assert_eq!(
            err.to_string(),
            "field `t` at offset 5: value -9223372036854775808 out of range -8388608..=8388607"
        );
    }

    #[test]
    fn offsets_and_lengths_beyond_u32_saturate() {
        assert_eq!(saturate(u64::MAX), u32::MAX);
        assert_eq!(saturate(7usize), 7);
        let err = DecodeError::Truncated {
            field: "a",
            offset: 3,
            needed: 8,
            available: 5,
        };
        assert_eq!(
            err.offset_by(u32::MAX as usize - 4),
            DecodeError::Truncated {
                field: "a",
                offset: u32::MAX - 1,
                needed: u32::MAX,
                available: u32::MAX,
            }
        );
    }

    #[test]
    fn ranges_of_every_width() {
        assert_eq!(range_of(1, false), (0, 1));
        assert_eq!(range_of(1, true), (-1, 0));
        assert_eq!(range_of(4, true), (-8, 7));
        assert_eq!(range_of(24, false), (0, 0xff_ffff));
        assert_eq!(range_of(64, false), (0, u64::MAX as i128));
        assert_eq!(range_of(64, true), (i64::MIN as i128, i64::MAX as i128));
        assert_eq!(range_of(127, false), (0, i128::MAX));
        assert_eq!(range_of(128, false), (0, i128::MAX));
        assert_eq!(range_of(128, true), (i128::MIN, i128::MAX));
        assert_eq!(range_of(0, true), (0, 0));
        assert_eq!(range_of(200, true), (i128::MIN, i128::MAX));
    }
}
