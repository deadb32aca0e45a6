//! A bounded pool of reusable byte buffers, so a hot encode or receive loop does not
//! allocate a fresh `Vec<u8>` per frame.
//!
//! [`BufferPool`] owns the idle buffers and the rules for taking them back; a
//! [`PooledBuf`] guard lends one out and returns it, cleared, when dropped. The pool
//! refuses to grow without bound in either direction: it keeps at most `max_buffers`
//! idle buffers (extra returns are freed), and it frees buffers that grew past
//! `max_retained_capacity`, so one huge frame does not pin its memory forever. It does
//! not limit how many buffers are lent out at once: `get` never blocks and never fails,
//! it allocates when the pool is empty.
//!
//! Why a `Mutex<Vec<Vec<u8>>>` is enough: the critical section is one `pop` or `push`
//! of a three-word value into a vector whose capacity is reserved up front, so the lock
//! is held for a few nanoseconds and an uncontended lock/unlock is two atomic
//! operations. That is small next to filling a buffer with a frame. If profiling shows
//! contention (many threads taking and returning buffers in a tight loop), give each
//! thread or shard its own pool: the type is cheap to create.
//!
//! Sharing: `BufferPool` is a handle to shared state (an `Arc` inside), so `clone` is
//! cheap and every clone serves the same buffers. Each guard keeps that state alive, so
//! a [`PooledBuf`] is `'static` and `Send`: it can move to another thread or task and
//! outlive the handle it came from. The price is one reference-count increment and
//! decrement per `get`.
//!
//! ```
//! use wire_runtime::pool::BufferPool;
//!
//! let pool = BufferPool::new(8, 4096);
//! {
//!     let mut buf = pool.get();
//!     buf.extend_from_slice(b"frame bytes");
//!     assert_eq!(&buf[..5], b"frame");
//! } // returned to the pool here, cleared
//! let again = pool.get();
//! assert!(again.is_empty());
//! assert!(again.capacity() >= 4096);
//! assert_eq!(pool.stats().reused, 1);
//! ```

use core::fmt;
use core::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// A thread-safe, bounded pool of `Vec<u8>` buffers; see the [module documentation](self).
///
/// ```
/// use wire_runtime::pool::BufferPool;
///
/// let pool = BufferPool::new(2, 1024);
/// let worker_pool = pool.clone(); // same buffers, another handle
/// std::thread::spawn(move || {
///     let mut buf = worker_pool.get();
///     buf.push(1);
/// })
/// .join()
/// .unwrap();
/// assert_eq!(pool.available(), 1);
/// ```
#[derive(Clone)]
pub struct BufferPool {
    shared: Arc<Shared>,
}

/// The state every handle and guard of one pool points to.
struct Shared {
    idle: Mutex<Vec<Vec<u8>>>,
    max_buffers: usize,
    buffer_capacity: usize,
    max_retained_capacity: usize,
    created: AtomicU64,
    reused: AtomicU64,
    returned: AtomicU64,
    dropped_full: AtomicU64,
    dropped_oversized: AtomicU64,
    dropped_undersized: AtomicU64,
}

impl Shared {
    /// The idle list. A panic cannot happen while the lock is held (only `pop` and a
    /// `push` into reserved capacity run under it), and the list is valid in any state,
    /// so a poisoned lock is safe to use.
    fn idle(&self) -> MutexGuard<'_, Vec<Vec<u8>>> {
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes back a buffer from a dropped guard, or frees it.
    fn give_back(&self, mut buf: Vec<u8>) {
        let capacity = buf.capacity();
        if capacity == 0 {
            // No allocation to keep: the guard was emptied with `into_inner`, or the pool
            // hands out unallocated buffers and this one was never written to.
            return;
        }
        if capacity > self.max_retained_capacity {
            self.dropped_oversized.fetch_add(1, Ordering::Relaxed);
            return;
        }
        if capacity < self.buffer_capacity {
            // Shrunk by the user (`shrink_to_fit`, `mem::take`): keeping it would break
            // the promise that a pooled buffer has `buffer_capacity` bytes.
            self.dropped_undersized.fetch_add(1, Ordering::Relaxed);
            return;
        }
        buf.clear();
        let mut idle = self.idle();
        if idle.len() >= self.max_buffers {
            drop(idle);
            self.dropped_full.fetch_add(1, Ordering::Relaxed);
            return; // `buf` is freed here, outside the lock.
        }
        idle.push(buf);
        drop(idle);
        self.returned.fetch_add(1, Ordering::Relaxed);
    }
}

impl BufferPool {
    /// A pool that keeps up to `max_buffers` idle buffers, each allocated with
    /// `buffer_capacity` bytes. Buffers that grew past four times `buffer_capacity` are
    /// freed on return instead of kept (use [`BufferPool::builder`] to choose).
    ///
    /// Allocates nothing but the idle list; buffers are created on demand.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::new(16, 64 * 1024);
    /// assert_eq!(pool.max_buffers(), 16);
    /// assert_eq!(pool.max_retained_capacity(), 256 * 1024);
    /// ```
    pub fn new(max_buffers: usize, buffer_capacity: usize) -> Self {
        BufferPool::builder()
            .max_buffers(max_buffers)
            .buffer_capacity(buffer_capacity)
            .build()
    }

    /// Starts a [`BufferPoolBuilder`] for the settings `new` does not take.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::builder()
    ///     .max_buffers(4)
    ///     .buffer_capacity(1500)
    ///     .max_retained_capacity(9000)
    ///     .prefill(2)
    ///     .build();
    /// assert_eq!(pool.available(), 2);
    /// ```
    pub fn builder() -> BufferPoolBuilder {
        BufferPoolBuilder::default()
    }

    /// Lends a buffer: an idle one if there is one (empty, capacity kept), a new one with
    /// `buffer_capacity` bytes otherwise. Never blocks on other borrowers and never fails.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::new(1, 32);
    /// let buf = pool.get();
    /// assert!(buf.is_empty() && buf.capacity() >= 32);
    /// ```
    pub fn get(&self) -> PooledBuf {
        let shared = &self.shared;
        // Bind first so the lock is released before any allocation below.
        let recycled = shared.idle().pop();
        let buf = match recycled {
            Some(buf) => {
                shared.reused.fetch_add(1, Ordering::Relaxed);
                buf
            }
            None => {
                shared.created.fetch_add(1, Ordering::Relaxed);
                Vec::with_capacity(shared.buffer_capacity)
            }
        };
        PooledBuf {
            buf,
            pool: Arc::clone(shared),
        }
    }

    /// Idle buffers in the pool right now.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::new(4, 16);
    /// drop(pool.get());
    /// assert_eq!(pool.available(), 1);
    /// ```
    pub fn available(&self) -> usize {
        self.shared.idle().len()
    }

    /// The most idle buffers the pool keeps.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// assert_eq!(BufferPool::new(3, 16).max_buffers(), 3);
    /// ```
    pub fn max_buffers(&self) -> usize {
        self.shared.max_buffers
    }

    /// The capacity of a newly created buffer.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// assert_eq!(BufferPool::new(3, 16).buffer_capacity(), 16);
    /// ```
    pub fn buffer_capacity(&self) -> usize {
        self.shared.buffer_capacity
    }

    /// The largest capacity a returned buffer may have and still be kept.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::builder().buffer_capacity(16).max_retained_capacity(20).build();
    /// assert_eq!(pool.max_retained_capacity(), 20);
    /// ```
    pub fn max_retained_capacity(&self) -> usize {
        self.shared.max_retained_capacity
    }

    /// The pool's counters since it was created.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::new(4, 16);
    /// drop(pool.get());
    /// drop(pool.get());
    /// let stats = pool.stats();
    /// assert_eq!((stats.created, stats.reused, stats.returned), (1, 1, 2));
    /// ```
    pub fn stats(&self) -> PoolStats {
        let shared = &self.shared;
        let load = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        PoolStats {
            created: load(&shared.created),
            reused: load(&shared.reused),
            returned: load(&shared.returned),
            dropped_full: load(&shared.dropped_full),
            dropped_oversized: load(&shared.dropped_oversized),
            dropped_undersized: load(&shared.dropped_undersized),
        }
    }
}

impl fmt::Debug for BufferPool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BufferPool")
            .field("max_buffers", &self.shared.max_buffers)
            .field("buffer_capacity", &self.shared.buffer_capacity)
            .field("max_retained_capacity", &self.shared.max_retained_capacity)
            .field("available", &self.available())
            .field("stats", &self.stats())
            .finish()
    }
}

/// Settings of a [`BufferPool`], from [`BufferPool::builder`].
///
/// Defaults: 16 buffers of 4096 bytes, retained up to four times that capacity, none
/// allocated up front.
///
/// ```
/// use wire_runtime::pool::BufferPoolBuilder;
/// let pool = BufferPoolBuilder::default().build();
/// assert_eq!((pool.max_buffers(), pool.buffer_capacity()), (16, 4096));
/// ```
#[derive(Debug, Clone)]
pub struct BufferPoolBuilder {
    max_buffers: usize,
    buffer_capacity: usize,
    max_retained_capacity: Option<usize>,
    prefill: usize,
}

impl Default for BufferPoolBuilder {
    fn default() -> Self {
        BufferPoolBuilder {
            max_buffers: 16,
            buffer_capacity: 4096,
            max_retained_capacity: None,
            prefill: 0,
        }
    }
}

impl BufferPoolBuilder {
    /// The most idle buffers kept; returns beyond it free the buffer.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// assert_eq!(BufferPool::builder().max_buffers(2).build().max_buffers(), 2);
    /// ```
    pub fn max_buffers(mut self, max_buffers: usize) -> Self {
        self.max_buffers = max_buffers;
        self
    }

    /// The capacity new buffers are allocated with. Returned buffers with less capacity
    /// (shrunk by their user) are freed rather than kept.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// assert!(BufferPool::builder().buffer_capacity(100).build().get().capacity() >= 100);
    /// ```
    pub fn buffer_capacity(mut self, buffer_capacity: usize) -> Self {
        self.buffer_capacity = buffer_capacity;
        self
    }

    /// The largest capacity a returned buffer may have and still be kept (default: four
    /// times `buffer_capacity`). Raised to `buffer_capacity` if set below it.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::builder().buffer_capacity(8).max_retained_capacity(8).build();
    /// pool.get().extend_from_slice(&[0; 9]); // grows past 8: freed on return
    /// assert_eq!(pool.stats().dropped_oversized, 1);
    /// ```
    pub fn max_retained_capacity(mut self, max_retained_capacity: usize) -> Self {
        self.max_retained_capacity = Some(max_retained_capacity);
        self
    }

    /// Buffers to allocate now rather than on first use (capped at `max_buffers`), so the
    /// first frames do not pay for allocation.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::builder().max_buffers(3).prefill(10).build();
    /// assert_eq!(pool.available(), 3);
    /// ```
    pub fn prefill(mut self, buffers: usize) -> Self {
        self.prefill = buffers;
        self
    }

    /// Creates the pool.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::builder().build();
    /// assert_eq!(pool.available(), 0);
    /// ```
    pub fn build(self) -> BufferPool {
        let default_retained = self.buffer_capacity.saturating_mul(4);
        let max_retained_capacity = self
            .max_retained_capacity
            .unwrap_or(default_retained)
            .max(self.buffer_capacity);
        let prefill = self.prefill.min(self.max_buffers);
        // Reserved once so that a return never reallocates the list under the lock.
        let mut idle = Vec::with_capacity(self.max_buffers);
        idle.extend((0..prefill).map(|_| Vec::with_capacity(self.buffer_capacity)));
        BufferPool {
            shared: Arc::new(Shared {
                idle: Mutex::new(idle),
                max_buffers: self.max_buffers,
                buffer_capacity: self.buffer_capacity,
                max_retained_capacity,
                created: AtomicU64::new(u64::try_from(prefill).unwrap_or(u64::MAX)),
                reused: AtomicU64::new(0),
                returned: AtomicU64::new(0),
                dropped_full: AtomicU64::new(0),
                dropped_oversized: AtomicU64::new(0),
                dropped_undersized: AtomicU64::new(0),
            }),
        }
    }
}

/// Counters of a [`BufferPool`], from [`BufferPool::stats`].
///
/// Every buffer lent out is either `created` or `reused`; every guard dropped either
/// `returned` its buffer or freed it (`dropped_*`), except guards consumed by
/// [`PooledBuf::into_inner`] and buffers that never allocated.
///
/// ```
/// use wire_runtime::pool::BufferPool;
/// let pool = BufferPool::new(1, 16);
/// let (a, b) = (pool.get(), pool.get());
/// drop((a, b)); // the second return finds the pool full
/// let stats = pool.stats();
/// assert_eq!((stats.created, stats.returned, stats.dropped_full), (2, 1, 1));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PoolStats {
    /// Buffers allocated by the pool (on `get` from an empty pool, or by `prefill`).
    pub created: u64,
    /// `get` calls served from an idle buffer.
    pub reused: u64,
    /// Buffers taken back into the pool.
    pub returned: u64,
    /// Buffers freed because the pool already held `max_buffers` idle ones.
    pub dropped_full: u64,
    /// Buffers freed because they grew past `max_retained_capacity`.
    pub dropped_oversized: u64,
    /// Buffers freed because their user shrank them below `buffer_capacity`.
    pub dropped_undersized: u64,
}

/// A buffer lent by a [`BufferPool`]; use it as a `Vec<u8>`. Dropping it clears the
/// buffer (length 0, capacity kept) and returns it to the pool, unless the pool is full
/// or the buffer grew past the pool's `max_retained_capacity`, in which case it is freed.
///
/// ```
/// use std::io::Write;
/// use wire_runtime::pool::BufferPool;
///
/// let pool = BufferPool::new(1, 64);
/// let mut buf = pool.get();
/// buf.write_all(b"hello")?;
/// buf.push(b'!');
/// assert_eq!(buf.as_slice(), b"hello!");
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct PooledBuf {
    buf: Vec<u8>,
    pool: Arc<Shared>,
}

impl PooledBuf {
    /// Keeps the buffer for good: it will not go back to the pool.
    ///
    /// ```
    /// use wire_runtime::pool::BufferPool;
    /// let pool = BufferPool::new(1, 16);
    /// let mut buf = pool.get();
    /// buf.push(7);
    /// let owned: Vec<u8> = buf.into_inner();
    /// assert_eq!(owned, [7]);
    /// assert_eq!(pool.available(), 0);
    /// ```
    pub fn into_inner(mut self) -> Vec<u8> {
        // Leaves an unallocated vector behind, which `Drop` does not return.
        core::mem::take(&mut self.buf)
    }
}

impl Drop for PooledBuf {
    fn drop(&mut self) {
        self.pool.give_back(core::mem::take(&mut self.buf));
    }
}

impl Deref for PooledBuf {
    type Target = Vec<u8>;

    fn deref(&self) -> &Vec<u8> {
        &self.buf
    }
}

impl DerefMut for PooledBuf {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.buf
    }
}

impl AsRef<[u8]> for PooledBuf {
    fn as_ref(&self) -> &[u8] {
        &self.buf
    }
}

impl AsMut<[u8]> for PooledBuf {
    fn as_mut(&mut self) -> &mut [u8] {
        &mut self.buf
    }
}

impl fmt::Debug for PooledBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PooledBuf").field(&self.buf).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pooled_buf_is_send_and_static() {
        fn assert_send_static<T: Send + Sync + 'static>() {}
        assert_send_static::<PooledBuf>();
        assert_send_static::<BufferPool>();
    }

    #[test]
    fn idle_list_never_reallocates() {
        let pool = BufferPool::new(3, 8);
        let capacity = pool.shared.idle().capacity();
        let held: Vec<_> = (0..5).map(|_| pool.get()).collect();
        drop(held);
        assert_eq!(pool.available(), 3);
        assert_eq!(pool.shared.idle().capacity(), capacity);
    }

    #[test]
    fn retained_limit_is_never_below_buffer_capacity() {
        let pool = BufferPool::builder()
            .buffer_capacity(64)
            .max_retained_capacity(1)
            .build();
        assert_eq!(pool.max_retained_capacity(), 64);
        drop(pool.get());
        assert_eq!(pool.stats().returned, 1);
    }
}
