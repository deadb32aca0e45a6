//! `wire::pool::BufferPool` through the public API: reuse, clearing, bounds, and use
//! from several threads.

use std::sync::{Arc, Barrier};
use std::thread;

use wire::pool::{BufferPool, PoolStats};

#[test]
fn a_returned_buffer_is_reused_cleared_with_its_capacity() {
    let pool = BufferPool::new(4, 64);
    let mut first = pool.get();
    first.extend_from_slice(&[7; 100]); // grows past 64
    let grown = first.capacity();
    let address = first.as_ptr();
    drop(first);

    let second = pool.get();
    assert!(second.is_empty(), "length reset on return");
    assert_eq!(second.capacity(), grown, "capacity kept");
    assert_eq!(second.as_ptr(), address, "the same allocation");
    assert_eq!(pool.stats().created, 1);
    assert_eq!(pool.stats().reused, 1);
}

#[test]
fn new_buffers_have_the_configured_capacity() {
    let pool = BufferPool::new(2, 1500);
    let buf = pool.get();
    assert!(buf.is_empty());
    assert!(buf.capacity() >= 1500);
}

#[test]
fn the_pool_keeps_at_most_max_buffers() {
    let pool = BufferPool::new(3, 16);
    let held: Vec<_> = (0..10).map(|_| pool.get()).collect();
    assert_eq!(pool.available(), 0);
    drop(held);
    assert_eq!(pool.available(), 3);
    let stats = pool.stats();
    assert_eq!(
        stats,
        PoolStats {
            created: 10,
            returned: 3,
            dropped_full: 7,
            ..PoolStats::default()
        }
    );
}

#[test]
fn a_buffer_grown_past_the_retained_limit_is_dropped() {
    let pool = BufferPool::builder()
        .max_buffers(4)
        .buffer_capacity(16)
        .max_retained_capacity(32)
        .build();
    let mut big = pool.get();
    big.resize(33, 0);
    assert!(big.capacity() > 32);
    drop(big);
    assert_eq!(pool.available(), 0);
    assert_eq!(pool.stats().dropped_oversized, 1);
}

#[test]
fn a_buffer_filled_up_to_the_retained_limit_is_kept() {
    let pool = BufferPool::builder()
        .max_buffers(4)
        .buffer_capacity(32)
        .max_retained_capacity(32)
        .build();
    let mut full = pool.get();
    let capacity = full.capacity();
    full.resize(capacity, 1); // filled, not grown
    assert_eq!(full.capacity(), capacity);
    drop(full);
    assert_eq!(pool.available(), 1);
    assert_eq!(pool.stats().returned, 1);
}

#[test]
fn the_default_retained_limit_is_four_times_the_capacity() {
    let pool = BufferPool::new(2, 100);
    assert_eq!(pool.max_retained_capacity(), 400);
}

#[test]
fn a_shrunk_buffer_is_not_returned() {
    let pool = BufferPool::new(2, 64);
    let mut buf = pool.get();
    buf.shrink_to_fit(); // capacity 0 now: nothing to return
    drop(buf);
    let mut buf = pool.get();
    buf.push(1);
    buf.shrink_to(1); // smaller than a pool buffer
    assert!(buf.capacity() < 64);
    drop(buf);
    assert_eq!(pool.available(), 0);
    assert_eq!(pool.stats().dropped_undersized, 1);
}

#[test]
fn into_inner_keeps_the_buffer_out_of_the_pool() {
    let pool = BufferPool::new(2, 8);
    let mut buf = pool.get();
    buf.extend_from_slice(b"keep");
    let owned = buf.into_inner();
    assert_eq!(owned, b"keep");
    assert_eq!(pool.available(), 0);
    assert_eq!(pool.stats().returned, 0);
}

#[test]
fn prefill_allocates_up_front() {
    let pool = BufferPool::builder()
        .max_buffers(4)
        .buffer_capacity(32)
        .prefill(4)
        .build();
    assert_eq!(pool.available(), 4);
    let _buf = pool.get();
    assert_eq!(pool.stats().created, 4);
    assert_eq!(pool.stats().reused, 1);
}

#[test]
fn clones_share_the_buffers_and_guards_outlive_the_handle() {
    let pool = BufferPool::new(2, 8);
    let other = pool.clone();
    let buf = other.get();
    drop(other);
    drop(buf); // returns into the pool `pool` still sees
    assert_eq!(pool.available(), 1);
}

#[test]
fn guard_works_as_a_byte_buffer() {
    let pool = BufferPool::new(1, 8);
    let mut buf = pool.get();
    buf.extend_from_slice(&[1, 2, 3]);
    let as_slice: &[u8] = buf.as_ref();
    assert_eq!(as_slice, &[1, 2, 3]);
    buf.as_mut()[0] = 9;
    assert_eq!(&buf[..], &[9, 2, 3]);
    let written = wire::varint::encode_u64(300, &mut buf[1..]).unwrap();
    assert_eq!(written, 2);
}

#[test]
fn many_threads_share_one_pool_within_its_bound() {
    const THREADS: usize = 8;
    const ROUNDS: usize = 1_000;
    let pool = BufferPool::new(4, 256);
    let start = Arc::new(Barrier::new(THREADS));
    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let pool = pool.clone();
            let start = Arc::clone(&start);
            thread::spawn(move || {
                start.wait();
                for round in 0..ROUNDS {
                    let mut buf = pool.get();
                    assert!(buf.is_empty(), "a lent buffer is always empty");
                    let stamp = (t * ROUNDS + round) as u64;
                    buf.extend_from_slice(&stamp.to_le_bytes());
                    assert_eq!(
                        &buf[..],
                        &stamp.to_le_bytes(),
                        "no other thread writes here"
                    );
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let stats = pool.stats();
    let lent = (THREADS * ROUNDS) as u64;
    assert_eq!(stats.created + stats.reused, lent);
    assert_eq!(stats.returned + stats.dropped_full, lent);
    assert!(pool.available() <= 4);
    assert!(stats.created <= lent);
    assert_eq!(stats.dropped_oversized + stats.dropped_undersized, 0);
}
