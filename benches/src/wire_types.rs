//! The two messages as `wire` users write them, copied from the public API contract,
//! with conversions to and from [`crate::model`] for the agreement tests.

use crate::model;
use wire::prelude::*;

/// An IPv4 header without options (RFC 791 §3.1).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 20)]
pub struct Ipv4Header {
    #[wire(bits = 4)]
    pub version: u8,
    #[wire(bits = 4)]
    pub ihl: u8,
    #[wire(bits = 6)]
    pub dscp: u8,
    #[wire(bits = 2)]
    pub ecn: u8,
    pub total_len: u16,
    pub identification: u16,
    #[wire(bits = 3)]
    pub flags: u8,
    #[wire(bits = 13)]
    pub fragment_offset: u16,
    pub ttl: u8,
    pub protocol: u8,
    pub checksum: u16,
    #[wire(offset = 12)]
    pub src: [u8; 4],
    pub dst: [u8; 4],
}

/// ITCH 5.0 buy/sell indicator.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Side {
    Buy = b'B',
    Sell = b'S',
}

/// NASDAQ TotalView-ITCH 5.0 Add Order ('A'), without its type byte.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 35)]
pub struct AddOrder {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
    pub side: Side,
    pub shares: u32,
    pub stock: [u8; 8],
    #[wire(offset = 31)]
    pub price: u32,
}

impl From<model::Ipv4> for Ipv4Header {
    fn from(m: model::Ipv4) -> Self {
        Ipv4Header {
            version: m.version,
            ihl: m.ihl,
            dscp: m.dscp,
            ecn: m.ecn,
            total_len: m.total_len,
            identification: m.identification,
            flags: m.flags,
            fragment_offset: m.fragment_offset,
            ttl: m.ttl,
            protocol: m.protocol,
            checksum: m.checksum,
            src: m.src,
            dst: m.dst,
        }
    }
}

impl From<Ipv4Header> for model::Ipv4 {
    #[inline(always)]
    fn from(h: Ipv4Header) -> Self {
        model::Ipv4 {
            version: h.version,
            ihl: h.ihl,
            dscp: h.dscp,
            ecn: h.ecn,
            total_len: h.total_len,
            identification: h.identification,
            flags: h.flags,
            fragment_offset: h.fragment_offset,
            ttl: h.ttl,
            protocol: h.protocol,
            checksum: h.checksum,
            src: h.src,
            dst: h.dst,
        }
    }
}

impl From<model::Side> for Side {
    #[inline(always)]
    fn from(side: model::Side) -> Self {
        match side {
            model::Side::Buy => Side::Buy,
            model::Side::Sell => Side::Sell,
        }
    }
}

impl From<Side> for model::Side {
    #[inline(always)]
    fn from(side: Side) -> Self {
        match side {
            Side::Buy => model::Side::Buy,
            Side::Sell => model::Side::Sell,
        }
    }
}

impl From<model::AddOrder> for AddOrder {
    fn from(m: model::AddOrder) -> Self {
        AddOrder {
            stock_locate: m.stock_locate,
            tracking_number: m.tracking_number,
            timestamp: m.timestamp,
            order_ref: m.order_ref,
            side: m.side.into(),
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
            side: o.side.into(),
            shares: o.shares,
            stock: o.stock,
            price: o.price,
        }
    }
}
