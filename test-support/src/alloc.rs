//! The one counting global allocator of the repository (the allocation tests, the benches
//! and the market-feed demo): the system allocator, counting on each thread the
//! allocations made and the bytes requested, so the test harness's own allocations on
//! other threads do not pollute a count; and, process-wide, the allocations of threads
//! that opted in ([`count_this_thread`]) and the heap bytes live at once (the demo's
//! report: allocations per message, peak heap).
//!
//! A test binary installs it once, then measures a closure:
//!
//! ```
//! use wire_test_support::alloc::{allocations_during, CountingAllocator};
//!
//! #[global_allocator]
//! static ALLOCATOR: CountingAllocator = CountingAllocator;
//!
//! let (count, v) = allocations_during(|| vec![1u8; 64]);
//! assert!(count >= 1);
//! assert_eq!(v.len(), 64);
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

static COUNTED_ALLOCS: AtomicU64 = AtomicU64::new(0);
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
static PEAK_BYTES: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    // `const` initialisation and types without `Drop`: bumping these never allocates, so
    // the allocator can use them without recursing.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static BYTES: Cell<usize> = const { Cell::new(0) };
    static COUNTED: Cell<bool> = const { Cell::new(false) };
}

fn record(bytes: usize) {
    // `try_with`: the allocator also runs while thread-locals are torn down.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
    let _ = BYTES.try_with(|total| total.set(total.get() + bytes));
    if COUNTED.try_with(Cell::get).unwrap_or(false) {
        COUNTED_ALLOCS.fetch_add(1, Ordering::Relaxed);
    }
    let live = LIVE_BYTES.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK_BYTES.fetch_max(live, Ordering::Relaxed);
}

fn release(bytes: usize) {
    LIVE_BYTES.fetch_sub(bytes, Ordering::Relaxed);
}

/// The system allocator, counting each thread's allocations (`alloc`, `alloc_zeroed` and
/// `realloc` each count one) and the bytes they request (a `realloc` its new size; frees
/// are never subtracted). Install it with `#[global_allocator]`.
pub struct CountingAllocator;

// Why `unsafe`: `GlobalAlloc` is an unsafe trait, and a global allocator is the only way to
// see a library's allocations.
// SAFETY: every method forwards its arguments unchanged to `System`, which upholds the
// `GlobalAlloc` contract; the only additions are const-initialised thread-local counters
// and atomics, which never allocate.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: the caller's contract, passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: the caller's contract, passed on unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        release(layout.size());
        record(new_size);
        // SAFETY: the caller's contract, passed on unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        release(layout.size());
        // SAFETY: the caller's contract, passed on unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// How many allocations `f` makes on this thread, and what it returns. Counts only when
/// [`CountingAllocator`] is the global allocator (otherwise always 0).
pub fn allocations_during<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = f();
    (ALLOCATIONS.with(Cell::get) - before, result)
}

/// How many bytes `f` requests from the allocator on this thread (allocations and
/// reallocations, never subtracting frees), and what it returns. Counts only when
/// [`CountingAllocator`] is the global allocator.
pub fn bytes_allocated_during<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let before = BYTES.with(Cell::get);
    let result = f();
    (BYTES.with(Cell::get) - before, result)
}

/// Counts the allocations this thread makes from now on in [`counted_allocs`] (or stops
/// counting them): the demo counts its publisher and subscriber in steady state, not its
/// progress bar or set-up.
pub fn count_this_thread(on: bool) {
    COUNTED.with(|counted| counted.set(on));
}

/// Allocations made so far, process-wide, by threads that opted in with
/// [`count_this_thread`]. Zero unless [`CountingAllocator`] is the global allocator.
pub fn counted_allocs() -> u64 {
    COUNTED_ALLOCS.load(Ordering::Relaxed)
}

/// The most heap bytes live at once so far, process-wide.
pub fn peak_heap_bytes() -> usize {
    PEAK_BYTES.load(Ordering::Relaxed)
}

/// Forgets the peak: the next reading starts from what is live now.
pub fn reset_peak() {
    PEAK_BYTES.store(LIVE_BYTES.load(Ordering::Relaxed), Ordering::Relaxed);
}
