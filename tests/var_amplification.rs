//! Bounded amplification: the heap a `decode` allocates is at most
//! `(5ρ + 1)·n + (max_depth + 1)·4096` bytes for an input of `n` bytes, where `ρ` is the
//! largest `size_of::<T>() / MIN_LEN` over the element types `T` of the lists the type
//! can hold (the heap an element takes per byte it needs at least). See "Heap per input
//! byte" in the derive's documentation for the reasoning.
//!
//! The worst shapes are here: elements of one byte that take many bytes of heap
//! (`Option<[u64; 16]>`), nested options, recursive lists whose
//! counts claim every byte left, and a union that keeps unknown bytes. A counting
//! allocator adds up every byte requested (allocations and reallocations, never
//! subtracting frees) on the test's own thread.

use proptest::prelude::*;
use std::mem::size_of;
use wire::prelude::*;
use wire::DecodeError;
use wire_test_support::alloc::{bytes_allocated_during as allocated_by, CountingAllocator};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// A tree of one byte a node: each node is its count of children.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Tree {
    #[wire(len = "varint")]
    children: Vec<Tree>,
}

/// One byte on the wire when absent, 136 bytes in memory.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Sparse {
    wide: Option<[u64; 16]>,
}

/// Nested options: one byte on the wire when absent.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Nest {
    outer: Option<Middle>,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Middle {
    inner: Option<Sparse>,
    #[wire(len = "u8")]
    label: Option<String>,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(tag = "u8")]
enum Any {
    #[wire(id = 1)]
    Tree(Tree),
    #[wire(id = 2)]
    Nest(Nest),
    #[wire(other)]
    Unknown(u8, Vec<u8>),
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Root {
    #[wire(len = "varint")]
    trees: Vec<Tree>,
    #[wire(len = "varint")]
    sparse: Vec<Sparse>,
    #[wire(len = "varint")]
    nests: Vec<Nest>,
    #[wire(len = "varint")]
    text: String,
    #[wire(len = "varint")]
    any: Vec<Any>,
}

/// `ρ`: the most heap an element of `Root`'s lists takes per byte of its shortest
/// encoding (`MIN_LEN`: a count or presence byte, or a tag).
fn rho() -> usize {
    let per_byte = [
        size_of::<Tree>(),
        size_of::<Sparse>(),
        size_of::<Nest>(),
        size_of::<Any>(),
    ];
    per_byte.into_iter().max().unwrap_or(0)
}

/// The bound of the documentation, for `n` input bytes and the default depth limit.
fn bound(n: usize) -> usize {
    (5 * rho() + 1) * n + (100 + 1) * 4096
}

/// Decodes `bytes` as `T` and checks the heap it took against the bound.
fn check<T: for<'a> Decode<'a>>(bytes: &[u8]) -> Result<(), TestCaseError> {
    let (heap, result) = allocated_by(|| T::decode(bytes).map(|_| ()));
    let _ = result;
    prop_assert!(
        heap <= bound(bytes.len()),
        "{heap} bytes of heap for {} input bytes (bound {})",
        bytes.len(),
        bound(bytes.len())
    );
    Ok(())
}

/// Each of `levels` nodes claims as many children as bytes are left (a three-byte
/// varint count), padded to `n` bytes: every list is cut short, deep in the tree.
fn greedy_chain(levels: usize, n: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(n);
    for _ in 0..levels {
        let left = (n - bytes.len() - 3) as u32;
        bytes.extend_from_slice(&[
            0x80 | (left & 0x7f) as u8,
            0x80 | (left >> 7 & 0x7f) as u8,
            (left >> 14) as u8,
        ]);
    }
    bytes.resize(n, 0);
    bytes
}

#[test]
fn recursive_lists_that_claim_every_byte_left_stay_within_the_bound() {
    let bytes = greedy_chain(101, 100_000);
    let (heap, result) = allocated_by(|| Tree::decode(&bytes).map(|_| ()));
    assert!(
        matches!(result, Err(DecodeError::DepthExceeded { .. })),
        "{result:?}"
    );
    assert!(
        heap <= bound(bytes.len()),
        "{heap} bytes of heap for 100 000 input bytes"
    );
    // Each of the 101 lists cut short reserved one page at most.
    assert!(heap <= 101 * 4096, "{heap} bytes");
}

#[test]
fn one_byte_elements_take_at_most_rho_per_byte() {
    // 50 000 absent `Sparse` values: 136 bytes of heap each.
    let mut bytes = vec![0]; // no trees
    let mut count = [0u8; 10];
    let used = wire::varint::encode_u64(50_000, &mut count).unwrap();
    bytes.extend_from_slice(&count[..used]);
    bytes.extend(std::iter::repeat_n(0, 50_000));
    bytes.extend_from_slice(&[0, 0, 0]); // no nests, text or unions
    let (heap, root) = allocated_by(|| Root::decode(&bytes));
    assert_eq!(root.map(|r| r.sparse.len()), Ok(50_000));
    assert!(heap <= bound(bytes.len()), "{heap} bytes");
    assert!(
        heap >= 50_000 * size_of::<Sparse>(),
        "the elements are on the heap"
    );
}

/// Bytes that look like a `Root`: counts and presence bytes, mostly small, some large.
fn rootish() -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        4 => Just(vec![0u8]),
        4 => Just(vec![1u8]),
        2 => (2u8..8).prop_map(|b| vec![b]),
        1 => any::<u8>().prop_map(|b| vec![b]),
        1 => (0x80u8..=0xff, 0u8..0x7f).prop_map(|(a, b)| vec![a, b]),
        1 => Just(vec![0xff, 0xff, 0x03]),
    ];
    prop::collection::vec(token, 0..600).prop_map(|tokens| tokens.concat())
}

fn root_value() -> impl Strategy<Value = Root> {
    let tree = (0usize..40).prop_map(|n| Tree {
        children: (0..n)
            .map(|_| Tree {
                children: Vec::new(),
            })
            .collect(),
    });
    (
        prop::collection::vec(tree, 0..50),
        0usize..400,
        0usize..300,
        "[a-z]{0,20}",
        0usize..50,
    )
        .prop_map(|(trees, sparse, nests, text, unknowns)| Root {
            trees,
            sparse: (0..sparse).map(|_| Sparse { wide: None }).collect(),
            nests: (0..nests)
                .map(|i| Nest {
                    outer: (i % 2 == 0).then_some(Middle {
                        inner: None,
                        label: None,
                    }),
                })
                .collect(),
            text,
            any: (0..unknowns)
                .map(|i| {
                    if i + 1 == unknowns {
                        Any::Unknown(9, vec![1, 2, 3])
                    } else {
                        Any::Nest(Nest { outer: None })
                    }
                })
                .collect(),
        })
}

proptest! {
    #[test]
    fn decoding_bytes_that_look_like_a_root_stays_within_the_bound(bytes in rootish()) {
        check::<Root>(&bytes)?;
        check::<Tree>(&bytes)?;
        check::<Any>(&bytes)?;
    }

    #[test]
    fn decoding_a_valid_root_stays_within_the_bound(root in root_value()) {
        let bytes = root.encode_to_vec();
        check::<Root>(&bytes)?;
        prop_assert_eq!(Root::decode(&bytes), Ok(root));
    }

    #[test]
    fn cut_or_altered_roots_stay_within_the_bound(root in root_value(), cut in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), value in any::<u8>()) {
        let mut bytes = root.encode_to_vec();
        if !bytes.is_empty() {
            let i = at.index(bytes.len());
            bytes[i] = value;
            bytes.truncate(cut.index(bytes.len()) + 1);
        }
        check::<Root>(&bytes)?;
    }
}
