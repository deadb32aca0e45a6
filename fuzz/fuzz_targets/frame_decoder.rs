//! `FrameDecoder` on arbitrary bytes pushed in arbitrary pieces, with and without resync
//! and a required CRC: no panic, no frame above `max_frame_len`, every frame with a CRC
//! verifies, every byte is accounted for, and without resync the decoder agrees with the
//! slice reader `frames` and stays poisoned after an error.
//!
//! Input: byte 0 picks the settings, byte 1 seeds the piece sizes, the rest is the stream.
//! Run: `cargo +nightly fuzz run frame_decoder -- -runs=10000000`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wire::frame::{
    crc32c, crc32c_append, frames, FrameDecoder, FrameError, FrameHeader, LenU16Be, WireHeader,
};

/// Small enough that fuzz inputs reach it, large enough for real frames.
const MAX_FRAME_LEN: usize = 512;

fuzz_target!(|input: &[u8]| {
    let Some((&settings, rest)) = input.split_first() else {
        return;
    };
    let Some((&seed, stream)) = rest.split_first() else {
        return;
    };
    let resync = settings & 1 != 0;
    let require_checksum = settings & 2 != 0;
    if settings & 4 == 0 {
        run::<WireHeader>(stream, seed, resync, require_checksum, check_wire_header);
    } else {
        run::<LenU16Be>(stream, seed, resync, require_checksum, |_, _| {});
    }
});

/// A delivered `WireHeader` frame carries a CRC that matches, if it has one.
fn check_wire_header(header: &WireHeader, payload: &[u8]) {
    let Some(carried) = header.checksum() else {
        return;
    };
    let mut bytes = [0u8; WireHeader::LEN];
    header.write(&mut bytes);
    assert_eq!(
        crc32c_append(crc32c(&bytes[..10]), payload),
        carried,
        "delivered frame fails its crc"
    );
}

/// Piece sizes from 0 to 63 bytes, from a xorshift seeded by the input.
fn pieces(stream: &[u8], seed: u8) -> Vec<&[u8]> {
    let mut state = u32::from(seed) | 0x100;
    let mut out = Vec::new();
    let mut rest = stream;
    while !rest.is_empty() {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let (piece, tail) = rest.split_at((state as usize % 64).min(rest.len()));
        out.push(piece);
        rest = tail;
    }
    out
}

fn run<H: FrameHeader>(
    stream: &[u8],
    seed: u8,
    resync: bool,
    require_checksum: bool,
    check: impl Fn(&H, &[u8]),
) {
    let mut decoder = FrameDecoder::<H>::new()
        .max_frame_len(MAX_FRAME_LEN)
        .resync(resync)
        .require_checksum(require_checksum);
    let mut delivered: Vec<(u64, Vec<u8>)> = Vec::new();
    let mut delivered_bytes = 0u64;
    let mut first_error: Option<FrameError> = None;
    let mut drain = |decoder: &mut FrameDecoder<H>| loop {
        match decoder.next_frame() {
            Ok(Some(frame)) => {
                assert!(
                    frame.payload().len() <= MAX_FRAME_LEN,
                    "frame above max_frame_len"
                );
                assert!(
                    !require_checksum || frame.header().checksum().is_some(),
                    "frame without required crc"
                );
                check(frame.header(), frame.payload());
                delivered_bytes += frame.wire_len() as u64;
                delivered.push((frame.offset(), frame.payload().to_vec()));
            }
            Ok(None) => return,
            Err(err) if resync => assert!(!decoder.is_poisoned(), "resync never poisons: {err}"),
            Err(err) => {
                assert!(decoder.is_poisoned());
                // A poisoned decoder returns the same error forever.
                assert_eq!(decoder.next_frame().err(), Some(err));
                first_error.get_or_insert(err);
                return;
            }
        }
    };
    for piece in pieces(stream, seed) {
        decoder.push(piece);
        drain(&mut decoder);
    }
    decoder.finish();
    drain(&mut decoder);

    if resync {
        // Every byte was either delivered in a frame or skipped.
        assert_eq!(decoder.buffered(), 0);
        assert_eq!(
            delivered_bytes + decoder.skipped_bytes(),
            stream.len() as u64
        );
        return;
    }
    assert_eq!(decoder.skipped_bytes(), 0);
    // Without resync the chunked decoder and the slice reader see the same frames and
    // fail at the same offset.
    let mut expected = Vec::new();
    let mut expected_error = None;
    for frame in frames::<H>(stream, MAX_FRAME_LEN) {
        match frame {
            Ok(frame) if require_checksum && frame.header().checksum().is_none() => {
                expected_error = Some(FrameError::MissingChecksum {
                    offset: frame.offset(),
                });
                break;
            }
            Ok(frame) => expected.push((frame.offset(), frame.payload().to_vec())),
            Err(err) => {
                expected_error = Some(err);
                break;
            }
        }
    }
    assert_eq!(delivered, expected);
    match (first_error, expected_error) {
        // The decoder refuses a frame without a checksum from its header alone, where the
        // slice reader may first find it truncated; a compressed frame fails with
        // different reasons in the two. The offset is the same.
        (Some(got), Some(want))
            if require_checksum || matches!(got, FrameError::Decompress { .. }) =>
        {
            assert_eq!(got.offset(), want.offset(), "{got} / {want}")
        }
        (got, want) => assert_eq!(got, want),
    }
}
