"""Regenerates the known answers of the `wire-protocols` tests with scapy.

Builds a few frames with scapy (Ethernet II, 802.1Q and 802.1ad tags, ARP, IPv4 with
and without options, UDP, TCP with and without options, a DNS query and response),
lets scapy fill in every length and checksum, dissects the bytes again and writes:

- ``tests/common/scapy.rs``: each frame's bytes and the field values scapy reports,
  as Rust constants the tests compare the ``wire`` types with;
- ``testdata/known_answers.pcap``: the same frames, for the ``pcap_inspect`` example.

Run from the crate's folder with scapy installed (``pip install scapy``)::

    python3 scapy/gen_known_answers.py

The tests never run scapy: they read what this script wrote.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from scapy.all import (
    ARP,
    DNS,
    DNSQR,
    DNSRR,
    IP,
    TCP,
    UDP,
    Dot1AD,
    Dot1Q,
    Ether,
    IPOption_Router_Alert,
    IPOption_RR,
    Raw,
    conf,
    raw,
    wrpcap,
)

CRATE = Path(__file__).resolve().parent.parent
MAC_A = "00:11:22:33:44:55"
MAC_B = "66:77:88:99:aa:bb"


def frames() -> list[tuple[str, str, Any]]:
    """(name, what it shows, scapy packet) for every known answer."""
    eth = Ether(dst=MAC_A, src=MAC_B)
    return [
        (
            "IPV4_UDP",
            "IPv4 without options, UDP with a payload, don't-fragment set",
            eth
            / IP(src="192.0.2.1", dst="198.51.100.7", id=0x1234, flags="DF")
            / UDP(sport=40000, dport=9999)
            / Raw(b"wire test payload"),
        ),
        (
            "IPV4_OPTIONS_UDP",
            "IPv4 with options (router alert, record route), padded by an EOL",
            eth
            / IP(
                src="10.1.2.3",
                dst="224.0.0.22",
                ttl=1,
                tos=0xC0,
                id=7,
                options=[
                    IPOption_Router_Alert(),
                    IPOption_RR(routers=["10.1.2.3"]),
                ],
            )
            / UDP(sport=5000, dport=5001)
            / Raw(b"opt"),
        ),
        (
            "IPV4_UDP_NO_CHECKSUM",
            "UDP whose sender computed no checksum (the field is zero, RFC 768)",
            eth
            / IP(src="192.0.2.1", dst="192.0.2.2", id=1)
            / UDP(sport=7, dport=7, chksum=0)
            / Raw(b"echo"),
        ),
        (
            "IPV4_TCP_SYN_OPTIONS",
            "TCP SYN with MSS, SACK-permitted, timestamps, NOP and window scale",
            eth
            / IP(src="192.0.2.10", dst="203.0.113.5", id=0xABCD, flags="DF", ttl=63)
            / TCP(
                sport=51000,
                dport=443,
                seq=1_000_000,
                flags="S",
                window=64240,
                options=[
                    ("MSS", 1460),
                    ("SAckOK", b""),
                    ("Timestamp", (12345, 0)),
                    ("NOP", None),
                    ("WScale", 7),
                ],
            ),
        ),
        (
            "IPV4_TCP_PSH_ACK",
            "TCP PSH+ACK+ECE+CWR with a payload, an urgent pointer and DSCP/ECN bits",
            eth
            / IP(src="203.0.113.5", dst="192.0.2.10", tos=0xB9, id=2, ttl=128)
            / TCP(
                sport=443,
                dport=51000,
                seq=0xFEDC_BA98,
                ack=1_000_001,
                flags="PAEC",
                window=501,
                urgptr=3,
            )
            / Raw(b"GET / HTTP/1.1\r\n\r\n"),
        ),
        (
            "DOT1Q_IPV4_UDP",
            "an 802.1Q-tagged frame: priority 5, DEI set, VLAN 100",
            eth
            / Dot1Q(prio=5, dei=1, vlan=100)
            / IP(src="192.0.2.1", dst="192.0.2.255", id=3)
            / UDP(sport=137, dport=137)
            / Raw(b"tagged"),
        ),
        (
            "QINQ_IPV4_TCP",
            "802.1ad service tag (VLAN 10) over an 802.1Q customer tag (VLAN 4094)",
            eth
            / Dot1AD(prio=1, vlan=10)
            / Dot1Q(prio=0, vlan=4094)
            / IP(src="198.51.100.1", dst="198.51.100.2", id=4)
            / TCP(sport=2000, dport=80, seq=1, ack=2, flags="A", window=1024),
        ),
        (
            "ARP_REQUEST",
            "ARP request (Ethernet/IPv4): who has 192.0.2.2",
            Ether(dst="ff:ff:ff:ff:ff:ff", src=MAC_B)
            / ARP(op=1, hwsrc=MAC_B, psrc="192.0.2.1", pdst="192.0.2.2"),
        ),
        (
            "ARP_REPLY",
            "ARP reply (Ethernet/IPv4): 192.0.2.2 is at 00:11:22:33:44:55",
            Ether(dst=MAC_B, src=MAC_A)
            / ARP(op=2, hwsrc=MAC_A, psrc="192.0.2.2", hwdst=MAC_B, pdst="192.0.2.1"),
        ),
        (
            "DNS_QUERY",
            "DNS query over UDP: example.com IN A, recursion desired",
            eth
            / IP(src="192.0.2.1", dst="192.0.2.53", id=5)
            / UDP(sport=53535, dport=53)
            / DNS(id=0xBEEF, rd=1, qd=DNSQR(qname="example.com", qtype="A")),
        ),
        (
            "DNS_RESPONSE",
            "DNS response over UDP: example.com IN A 93.184.216.34, recursion available",
            eth
            / IP(src="192.0.2.53", dst="192.0.2.1", id=6)
            / UDP(sport=53, dport=53535)
            / DNS(
                id=0xBEEF,
                qr=1,
                rd=1,
                ra=1,
                ad=1,
                qd=DNSQR(qname="example.com", qtype="A"),
                an=DNSRR(
                    rrname="example.com", type="A", ttl=300, rdata="93.184.216.34"
                ),
            ),
        ),
    ]


def rust_bytes(data: bytes, indent: str) -> str:
    """A Rust byte-slice literal, 12 bytes a line."""
    if not data:
        return "&[]"
    lines = [
        indent + "    " + ", ".join(f"0x{b:02x}" for b in data[i : i + 12]) + ","
        for i in range(0, len(data), 12)
    ]
    return "&[\n" + "\n".join(lines) + "\n" + indent + "]"


def mac(text: str) -> str:
    return "[" + ", ".join(f"0x{int(part, 16):02x}" for part in text.split(":")) + "]"


def ipv4(text: str) -> str:
    return "[" + ", ".join(text.split(".")) + "]"


def struct(name: str, fields: dict[str, str], indent: str) -> str:
    inner = "".join(f"{indent}    {key}: {value},\n" for key, value in fields.items())
    return f"{name} {{\n{inner}{indent}}}"


def option(layer: Any, render: Any, indent: str) -> str:
    return f"Some({render(layer, indent)})" if layer is not None else "None"


def ether_fields(p: Any, indent: str) -> str:
    return struct(
        "EtherFields",
        {"dst": mac(p.dst), "src": mac(p.src), "ethertype": f"0x{p.type:04x}"},
        indent,
    )


def vlan_fields(p: Any, indent: str) -> str:
    return struct(
        "VlanFields",
        {
            "prio": str(p.prio),
            "dei": str(p.dei),
            "vlan": str(p.vlan),
            "ethertype": f"0x{p.type:04x}",
        },
        indent,
    )


def arp_fields(p: Any, indent: str) -> str:
    return struct(
        "ArpFields",
        {
            "hwtype": str(p.hwtype),
            "ptype": f"0x{p.ptype:04x}",
            "hwlen": str(p.hwlen),
            "plen": str(p.plen),
            "op": str(p.op),
            "hwsrc": mac(p.hwsrc),
            "psrc": ipv4(p.psrc),
            "hwdst": mac(p.hwdst),
            "pdst": ipv4(p.pdst),
        },
        indent,
    )


def ip_fields(p: Any, indent: str) -> str:
    header_len = p.ihl * 4
    return struct(
        "IpFields",
        {
            "version": str(p.version),
            "ihl": str(p.ihl),
            "tos": f"0x{p.tos:02x}",
            "len": str(p.len),
            "id": f"0x{p.id:04x}",
            "flags": str(int(p.flags)),
            "frag": str(p.frag),
            "ttl": str(p.ttl),
            "proto": str(p.proto),
            "chksum": f"0x{p.chksum:04x}",
            "src": ipv4(p.src),
            "dst": ipv4(p.dst),
            "options": rust_bytes(raw(p)[20:header_len], indent + "    "),
        },
        indent,
    )


def udp_fields(p: Any, indent: str) -> str:
    return struct(
        "UdpFields",
        {
            "sport": str(p.sport),
            "dport": str(p.dport),
            "len": str(p.len),
            "chksum": f"0x{p.chksum:04x}",
        },
        indent,
    )


def tcp_fields(p: Any, indent: str) -> str:
    header_len = p.dataofs * 4
    return struct(
        "TcpFields",
        {
            "sport": str(p.sport),
            "dport": str(p.dport),
            "seq": str(p.seq),
            "ack": str(p.ack),
            "dataofs": str(p.dataofs),
            "reserved": str(p.reserved),
            "flags": f"0x{int(p.flags):03x}",
            "window": str(p.window),
            "chksum": f"0x{p.chksum:04x}",
            "urgptr": str(p.urgptr),
            "options": rust_bytes(raw(p)[20:header_len], indent + "    "),
        },
        indent,
    )


def dns_fields(p: Any, indent: str) -> str:
    question = p.qd[0] if p.qdcount else None
    return struct(
        "DnsFields",
        {
            "id": f"0x{p.id:04x}",
            "qr": str(p.qr),
            "opcode": str(p.opcode),
            "aa": str(p.aa),
            "tc": str(p.tc),
            "rd": str(p.rd),
            "ra": str(p.ra),
            "z": str(p.z),
            "ad": str(p.ad),
            "cd": str(p.cd),
            "rcode": str(p.rcode),
            "qdcount": str(p.qdcount),
            "ancount": str(p.ancount),
            "nscount": str(p.nscount),
            "arcount": str(p.arcount),
            "qname": '"' + question.qname.decode().rstrip(".") + '"',
            "qtype": str(question.qtype),
            "qclass": str(question.qclass),
        },
        indent,
    )


def vlan_tags(p: Any, indent: str) -> str:
    tags = []
    layer = p.payload
    while isinstance(layer, (Dot1Q, Dot1AD)):
        tags.append(indent + "    " + vlan_fields(layer, indent + "    ") + ",\n")
        layer = layer.payload
    return "&[\n" + "".join(tags) + indent + "]" if tags else "&[]"


def frame_const(name: str, what: str, packet: Any) -> str:
    data = raw(packet)
    p = Ether(data)  # dissected again: every computed length and checksum filled in
    fields = {
        "name": f'"{name.lower()}"',
        "bytes": rust_bytes(data, "    "),
        "ether": ether_fields(p, "    "),
        "vlans": vlan_tags(p, "    "),
        "arp": option(p.getlayer(ARP), arp_fields, "    "),
        "ip": option(p.getlayer(IP), ip_fields, "    "),
        "udp": option(p.getlayer(UDP), udp_fields, "    "),
        "tcp": option(p.getlayer(TCP), tcp_fields, "    "),
        "dns": option(p.getlayer(DNS), dns_fields, "    "),
    }
    return (
        f"/// {what}: `{p.summary()}`.\npub const {name}: Frame = "
        + struct("Frame", fields, "")
        + ";\n"
    )


def main() -> None:
    conf.verb = 0
    built = frames()
    header = (
        "//! Known answers written by `scapy/gen_known_answers.py` with scapy "
        f"{conf.version}: do not edit.\n"
        "//! Each frame's bytes are scapy's encoding; the fields are what scapy reports on\n"
        "//! dissecting those bytes again (so lengths and checksums are scapy's).\n\n"
        "use super::*;\n\n"
    )
    body = "\n".join(frame_const(name, what, packet) for name, what, packet in built)
    names = ", ".join(name for name, _, _ in built)
    footer = f"\n/// Every known answer, in the order of the pcap file.\npub const ALL: &[Frame] = &[{names}];\n"
    out = CRATE / "tests" / "common" / "scapy.rs"
    out.write_text(header + body + footer)
    rustfmt = shutil.which("rustfmt")
    if rustfmt:
        subprocess.run([rustfmt, "--edition", "2021", str(out)], check=True)
    wrpcap(str(CRATE / "testdata" / "known_answers.pcap"), [p for _, _, p in built])
    print(f"wrote {out} and testdata/known_answers.pcap ({len(built)} frames)")


if __name__ == "__main__":
    main()
