//! The schema model of [`wire`](https://docs.rs/wire): the layout a derived type declares,
//! as plain `const` data, so people and other programs can read it.
//!
//! This crate owns the model (`Schema`, `Field`, `Place`, `Type`, …, and [`HasSchema`],
//! which `#[derive(Wire)]` implements) and the RFC 791 style bit [`diagram`], which the
//! derive draws into each type's rustdoc at compile time and the Markdown export draws
//! again. It refuses everything else: it reads no bytes, renders no export format (that is
//! `wire-export`) and depends on no crate, so the proc macro can use it without pulling
//! in the runtime. `no_std` (with `alloc`): generated code names it through
//! `wire::__private::schema`, and a user reaches it as `wire::schema`.
//!
//! `#[derive(Wire)]` gives every type a `T::SCHEMA: &'static Schema` (also through
//! [`HasSchema`]): its name and module path, byte order, version, and for each field its
//! offset, width, bit position, kind, length prefix and cap, enum values (and whether an
//! enum is open), tagged-union ids and the version that added it. Nested types are
//! referenced by their own schema (a [`SchemaRef`], so a type may contain itself), and one
//! `SCHEMA` reaches every type a message is made of.
//!
//! The model only describes; it never decides a layout. The derive computes the layout
//! once and writes it here, and the renderers read it: [`diagram`] draws the bit diagram
//! of a fixed block; with `wire`'s `schema` feature, Markdown, JSON, a Python codec and a
//! Wireshark dissector are generated from the same data, and `Registry` writes them all to
//! a directory.
//!
//! ```
//! use wire::prelude::*;
//! use wire::schema::{Body, Place, Type};
//!
//! #[derive(Wire)]
//! #[wire(endian = "big")]
//! pub struct Udp { pub src_port: u16, pub dst_port: u16, pub length: u16, pub checksum: u16 }
//!
//! let Body::Struct(s) = &Udp::SCHEMA.body else { unreachable!() };
//! assert_eq!(s.block_len, 8);
//! assert_eq!(s.fields[2].name, "length");
//! assert_eq!(s.fields[2].place, Place::Bytes { offset: 4, len: 2 });
//! assert_eq!(s.fields[2].ty, Type::UInt { bytes: 2 });
//! ```

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

#[cfg(feature = "alloc")]
mod diagram;

#[cfg(feature = "alloc")]
pub use diagram::{block_diagram, diagram, BlockField, Cell};

/// A type with a schema: every type `#[derive(Wire)]` accepts implements it.
///
/// The derive also gives each type an inherent `T::SCHEMA`, so the trait is only needed in
/// generic code such as `Registry::add` (with the `schema` feature).
#[diagnostic::on_unimplemented(
    message = "`{Self}` must derive `Wire` to have a schema",
    label = "`{Self}` does not derive `Wire`"
)]
pub trait HasSchema {
    /// The type's layout.
    const SCHEMA: &'static Schema;
}

/// A byte order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Endian {
    /// Most significant byte first (network order).
    Big,
    /// Least significant byte first.
    Little,
}

/// One derived type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Schema {
    /// The Rust type's name, without lifetimes.
    pub name: &'static str,
    /// The module that defines it (`module_path!()` there, such as `feed::orders`): two
    /// types of the same name in different modules are different types, and an export
    /// that holds both tells them apart by it.
    pub module: &'static str,
    /// The type's doc comment (empty when it has none).
    pub doc: &'static str,
    /// What the type is.
    pub body: Body,
}

/// What a derived type is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Body {
    /// A struct: a fixed block, then variable-length fields.
    Struct(Struct),
    /// A C-like enum, stored as its discriminant.
    Enum(Enum),
    /// A tagged union: a tag, then the message of the variant it selects.
    Union(Union),
}

/// A struct's layout.
///
/// The encoding is: for a versioned struct, the block length (`u16`) and, when it has
/// variable fields, the variable part's length (`u32`), both in the struct's byte order;
/// then the fixed block of `block_len` bytes; then the variable fields in order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Struct {
    /// The container's byte order (`None`: no field needs one).
    pub endian: Option<Endian>,
    /// `version = N`: the message carries its block length (and variable length).
    pub version: Option<u32>,
    /// The size of the fixed block in bytes.
    pub block_len: usize,
    /// Whether the type is fixed-size: no version header and no variable fields, so its
    /// encoding is exactly the block (`T::SIZE == block_len`).
    pub fixed_size: bool,
    /// `#[wire(max_depth = N)]`: how many levels of nested variable-length messages and
    /// tagged unions a reader of this type opens before it refuses the input with
    /// `DecodeError::DepthExceeded` (100 without the attribute; nothing nests in a
    /// fixed-size struct).
    pub max_depth: u32,
    /// The fields in declaration order: the block's, then the variable ones.
    pub fields: &'static [Field],
}

/// One field of a struct.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    /// The field's name.
    pub name: &'static str,
    /// Its doc comment (empty when it has none).
    pub doc: &'static str,
    /// Its Rust type as written in the source.
    pub rust_type: &'static str,
    /// What its bytes hold.
    pub ty: Type,
    /// Where it lies.
    pub place: Place,
    /// The byte order of its value (`None`: a single byte, or a field whose type brings
    /// its own, such as a nested struct).
    pub endian: Option<Endian>,
    /// The version that added it (1 when the struct has no version).
    pub since: u32,
    /// `magic = …`: the bytes it must hold, as they are on the wire.
    pub magic: Option<&'static [u8]>,
    /// What a reader gives it when the sender's version did not have it.
    pub default: Option<DefaultValue>,
    /// `#[wire(if = "…")]`: the field is on the wire only when this expression over
    /// earlier fields is not zero. The Rust type is `Option<T>`, [`ty`](Self::ty) is
    /// `T`'s, and no presence byte is written: the condition is the presence.
    pub condition: Option<&'static Expr>,
    /// `#[wire(checksum = "…")]`: the field holds a checksum of a range of the message,
    /// which an encoder computes.
    pub checksum: Option<Checksum>,
}

/// An integer expression over earlier fields of the same struct: the length of a field
/// (`#[wire(count = "ihl * 4 - 20")]`) or the condition of an optional one
/// (`#[wire(if = "flags & 0x8 != 0")]`).
///
/// It is evaluated over signed integers at least 64 bits wide, as Rust evaluates `i128`:
/// a field reads as its integer value (a `bool` as 0 or 1); `/` and `%` truncate toward
/// zero; comparisons, `!`, `&&` and `||` give 1 or 0 and take any value other than 0 as
/// true. An operation that overflows, divides by zero or shifts by 128 or more makes the
/// input invalid. [`Expr::eval`] is the reference.
///
/// ```
/// use wire::schema::{BinOp, Expr};
///
/// const IHL: Expr = Expr::Field("ihl");
/// const OPTIONS: Expr = Expr::Binary(
///     BinOp::Sub,
///     &Expr::Binary(BinOp::Mul, &IHL, &Expr::Int(4)),
///     &Expr::Int(20),
/// );
/// assert_eq!(OPTIONS.to_string(), "ihl * 4 - 20");
/// assert_eq!(OPTIONS.eval(&mut |name| (name == "ihl").then_some(6)), Some(4));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Expr {
    /// The value of an earlier integer or `bool` field of the struct, by name.
    Field(&'static str),
    /// An integer literal.
    Int(i64),
    /// A unary operation.
    Unary(UnOp, &'static Expr),
    /// A binary operation.
    Binary(BinOp, &'static Expr, &'static Expr),
}

/// A unary operator of an [`Expr`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `-e`.
    Neg,
    /// `!e`: 1 when `e` is 0, else 0.
    Not,
}

impl UnOp {
    /// `op a`, as [`Expr::eval`] defines it: `None` when `-a` overflows `i128`.
    #[inline]
    pub fn apply(self, a: i128) -> Option<i128> {
        match self {
            UnOp::Neg => a.checked_neg(),
            UnOp::Not => Some(i128::from(a == 0)),
        }
    }
}

/// A binary operator of an [`Expr`], in Rust's spelling and precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`, truncating toward zero.
    Div,
    /// `%`, with the sign of the dividend.
    Rem,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `<<`
    Shl,
    /// `>>` (arithmetic).
    Shr,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `&&`
    And,
    /// `||`
    Or,
}

impl BinOp {
    /// The operator as Rust spells it.
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            Shl => "<<",
            Shr => ">>",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            And => "&&",
            Or => "||",
        }
    }

    /// `a op b` on two evaluated sides, as [`Expr::eval`] defines it: `None` when it
    /// overflows `i128`, divides by zero or shifts by 128 or more. `&&` and `||` here only
    /// combine two values; skipping the right side when the left decides is the caller's.
    #[inline]
    pub fn apply(self, a: i128, b: i128) -> Option<i128> {
        use BinOp::*;
        let shift = || u32::try_from(b).ok().filter(|&s| s < 128);
        Some(match self {
            Add => a.checked_add(b)?,
            Sub => a.checked_sub(b)?,
            Mul => a.checked_mul(b)?,
            Div => a.checked_div(b)?,
            Rem => a.checked_rem(b)?,
            BitAnd => a & b,
            BitOr => a | b,
            BitXor => a ^ b,
            Shl => a.checked_shl(shift()?)?,
            Shr => a >> shift()?,
            Eq => i128::from(a == b),
            Ne => i128::from(a != b),
            Lt => i128::from(a < b),
            Le => i128::from(a <= b),
            Gt => i128::from(a > b),
            Ge => i128::from(a >= b),
            And => i128::from(a != 0 && b != 0),
            Or => i128::from(a != 0 || b != 0),
        })
    }

    /// Rust's precedence: a higher number binds tighter.
    pub fn precedence(self) -> u8 {
        use BinOp::*;
        match self {
            Mul | Div | Rem => 10,
            Add | Sub => 9,
            Shl | Shr => 8,
            BitAnd => 7,
            BitXor => 6,
            BitOr => 5,
            Eq | Ne | Lt | Le | Gt | Ge => 4,
            And => 3,
            Or => 2,
        }
    }
}

impl Expr {
    /// The value of the expression, with each field's value from `field` (`None` for a
    /// field it does not know). `None` when a field is unknown, an operation overflows
    /// `i128`, divides by zero or shifts by 128 or more.
    pub fn eval(&self, field: &mut dyn FnMut(&str) -> Option<i128>) -> Option<i128> {
        Some(match *self {
            Expr::Field(name) => field(name)?,
            Expr::Int(v) => i128::from(v),
            Expr::Unary(op, e) => op.apply(e.eval(field)?)?,
            Expr::Binary(op, a, b) => {
                let a = a.eval(field)?;
                // `&&` and `||` do not evaluate their right side when the left decides.
                match op {
                    BinOp::And if a == 0 => return Some(0),
                    BinOp::Or if a != 0 => return Some(1),
                    _ => {}
                }
                op.apply(a, b.eval(field)?)?
            }
        })
    }

    /// Calls `f` with the name of every field the expression reads, in order.
    pub fn visit_fields(&self, f: &mut dyn FnMut(&'static str)) {
        match *self {
            Expr::Field(name) => f(name),
            Expr::Int(_) => {}
            Expr::Unary(_, e) => e.visit_fields(f),
            Expr::Binary(_, a, b) => {
                a.visit_fields(f);
                b.visit_fields(f);
            }
        }
    }

    fn fmt_prec(&self, f: &mut core::fmt::Formatter<'_>, outer: u8) -> core::fmt::Result {
        match *self {
            Expr::Field(name) => f.write_str(name),
            Expr::Int(v) => write!(f, "{v}"),
            Expr::Unary(op, e) => {
                f.write_str(if op == UnOp::Neg { "-" } else { "!" })?;
                e.fmt_prec(f, u8::MAX)
            }
            Expr::Binary(op, a, b) => {
                let prec = op.precedence();
                let paren = prec < outer;
                if paren {
                    f.write_str("(")?;
                }
                // Every binary operator is left-associative; comparisons do not chain.
                let left = if prec == 4 { prec + 1 } else { prec };
                a.fmt_prec(f, left)?;
                write!(f, " {} ", op.symbol())?;
                b.fmt_prec(f, prec + 1)?;
                if paren {
                    f.write_str(")")?;
                }
                Ok(())
            }
        }
    }
}

/// Rust syntax, with the parentheses precedence needs and no others.
impl core::fmt::Display for Expr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.fmt_prec(f, 0)
    }
}

/// A checksum field: `#[wire(checksum = "…", over = "…")]`.
///
/// The checksum is computed over the bytes of [`over`](Self::over) with the checksum
/// field's own bytes read as zero, and stored as an unsigned integer in the field's byte
/// order. An encoder and a mutable view's `fill_checksum()` write it; a view's
/// `verify_checksum()` checks it, and so does `view` itself when
/// [`verify_on_view`](Self::verify_on_view) is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Checksum {
    /// The algorithm.
    pub algorithm: ChecksumAlgorithm,
    /// The bytes it covers.
    pub over: ChecksumRange,
    /// `#[wire(checksum = "…", verify)]`: `view` and `decode` check it.
    pub verify_on_view: bool,
}

/// A checksum algorithm. The CRCs are those of the catalogue of parametrised CRC
/// algorithms (Greg Cook's), by their names there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChecksumAlgorithm {
    /// `"internet"`: the Internet checksum of RFC 1071 (IPv4, UDP, TCP, ICMP): the
    /// ones' complement of the ones' complement sum of the 16-bit big-endian words (an
    /// odd last byte padded with a zero byte). A big-endian `u16` field.
    Internet,
    /// `"crc16-ccitt"`: CRC-16/IBM-3740, also called CRC-16/CCITT-FALSE (poly 0x1021,
    /// init 0xFFFF, not reflected, no final xor; check 0x29B1). A `u16` field.
    Crc16Ccitt,
    /// `"crc16-kermit"`: CRC-16/KERMIT, the reflected CCITT CRC (poly 0x1021, init 0,
    /// reflected; check 0x2189). A `u16` field.
    Crc16Kermit,
    /// `"crc32"`: CRC-32/ISO-HDLC (Ethernet, zlib, PNG; check 0xCBF43926). A `u32` field.
    Crc32,
    /// `"crc32c"`: CRC-32/ISCSI, Castagnoli's (iSCSI, SCTP, ext4; check 0xE3069283). A
    /// `u32` field.
    Crc32c,
}

impl ChecksumAlgorithm {
    /// The name the attribute takes (`checksum = "crc32c"`).
    pub fn name(self) -> &'static str {
        match self {
            ChecksumAlgorithm::Internet => "internet",
            ChecksumAlgorithm::Crc16Ccitt => "crc16-ccitt",
            ChecksumAlgorithm::Crc16Kermit => "crc16-kermit",
            ChecksumAlgorithm::Crc32 => "crc32",
            ChecksumAlgorithm::Crc32c => "crc32c",
        }
    }

    /// The width of the value in bytes (2 or 4).
    pub fn bytes(self) -> usize {
        match self {
            ChecksumAlgorithm::Internet
            | ChecksumAlgorithm::Crc16Ccitt
            | ChecksumAlgorithm::Crc16Kermit => 2,
            ChecksumAlgorithm::Crc32 | ChecksumAlgorithm::Crc32c => 4,
        }
    }

    /// Every algorithm, in the order above.
    pub const ALL: [ChecksumAlgorithm; 5] = [
        ChecksumAlgorithm::Internet,
        ChecksumAlgorithm::Crc16Ccitt,
        ChecksumAlgorithm::Crc16Kermit,
        ChecksumAlgorithm::Crc32,
        ChecksumAlgorithm::Crc32c,
    ];
}

/// The bytes a checksum covers (`over = "…"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChecksumRange {
    /// `over = "message"` (the default): the whole encoding of the message.
    Message,
    /// `over = "block"`: the fixed block.
    Block,
    /// `over = "first..=last"` (or one field name): the bytes from the start of `first`
    /// to the end of `last`, in declaration order (for a variable field, from its length
    /// prefix on).
    Fields {
        /// The first field covered.
        first: &'static str,
        /// The last field covered.
        last: &'static str,
    },
}

/// The value of a field the sender did not have (`since` above the sender's version).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultValue {
    /// `Default::default()` (`#[wire(default)]`), or `None` for an `Option`.
    TypeDefault,
    /// `#[wire(default = …)]`: the Rust expression, as written.
    Expr(&'static str),
}

/// Where a field lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Whole bytes of the fixed block: `len` bytes at `offset`.
    Bytes {
        /// The first byte, from the start of the block.
        offset: usize,
        /// The width on the wire (6 for a `bytes = 6` integer).
        len: usize,
    },
    /// A bit field: `width` bits of the run of `run_len` bytes at `run_offset`. The run is
    /// read as one unsigned integer in the field's byte order, and the field is
    /// `(run >> shift) & (2^width - 1)`. In a big-endian run the first field takes the
    /// most significant bits (RFC diagrams); in a little-endian run, the least (C bit
    /// fields on little-endian targets).
    Bits {
        /// The run's first byte, from the start of the block.
        run_offset: usize,
        /// The run's width in bytes.
        run_len: usize,
        /// The right shift that brings the field to bit 0 of the run.
        shift: u32,
        /// The field's width in bits.
        width: u32,
    },
    /// A variable-length field: the `index`-th (from 0) after the block.
    Variable {
        /// Its position among the variable fields.
        index: usize,
    },
}

/// What a field's bytes hold. Widths here are the Rust type's; the wire width is the
/// field's [`Place`] (a `u64` with `bytes = 6` is `UInt { bytes: 8 }` in six bytes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Type {
    /// An unsigned integer.
    UInt {
        /// The Rust type's width in bytes.
        bytes: usize,
    },
    /// A two's complement signed integer, sign-extended from a narrower wire width.
    Int {
        /// The Rust type's width in bytes.
        bytes: usize,
    },
    /// An IEEE 754 binary float.
    Float {
        /// 4 or 8.
        bytes: usize,
    },
    /// One byte, 0 or 1 (any other value is a decode error); one bit in a bit field.
    Bool,
    /// A float stored as an integer count of `10^-scale`, rounded half away from zero.
    Decimal {
        /// The Rust float's width in bytes.
        float_bytes: usize,
        /// The integer's width in bytes.
        repr_bytes: usize,
        /// Whether the integer is signed.
        signed: bool,
        /// The number of decimal places.
        scale: u32,
    },
    /// `[T; N]`: `len` elements of `elem_len` bytes each, in the field's byte order.
    Array {
        /// The element type.
        elem: &'static Type,
        /// The width of one element in bytes.
        elem_len: usize,
        /// The number of elements.
        len: usize,
    },
    /// Another derived type (a nested struct, a C-like enum, a tagged union).
    Named(SchemaRef),
    /// A LEB128 varint (Protocol Buffers' encoding).
    Varint {
        /// Whether the value is signed (the Rust type is).
        signed: bool,
        /// Whether a signed value is ZigZag-mapped first (`sint64`); without it, a
        /// signed value is two's complement in 64 bits (`int64`).
        zigzag: bool,
        /// The Rust type's width in bytes: a wider decoded value is an error.
        bytes: usize,
    },
    /// Length-prefixed bytes.
    Bytes {
        /// The length prefix (a byte count).
        prefix: LenPrefix,
        /// The cap on the length.
        max_len: u64,
    },
    /// Length-prefixed UTF-8.
    Str {
        /// The length prefix (a byte count).
        prefix: LenPrefix,
        /// The cap on the length in bytes.
        max_len: u64,
    },
    /// Count-prefixed elements, each encoded as it would be alone.
    List {
        /// The element type.
        elem: &'static Type,
        /// The count prefix.
        prefix: LenPrefix,
        /// The cap on the count.
        max_len: u64,
    },
    /// A presence byte (0 or 1), then the value when it is 1.
    Option(&'static Type),
}

/// Another type's schema, looked up when it is read. A type may refer to itself (a tree
/// whose nodes hold `Vec<Node>`), which a reference between `const`s could not express:
/// the compiler would find a cycle. It dereferences to the [`Schema`].
#[derive(Clone, Copy)]
pub struct SchemaRef(fn() -> &'static Schema);

impl SchemaRef {
    /// A reference through `get`, which returns the schema (for hand-written schemas:
    /// `SchemaRef::new(|| &MY_SCHEMA)`).
    pub const fn new(get: fn() -> &'static Schema) -> Self {
        SchemaRef(get)
    }

    /// The schema of `T` (what the derive writes for a field of type `T`).
    pub const fn of<T: HasSchema + ?Sized>() -> Self {
        SchemaRef(schema_of::<T>)
    }

    /// The schema.
    pub fn get(self) -> &'static Schema {
        (self.0)()
    }
}

fn schema_of<T: HasSchema + ?Sized>() -> &'static Schema {
    T::SCHEMA
}

impl core::ops::Deref for SchemaRef {
    type Target = Schema;

    fn deref(&self) -> &Schema {
        self.get()
    }
}

/// Two references are equal when they name the same type ([`Schema::is_same_type`]).
/// Names, not addresses: a constant may be copied into each crate that uses it, so its
/// address is not unique; and comparing the schemas whole would not end for a type that
/// contains itself.
impl PartialEq for SchemaRef {
    fn eq(&self, other: &Self) -> bool {
        self.get().is_same_type(other.get())
    }
}

/// The name only: printing the whole schema would not end for a type that contains
/// itself.
impl core::fmt::Debug for SchemaRef {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("SchemaRef").field(&self.get().name).finish()
    }
}

/// A length prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LenPrefix {
    /// One byte.
    U8,
    /// Two bytes, in the message's byte order.
    U16,
    /// Four bytes, in the message's byte order.
    U32,
    /// A LEB128 varint.
    Varint,
    /// No prefix: the length (in bytes for bytes and strings, in elements for a list) is
    /// the value of an expression over earlier fields: `#[wire(count = "qdcount")]`.
    Count(&'static Expr),
    /// No prefix: the field takes exactly as many bytes as the expression over earlier
    /// fields says (`#[wire(byte_len = "ihl * 4 - 20")]`); a list reads elements until
    /// they are used up.
    ByteLen(&'static Expr),
}

/// A C-like enum: its discriminant, stored as an unsigned integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enum {
    /// The width of its `repr` in bytes (1, 2, 4 or 8); the byte order is the field's.
    pub bytes: usize,
    /// Every value a variant names. Any other value is a decode error, unless the enum
    /// is open (`other`).
    pub values: &'static [EnumValue],
    /// `#[wire(other)]`: the variant that keeps every value not in `values`
    /// (`Unknown(u8)`), which the enum writes back unchanged. `None`: the enum is
    /// closed, and any other value is a decode error.
    pub other: Option<EnumOther>,
}

/// The `other` variant of an open C-like enum: it holds any value no other variant
/// names, as the repr integer (`Unknown(u8)` for a `#[repr(u8)]` enum).
///
/// ```
/// use wire::prelude::*;
/// use wire::schema::Body;
///
/// #[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
/// #[repr(u8)]
/// pub enum Side {
///     Buy = b'B',
///     Sell = b'S',
///     /// A side this reader does not know.
///     #[wire(other)]
///     Unknown(u8),
/// }
///
/// let Body::Enum(side) = &Side::SCHEMA.body else { unreachable!() };
/// assert_eq!(side.values.len(), 2);
/// let other = side.other.unwrap();
/// assert_eq!((other.name, other.doc), ("Unknown", "A side this reader does not know."));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnumOther {
    /// The variant's name.
    pub name: &'static str,
    /// Its doc comment (empty when it has none).
    pub doc: &'static str,
}

/// One value of a C-like enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnumValue {
    /// The variant's name.
    pub name: &'static str,
    /// Its doc comment (empty when it has none).
    pub doc: &'static str,
    /// Its discriminant.
    pub value: u64,
}

/// A tagged union's tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TagKind {
    /// One byte.
    U8,
    /// Two bytes, in the union's byte order.
    U16,
    /// A LEB128 varint.
    Varint,
    /// Not in the union's bytes: the frame header's 16-bit message type
    /// (`#[wire(tag = "header")]`, as an SBE template id). The union's encoding is the
    /// variant's message alone; a frame encoder writes the variant's id into the header
    /// (`WireHeader`'s `msg_type`), and a reader picks the variant from it.
    Header,
}

/// A tagged union: the tag, then the selected variant's message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Union {
    /// The tag's encoding.
    pub tag: TagKind,
    /// The byte order of the tag (when it is in the payload) and of payloads that are
    /// plain integers.
    pub endian: Option<Endian>,
    /// `#[wire(max_depth = N)]`: how many levels of nested variable-length messages and
    /// tagged unions a reader of this type opens (100 without the attribute).
    pub max_depth: u32,
    /// The variants in declaration order.
    pub variants: &'static [Variant],
}

/// One variant of a tagged union.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Variant {
    /// The variant's name.
    pub name: &'static str,
    /// Its doc comment (empty when it has none).
    pub doc: &'static str,
    /// Its tag (`None` for the `other` variant, which takes every unknown tag and keeps
    /// the bytes after it unparsed).
    pub id: Option<u64>,
    /// What follows the tag (`None`: nothing, or the unparsed rest for `other`).
    pub payload: Option<Type>,
}

impl Schema {
    /// The struct layout, when the type is a struct.
    pub fn as_struct(&self) -> Option<&Struct> {
        match &self.body {
            Body::Struct(s) => Some(s),
            _ => None,
        }
    }

    /// Whether `self` and `other` describe the same Rust type: the same name in the same
    /// module. (A schema's address is no identity: a constant may be copied into each
    /// crate that uses it.)
    pub fn is_same_type(&self, other: &Schema) -> bool {
        self.name == other.name && self.module == other.module
    }

    /// The type's path, `module::Name`.
    #[cfg(feature = "alloc")]
    pub fn path(&self) -> alloc::string::String {
        alloc::format!("{}::{}", self.module, self.name)
    }

    /// Every schema this one refers to, itself first, each once (types are told apart by
    /// [`Schema::is_same_type`]), in the order they are first reached (depth first).
    #[cfg(feature = "alloc")]
    pub fn closure(&'static self) -> Vec<&'static Schema> {
        closure_of(&[self])
    }

    /// Appends to `found` this schema and every schema it refers to, skipping those
    /// already there, in the order they are first reached (depth first).
    #[cfg(feature = "alloc")]
    pub fn collect_into(&'static self, found: &mut Vec<&'static Schema>) {
        if found.iter().any(|s| s.is_same_type(self)) {
            return;
        }
        found.push(self);
        let mut visit = |ty: &Type| ty.visit_named(&mut |s| s.collect_into(found));
        match &self.body {
            Body::Struct(s) => s.fields.iter().for_each(|f| visit(&f.ty)),
            Body::Union(u) => u
                .variants
                .iter()
                .filter_map(|v| v.payload.as_ref())
                .for_each(visit),
            Body::Enum(_) => {}
        }
    }
}

/// `roots` and every schema they reach, each once (as [`Schema::closure`]), in
/// the order they are first reached: the types an export of `roots` must define.
#[cfg(feature = "alloc")]
pub fn closure_of(roots: &[&'static Schema]) -> Vec<&'static Schema> {
    let mut found = Vec::new();
    for root in roots {
        root.collect_into(&mut found);
    }
    found
}

impl Type {
    /// Calls `f` with every schema this type names, through arrays, lists and options.
    pub fn visit_named(&self, f: &mut dyn FnMut(&'static Schema)) {
        match self {
            Type::Named(s) => f(s.get()),
            Type::Array { elem, .. } | Type::List { elem, .. } | Type::Option(elem) => {
                elem.visit_named(f)
            }
            _ => {}
        }
    }
}
