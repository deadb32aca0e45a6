//! The binary's global allocator: `System`, plus the counters of `market_feed::alloc`.
//! The one place of the demo that needs `unsafe`: a `GlobalAlloc` impl.

use std::alloc::{GlobalAlloc, Layout, System};

/// `System`, counted.
pub struct CountingAlloc;

// SAFETY: every method delegates to `System` with the caller's arguments unchanged, so
// `System`'s guarantees carry over; the counters are atomics and never allocate.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        market_feed::alloc::on_alloc(layout.size());
        // SAFETY: same contract as ours, forwarded as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        market_feed::alloc::on_alloc(layout.size());
        // SAFETY: same contract as ours, forwarded as is.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        market_feed::alloc::on_dealloc(layout.size());
        // SAFETY: same contract as ours, forwarded as is.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        market_feed::alloc::on_dealloc(layout.size());
        market_feed::alloc::on_alloc(new_size);
        // SAFETY: same contract as ours, forwarded as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}
