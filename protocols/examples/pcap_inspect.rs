//! Reads a pcap file and prints one line per packet: Ethernet, 802.1Q tags, ARP, IPv4,
//! UDP, TCP and DNS over UDP port 53, taken apart with the `wire-protocols` types, with
//! every checksum verified.
//!
//! ```sh
//! cargo run -p wire-protocols --example pcap_inspect -- capture.pcap
//! ```
//!
//! Without an argument it reads the crate's `testdata/known_answers.pcap` (written by
//! `scapy/gen_known_answers.py`). Exits with status 1 if a packet does not parse or a
//! checksum is wrong. A TCP or UDP checksum that holds the pseudo-header's partial sum
//! is reported as `offloaded`, not wrong: captures of outgoing or loopback traffic on
//! Linux hold those, since the network device finishes the checksum after the capture.

use pcap_file::pcap::PcapReader;
use pcap_file::DataLink;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use wire_protocols::checksum::Checksum;
use wire_protocols::*;

/// What one packet's checksums came to.
#[derive(Default)]
struct Verdicts {
    bad: usize,
}

impl Verdicts {
    /// "ok", "offloaded" or "BAD" for one checksum.
    fn word(&mut self, ok: bool, offloaded: bool) -> &'static str {
        if ok {
            "ok"
        } else if offloaded {
            "offloaded"
        } else {
            self.bad += 1;
            "BAD"
        }
    }
}

fn mac(a: [u8; 6]) -> String {
    let parts: Vec<String> = a.iter().map(|b| format!("{b:02x}")).collect();
    parts.join(":")
}

fn ip(a: [u8; 4]) -> String {
    format!("{}.{}.{}.{}", a[0], a[1], a[2], a[3])
}

/// TCP option kinds by name (RFC 9293 §3.2, RFC 2018, RFC 7323).
fn tcp_option_name(kind: u8) -> String {
    match kind {
        1 => "nop".into(),
        2 => "mss".into(),
        3 => "wscale".into(),
        4 => "sackOK".into(),
        5 => "sack".into(),
        8 => "ts".into(),
        other => format!("kind{other}"),
    }
}

fn flags(h: &TcpHeaderView<&[u8]>) -> String {
    let bits = [
        (h.cwr(), 'W'),
        (h.ece(), 'E'),
        (h.urg(), 'U'),
        (h.ack(), '.'),
        (h.psh(), 'P'),
        (h.rst(), 'R'),
        (h.syn(), 'S'),
        (h.fin(), 'F'),
    ];
    bits.iter()
        .filter(|(set, _)| *set)
        .map(|(_, c)| c)
        .collect()
}

/// One packet's summary line, or why it could not be read.
fn summarize(link: &[u8], verdicts: &mut Verdicts) -> Result<String, PacketError> {
    let mut line = String::new();
    let eth = EthernetFrame::parse(link)?;
    let h = eth.header;
    write!(line, "{} > {}", mac(h.src()), mac(h.dst())).unwrap();
    for tag in eth.vlan_tags() {
        write!(line, " vlan {} pcp {}", tag.vid(), tag.pcp()).unwrap();
        if tag.dei() {
            line.push_str(" dei");
        }
    }
    match eth.ethertype {
        EtherType::Arp => {
            let (arp, _) = Arp::view_prefix(eth.payload).map_err(|error| PacketError::Decode {
                layer: "ARP",
                at: 0,
                error,
            })?;
            match arp.oper() {
                ArpOperation::Request => {
                    write!(
                        line,
                        " ARP who-has {} tell {}",
                        ip(arp.tpa()),
                        ip(arp.spa())
                    )
                }
                ArpOperation::Reply => {
                    write!(line, " ARP {} is-at {}", ip(arp.spa()), mac(arp.sha()))
                }
                ArpOperation::Unknown(op) => write!(line, " ARP operation {op}"),
            }
            .unwrap();
        }
        EtherType::Ipv4 => summarize_ipv4(eth.payload, &mut line, verdicts)?,
        other => write!(line, " ethertype 0x{:04x}", other.value()).unwrap(),
    }
    Ok(line)
}

fn summarize_ipv4(
    bytes: &[u8],
    line: &mut String,
    verdicts: &mut Verdicts,
) -> Result<(), PacketError> {
    let packet = Ipv4Packet::parse(bytes)?;
    let h = packet.header;
    let (src, dst) = (h.src(), h.dst());
    write!(
        line,
        " IPv4 ttl {} id 0x{:04x}",
        h.ttl(),
        h.identification()
    )
    .unwrap();
    if h.dont_fragment() {
        line.push_str(" DF");
    }
    if !packet.options.is_empty() {
        let kinds: Vec<String> = packet
            .options()
            .map(|o| o.map_or("malformed".into(), |o| o.kind.to_string()))
            .collect();
        write!(line, " options [{}]", kinds.join(",")).unwrap();
    }
    // The header checksum covers the options (RFC 791 §3.1): `checksum_ok` is the
    // derived datagram's `verify_checksum()`, which checks them together.
    let ip_word = verdicts.word(packet.checksum_ok(), false);
    let len = u16::try_from(packet.payload.len()).unwrap_or(u16::MAX);
    let partial = |protocol: IpProtocol, stored: u16| {
        stored == Checksum::pseudo_header(src, dst, protocol.value(), len).folded()
    };
    // Only the first fragment starts with the transport header, and its checksum covers
    // the reassembled datagram: fragments are reported, not reassembled.
    if h.more_fragments() || h.fragment_offset() != 0 {
        write!(
            line,
            " {} > {} fragment at {}",
            ip(src),
            ip(dst),
            u32::from(h.fragment_offset()) * 8
        )
        .unwrap();
        write!(line, " | checksum ip {ip_word}").unwrap();
        return Ok(());
    }
    match h.protocol() {
        IpProtocol::Udp => {
            let udp = UdpDatagram::parse(packet.payload)?;
            let u = udp.header;
            write!(
                line,
                " UDP {}:{} > {}:{} len {}",
                ip(src),
                u.src_port(),
                ip(dst),
                u.dst_port(),
                udp.payload.len()
            )
            .unwrap();
            let udp_word = if udp.has_checksum() {
                verdicts.word(
                    udp.checksum_ok(src, dst),
                    partial(IpProtocol::Udp, u.checksum()),
                )
            } else {
                "none"
            };
            write!(line, " | checksums ip {ip_word} udp {udp_word}").unwrap();
            if u.src_port() == 53 || u.dst_port() == 53 {
                summarize_dns(udp.payload, line)?;
            }
        }
        IpProtocol::Tcp => {
            let tcp = TcpSegment::parse(packet.payload)?;
            let t = tcp.header;
            write!(
                line,
                " TCP {}:{} > {}:{} [{}] seq {} ack {} win {} len {}",
                ip(src),
                t.src_port(),
                ip(dst),
                t.dst_port(),
                flags(&t),
                t.sequence_number(),
                t.acknowledgment_number(),
                t.window(),
                tcp.payload.len()
            )
            .unwrap();
            if !tcp.options.is_empty() {
                let names: Vec<String> = tcp
                    .options()
                    .map(|o| o.map_or("malformed".into(), |o| tcp_option_name(o.kind)))
                    .collect();
                write!(line, " options [{}]", names.join(",")).unwrap();
            }
            let ok = tcp.checksum_ok(src, dst);
            let tcp_word = verdicts.word(ok, partial(IpProtocol::Tcp, t.checksum()));
            write!(line, " | checksums ip {ip_word} tcp {tcp_word}").unwrap();
        }
        other => {
            write!(
                line,
                " {ip} > {} protocol {}",
                ip(dst),
                other.value(),
                ip = ip(src)
            )
            .unwrap();
            write!(line, " | checksum ip {ip_word}").unwrap();
        }
    }
    Ok(())
}

fn summarize_dns(message: &[u8], line: &mut String) -> Result<(), PacketError> {
    let (dns, _) = DnsHeader::view_prefix(message).map_err(|error| PacketError::Decode {
        layer: "DNS header",
        at: 0,
        error,
    })?;
    let kind = if dns.qr() { "response" } else { "query" };
    write!(line, " | DNS {kind} 0x{:04x}", dns.id()).unwrap();
    if dns.qdcount() > 0 {
        let (question, _) = DnsQuestion::parse(message, DnsHeader::SIZE)?;
        write!(line, " {} type {}", question.name, question.qtype).unwrap();
    }
    write!(line, " rcode {} answers {}", dns.rcode(), dns.ancount()).unwrap();
    Ok(())
}

fn main() -> ExitCode {
    let path = std::env::args_os().nth(1).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/known_answers.pcap"),
        PathBuf::from,
    );
    let file = match std::fs::File::open(&path) {
        Ok(file) => file,
        Err(e) => {
            eprintln!("error: cannot open {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let mut reader = match PcapReader::new(file) {
        Ok(reader) => reader,
        Err(e) => {
            eprintln!("error: {} is not a pcap file: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    if reader.header().datalink != DataLink::ETHERNET {
        eprintln!(
            "error: link type {:?}: this reads Ethernet captures",
            reader.header().datalink
        );
        return ExitCode::FAILURE;
    }
    let (mut count, mut failed) = (0, 0);
    let mut verdicts = Verdicts::default();
    while let Some(packet) = reader.next_packet() {
        count += 1;
        let packet = match packet {
            Ok(packet) => packet,
            Err(e) => {
                eprintln!("error: packet {count}: {e}");
                return ExitCode::FAILURE;
            }
        };
        match summarize(&packet.data, &mut verdicts) {
            Ok(line) => println!("{count:>4} {line}"),
            Err(e) => {
                failed += 1;
                println!("{count:>4} malformed: {e}");
            }
        }
    }
    println!(
        "{count} packets from {}: {failed} malformed, {} bad checksums",
        path.display(),
        verdicts.bad
    );
    if failed > 0 || verdicts.bad > 0 {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
