//! `count = "…"` and `byte_len = "…"`: lengths computed from earlier fields, with the
//! exact bytes of an IPv4 header with options (RFC 791) and of a DNS response
//! (RFC 1035), every decode error with its offset, and the encoder's write-back rule.

use proptest::prelude::*;
use wire::prelude::*;
use wire::{DecodeError, EncodeError};

/// RFC 791 section 3.1: IHL counts 32-bit words of header, options included; total
/// length counts bytes of header and data.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Ipv4 {
    #[wire(bits = 4)]
    version: u8,
    #[wire(bits = 4)]
    ihl: u8,
    #[wire(bits = 6)]
    dscp: u8,
    #[wire(bits = 2)]
    ecn: u8,
    total_length: u16,
    identification: u16,
    #[wire(bits = 3)]
    flags: u8,
    #[wire(bits = 13)]
    fragment_offset: u16,
    ttl: u8,
    protocol: u8,
    checksum: u16,
    src: [u8; 4],
    dst: [u8; 4],
    #[wire(byte_len = "ihl * 4 - 20", max_len = 40)]
    options: Vec<u8>,
    #[wire(byte_len = "total_length - ihl * 4")]
    payload: Vec<u8>,
}

/// A 24-byte header (IHL 6) with a Router Alert option (RFC 2113: 0x94 0x04 0x00 0x00)
/// and 4 bytes of data.
const IPV4_BYTES: [u8; 28] = [
    0x46, 0x00, 0x00, 0x1c, 0x12, 0x34, 0x40, 0x00, 0x40, 0x11, 0xab, 0xcd, 10, 0, 0, 1, 10, 0, 0,
    2, 0x94, 0x04, 0x00, 0x00, 0xde, 0xad, 0xbe, 0xef,
];

fn ipv4() -> Ipv4 {
    Ipv4 {
        version: 4,
        ihl: 6,
        dscp: 0,
        ecn: 0,
        total_length: 28,
        identification: 0x1234,
        flags: 0b010,
        fragment_offset: 0,
        ttl: 64,
        protocol: 17,
        checksum: 0xabcd,
        src: [10, 0, 0, 1],
        dst: [10, 0, 0, 2],
        options: vec![0x94, 0x04, 0x00, 0x00],
        payload: vec![0xde, 0xad, 0xbe, 0xef],
    }
}

#[test]
fn ipv4_decodes_views_and_encodes_the_rfc_bytes() {
    assert_eq!(Ipv4::decode(&IPV4_BYTES).unwrap(), ipv4());
    let view = Ipv4::view(&IPV4_BYTES).unwrap();
    assert_eq!(
        (view.ihl(), view.options(), view.payload()),
        (6, &IPV4_BYTES[20..24], &IPV4_BYTES[24..])
    );
    assert_eq!(ipv4().encode_to_vec(), IPV4_BYTES);
    assert_eq!(ipv4().encoded_len(), 28);
}

#[test]
fn encode_writes_the_lengths_back() {
    // What the value says of `ihl` and `total_length` is ignored: the encoder solves
    // `ihl * 4 - 20 = 4` and then `total_length - 24 = 4`.
    let value = Ipv4 {
        ihl: 0,
        total_length: 999,
        ..ipv4()
    };
    assert_eq!(value.encode_to_vec(), IPV4_BYTES);
    let no_options = Ipv4 {
        options: vec![],
        payload: vec![1],
        ..ipv4()
    };
    let bytes = no_options.encode_to_vec();
    assert_eq!((bytes[0], &bytes[2..4]), (0x45, &[0, 21][..]));
    assert_eq!(
        Ipv4::decode(&bytes).unwrap(),
        Ipv4 {
            ihl: 5,
            total_length: 21,
            ..no_options
        }
    );
}

#[test]
fn encode_refuses_lengths_the_target_cannot_say() {
    // 3 bytes of options: no whole IHL gives them.
    let err = Ipv4 {
        options: vec![1, 2, 3],
        ..ipv4()
    }
    .encode(&mut [0; 64])
    .unwrap_err();
    assert_eq!(
        err,
        EncodeError::InvalidLength {
            field: "options",
            len: 3
        }
    );
    // 44 bytes of options: above `max_len`.
    let err = Ipv4 {
        options: vec![0; 44],
        ..ipv4()
    }
    .encode(&mut [0; 128])
    .unwrap_err();
    assert!(matches!(
        err,
        EncodeError::LengthExceedsMax {
            field: "options",
            len: 44,
            ..
        }
    ));
    // 65 536 bytes of payload: `total_length` is a u16.
    let err = Ipv4 {
        payload: vec![0; 65_536],
        ..ipv4()
    }
    .encode(&mut vec![0; 70_000])
    .unwrap_err();
    assert!(matches!(
        err,
        EncodeError::ValueOutOfRange {
            field: "total_length",
            offset: 2,
            bits: 16,
            signed: false,
            ..
        }
    ));
}

#[test]
fn ihl_is_range_checked_as_a_4_bit_field() {
    #[derive(Wire, Debug, PartialEq)]
    #[wire(endian = "big")]
    struct Words {
        #[wire(bits = 4)]
        words: u8,
        #[wire(bits = 4)]
        kind: u8,
        #[wire(byte_len = "words * 4", max_len = 1000)]
        body: Vec<u8>,
    }
    let err = Words {
        words: 0,
        kind: 0,
        body: vec![0; 64],
    }
    .encode(&mut [0; 100])
    .unwrap_err();
    assert!(matches!(
        err,
        EncodeError::ValueOutOfRange {
            field: "words",
            bits: 4,
            ..
        }
    ));
    assert_eq!(err.max(), Some(15));
}

#[test]
fn decode_errors_carry_the_field_and_its_offset() {
    // IHL 4: options of -4 bytes.
    let mut bytes = IPV4_BYTES;
    bytes[0] = 0x44;
    let negative = DecodeError::InvalidLength {
        field: "options",
        offset: 20,
        value: -4,
    };
    assert_eq!(Ipv4::decode(&bytes), Err(negative));
    assert_eq!(Ipv4::view(&bytes).unwrap_err(), negative);
    // IHL 15: 40 bytes of options, more than there are.
    bytes[0] = 0x4f;
    assert!(matches!(
        Ipv4::decode(&bytes),
        Err(DecodeError::Truncated {
            field: "options",
            offset: 20,
            ..
        })
    ));
    // total_length 20 with IHL 6: a payload of -4 bytes, after the options.
    let mut bytes = IPV4_BYTES;
    bytes[3] = 20;
    assert_eq!(
        Ipv4::decode(&bytes),
        Err(DecodeError::InvalidLength {
            field: "payload",
            offset: 24,
            value: -4
        })
    );
    // total_length 0xffff: far more than the input.
    bytes[2..4].copy_from_slice(&[0xff, 0xff]);
    assert!(matches!(
        Ipv4::view(&bytes),
        Err(DecodeError::Truncated {
            field: "payload",
            offset: 24,
            ..
        })
    ));
}

#[test]
fn caps_and_overflow_are_checked_before_reading() {
    #[derive(Wire, Debug, PartialEq)]
    #[wire(endian = "big")]
    struct Wide {
        n: u64,
        shift: u8,
        #[wire(if = "n * n * n + (1 << shift) != 0")]
        flag: Option<u8>,
        #[wire(count = "n", max_len = 16)]
        items: Vec<u32>,
    }
    let mut bytes = [0u8; 10];
    bytes[7] = 17;
    assert!(matches!(
        Wide::decode(&bytes),
        Err(DecodeError::LengthExceedsMax {
            field: "items",
            offset: 10,
            len: 17,
            max: 16
        })
    ));
    // u64::MAX cubed overflows an i128: the condition cannot be evaluated.
    let mut bytes = [0xffu8; 10];
    bytes[8] = 0;
    assert_eq!(
        Wide::decode(&bytes),
        Err(DecodeError::InvalidExpression {
            field: "flag",
            offset: 9
        })
    );
    // A shift of 128 or more.
    let mut bytes = [0u8; 10];
    bytes[8] = 200;
    assert_eq!(
        Wide::view(&bytes).unwrap_err(),
        DecodeError::InvalidExpression {
            field: "flag",
            offset: 9
        }
    );
    // A count of 2 u32s with 7 bytes left: truncated.
    let mut bytes = vec![0u8; 17];
    bytes[7] = 2;
    assert!(matches!(
        Wide::decode(&bytes),
        Err(DecodeError::Truncated {
            field: "items",
            offset: 10,
            needed: 18,
            available: 17
        })
    ));
}

/// RFC 1035 section 4.1: a header with four counts, then the sections they count.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Dns {
    id: u16,
    flags: u16,
    qdcount: u16,
    ancount: u16,
    nscount: u16,
    arcount: u16,
    #[wire(count = "qdcount")]
    questions: Vec<Question>,
    #[wire(count = "ancount")]
    answers: Vec<Record>,
    #[wire(count = "nscount")]
    authorities: Vec<Record>,
    #[wire(count = "arcount")]
    additionals: Vec<Record>,
}

/// A name of two labels and the root (section 3.1), then QTYPE and QCLASS.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Question {
    #[wire(count = "3")]
    labels: Vec<Label>,
    #[wire(variable)]
    tail: QuestionTail,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Label {
    #[wire(len = "u8", max_len = 63)]
    text: Vec<u8>,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct QuestionTail {
    qtype: u16,
    qclass: u16,
}

/// A resource record whose name is a pointer (section 4.1.4), then RDLENGTH bytes.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Record {
    name: u16,
    rtype: u16,
    class: u16,
    ttl: u32,
    rdlength: u16,
    #[wire(byte_len = "rdlength")]
    rdata: Vec<u8>,
}

/// A response for example.com A: one question, one answer 93.184.216.34.
const DNS_BYTES: [u8; 45] = [
    0xab, 0xcd, 0x81, 0x80, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // header
    7, b'e', b'x', b'a', b'm', b'p', b'l', b'e', 3, b'c', b'o', b'm', 0, // QNAME
    0x00, 0x01, 0x00, 0x01, // QTYPE A, QCLASS IN
    0xc0, 0x0c, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x04, // answer
    93, 184, 216, 34,
];

fn dns() -> Dns {
    let label = |text: &[u8]| Label {
        text: text.to_vec(),
    };
    Dns {
        id: 0xabcd,
        flags: 0x8180,
        qdcount: 1,
        ancount: 1,
        nscount: 0,
        arcount: 0,
        questions: vec![Question {
            labels: vec![label(b"example"), label(b"com"), label(b"")],
            tail: QuestionTail {
                qtype: 1,
                qclass: 1,
            },
        }],
        answers: vec![Record {
            name: 0xc00c,
            rtype: 1,
            class: 1,
            ttl: 3600,
            rdlength: 4,
            rdata: vec![93, 184, 216, 34],
        }],
        authorities: vec![],
        additionals: vec![],
    }
}

#[test]
fn dns_round_trips_the_rfc_bytes() {
    assert_eq!(Dns::decode(&DNS_BYTES).unwrap(), dns());
    assert_eq!(dns().encode_to_vec(), DNS_BYTES);
    let view = Dns::view(&DNS_BYTES).unwrap();
    let question = view.questions().iter().next().unwrap();
    assert_eq!((question.tail().qtype(), question.tail().qclass()), (1, 1));
    assert_eq!(
        view.answers().iter().next().unwrap().rdata(),
        [93, 184, 216, 34]
    );
    // Counts are written back from the lists.
    let mut two = dns();
    two.qdcount = 0;
    two.additionals.push(Record {
        rdlength: 0,
        rdata: vec![1, 2],
        ..dns().answers.remove(0)
    });
    let bytes = two.encode_to_vec();
    assert_eq!((&bytes[4..6], &bytes[10..12]), (&[0, 1][..], &[0, 1][..]));
    let back = Dns::decode(&bytes).unwrap();
    assert_eq!(
        (back.qdcount, back.arcount, back.additionals[0].rdlength),
        (1, 1, 2)
    );
}

#[test]
fn a_count_without_a_target_is_checked_on_encode() {
    let mut value = dns();
    value.questions[0].labels.pop();
    let err = value.encode(&mut [0; 64]).unwrap_err();
    assert_eq!(
        err,
        EncodeError::InvalidLength {
            field: "labels",
            len: 2
        }
    );
}

#[test]
fn a_huge_count_fails_before_any_allocation() {
    let mut bytes = DNS_BYTES;
    bytes[4..6].copy_from_slice(&[0xff, 0xff]);
    assert!(matches!(
        Dns::decode(&bytes),
        Err(DecodeError::Truncated {
            field: "questions",
            offset: 12,
            ..
        })
    ));
}

/// A list that reads elements until its bytes are used up.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Tcp {
    #[wire(bits = 4)]
    data_offset: u8,
    #[wire(bits = 4)]
    reserved: u8,
    #[wire(byte_len = "data_offset * 4 - 20")]
    options: Vec<TcpOption>,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct TcpOption {
    kind: u8,
    #[wire(len = "u8")]
    data: Vec<u8>,
}

#[test]
fn a_list_by_bytes_reads_elements_until_they_are_used_up() {
    let value = Tcp {
        data_offset: 0,
        reserved: 0,
        options: vec![
            TcpOption {
                kind: 2,
                data: vec![5, 0xb4],
            },
            TcpOption {
                kind: 1,
                data: vec![],
            },
        ],
    };
    // 4 + 2 = 6 bytes of options: not a multiple of 4, no data offset says it.
    assert_eq!(
        value.encode(&mut [0; 32]).unwrap_err(),
        EncodeError::InvalidLength {
            field: "options",
            len: 6
        }
    );
    let value = Tcp {
        options: vec![
            TcpOption {
                kind: 2,
                data: vec![5, 0xb4],
            },
            TcpOption {
                kind: 1,
                data: vec![0, 0],
            },
        ],
        ..value
    };
    let bytes = value.encode_to_vec();
    assert_eq!(bytes, [0x70, 2, 2, 5, 0xb4, 1, 2, 0, 0]);
    assert_eq!(
        Tcp::decode(&bytes).unwrap(),
        Tcp {
            data_offset: 7,
            ..value
        }
    );
    assert_eq!(Tcp::view(&bytes).unwrap().options().iter().count(), 2);
    // An element that runs past the options' 8 bytes (its data claims 5 bytes at 7, 2
    // are left of them): truncated at its absolute offset, though the input goes on.
    let bad = [0x70, 2, 2, 5, 0xb4, 1, 5, 0, 0, 0, 0];
    let truncated = DecodeError::Truncated {
        field: "data",
        offset: 6,
        needed: 12,
        available: 9,
    };
    assert_eq!(Tcp::decode(&bad[..]), Err(truncated));
    assert_eq!(Tcp::view(&bad[..]).unwrap_err(), truncated);
}

#[test]
fn strings_and_borrowed_bytes_take_computed_lengths() {
    #[derive(Wire, Debug, PartialEq)]
    #[wire(endian = "little")]
    struct Names<'a> {
        name_len: u8,
        raw_len: u16,
        #[wire(count = "name_len")]
        name: &'a str,
        #[wire(byte_len = "raw_len + 1")]
        raw: &'a [u8],
        #[wire(count = "name_len * 2")]
        twice: String,
    }
    let value = Names {
        name_len: 0,
        raw_len: 0,
        name: "hé",
        raw: &[7, 8],
        twice: "abcdef".into(),
    };
    let bytes = value.encode_to_vec();
    assert_eq!(
        bytes,
        [3, 1, 0, b'h', 0xc3, 0xa9, 7, 8, b'a', b'b', b'c', b'd', b'e', b'f']
    );
    assert_eq!(
        Names::decode(&bytes).unwrap(),
        Names {
            name_len: 3,
            raw_len: 1,
            ..value
        }
    );
    let mut bad = bytes.clone();
    bad[4] = 0xff;
    assert_eq!(
        Names::view(&bad).unwrap_err(),
        DecodeError::InvalidUtf8 {
            field: "name",
            offset: 4
        }
    );
}

#[test]
fn the_schema_carries_the_expressions() {
    use wire::schema::{BinOp, Expr, LenPrefix, Type};
    let s = Ipv4::SCHEMA.as_struct().unwrap();
    let Type::Bytes {
        prefix: LenPrefix::ByteLen(expr),
        max_len: 40,
    } = s.fields[13].ty
    else {
        panic!("{:?}", s.fields[13].ty);
    };
    assert_eq!(expr.to_string(), "ihl * 4 - 20");
    assert_eq!(
        *expr,
        Expr::Binary(
            BinOp::Sub,
            &Expr::Binary(BinOp::Mul, &Expr::Field("ihl"), &Expr::Int(4)),
            &Expr::Int(20)
        )
    );
    let d = Dns::SCHEMA.as_struct().unwrap();
    assert!(matches!(
        d.fields[6].ty,
        Type::List {
            prefix: LenPrefix::Count(Expr::Field("qdcount")),
            max_len: 1_048_576,
            ..
        }
    ));
}

#[test]
fn max_encoded_len_counts_the_caps() {
    #[derive(Wire)]
    #[wire(endian = "big")]
    struct Capped {
        n: u8,
        #[wire(count = "n", max_len = 10)]
        items: Vec<u16>,
        #[wire(byte_len = "n", max_len = 7)]
        tail: Vec<u8>,
    }
    assert_eq!(Capped::MAX_ENCODED_LEN, 1 + 10 * 2 + 7);
    let capped = Capped::decode(&[1, 0, 9, 8]).unwrap();
    assert_eq!((capped.n, capped.items, capped.tail), (1, vec![9], vec![8]));
}

proptest! {
    #[test]
    fn ipv4_round_trips_with_its_lengths_written_back(
        words in 0usize..=10,
        payload in proptest::collection::vec(any::<u8>(), 0..100),
        ttl in any::<u8>(),
    ) {
        let value = Ipv4 { ihl: 0, total_length: 0, ttl, options: vec![1; words * 4], payload, ..ipv4() };
        let bytes = value.encode_to_vec();
        let ihl = 5 + words as u8;
        prop_assert_eq!(usize::from(bytes[0] & 0xf), usize::from(ihl));
        let back = Ipv4::decode(&bytes).unwrap();
        prop_assert_eq!(back.total_length as usize, bytes.len());
        prop_assert_eq!(back, Ipv4 { ihl, total_length: bytes.len() as u16, ..value });
    }

    #[test]
    fn any_input_decodes_to_its_own_encoding_or_an_error(
        bytes in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        // Whatever the bytes, no panic; what decodes encodes back to the same bytes.
        if let Ok(value) = Ipv4::decode(&bytes) {
            prop_assert_eq!(value.encode_to_vec(), bytes.clone());
        }
        if let Ok(value) = Tcp::decode(&bytes) {
            prop_assert_eq!(value.encode_to_vec(), bytes.clone());
        }
        prop_assert_eq!(Ipv4::view(&bytes).is_ok(), Ipv4::decode(&bytes).is_ok());
        prop_assert_eq!(Dns::view(&bytes).is_ok(), Dns::decode(&bytes).is_ok());
    }
}
