//! What the tests share: the shape of a known answer, the known answers themselves
//! (`scapy.rs`, written by `scapy/gen_known_answers.py`), and checks used by more than one
//! test file.

// Each test file uses a different part of this module.
#![allow(dead_code)]

pub mod scapy;

/// One frame scapy built: its bytes and the fields scapy reports for each layer.
pub struct Frame {
    pub name: &'static str,
    pub bytes: &'static [u8],
    pub ether: EtherFields,
    /// Outermost first.
    pub vlans: &'static [VlanFields],
    pub arp: Option<ArpFields>,
    pub ip: Option<IpFields>,
    pub udp: Option<UdpFields>,
    pub tcp: Option<TcpFields>,
    pub dns: Option<DnsFields>,
}

/// scapy's `Ether`.
pub struct EtherFields {
    pub dst: [u8; 6],
    pub src: [u8; 6],
    pub ethertype: u16,
}

/// scapy's `Dot1Q` and `Dot1AD`.
pub struct VlanFields {
    pub prio: u8,
    pub dei: u8,
    pub vlan: u16,
    pub ethertype: u16,
}

/// scapy's `ARP`.
pub struct ArpFields {
    pub hwtype: u16,
    pub ptype: u16,
    pub hwlen: u8,
    pub plen: u8,
    pub op: u16,
    pub hwsrc: [u8; 6],
    pub psrc: [u8; 4],
    pub hwdst: [u8; 6],
    pub pdst: [u8; 4],
}

/// scapy's `IP`: `tos` is one byte, `flags` the three bits as one number.
pub struct IpFields {
    pub version: u8,
    pub ihl: u8,
    pub tos: u8,
    pub len: u16,
    pub id: u16,
    pub flags: u8,
    pub frag: u16,
    pub ttl: u8,
    pub proto: u8,
    pub chksum: u16,
    pub src: [u8; 4],
    pub dst: [u8; 4],
    pub options: &'static [u8],
}

/// scapy's `UDP`.
pub struct UdpFields {
    pub sport: u16,
    pub dport: u16,
    pub len: u16,
    pub chksum: u16,
}

/// scapy's `TCP`: `reserved` is 3 bits and `flags` 9 (RFC 3540's NS bit as 0x100).
pub struct TcpFields {
    pub sport: u16,
    pub dport: u16,
    pub seq: u32,
    pub ack: u32,
    pub dataofs: u8,
    pub reserved: u8,
    pub flags: u16,
    pub window: u16,
    pub chksum: u16,
    pub urgptr: u16,
    pub options: &'static [u8],
}

/// scapy's `DNS` and its first `DNSQR`.
pub struct DnsFields {
    pub id: u16,
    pub qr: u8,
    pub opcode: u8,
    pub aa: u8,
    pub tc: u8,
    pub rd: u8,
    pub ra: u8,
    pub z: u8,
    pub ad: u8,
    pub cd: u8,
    pub rcode: u8,
    pub qdcount: u16,
    pub ancount: u16,
    pub nscount: u16,
    pub arcount: u16,
    pub qname: &'static str,
    pub qtype: u16,
    pub qclass: u16,
}

/// Writes `frames` as a classic pcap file with Ethernet link type (LINKTYPE_ETHERNET = 1),
/// microsecond timestamps one millisecond apart.
pub fn write_pcap(path: &std::path::Path, frames: &[&[u8]]) {
    use pcap_file::pcap::{PcapHeader, PcapPacket, PcapWriter};
    use pcap_file::DataLink;
    use std::time::Duration;

    let file = std::fs::File::create(path).expect("create the pcap file");
    let header = PcapHeader {
        datalink: DataLink::ETHERNET,
        ..PcapHeader::default()
    };
    let mut writer = PcapWriter::with_header(file, header).expect("write the pcap header");
    for (i, frame) in frames.iter().enumerate() {
        let len = u32::try_from(frame.len()).expect("a frame below 4 GiB");
        let packet = PcapPacket::new(Duration::from_millis(i as u64), len, frame);
        writer.write_packet(&packet).expect("write a packet");
    }
}
