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
//!   [`WireHeader`](wire_runtime::frame::WireHeader) (sync word, message type, version, flags,
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
//!   the unparsed bytes; a union whose tag is the frame header's message type takes it
//!   from the `WireHeader`, shown as a generated field, and cannot be read from a plain
//!   length prefix, which has none). Anything the derived decoder would refuse (a wrong magic, an
//!   invalid enum or bool, a length above its cap, a truncated field, invalid UTF-8,
//!   trailing bytes) is shown as expert info and marks the packet malformed; it never
//!   raises a Lua error;
//! - lengths from earlier fields (`count`, `byte_len`) and conditions (`if`), evaluated as
//!   the derived decoder evaluates them (a negative length, a division by zero, a shift of
//!   128 or more is malformed; a value beyond what a Lua number or `bit32` holds exactly
//!   is refused rather than shown wrong): the length or count is a generated item naming
//!   its expression, and a conditional field that is not on the wire is shown absent with
//!   its condition. A checksum field (`checksum`) is shown in hex and checked, as
//!   Wireshark's own dissectors show theirs: `[correct]`, or `[incorrect, should be
//!   0x…]` with an expert info (group Checksum), and a generated status item.
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

use crate::names::{self, export_name};
use std::fmt::Write as _;
use wire_schema::{
    closure_of, Body, ChecksumRange, DefaultValue, Endian, Enum, Expr, Field, LenPrefix, Place,
    Schema, Struct, TagKind, Type, UnOp, Union,
};

/// How frames are cut from the TCP stream or UDP datagram.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Framing {
    /// Our 16-byte [`WireHeader`](wire_runtime::frame::WireHeader): the message type selects the
    /// payload's schema ([`DissectorOptions::message_type`]).
    #[default]
    WireHeader,
    /// A 2-byte big-endian payload length ([`LenU16Be`](wire_runtime::frame::LenU16Be)).
    LenU16Be,
    /// A 2-byte little-endian payload length ([`LenU16Le`](wire_runtime::frame::LenU16Le)).
    LenU16Le,
    /// A 4-byte big-endian payload length ([`LenU32Be`](wire_runtime::frame::LenU32Be)).
    LenU32Be,
    /// A 4-byte little-endian payload length ([`LenU32Le`](wire_runtime::frame::LenU32Le)).
    LenU32Le,
}

impl Framing {
    /// The header's size in bytes.
    pub const fn header_len(self) -> usize {
        match self {
            Framing::WireHeader => {
                <wire_runtime::frame::WireHeader as wire_runtime::frame::FrameHeader>::LEN
            }
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
            max_frame_len: wire_runtime::frame::DEFAULT_MAX_FRAME_LEN as u64,
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

    /// Frames whose [`WireHeader`](wire_runtime::frame::WireHeader) message type is `id` hold a
    /// `schema` (a struct or a tagged union). A later call for the same `id` replaces the
    /// earlier one.
    #[must_use]
    pub fn message_type(mut self, id: u16, schema: &'static Schema) -> Self {
        self.messages.retain(|(known, _)| *known != id);
        self.messages.push((id, schema));
        self
    }

    /// Frames of every message type a tagged union whose tag is the frame header's message
    /// type (`#[wire(tag = "header")]`) names hold that union, which shows the variant the
    /// type selects (the tag as a generated field, since the payload has none); with an
    /// `other` variant and no default schema yet, frames of any other type hold it too.
    /// A union with its tag in its bytes, or a struct, maps nothing.
    ///
    /// ```
    /// use wire::prelude::*;
    /// use wire::schema::lua::{self, DissectorOptions};
    ///
    /// #[derive(Wire)]
    /// #[wire(endian = "big")]
    /// pub struct Move { pub dx: i8, pub dy: i8 }
    ///
    /// #[derive(Wire)]
    /// #[wire(tag = "header")]
    /// pub enum Msg { #[wire(id = 0x0201)] Move(Move), #[wire(id = 0x0202)] Quit }
    ///
    /// let script = lua::generate(&[], &DissectorOptions::new("game").header_union(Msg::SCHEMA));
    /// assert!(script.contains(r#"messages = { [513] = "msg", [514] = "msg", }"#));
    /// ```
    #[must_use]
    pub fn header_union(mut self, schema: &'static Schema) -> Self {
        let Body::Union(u) = &schema.body else {
            return self;
        };
        if u.tag != TagKind::Header {
            return self;
        }
        for v in u.variants {
            match v.id {
                // The derive checks that every id fits the header's u16.
                Some(id) => self = self.message_type(id as u16, schema),
                None if self.default_schema.is_none() => self.default_schema = Some(schema),
                None => {}
            }
        }
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
    /// [`FrameDecoder::max_frame_len`](wire_runtime::frame::FrameDecoder::max_frame_len) does.
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
    names::scoped(&all, || dissector(&all, &roots, options))
}

/// The dissector of `all` (every type of the export), `roots` those asked for.
fn dissector(
    all: &[&'static Schema],
    roots: &[&'static Schema],
    options: &DissectorOptions,
) -> String {
    let keys = Keys::new(all);
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
    for schema in all {
        if let Body::Enum(e) = &schema.body {
            gen.enum_names(schema, e);
        }
    }
    for schema in all {
        gen.schema(schema, roots.iter().any(|r| r.is_same_type(schema)));
    }
    out.push_str(&gen.out);
    out.push_str(RUNTIME);
    out
}

/// The Lua table keys of the schemas: their export names in snake case, made unique.
struct Keys {
    names: Vec<(&'static Schema, String)>,
}

impl Keys {
    fn new(schemas: &[&'static Schema]) -> Self {
        let mut names: Vec<(&'static Schema, String)> = Vec::new();
        for schema in schemas {
            // A qualified export name (`orders::Quote`) becomes one key (`orders_quote`).
            let base = snake_case(&export_name(schema).replace("::", "_"));
            let mut key = base.clone();
            let mut n = 2;
            while names.iter().any(|(_, k)| *k == key) {
                key = format!("{base}_{n}");
                n += 1;
            }
            names.push((schema, key));
        }
        Keys { names }
    }

    fn of(&self, schema: &Schema) -> &str {
        self.names
            .iter()
            .find(|(known, _)| known.is_same_type(schema))
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
        let _ = write!(out, " [{id}] = {},", lua_str(&export_name(schema)));
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
        let _ = writeln!(self.out, "\n-- {}", export_name(schema));
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
            desc = lua_str(&format!("{} {}", self.name, export_name(schema))),
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
                // A checksum shows in hex, as Wireshark's own dissectors show theirs.
                Place::Bytes { len, .. } if field.checksum.is_some() => {
                    let mut spec = int_spec(false, len);
                    spec.args = "base.HEX, nil, nil, ".to_owned();
                    let hf = self.declare(&mut fields, &fkey, field.name, field.doc, spec);
                    (
                        format!("{{ k = \"uint\", bytes = {len}, hf = {hf} }}"),
                        false,
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
            lua_str(&export_name(schema)),
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
        let _ = writeln!(self.out, "  reads = {{ {} }},", reads(s));
        let _ = writeln!(self.out, "  checksums = {{ {} }},", checksums(s));
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
                &export_name(schema),
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
            n = lua_str(&export_name(schema)),
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
            TagKind::U16 | TagKind::Header => "uint16",
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
            lua_str(&export_name(schema)),
            lua_str(key),
            lua_str(key),
            lua_str(match u.tag {
                TagKind::U8 => "u8",
                TagKind::U16 => "u16",
                TagKind::Varint => "varint",
                TagKind::Header => "header",
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
                    "{{ k = \"{kind}\", prefix = {}, max = {max_len}, hf = {hf}{} }}",
                    lua_str(prefix_name(*prefix)),
                    length_expr(*prefix)
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
                    "{{ k = \"list\", elem = {elem}, prefix = {}, max = {max_len}, hf = {hf}{} }}",
                    lua_str(prefix_name(*prefix)),
                    length_expr(*prefix)
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
    let cond = field.condition.map_or(String::new(), |e| {
        format!(
            ", cond = {}, cond_text = {}",
            expr_lua(e),
            lua_str(&e.to_string())
        )
    });
    format!(
        "{{ name = {}, ty = {ty}, at = {at}, endian = {}, since = {}, masked = {masked}, magic = {magic}, default = {default}{cond} }}",
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
        LenPrefix::Count(_) => "count",
        LenPrefix::ByteLen(_) => "byte_len",
        LenPrefix::U8 => "u8",
        LenPrefix::U16 => "u16",
        LenPrefix::U32 => "u32",
        LenPrefix::Varint => "varint",
    }
}

/// The `len_expr` and `len_text` of a length an expression gives (nothing for a prefix).
fn length_expr(prefix: LenPrefix) -> String {
    match prefix {
        LenPrefix::Count(e) | LenPrefix::ByteLen(e) => format!(
            ", len_expr = {}, len_text = {}",
            expr_lua(e),
            lua_str(&e.to_string())
        ),
        _ => String::new(),
    }
}

/// An expression as the runtime's `eval` reads it.
fn expr_lua(e: &Expr) -> String {
    match *e {
        Expr::Field(name) => format!("{{ \"f\", {} }}", lua_str(name)),
        Expr::Int(v) => format!("{{ \"i\", {v} }}"),
        Expr::Unary(UnOp::Neg, a) => format!("{{ \"neg\", {} }}", expr_lua(a)),
        Expr::Unary(UnOp::Not, a) => format!("{{ \"!\", {} }}", expr_lua(a)),
        Expr::Binary(op, a, b) => format!(
            "{{ {}, {}, {} }}",
            lua_str(op.symbol()),
            expr_lua(a),
            expr_lua(b)
        ),
    }
}

/// The fields an expression of the struct reads (a length or a condition), as a set.
fn reads(s: &Struct) -> String {
    let mut names: Vec<&str> = Vec::new();
    for field in s.fields {
        let length = match field.ty {
            Type::Bytes { prefix, .. } | Type::Str { prefix, .. } | Type::List { prefix, .. } => {
                match prefix {
                    LenPrefix::Count(e) | LenPrefix::ByteLen(e) => Some(e),
                    _ => None,
                }
            }
            _ => None,
        };
        for e in length.into_iter().chain(field.condition) {
            e.visit_fields(&mut |name| {
                if !names.contains(&name) {
                    names.push(name);
                }
            });
        }
    }
    names
        .iter()
        .map(|n| format!("[{}] = true", lua_str(n)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The struct's checksum fields: algorithm, the bytes they cover, where they lie.
fn checksums(s: &Struct) -> String {
    let mut out = Vec::new();
    for field in s.fields {
        let (Some(c), Place::Bytes { offset, len }) = (field.checksum, field.place) else {
            continue;
        };
        let over = match c.over {
            ChecksumRange::Message => "over = \"message\"".to_owned(),
            ChecksumRange::Block => "over = \"block\"".to_owned(),
            ChecksumRange::Fields { first, last } => format!(
                "over = \"fields\", first = {}, last = {}",
                lua_str(first),
                lua_str(last)
            ),
        };
        out.push(format!(
            "{{ field = {}, alg = {}, {over}, at = {offset}, len = {len}, endian = {}, verify = {} }}",
            lua_str(field.name),
            lua_str(c.algorithm.name()),
            endian_lua(field.endian.or(s.endian)),
            c.verify_on_view
        ));
    }
    out.join(", ")
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
const PRELUDE: &str = include_str!("lua/prelude.lua");

/// The interpreter that walks a message by its description, and the frame layer.
const RUNTIME: &str = include_str!("lua/runtime.lua");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_types::{SIDE, STATUS};
    use wire::prelude::*;

    /// An order.
    ///
    /// More.
    // Little endian with a magic, a 16-bit run with a signed field, a six-byte and a
    // big-endian three-byte integer, then variable fields.
    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(endian = "little")]
    struct AddOrder {
        #[wire(magic = b"OK")]
        magic: [u8; 2],
        #[wire(bits = 4)]
        low: u8,
        #[wire(bits = 12)]
        high: i16,
        #[wire(bytes = 6)]
        stamp: u64,
        #[wire(bytes = 3, endian = "big")]
        delta: i32,
        #[wire(len = "varint", max_len = 8)]
        sides: Vec<crate::test_types::Side>,
        #[wire(len = "u8", max_len = 20)]
        note: Option<String>,
    }

    // A varint tag, with a tag above one byte and a plain integer payload.
    #[derive(Wire, Debug, Clone, PartialEq)]
    #[wire(tag = "varint", endian = "little")]
    enum Message<'a> {
        #[wire(id = 300)]
        Order(AddOrder),
        #[wire(id = 2)]
        Count(u32),
        #[wire(id = 1)]
        Ping,
        #[wire(other)]
        Unknown(u64, &'a [u8]),
    }

    const ADD_ORDER: &Schema = AddOrder::SCHEMA;
    const MESSAGE: &Schema = Message::SCHEMA;

    fn script() -> String {
        let options = DissectorOptions::new("Test-Proto")
            .name("Test protocol")
            .tcp_port(7000)
            .message_type(5, MESSAGE);
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
        use wire_runtime::frame::{FrameHeader, WireHeader};
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
            .message_type(1, STATUS)
            .message_type(2, SIDE);
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
        #[derive(Wire, Debug, Clone, Copy, PartialEq)]
        #[wire(endian = "big", version = 3)]
        struct Versioned {
            bid: u32,
            #[wire(since = 2, default)]
            lot: u16,
            #[wire(since = 3, default)]
            flags: i8,
        }
        let Body::Struct(s) = Versioned::SCHEMA.body else {
            panic!("a struct")
        };
        assert_eq!(short_blocks(&s), "[4] = true, [6] = true, [7] = true");
    }

    #[test]
    fn length_prefixed_framing_uses_the_default_schema() {
        let options = DissectorOptions::new("lp")
            .framing(Framing::LenU16Le)
            .udp_port(9)
            .default_schema(ADD_ORDER);
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
        assert!(!options.clone().message_type(1, ADD_ORDER).is_unmapped());
        assert_eq!(options.abbrev(), "wire");
    }
}

#[cfg(test)]
mod computed_tests;
