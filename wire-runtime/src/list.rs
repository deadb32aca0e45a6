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
        // The list was validated when its view was made, so this cannot fail; if it
        // did, ending the iteration is the safe answer.
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
