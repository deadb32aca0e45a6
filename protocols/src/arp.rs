//! ARP for IPv4 over Ethernet (RFC 826).

use wire::prelude::*;

/// ARP's hardware type (`ar$hrd`, RFC 826; values in IANA's "Hardware Types" registry,
/// which is open).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u16)]
pub enum HardwareType {
    /// Ethernet (10Mb), the type every Ethernet uses.
    Ethernet = 1,
    /// Any other hardware type.
    #[wire(other)]
    Unknown(u16),
}

impl HardwareType {
    /// The value on the wire.
    pub const fn value(self) -> u16 {
        match self {
            HardwareType::Ethernet => 1,
            HardwareType::Unknown(value) => value,
        }
    }
}

/// ARP's operation (`ar$op`, RFC 826; IANA's "Operation Codes" registry, which is open).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u16)]
pub enum ArpOperation {
    /// `ares_op$REQUEST`.
    Request = 1,
    /// `ares_op$REPLY`.
    Reply = 2,
    /// Any other operation (RARP, InARP, …).
    #[wire(other)]
    Unknown(u16),
}

impl ArpOperation {
    /// The value on the wire.
    pub const fn value(self) -> u16 {
        match self {
            ArpOperation::Request => 1,
            ArpOperation::Reply => 2,
            ArpOperation::Unknown(value) => value,
        }
    }
}

/// An ARP packet for IPv4 over Ethernet (RFC 826, "Packet format"): 6-byte hardware and
/// 4-byte protocol addresses.
///
/// RFC 826 sizes the addresses by `ar$hln` and `ar$pln`; the derive cannot size an array
/// by a field, so this type is the Ethernet/IPv4 case, and its `hlen` and `plen` are
/// constants that `view` and `decode` check (`InvalidMagic` for another ARP).
///
/// ```
/// use wire::prelude::*;
/// use wire::DecodeError;
/// use wire_protocols::{Arp, ArpOperation};
///
/// let mut bytes = [0u8; Arp::SIZE];
/// let mut arp = Arp::view_mut(&mut bytes)?; // checks the length, writes nothing
/// arp.write_constants(); // hlen = 6, plen = 4
/// arp.set_oper(ArpOperation::Request);
/// assert_eq!(&bytes[4..8], [6, 4, 0, 1]);
/// bytes[4] = 8;
/// assert_eq!(Arp::view(&bytes).unwrap_err(), DecodeError::InvalidMagic { field: "hlen", offset: 4 });
/// # Ok::<(), wire::DecodeError>(())
/// ```
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 28)]
pub struct Arp {
    /// Hardware address space (`ar$hrd`).
    pub htype: HardwareType,
    /// Protocol address space (`ar$pro`), an EtherType.
    pub ptype: crate::EtherType,
    /// Hardware address length (`ar$hln`): 6 for Ethernet.
    #[wire(magic = 0x06)]
    pub hlen: u8,
    /// Protocol address length (`ar$pln`): 4 for IPv4.
    #[wire(magic = 0x04)]
    pub plen: u8,
    /// Operation (`ar$op`).
    pub oper: ArpOperation,
    /// Sender hardware address (`ar$sha`).
    pub sha: [u8; 6],
    /// Sender protocol address (`ar$spa`).
    pub spa: [u8; 4],
    /// Target hardware address (`ar$tha`).
    pub tha: [u8; 6],
    /// Target protocol address (`ar$tpa`).
    #[wire(offset = 24)]
    pub tpa: [u8; 4],
}
