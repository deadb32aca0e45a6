//! `wire::frame` through its public API: frames survive any split of the stream, damage
//! is skipped exactly, limits hold, errors say where.

use proptest::prelude::*;
use std::sync::Arc;
use wire::frame::{
    crc32c, crc32c_append, frames, FrameDecoder, FrameEncoder, FrameError, FrameFlags, FrameHeader,
    FrameMeta, LenU16Be, LenU16Le, LenU32Be, LenU32Le, WireHeader,
};
use wire::stats::{ErrorKind, Stats};

/// A decoded frame, owned: message type, payload, stream offset.
type Owned = (Option<u16>, Vec<u8>, u64);

fn encode_all<H: FrameHeader>(encoder: &mut FrameEncoder<H>, payloads: &[Vec<u8>]) -> Vec<u8> {
    let mut stream = Vec::new();
    for (i, payload) in payloads.iter().enumerate() {
        encoder
            .append(
                FrameMeta::new(i as u16).with_version(1),
                payload,
                &mut stream,
            )
            .unwrap();
    }
    stream
}

/// Pushes `pieces` one by one, draining frames after each, then finishes the stream.
fn decode_pieces<H: FrameHeader>(
    decoder: &mut FrameDecoder<H>,
    pieces: &[&[u8]],
) -> Result<Vec<Owned>, FrameError> {
    let mut out = Vec::new();
    let drain = |decoder: &mut FrameDecoder<H>, out: &mut Vec<Owned>| -> Result<(), FrameError> {
        while let Some(frame) = decoder.next_frame()? {
            out.push((frame.msg_type(), frame.payload().to_vec(), frame.offset()));
        }
        Ok(())
    };
    for piece in pieces {
        decoder.push(piece);
        drain(decoder, &mut out)?;
    }
    decoder.finish();
    drain(decoder, &mut out)?;
    Ok(out)
}

fn payloads_of(frames: &[Owned]) -> Vec<Vec<u8>> {
    frames
        .iter()
        .map(|(_, payload, _)| payload.clone())
        .collect()
}

fn sample_payloads() -> Vec<Vec<u8>> {
    vec![
        b"".to_vec(),
        b"a".to_vec(),
        (0..=255).collect(),
        b"\xf5\xc3 sync word inside".to_vec(),
        vec![7; 40],
    ]
}

fn splits_preserve_frames<H: FrameHeader>(
    mut encoder: FrameEncoder<H>,
    decoder: impl Fn() -> FrameDecoder<H>,
) {
    let payloads = sample_payloads();
    let stream = encode_all(&mut encoder, &payloads);
    let whole = decode_pieces(&mut decoder(), &[&stream]).unwrap();
    assert_eq!(payloads_of(&whole), payloads);
    for split in 0..=stream.len() {
        let (a, b) = stream.split_at(split);
        let got = decode_pieces(&mut decoder(), &[a, b]).unwrap();
        assert_eq!(got, whole, "split at {split}");
    }
}

#[test]
fn every_split_point_yields_the_same_frames() {
    splits_preserve_frames(
        FrameEncoder::<WireHeader>::new().with_checksum(true),
        || FrameDecoder::new().require_checksum(true),
    );
    splits_preserve_frames(FrameEncoder::<WireHeader>::new(), FrameDecoder::new);
    splits_preserve_frames(FrameEncoder::<LenU16Be>::new(), FrameDecoder::new);
    splits_preserve_frames(FrameEncoder::<LenU16Le>::new(), FrameDecoder::new);
    splits_preserve_frames(FrameEncoder::<LenU32Be>::new(), FrameDecoder::new);
    splits_preserve_frames(FrameEncoder::<LenU32Le>::new(), FrameDecoder::new);
}

#[test]
fn frames_report_type_version_offset_and_length() {
    let payloads = sample_payloads();
    let stream = encode_all(
        &mut FrameEncoder::<WireHeader>::new().with_checksum(true),
        &payloads,
    );
    let mut decoder = FrameDecoder::<WireHeader>::new();
    decoder.push(&stream);
    let mut offset = 0;
    for (i, payload) in payloads.iter().enumerate() {
        let frame = decoder.next_frame().unwrap().unwrap();
        assert_eq!(
            (frame.msg_type(), frame.version()),
            (Some(i as u16), Some(1))
        );
        assert_eq!(
            (frame.offset(), frame.wire_len()),
            (offset, WireHeader::LEN + payload.len())
        );
        assert_eq!(frame.skipped_before(), 0);
        assert!(frame.header().flags.contains(FrameFlags::CHECKSUM));
        assert_eq!(frame.payload(), &payload[..]);
        offset += frame.wire_len() as u64;
    }
    assert!(decoder.next_frame().unwrap().is_none());
    assert_eq!(decoder.buffered(), 0);
}

#[test]
fn slice_iterator_matches_the_decoder() {
    let payloads = sample_payloads();
    let stream = encode_all(
        &mut FrameEncoder::<WireHeader>::new().with_checksum(true),
        &payloads,
    );
    let got: Vec<Vec<u8>> = frames::<WireHeader>(&stream, 1024)
        .map(|f| f.unwrap().payload().to_vec())
        .collect();
    assert_eq!(got, payloads);
}

#[test]
fn without_resync_an_error_poisons_the_decoder() {
    let mut stream = encode_all(&mut FrameEncoder::<WireHeader>::new(), &sample_payloads());
    stream[17] = 0x00; // the second frame's sync word (the first frame is empty: 16 bytes)
    let mut decoder = FrameDecoder::<WireHeader>::new();
    decoder.push(&stream);
    assert_eq!(decoder.next_frame().unwrap().unwrap().payload(), b"");
    let err = decoder.next_frame().unwrap_err();
    assert_eq!(
        err,
        FrameError::BadSync {
            offset: 16,
            found: 0xf500
        }
    );
    assert_eq!(err.to_string(), "bad sync word 0xf500 at offset 16");
    assert!(decoder.is_poisoned());
    decoder.push(&stream);
    assert_eq!(
        decoder.next_frame().unwrap_err(),
        err,
        "the same error again, not a frame"
    );
}

#[test]
fn checksum_mismatch_names_both_values() {
    let mut stream = encode_all(
        &mut FrameEncoder::<WireHeader>::new().with_checksum(true),
        &[b"abc".to_vec()],
    );
    let carried = u32::from_be_bytes(stream[10..14].try_into().unwrap());
    stream[16] ^= 1;
    let mut decoder = FrameDecoder::<WireHeader>::new();
    decoder.push(&stream);
    match decoder.next_frame() {
        Err(FrameError::ChecksumMismatch {
            offset: 0,
            expected,
            computed,
        }) => {
            assert_eq!(expected, carried);
            assert_ne!(computed, carried);
        }
        other => panic!("expected a checksum mismatch, got {other:?}"),
    }
}

#[test]
fn missing_checksum_is_rejected_when_required() {
    let stream = encode_all(&mut FrameEncoder::<WireHeader>::new(), &[b"abc".to_vec()]);
    let mut decoder = FrameDecoder::<WireHeader>::new().require_checksum(true);
    decoder.push(&stream);
    assert_eq!(
        decoder.next_frame().unwrap_err(),
        FrameError::MissingChecksum { offset: 0 }
    );
}

#[test]
fn reserved_flag_bits_are_a_bad_header() {
    // Written through the header type, so its header check is right and only the
    // reserved bit is wrong.
    let header = WireHeader {
        msg_type: 0,
        version: 1,
        flags: FrameFlags::from_bits(0x80),
        payload_len: 3,
        crc: 0,
    };
    let mut stream = vec![0; WireHeader::LEN];
    header.write(&mut stream);
    stream.extend_from_slice(b"abc");
    let mut decoder = FrameDecoder::<WireHeader>::new();
    decoder.push(&stream);
    assert_eq!(
        decoder.next_frame().unwrap_err(),
        FrameError::BadHeader {
            offset: 0,
            field: "flags",
            value: 0x80
        }
    );
}

#[test]
fn too_large_is_rejected_from_the_header_alone() {
    let mut decoder = FrameDecoder::<LenU32Le>::new().max_frame_len(100);
    decoder.push(&101u32.to_le_bytes());
    assert_eq!(
        decoder.next_frame().unwrap_err(),
        FrameError::TooLarge {
            offset: 0,
            len: 101,
            max: 100
        }
    );
    let mut decoder = FrameDecoder::<LenU32Le>::new().max_frame_len(100);
    decoder.push(&100u32.to_le_bytes());
    assert!(
        decoder.next_frame().unwrap().is_none(),
        "exactly the cap is allowed"
    );
}

#[test]
fn truncated_stream_is_an_error_after_finish() {
    let stream = encode_all(&mut FrameEncoder::<LenU16Be>::new(), &[b"abcdef".to_vec()]);
    let mut decoder = FrameDecoder::<LenU16Be>::new();
    decoder.push(&stream[..5]);
    assert!(decoder.next_frame().unwrap().is_none());
    decoder.finish();
    let err = decoder.next_frame().unwrap_err();
    assert_eq!(
        err,
        FrameError::Truncated {
            offset: 0,
            needed: 8,
            available: 5
        }
    );
    assert_eq!(
        err.to_string(),
        "stream ended inside the frame at offset 0: needed 8 bytes, got 5"
    );
}

#[test]
fn encoder_refuses_payloads_above_its_cap() {
    let mut encoder = FrameEncoder::<WireHeader>::new().max_frame_len(4);
    assert!(matches!(
        encoder.prepare(FrameMeta::default(), b"12345"),
        Err(FrameError::Encode(_))
    ));
    let mut out = [0u8; 10];
    assert!(matches!(
        FrameEncoder::<WireHeader>::new().encode(FrameMeta::default(), b"", &mut out),
        Err(FrameError::Encode(wire::EncodeError::BufferTooSmall {
            needed: 16,
            available: 10
        }))
    ));
}

#[test]
fn prepared_frame_is_header_and_borrowed_payload() {
    let payload = b"no copy".to_vec();
    let mut encoder = FrameEncoder::<WireHeader>::new().with_checksum(true);
    let frame = encoder.prepare(FrameMeta::new(9), &payload).unwrap();
    assert_eq!(frame.header().len(), WireHeader::LEN);
    assert!(
        std::ptr::eq(frame.payload(), &payload[..]),
        "the payload is the caller's slice"
    );
    let slices = frame.io_slices();
    assert_eq!((slices[0].len(), slices[1].len()), (WireHeader::LEN, 7));
    let header = WireHeader::read(frame.header()).unwrap();
    let covered: Vec<u8> = frame.header()[..10]
        .iter()
        .chain(&payload)
        .copied()
        .collect();
    assert_eq!(header.checksum(), Some(crc32c_reference(&covered)));
}

/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), bit by bit as RFC 3720
/// appendix B.4 defines it: an implementation independent of the one under test.
fn crc32c_reference(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0x82F6_3B78
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn crc32c_reference_matches_the_rfc_3720_vector() {
    // RFC 3720, appendix B.4: 32 bytes of zeros.
    assert_eq!(crc32c_reference(&[0; 32]), 0x8A91_36AA);
}

#[test]
fn stats_count_frames_bytes_errors_and_skips() {
    let stats = Arc::new(Stats::new());
    let mut encoder = FrameEncoder::<WireHeader>::new()
        .with_checksum(true)
        .with_stats(Arc::clone(&stats));
    let mut stream = encode_all(&mut encoder, &[b"one".to_vec(), b"two".to_vec()]);
    stream.splice(0..0, [1, 2, 3]);
    let mut decoder = FrameDecoder::<WireHeader>::new()
        .resync(true)
        .with_stats(Arc::clone(&stats));
    decoder.push(&stream);
    assert!(matches!(
        decoder.next_frame(),
        Err(FrameError::BadSync {
            offset: 0,
            found: 0x0102
        })
    ));
    let first = decoder.next_frame().unwrap().unwrap();
    assert_eq!(
        (first.payload(), first.skipped_before(), first.offset()),
        (&b"one"[..], 3, 3)
    );
    assert!(decoder.next_frame().unwrap().is_some());
    let snap = stats.snapshot();
    assert_eq!((snap.frames_out, snap.bytes_out), (2, 38));
    assert_eq!((snap.frames_in, snap.bytes_in), (2, 38));
    assert_eq!(snap.errors(ErrorKind::BadSync), 1);
    assert_eq!(snap.bytes_skipped, 3);
    assert_eq!(decoder.skipped_bytes(), 3);
}

/// One kind of damage, in coordinates of the undamaged stream.
#[derive(Debug, Clone)]
enum Damage {
    /// XOR the byte at `at` with `mask` (never 0).
    Flip { at: usize, mask: u8 },
    /// Remove `len` bytes from `at`.
    Cut { at: usize, len: usize },
    /// Insert bytes before `at`.
    Insert { at: usize, bytes: Vec<u8> },
}

fn damage_strategy() -> impl Strategy<Value = Damage> {
    // Positions are fractions of the stream, scaled once its length is known.
    prop_oneof![
        (any::<u16>(), 1..=255u8).prop_map(|(at, mask)| Damage::Flip {
            at: at.into(),
            mask
        }),
        (any::<u16>(), 1..40usize).prop_map(|(at, len)| Damage::Cut { at: at.into(), len }),
        (any::<u16>(), prop::collection::vec(any::<u8>(), 1..40)).prop_map(|(at, bytes)| {
            Damage::Insert {
                at: at.into(),
                bytes,
            }
        }),
    ]
}

/// Applies `damage` to `stream` and returns the damaged stream with, per frame (given by
/// its byte range), whether the damage touched it.
fn apply(stream: &[u8], ranges: &[(usize, usize)], damage: &[Damage]) -> (Vec<u8>, Vec<bool>) {
    let n = stream.len();
    let mut bytes = stream.to_vec();
    let mut removed = vec![false; n];
    let mut inserted: Vec<Vec<u8>> = vec![Vec::new(); n + 1];
    let mut touched = vec![false; ranges.len()];
    let scale = |at: usize| at * (n + 1) / 65536;
    for d in damage {
        match d {
            Damage::Flip { at, mask } => {
                let at = scale(*at).min(n - 1);
                bytes[at] ^= mask;
                touched
                    .iter_mut()
                    .zip(ranges)
                    .for_each(|(t, &(s, e))| *t |= (s..e).contains(&at));
            }
            Damage::Cut { at, len } => {
                let at = scale(*at).min(n - 1);
                let end = (at + len).min(n);
                removed[at..end].iter_mut().for_each(|r| *r = true);
                touched
                    .iter_mut()
                    .zip(ranges)
                    .for_each(|(t, &(s, e))| *t |= s < end && at < e);
            }
            Damage::Insert { at, bytes: extra } => {
                let at = scale(*at).min(n);
                inserted[at].extend_from_slice(extra);
                // Between two frames, an insertion touches neither.
                touched
                    .iter_mut()
                    .zip(ranges)
                    .for_each(|(t, &(s, e))| *t |= s < at && at < e);
            }
        }
    }
    let mut out = Vec::new();
    for i in 0..n {
        out.extend_from_slice(&inserted[i]);
        if !removed[i] {
            out.push(bytes[i]);
        }
    }
    out.extend_from_slice(&inserted[n]);
    (out, touched)
}

/// Splits `bytes` at the given cut points (fractions of 65536).
fn pieces<'a>(bytes: &'a [u8], cuts: &[u16]) -> Vec<&'a [u8]> {
    let mut points: Vec<usize> = cuts
        .iter()
        .map(|&c| usize::from(c) * (bytes.len() + 1) / 65536)
        .collect();
    points.sort_unstable();
    let mut out = Vec::new();
    let mut last = 0;
    for p in points {
        out.push(&bytes[last..p]);
        last = p;
    }
    out.push(&bytes[last..]);
    out
}

fn payload_strategy() -> impl Strategy<Value = Vec<Vec<u8>>> {
    prop::collection::vec(prop::collection::vec(any::<u8>(), 0..120), 1..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_multiway_splits_yield_the_same_frames(payloads in payload_strategy(), cuts in prop::collection::vec(any::<u16>(), 0..20)) {
        let stream = encode_all(&mut FrameEncoder::<WireHeader>::new().with_checksum(true), &payloads);
        let got = decode_pieces(&mut FrameDecoder::<WireHeader>::new().require_checksum(true), &pieces(&stream, &cuts)).unwrap();
        prop_assert_eq!(payloads_of(&got), payloads.clone());
        let stream = encode_all(&mut FrameEncoder::<LenU32Be>::new(), &payloads);
        let got = decode_pieces(&mut FrameDecoder::<LenU32Be>::new(), &pieces(&stream, &cuts)).unwrap();
        prop_assert_eq!(payloads_of(&got), payloads);
    }

    #[test]
    fn resync_recovers_exactly_the_untouched_frames(
        payloads in payload_strategy(),
        damage in prop::collection::vec(damage_strategy(), 1..4),
        cuts in prop::collection::vec(any::<u16>(), 0..8),
    ) {
        // Tag each payload with its index so frames are told apart even when equal.
        let payloads: Vec<Vec<u8>> = payloads.into_iter().enumerate().map(|(i, mut p)| { p.insert(0, i as u8); p }).collect();
        let stream = encode_all(&mut FrameEncoder::<WireHeader>::new().with_checksum(true), &payloads);
        let mut ranges = Vec::new();
        let mut at = 0;
        for p in &payloads {
            ranges.push((at, at + WireHeader::LEN + p.len()));
            at += WireHeader::LEN + p.len();
        }
        let (damaged, touched) = apply(&stream, &ranges, &damage);
        let expected: Vec<Vec<u8>> = payloads.iter().zip(&touched).filter(|(_, t)| !**t).map(|(p, _)| p.clone()).collect();

        let stats = Arc::new(Stats::new());
        let mut decoder = FrameDecoder::<WireHeader>::new()
            .resync(true)
            .require_checksum(true)
            .max_frame_len(4096)
            .with_stats(Arc::clone(&stats));
        let mut got = Vec::new();
        let mut delivered_bytes = 0u64;
        let mut skipped_before = 0u64;
        let mut errors = 0u64;
        let mut step = |decoder: &mut FrameDecoder<WireHeader>| loop {
            match decoder.next_frame() {
                Ok(Some(frame)) => {
                    got.push(frame.payload().to_vec());
                    delivered_bytes += frame.wire_len() as u64;
                    skipped_before += frame.skipped_before();
                }
                Ok(None) => break,
                Err(_) => errors += 1,
            }
        };
        for piece in pieces(&damaged, &cuts) {
            decoder.push(piece);
            step(&mut decoder);
        }
        decoder.finish();
        step(&mut decoder);

        // Every untouched frame comes through, in order, and nothing else does: a frame
        // the damage touched is delivered only if the damage happened to leave an exact
        // copy of its bytes (a cut byte replaced by an equal one sliding in), which no
        // checksum can tell from the original.
        let indices: Vec<usize> = got.iter().map(|p| usize::from(p[0])).collect();
        prop_assert!(indices.windows(2).all(|w| w[0] < w[1]), "frames in order, once each");
        for (i, was_touched) in touched.iter().enumerate() {
            let delivered = indices.contains(&i);
            if !was_touched {
                prop_assert!(delivered, "untouched frame {} was not recovered", i);
            } else if delivered {
                let original = &stream[ranges[i].0..ranges[i].1];
                prop_assert!(
                    damaged.windows(original.len()).any(|w| w == original),
                    "touched frame {} was delivered", i
                );
            }
        }
        for (p, i) in got.iter().zip(&indices) {
            prop_assert_eq!(p, &payloads[*i]);
        }
        prop_assert!(expected.len() <= got.len());
        prop_assert_eq!(decoder.buffered(), 0);
        prop_assert_eq!(delivered_bytes + decoder.skipped_bytes(), damaged.len() as u64);
        prop_assert!(skipped_before <= decoder.skipped_bytes());
        let snap = stats.snapshot();
        prop_assert_eq!(snap.bytes_skipped, decoder.skipped_bytes());
        prop_assert_eq!(snap.total_errors(), errors);
        prop_assert_eq!(errors == 0, decoder.skipped_bytes() == 0);
    }
}

#[cfg(feature = "compression")]
mod compression {
    use super::*;

    #[test]
    fn compressed_frames_round_trip_and_small_ones_stay_plain() {
        let big: Vec<u8> = b"the same words again and again, "
            .iter()
            .cycle()
            .take(10_000)
            .copied()
            .collect();
        // xorshift64: bytes lz4 cannot shrink.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let random: Vec<u8> = (0..2000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        let payloads = vec![big.clone(), b"tiny".to_vec(), random.clone(), big.clone()];
        let mut encoder = FrameEncoder::<WireHeader>::new()
            .with_checksum(true)
            .with_compression(512);
        let stream = encode_all(&mut encoder, &payloads);
        assert!(
            stream.len() < 2 * 1000 + 2000 + 100,
            "the repetitive payloads shrank: {}",
            stream.len()
        );

        let mut decoder = FrameDecoder::<WireHeader>::new().require_checksum(true);
        decoder.push(&stream);
        let mut flags = Vec::new();
        for payload in &payloads {
            let frame = decoder.next_frame().unwrap().unwrap();
            flags.push(frame.header().flags.contains(FrameFlags::COMPRESSED));
            assert_eq!(frame.payload(), &payload[..]);
        }
        // "tiny" is below the threshold; the pseudo-random bytes do not compress.
        assert_eq!(flags, [true, false, false, true]);
    }

    #[test]
    fn a_zip_bomb_is_refused_before_decompressing() {
        // 64 KiB of zeros compresses to a few hundred bytes; the cap is 1 KiB.
        let mut encoder = FrameEncoder::<WireHeader>::new().with_compression(0);
        let mut stream = Vec::new();
        encoder
            .append(FrameMeta::new(1), &vec![0u8; 65536], &mut stream)
            .unwrap();
        assert!(stream.len() < 1024);
        let mut decoder = FrameDecoder::<WireHeader>::new().max_frame_len(1024);
        decoder.push(&stream);
        assert_eq!(
            decoder.next_frame().unwrap_err(),
            FrameError::DecompressedTooLarge {
                offset: 0,
                len: 65536,
                max: 1024
            }
        );
        assert!(
            decoder.capacity() < 4096,
            "nothing was sized for the bomb: {}",
            decoder.capacity()
        );
    }

    #[test]
    fn a_lying_decompressed_length_is_an_error() {
        let mut encoder = FrameEncoder::<WireHeader>::new().with_compression(0);
        let mut stream = Vec::new();
        encoder
            .append(FrameMeta::new(1), &vec![b'x'; 1000], &mut stream)
            .unwrap();
        // Claim 999 decompressed bytes instead of 1000.
        stream[WireHeader::LEN..WireHeader::LEN + 4].copy_from_slice(&999u32.to_be_bytes());
        let mut decoder = FrameDecoder::<WireHeader>::new();
        decoder.push(&stream);
        assert!(matches!(
            decoder.next_frame(),
            Err(FrameError::Decompress { offset: 0, .. })
        ));
    }

    #[test]
    fn compression_needs_a_header_with_the_flag() {
        let mut encoder = FrameEncoder::<LenU32Be>::new().with_compression(0);
        assert!(matches!(
            encoder.prepare(FrameMeta::default(), &[0; 100]),
            Err(FrameError::Unsupported { .. })
        ));
    }
}

/// Decodes `stream` with resync, pushed whole, and returns (bytes delivered in frames,
/// frames, errors).
fn drain_with_resync(
    decoder: &mut FrameDecoder<WireHeader>,
    stream: &[u8],
) -> (u64, Vec<Vec<u8>>, Vec<FrameError>) {
    let mut delivered = 0;
    let mut frames = Vec::new();
    let mut errors = Vec::new();
    decoder.push(stream);
    decoder.finish();
    loop {
        match decoder.next_frame() {
            Ok(Some(frame)) => {
                delivered += frame.wire_len() as u64;
                frames.push(frame.payload().to_vec());
            }
            Ok(None) => return (delivered, frames, errors),
            Err(err) => {
                assert!(!decoder.is_poisoned());
                errors.push(err);
            }
        }
    }
}

#[test]
fn fuzz_regression_undecompressable_frame_is_counted_as_skipped() {
    // Byte 0: settings (resync, no required checksum, WireHeader); byte 1: piece seed.
    let input =
        include_bytes!("../fuzz/regressions/frame_decoder-undecompressable-frame-not-counted");
    // The input is in the 14-byte layout without a header check: its headers, moved to
    // the 16-byte one.
    let stream = &headers_v1_to_v2(&input[2..]);
    let mut decoder = FrameDecoder::<WireHeader>::new()
        .resync(true)
        .max_frame_len(512);
    let (delivered, frames, errors) = drain_with_resync(&mut decoder, stream);
    assert_eq!(frames, [b"hello".to_vec()]);
    assert!(
        errors
            .iter()
            .any(|err| matches!(err, FrameError::Decompress { .. })),
        "the undecompressable frame is still there: {errors:?}"
    );
    assert_eq!(decoder.buffered(), 0);
    assert_eq!(delivered + decoder.skipped_bytes(), stream.len() as u64);
}

#[test]
fn a_frame_that_fails_to_decompress_is_skipped_whole() {
    // A frame flagged compressed whose payload declares 5 bytes and holds no valid lz4
    // block, then a good frame.
    let bad = WireHeader {
        msg_type: 1,
        version: 0,
        flags: FrameFlags::COMPRESSED,
        payload_len: 5,
        crc: 0,
    };
    let mut stream = vec![0u8; WireHeader::LEN];
    bad.write(&mut stream);
    stream.extend_from_slice(&[0, 0, 0, 5, 0xff]);
    FrameEncoder::<WireHeader>::new()
        .append(FrameMeta::new(2), b"good", &mut stream)
        .unwrap();

    let mut decoder = FrameDecoder::<WireHeader>::new().resync(true);
    decoder.push(&stream);
    assert!(matches!(
        decoder.next_frame(),
        Err(FrameError::Decompress { offset: 0, .. })
    ));
    let good = decoder.next_frame().unwrap().unwrap();
    assert_eq!((good.payload(), good.skipped_before()), (&b"good"[..], 21));
    assert_eq!(decoder.skipped_bytes(), 21);
}

#[test]
fn the_buffer_is_compacted_not_grown() {
    let payloads: Vec<Vec<u8>> = (0..2000).map(|i| vec![i as u8; 50]).collect();
    let stream = encode_all(&mut FrameEncoder::<LenU16Be>::new(), &payloads);
    let mut decoder = FrameDecoder::<LenU16Be>::new();
    let mut frames = 0;
    for chunk in stream.chunks(100) {
        decoder.push(chunk);
        while decoder.next_frame().unwrap().is_some() {
            frames += 1;
        }
    }
    assert_eq!(frames, 2000);
    // 104 KiB went through; the buffer holds at most one partial frame plus one push.
    assert!(decoder.capacity() <= 256, "capacity {}", decoder.capacity());
}

#[test]
fn fuzz_regression_undecompressable_frame_without_resync_skips_nothing() {
    // Byte 0: settings (no resync, no required checksum, WireHeader); byte 1: piece seed.
    let input = include_bytes!(
        "../fuzz/regressions/frame_decoder-undecompressable-frame-counted-without-resync"
    );
    // The input is in the 14-byte layout without a header check: the same header, moved
    // to the 16-byte one.
    let stream = headers_v1_to_v2(&input[2..]);
    let mut decoder = FrameDecoder::<WireHeader>::new().max_frame_len(512);
    decoder.push(&stream);
    let err = decoder.next_frame().unwrap_err();
    assert!(
        matches!(err, FrameError::Decompress { offset: 0, .. }),
        "{err}"
    );
    assert!(decoder.is_poisoned());
    assert_eq!(
        decoder.skipped_bytes(),
        0,
        "without resync nothing is skipped"
    );
}

#[test]
fn a_flipped_length_bit_does_not_hold_back_the_frames_after_it() {
    // The case: checksums required, resync on, one bit of the first frame's
    // length flipped so that it claims 65 536 bytes more than it has.
    let payloads: Vec<Vec<u8>> = (0..200u8).map(|i| vec![i; 40]).collect();
    let mut stream = encode_all(
        &mut FrameEncoder::<WireHeader>::new().with_checksum(true),
        &payloads,
    );
    stream[7] ^= 0x01; // payload_len is bytes 6..10, big-endian: bit 16 of the length
    assert!(
        stream.len() < 65_536,
        "the claimed payload has not arrived when the stream ends"
    );

    let mut decoder = FrameDecoder::<WireHeader>::new()
        .resync(true)
        .require_checksum(true);
    let mut got = Vec::new();
    let mut errors = Vec::new();
    for piece in stream.chunks(100) {
        decoder.push(piece);
        loop {
            match decoder.next_frame() {
                Ok(Some(frame)) => got.push(frame.payload().to_vec()),
                Ok(None) => break,
                Err(err) => errors.push(err),
            }
        }
    }
    // Without `finish`: every undamaged frame is out before the claimed payload could
    // have arrived, and the damaged one is reported, once, from its header alone.
    assert_eq!(got, payloads[1..]);
    assert_eq!(errors.len(), 1);
    let FrameError::HeaderChecksumMismatch {
        offset: 0,
        expected,
        computed,
    } = errors[0]
    else {
        panic!("expected a header checksum mismatch, got {:?}", errors[0]);
    };
    assert_eq!(expected, u16::from_be_bytes([stream[14], stream[15]]));
    assert_eq!(computed, wire::frame::crc16_ibm_3740(&stream[..14]));
    assert_eq!(
        errors[0].to_string(),
        format!("frame header at offset 0: crc-16 mismatch, header carries {expected:#06x}, bytes give {computed:#06x}")
    );
    assert_eq!(decoder.buffered(), 0);
}

/// A stream in the 14-byte `WireHeader` layout without a header check (sync word 0xF5C3)
/// with every 14 bytes that start with that sync word rewritten as a 16-byte header of
/// the same fields; a CRC32C that matched its frame is recomputed, so it still does.
fn headers_v1_to_v2(stream: &[u8]) -> Vec<u8> {
    const V1_LEN: usize = 14;
    let mut out = Vec::new();
    let mut at = 0;
    while at < stream.len() {
        let is_v1_header = |h: &&[u8]| {
            let crc_without_flag = h[10..14] != [0; 4] && h[5] & 1 == 0;
            h[..2] == [0xF5, 0xC3] && h[5] & !0b11 == 0 && !crc_without_flag
        };
        let Some(old) = stream[at..].get(..V1_LEN).filter(is_v1_header) else {
            out.push(stream[at]);
            at += 1;
            continue;
        };
        let mut header = WireHeader {
            msg_type: u16::from_be_bytes([old[2], old[3]]),
            version: old[4],
            flags: FrameFlags::from_bits(old[5]),
            payload_len: u32::from_be_bytes(old[6..10].try_into().unwrap()),
            crc: u32::from_be_bytes(old[10..14].try_into().unwrap()),
        };
        let payload = stream.get(at + V1_LEN..at + V1_LEN + header.payload_len as usize);
        let mut new = [0u8; WireHeader::LEN];
        header.write(&mut new);
        if let Some(payload) = payload {
            if crc32c_append(crc32c(&old[..10]), payload) == header.crc {
                header.crc = crc32c_append(crc32c(&new[..10]), payload);
                header.write(&mut new);
            }
        }
        out.extend_from_slice(&new);
        at += V1_LEN;
    }
    out
}

/// Damage to one header byte.
#[derive(Debug, Clone, Copy)]
enum HeaderDamage {
    /// The byte XORed with a random non-zero mask: any other value.
    Byte(u8),
    /// One bit flipped.
    Bit(u8),
}

impl HeaderDamage {
    fn mask(self) -> u8 {
        match self {
            HeaderDamage::Byte(mask) => mask,
            HeaderDamage::Bit(bit) => 1 << bit,
        }
    }
}

/// Feeds `stream` in `pieces`, draining after each, and returns the most complete
/// undamaged frames that were ever held back at once (complete: every byte of the frame
/// was pushed), with the indices of the frames delivered in order.
fn most_frames_waiting(
    pieces: &[&[u8]],
    ends: &[usize],
    damaged: usize,
    checksum: bool,
) -> (usize, Vec<usize>) {
    let mut decoder = FrameDecoder::<WireHeader>::new()
        .resync(true)
        .require_checksum(checksum);
    let mut delivered = Vec::new();
    let mut pushed = 0;
    let mut most = 0;
    let drain = |decoder: &mut FrameDecoder<WireHeader>, delivered: &mut Vec<usize>| loop {
        match decoder.next_frame() {
            Ok(Some(frame)) => delivered.push(usize::from(frame.payload()[0])),
            Ok(None) => break,
            Err(_) => assert!(!decoder.is_poisoned()),
        }
    };
    for piece in pieces {
        decoder.push(piece);
        pushed += piece.len();
        drain(&mut decoder, &mut delivered);
        let waiting = ends
            .iter()
            .enumerate()
            .filter(|&(i, &end)| i != damaged && end <= pushed && !delivered.contains(&i))
            .count();
        most = most.max(waiting);
    }
    decoder.finish();
    drain(&mut decoder, &mut delivered);
    (most, delivered)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The target: after any single damaged header, at most one complete undamaged
    /// frame ever waits in the decoder, whatever the damage (a random byte value or one
    /// flipped bit, anywhere in the header) and however the stream is cut into reads: one
    /// byte at a time (every possible read boundary), and at random cuts.
    #[test]
    fn after_a_damaged_header_at_most_one_complete_frame_waits(
        payloads in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..300), 2..12),
        damaged in any::<prop::sample::Index>(),
        position in 0..WireHeader::LEN,
        damage in prop_oneof![
            (1..=255u8).prop_map(HeaderDamage::Byte),
            (0..8u8).prop_map(HeaderDamage::Bit),
        ],
        checksum in any::<bool>(),
        cuts in prop::collection::vec(any::<u16>(), 0..8),
    ) {
        // Tag each payload with its index, so frames are told apart.
        let payloads: Vec<Vec<u8>> = payloads.into_iter().enumerate().map(|(i, mut p)| { p.insert(0, i as u8); p }).collect();
        let mut stream = encode_all(&mut FrameEncoder::<WireHeader>::new().with_checksum(checksum), &payloads);
        let mut ends = Vec::new();
        let mut end = 0;
        for p in &payloads {
            end += WireHeader::LEN + p.len();
            ends.push(end);
        }
        let damaged = damaged.index(payloads.len());
        let start = ends[damaged] - WireHeader::LEN - payloads[damaged].len();
        stream[start + position] ^= damage.mask();

        let bytes: Vec<&[u8]> = stream.chunks(1).collect();
        for pieces in [bytes, pieces(&stream, &cuts)] {
            let (most, delivered) = most_frames_waiting(&pieces, &ends, damaged, checksum);
            prop_assert!(most <= 1, "{} complete frames waited at once", most);
            // And every undamaged frame came out, in order; the damaged one did not.
            let expected: Vec<usize> = (0..payloads.len()).filter(|&i| i != damaged).collect();
            prop_assert_eq!(delivered, expected);
        }
    }
}
