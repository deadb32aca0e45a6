//! The IPv4 header (RFC 791 §3.1) once per implementation.
//!
//! ```text
//!  0                   1                   2                   3
//!  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//! +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//! |Version|  IHL  |   DSCP    |ECN|          Total Length         |
//! |         Identification        |Flags|      Fragment Offset    |
//! |  Time to Live |    Protocol   |         Header Checksum       |
//! |                       Source Address                          |
//! |                    Destination Address                        |
//! +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//! ```
//!
//! Each module has `read_all` (validate, then every field as a [`crate::model::Ipv4`]),
//! `read_ttl_protocol` (validate, then two fields, as cheaply as the implementation
//! allows) and `encode` (from the implementation's own value type into the front of a
//! buffer); `wire` has two of each, for views and for owned values.

/// Bytes in a header without options.
pub const SIZE: usize = 20;

/// The hand-written baseline: a zerocopy struct of byte-order types, bit fields by mask.
pub mod baseline_zerocopy {
    use super::SIZE;
    use crate::error::{check_width, HandError};
    use crate::model::Ipv4;
    use zerocopy::byteorder::{BigEndian, U16};
    use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

    /// The header as laid out on the wire; the bit fields share bytes with their
    /// neighbours, so they are kept as the whole byte or word and masked on access.
    #[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned)]
    #[repr(C)]
    pub struct Ipv4Raw {
        version_ihl: u8,
        dscp_ecn: u8,
        total_len: U16<BigEndian>,
        identification: U16<BigEndian>,
        flags_fragment_offset: U16<BigEndian>,
        ttl: u8,
        protocol: u8,
        checksum: U16<BigEndian>,
        src: [u8; 4],
        dst: [u8; 4],
    }

    // The layout above must be the 20 bytes of RFC 791, or every figure is meaningless.
    const _: () = assert!(core::mem::size_of::<Ipv4Raw>() == SIZE);

    impl Ipv4Raw {
        /// The header in `bytes`, which must be exactly one header long.
        #[inline]
        pub fn view(bytes: &[u8]) -> Result<&Ipv4Raw, HandError> {
            Ipv4Raw::ref_from_bytes(bytes).map_err(|_| HandError::Length {
                needed: SIZE,
                available: bytes.len(),
            })
        }
        #[inline]
        pub fn version(&self) -> u8 {
            self.version_ihl >> 4
        }
        #[inline]
        pub fn ihl(&self) -> u8 {
            self.version_ihl & 0x0f
        }
        #[inline]
        pub fn dscp(&self) -> u8 {
            self.dscp_ecn >> 2
        }
        #[inline]
        pub fn ecn(&self) -> u8 {
            self.dscp_ecn & 0x03
        }
        #[inline]
        pub fn total_len(&self) -> u16 {
            self.total_len.get()
        }
        #[inline]
        pub fn identification(&self) -> u16 {
            self.identification.get()
        }
        #[inline]
        pub fn flags(&self) -> u8 {
            // The top 3 bits of a 16-bit word always fit a byte.
            (self.flags_fragment_offset.get() >> 13) as u8
        }
        #[inline]
        pub fn fragment_offset(&self) -> u16 {
            self.flags_fragment_offset.get() & 0x1fff
        }
        #[inline]
        pub fn ttl(&self) -> u8 {
            self.ttl
        }
        #[inline]
        pub fn protocol(&self) -> u8 {
            self.protocol
        }
        #[inline]
        pub fn checksum(&self) -> u16 {
            self.checksum.get()
        }
        #[inline]
        pub fn src(&self) -> [u8; 4] {
            self.src
        }
        #[inline]
        pub fn dst(&self) -> [u8; 4] {
            self.dst
        }
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> Result<Ipv4, HandError> {
        let h = Ipv4Raw::view(bytes)?;
        Ok(Ipv4 {
            version: h.version(),
            ihl: h.ihl(),
            dscp: h.dscp(),
            ecn: h.ecn(),
            total_len: h.total_len(),
            identification: h.identification(),
            flags: h.flags(),
            fragment_offset: h.fragment_offset(),
            ttl: h.ttl(),
            protocol: h.protocol(),
            checksum: h.checksum(),
            src: h.src(),
            dst: h.dst(),
        })
    }

    /// Time to live and protocol.
    #[inline]
    pub fn read_ttl_protocol(bytes: &[u8]) -> Result<(u8, u8), HandError> {
        let h = Ipv4Raw::view(bytes)?;
        Ok((h.ttl(), h.protocol()))
    }

    /// Writes `value` at the front of `buf`; bit fields are range-checked.
    #[inline]
    pub fn encode(value: &Ipv4, buf: &mut [u8]) -> Result<usize, HandError> {
        check_width("version", value.version.into(), 4)?;
        check_width("ihl", value.ihl.into(), 4)?;
        check_width("dscp", value.dscp.into(), 6)?;
        check_width("ecn", value.ecn.into(), 2)?;
        check_width("flags", value.flags.into(), 3)?;
        check_width("fragment_offset", value.fragment_offset.into(), 13)?;
        let raw = Ipv4Raw {
            version_ihl: value.version << 4 | value.ihl,
            dscp_ecn: value.dscp << 2 | value.ecn,
            total_len: U16::new(value.total_len),
            identification: U16::new(value.identification),
            flags_fragment_offset: U16::new(u16::from(value.flags) << 13 | value.fragment_offset),
            ttl: value.ttl,
            protocol: value.protocol,
            checksum: U16::new(value.checksum),
            src: value.src,
            dst: value.dst,
        };
        raw.write_to_prefix(buf).map_err(|_| HandError::Length {
            needed: SIZE,
            available: buf.len(),
        })?;
        Ok(SIZE)
    }
}

/// Hand-written slicing with `from_be_bytes`, no helper crate.
pub mod from_be_bytes {
    use super::SIZE;
    use crate::error::{check_width, HandError};
    use crate::model::Ipv4;

    #[inline]
    fn header(bytes: &[u8]) -> Result<&[u8; SIZE], HandError> {
        bytes.try_into().map_err(|_| HandError::Length {
            needed: SIZE,
            available: bytes.len(),
        })
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> Result<Ipv4, HandError> {
        let b = header(bytes)?;
        Ok(Ipv4 {
            version: b[0] >> 4,
            ihl: b[0] & 0x0f,
            dscp: b[1] >> 2,
            ecn: b[1] & 0x03,
            total_len: u16::from_be_bytes([b[2], b[3]]),
            identification: u16::from_be_bytes([b[4], b[5]]),
            flags: b[6] >> 5,
            fragment_offset: u16::from_be_bytes([b[6] & 0x1f, b[7]]),
            ttl: b[8],
            protocol: b[9],
            checksum: u16::from_be_bytes([b[10], b[11]]),
            src: [b[12], b[13], b[14], b[15]],
            dst: [b[16], b[17], b[18], b[19]],
        })
    }

    /// Time to live and protocol.
    #[inline]
    pub fn read_ttl_protocol(bytes: &[u8]) -> Result<(u8, u8), HandError> {
        let b = header(bytes)?;
        Ok((b[8], b[9]))
    }

    /// Writes `value` at the front of `buf`; bit fields are range-checked.
    #[inline]
    pub fn encode(value: &Ipv4, buf: &mut [u8]) -> Result<usize, HandError> {
        let available = buf.len();
        let out: &mut [u8; SIZE] = buf
            .get_mut(..SIZE)
            .and_then(|front| front.try_into().ok())
            .ok_or(HandError::Length {
                needed: SIZE,
                available,
            })?;
        check_width("version", value.version.into(), 4)?;
        check_width("ihl", value.ihl.into(), 4)?;
        check_width("dscp", value.dscp.into(), 6)?;
        check_width("ecn", value.ecn.into(), 2)?;
        check_width("flags", value.flags.into(), 3)?;
        check_width("fragment_offset", value.fragment_offset.into(), 13)?;
        out[0] = value.version << 4 | value.ihl;
        out[1] = value.dscp << 2 | value.ecn;
        out[2..4].copy_from_slice(&value.total_len.to_be_bytes());
        out[4..6].copy_from_slice(&value.identification.to_be_bytes());
        out[6..8]
            .copy_from_slice(&(u16::from(value.flags) << 13 | value.fragment_offset).to_be_bytes());
        out[8] = value.ttl;
        out[9] = value.protocol;
        out[10..12].copy_from_slice(&value.checksum.to_be_bytes());
        out[12..16].copy_from_slice(&value.src);
        out[16..20].copy_from_slice(&value.dst);
        Ok(SIZE)
    }
}

/// binrw 0.15. binrw has no bit fields of its own; the documented way to get them
/// without another crate is a `temp` field holding the shared byte or word, read once
/// and split with `calc`, and rebuilt with `calc` when writing. Ranges are checked by a
/// struct-level `assert` before writing, as the other encoders do.
pub mod binrw {
    use super::SIZE;
    use crate::model;
    use ::binrw::io::Cursor;
    use ::binrw::{binrw, BinRead, BinResult, BinWrite};

    /// The header with binrw's derive.
    #[binrw]
    #[brw(big)]
    #[bw(assert(
        *version < 1 << 4
            && *ihl < 1 << 4
            && *dscp < 1 << 6
            && *ecn < 1 << 2
            && *flags < 1 << 3
            && *fragment_offset < 1 << 13,
        "bit field out of range"
    ))]
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Ipv4Header {
        #[br(temp)]
        #[bw(calc = *version << 4 | *ihl)]
        version_ihl: u8,
        #[br(calc = version_ihl >> 4)]
        #[bw(ignore)]
        pub version: u8,
        #[br(calc = version_ihl & 0x0f)]
        #[bw(ignore)]
        pub ihl: u8,
        #[br(temp)]
        #[bw(calc = *dscp << 2 | *ecn)]
        dscp_ecn: u8,
        #[br(calc = dscp_ecn >> 2)]
        #[bw(ignore)]
        pub dscp: u8,
        #[br(calc = dscp_ecn & 0x03)]
        #[bw(ignore)]
        pub ecn: u8,
        pub total_len: u16,
        pub identification: u16,
        #[br(temp)]
        #[bw(calc = u16::from(*flags) << 13 | *fragment_offset)]
        flags_fragment_offset: u16,
        // The top 3 bits of a 16-bit word always fit a byte.
        #[br(calc = (flags_fragment_offset >> 13) as u8)]
        #[bw(ignore)]
        pub flags: u8,
        #[br(calc = flags_fragment_offset & 0x1fff)]
        #[bw(ignore)]
        pub fragment_offset: u16,
        pub ttl: u8,
        pub protocol: u8,
        pub checksum: u16,
        pub src: [u8; 4],
        pub dst: [u8; 4],
    }

    /// The whole header: binrw has no lazy access, so a read is always a full parse.
    #[inline]
    pub fn decode(bytes: &[u8]) -> BinResult<Ipv4Header> {
        // binrw reads from a stream and would ignore trailing bytes; check the length
        // as every other implementation does.
        if bytes.len() != SIZE {
            return Err(std::io::Error::from(std::io::ErrorKind::InvalidData).into());
        }
        Ipv4Header::read(&mut Cursor::new(bytes))
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> BinResult<model::Ipv4> {
        decode(bytes).map(Into::into)
    }

    /// Time to live and protocol.
    #[inline]
    pub fn read_ttl_protocol(bytes: &[u8]) -> BinResult<(u8, u8)> {
        decode(bytes).map(|h| (h.ttl, h.protocol))
    }

    /// Writes `value` at the front of `buf`.
    #[inline]
    pub fn encode(value: &Ipv4Header, buf: &mut [u8]) -> BinResult<usize> {
        let mut cursor = Cursor::new(buf);
        value.write(&mut cursor)?;
        // Position within a slice always fits usize.
        Ok(cursor.position() as usize)
    }

    impl From<model::Ipv4> for Ipv4Header {
        fn from(m: model::Ipv4) -> Self {
            Ipv4Header {
                version: m.version,
                ihl: m.ihl,
                dscp: m.dscp,
                ecn: m.ecn,
                total_len: m.total_len,
                identification: m.identification,
                flags: m.flags,
                fragment_offset: m.fragment_offset,
                ttl: m.ttl,
                protocol: m.protocol,
                checksum: m.checksum,
                src: m.src,
                dst: m.dst,
            }
        }
    }

    impl From<Ipv4Header> for model::Ipv4 {
        #[inline(always)]
        fn from(h: Ipv4Header) -> Self {
            model::Ipv4 {
                version: h.version,
                ihl: h.ihl,
                dscp: h.dscp,
                ecn: h.ecn,
                total_len: h.total_len,
                identification: h.identification,
                flags: h.flags,
                fragment_offset: h.fragment_offset,
                ttl: h.ttl,
                protocol: h.protocol,
                checksum: h.checksum,
                src: h.src,
                dst: h.dst,
            }
        }
    }
}

/// deku 0.20, whose `bits` attribute gives bit fields directly.
pub mod deku {
    use super::SIZE;
    use crate::model;
    use ::deku::prelude::*;

    /// The header with deku's derive.
    #[derive(DekuRead, DekuWrite, Debug, Clone, Copy, PartialEq, Eq)]
    #[deku(endian = "big")]
    pub struct Ipv4Header {
        #[deku(bits = 4)]
        pub version: u8,
        #[deku(bits = 4)]
        pub ihl: u8,
        #[deku(bits = 6)]
        pub dscp: u8,
        #[deku(bits = 2)]
        pub ecn: u8,
        pub total_len: u16,
        pub identification: u16,
        #[deku(bits = 3)]
        pub flags: u8,
        #[deku(bits = 13)]
        pub fragment_offset: u16,
        pub ttl: u8,
        pub protocol: u8,
        pub checksum: u16,
        pub src: [u8; 4],
        pub dst: [u8; 4],
    }

    /// The whole header: deku has no lazy access, so a read is always a full parse.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<Ipv4Header, DekuError> {
        // `from_bytes` returns the rest instead of refusing it; check the length as
        // every other implementation does.
        if bytes.len() != SIZE {
            return Err(DekuError::Io(::deku::no_std_io::ErrorKind::InvalidData));
        }
        Ipv4Header::from_bytes((bytes, 0)).map(|(_, header)| header)
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> Result<model::Ipv4, DekuError> {
        decode(bytes).map(Into::into)
    }

    /// Time to live and protocol.
    #[inline]
    pub fn read_ttl_protocol(bytes: &[u8]) -> Result<(u8, u8), DekuError> {
        decode(bytes).map(|h| (h.ttl, h.protocol))
    }

    /// Writes `value` at the front of `buf`.
    #[inline]
    pub fn encode(value: &Ipv4Header, buf: &mut [u8]) -> Result<usize, DekuError> {
        value.to_slice(buf)
    }

    impl From<model::Ipv4> for Ipv4Header {
        fn from(m: model::Ipv4) -> Self {
            Ipv4Header {
                version: m.version,
                ihl: m.ihl,
                dscp: m.dscp,
                ecn: m.ecn,
                total_len: m.total_len,
                identification: m.identification,
                flags: m.flags,
                fragment_offset: m.fragment_offset,
                ttl: m.ttl,
                protocol: m.protocol,
                checksum: m.checksum,
                src: m.src,
                dst: m.dst,
            }
        }
    }

    impl From<Ipv4Header> for model::Ipv4 {
        #[inline(always)]
        fn from(h: Ipv4Header) -> Self {
            model::Ipv4 {
                version: h.version,
                ihl: h.ihl,
                dscp: h.dscp,
                ecn: h.ecn,
                total_len: h.total_len,
                identification: h.identification,
                flags: h.flags,
                fragment_offset: h.fragment_offset,
                ttl: h.ttl,
                protocol: h.protocol,
                checksum: h.checksum,
                src: h.src,
                dst: h.dst,
            }
        }
    }
}

/// deku 0.20 without its bit fields: deku 0.20 reads a `bits = N` field through a bit
/// slice padded to the container one bit at a time (deku#665), so this variant, like
/// binrw's, reads the shared byte or word whole and splits it by mask. Encoding takes
/// the model, range-checks the bit fields and packs them, as the hand-written encoders do.
pub mod deku_no_bits {
    use super::SIZE;
    use crate::error::check_width;
    use crate::model::Ipv4;
    use ::deku::prelude::*;

    /// The header with whole bytes and words where the bit fields are.
    #[derive(DekuRead, DekuWrite, Debug, Clone, Copy, PartialEq, Eq)]
    #[deku(endian = "big")]
    pub struct Ipv4Raw {
        pub version_ihl: u8,
        pub dscp_ecn: u8,
        pub total_len: u16,
        pub identification: u16,
        pub flags_fragment_offset: u16,
        pub ttl: u8,
        pub protocol: u8,
        pub checksum: u16,
        pub src: [u8; 4],
        pub dst: [u8; 4],
    }

    /// The whole header: deku has no lazy access, so a read is always a full parse.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<Ipv4Raw, DekuError> {
        // `from_bytes` returns the rest instead of refusing it; check the length as
        // every other implementation does.
        if bytes.len() != SIZE {
            return Err(DekuError::Io(::deku::no_std_io::ErrorKind::InvalidData));
        }
        Ipv4Raw::from_bytes((bytes, 0)).map(|(_, header)| header)
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> Result<Ipv4, DekuError> {
        let h = decode(bytes)?;
        Ok(Ipv4 {
            version: h.version_ihl >> 4,
            ihl: h.version_ihl & 0x0f,
            dscp: h.dscp_ecn >> 2,
            ecn: h.dscp_ecn & 0x03,
            total_len: h.total_len,
            identification: h.identification,
            // The top 3 bits of a 16-bit word always fit a byte.
            flags: (h.flags_fragment_offset >> 13) as u8,
            fragment_offset: h.flags_fragment_offset & 0x1fff,
            ttl: h.ttl,
            protocol: h.protocol,
            checksum: h.checksum,
            src: h.src,
            dst: h.dst,
        })
    }

    /// Time to live and protocol.
    #[inline]
    pub fn read_ttl_protocol(bytes: &[u8]) -> Result<(u8, u8), DekuError> {
        decode(bytes).map(|h| (h.ttl, h.protocol))
    }

    /// Writes `value` at the front of `buf`; bit fields are range-checked.
    #[inline]
    pub fn encode(value: &Ipv4, buf: &mut [u8]) -> Result<usize, DekuError> {
        let out_of_range = |_| DekuError::Assertion("bit field out of range".into());
        check_width("version", value.version.into(), 4).map_err(out_of_range)?;
        check_width("ihl", value.ihl.into(), 4).map_err(out_of_range)?;
        check_width("dscp", value.dscp.into(), 6).map_err(out_of_range)?;
        check_width("ecn", value.ecn.into(), 2).map_err(out_of_range)?;
        check_width("flags", value.flags.into(), 3).map_err(out_of_range)?;
        check_width("fragment_offset", value.fragment_offset.into(), 13).map_err(out_of_range)?;
        Ipv4Raw {
            version_ihl: value.version << 4 | value.ihl,
            dscp_ecn: value.dscp << 2 | value.ecn,
            total_len: value.total_len,
            identification: value.identification,
            flags_fragment_offset: u16::from(value.flags) << 13 | value.fragment_offset,
            ttl: value.ttl,
            protocol: value.protocol,
            checksum: value.checksum,
            src: value.src,
            dst: value.dst,
        }
        .to_slice(buf)
    }
}

/// `#[derive(Wire)]`: views and owned values.
pub mod wire {
    use crate::model::Ipv4;
    use crate::wire_types::Ipv4Header;
    use ::wire::prelude::*;
    use ::wire::{DecodeError, EncodeError};

    /// Every field, read in place through a view.
    #[inline]
    pub fn read_all_view(bytes: &[u8]) -> Result<Ipv4, DecodeError> {
        let h = Ipv4Header::view(bytes)?;
        Ok(Ipv4 {
            version: h.version(),
            ihl: h.ihl(),
            dscp: h.dscp(),
            ecn: h.ecn(),
            total_len: h.total_len(),
            identification: h.identification(),
            flags: h.flags(),
            fragment_offset: h.fragment_offset(),
            ttl: h.ttl(),
            protocol: h.protocol(),
            checksum: h.checksum(),
            src: h.src(),
            dst: h.dst(),
        })
    }

    /// Every field, through an owned value.
    #[inline]
    pub fn read_all_decode(bytes: &[u8]) -> Result<Ipv4, DecodeError> {
        Ipv4Header::decode(bytes).map(Into::into)
    }

    /// Time to live and protocol through a view.
    #[inline]
    pub fn read_ttl_protocol_view(bytes: &[u8]) -> Result<(u8, u8), DecodeError> {
        let h = Ipv4Header::view(bytes)?;
        Ok((h.ttl(), h.protocol()))
    }

    /// Time to live and protocol through an owned value.
    #[inline]
    pub fn read_ttl_protocol_decode(bytes: &[u8]) -> Result<(u8, u8), DecodeError> {
        Ipv4Header::decode(bytes).map(|h| (h.ttl, h.protocol))
    }

    /// Writes `value` with `Encode::encode`.
    #[inline]
    pub fn encode(value: &Ipv4Header, buf: &mut [u8]) -> Result<usize, EncodeError> {
        value.encode(buf)
    }

    /// Writes `value` field by field through a mutable view over the front of `buf`.
    #[inline]
    pub fn encode_view_mut(value: &Ipv4Header, buf: &mut [u8]) -> Result<usize, EncodeError> {
        let available = buf.len();
        let out = buf
            .get_mut(..Ipv4Header::SIZE)
            .ok_or(EncodeError::BufferTooSmall {
                needed: Ipv4Header::SIZE,
                available,
            })?;
        // `out` is exactly SIZE bytes long, the only thing `view_mut` checks.
        let Ok(mut h) = Ipv4Header::view_mut(out) else {
            return Err(EncodeError::BufferTooSmall {
                needed: Ipv4Header::SIZE,
                available,
            });
        };
        h.set_version(value.version)?;
        h.set_ihl(value.ihl)?;
        h.set_dscp(value.dscp)?;
        h.set_ecn(value.ecn)?;
        h.set_total_len(value.total_len);
        h.set_identification(value.identification);
        h.set_flags(value.flags)?;
        h.set_fragment_offset(value.fragment_offset)?;
        h.set_ttl(value.ttl);
        h.set_protocol(value.protocol);
        h.set_checksum(value.checksum);
        h.set_src(value.src);
        h.set_dst(value.dst);
        Ok(Ipv4Header::SIZE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Ipv4, IPV4_BYTES, IPV4_SAMPLE};
    use crate::wire_types::Ipv4Header;

    /// An encoder from the model, its error as text so that all fit one table.
    type Encoder = fn(&Ipv4, &mut [u8]) -> Result<usize, String>;
    /// A reader, its error as text so that all fit one table.
    type Reader<T> = fn(&[u8]) -> Result<T, String>;

    /// Every implementation's encoder, from the model.
    fn encoders() -> Vec<(&'static str, Encoder)> {
        vec![
            ("baseline_zerocopy", |v, buf| {
                baseline_zerocopy::encode(v, buf).map_err(|e| e.to_string())
            }),
            ("from_be_bytes", |v, buf| {
                from_be_bytes::encode(v, buf).map_err(|e| e.to_string())
            }),
            ("binrw", |v, buf| {
                binrw::encode(&(*v).into(), buf).map_err(|e| e.to_string())
            }),
            ("deku", |v, buf| {
                deku::encode(&(*v).into(), buf).map_err(|e| e.to_string())
            }),
            ("deku_no_bits", |v, buf| {
                deku_no_bits::encode(v, buf).map_err(|e| e.to_string())
            }),
            ("wire_encode", |v, buf| {
                wire::encode(&(*v).into(), buf).map_err(|e| e.to_string())
            }),
            ("wire_view_mut", |v, buf| {
                wire::encode_view_mut(&(*v).into(), buf).map_err(|e| e.to_string())
            }),
        ]
    }

    /// Every implementation's `read_all`.
    fn readers() -> Vec<(&'static str, Reader<Ipv4>)> {
        vec![
            ("baseline_zerocopy", |b| {
                baseline_zerocopy::read_all(b).map_err(|e| e.to_string())
            }),
            ("from_be_bytes", |b| {
                from_be_bytes::read_all(b).map_err(|e| e.to_string())
            }),
            ("binrw", |b| binrw::read_all(b).map_err(|e| e.to_string())),
            ("deku", |b| deku::read_all(b).map_err(|e| e.to_string())),
            ("deku_no_bits", |b| {
                deku_no_bits::read_all(b).map_err(|e| e.to_string())
            }),
            ("wire_view", |b| {
                wire::read_all_view(b).map_err(|e| e.to_string())
            }),
            ("wire_decode", |b| {
                wire::read_all_decode(b).map_err(|e| e.to_string())
            }),
        ]
    }

    /// Every implementation's `read_ttl_protocol`.
    fn two_field_readers() -> Vec<(&'static str, Reader<(u8, u8)>)> {
        vec![
            ("baseline_zerocopy", |b| {
                baseline_zerocopy::read_ttl_protocol(b).map_err(|e| e.to_string())
            }),
            ("from_be_bytes", |b| {
                from_be_bytes::read_ttl_protocol(b).map_err(|e| e.to_string())
            }),
            ("binrw", |b| {
                binrw::read_ttl_protocol(b).map_err(|e| e.to_string())
            }),
            ("deku", |b| {
                deku::read_ttl_protocol(b).map_err(|e| e.to_string())
            }),
            ("deku_no_bits", |b| {
                deku_no_bits::read_ttl_protocol(b).map_err(|e| e.to_string())
            }),
            ("wire_view", |b| {
                wire::read_ttl_protocol_view(b).map_err(|e| e.to_string())
            }),
            ("wire_decode", |b| {
                wire::read_ttl_protocol_decode(b).map_err(|e| e.to_string())
            }),
        ]
    }

    #[test]
    fn every_reader_decodes_the_benchmark_input_to_the_sample() {
        for (name, read) in readers() {
            assert_eq!(read(&IPV4_BYTES), Ok(IPV4_SAMPLE), "{name}");
        }
        for (name, read) in two_field_readers() {
            assert_eq!(read(&IPV4_BYTES), Ok((64, 17)), "{name}");
        }
    }

    #[test]
    fn every_encoder_writes_the_benchmark_input_from_the_sample() {
        for (name, encode) in encoders() {
            let mut buf = [0u8; SIZE];
            assert_eq!(encode(&IPV4_SAMPLE, &mut buf), Ok(SIZE), "{name}");
            assert_eq!(buf, IPV4_BYTES, "{name}");
        }
    }

    #[test]
    fn all_agree_on_odd_bit_patterns_both_ways() {
        let mut expected = [0u8; SIZE];
        from_be_bytes::encode(&Ipv4::ODD_BITS, &mut expected).unwrap();
        for (name, encode) in encoders() {
            // A dirty buffer: an encoder must set every bit, not rely on zeros.
            let mut buf = [0xffu8; SIZE];
            assert_eq!(encode(&Ipv4::ODD_BITS, &mut buf), Ok(SIZE), "{name}");
            assert_eq!(buf, expected, "{name}");
        }
        for (name, read) in readers() {
            assert_eq!(read(&expected), Ok(Ipv4::ODD_BITS), "{name}");
        }
    }

    #[test]
    fn all_read_every_bit_field_at_its_maximum() {
        let bytes = [0xffu8; SIZE];
        for (name, read) in readers() {
            let h = read(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(
                (h.version, h.ihl, h.dscp, h.ecn, h.flags, h.fragment_offset),
                (15, 15, 63, 3, 7, 0x1fff),
                "{name}"
            );
        }
    }

    #[test]
    fn all_refuse_a_wrong_length() {
        for len in [0, SIZE - 1, SIZE + 1] {
            let bytes = vec![0x45u8; len];
            for (name, read) in readers() {
                assert!(read(&bytes).is_err(), "{name} accepted {len} bytes");
            }
            for (name, read) in two_field_readers() {
                assert!(read(&bytes).is_err(), "{name} accepted {len} bytes");
            }
        }
    }

    #[test]
    fn all_refuse_a_short_buffer_and_accept_a_long_one() {
        for (name, encode) in encoders() {
            let mut short = [0u8; SIZE - 1];
            assert!(encode(&IPV4_SAMPLE, &mut short).is_err(), "{name}");
            let mut long = [0u8; SIZE + 3];
            assert_eq!(encode(&IPV4_SAMPLE, &mut long), Ok(SIZE), "{name}");
            assert_eq!(long[..SIZE], IPV4_BYTES, "{name}");
        }
    }

    #[test]
    fn all_refuse_every_bit_field_out_of_range() {
        let out_of_range = [
            Ipv4 {
                version: 16,
                ..IPV4_SAMPLE
            },
            Ipv4 {
                ihl: 16,
                ..IPV4_SAMPLE
            },
            Ipv4 {
                dscp: 64,
                ..IPV4_SAMPLE
            },
            Ipv4 {
                ecn: 4,
                ..IPV4_SAMPLE
            },
            Ipv4 {
                flags: 8,
                ..IPV4_SAMPLE
            },
            Ipv4 {
                fragment_offset: 0x2000,
                ..IPV4_SAMPLE
            },
        ];
        for value in out_of_range {
            for (name, encode) in encoders() {
                let mut buf = [0u8; SIZE];
                assert!(
                    encode(&value, &mut buf).is_err(),
                    "{name} encoded {value:?}"
                );
            }
        }
    }

    #[test]
    fn wire_types_round_trip_through_the_model() {
        let header = Ipv4Header::from(Ipv4::ODD_BITS);
        assert_eq!(Ipv4::from(header), Ipv4::ODD_BITS);
    }
}
