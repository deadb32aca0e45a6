//! Checksum fields cost no allocation: `encode` into a slice, `view` with `verify`,
//! `verify_checksum` and `fill_checksum` (the counting allocator counts per thread).

use std::hint::black_box;
use wire::prelude::*;
use wire_test_support::alloc::{self, CountingAllocator};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

#[derive(Wire, Debug, PartialEq, Eq, Clone, Copy)]
#[wire(endian = "big")]
struct Frame {
    seq: u32,
    payload: [u8; 32],
    #[wire(checksum = "internet", over = "seq..=payload")]
    sum: u16,
    #[wire(checksum = "crc32c", verify)]
    crc: u32,
}

#[derive(Wire, Debug, PartialEq, Eq)]
#[wire(endian = "big")]
struct Note<'a> {
    #[wire(checksum = "crc16-kermit", verify)]
    crc: u16,
    #[wire(len = "u8")]
    text: &'a str,
}

#[test]
fn the_counter_sees_allocations() {
    assert!(alloc::allocations_during(|| drop(black_box(vec![1u8; 64]))).0 >= 1);
}

#[test]
fn checksums_do_not_allocate() {
    let frame = black_box(Frame {
        seq: 7,
        payload: [0x5a; 32],
        sum: 0,
        crc: 0,
    });
    let note = black_box(Note {
        crc: 0,
        text: "no heap here",
    });
    let mut frame_bytes = [0u8; 42];
    let mut note_bytes = [0u8; 64];
    let (count, ()) = alloc::allocations_during(|| {
        frame.encode(&mut frame_bytes).unwrap();
        let view = Frame::view(black_box(&frame_bytes[..])).unwrap();
        view.verify_checksum().unwrap();
        let mut copy = frame_bytes;
        let mut view = Frame::view_mut(&mut copy).unwrap();
        view.set_seq(8);
        view.fill_checksum();
        black_box(Frame::decode(&copy).unwrap());
        let len = note.encode(&mut note_bytes).unwrap();
        let view = Note::view(black_box(&note_bytes[..len])).unwrap();
        view.verify_checksum().unwrap();
        black_box(Note::decode(&note_bytes[..len]).unwrap());
    });
    assert_eq!(count, 0);
}
