//! Allocations of variable-length messages: a declared length above its cap, or larger
//! than the input could hold, is refused before anything is allocated; a view allocates
//! nothing at all, however many strings, lists and nested messages it reads.
//!
//! The shared counting global allocator (`wire_test_support::alloc`) counts per thread, so the
//! test harness's allocations on other threads do not pollute the count.

use std::hint::black_box;
use wire::prelude::*;
use wire::DecodeError;
use wire_test_support::alloc::{allocations_during, CountingAllocator};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct Level {
    price: u32,
    qty: u32,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Entry {
    id: u16,
    #[wire(len = "u8")]
    text: String,
    #[wire(len = "u8")]
    levels: Vec<Level>,
}

/// Every field owned, so that `decode` would allocate for each of them.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Book {
    id: u32,
    #[wire(len = "u16", max_len = 64)]
    name: String,
    #[wire(len = "u32", max_len = 1000)]
    levels: Vec<Level>,
    #[wire(len = "varint")]
    blob: Vec<u8>,
    #[wire(len = "u32", max_len = 4_294_967_295)]
    huge_list: Vec<u32>,
    #[wire(len = "varint", max_len = 4_294_967_295)]
    huge_text: String,
    #[wire(len = "u32", max_len = 4_294_967_295)]
    entries: Vec<Entry>,
    #[wire(len = "u8")]
    note: Option<String>,
}

/// A valid book whose fields are all empty, cut at `len` bytes: the prefix of every
/// input below. Encoded by hand: id, then name 00 00, levels 00 00 00 00, blob 00, …
fn empty_fields(len: usize) -> Vec<u8> {
    let empty = [
        &[0, 0, 0, 1][..],
        &[0, 0],
        &[0, 0, 0, 0],
        &[0],
        &[0, 0, 0, 0],
        &[0],
        &[0, 0, 0, 0],
        &[0],
    ]
    .concat();
    assert_eq!(
        Book::decode(&empty).map(|book| book.name.len()),
        Ok(0),
        "the empty book is valid"
    );
    empty[..len].to_vec()
}

/// Decodes `bytes`, returning the allocations made and the error.
fn refused(bytes: &[u8]) -> (usize, DecodeError) {
    let (count, result) = allocations_during(|| Book::decode(black_box(bytes)));
    (count, result.expect_err("the input is invalid"))
}

#[test]
fn the_counter_sees_allocations() {
    // Without this, every `== 0` below could pass with a broken counter.
    let (count, _) = allocations_during(|| black_box(vec![1u8; 64]));
    assert!(count >= 1);
    // The empty book with the name "hi": 00 02 68 69 in place of 00 00.
    let empty = empty_fields(21);
    let bytes = [&empty[..4], &[0, 2, b'h', b'i'], &empty[6..]].concat();
    let (count, book) = allocations_during(|| Book::decode(black_box(&bytes)));
    assert_eq!(book.map(|book| book.name), Ok("hi".to_string()));
    assert!(count >= 1, "decoding a non-empty string allocates");
}

#[test]
fn lengths_above_max_len_are_refused_without_allocating() {
    // name: 65 > 64, followed by 65 bytes, so only the cap refuses it.
    let mut bytes = empty_fields(4);
    bytes.extend([0, 65]);
    bytes.extend([b'x'; 65]);
    let (count, err) = refused(&bytes);
    assert_eq!(
        err,
        DecodeError::LengthExceedsMax {
            field: "name",
            offset: 4,
            len: 65,
            max: 64
        }
    );
    assert_eq!(count, 0);

    // levels: 1001 > 1000, and 4 Gi - 1.
    for declared in [1001u32, u32::MAX] {
        let mut bytes = empty_fields(6);
        bytes.extend(declared.to_be_bytes());
        bytes.extend([0; 64]);
        let (count, err) = refused(&bytes);
        assert_eq!(
            err,
            DecodeError::LengthExceedsMax {
                field: "levels",
                offset: 6,
                len: declared,
                max: 1000
            }
        );
        assert_eq!(count, 0);
    }

    // blob: 4 GiB, as a varint (leb(2**32) = 80 80 80 80 10), above the 1 MiB default;
    // the error's u32 gives it as u32::MAX.
    let mut bytes = empty_fields(10);
    bytes.extend([0x80, 0x80, 0x80, 0x80, 0x10]);
    let (count, err) = refused(&bytes);
    assert_eq!(
        err,
        DecodeError::LengthExceedsMax {
            field: "blob",
            offset: 10,
            len: u32::MAX,
            max: 1 << 20
        }
    );
    assert_eq!(count, 0);
}

#[test]
fn huge_declared_lengths_with_a_small_input_are_refused_without_allocating() {
    // huge_list: 4 Gi - 1 elements allowed by its cap, 16 bytes of input.
    let mut bytes = empty_fields(11);
    bytes.extend(u32::MAX.to_be_bytes());
    bytes.extend([0; 16]);
    let (count, err) = refused(&bytes);
    assert!(
        matches!(
            err,
            DecodeError::Truncated {
                field: "huge_list",
                offset: 11,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(count, 0);

    // huge_text: 4 GiB - 1 bytes declared as a varint (ff ff ff ff 0f), 3 bytes given.
    let mut bytes = empty_fields(15);
    bytes.extend([0xff, 0xff, 0xff, 0xff, 0x0f, b'a', b'b', b'c']);
    let (count, err) = refused(&bytes);
    assert!(
        matches!(
            err,
            DecodeError::Truncated {
                field: "huge_text",
                offset: 15,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(count, 0);

    // entries: 4 Gi - 1 variable messages declared, each at least 4 bytes; 40 given.
    let mut bytes = empty_fields(16);
    bytes.extend(u32::MAX.to_be_bytes());
    bytes.extend([0; 40]);
    let (count, err) = refused(&bytes);
    assert!(
        matches!(
            err,
            DecodeError::Truncated {
                field: "entries",
                offset: 16,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(count, 0);

    // The same inputs through `view`.
    let (count, result) = allocations_during(|| Book::view(black_box(&bytes)).is_err());
    assert!(result);
    assert_eq!(count, 0);
}

#[test]
fn views_of_variable_messages_do_not_allocate() {
    let book = Book {
        id: 7,
        name: "AAPL".into(),
        levels: vec![Level { price: 10, qty: 1 }, Level { price: 9, qty: 4 }],
        blob: vec![1, 2, 3],
        huge_list: vec![5, 6],
        huge_text: "text".into(),
        entries: vec![
            Entry {
                id: 1,
                text: "one".into(),
                levels: vec![Level { price: 1, qty: 1 }],
            },
            Entry {
                id: 2,
                text: "two".into(),
                levels: vec![],
            },
        ],
        note: Some("note".into()),
    };
    let bytes = book.encode_to_vec();
    let (count, summary) = allocations_during(|| {
        let view = Book::view(black_box(&bytes)).unwrap();
        let mut sum = u64::from(view.id());
        sum += view.name().len() as u64;
        sum += view
            .levels()
            .iter()
            .map(|l| u64::from(l.qty()))
            .sum::<u64>();
        sum += view.levels().get(1).map_or(0, |l| u64::from(l.price));
        sum += view.blob().iter().map(|&b| u64::from(b)).sum::<u64>();
        sum += view.huge_list().iter().map(u64::from).sum::<u64>();
        sum += view.huge_text().len() as u64;
        for entry in view.entries() {
            sum += u64::from(entry.id()) + entry.text().len() as u64;
            sum += entry
                .levels()
                .iter()
                .map(|l| u64::from(l.price()))
                .sum::<u64>();
        }
        sum += view.note().map_or(0, |note| note.len() as u64);
        black_box(sum)
    });
    assert_eq!(count, 0);
    // 7 + 4 + (1 + 4) + 9 + 6 + 11 + 4 + (1 + 3 + 1) + (2 + 3) + 4
    assert_eq!(summary, 60);
}

/// Borrowed fields only: `decode` borrows from the input and allocates nothing either.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "little")]
struct Borrowed<'a> {
    seq: u64,
    #[wire(len = "u16")]
    symbol: &'a str,
    #[wire(len = "varint")]
    payload: &'a [u8],
    #[wire(varint, zigzag)]
    change: i64,
    #[wire(len = "u8")]
    comment: Option<&'a str>,
}

#[test]
fn decoding_borrowed_fields_does_not_allocate() {
    let payload = [9u8; 300];
    let value = Borrowed {
        seq: 1,
        symbol: "MSFT",
        payload: &payload,
        change: -12_345,
        comment: Some("ok"),
    };
    let mut buf = [0u8; 512];
    let (count, written) = allocations_during(|| value.encode(black_box(&mut buf)));
    let len = written.unwrap();
    assert_eq!(count, 0, "encode never allocates");
    let (count, decoded) = allocations_during(|| Borrowed::decode(black_box(&buf[..len])));
    assert_eq!(decoded, Ok(value));
    assert_eq!(count, 0);
    let (count, view) = allocations_during(|| {
        Borrowed::view(black_box(&buf[..len])).map(|view| (view.symbol(), view.comment()))
    });
    assert_eq!(view, Ok(("MSFT", Some("ok"))));
    assert_eq!(count, 0);
}
