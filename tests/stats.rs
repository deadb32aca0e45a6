//! `wire::stats` through the public API: every counter, snapshots, reset, timing, and
//! concurrent recording.

use std::sync::Arc;
use std::thread;

use wire::stats::{ErrorKind, Stats, StatsSnapshot, TimingSnapshot};

#[test]
fn counters_add_up() {
    let stats = Stats::new();
    stats.record_frame_in(100);
    stats.record_frame_in(28);
    stats.record_frame_out(64);
    stats.record_skipped(5);
    stats.record_skipped(2);
    stats.record_error(ErrorKind::BadSync);
    stats.record_error(ErrorKind::BadChecksum);
    stats.record_error(ErrorKind::BadChecksum);
    stats.record_too_large();

    let now = stats.snapshot();
    assert_eq!((now.frames_in, now.bytes_in), (2, 128));
    assert_eq!((now.frames_out, now.bytes_out), (1, 64));
    assert_eq!(now.bytes_skipped, 7);
    assert_eq!(now.frames_too_large, 1);
    assert_eq!(now.errors(ErrorKind::BadSync), 1);
    assert_eq!(now.errors(ErrorKind::BadChecksum), 2);
    assert_eq!(now.errors(ErrorKind::TooLarge), 1);
    assert_eq!(now.errors(ErrorKind::BadHeader), 0);
    assert_eq!(now.errors(ErrorKind::Decompress), 0);
    assert_eq!(now.errors(ErrorKind::Io), 0);
    assert_eq!(now.total_errors(), 4);
}

#[test]
fn too_large_is_one_counter_under_two_names() {
    let stats = Stats::new();
    stats.record_error(ErrorKind::TooLarge);
    let now = stats.snapshot();
    assert_eq!(now.frames_too_large, 1);
    assert_eq!(now.errors(ErrorKind::TooLarge), 1);
    assert_eq!(now.total_errors(), 1);
}

#[test]
fn every_kind_has_its_own_counter() {
    let stats = Stats::new();
    for (n, kind) in ErrorKind::ALL.into_iter().enumerate() {
        for _ in 0..=n {
            stats.record_error(kind);
        }
    }
    let now = stats.snapshot();
    for (n, kind) in ErrorKind::ALL.into_iter().enumerate() {
        assert_eq!(now.errors(kind), n as u64 + 1, "{kind}");
    }
}

#[test]
fn a_snapshot_is_a_copy() {
    let stats = Stats::new();
    stats.record_frame_in(1);
    let before = stats.snapshot();
    stats.record_frame_in(1);
    assert_eq!(before.frames_in, 1);
    assert_eq!(stats.snapshot().frames_in, 2);
    assert_eq!(stats.snapshot().since(&before).frames_in, 1);
}

#[test]
fn reset_starts_over() {
    let stats = Stats::new();
    stats.record_frame_in(10);
    stats.record_frame_out(10);
    stats.record_skipped(10);
    stats.record_error(ErrorKind::Io);
    stats.reset();
    assert_eq!(stats.snapshot(), StatsSnapshot::default());
    stats.record_frame_in(3);
    assert_eq!(stats.snapshot().bytes_in, 3);
}

#[test]
fn timing_off_records_nothing_and_still_runs_the_closure() {
    let stats = Stats::new();
    assert!(!stats.timing_enabled());
    let mut ran = 0;
    for _ in 0..100 {
        let out = stats.time_decode(|| {
            ran += 1;
            ran * 2
        });
        assert_eq!(out, ran * 2);
        stats.time_encode(|| ());
    }
    assert_eq!(ran, 100);
    let now = stats.snapshot();
    assert_eq!(now.decode_timing, TimingSnapshot::default());
    assert_eq!(now.encode_timing, TimingSnapshot::default());
}

#[test]
fn timing_on_records_count_total_and_max() {
    let stats = Stats::new();
    stats.set_timing(true);
    for _ in 0..3 {
        stats.time_decode(|| thread::sleep(std::time::Duration::from_millis(1)));
    }
    stats.time_encode(|| ());
    let now = stats.snapshot();
    assert_eq!(now.decode_timing.count, 3);
    assert!(
        now.decode_timing.total_nanos >= 3_000_000,
        "three sleeps of 1 ms"
    );
    assert!(now.decode_timing.max_nanos >= 1_000_000);
    assert!(now.decode_timing.max_nanos <= now.decode_timing.total_nanos);
    assert_eq!(now.encode_timing.count, 1);

    stats.set_timing(false);
    stats.time_decode(|| ());
    assert_eq!(stats.snapshot().decode_timing.count, 3);
}

#[test]
fn kinds_have_stable_names() {
    let names: Vec<&str> = ErrorKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "bad_sync",
            "bad_checksum",
            "too_large",
            "bad_header",
            "decompress",
            "io"
        ]
    );
}

#[test]
fn concurrent_records_are_all_counted() {
    const THREADS: u64 = 8;
    const FRAMES: u64 = 10_000;
    let stats = Arc::new(Stats::new());
    let workers: Vec<_> = (0..THREADS)
        .map(|_| {
            let stats = Arc::clone(&stats);
            thread::spawn(move || {
                for _ in 0..FRAMES {
                    stats.record_frame_in(3);
                    stats.record_frame_out(5);
                    stats.record_error(ErrorKind::BadHeader);
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let now = stats.snapshot();
    assert_eq!(now.frames_in, THREADS * FRAMES);
    assert_eq!(now.bytes_in, 3 * THREADS * FRAMES);
    assert_eq!(now.bytes_out, 5 * THREADS * FRAMES);
    assert_eq!(now.errors(ErrorKind::BadHeader), THREADS * FRAMES);
}
