//! The traits every message type implements: [`Encode`], [`Decode`] and, for types whose
//! encoding has one size, [`FixedSize`]. `#[derive(Wire)]` implements all that apply.

use crate::error::{DecodeError, EncodeError};
#[cfg(feature = "alloc")]
use alloc::{vec, vec::Vec};

/// The encoded size of a fixed-layout type.
///
/// A derived struct also has an inherent `SIZE` constant of the same value, so
/// `AddOrder::SIZE` works without this trait in scope.
#[diagnostic::on_unimplemented(
    message = "`{Self}` must derive `Wire`, with a fixed layout, to be used here",
    label = "`{Self}` is not a fixed-size wire type",
    note = "a field of a fixed-layout message is an integer, a float, a bool, an array of those, or a type that derives `Wire` whose fields all have a fixed size (no `Vec`, `String`, `Option` or `varint`)"
)]
pub trait FixedSize {
    /// Bytes in every encoding of this type.
    const SIZE: usize;
}

/// A value that can be written in its wire encoding.
#[diagnostic::on_unimplemented(
    message = "`{Self}` must derive `Wire` to be encoded",
    label = "`{Self}` does not derive `Wire`",
    note = "add #[derive(Wire)] to `{Self}`; a list element, an `Option`'s value or a tagged union's variant is a primitive, an array or a type that derives `Wire`"
)]
pub trait Encode {
    /// Bytes that [`encode`](Encode::encode) will write.
    fn encoded_len(&self) -> usize;

    /// Writes the encoding at the front of `buf` and returns the number of bytes written.
    ///
    /// Never allocates. Fails with [`EncodeError::BufferTooSmall`] when `buf` is shorter
    /// than [`encoded_len`](Encode::encoded_len), and with
    /// [`EncodeError::ValueOutOfRange`] when a field's value does not fit its wire width;
    /// after an error the contents of `buf` are unspecified.
    fn encode(&self, buf: &mut [u8]) -> Result<usize, EncodeError>;

    /// Encodes into a new `Vec`, for convenience off the hot path.
    ///
    /// # Panics
    ///
    /// With the [`EncodeError`]'s message if the value cannot be encoded (a bit field out
    /// of range); use [`encode`](Encode::encode) to handle that as an error.
    #[cfg(feature = "alloc")]
    #[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
    fn encode_to_vec(&self) -> Vec<u8> {
        let mut out = vec![0; self.encoded_len()];
        match self.encode(&mut out) {
            Ok(written) => {
                out.truncate(written);
                out
            }
            Err(err) => panic!("{err}"),
        }
    }
}

/// A value that can be read from its wire encoding.
///
/// The lifetime lets borrowed fields (`&'a str`, `&'a [u8]`) borrow from the input.
#[diagnostic::on_unimplemented(
    message = "`{Self}` must derive `Wire` to be decoded",
    label = "`{Self}` does not derive `Wire`",
    note = "add #[derive(Wire)] to `{Self}`"
)]
pub trait Decode<'a>: Sized {
    /// Reads one value from the front of `bytes` and returns it with the bytes after it.
    fn decode_prefix(bytes: &'a [u8]) -> Result<(Self, &'a [u8]), DecodeError>;

    /// Reads a value from exactly one encoding: trailing bytes are
    /// [`DecodeError::TrailingBytes`].
    fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        let (value, rest) = Self::decode_prefix(bytes)?;
        if rest.is_empty() {
            Ok(value)
        } else {
            Err(DecodeError::TrailingBytes {
                offset: crate::error::saturate(bytes.len() - rest.len()),
                count: crate::error::saturate(rest.len()),
            })
        }
    }
}
