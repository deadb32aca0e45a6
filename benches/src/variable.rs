//! Issue 5: one message with variable-length fields, written once per implementation,
//! so that `benches/variable.rs` can time them side by side and the tests below can
//! prove they all carry the same values.
//!
//! The message: four fixed fields (`u64` id, `u32` price, `u16` kind, `u8` flags), a
//! 12-byte string, a 32-byte blob, a list of 16 fixed `{ price: u32, qty: u32 }` levels,
//! and three varints (`u64`, `u32`, a ZigZag `i64`). [`Update`] holds its values, owned
//! by no implementation; [`sample`] is the one value every benchmark uses.
//!
//! Every module offers the same operations, each on the implementation's own encoding:
//!
//! - `encode`: the value into the front of a buffer the caller reuses, returning the
//!   bytes written;
//! - `decode`: exactly one encoding (trailing bytes are an error) into an owned value
//!   (`String`, `Vec<u8>`, `Vec` of levels: three allocations everywhere);
//! - `view_digest`: validate, then read every field as cheaply as the implementation
//!   allows and fold them into a [`Digest`]: a zero-copy view for `wire` and rkyv, a
//!   borrowing decode for bincode and postcard (and bitcode for the string), an owned
//!   decode for prost, which has no other.
//!
//! Validation is the same in kind: lengths against the input, strings checked to be
//! UTF-8, varints checked for overflow, trailing bytes refused. `wire` also checks each
//! declared length against its `max_len`, which the peers' standard configurations do
//! not have.
//!
//! - `wire`: `#[derive(Wire)]`, the reference every ratio is taken against;
//! - `wire_fixint`: `wire` with the three varints at fixed width in the fixed block, as
//!   rkyv and `bincode_fixint` write them: what the varints cost `wire`;
//! - `bincode`: bincode 2 with its own derive and `config::standard()` (little endian,
//!   every integer a varint, signed ones ZigZag);
//! - `postcard`: postcard 1 through serde (integers wider than a byte are varints,
//!   signed ones ZigZag), with `serde_bytes` on the blob so that it is written and read
//!   as one byte string rather than byte by byte;
//! - `bincode_fixint` (functions `bincode::*_fixint`) and `postcard_fixint`: the same
//!   with fixed-width integers, bincode's for every integer and length, postcard's for
//!   exactly the fields `wire` writes at a fixed width;
//! - `bitcode`: bitcode 0.6 with its own derive, a reused `bitcode::Buffer`;
//! - `prost`: prost 0.14, the struct that `prost-build` would generate from the
//!   `.proto` given in [`prost`], written by hand;
//! - `rkyv`: rkyv 0.8, checked access (`rkyv::access`, bytecheck) and `from_bytes`.

/// The message as plain Rust values: the common currency of the agreement tests and
/// the input every implementation's value is built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    /// Fixed: an identifier.
    pub id: u64,
    /// Fixed: a price in ticks.
    pub price: u32,
    /// Fixed: a message kind.
    pub kind: u16,
    /// Fixed: flag bits.
    pub flags: u8,
    /// About 12 bytes of UTF-8.
    pub symbol: String,
    /// About 32 opaque bytes.
    pub blob: Vec<u8>,
    /// 16 price levels: `(price, qty)`.
    pub levels: Vec<(u32, u32)>,
    /// Varint.
    pub seq: u64,
    /// Varint.
    pub count: u32,
    /// ZigZag varint.
    pub delta: i64,
}

/// Levels in [`sample`].
pub const LEVELS: usize = 16;

/// The value every benchmark encodes and decodes. The varints take 5, 2 and 3 bytes.
pub fn sample() -> Update {
    Update {
        id: 0x0123_4567_89ab_cdef,
        price: 1_234_500,
        kind: 7,
        flags: 0b1010_0101,
        symbol: String::from("AAPL.XNAS.US"),
        blob: (0..32u8).map(|i| i.wrapping_mul(37) ^ 0x5a).collect(),
        levels: (0..LEVELS as u32)
            .map(|i| (1_234_500 - 100 * i, 100 * (i + 1)))
            .collect(),
        seq: 1_000_000_007,
        count: 300,
        delta: -12_345,
    }
}

/// A fold of every field read: what each `view_digest` returns, so that no read can be
/// optimized away and every implementation does the same arithmetic on what it read.
///
/// Strings and bytes contribute their length and their first and last bytes: the
/// slice itself is what a reader gets, and touching both ends proves it is there
/// without timing a checksum loop.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Digest(pub u64);

impl Digest {
    /// Folds in an integer.
    #[inline]
    pub fn int(self, value: u64) -> Digest {
        Digest(self.0.rotate_left(5) ^ value)
    }

    /// Folds in a string or a byte string.
    #[inline]
    pub fn bytes(self, value: &[u8]) -> Digest {
        let first = value.first().copied().unwrap_or(0);
        let last = value.last().copied().unwrap_or(0);
        self.int(value.len() as u64 ^ (u64::from(first) << 32) ^ (u64::from(last) << 40))
    }

    /// Folds in one price level.
    #[inline]
    pub fn level(self, price: u32, qty: u32) -> Digest {
        Digest(
            self.0
                .wrapping_add(u64::from(price) | (u64::from(qty) << 32)),
        )
    }

    /// The digest of every field of `update`, in declaration order.
    pub fn of(update: &Update) -> Digest {
        let mut d = Digest::default()
            .int(update.id)
            .int(update.price.into())
            .int(update.kind.into())
            .int(update.flags.into())
            .bytes(update.symbol.as_bytes())
            .bytes(&update.blob);
        for &(price, qty) in &update.levels {
            d = d.level(price, qty);
        }
        d.int(update.seq)
            .int(update.count.into())
            .int(update.delta as u64)
    }
}

/// A decoder accepted the input but left bytes after the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrailingBytes(pub usize);

/// The conversions between [`Update`] and a module's `Msg` (borrowing: `&str`, `&[u8]`,
/// a `Vec` of `Level { price, qty }`) and `MsgOwned`, for the modules whose message
/// types have those fields under those names (`wire`, `wire_fixint`, `bincode`,
/// `postcard`, `postcard_fixint`). Expanded inside each module, where `Msg`, `MsgOwned`
/// and `Level` are that module's own types, with its own derives.
macro_rules! update_conversions {
    () => {
        impl<'a> From<&'a Update> for Msg<'a> {
            fn from(u: &'a Update) -> Self {
                Msg {
                    id: u.id,
                    price: u.price,
                    kind: u.kind,
                    flags: u.flags,
                    symbol: &u.symbol,
                    blob: &u.blob,
                    levels: u
                        .levels
                        .iter()
                        .map(|&(price, qty)| Level { price, qty })
                        .collect(),
                    seq: u.seq,
                    count: u.count,
                    delta: u.delta,
                }
            }
        }

        impl From<MsgOwned> for Update {
            fn from(m: MsgOwned) -> Self {
                Update {
                    id: m.id,
                    price: m.price,
                    kind: m.kind,
                    flags: m.flags,
                    symbol: m.symbol,
                    blob: m.blob,
                    levels: m.levels.iter().map(|l| (l.price, l.qty)).collect(),
                    seq: m.seq,
                    count: m.count,
                    delta: m.delta,
                }
            }
        }
    };
}

/// What the `wire` and `wire_fixint` modules share: their two messages differ in the
/// widths and order of three fields only, so the conversions and the three operations
/// read the same. Expanded inside each module, where `Msg`, `MsgOwned` and `Level` are
/// that module's.
macro_rules! wire_operations {
    () => {
        update_conversions!();

        /// `Encode::encode` at the front of `buf`.
        #[inline]
        pub fn encode(msg: &Msg<'_>, buf: &mut [u8]) -> Result<usize, EncodeError> {
            Encode::encode(msg, buf)
        }

        /// An owned message from exactly one encoding.
        #[inline]
        pub fn decode(bytes: &[u8]) -> Result<MsgOwned, DecodeError> {
            MsgOwned::decode(bytes)
        }

        /// `Msg::view`, then every accessor, the levels iterated.
        #[inline]
        pub fn view_digest(bytes: &[u8]) -> Result<Digest, DecodeError> {
            let v = Msg::view(bytes)?;
            let mut d = Digest::default()
                .int(v.id())
                .int(v.price().into())
                .int(v.kind().into())
                .int(v.flags().into())
                .bytes(v.symbol().as_bytes())
                .bytes(v.blob());
            for level in v.levels() {
                d = d.level(level.price(), level.qty());
            }
            Ok(d.int(v.seq()).int(v.count().into()).int(v.delta() as u64))
        }
    };
}

/// `wire`: `#[derive(Wire)]`, borrowed for views and encoding, owned for decoding.
pub mod wire {
    use super::{Digest, Update};
    use ::wire::prelude::*;
    use ::wire::{DecodeError, EncodeError};

    /// One price level: 8 bytes.
    #[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
    #[wire(endian = "little")]
    pub struct Level {
        pub price: u32,
        pub qty: u32,
    }

    /// The message, borrowing its string and blob.
    #[derive(Wire, Debug, Clone, PartialEq, Eq)]
    #[wire(endian = "little")]
    pub struct Msg<'a> {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        #[wire(len = "u8", max_len = 64)]
        pub symbol: &'a str,
        #[wire(len = "varint", max_len = 1024)]
        pub blob: &'a [u8],
        #[wire(len = "u8", max_len = 64)]
        pub levels: Vec<Level>,
        #[wire(varint)]
        pub seq: u64,
        #[wire(varint)]
        pub count: u32,
        #[wire(varint, zigzag)]
        pub delta: i64,
    }

    /// The same message, owning everything: the same encoding.
    #[derive(Wire, Debug, Clone, PartialEq, Eq)]
    #[wire(endian = "little")]
    pub struct MsgOwned {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        #[wire(len = "u8", max_len = 64)]
        pub symbol: String,
        #[wire(len = "varint", max_len = 1024)]
        pub blob: Vec<u8>,
        #[wire(len = "u8", max_len = 64)]
        pub levels: Vec<Level>,
        #[wire(varint)]
        pub seq: u64,
        #[wire(varint)]
        pub count: u32,
        #[wire(varint, zigzag)]
        pub delta: i64,
    }

    wire_operations!();
}

/// `wire` with the three varints at their fixed width (`seq: u64`, `count: u32`,
/// `delta: i64`, little endian, in the fixed block, as rkyv and `bincode_fixint` write
/// them): not a peer but a measure of what `wire`'s varints cost; the string, blob and
/// levels are as in [`wire`](super::wire).
pub mod wire_fixint {
    use super::{Digest, Update};
    use ::wire::prelude::*;
    use ::wire::{DecodeError, EncodeError};

    pub use super::wire::Level;

    /// The message, borrowing its string and blob.
    #[derive(Wire, Debug, Clone, PartialEq, Eq)]
    #[wire(endian = "little")]
    pub struct Msg<'a> {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
        #[wire(len = "u8", max_len = 64)]
        pub symbol: &'a str,
        #[wire(len = "varint", max_len = 1024)]
        pub blob: &'a [u8],
        #[wire(len = "u8", max_len = 64)]
        pub levels: Vec<Level>,
    }

    /// The same message, owning everything: the same encoding.
    #[derive(Wire, Debug, Clone, PartialEq, Eq)]
    #[wire(endian = "little")]
    pub struct MsgOwned {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
        #[wire(len = "u8", max_len = 64)]
        pub symbol: String,
        #[wire(len = "varint", max_len = 1024)]
        pub blob: Vec<u8>,
        #[wire(len = "u8", max_len = 64)]
        pub levels: Vec<Level>,
    }

    wire_operations!();
}

/// bincode 2, its own derive, `config::standard()`.
pub mod bincode {
    use super::{Digest, TrailingBytes, Update};
    use ::bincode::config::{Config, Configuration, Fixint, LittleEndian};
    use ::bincode::error::{DecodeError, EncodeError};
    use ::bincode::{BorrowDecode, Decode, Encode};

    /// The configuration of `encode`, `decode` and `view_digest`: little endian, varint
    /// integers, no limit.
    const CONFIG: Configuration = ::bincode::config::standard();

    /// The configuration of the `_fixint` functions: every integer, lengths included, at
    /// its fixed width (lengths as `u64`), as `wire`'s schema writes its fixed fields.
    const CONFIG_FIXINT: Configuration<LittleEndian, Fixint> =
        ::bincode::config::standard().with_fixed_int_encoding();

    /// One price level.
    #[derive(Encode, Decode, Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Level {
        pub price: u32,
        pub qty: u32,
    }

    /// The message, borrowing its string and blob.
    #[derive(Encode, BorrowDecode, Debug, Clone, PartialEq, Eq)]
    pub struct Msg<'a> {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub symbol: &'a str,
        pub blob: &'a [u8],
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    /// The same message, owning everything: the same encoding.
    #[derive(Encode, Decode, Debug, Clone, PartialEq, Eq)]
    pub struct MsgOwned {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub symbol: String,
        pub blob: Vec<u8>,
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    /// A bincode error, or bytes left after the message.
    #[derive(Debug)]
    pub enum Error {
        Decode(DecodeError),
        Trailing(TrailingBytes),
    }

    fn whole<T>((value, used): (T, usize), bytes: &[u8]) -> Result<T, Error> {
        if used == bytes.len() {
            Ok(value)
        } else {
            Err(Error::Trailing(TrailingBytes(bytes.len() - used)))
        }
    }

    update_conversions!();

    /// `encode_into_slice` at the front of `buf`.
    #[inline]
    pub fn encode(msg: &Msg<'_>, buf: &mut [u8]) -> Result<usize, EncodeError> {
        ::bincode::encode_into_slice(msg, buf, CONFIG)
    }

    /// `decode_from_slice`, trailing bytes refused.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<MsgOwned, Error> {
        decode_with(bytes, CONFIG)
    }

    /// `borrow_decode_from_slice` (the string and blob borrowed, the levels in a `Vec`),
    /// then every field.
    #[inline]
    pub fn view_digest(bytes: &[u8]) -> Result<Digest, Error> {
        view_digest_with(bytes, CONFIG)
    }

    /// [`encode`] with fixed-width integers.
    #[inline]
    pub fn encode_fixint(msg: &Msg<'_>, buf: &mut [u8]) -> Result<usize, EncodeError> {
        ::bincode::encode_into_slice(msg, buf, CONFIG_FIXINT)
    }

    /// [`decode`] with fixed-width integers.
    #[inline]
    pub fn decode_fixint(bytes: &[u8]) -> Result<MsgOwned, Error> {
        decode_with(bytes, CONFIG_FIXINT)
    }

    /// [`view_digest`] with fixed-width integers.
    #[inline]
    pub fn view_digest_fixint(bytes: &[u8]) -> Result<Digest, Error> {
        view_digest_with(bytes, CONFIG_FIXINT)
    }

    #[inline(always)]
    fn decode_with<C: Config>(bytes: &[u8], config: C) -> Result<MsgOwned, Error> {
        let decoded = ::bincode::decode_from_slice(bytes, config).map_err(Error::Decode)?;
        whole(decoded, bytes)
    }

    #[inline(always)]
    fn view_digest_with<C: Config>(bytes: &[u8], config: C) -> Result<Digest, Error> {
        let decoded = ::bincode::borrow_decode_from_slice::<Msg<'_>, _>(bytes, config)
            .map_err(Error::Decode)?;
        let m = whole(decoded, bytes)?;
        let mut d = Digest::default()
            .int(m.id)
            .int(m.price.into())
            .int(m.kind.into())
            .int(m.flags.into())
            .bytes(m.symbol.as_bytes())
            .bytes(m.blob);
        for level in &m.levels {
            d = d.level(level.price, level.qty);
        }
        Ok(d.int(m.seq).int(m.count.into()).int(m.delta as u64))
    }
}

/// postcard 1 through serde.
pub mod postcard {
    use super::{Digest, TrailingBytes, Update};
    use serde::{Deserialize, Serialize};

    /// One price level.
    #[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Level {
        pub price: u32,
        pub qty: u32,
    }

    /// The message, borrowing its string and blob.
    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
    pub struct Msg<'a> {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub symbol: &'a str,
        #[serde(with = "serde_bytes", borrow)]
        pub blob: &'a [u8],
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    /// The same message, owning everything: the same encoding.
    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
    pub struct MsgOwned {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub symbol: String,
        #[serde(with = "serde_bytes")]
        pub blob: Vec<u8>,
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    /// A postcard error, or bytes left after the message.
    #[derive(Debug)]
    pub enum Error {
        Postcard(::postcard::Error),
        Trailing(TrailingBytes),
    }

    fn whole<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, Error> {
        let (value, rest) = ::postcard::take_from_bytes(bytes).map_err(Error::Postcard)?;
        if rest.is_empty() {
            Ok(value)
        } else {
            Err(Error::Trailing(TrailingBytes(rest.len())))
        }
    }

    update_conversions!();

    /// `to_slice` at the front of `buf`.
    #[inline]
    pub fn encode(msg: &Msg<'_>, buf: &mut [u8]) -> Result<usize, ::postcard::Error> {
        ::postcard::to_slice(msg, buf).map(|written| written.len())
    }

    /// `take_from_bytes`, trailing bytes refused.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<MsgOwned, Error> {
        whole(bytes)
    }

    /// A borrowing decode (the string and blob borrowed, the levels in a `Vec`), then
    /// every field.
    #[inline]
    pub fn view_digest(bytes: &[u8]) -> Result<Digest, Error> {
        let m: Msg<'_> = whole(bytes)?;
        let mut d = Digest::default()
            .int(m.id)
            .int(m.price.into())
            .int(m.kind.into())
            .int(m.flags.into())
            .bytes(m.symbol.as_bytes())
            .bytes(m.blob);
        for level in &m.levels {
            d = d.level(level.price, level.qty);
        }
        Ok(d.int(m.seq).int(m.count.into()).int(m.delta as u64))
    }
}

/// postcard 1 through serde, with `wire`'s integer widths: the fields `wire` writes at a
/// fixed width (`id`, `price`, `kind`, the levels) are `postcard::fixint::le`, the three
/// varints stay varints. Lengths are postcard's varints, which for this sample take one
/// byte each, as `wire`'s `u8` lengths do.
pub mod postcard_fixint {
    use super::{Digest, TrailingBytes, Update};
    use serde::{Deserialize, Serialize};

    /// One price level, both fields fixed-width.
    #[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Level {
        #[serde(with = "::postcard::fixint::le")]
        pub price: u32,
        #[serde(with = "::postcard::fixint::le")]
        pub qty: u32,
    }

    /// The message, borrowing its string and blob.
    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
    pub struct Msg<'a> {
        #[serde(with = "::postcard::fixint::le")]
        pub id: u64,
        #[serde(with = "::postcard::fixint::le")]
        pub price: u32,
        #[serde(with = "::postcard::fixint::le")]
        pub kind: u16,
        pub flags: u8,
        pub symbol: &'a str,
        #[serde(with = "serde_bytes", borrow)]
        pub blob: &'a [u8],
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    /// The same message, owning everything: the same encoding.
    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
    pub struct MsgOwned {
        #[serde(with = "::postcard::fixint::le")]
        pub id: u64,
        #[serde(with = "::postcard::fixint::le")]
        pub price: u32,
        #[serde(with = "::postcard::fixint::le")]
        pub kind: u16,
        pub flags: u8,
        pub symbol: String,
        #[serde(with = "serde_bytes")]
        pub blob: Vec<u8>,
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    /// A postcard error, or bytes left after the message.
    #[derive(Debug)]
    pub enum Error {
        Postcard(::postcard::Error),
        Trailing(TrailingBytes),
    }

    fn whole<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, Error> {
        let (value, rest) = ::postcard::take_from_bytes(bytes).map_err(Error::Postcard)?;
        if rest.is_empty() {
            Ok(value)
        } else {
            Err(Error::Trailing(TrailingBytes(rest.len())))
        }
    }

    update_conversions!();

    /// `to_slice` at the front of `buf`.
    #[inline]
    pub fn encode(msg: &Msg<'_>, buf: &mut [u8]) -> Result<usize, ::postcard::Error> {
        ::postcard::to_slice(msg, buf).map(|written| written.len())
    }

    /// `take_from_bytes`, trailing bytes refused.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<MsgOwned, Error> {
        whole(bytes)
    }

    /// A borrowing decode (the string and blob borrowed, the levels in a `Vec`), then
    /// every field.
    #[inline]
    pub fn view_digest(bytes: &[u8]) -> Result<Digest, Error> {
        let m: Msg<'_> = whole(bytes)?;
        let mut d = Digest::default()
            .int(m.id)
            .int(m.price.into())
            .int(m.kind.into())
            .int(m.flags.into())
            .bytes(m.symbol.as_bytes())
            .bytes(m.blob);
        for level in &m.levels {
            d = d.level(level.price, level.qty);
        }
        Ok(d.int(m.seq).int(m.count.into()).int(m.delta as u64))
    }
}

/// bitcode 0.6, its own derive. bitcode borrows `&str` but not `&[u8]`, so the message
/// it decodes for a view owns its blob.
pub mod bitcode {
    use super::{Digest, Update};
    use ::bitcode::{Buffer, Decode, Encode, Error};

    /// One price level.
    #[derive(Encode, Decode, Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Level {
        pub price: u32,
        pub qty: u32,
    }

    /// The message, borrowing its string.
    #[derive(Encode, Decode, Debug, Clone, PartialEq, Eq)]
    pub struct Msg<'a> {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub symbol: &'a str,
        pub blob: Vec<u8>,
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    /// The same message, owning everything: the same encoding.
    #[derive(Encode, Decode, Debug, Clone, PartialEq, Eq)]
    pub struct MsgOwned {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub symbol: String,
        pub blob: Vec<u8>,
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    impl<'a> From<&'a Update> for Msg<'a> {
        fn from(u: &'a Update) -> Self {
            Msg {
                id: u.id,
                price: u.price,
                kind: u.kind,
                flags: u.flags,
                symbol: &u.symbol,
                blob: u.blob.clone(),
                levels: u
                    .levels
                    .iter()
                    .map(|&(price, qty)| Level { price, qty })
                    .collect(),
                seq: u.seq,
                count: u.count,
                delta: u.delta,
            }
        }
    }

    impl From<MsgOwned> for Update {
        fn from(m: MsgOwned) -> Self {
            Update {
                id: m.id,
                price: m.price,
                kind: m.kind,
                flags: m.flags,
                symbol: m.symbol,
                blob: m.blob,
                levels: m.levels.iter().map(|l| (l.price, l.qty)).collect(),
                seq: m.seq,
                count: m.count,
                delta: m.delta,
            }
        }
    }

    /// `Buffer::encode` (the buffer's allocations reused); returns the bytes written,
    /// which stay in `buffer`.
    #[inline]
    pub fn encode(msg: &Msg<'_>, buffer: &mut Buffer) -> usize {
        buffer.encode(msg).len()
    }

    /// `Buffer::decode`, which refuses trailing bytes.
    #[inline]
    pub fn decode(bytes: &[u8], buffer: &mut Buffer) -> Result<MsgOwned, Error> {
        buffer.decode(bytes)
    }

    /// A borrowing decode (the string borrowed, the blob and levels in `Vec`s), then
    /// every field.
    #[inline]
    pub fn view_digest(bytes: &[u8], buffer: &mut Buffer) -> Result<Digest, Error> {
        let m: Msg<'_> = buffer.decode(bytes)?;
        let mut d = Digest::default()
            .int(m.id)
            .int(m.price.into())
            .int(m.kind.into())
            .int(m.flags.into())
            .bytes(m.symbol.as_bytes())
            .bytes(&m.blob);
        for level in &m.levels {
            d = d.level(level.price, level.qty);
        }
        Ok(d.int(m.seq).int(m.count.into()).int(m.delta as u64))
    }
}

/// prost 0.14: the struct `prost-build` generates from
///
/// ```proto
/// syntax = "proto3";
/// message Level { fixed32 price = 1; fixed32 qty = 2; }
/// message Msg {
///   fixed64 id = 1;  fixed32 price = 2;  uint32 kind = 3;  uint32 flags = 4;
///   string symbol = 5;  bytes blob = 6;  repeated Level levels = 7;
///   uint64 seq = 8;  uint32 count = 9;  sint64 delta = 10;
/// }
/// ```
///
/// written by hand. Fixed-width fields are `fixed64`/`fixed32` as in the other
/// encodings; protobuf has no 16- or 8-bit type, so `kind` and `flags` are `uint32`
/// varints. prost has no borrowing decode: a view is an owned decode.
pub mod prost {
    use super::{Digest, Update};
    use ::prost::{DecodeError, EncodeError, Message};

    /// One price level.
    #[derive(Clone, Copy, PartialEq, Eq, Message)]
    pub struct Level {
        #[prost(fixed32, tag = "1")]
        pub price: u32,
        #[prost(fixed32, tag = "2")]
        pub qty: u32,
    }

    /// The message.
    #[derive(Clone, PartialEq, Eq, Message)]
    pub struct Msg {
        #[prost(fixed64, tag = "1")]
        pub id: u64,
        #[prost(fixed32, tag = "2")]
        pub price: u32,
        #[prost(uint32, tag = "3")]
        pub kind: u32,
        #[prost(uint32, tag = "4")]
        pub flags: u32,
        #[prost(string, tag = "5")]
        pub symbol: String,
        #[prost(bytes = "vec", tag = "6")]
        pub blob: Vec<u8>,
        #[prost(message, repeated, tag = "7")]
        pub levels: Vec<Level>,
        #[prost(uint64, tag = "8")]
        pub seq: u64,
        #[prost(uint32, tag = "9")]
        pub count: u32,
        #[prost(sint64, tag = "10")]
        pub delta: i64,
    }

    impl From<&Update> for Msg {
        fn from(u: &Update) -> Self {
            Msg {
                id: u.id,
                price: u.price,
                kind: u.kind.into(),
                flags: u.flags.into(),
                symbol: u.symbol.clone(),
                blob: u.blob.clone(),
                levels: u
                    .levels
                    .iter()
                    .map(|&(price, qty)| Level { price, qty })
                    .collect(),
                seq: u.seq,
                count: u.count,
                delta: u.delta,
            }
        }
    }

    impl From<Msg> for Update {
        fn from(m: Msg) -> Self {
            Update {
                id: m.id,
                price: m.price,
                // The sample's values fit; a protobuf reader would range-check these.
                kind: m.kind as u16,
                flags: m.flags as u8,
                symbol: m.symbol,
                blob: m.blob,
                levels: m.levels.iter().map(|l| (l.price, l.qty)).collect(),
                seq: m.seq,
                count: m.count,
                delta: m.delta,
            }
        }
    }

    /// `Message::encode` at the front of `buf`.
    #[inline]
    pub fn encode(msg: &Msg, buf: &mut [u8]) -> Result<usize, EncodeError> {
        let total = buf.len();
        let mut rest = buf;
        msg.encode(&mut rest)?;
        Ok(total - rest.len())
    }

    /// `Message::decode` of the whole input.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<Msg, DecodeError> {
        Msg::decode(bytes)
    }

    /// An owned decode, then every field.
    #[inline]
    pub fn view_digest(bytes: &[u8]) -> Result<Digest, DecodeError> {
        let m = Msg::decode(bytes)?;
        let mut d = Digest::default()
            .int(m.id)
            .int(m.price.into())
            .int(m.kind.into())
            .int(m.flags.into())
            .bytes(m.symbol.as_bytes())
            .bytes(&m.blob);
        for level in &m.levels {
            d = d.level(level.price, level.qty);
        }
        Ok(d.int(m.seq).int(m.count.into()).int(m.delta as u64))
    }
}

/// rkyv 0.8 with bytecheck: `access` validates the archive, then reads in place;
/// `from_bytes` validates and deserializes. The input must be aligned (an
/// `AlignedVec`), as rkyv requires.
pub mod rkyv {
    use super::{Digest, Update};
    use ::rkyv::rancor::Error;
    use ::rkyv::ser::writer::Buffer;
    use ::rkyv::{Archive, Deserialize, Serialize};

    /// One price level.
    #[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Level {
        pub price: u32,
        pub qty: u32,
    }

    /// The message.
    #[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
    pub struct Msg {
        pub id: u64,
        pub price: u32,
        pub kind: u16,
        pub flags: u8,
        pub symbol: String,
        pub blob: Vec<u8>,
        pub levels: Vec<Level>,
        pub seq: u64,
        pub count: u32,
        pub delta: i64,
    }

    impl From<&Update> for Msg {
        fn from(u: &Update) -> Self {
            Msg {
                id: u.id,
                price: u.price,
                kind: u.kind,
                flags: u.flags,
                symbol: u.symbol.clone(),
                blob: u.blob.clone(),
                levels: u
                    .levels
                    .iter()
                    .map(|&(price, qty)| Level { price, qty })
                    .collect(),
                seq: u.seq,
                count: u.count,
                delta: u.delta,
            }
        }
    }

    impl From<Msg> for Update {
        fn from(m: Msg) -> Self {
            Update {
                id: m.id,
                price: m.price,
                kind: m.kind,
                flags: m.flags,
                symbol: m.symbol,
                blob: m.blob,
                levels: m.levels.iter().map(|l| (l.price, l.qty)).collect(),
                seq: m.seq,
                count: m.count,
                delta: m.delta,
            }
        }
    }

    /// `to_bytes_in` a `Buffer` over `buf` (scratch space from rkyv's thread-local
    /// arena); returns the bytes written.
    #[inline]
    pub fn encode(msg: &Msg, buf: &mut [u8]) -> Result<usize, Error> {
        ::rkyv::api::high::to_bytes_in::<_, Error>(msg, Buffer::from(buf)).map(|out| out.len())
    }

    /// `from_bytes`: checked access, then deserialize.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<Msg, Error> {
        ::rkyv::from_bytes::<Msg, Error>(bytes)
    }

    /// `access` (bytecheck validation), then every field read in place.
    #[inline]
    pub fn view_digest(bytes: &[u8]) -> Result<Digest, Error> {
        let m = ::rkyv::access::<ArchivedMsg, Error>(bytes)?;
        let mut d = Digest::default()
            .int(m.id.to_native())
            .int(m.price.to_native().into())
            .int(m.kind.to_native().into())
            .int(m.flags.into())
            .bytes(m.symbol.as_bytes())
            .bytes(m.blob.as_slice());
        for level in m.levels.iter() {
            d = d.level(level.price.to_native(), level.qty.to_native());
        }
        Ok(d.int(m.seq.to_native())
            .int(m.count.to_native().into())
            .int(m.delta.to_native() as u64))
    }
}

/// Each implementation's encoding of [`sample`], for the benchmarks, the tests and the
/// size report.
pub mod encoded {
    use super::{sample, Update};

    /// Room for any encoding of the sample.
    pub const BUF_LEN: usize = 1024;

    /// `wire`.
    pub fn wire(u: &Update) -> Vec<u8> {
        ::wire::Encode::encode_to_vec(&super::wire::Msg::from(u))
    }

    /// `wire` with fixed-width integers.
    pub fn wire_fixint(u: &Update) -> Vec<u8> {
        ::wire::Encode::encode_to_vec(&super::wire_fixint::Msg::from(u))
    }

    /// bincode.
    pub fn bincode(u: &Update) -> Vec<u8> {
        let mut buf = vec![0; BUF_LEN];
        let len = super::bincode::encode(&super::bincode::Msg::from(u), &mut buf)
            .expect("the sample fits");
        buf.truncate(len);
        buf
    }

    /// bincode with fixed-width integers.
    pub fn bincode_fixint(u: &Update) -> Vec<u8> {
        let mut buf = vec![0; BUF_LEN];
        let len = super::bincode::encode_fixint(&super::bincode::Msg::from(u), &mut buf)
            .expect("the sample fits");
        buf.truncate(len);
        buf
    }

    /// postcard with `wire`'s fixed-width fields.
    pub fn postcard_fixint(u: &Update) -> Vec<u8> {
        let mut buf = vec![0; BUF_LEN];
        let len = super::postcard_fixint::encode(&super::postcard_fixint::Msg::from(u), &mut buf)
            .expect("the sample fits");
        buf.truncate(len);
        buf
    }

    /// postcard.
    pub fn postcard(u: &Update) -> Vec<u8> {
        let mut buf = vec![0; BUF_LEN];
        let len = super::postcard::encode(&super::postcard::Msg::from(u), &mut buf)
            .expect("the sample fits");
        buf.truncate(len);
        buf
    }

    /// bitcode.
    pub fn bitcode(u: &Update) -> Vec<u8> {
        ::bitcode::encode(&super::bitcode::Msg::from(u))
    }

    /// prost.
    pub fn prost(u: &Update) -> Vec<u8> {
        ::prost::Message::encode_to_vec(&super::prost::Msg::from(u))
    }

    /// rkyv, in an aligned buffer as `access` requires.
    pub fn rkyv(u: &Update) -> ::rkyv::util::AlignedVec {
        ::rkyv::to_bytes::<::rkyv::rancor::Error>(&super::rkyv::Msg::from(u))
            .expect("the sample serializes")
    }

    /// `(name, encoded size in bytes)` of [`sample`] in every format, `wire` first.
    pub fn sizes() -> Vec<(&'static str, usize)> {
        let u = sample();
        vec![
            ("wire", wire(&u).len()),
            ("wire_fixint", wire_fixint(&u).len()),
            ("bincode", bincode(&u).len()),
            ("bincode_fixint", bincode_fixint(&u).len()),
            ("postcard", postcard(&u).len()),
            ("postcard_fixint", postcard_fixint(&u).len()),
            ("bitcode", bitcode(&u).len()),
            ("prost", prost(&u).len()),
            ("rkyv", rkyv(&u).len()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_decode_gives_back_the_sample() {
        let u = sample();
        let mut buffer = ::bitcode::Buffer::new();
        assert_eq!(Update::from(wire::decode(&encoded::wire(&u)).unwrap()), u);
        assert_eq!(
            Update::from(wire_fixint::decode(&encoded::wire_fixint(&u)).unwrap()),
            u
        );
        assert_eq!(
            Update::from(bincode::decode(&encoded::bincode(&u)).unwrap()),
            u
        );
        assert_eq!(
            Update::from(postcard::decode(&encoded::postcard(&u)).unwrap()),
            u
        );
        assert_eq!(
            Update::from(bincode::decode_fixint(&encoded::bincode_fixint(&u)).unwrap()),
            u
        );
        assert_eq!(
            Update::from(postcard_fixint::decode(&encoded::postcard_fixint(&u)).unwrap()),
            u
        );
        assert_eq!(
            Update::from(bitcode::decode(&encoded::bitcode(&u), &mut buffer).unwrap()),
            u
        );
        assert_eq!(Update::from(prost::decode(&encoded::prost(&u)).unwrap()), u);
        assert_eq!(Update::from(rkyv::decode(&encoded::rkyv(&u)).unwrap()), u);
    }

    #[test]
    fn every_view_reads_the_same_values() {
        let u = sample();
        let expected = Digest::of(&u);
        let mut buffer = ::bitcode::Buffer::new();
        assert_eq!(wire::view_digest(&encoded::wire(&u)).unwrap(), expected);
        assert_eq!(
            wire_fixint::view_digest(&encoded::wire_fixint(&u)).unwrap(),
            expected
        );
        assert_eq!(
            bincode::view_digest(&encoded::bincode(&u)).unwrap(),
            expected
        );
        assert_eq!(
            postcard::view_digest(&encoded::postcard(&u)).unwrap(),
            expected
        );
        assert_eq!(
            bincode::view_digest_fixint(&encoded::bincode_fixint(&u)).unwrap(),
            expected
        );
        assert_eq!(
            postcard_fixint::view_digest(&encoded::postcard_fixint(&u)).unwrap(),
            expected
        );
        assert_eq!(
            bitcode::view_digest(&encoded::bitcode(&u), &mut buffer).unwrap(),
            expected
        );
        assert_eq!(prost::view_digest(&encoded::prost(&u)).unwrap(), expected);
        assert_eq!(rkyv::view_digest(&encoded::rkyv(&u)).unwrap(), expected);
    }

    #[test]
    fn the_digest_sees_every_field() {
        let u = sample();
        let base = Digest::of(&u);
        let mut changed = Vec::new();
        let mut v = u.clone();
        v.flags ^= 1;
        changed.push(v);
        let mut v = u.clone();
        v.levels[LEVELS - 1].1 += 1;
        changed.push(v);
        let mut v = u.clone();
        v.blob[31] ^= 1;
        changed.push(v);
        let mut v = u.clone();
        v.delta += 1;
        changed.push(v);
        for v in &changed {
            assert_ne!(Digest::of(v), base);
        }
    }

    #[test]
    fn encoders_write_into_a_reused_buffer_what_they_write_alone() {
        let u = sample();
        let mut buf = vec![0xee; encoded::BUF_LEN];
        let n = wire::encode(&wire::Msg::from(&u), &mut buf).unwrap();
        assert_eq!(&buf[..n], encoded::wire(&u));
        let n = wire_fixint::encode(&wire_fixint::Msg::from(&u), &mut buf).unwrap();
        assert_eq!(&buf[..n], encoded::wire_fixint(&u));
        let n = bincode::encode(&bincode::Msg::from(&u), &mut buf).unwrap();
        assert_eq!(&buf[..n], encoded::bincode(&u));
        let n = postcard::encode(&postcard::Msg::from(&u), &mut buf).unwrap();
        assert_eq!(&buf[..n], encoded::postcard(&u));
        let n = bincode::encode_fixint(&bincode::Msg::from(&u), &mut buf).unwrap();
        assert_eq!(&buf[..n], encoded::bincode_fixint(&u));
        let n = postcard_fixint::encode(&postcard_fixint::Msg::from(&u), &mut buf).unwrap();
        assert_eq!(&buf[..n], encoded::postcard_fixint(&u));
        let n = prost::encode(&prost::Msg::from(&u), &mut buf).unwrap();
        assert_eq!(&buf[..n], encoded::prost(&u));
        let n = rkyv::encode(&rkyv::Msg::from(&u), &mut buf).unwrap();
        assert_eq!(&buf[..n], encoded::rkyv(&u).as_slice());
        let mut buffer = ::bitcode::Buffer::new();
        let n = bitcode::encode(&bitcode::Msg::from(&u), &mut buffer);
        assert_eq!(n, encoded::bitcode(&u).len());
    }

    #[test]
    fn trailing_bytes_are_refused_everywhere() {
        let u = sample();
        let mut buffer = ::bitcode::Buffer::new();
        let extra = |mut bytes: Vec<u8>| {
            bytes.push(0);
            bytes
        };
        assert!(wire::decode(&extra(encoded::wire(&u))).is_err());
        assert!(wire::view_digest(&extra(encoded::wire(&u))).is_err());
        assert!(wire_fixint::decode(&extra(encoded::wire_fixint(&u))).is_err());
        assert!(wire_fixint::view_digest(&extra(encoded::wire_fixint(&u))).is_err());
        assert!(bincode::decode(&extra(encoded::bincode(&u))).is_err());
        assert!(bincode::view_digest(&extra(encoded::bincode(&u))).is_err());
        assert!(postcard::decode(&extra(encoded::postcard(&u))).is_err());
        assert!(postcard::view_digest(&extra(encoded::postcard(&u))).is_err());
        assert!(bincode::decode_fixint(&extra(encoded::bincode_fixint(&u))).is_err());
        assert!(bincode::view_digest_fixint(&extra(encoded::bincode_fixint(&u))).is_err());
        assert!(postcard_fixint::decode(&extra(encoded::postcard_fixint(&u))).is_err());
        assert!(postcard_fixint::view_digest(&extra(encoded::postcard_fixint(&u))).is_err());
        assert!(bitcode::decode(&extra(encoded::bitcode(&u)), &mut buffer).is_err());
        // A lone 0 byte after a protobuf message is field 0, which is invalid.
        assert!(prost::decode(&extra(encoded::prost(&u))).is_err());
        // rkyv finds its root at the end of the buffer: appended bytes become the root,
        // whose zeroed pointers do not validate.
        let mut rkyv_bytes = encoded::rkyv(&u);
        rkyv_bytes.extend_from_slice(&[0; 16]);
        assert!(rkyv::view_digest(&rkyv_bytes).is_err());
    }

    #[test]
    fn encoded_sizes_are_plausible() {
        let sizes = encoded::sizes();
        for (name, size) in &sizes {
            println!("{name:>8}: {size} bytes");
        }
        let size = |wanted: &str| sizes.iter().find(|(n, _)| *n == wanted).unwrap().1;
        // 15 fixed bytes, 1 + 12, 1 + 32, 1 + 16 * 8, and varints of 5, 2 and 3 bytes.
        assert_eq!(size("wire"), 15 + 13 + 33 + 129 + 10);
        // The varints at 8, 4 and 8 bytes.
        assert_eq!(size("wire_fixint"), 15 + 20 + 13 + 33 + 129);
        // Every format carries at least the string, the blob and the levels' 128 bytes
        // (varint levels in bincode and postcard are shorter: at most 5 + 2 bytes each).
        for (name, size) in &sizes {
            assert!(
                (12 + 32 + 16 * 5..=512).contains(size),
                "{name}: {size} bytes"
            );
        }
    }
}
