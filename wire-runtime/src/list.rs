//! [`List`]: the view of a list field (`Vec<T>` in a message) inside an encoding.
//!
//! A list is validated once, when the message's view is made; afterwards iterating it
//! cannot fail. Elements of a fixed-size type are also reachable by index in O(1),
//! without reading the elements before them.

use crate::derive_support::FixedWire;
use crate::var_support::DecodeElement;
use core::fmt;
use core::marker::PhantomData;
use zerocopy::byteorder::{BigEndian, ByteOrder};
use zerocopy::FromBytes;

/// A zero-copy view of the elements of a list field.
///
/// `T` is the element type; `O` the byte order of the message it is in. Made by a
/// message view's accessor, e.g. `view.levels()` for a field `levels: Vec<Level>`.
///
/// ```
/// use wire::prelude::*;
///
/// #[derive(Wire, Debug, Clone, Copy, PartialEq)]
/// #[wire(endian = "big")]
/// struct Level { price: u32, qty: u32 }
///
/// #[derive(Wire, Debug, PartialEq)]
/// #[wire(endian = "big")]
/// struct Book { stock: u16, #[wire(len = "u8", max_len = 64)] bids: Vec<Level> }
///
/// let book = Book { stock: 7, bids: vec![Level { price: 10, qty: 1 }, Level { price: 9, qty: 4 }] };
/// let bytes = book.encode_to_vec();
/// let view = Book::view(&bytes)?;
/// let bids = view.bids();
/// assert_eq!(bids.len(), 2);
/// assert_eq!(bids.get(1), Some(Level { price: 9, qty: 4 }));      // O(1)
/// assert_eq!(bids.iter().map(|level| level.qty()).sum::<u32>(), 5); // views of the elements
/// # Ok::<(), wire::DecodeError>(())
/// ```
pub struct List<'a, T, O = BigEndian> {
    bytes: &'a [u8],
    len: usize,
    marker: PhantomData<fn() -> (T, O)>,
}

impl<'a, T, O> List<'a, T, O> {
    /// A list of `len` elements encoded in `bytes`, which were validated.
    #[doc(hidden)]
    pub fn from_validated(bytes: &'a [u8], len: usize) -> Self {
        List {
            bytes,
            len,
            marker: PhantomData,
        }
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the list has no element.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The encoded elements (without the length prefix).
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }
}

impl<'a, T: DecodeElement<'a>, O: ByteOrder> List<'a, T, O> {
    /// The elements in order: values for fixed-size types, views for variable ones.
    pub fn iter(&self) -> ListIter<'a, T, O> {
        ListIter {
            rest: self.bytes,
            left: self.len,
            marker: PhantomData,
        }
    }
}

impl<'a, T: FixedWire + DecodeElement<'a>, O: ByteOrder> List<'a, T, O> {
    /// Element `index`, read in place in O(1); `None` past the end.
    pub fn get(&self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        let size = core::mem::size_of::<T::Raw<O>>();
        let at = self.bytes.get(index * size..)?;
        let (raw, _) = T::Raw::<O>::ref_from_prefix(at).ok()?;
        Some(T::read(raw))
    }
}

impl<T, O> Clone for List<'_, T, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, O> Copy for List<'_, T, O> {}

impl<T, O> fmt::Debug for List<'_, T, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("List")
            .field("len", &self.len)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

impl<'a, T: DecodeElement<'a>, O: ByteOrder> IntoIterator for List<'a, T, O> {
    type Item = T::View;
    type IntoIter = ListIter<'a, T, O>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Iterator over a [`List`].
pub struct ListIter<'a, T, O> {
    rest: &'a [u8],
    left: usize,
    marker: PhantomData<fn() -> (T, O)>,
}

impl<'a, T: DecodeElement<'a>, O: ByteOrder> Iterator for ListIter<'a, T, O> {
    type Item = T::View;

    fn next(&mut self) -> Option<T::View> {
        if self.left == 0 {
            return None;
        }
        // The list was validated when its view was made: this re-reads the element's
        // lengths and checks nothing, so it cannot fail (`None` would mean bytes that
        // were never validated, which `from_validated` rules out).
        let (view, used) = T::elem_view_validated::<O>(self.rest)?;
        self.rest = self.rest.get(used..).unwrap_or_default();
        self.left -= 1;
        Some(view)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<'a, T: DecodeElement<'a>, O: ByteOrder> ExactSizeIterator for ListIter<'a, T, O> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::DecodeError;
    use crate::var_support::{read_list, Depth, LenPrefix, Vec};
    use std::cell::Cell;

    thread_local! {
        static VALIDATIONS: Cell<usize> = const { Cell::new(0) };
    }

    fn validations() -> usize {
        VALIDATIONS.with(Cell::get)
    }

    /// A one-byte element that counts how often it is validated.
    struct Counted;

    impl<'a> DecodeElement<'a> for Counted {
        type View = u8;
        type Stored<O: ByteOrder> = u8;
        const MIN_LEN: usize = 1;

        fn elem_store<O: ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: Depth,
        ) -> Result<(u8, usize), DecodeError> {
            Self::elem_view::<O>(bytes, field, offset, depth)
        }

        fn elem_store_validated<O: ByteOrder>(bytes: &'a [u8]) -> Option<(u8, usize)> {
            Self::elem_view_validated::<O>(bytes)
        }

        fn stored_view<O: ByteOrder>(stored: u8) -> u8 {
            stored
        }

        fn elem_view<O: ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: Depth,
        ) -> Result<(u8, usize), DecodeError> {
            let len = Self::elem_check::<O>(bytes, field, offset, depth)?;
            Ok((bytes[0], len))
        }

        fn elem_check<O: ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            _: Depth,
        ) -> Result<usize, DecodeError> {
            VALIDATIONS.with(|n| n.set(n.get() + 1));
            match bytes.first() {
                Some(_) => Ok(1),
                None => Err(DecodeError::Truncated {
                    field,
                    offset: crate::error::saturate(offset),
                    needed: crate::error::saturate(offset + 1),
                    available: crate::error::saturate(offset),
                }),
            }
        }

        fn elem_view_validated<O: ByteOrder>(bytes: &'a [u8]) -> Option<(u8, usize)> {
            Some((*bytes.first()?, 1))
        }

        fn elem_len_validated<O: ByteOrder>(_: &'a [u8]) -> Option<usize> {
            Some(1)
        }

        fn elem_decode<O: ByteOrder>(
            _: &'a [u8],
            _: &'static str,
            _: usize,
            _: Depth,
        ) -> Result<(Self, usize), DecodeError> {
            Ok((Counted, 1))
        }
    }

    #[test]
    fn iterating_a_list_validates_nothing_again() {
        let bytes = [3, 10, 20, 30];
        let mut pos = 0;
        let list = read_list::<Counted, BigEndian>(
            &bytes,
            &mut pos,
            LenPrefix::U8,
            8,
            "items",
            Depth::new(4),
        )
        .unwrap();
        assert_eq!(validations(), 3, "the view validates each element once");
        let items: Vec<u8> = list.iter().collect();
        let again: Vec<u8> = list.iter().collect();
        assert_eq!(
            (items.as_slice(), again.as_slice()),
            ([10, 20, 30].as_slice(), [10, 20, 30].as_slice())
        );
        assert_eq!(validations(), 3, "iterating re-reads lengths only");
    }
}
