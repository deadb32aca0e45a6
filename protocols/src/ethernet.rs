//! Ethernet II framing (IEEE 802.3-2018 §3.1.1) and VLAN tags (IEEE 802.1Q-2018 §9.6).

use crate::error::PacketError;
use wire::prelude::*;

/// The EtherType of a frame or a VLAN tag: which protocol the payload carries.
///
/// The registry is open (IEEE assigns new values), so a value no variant names is kept
/// as `Unknown` and written back unchanged.
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::{EtherType, EthernetII};
///
/// // LLDP's EtherType, 0x88cc, which this crate does not name.
/// let bytes = [0x01, 0x80, 0xc2, 0, 0, 0x0e, 0, 1, 2, 3, 4, 5, 0x88, 0xcc];
/// let eth = EthernetII::decode(&bytes)?;
/// assert_eq!(eth.ethertype, EtherType::Unknown(0x88cc));
/// assert_eq!(eth.ethertype.value(), 0x88cc);
/// assert_eq!(eth.encode_to_vec(), bytes);
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u16)]
pub enum EtherType {
    /// IPv4 (RFC 894).
    Ipv4 = 0x0800,
    /// ARP (RFC 826).
    Arp = 0x0806,
    /// A customer VLAN tag follows (IEEE 802.1Q-2018 §9.5, C-TAG TPID).
    Vlan = 0x8100,
    /// IPv6 (RFC 2464).
    Ipv6 = 0x86dd,
    /// A service VLAN tag follows (IEEE 802.1Q-2018 §9.5, S-TAG TPID, "802.1ad").
    ServiceVlan = 0x88a8,
    /// Any other EtherType.
    #[wire(other)]
    Unknown(u16),
}

impl EtherType {
    /// The value on the wire.
    pub const fn value(self) -> u16 {
        match self {
            EtherType::Ipv4 => 0x0800,
            EtherType::Arp => 0x0806,
            EtherType::Vlan => 0x8100,
            EtherType::Ipv6 => 0x86dd,
            EtherType::ServiceVlan => 0x88a8,
            EtherType::Unknown(value) => value,
        }
    }
}

/// An Ethernet II header: destination and source MAC addresses and the EtherType
/// (IEEE 802.3-2018 §3.1.1, with the Length/Type field read as a type, as every value of
/// 0x0600 and above is).
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::{EtherType, EthernetII};
///
/// let bytes = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 1, 2, 3, 4, 5, 0x08, 0x06];
/// let eth = EthernetII::view(&bytes)?;
/// assert_eq!((eth.dst(), eth.ethertype()), ([0xff; 6], EtherType::Arp));
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 14)]
pub struct EthernetII {
    /// Destination MAC address.
    pub dst: [u8; 6],
    /// Source MAC address.
    pub src: [u8; 6],
    /// The payload's protocol, or a VLAN tag's TPID.
    #[wire(offset = 12)]
    pub ethertype: EtherType,
}

/// The four bytes of an 802.1Q tag after its TPID (the outer EtherType `0x8100` or
/// `0x88a8`): the Tag Control Information and the EtherType of what follows
/// (IEEE 802.1Q-2018 §9.6).
///
/// ```
/// use wire::prelude::*;
/// use wire_protocols::{EtherType, Vlan8021Q};
///
/// // Priority 5, drop eligible, VLAN 100, then IPv4.
/// let tag = Vlan8021Q::view(&[0xb0, 0x64, 0x08, 0x00])?;
/// assert_eq!((tag.pcp(), tag.dei(), tag.vid()), (5, true, 100));
/// assert_eq!(tag.ethertype(), EtherType::Ipv4);
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 4)]
pub struct Vlan8021Q {
    /// Priority Code Point (IEEE 802.1Q-2018 §6.9.3).
    #[wire(bits = 3)]
    pub pcp: u8,
    /// Drop Eligible Indicator (formerly CFI).
    #[wire(bits = 1)]
    pub dei: bool,
    /// VLAN identifier; 0 means priority-tagged only, 0xfff is reserved.
    #[wire(bits = 12)]
    pub vid: u16,
    /// The protocol of what follows the tag.
    #[wire(offset = 2)]
    pub ethertype: EtherType,
}

/// An Ethernet II frame taken apart: its header, any VLAN tags, the EtherType of the
/// payload after the tags, and the payload.
///
/// The number of tags is read from the bytes (each tag's EtherType says whether another
/// follows), which the derive cannot express: a list whose end is marked by a value.
#[derive(Debug, Clone, Copy)]
pub struct EthernetFrame<'a> {
    /// The Ethernet II header.
    pub header: EthernetIIView<&'a [u8]>,
    /// The VLAN tags, four bytes each, outermost first; see [`EthernetFrame::vlan_tags`].
    pub tags: &'a [u8],
    /// The EtherType after the last tag (the header's when there is none).
    pub ethertype: EtherType,
    /// What follows the header and tags, Ethernet padding included.
    pub payload: &'a [u8],
}

impl<'a> EthernetFrame<'a> {
    /// Takes a frame apart (without the FCS, as captures hold it).
    ///
    /// # Errors
    ///
    /// [`PacketError::Decode`] when the header or a tag is cut short.
    pub fn parse(frame: &'a [u8]) -> Result<Self, PacketError> {
        let (header, mut rest) = EthernetII::view_prefix(frame)
            .map_err(|e| PacketError::decode("Ethernet header", 0, e))?;
        let mut ethertype = header.ethertype();
        let mut tags_len = 0;
        while matches!(ethertype, EtherType::Vlan | EtherType::ServiceVlan) {
            let at = EthernetII::SIZE + tags_len;
            let (tag, after) = Vlan8021Q::view_prefix(rest)
                .map_err(|e| PacketError::decode("802.1Q tag", at, e))?;
            ethertype = tag.ethertype();
            tags_len += Vlan8021Q::SIZE;
            rest = after;
        }
        let tags = &frame[EthernetII::SIZE..EthernetII::SIZE + tags_len];
        Ok(Self {
            header,
            tags,
            ethertype,
            payload: rest,
        })
    }

    /// The VLAN tags, outermost first.
    pub fn vlan_tags(&self) -> impl Iterator<Item = Vlan8021QView<&'a [u8]>> + 'a {
        // `parse` checked every tag and `Vlan8021Q` has no field that can fail to
        // decode (its enum is open), so no chunk is dropped here.
        self.tags
            .chunks_exact(Vlan8021Q::SIZE)
            .filter_map(|tag| Vlan8021Q::view(tag).ok())
    }
}
