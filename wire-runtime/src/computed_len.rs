//! What the generated code calls for fields whose length or presence is computed from
//! earlier fields (`#[wire(count = "…")]`, `byte_len = "…"`, `if = "…"`). Not a public
//! API: reached through `wire::__private`.
//!
//! Expressions are evaluated as [`wire_schema::Expr::eval`] defines them: over `i128`,
//! every operation checked, `None` for a value that overflows, a division by zero or a
//! shift by 128 or more, so no input makes a reader panic or wrap. A computed length is
//! checked against its cap and against the input left before anything is allocated or
//! read.

use crate::error::{saturate, DecodeError, EncodeError, OutOfRangeValue};
use crate::list::List;
use crate::var_support::DecodeElement;
#[cfg(feature = "alloc")]
use alloc::vec::Vec;
use wire_schema::{BinOp, UnOp};
use zerocopy::byteorder::ByteOrder;

/// `op a`, as [`wire_schema::Expr::eval`] defines it.
#[inline]
pub fn expr_unary(op: UnOp, a: Option<i128>) -> Option<i128> {
    op.apply(a?)
}

/// `a op b`, as [`wire_schema::Expr::eval`] defines it. Both sides come evaluated (they
/// have no effects); `&&` and `||` ignore `b` when `a` decides, so a right side that
/// cannot be evaluated does not matter then.
#[inline]
pub fn expr_binary(op: BinOp, a: Option<i128>, b: Option<i128>) -> Option<i128> {
    let a = a?;
    match op {
        BinOp::And if a == 0 => Some(0),
        BinOp::Or if a != 0 => Some(1),
        _ => op.apply(a, b?),
    }
}

/// Whether a condition holds (`None`: it could not be evaluated).
#[inline]
pub fn condition_holds(
    value: Option<i128>,
    field: &'static str,
    at: usize,
) -> Result<bool, DecodeError> {
    match value {
        Some(value) => Ok(value != 0),
        None => Err(DecodeError::InvalidExpression {
            field,
            offset: saturate(at),
        }),
    }
}

/// The length an expression gave the field at `at`, checked in this order: it could be
/// evaluated, it is not negative, it is within `max`, and `len * unit` bytes are left
/// in `bytes` (`unit`: the fewest bytes one unit takes: 1 for bytes, an element's
/// shortest encoding for a counted list).
#[inline]
pub fn computed_len(
    value: Option<i128>,
    max: u64,
    unit: usize,
    bytes: &[u8],
    at: usize,
    field: &'static str,
) -> Result<usize, DecodeError> {
    let offset = saturate(at);
    let Some(value) = value else {
        return Err(DecodeError::InvalidExpression { field, offset });
    };
    if value < 0 {
        let value = i64::try_from(value).unwrap_or(i64::MIN);
        return Err(DecodeError::InvalidLength {
            field,
            offset,
            value,
        });
    }
    if value > i128::from(max) {
        return Err(DecodeError::LengthExceedsMax {
            field,
            offset,
            len: saturate(value),
            max: saturate(max),
        });
    }
    let left = bytes.len().saturating_sub(at);
    let len = usize::try_from(value).unwrap_or(usize::MAX);
    let needed = len.saturating_mul(unit.max(1));
    if needed > left {
        return Err(DecodeError::Truncated {
            field,
            offset,
            needed: saturate(at.saturating_add(needed)),
            available: saturate(bytes.len()),
        });
    }
    Ok(len)
}

/// `len` bytes at `*pos`, which [`computed_len`] found are there.
#[inline]
pub fn take_exact<'a>(bytes: &'a [u8], pos: &mut usize, len: usize) -> &'a [u8] {
    let start = *pos;
    let end = start.saturating_add(len).min(bytes.len());
    *pos = end;
    bytes.get(start..end).unwrap_or_default()
}

/// `len` bytes of UTF-8 at `*pos`, which [`computed_len`] found are there.
#[inline]
pub fn take_str<'a>(
    bytes: &'a [u8],
    pos: &mut usize,
    len: usize,
    field: &'static str,
) -> Result<&'a str, DecodeError> {
    let start = *pos;
    core::str::from_utf8(take_exact(bytes, pos, len)).map_err(|e| DecodeError::InvalidUtf8 {
        field,
        offset: saturate(start + e.valid_up_to()),
    })
}

/// `count` elements at `*pos`, every one validated.
#[inline]
pub fn counted_list<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    count: usize,
    field: &'static str,
    depth: crate::var_support::Depth,
) -> Result<List<'a, T, O>, DecodeError> {
    let start = *pos;
    T::check_list::<O>(bytes, pos, count, field, depth)?;
    Ok(List::from_validated(
        bytes.get(start..*pos).unwrap_or_default(),
        count,
    ))
}

/// `count` validated elements at `*pos`.
#[inline]
pub fn validated_counted_list<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    count: usize,
) -> Option<List<'a, T, O>> {
    let start = *pos;
    let len = T::list_len_validated::<O>(bytes.get(start..)?, count)?;
    *pos = start + len;
    Some(List::from_validated(bytes.get(start..*pos)?, count))
}

/// Walks the elements in the `len` bytes at `*pos` with `step` (which reads one at the
/// front of its slice, at the absolute offset it is given, and returns its length), and
/// returns how many there were. An element that runs past the `len` bytes fails in
/// `step` (it sees only them), with its absolute offset.
#[inline]
fn each_element<'a>(
    bytes: &'a [u8],
    pos: &mut usize,
    len: usize,
    field: &'static str,
    mut step: impl FnMut(&'a [u8], usize) -> Result<usize, DecodeError>,
) -> Result<usize, DecodeError> {
    let start = *pos;
    let end = start.saturating_add(len).min(bytes.len());
    let body = bytes.get(..end).unwrap_or_default();
    let mut count = 0usize;
    while *pos < end {
        let used = step(body.get(*pos..).unwrap_or_default(), *pos)?;
        if used == 0 {
            // An element that takes no bytes would never use the length up.
            return Err(DecodeError::InvalidLength {
                field,
                offset: saturate(start),
                value: i64::try_from(len).unwrap_or(i64::MAX),
            });
        }
        *pos += used;
        count += 1;
    }
    Ok(count)
}

/// The elements in the `len` bytes at `*pos`, every one validated.
#[inline]
pub fn sized_list<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    len: usize,
    field: &'static str,
    depth: crate::var_support::Depth,
) -> Result<List<'a, T, O>, DecodeError> {
    let start = *pos;
    let count = each_element(bytes, pos, len, field, |rest, at| {
        T::elem_check::<O>(rest, field, at, depth)
    })?;
    Ok(List::from_validated(
        bytes.get(start..*pos).unwrap_or_default(),
        count,
    ))
}

/// Checks the elements in the `len` bytes at `*pos`.
#[inline]
pub fn check_sized_list<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    len: usize,
    field: &'static str,
    depth: crate::var_support::Depth,
) -> Result<(), DecodeError> {
    each_element(bytes, pos, len, field, |rest, at| {
        T::elem_check::<O>(rest, field, at, depth)
    })
    .map(|_| ())
}

/// Decodes the elements in the `len` bytes at `*pos`. The `Vec` grows as elements
/// arrive: each one was read from bytes that are there.
#[cfg(feature = "alloc")]
#[inline]
pub fn decode_sized_list<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    len: usize,
    field: &'static str,
    depth: crate::var_support::Depth,
) -> Result<Vec<T>, DecodeError> {
    let mut out = Vec::new();
    each_element(bytes, pos, len, field, |rest, at| {
        let (value, used) = T::elem_decode::<O>(rest, field, at, depth)?;
        out.push(value);
        Ok(used)
    })?;
    Ok(out)
}

/// The validated elements in the `len` bytes at `*pos`.
#[inline]
pub fn validated_sized_list<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    len: usize,
) -> Option<List<'a, T, O>> {
    let start = *pos;
    let body = bytes.get(start..start.checked_add(len)?)?;
    let (mut at, mut count) = (0usize, 0usize);
    while at < body.len() {
        at += T::elem_len_validated::<O>(body.get(at..)?)?;
        count += 1;
    }
    *pos = start + len;
    Some(List::from_validated(body, count))
}

/// Checks the length of a value to encode against its field's cap.
#[inline]
pub fn check_computed_len(len: usize, max: u64, field: &'static str) -> Result<(), EncodeError> {
    if len as u64 > max {
        return Err(EncodeError::LengthExceedsMax {
            field,
            len: len as u64,
            max: saturate(max),
        });
    }
    Ok(())
}

/// Checks that a length expression without a field to solve gives the value's length.
#[inline]
pub fn check_length_matches(
    value: Option<i128>,
    len: usize,
    field: &'static str,
) -> Result<(), EncodeError> {
    if value == Some(len as i128) {
        Ok(())
    } else {
        Err(EncodeError::InvalidLength {
            field,
            len: len as u64,
        })
    }
}

/// Where a length is written back: the field, its offset and its wire integer.
#[derive(Clone, Copy, Debug)]
pub struct LengthTarget {
    /// The field written.
    pub field: &'static str,
    /// Where it starts (its run's start for a bit field).
    pub offset: usize,
    /// The width of its wire integer.
    pub bits: u8,
    /// Whether that integer is signed.
    pub signed: bool,
}

/// The value of a length's target field: `solved` (`None`: no whole number gives the
/// length `len` of `field`), within the target's wire integer and its Rust type.
#[inline]
pub fn length_target<T: TryFrom<i128>>(
    solved: Option<i128>,
    len: usize,
    field: &'static str,
    target: LengthTarget,
) -> Result<T, EncodeError> {
    let Some(value) = solved else {
        return Err(EncodeError::InvalidLength {
            field,
            len: len as u64,
        });
    };
    let bits = u32::from(target.bits).clamp(1, 127);
    let (min, max) = if target.signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let fits = (min..=max).contains(&value);
    match T::try_from(value) {
        Ok(value) if fits => Ok(value),
        _ => Err(EncodeError::ValueOutOfRange {
            field: target.field,
            offset: saturate(target.offset),
            value: OutOfRangeValue::new(value),
            bits: target.bits,
            signed: target.signed,
        }),
    }
}

/// `value / k` when it is a whole number.
#[inline]
pub fn exact_div(value: Option<i128>, k: Option<i128>) -> Option<i128> {
    let (value, k) = (value?, k?);
    if k == 0 || value.checked_rem(k)? != 0 {
        return None;
    }
    value.checked_div(k)
}

/// Checks that a conditional field is present exactly when its condition holds.
#[inline]
pub fn check_condition(
    value: Option<i128>,
    present: bool,
    field: &'static str,
) -> Result<(), EncodeError> {
    if value.map(|v| v != 0) == Some(present) {
        Ok(())
    } else {
        Err(EncodeError::ConditionMismatch { field, present })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_operations_are_checked() {
        assert_eq!(expr_binary(BinOp::Add, Some(i128::MAX), Some(1)), None);
        assert_eq!(expr_binary(BinOp::Div, Some(1), Some(0)), None);
        assert_eq!(expr_binary(BinOp::Shl, Some(1), Some(128)), None);
        assert_eq!(expr_binary(BinOp::Shr, Some(-8), Some(1)), Some(-4));
        assert_eq!(expr_binary(BinOp::Rem, Some(-7), Some(2)), Some(-1));
        // `&&` and `||` do not need their right side when the left decides.
        assert_eq!(expr_binary(BinOp::And, Some(0), None), Some(0));
        assert_eq!(expr_binary(BinOp::Or, Some(2), None), Some(1));
        assert_eq!(expr_binary(BinOp::And, Some(2), None), None);
        assert_eq!(expr_unary(UnOp::Neg, Some(i128::MIN)), None);
        assert_eq!(expr_unary(UnOp::Not, Some(3)), Some(0));
    }

    #[test]
    fn computed_lengths_are_checked_in_order() {
        let bytes = [0u8; 10];
        let len = |v, unit| computed_len(v, 8, unit, &bytes, 2, "f");
        assert_eq!(
            len(None, 1),
            Err(DecodeError::InvalidExpression {
                field: "f",
                offset: 2
            })
        );
        assert_eq!(
            len(Some(-3), 1),
            Err(DecodeError::InvalidLength {
                field: "f",
                offset: 2,
                value: -3
            })
        );
        assert!(matches!(
            len(Some(9), 1),
            Err(DecodeError::LengthExceedsMax { len: 9, .. })
        ));
        assert_eq!(len(Some(8), 1), Ok(8));
        assert!(matches!(
            len(Some(5), 2),
            Err(DecodeError::Truncated { needed: 12, .. })
        ));
    }

    #[test]
    fn targets_are_whole_and_in_range() {
        let target = LengthTarget {
            field: "ihl",
            offset: 0,
            bits: 4,
            signed: false,
        };
        assert_eq!(length_target::<u8>(Some(15), 40, "options", target), Ok(15));
        assert!(matches!(
            length_target::<u8>(Some(16), 44, "options", target),
            Err(EncodeError::ValueOutOfRange {
                field: "ihl",
                bits: 4,
                ..
            })
        ));
        assert_eq!(
            length_target::<u8>(None, 3, "options", target),
            Err(EncodeError::InvalidLength {
                field: "options",
                len: 3
            })
        );
        assert_eq!(exact_div(Some(12), Some(4)), Some(3));
        assert_eq!(exact_div(Some(13), Some(4)), None);
        assert_eq!(exact_div(Some(13), Some(0)), None);
    }
}
