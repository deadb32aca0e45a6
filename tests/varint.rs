//! `wire::varint` against an independent implementation (the Python Protocol Buffers
//! runtime), at every width boundary, on every malformed input class, and by property.

use proptest::prelude::*;
use wire::varint::{
    decode_i32_zigzag, decode_i64_zigzag, decode_u32, decode_u64, encode_i32_zigzag,
    encode_i64_zigzag, encode_u32, encode_u64, encoded_len_u32, encoded_len_u64, zigzag_decode_i32,
    zigzag_decode_i64, zigzag_encode_i32, zigzag_encode_i64, MAX_LEN_U32, MAX_LEN_U64,
};
use wire::{DecodeError, EncodeError};

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// `(value, encoding)` at every width boundary, produced by protobuf 7.36.2 for Python:
///
/// ```python
/// from google.protobuf.internal import encoder
/// vals = [0, 1, 127, 128]
/// for k in range(2, 10):
///     vals += [2**(7*k) - 1, 2**(7*k)]
/// vals += [2**63 - 1, 2**63, 2**64 - 1]
/// for v in sorted(set(vals)):
///     print(v, encoder._VarintBytes(v).hex())
/// ```
const UNSIGNED: &[(u64, &str)] = &[
    (0, "00"),
    (1, "01"),
    (127, "7f"),
    (128, "8001"),
    (16383, "ff7f"),
    (16384, "808001"),
    (2097151, "ffff7f"),
    (2097152, "80808001"),
    (268435455, "ffffff7f"),
    (268435456, "8080808001"),
    (34359738367, "ffffffff7f"),
    (34359738368, "808080808001"),
    (4398046511103, "ffffffffff7f"),
    (4398046511104, "80808080808001"),
    (562949953421311, "ffffffffffff7f"),
    (562949953421312, "8080808080808001"),
    (72057594037927935, "ffffffffffffff7f"),
    (72057594037927936, "808080808080808001"),
    (9223372036854775807, "ffffffffffffffff7f"),
    (9223372036854775808, "80808080808080808001"),
    (18446744073709551615, "ffffffffffffffffff01"),
];

/// `(value, zigzag, encoding)` for signed values, same library:
///
/// ```python
/// from google.protobuf.internal import encoder, wire_format
/// for v in [0, -1, 1, -2, 2, -64, 64, 2**31 - 1, -2**31, 2**63 - 1, -2**63]:
///     z = wire_format.ZigZagEncode(v)
///     print(v, z, encoder._VarintBytes(z).hex())
/// ```
///
/// (`_SignedVarintBytes` no longer exists in protobuf 7; ZigZag plus `_VarintBytes` is
/// what `sint64` fields use.)
const ZIGZAG: &[(i64, u64, &str)] = &[
    (0, 0, "00"),
    (-1, 1, "01"),
    (1, 2, "02"),
    (-2, 3, "03"),
    (2, 4, "04"),
    (-64, 127, "7f"),
    (64, 128, "8001"),
    (2147483647, 4294967294, "feffffff0f"),
    (-2147483648, 4294967295, "ffffffff0f"),
    (
        9223372036854775807,
        18446744073709551614,
        "feffffffffffffffff01",
    ),
    (
        -9223372036854775808,
        18446744073709551615,
        "ffffffffffffffffff01",
    ),
];

#[test]
fn unsigned_boundaries_match_protobuf() {
    for &(value, expected) in UNSIGNED {
        let expected = hex(expected);
        let mut buf = [0u8; MAX_LEN_U64];
        let written = encode_u64(value, &mut buf).unwrap();
        assert_eq!(&buf[..written], expected, "encode {value}");
        assert_eq!(
            encoded_len_u64(value),
            expected.len(),
            "encoded_len {value}"
        );
        assert_eq!(
            decode_u64(&expected),
            Ok((value, expected.len())),
            "decode {value}"
        );

        // Followed by more bytes (the fast path), the varint still ends where it ends.
        let mut padded = expected.clone();
        padded.extend_from_slice(&[0xff; 12]);
        assert_eq!(
            decode_u64(&padded),
            Ok((value, expected.len())),
            "decode {value} padded"
        );

        match u32::try_from(value) {
            Ok(small) => {
                assert_eq!(decode_u32(&padded), Ok((small, expected.len())));
                assert_eq!(encoded_len_u32(small), expected.len());
                let mut buf = [0u8; MAX_LEN_U32];
                let written = encode_u32(small, &mut buf).unwrap();
                assert_eq!(&buf[..written], expected);
            }
            Err(_) => {
                assert!(matches!(
                    decode_u32(&expected),
                    Err(DecodeError::MalformedVarint { .. })
                ));
            }
        }
    }
}

#[test]
fn zigzag_boundaries_match_protobuf() {
    for &(value, zigzag, expected) in ZIGZAG {
        let expected = hex(expected);
        assert_eq!(zigzag_encode_i64(value), zigzag, "zigzag {value}");
        assert_eq!(zigzag_decode_i64(zigzag), value);
        let mut buf = [0u8; MAX_LEN_U64];
        let written = encode_i64_zigzag(value, &mut buf).unwrap();
        assert_eq!(&buf[..written], expected, "encode {value}");
        assert_eq!(decode_i64_zigzag(&expected), Ok((value, expected.len())));

        if let Ok(small) = i32::try_from(value) {
            assert_eq!(u64::from(zigzag_encode_i32(small)), zigzag);
            assert_eq!(zigzag_decode_i32(zigzag_encode_i32(small)), small);
            let written = encode_i32_zigzag(small, &mut buf).unwrap();
            assert_eq!(&buf[..written], expected, "encode_i32 {small}");
            assert_eq!(decode_i32_zigzag(&expected), Ok((small, expected.len())));
        }
    }
}

#[test]
fn every_power_of_two_round_trips() {
    for shift in 0..64 {
        for value in [1u64 << shift, (1u64 << shift) - 1, (1u64 << shift) + 1] {
            let mut buf = [0u8; MAX_LEN_U64];
            let written = encode_u64(value, &mut buf).unwrap();
            assert_eq!(decode_u64(&buf[..written]), Ok((value, written)));
        }
    }
}

#[test]
fn non_minimal_encodings_are_accepted() {
    assert_eq!(decode_u64(&[0x80, 0x00]), Ok((0, 2)));
    assert_eq!(decode_u64(&[0x81, 0x80, 0x00]), Ok((1, 3)));
    // Ten bytes, the longest allowed: 0 padded, 1 padded, and u32::MAX padded.
    let mut zero = [0x80; 10];
    zero[9] = 0x00;
    assert_eq!(decode_u64(&zero), Ok((0, 10)));
    assert_eq!(decode_u32(&zero), Ok((0, 10)));
    let one = hex("81808080808080808000");
    assert_eq!(decode_u64(&one), Ok((1, 10)));
    let padded_max = hex("ffffffff8f8080808000");
    assert_eq!(decode_u32(&padded_max), Ok((u32::MAX, 10)));
    assert_eq!(decode_i32_zigzag(&padded_max), Ok((i32::MIN, 10)));
}

#[test]
fn eleven_bytes_of_continuation_are_malformed_at_the_tenth() {
    let input = [0x80; 11];
    assert_eq!(
        decode_u64(&input),
        Err(DecodeError::MalformedVarint { offset: 9 })
    );
    // Even when the 11th byte would end it: 10 bytes is the limit.
    let mut ended = [0x80; 11];
    ended[10] = 0x00;
    assert_eq!(
        decode_u64(&ended),
        Err(DecodeError::MalformedVarint { offset: 9 })
    );
    // Exactly 10 continuation bytes: no more input can make it valid.
    assert_eq!(
        decode_u64(&[0x80; 10]),
        Err(DecodeError::MalformedVarint { offset: 9 })
    );
    assert_eq!(
        decode_u32(&[0x80; 11]),
        Err(DecodeError::MalformedVarint { offset: 9 })
    );
}

#[test]
fn tenth_byte_above_one_is_malformed() {
    for tenth in 0x02..=0xffu8 {
        let mut input = [0xff; 10];
        input[9] = tenth;
        assert_eq!(
            decode_u64(&input),
            Err(DecodeError::MalformedVarint { offset: 9 }),
            "{tenth:#x}"
        );
        assert_eq!(
            decode_i64_zigzag(&input),
            Err(DecodeError::MalformedVarint { offset: 9 })
        );
        // With bytes after it the fast path decides the same.
        let mut longer = input.to_vec();
        longer.extend_from_slice(&[0; 6]);
        assert_eq!(
            decode_u64(&longer),
            Err(DecodeError::MalformedVarint { offset: 9 })
        );
    }
    for tenth in 0x00..=0x01u8 {
        let mut input = [0xff; 10];
        input[9] = tenth;
        assert!(decode_u64(&input).is_ok());
    }
}

#[test]
fn truncated_at_every_length() {
    let full = hex("ffffffffffffffffff01"); // u64::MAX
    for len in 0..full.len() {
        let input = &full[..len];
        let expected = DecodeError::Truncated {
            field: "varint",
            offset: 0,
            needed: (len + 1) as u32,
            available: len as u32,
        };
        assert_eq!(decode_u64(input), Err(expected), "u64, {len} bytes");
        assert_eq!(decode_i64_zigzag(input), Err(expected), "i64, {len} bytes");
    }
    let full32 = hex("8080808000"); // 0, five bytes
    for len in 0..full32.len() {
        let expected = DecodeError::Truncated {
            field: "varint",
            offset: 0,
            needed: (len + 1) as u32,
            available: len as u32,
        };
        assert_eq!(
            decode_u32(&full32[..len]),
            Err(expected),
            "u32, {len} bytes"
        );
        assert_eq!(
            decode_i32_zigzag(&full32[..len]),
            Err(expected),
            "i32, {len} bytes"
        );
    }
}

#[test]
fn empty_input_is_truncated() {
    let expected = DecodeError::Truncated {
        field: "varint",
        offset: 0,
        needed: 1,
        available: 0,
    };
    assert_eq!(decode_u64(&[]), Err(expected));
    assert_eq!(decode_u32(&[]), Err(expected));
    assert_eq!(decode_i64_zigzag(&[]), Err(expected));
    assert_eq!(decode_i32_zigzag(&[]), Err(expected));
}

#[test]
fn u32_rejects_values_above_u32_max_at_the_first_offending_byte() {
    // 2^32: bit 32 sits in the 5th byte.
    assert_eq!(
        decode_u32(&hex("8080808010")),
        Err(DecodeError::MalformedVarint { offset: 4 })
    );
    // Bit 35 sits in the 6th byte, after a 5th byte that is still in range.
    assert_eq!(
        decode_u32(&hex("808080808001")),
        Err(DecodeError::MalformedVarint { offset: 5 })
    );
    // Decided at the 5th byte even though the input then runs out.
    assert_eq!(
        decode_u32(&hex("ffffffffff")),
        Err(DecodeError::MalformedVarint { offset: 4 })
    );
    // A 10th byte of 1 is bit 63: fine for u64, not for u32.
    assert_eq!(
        decode_u32(&hex("80808080808080808001")),
        Err(DecodeError::MalformedVarint { offset: 9 })
    );
    // Protobuf's encoding of int32 -1 (sign-extended to 64 bits, not ZigZag), produced by
    // `encoder._EncodeSignedVarint` in protobuf 7.36.2: protobuf truncates it to -1, we
    // refuse it (see the module documentation).
    let minus_one = hex("ffffffffffffffffff01");
    assert_eq!(
        decode_u32(&minus_one),
        Err(DecodeError::MalformedVarint { offset: 4 })
    );
    assert_eq!(decode_u64(&minus_one), Ok((u64::MAX, 10)));
}

#[test]
fn encode_fails_at_every_short_length_and_fits_exactly() {
    for &(value, expected) in UNSIGNED {
        let expected = hex(expected);
        let needed = expected.len();
        let mut exact = vec![0xaa; needed];
        assert_eq!(
            encode_u64(value, &mut exact),
            Ok(needed),
            "{value} into {needed} bytes"
        );
        assert_eq!(exact, expected);
        for available in 0..needed {
            let mut buf = vec![0xaa; available];
            assert_eq!(
                encode_u64(value, &mut buf),
                Err(EncodeError::BufferTooSmall { needed, available }),
                "{value} into {available} bytes"
            );
        }
    }
    let mut four = [0u8; 4];
    assert_eq!(
        encode_u32(u32::MAX, &mut four),
        Err(EncodeError::BufferTooSmall {
            needed: 5,
            available: 4
        })
    );
    assert_eq!(
        encode_i32_zigzag(i32::MIN, &mut four),
        Err(EncodeError::BufferTooSmall {
            needed: 5,
            available: 4
        })
    );
    assert_eq!(
        encode_i64_zigzag(i64::MIN, &mut four),
        Err(EncodeError::BufferTooSmall {
            needed: 10,
            available: 4
        })
    );
}

#[test]
fn encode_writes_nothing_past_the_varint() {
    let mut buf = [0xaa; 16];
    let written = encode_u64(300, &mut buf).unwrap();
    assert_eq!(written, 2);
    assert!(buf[written..].iter().all(|&b| b == 0xaa));
}

#[test]
fn decode_ignores_trailing_bytes_at_every_width() {
    for &(value, expected) in UNSIGNED {
        let mut input = hex(expected);
        let len = input.len();
        for extra in 0..10 {
            assert_eq!(
                decode_u64(&input),
                Ok((value, len)),
                "{value} + {extra} bytes"
            );
            input.push(0x80);
        }
    }
}

proptest! {
    #[test]
    fn u64_round_trips(value in any::<u64>()) {
        let mut buf = [0u8; MAX_LEN_U64];
        let written = encode_u64(value, &mut buf).unwrap();
        prop_assert_eq!(written, encoded_len_u64(value));
        prop_assert_eq!(decode_u64(&buf[..written]), Ok((value, written)));
    }

    #[test]
    fn u64_round_trips_with_trailing_bytes(value in any::<u64>(), tail in proptest::collection::vec(any::<u8>(), 0..12)) {
        let mut buf = vec![0u8; MAX_LEN_U64];
        let written = encode_u64(value, &mut buf).unwrap();
        buf.truncate(written);
        buf.extend_from_slice(&tail);
        prop_assert_eq!(decode_u64(&buf), Ok((value, written)));
    }

    #[test]
    fn small_widths_round_trip(value in prop_oneof![0u64..128, 128u64..16_384, 16_384u64..2_097_152]) {
        let mut buf = [0u8; MAX_LEN_U64];
        let written = encode_u64(value, &mut buf).unwrap();
        prop_assert_eq!(decode_u64(&buf[..written]), Ok((value, written)));
    }

    #[test]
    fn u32_round_trips(value in any::<u32>()) {
        let mut buf = [0u8; MAX_LEN_U32];
        let written = encode_u32(value, &mut buf).unwrap();
        prop_assert_eq!(written, encoded_len_u32(value));
        prop_assert_eq!(decode_u32(&buf[..written]), Ok((value, written)));
    }

    #[test]
    fn i64_zigzag_round_trips(value in any::<i64>()) {
        let mut buf = [0u8; MAX_LEN_U64];
        let written = encode_i64_zigzag(value, &mut buf).unwrap();
        prop_assert_eq!(written, encoded_len_u64(zigzag_encode_i64(value)));
        prop_assert_eq!(decode_i64_zigzag(&buf[..written]), Ok((value, written)));
        prop_assert_eq!(zigzag_decode_i64(zigzag_encode_i64(value)), value);
    }

    #[test]
    fn i32_zigzag_round_trips(value in any::<i32>()) {
        let mut buf = [0u8; MAX_LEN_U32];
        let written = encode_i32_zigzag(value, &mut buf).unwrap();
        prop_assert_eq!(decode_i32_zigzag(&buf[..written]), Ok((value, written)));
    }

    #[test]
    fn zigzag_keeps_small_magnitudes_small(value in -64i64..64) {
        prop_assert_eq!(encoded_len_u64(zigzag_encode_i64(value)), 1);
    }

    #[test]
    fn any_bytes_decode_without_panicking(input in proptest::collection::vec(any::<u8>(), 0..24)) {
        match decode_u64(&input) {
            Ok((value, len)) => {
                prop_assert!((1..=MAX_LEN_U64).contains(&len) && len <= input.len());
                // What was read is a valid encoding of the value, perhaps non-minimal.
                prop_assert!(len >= encoded_len_u64(value));
                prop_assert_eq!(decode_u64(&input[..len]), Ok((value, len)));
            }
            Err(DecodeError::MalformedVarint { offset }) => prop_assert_eq!(offset, 9),
            Err(DecodeError::Truncated { field, offset, needed, available }) => {
                prop_assert_eq!((field, offset), ("varint", 0));
                prop_assert_eq!((needed, available), (input.len() as u32 + 1, input.len() as u32));
                prop_assert!(input.iter().all(|&b| b >= 0x80));
            }
            Err(other) => prop_assert!(false, "unexpected error {:?}", other),
        }
        match decode_u32(&input) {
            Ok((value, len)) => {
                prop_assert!((1..=MAX_LEN_U64).contains(&len) && len <= input.len());
                prop_assert_eq!(decode_u64(&input), Ok((u64::from(value), len)));
            }
            Err(DecodeError::MalformedVarint { offset }) => prop_assert!((4..=9).contains(&offset)),
            Err(DecodeError::Truncated { .. }) => prop_assert!(input.len() < MAX_LEN_U64),
            Err(other) => prop_assert!(false, "unexpected error {:?}", other),
        }
        let _ = decode_i64_zigzag(&input);
        let _ = decode_i32_zigzag(&input);
    }

    #[test]
    fn continuation_heavy_bytes_decode_without_panicking(
        input in proptest::collection::vec(prop_oneof![Just(0x80u8), Just(0xff), Just(0x00), Just(0x01), Just(0x7f)], 0..16)
    ) {
        if let Ok((_, len)) = decode_u64(&input) {
            prop_assert!(len <= MAX_LEN_U64 && len <= input.len());
        }
        if let Ok((_, len)) = decode_u32(&input) {
            prop_assert!(len <= MAX_LEN_U64 && len <= input.len());
        }
    }
}
