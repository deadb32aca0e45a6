//! The NASDAQ TotalView-ITCH 5.0 Add Order message (§4.3.1, type 'A'), without its
//! type byte, once per implementation.
//!
//! | offset | length | field |
//! |---|---|---|
//! | 0 | 2 | stock locate |
//! | 2 | 2 | tracking number |
//! | 4 | 6 | timestamp, nanoseconds since midnight (48 bits) |
//! | 10 | 8 | order reference number |
//! | 18 | 1 | buy/sell indicator, `B` or `S` |
//! | 19 | 4 | shares |
//! | 23 | 8 | stock, space padded |
//! | 31 | 4 | price, 4 implied decimals |
//!
//! Each module has `read_all` (validate — length and side byte — then every field as a
//! [`crate::model::AddOrder`]), `read_order_ref_price` (validate, then two fields, as cheaply
//! as the implementation allows) and `encode` (from the implementation's own value
//! type into the front of a buffer, the timestamp range-checked); `wire` has two of
//! each, for views and for owned values.

/// Bytes in an Add Order without its type byte.
pub const SIZE: usize = 35;

/// Reads a 48-bit big-endian integer.
#[inline(always)]
fn u48_from_be(b: [u8; 6]) -> u64 {
    u64::from_be_bytes([0, 0, b[0], b[1], b[2], b[3], b[4], b[5]])
}

/// The low 48 bits of `value`, big endian; the caller checks the range.
#[inline(always)]
fn u48_to_be(value: u64) -> [u8; 6] {
    let b = value.to_be_bytes();
    [b[2], b[3], b[4], b[5], b[6], b[7]]
}

/// The hand-written baseline: a zerocopy struct of byte-order types.
pub mod baseline_zerocopy {
    use super::{u48_from_be, u48_to_be, SIZE};
    use crate::error::{check_width, HandError};
    use crate::model::{AddOrder, Side};
    use zerocopy::byteorder::{BigEndian, U16, U32, U64};
    use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

    /// The message as laid out on the wire. zerocopy has no 48-bit type, so the
    /// timestamp is six bytes.
    #[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned)]
    #[repr(C)]
    pub struct AddOrderRaw {
        stock_locate: U16<BigEndian>,
        tracking_number: U16<BigEndian>,
        timestamp: [u8; 6],
        order_ref: U64<BigEndian>,
        side: u8,
        shares: U32<BigEndian>,
        stock: [u8; 8],
        price: U32<BigEndian>,
    }

    // The layout above must be the 35 bytes of the spec, or every figure is meaningless.
    const _: () = assert!(core::mem::size_of::<AddOrderRaw>() == SIZE);

    /// A validated message: its side byte is `B` or `S`, so the accessors cannot fail.
    #[derive(Clone, Copy)]
    pub struct AddOrderView<'a>(&'a AddOrderRaw);

    impl<'a> AddOrderView<'a> {
        /// The message in `bytes`, which must be exactly one message long.
        #[inline]
        pub fn new(bytes: &'a [u8]) -> Result<Self, HandError> {
            let raw = AddOrderRaw::ref_from_bytes(bytes).map_err(|_| HandError::Length {
                needed: SIZE,
                available: bytes.len(),
            })?;
            match Side::from_byte(raw.side) {
                Some(_) => Ok(AddOrderView(raw)),
                None => Err(HandError::InvalidSide { value: raw.side }),
            }
        }
        #[inline]
        pub fn stock_locate(self) -> u16 {
            self.0.stock_locate.get()
        }
        #[inline]
        pub fn tracking_number(self) -> u16 {
            self.0.tracking_number.get()
        }
        #[inline]
        pub fn timestamp(self) -> u64 {
            u48_from_be(self.0.timestamp)
        }
        #[inline]
        pub fn order_ref(self) -> u64 {
            self.0.order_ref.get()
        }
        #[inline]
        pub fn side(self) -> Side {
            // `new` let only `B` and `S` through.
            if self.0.side == b'B' {
                Side::Buy
            } else {
                Side::Sell
            }
        }
        #[inline]
        pub fn shares(self) -> u32 {
            self.0.shares.get()
        }
        #[inline]
        pub fn stock(self) -> [u8; 8] {
            self.0.stock
        }
        #[inline]
        pub fn price(self) -> u32 {
            self.0.price.get()
        }
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> Result<AddOrder, HandError> {
        let m = AddOrderView::new(bytes)?;
        Ok(AddOrder {
            stock_locate: m.stock_locate(),
            tracking_number: m.tracking_number(),
            timestamp: m.timestamp(),
            order_ref: m.order_ref(),
            side: m.side(),
            shares: m.shares(),
            stock: m.stock(),
            price: m.price(),
        })
    }

    /// Order reference number and price.
    #[inline]
    pub fn read_order_ref_price(bytes: &[u8]) -> Result<(u64, u32), HandError> {
        let m = AddOrderView::new(bytes)?;
        Ok((m.order_ref(), m.price()))
    }

    /// Writes `value` at the front of `buf`; the timestamp is range-checked.
    #[inline]
    pub fn encode(value: &AddOrder, buf: &mut [u8]) -> Result<usize, HandError> {
        check_width("timestamp", value.timestamp, 48)?;
        let raw = AddOrderRaw {
            stock_locate: U16::new(value.stock_locate),
            tracking_number: U16::new(value.tracking_number),
            timestamp: u48_to_be(value.timestamp),
            order_ref: U64::new(value.order_ref),
            side: value.side.to_byte(),
            shares: U32::new(value.shares),
            stock: value.stock,
            price: U32::new(value.price),
        };
        raw.write_to_prefix(buf).map_err(|_| HandError::Length {
            needed: SIZE,
            available: buf.len(),
        })?;
        Ok(SIZE)
    }
}

/// Hand-written slicing with `from_be_bytes`, no helper crate.
pub mod from_be_bytes {
    use super::{u48_from_be, u48_to_be, SIZE};
    use crate::error::{check_width, HandError};
    use crate::model::{AddOrder, Side};

    /// The message, checked: exactly one message long, side byte `B` or `S`.
    #[inline]
    fn message(bytes: &[u8]) -> Result<&[u8; SIZE], HandError> {
        let b: &[u8; SIZE] = bytes.try_into().map_err(|_| HandError::Length {
            needed: SIZE,
            available: bytes.len(),
        })?;
        match b[18] {
            b'B' | b'S' => Ok(b),
            value => Err(HandError::InvalidSide { value }),
        }
    }

    #[inline(always)]
    fn order_ref(b: &[u8; SIZE]) -> u64 {
        u64::from_be_bytes([b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17]])
    }

    #[inline(always)]
    fn price(b: &[u8; SIZE]) -> u32 {
        u32::from_be_bytes([b[31], b[32], b[33], b[34]])
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> Result<AddOrder, HandError> {
        let b = message(bytes)?;
        Ok(AddOrder {
            stock_locate: u16::from_be_bytes([b[0], b[1]]),
            tracking_number: u16::from_be_bytes([b[2], b[3]]),
            timestamp: u48_from_be([b[4], b[5], b[6], b[7], b[8], b[9]]),
            order_ref: order_ref(b),
            // `message` let only `B` and `S` through.
            side: if b[18] == b'B' { Side::Buy } else { Side::Sell },
            shares: u32::from_be_bytes([b[19], b[20], b[21], b[22]]),
            stock: [b[23], b[24], b[25], b[26], b[27], b[28], b[29], b[30]],
            price: price(b),
        })
    }

    /// Order reference number and price.
    #[inline]
    pub fn read_order_ref_price(bytes: &[u8]) -> Result<(u64, u32), HandError> {
        let b = message(bytes)?;
        Ok((order_ref(b), price(b)))
    }

    /// Writes `value` at the front of `buf`; the timestamp is range-checked.
    #[inline]
    pub fn encode(value: &AddOrder, buf: &mut [u8]) -> Result<usize, HandError> {
        let available = buf.len();
        let out: &mut [u8; SIZE] = buf
            .get_mut(..SIZE)
            .and_then(|front| front.try_into().ok())
            .ok_or(HandError::Length {
                needed: SIZE,
                available,
            })?;
        check_width("timestamp", value.timestamp, 48)?;
        out[0..2].copy_from_slice(&value.stock_locate.to_be_bytes());
        out[2..4].copy_from_slice(&value.tracking_number.to_be_bytes());
        out[4..10].copy_from_slice(&u48_to_be(value.timestamp));
        out[10..18].copy_from_slice(&value.order_ref.to_be_bytes());
        out[18] = value.side.to_byte();
        out[19..23].copy_from_slice(&value.shares.to_be_bytes());
        out[23..31].copy_from_slice(&value.stock);
        out[31..35].copy_from_slice(&value.price.to_be_bytes());
        Ok(SIZE)
    }
}

/// binrw 0.15: the side is a `repr(u8)` unit enum; binrw has no 48-bit integer, so the
/// timestamp is read as six bytes and mapped (`br(map)` / `bw(map)`), its range checked
/// by a struct-level `assert` before writing.
pub mod binrw {
    use super::{u48_from_be, u48_to_be, SIZE};
    use crate::model::{self, U48_MAX};
    use ::binrw::io::Cursor;
    use ::binrw::{binrw, BinRead, BinResult, BinWrite};

    /// Buy or sell with binrw's derive.
    #[binrw]
    #[brw(repr = u8)]
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Side {
        Buy = 0x42,
        Sell = 0x53,
    }

    /// The message with binrw's derive.
    #[binrw]
    #[brw(big)]
    #[bw(assert(*timestamp <= U48_MAX, "timestamp out of range"))]
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct AddOrder {
        pub stock_locate: u16,
        pub tracking_number: u16,
        #[br(map = u48_from_be)]
        #[bw(map = |t: &u64| u48_to_be(*t))]
        pub timestamp: u64,
        pub order_ref: u64,
        pub side: Side,
        pub shares: u32,
        pub stock: [u8; 8],
        pub price: u32,
    }

    /// The whole message: binrw has no lazy access, so a read is always a full parse.
    #[inline]
    pub fn decode(bytes: &[u8]) -> BinResult<AddOrder> {
        // binrw reads from a stream and would ignore trailing bytes; check the length
        // as every other implementation does.
        if bytes.len() != SIZE {
            return Err(std::io::Error::from(std::io::ErrorKind::InvalidData).into());
        }
        AddOrder::read(&mut Cursor::new(bytes))
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> BinResult<model::AddOrder> {
        decode(bytes).map(Into::into)
    }

    /// Order reference number and price.
    #[inline]
    pub fn read_order_ref_price(bytes: &[u8]) -> BinResult<(u64, u32)> {
        decode(bytes).map(|m| (m.order_ref, m.price))
    }

    /// Writes `value` at the front of `buf`.
    #[inline]
    pub fn encode(value: &AddOrder, buf: &mut [u8]) -> BinResult<usize> {
        let mut cursor = Cursor::new(buf);
        value.write(&mut cursor)?;
        // Position within a slice always fits usize.
        Ok(cursor.position() as usize)
    }

    impl From<model::AddOrder> for AddOrder {
        fn from(m: model::AddOrder) -> Self {
            AddOrder {
                stock_locate: m.stock_locate,
                tracking_number: m.tracking_number,
                timestamp: m.timestamp,
                order_ref: m.order_ref,
                side: match m.side {
                    model::Side::Buy => Side::Buy,
                    model::Side::Sell => Side::Sell,
                },
                shares: m.shares,
                stock: m.stock,
                price: m.price,
            }
        }
    }

    impl From<AddOrder> for model::AddOrder {
        #[inline(always)]
        fn from(o: AddOrder) -> Self {
            model::AddOrder {
                stock_locate: o.stock_locate,
                tracking_number: o.tracking_number,
                timestamp: o.timestamp,
                order_ref: o.order_ref,
                side: match o.side {
                    Side::Buy => model::Side::Buy,
                    Side::Sell => model::Side::Sell,
                },
                shares: o.shares,
                stock: o.stock,
                price: o.price,
            }
        }
    }
}

/// deku 0.20: the side is an enum with a `u8` id; the timestamp a `u64` of `bytes = 6`
/// with an `assert` for its range.
pub mod deku {
    use super::SIZE;
    use crate::model;
    use ::deku::prelude::*;

    /// Buy or sell with deku's derive.
    #[derive(DekuRead, DekuWrite, Debug, Clone, Copy, PartialEq, Eq)]
    // A field type receives the enclosing struct's byte order as its context.
    #[deku(id_type = "u8", endian = "endian", ctx = "endian: ::deku::ctx::Endian")]
    pub enum Side {
        #[deku(id = 0x42)]
        Buy,
        #[deku(id = 0x53)]
        Sell,
    }

    /// The message with deku's derive.
    #[derive(DekuRead, DekuWrite, Debug, Clone, Copy, PartialEq, Eq)]
    #[deku(endian = "big")]
    pub struct AddOrder {
        pub stock_locate: u16,
        pub tracking_number: u16,
        // `bytes = 6` alone silently drops the top bits of a wider value; the assert
        // (checked before writing, and redundantly after reading) refuses it instead.
        #[deku(bytes = 6, assert = "*timestamp <= crate::model::U48_MAX")]
        pub timestamp: u64,
        pub order_ref: u64,
        pub side: Side,
        pub shares: u32,
        pub stock: [u8; 8],
        pub price: u32,
    }

    /// The whole message: deku has no lazy access, so a read is always a full parse.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<AddOrder, DekuError> {
        // `from_bytes` returns the rest instead of refusing it; check the length as
        // every other implementation does.
        if bytes.len() != SIZE {
            return Err(DekuError::Io(::deku::no_std_io::ErrorKind::InvalidData));
        }
        AddOrder::from_bytes((bytes, 0)).map(|(_, message)| message)
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> Result<model::AddOrder, DekuError> {
        decode(bytes).map(Into::into)
    }

    /// Order reference number and price.
    #[inline]
    pub fn read_order_ref_price(bytes: &[u8]) -> Result<(u64, u32), DekuError> {
        decode(bytes).map(|m| (m.order_ref, m.price))
    }

    /// Writes `value` at the front of `buf`.
    #[inline]
    pub fn encode(value: &AddOrder, buf: &mut [u8]) -> Result<usize, DekuError> {
        value.to_slice(buf)
    }

    impl From<model::AddOrder> for AddOrder {
        fn from(m: model::AddOrder) -> Self {
            AddOrder {
                stock_locate: m.stock_locate,
                tracking_number: m.tracking_number,
                timestamp: m.timestamp,
                order_ref: m.order_ref,
                side: match m.side {
                    model::Side::Buy => Side::Buy,
                    model::Side::Sell => Side::Sell,
                },
                shares: m.shares,
                stock: m.stock,
                price: m.price,
            }
        }
    }

    impl From<AddOrder> for model::AddOrder {
        #[inline(always)]
        fn from(o: AddOrder) -> Self {
            model::AddOrder {
                stock_locate: o.stock_locate,
                tracking_number: o.tracking_number,
                timestamp: o.timestamp,
                order_ref: o.order_ref,
                side: match o.side {
                    Side::Buy => model::Side::Buy,
                    Side::Sell => model::Side::Sell,
                },
                shares: o.shares,
                stock: o.stock,
                price: o.price,
            }
        }
    }
}

/// deku 0.20 without `bytes = 6`: deku 0.20 reads a field narrower than its type through
/// a bit slice padded to the container one bit at a time (deku#665), so this variant
/// reads the timestamp as six bytes and converts it by hand. Encoding takes the model and
/// range-checks the timestamp, as the hand-written encoders do.
pub mod deku_no_bits {
    use super::deku::Side;
    use super::{u48_from_be, u48_to_be, SIZE};
    use crate::model::{self, AddOrder, U48_MAX};
    use ::deku::prelude::*;

    /// The message with the timestamp as six bytes.
    #[derive(DekuRead, DekuWrite, Debug, Clone, Copy, PartialEq, Eq)]
    #[deku(endian = "big")]
    pub struct AddOrderRaw {
        pub stock_locate: u16,
        pub tracking_number: u16,
        pub timestamp: [u8; 6],
        pub order_ref: u64,
        pub side: Side,
        pub shares: u32,
        pub stock: [u8; 8],
        pub price: u32,
    }

    /// The whole message: deku has no lazy access, so a read is always a full parse.
    #[inline]
    pub fn decode(bytes: &[u8]) -> Result<AddOrderRaw, DekuError> {
        // `from_bytes` returns the rest instead of refusing it; check the length as
        // every other implementation does.
        if bytes.len() != SIZE {
            return Err(DekuError::Io(::deku::no_std_io::ErrorKind::InvalidData));
        }
        AddOrderRaw::from_bytes((bytes, 0)).map(|(_, message)| message)
    }

    /// Every field.
    #[inline]
    pub fn read_all(bytes: &[u8]) -> Result<AddOrder, DekuError> {
        let m = decode(bytes)?;
        Ok(AddOrder {
            stock_locate: m.stock_locate,
            tracking_number: m.tracking_number,
            timestamp: u48_from_be(m.timestamp),
            order_ref: m.order_ref,
            side: match m.side {
                Side::Buy => model::Side::Buy,
                Side::Sell => model::Side::Sell,
            },
            shares: m.shares,
            stock: m.stock,
            price: m.price,
        })
    }

    /// Order reference number and price.
    #[inline]
    pub fn read_order_ref_price(bytes: &[u8]) -> Result<(u64, u32), DekuError> {
        decode(bytes).map(|m| (m.order_ref, m.price))
    }

    /// Writes `value` at the front of `buf`; the timestamp is range-checked.
    #[inline]
    pub fn encode(value: &AddOrder, buf: &mut [u8]) -> Result<usize, DekuError> {
        if value.timestamp > U48_MAX {
            return Err(DekuError::Assertion("timestamp out of range".into()));
        }
        AddOrderRaw {
            stock_locate: value.stock_locate,
            tracking_number: value.tracking_number,
            timestamp: u48_to_be(value.timestamp),
            order_ref: value.order_ref,
            side: match value.side {
                model::Side::Buy => Side::Buy,
                model::Side::Sell => Side::Sell,
            },
            shares: value.shares,
            stock: value.stock,
            price: value.price,
        }
        .to_slice(buf)
    }
}

/// `#[derive(Wire)]`: views and owned values.
pub mod wire {
    use crate::model;
    use crate::wire_types::AddOrder;
    use ::wire::prelude::*;
    use ::wire::{DecodeError, EncodeError};

    /// Every field, read in place through a view.
    #[inline]
    pub fn read_all_view(bytes: &[u8]) -> Result<model::AddOrder, DecodeError> {
        let m = AddOrder::view(bytes)?;
        Ok(model::AddOrder {
            stock_locate: m.stock_locate(),
            tracking_number: m.tracking_number(),
            timestamp: m.timestamp(),
            order_ref: m.order_ref(),
            side: m.side().into(),
            shares: m.shares(),
            stock: m.stock(),
            price: m.price(),
        })
    }

    /// Every field, through an owned value.
    #[inline]
    pub fn read_all_decode(bytes: &[u8]) -> Result<model::AddOrder, DecodeError> {
        AddOrder::decode(bytes).map(Into::into)
    }

    /// Order reference number and price through a view.
    #[inline]
    pub fn read_order_ref_price_view(bytes: &[u8]) -> Result<(u64, u32), DecodeError> {
        let m = AddOrder::view(bytes)?;
        Ok((m.order_ref(), m.price()))
    }

    /// Order reference number and price through an owned value.
    #[inline]
    pub fn read_order_ref_price_decode(bytes: &[u8]) -> Result<(u64, u32), DecodeError> {
        AddOrder::decode(bytes).map(|m| (m.order_ref, m.price))
    }

    /// Writes `value` with `Encode::encode`.
    #[inline]
    pub fn encode(value: &AddOrder, buf: &mut [u8]) -> Result<usize, EncodeError> {
        value.encode(buf)
    }

    /// Writes `value` field by field through a mutable view over the front of `buf`.
    #[inline]
    pub fn encode_view_mut(value: &AddOrder, buf: &mut [u8]) -> Result<usize, EncodeError> {
        let available = buf.len();
        let out = buf
            .get_mut(..AddOrder::SIZE)
            .ok_or(EncodeError::BufferTooSmall {
                needed: AddOrder::SIZE,
                available,
            })?;
        // `out` is exactly SIZE bytes long, the only thing `view_mut` checks.
        let Ok(mut m) = AddOrder::view_mut(out) else {
            return Err(EncodeError::BufferTooSmall {
                needed: AddOrder::SIZE,
                available,
            });
        };
        m.set_stock_locate(value.stock_locate);
        m.set_tracking_number(value.tracking_number);
        m.set_timestamp(value.timestamp)?;
        m.set_order_ref(value.order_ref);
        m.set_side(value.side);
        m.set_shares(value.shares);
        m.set_stock(value.stock);
        m.set_price(value.price);
        Ok(AddOrder::SIZE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AddOrder, Side, ADD_ORDER_BYTES, ADD_ORDER_SAMPLE, U48_MAX};

    /// An encoder from the model, its error as text so that all fit one table.
    type Encoder = fn(&AddOrder, &mut [u8]) -> Result<usize, String>;
    /// A reader, its error as text so that all fit one table.
    type Reader<T> = fn(&[u8]) -> Result<T, String>;

    /// Every implementation's encoder, from the model.
    fn encoders() -> Vec<(&'static str, Encoder)> {
        vec![
            ("baseline_zerocopy", |v, buf| {
                baseline_zerocopy::encode(v, buf).map_err(|e| e.to_string())
            }),
            ("from_be_bytes", |v, buf| {
                from_be_bytes::encode(v, buf).map_err(|e| e.to_string())
            }),
            ("binrw", |v, buf| {
                binrw::encode(&(*v).into(), buf).map_err(|e| e.to_string())
            }),
            ("deku", |v, buf| {
                deku::encode(&(*v).into(), buf).map_err(|e| e.to_string())
            }),
            ("deku_no_bits", |v, buf| {
                deku_no_bits::encode(v, buf).map_err(|e| e.to_string())
            }),
            ("wire_encode", |v, buf| {
                wire::encode(&(*v).into(), buf).map_err(|e| e.to_string())
            }),
            ("wire_view_mut", |v, buf| {
                wire::encode_view_mut(&(*v).into(), buf).map_err(|e| e.to_string())
            }),
        ]
    }

    /// Every implementation's `read_all`.
    fn readers() -> Vec<(&'static str, Reader<AddOrder>)> {
        vec![
            ("baseline_zerocopy", |b| {
                baseline_zerocopy::read_all(b).map_err(|e| e.to_string())
            }),
            ("from_be_bytes", |b| {
                from_be_bytes::read_all(b).map_err(|e| e.to_string())
            }),
            ("binrw", |b| binrw::read_all(b).map_err(|e| e.to_string())),
            ("deku", |b| deku::read_all(b).map_err(|e| e.to_string())),
            ("deku_no_bits", |b| {
                deku_no_bits::read_all(b).map_err(|e| e.to_string())
            }),
            ("wire_view", |b| {
                wire::read_all_view(b).map_err(|e| e.to_string())
            }),
            ("wire_decode", |b| {
                wire::read_all_decode(b).map_err(|e| e.to_string())
            }),
        ]
    }

    /// Every implementation's `read_order_ref_price`.
    fn two_field_readers() -> Vec<(&'static str, Reader<(u64, u32)>)> {
        vec![
            ("baseline_zerocopy", |b| {
                baseline_zerocopy::read_order_ref_price(b).map_err(|e| e.to_string())
            }),
            ("from_be_bytes", |b| {
                from_be_bytes::read_order_ref_price(b).map_err(|e| e.to_string())
            }),
            ("binrw", |b| {
                binrw::read_order_ref_price(b).map_err(|e| e.to_string())
            }),
            ("deku", |b| {
                deku::read_order_ref_price(b).map_err(|e| e.to_string())
            }),
            ("deku_no_bits", |b| {
                deku_no_bits::read_order_ref_price(b).map_err(|e| e.to_string())
            }),
            ("wire_view", |b| {
                wire::read_order_ref_price_view(b).map_err(|e| e.to_string())
            }),
            ("wire_decode", |b| {
                wire::read_order_ref_price_decode(b).map_err(|e| e.to_string())
            }),
        ]
    }

    /// A sell order with every field different from the sample and a timestamp that
    /// uses all 48 bits.
    const SELL: AddOrder = AddOrder {
        stock_locate: 0xfffe,
        tracking_number: 0x8001,
        timestamp: U48_MAX,
        order_ref: u64::MAX - 1,
        side: Side::Sell,
        shares: 0x0102_0304,
        stock: *b"MSFT    ",
        price: u32::MAX,
    };

    #[test]
    fn every_reader_decodes_the_benchmark_input_to_the_sample() {
        for (name, read) in readers() {
            assert_eq!(read(&ADD_ORDER_BYTES), Ok(ADD_ORDER_SAMPLE), "{name}");
        }
        for (name, read) in two_field_readers() {
            assert_eq!(
                read(&ADD_ORDER_BYTES),
                Ok((ADD_ORDER_SAMPLE.order_ref, ADD_ORDER_SAMPLE.price)),
                "{name}"
            );
        }
    }

    #[test]
    fn every_encoder_writes_the_benchmark_input_from_the_sample() {
        for (name, encode) in encoders() {
            let mut buf = [0u8; SIZE];
            assert_eq!(encode(&ADD_ORDER_SAMPLE, &mut buf), Ok(SIZE), "{name}");
            assert_eq!(buf, ADD_ORDER_BYTES, "{name}");
        }
    }

    #[test]
    fn all_agree_on_a_sell_order_with_a_full_timestamp_both_ways() {
        let mut expected = [0u8; SIZE];
        from_be_bytes::encode(&SELL, &mut expected).unwrap();
        assert_eq!(expected[4..10], [0xff; 6]);
        assert_eq!(expected[18], b'S');
        for (name, encode) in encoders() {
            // A dirty buffer: an encoder must write every byte, not rely on zeros.
            let mut buf = [0xa5u8; SIZE];
            assert_eq!(encode(&SELL, &mut buf), Ok(SIZE), "{name}");
            assert_eq!(buf, expected, "{name}");
        }
        for (name, read) in readers() {
            assert_eq!(read(&expected), Ok(SELL), "{name}");
        }
    }

    #[test]
    fn all_refuse_a_side_byte_other_than_b_or_s() {
        for side in [0u8, b'b', b's', b'X', 0xff] {
            let mut bytes = ADD_ORDER_BYTES;
            bytes[18] = side;
            for (name, read) in readers() {
                assert!(read(&bytes).is_err(), "{name} accepted side {side:#04x}");
            }
            for (name, read) in two_field_readers() {
                assert!(read(&bytes).is_err(), "{name} accepted side {side:#04x}");
            }
        }
    }

    #[test]
    fn all_refuse_a_wrong_length() {
        for len in [0, SIZE - 1, SIZE + 1] {
            let mut bytes = ADD_ORDER_BYTES.to_vec();
            bytes.resize(len, b' ');
            for (name, read) in readers() {
                assert!(read(&bytes).is_err(), "{name} accepted {len} bytes");
            }
            for (name, read) in two_field_readers() {
                assert!(read(&bytes).is_err(), "{name} accepted {len} bytes");
            }
        }
    }

    #[test]
    fn all_refuse_a_short_buffer_and_accept_a_long_one() {
        for (name, encode) in encoders() {
            let mut short = [0u8; SIZE - 1];
            assert!(encode(&ADD_ORDER_SAMPLE, &mut short).is_err(), "{name}");
            let mut long = [0u8; SIZE + 3];
            assert_eq!(encode(&ADD_ORDER_SAMPLE, &mut long), Ok(SIZE), "{name}");
            assert_eq!(long[..SIZE], ADD_ORDER_BYTES, "{name}");
        }
    }

    #[test]
    fn all_refuse_a_timestamp_wider_than_48_bits() {
        let too_late = AddOrder {
            timestamp: U48_MAX + 1,
            ..ADD_ORDER_SAMPLE
        };
        for (name, encode) in encoders() {
            let mut buf = [0u8; SIZE];
            assert!(encode(&too_late, &mut buf).is_err(), "{name}");
        }
    }

    #[test]
    fn wire_types_round_trip_through_the_model() {
        let message = crate::wire_types::AddOrder::from(SELL);
        assert_eq!(AddOrder::from(message), SELL);
    }
}
