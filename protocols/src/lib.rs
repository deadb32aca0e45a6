//! Internet protocol headers described with `wire`'s derive: protocols `wire` did not
//! design, checked in this crate's tests against scapy's encodings and tshark's
//! dissection.
//!
//! Each fixed part of a header is a `#[derive(Wire)]` struct, transcribed from its RFC or
//! IEEE diagram with its size and offsets asserted at compile time:
//!
//! | type | layout | source |
//! |---|---|---|
//! | [`EthernetII`] | 14 bytes | IEEE 802.3-2018 §3.1.1, EtherType per IEEE 802 |
//! | [`Vlan8021Q`] | 4 bytes after the TPID | IEEE 802.1Q-2018 §9.6 |
//! | [`Arp`] | 28 bytes (Ethernet/IPv4) | RFC 826 |
//! | [`Ipv4Header`] | 20 bytes, then options | RFC 791 §3.1 |
//! | [`Ipv4Datagram`] | header, options (`byte_len = "ihl * 4 - 20"`), data (`byte_len = "total_len - ihl * 4"`), checksum over header and options | RFC 791 §3.1 |
//! | [`UdpHeader`] | 8 bytes | RFC 768 |
//! | [`TcpHeader`] | 20 bytes, then options | RFC 9293 §3.1 |
//! | [`DnsHeader`] | 12 bytes | RFC 1035 §4.1.1, RFC 4035 §3.2 |
//!
//! [`Ipv4Datagram`] derives a whole IPv4 datagram with the derive's computed lengths
//! and a checksum field whose range covers the variable-length options; its view's
//! `verify_checksum()` is what [`Ipv4Packet::checksum_ok`] calls.
//!
//! Still written by hand, each in one place: [`Ipv4Packet::parse`] (kept for its
//! errors, which name the IPv4 field at fault, and for its [`Ipv4Header`] view), the
//! length of TCP options (from `data_offset`) and the UDP length that bounds the
//! payload (not yet moved to `byte_len`), the DNS question's name (a compression
//! pointer, RFC 1035 §4.1.4, is no length a field states) and the section counts, the
//! option lists ([`Options`]) and the TCP and UDP checksums ([`checksum`]), whose
//! pseudo-header (RFC 9293 §3.1, RFC 768) is no range of the segment's own bytes.
//! The packet types ([`Ipv4Packet`], [`TcpSegment`], [`UdpDatagram`], [`EthernetFrame`])
//! do those on top of the derived views.
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
pub use tcp::{TcpHeader, TcpHeaderView, TcpHeaderViewMut, TcpSegment};
pub use udp::{UdpDatagram, UdpHeader, UdpHeaderView, UdpHeaderViewMut};
