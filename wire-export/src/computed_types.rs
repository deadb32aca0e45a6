//! Hand-built schemas of lengths from expressions (`count`, `byte_len`), conditional
//! fields (`if`) and checksum fields, for the renderers' tests: the model is plain
//! `const` data, written here as the derive would write it.

use wire_schema::{
    BinOp, Body, Checksum, ChecksumAlgorithm, ChecksumRange, Endian, Expr, Field, LenPrefix, Place,
    Schema, SchemaRef, Struct, Type,
};

/// A field of the fixed block with every issue-15 part left out.
const fn plain(name: &'static str, rust_type: &'static str, ty: Type, place: Place) -> Field {
    Field {
        name,
        doc: "",
        rust_type,
        ty,
        place,
        endian: None,
        since: 1,
        magic: None,
        default: None,
        condition: None,
        checksum: None,
    }
}

const fn bytes(offset: usize, len: usize) -> Place {
    Place::Bytes { offset, len }
}

const U8: Type = Type::UInt { bytes: 1 };
const U16: Type = Type::UInt { bytes: 2 };
const U32: Type = Type::UInt { bytes: 4 };

const fn big(mut f: Field) -> Field {
    f.endian = Some(Endian::Big);
    f
}

const fn little(mut f: Field) -> Field {
    f.endian = Some(Endian::Little);
    f
}

// ---------------------------------------------------------------------------------------
// IPv4 (RFC 791 section 3.1): the options take `ihl * 4 - 20` bytes, and the header
// checksum (RFC 1071) covers the header, options included, verified on decode.

const IHL: Expr = Expr::Field("ihl");
const IHL_TIMES_4: Expr = Expr::Binary(BinOp::Mul, &IHL, &Expr::Int(4));
/// `ihl * 4 - 20`.
pub const OPTIONS_LEN: Expr = Expr::Binary(BinOp::Sub, &IHL_TIMES_4, &Expr::Int(20));

const IPV4_FIELDS: &[Field] = &[
    plain(
        "version",
        "u8",
        U8,
        Place::Bits {
            run_offset: 0,
            run_len: 1,
            shift: 4,
            width: 4,
        },
    ),
    plain(
        "ihl",
        "u8",
        U8,
        Place::Bits {
            run_offset: 0,
            run_len: 1,
            shift: 0,
            width: 4,
        },
    ),
    plain("tos", "u8", U8, bytes(1, 1)),
    big(plain("total_len", "u16", U16, bytes(2, 2))),
    big(plain("ident", "u16", U16, bytes(4, 2))),
    big(plain("flags_frag", "u16", U16, bytes(6, 2))),
    plain("ttl", "u8", U8, bytes(8, 1)),
    plain("protocol", "u8", U8, bytes(9, 1)),
    Field {
        doc: "The header checksum.",
        checksum: Some(Checksum {
            algorithm: ChecksumAlgorithm::Internet,
            over: ChecksumRange::Fields {
                first: "version",
                last: "options",
            },
            verify_on_view: true,
        }),
        ..big(plain("checksum", "u16", U16, bytes(10, 2)))
    },
    big(plain("src", "u32", U32, bytes(12, 4))),
    big(plain("dst", "u32", U32, bytes(16, 4))),
    plain(
        "options",
        "Vec<u8>",
        Type::Bytes {
            prefix: LenPrefix::ByteLen(&OPTIONS_LEN),
            max_len: 40,
        },
        Place::Variable { index: 0 },
    ),
];

/// An IPv4 header with options.
pub const IPV4_OPTIONS: &Schema = &Schema {
    name: "Ipv4",
    module: "net",
    doc: "An IPv4 header (RFC 791) with its options.",
    body: Body::Struct(Struct {
        endian: Some(Endian::Big),
        version: None,
        block_len: 20,
        fixed_size: false,
        max_depth: 100,
        fields: IPV4_FIELDS,
    }),
};

// ---------------------------------------------------------------------------------------
// DNS (RFC 1035 section 4.1): questions and answers counted by header fields, and an
// extra field present when a flag bit is set.

const QUESTION_FIELDS: &[Field] = &[
    big(plain("qtype", "u16", U16, bytes(0, 2))),
    big(plain("qclass", "u16", U16, bytes(2, 2))),
    plain(
        "name",
        "Vec<u8>",
        Type::Bytes {
            prefix: LenPrefix::U8,
            max_len: 255,
        },
        Place::Variable { index: 0 },
    ),
];

/// A DNS question (simplified: the name as one length-prefixed string).
pub const QUESTION: &Schema = &Schema {
    name: "Question",
    module: "net",
    doc: "",
    body: Body::Struct(Struct {
        endian: Some(Endian::Big),
        version: None,
        block_len: 4,
        fixed_size: false,
        max_depth: 100,
        fields: QUESTION_FIELDS,
    }),
};

const QDCOUNT: Expr = Expr::Field("qdcount");
const ANCOUNT: Expr = Expr::Field("ancount");
const FLAGS: Expr = Expr::Field("flags");
const FLAGS_BIT: Expr = Expr::Binary(BinOp::BitAnd, &FLAGS, &Expr::Int(0x8));
/// `flags & 8 != 0`.
pub const HAS_EXTRA: Expr = Expr::Binary(BinOp::Ne, &FLAGS_BIT, &Expr::Int(0));

const DNS_FIELDS: &[Field] = &[
    big(plain("id", "u16", U16, bytes(0, 2))),
    big(plain("flags", "u16", U16, bytes(2, 2))),
    big(plain("qdcount", "u16", U16, bytes(4, 2))),
    big(plain("ancount", "u16", U16, bytes(6, 2))),
    plain(
        "questions",
        "Vec<Question>",
        Type::List {
            elem: &Type::Named(SchemaRef::new(|| QUESTION)),
            prefix: LenPrefix::Count(&QDCOUNT),
            max_len: 16,
        },
        Place::Variable { index: 0 },
    ),
    plain(
        "answers",
        "Vec<u32>",
        Type::List {
            elem: &U32,
            prefix: LenPrefix::Count(&ANCOUNT),
            max_len: 16,
        },
        Place::Variable { index: 1 },
    ),
    Field {
        condition: Some(&HAS_EXTRA),
        ..plain("extra", "Option<u32>", U32, Place::Variable { index: 2 })
    },
];

/// A DNS header, its questions and answers.
pub const DNS: &Schema = &Schema {
    name: "Dns",
    module: "net",
    doc: "",
    body: Body::Struct(Struct {
        endian: Some(Endian::Big),
        version: None,
        block_len: 8,
        fixed_size: false,
        max_depth: 100,
        fields: DNS_FIELDS,
    }),
};

// ---------------------------------------------------------------------------------------
// A sealed message: a CRC-32C over the whole message (verified), a body counted by `len`,
// a tail whose length reads two fields, and a field present on a condition that
// divides (short-circuited when `kind` is even).

const LEN: Expr = Expr::Field("len");
const SKIP: Expr = Expr::Field("skip");
const KIND: Expr = Expr::Field("kind");
/// `len - skip`.
pub const TAIL_LEN: Expr = Expr::Binary(BinOp::Sub, &LEN, &SKIP);
const KIND_ODD: Expr = Expr::Binary(
    BinOp::Ne,
    &Expr::Binary(BinOp::BitAnd, &KIND, &Expr::Int(1)),
    &Expr::Int(0),
);
const SIXTEEN_BY_SKIP: Expr = Expr::Binary(BinOp::Div, &Expr::Int(16), &SKIP);
/// `kind & 1 != 0 && 16 / skip >= 1`.
pub const HAS_NOTE: Expr = Expr::Binary(
    BinOp::And,
    &KIND_ODD,
    &Expr::Binary(BinOp::Ge, &SIXTEEN_BY_SKIP, &Expr::Int(1)),
);

const SEALED_FIELDS: &[Field] = &[
    plain("kind", "u8", U8, bytes(0, 1)),
    plain("len", "u8", U8, bytes(1, 1)),
    plain("skip", "u8", U8, bytes(2, 1)),
    Field {
        checksum: Some(Checksum {
            algorithm: ChecksumAlgorithm::Crc32c,
            over: ChecksumRange::Message,
            verify_on_view: true,
        }),
        ..little(plain("crc", "u32", U32, bytes(3, 4)))
    },
    plain(
        "body",
        "Vec<u8>",
        Type::Bytes {
            prefix: LenPrefix::Count(&LEN),
            max_len: 16,
        },
        Place::Variable { index: 0 },
    ),
    plain(
        "tail",
        "String",
        Type::Str {
            prefix: LenPrefix::Count(&TAIL_LEN),
            max_len: 16,
        },
        Place::Variable { index: 1 },
    ),
    Field {
        condition: Some(&HAS_NOTE),
        ..little(plain(
            "note",
            "Option<u16>",
            U16,
            Place::Variable { index: 2 },
        ))
    },
];

/// A message sealed by a CRC-32C.
pub const SEALED: &Schema = &Schema {
    name: "Sealed",
    module: "net",
    doc: "",
    body: Body::Struct(Struct {
        endian: Some(Endian::Little),
        version: None,
        block_len: 7,
        fixed_size: false,
        max_depth: 100,
        fields: SEALED_FIELDS,
    }),
};

// ---------------------------------------------------------------------------------------
// The three other algorithms: a fixed-size struct with a CRC-16/KERMIT over two fields,
// verified; and a CRC-32 over a variable field and a CRC-16/IBM-3740 over the block
// (which holds the CRC-32, computed first), not verified, with a list of words filling
// the bytes an expression gives.

const TINY_FIELDS: &[Field] = &[
    plain("a", "u16", U16, bytes(0, 2)),
    plain("b", "u16", U16, bytes(2, 2)),
    Field {
        checksum: Some(Checksum {
            algorithm: ChecksumAlgorithm::Crc16Kermit,
            over: ChecksumRange::Fields {
                first: "a",
                last: "b",
            },
            verify_on_view: true,
        }),
        ..plain("crc", "u16", U16, bytes(4, 2))
    },
];

/// Fixed size, a verified CRC-16/KERMIT.
pub const TINY: &Schema = &Schema {
    name: "Tiny",
    module: "net",
    doc: "",
    body: Body::Struct(Struct {
        endian: Some(Endian::Little),
        version: None,
        block_len: 6,
        fixed_size: true,
        max_depth: 100,
        fields: TINY_FIELDS,
    }),
};

const WORDS_LEN: Expr = Expr::Binary(BinOp::Mul, &Expr::Field("count"), &Expr::Int(2));

const FRAME_FIELDS: &[Field] = &[
    big(plain("count", "u8", U8, bytes(0, 1))),
    Field {
        checksum: Some(Checksum {
            algorithm: ChecksumAlgorithm::Crc32,
            over: ChecksumRange::Fields {
                first: "words",
                last: "words",
            },
            verify_on_view: false,
        }),
        ..big(plain("crc", "u32", U32, bytes(1, 4)))
    },
    Field {
        checksum: Some(Checksum {
            algorithm: ChecksumAlgorithm::Crc16Ccitt,
            over: ChecksumRange::Block,
            verify_on_view: false,
        }),
        ..big(plain("block_crc", "u16", U16, bytes(5, 2)))
    },
    big(plain(
        "words",
        "Vec<u16>",
        Type::List {
            elem: &U16,
            prefix: LenPrefix::ByteLen(&WORDS_LEN),
            max_len: 32,
        },
        Place::Variable { index: 0 },
    )),
];

/// A CRC-32 of the words and a CRC-16/IBM-3740 of the block, neither verified.
pub const FRAME: &Schema = &Schema {
    name: "Frame",
    module: "net",
    doc: "",
    body: Body::Struct(Struct {
        endian: Some(Endian::Big),
        version: None,
        block_len: 7,
        fixed_size: false,
        max_depth: 100,
        fields: FRAME_FIELDS,
    }),
};

/// Every schema above.
pub const ALL: &[&Schema] = &[IPV4_OPTIONS, DNS, SEALED, TINY, FRAME];

#[cfg(test)]
mod tests {
    use super::*;

    // The renderings of every part above, reviewed as snapshots (`src/snapshots/`; with
    // `INSTA_UPDATE=always` a changed one is rewritten, to be read and committed).

    #[test]
    fn markdown_renders_lengths_conditions_and_checksums() {
        let page = crate::markdown_all(ALL);
        assert!(page.contains("`ihl * 4 - 20` bytes (from earlier fields)"));
        assert!(page.contains("present when `flags & 8 != 0`"));
        assert!(page.contains("CRC-32C (Castagnoli) of the message, verified on decode"));
        insta::assert_snapshot!("computed_markdown", page);
    }

    #[test]
    fn json_renders_lengths_conditions_and_checksums() {
        let doc = crate::json::to_json(ALL);
        let ipv4 = &doc["types"][0];
        let options = &ipv4["fields"][11];
        assert_eq!(options["type"]["prefix"], "byte_len");
        assert_eq!(options["type"]["length"]["text"], "ihl * 4 - 20");
        assert_eq!(options["type"]["length"]["expr"]["op"], "-");
        assert_eq!(
            options["type"]["length"]["expr"]["left"]["left"]["name"],
            "ihl"
        );
        let checksum = &ipv4["fields"][8]["checksum"];
        assert_eq!(checksum["algorithm"], "internet");
        assert_eq!(checksum["over"]["last"], "options");
        assert_eq!(checksum["verify"], true);
        let extra = &doc["types"][1]["fields"][6];
        assert_eq!(extra["condition"]["text"], "flags & 8 != 0");
        assert_eq!(extra["condition"]["expr"]["kind"], "binary");
        insta::assert_snapshot!("computed_json", crate::json::to_string_pretty(ALL));
    }
}
