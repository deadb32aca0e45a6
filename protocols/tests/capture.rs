//! The protocol headers against tshark on live traffic: the test sends UDP datagrams and
//! a TCP exchange over 127.0.0.1, captures them with `tshark -i lo`, takes every captured
//! packet apart with the `wire` types (reading the pcap with `pcap-file`) and compares
//! each field, and each checksum verdict, with what `tshark -r … -T fields` reports.
//!
//! Checksums on loopback: Linux leaves TCP and UDP checksums to the "hardware" on `lo`
//! (CHECKSUM_PARTIAL), so a captured segment holds the folded pseudo-header sum, not the
//! checksum. Wireshark calls those bad, and so do the `wire` types' verification; the
//! test checks that each such field is exactly the pseudo-header sum of RFC 768 and
//! RFC 9293 §3.1, which verifies what can be verified. IPv4 header checksums are computed
//! in software, and must verify.
//!
//! Where capturing is not possible (no permission, no capture support in a container),
//! the live test says so on stderr and checks a pcap written from the scapy known answers
//! instead, which `known_answers_pcap_matches_tshark` checks in every run anyway.
//! tshark itself must be installed (`bash .ci/setup`).

mod common;

use pcap_file::pcap::PcapReader;
use pcap_file::DataLink;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use wire_protocols::checksum::Checksum;
use wire_protocols::*;

/// The fields compared, as tshark names them; `wire_row` gives them in this order.
const FIELDS: &[&str] = &[
    "eth.type",
    "vlan.id",
    "vlan.priority",
    "vlan.dei",
    "arp.opcode",
    "ip.src",
    "ip.dst",
    "ip.hdr_len",
    "ip.dsfield",
    "ip.len",
    "ip.id",
    "ip.flags",
    "ip.frag_offset",
    "ip.ttl",
    "ip.proto",
    "ip.checksum",
    "ip.checksum.status",
    "udp.srcport",
    "udp.dstport",
    "udp.length",
    "udp.checksum",
    "udp.checksum.status",
    "tcp.srcport",
    "tcp.dstport",
    "tcp.seq_raw",
    "tcp.ack_raw",
    "tcp.hdr_len",
    "tcp.flags",
    "tcp.window_size_value",
    "tcp.checksum",
    "tcp.checksum.status",
    "tcp.urgent_pointer",
    "tcp.len",
    "dns.id",
    "dns.flags",
    "dns.qry.name",
];

/// Wireshark's checksum status values (`epan/proto.h`, `proto_checksum_enum_e`).
const GOOD: &str = "1";
const BAD: &str = "0";
const NOT_PRESENT: &str = "3";

fn status(ok: bool) -> String {
    (if ok { GOOD } else { BAD }).to_string()
}

/// How the transport checksums of a set of packets turned out.
#[derive(Debug, Default)]
struct ChecksumTally {
    verified: usize,
    partial: usize,
}

/// One packet's fields, as tshark prints them, from the `wire` types.
fn wire_row(link: &[u8], datalink: DataLink, tally: &mut ChecksumTally) -> Vec<String> {
    let mut row = vec![String::new(); FIELDS.len()];
    let mut set = |name: &str, value: String| {
        let i = FIELDS
            .iter()
            .position(|f| *f == name)
            .expect("a listed field");
        row[i] = value;
    };
    let (ethertype, payload) = match datalink {
        DataLink::ETHERNET => {
            let eth = EthernetFrame::parse(link).unwrap();
            set(
                "eth.type",
                format!("0x{:04x}", eth.header.ethertype().value()),
            );
            // tshark's `vlan` fields are the 802.1Q (C-TAG) ones: an 802.1ad S-TAG is
            // dissected as `ieee8021ad`. A tag's TPID is the EtherType before it.
            let mut tpid = eth.header.ethertype();
            for tag in eth.vlan_tags() {
                if tpid == EtherType::Vlan {
                    set("vlan.id", tag.vid().to_string());
                    set("vlan.priority", tag.pcp().to_string());
                    set("vlan.dei", u8::from(tag.dei()).to_string());
                }
                tpid = tag.ethertype();
            }
            (eth.ethertype, eth.payload)
        }
        // Linux gives `lo` an Ethernet link type with zero addresses; `-i any` would give
        // Linux cooked headers, which this test does not capture.
        other => panic!("link type {other:?}: expected Ethernet, as on `lo`"),
    };
    if ethertype == EtherType::Arp {
        let (arp, _) = Arp::view_prefix(payload).unwrap();
        set("arp.opcode", arp.oper().value().to_string());
    }
    if ethertype != EtherType::Ipv4 {
        return row;
    }
    let ip = Ipv4Packet::parse(payload).unwrap();
    let h = ip.header;
    let (src, dst) = (h.src(), h.dst());
    set("ip.src", dotted(src));
    set("ip.dst", dotted(dst));
    set("ip.hdr_len", ip.header_bytes().len().to_string());
    set("ip.dsfield", format!("0x{:02x}", h.dscp() << 2 | h.ecn()));
    set("ip.len", h.total_len().to_string());
    set("ip.id", format!("0x{:04x}", h.identification()));
    let flags = u8::from(h.reserved()) << 2
        | u8::from(h.dont_fragment()) << 1
        | u8::from(h.more_fragments());
    set("ip.flags", format!("0x{flags:02x}"));
    set("ip.frag_offset", h.fragment_offset().to_string());
    set("ip.ttl", h.ttl().to_string());
    set("ip.proto", h.protocol().value().to_string());
    set("ip.checksum", format!("0x{:04x}", h.checksum()));
    set("ip.checksum.status", status(ip.checksum_ok()));
    assert!(
        ip.checksum_ok(),
        "IPv4 header checksums are computed in software"
    );

    let transport_len = u16::try_from(ip.payload.len()).unwrap();
    let partial = |protocol: IpProtocol| {
        Checksum::pseudo_header(src, dst, protocol.value(), transport_len).folded()
    };
    match h.protocol() {
        IpProtocol::Udp => {
            let udp = UdpDatagram::parse(ip.payload).unwrap();
            let u = udp.header;
            set("udp.srcport", u.src_port().to_string());
            set("udp.dstport", u.dst_port().to_string());
            set("udp.length", u.length().to_string());
            set("udp.checksum", format!("0x{:04x}", u.checksum()));
            let ok = udp.checksum_ok(src, dst);
            let verdict = if udp.has_checksum() {
                status(ok)
            } else {
                NOT_PRESENT.into()
            };
            set("udp.checksum.status", verdict);
            tally_transport(tally, ok, u.checksum(), partial(IpProtocol::Udp));
            if u.src_port() == 53 || u.dst_port() == 53 {
                set_dns(&mut set, udp.payload);
            }
        }
        IpProtocol::Tcp => {
            let tcp = TcpSegment::parse(ip.payload).unwrap();
            let t = tcp.header;
            set("tcp.srcport", t.src_port().to_string());
            set("tcp.dstport", t.dst_port().to_string());
            set("tcp.seq_raw", t.sequence_number().to_string());
            set("tcp.ack_raw", t.acknowledgment_number().to_string());
            set(
                "tcp.hdr_len",
                (usize::from(t.data_offset()) * 4).to_string(),
            );
            let bits = [
                t.cwr(),
                t.ece(),
                t.urg(),
                t.ack(),
                t.psh(),
                t.rst(),
                t.syn(),
                t.fin(),
            ];
            let flags = bits
                .iter()
                .fold(u16::from(t.reserved()), |acc, &b| acc << 1 | u16::from(b));
            set("tcp.flags", format!("0x{flags:04x}"));
            set("tcp.window_size_value", t.window().to_string());
            set("tcp.checksum", format!("0x{:04x}", t.checksum()));
            let ok = tcp.checksum_ok(src, dst);
            set("tcp.checksum.status", status(ok));
            set("tcp.urgent_pointer", t.urgent_pointer().to_string());
            set("tcp.len", tcp.payload.len().to_string());
            tally_transport(tally, ok, t.checksum(), partial(IpProtocol::Tcp));
        }
        _ => {}
    }
    row
}

fn set_dns(set: &mut impl FnMut(&str, String), message: &[u8]) {
    let (dns, _) = DnsHeader::view_prefix(message).unwrap();
    set("dns.id", format!("0x{:04x}", dns.id()));
    let flags = u16::from_be_bytes([dns.as_bytes()[2], dns.as_bytes()[3]]);
    set("dns.flags", format!("0x{flags:04x}"));
    if dns.qdcount() > 0 {
        let (question, _) = DnsQuestion::parse(message, DnsHeader::SIZE).unwrap();
        set("dns.qry.name", question.name);
    }
}

/// A transport checksum either verifies or is the folded pseudo-header sum an offloading
/// sender leaves for the device to finish; anything else is a bug.
fn tally_transport(tally: &mut ChecksumTally, ok: bool, stored: u16, partial: u16) {
    if ok {
        tally.verified += 1;
    } else {
        assert_eq!(
            stored, partial,
            "neither a checksum nor the pseudo-header's partial sum"
        );
        tally.partial += 1;
    }
}

fn dotted(a: [u8; 4]) -> String {
    format!("{}.{}.{}.{}", a[0], a[1], a[2], a[3])
}

/// Every packet of a pcap file, with its link type.
fn read_pcap(path: &Path) -> (DataLink, Vec<Vec<u8>>) {
    let file = std::fs::File::open(path).expect("open the pcap file");
    let mut reader = PcapReader::new(file).expect("a pcap file");
    let datalink = reader.header().datalink;
    let mut packets = Vec::new();
    while let Some(packet) = reader.next_packet() {
        let packet = packet.expect("a whole packet");
        assert_eq!(
            packet.orig_len as usize,
            packet.data.len(),
            "a packet cut by the snap length"
        );
        packets.push(packet.data.into_owned());
    }
    (datalink, packets)
}

fn tshark_exists() {
    let found = Command::new("tshark").arg("--version").output();
    assert!(
        found.is_ok_and(|out| out.status.success()),
        "tshark is not installed: run `bash .ci/setup`"
    );
}

/// tshark's fields for every packet, with checksum verification on.
fn tshark_rows(path: &Path) -> Vec<Vec<String>> {
    let mut command = Command::new("tshark");
    command.args(["-n", "-r"]).arg(path);
    for protocol in ["ip", "udp", "tcp"] {
        command.args(["-o", &format!("{protocol}.check_checksum:TRUE")]);
    }
    command.args(["-T", "fields", "-E", "separator=/t", "-E", "occurrence=l"]);
    for field in FIELDS {
        command.args(["-e", field]);
    }
    let out = command.output().expect("run tshark");
    assert!(
        out.status.success(),
        "tshark -r failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| line.split('\t').map(str::to_string).collect())
        .collect()
}

/// Parses every packet of `path` with the `wire` types and compares each field with tshark.
fn compare_with_tshark(path: &Path) -> (usize, ChecksumTally) {
    let (datalink, packets) = read_pcap(path);
    let rows = tshark_rows(path);
    assert_eq!(rows.len(), packets.len(), "tshark read every packet");
    let mut tally = ChecksumTally::default();
    for (i, (packet, theirs)) in packets.iter().zip(&rows).enumerate() {
        let ours = wire_row(packet, datalink, &mut tally);
        for (field, (a, b)) in FIELDS.iter().zip(ours.iter().zip(theirs)) {
            assert_eq!(
                a, b,
                "packet {i}, field {field}: wire says {a:?}, tshark {b:?}"
            );
        }
    }
    (packets.len(), tally)
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("protocols_capture");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn known_answers_pcap_matches_tshark() {
    tshark_exists();
    let path = scratch("known_answers.pcap");
    let frames: Vec<&[u8]> = common::scapy::ALL.iter().map(|f| f.bytes).collect();
    common::write_pcap(&path, &frames);
    let (packets, tally) = compare_with_tshark(&path);
    assert_eq!(packets, common::scapy::ALL.len());
    // scapy computed every checksum: none is partial.
    assert_eq!((tally.verified, tally.partial), (9, 0));
}

/// A running `tshark -i lo`: [`Capture::stop`] ends it with SIGINT, so that it finishes
/// the file; dropped without that (a failed assertion), it is killed.
struct Capture {
    child: Child,
    stderr: mpsc::Receiver<String>,
}

impl Capture {
    /// Starts capturing and waits until tshark says it is; `Err` with tshark's words when
    /// it cannot capture here.
    fn start(filter: &str, path: &Path) -> Result<Self, String> {
        let mut child = Command::new("tshark")
            .args(["-n", "-i", "lo", "-f", filter, "-F", "pcap", "-w"])
            .arg(path)
            // A bound on the capture whatever happens to this test.
            .args(["-a", "duration:60"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run tshark: {e}"))?;
        let stderr = child.stderr.take().expect("piped");
        let (lines, stderr_rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        // tshark prints "Capturing on 'lo'" when dumpcap starts, and (4.0 and later)
        // "Capture started." once packets flow; traffic sent before that is lost.
        let mut said = String::new();
        let mut opened = false;
        loop {
            let wait = Duration::from_secs(if opened { 3 } else { 20 });
            match stderr_rx.recv_timeout(wait) {
                Ok(line) if line.contains("Capture started") => break,
                Ok(line) => {
                    opened |= line.starts_with("Capturing on");
                    said.push_str(&line);
                    said.push('\n');
                }
                // An older tshark that does not say "Capture started".
                Err(mpsc::RecvTimeoutError::Timeout) if opened => break,
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(said);
                }
            }
        }
        Ok(Self {
            child,
            stderr: stderr_rx,
        })
    }

    /// Stops the capture and waits until tshark has written the file; returns what it
    /// said last (the packet count).
    fn stop(mut self) -> String {
        // SIGINT to this child, by its id: tshark then closes the file properly.
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        let status = self.child.wait().expect("wait for tshark");
        let said: Vec<String> = self.stderr.try_iter().collect();
        assert!(status.success(), "tshark failed ({status}): {said:?}");
        said.into_iter()
            .find(|line| line.contains("captured"))
            .unwrap_or_default()
    }
}

impl Drop for Capture {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// UDP datagrams and a TCP exchange (handshake, data both ways, close) over 127.0.0.1.
fn send_traffic(udp_receiver: &UdpSocket, listener: TcpListener) {
    let sender = UdpSocket::bind("127.0.0.1:0").unwrap();
    let to = udp_receiver.local_addr().unwrap();
    let mut buf = [0u8; 64];
    for message in [&b"wire over udp"[..], b"a second, odd-length datagram"] {
        sender.send_to(message, to).unwrap();
        let (n, _) = udp_receiver.recv_from(&mut buf).unwrap();
        assert_eq!(&buf[..n], message);
    }

    let addr = listener.local_addr().unwrap();
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = [0u8; 16];
        stream.read_exact(&mut request).unwrap();
        stream.write_all(b"pong").unwrap();
    });
    let mut client = TcpStream::connect(addr).unwrap();
    client.write_all(b"wire over tcp 16").unwrap();
    let mut reply = Vec::new();
    client.read_to_end(&mut reply).unwrap();
    assert_eq!(reply, b"pong");
    drop(client);
    server.join().unwrap();
}

#[test]
fn captured_loopback_traffic_matches_tshark() {
    tshark_exists();
    let udp_receiver = UdpSocket::bind("127.0.0.1:0").unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let udp_port = udp_receiver.local_addr().unwrap().port();
    let tcp_port = listener.local_addr().unwrap().port();
    let filter = format!("udp port {udp_port} or tcp port {tcp_port}");
    let path = scratch("loopback.pcap");
    let _ = std::fs::remove_file(&path);

    let capture = match Capture::start(&filter, &path) {
        Ok(capture) => capture,
        Err(said) => {
            eprintln!(
                "capture on lo is not possible here, so this test checks a pcap written \
                 from the scapy known answers instead; tshark said:\n{said}"
            );
            let frames: Vec<&[u8]> = common::scapy::ALL.iter().map(|f| f.bytes).collect();
            common::write_pcap(&path, &frames);
            compare_with_tshark(&path);
            return;
        }
    };
    udp_receiver
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    send_traffic(&udp_receiver, listener);
    // Let the last segments (the close) reach the capture before stopping it.
    std::thread::sleep(Duration::from_millis(500));
    let said = capture.stop();

    let (packets, tally) = compare_with_tshark(&path);
    eprintln!(
        "captured {packets} packets on lo (tshark: {said:?}); transport checksums: {} verified, {} \
         partial (offloaded: the pseudo-header sum, checked as such)",
        tally.verified, tally.partial
    );
    // 2 datagrams; the TCP exchange is at least a handshake (3), 2 data segments and 2 FINs.
    assert!(packets >= 9, "only {packets} packets captured");
    assert_eq!(tally.verified + tally.partial, packets);
}
