//! Every varint reader on arbitrary bytes: no panic, a sane length, and a value that
//! re-encodes to bytes that read back the same; the cursor forms (`read_u64`,
//! `write_u64`) agree with the slice forms.
//!
//! Run: `cargo +nightly fuzz run varint_decode -- -runs=10000000`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wire::varint::{
    decode_i32_zigzag, decode_i64_zigzag, decode_u32, decode_u64, encode_i64_zigzag, encode_u64,
    encoded_len_u64, read_u64, write_u64, MAX_LEN_U64,
};
use wire::DecodeError;

fuzz_target!(|input: &[u8]| {
    check_u64(input);
    check_i64(input);
    check_u32(input);
    check_i32(input);
    check_cursor(input);
});

/// A successful read consumed between 1 and 10 bytes, all of them present.
fn check_len(input: &[u8], len: usize) {
    assert!((1..=MAX_LEN_U64).contains(&len), "length {len}");
    assert!(len <= input.len(), "read {len} of {} bytes", input.len());
}

/// The rules for errors shared by every reader.
fn check_error(input: &[u8], err: DecodeError) {
    match err {
        DecodeError::Truncated {
            field,
            offset,
            needed,
            available,
        } => {
            assert_eq!((field, offset), ("varint", 0));
            assert_eq!(
                (needed as usize, available as usize),
                (input.len() + 1, input.len())
            );
            assert!(input.len() < MAX_LEN_U64);
            assert!(
                input.iter().all(|&b| b >= 0x80),
                "truncated but a byte ends it"
            );
        }
        DecodeError::MalformedVarint { offset } => {
            let offset = offset as usize;
            assert!(
                offset < MAX_LEN_U64 && offset < input.len(),
                "offset {offset}"
            );
        }
        other => panic!("unexpected error {other:?}"),
    }
}

fn check_u64(input: &[u8]) {
    let (value, len) = match decode_u64(input) {
        Ok(read) => read,
        Err(err) => {
            check_error(input, err);
            if let DecodeError::MalformedVarint { offset } = err {
                assert_eq!(offset, 9, "u64 becomes malformed only at the 10th byte");
            }
            return;
        }
    };
    check_len(input, len);
    let mut buf = [0u8; MAX_LEN_U64];
    let written = encode_u64(value, &mut buf).expect("10 bytes hold any u64");
    assert_eq!(written, encoded_len_u64(value));
    assert!(
        written <= len,
        "the minimal encoding is never longer than what was read"
    );
    assert_eq!(decode_u64(&buf[..written]), Ok((value, written)));
    // A minimal input re-encodes to exactly the bytes consumed.
    if written == len {
        assert_eq!(&buf[..written], &input[..len]);
    }
    // The prefix alone reads the same: trailing bytes never matter.
    assert_eq!(decode_u64(&input[..len]), Ok((value, len)));
}

fn check_i64(input: &[u8]) {
    match decode_i64_zigzag(input) {
        Ok((value, len)) => {
            check_len(input, len);
            assert_eq!(decode_u64(input).map(|(_, n)| n), Ok(len));
            let mut buf = [0u8; MAX_LEN_U64];
            let written = encode_i64_zigzag(value, &mut buf).expect("10 bytes hold any i64");
            assert_eq!(decode_i64_zigzag(&buf[..written]), Ok((value, written)));
            if written == len {
                assert_eq!(&buf[..written], &input[..len]);
            }
        }
        Err(err) => {
            check_error(input, err);
            assert_eq!(
                decode_u64(input).map(|_| ()),
                Err(err),
                "same errors as u64"
            );
        }
    }
}

fn check_u32(input: &[u8]) {
    match decode_u32(input) {
        Ok((value, len)) => {
            check_len(input, len);
            // Exactly the u64 reading, narrowed.
            assert_eq!(decode_u64(input), Ok((u64::from(value), len)));
        }
        Err(err) => {
            check_error(input, err);
            if let DecodeError::MalformedVarint { offset } = err {
                assert!(offset >= 4, "the first four bytes cannot overflow 32 bits");
            }
            // The 64-bit reading either failed too or found a value above u32::MAX.
            if let Ok((value, _)) = decode_u64(input) {
                assert!(value > u64::from(u32::MAX));
            }
        }
    }
}

fn check_i32(input: &[u8]) {
    match (decode_i32_zigzag(input), decode_u32(input)) {
        (Ok((value, len)), Ok((raw, raw_len))) => {
            check_len(input, len);
            assert_eq!(len, raw_len);
            assert_eq!(wire::varint::zigzag_encode_i32(value), raw);
        }
        (Err(a), Err(b)) => assert_eq!(a, b),
        (signed, unsigned) => panic!("i32 {signed:?} and u32 {unsigned:?} disagree"),
    }
}

/// `read_u64` moves its cursor by what `decode_u64` reads, or not at all on its error;
/// `write_u64` writes what `encode_u64` writes, into any room, and nothing outside it.
fn check_cursor(input: &[u8]) {
    let mut cursor = input;
    match (read_u64(&mut cursor), decode_u64(input)) {
        (Ok(value), Ok((expected, len))) => {
            assert_eq!(value, expected);
            assert_eq!(cursor.len(), input.len() - len);
            for room in 0..=MAX_LEN_U64 + 2 {
                let mut whole = [0xa5u8; MAX_LEN_U64 + 4];
                let mut reference = [0xa5u8; MAX_LEN_U64 + 2];
                let encoded = encode_u64(value, &mut reference[..room]);
                let mut out = &mut whole[1..1 + room];
                let written = write_u64(value, &mut out).map(|()| room - out.len());
                assert_eq!(written.map_err(|_| ()), encoded.map_err(|_| ()));
                if let Ok(n) = encoded {
                    assert_eq!(whole[1..1 + n], reference[..n]);
                }
                assert_eq!(whole[0], 0xa5, "written before the room");
                assert!(whole[1 + room..].iter().all(|&b| b == 0xa5), "written after the room");
            }
        }
        (Err(err), Err(expected)) => {
            assert_eq!(err, expected);
            assert_eq!(cursor, input, "the cursor moved on an error");
        }
        (got, expected) => panic!("read_u64 {got:?}, decode_u64 {expected:?}"),
    }
}
