//! [`MaxEncodedLen`]: the most bytes a value of a type encodes to, for sizing buffers and
//! frames at compile time.

/// The most bytes any value of the type encodes to.
///
/// `#[derive(Wire)]` implements it for every type, and gives each an inherent
/// `T::MAX_ENCODED_LEN` of the same value. A type whose encoding has no bound (a
/// length-prefixed field without `max_len` and without a `u8` or `u16` prefix, an `other`
/// variant's bytes, a recursive type) still implements it, but evaluating the constant
/// fails: using it is a compile error that names the field without a cap.
///
/// ```
/// use wire::prelude::*;
/// use wire::MaxEncodedLen;
///
/// #[derive(Wire)]
/// #[wire(endian = "big")]
/// struct Chat {
///     room: u16,
///     #[wire(len = "u8")] text: String,             // at most 1 + 255 bytes
///     #[wire(len = "varint", max_len = 4)] tags: Vec<u32>, // at most 1 + 4 * 4
/// }
///
/// assert_eq!(Chat::MAX_ENCODED_LEN, 2 + 256 + 17);
/// // A buffer sized at compile time, generically.
/// fn buffer<M: MaxEncodedLen>() -> Vec<u8> { vec![0; M::MAX_ENCODED_LEN] }
/// assert_eq!(buffer::<Chat>().len(), 275);
/// ```
pub trait MaxEncodedLen {
    /// The most bytes any value of the type encodes to.
    const MAX_ENCODED_LEN: usize;
}

/// `T::MAX_ENCODED_LEN` through a call, which generated code uses wherever it needs a
/// type's bound. rustc evaluates every constant that a constant's body names, used or
/// not; a call it evaluates only when the calling constant is used. So an unbounded or
/// recursive type is a compile error where its bound is used, not where it is defined.
/// Never inlined: inlined, the call would name the constant again (in optimised builds).
#[doc(hidden)]
#[inline(never)]
pub const fn max_encoded_len<T: MaxEncodedLen + ?Sized>() -> usize {
    T::MAX_ENCODED_LEN
}
