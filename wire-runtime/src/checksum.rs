//! Checksums of byte ranges: the Internet checksum (RFC 1071) and four CRCs, the
//! algorithms `#[wire(checksum = "…")]` fields are computed with.
//!
//! Each algorithm has a one-shot function ([`internet`], [`crc16_ccitt`],
//! [`crc16_kermit`], [`crc32`], [`crc32c`]) and an incremental digest ([`Internet`],
//! [`Crc16Ccitt`], [`Crc16Kermit`], [`Crc32`], [`Crc32c`]: `new`, `update`, `finish`)
//! that gives the same result however the input is split into updates. The CRCs are
//! those of Greg Cook's "Catalogue of parametrised CRC algorithms", under the names the
//! schema's [`ChecksumAlgorithm`] gives them.
//!
//! This module owns the arithmetic only: which bytes a checksum covers and where its
//! value is stored is the derived message's business. No allocation, no `unsafe`, no
//! `std`: the CRCs are table-driven, sixteen bytes per step ("slicing-by-16", tables
//! computed at compile time), and the Internet checksum adds eight bytes at a time into
//! a 64-bit accumulator, folding the carries once at the end (RFC 1071 §2(B), §4.1).
//! With the `std` feature (whose `crc-fast` dependency detects CPU features), CRC-32
//! and CRC-32C use the CPU's CRC and carry-less multiply instructions instead, through
//! the implementation the frame layer uses.
//!
//! ```
//! use wire::checksum::{self, Crc32};
//!
//! // The catalogue's check value of CRC-32/ISO-HDLC.
//! assert_eq!(checksum::crc32(b"123456789"), 0xCBF4_3926);
//!
//! let mut digest = Crc32::new();
//! digest.update(b"1234");
//! digest.update(b"56789");
//! assert_eq!(digest.finish(), 0xCBF4_3926);
//! ```

use wire_schema::ChecksumAlgorithm;

/// The Internet checksum (RFC 1071) of `bytes`: the ones' complement of the ones'
/// complement sum of their 16-bit big-endian words, an odd last byte padded with zero.
/// Store it big-endian.
///
/// ```
/// // RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to 0xddf2.
/// let bytes = [0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7];
/// assert_eq!(wire::checksum::internet(&bytes), !0xddf2);
/// ```
#[inline]
pub fn internet(bytes: &[u8]) -> u16 {
    let mut digest = Internet::new();
    digest.update(bytes);
    digest.finish()
}

/// The Internet checksum (RFC 1071), fed in pieces.
///
/// Pieces may have any length: the byte left over from an odd-length piece is carried
/// to the next, so the words are those of the concatenated input. A UDP or TCP checksum
/// covers a pseudo-header first (RFC 768, RFC 9293 §3.1): update with its bytes, then
/// with the segment's.
///
/// ```
/// use wire::checksum::Internet;
///
/// // A UDP datagram over IPv4 (RFC 768): the pseudo-header (source, destination,
/// // zero, protocol 17, UDP length), then the header with its checksum zeroed, then
/// // the data.
/// let pseudo = [192, 0, 2, 1, 198, 51, 100, 2, 0, 17, 0, 10];
/// let udp = [0x04, 0xd2, 0x00, 0x35, 0x00, 0x0a, 0x00, 0x00, b'h', b'i'];
/// let mut digest = Internet::new();
/// digest.update(&pseudo);
/// digest.update(&udp);
/// let sum = digest.finish();
///
/// // With the checksum in place, the sum over the same bytes checks to zero.
/// let mut filled = udp;
/// filled[6..8].copy_from_slice(&sum.to_be_bytes());
/// let mut check = Internet::new();
/// check.update(&pseudo);
/// check.update(&filled);
/// assert_eq!(check.finish(), 0);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Internet {
    /// Ones' complement sum of the words so far, in 64 bits: 2^64 ≡ 1 (mod 2^16 - 1),
    /// so folding it to 16 bits at the end gives the 16-bit sum (RFC 1071 §2(B)).
    sum: u64,
    /// The first byte of a word whose second byte has not arrived yet.
    pending: Option<u8>,
}

impl Internet {
    /// An empty digest.
    pub const fn new() -> Self {
        Internet {
            sum: 0,
            pending: None,
        }
    }

    /// Adds `bytes` after those already added.
    pub fn update(&mut self, mut bytes: &[u8]) {
        if let Some(high) = self.pending.take() {
            let Some((&low, rest)) = bytes.split_first() else {
                self.pending = Some(high);
                return;
            };
            self.add(u64::from(u16::from_be_bytes([high, low])));
            bytes = rest;
        }
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            // A big-endian u64 is four big-endian words side by side.
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_be_bytes(word));
        }
        let mut words = chunks.remainder().chunks_exact(2);
        for pair in &mut words {
            self.add(u64::from(u16::from_be_bytes([pair[0], pair[1]])));
        }
        self.pending = words.remainder().first().copied();
    }

    /// Ones' complement addition: the carry out of bit 63 comes back in at bit 0.
    #[inline(always)]
    fn add(&mut self, value: u64) {
        let (sum, carry) = self.sum.overflowing_add(value);
        self.sum = sum + u64::from(carry);
    }

    /// The ones' complement sum folded to 16 bits (before the final complement).
    fn folded(&self) -> u16 {
        let mut sum = self.sum;
        if let Some(high) = self.pending {
            // RFC 1071 §4.1: an odd last byte is the high byte of a word.
            let (s, carry) = sum.overflowing_add(u64::from(high) << 8);
            sum = s + u64::from(carry);
        }
        sum = (sum >> 32) + (sum & 0xFFFF_FFFF);
        sum = (sum >> 32) + (sum & 0xFFFF_FFFF);
        sum = (sum >> 16) + (sum & 0xFFFF);
        sum = (sum >> 16) + (sum & 0xFFFF);
        sum as u16
    }

    /// The checksum: the complement of the sum. Over bytes that hold their own correct
    /// checksum, it is zero.
    pub fn finish(&self) -> u16 {
        !self.folded()
    }
}

/// Bytes per step of the table-driven CRCs: one lookup per byte in its own table, all
/// sixteen independent of each other ("slicing-by-16", Intel's slicing-by-8 widened, as
/// the `crc` crate's fastest tables; the checksum bench compares the two).
const SLICES: usize = 16;

/// `table[n][b]`: the CRC register's change from byte `b` followed by `n` zero bytes.
type Tables<T> = [[T; 256]; SLICES];

/// The tables of a reflected (least significant bit first) CRC of up to 32 bits.
const fn reflected_tables(poly: u32) -> Tables<u32> {
    let mut table = [[0u32; 256]; SLICES];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ poly
            } else {
                crc >> 1
            };
            bit += 1;
        }
        table[0][i] = crc;
        i += 1;
    }
    let mut n = 1;
    while n < SLICES {
        let mut i = 0;
        while i < 256 {
            let prev = table[n - 1][i];
            table[n][i] = (prev >> 8) ^ table[0][(prev & 0xFF) as usize];
            i += 1;
        }
        n += 1;
    }
    table
}

/// The tables of a 16-bit reflected CRC, in half the memory.
const fn narrow(wide: Tables<u32>) -> Tables<u16> {
    let mut table = [[0u16; 256]; SLICES];
    let mut n = 0;
    while n < SLICES {
        let mut i = 0;
        while i < 256 {
            table[n][i] = wide[n][i] as u16;
            i += 1;
        }
        n += 1;
    }
    table
}

/// The tables of a 16-bit CRC that is not reflected (most significant bit first).
const fn normal16_tables(poly: u16) -> Tables<u16> {
    let mut table = [[0u16; 256]; SLICES];
    let mut i = 0;
    while i < 256 {
        let mut crc = (i as u16) << 8;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ poly
            } else {
                crc << 1
            };
            bit += 1;
        }
        table[0][i] = crc;
        i += 1;
    }
    let mut n = 1;
    while n < SLICES {
        let mut i = 0;
        while i < 256 {
            let prev = table[n - 1][i];
            table[n][i] = (prev << 8) ^ table[0][(prev >> 8) as usize];
            i += 1;
        }
        n += 1;
    }
    table
}

/// One step: the register after the sixteen bytes of `block`, into whose first bytes
/// the register was XORed. Byte `k` goes through the table for the `15 - k` bytes after
/// it. The lookups of the last bytes, which do not depend on the register, come first,
/// so they overlap the previous step; only the last few wait for it. The entries are
/// XORed as u32 whatever their width: 16-bit operations would each merge into a wider
/// register.
#[inline(always)]
fn step16<T: Copy + Into<u32>>(tables: &Tables<T>, block: &[u8; SLICES]) -> u32 {
    let t = |k: usize| -> u32 { tables[SLICES - 1 - k][block[k] as usize].into() };
    t(15)
        ^ t(14)
        ^ t(13)
        ^ t(12)
        ^ t(11)
        ^ t(10)
        ^ t(9)
        ^ t(8)
        ^ t(7)
        ^ t(6)
        ^ t(5)
        ^ t(4)
        ^ t(3)
        ^ t(2)
        ^ t(1)
        ^ t(0)
}

/// Runs a reflected CRC register (of `T`'s width) over `bytes`. The register sits in
/// the low bits: its little-endian bytes meet the first input bytes.
#[inline]
fn reflected_update<T>(tables: &Tables<T>, register: T, bytes: &[u8]) -> T
where
    T: Copy + Into<u32> + TryFrom<u32>,
{
    let width = core::mem::size_of::<T>();
    let mut crc: u32 = register.into();
    let mut chunks = bytes.chunks_exact(SLICES);
    for chunk in &mut chunks {
        let mut block = [0u8; SLICES];
        block.copy_from_slice(chunk);
        let bytes = crc.to_le_bytes();
        for k in 0..width {
            block[k] ^= bytes[k];
        }
        crc = step16(tables, &block);
    }
    for &byte in chunks.remainder() {
        let entry: u32 = tables[0][(crc as u8 ^ byte) as usize].into();
        crc = (crc >> 8) ^ entry;
    }
    // The register never grows past the tables' width.
    T::try_from(crc).unwrap_or(register)
}

/// Runs a 16-bit CRC register that is not reflected over `bytes`: as
/// [`reflected_update`], the register's big-endian bytes meeting the first input bytes.
#[inline]
fn normal16_update(tables: &Tables<u16>, mut crc: u16, bytes: &[u8]) -> u16 {
    let mut chunks = bytes.chunks_exact(SLICES);
    for chunk in &mut chunks {
        let mut block = [0u8; SLICES];
        block.copy_from_slice(chunk);
        let [high, low] = crc.to_be_bytes();
        block[0] ^= high;
        block[1] ^= low;
        // The tables hold 16-bit values.
        crc = step16(tables, &block) as u16;
    }
    for &byte in chunks.remainder() {
        crc = (crc << 8) ^ tables[0][((crc >> 8) as u8 ^ byte) as usize];
    }
    crc
}

/// CRC-16/KERMIT's polynomial 0x1021, reflected; CRC-32's 0x04C11DB7 and CRC-32C's
/// 0x1EDC6F41, reflected; CRC-16/IBM-3740's 0x1021.
static KERMIT_TABLES: Tables<u16> = narrow(reflected_tables(0x8408));
// With `std` the 32-bit CRCs go to crc-fast, and only the tests use these tables.
#[cfg(any(not(feature = "std"), test))]
static CRC32_TABLES: Tables<u32> = reflected_tables(0xEDB8_8320);
#[cfg(any(not(feature = "std"), test))]
static CRC32C_TABLES: Tables<u32> = reflected_tables(0x82F6_3B78);
static CCITT_TABLES: Tables<u16> = normal16_tables(0x1021);

macro_rules! crc_digest {
    (
        $(#[$doc:meta])*
        $name:ident, $one_shot:ident, $ty:ty, init = $init:expr, xorout = $xorout:expr,
        check = $check:literal, update = $update:ident
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug)]
        pub struct $name {
            register: $ty,
        }

        impl $name {
            /// An empty digest.
            pub const fn new() -> Self {
                $name { register: $init }
            }

            /// Adds `bytes` after those already added.
            #[inline]
            pub fn update(&mut self, bytes: &[u8]) {
                self.register = $update(self.register, bytes);
            }

            /// The CRC of everything added so far.
            #[inline]
            pub fn finish(&self) -> $ty {
                self.register ^ $xorout
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        #[doc = concat!("The ", stringify!($name), " digest of `bytes` in one call.")]
        ///
        /// ```
        #[doc = concat!(
            "assert_eq!(wire::checksum::", stringify!($one_shot), "(b\"123456789\"), ",
            stringify!($check), ");"
        )]
        /// ```
        #[inline]
        pub fn $one_shot(bytes: &[u8]) -> $ty {
            let mut digest = $name::new();
            digest.update(bytes);
            digest.finish()
        }
    };
}

crc_digest! {
    /// CRC-16/IBM-3740, also called CRC-16/CCITT-FALSE (`"crc16-ccitt"`): poly 0x1021,
    /// init 0xFFFF, not reflected, no final xor; check 0x29B1.
    Crc16Ccitt, crc16_ccitt, u16, init = 0xFFFF, xorout = 0, check = 0x29B1,
    update = crc16_ccitt_update
}

crc_digest! {
    /// CRC-16/KERMIT, the reflected CCITT CRC (`"crc16-kermit"`): poly 0x1021, init 0,
    /// reflected, no final xor; check 0x2189.
    Crc16Kermit, crc16_kermit, u16, init = 0, xorout = 0, check = 0x2189,
    update = crc16_kermit_update
}

crc_digest! {
    /// CRC-32/ISO-HDLC (`"crc32"`: Ethernet, zlib, PNG): poly 0x04C11DB7, init and final
    /// xor 0xFFFFFFFF, reflected; check 0xCBF43926.
    Crc32, crc32, u32, init = 0xFFFF_FFFF, xorout = 0xFFFF_FFFF, check = 0xCBF4_3926,
    update = crc32_update
}

crc_digest! {
    /// CRC-32/ISCSI, Castagnoli's (`"crc32c"`: iSCSI, SCTP, ext4; RFC 3720 §12.1): poly
    /// 0x1EDC6F41, init and final xor 0xFFFFFFFF, reflected; check 0xE3069283.
    Crc32c, crc32c, u32, init = 0xFFFF_FFFF, xorout = 0xFFFF_FFFF, check = 0xE306_9283,
    update = crc32c_update
}

#[inline]
fn crc16_ccitt_update(register: u16, bytes: &[u8]) -> u16 {
    normal16_update(&CCITT_TABLES, register, bytes)
}

#[inline]
fn crc16_kermit_update(register: u16, bytes: &[u8]) -> u16 {
    reflected_update(&KERMIT_TABLES, register, bytes)
}

/// CRC-32C: with `std`, through the CPU's CRC instructions (the frame layer's
/// implementation: the instruction inline for short inputs in builds that enable
/// SSE4.2, else `crc-fast`), which the checksum bench measured faster than the tables
/// from 38 bytes on; else the tables.
#[inline]
fn crc32c_update(register: u32, bytes: &[u8]) -> u32 {
    #[cfg(feature = "std")]
    {
        // The register is the complement of the CRC so far. From the initial one, the
        // one-shot call, which costs less than extending (measured at 38 bytes).
        if register == !0 {
            return !crate::frame::crc32c(bytes);
        }
        !crate::frame::crc32c_append(!register, bytes)
    }
    #[cfg(not(feature = "std"))]
    reflected_update(&CRC32C_TABLES, register, bytes)
}

/// CRC-32: with `std`, through `crc-fast` (carry-less multiplication where the CPU has
/// it), as CRC-32C; else the tables.
#[inline]
fn crc32_update(register: u32, bytes: &[u8]) -> u32 {
    #[cfg(feature = "std")]
    {
        let algorithm = ::crc_fast::CrcAlgorithm::Crc32IsoHdlc;
        // From the initial register, the one-shot call, as for CRC-32C; its result is
        // 32 bits wide, the complement of the register.
        if register == !0 {
            return !(::crc_fast::checksum(algorithm, bytes) as u32);
        }
        // crc-fast's state is the register before the final xor, as here.
        let mut digest = ::crc_fast::Digest::new_with_init_state(algorithm, u64::from(register));
        digest.update(bytes);
        // A 32-bit CRC: the high half of the u64 is zero.
        !(digest.finalize() as u32)
    }
    #[cfg(not(feature = "std"))]
    reflected_update(&CRC32_TABLES, register, bytes)
}

/// `algorithm` over `bytes[range]`, with the `algorithm.bytes()` bytes at `field` read
/// as zero when they lie in the range: the value a checksum field at `field` holds.
/// Generated code calls it with offsets it has checked; out of bounds it panics.
#[doc(hidden)]
pub fn checksum_with_hole(
    algorithm: ChecksumAlgorithm,
    bytes: &[u8],
    range: core::ops::Range<usize>,
    field: usize,
) -> u32 {
    let covered = &bytes[range.clone()];
    let width = algorithm.bytes();
    if field < range.start || field + width > range.end {
        return one_shot(algorithm, &[covered]);
    }
    let at = field - range.start;
    let zeros = [0u8; 4];
    one_shot(
        algorithm,
        &[&covered[..at], &zeros[..width], &covered[at + width..]],
    )
}

/// Computes the checksum field at `field` (see [`checksum_with_hole`]) and stores it
/// there, little-endian when `little`, else big-endian: what `encode` and a mutable
/// view's `fill_checksum` do for each checksum field.
#[doc(hidden)]
#[inline]
pub fn fill_checksum(
    algorithm: ChecksumAlgorithm,
    bytes: &mut [u8],
    range: core::ops::Range<usize>,
    field: usize,
    little: bool,
) {
    let value = checksum_with_hole(algorithm, bytes, range, field);
    let width = algorithm.bytes();
    let stored = if little {
        value.to_le_bytes()
    } else {
        // The value's low `width` bytes, most significant first.
        (value << (8 * (4 - width))).to_be_bytes()
    };
    bytes[field..field + width].copy_from_slice(&stored[..width]);
}

/// Checks the checksum field `name` at `field`: `ChecksumMismatch` at `offset + field`
/// when it does not hold the checksum of its range.
#[doc(hidden)]
#[inline]
pub fn verify_checksum(
    algorithm: ChecksumAlgorithm,
    bytes: &[u8],
    range: core::ops::Range<usize>,
    field: usize,
    little: bool,
    name: &'static str,
    offset: usize,
) -> Result<(), crate::DecodeError> {
    let expected = checksum_with_hole(algorithm, bytes, range, field);
    let width = algorithm.bytes();
    let mut word = [0u8; 4];
    let found = if little {
        word[..width].copy_from_slice(&bytes[field..field + width]);
        u32::from_le_bytes(word)
    } else {
        word[4 - width..].copy_from_slice(&bytes[field..field + width]);
        u32::from_be_bytes(word)
    };
    if found == expected {
        return Ok(());
    }
    Err(crate::DecodeError::ChecksumMismatch {
        field: name,
        offset: crate::error::saturate(offset + field),
        expected,
        found,
    })
}

/// `algorithm` over the concatenation of `pieces`, widened to u32.
fn one_shot(algorithm: ChecksumAlgorithm, pieces: &[&[u8]]) -> u32 {
    macro_rules! run {
        ($digest:ident) => {{
            let mut digest = $digest::new();
            for piece in pieces {
                digest.update(piece);
            }
            u32::from(digest.finish())
        }};
    }
    match algorithm {
        ChecksumAlgorithm::Internet => run!(Internet),
        ChecksumAlgorithm::Crc16Ccitt => run!(Crc16Ccitt),
        ChecksumAlgorithm::Crc16Kermit => run!(Crc16Kermit),
        ChecksumAlgorithm::Crc32 => run!(Crc32),
        ChecksumAlgorithm::Crc32c => run!(Crc32c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn catalogue_check_values() {
        assert_eq!(crc16_ccitt(b"123456789"), 0x29B1);
        assert_eq!(crc16_kermit(b"123456789"), 0x2189);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32c(b"123456789"), 0xE306_9283);
    }

    /// RFC 3720, appendix B.4.
    #[test]
    fn rfc3720_crc32c_vectors() {
        let ascending: [u8; 32] = core::array::from_fn(|i| i as u8);
        let descending: [u8; 32] = core::array::from_fn(|i| 31 - i as u8);
        assert_eq!(crc32c(&[0; 32]), 0x8A91_36AA);
        assert_eq!(crc32c(&[0xFF; 32]), 0x62A8_AB43);
        assert_eq!(crc32c(&ascending), 0x46DD_794E);
        assert_eq!(crc32c(&descending), 0x113F_DB5C);
    }

    /// RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to 0xddf2.
    #[test]
    fn rfc1071_numeric_example() {
        let bytes = [0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7];
        let mut digest = Internet::new();
        digest.update(&bytes);
        assert_eq!(digest.folded(), 0xddf2);
        assert_eq!(internet(&bytes), 0x220d);
    }

    /// The IPv4 header of the example in Wikipedia's "Internet checksum" article
    /// (`4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7`), from a capture: its
    /// checksum field is 0xb861, and the header with it sums to zero.
    #[test]
    fn real_ipv4_header() {
        let mut header = [
            0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0xb8, 0x61, 0xc0, 0xa8,
            0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7,
        ];
        assert_eq!(internet(&header), 0);
        header[10..12].fill(0);
        assert_eq!(internet(&header), 0xb861);
        let hole = checksum_with_hole(ChecksumAlgorithm::Internet, &header, 0..20, 10);
        assert_eq!(hole, 0xb861);
    }

    #[test]
    fn odd_lengths_pad_with_zero() {
        assert_eq!(internet(&[0x12]), !0x1200);
        assert_eq!(internet(&[]), 0xFFFF);
        let mut digest = Internet::new();
        digest.update(&[0x12]);
        digest.update(&[]);
        digest.update(&[0x34, 0x56]);
        assert_eq!(digest.finish(), !(0x1234 + 0x5600));
    }

    #[test]
    fn carries_wrap_around() {
        // 0xFFFF + 0xFFFF = 0x1FFFE, folded 0xFFFF: the complement is 0.
        assert_eq!(internet(&[0xFF; 4]), 0);
        assert_eq!(internet(&[0xFF; 4096]), 0);
        assert_eq!(internet(&[0x80, 0x00, 0x80, 0x00]), !0x0001);
    }

    #[test]
    fn hole_outside_the_range_is_ignored() {
        let bytes = *b"123456789\0\0";
        assert_eq!(
            checksum_with_hole(ChecksumAlgorithm::Crc16Ccitt, &bytes, 0..9, 9),
            0x29B1
        );
        // A field inside the range is read as zero, whatever it holds.
        let mut with_crc = *b"123456789\0\0\0\0";
        with_crc[9..].copy_from_slice(&[0xAB, 0xCD, 0xEF, 0x01]);
        assert_eq!(
            checksum_with_hole(ChecksumAlgorithm::Crc32c, &with_crc, 0..13, 9),
            crc32c(b"123456789\0\0\0\0")
        );
    }

    /// A bit at a time, straight from the catalogue's parameters: what the tables must
    /// agree with.
    fn bitwise(
        bytes: &[u8],
        width: u32,
        poly: u32,
        init: u32,
        reflected: bool,
        xorout: u32,
    ) -> u32 {
        let top = 1u64 << (width - 1);
        let mask = (1u64 << width) - 1;
        let mut crc = u64::from(init);
        for &byte in bytes {
            let byte = if reflected { byte.reverse_bits() } else { byte };
            for bit in (0..8).rev() {
                let input = u64::from((byte >> bit) & 1);
                let feedback = ((crc & top) != 0) as u64 ^ input;
                crc = (crc << 1) & mask;
                if feedback != 0 {
                    crc ^= u64::from(poly);
                }
            }
        }
        if reflected {
            crc = u64::from((crc as u32).reverse_bits() >> (32 - width));
        }
        (crc as u32) ^ xorout
    }

    proptest! {
        #[test]
        fn tables_agree_with_the_bitwise_definition(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
            prop_assert_eq!(u32::from(crc16_ccitt(&bytes)), bitwise(&bytes, 16, 0x1021, 0xFFFF, false, 0));
            prop_assert_eq!(u32::from(crc16_kermit(&bytes)), bitwise(&bytes, 16, 0x1021, 0, true, 0));
            prop_assert_eq!(crc32(&bytes), bitwise(&bytes, 32, 0x04C1_1DB7, !0, true, !0));
            prop_assert_eq!(crc32c(&bytes), bitwise(&bytes, 32, 0x1EDC_6F41, !0, true, !0));
        }

        /// With `std` the 32-bit CRCs go to crc-fast: the tables (what `no_std` builds
        /// use) are checked here on their own.
        #[test]
        fn crc32_tables_agree_with_the_bitwise_definition(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
            let run = |tables, bytes| !reflected_update(tables, !0, bytes);
            prop_assert_eq!(run(&CRC32_TABLES, &bytes), bitwise(&bytes, 32, 0x04C1_1DB7, !0, true, !0));
            prop_assert_eq!(run(&CRC32C_TABLES, &bytes), bitwise(&bytes, 32, 0x1EDC_6F41, !0, true, !0));
        }

        #[test]
        fn crc32c_agrees_with_the_crc32c_crate(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            prop_assert_eq!(crc32c(&bytes), ::crc32c::crc32c(&bytes));
        }

        #[test]
        fn any_split_gives_the_same_result(
            bytes in proptest::collection::vec(any::<u8>(), 0..300),
            cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..6),
        ) {
            let mut cuts: Vec<usize> = cuts.iter().map(|c| c.index(bytes.len() + 1)).collect();
            cuts.sort_unstable();
            let mut pieces = Vec::new();
            let mut start = 0;
            for cut in cuts.into_iter().chain([bytes.len()]) {
                pieces.push(&bytes[start..cut]);
                start = cut;
            }
            for algorithm in ChecksumAlgorithm::ALL {
                prop_assert_eq!(one_shot(algorithm, &pieces), one_shot(algorithm, &[&bytes]));
            }
        }

        #[test]
        fn internet_matches_word_by_word(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut sum: u32 = 0;
            for pair in bytes.chunks(2) {
                sum += u32::from(u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]));
                sum = (sum & 0xFFFF) + (sum >> 16);
            }
            prop_assert_eq!(internet(&bytes), !(sum as u16));
        }
    }
}
