//! UDP (RFC 768).

use crate::checksum::udp_checksum;
use crate::error::{to_u32, LengthField, PacketError};
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
/// assert!(udp.has_checksum() && udp.checksum_ok([192, 0, 2, 1], [192, 0, 2, 2]));
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
    /// Whether the sender computed a checksum: RFC 768 reserves zero for "none".
    pub fn has_checksum(&self) -> bool {
        self.checksum() != 0
    }

    /// Whether the checksum matches, for a datagram sent from `src` to `dst`; `true`
    /// when there is none ([`UdpPacketView::has_checksum`]), as there is nothing to
    /// check.
    pub fn checksum_ok(&self, src: [u8; 4], dst: [u8; 4]) -> bool {
        !self.has_checksum() || udp_checksum(src, dst, self.as_bytes()) == self.checksum()
    }
}

/// A UDP datagram taken apart: header and data, bounded by the header's `length`.
///
/// Built on the derived [`UdpPacket`] view, which applies `length`; this type names
/// `length` in its errors where the view names the data it bounds.
///
/// ```
/// use wire_protocols::{PacketError, UdpDatagram};
///
/// // UDP 40000 -> 9999 carrying "hi", from 192.0.2.1 to 192.0.2.2 (scapy's bytes).
/// let bytes = [0x9c, 0x40, 0x27, 0x0f, 0, 10, 0x50, 0x1d, b'h', b'i'];
/// let udp = UdpDatagram::parse(&bytes)?;
/// assert_eq!((udp.header.dst_port(), udp.payload), (9999, &b"hi"[..]));
/// assert!(udp.checksum_ok([192, 0, 2, 1], [192, 0, 2, 2]));
/// assert_eq!(
///     UdpDatagram::parse(&bytes[..9]).unwrap_err(),
///     PacketError::LengthExceedsInput { field: "length", offset: 4, value: 10, available: 9 }
/// );
/// # Ok::<(), PacketError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct UdpDatagram<'a> {
    /// The header.
    pub header: UdpHeaderView<&'a [u8]>,
    /// The data: `length - 8` bytes.
    pub payload: &'a [u8],
    packet: UdpPacketView<'a>,
}

impl<'a> UdpDatagram<'a> {
    /// Takes a datagram apart: [`UdpPacket::view_prefix`], bytes after `length` left out.
    ///
    /// # Errors
    ///
    /// [`PacketError::Decode`] when the header is cut short,
    /// [`PacketError::LengthTooSmall`] when `length` is below 8,
    /// [`PacketError::LengthExceedsInput`] when it exceeds the input.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, PacketError> {
        let (header, _) =
            UdpHeader::view_prefix(bytes).map_err(|e| PacketError::decode("UDP header", 0, e))?;
        let (packet, _) = UdpPacket::view_prefix(bytes).map_err(|error| {
            // RFC 768: Length counts the header and the data.
            let length = LengthField {
                field: "length",
                offset: 4,
                value: u32::from(header.length()),
                min: to_u32(UdpHeader::SIZE),
                bounds: "payload",
            };
            length
                .blame(&error, bytes.len())
                .unwrap_or_else(|| PacketError::decode("UDP datagram", 0, error))
        })?;
        Ok(Self {
            header,
            payload: packet.payload(),
            packet,
        })
    }

    /// The header and data.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.packet.as_bytes()
    }

    /// Whether the sender computed a checksum: RFC 768 reserves zero for "none".
    pub fn has_checksum(&self) -> bool {
        self.packet.has_checksum()
    }

    /// Whether the checksum matches, for a datagram sent from `src` to `dst`; `true`
    /// when there is none ([`UdpDatagram::has_checksum`]), as there is nothing to check.
    pub fn checksum_ok(&self, src: [u8; 4], dst: [u8; 4]) -> bool {
        self.packet.checksum_ok(src, dst)
    }
}
