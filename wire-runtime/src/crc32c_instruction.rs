//! CRC-32C with the CPU's `crc32` instruction (SSE4.2), inline, in builds whose target
//! has it: `-C target-cpu=x86-64-v2` or later, or `-C target-cpu=native` on any x86-64
//! made since 2009.
//!
//! Why at compile time only: safe Rust can call the instruction only where the build
//! guarantees it. Detecting it at run time and then calling a `#[target_feature]`
//! function takes an `unsafe` block of our own; `safe_arch` carries the one `unsafe`
//! this needs, behind the same `#[cfg(target_feature = "sse4.2")]` as this module. On
//! other builds the callers use `crc-fast` (which detects the CPU at run time, at a
//! cost of about 60 instructions a call) or the tables.
//!
//! The instruction computes CRC-32C (Castagnoli, reflected, polynomial 0x1EDC6F41:
//! RFC 3720 §12.1) over its operand's bytes in little-endian order, so the register
//! here is the reflected register of the table-driven code, with no final xor.

/// Inputs up to this many bytes take the instruction here; longer ones go to
/// `crc-fast`, which folds several streams at once with carry-less multiplication, where
/// this loop is one chain of 3-cycle instructions, 8 bytes each. `benches/checksum.rs`
/// built for `x86-64-v2` measured this path faster than `crc-fast` up to 256 bytes in
/// every run and, in a build without the switch, slower from 1 KiB (52 ns against 18 ns,
/// with a loop of one word a turn); see benches/README.md.
pub(crate) const INLINE_MAX: usize = 256;

/// The register after `bytes`, from `register` (the complement of the CRC so far:
/// `!0` before any byte).
#[inline]
pub(crate) fn update(register: u32, mut bytes: &[u8]) -> u32 {
    let mut wide = u64::from(register);
    // 32 bytes a turn, then what is left by the bits of its length: a loop of one word
    // a turn is unrolled by the compiler, and for a 30-byte message that set-up cost
    // more than the words (20 instructions a frame more in the demo's frame path).
    let words = |wide, block: &[u8]| {
        block.chunks_exact(8).fold(wide, |wide, word| {
            let word: [u8; 8] = word.try_into().unwrap_or_default();
            ::safe_arch::crc32_u64(wide, u64::from_le_bytes(word))
        })
    };
    while let Some((block, rest)) = bytes.split_first_chunk::<32>() {
        wide = words(wide, block);
        bytes = rest;
    }
    if let Some((block, rest)) = bytes.split_first_chunk::<16>() {
        wide = words(wide, block);
        bytes = rest;
    }
    if let Some((block, rest)) = bytes.split_first_chunk::<8>() {
        wide = words(wide, block);
        bytes = rest;
    }
    // The instruction's 64-bit form leaves the 32-bit register in the low half.
    let mut register = wide as u32;
    if let Some((word, rest)) = bytes.split_first_chunk::<4>() {
        register = ::safe_arch::crc32_u32(register, u32::from_le_bytes(*word));
        bytes = rest;
    }
    if let Some((half, rest)) = bytes.split_first_chunk::<2>() {
        register = ::safe_arch::crc32_u16(register, u16::from_le_bytes(*half));
        bytes = rest;
    }
    if let Some(&byte) = bytes.first() {
        register = ::safe_arch::crc32_u8(register, byte);
    }
    register
}

#[cfg(test)]
mod tests {
    use super::update;

    /// Against the `crc32c` crate, on every length to 300 and every start within a
    /// word, from the initial register and from another.
    #[test]
    fn agrees_with_the_crc32c_crate_on_every_length_and_alignment() {
        let bytes: [u8; 308] = core::array::from_fn(|i| (i as u8).wrapping_mul(151) ^ 0x3c);
        for start in 0..8 {
            for len in 0..=300 {
                let input = &bytes[start..start + len];
                for crc in [0u32, 0x1234_5678] {
                    assert_eq!(
                        !update(!crc, input),
                        ::crc32c::crc32c_append(crc, input),
                        "start {start}, len {len}, crc {crc:#x}"
                    );
                }
            }
        }
    }

    /// RFC 3720, appendix B.4, and the catalogue's check value.
    #[test]
    fn known_answers() {
        assert_eq!(!update(!0, b"123456789"), 0xE306_9283);
        assert_eq!(!update(!0, &[0; 32]), 0x8A91_36AA);
        assert_eq!(!update(!0, &[0xFF; 32]), 0x62A8_AB43);
    }
}
