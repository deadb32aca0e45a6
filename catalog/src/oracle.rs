//! The properties every catalog type is held to, on any input bytes.
//!
//! 1. Nothing panics.
//! 2. `view` succeeds exactly when `decode` does, with the same error; `view_prefix` and
//!    `decode_prefix` likewise, leaving the same rest. `decode` succeeds exactly when
//!    `decode_prefix` leaves nothing over, and fails with `TrailingBytes` when it leaves
//!    something (a fixed-layout `decode` checks the length first, so it may report
//!    `TrailingBytes` where `decode_prefix` finds a bad field).
//! 3. Every accessor of the view equals the decoded field ([`Agrees`]).
//! 4. `encode` writes `encoded_len()` bytes, and refuses a buffer one byte short.
//! 5. decode → encode → decode gives the same value ([`Same`]: floats compared by their
//!    bits) and encoding that again gives the same bytes.
//! 6. Where the encoding is canonical ([`Canonical`]), encode reproduces the input.
//!
//! A failed property panics with what differed: the fuzz targets report that as a crash.

use crate::compare::{Agrees, Same};
use std::fmt::Debug;
use wire::{Decode, DecodeError, Encode, EncodeError};

/// What re-encoding a valid input must give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Canonical {
    /// Exactly the input: this input has one encoding.
    Exact,
    /// At most as long as the input, and the same bytes when as long: the input may hold
    /// non-minimal varints (LEB128 with redundant continuation bytes, which Protocol
    /// Buffers accepts and `encode` does not write), and nothing else differs.
    NoLonger,
    /// Only the round trip of the value: the input may be one of several encodings of it.
    No,
}

/// A catalog type and everything the oracle calls on it. Implemented by a marker type per
/// entry, since the value and view types borrow from the input.
pub trait Entry {
    /// The type's name, for messages.
    const NAME: &'static str;
    /// The derived type.
    type Value<'a>: Decode<'a> + Encode + Same + Debug;
    /// Its view.
    type View<'a>: Agrees<Self::Value<'a>> + Debug;

    /// `Value::view`.
    fn view(bytes: &[u8]) -> Result<Self::View<'_>, DecodeError>;
    /// `Value::view_prefix`.
    fn view_prefix(bytes: &[u8]) -> Result<(Self::View<'_>, &[u8]), DecodeError>;
    /// [`Same`] between values borrowing from different buffers.
    fn same(a: &Self::Value<'_>, b: &Self::Value<'_>) -> bool;
    /// What re-encoding `input`, a valid encoding, must give.
    fn canonical(input: &[u8]) -> Canonical;
    /// Checks a view beyond its field accessors: a fixed layout's `as_bytes` and
    /// `to_value`, the index (`get`) of a list of fixed elements.
    /// Both borrow from `input`: a view is invariant in its lifetime, so they share it.
    fn check_view<'a>(input: &[u8], view: &Self::View<'a>, value: &Self::Value<'a>) {
        let _ = (input, view, value);
    }
    /// Valid encodings, to seed fuzzing and the smoke test.
    fn seeds() -> Vec<Vec<u8>>;
}

/// Runs every property of [`Entry`] `E` on `input`; panics on the first that fails.
pub fn check<E: Entry>(input: &[u8]) {
    let name = E::NAME;
    let decoded = E::Value::decode(input);
    let viewed = E::view(input);
    match (&decoded, &viewed) {
        (Ok(_), Ok(_)) => {}
        (Err(a), Err(b)) if a == b => {}
        _ => panic!("{name}: decode {decoded:?} but view {viewed:?}"),
    }
    check_prefix::<E>(input, &decoded);
    let (Ok(value), Ok(view)) = (decoded, viewed) else {
        return;
    };
    assert!(
        view.agrees(&value),
        "{name}: the view disagrees with the decoded value\nview:    {view:?}\ndecoded: {value:?}"
    );
    E::check_view(input, &view, &value);

    let encoded = encode::<E>(&value);
    let again = E::Value::decode(&encoded).unwrap_or_else(|err| {
        panic!("{name}: {value:?} encodes to {encoded:?}, which fails: {err}")
    });
    assert!(
        E::same(&value, &again),
        "{name}: decode -> encode -> decode changed the value\nfirst:  {value:?}\nsecond: {again:?}"
    );
    assert_eq!(
        encode::<E>(&again),
        encoded,
        "{name}: the second encoding differs from the first"
    );
    match E::canonical(input) {
        Canonical::Exact => assert_eq!(
            encoded, input,
            "{name}: a canonical input re-encodes to other bytes"
        ),
        Canonical::NoLonger => assert!(
            encoded.len() < input.len() || encoded == input,
            "{name}: re-encoding gives {encoded:?} from {input:?}"
        ),
        Canonical::No => {}
    }
}

/// `view_prefix` and `decode_prefix` agree, and `decode` succeeds exactly when
/// `decode_prefix` leaves nothing over.
fn check_prefix<E: Entry>(input: &[u8], decoded: &Result<E::Value<'_>, DecodeError>) {
    let name = E::NAME;
    let prefix = E::Value::decode_prefix(input);
    let view_prefix = E::view_prefix(input);
    match (&prefix, &view_prefix) {
        (Ok((value, rest)), Ok((view, view_rest))) => {
            assert_eq!(rest, view_rest, "{name}: prefixes of different lengths");
            assert!(
                view.agrees(value),
                "{name}: the prefix view disagrees with the prefix decoded"
            );
        }
        (Err(a), Err(b)) if a == b => {}
        _ => panic!("{name}: decode_prefix {prefix:?} but view_prefix {view_prefix:?}"),
    }
    match (&prefix, decoded) {
        (Ok((first, [])), Ok(whole)) => {
            assert!(E::same(first, whole), "{name}: decode_prefix differs");
        }
        (Ok((_, rest)), Err(DecodeError::TrailingBytes { .. })) if !rest.is_empty() => {}
        (Err(_), Err(_)) => {}
        _ => panic!("{name}: decode_prefix {prefix:?} but decode {decoded:?}"),
    }
}

/// The value's encoding, after checking `encoded_len` and the refusal of a short buffer.
fn encode<E: Entry>(value: &E::Value<'_>) -> Vec<u8> {
    let name = E::NAME;
    let len = value.encoded_len();
    let mut out = vec![0; len + 1];
    match value.encode(&mut out) {
        Ok(written) => assert_eq!(written, len, "{name}: encode wrote other than encoded_len"),
        Err(err) => panic!("{name}: a decoded value fails to encode: {err}\nvalue: {value:?}"),
    }
    out.truncate(len);
    if let Some(short) = len.checked_sub(1) {
        assert_eq!(
            value.encode(&mut vec![0; short]),
            Err(EncodeError::BufferTooSmall {
                needed: len,
                available: short
            }),
            "{name}: encode into a buffer one byte short"
        );
    }
    out
}

/// Implements [`Entry`] for a marker type. The value and view types are written with the
/// lifetime given first (`<'a>`), which stands for the input's.
macro_rules! entry {
    (
        $(#[$meta:meta])*
        $marker:ident: <$lt:lifetime> $value:ty, $view:ty;
        canonical: $canonical:expr;
        $(check_view: $check_view:expr;)?
        seeds: $seeds:expr $(;)?
    ) => {
        $(#[$meta])*
        pub struct $marker;

        impl $crate::oracle::Entry for $marker {
            const NAME: &'static str = stringify!($marker);
            type Value<$lt> = $value;
            type View<$lt> = $view;

            fn view<$lt>(bytes: &$lt [u8]) -> Result<$view, ::wire::DecodeError> {
                <$value>::view(bytes)
            }

            fn view_prefix<$lt>(
                bytes: &$lt [u8],
            ) -> Result<($view, &$lt [u8]), ::wire::DecodeError> {
                <$value>::view_prefix(bytes)
            }

            fn same(a: &Self::Value<'_>, b: &Self::Value<'_>) -> bool {
                $crate::compare::Same::same(a, b)
            }

            fn canonical(input: &[u8]) -> $crate::oracle::Canonical {
                let canonical: fn(&[u8]) -> $crate::oracle::Canonical = $canonical;
                canonical(input)
            }

            $(
                fn check_view<$lt>(input: &[u8], view: &$view, value: &$value) {
                    let check: fn(&[u8], &$view, &$value) = $check_view;
                    check(input, view, value)
                }
            )?

            fn seeds() -> Vec<Vec<u8>> {
                let seeds: fn() -> Vec<Vec<u8>> = $seeds;
                seeds()
            }
        }
    };
}
pub(crate) use entry;
