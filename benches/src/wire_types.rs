//! The two messages as `wire` users write them, as in the public API contract, with
//! conversions to and from [`crate::model`] for the agreement tests.

use crate::model;

// The API contract's messages, defined once for the tests and the benchmarks. Across the
// crate boundary the bench profile's LTO inlines their accessors as it did here.
pub use wire_test_support::api::{AddOrder, Ipv4Header, Side};

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
