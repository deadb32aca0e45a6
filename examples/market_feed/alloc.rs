//! Counts heap allocations, so the report can say how many a message costs.
//!
//! Only threads that opt in ([`count_this_thread`]) are counted: the publisher and the
//! subscriber in steady state, not the progress bar or the setup. Live and peak heap
//! bytes are tracked for every thread, to show that memory stays bounded.

use std::alloc::{GlobalAlloc, Layout, System};
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

/// The global allocator of the example: `System`, plus three counters.
pub struct CountingAlloc;

impl CountingAlloc {
    fn on_alloc(size: usize) {
        if COUNTED.try_with(Cell::get).unwrap_or(false) {
            COUNTED_ALLOCS.fetch_add(1, Ordering::Relaxed);
        }
        let live = LIVE_BYTES.fetch_add(size, Ordering::Relaxed) + size;
        PEAK_BYTES.fetch_max(live, Ordering::Relaxed);
    }

    fn on_dealloc(size: usize) {
        LIVE_BYTES.fetch_sub(size, Ordering::Relaxed);
    }
}

// SAFETY: every method delegates to `System` with the caller's arguments unchanged, so
// `System`'s guarantees carry over; the counters are atomics and never allocate.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::on_alloc(layout.size());
        // SAFETY: same contract as ours, forwarded as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::on_alloc(layout.size());
        // SAFETY: same contract as ours, forwarded as is.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        Self::on_dealloc(layout.size());
        // SAFETY: same contract as ours, forwarded as is.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        Self::on_dealloc(layout.size());
        Self::on_alloc(new_size);
        // SAFETY: same contract as ours, forwarded as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
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
