//! [`FixedField`] and [`Element`]: what a type must be for a derived message to hold it,
//! one public trait per place it can take.
//!
//! `#[derive(Wire)]` writes one `where` clause per generated item that names each type
//! the message holds with the trait of its place (`Point: wire::FixedField`). A type
//! that does not derive `Wire` then fails there, once, with the message below, rather
//! than in every generated body that uses it: the bodies assume the clause. The traits
//! are public, so the error names a trait the user can look up, and their supertraits
//! are everything the generated code needs of the type, so the one clause covers it.
//!
//! This module refuses to be implemented by hand: the supertraits are the derive's
//! hidden machinery, and only the derive implements them consistently.

use crate::derive_support::FixedWire;
use crate::var_support::{DecodeElement, EncodeElement};
use crate::MaxEncodedLen;
use wire_schema::HasSchema;

/// A type that can be a field of a fixed-layout message, or the element of an array
/// field: a fixed-layout struct or a C-like enum that derives `Wire`.
///
/// Implemented by `#[derive(Wire)]` for every fixed-layout type it derives; do not
/// implement it by hand. Primitives, `bool` and arrays of these are fields too, handled
/// by the derive directly: this trait is for the types it cannot see.
///
/// When the compiler says that `FixedField` is not implemented for a type, a message
/// holds that type in its fixed block without the type deriving `Wire` (or the type has
/// a variable length: a string, a list; then the field goes after the block, marked
/// `#[wire(variable)]`).
///
/// ```
/// use wire::prelude::*;
/// use wire::FixedField;
///
/// #[derive(Wire, Clone, Copy)]
/// #[wire(endian = "big")]
/// struct Point { x: u16, y: u16 }
///
/// #[derive(Wire)]
/// #[wire(endian = "big")]
/// struct Move { id: u32, to: Point }     // `Point: FixedField`, from its derive
///
/// // Generic code over fields: their layout is known at compile time.
/// fn schema_name<T: FixedField>() -> &'static str { T::SCHEMA.name }
/// assert_eq!(schema_name::<Point>(), "Point");
/// assert_eq!(Move::SIZE, 8);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` must derive `Wire`, with a fixed layout, to be a field of a fixed-layout message",
    label = "`{Self}` is not a fixed-layout wire type",
    note = "supported: u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, f32, f64, bool, [T; N] of those, and structs or C-like enums that derive `Wire`",
    note = "a variable-length struct or a tagged union that derives `Wire` goes after the fixed block: mark the field #[wire(variable)]"
)]
pub trait FixedField: FixedWire<SetResult = <Self as FixedField>::SetResult> + HasSchema {
    /// What a mutable view's setter of a field of this type returns: `()` for a C-like
    /// enum, every value of which fits; `Result<(), EncodeError>` for a struct, whose bit
    /// fields may hold values that do not.
    type SetResult: crate::derive_support::SetResult;
}

/// A type that can be the element of a list, the value of an `Option`, a tagged union's
/// variant or a `#[wire(variable)]` field: any struct, C-like enum or tagged union that
/// derives `Wire` (but one whose tag is in the frame header, which has no bytes of its
/// own). `'a` is the lifetime of the bytes a view or a decoded value borrows.
///
/// Implemented by `#[derive(Wire)]`; do not implement it by hand. Primitives, arrays,
/// strings and byte strings are elements too, handled by the derive directly: this trait
/// is for the types it cannot see.
///
/// When the compiler says that `Element` is not implemented for a type, a message holds
/// that type in one of these places without the type deriving `Wire`.
///
/// ```
/// use wire::prelude::*;
/// use wire::Element;
///
/// #[derive(Wire, Debug, Clone, Copy, PartialEq)]
/// #[wire(endian = "big")]
/// struct Point { x: u16, y: u16 }
///
/// #[derive(Wire)]
/// #[wire(endian = "big")]
/// struct Path { #[wire(len = "u8")] points: Vec<Point> }   // `Point: Element<'a>`
///
/// // A fixed-layout struct's view as an element is its `TView` over the element's bytes.
/// let view: <Point as Element<'_>>::View = Point::view(&[0, 1, 0, 2])?;
/// assert_eq!(view.y(), 2);
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` must derive `Wire` to be a list element, an `Option`'s value, a union's variant or a `#[wire(variable)]` field",
    label = "`{Self}` does not derive `Wire`",
    note = "these hold a primitive, an array or a type that derives `Wire`; `String`, `Vec<u8>` and other length-prefixed types go in a struct field with #[wire(len = …)]"
)]
pub trait Element<'a>:
    // What the message's encoder and view call.
    EncodeElement
    + DecodeElement<'a, View = <Self as Element<'a>>::View>
    // What its schema and its bound read. Last, on lines of their own: a message whose
    // list holds a type that does not derive `Wire` fails its `Element` impl, and the
    // error quotes one of these lines.
    + HasSchema
    + MaxEncodedLen
{
    /// What a message's view yields for a value of this type: the value itself for a
    /// C-like enum, its view for a struct or a tagged union (`TView<&'a [u8]>` for a
    /// fixed-layout struct, `TView<'a>` for the others).
    type View;
}
