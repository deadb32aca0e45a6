//! A tagged union whose tag is the frame header's message type (`#[wire(tag = "header")]`)
//! in the schema and every export: the schema says so (`TagKind::Header`), JSON and
//! Markdown show it, the generated Python decodes Rust's `WireHeader` frames through its
//! `FrameReader` (the variant picked from the header) and writes frames Rust decodes, and
//! the Wireshark dissector shows the variant the header's message type selects.
//!
//! Needs `python3` and `tshark`, as `tests/schema_python.rs` and
//! `tests/schema_wireshark.rs` do: without them the tests fail.
#![cfg(feature = "schema")]

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use wire::frame::{frames, FrameEncoder, WireHeader};
use wire::prelude::*;
use wire::schema::lua::{self, DissectorOptions};
use wire::schema::{Body, TagKind};

/// A move on the board.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
pub struct Move {
    pub dx: i8,
    pub dy: i8,
}

/// A line of chat.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
pub struct Chat {
    pub room: u16,
    #[wire(len = "u8")]
    pub text: String,
}

/// What a game client sends: the frame header's message type says which.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "header", endian = "big")]
pub enum GameMsg {
    /// A move.
    #[wire(id = 0x0201)]
    Move(Move),
    #[wire(id = 0x0202)]
    Quit,
    #[wire(id = 0x0203)]
    Chat(Chat),
    #[wire(id = 0x0204)]
    Score(u32),
    /// A message type this reader does not know.
    #[wire(other)]
    Unknown(u16, Vec<u8>),
}

fn messages() -> Vec<GameMsg> {
    vec![
        GameMsg::Move(Move { dx: 1, dy: -1 }),
        GameMsg::Quit,
        GameMsg::Chat(Chat {
            room: 7,
            text: "hé".into(),
        }),
        GameMsg::Score(0x0102_0304),
        GameMsg::Unknown(0x0999, vec![1, 2, 3]),
    ]
}

/// The messages framed as Rust frames them: every other one with a CRC32C.
fn rust_stream() -> Vec<u8> {
    let mut stream = Vec::new();
    let mut plain = FrameEncoder::<WireHeader>::new();
    let mut checked = FrameEncoder::<WireHeader>::new().checksum(true);
    for (i, message) in messages().iter().enumerate() {
        let encoder = if i % 2 == 0 { &mut plain } else { &mut checked };
        encoder
            .append_message(message, &mut stream)
            .expect("the message frames");
    }
    stream
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("a directory under target");
    dir
}

#[test]
fn the_schema_says_the_tag_is_in_the_frame_header() {
    let Body::Union(u) = &GameMsg::SCHEMA.body else {
        panic!("a union")
    };
    assert_eq!(u.tag, TagKind::Header);
    let ids: Vec<Option<u64>> = u.variants.iter().map(|v| v.id).collect();
    assert_eq!(
        ids,
        [Some(0x0201), Some(0x0202), Some(0x0203), Some(0x0204), None]
    );
    assert_eq!(GameMsg::TAGS, &[0x0201, 0x0202, 0x0203, 0x0204][..]);
}

#[test]
fn json_and_markdown_say_the_tag_is_the_message_type() {
    let json = wire::schema::json::to_json(&[GameMsg::SCHEMA]);
    let text = json.to_string();
    assert!(text.contains(r#""kind":"union""#), "{text}");
    assert!(text.contains(r#""tag":"header""#), "{text}");

    let md = wire::schema::markdown(GameMsg::SCHEMA);
    assert!(
        md.contains("- **Tag:** the frame header's message type (`u16`), not in the payload"),
        "{md}"
    );
    assert!(
        md.contains("| message type (hex) | message type | variant | payload | doc |"),
        "{md}"
    );
    assert!(
        md.contains("| `0x0201` | 513 | `Move` | [`Move`](#move) | A move. |"),
        "{md}"
    );
    assert!(
        md.contains("| `0x0204` | 516 | `Score` | `u32` (big endian) | |"),
        "{md}"
    );
    assert!(
        md.contains("| any other | | `Unknown` | the payload, unparsed |"),
        "{md}"
    );
    assert!(!md.contains("u16 tag"), "{md}");
}

/// The Python side: decodes Rust's stream through `FrameReader` (fed in small pieces),
/// checks views, `decode_frame`, the errors, and writes the same messages framed by
/// `wire_frame(*value.encode_frame())`.
const PY_DRIVER: &str = r#"
import sys

sys.path.insert(0, sys.argv[1])
import game  # noqa: E402

G = game.GameMsg
stream = bytes.fromhex(open(sys.argv[2]).read())
expected = [
    G.Move(game.Move(1, -1)),
    G.Quit(),
    G.Chat(game.Chat(7, "hé")),
    G.Score(0x01020304),
    G.Unknown(0x0999, b"\x01\x02\x03"),
]

reader = game.FrameReader("wire")
for i in range(0, len(stream), 5):
    reader.feed(stream[i:i + 5])
got = reader.messages(G)
assert got == expected, got

reader = game.FrameReader("wire")
reader.feed(stream)
typed = reader.typed_frames()
assert [t for t, _ in typed] == [0x0201, 0x0202, 0x0203, 0x0204, 0x0999], typed
for (msg_type, payload), want in zip(typed, expected):
    assert G.decode(payload, msg_type=msg_type) == want
    assert G.decode_frame(msg_type, payload) == want
    view = G.view(payload, msg_type=msg_type)
    assert view.tag == msg_type and view.variant == want.variant, view
    assert view.to_value() == want, view
    assert want.encode() == bytes(payload), (want, bytes(payload))
    assert want.encode_frame() == (msg_type, bytes(payload))
assert G.view(typed[0][1], msg_type=0x0201).value.dy == -1

# The tag is not in the payload: without the message type, no decode.
for call in (lambda: G.decode(b"\x01\xff"), lambda: G.decode_prefix(b"\x01\xff")):
    try:
        call()
    except TypeError:
        pass
    else:
        raise AssertionError("decoded without the message type")
for payload, kind in ((b"\x01", game.Truncated), (b"\x01\xff\x00", game.TrailingBytes)):
    try:
        G.decode(payload, msg_type=0x0201)
    except kind:
        pass
    else:
        raise AssertionError(f"{payload!r} decoded")
try:
    game.FrameReader("u32be").typed_frames()
except ValueError:
    pass
else:
    raise AssertionError("a length prefix has a message type")

out = b"".join(game.wire_frame(*m.encode_frame(), checksum=i % 2 == 1) for i, m in enumerate(expected))
open(sys.argv[3], "w").write(out.hex())
print("ok")
"#;

#[test]
fn python_reads_rust_frames_and_writes_frames_rust_reads() {
    let module = wire::schema::python::generate(&[GameMsg::SCHEMA]);
    let dir = scratch("schema_header_tag");
    std::fs::write(dir.join("game.py"), &module).expect("write the module");
    std::fs::write(dir.join("driver.py"), PY_DRIVER).expect("write the driver");
    std::fs::write(dir.join("rust_stream.txt"), hex(&rust_stream())).expect("write the stream");
    let output = Process::new("python3")
        .arg(dir.join("driver.py"))
        .arg(&dir)
        .arg(dir.join("rust_stream.txt"))
        .arg(dir.join("python_stream.txt"))
        .output()
        .expect("python3 must be installed: the generated Python codec is tested with it");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the Python driver failed:\n{stdout}\n{stderr}"
    );

    let written = std::fs::read_to_string(dir.join("python_stream.txt")).expect("the output");
    let stream = unhex(written.trim());
    let mut decoded = Vec::new();
    let mut types = Vec::new();
    for frame in frames::<WireHeader>(&stream, 1024) {
        let frame = frame.expect("a frame Python wrote");
        types.push(frame.msg_type());
        decoded.push(frame.decode::<GameMsg>().expect("a message Python wrote"));
    }
    assert_eq!(decoded, messages());
    assert_eq!(
        types,
        [0x0201, 0x0202, 0x0203, 0x0204, 0x0999].map(Some).to_vec()
    );
    // Python frames exactly as Rust does, CRC32C and header check included.
    assert_eq!(stream, rust_stream());
}

// ---------------------------------------------------------------------------------------
// Wireshark.

const UDP_PORT: u16 = 7301;

fn pcap(datagrams: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes()); // magic: microseconds
    out.extend_from_slice(&2u16.to_le_bytes()); // version 2.4
    out.extend_from_slice(&4u16.to_le_bytes());
    out.extend_from_slice(&[0; 8]); // GMT offset, accuracy
    out.extend_from_slice(&65535u32.to_le_bytes()); // snap length
    out.extend_from_slice(&1u32.to_le_bytes()); // LINKTYPE_ETHERNET
    for (i, data) in datagrams.iter().enumerate() {
        let mut udp = Vec::new();
        udp.extend_from_slice(&40000u16.to_be_bytes());
        udp.extend_from_slice(&UDP_PORT.to_be_bytes());
        udp.extend_from_slice(&((8 + data.len()) as u16).to_be_bytes());
        udp.extend_from_slice(&[0, 0]); // RFC 768: no checksum
        udp.extend_from_slice(data);
        let mut ip = vec![0x45, 0];
        ip.extend_from_slice(&((20 + udp.len()) as u16).to_be_bytes());
        ip.extend_from_slice(&[0, 1, 0x40, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2]);
        let mut sum: u32 = ip
            .chunks(2)
            .map(|p| u32::from(u16::from_be_bytes([p[0], p[1]])))
            .sum();
        while sum > 0xffff {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        ip[10..12].copy_from_slice(&(!(sum as u16)).to_be_bytes());
        let mut frame = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00];
        frame.extend_from_slice(&ip);
        frame.extend_from_slice(&udp);
        out.extend_from_slice(&(1_700_000_000 + i as u32).to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(&frame);
    }
    out
}

#[test]
fn wireshark_picks_the_variant_from_the_header_message_type() {
    let dir = scratch("schema_header_tag_wireshark");
    let options = DissectorOptions::new("game")
        .udp_port(UDP_PORT)
        .header_union(GameMsg::SCHEMA);
    let script = lua::generate(&[], &options);
    assert!(script.contains(r#"tag = "header""#), "{script}");
    std::fs::write(dir.join("game.lua"), &script).expect("write the dissector");
    let mut encoder = FrameEncoder::<WireHeader>::new();
    let datagrams: Vec<Vec<u8>> = messages()
        .iter()
        .map(|m| {
            let mut frame = Vec::new();
            encoder.append_message(m, &mut frame).expect("frames");
            frame
        })
        .collect();
    std::fs::write(dir.join("game.pcap"), pcap(&datagrams)).expect("write the capture");

    let output = Process::new("tshark")
        .env("HOME", &dir)
        .env("XDG_CONFIG_HOME", &dir)
        .arg("-X")
        .arg(format!("lua_script:{}", dir.join("game.lua").display()))
        .args(["-r"])
        .arg(dir.join("game.pcap"))
        .args(["-T", "fields", "-E", "separator=;", "-E", "aggregator=,"])
        .args(["-e", "game.msg_type", "-e", "game.game_msg.tag"])
        .args(["-e", "game.move.dx", "-e", "game.move.dy"])
        .args(["-e", "game.chat.room", "-e", "game.chat.text"])
        .args(["-e", "game.game_msg.score", "-e", "_ws.expert.message"])
        .output()
        .expect("tshark must be installed: the generated dissector is tested with it");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "tshark failed: {stderr}");
    assert!(
        !stderr.contains("Lua"),
        "the dissector did not load: {stderr}"
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "513;513;1;-1;;;;",
            "514;514;;;;;;",
            "515;515;;;7;hé;;",
            "516;516;;;;;16909060;",
            "2457;2457;;;;;;GameMsg: tag 2457 is unknown: Unknown keeps the 3 byte(s) after it unparsed",
        ],
        "{stdout}"
    );
}
