//! What the code generated for variable-length, tagged and versioned messages calls.
//! Not a public API: reached through `wire::__private`.
//!
//! Readers take the whole message and a cursor (`pos`), so every error carries the
//! offset from the start of the message. Each length is checked against its cap and
//! against the input left **before** anything is allocated.

use crate::derive_support::{FieldSpan, FixedWire, SetResult};
use crate::error::{saturate, DecodeError, EncodeError};
#[cfg(not(feature = "std"))]
use crate::float::FloatExt;
use crate::list::List;
use crate::varint;
use zerocopy::byteorder::ByteOrder;
use zerocopy::{FromBytes, FromZeros, IntoBytes};

#[cfg(feature = "alloc")]
use alloc::string::String;
/// For the element impls generated in users' crates (the prelude may not be there).
#[cfg(feature = "alloc")]
pub use alloc::vec::Vec;

/// The cap of a length-prefixed field without `max_len`: 1 MiB (or 1 Mi elements).
pub const DEFAULT_MAX_LEN: u64 = 1 << 20;

/// How a length or count is written in front of a variable field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LenPrefix {
    /// One byte.
    U8,
    /// Two bytes, in the message's byte order.
    U16,
    /// Four bytes, in the message's byte order.
    U32,
    /// A LEB128 varint.
    Varint,
}

impl LenPrefix {
    /// The largest length the prefix can express.
    pub const fn max(self) -> u64 {
        match self {
            LenPrefix::U8 => u8::MAX as u64,
            LenPrefix::U16 => u16::MAX as u64,
            LenPrefix::U32 => u32::MAX as u64,
            LenPrefix::Varint => u64::MAX,
        }
    }

    /// Bytes the prefix takes for `len`.
    #[inline]
    pub fn size(self, len: usize) -> usize {
        match self {
            LenPrefix::U8 => 1,
            LenPrefix::U16 => 2,
            LenPrefix::U32 => 4,
            LenPrefix::Varint => varint::encoded_len_u64(len as u64),
        }
    }
}

/// The nesting limit of a variable-length message or tagged union without
/// `#[wire(max_depth = N)]`: as Protocol Buffers' default recursion limit.
pub const DEFAULT_MAX_DEPTH: u32 = 100;

/// What a list of elements of a variable-length type reserves before its elements are
/// read: at most this many bytes, then the `Vec` doubles as elements arrive. A declared
/// count is only a claim (each element may be longer than its minimum), so trusting it
/// would let a few bytes reserve much more than the input could fill.
pub const LIST_PREALLOC_BYTES: usize = 4096;

/// How many more levels of variable-length messages and tagged unions a walk over one
/// input may open: carried by value through the recursion, so a recursive type (a
/// `Vec<Node>` tree, or A holding B holding A) cannot be nested deep enough to exhaust
/// the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Depth {
    left: u32,
    limit: u32,
}

impl Depth {
    /// A walk that may open `limit` levels below the value it starts at.
    #[inline]
    pub const fn new(limit: u32) -> Depth {
        Depth { left: limit, limit }
    }

    /// One level deeper, for the value of `field` at `offset`; `DepthExceeded` when the
    /// limit is reached.
    #[inline]
    pub fn enter(self, field: &'static str, offset: usize) -> Result<Depth, DecodeError> {
        match self.left.checked_sub(1) {
            Some(left) => Ok(Depth {
                left,
                limit: self.limit,
            }),
            None => Err(depth_exceeded(field, offset, self.limit)),
        }
    }
}

#[cold]
#[inline(never)]
fn depth_exceeded(field: &'static str, offset: usize, limit: u32) -> DecodeError {
    DecodeError::DepthExceeded {
        field,
        offset: crate::error::saturate(offset),
        limit,
    }
}

/// A type that can be an element of a list field or the value of an `Option` field:
/// the encoding side.
#[diagnostic::on_unimplemented(
    message = "`{Self}` must derive `Wire` to be a list element, an `Option`'s value or a union's variant",
    label = "`{Self}` does not derive `Wire`",
    note = "these hold a primitive, an array or a type that derives `Wire`; `String`, `Vec<u8>` and other length-prefixed types go in a struct field with #[wire(len = …)]"
)]
pub trait EncodeElement {
    /// Bytes of this value's encoding.
    fn elem_len(&self) -> usize;
    /// Writes the value at the front of `out` and returns the bytes written.
    fn elem_write<O: ByteOrder>(&self, out: &mut [u8]) -> Result<usize, EncodeError>;

    /// Writes the elements of a list at the front of `out` and returns the bytes
    /// written. Fixed-size types override this with one bounds check for the whole
    /// list, as `DecodeElement::check_list` does on the way in.
    #[inline]
    fn write_list<O: ByteOrder>(items: &[Self], out: &mut [u8]) -> Result<usize, EncodeError>
    where
        Self: Sized,
    {
        let mut at = 0;
        for item in items {
            let rest = out.get_mut(at..).unwrap_or_default();
            at += item
                .elem_write::<O>(rest)
                .map_err(|e| element_error(e, at, out.len()))?;
        }
        Ok(at)
    }
}

/// The decoding side of [`EncodeElement`].
///
/// `depth` is what the walk may still open: variable-length types spend one level (with
/// [`Depth::enter`]) before they read their own fields; fixed-size types hold nothing
/// that nests and ignore it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` must derive `Wire` to be a list element, an `Option`'s value or a union's variant",
    label = "`{Self}` does not derive `Wire`",
    note = "these hold a primitive, an array or a type that derives `Wire`; `String`, `Vec<u8>` and other length-prefixed types go in a struct field with #[wire(len = …)]"
)]
pub trait DecodeElement<'a>: Sized {
    /// What a view yields: the value for fixed-size types, a view for variable ones.
    type View;
    /// Bytes of the shortest encoding: a declared count is capped by the input left
    /// divided by this before a `Vec` is allocated.
    const MIN_LEN: usize;
    /// Bytes of every encoding, for a type of fixed size: a union's `view` tests a
    /// variant of fixed size against its input's length once and returns from the
    /// variant's arm (see the derive's union expansion).
    const EXACT_LEN: Option<usize> = None;
    /// Validates one element at the front of `bytes` (which starts at `offset` in the
    /// message) and returns its view and length.
    fn elem_view<O: ByteOrder>(
        bytes: &'a [u8],
        field: &'static str,
        offset: usize,
        depth: Depth,
    ) -> Result<(Self::View, usize), DecodeError>;
    /// What a message's view keeps for an `Option` of this type: a copy of the checked
    /// bytes of a fixed-size value (read in the accessor as a fixed field is), the view
    /// of a variable-length one. `Copy` whatever `Self` is.
    type Stored<O: ByteOrder>: Copy;
    /// Validates one element at the front of `bytes` as
    /// [`elem_view`](DecodeElement::elem_view) does, and returns what a view keeps of it.
    fn elem_store<O: ByteOrder>(
        bytes: &'a [u8],
        field: &'static str,
        offset: usize,
        depth: Depth,
    ) -> Result<(Self::Stored<O>, usize), DecodeError>;
    /// What a view keeps of one validated element at the front of `bytes`, without a
    /// check, and its length.
    fn elem_store_validated<O: ByteOrder>(bytes: &'a [u8]) -> Option<(Self::Stored<O>, usize)>;
    /// The view of a kept element: a read, no check.
    fn stored_view<O: ByteOrder>(stored: Self::Stored<O>) -> Self::View;
    /// Validates one element at the front of `bytes` as [`elem_view`] does, and returns
    /// its length only: how a list's elements are checked, so that the recursion
    /// through a list builds no views and keeps its stack frames small.
    ///
    /// [`elem_view`]: DecodeElement::elem_view
    fn elem_check<O: ByteOrder>(
        bytes: &'a [u8],
        field: &'static str,
        offset: usize,
        depth: Depth,
    ) -> Result<usize, DecodeError>;
    /// The view of one element at the front of `bytes` that a view already validated (a
    /// list's element, met again while iterating): it re-reads lengths and positions and
    /// checks nothing else; `None` only if the bytes were not validated.
    fn elem_view_validated<O: ByteOrder>(bytes: &'a [u8]) -> Option<(Self::View, usize)>;
    /// The length of one validated element at the front of `bytes`, found by reading its
    /// lengths only (a list of them is skipped this way while a view is re-made).
    fn elem_len_validated<O: ByteOrder>(bytes: &'a [u8]) -> Option<usize>;
    /// Decodes one element at the front of `bytes`.
    fn elem_decode<O: ByteOrder>(
        bytes: &'a [u8],
        field: &'static str,
        offset: usize,
        depth: Depth,
    ) -> Result<(Self, usize), DecodeError>;

    /// Checks the `count` elements of a list at `*pos` and moves past them. Fixed-size
    /// types override this with one bounds check for the whole list.
    #[inline]
    fn check_list<O: ByteOrder>(
        bytes: &'a [u8],
        pos: &mut usize,
        count: usize,
        field: &'static str,
        depth: Depth,
    ) -> Result<(), DecodeError> {
        for _ in 0..count {
            let rest = bytes.get(*pos..).unwrap_or_default();
            *pos += Self::elem_check::<O>(rest, field, *pos, depth)?;
        }
        Ok(())
    }

    /// The length of `count` validated elements at the front of `bytes`. Fixed-size
    /// types override this with a multiplication.
    #[inline]
    fn list_len_validated<O: ByteOrder>(bytes: &'a [u8], count: usize) -> Option<usize> {
        let mut pos = 0usize;
        for _ in 0..count {
            pos += Self::elem_len_validated::<O>(bytes.get(pos..)?)?;
        }
        Some(pos)
    }

    /// Decodes the `count` elements of a list at `*pos`. Fixed-size types override this
    /// with one bounds check and one exact-size collection.
    ///
    /// The count was checked against the input left, but each element may be longer
    /// than [`MIN_LEN`](DecodeElement::MIN_LEN), so it reserves at most
    /// [`LIST_PREALLOC_BYTES`] up front and doubles the `Vec` as elements arrive: the
    /// heap a list takes stays within a constant factor of the elements it holds.
    #[cfg(feature = "alloc")]
    #[inline]
    fn decode_list<O: ByteOrder>(
        bytes: &'a [u8],
        pos: &mut usize,
        count: usize,
        field: &'static str,
        depth: Depth,
    ) -> Result<Vec<Self>, DecodeError> {
        let mut out = Vec::with_capacity(count.min(prealloc_elements::<Self>()));
        for _ in 0..count {
            let rest = bytes.get(*pos..).unwrap_or_default();
            let (value, used) = Self::elem_decode::<O>(rest, field, *pos, depth)?;
            *pos += used;
            push_within(&mut out, value, count);
        }
        Ok(out)
    }
}

/// How many elements of `T` fit in [`LIST_PREALLOC_BYTES`].
#[cfg(feature = "alloc")]
#[inline]
fn prealloc_elements<T>() -> usize {
    LIST_PREALLOC_BYTES / core::mem::size_of::<T>().max(1)
}

/// Appends `value` to a list of `count` elements, doubling the capacity when it is full
/// but never reserving past `count`. A function of its own, off the stack of the
/// recursion through nested lists.
#[cfg(feature = "alloc")]
#[inline(never)]
fn push_within<T>(out: &mut Vec<T>, value: T, count: usize) {
    if out.len() == out.capacity() {
        let len = out.len();
        out.reserve_exact(len.max(4).min(count.saturating_sub(len).max(1)));
    }
    out.push(value);
}

/// The raw elements of a list of `count` fixed-size elements at `*pos`, as one zerocopy
/// slice: a single bounds check for the whole list.
#[inline]
fn fixed_list<'a, T: FixedWire, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    count: usize,
    field: &'static str,
) -> Result<&'a [T::Raw<O>], DecodeError> {
    let start = *pos;
    let size = core::mem::size_of::<T::Raw<O>>();
    let end = count
        .checked_mul(size)
        .and_then(|len| start.checked_add(len));
    let raws = end
        .and_then(|end| bytes.get(start..end))
        .and_then(|body| <[T::Raw<O>]>::ref_from_bytes(body).ok());
    match (raws, end) {
        (Some(raws), Some(end)) if raws.len() == count => {
            *pos = end;
            Ok(raws)
        }
        _ => Err(truncated(
            field,
            start,
            start.saturating_add(count.saturating_mul(size)),
            bytes.len(),
        )),
    }
}

/// `DecodeElement::check_list` for a fixed-size type: one bounds check, then the
/// per-element checks the type has (none for plain integers: the loop vanishes).
#[inline]
pub fn fixed_check_list<T: FixedWire, O: ByteOrder>(
    bytes: &[u8],
    pos: &mut usize,
    count: usize,
    field: &'static str,
) -> Result<(), DecodeError> {
    let start = *pos;
    let size = core::mem::size_of::<T::Raw<O>>();
    if size == 0 {
        // Zero-sized elements take no bytes and hold nothing to check.
        return Ok(());
    }
    let raws = fixed_list::<T, O>(bytes, pos, count, field)?;
    for (i, raw) in raws.iter().enumerate() {
        T::validate(raw, field, start + i * size)?;
    }
    Ok(())
}

/// `DecodeElement::decode_list` for a fixed-size type: checked like
/// [`fixed_check_list`], then read into a `Vec` of exactly `count` elements.
#[cfg(feature = "alloc")]
#[inline]
pub fn fixed_decode_list<T: FixedWire, O: ByteOrder>(
    bytes: &[u8],
    pos: &mut usize,
    count: usize,
    field: &'static str,
) -> Result<Vec<T>, DecodeError> {
    let start = *pos;
    let size = core::mem::size_of::<T::Raw<O>>();
    if size == 0 {
        // Zero-sized elements take no bytes: every one reads from the same empty raw.
        let raw = T::Raw::<O>::new_zeroed();
        T::validate(&raw, field, start)?;
        return Ok((0..count).map(|_| T::read(&raw)).collect());
    }
    let raws = fixed_list::<T, O>(bytes, pos, count, field)?;
    for (i, raw) in raws.iter().enumerate() {
        T::validate(raw, field, start + i * size)?;
    }
    Ok(raws.iter().map(T::read).collect())
}

fn element_truncated(
    field: &'static str,
    offset: usize,
    needed: usize,
    available: usize,
) -> DecodeError {
    DecodeError::Truncated {
        field,
        offset: saturate(offset),
        needed: saturate(offset + needed),
        available: saturate(offset + available),
    }
}

/// `EncodeElement::elem_write` for a fixed-size type.
#[inline]
pub fn fixed_elem_write<T: FixedWire, O: ByteOrder>(
    value: &T,
    out: &mut [u8],
) -> Result<usize, EncodeError> {
    let size = core::mem::size_of::<T::Raw<O>>();
    let available = out.len();
    let (raw, _) = T::Raw::<O>::mut_from_prefix(out).map_err(|_| EncodeError::BufferTooSmall {
        needed: size,
        available,
    })?;
    value.write(raw, 0).into_result()?;
    Ok(size)
}

/// `EncodeElement::write_list` for a fixed-size type: one bounds check for the whole
/// list, then each element written into its own raw slot.
#[inline]
pub fn fixed_write_list<T: FixedWire, O: ByteOrder>(
    items: &[T],
    out: &mut [u8],
) -> Result<usize, EncodeError> {
    let size = core::mem::size_of::<T::Raw<O>>();
    let len = items.len().saturating_mul(size);
    let available = out.len();
    let Some(body) = out.get_mut(..len) else {
        return Err(too_small(len, available));
    };
    if size == 0 {
        // Zero-sized elements take no bytes; writing them checks their values only.
        for item in items {
            item.write(&mut T::Raw::<O>::new_zeroed(), 0)
                .into_result()?;
        }
        return Ok(0);
    }
    // Chunks of one element each, not `<[T::Raw<O>]>::mut_from_bytes`: zerocopy refuses
    // slices of zero-sized types at compile time, even behind the branch above.
    for (item, chunk) in items.iter().zip(body.chunks_exact_mut(size)) {
        let Ok(raw) = T::Raw::<O>::mut_from_bytes(chunk) else {
            return Err(too_small(len, available));
        };
        item.write(raw, 0).into_result()?;
    }
    Ok(len)
}

/// `DecodeElement::elem_view` (and `elem_decode`) for a fixed-size type.
#[inline]
pub fn fixed_elem_read<T: FixedWire, O: ByteOrder>(
    bytes: &[u8],
    field: &'static str,
    offset: usize,
) -> Result<(T, usize), DecodeError> {
    let size = core::mem::size_of::<T::Raw<O>>();
    let (raw, _) = T::Raw::<O>::ref_from_prefix(bytes)
        .map_err(|_| element_truncated(field, offset, size, bytes.len()))?;
    T::validate(raw, field, offset)?;
    Ok((T::read(raw), size))
}

/// `DecodeElement::elem_store` for a fixed-size type: a copy of its checked bytes.
#[inline]
pub fn fixed_elem_store<T: FixedWire, O: ByteOrder>(
    bytes: &[u8],
    field: &'static str,
    offset: usize,
) -> Result<(T::Raw<O>, usize), DecodeError> {
    let size = core::mem::size_of::<T::Raw<O>>();
    let (raw, _) = T::Raw::<O>::ref_from_prefix(bytes)
        .map_err(|_| element_truncated(field, offset, size, bytes.len()))?;
    T::validate(raw, field, offset)?;
    Ok((*raw, size))
}

/// `DecodeElement::elem_store_validated` for a fixed-size type: its bytes, unchecked.
#[inline]
pub fn fixed_elem_store_validated<T: FixedWire, O: ByteOrder>(
    bytes: &[u8],
) -> Option<(T::Raw<O>, usize)> {
    let (raw, _) = T::Raw::<O>::ref_from_prefix(bytes).ok()?;
    Some((*raw, core::mem::size_of::<T::Raw<O>>()))
}

/// `DecodeElement::elem_view_validated` for a fixed-size type: the bytes were checked
/// when the view was made, so only the bounds are.
#[inline]
pub fn fixed_elem_read_validated<T: FixedWire, O: ByteOrder>(bytes: &[u8]) -> Option<(T, usize)> {
    let (raw, _) = T::Raw::<O>::ref_from_prefix(bytes).ok()?;
    Some((T::read(raw), core::mem::size_of::<T::Raw<O>>()))
}

/// `DecodeElement::elem_len_validated` for a fixed-size type: its size, when the bytes
/// hold it.
#[inline]
pub fn fixed_elem_len_validated<T: FixedWire, O: ByteOrder>(bytes: &[u8]) -> Option<usize> {
    let size = core::mem::size_of::<T::Raw<O>>();
    (bytes.len() >= size).then_some(size)
}

/// `DecodeElement::list_len_validated` for a fixed-size type: `count` times its size,
/// when the bytes hold them.
#[inline]
pub fn fixed_list_len_validated<T: FixedWire, O: ByteOrder>(
    bytes: &[u8],
    count: usize,
) -> Option<usize> {
    let len = count.checked_mul(core::mem::size_of::<T::Raw<O>>())?;
    (bytes.len() >= len).then_some(len)
}

/// Every item `__fixed_element!` names, for the runtime's own uses of it.
#[doc(hidden)]
pub mod element_paths {
    pub use crate::derive_support::*;
    pub use crate::var_support::*;
    pub use crate::{__alloc_only, DecodeError, EncodeError};
}

/// Implements the element traits for fixed-size types: the derive calls this for every
/// fixed-layout type, the runtime for primitives and arrays.
#[doc(hidden)]
#[macro_export]
macro_rules! __fixed_element {
    // The byte-order parameter is `__O`, not `O`: macro_rules hygiene covers local
    // variables only, so a user's type named `O` would otherwise be captured.
    //
    // `[$($p)*]` is the path that names every item (`::wire::__private` for the derive,
    // so that generated code goes through the facade and honours `#[wire(crate = …)]`).
    ([$($p:tt)*] $ty:ty) => {
        #[doc(hidden)]
        impl $($p)*::EncodeElement for $ty {
            #[inline]
            fn elem_len(&self) -> usize {
                $($p)*::core::mem::size_of::<
                    <$ty as $($p)*::FixedWire>::Raw<
                        $($p)*::BigEndian,
                    >,
                >()
            }
            #[inline]
            fn elem_write<__O: $($p)*::ByteOrder>(
                &self,
                out: &mut [u8],
            ) -> $($p)*::Result<usize, $($p)*::EncodeError> {
                $($p)*::fixed_elem_write::<$ty, __O>(self, out)
            }
            #[inline]
            fn write_list<__O: $($p)*::ByteOrder>(
                items: &[$ty],
                out: &mut [u8],
            ) -> $($p)*::Result<usize, $($p)*::EncodeError> {
                $($p)*::fixed_write_list::<$ty, __O>(items, out)
            }
        }
        #[doc(hidden)]
        impl<'a> $($p)*::DecodeElement<'a> for $ty {
            type View = $ty;
            const MIN_LEN: usize = $($p)*::core::mem::size_of::<
                <$ty as $($p)*::FixedWire>::Raw<$($p)*::BigEndian>,
            >();
            const EXACT_LEN: $($p)*::Option<usize> = $($p)*::Some(Self::MIN_LEN);
            #[inline]
            fn elem_view<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
                field: &'static str,
                offset: usize,
                _: $($p)*::Depth,
            ) -> $($p)*::Result<($ty, usize), $($p)*::DecodeError>
            {
                $($p)*::fixed_elem_read::<$ty, __O>(bytes, field, offset)
            }
            type Stored<__O: $($p)*::ByteOrder> =
                <$ty as $($p)*::FixedWire>::Raw<__O>;
            #[inline]
            fn elem_store<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
                field: &'static str,
                offset: usize,
                _: $($p)*::Depth,
            ) -> $($p)*::Result<
                (<$ty as $($p)*::FixedWire>::Raw<__O>, usize),
                $($p)*::DecodeError,
            > {
                $($p)*::fixed_elem_store::<$ty, __O>(bytes, field, offset)
            }
            #[inline]
            fn elem_store_validated<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
            ) -> $($p)*::Option<(
                <$ty as $($p)*::FixedWire>::Raw<__O>,
                usize,
            )> {
                $($p)*::fixed_elem_store_validated::<$ty, __O>(bytes)
            }
            #[inline]
            fn stored_view<__O: $($p)*::ByteOrder>(
                stored: <$ty as $($p)*::FixedWire>::Raw<__O>,
            ) -> $ty {
                <$ty as $($p)*::FixedWire>::read::<__O>(&stored)
            }
            #[inline]
            fn elem_check<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
                field: &'static str,
                offset: usize,
                _: $($p)*::Depth,
            ) -> $($p)*::Result<usize, $($p)*::DecodeError> {
                $($p)*::fixed_elem_read::<$ty, __O>(bytes, field, offset)
                    .map(|(_, len)| len)
            }
            #[inline]
            fn elem_view_validated<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
            ) -> $($p)*::Option<($ty, usize)> {
                $($p)*::fixed_elem_read_validated::<$ty, __O>(bytes)
            }
            #[inline]
            fn elem_len_validated<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
            ) -> $($p)*::Option<usize> {
                $($p)*::fixed_elem_len_validated::<$ty, __O>(bytes)
            }
            #[inline]
            fn list_len_validated<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
                count: usize,
            ) -> $($p)*::Option<usize> {
                $($p)*::fixed_list_len_validated::<$ty, __O>(bytes, count)
            }
            #[inline]
            fn elem_decode<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
                field: &'static str,
                offset: usize,
                _: $($p)*::Depth,
            ) -> $($p)*::Result<($ty, usize), $($p)*::DecodeError>
            {
                $($p)*::fixed_elem_read::<$ty, __O>(bytes, field, offset)
            }
            #[inline]
            fn check_list<__O: $($p)*::ByteOrder>(
                bytes: &'a [u8],
                pos: &mut usize,
                count: usize,
                field: &'static str,
                _: $($p)*::Depth,
            ) -> $($p)*::Result<(), $($p)*::DecodeError> {
                $($p)*::fixed_check_list::<$ty, __O>(bytes, pos, count, field)
            }
            $($p)*::__alloc_only! {
                #[inline]
                fn decode_list<__O: $($p)*::ByteOrder>(
                    bytes: &'a [u8],
                    pos: &mut usize,
                    count: usize,
                    field: &'static str,
                    _: $($p)*::Depth,
                ) -> $($p)*::Result<
                    $($p)*::Vec<$ty>,
                    $($p)*::DecodeError,
                > {
                    $($p)*::fixed_decode_list::<$ty, __O>(bytes, pos, count, field)
                }
            }
        }
    };
}

__fixed_element!([crate::var_support::element_paths] u8);
__fixed_element!([crate::var_support::element_paths] u16);
__fixed_element!([crate::var_support::element_paths] u32);
__fixed_element!([crate::var_support::element_paths] u64);
__fixed_element!([crate::var_support::element_paths] u128);
__fixed_element!([crate::var_support::element_paths] i8);
__fixed_element!([crate::var_support::element_paths] i16);
__fixed_element!([crate::var_support::element_paths] i32);
__fixed_element!([crate::var_support::element_paths] i64);
__fixed_element!([crate::var_support::element_paths] i128);
__fixed_element!([crate::var_support::element_paths] f32);
__fixed_element!([crate::var_support::element_paths] f64);
__fixed_element!([crate::var_support::element_paths] bool);

impl<T: FixedWire, const N: usize> EncodeElement for [T; N] {
    #[inline]
    fn elem_len(&self) -> usize {
        core::mem::size_of::<<Self as FixedWire>::Raw<zerocopy::byteorder::BigEndian>>()
    }
    #[inline]
    fn elem_write<O: ByteOrder>(&self, out: &mut [u8]) -> Result<usize, EncodeError> {
        fixed_elem_write::<Self, O>(self, out)
    }
    #[inline]
    fn write_list<O: ByteOrder>(items: &[Self], out: &mut [u8]) -> Result<usize, EncodeError> {
        fixed_write_list::<Self, O>(items, out)
    }
}

impl<'a, T: FixedWire, const N: usize> DecodeElement<'a> for [T; N] {
    type View = [T; N];
    const MIN_LEN: usize = core::mem::size_of::<T::Raw<zerocopy::byteorder::BigEndian>>() * N;
    const EXACT_LEN: Option<usize> = Some(Self::MIN_LEN);
    #[inline]
    fn elem_view<O: ByteOrder>(
        bytes: &'a [u8],
        field: &'static str,
        offset: usize,
        _: Depth,
    ) -> Result<(Self, usize), DecodeError> {
        fixed_elem_read::<Self, O>(bytes, field, offset)
    }
    type Stored<O: ByteOrder> = <Self as FixedWire>::Raw<O>;
    #[inline]
    fn elem_store<O: ByteOrder>(
        bytes: &'a [u8],
        field: &'static str,
        offset: usize,
        _: Depth,
    ) -> Result<(Self::Stored<O>, usize), DecodeError> {
        fixed_elem_store::<Self, O>(bytes, field, offset)
    }
    #[inline]
    fn elem_store_validated<O: ByteOrder>(bytes: &'a [u8]) -> Option<(Self::Stored<O>, usize)> {
        fixed_elem_store_validated::<Self, O>(bytes)
    }
    #[inline]
    fn stored_view<O: ByteOrder>(stored: Self::Stored<O>) -> Self {
        <Self as FixedWire>::read::<O>(&stored)
    }
    #[inline]
    fn elem_check<O: ByteOrder>(
        bytes: &'a [u8],
        field: &'static str,
        offset: usize,
        _: Depth,
    ) -> Result<usize, DecodeError> {
        fixed_elem_read::<Self, O>(bytes, field, offset).map(|(_, len)| len)
    }
    #[inline]
    fn elem_view_validated<O: ByteOrder>(bytes: &'a [u8]) -> Option<(Self, usize)> {
        fixed_elem_read_validated::<Self, O>(bytes)
    }
    #[inline]
    fn elem_len_validated<O: ByteOrder>(bytes: &'a [u8]) -> Option<usize> {
        fixed_elem_len_validated::<Self, O>(bytes)
    }
    #[inline]
    fn list_len_validated<O: ByteOrder>(bytes: &'a [u8], count: usize) -> Option<usize> {
        fixed_list_len_validated::<Self, O>(bytes, count)
    }
    #[inline]
    fn elem_decode<O: ByteOrder>(
        bytes: &'a [u8],
        field: &'static str,
        offset: usize,
        _: Depth,
    ) -> Result<(Self, usize), DecodeError> {
        fixed_elem_read::<Self, O>(bytes, field, offset)
    }
    #[inline]
    fn check_list<O: ByteOrder>(
        bytes: &'a [u8],
        pos: &mut usize,
        count: usize,
        field: &'static str,
        _: Depth,
    ) -> Result<(), DecodeError> {
        fixed_check_list::<Self, O>(bytes, pos, count, field)
    }
    #[cfg(feature = "alloc")]
    #[inline]
    fn decode_list<O: ByteOrder>(
        bytes: &'a [u8],
        pos: &mut usize,
        count: usize,
        field: &'static str,
        _: Depth,
    ) -> Result<Vec<Self>, DecodeError> {
        fixed_decode_list::<Self, O>(bytes, pos, count, field)
    }
}

// ---- integers in a byte order, for prefixes, tags and headers ----

/// A `u16` from two bytes in the order `O`.
#[inline]
pub fn read_u16<O: ByteOrder>(bytes: [u8; 2]) -> u16 {
    zerocopy::byteorder::U16::<O>::from_bytes(bytes).get()
}

/// A `u32` from four bytes in the order `O`.
#[inline]
pub fn read_u32<O: ByteOrder>(bytes: [u8; 4]) -> u32 {
    zerocopy::byteorder::U32::<O>::from_bytes(bytes).get()
}

/// Writes a `u16` in the order `O` into `slot` (two bytes).
#[inline]
pub fn write_u16<O: ByteOrder>(slot: &mut [u8], value: u16) {
    slot.copy_from_slice(&zerocopy::byteorder::U16::<O>::new(value).to_bytes());
}

/// Writes a `u32` in the order `O` into `slot` (four bytes).
#[inline]
pub fn write_u32<O: ByteOrder>(slot: &mut [u8], value: u32) {
    slot.copy_from_slice(&zerocopy::byteorder::U32::<O>::new(value).to_bytes());
}

// ---- reading, with a cursor over the whole message ----

/// The fixed block of a message at the front of `bytes`: its zerocopy view, validated.
#[inline]
pub fn read_block<'a, R: FromBytes + zerocopy::KnownLayout + zerocopy::Immutable>(
    bytes: &'a [u8],
    fields: &[FieldSpan],
) -> Result<&'a R, DecodeError> {
    match R::ref_from_prefix(bytes) {
        Ok((raw, _)) => Ok(raw),
        Err(_) => Err(truncated_in(fields, core::mem::size_of::<R>(), bytes.len())),
    }
}

#[cold]
fn truncated_in(fields: &[FieldSpan], size: usize, len: usize) -> DecodeError {
    crate::derive_support::length_error(fields, size, len)
}

#[cold]
fn truncated(field: &'static str, offset: usize, needed: usize, available: usize) -> DecodeError {
    DecodeError::Truncated {
        field,
        offset: saturate(offset),
        needed: saturate(needed),
        available: saturate(available),
    }
}

/// Reads a length prefix at `*pos` and checks it against `max`.
///
/// Always inlined: `prefix` is a constant at every call, and out of line the `match` on
/// it stays, and the `Result` comes back through memory.
#[inline(always)]
pub fn read_len<O: ByteOrder>(
    bytes: &[u8],
    pos: &mut usize,
    prefix: LenPrefix,
    max: u64,
    field: &'static str,
) -> Result<usize, DecodeError> {
    let start = *pos;
    let rest = bytes.get(start..).unwrap_or_default();
    let (len, used) = match prefix {
        LenPrefix::U8 => (rest.first().map(|b| u64::from(*b)), 1),
        LenPrefix::U16 => (
            rest.first_chunk::<2>()
                .map(|b| u64::from(read_u16::<O>(*b))),
            2,
        ),
        LenPrefix::U32 => (
            rest.first_chunk::<4>()
                .map(|b| u64::from(read_u32::<O>(*b))),
            4,
        ),
        LenPrefix::Varint => match varint::decode_u64_at(bytes, start) {
            (_, 0) => return Err(varint_error(bytes, start, field)),
            (len, used) => (Some(len), used),
        },
    };
    let Some(len) = len else {
        return Err(truncated(field, start, start + used, bytes.len()));
    };
    if len > max {
        return Err(DecodeError::LengthExceedsMax {
            field,
            offset: saturate(start),
            len: saturate(len),
            max: saturate(max),
        });
    }
    *pos = start + used;
    // `len <= max`, and caps are at most `u32::MAX` on every field the derive accepts.
    Ok(len as usize)
}

/// `len` bytes at `*pos`, after a length prefix whose own offset was `prefix_at`.
#[inline]
fn take<'a>(
    bytes: &'a [u8],
    pos: &mut usize,
    len: usize,
    field: &'static str,
    prefix_at: usize,
) -> Result<&'a [u8], DecodeError> {
    let start = *pos;
    match start.checked_add(len).and_then(|end| bytes.get(start..end)) {
        Some(slice) => {
            *pos = start + len;
            Ok(slice)
        }
        None => Err(truncated(
            field,
            prefix_at,
            start.saturating_add(len),
            bytes.len(),
        )),
    }
}

/// A length-prefixed byte string at `*pos`.
#[inline]
pub fn read_bytes<'a, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    prefix: LenPrefix,
    max: u64,
    field: &'static str,
) -> Result<&'a [u8], DecodeError> {
    let at = *pos;
    let len = read_len::<O>(bytes, pos, prefix, max, field)?;
    take(bytes, pos, len, field, at)
}

/// A length-prefixed UTF-8 string at `*pos`.
#[inline]
pub fn read_str<'a, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    prefix: LenPrefix,
    max: u64,
    field: &'static str,
) -> Result<&'a str, DecodeError> {
    let raw = read_bytes::<O>(bytes, pos, prefix, max, field)?;
    let start = *pos - raw.len();
    core::str::from_utf8(raw).map_err(|e| DecodeError::InvalidUtf8 {
        field,
        offset: saturate(start + e.valid_up_to()),
    })
}

/// A count-prefixed list at `*pos`, every element validated.
#[inline]
pub fn read_list<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    prefix: LenPrefix,
    max: u64,
    field: &'static str,
    depth: Depth,
) -> Result<List<'a, T, O>, DecodeError> {
    let at = *pos;
    let count = read_count::<T, O>(bytes, pos, prefix, max, field, at)?;
    crate::computed_len::counted_list(bytes, pos, count, field, depth)
}

/// One element at `*pos` (the value of an `Option` field), validated and not viewed.
#[inline]
pub fn check_element<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    field: &'static str,
    depth: Depth,
) -> Result<(), DecodeError> {
    let rest = bytes.get(*pos..).unwrap_or_default();
    *pos += T::elem_check::<O>(rest, field, *pos, depth)?;
    Ok(())
}

/// A count, checked against its cap and against what the input left can hold.
#[inline]
pub fn read_count<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &[u8],
    pos: &mut usize,
    prefix: LenPrefix,
    max: u64,
    field: &'static str,
    at: usize,
) -> Result<usize, DecodeError> {
    let count = read_len::<O>(bytes, pos, prefix, max, field)?;
    let left = bytes.len().saturating_sub(*pos);
    let needed = count.saturating_mul(T::MIN_LEN.max(1));
    if needed > left {
        return Err(truncated(
            field,
            at,
            pos.saturating_add(needed),
            bytes.len(),
        ));
    }
    Ok(count)
}

/// One element at `*pos` (the value of an `Option` field), validated, as a view keeps
/// it.
#[inline]
pub fn read_element<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    field: &'static str,
    depth: Depth,
) -> Result<T::Stored<O>, DecodeError> {
    let rest = bytes.get(*pos..).unwrap_or_default();
    let (stored, used) = T::elem_store::<O>(rest, field, *pos, depth)?;
    *pos += used;
    Ok(stored)
}

/// One element at `*pos`, decoded.
#[inline]
pub fn decode_element<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    field: &'static str,
    depth: Depth,
) -> Result<T, DecodeError> {
    let rest = bytes.get(*pos..).unwrap_or_default();
    let (value, used) = T::elem_decode::<O>(rest, field, *pos, depth)?;
    *pos += used;
    Ok(value)
}

/// The presence byte of an `Option` field: 0 (absent) or 1 (present).
#[inline]
pub fn read_presence(
    bytes: &[u8],
    pos: &mut usize,
    field: &'static str,
) -> Result<bool, DecodeError> {
    let at = *pos;
    match bytes.get(at) {
        Some(0) => {
            *pos += 1;
            Ok(false)
        }
        Some(1) => {
            *pos += 1;
            Ok(true)
        }
        Some(&value) => Err(DecodeError::InvalidBool {
            field,
            offset: saturate(at),
            value,
        }),
        None => Err(truncated(field, at, at + 1, bytes.len())),
    }
}

// ---- re-reading what a view validated: lengths and positions, nothing else ----
//
// A list's iterator re-makes the views of its variable-length elements from bytes that
// passed the checks above when the list's view was made. These readers only follow
// lengths; `None` means the bytes were not validated (it does not happen).

/// A length prefix at `*pos` of validated bytes.
#[inline]
pub fn validated_len<O: ByteOrder>(
    bytes: &[u8],
    pos: &mut usize,
    prefix: LenPrefix,
) -> Option<usize> {
    let rest = bytes.get(*pos..)?;
    let (len, used) = match prefix {
        LenPrefix::U8 => (u64::from(*rest.first()?), 1),
        LenPrefix::U16 => (u64::from(read_u16::<O>(*rest.first_chunk::<2>()?)), 2),
        LenPrefix::U32 => (u64::from(read_u32::<O>(*rest.first_chunk::<4>()?)), 4),
        LenPrefix::Varint => match varint::decode_u64_at(bytes, *pos) {
            (_, 0) => return None,
            read => read,
        },
    };
    *pos += used;
    usize::try_from(len).ok()
}

/// A length-prefixed byte string at `*pos` of validated bytes.
#[inline]
pub fn validated_bytes<'a, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    prefix: LenPrefix,
) -> Option<&'a [u8]> {
    let len = validated_len::<O>(bytes, pos, prefix)?;
    let start = *pos;
    let slice = bytes.get(start..start.checked_add(len)?)?;
    *pos = start + len;
    Some(slice)
}

/// A length-prefixed string at `*pos` of validated bytes.
///
/// The one check a re-made view repeats: without `unsafe`, `&str` can only be made by
/// `core::str::from_utf8`, which looks at the bytes again (it cannot fail on them).
#[inline]
pub fn validated_str<'a, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    prefix: LenPrefix,
) -> Option<&'a str> {
    core::str::from_utf8(validated_bytes::<O>(bytes, pos, prefix)?).ok()
}

/// A count-prefixed list at `*pos` of validated bytes: its elements' lengths are read to
/// find its end, their contents are not checked.
#[inline]
pub fn validated_list<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
    prefix: LenPrefix,
) -> Option<List<'a, T, O>> {
    let count = validated_len::<O>(bytes, pos, prefix)?;
    crate::computed_len::validated_counted_list(bytes, pos, count)
}

/// One element at `*pos` of validated bytes, as a view keeps it.
#[inline]
pub fn validated_element<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
) -> Option<T::Stored<O>> {
    let (stored, used) = T::elem_store_validated::<O>(bytes.get(*pos..)?)?;
    *pos += used;
    Some(stored)
}

/// Moves past one element at `*pos` of validated bytes.
#[inline]
pub fn skip_element<'a, T: DecodeElement<'a>, O: ByteOrder>(
    bytes: &'a [u8],
    pos: &mut usize,
) -> Option<()> {
    *pos += T::elem_len_validated::<O>(bytes.get(*pos..)?)?;
    Some(())
}

/// The presence byte of an `Option` field in validated bytes.
#[inline]
pub fn validated_presence(bytes: &[u8], pos: &mut usize) -> Option<bool> {
    let present = *bytes.get(*pos)? != 0;
    *pos += 1;
    Some(present)
}

/// A varint at `*pos` of validated bytes.
#[inline]
pub fn validated_varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let (value, used) = varint::decode_u64_at(bytes, *pos);
    if used == 0 {
        return None;
    }
    *pos += used;
    Some(value)
}

/// Why the bytes at `at` are not a varint: `MalformedVarint` at the byte at fault, or
/// `Truncated` when the input ends inside it.
#[cold]
#[inline(never)]
fn varint_error(bytes: &[u8], at: usize, field: &'static str) -> DecodeError {
    match varint::decode_u64(bytes.get(at..).unwrap_or_default()) {
        Err(DecodeError::MalformedVarint { offset }) => DecodeError::MalformedVarint {
            offset: saturate(at).saturating_add(offset),
        },
        _ => truncated(field, at, bytes.len() + 1, bytes.len()),
    }
}

/// A varint at `*pos`.
#[inline(always)]
pub fn read_varint(bytes: &[u8], pos: &mut usize, field: &'static str) -> Result<u64, DecodeError> {
    let at = *pos;
    let (value, used) = varint::decode_u64_at(bytes, at);
    if used == 0 {
        return Err(varint_error(bytes, at, field));
    }
    *pos = at + used;
    Ok(value)
}

/// A varint at `*pos` that must fit in `bits` bits (a `u16` or `u32` field).
#[inline(always)]
pub fn read_varint_bits(
    bytes: &[u8],
    pos: &mut usize,
    field: &'static str,
    bits: u32,
) -> Result<u64, DecodeError> {
    let at = *pos;
    let value = read_varint(bytes, pos, field)?;
    if bits < 64 && value >> bits != 0 {
        return Err(varint_too_wide(value, bits, at));
    }
    Ok(value)
}

/// A varint of `value` at `at` for a field of `bits` bits: as `varint::decode_u32`
/// reports it, `MalformedVarint` at the byte that carries the lowest bit too many
/// (byte `i` carries bits `7i..7i+7`).
#[cold]
#[inline(never)]
fn varint_too_wide(value: u64, bits: u32, at: usize) -> DecodeError {
    let excess = value >> bits << bits;
    DecodeError::MalformedVarint {
        offset: saturate(at + excess.trailing_zeros() as usize / 7),
    }
}

// ---- writing, with a cursor over the caller's buffer ----

#[cold]
fn too_small(needed: usize, available: usize) -> EncodeError {
    EncodeError::BufferTooSmall { needed, available }
}

/// The region `out[*pos..*pos + len]`, advancing the cursor.
#[inline]
pub fn reserve<'o>(
    out: &'o mut [u8],
    pos: &mut usize,
    len: usize,
) -> Result<&'o mut [u8], EncodeError> {
    let start = *pos;
    let available = out.len();
    match start
        .checked_add(len)
        .and_then(|end| out.get_mut(start..end))
    {
        Some(slice) => {
            *pos = start + len;
            Ok(slice)
        }
        None => Err(too_small(start.saturating_add(len), available)),
    }
}

/// Checks a length against a field's cap and its prefix's range.
#[inline]
pub fn check_len(
    len: usize,
    prefix: LenPrefix,
    max: u64,
    field: &'static str,
) -> Result<(), EncodeError> {
    let cap = max.min(prefix.max());
    if len as u64 > cap {
        return Err(EncodeError::LengthExceedsMax {
            field,
            len: len as u64,
            max: saturate(cap),
        });
    }
    Ok(())
}

/// Writes a length prefix.
#[inline]
pub fn write_len<O: ByteOrder>(
    out: &mut [u8],
    pos: &mut usize,
    prefix: LenPrefix,
    len: usize,
    max: u64,
    field: &'static str,
) -> Result<(), EncodeError> {
    check_len(len, prefix, max, field)?;
    match prefix {
        LenPrefix::U8 => reserve(out, pos, 1)?[0] = len as u8,
        LenPrefix::U16 => write_u16::<O>(reserve(out, pos, 2)?, len as u16),
        LenPrefix::U32 => write_u32::<O>(reserve(out, pos, 4)?, len as u32),
        LenPrefix::Varint => write_varint(out, pos, len as u64)?,
    }
    Ok(())
}

/// Writes a length-prefixed byte string.
#[inline]
pub fn write_bytes<O: ByteOrder>(
    out: &mut [u8],
    pos: &mut usize,
    prefix: LenPrefix,
    max: u64,
    field: &'static str,
    data: &[u8],
) -> Result<(), EncodeError> {
    write_len::<O>(out, pos, prefix, data.len(), max, field)?;
    reserve(out, pos, data.len())?.copy_from_slice(data);
    Ok(())
}

/// Writes a count-prefixed list.
#[inline]
pub fn write_list<T: EncodeElement, O: ByteOrder>(
    out: &mut [u8],
    pos: &mut usize,
    prefix: LenPrefix,
    max: u64,
    field: &'static str,
    items: &[T],
) -> Result<(), EncodeError> {
    write_len::<O>(out, pos, prefix, items.len(), max, field)?;
    let (start, available) = (*pos, out.len());
    let rest = out.get_mut(start..).unwrap_or_default();
    *pos += T::write_list::<O>(items, rest).map_err(|e| element_error(e, start, available))?;
    Ok(())
}

/// An element's error at `offset` in a buffer of `available` bytes: a buffer too small
/// for the element counts from the start of the buffer.
#[cold]
fn element_error(error: EncodeError, offset: usize, available: usize) -> EncodeError {
    match error {
        EncodeError::BufferTooSmall { needed, .. } => too_small(offset + needed, available),
        other => other,
    }
}

/// Writes one element.
#[inline]
pub fn write_element<T: EncodeElement, O: ByteOrder>(
    out: &mut [u8],
    pos: &mut usize,
    item: &T,
) -> Result<(), EncodeError> {
    let available = out.len();
    let rest = out
        .get_mut(*pos..)
        .ok_or_else(|| too_small(*pos, available))?;
    let used = item
        .elem_write::<O>(rest)
        .map_err(|e| element_error(e, *pos, available))?;
    *pos += used;
    Ok(())
}

/// Writes a varint.
#[inline]
pub fn write_varint(out: &mut [u8], pos: &mut usize, value: u64) -> Result<(), EncodeError> {
    let len = varint::encoded_len_u64(value);
    let slot = reserve(out, pos, len)?;
    varint::encode_u64(value, slot).map(|_| ())
}

/// Bytes of a length-prefixed field holding `len` bytes or elements of `body` bytes.
#[inline]
pub fn prefixed_len(prefix: LenPrefix, len: usize, body: usize) -> usize {
    prefix.size(len) + body
}

/// Bytes of the elements of a list.
#[inline]
pub fn list_body_len<T: EncodeElement>(items: &[T]) -> usize {
    items.iter().map(EncodeElement::elem_len).sum()
}

// ---- fixed-point decimals ----

const POW10: [f64; 19] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18,
];

/// Counts up to this magnitude convert to `f64` exactly.
const EXACT_IN_F64: u128 = 1 << 53;

/// The decimal stored as `units` with `scale` digits after the point, as the nearest
/// `f64`. Up to 2^53 the count converts exactly and one correctly rounded division by the
/// exact `10^scale` gives the nearest; above, converting first would round twice, so the
/// decimal is parsed instead (Rust's parser rounds correctly).
#[inline]
pub fn fixed_to_f64(units: i128, scale: u32) -> f64 {
    if units.unsigned_abs() <= EXACT_IN_F64 {
        return units as f64 / POW10[scale as usize];
    }
    parse_decimal(units, scale)
}

/// `units × 10^-scale` parsed from its decimal text, without allocating.
fn parse_decimal(units: i128, scale: u32) -> f64 {
    use core::fmt::Write;
    let mut text = StackText::default();
    match write!(text, "{units}e-{scale}") {
        Ok(()) => text.as_str().parse().unwrap_or(f64::NAN),
        // Longer than the buffer: more digits than a 128-bit count has. Unreachable for
        // the representations of up to 64 bits a field may have.
        Err(_) => units as f64 / POW10[scale as usize],
    }
}

/// `value` scaled by `10^scale` and rounded half away from zero, if it lies in the
/// range of a `bits`-bit integer, signed or not (the decimal's `repr`).
///
/// A tie is judged on the shortest decimal that reads back as `value` (what a person
/// wrote: `1.00005`), not on the binary fraction nearest to it (`1.0000499999…`), so
/// `1.00005` at scale 4 is `10001` and `-1.00005` is `-10001`. From 10^15 units on, where
/// an `f64` no longer holds every decimal, the exact binary value is rounded. A value that
/// reading `min` or `max` gives (the nearest `f64` to a count it cannot hold exactly, as
/// 2^63 is to `i64::MAX`) is that count: whatever `decode` reads encodes back.
pub fn f64_to_fixed(
    value: f64,
    scale: u32,
    bits: u8,
    signed: bool,
    field: &'static str,
    offset: usize,
) -> Result<i128, EncodeError> {
    let reads_back = |units: i128| fixed_to_f64(units, scale) == value;
    to_fixed(value, reads_back, scale, (bits, signed), field, offset)
}

/// [`f64_to_fixed`] for an `f32` field: the value is rounded as the `f64` it widens to,
/// and it is `min` or `max` when reading that count into an `f32` gives it.
pub fn f32_to_fixed(
    value: f32,
    scale: u32,
    bits: u8,
    signed: bool,
    field: &'static str,
    offset: usize,
) -> Result<i128, EncodeError> {
    let reads_back = |units: i128| fixed_to_f64(units, scale) as f32 == value;
    to_fixed(
        f64::from(value),
        reads_back,
        scale,
        (bits, signed),
        field,
        offset,
    )
}

fn to_fixed(
    value: f64,
    reads_back: impl Fn(i128) -> bool,
    scale: u32,
    (bits, signed): (u8, bool),
    field: &'static str,
    offset: usize,
) -> Result<i128, EncodeError> {
    let (min, max) = crate::error::range_of(bits, signed);
    let out_of_range =
        |units: i128| crate::derive_support::out_of_range(field, offset, units, bits, signed);
    if !value.is_finite() {
        // NaN is reported as 0, infinities as the nearest `i128`s: the error holds an integer.
        return Err(out_of_range(value as i128));
    }
    let scaled = value * POW10[scale as usize];
    let units = if scaled.abs() >= 1e15 {
        // Beyond 15 digits a decimal no longer survives a trip through an f64, so there
        // is no decimal to judge on, and the product has lost the fraction: round the
        // exact binary value.
        exact_round(value, scale).ok_or_else(|| out_of_range(scaled as i128))?
    } else if ((scaled - scaled.trunc()).abs() - 0.5).abs() > 1e-6 {
        // Far from a tie: the binary rounding is the decimal one.
        scaled.round() as i128
    } else {
        decimal_round(value, scale).ok_or_else(|| out_of_range(scaled as i128))?
    };
    if units > max && reads_back(max) {
        return Ok(max);
    }
    if units < min && reads_back(min) {
        return Ok(min);
    }
    if units < min || units > max {
        return Err(out_of_range(units));
    }
    Ok(units)
}

/// `value × 10^scale` rounded half away from zero, computed exactly on the binary value
/// (`mantissa × 2^exponent`, IEEE 754 binary64) in 128-bit integers; `None` beyond them.
fn exact_round(value: f64, scale: u32) -> Option<i128> {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = i128::from(bits & ((1 << 52) - 1));
    // A subnormal has no implicit leading bit and the exponent of the smallest normal.
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    // Below 2^113: 10^scale < 2^60 for the scales of up to 18 a field may have.
    let product = mantissa.checked_mul(10i128.checked_pow(scale)?)?;
    let magnitude = if exponent >= 0 {
        product.checked_mul(1i128.checked_shl(exponent as u32)?)?
    } else if exponent <= -120 {
        // Less than 2^113 / 2^120: below one half.
        0
    } else {
        let shift = (-exponent) as u32;
        (product + (1 << (shift - 1))) >> shift
    };
    Some(if value < 0.0 { -magnitude } else { magnitude })
}

/// Rounds the shortest decimal representation of `value` to `scale` digits, half away
/// from zero, in exact integer arithmetic and without allocating; `None` beyond `i128`.
fn decimal_round(value: f64, scale: u32) -> Option<i128> {
    use core::fmt::Write;
    let mut text = StackText::default();
    // `{:e}` prints the shortest digits that read back as `value`: "1.00005e0".
    write!(text, "{value:e}").ok()?;
    let text = text.as_str();
    let negative = text.starts_with('-');
    let text = text.trim_start_matches('-');
    let (mantissa, exponent) = text.split_once('e')?;
    let exponent: i32 = exponent.parse().ok()?;
    let scale = i32::try_from(scale).ok()?;
    // Digits d0.d1d2… × 10^exponent: keep those down to 10^-scale, look at the next one.
    let mut units: i128 = 0;
    let mut next_digit = 0u8;
    let mut last_power = -scale;
    for (i, digit) in mantissa.bytes().filter(u8::is_ascii_digit).enumerate() {
        let power = exponent - i as i32; // this digit's place: 10^power
        let d = digit - b'0';
        if power >= -scale {
            units = units.checked_mul(10)?.checked_add(i128::from(d))?;
            last_power = power;
        } else if power == -scale - 1 {
            next_digit = d;
        }
    }
    // Zeros from below the last digit kept down to 10^-scale.
    for _ in -scale..last_power {
        units = units.checked_mul(10)?;
    }
    if next_digit >= 5 {
        units = units.checked_add(1)?;
    }
    Some(if negative { -units } else { units })
}

/// A small stack buffer to format a float into.
struct StackText {
    buf: [u8; 40],
    len: usize,
}

impl Default for StackText {
    fn default() -> Self {
        StackText {
            buf: [0; 40],
            len: 0,
        }
    }
}

impl StackText {
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl core::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        let slot = self.buf.get_mut(self.len..end).ok_or(core::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

// ---- small pieces generated code calls by path (it cannot rely on the prelude) ----

/// `String::from`, for owned string fields.
#[cfg(feature = "alloc")]
#[inline]
pub fn owned_string(text: &str) -> String {
    String::from(text)
}

/// `<[u8]>::to_vec`, for owned byte fields.
#[cfg(feature = "alloc")]
#[inline]
pub fn owned_bytes(bytes: &[u8]) -> Vec<u8> {
    bytes.to_vec()
}

/// ZigZag: 0, -1, 1, -2 … → 0, 1, 2, 3 …
#[inline]
pub fn zigzag(value: i64) -> u64 {
    varint::zigzag_encode_i64(value)
}

/// The inverse of [`zigzag`].
#[inline]
pub fn unzigzag(value: u64) -> i64 {
    varint::zigzag_decode_i64(value)
}

/// Bytes of the varint encoding of `value`.
#[inline]
pub fn varint_len(value: u64) -> usize {
    varint::encoded_len_u64(value)
}

/// A varint holding a two's-complement signed value (Protocol Buffers' `int32`/`int64`)
/// that must fit in `bits` bits.
#[inline(always)]
pub fn read_varint_signed(
    bytes: &[u8],
    pos: &mut usize,
    field: &'static str,
    bits: u32,
) -> Result<i64, DecodeError> {
    let at = *pos;
    let value = read_varint(bytes, pos, field)? as i64;
    if bits < 64 && (value < -(1i64 << (bits - 1)) || value >= 1i64 << (bits - 1)) {
        return Err(malformed_at(at));
    }
    Ok(value)
}

/// A varint at `at` whose value does not fit its signed field.
#[cold]
fn malformed_at(at: usize) -> DecodeError {
    DecodeError::MalformedVarint {
        offset: saturate(at),
    }
}

/// A ZigZag varint that must fit in a signed integer of `bits` bits.
#[inline(always)]
pub fn read_varint_zigzag(
    bytes: &[u8],
    pos: &mut usize,
    field: &'static str,
    bits: u32,
) -> Result<i64, DecodeError> {
    read_varint_bits(bytes, pos, field, bits).map(unzigzag)
}

/// A `u16` at `at` (a versioned message's block length).
#[inline]
pub fn read_u16_at<O: ByteOrder>(
    bytes: &[u8],
    at: usize,
    field: &'static str,
) -> Result<usize, DecodeError> {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<2>) {
        Some(b) => Ok(usize::from(read_u16::<O>(*b))),
        None => Err(truncated(field, at, at + 2, bytes.len())),
    }
}

/// A `u32` at `at` (a versioned message's length of variable fields).
#[inline]
pub fn read_u32_at<O: ByteOrder>(
    bytes: &[u8],
    at: usize,
    field: &'static str,
) -> Result<usize, DecodeError> {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<4>) {
        Some(b) => Ok(read_u32::<O>(*b) as usize),
        None => Err(truncated(field, at, at + 4, bytes.len())),
    }
}

/// The part of `bytes` a versioned message's variable fields take, from `start`, of
/// `len` bytes.
#[inline]
pub fn var_section(bytes: &[u8], start: usize, len: usize) -> Result<&[u8], DecodeError> {
    let end = start.saturating_add(len);
    bytes
        .get(..end)
        .ok_or_else(|| truncated("variable fields", start, end, bytes.len()))
}

/// Copies the block a peer sent into a zeroed block of this version's size (an older
/// peer's block is shorter, a newer one's longer).
#[inline]
pub fn copy_block<R: FromBytes + IntoBytes + zerocopy::KnownLayout>(
    bytes: &[u8],
    start: usize,
    block_len: usize,
) -> Result<R, DecodeError> {
    let Some(block) = start
        .checked_add(block_len)
        .and_then(|end| bytes.get(start..end))
    else {
        return Err(truncated(
            "block",
            start,
            start.saturating_add(block_len),
            bytes.len(),
        ));
    };
    let mut raw = R::new_zeroed();
    let target = raw.as_mut_bytes();
    let n = target.len().min(block.len());
    if let (Some(to), Some(from)) = (target.get_mut(..n), block.get(..n)) {
        to.copy_from_slice(from);
    }
    Ok(raw)
}

/// Writes a versioned message's header: the block length, and the length of the
/// variable fields when it has any.
#[inline]
pub fn write_header<O: ByteOrder>(
    out: &mut [u8],
    pos: &mut usize,
    block_len: usize,
    var_len: Option<usize>,
) -> Result<(), EncodeError> {
    write_u16::<O>(reserve(out, pos, 2)?, block_len as u16);
    if let Some(var_len) = var_len {
        let var_len = u32::try_from(var_len).map_err(|_| EncodeError::LengthExceedsMax {
            field: "variable fields",
            len: var_len as u64,
            max: u32::MAX,
        })?;
        write_u32::<O>(reserve(out, pos, 4)?, var_len);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `read_varint` as it was before it read a byte at a time: `varint::decode_u64` on
    /// the rest of the input, its errors moved to the varint's offset.
    fn reference_varint(bytes: &[u8], at: usize) -> Result<(u64, usize), DecodeError> {
        let rest = bytes.get(at..).unwrap_or_default();
        match varint::decode_u64(rest) {
            Ok(read) => Ok(read),
            Err(DecodeError::MalformedVarint { offset }) => Err(DecodeError::MalformedVarint {
                offset: saturate(at).saturating_add(offset),
            }),
            Err(_) => Err(truncated("v", at, bytes.len() + 1, bytes.len())),
        }
    }

    /// Varints of every width, a malformed 11-byte run and a 10th byte too large, each
    /// after 0 to 9 filler bytes, cut at every length and followed by nothing or by more
    /// bytes: read by the message readers as `varint::decode_u64` reads them.
    #[test]
    fn message_varints_read_as_the_varint_module_reads_them() {
        let mut cases: Vec<Vec<u8>> = (0..64)
            .map(|shift| {
                let mut buf = [0u8; varint::MAX_LEN_U64];
                let len = varint::encode_u64((1u64 << shift) | 5, &mut buf).unwrap();
                buf[..len].to_vec()
            })
            .collect();
        cases.push(vec![0xff; 11]);
        cases.push([[0xff; 9].as_slice(), &[0x02]].concat());
        cases.push(vec![0x80, 0x00]);
        let mut inputs = Vec::new();
        for case in &cases {
            for (filler, cut, tail) in (0..10)
                .flat_map(|filler| (0..=case.len()).map(move |cut| (filler, cut)))
                .flat_map(|(filler, cut)| [(filler, cut, 0), (filler, cut, 12)])
            {
                let bytes = [vec![0x7f; filler], case[..cut].to_vec(), vec![0x81; tail]];
                inputs.push((bytes.concat(), filler));
            }
        }
        for (bytes, at) in &inputs {
            let (bytes, at) = (bytes.as_slice(), *at);
            let mut pos = at;
            let read = read_varint(bytes, &mut pos, "v").map(|v| (v, pos - at));
            assert_eq!(read, reference_varint(bytes, at), "{bytes:02x?}");
            let mut pos = at;
            let validated = validated_varint(bytes, &mut pos).map(|v| (v, pos - at));
            assert_eq!(validated, read.ok(), "{bytes:02x?}");
            let mut pos = at;
            let len =
                read_len::<zerocopy::BigEndian>(bytes, &mut pos, LenPrefix::Varint, u64::MAX, "v");
            assert_eq!(len.map(|l| l as u64), read.map(|(v, _)| v), "{bytes:02x?}");
        }
    }

    #[test]
    fn a_list_of_fixed_elements_is_written_after_one_bounds_check() {
        let mut out = [0xee; 6];
        let mut pos = 0;
        write_list::<u16, zerocopy::BigEndian>(
            &mut out,
            &mut pos,
            LenPrefix::U8,
            4,
            "l",
            &[1, 0x0203],
        )
        .unwrap();
        assert_eq!((pos, out), (5, [2, 0, 1, 2, 3, 0xee]));
        let mut pos = 0;
        assert_eq!(
            write_list::<u16, zerocopy::LittleEndian>(
                &mut out[..4],
                &mut pos,
                LenPrefix::U8,
                4,
                "l",
                &[1, 2]
            ),
            Err(EncodeError::BufferTooSmall {
                needed: 5,
                available: 4
            })
        );
        let empty: [[u8; 0]; 3] = [[]; 3];
        assert_eq!(
            fixed_write_list::<[u8; 0], zerocopy::BigEndian>(&empty, &mut []),
            Ok(0)
        );
    }

    #[test]
    fn a_varint_at_or_past_the_end_is_truncated() {
        let bytes = [0x01; 12];
        for at in [12, 13, usize::MAX] {
            let mut pos = at;
            assert!(matches!(
                read_varint(&bytes, &mut pos, "v"),
                Err(DecodeError::Truncated { field: "v", .. })
            ));
            assert_eq!(pos, at, "the cursor stays on an error");
            assert_eq!(validated_varint(&bytes, &mut pos), None);
        }
    }

    #[test]
    fn ties_round_half_away_from_zero_in_decimal() {
        let fix = |v: f64, s: u32| f64_to_fixed(v, s, 64, true, "p", 0).unwrap();
        assert_eq!(fix(1.00005, 4), 10001);
        assert_eq!(fix(-1.00005, 4), -10001);
        assert_eq!(fix(1.00004999, 4), 10000);
        assert_eq!(fix(2.5, 0), 3);
        assert_eq!(fix(-2.5, 0), -3);
        assert_eq!(fix(0.125, 2), 13);
        assert_eq!(fix(192.34, 4), 1_923_400);
        assert_eq!(fix(0.0, 4), 0);
    }

    #[test]
    fn non_finite_and_out_of_range_values_are_errors() {
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e30] {
            assert!(matches!(
                f64_to_fixed(v, 4, 64, true, "p", 3),
                Err(EncodeError::ValueOutOfRange {
                    field: "p",
                    offset: 3,
                    ..
                })
            ));
        }
        assert!(f64_to_fixed(3.2768, 4, 16, true, "p", 0).is_err());
    }

    #[test]
    fn lengths_are_capped_before_reading() {
        let bytes = [0xff, 0xff, 0xff, 0xff, 0x0f];
        let mut pos = 0;
        assert_eq!(
            read_bytes::<zerocopy::byteorder::BigEndian>(
                &bytes,
                &mut pos,
                LenPrefix::Varint,
                64,
                "blob"
            ),
            Err(DecodeError::LengthExceedsMax {
                field: "blob",
                offset: 0,
                len: 0xffff_ffff,
                max: 64
            })
        );
    }
}
