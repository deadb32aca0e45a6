//! Counts heap allocations, so the report can say how many a message costs.
//!
//! Only threads that opt in ([`count_this_thread`]) are counted: the publisher and the
//! subscriber in steady state, not the progress bar or the setup. Live and peak heap
//! bytes are tracked for every thread, to show that memory stays bounded. The counters
//! are fed by the binary's global allocator ([`on_alloc`], [`on_dealloc`]); a program
//! without one (the tests) reads zeros.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

static COUNTED_ALLOCS: AtomicU64 = AtomicU64::new(0);
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
static PEAK_BYTES: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    // A const-initialised `Cell<bool>` has no destructor and needs no lazy set-up, so
    // reading it from inside the allocator cannot allocate or recurse.
    static COUNTED: Cell<bool> = const { Cell::new(false) };
}

/// Called by the global allocator for every allocation of `size` bytes. Never allocates.
#[inline]
pub fn on_alloc(size: usize) {
    if COUNTED.try_with(Cell::get).unwrap_or(false) {
        COUNTED_ALLOCS.fetch_add(1, Ordering::Relaxed);
    }
    let live = LIVE_BYTES.fetch_add(size, Ordering::Relaxed) + size;
    PEAK_BYTES.fetch_max(live, Ordering::Relaxed);
}

/// Called by the global allocator for every deallocation of `size` bytes.
#[inline]
pub fn on_dealloc(size: usize) {
    LIVE_BYTES.fetch_sub(size, Ordering::Relaxed);
}

/// Counts the allocations this thread makes from now on (or stops counting them).
pub fn count_this_thread(on: bool) {
    COUNTED.with(|counted| counted.set(on));
}

/// Allocations made by counted threads so far.
pub fn counted_allocs() -> u64 {
    COUNTED_ALLOCS.load(Ordering::Relaxed)
}

/// The most heap bytes live at once, so far.
pub fn peak_heap_bytes() -> usize {
    PEAK_BYTES.load(Ordering::Relaxed)
}

/// Forgets the peak: the next reading starts from what is live now.
pub fn reset_peak() {
    PEAK_BYTES.store(LIVE_BYTES.load(Ordering::Relaxed), Ordering::Relaxed);
}
