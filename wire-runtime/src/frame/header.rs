//! Header layouts: the [`FrameHeader`] trait and the built-in headers.

use super::{crc16, FrameError, FrameMeta, HeaderError};
use crate::error::EncodeError;
use crate::Encode;
use wire_derive::Wire;

/// The frame-level flags a header can carry.
///
/// Only [`WireHeader`] has room for them; other layouts report [`FrameFlags::NONE`].
///
/// ```
/// use wire::frame::FrameFlags;
///
/// let flags = FrameFlags::CHECKSUM | FrameFlags::COMPRESSED;
/// assert!(flags.contains(FrameFlags::CHECKSUM));
/// assert_eq!(flags.bits(), 0b11);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct FrameFlags(u8);

impl FrameFlags {
    /// No flag set.
    pub const NONE: FrameFlags = FrameFlags(0);
    /// Bit 0: the header carries a CRC32C over the header and the payload.
    pub const CHECKSUM: FrameFlags = FrameFlags(1);
    /// Bit 1: the payload is lz4-compressed (see `FrameEncoder::with_compression`, feature `compression`).
    pub const COMPRESSED: FrameFlags = FrameFlags(2);
    /// Every bit this version knows; a header with any other bit set is implausible.
    pub const KNOWN: FrameFlags = FrameFlags(0b11);

    /// The flags from their wire byte, unknown bits included.
    pub const fn from_bits(bits: u8) -> Self {
        FrameFlags(bits)
    }

    /// The wire byte.
    pub const fn bits(self) -> u8 {
        self.0
    }

    /// Whether every bit of `other` is set in `self`.
    pub const fn contains(self, other: FrameFlags) -> bool {
        self.0 & other.0 == other.0
    }

    /// `self` with the bits of `other` set or cleared.
    #[must_use]
    pub const fn set(self, other: FrameFlags, on: bool) -> Self {
        if on {
            FrameFlags(self.0 | other.0)
        } else {
            FrameFlags(self.0 & !other.0)
        }
    }
}

impl core::ops::BitOr for FrameFlags {
    type Output = FrameFlags;
    fn bitor(self, rhs: FrameFlags) -> FrameFlags {
        FrameFlags(self.0 | rhs.0)
    }
}

/// A frame header layout: what comes before each payload on the wire.
///
/// An implementation is a small value type (usually `Copy`) read from and written to
/// exactly [`LEN`](FrameHeader::LEN) bytes. The decoder reads a header, checks the
/// declared [`payload_len`](FrameHeader::payload_len) against its `max_frame_len`
/// *before* buffering the payload, verifies the [`checksum`](FrameHeader::checksum) if
/// there is one, and hands the header out with the payload.
///
/// Only [`LEN`](FrameHeader::LEN), [`read`](FrameHeader::read),
/// [`write`](FrameHeader::write), [`payload_len`](FrameHeader::payload_len) and
/// [`for_payload`](FrameHeader::for_payload) are required; a layout with a message type,
/// version, flags or checksum overrides the methods that report them.
///
/// # Example: SoupBinTCP
///
/// A SoupBinTCP packet (SoupBinTCP 4.1, "Logical Packets") starts with a big-endian
/// `u16` length that counts the packet type byte and the payload, then the type byte.
/// With a `#[derive(Wire)]` struct the impl is a few lines; here it is written out by
/// hand:
///
/// ```
/// use wire::frame::{FrameDecoder, FrameEncoder, FrameError, FrameFlags, FrameHeader, FrameMeta, HeaderError};
/// use wire::EncodeError;
///
/// #[derive(Debug, Clone, Copy)]
/// struct Soup { len: u16, kind: u8 }
///
/// impl FrameHeader for Soup {
///     const LEN: usize = 3;
///
///     fn read(bytes: &[u8]) -> Result<Self, HeaderError> {
///         let len = u16::from_be_bytes([bytes[0], bytes[1]]);
///         // The length counts the type byte, so 0 cannot be a packet.
///         if len == 0 {
///             return Err(HeaderError::Invalid { field: "len", value: 0 });
///         }
///         Ok(Soup { len, kind: bytes[2] })
///     }
///
///     fn write(&self, out: &mut [u8]) {
///         out[..2].copy_from_slice(&self.len.to_be_bytes());
///         out[2] = self.kind;
///     }
///
///     fn payload_len(&self) -> u64 {
///         u64::from(self.len) - 1
///     }
///
///     fn for_payload(len: usize, meta: FrameMeta, flags: FrameFlags) -> Result<Self, FrameError> {
///         if flags != FrameFlags::NONE {
///             return Err(FrameError::Unsupported { feature: "checksum or compression" });
///         }
///         let len = u16::try_from(len + 1).map_err(|_| EncodeError::LengthExceedsMax {
///             field: "len", len: len as u64 + 1, max: u16::MAX.into(),
///         })?;
///         let kind = u8::try_from(meta.msg_type).map_err(|_| EncodeError::ValueOutOfRange {
///             field: "kind", offset: 2, value: meta.msg_type.into(), bits: 8, signed: false,
///         })?;
///         Ok(Soup { len, kind })
///     }
///
///     fn msg_type(&self) -> Option<u16> {
///         Some(self.kind.into())
///     }
/// }
///
/// // A client heartbeat ('R', no payload) and a sequenced data packet ('S').
/// let mut stream = Vec::new();
/// let mut encoder = FrameEncoder::<Soup>::new();
/// encoder.append(FrameMeta::new(b'R'.into()), b"", &mut stream)?;
/// encoder.append(FrameMeta::new(b'S'.into()), b"A\x00\x01", &mut stream)?;
/// assert_eq!(stream, b"\x00\x01R\x00\x04SA\x00\x01");
///
/// let mut decoder = FrameDecoder::<Soup>::new();
/// decoder.push(&stream);
/// let heartbeat = decoder.next_frame()?.unwrap();
/// assert_eq!((heartbeat.header().kind, heartbeat.payload()), (b'R', &b""[..]));
/// let data = decoder.next_frame()?.unwrap();
/// assert_eq!((data.msg_type(), data.payload()), (Some(u16::from(b'S')), &b"A\x00\x01"[..]));
/// # Ok::<(), FrameError>(())
/// ```
pub trait FrameHeader: Sized {
    /// Bytes in the header on the wire.
    const LEN: usize;

    /// How many bytes from the start of the header the checksum covers, followed by the
    /// payload. Only read for frames whose [`checksum`](FrameHeader::checksum) is `Some`;
    /// it must not include the checksum field itself.
    const CHECKSUM_COVERS: usize = 0;

    /// Reads a header from exactly [`LEN`](FrameHeader::LEN) bytes.
    ///
    /// Returns an error for bytes that cannot be a header (a wrong sync word, reserved
    /// bits set, a length that cannot be); the decoder relies on this to tell damage from
    /// data. It does not check the length against `max_frame_len`; the decoder does.
    fn read(bytes: &[u8]) -> Result<Self, HeaderError>;

    /// Writes the header into exactly [`LEN`](FrameHeader::LEN) bytes.
    fn write(&self, out: &mut [u8]);

    /// Writes at least the bytes the frame checksum covers
    /// (`out[..CHECKSUM_COVERS]`): the encoder calls it before the checksum is known,
    /// then [`write`](FrameHeader::write) once the checksum is set. The default writes the
    /// whole header; a layout whose `write` does more work (a check over the header)
    /// writes only the covered bytes.
    #[inline]
    fn write_covered(&self, out: &mut [u8]) {
        self.write(out);
    }

    /// The payload length the header declares, in bytes on the wire (after the header).
    fn payload_len(&self) -> u64;

    /// A header for a payload of `payload_len` bytes.
    ///
    /// Fails with [`FrameError::Encode`] when the length does not fit the length field or
    /// a `meta` value does not fit its field, and with [`FrameError::Unsupported`] when
    /// `flags` asks for something the layout cannot carry. With
    /// [`FrameFlags::CHECKSUM`] the checksum is filled in afterwards by
    /// [`set_checksum`](FrameHeader::set_checksum).
    fn for_payload(
        payload_len: usize,
        meta: FrameMeta,
        flags: FrameFlags,
    ) -> Result<Self, FrameError>;

    /// The message type, if the layout has one.
    fn msg_type(&self) -> Option<u16> {
        None
    }

    /// The message version, if the layout has one.
    fn version(&self) -> Option<u8> {
        None
    }

    /// The frame-level flags; [`FrameFlags::NONE`] for layouts without them.
    fn flags(&self) -> FrameFlags {
        FrameFlags::NONE
    }

    /// The CRC32C the frame carries, if it carries one.
    fn checksum(&self) -> Option<u32> {
        None
    }

    /// Stores the CRC32C computed by the encoder. Layouts without a checksum ignore it.
    fn set_checksum(&mut self, crc: u32) {
        let _ = crc;
    }

    /// Whether `bytes` (exactly [`LEN`](FrameHeader::LEN) of them) could start a frame of
    /// at most `max_payload_len` bytes: the test the decoder applies at every offset
    /// while it hunts for the next frame after damage.
    ///
    /// The default reads the header and checks the length; override it when a cheaper
    /// test exists (a sync word compare).
    fn is_plausible(bytes: &[u8], max_payload_len: u64) -> bool {
        Self::read(bytes).is_ok_and(|header| header.payload_len() <= max_payload_len)
    }
}

/// The default frame header: 16 bytes with a sync word, message type, version, flags,
/// payload length, an optional CRC32C of the frame and a CRC-16 of the header itself.
///
/// | offset | size | field | meaning |
/// |---|---|---|---|
/// | 0 | 2 | sync | always `0xF5 0xC5` ([`WireHeader::SYNC`]) |
/// | 2 | 2 | msg_type | message type, big-endian |
/// | 4 | 1 | version | message version |
/// | 5 | 1 | flags | bit 0: CRC32C present; bit 1: payload lz4-compressed; bits 2–7: reserved, zero |
/// | 6 | 4 | payload_len | payload bytes after the header, big-endian |
/// | 10 | 4 | crc | with bit 0: CRC32C (Castagnoli) of bytes 0..10 followed by the payload, big-endian; without it: zero |
/// | 14 | 2 | header_crc | CRC-16/IBM-3740 of bytes 0..14, big-endian; always present |
///
/// ```text
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          sync 0xF5C5          |            msg_type           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |     flags     |     payload_len (bits 31-16)  |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   payload_len (bits 15-0)     |        crc (bits 31-16)       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |        crc (bits 15-0)        |           header_crc          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// ```
///
/// The CRC field is always there, so the header has one size and a decoder reads it
/// without a branch; it costs 4 bytes per frame when unused. Every integer is
/// big-endian, network byte order.
///
/// A compressed payload (flag bit 1) is the decompressed length as a big-endian `u32`
/// followed by one lz4 block; `payload_len` counts both.
///
/// Why a header check: the CRC32C covers the payload, so it can only be verified once
/// the whole frame has arrived, and the decoder finds the frame's end from
/// `payload_len`. A damaged length that grew would make the decoder wait for bytes that
/// are really the next frames, for as long as it takes them to arrive. The header CRC
/// is verified as soon as the 16 header bytes are in, so a damaged length, type,
/// version, flags or CRC field is refused at once, the decoder resynchronises, and the
/// frames after it come out as they arrive (ITU-T G.7041, GFP, guards its length field
/// the same way, with the same polynomial). The CRC-16 detects every error of up to 16
/// consecutive bits (so any damage within one byte), every error of 1, 2 or 3 bits and
/// every odd number of bits; of other damage, all but about 1 in 65 536. Parameters, as
/// Greg Cook's "Catalogue of parametrised CRC algorithms" lists them: width 16, poly
/// 0x1021, init 0xFFFF, no reflection, xorout 0, check 0x29B1
/// ([`crc16_ibm_3740`](super::crc16_ibm_3740); Python's `binascii.crc_hqx(b, 0xFFFF)`).
/// It is computed by the encoder whenever it writes a header; the struct does not hold
/// it.
///
/// Why the sync word is `0xF5C5`: 0xF5 never occurs in UTF-8 (RFC 3629, section 1), so
/// text never looks like a header; neither byte is 0x00 or 0xFF, the usual fill of
/// zeroed or erased memory; and the two bytes differ, so the word does not overlap
/// itself shifted by one byte and a one-byte slip never reads as a sync word. The
/// 14-byte layout without the header CRC used `0xF5C3`; the sync word changed with the
/// layout, so a decoder of either layout refuses the other's frames at the first header
/// instead of misreading them.
///
/// ```
/// use wire::frame::{FrameFlags, FrameHeader, HeaderError, WireHeader};
///
/// let header = WireHeader { msg_type: 0x0102, version: 3, flags: FrameFlags::NONE, payload_len: 5, crc: 0 };
/// let mut bytes = [0u8; WireHeader::LEN];
/// header.write(&mut bytes);
/// assert_eq!(bytes, [0xf5, 0xc5, 0x01, 0x02, 3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0x96, 0xb7]);
/// assert_eq!(WireHeader::read(&bytes), Ok(header));
///
/// // One flipped bit in the length, and the header is refused from its 16 bytes alone.
/// bytes[7] ^= 0x01;
/// assert!(matches!(WireHeader::read(&bytes), Err(HeaderError::HeaderChecksumMismatch { .. })));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WireHeader {
    /// The message type.
    pub msg_type: u16,
    /// The message version.
    pub version: u8,
    /// The frame-level flags.
    pub flags: FrameFlags,
    /// Payload bytes after the header.
    pub payload_len: u32,
    /// The CRC32C, or zero without [`FrameFlags::CHECKSUM`].
    pub crc: u32,
}

impl WireHeader {
    /// The sync word every [`WireHeader`] starts with, big-endian on the wire.
    pub const SYNC: u16 = 0xF5C5;

    /// The header's fields as the derived layout holds them; the layout writes the sync
    /// word itself, and `header_crc` is filled in by `write`.
    #[inline]
    fn layout(&self) -> WireHeaderLayout {
        WireHeaderLayout {
            sync: Self::SYNC,
            msg_type: self.msg_type,
            version: self.version,
            flags: self.flags.bits(),
            payload_len: self.payload_len,
            crc: self.crc,
            header_crc: 0,
        }
    }

    /// Encodes the header into the front of `out`, `header_crc` zero.
    #[inline]
    fn encode_layout(&self, out: &mut [u8]) {
        // `FrameHeader::write` is given `LEN` bytes, and `WireHeaderLayout`'s integers have
        // no value out of range: encoding cannot fail. A shorter `out` is the caller's bug,
        // and panics as slice indexing would.
        if let Err(err) = self.layout().encode(out) {
            panic!("a frame header is written into {} bytes: {err}", out.len());
        }
    }
}

/// The [`WireHeader`] table above as the derive lays it out: the one place its offsets
/// are written down. `WireHeader` reads its 16 bytes through this struct's view and
/// writes them through its encoder; `WireHeader` itself stays the plain value users
/// build, with [`FrameFlags`] and without the two words the layout owns (the sync word,
/// a constant, and the header CRC, computed on write).
#[derive(Wire)]
#[wire(crate = "crate", endian = "big", size = 16)]
struct WireHeaderLayout {
    /// Always `0xF5C5` ([`WireHeader::SYNC`]).
    // A `magic` field: the view checks its constant and the encoder writes the constant,
    // so the value is never read.
    #[allow(dead_code)]
    #[wire(magic = 0xF5C5)]
    sync: u16,
    /// The message type.
    msg_type: u16,
    /// The message version.
    version: u8,
    /// [`FrameFlags`] bits.
    flags: u8,
    /// Payload bytes after the header.
    payload_len: u32,
    /// The CRC32C of bytes 0..10 and the payload, or zero.
    crc: u32,
    /// The CRC-16/IBM-3740 of the bytes before it.
    header_crc: u16,
}

/// The bytes the header CRC covers: every field before it, the last.
const HEADER_CHECK_COVERS: usize = WireHeaderLayout::SIZE - core::mem::size_of::<u16>();

/// A header whose sync word is wrong, with the word it found (cold: damage only).
#[cold]
fn bad_sync(b: &[u8; WireHeaderLayout::SIZE]) -> HeaderError {
    let [high, low, ..] = *b;
    HeaderError::BadSync {
        found: u16::from_be_bytes([high, low]).into(),
    }
}

impl FrameHeader for WireHeader {
    const LEN: usize = WireHeaderLayout::SIZE;
    const CHECKSUM_COVERS: usize = 10;

    // Always inlined: the decoder reads every frame's header here. Inlined, the header
    // comes back in registers, and the decoder's fast path, which discards the errors,
    // never builds them (about 20 instructions a frame, counted under callgrind).
    #[inline(always)]
    fn read(bytes: &[u8]) -> Result<Self, HeaderError> {
        let Some(b) = bytes.first_chunk::<{ WireHeaderLayout::SIZE }>() else {
            return Err(HeaderError::Invalid {
                field: "header",
                value: bytes.len() as u64,
            });
        };
        // Exactly `SIZE` bytes, so the view's one check is the sync word (`magic`), the
        // comparison this function made by hand before.
        let Ok(view) = WireHeaderLayout::view(b) else {
            return Err(bad_sync(b));
        };
        // Before any other field is believed: a damaged length must not be waited for.
        let carried = view.header_crc();
        let computed = crc16::header_check(&b[..HEADER_CHECK_COVERS]);
        if carried != computed {
            return Err(HeaderError::HeaderChecksumMismatch {
                expected: carried,
                computed,
            });
        }
        let flags = FrameFlags(view.flags());
        if flags.bits() & !FrameFlags::KNOWN.bits() != 0 {
            return Err(HeaderError::Invalid {
                field: "flags",
                value: flags.bits().into(),
            });
        }
        let crc = view.crc();
        // A set CRC field without the flag is not something an encoder writes; refusing it
        // makes a false header found while resynchronising less likely.
        if crc != 0 && !flags.contains(FrameFlags::CHECKSUM) {
            return Err(HeaderError::Invalid {
                field: "crc",
                value: crc.into(),
            });
        }
        Ok(WireHeader {
            msg_type: view.msg_type(),
            version: view.version(),
            flags,
            payload_len: view.payload_len(),
            crc,
        })
    }

    #[inline]
    fn write(&self, out: &mut [u8]) {
        self.encode_layout(out);
        let check = crc16::header_check(&out[..HEADER_CHECK_COVERS]);
        let Ok(mut view) = WireHeaderLayout::view_mut(&mut out[..Self::LEN]) else {
            unreachable!("a slice of `LEN` bytes is a mutable view's length");
        };
        view.set_header_crc(check);
    }

    /// The whole header with `header_crc` zero: the header check covers the CRC32C too,
    /// so it is computed once, by `write`, after the CRC32C is known.
    #[inline]
    fn write_covered(&self, out: &mut [u8]) {
        self.encode_layout(out);
    }

    #[inline]
    fn payload_len(&self) -> u64 {
        self.payload_len.into()
    }

    fn for_payload(
        payload_len: usize,
        meta: FrameMeta,
        flags: FrameFlags,
    ) -> Result<Self, FrameError> {
        let payload_len =
            u32::try_from(payload_len).map_err(|_| EncodeError::LengthExceedsMax {
                field: "payload_len",
                len: payload_len as u64,
                max: u32::MAX,
            })?;
        Ok(WireHeader {
            msg_type: meta.msg_type,
            version: meta.version,
            flags,
            payload_len,
            crc: 0,
        })
    }

    #[inline]
    fn msg_type(&self) -> Option<u16> {
        Some(self.msg_type)
    }

    #[inline]
    fn version(&self) -> Option<u8> {
        Some(self.version)
    }

    #[inline]
    fn flags(&self) -> FrameFlags {
        self.flags
    }

    #[inline]
    fn checksum(&self) -> Option<u32> {
        self.flags
            .contains(FrameFlags::CHECKSUM)
            .then_some(self.crc)
    }

    fn set_checksum(&mut self, crc: u32) {
        self.crc = crc;
    }

    #[inline]
    fn is_plausible(bytes: &[u8], max_payload_len: u64) -> bool {
        // The sync word rules out almost every offset; only then read the rest.
        bytes.starts_with(&Self::SYNC.to_be_bytes())
            && Self::read(bytes).is_ok_and(|header| header.payload_len() <= max_payload_len)
    }
}

macro_rules! length_prefix {
    ($(#[$doc:meta])* $name:ident, $int:ty, $size:literal, $from:ident, $to:ident, $example:expr) => {
        $(#[$doc])*
        ///
        /// The payload length is the whole header: no message type, no flags, no
        /// checksum. Every length is plausible, so resynchronisation can only skip
        /// lengths above `max_frame_len`.
        ///
        /// ```
        #[doc = concat!("use wire::frame::{FrameHeader, ", stringify!($name), "};")]
        ///
        #[doc = concat!("let header = ", stringify!($name), " { payload_len: 5 };")]
        #[doc = concat!("let mut bytes = [0u8; ", stringify!($size), "];")]
        /// header.write(&mut bytes);
        #[doc = concat!("assert_eq!(bytes, ", $example, ");")]
        #[doc = concat!("assert_eq!(", stringify!($name), "::read(&bytes), Ok(header));")]
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name {
            /// Payload bytes after the header.
            pub payload_len: $int,
        }

        impl FrameHeader for $name {
            const LEN: usize = $size;

            #[inline]
            fn read(bytes: &[u8]) -> Result<Self, HeaderError> {
                let Some(b) = bytes.first_chunk::<$size>() else {
                    return Err(HeaderError::Invalid { field: "length", value: bytes.len() as u64 });
                };
                Ok($name { payload_len: <$int>::$from(*b) })
            }

            #[inline]
            fn write(&self, out: &mut [u8]) {
                out[..$size].copy_from_slice(&self.payload_len.$to());
            }

            #[inline]
            fn payload_len(&self) -> u64 {
                self.payload_len.into()
            }

            fn for_payload(payload_len: usize, _meta: FrameMeta, flags: FrameFlags) -> Result<Self, FrameError> {
                if flags != FrameFlags::NONE {
                    return Err(FrameError::Unsupported { feature: "checksum or compressed flag" });
                }
                let payload_len = <$int>::try_from(payload_len).map_err(|_| EncodeError::LengthExceedsMax {
                    field: "length",
                    len: payload_len as u64,
                    max: <$int>::MAX.into(),
                })?;
                Ok($name { payload_len })
            }
        }
    };
}

length_prefix!(
    /// A 2-byte big-endian payload length.
    LenU16Be, u16, 2, from_be_bytes, to_be_bytes, "[0, 5]"
);
length_prefix!(
    /// A 2-byte little-endian payload length.
    LenU16Le, u16, 2, from_le_bytes, to_le_bytes, "[5, 0]"
);
length_prefix!(
    /// A 4-byte big-endian payload length: byte-compatible with tokio-util's
    /// `LengthDelimitedCodec` with its default settings (a 4-byte big-endian length of
    /// the payload alone, no adjustment).
    LenU32Be, u32, 4, from_be_bytes, to_be_bytes, "[0, 0, 0, 5]"
);
length_prefix!(
    /// A 4-byte little-endian payload length.
    LenU32Le, u32, 4, from_le_bytes, to_le_bytes, "[5, 0, 0, 0]"
);

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout's `magic` and [`WireHeader::SYNC`] are one value written twice: the
    /// encoder writes the first, `is_plausible` looks for the second.
    #[test]
    fn layout_magic_is_the_sync_word() {
        let header = WireHeader::for_payload(3, FrameMeta::new(7), FrameFlags::NONE).unwrap();
        let mut bytes = [0u8; WireHeader::LEN];
        header.write(&mut bytes);
        assert_eq!(bytes[..2], WireHeader::SYNC.to_be_bytes());
        assert!(WireHeader::is_plausible(&bytes, 3));
        assert_eq!(WireHeader::read(&bytes), Ok(header));
    }
}
