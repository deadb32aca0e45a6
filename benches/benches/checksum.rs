//! Checksums, `wire::checksum` against peer crates, on 38 bytes (a small header), 1 KiB
//! and 64 KiB of the same pseudo-random input.
//!
//! Every contender computes the same value over the same bytes (asserted once before
//! timing) and hands it to `black_box`:
//! - CRC-32C: the `crc32c` crate (hardware where the CPU has it) is the baseline, then
//!   `crc-fast` and the `crc` crate (16-entry slicing tables);
//! - CRC-32/ISO-HDLC: `crc-fast` is the baseline, then the `crc` crate;
//! - CRC-16/IBM-3740 (CCITT-FALSE) and CRC-16/KERMIT: the `crc` crate (16-entry slicing
//!   tables) is the baseline;
//! - the Internet checksum: the baseline is RFC 1071 §4.1's loop, a 16-bit word at a
//!   time into a 32-bit sum, written in Rust.
//!
//! The groups' contenders run in an order shuffled per run (see `common`).
//!
//! Run: `cargo bench -p wire-benches --bench checksum`.

mod common;

use common::{run_groups, Contenders, Run};
use criterion::{Criterion, Throughput};
use std::hint::black_box;

/// The input sizes of every group.
const SIZES: [usize; 3] = [38, 1024, 65536];

/// CRC-32C's sizes: also the lengths around [`wire::checksum::crc32c`]'s switch from
/// the CPU's instruction inline to `crc-fast` past 256 bytes, in builds that enable
/// SSE4.2.
const CRC32C_SIZES: [usize; 6] = [38, 128, 256, 512, 1024, 65536];

/// The same bytes for every contender: a xorshift stream from a fixed seed.
fn input(len: usize) -> Vec<u8> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}

/// RFC 1071 §4.1, in Rust: a word at a time into a 32-bit sum, carries folded at the end.
fn rfc1071_loop(bytes: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    let mut words = bytes.chunks_exact(2);
    for word in &mut words {
        sum += u32::from(u16::from_be_bytes([word[0], word[1]]));
        // A 32-bit sum overflows after 65 537 words: fold as the C code's long would not need to.
        if sum & 0x8000_0000 != 0 {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
    }
    if let [last] = words.remainder() {
        sum += u32::from(*last) << 8;
    }
    while sum >> 16 != 0 {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !(sum as u16)
}

const CRC_CCITT: crc::Crc<u16, crc::Table<16>> =
    crc::Crc::<u16, crc::Table<16>>::new(&crc::CRC_16_IBM_3740);
const CRC_KERMIT: crc::Crc<u16, crc::Table<16>> =
    crc::Crc::<u16, crc::Table<16>>::new(&crc::CRC_16_KERMIT);
const CRC_32: crc::Crc<u32, crc::Table<16>> =
    crc::Crc::<u32, crc::Table<16>>::new(&crc::CRC_32_ISO_HDLC);
const CRC_32C: crc::Crc<u32, crc::Table<16>> =
    crc::Crc::<u32, crc::Table<16>>::new(&crc::CRC_32_ISCSI);

/// A contender: its id and the function it times.
type Contender<T> = (&'static str, fn(&[u8]) -> T);

/// One group per size: `name_<size>`, each contender a function of the bytes.
fn groups<T: PartialEq + std::fmt::Debug>(
    run: &mut Run,
    c: &mut Criterion,
    names: &[&'static str],
    sizes: &[usize],
    contenders: &[Contender<T>],
) {
    for (&len, &name) in sizes.iter().zip(names) {
        let bytes = input(len);
        let expected = (contenders[0].1)(&bytes);
        for (id, f) in contenders {
            assert_eq!(f(&bytes), expected, "{id} disagrees on {name}");
        }
        let mut g = Contenders::new(name, Throughput::Bytes(len as u64));
        for &(id, f) in contenders {
            let bytes = &bytes;
            g.add(id, move |b| b.iter(|| black_box(f(black_box(bytes)))));
        }
        g.finish(run, c);
    }
}

fn crc32c(run: &mut Run, c: &mut Criterion) {
    groups(
        run,
        c,
        &[
            "crc32c_38b",
            "crc32c_128b",
            "crc32c_256b",
            "crc32c_512b",
            "crc32c_1kib",
            "crc32c_64kib",
        ],
        &CRC32C_SIZES,
        &[
            ("baseline_crc32c_crate", crc32c::crc32c),
            ("crc_fast", |b| {
                crc_fast::checksum(crc_fast::CrcAlgorithm::Crc32Iscsi, b) as u32
            }),
            ("crc_crate", |b| CRC_32C.checksum(b)),
            ("wire", wire::checksum::crc32c),
        ],
    );
}

fn crc32(run: &mut Run, c: &mut Criterion) {
    groups(
        run,
        c,
        &["crc32_38b", "crc32_1kib", "crc32_64kib"],
        &SIZES,
        &[
            ("baseline_crc_fast", |b| {
                crc_fast::checksum(crc_fast::CrcAlgorithm::Crc32IsoHdlc, b) as u32
            }),
            ("crc_crate", |b| CRC_32.checksum(b)),
            ("wire", wire::checksum::crc32),
        ],
    );
}

fn crc16(run: &mut Run, c: &mut Criterion) {
    groups(
        run,
        c,
        &["crc16_ccitt_38b", "crc16_ccitt_1kib", "crc16_ccitt_64kib"],
        &SIZES,
        &[
            ("baseline_crc_crate", |b| CRC_CCITT.checksum(b)),
            ("wire", wire::checksum::crc16_ccitt),
        ],
    );
    groups(
        run,
        c,
        &[
            "crc16_kermit_38b",
            "crc16_kermit_1kib",
            "crc16_kermit_64kib",
        ],
        &SIZES,
        &[
            ("baseline_crc_crate", |b| CRC_KERMIT.checksum(b)),
            ("wire", wire::checksum::crc16_kermit),
        ],
    );
}

fn internet(run: &mut Run, c: &mut Criterion) {
    groups(
        run,
        c,
        &["internet_38b", "internet_1kib", "internet_64kib"],
        &SIZES,
        &[
            ("baseline_rfc1071_loop", rfc1071_loop),
            ("wire", wire::checksum::internet),
        ],
    );
}

fn main() {
    run_groups("checksum", &mut [crc32c, crc32, crc16, internet]);
}
