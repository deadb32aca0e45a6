//! The protocol headers against scapy: every frame of `common/scapy.rs` taken apart with
//! the `wire` types, each field compared with the value scapy reports, each header
//! decoded to an owned value and encoded back to the same bytes, each checksum verified
//! and recomputed to scapy's value. Then frames built from owned values and setters
//! (smoltcp's "construct" and "emit"), and cut or corrupted inputs with their typed errors.
//!
//! How the bytes were produced: `python3 scapy/gen_known_answers.py` (scapy 2.8.0) builds
//! each frame with scapy, lets it compute every length and checksum, dissects the bytes
//! again and writes them, with the fields of that dissection, to `common/scapy.rs`. The
//! tests do not need scapy.

mod common;

use common::scapy::*;
use common::*;
use wire::prelude::*;
use wire::DecodeError;
use wire_protocols::checksum::{ipv4_header_checksum, tcp_checksum, udp_checksum};
use wire_protocols::*;

/// Decodes a header's bytes to an owned value and encodes it back: the same bytes.
fn round_trips<T>(bytes: &[u8])
where
    T: for<'a> Decode<'a> + Encode + std::fmt::Debug,
{
    let value = T::decode(bytes).unwrap();
    assert_eq!(value.encode_to_vec(), bytes, "{value:?}");
}

fn check_ethernet(frame: &Frame) -> EthernetFrame<'static> {
    let eth = EthernetFrame::parse(frame.bytes).unwrap();
    assert_eq!(eth.header.dst(), frame.ether.dst);
    assert_eq!(eth.header.src(), frame.ether.src);
    assert_eq!(eth.header.ethertype().value(), frame.ether.ethertype);
    round_trips::<EthernetII>(eth.header.as_bytes());

    let tags: Vec<_> = eth.vlan_tags().collect();
    assert_eq!(tags.len(), frame.vlans.len());
    for (tag, want) in tags.iter().zip(frame.vlans) {
        assert_eq!(tag.pcp(), want.prio);
        assert_eq!(tag.dei(), want.dei == 1);
        assert_eq!(tag.vid(), want.vlan);
        assert_eq!(tag.ethertype().value(), want.ethertype);
        round_trips::<Vlan8021Q>(tag.as_bytes());
    }
    let inner = frame
        .vlans
        .last()
        .map_or(frame.ether.ethertype, |t| t.ethertype);
    assert_eq!(eth.ethertype.value(), inner);
    eth
}

fn check_arp(payload: &[u8], want: &ArpFields) {
    let (arp, _) = Arp::view_prefix(payload).unwrap();
    assert_eq!(arp.htype().value(), want.hwtype);
    assert_eq!(arp.ptype().value(), want.ptype);
    assert_eq!((arp.hlen(), arp.plen()), (want.hwlen, want.plen));
    assert_eq!(arp.oper().value(), want.op);
    assert_eq!((arp.sha(), arp.spa()), (want.hwsrc, want.psrc));
    assert_eq!((arp.tha(), arp.tpa()), (want.hwdst, want.pdst));
    round_trips::<Arp>(arp.as_bytes());
}

fn check_ipv4<'a>(payload: &'a [u8], want: &IpFields) -> Ipv4Packet<'a> {
    let ip = Ipv4Packet::parse(payload).unwrap();
    let h = ip.header;
    assert_eq!((h.version(), h.ihl()), (want.version, want.ihl));
    assert_eq!(h.dscp() << 2 | h.ecn(), want.tos);
    assert_eq!(h.total_len(), want.len);
    assert_eq!(h.identification(), want.id);
    let flags = u8::from(h.reserved()) << 2
        | u8::from(h.dont_fragment()) << 1
        | u8::from(h.more_fragments());
    assert_eq!(flags, want.flags);
    assert_eq!(h.fragment_offset(), want.frag);
    assert_eq!(h.ttl(), want.ttl);
    assert_eq!(h.protocol().value(), want.proto);
    assert_eq!(h.checksum(), want.chksum);
    assert_eq!((h.src(), h.dst()), (want.src, want.dst));
    assert_eq!(ip.options, want.options);

    assert!(ip.checksum_ok());
    assert_eq!(ipv4_header_checksum(ip.header_bytes()), want.chksum);
    round_trips::<Ipv4Header>(h.as_bytes());
    check_ipv4_datagram(payload, want);
    ip
}

/// The derived datagram against scapy: options and data cut by `ihl` and `len`, the
/// header checksum over both verified, and encode writing back scapy's `ihl`, `len` and
/// `chksum` from the parts alone.
fn check_ipv4_datagram(payload: &[u8], want: &IpFields) {
    let (ip, padding) = Ipv4Datagram::view_prefix(payload).unwrap();
    let len = usize::from(want.len);
    assert_eq!(ip.options(), want.options);
    assert_eq!(ip.payload(), &payload[usize::from(want.ihl) * 4..len]);
    assert_eq!(padding, &payload[len..]);
    assert_eq!(ip.checksum(), want.chksum);
    assert_eq!(ip.verify_checksum(), Ok(()));
    let mut owned = Ipv4Datagram::decode(&payload[..len]).unwrap();
    (owned.ihl, owned.total_len, owned.checksum) = (0, 0, 0);
    assert_eq!(owned.encode_to_vec(), &payload[..len]);
}

fn check_udp<'a>(ip: &Ipv4Packet<'a>, want: &UdpFields) -> UdpDatagram<'a> {
    let udp = UdpDatagram::parse(ip.payload).unwrap();
    let h = udp.header;
    assert_eq!((h.src_port(), h.dst_port()), (want.sport, want.dport));
    assert_eq!((h.length(), h.checksum()), (want.len, want.chksum));
    assert!(udp.checksum_ok(ip.header.src(), ip.header.dst()));
    if udp.has_checksum() {
        let computed = udp_checksum(ip.header.src(), ip.header.dst(), udp.as_bytes());
        assert_eq!(computed, want.chksum);
    }
    round_trips::<UdpHeader>(h.as_bytes());
    check_udp_packet(ip, want);
    udp
}

/// The derived datagram against scapy: the data cut by `len`, the checksum checked
/// over the pseudo-header, and encode writing back scapy's `len`.
fn check_udp_packet(ip: &Ipv4Packet<'_>, want: &UdpFields) {
    let (udp, rest) = UdpPacket::view_prefix(ip.payload).unwrap();
    let len = usize::from(want.len);
    assert_eq!((udp.length(), udp.checksum()), (want.len, want.chksum));
    assert_eq!(udp.payload(), &ip.payload[8..len]);
    assert_eq!(rest, &ip.payload[len..]);
    assert!(udp.checksum_ok(ip.header.src(), ip.header.dst()));
    let mut owned = UdpPacket::decode(udp.as_bytes()).unwrap();
    owned.length = 0;
    assert_eq!(owned.encode_to_vec(), &ip.payload[..len]);
}

fn check_tcp(ip: &Ipv4Packet<'_>, want: &TcpFields) {
    let tcp = TcpSegment::parse(ip.payload).unwrap();
    let h = tcp.header;
    assert_eq!((h.src_port(), h.dst_port()), (want.sport, want.dport));
    assert_eq!(h.sequence_number(), want.seq);
    assert_eq!(h.acknowledgment_number(), want.ack);
    assert_eq!(h.data_offset(), want.dataofs);
    // scapy splits RFC 9293's four reserved bits as three plus RFC 3540's NS.
    assert_eq!(h.reserved(), want.reserved << 1 | (want.flags >> 8) as u8);
    let bits = [
        h.cwr(),
        h.ece(),
        h.urg(),
        h.ack(),
        h.psh(),
        h.rst(),
        h.syn(),
        h.fin(),
    ];
    let flags = bits
        .iter()
        .fold(0u16, |acc, &bit| acc << 1 | u16::from(bit));
    assert_eq!(flags, want.flags & 0xff);
    assert_eq!(h.window(), want.window);
    assert_eq!(h.checksum(), want.chksum);
    assert_eq!(h.urgent_pointer(), want.urgptr);
    assert_eq!(tcp.options, want.options);

    assert!(tcp.checksum_ok(ip.header.src(), ip.header.dst()));
    let computed = tcp_checksum(ip.header.src(), ip.header.dst(), tcp.as_bytes());
    assert_eq!(computed, want.chksum);
    round_trips::<TcpHeader>(h.as_bytes());
    check_tcp_full_header(ip, want);
}

/// The derived header with options against scapy: the options cut by `dataofs`, the data
/// what is left, the checksum checked in two pieces, and encode writing back scapy's
/// `dataofs`.
fn check_tcp_full_header(ip: &Ipv4Packet<'_>, want: &TcpFields) {
    let (tcp, data) = TcpFullHeader::view_prefix(ip.payload).unwrap();
    let header_len = usize::from(want.dataofs) * 4;
    assert_eq!(tcp.options(), want.options);
    assert_eq!(data, &ip.payload[header_len..]);
    assert_eq!(tcp.checksum(), want.chksum);
    assert!(tcp.checksum_ok(ip.header.src(), ip.header.dst(), data));
    let options: Vec<_> = Options::new(tcp.options(), 20).collect();
    let by_hand: Vec<_> = TcpSegment::parse(ip.payload).unwrap().options().collect();
    assert_eq!(options, by_hand);
    let mut owned = TcpFullHeader::decode(tcp.as_bytes()).unwrap();
    owned.data_offset = 0;
    assert_eq!(owned.encode_to_vec(), &ip.payload[..header_len]);
}

fn check_dns(message: &[u8], want: &DnsFields) {
    let (dns, _) = DnsHeader::view_prefix(message).unwrap();
    assert_eq!(dns.id(), want.id);
    let bits = [
        dns.qr(),
        dns.aa(),
        dns.tc(),
        dns.rd(),
        dns.ra(),
        dns.z(),
        dns.ad(),
        dns.cd(),
    ];
    let want_bits = [
        want.qr, want.aa, want.tc, want.rd, want.ra, want.z, want.ad, want.cd,
    ];
    assert_eq!(bits, want_bits.map(|bit| bit == 1));
    assert_eq!((dns.opcode(), dns.rcode()), (want.opcode, want.rcode));
    assert_eq!((dns.qdcount(), dns.ancount()), (want.qdcount, want.ancount));
    assert_eq!((dns.nscount(), dns.arcount()), (want.nscount, want.arcount));
    round_trips::<DnsHeader>(dns.as_bytes());

    let (question, _) = DnsQuestion::parse(message, DnsHeader::SIZE).unwrap();
    assert_eq!(question.name, want.qname);
    assert_eq!((question.qtype, question.qclass), (want.qtype, want.qclass));
}

/// Every layer scapy reports, field by field: what each frame's test runs.
fn check_frame(frame: &Frame) {
    let eth = check_ethernet(frame);
    if let Some(want) = &frame.arp {
        assert_eq!(eth.ethertype, EtherType::Arp);
        check_arp(eth.payload, want);
    }
    let Some(want_ip) = &frame.ip else {
        return;
    };
    assert_eq!(eth.ethertype, EtherType::Ipv4);
    let ip = check_ipv4(eth.payload, want_ip);
    if let Some(want) = &frame.udp {
        assert_eq!(ip.header.protocol(), IpProtocol::Udp);
        let udp = check_udp(&ip, want);
        if let Some(want) = &frame.dns {
            check_dns(udp.payload, want);
        }
    }
    if let Some(want) = &frame.tcp {
        assert_eq!(ip.header.protocol(), IpProtocol::Tcp);
        check_tcp(&ip, want);
    }
}

#[test]
fn every_known_answer_was_generated() {
    assert_eq!(ALL.len(), 11);
    assert!(ALL
        .iter()
        .all(|frame| frame.ip.is_some() || frame.arp.is_some()));
}

#[test]
fn ipv4_udp() {
    check_frame(&IPV4_UDP);
}

#[test]
fn ipv4_options_udp() {
    check_frame(&IPV4_OPTIONS_UDP);
}

#[test]
fn ipv4_udp_no_checksum() {
    check_frame(&IPV4_UDP_NO_CHECKSUM);
}

#[test]
fn ipv4_tcp_syn_options() {
    check_frame(&IPV4_TCP_SYN_OPTIONS);
}

#[test]
fn ipv4_tcp_psh_ack() {
    check_frame(&IPV4_TCP_PSH_ACK);
}

#[test]
fn dot1q_ipv4_udp() {
    check_frame(&DOT1Q_IPV4_UDP);
}

#[test]
fn qinq_ipv4_tcp() {
    check_frame(&QINQ_IPV4_TCP);
}

#[test]
fn arp_request() {
    check_frame(&ARP_REQUEST);
}

#[test]
fn arp_reply() {
    check_frame(&ARP_REPLY);
}

#[test]
fn dns_query() {
    check_frame(&DNS_QUERY);
}

#[test]
fn dns_response() {
    check_frame(&DNS_RESPONSE);
}

fn options(list: Options<'_>) -> Vec<(u8, Vec<u8>)> {
    list.map(|option| option.map(|o| (o.kind, o.data.to_vec())))
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn ipv4_options_are_router_alert_and_record_route() {
    let eth = EthernetFrame::parse(IPV4_OPTIONS_UDP.bytes).unwrap();
    let ip = Ipv4Packet::parse(eth.payload).unwrap();
    // RFC 2113 §2.1: router alert, copied class 0 number 20, value 0. RFC 791 §3.1: record
    // route, pointer 4 (past the one slot, which holds 10.1.2.3). Then End of Option List.
    let want = [(0x94, vec![0, 0]), (7, vec![4, 10, 1, 2, 3])];
    assert_eq!(options(ip.options()), want);
}

#[test]
fn tcp_options_of_the_syn() {
    let eth = EthernetFrame::parse(IPV4_TCP_SYN_OPTIONS.bytes).unwrap();
    let ip = Ipv4Packet::parse(eth.payload).unwrap();
    let tcp = TcpSegment::parse(ip.payload).unwrap();
    // RFC 9293 §3.2 MSS 1460; RFC 2018 SACK-permitted; RFC 7323 timestamps 12345/0,
    // NOP, window scale 7.
    let want = [
        (2, vec![0x05, 0xb4]),
        (4, vec![]),
        (8, vec![0, 0, 0x30, 0x39, 0, 0, 0, 0]),
        (1, vec![]),
        (3, vec![7]),
    ];
    assert_eq!(options(tcp.options()), want);
}

/// smoltcp's "emit": owned headers encoded, options appended, checksums computed with
/// the interim functions, give scapy's bytes.
#[test]
fn emit_the_tcp_syn_from_owned_headers() {
    let want = &IPV4_TCP_SYN_OPTIONS;
    let (ip, tcp) = (want.ip.as_ref().unwrap(), want.tcp.as_ref().unwrap());
    let ethernet = EthernetII {
        dst: want.ether.dst,
        src: want.ether.src,
        ethertype: EtherType::Ipv4,
    };
    let mut ipv4 = Ipv4Header {
        version: 4,
        ihl: 5,
        dscp: 0,
        ecn: 0,
        total_len: ip.len,
        identification: ip.id,
        reserved: false,
        dont_fragment: true,
        more_fragments: false,
        fragment_offset: 0,
        ttl: ip.ttl,
        protocol: IpProtocol::Tcp,
        checksum: 0,
        src: ip.src,
        dst: ip.dst,
    };
    ipv4.checksum = ipv4_header_checksum(&ipv4.encode_to_vec());
    let header = TcpHeader {
        src_port: tcp.sport,
        dst_port: tcp.dport,
        sequence_number: tcp.seq,
        acknowledgment_number: 0,
        data_offset: 10,
        reserved: 0,
        cwr: false,
        ece: false,
        urg: false,
        ack: false,
        psh: false,
        rst: false,
        syn: true,
        fin: false,
        window: tcp.window,
        checksum: 0,
        urgent_pointer: 0,
    };
    let mut segment = header.encode_to_vec();
    segment.extend_from_slice(tcp.options);
    let checksum = tcp_checksum(ip.src, ip.dst, &segment);
    assert_eq!(checksum, tcp.chksum);
    TcpHeader::view_mut(&mut segment[..TcpHeader::SIZE])
        .unwrap()
        .set_checksum(checksum);

    let mut frame = ethernet.encode_to_vec();
    frame.extend(ipv4.encode_to_vec());
    frame.extend(segment);
    assert_eq!(frame, want.bytes);
}

/// smoltcp's "construct": setters on a zeroed buffer give scapy's bytes.
#[test]
fn construct_the_tagged_udp_frame_with_setters() {
    let want = &DOT1Q_IPV4_UDP;
    let (ip, udp) = (want.ip.as_ref().unwrap(), want.udp.as_ref().unwrap());
    let mut frame = vec![0u8; want.bytes.len()];
    let (eth, rest) = frame.split_at_mut(EthernetII::SIZE);
    let mut eth = EthernetII::view_mut(eth).unwrap();
    eth.set_dst(want.ether.dst);
    eth.set_src(want.ether.src);
    eth.set_ethertype(EtherType::Vlan);

    let (tag, rest) = rest.split_at_mut(Vlan8021Q::SIZE);
    let mut tag = Vlan8021Q::view_mut(tag).unwrap();
    tag.set_pcp(5).unwrap();
    tag.set_dei(true);
    tag.set_vid(100).unwrap();
    tag.set_ethertype(EtherType::Ipv4);

    let (header, datagram) = rest.split_at_mut(Ipv4Header::SIZE);
    {
        let mut h = Ipv4Header::view_mut(header).unwrap();
        h.set_version(4).unwrap();
        h.set_ihl(5).unwrap();
        h.set_total_len(ip.len);
        h.set_identification(ip.id);
        h.set_ttl(ip.ttl);
        h.set_protocol(IpProtocol::Udp);
        h.set_src(ip.src);
        h.set_dst(ip.dst);
    }
    let checksum = ipv4_header_checksum(header);
    Ipv4Header::view_mut(header).unwrap().set_checksum(checksum);

    let (udp_header, payload) = datagram.split_at_mut(UdpHeader::SIZE);
    payload.copy_from_slice(b"tagged");
    {
        let mut h = UdpHeader::view_mut(udp_header).unwrap();
        h.set_src_port(udp.sport);
        h.set_dst_port(udp.dport);
        h.set_length(udp.len);
    }
    let checksum = udp_checksum(ip.src, ip.dst, datagram);
    UdpHeader::view_mut(&mut datagram[..UdpHeader::SIZE])
        .unwrap()
        .set_checksum(checksum);
    assert_eq!(frame, want.bytes);
}

fn ip_payload(frame: &Frame) -> &'static [u8] {
    EthernetFrame::parse(frame.bytes).unwrap().payload
}

#[test]
fn a_cut_ethernet_header_is_truncated_at_the_ethertype() {
    let err = EthernetFrame::parse(&IPV4_UDP.bytes[..13]).unwrap_err();
    let error = DecodeError::Truncated {
        field: "ethertype",
        offset: 12,
        needed: 14,
        available: 13,
    };
    let want = PacketError::Decode {
        layer: "Ethernet header",
        at: 0,
        error,
    };
    assert_eq!(err, want);
}

#[test]
fn a_cut_inner_vlan_tag_names_its_offset() {
    // The 802.1ad tag is whole (14..18); the 802.1Q tag (18..22) is cut after one byte.
    let err = EthernetFrame::parse(&QINQ_IPV4_TCP.bytes[..19]).unwrap_err();
    let PacketError::Decode { layer, at, error } = err else {
        panic!("{err:?}");
    };
    assert_eq!((layer, at), ("802.1Q tag", 18));
    assert!(matches!(
        error,
        DecodeError::Truncated {
            offset: 0,
            available: 1,
            ..
        }
    ));
}

#[test]
fn a_cut_ipv4_header_and_cut_options() {
    let packet = ip_payload(&IPV4_OPTIONS_UDP);
    let err = Ipv4Packet::parse(&packet[..19]).unwrap_err();
    assert!(matches!(
        err,
        PacketError::Decode {
            layer: "IPv4 header",
            error: DecodeError::Truncated {
                field: "dst",
                offset: 16,
                ..
            },
            ..
        }
    ));
    // The fixed header is whole but the options (20..32) are not: `ihl` declares 32
    // bytes of header, where the derived view stops.
    let err = Ipv4Packet::parse(&packet[..30]).unwrap_err();
    let want = PacketError::LengthExceedsInput {
        field: "ihl",
        offset: 0,
        value: 32,
        available: 30,
    };
    assert_eq!(err, want);
    // The header and options are whole, the payload (32..43) is not: `total_len`.
    let err = Ipv4Packet::parse(&packet[..40]).unwrap_err();
    let want = PacketError::LengthExceedsInput {
        field: "total_len",
        offset: 2,
        value: 43,
        available: 40,
    };
    assert_eq!(err, want);
}

#[test]
fn corrupted_ipv4_lengths_and_version() {
    let mut packet = ip_payload(&IPV4_UDP).to_vec();
    packet[0] = 0x44; // ihl 4: 16 bytes, below the fixed 20
    let want = PacketError::LengthTooSmall {
        field: "ihl",
        offset: 0,
        value: 16,
        min: 20,
    };
    assert_eq!(Ipv4Packet::parse(&packet).unwrap_err(), want);

    packet[0] = 0x65;
    let want = PacketError::Version {
        offset: 0,
        value: 6,
    };
    assert_eq!(Ipv4Packet::parse(&packet).unwrap_err(), want);

    packet[0] = 0x45;
    packet[2..4].copy_from_slice(&19u16.to_be_bytes());
    let want = PacketError::LengthTooSmall {
        field: "total_len",
        offset: 2,
        value: 19,
        min: 20,
    };
    assert_eq!(Ipv4Packet::parse(&packet).unwrap_err(), want);
}

#[test]
fn corrupted_bytes_fail_their_checksums() {
    let mut packet = ip_payload(&IPV4_TCP_PSH_ACK).to_vec();
    packet[8] ^= 1; // ttl
    assert!(!Ipv4Packet::parse(&packet).unwrap().checksum_ok());
    assert!(matches!(
        Ipv4Datagram::view(&packet).unwrap().verify_checksum(),
        Err(DecodeError::ChecksumMismatch {
            field: "checksum",
            offset: 10,
            ..
        })
    ));

    // An option byte: the header checksum covers the options (RFC 791 §3.1).
    let mut packet = ip_payload(&IPV4_OPTIONS_UDP).to_vec();
    packet[23] ^= 1;
    assert!(!Ipv4Packet::parse(&packet).unwrap().checksum_ok());
    let ip = Ipv4Datagram::view(&packet).unwrap();
    assert!(matches!(
        ip.verify_checksum(),
        Err(DecodeError::ChecksumMismatch { field: "checksum", offset: 10, found, .. })
            if found == u32::from(ip.checksum())
    ));

    let mut packet = ip_payload(&IPV4_TCP_PSH_ACK).to_vec();
    let last = packet.len() - 1;
    packet[last] ^= 0x20; // the data
    let ip = Ipv4Packet::parse(&packet).unwrap();
    assert!(ip.checksum_ok());
    let tcp = TcpSegment::parse(ip.payload).unwrap();
    assert!(!tcp.checksum_ok(ip.header.src(), ip.header.dst()));
    let (tcp, data) = TcpFullHeader::view_prefix(ip.payload).unwrap();
    assert!(!tcp.checksum_ok(ip.header.src(), ip.header.dst(), data));

    let mut packet = ip_payload(&IPV4_UDP).to_vec();
    packet[20] ^= 0x80; // the source port
    let ip = Ipv4Packet::parse(&packet).unwrap();
    let udp = UdpDatagram::parse(ip.payload).unwrap();
    assert!(!udp.checksum_ok(ip.header.src(), ip.header.dst()));
    let udp = UdpPacket::view(ip.payload).unwrap();
    assert!(!udp.checksum_ok(ip.header.src(), ip.header.dst()));
}

#[test]
fn corrupted_tcp_data_offset_and_options() {
    let ip = Ipv4Packet::parse(ip_payload(&IPV4_TCP_SYN_OPTIONS)).unwrap();
    let mut segment = ip.payload.to_vec();
    segment[12] = 0xf0 | (segment[12] & 0x0f); // 60 bytes of header in a 40-byte segment
    let want = PacketError::LengthExceedsInput {
        field: "data_offset",
        offset: 12,
        value: 60,
        available: 40,
    };
    assert_eq!(TcpSegment::parse(&segment).unwrap_err(), want);

    segment[12] = 0x40 | (segment[12] & 0x0f);
    let want = PacketError::LengthTooSmall {
        field: "data_offset",
        offset: 12,
        value: 16,
        min: 20,
    };
    assert_eq!(TcpSegment::parse(&segment).unwrap_err(), want);

    let mut segment = ip.payload.to_vec();
    segment[21] = 0xff; // MSS's length byte: past the options
    let tcp = TcpSegment::parse(&segment).unwrap();
    let parsed: Vec<_> = tcp.options().collect();
    let want = PacketError::MalformedOption {
        offset: 20,
        kind: 2,
    };
    assert_eq!(parsed, [Err(want)]);
}

#[test]
fn corrupted_udp_length() {
    let ip = Ipv4Packet::parse(ip_payload(&DNS_QUERY)).unwrap();
    let mut datagram = ip.payload.to_vec();
    datagram[4..6].copy_from_slice(&7u16.to_be_bytes());
    let want = PacketError::LengthTooSmall {
        field: "length",
        offset: 4,
        value: 7,
        min: 8,
    };
    assert_eq!(UdpDatagram::parse(&datagram).unwrap_err(), want);
    let cut = &ip.payload[..ip.payload.len() - 1];
    assert!(matches!(
        UdpDatagram::parse(cut).unwrap_err(),
        PacketError::LengthExceedsInput {
            field: "length",
            offset: 4,
            ..
        }
    ));
}

#[test]
fn corrupted_arp_address_length_and_cut_dns_question() {
    let eth = EthernetFrame::parse(ARP_REQUEST.bytes).unwrap();
    let mut arp = eth.payload.to_vec();
    arp[5] = 16; // an IPv6 address length
    let want = DecodeError::InvalidMagic {
        field: "plen",
        offset: 5,
    };
    assert_eq!(Arp::view_prefix(&arp).unwrap_err(), want);
    assert_eq!(Arp::decode(&arp).unwrap_err(), want);

    let ip = Ipv4Packet::parse(ip_payload(&DNS_QUERY)).unwrap();
    let message = UdpDatagram::parse(ip.payload).unwrap().payload;
    // The name "\x07example\x03com\0" ends at 25; QTYPE and QCLASS are cut to 2 bytes.
    let err = DnsQuestion::parse(&message[..27], DnsHeader::SIZE).unwrap_err();
    assert!(matches!(
        err,
        PacketError::Decode {
            layer: "DNS question",
            at: 25,
            error: DecodeError::Truncated {
                field: "qclass",
                offset: 2,
                ..
            }
        }
    ));
    let err = DnsQuestion::parse(&message[..20], DnsHeader::SIZE).unwrap_err();
    assert_eq!(err, PacketError::MalformedName { offset: 20 });
}

/// The same cut and corrupted lengths through the derived types: each error names the
/// variable field the length bounds, at its offset.
#[test]
fn derived_types_report_cut_and_corrupted_lengths() {
    let packet = ip_payload(&IPV4_OPTIONS_UDP);
    // The options (20..32) are cut, and so is the payload.
    assert!(matches!(
        Ipv4Datagram::view(&packet[..30]),
        Err(DecodeError::Truncated {
            field: "options",
            offset: 20,
            ..
        })
    ));
    assert!(matches!(
        Ipv4Datagram::view(&packet[..40]),
        Err(DecodeError::Truncated {
            field: "payload",
            offset: 32,
            ..
        })
    ));
    // An IHL of 4: -4 bytes of options.
    let mut short = packet.to_vec();
    short[0] = 0x44;
    assert_eq!(
        Ipv4Datagram::view(&short).unwrap_err(),
        DecodeError::InvalidLength {
            field: "options",
            offset: 20,
            value: -4
        }
    );
    // A total length of 19, below the 32 bytes of header.
    let mut small = packet.to_vec();
    small[2..4].copy_from_slice(&19u16.to_be_bytes());
    assert_eq!(
        Ipv4Datagram::view(&small).unwrap_err(),
        DecodeError::InvalidLength {
            field: "payload",
            offset: 32,
            value: -13
        }
    );

    let ip = Ipv4Packet::parse(ip_payload(&DNS_QUERY)).unwrap();
    let mut udp = ip.payload.to_vec();
    udp[4..6].copy_from_slice(&7u16.to_be_bytes());
    assert_eq!(
        UdpPacket::view(&udp).unwrap_err(),
        DecodeError::InvalidLength {
            field: "payload",
            offset: 8,
            value: -1
        }
    );

    let ip = Ipv4Packet::parse(ip_payload(&IPV4_TCP_SYN_OPTIONS)).unwrap();
    let mut tcp = ip.payload.to_vec();
    tcp[12] = 0xf0 | (tcp[12] & 0x0f); // data offset 15: 40 bytes of options
    assert!(matches!(
        TcpFullHeader::view(&tcp),
        Err(DecodeError::Truncated {
            field: "options",
            offset: 20,
            ..
        })
    ));
}

/// The packet types apply the lengths through the derived views: each length error of a
/// view comes back naming the header field that declares the length, and the bytes a
/// view leaves (Ethernet padding, bytes after UDP's `length`) are left out.
#[test]
fn packet_types_rename_the_derived_length_errors() {
    let packet = ip_payload(&IPV4_OPTIONS_UDP);
    let mut small = packet.to_vec();
    small[2..4].copy_from_slice(&19u16.to_be_bytes()); // below the 32 bytes of header
    assert!(matches!(
        Ipv4Datagram::view(&small),
        Err(DecodeError::InvalidLength {
            field: "payload",
            ..
        })
    ));
    let want = PacketError::LengthTooSmall {
        field: "total_len",
        offset: 2,
        value: 19,
        min: 32,
    };
    assert_eq!(Ipv4Packet::parse(&small).unwrap_err(), want);
    // Cut in the options as well: the view stops at the options, whose length is `ihl`'s.
    let want = PacketError::LengthExceedsInput {
        field: "ihl",
        offset: 0,
        value: 32,
        available: 30,
    };
    assert_eq!(Ipv4Packet::parse(&small[..30]).unwrap_err(), want);

    let mut padded = packet.to_vec();
    padded.extend_from_slice(&[0; 6]);
    let ip = Ipv4Packet::parse(&padded).unwrap();
    assert_eq!((ip.options, ip.payload), (&packet[20..32], &packet[32..]));
    assert_eq!(ip.header_bytes(), &packet[..32]);

    let mut udp = ip.payload.to_vec();
    udp.push(0xee);
    let datagram = UdpDatagram::parse(&udp).unwrap();
    assert_eq!(datagram.as_bytes(), ip.payload);

    let ip = Ipv4Packet::parse(ip_payload(&IPV4_TCP_SYN_OPTIONS)).unwrap();
    let mut tcp = ip.payload.to_vec();
    tcp[12] = 0x40 | (tcp[12] & 0x0f); // data offset 4: -4 bytes of options
    assert!(matches!(
        TcpFullHeader::view(&tcp),
        Err(DecodeError::InvalidLength {
            field: "options",
            value: -4,
            ..
        })
    ));
    assert!(matches!(
        TcpSegment::parse(&tcp),
        Err(PacketError::LengthTooSmall {
            field: "data_offset",
            value: 16,
            ..
        })
    ));
}
