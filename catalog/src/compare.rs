//! Comparisons the oracle needs and `PartialEq` cannot give.
//!
//! [`Same`] is equality of two owned values in which a float equals a float with the same
//! bits, so a NaN read from the wire equals itself after a round trip. [`Agrees`] says
//! whether what a view's accessor returns (a `&str`, a [`List`] of views, a nested view)
//! holds the same as the field of the decoded value.

use wire::List;

/// Equality of owned values, with floats compared by their bits.
pub trait Same {
    /// Whether `self` and `other` hold the same values, bit for bit in floats.
    fn same(&self, other: &Self) -> bool;
}

/// What a view's accessor returns, compared with the decoded field of type `T`.
pub trait Agrees<T: ?Sized> {
    /// Whether the accessor's result holds what the decoded field holds.
    fn agrees(&self, value: &T) -> bool;
}

/// `Same` and `Agrees<Self>` as `PartialEq`, for types without floats.
macro_rules! by_eq {
    ($($ty:ty),* $(,)?) => {
        $(
            impl $crate::compare::Same for $ty {
                fn same(&self, other: &Self) -> bool {
                    self == other
                }
            }
            impl $crate::compare::Agrees<$ty> for $ty {
                fn agrees(&self, value: &$ty) -> bool {
                    self == value
                }
            }
        )*
    };
}
pub(crate) use by_eq;

/// `Agrees<Self>` as `Same`, for fixed types whose accessor returns the decoded value.
macro_rules! agrees_by_same {
    ($($ty:ty),* $(,)?) => {
        $(
            impl $crate::compare::Agrees<$ty> for $ty {
                fn agrees(&self, value: &$ty) -> bool {
                    $crate::compare::Same::same(self, value)
                }
            }
        )*
    };
}
pub(crate) use agrees_by_same;

by_eq!(u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, bool, String);

impl Same for f32 {
    fn same(&self, other: &Self) -> bool {
        self.to_bits() == other.to_bits()
    }
}

impl Same for f64 {
    fn same(&self, other: &Self) -> bool {
        self.to_bits() == other.to_bits()
    }
}

agrees_by_same!(f32, f64);

impl Same for &str {
    fn same(&self, other: &Self) -> bool {
        self == other
    }
}

impl Same for &[u8] {
    fn same(&self, other: &Self) -> bool {
        self == other
    }
}

impl<T: Same, const N: usize> Same for [T; N] {
    fn same(&self, other: &Self) -> bool {
        self.iter().zip(other).all(|(a, b)| a.same(b))
    }
}

impl<T: Same> Same for Vec<T> {
    fn same(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a.same(b))
    }
}

impl<T: Same> Same for Option<T> {
    fn same(&self, other: &Self) -> bool {
        match (self, other) {
            (Some(a), Some(b)) => a.same(b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl<T: Same, const N: usize> Agrees<[T; N]> for [T; N] {
    fn agrees(&self, value: &[T; N]) -> bool {
        self.same(value)
    }
}

impl Agrees<String> for &str {
    fn agrees(&self, value: &String) -> bool {
        *self == value
    }
}

impl Agrees<&str> for &str {
    fn agrees(&self, value: &&str) -> bool {
        self == value
    }
}

impl Agrees<Vec<u8>> for &[u8] {
    fn agrees(&self, value: &Vec<u8>) -> bool {
        *self == value.as_slice()
    }
}

impl Agrees<&[u8]> for &[u8] {
    fn agrees(&self, value: &&[u8]) -> bool {
        self == value
    }
}

impl<V: Agrees<T>, T> Agrees<Option<T>> for Option<V> {
    fn agrees(&self, value: &Option<T>) -> bool {
        match (self, value) {
            (Some(view), Some(value)) => view.agrees(value),
            (None, None) => true,
            _ => false,
        }
    }
}

/// A list view holds the decoded `Vec`'s elements, in order (see [`agrees_by_index`] for
/// the index of a list of fixed elements).
impl<'a, T, O> Agrees<Vec<T>> for List<'a, T, O>
where
    List<'a, T, O>: IntoIterator,
    <List<'a, T, O> as IntoIterator>::Item: Agrees<T>,
{
    fn agrees(&self, value: &Vec<T>) -> bool {
        let mut count = 0;
        let elements_agree = (*self).into_iter().zip(value).all(|(view, value)| {
            count += 1;
            view.agrees(value)
        });
        elements_agree && count == value.len() && self.len() == value.len()
    }
}

/// `get(i)` of a list of fixed elements, the O(1) path it has besides its iterator, for
/// every index of the decoded list, and `None` past its end.
pub fn agrees_by_index<T, V: Agrees<T>>(get: impl Fn(usize) -> Option<V>, values: &[T]) -> bool {
    values
        .iter()
        .enumerate()
        .all(|(index, value)| get(index).is_some_and(|view| view.agrees(value)))
        && get(values.len()).is_none()
}

/// The decoded value of a field added in a later version, against the view's accessor,
/// which returns `None` when the sender's version did not have the field: then the
/// decoded value is the field's default.
pub fn agrees_since<V: Agrees<T>, T: Same + Default>(view: Option<V>, value: &T) -> bool {
    match view {
        Some(view) => view.agrees(value),
        None => value.same(&T::default()),
    }
}

/// `Same` for a struct, field by field, and `Agrees` between its view and the struct,
/// accessor by accessor. The struct is destructured without `..`, so a field added to the
/// type and not here is a compile error. Fields listed after `since` are a versioned
/// message's variable fields added in a later version (their accessor returns an
/// `Option`). `fixed` marks a fixed-layout type, whose view is generic over its storage.
macro_rules! fields {
    (fixed $ty:ident, $view:ident { $($field:ident),* $(,)? }) => {
        impl $crate::compare::Same for $ty {
            fn same(&self, other: &Self) -> bool {
                let $ty { $($field,)* } = self;
                true $(&& $crate::compare::Same::same($field, &other.$field))*
            }
        }

        impl<'view> $crate::compare::Agrees<$ty> for $view<&'view [u8]> {
            fn agrees(&self, value: &$ty) -> bool {
                let $ty { $($field,)* } = value;
                $(
                    if !$crate::compare::Agrees::agrees(&self.$field(), $field) {
                        return $crate::compare::report(stringify!($ty), stringify!($field));
                    }
                )*
                true
            }
        }
    };
    (
        $ty:ident $(<$lt:lifetime>)?, $view:ident {
            $($field:ident),* $(,)?
        } $(since { $($later:ident),* $(,)? })?
    ) => {
        impl $(<$lt>)? $crate::compare::Same for $ty $(<$lt>)? {
            fn same(&self, other: &Self) -> bool {
                let $ty { $($field,)* $($($later,)*)? } = self;
                true $(&& $crate::compare::Same::same($field, &other.$field))*
                    $($(&& $crate::compare::Same::same($later, &other.$later))*)?
            }
        }

        impl<'view $(, $lt)?> $crate::compare::Agrees<$ty $(<$lt>)?> for $view<'view> {
            fn agrees(&self, value: &$ty $(<$lt>)?) -> bool {
                let $ty { $($field,)* $($($later,)*)? } = value;
                $(
                    if !$crate::compare::Agrees::agrees(&self.$field(), $field) {
                        return $crate::compare::report(stringify!($ty), stringify!($field));
                    }
                )*
                $($(
                    if !$crate::compare::agrees_since(self.$later(), $later) {
                        return $crate::compare::report(stringify!($ty), stringify!($later));
                    }
                )*)?
                true
            }
        }
    };
}
pub(crate) use fields;

/// Says which accessor disagreed (the oracle's panic names only the outermost type), and
/// returns `false`.
pub fn report(ty: &str, field: &str) -> bool {
    eprintln!("the view's `{ty}::{field}` disagrees with the decoded field");
    false
}
