//! Three versions of one message: version 2 adds a fixed field and a string, version 3
//! another fixed field, a list and an optional string. Each version reads what every
//! other writes, so fuzzing one reader also reaches blocks shorter and longer than its
//! own.
//!
//! Not canonical: a reader accepts a shorter block (an older writer's; it re-encodes with
//! the defaults), a longer one (a newer writer's; it skips what it does not know), and
//! variable fields that run on past its own (a newer writer's) or stop before them (the
//! missing ones read as absent, whatever the block length says), so even an encoding with
//! this version's block may re-encode longer or shorter. Only the round trip is checked,
//! and that the re-encoding re-encodes to itself.

use crate::compare::fields;
use crate::oracle::{entry, Canonical};
use wire::prelude::*;

/// Version 1 of a quote.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 1)]
pub struct QuoteV1 {
    pub bid: u32,
    pub ask: u32,
    #[wire(len = "u8")]
    pub venue: String,
}

/// Version 2: a fixed field and a string.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 2)]
pub struct QuoteV2 {
    pub bid: u32,
    pub ask: u32,
    #[wire(since = 2, default = 100)]
    pub lot: u16,
    #[wire(len = "u8")]
    pub venue: String,
    #[wire(since = 2, len = "u8", default)]
    pub trader: String,
}

/// Version 3: another fixed field, a list and an optional string.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 3)]
pub struct QuoteV3 {
    pub bid: u32,
    pub ask: u32,
    #[wire(since = 2, default = 100)]
    pub lot: u16,
    #[wire(since = 3, default = -1)]
    pub flags: i8,
    #[wire(len = "u8")]
    pub venue: String,
    #[wire(since = 2, len = "u8", default)]
    pub trader: String,
    #[wire(since = 3, len = "u8", default)]
    pub tags: Vec<u16>,
    #[wire(since = 3, len = "u8")]
    pub comment: Option<String>,
}

fields! { QuoteV1, QuoteV1View { bid, ask, venue } }
fields! { QuoteV2, QuoteV2View { bid, ask, lot, venue } since { trader } }
fields! { QuoteV3, QuoteV3View { bid, ask, lot, flags, venue, comment } since { trader, tags } }

/// A version 3 quote with every field set.
pub fn quote_v3() -> QuoteV3 {
    QuoteV3 {
        bid: 101,
        ask: 102,
        lot: 7,
        flags: 3,
        venue: "XNAS".into(),
        trader: "alice".into(),
        tags: vec![1, 2, 3],
        comment: Some("hi".into()),
    }
}

/// Every version's encoding of [`quote_v3`]'s fields.
fn every_version() -> Vec<Vec<u8>> {
    let v3 = quote_v3();
    let v2 = QuoteV2 {
        bid: v3.bid,
        ask: v3.ask,
        lot: v3.lot,
        venue: v3.venue.clone(),
        trader: v3.trader.clone(),
    };
    let v1 = QuoteV1 {
        bid: v3.bid,
        ask: v3.ask,
        venue: v3.venue.clone(),
    };
    vec![v1.encode_to_vec(), v2.encode_to_vec(), v3.encode_to_vec()]
}

entry! {
    /// [`QuoteV1`].
    QuoteV1Entry: <'a> QuoteV1, QuoteV1View<'a>;
    canonical: |_| Canonical::No;
    seeds: every_version;
}

entry! {
    /// [`QuoteV2`].
    QuoteV2Entry: <'a> QuoteV2, QuoteV2View<'a>;
    canonical: |_| Canonical::No;
    seeds: every_version;
}

entry! {
    /// [`QuoteV3`].
    QuoteV3Entry: <'a> QuoteV3, QuoteV3View<'a>;
    canonical: |_| Canonical::No;
    seeds: every_version;
}
