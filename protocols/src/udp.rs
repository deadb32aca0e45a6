//! UDP (RFC 768).

use crate::checksum::udp_checksum;
use crate::error::{to_u32, PacketError};
use wire::prelude::*;

/// A UDP header (RFC 768, "Format").
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::UdpHeader;
///
/// let header = UdpHeader { src_port: 53, dst_port: 53535, length: 8, checksum: 0 };
/// assert_eq!(header.encode_to_vec(), [0, 53, 0xd1, 0x1f, 0, 8, 0, 0]);
/// ```
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 8)]
pub struct UdpHeader {
    /// Source Port.
    pub src_port: u16,
    /// Destination Port.
    pub dst_port: u16,
    /// Length of header and data, in bytes.
    #[wire(offset = 4)]
    pub length: u16,
    /// Checksum over the pseudo-header, header and data; zero when the sender computed
    /// none (see [`crate::checksum`]).
    #[wire(offset = 6)]
    pub checksum: u16,
}

/// A whole UDP datagram, derived (RFC 768): the header, then `length - 8` bytes of data.
///
/// `encode` writes `length` from the data. The checksum covers the IPv4 pseudo-header
/// (RFC 768), which is not in these bytes: it is checked by hand,
/// [`UdpPacketView::checksum_ok`], and written by [`crate::checksum::udp_checksum`].
/// Bytes after `length` are left to the caller by `view_prefix`.
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::UdpPacket;
///
/// // UDP 40000 -> 9999 carrying "hi", from 192.0.2.1 to 192.0.2.2 (scapy's bytes).
/// let bytes = [0x9c, 0x40, 0x27, 0x0f, 0, 10, 0x50, 0x1d, b'h', b'i'];
/// let udp = UdpPacket::view(&bytes)?;
/// assert_eq!((udp.src_port(), udp.payload()), (40000, &b"hi"[..]));
/// assert!(udp.checksum_ok([192, 0, 2, 1], [192, 0, 2, 2]));
/// let owned = UdpPacket { length: 0, ..UdpPacket::decode(&bytes)? };
/// assert_eq!(owned.encode_to_vec(), bytes);
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct UdpPacket<'a> {
    /// Source Port.
    pub src_port: u16,
    /// Destination Port.
    pub dst_port: u16,
    /// Length of header and data, in bytes: written by `encode`.
    pub length: u16,
    /// Checksum over the pseudo-header, header and data; zero when the sender computed
    /// none.
    pub checksum: u16,
    /// The data.
    #[wire(byte_len = "length - 8")]
    pub payload: &'a [u8],
}

impl UdpPacketView<'_> {
    /// Whether the checksum matches, for a datagram sent from `src` to `dst`; `true`
    /// when there is none (zero, RFC 768), as there is nothing to check.
    pub fn checksum_ok(&self, src: [u8; 4], dst: [u8; 4]) -> bool {
        self.checksum() == 0 || udp_checksum(src, dst, self.as_bytes()) == self.checksum()
    }
}

/// A UDP datagram taken apart: header and data, bounded by the header's `length`.
#[derive(Debug, Clone, Copy)]
pub struct UdpDatagram<'a> {
    /// The header.
    pub header: UdpHeaderView<&'a [u8]>,
    /// The data: `length - 8` bytes.
    pub payload: &'a [u8],
    datagram: &'a [u8],
}

impl<'a> UdpDatagram<'a> {
    /// Takes a datagram apart, applying `length` by hand.
    ///
    /// # Errors
    ///
    /// [`PacketError::Decode`] when the header is cut short,
    /// [`PacketError::LengthTooSmall`] when `length` is below 8,
    /// [`PacketError::LengthExceedsInput`] when it exceeds the input.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, PacketError> {
        let (header, _) =
            UdpHeader::view_prefix(bytes).map_err(|e| PacketError::decode("UDP header", 0, e))?;
        let length = usize::from(header.length());
        if length < UdpHeader::SIZE {
            return Err(PacketError::LengthTooSmall {
                field: "length",
                offset: 4,
                value: to_u32(length),
                min: to_u32(UdpHeader::SIZE),
            });
        }
        if length > bytes.len() {
            return Err(PacketError::LengthExceedsInput {
                field: "length",
                offset: 4,
                value: to_u32(length),
                available: to_u32(bytes.len()),
            });
        }
        Ok(Self {
            header,
            payload: &bytes[UdpHeader::SIZE..length],
            datagram: &bytes[..length],
        })
    }

    /// The header and data.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.datagram
    }

    /// Whether the sender computed a checksum: RFC 768 reserves zero for "none".
    pub fn has_checksum(&self) -> bool {
        self.header.checksum() != 0
    }

    /// Whether the checksum matches, for a datagram sent from `src` to `dst`; `true`
    /// when there is none ([`UdpDatagram::has_checksum`]), as there is nothing to check.
    pub fn checksum_ok(&self, src: [u8; 4], dst: [u8; 4]) -> bool {
        !self.has_checksum() || udp_checksum(src, dst, self.datagram) == self.header.checksum()
    }
}
