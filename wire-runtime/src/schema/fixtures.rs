//! Hand-written schemas, as the derive writes them, for the renderers' unit tests
//! (Markdown, JSON, the Wireshark dissector, the Python codec), and the constructors
//! that keep them short. A fixture only one renderer needs stays in that renderer's
//! tests, written with the same constructors.

use super::{
    Body, DefaultValue, Endian, Enum, EnumOther, EnumValue, Field, LenPrefix, Place, Schema,
    SchemaRef, Struct, TagKind, Type, Union, Variant,
};

pub const U8: Type = Type::UInt { bytes: 1 };
pub const U16: Type = Type::UInt { bytes: 2 };
pub const U32: Type = Type::UInt { bytes: 4 };
pub const I8: Type = Type::Int { bytes: 1 };
pub const I16: Type = Type::Int { bytes: 2 };

/// A field written as `name: rust_type`: no doc, no byte order of its own (a single byte,
/// a nested type), there since version 1, no magic, no default. The methods below add
/// the rest.
pub const fn field(name: &'static str, rust_type: &'static str, ty: Type, place: Place) -> Field {
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
    }
}

/// Builders for the fixtures: each sets one property of a [`field`].
impl Field {
    /// Big endian.
    pub const fn big(mut self) -> Self {
        self.endian = Some(Endian::Big);
        self
    }

    /// Little endian.
    pub const fn little(mut self) -> Self {
        self.endian = Some(Endian::Little);
        self
    }

    /// Added in `version`.
    pub const fn since(mut self, version: u32) -> Self {
        self.since = version;
        self
    }

    /// What a reader gives it when the sender's version did not have it.
    pub const fn with_default(mut self, default: DefaultValue) -> Self {
        self.default = Some(default);
        self
    }

    /// The bytes it must hold.
    pub const fn magic(mut self, bytes: &'static [u8]) -> Self {
        self.magic = Some(bytes);
        self
    }

    /// With a doc comment.
    pub const fn doc(mut self, doc: &'static str) -> Self {
        self.doc = doc;
        self
    }
}

/// `len` whole bytes at `offset` of the block.
pub const fn at(offset: usize, len: usize) -> Place {
    Place::Bytes { offset, len }
}

/// `width` bits at `shift` of the run of `run_len` bytes at `run_offset`.
pub const fn bits(run_offset: usize, run_len: usize, shift: u32, width: u32) -> Place {
    Place::Bits {
        run_offset,
        run_len,
        shift,
        width,
    }
}

/// The `index`-th variable field after the block.
pub const fn variable(index: usize) -> Place {
    Place::Variable { index }
}

/// A struct in `endian` order: with a version, its encoding starts with a version header;
/// without one it is fixed-size (these fixtures then have no variable fields).
pub const fn structure(
    name: &'static str,
    endian: Endian,
    version: Option<u32>,
    block_len: usize,
    fields: &'static [Field],
) -> Schema {
    Schema {
        name,
        doc: "",
        body: Body::Struct(Struct {
            endian: Some(endian),
            version,
            block_len,
            fixed_size: version.is_none(),
            max_depth: crate::var_support::DEFAULT_MAX_DEPTH,
            fields,
        }),
    }
}

/// A C-like enum stored in `bytes` bytes.
pub const fn enumeration(name: &'static str, bytes: usize, values: &'static [EnumValue]) -> Schema {
    Schema {
        name,
        doc: "",
        body: Body::Enum(Enum {
            bytes,
            values,
            other: None,
        }),
    }
}

/// An open C-like enum: `other` keeps every value not in `values`.
pub const fn open_enumeration(
    name: &'static str,
    bytes: usize,
    values: &'static [EnumValue],
    other: &'static str,
) -> Schema {
    Schema {
        name,
        doc: "",
        body: Body::Enum(Enum {
            bytes,
            values,
            other: Some(EnumOther {
                name: other,
                doc: "",
            }),
        }),
    }
}

/// A tagged union.
pub const fn tagged(
    name: &'static str,
    tag: TagKind,
    endian: Option<Endian>,
    variants: &'static [Variant],
) -> Schema {
    Schema {
        name,
        doc: "",
        body: Body::Union(Union {
            tag,
            endian,
            max_depth: crate::var_support::DEFAULT_MAX_DEPTH,
            variants,
        }),
    }
}

impl Schema {
    /// The fixture with a doc comment.
    pub const fn doc(mut self, doc: &'static str) -> Self {
        self.doc = doc;
        self
    }
}

/// An enum value without a doc comment.
pub const fn value(name: &'static str, value: u64) -> EnumValue {
    EnumValue {
        name,
        doc: "",
        value,
    }
}

impl EnumValue {
    /// The value with a doc comment.
    pub const fn doc(mut self, doc: &'static str) -> Self {
        self.doc = doc;
        self
    }
}

/// A union variant with tag `id`, without a doc comment.
pub const fn variant(name: &'static str, id: u64, payload: Option<Type>) -> Variant {
    Variant {
        name,
        doc: "",
        id: Some(id),
        payload,
    }
}

/// The `other` variant: every unknown tag, the bytes after it unparsed.
pub const fn other(name: &'static str) -> Variant {
    Variant {
        id: None,
        ..variant(name, 0, None)
    }
}

impl Variant {
    /// The variant with a doc comment.
    pub const fn doc(mut self, doc: &'static str) -> Self {
        self.doc = doc;
        self
    }
}

/// RFC 791 section 3.1, type of service split as RFC 2474 does.
pub static IPV4: Schema = structure(
    "Ipv4Header",
    Endian::Big,
    None,
    20,
    &[
        field("version", "u8", U8, bits(0, 1, 4, 4)).big(),
        field("ihl", "u8", U8, bits(0, 1, 0, 4)).big(),
        field("dscp", "u8", U8, bits(1, 1, 2, 6)).big(),
        field("ecn", "u8", U8, bits(1, 1, 0, 2)).big(),
        field("total_len", "u16", U16, at(2, 2)).big(),
        field("identification", "u16", U16, at(4, 2)).big(),
        field("flags", "u8", U8, bits(6, 2, 13, 3)).big(),
        field("fragment_offset", "u16", U16, bits(6, 2, 0, 13)).big(),
        field("ttl", "u8", U8, at(8, 1)),
        field("protocol", "u8", U8, at(9, 1)),
        field("checksum", "u16", U16, at(10, 2)).big(),
        field("src", "[u8; 4]", ADDRESS, at(12, 4)),
        field("dst", "[u8; 4]", ADDRESS, at(16, 4)),
    ],
)
.doc("RFC 791 section 3.1.");

const ADDRESS: Type = Type::Array {
    elem: &U8,
    elem_len: 1,
    len: 4,
};

/// ASCII values, one of them a `|` (which a Markdown table must escape) and one a NUL.
pub static SIDE: Schema = enumeration(
    "Side",
    1,
    &[
        value("Buy", b'B' as u64).doc("A bid."),
        value("Sell", b'S' as u64).doc("An offer."),
        value("Pipe", b'|' as u64),
        value("Nul", 0),
    ],
)
.doc("The side of an order.");

/// An open two-byte enum: values a newer peer added are kept by `Unknown`.
pub static STATUS: Schema = open_enumeration(
    "Status",
    2,
    &[value("Ok", 0).doc("Done."), value("Busy", 0x0101)],
    "Unknown",
);

/// Eight-byte values, one above 2^53 (what a double keeps exactly).
pub static HUGE: Schema = enumeration(
    "Huge",
    8,
    &[value("Safe", (1 << 53) - 1), value("Max", u64::MAX)],
);

pub static ORDER: Schema = structure(
    "Order",
    Endian::Big,
    None,
    5,
    &[
        field(
            "side",
            "Side",
            Type::Named(SchemaRef::new(|| &SIDE)),
            at(0, 1),
        ),
        field("qty", "u32", U32, at(1, 4))
            .big()
            .doc("Shares | lots."),
    ],
);

/// A little-endian run crossing a byte (`gain`), and one inside a byte.
pub static REGS: Schema = structure(
    "Regs",
    Endian::Little,
    None,
    5,
    &[
        field("marker", "u16", U16, at(0, 2))
            .little()
            .magic(&[0x5a, 0xa5]),
        field("enabled", "bool", Type::Bool, bits(2, 2, 0, 1)).little(),
        field("channel", "u8", U8, bits(2, 2, 1, 3)).little(),
        field("gain", "u8", U8, bits(2, 2, 4, 7)).little(),
        field("offset", "i8", I8, bits(2, 2, 11, 5)).little(),
        field("low", "u8", U8, bits(4, 1, 0, 4)).little(),
        field("middle", "i8", I8, bits(4, 1, 4, 3)).little(),
        field("top", "bool", Type::Bool, bits(4, 1, 7, 1)).little(),
    ],
);

const STR_U8: Type = Type::Str {
    prefix: LenPrefix::U8,
    max_len: 255,
};

/// Version 3: fields added in versions 2 and 3 with defaults, and a cap of 2^60 (above
/// what a double keeps exactly).
pub static QUOTE: Schema = structure(
    "Quote",
    Endian::Big,
    Some(3),
    6,
    &[
        field("bid", "u32", U32, at(0, 4)).big(),
        field("lot", "u16", U16, at(4, 2))
            .big()
            .since(2)
            .with_default(DefaultValue::Expr("100")),
        field("venue", "String", STR_U8, variable(0)).big(),
        field(
            "tags",
            "Vec<u16>",
            Type::List {
                elem: &U16,
                prefix: LenPrefix::U16,
                max_len: 1 << 60,
            },
            variable(1),
        )
        .big()
        .since(3)
        .with_default(DefaultValue::TypeDefault),
        field(
            "comment",
            "Option<String>",
            Type::Option(&STR_U8),
            variable(2),
        )
        .big()
        .since(3)
        .with_default(DefaultValue::TypeDefault),
        field(
            "sequence",
            "i64",
            Type::Varint {
                signed: true,
                zigzag: true,
                bytes: 8,
            },
            variable(3),
        )
        .big(),
    ],
)
.doc("Version 3.");

pub static POINT: Schema = structure(
    "Point",
    Endian::Big,
    None,
    4,
    &[
        field("x", "i16", I16, at(0, 2)).big(),
        field("y", "i16", I16, at(2, 2)).big(),
    ],
);

/// As the derive records them: no byte order on a nested struct (it brings its own)
/// nor on a one-byte enum, inside a little-endian struct.
pub static NESTED: Schema = structure(
    "Nested",
    Endian::Little,
    None,
    5,
    &[
        field(
            "origin",
            "Point",
            Type::Named(SchemaRef::new(|| &POINT)),
            at(0, 4),
        ),
        field(
            "side",
            "Side",
            Type::Named(SchemaRef::new(|| &SIDE)),
            at(4, 1),
        ),
    ],
);

/// A one-byte tag; the `other` variant is not last in declaration order.
pub static MESSAGE: Schema = tagged(
    "Message",
    TagKind::U8,
    None,
    &[
        variant(
            "Order",
            b'A' as u64,
            Some(Type::Named(SchemaRef::new(|| &ORDER))),
        ),
        variant("Heartbeat", 0, None).doc("No payload."),
        other("Unknown"),
        variant(
            "Quote",
            b'Q' as u64,
            Some(Type::Named(SchemaRef::new(|| &QUOTE))),
        ),
    ],
);
