//! A Wireshark dissector, written in Lua, for the messages of a protocol.
//!
//! [`generate`] writes one Lua file that Wireshark and `tshark` load with
//! `-X lua_script:<file>` (or from the personal plugins folder). It owns the display of
//! frames and messages only: it never changes a layout, and reads every fact from the
//! [`Schema`]s, so the dissector and the derived code cannot disagree.
//!
//! What the file contains:
//!
//! - one `Proto` for the frame layer, registered on the configured TCP and UDP ports
//!   (also Wireshark preferences, `<abbrev>.tcp_port` and `<abbrev>.udp_port`, so
//!   `-o wire.tcp_port:9000` moves it). The framing is our
//!   [`WireHeader`](crate::frame::WireHeader) (sync word, message type, version, flags,
//!   length, CRC32C, header CRC-16) or a plain length prefix ([`Framing`]). Over TCP, a
//!   frame split across segments is reassembled (`pinfo.desegment_len`) and a segment
//!   may hold many frames; bytes that cannot start a frame are skipped to the next sync
//!   word and flagged. Both CRCs are computed in Lua: a header whose CRC-16 is wrong is
//!   flagged and skipped, as the frame decoder skips it, without believing its length;
//!   a wrong CRC32C is flagged (expert info);
//!   a compressed payload is shown as its length and lz4 block, not decompressed;
//! - one `Proto` per struct and tagged union, with a `ProtoField` for every field, named
//!   `<abbrev>.<type>.<field>` in snake case (`wire.add_order.shares`), typed as the wire
//!   holds it: `uint8` … `uint64` and `int8` … `int64` (3-, 5-, 6- and 7-byte integers
//!   included, signed ones sign-extended), `float`, `double`, `bool`, `bytes`, `string`;
//!   128-bit integers as their decimal `string`. Bit fields carry their mask, so a
//!   field shows its bits and its value in either byte order. Enums show their variant
//!   names (`valuestring`; an open enum's other values as kept by its `other` variant);
//!   a fixed-point decimal shows the decimal value (a `double`) and its integer;
//! - a small interpreter that walks a message as the derived decoder does: versioned
//!   headers (fields a shorter block lacks are shown as absent), variable-length fields
//!   with `u8`/`u16`/`u32`/varint prefixes and their caps, lists as subtrees, options,
//!   varints (ZigZag too), tagged unions (the `other` variant shows the unknown tag and
//!   the unparsed bytes). Anything the derived decoder would refuse (a wrong magic, an
//!   invalid enum or bool, a length above its cap, a truncated field, invalid UTF-8,
//!   trailing bytes) is shown as expert info and marks the packet malformed; it never
//!   raises a Lua error.
//!
//! Tested with Wireshark 4.0 (Lua 5.2, whose `bit32` computes the CRC); with a Lua of
//! 5.3 or later (Wireshark 4.4 and later) the bit operators are used instead. Wireshark
//! runs Lua scripts as root only when its `init.lua` sets
//! `run_user_scripts_when_superuser = true`, as the one Debian ships with 4.0 does.
//!
//! ```
//! use wire::prelude::*;
//! use wire::schema::lua::{self, DissectorOptions, Framing};
//!
//! #[derive(Wire)]
//! #[wire(endian = "big")]
//! pub struct Heartbeat { pub sequence: u64, #[wire(bits = 4)] pub state: u8, #[wire(bits = 4)] pub load: u8 }
//!
//! let options = DissectorOptions::new("feed")
//!     .name("Market feed")
//!     .tcp_port(9000)
//!     .udp_port(9001)
//!     .framing(Framing::WireHeader)
//!     .message_type(1, Heartbeat::SCHEMA);
//! let script = lua::generate(&[], &options);
//! assert!(script.contains(r#"Proto("feed.heartbeat", "Market feed Heartbeat")"#));
//! assert!(script.contains(r#"ProtoField.uint64("feed.heartbeat.sequence""#));
//! assert!(script.contains(r#"ProtoField.uint8("feed.heartbeat.load", "load", base.DEC, nil, 0x0f"#));
//! // tshark -X lua_script:feed.lua -r capture.pcap -V
//! ```

use super::{
    closure_of, Body, DefaultValue, Endian, Enum, Field, LenPrefix, Place, Schema, Struct, TagKind,
    Type, Union,
};
use std::fmt::Write as _;

/// How frames are cut from the TCP stream or UDP datagram.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Framing {
    /// Our 16-byte [`WireHeader`](crate::frame::WireHeader): the message type selects the
    /// payload's schema ([`DissectorOptions::message_type`]).
    #[default]
    WireHeader,
    /// A 2-byte big-endian payload length ([`LenU16Be`](crate::frame::LenU16Be)).
    LenU16Be,
    /// A 2-byte little-endian payload length ([`LenU16Le`](crate::frame::LenU16Le)).
    LenU16Le,
    /// A 4-byte big-endian payload length ([`LenU32Be`](crate::frame::LenU32Be)).
    LenU32Be,
    /// A 4-byte little-endian payload length ([`LenU32Le`](crate::frame::LenU32Le)).
    LenU32Le,
}

impl Framing {
    /// The header's size in bytes.
    pub const fn header_len(self) -> usize {
        match self {
            Framing::WireHeader => <crate::frame::WireHeader as crate::frame::FrameHeader>::LEN,
            Framing::LenU16Be | Framing::LenU16Le => 2,
            Framing::LenU32Be | Framing::LenU32Le => 4,
        }
    }

    fn lua_name(self) -> &'static str {
        match self {
            Framing::WireHeader => "wire_header",
            _ => "length",
        }
    }

    fn little(self) -> bool {
        matches!(self, Framing::LenU16Le | Framing::LenU32Le)
    }
}

/// What the dissector is called, where Wireshark hands it packets, how it frames them and
/// which schema each frame holds.
///
/// ```
/// use wire::prelude::*;
/// use wire::schema::lua::{DissectorOptions, Framing};
///
/// #[derive(Wire)]
/// #[wire(endian = "little")]
/// pub struct Tick { pub price: u32 }
///
/// // Length-prefixed frames carry no type: every payload is a `Tick`.
/// let options = DissectorOptions::new("ticks")
///     .tcp_port(7000)
///     .framing(Framing::LenU32Le)
///     .default_schema(Tick::SCHEMA);
/// assert!(!options.is_unmapped());
/// ```
#[derive(Clone, Debug)]
pub struct DissectorOptions {
    abbrev: String,
    name: Option<String>,
    tcp_port: Option<u16>,
    udp_port: Option<u16>,
    framing: Framing,
    messages: Vec<(u16, &'static Schema)>,
    default_schema: Option<&'static Schema>,
    max_frame_len: u64,
}

impl Default for DissectorOptions {
    /// `DissectorOptions::new("wire")`.
    fn default() -> Self {
        DissectorOptions::new("wire")
    }
}

impl DissectorOptions {
    /// Options for a protocol whose Wireshark filter name is `abbrev` (lower-cased, and any
    /// character other than a letter, digit or `_` replaced by `_`, as Wireshark requires):
    /// `WireHeader` framing, no port, no message type mapped, the frame layer's default
    /// payload cap (8 MiB).
    pub fn new(abbrev: &str) -> Self {
        DissectorOptions {
            abbrev: filter_name(abbrev),
            name: None,
            tcp_port: None,
            udp_port: None,
            framing: Framing::WireHeader,
            messages: Vec::new(),
            default_schema: None,
            max_frame_len: crate::frame::DEFAULT_MAX_FRAME_LEN as u64,
        }
    }

    /// The protocol's name as Wireshark shows it (default: the filter name); each message
    /// type's protocol is called `<name> <Type>`.
    #[must_use]
    pub fn name(mut self, name: &str) -> Self {
        self.name = Some(name.to_owned());
        self
    }

    /// Registers the dissector on this TCP port (also the default of its `tcp_port`
    /// preference).
    #[must_use]
    pub fn tcp_port(mut self, port: u16) -> Self {
        self.tcp_port = Some(port);
        self
    }

    /// Registers the dissector on this UDP port (also the default of its `udp_port`
    /// preference).
    #[must_use]
    pub fn udp_port(mut self, port: u16) -> Self {
        self.udp_port = Some(port);
        self
    }

    /// The framing of the stream.
    #[must_use]
    pub fn framing(mut self, framing: Framing) -> Self {
        self.framing = framing;
        self
    }

    /// Frames whose [`WireHeader`](crate::frame::WireHeader) message type is `id` hold a
    /// `schema` (a struct or a tagged union). A later call for the same `id` replaces the
    /// earlier one.
    #[must_use]
    pub fn message_type(mut self, id: u16, schema: &'static Schema) -> Self {
        self.messages.retain(|(known, _)| *known != id);
        self.messages.push((id, schema));
        self
    }

    /// The schema of every frame whose type is not mapped: of every frame, with a plain
    /// length prefix, which has no type.
    #[must_use]
    pub fn default_schema(mut self, schema: &'static Schema) -> Self {
        self.default_schema = Some(schema);
        self
    }

    /// The longest payload a frame may declare; a longer one is treated as damage, as
    /// [`FrameDecoder::max_frame_len`](crate::frame::FrameDecoder::max_frame_len) does.
    #[must_use]
    pub fn max_frame_len(mut self, max: u64) -> Self {
        self.max_frame_len = max;
        self
    }

    /// Whether no schema is mapped: no message type and no default schema.
    pub fn is_unmapped(&self) -> bool {
        self.messages.is_empty() && self.default_schema.is_none()
    }

    /// The filter name.
    pub fn abbrev(&self) -> &str {
        &self.abbrev
    }

    fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.abbrev)
    }
}

/// The Lua dissector for `options`: its message types, its default schema, `schemas` (for
/// fields and protocols other scripts or filters refer to), and every type these refer to.
pub fn generate(schemas: &[&'static Schema], options: &DissectorOptions) -> String {
    let roots: Vec<&'static Schema> = options
        .messages
        .iter()
        .map(|(_, s)| *s)
        .chain(options.default_schema)
        .chain(schemas.iter().copied())
        .collect();
    let all = closure_of(&roots);
    let keys = Keys::new(&all);
    let mut out = String::new();
    write_config(&mut out, options, &keys);
    out.push_str(PRELUDE);
    let mut gen = Generator {
        out: String::new(),
        abbrev: &options.abbrev,
        name: options.display_name(),
        keys: &keys,
    };
    // Enum names first: a field's `valuestring` is read when the field is declared.
    for schema in &all {
        if let Body::Enum(e) = &schema.body {
            gen.enum_names(schema, e);
        }
    }
    for schema in &all {
        gen.schema(schema, roots.iter().any(|r| r.name == schema.name));
    }
    out.push_str(&gen.out);
    out.push_str(RUNTIME);
    out
}

/// The Lua table keys of the schemas: their names in snake case, made unique.
struct Keys {
    names: Vec<(&'static str, String)>,
}

impl Keys {
    fn new(schemas: &[&'static Schema]) -> Self {
        let mut names: Vec<(&'static str, String)> = Vec::new();
        for schema in schemas {
            let base = snake_case(schema.name);
            let mut key = base.clone();
            let mut n = 2;
            while names.iter().any(|(_, k)| *k == key) {
                key = format!("{base}_{n}");
                n += 1;
            }
            names.push((schema.name, key));
        }
        Keys { names }
    }

    fn of(&self, schema: &Schema) -> &str {
        self.names
            .iter()
            .find(|(name, _)| *name == schema.name)
            .map_or("", |(_, key)| key.as_str())
    }
}

fn write_config(out: &mut String, options: &DissectorOptions, keys: &Keys) {
    let name = options.display_name();
    let _ = writeln!(
        out,
        "-- {name}: a Wireshark dissector generated by `wire::schema::lua` from the types'\n\
         -- schemas. Do not edit it: regenerate it when a type changes.\n\
         -- Use: wireshark -X lua_script:<this file>, tshark -X lua_script:<this file> -r <capture>,\n\
         -- or copy it to the personal Lua plugins folder (Help > About > Folders).\n"
    );
    out.push_str("local CONFIG = {\n");
    let _ = writeln!(out, "  abbrev = {},", lua_str(&options.abbrev));
    let _ = writeln!(out, "  name = {},", lua_str(name));
    let _ = writeln!(out, "  tcp_port = {},", options.tcp_port.unwrap_or(0));
    let _ = writeln!(out, "  udp_port = {},", options.udp_port.unwrap_or(0));
    let _ = writeln!(out, "  framing = {},", lua_str(options.framing.lua_name()));
    let _ = writeln!(out, "  header_len = {},", options.framing.header_len());
    let _ = writeln!(
        out,
        "  prefix_endian = {},",
        lua_str(if options.framing.little() {
            "little"
        } else {
            "big"
        })
    );
    let _ = writeln!(out, "  max_frame_len = {},", options.max_frame_len);
    out.push_str("  -- message type -> schema key, and the names Wireshark shows for the types\n");
    out.push_str("  messages = {");
    for (id, schema) in &options.messages {
        let _ = write!(out, " [{id}] = {},", lua_str(keys.of(schema)));
    }
    out.push_str(" },\n  message_names = {");
    for (id, schema) in &options.messages {
        let _ = write!(out, " [{id}] = {},", lua_str(schema.name));
    }
    out.push_str(" },\n");
    match options.default_schema {
        Some(schema) => {
            let _ = writeln!(out, "  default = {},", lua_str(keys.of(schema)));
        }
        None => out.push_str("  default = nil,\n"),
    }
    out.push_str("}\n");
}

/// Writes the protocols, fields and descriptions of the schemas.
struct Generator<'a> {
    out: String,
    abbrev: &'a str,
    name: &'a str,
    keys: &'a Keys,
}

/// A `ProtoField` to declare: its constructor and arguments after the filter name and label.
struct FieldSpec {
    ctor: &'static str,
    args: String,
}

impl FieldSpec {
    fn new(ctor: &'static str, args: impl Into<String>) -> Self {
        FieldSpec {
            ctor,
            args: args.into(),
        }
    }
}

impl Generator<'_> {
    fn schema(&mut self, schema: &'static Schema, root: bool) {
        let key = self.keys.of(schema).to_owned();
        let _ = writeln!(self.out, "\n-- {}", schema.name);
        match &schema.body {
            Body::Struct(s) => self.structure(schema, &key, s),
            Body::Enum(e) => self.enumeration(schema, &key, e, root),
            Body::Union(u) => self.union(schema, &key, u),
        }
    }

    fn proto(&mut self, schema: &Schema, key: &str) {
        let _ = writeln!(
            self.out,
            "P[{k}] = Proto({abbrev}, {desc})",
            k = lua_str(key),
            abbrev = lua_str(&format!("{}.{key}", self.abbrev)),
            desc = lua_str(&format!("{} {}", self.name, schema.name)),
        );
    }

    /// Declares `HF[key]` and returns the Lua expression naming it.
    fn declare(
        &mut self,
        fields: &mut Vec<String>,
        key: &str,
        label: &str,
        doc: &str,
        spec: FieldSpec,
    ) -> String {
        let hf = format!("HF[{}]", lua_str(key));
        let desc = first_line(doc);
        let desc = if desc.is_empty() {
            "nil".to_owned()
        } else {
            lua_str(desc)
        };
        let _ = writeln!(
            self.out,
            "{hf} = ProtoField.{ctor}({abbrev}, {label}, {args}{desc})",
            ctor = spec.ctor,
            abbrev = lua_str(&format!("{}.{key}", self.abbrev)),
            label = lua_str(label),
            args = spec.args,
        );
        fields.push(hf.clone());
        hf
    }

    fn structure(&mut self, schema: &Schema, key: &str, s: &Struct) {
        self.proto(schema, key);
        let mut fields = Vec::new();
        let mut descs = Vec::new();
        for field in s.fields {
            let fkey = format!("{key}.{}", filter_name(field.name));
            let endian = field.endian.or(s.endian);
            let (ty, masked) = match field.place {
                Place::Bits {
                    run_len,
                    shift,
                    width,
                    ..
                } => {
                    let spec = bit_field_spec(&field.ty, run_len, shift, width);
                    let masked = spec.1;
                    let hf = self.declare(&mut fields, &fkey, field.name, field.doc, spec.0);
                    (
                        format!("{{ k = {}, hf = {hf} }}", lua_str(bits_kind(&field.ty))),
                        masked,
                    )
                }
                Place::Bytes { len, .. } => (
                    self.value_type(
                        &mut fields,
                        &fkey,
                        field.name,
                        field.doc,
                        &field.ty,
                        Some(len),
                    ),
                    false,
                ),
                Place::Variable { .. } => (
                    self.value_type(&mut fields, &fkey, field.name, field.doc, &field.ty, None),
                    false,
                ),
            };
            descs.push(field_desc(field, &ty, masked, endian, s));
        }
        let _ = writeln!(
            self.out,
            "P[{}].fields = {{ {} }}",
            lua_str(key),
            fields.join(", ")
        );
        let has_var = s
            .fields
            .iter()
            .any(|f| matches!(f.place, Place::Variable { .. }));
        let _ = writeln!(self.out, "S[{}] = {{", lua_str(key));
        let _ = writeln!(
            self.out,
            "  kind = \"struct\", name = {}, key = {}, proto = P[{}], endian = {},",
            lua_str(schema.name),
            lua_str(key),
            lua_str(key),
            endian_lua(s.endian)
        );
        let _ = writeln!(
            self.out,
            "  version = {}, block_len = {}, fixed = {}, has_var = {},",
            s.version.map_or("nil".to_owned(), |v| v.to_string()),
            s.block_len,
            s.fixed_size,
            has_var
        );
        let _ = writeln!(self.out, "  short_blocks = {{ {} }},", short_blocks(s));
        self.out.push_str("  fields = {\n");
        for desc in descs {
            let _ = writeln!(self.out, "    {desc},");
        }
        self.out.push_str("  },\n}\n");
    }

    fn enum_names(&mut self, schema: &Schema, e: &Enum) {
        let values: Vec<String> = e
            .values
            .iter()
            .map(|v| format!("[{}] = {}", v.value, lua_str(v.name)))
            .collect();
        let key = lua_str(self.keys.of(schema));
        let _ = writeln!(self.out, "VS[{key}] = {{ {} }}", values.join(", "));
    }

    fn enumeration(&mut self, schema: &Schema, key: &str, e: &Enum, root: bool) {
        let mut value_hf = "nil".to_owned();
        if root {
            // An enum is a message of its own only when a frame holds just the enum.
            self.proto(schema, key);
            let mut fields = Vec::new();
            value_hf = self.declare(
                &mut fields,
                &format!("{key}.value"),
                schema.name,
                schema.doc,
                FieldSpec::new(
                    uint_ctor(e.bytes),
                    format!("base.DEC, VS[{}], nil, ", lua_str(key)),
                ),
            );
            let _ = writeln!(
                self.out,
                "P[{}].fields = {{ {} }}",
                lua_str(key),
                fields.join(", ")
            );
        }
        // An open enum's `other` variant keeps the values `values` lacks: they are shown,
        // not flagged.
        let other = e.other.map_or("nil".to_owned(), |o| lua_str(o.name));
        let _ = writeln!(
            self.out,
            "S[{k}] = {{ kind = \"enum\", name = {n}, key = {k}, bytes = {b}, values = VS[{k}], other = {other}, proto = P[{k}], value_hf = {value_hf} }}",
            k = lua_str(key),
            n = lua_str(schema.name),
            b = e.bytes,
        );
    }

    fn union(&mut self, schema: &Schema, key: &str, u: &Union) {
        self.proto(schema, key);
        let mut fields = Vec::new();
        let names: Vec<String> = u
            .variants
            .iter()
            .filter_map(|v| v.id.map(|id| format!("[{id}] = {}", lua_str(v.name))))
            .collect();
        let _ = writeln!(
            self.out,
            "VS[{}] = {{ {} }}",
            lua_str(&format!("{key}.tag")),
            names.join(", ")
        );
        let tag_ctor = match u.tag {
            TagKind::U8 => "uint8",
            TagKind::U16 => "uint16",
            TagKind::Varint => "uint64",
        };
        let tag_hf = self.declare(
            &mut fields,
            &format!("{key}.tag"),
            "tag",
            "",
            FieldSpec::new(
                tag_ctor,
                format!("base.DEC, VS[{}], nil, ", lua_str(&format!("{key}.tag"))),
            ),
        );
        let mut variants = Vec::new();
        let mut other = "nil".to_owned();
        for v in u.variants {
            let Some(id) = v.id else {
                other = lua_str(v.name);
                continue;
            };
            let payload = match &v.payload {
                None => "nil".to_owned(),
                // A struct or union payload is shown as its own protocol.
                Some(Type::Named(s)) if !matches!(s.body, Body::Enum(_)) => {
                    format!("{{ k = \"named\", ref = {} }}", lua_str(self.keys.of(s)))
                }
                Some(ty) => {
                    let vkey = format!("{key}.{}", snake_case(v.name));
                    self.value_type(&mut fields, &vkey, v.name, v.doc, ty, None)
                }
            };
            variants.push(format!(
                "[{id}] = {{ name = {}, payload = {payload} }}",
                lua_str(v.name)
            ));
        }
        let _ = writeln!(
            self.out,
            "P[{}].fields = {{ {} }}",
            lua_str(key),
            fields.join(", ")
        );
        let _ = writeln!(self.out, "S[{}] = {{", lua_str(key));
        let _ = writeln!(
            self.out,
            "  kind = \"union\", name = {}, key = {}, proto = P[{}], tag = {}, endian = {}, tag_hf = {tag_hf}, other = {other},",
            lua_str(schema.name),
            lua_str(key),
            lua_str(key),
            lua_str(match u.tag {
                TagKind::U8 => "u8",
                TagKind::U16 => "u16",
                TagKind::Varint => "varint",
            }),
            endian_lua(u.endian)
        );
        self.out.push_str("  variants = {\n");
        for v in variants {
            let _ = writeln!(self.out, "    {v},");
        }
        self.out.push_str("  },\n}\n");
    }

    /// Declares the fields a value of type `ty` is shown with (`wire_len`: its width on the
    /// wire when it is a field of the block) and returns its Lua type description.
    fn value_type(
        &mut self,
        fields: &mut Vec<String>,
        key: &str,
        label: &str,
        doc: &str,
        ty: &Type,
        wire_len: Option<usize>,
    ) -> String {
        match ty {
            Type::UInt { bytes } | Type::Int { bytes } => {
                let signed = matches!(ty, Type::Int { .. });
                let width = wire_len.unwrap_or(*bytes);
                let spec = int_spec(signed, width);
                let hf = self.declare(fields, key, label, doc, spec);
                format!(
                    "{{ k = {}, bytes = {bytes}, hf = {hf} }}",
                    lua_str(if signed { "int" } else { "uint" })
                )
            }
            Type::Float { bytes } => {
                let ctor = if *bytes == 4 { "float" } else { "double" };
                let hf = self.declare(fields, key, label, doc, FieldSpec::new(ctor, "nil, "));
                format!("{{ k = \"float\", bytes = {bytes}, hf = {hf} }}")
            }
            Type::Bool => {
                let hf = self.declare(
                    fields,
                    key,
                    label,
                    doc,
                    FieldSpec::new("bool", "base.NONE, nil, nil, "),
                );
                format!("{{ k = \"bool\", hf = {hf} }}")
            }
            Type::Decimal {
                float_bytes,
                repr_bytes,
                signed,
                scale,
            } => {
                let ctor = if *float_bytes == 4 { "float" } else { "double" };
                let hf = self.declare(fields, key, label, doc, FieldSpec::new(ctor, "nil, "));
                format!("{{ k = \"decimal\", repr = {repr_bytes}, signed = {signed}, scale = {scale}, hf = {hf} }}")
            }
            Type::Array {
                elem,
                elem_len,
                len,
            } => {
                let hf = self.declare(
                    fields,
                    key,
                    label,
                    doc,
                    FieldSpec::new("bytes", "base.NONE, "),
                );
                // Bytes are shown as bytes; other elements each get an item.
                let elem = if matches!(elem, Type::UInt { bytes: 1 }) {
                    "nil".to_owned()
                } else {
                    self.value_type(
                        fields,
                        &format!("{key}.item"),
                        label,
                        "",
                        elem,
                        Some(*elem_len),
                    )
                };
                format!("{{ k = \"array\", elem = {elem}, elem_len = {elem_len}, len = {len}, hf = {hf} }}")
            }
            Type::Named(schema) => {
                let r = lua_str(self.keys.of(schema));
                let spec = match &schema.body {
                    Body::Enum(e) => {
                        FieldSpec::new(uint_ctor(e.bytes), format!("base.DEC, VS[{r}], nil, "))
                    }
                    _ => FieldSpec::new("none", ""),
                };
                let hf = self.declare(fields, key, label, doc, spec);
                format!("{{ k = \"named\", ref = {r}, hf = {hf} }}")
            }
            Type::Varint {
                signed,
                zigzag,
                bytes,
            } => {
                let ctor = if *signed { "int64" } else { "uint64" };
                let hf = self.declare(
                    fields,
                    key,
                    label,
                    doc,
                    FieldSpec::new(ctor, "base.DEC, nil, nil, "),
                );
                format!("{{ k = \"varint\", signed = {signed}, zigzag = {zigzag}, bytes = {bytes}, hf = {hf} }}")
            }
            Type::Bytes { prefix, max_len } | Type::Str { prefix, max_len } => {
                let (kind, ctor, display) = match ty {
                    Type::Str { .. } => ("str", "string", "base.UNICODE, "),
                    _ => ("bytes", "bytes", "base.NONE, "),
                };
                let hf = self.declare(fields, key, label, doc, FieldSpec::new(ctor, display));
                format!(
                    "{{ k = \"{kind}\", prefix = {}, max = {max_len}, hf = {hf} }}",
                    lua_str(prefix_name(*prefix))
                )
            }
            Type::List {
                elem,
                prefix,
                max_len,
            } => {
                let hf = self.declare(fields, key, label, doc, FieldSpec::new("none", ""));
                let elem = self.value_type(fields, &format!("{key}.item"), label, "", elem, None);
                format!(
                    "{{ k = \"list\", elem = {elem}, prefix = {}, max = {max_len}, hf = {hf} }}",
                    lua_str(prefix_name(*prefix))
                )
            }
            Type::Option(inner) => {
                let elem = self.value_type(fields, key, label, doc, inner, None);
                format!("{{ k = \"option\", elem = {elem} }}")
            }
        }
    }
}

/// The Lua description of one struct field.
fn field_desc(field: &Field, ty: &str, masked: bool, endian: Option<Endian>, s: &Struct) -> String {
    let at = match field.place {
        Place::Bytes { offset, len } => format!("{{ k = \"bytes\", offset = {offset}, len = {len}, fend = {} }}", offset + len),
        Place::Bits {
            run_offset,
            run_len,
            shift,
            width,
        } => format!(
            "{{ k = \"bits\", run_offset = {run_offset}, run_len = {run_len}, shift = {shift}, width = {width}, fend = {} }}",
            run_offset + run_len
        ),
        Place::Variable { index } => format!("{{ k = \"var\", index = {index} }}"),
    };
    let magic = field.magic.map_or("nil".to_owned(), lua_bytes);
    let default = match field.default {
        _ if s.version.is_none() || field.since <= 1 => "nil".to_owned(),
        _ if matches!(field.ty, Type::Option(_)) => lua_str("None"),
        Some(DefaultValue::Expr(expr)) => lua_str(expr),
        Some(DefaultValue::TypeDefault) => lua_str("the type's default"),
        None => "nil".to_owned(),
    };
    format!(
        "{{ name = {}, ty = {ty}, at = {at}, endian = {}, since = {}, masked = {masked}, magic = {magic}, default = {default} }}",
        lua_str(field.name),
        endian_lua(endian),
        field.since,
    )
}

/// The block lengths shorter than the struct's that an older sender may send: the end of
/// the version-1 fields and the end of each later field (as the derived decoder checks).
fn short_blocks(s: &Struct) -> String {
    if s.version.is_none() {
        return String::new();
    }
    let end = |f: &Field| match f.place {
        Place::Bytes { offset, len } => Some(offset + len),
        Place::Bits {
            run_offset,
            run_len,
            ..
        } => Some(run_offset + run_len),
        Place::Variable { .. } => None,
    };
    let base = s
        .fields
        .iter()
        .filter(|f| f.since <= 1)
        .filter_map(end)
        .max()
        .unwrap_or(0);
    let mut lens = vec![base];
    lens.extend(s.fields.iter().filter(|f| f.since > 1).filter_map(end));
    lens.sort_unstable();
    lens.dedup();
    lens.iter()
        .map(|l| format!("[{l}] = true"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `ProtoField` of a bit field, and whether Wireshark extracts it with a mask (runs of
/// at most 8 bytes whose mask a Lua number holds exactly); wider runs are extracted in Lua.
fn bit_field_spec(ty: &Type, run_len: usize, shift: u32, width: u32) -> (FieldSpec, bool) {
    let mask = if width >= 128 {
        u128::MAX
    } else {
        ((1u128 << width) - 1) << shift
    };
    // A Lua 5.2 number is a double: masks from 2^53 up are not exact.
    let masked = run_len <= 8 && mask < (1u128 << 53);
    let signed = matches!(ty, Type::Int { .. });
    if masked {
        let spec = match ty {
            Type::Bool => FieldSpec::new(
                "bool",
                format!("{}, nil, 0x{mask:0w$x}, ", run_len * 8, w = run_len * 2),
            ),
            _ => {
                let ctor = int_spec(signed, run_len).ctor;
                FieldSpec::new(
                    ctor,
                    format!("base.DEC, nil, 0x{mask:0w$x}, ", w = run_len * 2),
                )
            }
        };
        return (spec, true);
    }
    let spec = match ty {
        Type::Bool => FieldSpec::new("bool", "base.NONE, nil, nil, "),
        _ if width > 64 => FieldSpec::new("string", "base.ASCII, "),
        _ if signed => FieldSpec::new("int64", "base.DEC, nil, nil, "),
        _ => FieldSpec::new("uint64", "base.DEC, nil, nil, "),
    };
    (spec, false)
}

fn bits_kind(ty: &Type) -> &'static str {
    match ty {
        Type::Bool => "bitbool",
        Type::Int { .. } => "bitint",
        _ => "bituint",
    }
}

/// The `ProtoField` of an integer `width` bytes wide on the wire.
fn int_spec(signed: bool, width: usize) -> FieldSpec {
    let bits = match width {
        1 => 8,
        2 => 16,
        3 => 24,
        4 => 32,
        5..=8 => 64,
        // No Wireshark field type is wider: the decimal text is shown.
        _ => return FieldSpec::new("string", "base.ASCII, "),
    };
    let ctor = match (signed, bits) {
        (false, 8) => "uint8",
        (false, 16) => "uint16",
        (false, 24) => "uint24",
        (false, 32) => "uint32",
        (false, _) => "uint64",
        (true, 8) => "int8",
        (true, 16) => "int16",
        (true, 24) => "int24",
        (true, 32) => "int32",
        (true, _) => "int64",
    };
    FieldSpec::new(ctor, "base.DEC, nil, nil, ")
}

fn uint_ctor(bytes: usize) -> &'static str {
    match bytes {
        1 => "uint8",
        2 => "uint16",
        3 => "uint24",
        4 => "uint32",
        _ => "uint64",
    }
}

fn prefix_name(prefix: LenPrefix) -> &'static str {
    match prefix {
        LenPrefix::U8 => "u8",
        LenPrefix::U16 => "u16",
        LenPrefix::U32 => "u32",
        LenPrefix::Varint => "varint",
    }
}

fn endian_lua(endian: Option<Endian>) -> &'static str {
    match endian {
        Some(Endian::Big) => "\"big\"",
        Some(Endian::Little) => "\"little\"",
        None => "nil",
    }
}

fn first_line(doc: &str) -> &str {
    doc.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// A Wireshark filter name: lower-case ASCII letters, digits and `_`.
fn filter_name(name: &str) -> String {
    let mut out: String = name
        .trim_start_matches("r#")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    // A filter name must start with a letter.
    if !out.starts_with(|c: char| c.is_ascii_lowercase()) {
        out.insert(0, 'x');
    }
    out
}

/// `AddOrder` → `add_order`, `Ipv4Header` → `ipv4_header`, `QuoteV3` → `quote_v3`,
/// `HTTPRequest` → `http_request`.
fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c);
    }
    filter_name(&out)
}

/// A Lua string literal; bytes outside printable ASCII are written as `\ddd` escapes.
fn lua_str(s: &str) -> String {
    lua_bytes(s.as_bytes())
}

fn lua_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                // Three digits, so a following digit is not read as part of the escape.
                let _ = write!(out, "\\{b:03}");
            }
        }
    }
    out.push('"');
    out
}

/// The frame layer's protocol, fields and expert infos, and the tables the generated part
/// fills in.
const PRELUDE: &str = r##"
-- Bit operations: Lua 5.2 (Wireshark up to 4.2) has bit32; Lua 5.3 and later (Wireshark
-- 4.4 and later) have operators, compiled from text so that this file still parses on 5.2.
local band, bxor, rshift, bnot
if bit32 then
  band, bxor, rshift, bnot = bit32.band, bit32.bxor, bit32.rshift, bit32.bnot
else
  band, bxor, rshift, bnot = load([[return
    function(a, b) return a & b end,
    function(a, b) return (a ~ b) & 0xFFFFFFFF end,
    function(a, n) return (a & 0xFFFFFFFF) >> n end,
    function(a) return (~a) & 0xFFFFFFFF end]])()
end

local A = CONFIG.abbrev
local frame_proto = Proto(A, CONFIG.name)

-- The frame layer's fields, and the fields every message type shares.
local F = {
  sync = ProtoField.uint16(A .. ".sync", "Sync word", base.HEX),
  msg_type = ProtoField.uint16(A .. ".msg_type", "Message type", base.DEC, CONFIG.message_names),
  version = ProtoField.uint8(A .. ".version", "Version", base.DEC),
  flags = ProtoField.uint8(A .. ".flags", "Flags", base.HEX),
  flag_crc = ProtoField.bool(A .. ".flags.crc", "CRC32C present", 8, nil, 0x01),
  flag_lz4 = ProtoField.bool(A .. ".flags.compressed", "lz4-compressed", 8, nil, 0x02),
  flag_reserved = ProtoField.uint8(A .. ".flags.reserved", "Reserved", base.HEX, nil, 0xFC),
  payload_len = ProtoField.uint32(A .. ".payload_len", "Payload length", base.DEC),
  crc = ProtoField.uint32(A .. ".crc", "CRC32C", base.HEX),
  crc_computed = ProtoField.uint32(A .. ".crc.computed", "Computed CRC32C", base.HEX),
  crc_status = ProtoField.uint8(A .. ".crc.status", "CRC32C status", base.DEC,
    { [0] = "Bad", [1] = "Good", [2] = "Not present" }),
  header_crc = ProtoField.uint16(A .. ".header_crc", "Header CRC-16", base.HEX),
  header_crc_computed = ProtoField.uint16(A .. ".header_crc.computed", "Computed header CRC-16", base.HEX),
  header_crc_status = ProtoField.uint8(A .. ".header_crc.status", "Header CRC-16 status", base.DEC,
    { [0] = "Bad", [1] = "Good" }),
  frame_len = ProtoField.uint32(A .. ".frame_len", "Length prefix", base.DEC),
  payload = ProtoField.bytes(A .. ".payload", "Payload"),
  uncompressed_len = ProtoField.uint32(A .. ".uncompressed_len", "Uncompressed length", base.DEC),
  compressed = ProtoField.bytes(A .. ".compressed", "lz4 block"),
  skipped = ProtoField.bytes(A .. ".skipped", "Skipped bytes"),
  len = ProtoField.uint64(A .. ".len", "Length", base.DEC),
  count = ProtoField.uint64(A .. ".count", "Count", base.DEC),
  present = ProtoField.bool(A .. ".present", "Present", base.NONE),
  absent = ProtoField.string(A .. ".absent", "Absent field"),
  block_len = ProtoField.uint16(A .. ".block_len", "Block length", base.DEC),
  var_len = ProtoField.uint32(A .. ".var_len", "Variable fields length", base.DEC),
  unknown_block = ProtoField.bytes(A .. ".unknown_block", "Block bytes of a newer version"),
  unknown_var = ProtoField.bytes(A .. ".unknown_var", "Variable bytes of a newer version"),
  unparsed = ProtoField.bytes(A .. ".unparsed", "Unparsed bytes"),
  trailing = ProtoField.bytes(A .. ".trailing", "Trailing bytes"),
}
frame_proto.fields = F

local function expert_info(name, text, group, severity)
  return ProtoExpert.new(A .. ".expert." .. name, text, group, severity)
end
local E = {
  bad_crc = expert_info("bad_crc", "Bad CRC32C", expert.group.CHECKSUM, expert.severity.ERROR),
  bad_header_crc = expert_info("bad_header_crc", "Bad header CRC-16", expert.group.CHECKSUM, expert.severity.ERROR),
  malformed = expert_info("malformed", "Malformed message", expert.group.MALFORMED, expert.severity.ERROR),
  bad_magic = expert_info("bad_magic", "Wrong magic constant", expert.group.MALFORMED, expert.severity.ERROR),
  invalid = expert_info("invalid_value", "Invalid value", expert.group.MALFORMED, expert.severity.ERROR),
  truncated = expert_info("truncated", "Truncated frame", expert.group.MALFORMED, expert.severity.ERROR),
  trailing = expert_info("trailing", "Bytes after the message", expert.group.MALFORMED, expert.severity.ERROR),
  resync = expert_info("resync", "Bytes skipped to the next frame", expert.group.MALFORMED, expert.severity.WARN),
  unknown_type = expert_info("unknown_type", "Unknown message type", expert.group.UNDECODED, expert.severity.WARN),
  unknown_tag = expert_info("unknown_tag", "Unknown tag kept unparsed", expert.group.UNDECODED, expert.severity.NOTE),
  compressed = expert_info("compressed", "Compressed payload not decoded", expert.group.UNDECODED, expert.severity.NOTE),
}
frame_proto.experts = E

-- Filled in below: protocols, fields, enum names and layouts, by schema key.
local P, HF, VS, S = {}, {}, {}, {}
"##;

/// The interpreter that walks a message by its description, and the frame layer.
const RUNTIME: &str = r##"
-- ---------------------------------------------------------------------------------------
-- The walk over a message: the same steps, checks and errors as the derived decoder.

-- A decode error: raised with error() and caught once per message, so that a malformed
-- message is flagged instead of stopping the dissector with a Lua error.
local Failure = {}
local function fail(fmt, ...)
  error(setmetatable({ msg = string.format(fmt, ...) }, Failure), 0)
end

-- c: { tvb, base (the payload's first byte in tvb), len (the payload's length) };
-- positions are from the payload's start.
local function rng(c, pos, n)
  return c.tvb(c.base + pos, n)
end

local function need(c, pos, n, limit, what)
  if pos + n > limit then
    fail("%s: truncated: %d byte(s) needed at offset %d, %d left", what, n, pos, math.max(limit - pos, 0))
  end
end

local function raw(c, pos, n)
  if n == 0 then return "" end
  return c.tvb:raw(c.base + pos, n)
end

local function read_u(c, pos, n, endian)
  local r = rng(c, pos, n)
  if endian == "little" then return r:le_uint() end
  return r:uint()
end

local function read_u64(c, pos, n, endian)
  local r = rng(c, pos, n)
  if endian == "little" then return r:le_uint64() end
  return r:uint64()
end

local function add_num(tree, hf, r, endian)
  if endian == "little" then return tree:add_le(hf, r) end
  return tree:add(hf, r)
end

local function hex(s)
  return (s:gsub(".", function(ch) return string.format("%02x", ch:byte()) end))
end

-- Bytes, most significant first.
local function msb_first(s, endian)
  local b = { s:byte(1, -1) }
  if endian == "little" then
    local n = #b
    for i = 1, math.floor(n / 2) do b[i], b[n + 1 - i] = b[n + 1 - i], b[i] end
  end
  return b
end

-- The decimal text of a two's complement or unsigned integer of any width.
local function big_decimal(b, signed)
  local n = #b
  local neg = signed and n > 0 and b[1] >= 0x80
  if neg then
    local carry = 1
    for i = n, 1, -1 do
      local v = (255 - b[i]) + carry
      b[i] = v % 256
      carry = math.floor(v / 256)
    end
  end
  local digits = {}
  repeat
    local rem, nonzero = 0, false
    for i = 1, n do
      local cur = rem * 256 + b[i]
      b[i] = math.floor(cur / 10)
      rem = cur % 10
      if b[i] ~= 0 then nonzero = true end
    end
    digits[#digits + 1] = tostring(rem)
  until not nonzero
  return (neg and "-" or "") .. string.reverse(table.concat(digits))
end

local function u64_from_bytes(b)
  local v = UInt64(0)
  for i = 1, #b do v = v:lshift(8):bor(UInt64(b[i])) end
  return v
end

-- A field of `width` bits at `shift` in a run wider than a Lua number holds (bytes most
-- significant first), as a msb-first byte array sign-extended to 16 bytes when signed.
local function extract_bits(b, shift, width, signed)
  local n = #b
  local function bit_at(i)
    local byte = b[n - math.floor(i / 8)]
    return math.floor(byte / 2 ^ (i % 8)) % 2
  end
  local out = {}
  for i = 1, 16 do out[i] = 0 end
  local top = signed and bit_at(shift + width - 1) or 0
  for i = 0, 127 do
    local v = (i < width) and bit_at(shift + i) or top
    if v == 1 then
      local at = 16 - math.floor(i / 8)
      out[at] = out[at] + 2 ^ (i % 8)
    end
  end
  return out
end

-- The decimal text of a fixed-point value: the integer with `scale` decimal places.
local function decimal_text(int_text, scale)
  local neg = int_text:sub(1, 1) == "-"
  local digits = neg and int_text:sub(2) or int_text
  if scale > 0 then
    if #digits <= scale then digits = string.rep("0", scale - #digits + 1) .. digits end
    digits = digits:sub(1, #digits - scale) .. "." .. digits:sub(#digits - scale + 1)
  end
  return (neg and "-" or "") .. digits
end

-- The offset of the first byte that makes `s` invalid UTF-8 (RFC 3629), or nil.
local function utf8_error(s)
  local i, n = 1, #s
  while i <= n do
    local c = s:byte(i)
    local len, lo, hi = 1, 0x80, 0xBF
    if c < 0x80 then len = 1
    elseif c >= 0xC2 and c <= 0xDF then len = 2
    elseif c == 0xE0 then len, lo = 3, 0xA0
    elseif c == 0xED then len, hi = 3, 0x9F
    elseif c >= 0xE1 and c <= 0xEF then len = 3
    elseif c == 0xF0 then len, lo = 4, 0x90
    elseif c >= 0xF1 and c <= 0xF3 then len = 4
    elseif c == 0xF4 then len, hi = 4, 0x8F
    else return i - 1 end
    for j = 1, len - 1 do
      local cc = s:byte(i + j)
      if cc == nil then return i - 1 end
      local l, h = 0x80, 0xBF
      if j == 1 then l, h = lo, hi end
      if cc < l or cc > h then return i - 1 end
    end
    i = i + len
  end
  return nil
end

-- A LEB128 varint: its value (UInt64) and length; malformed as the runtime defines it
-- (wire::varint): at most 10 bytes, the 10th 0 or 1.
local function read_varint(c, pos, limit, what)
  local value = UInt64(0)
  for i = 0, 9 do
    if pos + i >= limit then fail("%s: truncated varint at offset %d", what, pos) end
    local b = read_u(c, pos + i, 1)
    if i == 9 and b > 1 then fail("%s: malformed varint at offset %d", what, pos + i) end
    value = value:bor(UInt64(b % 128):lshift(7 * i))
    if b < 0x80 then return value, i + 1 end
  end
  fail("%s: malformed varint at offset %d", what, pos)
end

local function fits_unsigned(u, bits)
  return bits >= 64 or u:rshift(bits) == UInt64(0)
end

-- A length or count prefix: its value (a number) and its size.
local function read_prefix(c, prefix, pos, limit, endian, what)
  if prefix == "u8" then
    need(c, pos, 1, limit, what)
    return read_u(c, pos, 1), 1
  elseif prefix == "u16" then
    need(c, pos, 2, limit, what)
    return read_u(c, pos, 2, endian), 2
  elseif prefix == "u32" then
    need(c, pos, 4, limit, what)
    return read_u(c, pos, 4, endian), 4
  end
  local v, n = read_varint(c, pos, limit, what)
  if v:higher() >= 0x200000 then fail("%s: length %s too large", what, tostring(v)) end
  return v:tonumber(), n
end

local function natural_width(ty)
  local k = ty.k
  if k == "uint" or k == "int" or k == "float" then return ty.bytes end
  if k == "bool" then return 1 end
  if k == "decimal" then return ty.repr end
  if k == "array" then return ty.elem_len * ty.len end
  if k == "named" then
    local s = S[ty.ref]
    if s.kind == "enum" then return s.bytes end
    if s.kind == "struct" and s.fixed then return s.block_len end
  end
  return nil
end

local function flag_invalid(item, fmt, ...)
  item:add_proto_expert_info(E.invalid, string.format(fmt, ...))
end

local add_value, dissect_struct, dissect_union

local function check_enum(c, s, pos, width, endian, item, name)
  local v
  if width <= 4 then v = read_u(c, pos, width, endian) else v = read_u64(c, pos, width, endian):tonumber() end
  if s.values[v] ~= nil then return end
  if s.other then
    item:append_text(string.format(" (kept by %s)", s.other))
  else
    flag_invalid(item, "%s: invalid discriminant %d for %s", name, v, s.name)
  end
end

-- Adds a value of type `ty` at `pos` (no further than `limit`) to `tree`; `width` is its
-- width on the wire when the layout states one. Returns the position after it and its item.
add_value = function(c, ty, pos, limit, tree, endian, name, width)
  local k = ty.k
  width = width or natural_width(ty)
  if k == "uint" or k == "int" then
    need(c, pos, width, limit, name)
    if width <= 8 then return pos + width, add_num(tree, ty.hf, rng(c, pos, width), endian) end
    local text = big_decimal(msb_first(raw(c, pos, width), endian), k == "int")
    return pos + width, tree:add(ty.hf, rng(c, pos, width), text)
  elseif k == "float" then
    need(c, pos, width, limit, name)
    return pos + width, add_num(tree, ty.hf, rng(c, pos, width), endian)
  elseif k == "bool" then
    need(c, pos, 1, limit, name)
    local item = tree:add(ty.hf, rng(c, pos, 1))
    local b = read_u(c, pos, 1)
    if b > 1 then flag_invalid(item, "%s: invalid bool %d at offset %d (0 or 1)", name, b, pos) end
    return pos + 1, item
  elseif k == "decimal" then
    need(c, pos, width, limit, name)
    local b = msb_first(raw(c, pos, width), endian)
    local int_text = big_decimal(b, ty.signed)
    local text = decimal_text(int_text, ty.scale)
    -- tonumber of the exact decimal is the nearest float, as the derived decoder reads it.
    local item = tree:add(ty.hf, rng(c, pos, width), tonumber(text))
    item:append_text(string.format(" (%s, %s x 10^-%d)", text, int_text, ty.scale))
    return pos + width, item
  elseif k == "array" then
    need(c, pos, width, limit, name)
    local item = tree:add(ty.hf, rng(c, pos, width))
    if ty.elem then
      for i = 0, ty.len - 1 do
        local at = pos + i * ty.elem_len
        local _, el = add_value(c, ty.elem, at, at + ty.elem_len, item, endian, name, ty.elem_len)
        el:prepend_text("[" .. i .. "] ")
      end
    end
    return pos + width, item
  elseif k == "named" then
    local s = S[ty.ref]
    if s.kind == "enum" then
      need(c, pos, s.bytes, limit, name)
      local item = add_num(tree, ty.hf, rng(c, pos, s.bytes), endian)
      check_enum(c, s, pos, s.bytes, endian, item, name)
      return pos + s.bytes, item
    end
    local item
    if ty.hf then item = tree:add(ty.hf, rng(c, pos, 0)) else item = tree:add(s.proto, rng(c, pos, 0)) end
    local p
    if s.kind == "struct" then p = dissect_struct(c, s, pos, limit, item) else p = dissect_union(c, s, pos, limit, item) end
    item:set_len(p - pos)
    return p, item
  elseif k == "varint" then
    local u, n = read_varint(c, pos, limit, name)
    local bits = ty.bytes * 8
    local value
    if ty.zigzag then
      if not fits_unsigned(u, bits) then fail("%s: malformed varint at offset %d: wider than %d bits", name, pos, bits) end
      local half = Int64(u:rshift(1))
      if u:lower() % 2 == 1 then value = half:bnot() else value = half end
    elseif ty.signed then
      value = Int64(u)
      if bits < 64 and (value < -Int64(1):lshift(bits - 1) or value >= Int64(1):lshift(bits - 1)) then
        fail("%s: malformed varint at offset %d: outside %d bits", name, pos, bits)
      end
    else
      if not fits_unsigned(u, bits) then fail("%s: malformed varint at offset %d: wider than %d bits", name, pos, bits) end
      value = u
    end
    return pos + n, tree:add(ty.hf, rng(c, pos, n), value)
  elseif k == "bytes" or k == "str" then
    local len, n = read_prefix(c, ty.prefix, pos, limit, endian, name)
    if len > ty.max then fail("%s: length %d at offset %d above its cap %d", name, len, pos, ty.max) end
    need(c, pos + n, len, limit, name)
    local item
    if k == "str" then
      local s = raw(c, pos + n, len)
      item = tree:add(ty.hf, rng(c, pos + n, len), s)
      local bad = utf8_error(s)
      if bad then flag_invalid(item, "%s: invalid UTF-8 at offset %d", name, pos + n + bad) end
    else
      item = tree:add(ty.hf, rng(c, pos + n, len))
      -- Wireshark shows zero bytes as <MISSING>, which reads like damage.
      if len == 0 then item:set_text(name .. ": (empty)") end
    end
    item:add(F.len, rng(c, pos, n), UInt64(len))
    return pos + n + len, item
  elseif k == "list" then
    local count, n = read_prefix(c, ty.prefix, pos, limit, endian, name)
    if count > ty.max then fail("%s: count %d at offset %d above its cap %d", name, count, pos, ty.max) end
    local item = tree:add(ty.hf, rng(c, pos, n))
    item:add(F.count, rng(c, pos, n), UInt64(count))
    local p = pos + n
    for i = 0, count - 1 do
      local q, el = add_value(c, ty.elem, p, limit, item, endian, name)
      el:prepend_text("[" .. i .. "] ")
      p = q
    end
    item:set_len(p - pos)
    item:append_text(string.format(" (%d element%s)", count, count == 1 and "" or "s"))
    return p, item
  elseif k == "option" then
    need(c, pos, 1, limit, name)
    local b = read_u(c, pos, 1)
    if b == 0 then
      local item = tree:add(F.present, rng(c, pos, 1), false)
      item:set_text(name .. ": None")
      return pos + 1, item
    elseif b == 1 then
      local p, item = add_value(c, ty.elem, pos + 1, limit, tree, endian, name)
      item:add(F.present, rng(c, pos, 1), true)
      return p, item
    end
    fail("%s: invalid presence byte %d at offset %d (0 or 1)", name, b, pos)
  end
  fail("%s: unknown kind %s", name, tostring(k))
end

-- A bit field of a run too wide for a mask: extracted here.
local function wide_bits(c, f, base, endian)
  local at = f.at
  local b = msb_first(raw(c, base + at.run_offset, at.run_len), endian)
  local v = extract_bits(b, at.shift, at.width, f.ty.k == "bitint")
  if f.ty.k == "bitbool" then return v[16] == 1 end
  if at.width > 64 then return big_decimal(v, f.ty.k == "bitint") end
  local low = {}
  for i = 9, 16 do low[#low + 1] = v[i] end
  local u = u64_from_bytes(low)
  if f.ty.k == "bitint" then return Int64(u) end
  return u
end

local function absent(c, tree, f, pos)
  local item = tree:add(F.absent, rng(c, pos, 0), f.name)
  local default = f.default and (": a reader uses " .. f.default) or ""
  item:set_text(string.format("%s: absent (the sender's version does not have it)%s", f.name, default))
end

local function fixed_field(c, s, f, start, tree)
  local at = f.at
  local endian = f.endian or s.endian
  if at.k == "bits" then
    local r = rng(c, start + at.run_offset, at.run_len)
    if f.masked then
      add_num(tree, f.ty.hf, r, endian)
    else
      tree:add(f.ty.hf, r, wide_bits(c, f, start, endian))
    end
    return
  end
  local pos = start + at.offset
  local _, item = add_value(c, f.ty, pos, pos + at.len, tree, endian, f.name, at.len)
  if f.magic then
    local found = raw(c, pos, at.len)
    if found ~= f.magic then
      item:add_proto_expert_info(E.bad_magic,
        string.format("%s: wrong magic at offset %d: %s, expected %s", f.name, pos, hex(found), hex(f.magic)))
    end
  end
end

dissect_struct = function(c, s, pos, limit, tree)
  local block_len, header, var_len = s.block_len, 0, nil
  if s.version then
    need(c, pos, 2, limit, s.name .. " block length")
    block_len = read_u(c, pos, 2, s.endian)
    tree:add(F.block_len, rng(c, pos, 2), block_len)
    header = 2
    if s.has_var then
      need(c, pos + 2, 4, limit, s.name .. " variable length")
      var_len = read_u(c, pos + 2, 4, s.endian)
      tree:add(F.var_len, rng(c, pos + 2, 4), var_len)
      header = 6
    end
    if block_len < s.block_len and not s.short_blocks[block_len] then
      fail("%s: invalid block length %d at offset %d", s.name, block_len, pos)
    end
  end
  local start = pos + header
  need(c, start, block_len, limit, s.name .. " block")
  for _, f in ipairs(s.fields) do
    if f.at.k ~= "var" then
      if s.version and f.at.fend > block_len then
        absent(c, tree, f, start + block_len)
      else
        fixed_field(c, s, f, start, tree)
      end
    end
  end
  local p = start + block_len
  if block_len > s.block_len then
    tree:add(F.unknown_block, rng(c, start + s.block_len, block_len - s.block_len))
  end
  local vlimit = limit
  if var_len then
    need(c, p, var_len, limit, s.name .. " variable fields")
    vlimit = p + var_len
  end
  for _, f in ipairs(s.fields) do
    if f.at.k == "var" then
      -- A field newer than the sender's version would start where the variable part ends.
      if s.version and f.since > 1 and p >= vlimit then
        absent(c, tree, f, p)
      else
        p = add_value(c, f.ty, p, vlimit, tree, f.endian or s.endian, f.name)
      end
    end
  end
  if var_len then
    if p < vlimit then tree:add(F.unknown_var, rng(c, p, vlimit - p)) end
    p = vlimit
  end
  return p
end

dissect_union = function(c, u, pos, limit, tree)
  local tag, n
  if u.tag == "u8" then
    need(c, pos, 1, limit, u.name .. " tag")
    tag, n = read_u(c, pos, 1), 1
    tree:add(u.tag_hf, rng(c, pos, 1))
  elseif u.tag == "u16" then
    need(c, pos, 2, limit, u.name .. " tag")
    tag, n = read_u(c, pos, 2, u.endian), 2
    add_num(tree, u.tag_hf, rng(c, pos, 2), u.endian)
  else
    local v
    v, n = read_varint(c, pos, limit, u.name .. " tag")
    tree:add(u.tag_hf, rng(c, pos, n), v)
    tag = v:tonumber()
  end
  local p = pos + n
  local v = u.variants[tag]
  c.variant = c.variant or (v and v.name) or u.other
  if v == nil then
    if u.other == nil then fail("%s: unknown tag %s at offset %d", u.name, tostring(tag), pos) end
    local item = tree:add(F.unparsed, rng(c, p, limit - p))
    item:add_proto_expert_info(E.unknown_tag,
      string.format("%s: tag %s is unknown: %s keeps the %d byte(s) after it unparsed", u.name, tostring(tag), u.other, limit - p))
    return limit
  end
  if v.payload == nil then return p end
  return (add_value(c, v.payload, p, limit, tree, u.endian, v.name))
end

-- One message: the whole payload, flagged when the derived decoder would refuse it.
local function dissect_message(c, s, tree)
  local item = tree:add(s.proto, rng(c, 0, c.len))
  local ok, err = pcall(function()
    local p
    if s.kind == "struct" then
      p = dissect_struct(c, s, 0, c.len, item)
    elseif s.kind == "union" then
      p = dissect_union(c, s, 0, c.len, item)
    else
      p = add_value(c, { k = "named", ref = s.key, hf = s.value_hf }, 0, c.len, item, nil, s.name)
    end
    if p < c.len then
      local extra = item:add(F.trailing, rng(c, p, c.len - p))
      extra:add_proto_expert_info(E.trailing, string.format("%d byte(s) after the end of %s", c.len - p, s.name))
    end
  end)
  if not ok then
    local msg = (getmetatable(err) == Failure) and err.msg or tostring(err)
    item:add_proto_expert_info(E.malformed, s.name .. ": " .. msg)
  end
end

-- ---------------------------------------------------------------------------------------
-- The frame layer.

-- CRC32C (Castagnoli, reflected polynomial 0x82F63B78; RFC 3720 appendix B.4).
local CRC_TABLE = {}
for i = 0, 255 do
  local crc = i
  for _ = 1, 8 do
    if band(crc, 1) == 1 then crc = bxor(rshift(crc, 1), 0x82F63B78) else crc = rshift(crc, 1) end
  end
  CRC_TABLE[i] = crc
end

local function crc32c(s)
  local crc = 0xFFFFFFFF
  for i = 1, #s do
    crc = bxor(CRC_TABLE[band(bxor(crc, s:byte(i)), 0xFF)], rshift(crc, 8))
  end
  return bnot(crc)
end

-- CRC-16/IBM-3740, the header's check over its first 14 bytes (Greg Cook's "Catalogue of
-- parametrised CRC algorithms": poly 0x1021, init 0xFFFF, no reflection, xorout 0, check
-- 0x29B1). Shifts are multiplications, which Lua 5.2's numbers and 5.3's integers share.
local CRC16_TABLE = {}
for i = 0, 255 do
  local crc = i * 256
  for _ = 1, 8 do
    crc = crc * 2
    if band(crc, 0x10000) ~= 0 then crc = bxor(band(crc, 0xFFFF), 0x1021) end
  end
  CRC16_TABLE[i] = crc
end

local function crc16(s)
  local crc = 0xFFFF
  for i = 1, #s do
    crc = bxor(band(crc * 256, 0xFFFF), CRC16_TABLE[bxor(rshift(crc, 8), s:byte(i))])
  end
  return crc
end

local HEADER_LEN = CONFIG.header_len
local SYNC = "\245\197"
local HEADER_CRC_AT = 14
local ONE_MORE_SEGMENT = DESEGMENT_ONE_MORE_SEGMENT or 0x0fffffff

local function payload_len(tvb, o)
  if CONFIG.framing == "wire_header" then return tvb(o + 6, 4):uint() end
  local r = tvb(o, HEADER_LEN)
  if CONFIG.prefix_endian == "little" then return r:le_uint() end
  return r:uint()
end

-- The header CRC-16 a `WireHeader` at `o` carries, and the one its bytes give.
local function header_crcs(tvb, o)
  return tvb(o + HEADER_CRC_AT, 2):uint(), crc16(tvb:raw(o, HEADER_CRC_AT))
end

-- Whether the bytes at `o` are a header the frame decoder accepts, and if not, why. The
-- header CRC is checked before any field is believed, as the decoder does.
local function check_header(tvb, o)
  if CONFIG.framing == "wire_header" then
    if tvb:raw(o, 2) ~= SYNC then return "no sync word" end
    local carried, computed = header_crcs(tvb, o)
    if carried ~= computed then
      return string.format("bad header CRC-16: the header carries 0x%04x, its bytes give 0x%04x", carried, computed), true
    end
    local flags = tvb(o + 5, 1):uint()
    if band(flags, 0xFC) ~= 0 then return string.format("reserved flag bits set (0x%02x)", flags) end
    if band(flags, 1) == 0 and tvb(o + 10, 4):uint() ~= 0 then return "a CRC without the CRC flag" end
  end
  local len = payload_len(tvb, o)
  if len > CONFIG.max_frame_len then
    return string.format("payload length %d above the maximum %d", len, CONFIG.max_frame_len)
  end
  return nil
end

-- The offset of the next possible header after damage at `o`.
local function resync(tvb, o, total)
  if CONFIG.framing ~= "wire_header" then return total end
  local from = o + 1
  if from >= total then return total end
  local at = tvb:raw(from, total - from):find(SYNC, 1, true)
  if at == nil then return total end
  return from + at - 1
end

local function schema_of(msg_type)
  local key = msg_type and CONFIG.messages[msg_type] or CONFIG.default
  return key and S[key]
end

-- A frame of `flen` bytes at `o`, of which `have` are captured.
local function dissect_frame(tvb, pinfo, tree, o, have, flen, names)
  local item = tree:add(frame_proto, tvb(o, have))
  local msg_type, flags = nil, 0
  local plen = flen - HEADER_LEN
  if CONFIG.framing == "wire_header" then
    msg_type = tvb(o + 2, 2):uint()
    flags = tvb(o + 5, 1):uint()
    item:add(F.sync, tvb(o, 2))
    item:add(F.msg_type, tvb(o + 2, 2))
    item:add(F.version, tvb(o + 4, 1))
    local flag_item = item:add(F.flags, tvb(o + 5, 1))
    flag_item:add(F.flag_crc, tvb(o + 5, 1))
    flag_item:add(F.flag_lz4, tvb(o + 5, 1))
    flag_item:add(F.flag_reserved, tvb(o + 5, 1))
    item:add(F.payload_len, tvb(o + 6, 4))
    local header_crc_item = item:add(F.header_crc, tvb(o + HEADER_CRC_AT, 2))
    local _, header_computed = header_crcs(tvb, o)
    header_crc_item:add(F.header_crc_computed, tvb(o + HEADER_CRC_AT, 2), header_computed)
    header_crc_item:add(F.header_crc_status, tvb(o + HEADER_CRC_AT, 2), 1)
    local crc_item = item:add(F.crc, tvb(o + 10, 4))
    if band(flags, 1) == 0 then
      crc_item:add(F.crc_status, tvb(o + 10, 4), 2)
    elseif have == flen then
      local computed = crc32c(tvb:raw(o, 10) .. (plen > 0 and tvb:raw(o + HEADER_LEN, plen) or ""))
      local carried = tvb(o + 10, 4):uint()
      crc_item:add(F.crc_computed, tvb(o + 10, 4), computed)
      if computed == carried then
        crc_item:add(F.crc_status, tvb(o + 10, 4), 1)
      else
        crc_item:add(F.crc_status, tvb(o + 10, 4), 0)
        crc_item:add_proto_expert_info(E.bad_crc,
          string.format("bad CRC32C: the frame carries 0x%08x, its bytes give 0x%08x", carried, computed))
      end
    end
  else
    add_num(item, F.frame_len, tvb(o, HEADER_LEN), CONFIG.prefix_endian)
  end
  if have < flen then
    item:add(F.payload, tvb(o + HEADER_LEN, have - HEADER_LEN))
    item:add_proto_expert_info(E.truncated, string.format("truncated frame: %d of %d byte(s)", have, flen))
    names[#names + 1] = "truncated frame"
    return
  end
  if band(flags, 2) ~= 0 then
    -- The payload is the decompressed length (u32, big-endian), then one lz4 block.
    local s = schema_of(msg_type)
    local label = (s and s.name or ("type " .. tostring(msg_type))) .. " (lz4-compressed)"
    local block
    if plen >= 4 then
      item:add(F.uncompressed_len, tvb(o + HEADER_LEN, 4))
      block = item:add(F.compressed, tvb(o + HEADER_LEN + 4, plen - 4))
    else
      block = item:add(F.compressed, tvb(o + HEADER_LEN, plen))
    end
    block:add_proto_expert_info(E.compressed, "lz4-compressed payload: shown as compressed bytes")
    item:append_text(", " .. label)
    names[#names + 1] = label
    return
  end
  local s = schema_of(msg_type)
  if s == nil then
    local bytes = item:add(F.payload, tvb(o + HEADER_LEN, plen))
    bytes:add_proto_expert_info(E.unknown_type, string.format("no schema for message type %s", tostring(msg_type)))
    names[#names + 1] = "type " .. tostring(msg_type)
    return
  end
  local c = { tvb = tvb, base = o + HEADER_LEN, len = plen }
  dissect_message(c, s, item)
  local label = c.variant and (s.name .. "." .. c.variant) or s.name
  item:append_text(", " .. label)
  names[#names + 1] = label
end

-- TCP calls the dissector again for the frames after a reassembled one, in the same
-- packet: their names are appended to the ones already shown.
local last_info = { number = -1, text = "" }
local function show_info(pinfo, text)
  if text == "" then return end
  local current = tostring(pinfo.cols.info)
  if last_info.number == pinfo.number and last_info.text ~= "" and current:find(last_info.text, 1, true) then
    pinfo.cols.info:append(", " .. text)
    last_info.text = last_info.text .. ", " .. text
  else
    pinfo.cols.info:set(text)
    last_info.number, last_info.text = pinfo.number, text
  end
end

function frame_proto.dissector(tvb, pinfo, tree)
  local total = tvb:len()
  if total == 0 then return 0 end
  pinfo.cols.protocol = CONFIG.name
  local names = {}
  local offset = 0
  while offset < total do
    local remaining = total - offset
    if remaining < HEADER_LEN then
      if pinfo.can_desegment > 0 then
        pinfo.desegment_offset = offset
        pinfo.desegment_len = ONE_MORE_SEGMENT
        break
      end
      local item = tree:add(frame_proto, tvb(offset, remaining))
      item:add_proto_expert_info(E.truncated, string.format("truncated frame header: %d of %d byte(s)", remaining, HEADER_LEN))
      break
    end
    local why, bad_header_crc = check_header(tvb, offset)
    if why then
      local next_at = resync(tvb, offset, total)
      local item = tree:add(frame_proto, tvb(offset, next_at - offset))
      item:append_text(" (skipped bytes)")
      if bad_header_crc then
        -- Shown, not believed: the length may be the damaged field.
        local _, computed = header_crcs(tvb, offset)
        local crc_item = item:add(F.header_crc, tvb(offset + HEADER_CRC_AT, 2))
        crc_item:add(F.header_crc_computed, tvb(offset + HEADER_CRC_AT, 2), computed)
        crc_item:add(F.header_crc_status, tvb(offset + HEADER_CRC_AT, 2), 0)
        crc_item:add_proto_expert_info(E.bad_header_crc, why)
      end
      item:add(F.skipped, tvb(offset, next_at - offset))
      item:add_proto_expert_info(E.resync, string.format("%d byte(s) skipped: %s", next_at - offset, why))
      offset = next_at
    else
      local flen = HEADER_LEN + payload_len(tvb, offset)
      if remaining < flen and pinfo.can_desegment > 0 then
        pinfo.desegment_offset = offset
        pinfo.desegment_len = flen - remaining
        break
      end
      local have = math.min(flen, remaining)
      dissect_frame(tvb, pinfo, tree, offset, have, flen, names)
      offset = offset + have
    end
  end
  show_info(pinfo, table.concat(names, ", "))
  return total
end

-- Ports: preferences (Edit > Preferences > Protocols, or -o <abbrev>.tcp_port:N).
frame_proto.prefs.tcp_port = Pref.uint("TCP port", CONFIG.tcp_port, "The TCP port of " .. CONFIG.name .. " (0: none)")
frame_proto.prefs.udp_port = Pref.uint("UDP port", CONFIG.udp_port, "The UDP port of " .. CONFIG.name .. " (0: none)")
local registered = { tcp = 0, udp = 0 }

local function register_ports()
  local tcp, udp = DissectorTable.get("tcp.port"), DissectorTable.get("udp.port")
  if registered.tcp ~= 0 then tcp:remove(registered.tcp, frame_proto) end
  if registered.udp ~= 0 then udp:remove(registered.udp, frame_proto) end
  registered.tcp, registered.udp = frame_proto.prefs.tcp_port, frame_proto.prefs.udp_port
  if registered.tcp ~= 0 then tcp:add(registered.tcp, frame_proto) end
  if registered.udp ~= 0 then udp:add(registered.udp, frame_proto) end
end

function frame_proto.prefs_changed()
  register_ports()
end

register_ports()
DissectorTable.get("tcp.port"):add_for_decode_as(frame_proto)
DissectorTable.get("udp.port"):add_for_decode_as(frame_proto)
"##;

#[cfg(test)]
mod tests {
    use super::super::fixtures::{
        at, bits, field, other, tagged, variable, variant, I16, I8, SIDE, STATUS, U16, U32, U8,
    };
    use super::*;
    use crate::schema::SchemaRef;

    /// Little endian with a magic, a 16-bit run with a signed field, a six-byte and a
    /// big-endian three-byte integer, then variable fields.
    static ADD_ORDER: Schema = Schema {
        name: "AddOrder",
        doc: "An order.\n\nMore.",
        body: Body::Struct(Struct {
            endian: Some(Endian::Little),
            version: None,
            block_len: 13,
            fixed_size: false,
            max_depth: 100,
            fields: &[
                field(
                    "magic",
                    "[u8; 2]",
                    Type::Array {
                        elem: &U8,
                        elem_len: 1,
                        len: 2,
                    },
                    at(0, 2),
                )
                .magic(b"OK"),
                field("low", "u8", U8, bits(2, 2, 0, 4)).little(),
                field("high", "i16", I16, bits(2, 2, 4, 12)).little(),
                field("stamp", "u64", Type::UInt { bytes: 8 }, at(4, 6)).little(),
                field("delta", "i32", Type::Int { bytes: 4 }, at(10, 3)).big(),
                field(
                    "sides",
                    "Vec<Side>",
                    Type::List {
                        elem: &Type::Named(SchemaRef::new(|| &SIDE)),
                        prefix: LenPrefix::Varint,
                        max_len: 8,
                    },
                    variable(0),
                )
                .little(),
                field(
                    "note",
                    "Option<String>",
                    Type::Option(&Type::Str {
                        prefix: LenPrefix::U8,
                        max_len: 20,
                    }),
                    variable(1),
                )
                .little(),
            ],
        }),
    };

    /// A varint tag, with a tag above one byte and a plain integer payload.
    static MESSAGE: Schema = tagged(
        "Message",
        TagKind::Varint,
        None,
        &[
            variant(
                "Order",
                300,
                Some(Type::Named(SchemaRef::new(|| &ADD_ORDER))),
            ),
            variant("Count", 2, Some(U32)),
            variant("Ping", 1, None),
            other("Unknown"),
        ],
    );

    fn script() -> String {
        let options = DissectorOptions::new("Test-Proto")
            .name("Test protocol")
            .tcp_port(7000)
            .message_type(5, &MESSAGE);
        generate(&[], &options)
    }

    #[test]
    fn names_are_wireshark_filter_names() {
        assert_eq!(snake_case("AddOrder"), "add_order");
        assert_eq!(snake_case("Ipv4Header"), "ipv4_header");
        assert_eq!(snake_case("QuoteV3"), "quote_v3");
        assert_eq!(snake_case("HTTPRequest"), "http_request");
        assert_eq!(filter_name("Test-Proto"), "test_proto");
        assert_eq!(filter_name("9lives"), "x9lives");
        assert_eq!(DissectorOptions::new("Test-Proto").abbrev(), "test_proto");
    }

    #[test]
    fn lua_strings_escape_quotes_and_bytes() {
        assert_eq!(lua_str("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(lua_bytes(&[0xF5, b'1']), r#""\2451""#);
        assert_eq!(lua_str("é"), r#""\195\169""#);
    }

    #[test]
    fn the_runtime_knows_the_wire_header_layout() {
        use crate::frame::{FrameHeader, WireHeader};
        let sync = lua_bytes(&WireHeader::SYNC.to_be_bytes());
        assert!(
            RUNTIME.contains(&format!("local SYNC = {sync}\n")),
            "{sync}"
        );
        // The header CRC is the last two bytes, after the 14 it covers.
        assert!(RUNTIME.contains(&format!("local HEADER_CRC_AT = {}\n", WireHeader::LEN - 2)));
        assert_eq!(Framing::WireHeader.header_len(), WireHeader::LEN);
    }

    #[test]
    fn every_schema_of_the_closure_gets_a_protocol_and_fields() {
        let lua = script();
        assert!(
            lua.contains(r#"P["message"] = Proto("test_proto.message", "Test protocol Message")"#)
        );
        assert!(lua.contains(
            r#"P["add_order"] = Proto("test_proto.add_order", "Test protocol AddOrder")"#
        ));
        assert!(lua.contains(
            r#"VS["side"] = { [66] = "Buy", [83] = "Sell", [124] = "Pipe", [0] = "Nul" }"#
        ));
        assert!(lua.contains(r#"messages = { [5] = "message", }"#));
        assert!(lua.contains("tcp_port = 7000,"));
        assert!(lua.contains(r#"ProtoField.uint64("test_proto.message.tag", "tag", base.DEC, VS["message.tag"], nil, nil)"#));
        assert!(lua.contains(
            r#"[300] = { name = "Order", payload = { k = "named", ref = "add_order" } }"#
        ));
        assert!(lua.contains(r#"[2] = { name = "Count", payload = { k = "uint", bytes = 4, hf = HF["message.count"] } }"#));
        assert!(lua.contains(r#"other = "Unknown""#));
        // The doc's first line is the field's description.
        assert!(lua.contains(r#"ProtoField.none("test_proto.add_order.sides", "sides", nil)"#));
    }

    #[test]
    fn open_enums_name_their_other_variant_and_closed_ones_none() {
        let options = DissectorOptions::new("t")
            .message_type(1, &STATUS)
            .message_type(2, &SIDE);
        let lua = generate(&[], &options);
        assert!(lua.contains(
            r#"S["status"] = { kind = "enum", name = "Status", key = "status", bytes = 2, values = VS["status"], other = "Unknown", "#
        ));
        assert!(lua.contains(r#"values = VS["side"], other = nil, "#));
    }

    #[test]
    fn fields_are_typed_as_the_wire_holds_them() {
        let lua = script();
        for line in [
            r#"ProtoField.bytes("test_proto.add_order.magic", "magic", base.NONE, nil)"#,
            // A 16-bit little-endian run: masks on a 16-bit field, added with add_le.
            r#"ProtoField.uint16("test_proto.add_order.low", "low", base.DEC, nil, 0x000f, nil)"#,
            r#"ProtoField.int16("test_proto.add_order.high", "high", base.DEC, nil, 0xfff0, nil)"#,
            r#"ProtoField.uint64("test_proto.add_order.stamp", "stamp", base.DEC, nil, nil, nil)"#,
            r#"ProtoField.int24("test_proto.add_order.delta", "delta", base.DEC, nil, nil, nil)"#,
            r#"ProtoField.uint8("test_proto.add_order.sides.item", "sides", base.DEC, VS["side"], nil, nil)"#,
            r#"ProtoField.string("test_proto.add_order.note", "note", base.UNICODE, nil)"#,
        ] {
            assert!(lua.contains(line), "missing {line}\n{lua}");
        }
        assert!(lua.contains(r#"magic = "OK""#));
        assert!(lua.contains(r#"{ k = "option", elem = { k = "str", prefix = "u8", max = 20, hf = HF["add_order.note"] } }"#));
        assert!(lua.contains(r#"at = { k = "bits", run_offset = 2, run_len = 2, shift = 4, width = 12, fend = 4 }, endian = "little", since = 1, masked = true"#));
    }

    #[test]
    fn wide_runs_are_extracted_in_lua() {
        let (spec, masked) = bit_field_spec(&Type::UInt { bytes: 8 }, 8, 4, 60);
        assert!(!masked);
        assert_eq!(spec.ctor, "uint64");
        let (spec, masked) = bit_field_spec(&Type::UInt { bytes: 16 }, 16, 0, 100);
        assert!(!masked);
        assert_eq!(spec.ctor, "string");
        let (spec, masked) = bit_field_spec(&Type::Bool, 3, 23, 1);
        assert!(masked);
        assert_eq!(
            (spec.ctor, spec.args.as_str()),
            ("bool", "24, nil, 0x800000, ")
        );
    }

    #[test]
    fn versioned_structs_list_their_shorter_blocks() {
        const FIELDS: &[Field] = &[
            field("bid", "u32", U32, at(0, 4)).big(),
            field("lot", "u16", U16, at(4, 2)).big().since(2),
            field("flags", "i8", I8, at(6, 1)).since(3),
        ];
        let s = Struct {
            endian: Some(Endian::Big),
            version: Some(3),
            block_len: 7,
            fixed_size: false,
            max_depth: 100,
            fields: FIELDS,
        };
        assert_eq!(short_blocks(&s), "[4] = true, [6] = true, [7] = true");
    }

    #[test]
    fn length_prefixed_framing_uses_the_default_schema() {
        let options = DissectorOptions::new("lp")
            .framing(Framing::LenU16Le)
            .udp_port(9)
            .default_schema(&ADD_ORDER);
        let lua = generate(&[], &options);
        assert!(lua.contains("framing = \"length\","));
        assert!(lua.contains("header_len = 2,"));
        assert!(lua.contains("prefix_endian = \"little\","));
        assert!(lua.contains("default = \"add_order\","));
        assert!(lua.contains("udp_port = 9,"));
        assert!(!lua.contains("P[\"message\"]"));
    }

    #[test]
    fn registry_style_options_are_unmapped_until_a_schema_is_given() {
        let options = DissectorOptions::default();
        assert!(options.is_unmapped());
        assert!(!options.clone().message_type(1, &ADD_ORDER).is_unmapped());
        assert_eq!(options.abbrev(), "wire");
    }
}
