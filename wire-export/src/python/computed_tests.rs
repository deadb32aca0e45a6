//! The generated module on lengths from expressions, conditional fields and checksums:
//! bytes computed here from the specs (RFC 791, RFC 1035, RFC 1071, the CRC
//! catalogue), decoded, encoded and refused as Rust does.

use super::generate;
use crate::computed_types::ALL;
use std::process::Command;

/// Runs `script` after the generated module of every hand-built schema, in `python3`.
fn run(script: &str) {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("wire-python-computed-{}-{run}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("net.py");
    std::fs::write(
        &path,
        format!("{}\n\n# ---- test ----\n{script}", generate(ALL)),
    )
    .expect("write module");
    let output = Command::new("python3")
        .arg(&path)
        .output()
        .expect("python3 must be installed to test the generated Python codec");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "python failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    let text: String = text.split_whitespace().collect();
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
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

/// A CRC-16 with polynomial 0x1021, bit by bit: CRC-16/IBM-3740 (`init` 0xFFFF, not
/// reflected) or CRC-16/KERMIT (`init` 0, reflected).
fn crc16(data: &[u8], init: u16, reflected: bool) -> u16 {
    let mut crc = init;
    for &byte in data {
        if reflected {
            crc ^= u16::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    crc >> 1 ^ 0x8408
                } else {
                    crc >> 1
                };
            }
        } else {
            crc ^= u16::from(byte) << 8;
            for _ in 0..8 {
                crc = if crc & 0x8000 != 0 {
                    crc << 1 ^ 0x1021
                } else {
                    crc << 1
                };
            }
        }
    }
    crc
}

/// CRC-32/ISO-HDLC, bit by bit.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                crc >> 1 ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn the_checksums_give_the_catalogue_check_values() {
    // The references of this file agree with the catalogue before they judge the module.
    assert_eq!(crc16(b"123456789", 0xFFFF, false), 0x29B1);
    assert_eq!(crc16(b"123456789", 0, true), 0x2189);
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(internet(&unhex("0001 f203 f4f5 f6f7")), !0xddf2);
    run(r#"
data = b"123456789"
assert _CHECKSUMS["crc16-ccitt"](data) == 0x29B1
assert _CHECKSUMS["crc16-kermit"](data) == 0x2189
assert _CHECKSUMS["crc32"](data) == 0xCBF43926
assert _CHECKSUMS["crc32c"](data) == 0xE3069283
# RFC 1071 section 3: the sum of 00 01 f2 03 f4 f5 f6 f7 is ddf2, its complement 220d.
assert _CHECKSUMS["internet"](bytes.fromhex("0001f203f4f5f6f7")) == 0x220D
# An odd last byte is padded: 0001 + f203 + f4f5 + f600 = 2dcf9, folded dcfb.
assert _CHECKSUMS["internet"](bytes.fromhex("0001f203f4f5f6")) == 0x2304
"#);
}

/// An IPv4 header (RFC 791 section 3.1) of 24 bytes: `ihl` 6, a Router Alert option
/// (RFC 2113), the header checksum (RFC 1071) over all of it.
fn ipv4_bytes() -> Vec<u8> {
    let mut bytes = unhex("46 00 0020 1234 4000 40 11 0000 c0a80001 c0a800c7 94040000");
    let sum = internet(&bytes);
    bytes[10..12].copy_from_slice(&sum.to_be_bytes());
    bytes
}

#[test]
fn an_ipv4_header_reads_its_options_and_checksum() {
    let bytes = ipv4_bytes();
    run(&format!(
        r#"
data = bytes.fromhex("{}")
value = Ipv4.decode(data)
assert (value.version, value.ihl, value.total_len, value.ttl) == (4, 6, 32, 64), value
assert value.options == bytes.fromhex("94040000")
assert value.checksum == int.from_bytes(data[10:12], "big")
view = Ipv4.view(data)
assert bytes(view.options) == bytes.fromhex("94040000") and view.ihl == 6
assert view.to_value() == value
Ipv4.verify_checksum(data)
# Encode computes `ihl` from the options' length and the checksum, whatever is given.
given = Ipv4(version=4, ihl=0, tos=0, total_len=32, ident=0x1234, flags_frag=0x4000, ttl=64,
             protocol=17, checksum=0xFFFF, src=0xC0A80001, dst=0xC0A800C7,
             options=bytes.fromhex("94040000"))
assert given.encode() == data, given.encode().hex()
# No options: `ihl` 5.
assert Ipv4.decode(Ipv4(version=4, options=b"").encode()).ihl == 5
"#,
        hex(&bytes)
    ));
}

#[test]
fn an_ipv4_header_refuses_what_rust_refuses() {
    let bytes = ipv4_bytes();
    // `ihl` 4: the options' length is 4 * 4 - 20 = -4.
    let mut short_ihl = bytes.clone();
    short_ihl[0] = 0x44;
    run(&format!(
        r#"
data = bytes.fromhex("{}")
bad = bytearray(data)
bad[11] ^= 0x01
for read in (Ipv4.decode, Ipv4.view, Ipv4.verify_checksum):
    try:
        read(bytes(bad))
        raise AssertionError("a damaged checksum was accepted")
    except ChecksumMismatch as error:
        assert error.to_dict() == {{"kind": "ChecksumMismatch", "field": "checksum", "offset": 10,
                                   "expected": int.from_bytes(data[10:12], "big"),
                                   "found": int.from_bytes(data[10:12], "big") ^ 1}}, error.to_dict()
try:
    Ipv4.decode(bytes.fromhex("{}"))
    raise AssertionError("a negative length was accepted")
except InvalidLength as error:
    assert error.to_dict() == {{"kind": "InvalidLength", "field": "options", "offset": 20,
                               "value": -4}}, error.to_dict()
try:
    Ipv4.decode(data[:22])
    raise AssertionError("cut options were accepted")
except Truncated as error:
    assert (error.field, error.offset, error.needed, error.available) == ("options", 20, 24, 22)
try:
    Ipv4(version=4, options=b"\x01\x02\x03").encode()
    raise AssertionError("options of 3 bytes were encoded")
except EncodeInvalidLength as error:
    assert error.to_dict() == {{"kind": "InvalidLength", "field": "options", "len": 3}}
try:
    Ipv4(version=4, options=bytes(44)).encode()
    raise AssertionError("options above the cap were encoded")
except EncodeLengthExceedsMax as error:
    assert (error.field, error.len, error.max) == ("options", 44, 40)
"#,
        hex(&bytes),
        hex(&short_ihl)
    ));
}

/// A DNS message (RFC 1035 section 4.1.1, with a simplified question): two questions
/// and one answer by the header's counts, and `extra` when flag bit 3 is set.
const DNS: &str = "1234 0008 0002 0001  0001 0001 03 612e62  001c 0001 00  0a000001  00000007";

#[test]
fn a_dns_message_counts_its_questions_and_reads_its_condition() {
    let with_extra = unhex(DNS);
    let without = {
        let mut b = with_extra[..with_extra.len() - 4].to_vec();
        b[3] = 0;
        b
    };
    run(&format!(
        r#"
data = bytes.fromhex("{}")
value = Dns.decode(data)
assert value == Dns(id=0x1234, flags=8, qdcount=2, ancount=1,
                    questions=[Question(1, 1, b"a.b"), Question(28, 1, b"")],
                    answers=[0x0A000001], extra=7), value
assert value.encode() == data
view = Dns.view(data)
assert [bytes(q.name) for q in view.questions] == [b"a.b", b""] and view.extra == 7
# The counts are written from the lists, whatever was given.
assert Dns(id=0x1234, flags=8, qdcount=9, ancount=9, questions=value.questions,
           answers=[0x0A000001], extra=7).encode() == data
other = bytes.fromhex("{}")
assert Dns.decode(other).extra is None and Dns.view(other).extra is None
assert Dns.decode(other).encode() == other
# The fast reader takes valid input without the checked walk.
def refuse(buf):
    raise AssertionError("the checked path ran")
saved = Dns._wire.decode
Dns._wire.decode = refuse
assert Dns.decode(data) == value
Dns._wire.decode = saved
for given, present in ((Dns(flags=8), False), (Dns(flags=0, extra=1), True)):
    try:
        given.encode()
        raise AssertionError("a condition mismatch was encoded")
    except ConditionMismatch as error:
        assert error.to_dict() == {{"kind": "ConditionMismatch", "field": "extra",
                                   "present": present}}, error.to_dict()
too_many = bytearray(data)
too_many[4:6] = (17).to_bytes(2, "big")
try:
    Dns.decode(bytes(too_many))
    raise AssertionError("a count above the cap was accepted")
except LengthExceedsMax as error:
    assert error.to_dict() == {{"kind": "LengthExceedsMax", "field": "questions", "offset": 8,
                               "len": 17, "max": 16}}, error.to_dict()
try:
    Dns.decode(data[:-5])
    raise AssertionError("a cut answer was accepted")
except Truncated as error:
    assert error.field == "answers", error
try:
    Dns(questions=[Question()] * 17).encode()
    raise AssertionError("a list above the cap was encoded")
except EncodeLengthExceedsMax as error:
    assert (error.field, error.len, error.max) == ("questions", 17, 16)
"#,
        hex(&with_extra),
        hex(&without)
    ));
}

/// `Sealed`: kind 1, a body of 3 bytes, a tail of `len - skip` = 2, a note (kind is odd
/// and 16 / skip >= 1), a little-endian CRC-32C of the whole message at bytes 3..7.
fn sealed_bytes(kind: u8, skip: u8, tail: &[u8], note: bool) -> Vec<u8> {
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
fn a_sealed_message_checks_its_crc32c_and_evaluates_as_rust() {
    let sealed = sealed_bytes(1, 1, b"xy", true);
    // Kind even: `&&` does not evaluate `16 / skip`, so skip 0 is no division by zero.
    let even = sealed_bytes(2, 0, b"xyz", false);
    let divide_by_zero = sealed_bytes(1, 0, b"xyz", false);
    let negative = sealed_bytes(1, 4, b"", false);
    run(&format!(
        r#"
data = bytes.fromhex("{}")
value = Sealed.decode(data)
assert value == Sealed(kind=1, len=3, skip=1, crc=int.from_bytes(data[3:7], "little"),
                       body=b"abc", tail="xy", note=5), value
assert Sealed(kind=1, body=b"abc", tail="xy", note=5).encode() == data
assert Sealed.view(data).tail == "xy" and Sealed.view(data).note == 5
even = bytes.fromhex("{}")
assert Sealed.decode(even).note is None and Sealed.decode(even).tail == "xyz"
assert Sealed(kind=2, body=b"abc", tail="xyz").encode() == even
try:
    Sealed.decode(bytes.fromhex("{}"))
    raise AssertionError("a division by zero was accepted")
except InvalidExpression as error:
    assert error.to_dict() == {{"kind": "InvalidExpression", "field": "note", "offset": 13}}, error.to_dict()
try:
    Sealed.decode(bytes.fromhex("{}"))
    raise AssertionError("a negative length was accepted")
except InvalidLength as error:
    assert (error.field, error.offset, error.value) == ("tail", 10, -1), error
bad = bytearray(data)
bad[-1] ^= 0x80
try:
    Sealed.decode(bytes(bad))
    raise AssertionError("a damaged message was accepted")
except ChecksumMismatch as error:
    assert (error.field, error.offset) == ("crc", 3) and error.found == int.from_bytes(data[3:7], "little")
# A tail longer than the body needs a negative skip, which a u8 cannot hold.
try:
    Sealed(kind=2, body=b"abc", tail="abcde").encode()
    raise AssertionError("an impossible length was encoded")
except ValueOutOfRange as error:
    assert (error.field, error.value) == ("skip", -2), error
"#,
        hex(&sealed),
        hex(&even),
        hex(&divide_by_zero),
        hex(&negative)
    ));
}

#[test]
fn fixed_and_unverified_checksums_take_the_fast_path_and_check_on_demand() {
    let mut tiny = unhex("0100 0200 0000");
    let crc = crc16(&tiny[..4], 0, true);
    tiny[4..6].copy_from_slice(&crc.to_le_bytes());
    let words = unhex("0001 0002 0003");
    let mut frame = vec![3, 0, 0, 0, 0, 0, 0];
    frame[1..5].copy_from_slice(&crc32(&words).to_be_bytes());
    let block_crc = crc16(&frame, 0xFFFF, false);
    frame[5..7].copy_from_slice(&block_crc.to_be_bytes());
    frame.extend_from_slice(&words);
    run(&format!(
        r#"
tiny = bytes.fromhex("{}")
def refuse(*args):
    raise AssertionError("the checked path ran")
saved = (Tiny._wire.decode, Tiny._wire.encode, Tiny._wire.view)
Tiny._wire.decode = Tiny._wire.encode = Tiny._wire.view = refuse
assert Tiny(a=1, b=2, crc=0).encode() == tiny
assert Tiny.decode(tiny) == Tiny(a=1, b=2, crc=int.from_bytes(tiny[4:6], "little"))
assert Tiny.view(tiny).crc == int.from_bytes(tiny[4:6], "little")
Tiny._wire.decode, Tiny._wire.encode, Tiny._wire.view = saved
bad = tiny[:5] + bytes([tiny[5] ^ 1])
for read in (Tiny.decode, Tiny.view):
    try:
        read(bad)
        raise AssertionError("a damaged CRC was accepted")
    except ChecksumMismatch as error:
        assert (error.field, error.offset) == ("crc", 4), error
frame = bytes.fromhex("{}")
value = Frame.decode(frame)
assert value.words == [1, 2, 3] and value.count == 3
assert Frame(words=[1, 2, 3]).encode() == frame
Frame.verify_checksum(frame)
# Not verified on decode: a damaged CRC reads, and `verify_checksum` finds it.
bad = bytearray(frame)
bad[2] ^= 1
assert Frame.decode(bytes(bad)).words == [1, 2, 3]
try:
    Frame.verify_checksum(bytes(bad))
    raise AssertionError("verify_checksum accepted a damaged CRC")
except ChecksumMismatch as error:
    assert error.field in ("crc", "block_crc"), error
# Four words announced, three there.
more = bytearray(frame)
more[0] = 4
try:
    Frame.decode(bytes(more))
    raise AssertionError("a short list was accepted")
except Truncated as error:
    assert error.to_dict() == {{"kind": "Truncated", "field": "words", "offset": 7, "needed": 15,
                               "available": 13}}, error.to_dict()
"#,
        hex(&tiny),
        hex(&frame)
    ));
}

/// The module on these types under the linters CI runs on generated modules, when they
/// are installed.
#[test]
fn the_module_passes_mypy_and_ruff() {
    let dir = std::env::temp_dir().join(format!("wire-python-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("net.py");
    std::fs::write(&path, generate(ALL)).expect("write module");
    let cache = dir.join("mypy-cache");
    let checks: [(&str, Vec<&std::ffi::OsStr>); 2] = [
        (
            "mypy",
            vec![
                "--strict".as_ref(),
                "--cache-dir".as_ref(),
                cache.as_os_str(),
                path.as_os_str(),
            ],
        ),
        (
            "ruff",
            vec![
                "check".as_ref(),
                "--isolated".as_ref(),
                "--no-cache".as_ref(),
                path.as_os_str(),
            ],
        ),
    ];
    for (tool, args) in checks {
        let Ok(output) = Command::new(tool).args(args).output() else {
            eprintln!("{tool} is not installed: not run");
            continue;
        };
        assert!(
            output.status.success(),
            "{tool} failed:\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn valid_values_encode_and_decode_on_the_fast_path() {
    let ipv4 = ipv4_bytes();
    let sealed = sealed_bytes(1, 1, b"xy", true);
    let dns = unhex(DNS);
    run(&format!(
        r#"
values = [
    (Ipv4(version=4, tos=0, total_len=32, ident=0x1234, flags_frag=0x4000, ttl=64, protocol=17,
          src=0xC0A80001, dst=0xC0A800C7, options=bytes.fromhex("94040000")), "{}"),
    (Sealed(kind=1, body=b"abc", tail="xy", note=5), "{}"),
    (Dns(id=0x1234, flags=8, questions=[Question(1, 1, b"a.b"), Question(28, 1, b"")],
         answers=[0x0A000001], extra=7), "{}"),
]
def refuse(value):
    raise AssertionError("the checked path ran")
for value, expected in values:
    saved = type(value)._wire.encode
    type(value)._wire.encode = refuse
    assert value.encode() == bytes.fromhex(expected), (type(value).__name__, value.encode().hex())
    type(value)._wire.encode = saved
    # And read back on the fast path too, checksums verified there.
    saved = type(value)._wire.decode
    type(value)._wire.decode = refuse
    decoded = type(value).decode(bytes.fromhex(expected))
    type(value)._wire.decode = saved
    assert decoded.encode() == bytes.fromhex(expected)
    damaged = bytearray.fromhex(expected)
    damaged[-1] ^= 0x01
    if type(value) is not Dns:
        try:
            type(value).decode(bytes(damaged))
            raise AssertionError("a damaged message was accepted")
        except ChecksumMismatch:
            pass
# The fast path gives up on what it cannot write, and the checked path raises.
Sealed._wire.encode = refuse
try:
    Sealed(kind=2, body=b"abc", tail="abcde").encode()
    raise AssertionError("no error")
except AssertionError as error:
    assert str(error) == "the checked path ran", error
"#,
        hex(&ipv4),
        hex(&sealed),
        hex(&dns)
    ));
}

/// Expressions built at run time (the model takes `&'static`).
fn leak(e: wire_schema::Expr) -> &'static wire_schema::Expr {
    Box::leak(Box::new(e))
}

#[test]
fn expressions_evaluate_as_rust_evaluates_them() {
    use wire_schema::{BinOp, Expr, Field, Place, Struct, Type, UnOp};
    let (x, y) = (leak(Expr::Field("x")), leak(Expr::Field("y")));
    let bin = |op, a, b| leak(Expr::Binary(op, a, b));
    let one = leak(Expr::Int(1));
    let exprs = [
        bin(BinOp::Div, x, y),
        bin(BinOp::Rem, x, y),
        bin(BinOp::Shl, x, y),
        bin(BinOp::Shr, x, y),
        bin(BinOp::And, x, bin(BinOp::Div, one, y)),
        bin(BinOp::Or, x, bin(BinOp::Div, one, y)),
        bin(BinOp::Mul, bin(BinOp::Mul, x, y), bin(BinOp::Mul, x, y)),
        bin(BinOp::Sub, leak(Expr::Unary(UnOp::Neg, x)), y),
        bin(
            BinOp::BitXor,
            leak(Expr::Unary(UnOp::Not, x)),
            bin(BinOp::Le, x, y),
        ),
        bin(BinOp::BitOr, bin(BinOp::BitAnd, x, y), bin(BinOp::Ne, x, y)),
    ];
    let values: [(i64, i64); 9] = [
        (-7, 2),
        (7, -2),
        (-7, -2),
        (5, 0),
        (0, 0),
        (-8, 1),
        (3, 127),
        (3, 128),
        (i64::MIN, i64::MIN),
    ];
    let field = |name| Field {
        name,
        doc: "",
        rust_type: "i64",
        ty: Type::Int { bytes: 8 },
        place: Place::Bytes { offset: 0, len: 8 },
        endian: None,
        since: 1,
        magic: None,
        default: None,
        condition: None,
        checksum: None,
    };
    let fields: &'static [Field] = Box::leak(Box::new([field("x"), field("y")]));
    let s = Struct {
        endian: None,
        version: None,
        block_len: 16,
        fixed_size: true,
        max_depth: 100,
        fields,
    };
    let mut script = String::from(
        "def either(run):\n    try:\n        return run()\n    except _BadExpression:\n        return None\n",
    );
    for e in exprs {
        for (xv, yv) in values {
            let expected = e.eval(&mut |n| Some(i128::from(if n == "x" { xv } else { yv })));
            let expected = expected.map_or("None".to_string(), |v| v.to_string());
            let data = super::computed::expr_data(e);
            let fast = super::computed::fast_expr(&s, e, &|n| n.to_string());
            let _ = std::fmt::Write::write_fmt(
                &mut script,
                format_args!(
                    "x, y = {xv}, {yv}\n\
                     assert either(lambda: _eval({data}, {{\"x\": x, \"y\": y}})) == {expected}, \
                     ({:?}, x, y)\n\
                     assert either(lambda: int({fast})) == {expected}, ({:?}, x, y)\n",
                    e.to_string(),
                    e.to_string()
                ),
            );
        }
    }
    run(&script);
}
