//! `T::SCHEMA`: what the derive writes for every kind of field, against the layout stated
//! by hand (RFC 791 for IPv4, ITCH 5.0 for AddOrder, the attributes for the rest), and a
//! reader driven by the schema alone that agrees with the generated views.

mod schema_catalog;

use proptest::prelude::*;
use schema_catalog::*;
use wire::prelude::*;
use wire::schema::{
    Body, DefaultValue, Endian, HasSchema, LenPrefix, Place, Schema, SchemaRef, Struct, TagKind,
    Type,
};

// Named types as `&'static Type`s inside arrays, lists and options: a constant, since a
// generic `const fn` call is not promoted to a static.
const MODE: Type = Type::Named(SchemaRef::of::<Mode>());
const LEVEL: Type = Type::Named(SchemaRef::of::<Level>());

fn as_struct(schema: &Schema) -> &Struct {
    schema.as_struct().expect("a struct")
}

fn field<'a>(s: &'a Struct, name: &str) -> &'a wire::schema::Field {
    s.fields
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

const fn bits(run_offset: usize, run_len: usize, shift: u32, width: u32) -> Place {
    Place::Bits {
        run_offset,
        run_len,
        shift,
        width,
    }
}

const fn bytes(offset: usize, len: usize) -> Place {
    Place::Bytes { offset, len }
}

#[test]
fn ipv4_places_are_rfc_791s() {
    let s = as_struct(Ipv4Header::SCHEMA);
    assert_eq!(Ipv4Header::SCHEMA.name, "Ipv4Header");
    assert_eq!(
        (s.endian, s.version, s.block_len),
        (Some(Endian::Big), None, 20)
    );
    assert!(s.fixed_size);
    let expected = [
        ("version", bits(0, 2, 12, 4)),
        ("ihl", bits(0, 2, 8, 4)),
        ("dscp", bits(0, 2, 2, 6)),
        ("ecn", bits(0, 2, 0, 2)),
        ("total_len", bytes(2, 2)),
        ("identification", bytes(4, 2)),
        ("flags", bits(6, 2, 13, 3)),
        ("fragment_offset", bits(6, 2, 0, 13)),
        ("ttl", bytes(8, 1)),
        ("protocol", bytes(9, 1)),
        ("checksum", bytes(10, 2)),
        ("src", bytes(12, 4)),
        ("dst", bytes(16, 4)),
    ];
    let found: Vec<_> = s.fields.iter().map(|f| (f.name, f.place)).collect();
    assert_eq!(found, expected);
    assert_eq!(field(s, "fragment_offset").ty, Type::UInt { bytes: 2 });
    assert_eq!(field(s, "ttl").endian, None, "one byte has no byte order");
    assert_eq!(field(s, "checksum").endian, Some(Endian::Big));
    assert_eq!(
        field(s, "src").ty,
        Type::Array {
            elem: &Type::UInt { bytes: 1 },
            elem_len: 1,
            len: 4
        }
    );
}

#[test]
fn add_order_has_itchs_offsets_and_names_its_enum() {
    let s = as_struct(AddOrder::SCHEMA);
    assert_eq!(s.block_len, 35);
    // ITCH 5.0 section 1.3.1 offsets, minus the type byte this struct leaves out.
    let offsets: Vec<_> = s.fields.iter().map(|f| f.place).collect();
    assert_eq!(
        offsets,
        [
            bytes(0, 2),
            bytes(2, 2),
            bytes(4, 6),
            bytes(10, 8),
            bytes(18, 1),
            bytes(19, 4),
            bytes(23, 8),
            bytes(31, 4)
        ]
    );
    assert_eq!(field(s, "timestamp").ty, Type::UInt { bytes: 8 });
    assert_eq!(field(s, "timestamp").doc, "Nanoseconds since midnight.");
    let Type::Named(side) = field(s, "side").ty else {
        panic!("side is a named type");
    };
    assert_eq!(side.get(), Side::SCHEMA);
    let Body::Enum(e) = &side.body else {
        panic!("Side is an enum")
    };
    assert_eq!(e.bytes, 1);
    let values: Vec<_> = e.values.iter().map(|v| (v.name, v.value, v.doc)).collect();
    assert_eq!(
        values,
        [("Buy", 0x42, "A bid."), ("Sell", 0x53, "An offer.")]
    );
}

#[test]
fn device_records_little_endian_runs_odd_widths_magic_and_nested_types() {
    let s = as_struct(Device::SCHEMA);
    assert_eq!(s.endian, Some(Endian::Little));
    assert_eq!(s.block_len, Device::SIZE);
    // C bit fields: the first field takes the least significant bits of the run.
    assert_eq!(field(s, "enabled").place, bits(4, 2, 0, 1));
    assert_eq!(field(s, "channel").place, bits(4, 2, 1, 3));
    assert_eq!(field(s, "gain").place, bits(4, 2, 4, 7));
    assert_eq!(field(s, "offset").place, bits(4, 2, 11, 5));
    assert_eq!(field(s, "offset").ty, Type::Int { bytes: 1 });
    assert_eq!(field(s, "enabled").ty, Type::Bool);
    assert_eq!(field(s, "delta").place, bytes(6, 3));
    assert_eq!(field(s, "delta").ty, Type::Int { bytes: 4 });
    assert_eq!(field(s, "counter").place, bytes(9, 5));
    assert_eq!(field(s, "magic").magic, Some(&b"DV"[..]));
    // 0xA55A little endian.
    assert_eq!(field(s, "marker").magic, Some(&[0x5A, 0xA5][..]));
    assert_eq!(field(s, "network_order").endian, Some(Endian::Big));
    assert_eq!(field(s, "serial").ty, Type::UInt { bytes: 16 });
    assert_eq!(field(s, "balance").ty, Type::Int { bytes: 16 });
    assert_eq!(field(s, "pressure").ty, Type::Float { bytes: 8 });
    // An enum takes the byte order of its field; a nested struct keeps its own.
    let mode = field(s, "mode");
    assert_eq!(
        (mode.place, mode.endian),
        (bytes(62, 2), Some(Endian::Little))
    );
    assert_eq!(mode.ty, Type::Named(SchemaRef::of::<Mode>()));
    assert_eq!(field(s, "origin").place, bytes(64, 4));
    assert_eq!(
        as_struct(Point::SCHEMA).endian,
        Some(Endian::Big),
        "Point is big endian inside a little-endian struct"
    );
    assert_eq!(
        field(s, "modes").ty,
        Type::Array {
            elem: &MODE,
            elem_len: 2,
            len: 2
        }
    );
    assert_eq!(field(s, "modes").place, bytes(74, 4));
}

#[test]
fn decimals_record_scale_and_repr() {
    let s = as_struct(Quote::SCHEMA);
    assert_eq!(
        field(s, "price").ty,
        Type::Decimal {
            float_bytes: 8,
            repr_bytes: 8,
            signed: true,
            scale: 4
        }
    );
    assert_eq!(field(s, "size").place, bytes(8, 4));
    assert_eq!(
        field(s, "change").ty,
        Type::Decimal {
            float_bytes: 4,
            repr_bytes: 4,
            signed: true,
            scale: 3
        }
    );
}

#[test]
fn variable_fields_record_order_prefix_and_cap() {
    let s = as_struct(Snapshot::SCHEMA);
    assert!(!s.fixed_size);
    assert_eq!(s.block_len, 3);
    let vars: Vec<_> = s
        .fields
        .iter()
        .filter_map(|f| match f.place {
            Place::Variable { index } => Some((index, f.name)),
            _ => None,
        })
        .collect();
    let names = [
        "symbol",
        "blob",
        "raw",
        "bids",
        "counts",
        "notes",
        "title",
        "sequence",
        "change",
        "adjustment",
        "comment",
        "best",
    ];
    assert_eq!(vars, names.iter().copied().enumerate().collect::<Vec<_>>());
    let ty = |name| field(s, name).ty;
    assert_eq!(
        ty("symbol"),
        Type::Str {
            prefix: LenPrefix::U8,
            max_len: 8
        }
    );
    assert_eq!(
        ty("raw"),
        Type::Bytes {
            prefix: LenPrefix::U32,
            max_len: 1 << 20
        },
        "the default cap"
    );
    assert_eq!(
        ty("bids"),
        Type::List {
            elem: &LEVEL,
            prefix: LenPrefix::U16,
            max_len: 64
        }
    );
    assert_eq!(
        ty("counts"),
        Type::List {
            elem: &Type::UInt { bytes: 4 },
            prefix: LenPrefix::U8,
            max_len: 16
        }
    );
    assert_eq!(
        ty("change"),
        Type::Varint {
            signed: true,
            zigzag: true,
            bytes: 4
        }
    );
    assert_eq!(
        ty("adjustment"),
        Type::Varint {
            signed: true,
            zigzag: false,
            bytes: 8
        }
    );
    assert_eq!(
        ty("comment"),
        Type::Option(&Type::Str {
            prefix: LenPrefix::U8,
            max_len: 20
        })
    );
    assert_eq!(ty("best"), Type::Option(&LEVEL));
}

#[test]
fn versions_record_since_and_defaults() {
    let s = as_struct(QuoteV3::SCHEMA);
    assert_eq!(s.version, Some(3));
    let found: Vec<_> = s
        .fields
        .iter()
        .map(|f| (f.name, f.since, f.default))
        .collect();
    assert_eq!(
        found,
        [
            ("bid", 1, None),
            ("ask", 1, None),
            ("lot", 2, Some(DefaultValue::Expr("100"))),
            ("flags", 3, Some(DefaultValue::Expr("-1"))),
            ("venue", 1, None),
            ("trader", 2, Some(DefaultValue::TypeDefault)),
            ("tags", 3, Some(DefaultValue::TypeDefault)),
            ("comment", 3, Some(DefaultValue::TypeDefault)),
        ]
    );
    assert_eq!(as_struct(QuoteV1::SCHEMA).version, Some(1));
}

#[test]
fn unions_record_tags_ids_payloads_and_other() {
    let Body::Union(u) = &ItchMessage::SCHEMA.body else {
        panic!("a union")
    };
    assert_eq!((u.tag, u.endian), (TagKind::U8, None));
    let found: Vec<_> = u.variants.iter().map(|v| (v.name, v.id)).collect();
    assert_eq!(
        found,
        [
            ("SystemEvent", Some(u64::from(b'S'))),
            ("AddOrder", Some(u64::from(b'A'))),
            ("OrderExecuted", Some(u64::from(b'E'))),
            ("OrderDelete", Some(u64::from(b'D'))),
            ("Heartbeat", Some(u64::from(b'H'))),
            ("Unknown", None),
        ]
    );
    assert_eq!(
        u.variants[1].payload,
        Some(Type::Named(SchemaRef::of::<AddOrder>()))
    );
    assert_eq!(u.variants[4].payload, None);
    assert_eq!(u.variants[5].payload, None);
    assert_eq!(
        u.variants[5].doc,
        "Any other type byte, with the bytes after it."
    );

    let Body::Union(c) = &Command::SCHEMA.body else {
        panic!("a union")
    };
    assert_eq!(c.tag, TagKind::Varint);
    assert_eq!(c.variants[2].id, Some(70_000));
    let Body::Union(e) = &Envelope::SCHEMA.body else {
        panic!("a union")
    };
    assert_eq!((e.tag, e.endian), (TagKind::U16, Some(Endian::Little)));
}

#[test]
fn closure_reaches_every_nested_type_once_depth_first() {
    let names: Vec<_> = Envelope::SCHEMA.closure().iter().map(|s| s.name).collect();
    assert_eq!(
        names,
        ["Envelope", "Snapshot", "Side", "Level", "Note", "QuoteV3", "Device", "Mode", "Point"]
    );
    // The trait and the inherent constant are the same schema.
    assert_eq!(<Snapshot<'static> as HasSchema>::SCHEMA, Snapshot::SCHEMA);
}

#[test]
fn fixed_fields_tile_the_block_without_holes_or_overlaps() {
    for schema in [
        Ipv4Header::SCHEMA,
        AddOrder::SCHEMA,
        Device::SCHEMA,
        Quote::SCHEMA,
        SystemEvent::SCHEMA,
    ] {
        let s = as_struct(schema);
        let mut covered = vec![0u32; s.block_len * 8];
        for f in s.fields {
            let range = match f.place {
                Place::Bytes { offset, len } => offset * 8..(offset + len) * 8,
                Place::Bits {
                    run_offset,
                    run_len,
                    shift,
                    width,
                } => {
                    // In run-integer bit numbers, offset by the run's first bit.
                    let base = run_offset * 8 + run_len * 8;
                    base - (shift + width) as usize..base - shift as usize
                }
                Place::Variable { .. } => continue,
            };
            for bit in range {
                covered[bit] += 1;
            }
        }
        assert!(
            covered.iter().all(|&c| c == 1),
            "{}: {covered:?}",
            schema.name
        );
    }
}

/// Reads an unsigned field of a fixed block using only its schema.
fn read_by_schema(bytes: &[u8], f: &wire::schema::Field) -> u128 {
    let int = |slice: &[u8], endian: Option<Endian>| {
        let mut v = 0u128;
        let ordered: Vec<u8> = match endian {
            Some(Endian::Little) => slice.iter().rev().copied().collect(),
            _ => slice.to_vec(),
        };
        for b in ordered {
            v = (v << 8) | u128::from(b);
        }
        v
    };
    match f.place {
        Place::Bytes { offset, len } => int(&bytes[offset..offset + len], f.endian),
        Place::Bits {
            run_offset,
            run_len,
            shift,
            width,
        } => {
            let run = int(&bytes[run_offset..run_offset + run_len], f.endian);
            (run >> shift) & ((1u128 << width) - 1)
        }
        Place::Variable { .. } => unreachable!("fixed blocks only"),
    }
}

fn sign_extend(value: u128, bits: u32) -> i128 {
    let shift = 128 - bits;
    ((value << shift) as i128) >> shift
}

fn wire_bits(f: &wire::schema::Field) -> u32 {
    match f.place {
        Place::Bytes { len, .. } => len as u32 * 8,
        Place::Bits { width, .. } => width,
        Place::Variable { .. } => 0,
    }
}

prop_compose! {
    fn device()(
        enabled: bool, channel in 0u8..8, gain in 0u8..128, offset in -16i8..16,
        delta in -(1i32 << 23)..(1 << 23), counter in 0u64..(1 << 40),
        serial: u128, balance: i128, network_order: u32, small: i8, flag: bool,
    ) -> Device {
        Device {
            magic: *b"DV", marker: 0xA55A, enabled, channel, gain, offset, delta, counter,
            temperature: 1.5, pressure: -2.25, serial, balance, network_order,
            mode: Mode::Run, origin: Point { x: -3, y: 4 }, samples: [1, -2, 3],
            modes: [Mode::Halt, Mode::Idle], flag, small,
        }
    }
}

proptest! {
    /// Every integer field read at the schema's place, in the schema's byte order, is
    /// the value the generated view reads.
    #[test]
    fn a_schema_driven_reader_agrees_with_the_view(d in device()) {
        let bytes = d.encode_to_vec();
        let s = as_struct(Device::SCHEMA);
        let get = |name: &str| {
            let f = field(s, name);
            let raw = read_by_schema(&bytes, f);
            match f.ty {
                Type::Int { .. } => sign_extend(raw, wire_bits(f)),
                _ => raw as i128,
            }
        };
        prop_assert_eq!(get("enabled"), i128::from(d.enabled));
        prop_assert_eq!(get("channel"), i128::from(d.channel));
        prop_assert_eq!(get("gain"), i128::from(d.gain));
        prop_assert_eq!(get("offset"), i128::from(d.offset));
        prop_assert_eq!(get("delta"), i128::from(d.delta));
        prop_assert_eq!(get("counter"), i128::from(d.counter));
        prop_assert_eq!(get("serial") as u128, d.serial);
        prop_assert_eq!(get("balance"), d.balance);
        prop_assert_eq!(get("network_order"), i128::from(d.network_order));
        prop_assert_eq!(get("mode"), 0x0102);
        prop_assert_eq!(get("flag"), i128::from(d.flag));
        prop_assert_eq!(get("small"), i128::from(d.small));
        prop_assert_eq!(&bytes[..2], field(s, "magic").magic.unwrap());
        prop_assert_eq!(&bytes[2..4], field(s, "marker").magic.unwrap());
    }

    #[test]
    fn ipv4_read_by_schema_agrees(
        version in 0u8..16, ihl in 0u8..16, dscp in 0u8..64, ecn in 0u8..4, total_len: u16,
        flags in 0u8..8, fragment_offset in 0u16..8192, ttl: u8, checksum: u16,
    ) {
        let header = Ipv4Header {
            version, ihl, dscp, ecn, total_len, identification: 7, flags, fragment_offset,
            ttl, protocol: 17, checksum, src: [1, 2, 3, 4], dst: [5, 6, 7, 8],
        };
        let bytes = header.encode_to_vec();
        let s = as_struct(Ipv4Header::SCHEMA);
        let get = |name: &str| read_by_schema(&bytes, field(s, name));
        prop_assert_eq!(get("version"), u128::from(version));
        prop_assert_eq!(get("ihl"), u128::from(ihl));
        prop_assert_eq!(get("dscp"), u128::from(dscp));
        prop_assert_eq!(get("ecn"), u128::from(ecn));
        prop_assert_eq!(get("flags"), u128::from(flags));
        prop_assert_eq!(get("fragment_offset"), u128::from(fragment_offset));
        prop_assert_eq!(get("checksum"), u128::from(checksum));
        prop_assert_eq!(get("dst"), 0x0506_0708);
    }
}

/// A type that holds itself: its schema refers to itself through `SchemaRef`, which a
/// reference between constants could not (the compiler would report a cycle).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
pub struct TreeNode {
    pub id: u32,
    #[wire(len = "u8", max_len = 8)]
    pub children: Vec<TreeNode>,
}

#[test]
fn a_type_that_holds_itself_has_a_schema_and_every_export_ends() {
    let s = as_struct(TreeNode::SCHEMA);
    let Type::List { elem, .. } = field(s, "children").ty else {
        panic!("children is a list");
    };
    assert_eq!(*elem, Type::Named(SchemaRef::of::<TreeNode>()));
    assert_eq!(format!("{elem:?}"), "Named(SchemaRef(\"TreeNode\"))");
    let names: Vec<_> = TreeNode::SCHEMA.closure().iter().map(|s| s.name).collect();
    assert_eq!(names, ["TreeNode"]);
    #[cfg(feature = "schema")]
    {
        let schemas = [TreeNode::SCHEMA];
        assert!(wire::schema::markdown_all(&schemas).contains("## `TreeNode`"));
        assert!(wire::schema::json::to_string_pretty(&schemas).contains("\"TreeNode\""));
        assert!(wire::schema::python::generate(&schemas).contains("class TreeNode("));
        let options =
            wire::schema::lua::DissectorOptions::new("tree").default_schema(TreeNode::SCHEMA);
        assert!(wire::schema::lua::generate(&schemas, &options).contains("tree.tree_node"));
    }
}

/// The length expression of a field without a prefix, as written in the attribute.
fn length_text(ty: &Type) -> String {
    let prefix = match *ty {
        Type::List { prefix, .. } | Type::Bytes { prefix, .. } | Type::Str { prefix, .. } => prefix,
        _ => panic!("{ty:?} has no length"),
    };
    match prefix {
        LenPrefix::Count(e) => format!("count {e}"),
        LenPrefix::ByteLen(e) => format!("byte_len {e}"),
        other => panic!("{other:?} is a prefix"),
    }
}

#[test]
fn derived_lengths_conditions_and_checksums_are_in_the_schema() {
    use wire::schema::{ChecksumAlgorithm as A, ChecksumRange as R};
    let ip = as_struct(Ipv4Packet::SCHEMA);
    assert_eq!(
        length_text(&field(ip, "options").ty),
        "byte_len ihl * 4 - 20"
    );
    assert_eq!(
        length_text(&field(ip, "payload").ty),
        "byte_len total_len - ihl * 4"
    );
    let dns = as_struct(DnsMessage::SCHEMA);
    for (list, count) in [
        ("questions", "qdcount"),
        ("answers", "ancount"),
        ("authority", "nscount"),
        ("additional", "arcount"),
    ] {
        assert_eq!(length_text(&field(dns, list).ty), format!("count {count}"));
        assert!(matches!(field(dns, list).place, Place::Variable { .. }));
    }
    let t = as_struct(Telemetry::SCHEMA);
    let conditions: Vec<(&str, String)> = t
        .fields
        .iter()
        .filter_map(|f| f.condition.map(|c| (f.name, c.to_string())))
        .collect();
    assert_eq!(
        conditions,
        [
            ("position", "has_position".to_string()),
            ("level", "kind >= 32 && seq % 2 == 0".to_string()),
            ("note", "has_note".to_string()),
            ("detail", "kind == 1 || kind == 33".to_string()),
        ]
    );
    assert_eq!(field(t, "level").ty, Type::UInt { bytes: 2 });
    assert_eq!(
        field(t, "option").ty,
        Type::Named(SchemaRef::of::<Ipv4Option>())
    );
    /// A checksum field: its name, algorithm, range, whether it is verified on reads,
    /// its place and its byte order.
    type Sum = (&'static str, A, R, bool, Place, Option<Endian>);
    let sums = |schema: &'static Schema| -> Vec<Sum> {
        as_struct(schema)
            .fields
            .iter()
            .filter_map(|f| {
                let c = f.checksum?;
                Some((
                    f.name,
                    c.algorithm,
                    c.over,
                    c.verify_on_view,
                    f.place,
                    f.endian,
                ))
            })
            .collect()
    };
    let big = Some(Endian::Big);
    let little = Some(Endian::Little);
    assert_eq!(
        sums(Ipv4Packet::SCHEMA),
        [("checksum", A::Internet, R::Block, false, bytes(10, 2), big)]
    );
    let seq = R::Fields {
        first: "seq",
        last: "seq",
    };
    let kind_to_value = R::Fields {
        first: "kind",
        last: "value",
    };
    assert_eq!(
        sums(Checked::SCHEMA),
        [
            (
                "range_crc",
                A::Crc16Ccitt,
                kind_to_value,
                false,
                bytes(7, 2),
                big
            ),
            ("seq_crc", A::Crc16Kermit, seq, true, bytes(9, 2), little),
            (
                "message_crc",
                A::Crc32c,
                R::Message,
                true,
                bytes(11, 4),
                big
            ),
        ]
    );
    assert_eq!(
        sums(Sealed::SCHEMA),
        [("crc", A::Crc32, R::Block, true, bytes(7, 4), little)]
    );
    assert_eq!(
        sums(Probe::SCHEMA),
        [("sum", A::Internet, R::Message, true, bytes(1, 2), big)]
    );
}
