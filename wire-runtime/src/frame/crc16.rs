//! CRC-16/IBM-3740, the header check of [`WireHeader`](super::WireHeader).
//!
//! Parameters as Greg Cook's "Catalogue of parametrised CRC algorithms" lists them
//! (alias CRC-16/CCITT-FALSE): width 16, poly 0x1021, init 0xFFFF, refin false, refout
//! false, xorout 0x0000, check 0x29B1 (the CRC of the ASCII bytes `123456789`). The
//! polynomial is x^16 + x^12 + x^5 + 1, the one ITU-T G.7041 (GFP) uses for the header
//! error check of its length-delimited frames; Python computes the same CRC with
//! `binascii.crc_hqx(data, 0xFFFF)`.

/// The byte-at-a-time table: the CRC register after shifting a byte through it.
const TABLE: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = (i as u16) << 8;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
};

/// The CRC-16/IBM-3740 of `bytes`: the header check of a
/// [`WireHeader`](super::WireHeader) is this CRC of its first 14 bytes.
///
/// ```
/// use wire::frame::{crc16_ibm_3740, FrameHeader, FrameMeta, FrameEncoder, WireHeader};
///
/// // The catalogue's check value.
/// assert_eq!(crc16_ibm_3740(b"123456789"), 0x29B1);
///
/// let mut encoder = FrameEncoder::<WireHeader>::new();
/// let header = encoder.prepare(FrameMeta::new(1), b"payload")?.header();
/// assert_eq!(crc16_ibm_3740(&header[..14]).to_be_bytes(), header[14..16]);
/// # Ok::<(), wire::frame::FrameError>(())
/// ```
pub fn crc16_ibm_3740(bytes: &[u8]) -> u16 {
    // A header's bytes take the table-per-position path.
    if bytes.len() == COVERED {
        return header_check(bytes);
    }
    bytes.iter().fold(0xFFFF, |crc, &byte| step(crc, byte))
}

#[inline]
const fn step(crc: u16, byte: u8) -> u16 {
    (crc << 8) ^ TABLE[((crc >> 8) as u8 ^ byte) as usize]
}

/// Bytes the header check covers: the 14 bytes of a `WireHeader` before it.
pub(crate) const COVERED: usize = 14;

/// The CRC of `COVERED` zero bytes: the part of every header's CRC that does not depend
/// on its bytes (the effect of the initial value).
const ZEROS: u16 = {
    let mut crc = 0xFFFF;
    let mut i = 0;
    while i < COVERED {
        crc = step(crc, 0);
        i += 1;
    }
    crc
};

/// `BY_POSITION[i][b]`: what byte `b` at position `i` of a `COVERED`-byte message adds
/// to its CRC. A CRC is linear over GF(2), so the CRC of a fixed-length message is
/// `ZEROS` xor one entry per byte; the 14 lookups do not depend on each other, where the
/// byte-at-a-time loop is a chain of 14 (7 KiB of tables against about 30 ns a header).
const BY_POSITION: [[u16; 256]; COVERED] = {
    let mut tables = [[0u16; 256]; COVERED];
    let mut b = 0;
    while b < 256 {
        // Byte `b` last, with a zero register: the plain table entry; every earlier
        // position shifts one more zero byte through the register.
        let mut crc = TABLE[b];
        let mut i = COVERED;
        while i > 0 {
            i -= 1;
            tables[i][b] = crc;
            crc = step(crc, 0);
        }
        b += 1;
    }
    tables
};

/// The CRC-16/IBM-3740 of `covered`, which is `COVERED` bytes long (a header's first
/// bytes); the same as [`crc16_ibm_3740`] of them.
#[inline]
pub(crate) fn header_check(covered: &[u8]) -> u16 {
    debug_assert_eq!(covered.len(), COVERED);
    covered
        .iter()
        .zip(&BY_POSITION)
        .fold(ZEROS, |crc, (&byte, table)| crc ^ table[usize::from(byte)])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bit by bit, from the catalogue's parameters: independent of both tables.
    fn reference(bytes: &[u8]) -> u16 {
        let mut crc = 0xFFFFu16;
        for &byte in bytes {
            crc ^= u16::from(byte) << 8;
            for _ in 0..8 {
                crc = if crc & 0x8000 != 0 {
                    (crc << 1) ^ 0x1021
                } else {
                    crc << 1
                };
            }
        }
        crc
    }

    #[test]
    fn check_value_matches_the_catalogue() {
        assert_eq!(reference(b"123456789"), 0x29B1);
        assert_eq!(crc16_ibm_3740(b"123456789"), 0x29B1);
        assert_eq!(crc16_ibm_3740(b""), 0xFFFF);
    }

    #[test]
    fn the_fixed_length_form_agrees_with_the_reference() {
        // xorshift64 inputs, plus the all-zero and all-one headers.
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut inputs = vec![[0u8; COVERED], [0xFF; COVERED]];
        for _ in 0..2000 {
            let mut bytes = [0u8; COVERED];
            for byte in &mut bytes {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *byte = state as u8;
            }
            inputs.push(bytes);
        }
        for bytes in inputs {
            assert_eq!(header_check(&bytes[..]), reference(&bytes), "{bytes:02x?}");
            assert_eq!(crc16_ibm_3740(&bytes[..13]), reference(&bytes[..13]));
        }
    }

    /// The syndrome of every single-bit error in a 16-byte header (the 14 covered bytes,
    /// then the 2 of the check): what it changes the covered bytes' CRC by, xor what it
    /// changes the carried check by. Both are linear, so an error pattern goes unnoticed
    /// exactly when the xor of its bits' syndromes is 0.
    fn syndromes() -> Vec<u16> {
        (0..16 * 8)
            .map(|bit| {
                let mut error = [0u8; 16];
                error[bit / 8] = 0x80 >> (bit % 8);
                header_check(&error[..COVERED]) ^ ZEROS ^ u16::from_be_bytes([error[14], error[15]])
            })
            .collect()
    }

    #[test]
    fn every_error_of_up_to_three_bits_is_detected() {
        let s = syndromes();
        for a in 0..s.len() {
            assert_ne!(s[a], 0, "bit {a}");
            for b in a + 1..s.len() {
                assert_ne!(s[a] ^ s[b], 0, "bits {a}, {b}");
                for c in b + 1..s.len() {
                    assert_ne!(s[a] ^ s[b] ^ s[c], 0, "bits {a}, {b}, {c}");
                }
            }
        }
    }

    #[test]
    fn every_damaged_byte_and_every_burst_of_up_to_16_bits_is_detected() {
        let s = syndromes();
        for byte in 0..16 {
            for mask in 1..=255u8 {
                let syndrome = (0..8)
                    .filter(|bit| mask & (0x80 >> bit) != 0)
                    .fold(0, |acc, bit| acc ^ s[byte * 8 + bit]);
                assert_ne!(syndrome, 0, "byte {byte} xor {mask:#04x}");
            }
        }
        // A burst of `len` bits: its first and last bit flipped, any of those between. The
        // patterns between are walked in Gray-code order, one bit changing per step.
        for len in 2..=16 {
            for start in 0..=s.len() - len {
                let inner = &s[start + 1..start + len - 1];
                let mut syndrome = s[start] ^ s[start + len - 1];
                assert_ne!(syndrome, 0);
                for step in 1..1u32 << inner.len() {
                    syndrome ^= inner[step.trailing_zeros() as usize];
                    assert_ne!(syndrome, 0, "burst of {len} bits at bit {start}");
                }
            }
        }
    }
}
