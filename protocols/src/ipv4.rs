//! IPv4 (RFC 791).

use crate::error::{to_u32, LengthField, PacketError};
use crate::options::Options;
use wire::prelude::*;

/// The Protocol field of IPv4 (RFC 791 §3.1), IANA's "Assigned Internet Protocol
/// Numbers": an open registry, so other values are kept as `Unknown`.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum IpProtocol {
    /// ICMP (RFC 792).
    Icmp = 1,
    /// IGMP (RFC 1112).
    Igmp = 2,
    /// TCP (RFC 9293).
    Tcp = 6,
    /// UDP (RFC 768).
    Udp = 17,
    /// IPv6 encapsulation (RFC 2473).
    Ipv6 = 41,
    /// GRE (RFC 2784).
    Gre = 47,
    /// ESP (RFC 4303).
    Esp = 50,
    /// ICMPv6 (RFC 4443).
    Icmpv6 = 58,
    /// SCTP (RFC 9260).
    Sctp = 132,
    /// Any other protocol number.
    #[wire(other)]
    Unknown(u8),
}

impl IpProtocol {
    /// The value on the wire.
    pub const fn value(self) -> u8 {
        match self {
            IpProtocol::Icmp => 1,
            IpProtocol::Igmp => 2,
            IpProtocol::Tcp => 6,
            IpProtocol::Udp => 17,
            IpProtocol::Ipv6 => 41,
            IpProtocol::Gre => 47,
            IpProtocol::Esp => 50,
            IpProtocol::Icmpv6 => 58,
            IpProtocol::Sctp => 132,
            IpProtocol::Unknown(value) => value,
        }
    }
}

/// The fixed 20 bytes of an IPv4 header (RFC 791 §3.1), with the Type of Service byte
/// as DSCP and ECN (RFC 2474 §3, RFC 3168 §5) and the flags as bits.
///
/// The options that follow when `ihl > 5` are not part of this type: [`Ipv4Datagram`]
/// derives the whole datagram, options, data and checksum included.
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::{IpProtocol, Ipv4Header};
///
/// let bytes = [0x45, 0, 0, 0x73, 0, 0, 0x40, 0, 0x40, 0x11, 0xb8, 0x61,
///              192, 168, 0, 1, 192, 168, 0, 199];
/// let ip = Ipv4Header::view(&bytes)?;
/// assert_eq!((ip.ihl(), ip.dont_fragment(), ip.ttl()), (5, true, 64));
/// assert_eq!(ip.protocol(), IpProtocol::Udp);
/// assert_eq!(Ipv4Header::decode(&bytes)?.encode_to_vec(), bytes);
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 20)]
pub struct Ipv4Header {
    /// Version: 4.
    #[wire(bits = 4)]
    pub version: u8,
    /// Internet Header Length, in 32-bit words (5 without options).
    #[wire(bits = 4)]
    pub ihl: u8,
    /// Differentiated Services Code Point (RFC 2474 §3).
    #[wire(bits = 6)]
    pub dscp: u8,
    /// Explicit Congestion Notification (RFC 3168 §5).
    #[wire(bits = 2)]
    pub ecn: u8,
    /// Total Length: header and data, in bytes.
    pub total_len: u16,
    /// Identification, for reassembly.
    pub identification: u16,
    /// The reserved flag bit: zero.
    #[wire(bits = 1)]
    pub reserved: bool,
    /// DF: don't fragment.
    #[wire(bits = 1)]
    pub dont_fragment: bool,
    /// MF: more fragments.
    #[wire(bits = 1)]
    pub more_fragments: bool,
    /// Fragment Offset, in 8-byte units.
    #[wire(bits = 13)]
    pub fragment_offset: u16,
    /// Time to Live.
    pub ttl: u8,
    /// The payload's protocol.
    pub protocol: IpProtocol,
    /// Header Checksum over the header, options included: a fixed view cannot see the
    /// options, so [`Ipv4Datagram`] checks it.
    #[wire(offset = 10)]
    pub checksum: u16,
    /// Source address.
    #[wire(offset = 12)]
    pub src: [u8; 4],
    /// Destination address.
    #[wire(offset = 16)]
    pub dst: [u8; 4],
}

/// A whole IPv4 datagram, derived (RFC 791 §3.1): the fixed header, then the options,
/// `ihl * 4 - 20` bytes, then the data, up to `total_len`; the header checksum covers the
/// fixed header and the options, not the data.
///
/// `encode` writes `ihl` and `total_len` from the lengths of `options` (a multiple of 4:
/// padded by the sender, RFC 791 §3.1) and `payload`, and the checksum after them. A
/// view checks the lengths; `verify_checksum()` checks the checksum. Bytes after
/// `total_len` (Ethernet's padding of short frames) are left to the caller by
/// `view_prefix`. The fields and their meaning are [`Ipv4Header`]'s.
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::{IpProtocol, Ipv4Datagram};
///
/// // 10.0.0.1 -> 10.0.0.2, Router Alert option (RFC 2113), two bytes of UDP-ish data,
/// // then Ethernet padding.
/// let bytes = [0x46, 0, 0, 26, 0x12, 0x34, 0x40, 0, 64, 17, 0x7f, 0x98,
///              10, 0, 0, 1, 10, 0, 0, 2, 0x94, 4, 0, 0, 0xca, 0xfe, 0, 0, 0, 0];
/// let (ip, padding) = Ipv4Datagram::view_prefix(&bytes)?;
/// assert_eq!((ip.options(), ip.payload(), padding.len()), (&[0x94, 4, 0, 0][..], &[0xca, 0xfe][..], 4));
/// assert_eq!(ip.protocol(), IpProtocol::Udp);
/// assert_eq!(ip.verify_checksum(), Ok(()));
/// assert_eq!(Ipv4Datagram::decode(&bytes[..26])?.encode_to_vec(), bytes[..26]);
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Ipv4Datagram<'a> {
    /// Version: 4.
    #[wire(bits = 4)]
    pub version: u8,
    /// Internet Header Length, in 32-bit words: written by `encode`.
    #[wire(bits = 4)]
    pub ihl: u8,
    /// Differentiated Services Code Point (RFC 2474 §3).
    #[wire(bits = 6)]
    pub dscp: u8,
    /// Explicit Congestion Notification (RFC 3168 §5).
    #[wire(bits = 2)]
    pub ecn: u8,
    /// Total Length: header and data, in bytes; written by `encode`.
    pub total_len: u16,
    /// Identification, for reassembly.
    pub identification: u16,
    /// The reserved flag bit: zero.
    #[wire(bits = 1)]
    pub reserved: bool,
    /// DF: don't fragment.
    #[wire(bits = 1)]
    pub dont_fragment: bool,
    /// MF: more fragments.
    #[wire(bits = 1)]
    pub more_fragments: bool,
    /// Fragment Offset, in 8-byte units.
    #[wire(bits = 13)]
    pub fragment_offset: u16,
    /// Time to Live.
    pub ttl: u8,
    /// The payload's protocol.
    pub protocol: IpProtocol,
    /// Header Checksum over the header and its options (RFC 791 §3.1): computed by
    /// `encode`.
    #[wire(checksum = "internet", over = "version..=options")]
    pub checksum: u16,
    /// Source address.
    pub src: [u8; 4],
    /// Destination address.
    pub dst: [u8; 4],
    /// The options, padding included (at most 40 bytes: IHL is 4 bits); parse them
    /// with [`Options::new`].
    #[wire(byte_len = "ihl * 4 - 20", max_len = 40)]
    pub options: &'a [u8],
    /// The data.
    #[wire(byte_len = "total_len - ihl * 4")]
    pub payload: &'a [u8],
}

/// An IPv4 packet taken apart: the fixed header, its options and its payload.
///
/// Built on the derived [`Ipv4Datagram`] view, which applies `ihl` and `total_len`; this
/// type adds the version check and names the length field at fault in its errors.
///
/// ```
/// use wire_protocols::{HeaderOption, IpProtocol, Ipv4Packet};
///
/// // 10.0.0.1 -> 10.0.0.2, Router Alert option (RFC 2113), two bytes of data, then
/// // Ethernet padding, which `parse` leaves out.
/// let bytes = [0x46, 0, 0, 26, 0x12, 0x34, 0x40, 0, 64, 17, 0x7f, 0x98,
///              10, 0, 0, 1, 10, 0, 0, 2, 0x94, 4, 0, 0, 0xca, 0xfe, 0, 0, 0, 0];
/// let ip = Ipv4Packet::parse(&bytes)?;
/// assert_eq!((ip.header.protocol(), ip.payload), (IpProtocol::Udp, &[0xca, 0xfe][..]));
/// let options: Vec<_> = ip.options().collect::<Result<_, _>>()?;
/// assert_eq!(options, [HeaderOption { kind: 0x94, data: &[0, 0] }]);
/// assert!(ip.checksum_ok());
/// # Ok::<(), wire_protocols::PacketError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Ipv4Packet<'a> {
    /// The fixed 20 bytes.
    pub header: Ipv4HeaderView<&'a [u8]>,
    /// The options: `ihl * 4 - 20` bytes, padding included; see [`Ipv4Packet::options`].
    pub options: &'a [u8],
    /// The data: up to `total_len`. Bytes after it (Ethernet padding) are left out.
    pub payload: &'a [u8],
    datagram: Ipv4DatagramView<'a>,
}

impl<'a> Ipv4Packet<'a> {
    /// Takes an IPv4 packet apart: [`Ipv4Datagram::view_prefix`] after a check of the
    /// version.
    ///
    /// # Errors
    ///
    /// [`PacketError::Decode`] when the fixed header is cut short, [`PacketError::Version`]
    /// for another version, [`PacketError::LengthTooSmall`] when `ihl` is below 5 or
    /// `total_len` below the header length, [`PacketError::LengthExceedsInput`] when the
    /// input ends before `ihl` (the header with its options) or `total_len`.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, PacketError> {
        // The fixed header first: a cut header or another version makes the lengths
        // meaningless, and is reported as such.
        let (header, _) =
            Ipv4Header::view_prefix(bytes).map_err(|e| PacketError::decode("IPv4 header", 0, e))?;
        if header.version() != 4 {
            return Err(PacketError::Version {
                offset: 0,
                value: header.version(),
            });
        }
        let (datagram, _padding) = Ipv4Datagram::view_prefix(bytes).map_err(|error| {
            // RFC 791 §3.1: IHL counts 32-bit words, at least 5; Total Length counts
            // bytes, the header's included.
            let header_len = u32::from(header.ihl()) * 4;
            let ihl = LengthField {
                field: "ihl",
                offset: 0,
                value: header_len,
                min: to_u32(Ipv4Header::SIZE),
                bounds: "options",
            };
            let total_len = LengthField {
                field: "total_len",
                offset: 2,
                value: u32::from(header.total_len()),
                min: header_len,
                bounds: "payload",
            };
            ihl.blame(&error, bytes.len())
                .or_else(|| total_len.blame(&error, bytes.len()))
                .unwrap_or_else(|| PacketError::decode("IPv4 datagram", 0, error))
        })?;
        Ok(Self {
            header,
            options: datagram.options(),
            payload: datagram.payload(),
            datagram,
        })
    }

    /// The whole header, options included: what the header checksum covers.
    pub fn header_bytes(&self) -> &'a [u8] {
        &self.datagram.as_bytes()[..Ipv4Header::SIZE + self.options.len()]
    }

    /// The options, parsed (RFC 791 §3.1).
    pub fn options(&self) -> Options<'a> {
        Options::new(self.options, Ipv4Header::SIZE)
    }

    /// Whether the header checksum matches the header and its options (RFC 791 §3.1):
    /// the derived [`Ipv4Datagram`]'s `verify_checksum()`.
    pub fn checksum_ok(&self) -> bool {
        self.datagram.verify_checksum().is_ok()
    }
}
