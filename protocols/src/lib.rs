//! Internet protocol headers described with `wire`'s derive: protocols `wire` did not
//! design, checked in this crate's tests against scapy's encodings and tshark's
//! dissection.
//!
//! Each header is a `#[derive(Wire)]` struct, transcribed from its RFC or IEEE diagram
//! with its size and offsets asserted at compile time. The fixed parts:
//!
//! | type | layout | source |
//! |---|---|---|
//! | [`EthernetII`] | 14 bytes | IEEE 802.3-2018 §3.1.1, EtherType per IEEE 802 |
//! | [`Vlan8021Q`] | 4 bytes after the TPID | IEEE 802.1Q-2018 §9.6 |
//! | [`Arp`] | 28 bytes (Ethernet/IPv4) | RFC 826 |
//! | [`Ipv4Header`] | 20 bytes, then options | RFC 791 §3.1 |
//! | [`UdpHeader`] | 8 bytes | RFC 768 |
//! | [`TcpHeader`] | 20 bytes, then options | RFC 9293 §3.1 |
//! | [`DnsHeader`] | 12 bytes | RFC 1035 §4.1.1, RFC 4035 §3.2 |
//!
//! And the headers with what follows them, whose lengths (and IPv4's checksum) the
//! derive reads, checks and, on `encode`, writes back:
//!
//! | type | derived | source |
//! |---|---|---|
//! | [`Ipv4Datagram`] | options `byte_len = "ihl * 4 - 20"`, data `byte_len = "total_len - ihl * 4"`, header checksum `checksum = "internet", over = "version..=options"` | RFC 791 §3.1 |
//! | [`UdpPacket`] | data `byte_len = "length - 8"` | RFC 768 |
//! | [`TcpFullHeader`] | options `byte_len = "data_offset * 4 - 20"` (the data is what `view_prefix` leaves) | RFC 9293 §3.1 |
//!
//! Each length rule is applied in one place, the derive: the packet types
//! [`Ipv4Packet`], [`UdpDatagram`] and [`TcpSegment`] take a packet apart with the
//! derived view above ([`Ipv4Datagram::view_prefix`], [`UdpPacket::view_prefix`],
//! [`TcpFullHeader::view_prefix`]) and keep its slices. Ethernet's padding of short
//! frames, and anything after UDP's `length`, is what `view_prefix` leaves.
//! [`Ipv4Packet::checksum_ok`] is the derived `verify_checksum()`.
//!
//! What the packet types add, each in one place, and why:
//!
//! - Errors that name the length field at fault. A derived view reports the variable
//!   field a length bounds (`InvalidLength { field: "options", value: -4, .. }` for an
//!   IHL of 4, `Truncated { field: "payload", .. }` for a cut datagram); [`PacketError`]
//!   names the header field that declares the length, where it is and what it declares:
//!   [`PacketError::LengthTooSmall`] for a negative length,
//!   [`PacketError::LengthExceedsInput`] for a cut field (`ihl` when the input ends in
//!   the options, `total_len` when it ends in the data, `length`, `data_offset`).
//! - The IPv4 version check ([`PacketError::Version`]): a `magic` takes its type's full
//!   width, and Version is the 4 bits beside IHL. It is checked before the lengths, which
//!   another version makes meaningless.
//! - The fixed headers' views ([`Ipv4Packet::header`] and the like): the fixed types'
//!   views, which the tests round-trip against scapy field by field.
//!
//! Still by hand, each in one place, and why:
//!
//! - The TCP and UDP checksums ([`checksum`], on `wire::checksum::Internet`): they
//!   cover the IPv4 pseudo-header (RFC 768, RFC 9293 §3.1), which is no range of the
//!   segment's own bytes; [`UdpPacketView::checksum_ok`] and
//!   [`TcpFullHeaderView::checksum_ok`] add it, and the packet types call them.
//! - The option lists ([`Options`]): a tagged union of `End`, `Nop` and TLV structs
//!   would read the known kinds, but its `other` variant keeps the rest of the input,
//!   so an unknown kind would swallow the options after it.
//! - The DNS question ([`DnsQuestion`]): a name may end in a compression pointer
//!   (RFC 1035 §4.1.4), so no `count = "qdcount"` list of a derived element reads it.
//! - VLAN tags ([`EthernetFrame::parse`]): an `if` on the EtherType would need an
//!   integer field where the open [`EtherType`] enum is, and reads one tag: Q-in-Q
//!   stacks them, each tag's EtherType saying whether another follows.
//!
//! ```
//! use wire_protocols::{EthernetFrame, EtherType, IpProtocol, Ipv4Packet, UdpDatagram};
//!
//! // Ethernet, IPv4 (no options), UDP 40000 -> 9999 carrying "hi".
//! let frame: &[u8] = &[
//!     0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0x08, 0x00,
//!     0x45, 0, 0, 30, 0, 1, 0, 0, 64, 17, 0xf6, 0xca, 192, 0, 2, 1, 192, 0, 2, 2,
//!     0x9c, 0x40, 0x27, 0x0f, 0, 10, 0x50, 0x1d, b'h', b'i',
//! ];
//! let eth = EthernetFrame::parse(frame)?;
//! assert_eq!(eth.ethertype, EtherType::Ipv4);
//! let ip = Ipv4Packet::parse(eth.payload)?;
//! assert_eq!(ip.header.protocol(), IpProtocol::Udp);
//! assert!(ip.checksum_ok());
//! let udp = UdpDatagram::parse(ip.payload)?;
//! assert_eq!((udp.header.src_port(), udp.payload), (40000, &b"hi"[..]));
//! assert!(udp.checksum_ok(ip.header.src(), ip.header.dst()));
//! # Ok::<(), wire_protocols::PacketError>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod arp;
pub mod checksum;
mod dns;
mod error;
mod ethernet;
mod ipv4;
mod options;
mod tcp;
mod udp;

pub use arp::{Arp, ArpOperation, ArpView, ArpViewMut, HardwareType};
pub use dns::{DnsHeader, DnsHeaderView, DnsHeaderViewMut, DnsQuestion, DnsQuestionTail};
pub use error::PacketError;
pub use ethernet::{
    EtherType, EthernetFrame, EthernetII, EthernetIIView, EthernetIIViewMut, Vlan8021Q,
    Vlan8021QView, Vlan8021QViewMut,
};
pub use ipv4::{
    IpProtocol, Ipv4Datagram, Ipv4DatagramView, Ipv4Header, Ipv4HeaderView, Ipv4HeaderViewMut,
    Ipv4Packet,
};
pub use options::{HeaderOption, Options};
pub use tcp::{
    TcpFullHeader, TcpFullHeaderView, TcpHeader, TcpHeaderView, TcpHeaderViewMut, TcpSegment,
};
pub use udp::{UdpDatagram, UdpHeader, UdpHeaderView, UdpHeaderViewMut, UdpPacket, UdpPacketView};
