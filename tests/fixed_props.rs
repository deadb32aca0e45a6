//! Property tests of fixed-layout structs: every field kind, both byte orders, and bit
//! fields of every width from 1 to 64.
//!
//! Each test struct is checked against a model written here from the layout rules alone
//! (integers in the struct's byte order, odd widths as the low bytes of the two's
//! complement, bit runs as one integer: big endian with the first field in the most
//! significant bits, little endian with the first field in the least significant bits),
//! and its generated API is checked for agreement: `decode` inverts `encode`, the view
//! reads every field, the setters write what `encode` writes, short and long inputs fail
//! with the right error, and values that do not fit are errors rather than truncated.

use proptest::prelude::*;
use std::fmt::Debug;
use wire::prelude::*;
use wire::{DecodeError, EncodeError};

// ---------------------------------------------------------------------------------------
// The model of the layout rules.

/// The bytes a struct should encode to, and where each field lies.
struct Layout {
    big_endian: bool,
    bytes: Vec<u8>,
    spans: Vec<Span>,
    /// Bit fields not yet written: consecutive bit fields form one run.
    pending_run: Vec<(&'static str, i128, u32)>,
}

/// A field's bytes; a bit run is one span named after its first field.
struct Span {
    field: &'static str,
    start: usize,
    end: usize,
}

impl Layout {
    fn new(big_endian: bool) -> Self {
        Layout {
            big_endian,
            bytes: Vec::new(),
            spans: Vec::new(),
            pending_run: Vec::new(),
        }
    }

    fn push(&mut self, field: &'static str, bytes: &[u8]) {
        self.end_run();
        let start = self.bytes.len();
        self.bytes.extend_from_slice(bytes);
        self.spans.push(Span {
            field,
            start,
            end: self.bytes.len(),
        });
    }

    /// A field of a type with one fixed encoding.
    fn field(&mut self, field: &'static str, value: &impl Model) {
        let mut bytes = Vec::new();
        value.put(self.big_endian, &mut bytes);
        self.push(field, &bytes);
    }

    /// An integer stored in `width` bytes: the low bytes of its two's complement.
    fn odd(&mut self, field: &'static str, value: i128, width: usize) {
        let mut bytes = value.to_le_bytes()[..width].to_vec();
        if self.big_endian {
            bytes.reverse();
        }
        self.push(field, &bytes);
    }

    /// Bit fields `(name, value, width)`: they join the run of the bit fields before them.
    fn bits(&mut self, fields: &[(&'static str, i128, u32)]) {
        self.pending_run.extend_from_slice(fields);
    }

    /// Writes the pending bit fields as one integer of their total width, in the
    /// struct's byte order.
    fn end_run(&mut self) {
        if self.pending_run.is_empty() {
            return;
        }
        let fields = std::mem::take(&mut self.pending_run);
        let total: u32 = fields.iter().map(|&(_, _, width)| width).sum();
        assert!(
            total.is_multiple_of(8) && total <= 128,
            "a run fills whole bytes"
        );
        let mut run = 0u128;
        let mut shift = 0;
        for &(_, value, width) in &fields {
            let bits = value as u128 & low_bits(width);
            if self.big_endian {
                run = run << width | bits;
            } else {
                run |= bits << shift;
                shift += width;
            }
        }
        let len = total as usize / 8;
        let bytes = if self.big_endian {
            run.to_be_bytes()[16 - len..].to_vec()
        } else {
            run.to_le_bytes()[..len].to_vec()
        };
        self.push(fields[0].0, &bytes);
    }

    /// Writes the last pending run.
    fn finish(mut self) -> Self {
        self.end_run();
        self
    }

    /// The first field that does not fit in `len` bytes, and where it starts.
    fn first_cut_by(&self, len: usize) -> (&'static str, usize) {
        let span = self
            .spans
            .iter()
            .find(|span| span.end > len)
            .expect("len < SIZE");
        (span.field, span.start)
    }
}

fn low_bits(width: u32) -> u128 {
    if width == 128 {
        u128::MAX
    } else {
        (1 << width) - 1
    }
}

/// How a type with one fixed encoding is written, in a given byte order.
trait Model {
    fn put(&self, big_endian: bool, out: &mut Vec<u8>);
}

macro_rules! model_int {
    ($($t:ty),*) => {$(
        impl Model for $t {
            fn put(&self, big_endian: bool, out: &mut Vec<u8>) {
                if big_endian {
                    out.extend_from_slice(&self.to_be_bytes());
                } else {
                    out.extend_from_slice(&self.to_le_bytes());
                }
            }
        }
    )*};
}
model_int!(u8, u16, u32, u64, u128, i8, i16, i32, i64, i128);

impl Model for f32 {
    fn put(&self, big_endian: bool, out: &mut Vec<u8>) {
        self.to_bits().put(big_endian, out);
    }
}

impl Model for f64 {
    fn put(&self, big_endian: bool, out: &mut Vec<u8>) {
        self.to_bits().put(big_endian, out);
    }
}

impl Model for bool {
    fn put(&self, big_endian: bool, out: &mut Vec<u8>) {
        u8::from(*self).put(big_endian, out);
    }
}

impl<T: Model, const N: usize> Model for [T; N] {
    fn put(&self, big_endian: bool, out: &mut Vec<u8>) {
        for element in self {
            element.put(big_endian, out);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Comparing values exactly.

/// A value reduced to what must survive a round trip: floats by their bits, so that NaN
/// payloads and the sign of zero count.
trait Canon {
    type Repr: PartialEq + Debug;
    fn canon(&self) -> Self::Repr;
}

macro_rules! canon_as_is {
    ($($t:ty),*) => {$(
        impl Canon for $t {
            type Repr = $t;
            fn canon(&self) -> $t {
                *self
            }
        }
    )*};
}
canon_as_is!(u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, bool, Side, Mode);

impl Canon for f32 {
    type Repr = u32;
    fn canon(&self) -> u32 {
        self.to_bits()
    }
}

impl Canon for f64 {
    type Repr = u64;
    fn canon(&self) -> u64 {
        self.to_bits()
    }
}

impl<T: Canon, const N: usize> Canon for [T; N] {
    type Repr = [T::Repr; N];
    fn canon(&self) -> [T::Repr; N] {
        core::array::from_fn(|i| self[i].canon())
    }
}

// ---------------------------------------------------------------------------------------
// Integers as bit fields.

/// An integer type a bit field or odd-width field can have.
trait BitField: Copy + Debug + 'static {
    fn to_i128(self) -> i128;
    /// Only called with values of the type's range.
    fn from_i128(value: i128) -> Self;
    /// The values `width` bits of this type hold.
    fn range(width: u32) -> (i128, i128);

    /// Values of `width` bits, with both ends drawn often.
    fn strategy(width: u32) -> BoxedStrategy<Self> {
        let (min, max) = Self::range(width);
        prop_oneof![1 => Just(min), 1 => Just(max), 6 => min..=max]
            .prop_map(Self::from_i128)
            .boxed()
    }
}

macro_rules! bit_field {
    (unsigned: $($t:ty),*) => {$(
        impl BitField for $t {
            fn to_i128(self) -> i128 {
                self.into()
            }
            fn from_i128(value: i128) -> Self {
                <$t>::try_from(value).expect("in range")
            }
            fn range(width: u32) -> (i128, i128) {
                (0, (1 << width) - 1)
            }
        }
    )*};
    (signed: $($t:ty),*) => {$(
        impl BitField for $t {
            fn to_i128(self) -> i128 {
                self.into()
            }
            fn from_i128(value: i128) -> Self {
                <$t>::try_from(value).expect("in range")
            }
            fn range(width: u32) -> (i128, i128) {
                (-(1 << (width - 1)), (1 << (width - 1)) - 1)
            }
        }
    )*};
}
bit_field!(unsigned: u8, u16, u32, u64);
bit_field!(signed: i8, i16, i32, i64);

impl BitField for bool {
    fn to_i128(self) -> i128 {
        self.into()
    }
    fn from_i128(value: i128) -> Self {
        value != 0
    }
    fn range(_: u32) -> (i128, i128) {
        (0, 1)
    }
}

/// Values of a whole integer type, with both ends drawn often.
macro_rules! full_range {
    ($t:ty) => {
        prop_oneof![1 => Just(<$t>::MIN), 1 => Just(<$t>::MAX), 6 => any::<$t>()]
    };
}

/// Every bit pattern of a float, with the awkward ones drawn often.
macro_rules! any_float {
    ($t:ident, $bits:ty) => {
        prop_oneof![
            1 => Just(-0.0),
            1 => Just($t::NAN),
            1 => Just($t::NEG_INFINITY),
            6 => any::<$bits>().prop_map($t::from_bits),
        ]
    };
}

// ---------------------------------------------------------------------------------------
// What every test struct provides.

/// Written by `wire_struct!` from the field list: everything that names the generated
/// view types and accessors.
trait Generated: Seed + Clone + Debug + Encode + for<'a> Decode<'a> + FixedSize {
    fn strategy() -> BoxedStrategy<Self>;
    fn assert_same(&self, other: &Self);
    /// `view(bytes)` succeeds and each accessor returns this value's field.
    fn assert_view_matches(&self, bytes: &[u8]);
    /// `view_prefix(bytes)` succeeds, reads this value and returns the rest.
    fn view_prefix_rest<'a>(&self, bytes: &'a [u8]) -> &'a [u8];
    /// Writes every field through `view_mut` and its setters.
    fn write_with_setters(&self, buf: &mut [u8]);
    fn view_error(bytes: &[u8]) -> Option<DecodeError>;
    fn view_prefix_error(bytes: &[u8]) -> Option<DecodeError>;
    fn view_mut_error(buf: &mut [u8]) -> Option<DecodeError>;
}

/// The model of a test struct's layout, written independently of the derive.
trait Modeled: Generated {
    fn layout(&self) -> Layout;
    /// The fields whose type holds values the wire field cannot.
    fn ranges() -> Vec<FieldRange<Self>>;
}

/// A field narrower than its type.
struct FieldRange<T> {
    field: &'static str,
    /// Where the field, or its bit run, starts.
    offset: usize,
    min: i128,
    max: i128,
    type_min: i128,
    type_max: i128,
    /// Sets the field of a value.
    assign: fn(&mut T, i128),
    /// Calls the field's setter on a fresh `view_mut` of the buffer.
    set: fn(&mut [u8], i128) -> Result<(), EncodeError>,
}

macro_rules! field_range {
    ($name:ident, $field:ident, $setter:ident, $ty:ty, $offset:expr, $min:expr, $max:expr) => {
        FieldRange {
            field: stringify!($field),
            offset: $offset,
            min: $min,
            max: $max,
            type_min: <$ty>::MIN.into(),
            type_max: <$ty>::MAX.into(),
            assign: |value: &mut $name, v| value.$field = v as $ty,
            set: |buf, v| {
                $name::view_mut(buf)
                    .expect("right length")
                    .$setter(v as $ty)
            },
        }
    };
}

/// A value to start from before a strategy draws each field.
trait Seed {
    fn seed() -> Self;
}

macro_rules! seed_default {
    ($($t:ty),*) => {$(
        impl Seed for $t {
            fn seed() -> Self {
                <$t>::default()
            }
        }
    )*};
}
seed_default!(u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, f32, f64, bool);

impl<T: Seed, const N: usize> Seed for [T; N] {
    fn seed() -> Self {
        core::array::from_fn(|_| T::seed())
    }
}

/// Defines a test struct from one list of fields, each with the strategy of its values
/// and its setter: `plain` (returns `()`), `checked` (returns a `Result`) or `magic` (no
/// setter).
macro_rules! wire_struct {
    (
        $(#[doc = $doc:literal])*
        #[wire($($container:tt)*)]
        struct $name:ident {
            $(
                $(#[wire($($attr:tt)*)])?
                $field:ident: $ty:tt = $strategy:expr => $mode:ident $($setter:ident)?
            ),* $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Wire, Debug, Clone, Copy)]
        #[wire($($container)*)]
        struct $name {
            $( $(#[wire($($attr)*)])? $field: $ty, )*
        }

        impl Seed for $name {
            fn seed() -> Self {
                $name { $( $field: Seed::seed() ),* }
            }
        }

        impl Generated for $name {
            fn strategy() -> BoxedStrategy<Self> {
                // One field at a time, so that the strategy's type stays shallow however
                // many fields there are.
                let strategy = Just(Self::seed()).boxed();
                $(
                    let strategy = (strategy, $strategy)
                        .prop_map(|(mut value, field)| {
                            value.$field = field;
                            value
                        })
                        .boxed();
                )*
                strategy
            }

            fn assert_same(&self, other: &Self) {
                $( assert_eq!(self.$field.canon(), other.$field.canon(), stringify!($field)); )*
            }

            fn assert_view_matches(&self, bytes: &[u8]) {
                let view = $name::view(bytes).expect("a valid encoding has a view");
                $( assert_eq!(view.$field().canon(), self.$field.canon(), stringify!($field)); )*
                assert_eq!(view.as_bytes(), bytes);
            }

            fn view_prefix_rest<'a>(&self, bytes: &'a [u8]) -> &'a [u8] {
                let (view, rest) = $name::view_prefix(bytes).expect("a valid encoding");
                $( assert_eq!(view.$field().canon(), self.$field.canon(), stringify!($field)); )*
                assert_eq!(view.as_bytes(), &bytes[..<$name as FixedSize>::SIZE]);
                rest
            }

            fn write_with_setters(&self, buf: &mut [u8]) {
                let mut view = $name::view_mut(buf).expect("a buffer of the right length");
                view.write_constants();
                $( wire_struct!(@set $mode view self.$field $(, $setter)?); )*
                assert_eq!(view.as_bytes().len(), <$name as FixedSize>::SIZE);
            }

            fn view_error(bytes: &[u8]) -> Option<DecodeError> {
                $name::view(bytes).err()
            }

            fn view_prefix_error(bytes: &[u8]) -> Option<DecodeError> {
                $name::view_prefix(bytes).err()
            }

            fn view_mut_error(buf: &mut [u8]) -> Option<DecodeError> {
                $name::view_mut(buf).err()
            }
        }
    };
    (@set plain $view:ident $value:expr, $setter:ident) => {
        let () = $view.$setter($value);
    };
    (@set checked $view:ident $value:expr, $setter:ident) => {
        $view.$setter($value).expect("a value in range")
    };
    (@set magic $view:ident $value:expr) => {};
}

/// Defines a struct of bit fields in both byte orders, with its model. Each group
/// `[field: type = width setter-kind setter, …]` fills whole bytes; a group followed by
/// `end set_end` is closed by a `u8` field of that name, and groups without one join
/// the next group's run (consecutive bit fields form one run).
macro_rules! bit_struct {
    (
        $(#[doc = $doc:literal])*
        struct ($big:ident, $little:ident) $groups:tt
    ) => {
        bit_struct!(@one [$(#[doc = $doc])*] $big "big" true $groups);
        bit_struct!(@one [$(#[doc = $doc])*] $little "little" false $groups);
    };
    (@one [$(#[doc = $doc:literal])*] $name:ident $endian:tt $big_endian:tt {
        $(
            [ $( $field:ident: $ty:ident = $width:tt $mode:ident $setter:ident ),+ ]
            $( $end:ident $end_setter:ident )?
        )+
    }) => {
        wire_struct! {
            $(#[doc = $doc])*
            #[wire(endian = $endian)]
            struct $name {
                $(
                    $(
                        #[wire(bits = $width)]
                        $field: $ty = <$ty as BitField>::strategy($width) => $mode $setter,
                    )+
                    $( $end: u8 = full_range!(u8) => plain $end_setter, )?
                )+
            }
        }

        impl Modeled for $name {
            fn layout(&self) -> Layout {
                let mut layout = Layout::new($big_endian);
                $(
                    layout.bits(&[
                        $( (stringify!($field), BitField::to_i128(self.$field), $width) ),+
                    ]);
                    $( layout.field(stringify!($end), &self.$end); )?
                )+
                layout.finish()
            }

            fn ranges() -> Vec<FieldRange<Self>> {
                let mut ranges = Vec::new();
                let mut run_start = 0;
                let mut run_bits = 0;
                $(
                    $( bit_struct!(@range $mode ranges run_start $name $field $ty $width $setter); )+
                    run_bits += 0 $(+ $width)+;
                    $(
                        // Once per closing field: the run, then its one byte.
                        let _ = stringify!($end);
                        run_start += run_bits / 8 + 1;
                        run_bits = 0;
                    )?
                )+
                assert_eq!(run_start + run_bits / 8, <$name as FixedSize>::SIZE);
                ranges
            }
        }
    };
    (@range plain $($ignored:tt)*) => {};
    (@range checked $ranges:ident $run_start:ident $name:ident $field:ident $ty:ident $width:tt $setter:ident) => {
        let (min, max) = <$ty as BitField>::range($width);
        $ranges.push(field_range!($name, $field, $setter, $ty, $run_start, min, max));
    };
}

// ---------------------------------------------------------------------------------------
// The checks, generic over the test structs.

fn check_encode<T: Modeled>(x: &T) {
    let layout = x.layout();
    assert_eq!(
        T::SIZE,
        layout.bytes.len(),
        "SIZE is the sum of the field widths"
    );
    assert_eq!(x.encoded_len(), T::SIZE);
    let mut out = vec![0x5a; T::SIZE + 8];
    assert_eq!(x.encode(&mut out), Ok(T::SIZE));
    assert_eq!(&out[..T::SIZE], &layout.bytes[..]);
    assert_eq!(
        &out[T::SIZE..],
        &[0x5a; 8],
        "encode writes nothing past SIZE"
    );
    assert_eq!(x.encode_to_vec(), layout.bytes);
}

fn check_decode<T: Modeled>(x: &T) {
    let bytes = x.encode_to_vec();
    T::decode(&bytes)
        .expect("a valid encoding decodes")
        .assert_same(x);
    let (decoded, rest) = T::decode_prefix(&bytes).expect("a valid encoding decodes");
    decoded.assert_same(x);
    assert!(rest.is_empty());
}

fn check_view<T: Modeled>(x: &T) {
    x.assert_view_matches(&x.encode_to_vec());
}

fn check_setters<T: Modeled>(x: &T, junk: &[u8]) {
    let expected = x.encode_to_vec();
    let mut zeroed = vec![0; T::SIZE];
    x.write_with_setters(&mut zeroed);
    assert_eq!(zeroed, expected, "setters on a zeroed buffer");
    // Every setter must clear the bits of its field, not only set them.
    let mut dirty = junk[..T::SIZE].to_vec();
    x.write_with_setters(&mut dirty);
    assert_eq!(dirty, expected, "setters on a buffer of junk");
}

fn check_truncated<T: Modeled>(x: &T) {
    let layout = x.layout();
    let bytes = x.encode_to_vec();
    for len in 0..T::SIZE {
        let (field, offset) = layout.first_cut_by(len);
        let expected = DecodeError::Truncated {
            field,
            offset: offset as u32,
            needed: T::SIZE as u32,
            available: len as u32,
        };
        let input = &bytes[..len];
        assert_eq!(
            T::decode(input).err(),
            Some(expected),
            "decode of {len} bytes"
        );
        assert_eq!(
            T::decode_prefix(input).err(),
            Some(expected),
            "decode_prefix of {len}"
        );
        assert_eq!(T::view_error(input), Some(expected), "view of {len} bytes");
        assert_eq!(
            T::view_prefix_error(input),
            Some(expected),
            "view_prefix of {len}"
        );
        let mut short = input.to_vec();
        assert_eq!(
            T::view_mut_error(&mut short),
            Some(expected),
            "view_mut of {len}"
        );
        assert_eq!(
            x.encode(&mut short),
            Err(EncodeError::BufferTooSmall {
                needed: T::SIZE,
                available: len
            })
        );
    }
}

fn check_trailing<T: Modeled>(x: &T, extra: &[u8]) {
    let mut bytes = x.encode_to_vec();
    bytes.extend_from_slice(extra);
    let expected = DecodeError::TrailingBytes {
        offset: T::SIZE as u32,
        count: extra.len() as u32,
    };
    assert_eq!(T::decode(&bytes).err(), Some(expected));
    assert_eq!(T::view_error(&bytes), Some(expected));
    let (decoded, rest) = T::decode_prefix(&bytes).expect("a valid encoding in front");
    decoded.assert_same(x);
    assert_eq!(rest, extra);
    assert_eq!(x.view_prefix_rest(&bytes), extra);
}

/// A value of the field's type outside its range, picked by `raw`, if there is one.
fn beyond<T>(range: &FieldRange<T>, raw: u128) -> Option<i128> {
    let above = range.type_max - range.max;
    let below = range.min - range.type_min;
    let count = (above + below) as u128;
    if count == 0 {
        return None;
    }
    let pick = (raw % count) as i128;
    Some(if pick < above {
        range.max + 1 + pick
    } else {
        range.min - 1 - (pick - above)
    })
}

fn check_out_of_range<T: Modeled>(x: &T, raw: u128) {
    for range in T::ranges() {
        let edges = [range.min - 1, range.max + 1, range.type_min, range.type_max];
        let values = edges
            .into_iter()
            .chain(beyond(&range, raw))
            .filter(|&value| {
                (range.type_min..=range.type_max).contains(&value)
                    && !(range.min..=range.max).contains(&value)
            });
        for value in values {
            let mut bad = x.clone();
            (range.assign)(&mut bad, value);
            let encoded = bad.encode(&mut vec![0; T::SIZE]).err();
            check_out_of_range_error(&range, value, encoded, "encode");
            let set = (range.set)(&mut vec![0; T::SIZE], value).err();
            check_out_of_range_error(&range, value, set, "setter");
        }
    }
}

/// `err` is the `ValueOutOfRange` of `range` for `value`.
fn check_out_of_range_error<T>(
    range: &FieldRange<T>,
    value: i128,
    err: Option<EncodeError>,
    what: &str,
) {
    let Some(
        err @ EncodeError::ValueOutOfRange {
            field,
            offset,
            value: got,
            ..
        },
    ) = err
    else {
        panic!("{what}: {err:?} for {} = {value}", range.field);
    };
    assert_eq!(
        (field, offset as usize),
        (range.field, range.offset),
        "{what}"
    );
    assert_eq!(
        (err.min(), err.max()),
        (Some(range.min), Some(range.max)),
        "{what}"
    );
    // The error keeps the value's 64 most significant bits, rounded down.
    let shift = (128 - value.unsigned_abs().leading_zeros()).saturating_sub(64);
    assert_eq!(got.get(), (value >> shift) << shift, "{what}: {value}");
}

/// The property tests of one struct, in a module named after it.
macro_rules! properties {
    ($($module:ident: $name:ident),* $(,)?) => {$(
        mod $module {
            use super::*;

            proptest! {
                // The default ChaCha generator dominates the run time of unoptimised test
                // builds; these tests need variety, not cryptographic randomness.
                #![proptest_config(ProptestConfig {
                    rng_algorithm: prop::test_runner::RngAlgorithm::XorShift,
                    ..ProptestConfig::default()
                })]

                #[test]
                fn encode_writes_the_model(x in $name::strategy()) {
                    check_encode(&x);
                }

                #[test]
                fn decode_inverts_encode(x in $name::strategy()) {
                    check_decode(&x);
                }

                #[test]
                fn view_reads_every_field(x in $name::strategy()) {
                    check_view(&x);
                }

                #[test]
                fn setters_write_what_encode_writes(
                    x in $name::strategy(),
                    junk in prop::collection::vec(any::<u8>(), 512),
                ) {
                    check_setters(&x, &junk);
                }

                #[test]
                fn every_proper_prefix_is_truncated(x in $name::strategy()) {
                    check_truncated(&x);
                }

                #[test]
                fn longer_input_has_trailing_bytes(
                    x in $name::strategy(),
                    extra in prop::collection::vec(any::<u8>(), 1..16),
                ) {
                    check_trailing(&x, &extra);
                }

                #[test]
                fn values_that_do_not_fit_are_errors(x in $name::strategy(), raw in any::<u128>()) {
                    check_out_of_range(&x, raw);
                }
            }
        }
    )*};
}

// ---------------------------------------------------------------------------------------
// The test structs.

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Side {
    Buy = b'B',
    Sell = b'S',
}

impl Model for Side {
    fn put(&self, big_endian: bool, out: &mut Vec<u8>) {
        (*self as u8).put(big_endian, out);
    }
}

impl Seed for Side {
    fn seed() -> Self {
        Side::Buy
    }
}

fn side() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::Buy), Just(Side::Sell)]
}

/// Discriminants whose two bytes differ, so a byte-order mistake shows.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
enum Mode {
    Idle = 0x0001,
    Run = 0x0102,
    Halt = 0xff00,
}

impl Model for Mode {
    fn put(&self, big_endian: bool, out: &mut Vec<u8>) {
        (*self as u16).put(big_endian, out);
    }
}

impl Seed for Mode {
    fn seed() -> Self {
        Mode::Idle
    }
}

fn mode() -> impl Strategy<Value = Mode> {
    prop_oneof![Just(Mode::Idle), Just(Mode::Run), Just(Mode::Halt)]
}

wire_struct! {
    /// A nested struct keeps its own byte order inside a little-endian one.
    #[wire(endian = "big", size = 4)]
    struct Inner {
        id: u16 = full_range!(u16) => plain set_id,
        side: Side = side() => plain set_side,
        #[wire(bits = 4)]
        hi: u8 = <u8 as BitField>::strategy(4) => checked set_hi,
        #[wire(bits = 4)]
        lo: u8 = <u8 as BitField>::strategy(4) => checked set_lo,
    }
}

impl Modeled for Inner {
    fn layout(&self) -> Layout {
        let mut layout = Layout::new(true);
        layout.field("id", &self.id);
        layout.field("side", &self.side);
        layout.bits(&[("hi", self.hi.into(), 4), ("lo", self.lo.into(), 4)]);
        layout.finish()
    }

    fn ranges() -> Vec<FieldRange<Self>> {
        vec![
            field_range!(Inner, hi, set_hi, u8, 3, 0, 15),
            field_range!(Inner, lo, set_lo, u8, 3, 0, 15),
        ]
    }
}

impl Model for Inner {
    fn put(&self, _: bool, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.layout().bytes);
    }
}

impl Canon for Inner {
    type Repr = (u16, Side, u8, u8);
    fn canon(&self) -> Self::Repr {
        (self.id, self.side, self.hi, self.lo)
    }
}

/// Every kind of field, in the byte order `$endian`.
macro_rules! kinds {
    ($name:ident, $endian:tt, $big_endian:tt) => {
        wire_struct! {
            #[wire(endian = $endian, size = 156)]
            struct $name {
                a_u8: u8 = full_range!(u8) => plain set_a_u8,
                a_u16: u16 = full_range!(u16) => plain set_a_u16,
                a_u32: u32 = full_range!(u32) => plain set_a_u32,
                a_u64: u64 = full_range!(u64) => plain set_a_u64,
                a_u128: u128 = full_range!(u128) => plain set_a_u128,
                a_i8: i8 = full_range!(i8) => plain set_a_i8,
                a_i16: i16 = full_range!(i16) => plain set_a_i16,
                a_i32: i32 = full_range!(i32) => plain set_a_i32,
                a_i64: i64 = full_range!(i64) => plain set_a_i64,
                a_i128: i128 = full_range!(i128) => plain set_a_i128,
                a_f32: f32 = any_float!(f32, u32) => plain set_a_f32,
                a_f64: f64 = any_float!(f64, u64) => plain set_a_f64,
                flag: bool = any::<bool>() => plain set_flag,
                #[wire(magic = b"WR")]
                tag: [u8; 2] = Just(*b"WR") => magic,
                bytes: [u8; 5] = any::<[u8; 5]>() => plain set_bytes,
                words: [u16; 3] = any::<[u16; 3]>() => plain set_words,
                floats: [f32; 2] = [any_float!(f32, u32), any_float!(f32, u32)] => plain set_floats,
                side: Side = side() => plain set_side,
                mode: Mode = mode() => plain set_mode,
                sides: [Side; 3] = [side(), side(), side()] => plain set_sides,
                modes: [Mode; 2] = [mode(), mode()] => plain set_modes,
                #[wire(offset = 106)]
                inner: Inner = Inner::strategy() => checked set_inner,
                #[wire(bytes = 3)]
                u24: u32 = <u32 as BitField>::strategy(24) => checked set_u24,
                #[wire(bytes = 3)]
                i24: i32 = <i32 as BitField>::strategy(24) => checked set_i24,
                #[wire(bytes = 5)]
                u40: u64 = <u64 as BitField>::strategy(40) => checked set_u40,
                #[wire(bytes = 5)]
                i40: i64 = <i64 as BitField>::strategy(40) => checked set_i40,
                #[wire(bytes = 6)]
                u48: u64 = <u64 as BitField>::strategy(48) => checked set_u48,
                #[wire(bytes = 6)]
                i48: i64 = <i64 as BitField>::strategy(48) => checked set_i48,
                #[wire(bytes = 7)]
                u56: u64 = <u64 as BitField>::strategy(56) => checked set_u56,
                #[wire(bytes = 7)]
                i56: i64 = <i64 as BitField>::strategy(56) => checked set_i56,
                #[wire(bits = 3)]
                k3: u8 = <u8 as BitField>::strategy(3) => checked set_k3,
                #[wire(bits = 1)]
                kb: bool = any::<bool>() => plain set_kb,
                #[wire(bits = 12)]
                k12: i16 = <i16 as BitField>::strategy(12) => checked set_k12,
                tail: u16 = full_range!(u16) => plain set_tail,
            }
        }

        impl Modeled for $name {
            fn layout(&self) -> Layout {
                let mut layout = Layout::new($big_endian);
                layout.field("a_u8", &self.a_u8);
                layout.field("a_u16", &self.a_u16);
                layout.field("a_u32", &self.a_u32);
                layout.field("a_u64", &self.a_u64);
                layout.field("a_u128", &self.a_u128);
                layout.field("a_i8", &self.a_i8);
                layout.field("a_i16", &self.a_i16);
                layout.field("a_i32", &self.a_i32);
                layout.field("a_i64", &self.a_i64);
                layout.field("a_i128", &self.a_i128);
                layout.field("a_f32", &self.a_f32);
                layout.field("a_f64", &self.a_f64);
                layout.field("flag", &self.flag);
                layout.field("tag", b"WR");
                layout.field("bytes", &self.bytes);
                layout.field("words", &self.words);
                layout.field("floats", &self.floats);
                layout.field("side", &self.side);
                layout.field("mode", &self.mode);
                layout.field("sides", &self.sides);
                layout.field("modes", &self.modes);
                layout.field("inner", &self.inner);
                layout.odd("u24", self.u24.into(), 3);
                layout.odd("i24", self.i24.into(), 3);
                layout.odd("u40", self.u40.into(), 5);
                layout.odd("i40", self.i40.into(), 5);
                layout.odd("u48", self.u48.into(), 6);
                layout.odd("i48", self.i48.into(), 6);
                layout.odd("u56", self.u56.into(), 7);
                layout.odd("i56", self.i56.into(), 7);
                layout.bits(&[
                    ("k3", self.k3.into(), 3),
                    ("kb", self.kb.into(), 1),
                    ("k12", self.k12.into(), 12),
                ]);
                layout.field("tail", &self.tail);
                layout.finish()
            }

            fn ranges() -> Vec<FieldRange<Self>> {
                vec![
                    field_range!($name, u24, set_u24, u32, 110, 0, (1 << 24) - 1),
                    field_range!($name, i24, set_i24, i32, 113, -(1 << 23), (1 << 23) - 1),
                    field_range!($name, u40, set_u40, u64, 116, 0, (1 << 40) - 1),
                    field_range!($name, i40, set_i40, i64, 121, -(1 << 39), (1 << 39) - 1),
                    field_range!($name, u48, set_u48, u64, 126, 0, (1 << 48) - 1),
                    field_range!($name, i48, set_i48, i64, 132, -(1 << 47), (1 << 47) - 1),
                    field_range!($name, u56, set_u56, u64, 138, 0, (1 << 56) - 1),
                    field_range!($name, i56, set_i56, i64, 145, -(1 << 55), (1 << 55) - 1),
                    field_range!($name, k3, set_k3, u8, 152, 0, 7),
                    field_range!($name, k12, set_k12, i16, 152, -2048, 2047),
                ]
            }
        }
    };
}

kinds!(KindsBig, "big", true);
kinds!(KindsLittle, "little", false);

bit_struct! {
    /// Widths 1 to 16, in runs of 8 to 48 bits.
    struct (BitsSmallBig, BitsSmallLittle) {
        [r1_flag: bool = 1 plain set_r1_flag, r1_u2: u8 = 2 checked set_r1_u2, r1_i5: i8 = 5 checked set_r1_i5]
        [r2_u3: u8 = 3 checked set_r2_u3, r2_i4: i8 = 4 checked set_r2_i4, r2_flag: bool = 1 plain set_r2_flag]
        end2 set_end2
        [r3_u6: u8 = 6 checked set_r3_u6, r3_u7: u16 = 7 checked set_r3_u7, r3_i3: i8 = 3 checked set_r3_i3]
        end3 set_end3
        [r4_u8: u8 = 8 plain set_r4_u8]
        end4 set_end4
        [r5_i8: i8 = 8 plain set_r5_i8]
        end5 set_end5
        [r6_u9: u16 = 9 checked set_r6_u9, r6_u15: u16 = 15 checked set_r6_u15]
        [r7_i10: i16 = 10 checked set_r7_i10, r7_u14: u16 = 14 checked set_r7_u14]
        end7 set_end7
        [r8_u11: u16 = 11 checked set_r8_u11, r8_i13: i16 = 13 checked set_r8_i13]
        end8 set_end8
        [r9_u12: u16 = 12 checked set_r9_u12, r9_u4: u64 = 4 checked set_r9_u4]
        end9 set_end9
        [r10_u16: u16 = 16 plain set_r10_u16]
        [r11_i16: i16 = 16 plain set_r11_i16]
        [r12_i1: i8 = 1 checked set_r12_i1, r12_u5: u32 = 5 checked set_r12_u5, r12_i2: i64 = 2 checked set_r12_i2]
    }
}

bit_struct! {
    /// Widths 17 to 32, in runs of 32 to 112 bits.
    struct (BitsMediumBig, BitsMediumLittle) {
        [r1_u17: u32 = 17 checked set_r1_u17, r1_i23: i32 = 23 checked set_r1_i23]
        end1 set_end1
        [r2_u18: u32 = 18 checked set_r2_u18, r2_u22: u32 = 22 checked set_r2_u22]
        end2 set_end2
        [r3_i19: i32 = 19 checked set_r3_i19, r3_u21: u32 = 21 checked set_r3_u21]
        [r4_u20: u32 = 20 checked set_r4_u20, r4_u28: u32 = 28 checked set_r4_u28]
        end4 set_end4
        [r5_u24: u32 = 24 checked set_r5_u24, r5_u32: u32 = 32 plain set_r5_u32]
        end5 set_end5
        [r6_i25: i32 = 25 checked set_r6_i25, r6_i31: i32 = 31 checked set_r6_i31]
        [r7_u26: u32 = 26 checked set_r7_u26, r7_u30: u64 = 30 checked set_r7_u30]
        end7 set_end7
        [r8_u27: u32 = 27 checked set_r8_u27, r8_i29: i32 = 29 checked set_r8_i29]
        end8 set_end8
        [r9_i32: i32 = 32 plain set_r9_i32]
        end9 set_end9
        [r10_u3: u8 = 3 checked set_r10_u3, r10_i20: i32 = 20 checked set_r10_i20, r10_u9: u16 = 9 checked set_r10_u9]
        end10 set_end10
        [r11_u32: u32 = 32 plain set_r11_u32, r11_u24: u64 = 24 checked set_r11_u24, r11_flag: bool = 1 plain set_r11_flag, r11_u7: u8 = 7 checked set_r11_u7]
    }
}

bit_struct! {
    /// Widths 33 to 64, in runs of 64 and 128 bits.
    struct (BitsLargeBig, BitsLargeLittle) {
        [r1_u33: u64 = 33 checked set_r1_u33, r1_u31: u32 = 31 checked set_r1_u31]
        [r2_i34: i64 = 34 checked set_r2_i34, r2_u30: u32 = 30 checked set_r2_u30]
        end2 set_end2
        [r3_u35: u64 = 35 checked set_r3_u35, r3_u29: u32 = 29 checked set_r3_u29]
        end3 set_end3
        [r4_u36: u64 = 36 checked set_r4_u36, r4_i28: i32 = 28 checked set_r4_i28]
        end4 set_end4
        [r5_i37: i64 = 37 checked set_r5_i37, r5_u27: u32 = 27 checked set_r5_u27]
        end5 set_end5
        [r6_u38: u64 = 38 checked set_r6_u38, r6_u26: u32 = 26 checked set_r6_u26]
        end6 set_end6
        [r7_u39: u64 = 39 checked set_r7_u39, r7_u25: u32 = 25 checked set_r7_u25]
        end7 set_end7
        [r8_i40: i64 = 40 checked set_r8_i40, r8_i24: i32 = 24 checked set_r8_i24]
        end8 set_end8
        [r9_u41: u64 = 41 checked set_r9_u41, r9_u23: u32 = 23 checked set_r9_u23]
        end9 set_end9
        [r10_u42: u64 = 42 checked set_r10_u42, r10_u22: u32 = 22 checked set_r10_u22]
        end10 set_end10
        [r11_i43: i64 = 43 checked set_r11_i43, r11_u21: u32 = 21 checked set_r11_u21]
        end11 set_end11
        [r12_u44: u64 = 44 checked set_r12_u44, r12_i20: i32 = 20 checked set_r12_i20]
        end12 set_end12
        [r13_u45: u64 = 45 checked set_r13_u45, r13_u19: u32 = 19 checked set_r13_u19]
        end13 set_end13
        [r14_i46: i64 = 46 checked set_r14_i46, r14_u18: u32 = 18 checked set_r14_u18]
        end14 set_end14
        [r15_u47: u64 = 47 checked set_r15_u47, r15_u17: u32 = 17 checked set_r15_u17]
        end15 set_end15
        [r16_u48: u64 = 48 checked set_r16_u48, r16_i16: i16 = 16 plain set_r16_i16]
        end16 set_end16
        [r17_i49: i64 = 49 checked set_r17_i49, r17_u15: u16 = 15 checked set_r17_u15]
        end17 set_end17
        [r18_u50: u64 = 50 checked set_r18_u50, r18_u14: u16 = 14 checked set_r18_u14]
        end18 set_end18
        [r19_u51: u64 = 51 checked set_r19_u51, r19_u13: u16 = 13 checked set_r19_u13]
        end19 set_end19
        [r20_i52: i64 = 52 checked set_r20_i52, r20_i12: i16 = 12 checked set_r20_i12]
        end20 set_end20
        [r21_u53: u64 = 53 checked set_r21_u53, r21_u11: u16 = 11 checked set_r21_u11]
        end21 set_end21
        [r22_u54: u64 = 54 checked set_r22_u54, r22_u10: u16 = 10 checked set_r22_u10]
        end22 set_end22
        [r23_i55: i64 = 55 checked set_r23_i55, r23_u9: u16 = 9 checked set_r23_u9]
        end23 set_end23
        [r24_u56: u64 = 56 checked set_r24_u56, r24_i8: i8 = 8 plain set_r24_i8]
        end24 set_end24
        [r25_u57: u64 = 57 checked set_r25_u57, r25_u7: u8 = 7 checked set_r25_u7]
        end25 set_end25
        [r26_i58: i64 = 58 checked set_r26_i58, r26_u6: u8 = 6 checked set_r26_u6]
        end26 set_end26
        [r27_u59: u64 = 59 checked set_r27_u59, r27_u5: u8 = 5 checked set_r27_u5]
        end27 set_end27
        [r28_u60: u64 = 60 checked set_r28_u60, r28_i4: i8 = 4 checked set_r28_i4]
        end28 set_end28
        [r29_i61: i64 = 61 checked set_r29_i61, r29_u3: u8 = 3 checked set_r29_u3]
        end29 set_end29
        [r30_u62: u64 = 62 checked set_r30_u62, r30_u2: u8 = 2 checked set_r30_u2]
        end30 set_end30
        [r31_u63: u64 = 63 checked set_r31_u63, r31_flag: bool = 1 plain set_r31_flag]
        end31 set_end31
        [r32_u64: u64 = 64 plain set_r32_u64]
        [r33_i64: i64 = 64 plain set_r33_i64]
    }
}

properties! {
    inner: Inner,
    kinds_big: KindsBig,
    kinds_little: KindsLittle,
    bits_small_big: BitsSmallBig,
    bits_small_little: BitsSmallLittle,
    bits_medium_big: BitsMediumBig,
    bits_medium_little: BitsMediumLittle,
    bits_large_big: BitsLargeBig,
    bits_large_little: BitsLargeLittle,
}

// ---------------------------------------------------------------------------------------
// Checks of the model itself, so that agreement with it means something.

#[test]
fn the_model_lays_out_bit_runs_like_the_known_answers() {
    // The IPv4 header's first byte (version 4, ihl 5), then a run of flags (DF) and
    // fragment offset after the TTL.
    let mut layout = Layout::new(true);
    layout.bits(&[("version", 4, 4), ("ihl", 5, 4)]);
    layout.field("ttl", &64u8);
    layout.bits(&[("flags", 2, 3), ("fragment_offset", 0, 13)]);
    let layout = layout.finish();
    assert_eq!(layout.bytes, [0x45, 0x40, 0x40, 0x00]);
    assert_eq!(layout.first_cut_by(2), ("flags", 2));
    // A little-endian run: the first field in the least significant bits.
    let mut layout = Layout::new(false);
    layout.bits(&[("channel", 19, 5), ("length", 1234, 11)]);
    layout.field("opcode", &0x0304u16);
    layout.bits(&[("x", 0xabc, 12), ("delta", -37, 7), ("y", 0x1234, 13)]);
    let layout = layout.finish();
    assert_eq!(
        layout.bytes,
        [0x53, 0x9a, 0x04, 0x03, 0xbc, 0xba, 0xa5, 0x91]
    );
    assert_eq!(layout.first_cut_by(5), ("x", 4));
    // Odd widths are the low bytes of the two's complement.
    let mut layout = Layout::new(true);
    layout.odd("i24", -2, 3);
    layout.odd("u40", 0x01_0203_0405, 5);
    assert_eq!(
        layout.bytes,
        [0xff, 0xff, 0xfe, 0x01, 0x02, 0x03, 0x04, 0x05]
    );
    assert_eq!(layout.first_cut_by(3), ("u40", 3));
}

#[test]
fn nan_payloads_survive() {
    let x = KindsLittle {
        a_f32: f32::from_bits(0x7fa0_0001), // a signalling NaN
        a_f64: f64::from_bits(0xfff8_0000_dead_beef),
        floats: [f32::from_bits(0xffc0_1234), -0.0],
        ..KindsLittle::decode(&KindsLittle::sample_bytes()).unwrap()
    };
    let bytes = x.encode_to_vec();
    assert_eq!(&bytes[62..66], &0x7fa0_0001u32.to_le_bytes());
    let decoded = KindsLittle::decode(&bytes).unwrap();
    decoded.assert_same(&x);
    x.assert_view_matches(&bytes);
}

impl KindsLittle {
    /// A valid encoding: zeros, with the magic and valid enum values.
    fn sample_bytes() -> Vec<u8> {
        let mut bytes = vec![0; 156];
        bytes[75..77].copy_from_slice(b"WR");
        bytes[96] = b'B';
        bytes[97..99].copy_from_slice(&0x0001u16.to_le_bytes());
        bytes[99..102].copy_from_slice(b"BSB");
        bytes[102..106].copy_from_slice(&[0x02, 0x01, 0x00, 0xff]);
        bytes[108] = b'S'; // inner.side
        bytes
    }
}

#[test]
fn magic_is_written_whatever_the_field_holds() {
    let sample = KindsBig::decode(&{
        let mut bytes = KindsLittle::sample_bytes();
        bytes[97..99].copy_from_slice(&0x0001u16.to_be_bytes());
        bytes[102..106].copy_from_slice(&[0x01, 0x02, 0xff, 0x00]);
        bytes
    })
    .unwrap();
    assert_eq!(sample.tag, *b"WR");
    assert_eq!(sample.modes, [Mode::Run, Mode::Halt]);
    let bytes = KindsBig {
        tag: *b"??",
        ..sample
    }
    .encode_to_vec();
    assert_eq!(&bytes[75..77], b"WR");
    assert_eq!(bytes, sample.encode_to_vec());
}
