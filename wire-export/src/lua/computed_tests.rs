//! The dissector of lengths from expressions, conditional fields and checksums: the
//! generated part as a reviewed snapshot, and the whole dissector run by `tshark` on a
//! capture of hand-computed messages.

use super::{generate, DissectorOptions, Framing, PRELUDE, RUNTIME};
use crate::computed_types::{DNS, FRAME, IPV4_OPTIONS, SEALED, TINY};
use std::path::Path;
use std::process::Command;
use wire_runtime::frame::{FrameEncoder, FrameMeta, WireHeader};
use wire_schema::{Body, Endian, Expr, Field, LenPrefix, Place, Schema, Struct, Type};

const UDP_PORT: u16 = 7301;

const N: Expr = Expr::Field("n");

/// A varint count, then that many bytes: an expression that reads a variable field.
const CHAIN: &Schema = &Schema {
    name: "Chain",
    module: "net",
    doc: "",
    body: Body::Struct(Struct {
        endian: Some(Endian::Big),
        version: None,
        block_len: 0,
        fixed_size: false,
        max_depth: 100,
        fields: &[
            Field {
                name: "n",
                doc: "",
                rust_type: "u32",
                ty: Type::Varint {
                    signed: false,
                    zigzag: false,
                    bytes: 4,
                },
                place: Place::Variable { index: 0 },
                endian: None,
                since: 1,
                magic: None,
                default: None,
                condition: None,
                checksum: None,
            },
            Field {
                name: "data",
                doc: "",
                rust_type: "Vec<u8>",
                ty: Type::Bytes {
                    prefix: LenPrefix::Count(&N),
                    max_len: 300,
                },
                place: Place::Variable { index: 1 },
                endian: None,
                since: 1,
                magic: None,
                default: None,
                condition: None,
                checksum: None,
            },
        ],
    }),
};

fn options() -> DissectorOptions {
    DissectorOptions::new("net")
        .udp_port(UDP_PORT)
        .framing(Framing::WireHeader)
        .message_type(1, IPV4_OPTIONS)
        .message_type(2, DNS)
        .message_type(3, SEALED)
        .message_type(4, TINY)
        .message_type(5, FRAME)
        .message_type(6, CHAIN)
}

#[test]
fn the_generated_layouts_carry_expressions_conditions_and_checksums() {
    let script = generate(&[], &options());
    let generated = script
        .split_once(PRELUDE)
        .and_then(|(_, rest)| rest.split_once(RUNTIME))
        .map(|(generated, _)| generated)
        .expect("the prelude and the runtime around the generated part");
    assert!(generated.contains(r#"len_expr = { "-", { "*", { "f", "ihl" }, { "i", 4 } }, { "i", 20 } }, len_text = "ihl * 4 - 20""#));
    assert!(generated.contains(r#"cond_text = "flags & 8 != 0""#));
    assert!(generated.contains(r#"{ field = "crc", alg = "crc32c", over = "message", at = 3, len = 4, endian = "little", verify = true }"#));
    insta::assert_snapshot!("computed_lua", generated);
}

/// RFC 1071 section 1, word by word.
fn internet(data: &[u8]) -> u16 {
    let mut sum: u32 = data
        .chunks(2)
        .map(|w| u32::from(w[0]) << 8 | u32::from(*w.get(1).unwrap_or(&0)))
        .sum();
    while sum >> 16 != 0 {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !(sum as u16)
}

fn unhex(text: &str) -> Vec<u8> {
    let text: String = text.split_whitespace().collect();
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

/// An Ethernet frame holding an IPv4 UDP datagram (no UDP checksum) to the port.
fn datagram(payload: &[u8]) -> Vec<u8> {
    let mut udp = Vec::new();
    udp.extend_from_slice(&40000u16.to_be_bytes());
    udp.extend_from_slice(&UDP_PORT.to_be_bytes());
    udp.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    udp.extend_from_slice(&[0, 0]);
    udp.extend_from_slice(payload);
    let mut ip = vec![0x45, 0];
    ip.extend_from_slice(&((20 + udp.len()) as u16).to_be_bytes());
    ip.extend_from_slice(&[0, 1, 0x40, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
    let sum = internet(&ip);
    ip[10..12].copy_from_slice(&sum.to_be_bytes());
    let mut frame = vec![0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00];
    frame.extend_from_slice(&ip);
    frame.extend_from_slice(&udp);
    frame
}

/// A pcap file of one packet per message, each in its own `WireHeader` frame.
fn capture(messages: &[(u16, Vec<u8>)]) -> Vec<u8> {
    let mut pcap = Vec::new();
    for word in [0xa1b2_c3d4u32, 0x0004_0002, 0, 0, 65535, 1] {
        pcap.extend_from_slice(&word.to_le_bytes());
    }
    for (i, (msg_type, payload)) in messages.iter().enumerate() {
        let mut frame = Vec::new();
        FrameEncoder::<WireHeader>::new()
            .append(FrameMeta::new(*msg_type), payload, &mut frame)
            .expect("frame");
        let packet = datagram(&frame);
        let len = packet.len() as u32;
        for word in [1_700_000_000 + i as u32, 0, len, len] {
            pcap.extend_from_slice(&word.to_le_bytes());
        }
        pcap.extend_from_slice(&packet);
    }
    pcap
}

/// `tshark -V` of the capture, one string per packet.
fn dissect(dir: &Path, messages: &[(u16, Vec<u8>)]) -> Vec<String> {
    std::fs::create_dir_all(dir).expect("temp dir");
    let script = dir.join("net.lua");
    std::fs::write(&script, generate(&[], &options())).expect("write the dissector");
    let pcap = dir.join("net.pcap");
    std::fs::write(&pcap, capture(messages)).expect("write the capture");
    let output = Command::new("tshark")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .arg("-X")
        .arg(format!("lua_script:{}", script.display()))
        .args(["-V", "-r"])
        .arg(&pcap)
        .output()
        .expect("tshark must be installed to run the generated dissector");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "tshark failed: {stderr}");
    assert!(
        !stderr.contains("Lua: Error"),
        "the dissector did not load: {stderr}"
    );
    assert!(!stdout.contains("Lua Error"), "a Lua error:\n{stdout}");
    stdout.split("\nFrame ").map(str::to_owned).collect()
}

fn ipv4(corrupt: bool) -> Vec<u8> {
    let mut bytes = unhex("46 00 0020 1234 4000 40 11 0000 c0a80001 c0a800c7 94040000");
    let sum = internet(&bytes);
    bytes[10..12].copy_from_slice(&sum.to_be_bytes());
    if corrupt {
        bytes[11] ^= 1;
    }
    bytes
}

fn sealed(kind: u8, skip: u8, tail: &[u8], note: bool) -> Vec<u8> {
    let mut bytes = vec![kind, 3, skip, 0, 0, 0, 0];
    bytes.extend_from_slice(b"abc");
    bytes.extend_from_slice(tail);
    if note {
        bytes.extend_from_slice(&5u16.to_le_bytes());
    }
    let crc = wire_runtime::frame::crc32c(&bytes);
    bytes[3..7].copy_from_slice(&crc.to_le_bytes());
    bytes
}

#[test]
fn tshark_shows_computed_lengths_conditions_and_checksum_status() {
    let dns = "1234 0008 0002 0001  0001 0001 03 612e62  001c 0001 00  0a000001  00000007";
    let dns_without = "1234 0000 0001 0000  0001 0001 00";
    let messages = [
        (1, ipv4(false)),
        (1, ipv4(true)),
        (2, unhex(dns)),
        (2, unhex(dns_without)),
        (3, sealed(1, 1, b"xy", true)),
        (3, sealed(1, 0, b"xyz", false)),
        (4, unhex(TINY_BYTES)),
        (5, unhex(FRAME_BYTES)),
        // n = 130 as a two-byte varint, then 130 bytes.
        (6, [vec![0x82, 0x01], vec![0xAB; 130]].concat()),
    ];
    let dir = std::env::temp_dir().join(format!("wire-lua-computed-{}", std::process::id()));
    let packets = dissect(&dir, &messages);
    let _ = std::fs::remove_dir_all(&dir);
    let packet = |i: usize| {
        packets
            .iter()
            .find(|p| {
                p.starts_with(&format!("{}:", i + 1)) || p.starts_with(&format!("Frame {}:", i + 1))
            })
            .unwrap_or_else(|| panic!("packet {} in:\n{}", i + 1, packets.join("\n")))
    };
    let good = packet(0);
    assert!(good.contains("[correct]"), "{good}");
    assert!(good.contains("Length: 4 (ihl * 4 - 20)"), "{good}");
    let bad = packet(1);
    let expected = format!(
        "[incorrect, should be 0x{:04x}]",
        internet(
            &ipv4(false)[..10]
                .iter()
                .chain(&[0, 0])
                .chain(&ipv4(false)[12..])
                .copied()
                .collect::<Vec<u8>>()
        )
    );
    assert!(bad.contains(&expected), "{bad}");
    assert!(bad.contains("Expert Info (Error/Checksum)"), "{bad}");
    let dns = packet(2);
    assert!(dns.contains("Count: 2 (qdcount)"), "{dns}");
    assert!(dns.contains("(present: flags & 8 != 0)"), "{dns}");
    let dns = packet(3);
    assert!(
        dns.contains("extra: absent (flags & 8 != 0 does not hold)"),
        "{dns}"
    );
    assert!(!dns.contains("Malformed"), "{dns}");
    let sealed_ok = packet(4);
    assert!(
        sealed_ok.contains("[correct]") && !sealed_ok.contains("Malformed"),
        "{sealed_ok}"
    );
    let divide = packet(5);
    assert!(
        divide.contains("note: its expression divides by zero"),
        "{divide}"
    );
    let tiny = packet(6);
    assert!(tiny.contains("crc: 0x2f0b [correct]"), "{tiny}");
    let frame = packet(7);
    assert!(frame.contains("crc: 0x162f0dc7 [correct]"), "{frame}");
    assert!(frame.contains("block_crc: 0x4985 [correct]"), "{frame}");
    let chain = packet(8);
    assert!(
        chain.contains("Length: 130 (n)") && !chain.contains("Malformed"),
        "{chain}"
    );
}

/// `Tiny` a = 1, b = 2 (little endian) and the CRC-16/KERMIT of those four bytes, 0x2f0b,
/// as the Python codec's tests compute it bit by bit.
const TINY_BYTES: &str = "0100 0200 0b2f";
/// `Frame`: three words, the CRC-32 of their six bytes (0x162f0dc7, zlib's), and the
/// CRC-16/IBM-3740 of the block holding it (0x4985), computed bit by bit.
const FRAME_BYTES: &str = "03 162f0dc7 4985 0001 0002 0003";

/// The dissector under luacheck with the repository's configuration, when it is
/// installed (these schemas have no enum, so the enum names table `VS` stays unused).
#[test]
fn the_dissector_passes_luacheck() {
    let dir = std::env::temp_dir().join(format!("wire-lua-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("net.lua");
    std::fs::write(&script, generate(&[], &options())).expect("write the dissector");
    let config = concat!(env!("CARGO_MANIFEST_DIR"), "/../.luacheckrc");
    // The file first: `--ignore` takes every argument after it.
    let output = Command::new("luacheck")
        .arg(&script)
        .args(["--no-color", "--config", config, "--ignore", "211/VS"])
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    let Ok(output) = output else {
        eprintln!("luacheck is not installed: not run");
        return;
    };
    assert!(
        output.status.success(),
        "luacheck:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
