//! Counters of a codec's traffic and failures that any thread can read cheaply.
//!
//! [`Stats`] owns plain event counts: frames and bytes in and out, bytes skipped while
//! resynchronising, errors by [`ErrorKind`], and, when switched on, the time spent in
//! encode and decode. Every counter is an `AtomicU64` updated with `Relaxed` ordering: a
//! record is one uncontended atomic add (a few nanoseconds), and nothing orders other
//! memory against it. Share one instance as `Arc<Stats>` between the codec and whoever
//! reports.
//!
//! It refuses to be a metrics system: no histograms, no labels, no exporters. Read a
//! [`StatsSnapshot`] and feed your own. A snapshot reads each counter separately, so it
//! is not a consistent cut across counters while recording goes on (`bytes_in` may
//! already include a frame that `frames_in` does not count yet); every single counter is
//! exact and never goes backwards except through [`Stats::reset`].
//!
//! ```
//! use std::sync::Arc;
//! use wire_runtime::stats::{ErrorKind, Stats};
//!
//! let stats = Arc::new(Stats::new());
//! let for_decoder = Arc::clone(&stats);
//! std::thread::spawn(move || {
//!     for_decoder.record_frame_in(64);
//!     for_decoder.record_error(ErrorKind::BadChecksum);
//! })
//! .join()
//! .unwrap();
//!
//! let now = stats.snapshot();
//! assert_eq!((now.frames_in, now.bytes_in), (1, 64));
//! assert_eq!(now.errors(ErrorKind::BadChecksum), 1);
//! ```

use core::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

/// Why a frame was rejected, for [`Stats::record_error`].
///
/// ```
/// use wire_runtime::stats::ErrorKind;
/// assert_eq!(ErrorKind::ALL.len(), 6);
/// assert_eq!(ErrorKind::BadSync.as_str(), "bad_sync");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The sync marker (magic) at the start of a frame did not match.
    BadSync,
    /// The frame's checksum did not match its contents.
    BadChecksum,
    /// The frame declared a length above the decoder's `max_frame_len`.
    TooLarge,
    /// The frame header was inconsistent (unknown version, flags, lengths).
    BadHeader,
    /// A compressed payload could not be decompressed.
    Decompress,
    /// The underlying reader or writer failed.
    Io,
}

impl ErrorKind {
    /// Every kind, in declaration order (which is also the order of [`ErrorKind::index`]).
    ///
    /// ```
    /// use wire_runtime::stats::ErrorKind;
    /// for (i, kind) in ErrorKind::ALL.iter().enumerate() {
    ///     assert_eq!(kind.index(), i);
    /// }
    /// ```
    pub const ALL: [ErrorKind; 6] = [
        ErrorKind::BadSync,
        ErrorKind::BadChecksum,
        ErrorKind::TooLarge,
        ErrorKind::BadHeader,
        ErrorKind::Decompress,
        ErrorKind::Io,
    ];

    /// How many kinds exist (the length of [`ErrorKind::ALL`]).
    ///
    /// ```
    /// use wire_runtime::stats::ErrorKind;
    /// assert_eq!(ErrorKind::COUNT, ErrorKind::ALL.len());
    /// ```
    pub const COUNT: usize = Self::ALL.len();

    /// A dense index in `0..ErrorKind::COUNT`, for arrays keyed by kind.
    ///
    /// ```
    /// use wire_runtime::stats::ErrorKind;
    /// assert_eq!(ErrorKind::BadSync.index(), 0);
    /// ```
    #[inline]
    pub const fn index(self) -> usize {
        match self {
            ErrorKind::BadSync => 0,
            ErrorKind::BadChecksum => 1,
            ErrorKind::TooLarge => 2,
            ErrorKind::BadHeader => 3,
            ErrorKind::Decompress => 4,
            ErrorKind::Io => 5,
        }
    }

    /// A stable snake_case name, fit for a metrics label or a log field.
    ///
    /// ```
    /// use wire_runtime::stats::ErrorKind;
    /// assert_eq!(ErrorKind::BadChecksum.as_str(), "bad_checksum");
    /// assert_eq!(ErrorKind::TooLarge.to_string(), "too_large");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorKind::BadSync => "bad_sync",
            ErrorKind::BadChecksum => "bad_checksum",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::BadHeader => "bad_header",
            ErrorKind::Decompress => "decompress",
            ErrorKind::Io => "io",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The decode side's counters, on a cache line of their own so that a decoder thread and
/// an encoder thread recording at the same time do not contend for one line.
#[derive(Default, Debug)]
#[repr(align(64))]
struct Inbound {
    frames: AtomicU64,
    bytes: AtomicU64,
    bytes_skipped: AtomicU64,
    errors: [AtomicU64; ErrorKind::COUNT],
}

/// The encode side's counters (see [`Inbound`] for the alignment).
#[derive(Default, Debug)]
#[repr(align(64))]
struct Outbound {
    frames: AtomicU64,
    bytes: AtomicU64,
}

/// Accumulated durations of one operation (encode or decode).
#[derive(Default, Debug)]
#[repr(align(64))]
struct Timer {
    count: AtomicU64,
    total_nanos: AtomicU64,
    max_nanos: AtomicU64,
}

impl Timer {
    fn record(&self, nanos: u64) {
        self.count.fetch_add(1, Ordering::Relaxed);
        self.total_nanos.fetch_add(nanos, Ordering::Relaxed);
        self.max_nanos.fetch_max(nanos, Ordering::Relaxed);
    }

    fn snapshot(&self) -> TimingSnapshot {
        TimingSnapshot {
            count: self.count.load(Ordering::Relaxed),
            total_nanos: self.total_nanos.load(Ordering::Relaxed),
            max_nanos: self.max_nanos.load(Ordering::Relaxed),
        }
    }

    fn reset(&self) {
        self.count.store(0, Ordering::Relaxed);
        self.total_nanos.store(0, Ordering::Relaxed);
        self.max_nanos.store(0, Ordering::Relaxed);
    }

    /// Runs `op`, timing it only when `enabled`.
    #[inline]
    fn time<R>(&self, enabled: &AtomicBool, op: impl FnOnce() -> R) -> R {
        // Off (the default): one relaxed load of a flag that never changes in steady
        // state, so a predicted branch; the clock is not read.
        if !enabled.load(Ordering::Relaxed) {
            return op();
        }
        let start = Instant::now();
        let result = op();
        // 2^64 ns is 584 years: saturating is only there to avoid a panicking cast.
        let nanos = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.record(nanos);
        result
    }
}

/// Live counters of a codec: frames, bytes, skipped bytes, errors by kind, and optional
/// encode/decode timing. All methods take `&self`; share it as `Arc<Stats>`.
///
/// `record_*` costs one relaxed atomic add per counter touched. [`Stats::snapshot`]
/// reads every counter once.
///
/// A frame rejected for its length is counted once, whichever of
/// [`Stats::record_too_large`] or `record_error(ErrorKind::TooLarge)` records it: both
/// add to the same counter, which the snapshot shows both as
/// [`StatsSnapshot::frames_too_large`] and as `errors(ErrorKind::TooLarge)`. Call one of
/// them per rejected frame, not both.
///
/// ```
/// use wire_runtime::stats::{ErrorKind, Stats};
///
/// let stats = Stats::new();
/// stats.record_frame_out(128);
/// stats.record_too_large();
/// let now = stats.snapshot();
/// assert_eq!(now.frames_out, 1);
/// assert_eq!(now.frames_too_large, 1);
/// assert_eq!(now.errors(ErrorKind::TooLarge), 1);
/// assert_eq!(now.total_errors(), 1);
/// ```
#[derive(Default, Debug)]
pub struct Stats {
    inbound: Inbound,
    outbound: Outbound,
    timing_enabled: AtomicBool,
    decode_timer: Timer,
    encode_timer: Timer,
}

impl Stats {
    /// All counters at zero, timing off.
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// assert_eq!(Stats::new().snapshot().frames_in, 0);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one decoded frame of `bytes` bytes (header and payload, as read from the
    /// stream).
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// let stats = Stats::new();
    /// stats.record_frame_in(20);
    /// stats.record_frame_in(30);
    /// assert_eq!((stats.snapshot().frames_in, stats.snapshot().bytes_in), (2, 50));
    /// ```
    #[inline]
    pub fn record_frame_in(&self, bytes: usize) {
        self.inbound.frames.fetch_add(1, Ordering::Relaxed);
        self.inbound
            .bytes
            .fetch_add(to_u64(bytes), Ordering::Relaxed);
    }

    /// Counts one encoded frame of `bytes` bytes (header and payload, as written).
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// let stats = Stats::new();
    /// stats.record_frame_out(40);
    /// assert_eq!((stats.snapshot().frames_out, stats.snapshot().bytes_out), (1, 40));
    /// ```
    #[inline]
    pub fn record_frame_out(&self, bytes: usize) {
        self.outbound.frames.fetch_add(1, Ordering::Relaxed);
        self.outbound
            .bytes
            .fetch_add(to_u64(bytes), Ordering::Relaxed);
    }

    /// Counts one error of the given kind.
    ///
    /// ```
    /// use wire_runtime::stats::{ErrorKind, Stats};
    /// let stats = Stats::new();
    /// stats.record_error(ErrorKind::BadSync);
    /// assert_eq!(stats.snapshot().errors(ErrorKind::BadSync), 1);
    /// assert_eq!(stats.snapshot().errors(ErrorKind::Io), 0);
    /// ```
    #[inline]
    pub fn record_error(&self, kind: ErrorKind) {
        self.inbound.errors[kind.index()].fetch_add(1, Ordering::Relaxed);
    }

    /// Counts `bytes` bytes discarded while searching for the next frame.
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// let stats = Stats::new();
    /// stats.record_skipped(3);
    /// assert_eq!(stats.snapshot().bytes_skipped, 3);
    /// ```
    #[inline]
    pub fn record_skipped(&self, bytes: usize) {
        self.inbound
            .bytes_skipped
            .fetch_add(to_u64(bytes), Ordering::Relaxed);
    }

    /// Counts one frame rejected because its length exceeds `max_frame_len`. The same as
    /// `record_error(ErrorKind::TooLarge)`; see the [type documentation](Stats).
    ///
    /// ```
    /// use wire_runtime::stats::{ErrorKind, Stats};
    /// let stats = Stats::new();
    /// stats.record_too_large();
    /// stats.record_error(ErrorKind::TooLarge);
    /// assert_eq!(stats.snapshot().frames_too_large, 2);
    /// ```
    #[inline]
    pub fn record_too_large(&self) {
        self.record_error(ErrorKind::TooLarge);
    }

    /// Switches encode/decode timing on or off (off by default). Takes effect for calls
    /// to [`Stats::time_decode`] and [`Stats::time_encode`] that start afterwards.
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// let stats = Stats::new();
    /// assert!(!stats.timing_enabled());
    /// stats.set_timing(true);
    /// assert!(stats.timing_enabled());
    /// ```
    pub fn set_timing(&self, enabled: bool) {
        self.timing_enabled.store(enabled, Ordering::Relaxed);
    }

    /// Whether timing is on.
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// assert!(!Stats::new().timing_enabled());
    /// ```
    pub fn timing_enabled(&self) -> bool {
        self.timing_enabled.load(Ordering::Relaxed)
    }

    /// Runs `decode` and returns its result; when timing is on, also records its
    /// duration in [`StatsSnapshot::decode_timing`].
    ///
    /// Cost when timing is off: one relaxed load of a flag and a well-predicted branch;
    /// the clock is never read. When on: two reads of the monotonic clock (tens of
    /// nanoseconds on Linux with a vDSO clock) and three atomic updates.
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// use wire_runtime::varint;
    ///
    /// let stats = Stats::new();
    /// let value = stats.time_decode(|| varint::decode_u64(&[0x2a]));
    /// assert_eq!(value, Ok((42, 1)));
    /// assert_eq!(stats.snapshot().decode_timing.count, 0); // timing is off
    ///
    /// stats.set_timing(true);
    /// stats.time_decode(|| varint::decode_u64(&[0x2a]));
    /// assert_eq!(stats.snapshot().decode_timing.count, 1);
    /// ```
    #[inline]
    pub fn time_decode<R>(&self, decode: impl FnOnce() -> R) -> R {
        self.decode_timer.time(&self.timing_enabled, decode)
    }

    /// Runs `encode` and returns its result; when timing is on, also records its
    /// duration in [`StatsSnapshot::encode_timing`]. Costs as [`Stats::time_decode`].
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    ///
    /// let stats = Stats::new();
    /// stats.set_timing(true);
    /// let len = stats.time_encode(|| 3 + 4);
    /// assert_eq!(len, 7);
    /// assert_eq!(stats.snapshot().encode_timing.count, 1);
    /// ```
    #[inline]
    pub fn time_encode<R>(&self, encode: impl FnOnce() -> R) -> R {
        self.encode_timer.time(&self.timing_enabled, encode)
    }

    /// Reads every counter once (each exactly, but not as one atomic cut; see the
    /// [module documentation](self)).
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// let stats = Stats::new();
    /// let before = stats.snapshot();
    /// stats.record_frame_in(10);
    /// assert_eq!(stats.snapshot().since(&before).frames_in, 1);
    /// ```
    pub fn snapshot(&self) -> StatsSnapshot {
        let mut errors = [0; ErrorKind::COUNT];
        for (count, counter) in errors.iter_mut().zip(&self.inbound.errors) {
            *count = counter.load(Ordering::Relaxed);
        }
        let too_large = errors[ErrorKind::TooLarge.index()];
        StatsSnapshot {
            frames_in: self.inbound.frames.load(Ordering::Relaxed),
            bytes_in: self.inbound.bytes.load(Ordering::Relaxed),
            frames_out: self.outbound.frames.load(Ordering::Relaxed),
            bytes_out: self.outbound.bytes.load(Ordering::Relaxed),
            bytes_skipped: self.inbound.bytes_skipped.load(Ordering::Relaxed),
            frames_too_large: too_large,
            decode_timing: self.decode_timer.snapshot(),
            encode_timing: self.encode_timer.snapshot(),
            errors,
        }
    }

    /// Sets every counter back to zero (the timing switch is left as it is).
    ///
    /// Counters are cleared one by one: a record that races with `reset` may survive it
    /// or not. To measure intervals without losing events, keep snapshots and subtract
    /// them with [`StatsSnapshot::since`] instead.
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// let stats = Stats::new();
    /// stats.record_frame_in(10);
    /// stats.reset();
    /// assert_eq!(stats.snapshot().bytes_in, 0);
    /// ```
    pub fn reset(&self) {
        let counters = [
            &self.inbound.frames,
            &self.inbound.bytes,
            &self.inbound.bytes_skipped,
            &self.outbound.frames,
            &self.outbound.bytes,
        ];
        for counter in counters.into_iter().chain(&self.inbound.errors) {
            counter.store(0, Ordering::Relaxed);
        }
        self.decode_timer.reset();
        self.encode_timer.reset();
    }
}

/// `usize` to `u64`; lossless on every platform Rust supports (pointers are at most
/// 64 bits), saturating otherwise rather than panicking.
#[inline(always)]
fn to_u64(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// Durations of one operation recorded by [`Stats::time_decode`] or
/// [`Stats::time_encode`] while timing was on.
///
/// ```
/// use wire_runtime::stats::TimingSnapshot;
/// let t = TimingSnapshot { count: 4, total_nanos: 400, max_nanos: 250 };
/// assert_eq!(t.mean_nanos(), Some(100));
/// assert_eq!(TimingSnapshot::default().mean_nanos(), None);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct TimingSnapshot {
    /// Timed calls.
    pub count: u64,
    /// Their total duration in nanoseconds.
    pub total_nanos: u64,
    /// The longest one in nanoseconds (since the last reset).
    pub max_nanos: u64,
}

impl TimingSnapshot {
    /// The mean duration in nanoseconds, `None` when nothing was timed.
    pub fn mean_nanos(&self) -> Option<u64> {
        self.total_nanos.checked_div(self.count)
    }
}

/// A copy of every counter of a [`Stats`] at one moment.
///
/// ```
/// use wire_runtime::stats::{ErrorKind, Stats};
/// let stats = Stats::new();
/// stats.record_error(ErrorKind::Io);
/// let now = stats.snapshot();
/// assert_eq!(now.errors(ErrorKind::Io), 1);
/// for kind in ErrorKind::ALL {
///     println!("{kind}: {}", now.errors(kind));
/// }
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct StatsSnapshot {
    /// Frames decoded.
    pub frames_in: u64,
    /// Bytes of the frames decoded (headers and payloads).
    pub bytes_in: u64,
    /// Frames encoded.
    pub frames_out: u64,
    /// Bytes of the frames encoded (headers and payloads).
    pub bytes_out: u64,
    /// Bytes discarded while resynchronising.
    pub bytes_skipped: u64,
    /// Frames rejected for exceeding `max_frame_len`; equal to
    /// `errors(ErrorKind::TooLarge)`.
    pub frames_too_large: u64,
    /// Decode durations (all zero unless timing was on).
    pub decode_timing: TimingSnapshot,
    /// Encode durations (all zero unless timing was on).
    pub encode_timing: TimingSnapshot,
    /// Errors by kind, indexed by [`ErrorKind::index`]; read with [`StatsSnapshot::errors`].
    errors: [u64; ErrorKind::COUNT],
}

impl StatsSnapshot {
    /// Errors of one kind.
    ///
    /// ```
    /// use wire_runtime::stats::{ErrorKind, Stats};
    /// assert_eq!(Stats::new().snapshot().errors(ErrorKind::Decompress), 0);
    /// ```
    #[inline]
    pub fn errors(&self, kind: ErrorKind) -> u64 {
        self.errors[kind.index()]
    }

    /// Errors of every kind together.
    ///
    /// ```
    /// use wire_runtime::stats::{ErrorKind, Stats};
    /// let stats = Stats::new();
    /// stats.record_error(ErrorKind::BadSync);
    /// stats.record_error(ErrorKind::Io);
    /// assert_eq!(stats.snapshot().total_errors(), 2);
    /// ```
    pub fn total_errors(&self) -> u64 {
        self.errors
            .iter()
            .fold(0u64, |sum, &n| sum.saturating_add(n))
    }

    /// What happened between `earlier` and `self`: counters subtracted (saturating at
    /// zero if a reset happened in between). `max_nanos` is kept from `self`, since a
    /// maximum cannot be subtracted.
    ///
    /// ```
    /// use wire_runtime::stats::Stats;
    /// let stats = Stats::new();
    /// stats.record_frame_out(10);
    /// let earlier = stats.snapshot();
    /// stats.record_frame_out(5);
    /// let delta = stats.snapshot().since(&earlier);
    /// assert_eq!((delta.frames_out, delta.bytes_out), (1, 5));
    /// ```
    pub fn since(&self, earlier: &StatsSnapshot) -> StatsSnapshot {
        let timing = |now: TimingSnapshot, then: TimingSnapshot| TimingSnapshot {
            count: now.count.saturating_sub(then.count),
            total_nanos: now.total_nanos.saturating_sub(then.total_nanos),
            max_nanos: now.max_nanos,
        };
        let mut errors = self.errors;
        for (count, then) in errors.iter_mut().zip(earlier.errors) {
            *count = count.saturating_sub(then);
        }
        StatsSnapshot {
            frames_in: self.frames_in.saturating_sub(earlier.frames_in),
            bytes_in: self.bytes_in.saturating_sub(earlier.bytes_in),
            frames_out: self.frames_out.saturating_sub(earlier.frames_out),
            bytes_out: self.bytes_out.saturating_sub(earlier.bytes_out),
            bytes_skipped: self.bytes_skipped.saturating_sub(earlier.bytes_skipped),
            frames_too_large: self
                .frames_too_large
                .saturating_sub(earlier.frames_too_large),
            decode_timing: timing(self.decode_timing, earlier.decode_timing),
            encode_timing: timing(self.encode_timing, earlier.encode_timing),
            errors,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_matches_all() {
        for (i, kind) in ErrorKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), i);
        }
    }

    #[test]
    fn reset_clears_every_counter() {
        let stats = Stats::new();
        stats.set_timing(true);
        stats.record_frame_in(1);
        stats.record_frame_out(2);
        stats.record_skipped(3);
        for kind in ErrorKind::ALL {
            stats.record_error(kind);
        }
        stats.time_decode(|| ());
        stats.time_encode(|| ());
        assert_ne!(stats.snapshot(), StatsSnapshot::default());
        stats.reset();
        assert_eq!(stats.snapshot(), StatsSnapshot::default());
        assert!(stats.timing_enabled());
    }

    #[test]
    fn counter_groups_sit_on_separate_cache_lines() {
        assert_eq!(core::mem::align_of::<Inbound>(), 64);
        assert_eq!(core::mem::align_of::<Outbound>(), 64);
    }
}
