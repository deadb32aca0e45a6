//! The types that describe a message once its attributes are parsed. Everything the
//! later stages need is here; nothing after `attr` looks at attributes again.

use proc_macro2::Span;
use syn::{Expr, Ident, LitByteStr, LitInt, Type, Visibility};

/// A value with the span of the attribute or token it came from, for error messages.
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

/// A byte order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endian {
    Big,
    Little,
}

impl Endian {
    pub fn name(self) -> &'static str {
        match self {
            Endian::Big => "big endian",
            Endian::Little => "little endian",
        }
    }
}

/// A primitive field type, spelled as such in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prim {
    U8,
    U16,
    U32,
    U64,
    U128,
    I8,
    I16,
    I32,
    I64,
    I128,
    F32,
    F64,
    Bool,
}

impl Prim {
    pub fn from_ident(name: &str) -> Option<Prim> {
        Some(match name {
            "u8" => Prim::U8,
            "u16" => Prim::U16,
            "u32" => Prim::U32,
            "u64" => Prim::U64,
            "u128" => Prim::U128,
            "i8" => Prim::I8,
            "i16" => Prim::I16,
            "i32" => Prim::I32,
            "i64" => Prim::I64,
            "i128" => Prim::I128,
            "f32" => Prim::F32,
            "f64" => Prim::F64,
            "bool" => Prim::Bool,
            _ => return None,
        })
    }

    /// Width in bytes.
    pub fn bytes(self) -> usize {
        match self {
            Prim::U8 | Prim::I8 | Prim::Bool => 1,
            Prim::U16 | Prim::I16 => 2,
            Prim::U32 | Prim::I32 | Prim::F32 => 4,
            Prim::U64 | Prim::I64 | Prim::F64 => 8,
            Prim::U128 | Prim::I128 => 16,
        }
    }

    pub fn bits(self) -> u32 {
        self.bytes() as u32 * 8
    }

    pub fn is_integer(self) -> bool {
        !matches!(self, Prim::F32 | Prim::F64 | Prim::Bool)
    }

    pub fn is_signed(self) -> bool {
        matches!(
            self,
            Prim::I8 | Prim::I16 | Prim::I32 | Prim::I64 | Prim::I128
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Prim::U8 => "u8",
            Prim::U16 => "u16",
            Prim::U32 => "u32",
            Prim::U64 => "u64",
            Prim::U128 => "u128",
            Prim::I8 => "i8",
            Prim::I16 => "i16",
            Prim::I32 => "i32",
            Prim::I64 => "i64",
            Prim::I128 => "i128",
            Prim::F32 => "f32",
            Prim::F64 => "f64",
            Prim::Bool => "bool",
        }
    }

    /// The unsigned integer of the same width (for two's complement arithmetic).
    pub fn unsigned(self) -> Prim {
        match self {
            Prim::I8 => Prim::U8,
            Prim::I16 => Prim::U16,
            Prim::I32 => Prim::U32,
            Prim::I64 => Prim::U64,
            Prim::I128 => Prim::U128,
            other => other,
        }
    }

    /// The smallest unsigned integer that holds `bytes` bytes.
    pub fn container_for(bytes: usize) -> Prim {
        match bytes {
            0 | 1 => Prim::U8,
            2 => Prim::U16,
            3 | 4 => Prim::U32,
            5..=8 => Prim::U64,
            _ => Prim::U128,
        }
    }
}

/// What a field's type is, as far as the macro can tell from its spelling.
#[derive(Clone, Debug)]
pub enum TyKind {
    /// `u8`, `f64`, `bool`, …
    Prim(Prim),
    /// `[T; N]`; `len` is known when `N` is an integer literal.
    Array {
        elem: Box<TyKind>,
        len: Option<usize>,
    },
    /// Any other path: a struct or enum that derives `Wire`. Its size is only known to
    /// the compiler, so layout facts that depend on it are checked by const assertions.
    Named,
    /// `Vec<u8>` (owned) or `&'a [u8]` (borrowed): a length-prefixed byte string.
    Bytes { borrowed: bool },
    /// `String` or `&'a str`: length-prefixed UTF-8.
    Str { borrowed: bool },
    /// `Vec<T>`: a count-prefixed list of any wire type.
    List(Box<TyKind>),
    /// `Option<T>`: a presence byte, then the value.
    Opt(Box<TyKind>),
    /// A type with no wire encoding, and why.
    Unsupported(Unsupported),
}

/// Why a field type has no wire encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsupported {
    /// `usize` or `isize`.
    PlatformWidth { signed: bool },
    /// `char`.
    Char,
    /// A known container without an encoding here (`Box`, `HashMap`, a bare `Vec`), by name.
    NoEncoding { name: String },
    /// Any other generic type.
    Generic,
    /// A shared reference to something other than `str` or `[u8]`.
    Borrowed,
    /// `&mut T`.
    MutRef,
    /// `[T]`.
    Slice,
    /// `(A, B)`.
    Tuple,
    /// Function pointers, trait objects, `impl Trait`, macros in type position.
    Other,
}

impl Unsupported {
    /// The reason, for the error message.
    pub fn reason(&self) -> String {
        match self {
            Unsupported::PlatformWidth { signed } => {
                let (name, fixed) = if *signed {
                    ("isize", "i32 or i64")
                } else {
                    ("usize", "u32 or u64")
                };
                format!("`{name}` has a platform-dependent width; use {fixed}")
            }
            Unsupported::Char => {
                "`char` has no single wire encoding; use u32 or a `[u8; N]`".into()
            }
            Unsupported::NoEncoding { name } => format!(
                "`{name}` has no wire encoding here; variable-length fields are `Vec<u8>`, \
                 `&[u8]`, `String`, `&str`, `Vec<T>` and `Option<T>`"
            ),
            Unsupported::Generic => "generic types have no fixed layout known to the derive".into(),
            Unsupported::Borrowed => "the borrowed types are `&str` and `&[u8]`".into(),
            Unsupported::MutRef => "a message cannot hold `&mut` data".into(),
            Unsupported::Slice => "slices have no fixed size; use `[T; N]`".into(),
            Unsupported::Tuple => {
                "tuples have no wire layout; use a struct that derives Wire".into()
            }
            Unsupported::Other => "this kind of type has no wire layout".into(),
        }
    }
}

impl TyKind {
    /// The encoded width when the macro can compute it.
    pub fn known_bytes(&self) -> Option<usize> {
        match self {
            TyKind::Prim(p) => Some(p.bytes()),
            // `None` too for an array wider than a usize counts; `validate` reports it.
            TyKind::Array { elem, len } => elem.known_bytes()?.checked_mul((*len)?),
            _ => None,
        }
    }

    /// Whether the field is variable-length: after the fixed block.
    pub fn is_var(&self) -> bool {
        matches!(
            self,
            TyKind::Bytes { .. } | TyKind::Str { .. } | TyKind::List(_) | TyKind::Opt(_)
        )
    }

    /// Whether a length prefix stands in front of the value (`len` applies).
    pub fn is_prefixed(&self) -> bool {
        match self {
            TyKind::Bytes { .. } | TyKind::Str { .. } | TyKind::List(_) => true,
            TyKind::Opt(inner) => inner.is_prefixed(),
            _ => false,
        }
    }

    /// `Some(true)` when the encoding depends on a byte order, `None` when only the
    /// compiler knows (a named type).
    pub fn needs_endian(&self) -> Option<bool> {
        match self {
            TyKind::Prim(p) => Some(p.bytes() > 1),
            TyKind::Array { elem, .. } => elem.needs_endian(),
            TyKind::Named => None,
            _ => Some(false),
        }
    }

    /// Whether a value read from bytes may be invalid (bool, enums, nested types).
    pub fn may_need_validation(&self) -> bool {
        match self {
            TyKind::Prim(p) => *p == Prim::Bool,
            TyKind::Array { elem, .. } => elem.may_need_validation(),
            TyKind::Named => true,
            _ => false,
        }
    }

    /// Whether every value of the Rust type can be written (so a setter returns `()`).
    pub fn always_fits(&self) -> bool {
        match self {
            TyKind::Prim(_) => true,
            TyKind::Array { elem, .. } => elem.always_fits(),
            _ => false,
        }
    }
}

/// The cap of a length-prefixed field without `max_len` (bytes, or elements of a list),
/// as in the runtime's `DEFAULT_MAX_LEN`.
pub const DEFAULT_MAX_LEN: u64 = 1 << 20;

/// The nesting limit without `max_depth`, as in the runtime's `DEFAULT_MAX_DEPTH`.
pub const DEFAULT_MAX_DEPTH: u32 = 100;

/// A length prefix (`len = "…"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LenKind {
    U8,
    U16,
    U32,
    Varint,
}

impl LenKind {
    pub fn max(self) -> u64 {
        match self {
            LenKind::U8 => u8::MAX.into(),
            LenKind::U16 => u16::MAX.into(),
            LenKind::U32 => u32::MAX.into(),
            LenKind::Varint => u64::MAX,
        }
    }
}

/// A tagged union's tag (`tag = "…"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagKind {
    U8,
    U16,
    Varint,
    /// `tag = "header"`: the frame header's message type (a `u16`) is the tag; the
    /// union's own encoding has none.
    Header,
}

impl TagKind {
    /// As written in `tag = "…"`.
    pub fn name(self) -> &'static str {
        match self {
            TagKind::U8 => "u8",
            TagKind::U16 => "u16",
            TagKind::Varint => "varint",
            TagKind::Header => "header",
        }
    }

    /// The largest id the tag holds.
    pub fn max(self) -> u64 {
        match self {
            TagKind::U8 => u8::MAX.into(),
            // The frame header's message type is 16 bits wide.
            TagKind::U16 | TagKind::Header => u16::MAX.into(),
            TagKind::Varint => u64::MAX,
        }
    }
}

/// `fixed(scale = S, repr = "i64")`.
#[derive(Clone, Copy, Debug)]
pub struct FixedPoint {
    pub scale: u32,
    pub repr: Prim,
}

/// A `magic = …` constant.
#[derive(Clone, Debug)]
pub enum Magic {
    Bytes(LitByteStr),
    Int(LitInt),
}

/// Container attributes (`#[wire(...)]` on the struct or enum).
#[derive(Default, Debug)]
pub struct ContainerAttrs {
    pub endian: Option<Spanned<Endian>>,
    pub size: Option<Spanned<usize>>,
    pub version: Option<Spanned<u32>>,
    pub tag: Option<Spanned<TagKind>>,
    /// `max_depth = N`: how deep values may nest below this one when it is read.
    pub max_depth: Option<Spanned<u32>>,
    /// A `#[wire(...)]` key here was unknown or malformed: an attribute that looks
    /// missing may be that typo, so `validate` reports no omission it could explain.
    pub unparsed: bool,
    /// `crate = "path"`: the path of the `wire` crate, for a user who renamed it.
    pub krate: Option<Spanned<syn::Path>>,
}

/// Field attributes.
#[derive(Default, Debug)]
pub struct FieldAttrs {
    pub endian: Option<Spanned<Endian>>,
    pub bits: Option<Spanned<u32>>,
    pub bytes: Option<Spanned<u32>>,
    pub offset: Option<Spanned<usize>>,
    pub magic: Option<Spanned<Magic>>,
    pub varint: Option<Spanned<()>>,
    pub zigzag: Option<Spanned<()>>,
    pub len: Option<Spanned<LenKind>>,
    pub max_len: Option<Spanned<u64>>,
    pub since: Option<Spanned<u32>>,
    /// `default` (`None` inside) or `default = expr`.
    pub default: Option<Spanned<Option<Expr>>>,
    pub fixed: Option<Spanned<FixedPoint>>,
    /// As [`ContainerAttrs::unparsed`], for this field's attributes.
    pub unparsed: bool,
    /// `count = "…"`: the number of elements (bytes of bytes and strings) is this
    /// expression over earlier fields; no prefix on the wire.
    pub count: Option<Spanned<Expr>>,
    /// `byte_len = "…"`: the field takes as many bytes as this expression says.
    pub byte_len: Option<Spanned<Expr>>,
    /// `if = "…"`: an `Option` on the wire only when this expression is not zero.
    pub condition: Option<Spanned<Expr>>,
    /// `variable`: a variable-length struct or union inline after the fixed block.
    pub variable: Option<Spanned<()>>,
    /// `checksum = "…"`: the field holds a checksum of the bytes of `over`.
    pub checksum: Option<Spanned<wire_schema::ChecksumAlgorithm>>,
    /// `over = "…"`: what a checksum covers (the whole message without it).
    pub over: Option<Spanned<ChecksumOver>>,
    /// `verify`: `view` and `decode` check the checksum.
    pub verify: Option<Spanned<()>>,
}

/// `over = "…"` of a checksum field, as written; `validate` finds the fields.
#[derive(Clone, Debug)]
pub enum ChecksumOver {
    Message,
    Block,
    /// `"first..=last"`, or one field name (then `first == last`).
    Fields {
        first: String,
        last: String,
    },
}

/// A named field of a struct.
#[derive(Debug)]
pub struct Field {
    pub ident: Ident,
    /// The doc comment, for the schema.
    pub doc: String,
    pub ty: Type,
    pub kind: TyKind,
    pub attrs: FieldAttrs,
}

impl Field {
    pub fn name(&self) -> String {
        self.ident.to_string()
    }
}

/// What a variant holds.
#[derive(Debug)]
pub enum Payload {
    Unit,
    /// One unnamed field: the message type of a tagged union's variant, or the repr
    /// integer of a C-like enum's `other` variant (`Unknown(u8)`).
    One(Box<Type>),
    /// Several unnamed fields (an `other` variant holds the tag and the bytes).
    Many(Vec<Type>),
    /// Named fields.
    Named,
}

/// A variant of a C-like enum or of a tagged union.
#[derive(Debug)]
pub struct Variant {
    pub ident: Ident,
    /// The doc comment, for the schema.
    pub doc: String,
    pub discriminant: Option<Expr>,
    /// The discriminant's value when it is a literal, for duplicate checks.
    pub value: Option<u64>,
    /// The span of the variant's fields when it has any (not a C-like variant).
    pub fields: Option<Span>,
    pub payload: Payload,
    /// The kind of each unnamed field's type, in order (empty for a unit variant or
    /// named fields), so no later stage classifies a type again.
    pub field_kinds: Vec<TyKind>,
    /// `id = …` of a tagged union's variant, with its value when it is a literal.
    pub id: Option<Spanned<Expr>>,
    pub id_value: Option<u64>,
    /// `other`: the variant that captures unknown tags (a tagged union) or unknown
    /// values (a C-like enum, which it makes open).
    pub other: Option<Span>,
}

/// What the input is.
#[derive(Debug)]
pub enum Body {
    Struct(Vec<Field>),
    Enum {
        repr: Option<Spanned<Prim>>,
        variants: Vec<Variant>,
    },
    /// An enum with `tag = …`: a tagged union.
    Union {
        tag: Spanned<TagKind>,
        variants: Vec<Variant>,
    },
}

/// The whole derive input.
#[derive(Debug)]
pub struct Input {
    pub ident: Ident,
    /// The doc comment, for the schema.
    pub doc: String,
    pub vis: Visibility,
    /// The one lifetime parameter a type with borrowed fields declares.
    pub lifetime: Option<syn::Lifetime>,
    pub attrs: ContainerAttrs,
    pub body: Body,
}
