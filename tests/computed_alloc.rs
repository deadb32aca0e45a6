//! Hostile lengths from earlier fields: a count or byte length that claims more than the
//! input holds, a negative one, one that overflows, is refused before anything is
//! allocated; and whatever the input, `decode` takes no more heap than the bound of
//! "Heap per input byte" in the derive's documentation.

use proptest::prelude::*;
use std::mem::size_of;
use wire::prelude::*;
use wire::DecodeError;
use wire_test_support::alloc::{bytes_allocated_during as allocated_by, CountingAllocator};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// One byte on the wire when absent, 136 bytes in memory.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Sparse {
    wide: Option<[u64; 16]>,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Hostile {
    count: u32,
    bytes: u32,
    scale: i64,
    #[wire(count = "count")]
    counted: Vec<Sparse>,
    #[wire(byte_len = "bytes")]
    sized: Vec<Sparse>,
    #[wire(count = "bytes * scale")]
    text: String,
}

/// A valid header and `rest`.
fn message(count: u32, bytes: u32, scale: i64, rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&count.to_be_bytes());
    out.extend_from_slice(&bytes.to_be_bytes());
    out.extend_from_slice(&scale.to_be_bytes());
    out.extend_from_slice(rest);
    out
}

fn refused_without_heap(bytes: &[u8]) -> DecodeError {
    let (heap, result) = allocated_by(|| Hostile::decode(bytes));
    assert_eq!(heap, 0, "{result:?}");
    result.unwrap_err()
}

#[test]
fn huge_counts_and_lengths_allocate_nothing() {
    assert!(matches!(
        refused_without_heap(&message(1_000_000, 0, 0, &[0; 100])),
        DecodeError::Truncated {
            field: "counted",
            offset: 16,
            ..
        }
    ));
    assert!(matches!(
        refused_without_heap(&message(u32::MAX, 0, 0, &[0; 100])),
        DecodeError::LengthExceedsMax {
            field: "counted",
            offset: 16,
            ..
        }
    ));
    assert!(matches!(
        refused_without_heap(&message(0, 1_000_000, 0, &[0; 100])),
        DecodeError::Truncated {
            field: "sized",
            offset: 16,
            ..
        }
    ));
}

#[test]
fn negative_lengths_allocate_nothing() {
    #[derive(Wire, Debug, PartialEq)]
    #[wire(endian = "big")]
    struct Signed {
        delta: i8,
        #[wire(count = "delta * 2")]
        text: String,
    }
    let (heap, result) = allocated_by(|| Signed::decode(&[0xfd, b'a']));
    assert_eq!(heap, 0);
    assert_eq!(
        result,
        Err(DecodeError::InvalidLength {
            field: "text",
            offset: 1,
            value: -6
        })
    );
    assert_eq!(Signed::decode(&[1, b'a', b'b']).unwrap().text, "ab");
}

/// The bound of the documentation for `n` input bytes: `ρ` is `Sparse`'s 136 bytes a
/// byte (its shortest encoding is its presence byte).
fn bound(n: usize) -> usize {
    let rho = size_of::<Sparse>();
    (5 * rho + 1) * n + (100 + 1) * 4096
}

proptest! {
    #[test]
    fn decode_stays_within_the_heap_bound(
        count in 0u32..64,
        bytes in 0u32..64,
        scale in -2i64..4,
        rest in proptest::collection::vec(0u8..3, 0..256),
    ) {
        let input = message(count, bytes, scale, &rest);
        let (heap, result) = allocated_by(|| Hostile::decode(&input).map(|_| ()));
        prop_assert!(heap <= bound(input.len()), "{heap} bytes for {} ({result:?})", input.len());
    }
}
