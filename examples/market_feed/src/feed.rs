//! The market-data logic of the `market_feed` example, shared with the network-condition
//! tests (`tests/network_conditions.rs` includes this file): the ITCH 5.0 messages, a
//! generator of a realistic stream, the limit order book, the sample-file format, and
//! MoldUDP64 packets (packetizer and reassembler).
//!
//! Nothing here does I/O on sockets or measures time; the example's `main.rs` does.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use wire::prelude::*;

// ---------------------------------------------------------------------------------------
// Messages: NASDAQ TotalView-ITCH 5.0, section 1.3 onwards. Each struct is the message
// without its type byte; the type byte is the tag of `Msg`.
// ---------------------------------------------------------------------------------------

/// Buy/Sell Indicator.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Side {
    /// A bid.
    Buy = b'B',
    /// An offer.
    Sell = b'S',
}

/// 'S' System Event (ITCH 5.0, 1.1).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 11)]
pub struct SystemEvent {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    /// 'O' start of messages, 'C' end of messages, …
    pub event_code: u8,
}

/// 'A' Add Order, no MPID attribution (ITCH 5.0, 1.3.1).
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
    /// Price (4): four implied decimals.
    #[wire(offset = 31)]
    pub price: u32,
}

/// 'F' Add Order with MPID attribution (ITCH 5.0, 1.3.2): real files carry many.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 39)]
pub struct AddOrderMpid {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
    pub side: Side,
    pub shares: u32,
    pub stock: [u8; 8],
    pub price: u32,
    pub attribution: [u8; 4],
}

/// 'E' Order Executed (ITCH 5.0, 1.4.1).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 30)]
pub struct OrderExecuted {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
    pub executed_shares: u32,
    pub match_number: u64,
}

/// 'C' Order Executed With Price (ITCH 5.0, 1.4.2).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 35)]
pub struct OrderExecutedWithPrice {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
    pub executed_shares: u32,
    pub match_number: u64,
    pub printable: u8,
    pub execution_price: u32,
}

/// 'X' Order Cancel (ITCH 5.0, 1.4.3).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 22)]
pub struct OrderCancel {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
    pub cancelled_shares: u32,
}

/// 'D' Order Delete (ITCH 5.0, 1.4.4).
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 18)]
pub struct OrderDelete {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
}

/// 'U' Order Replace (ITCH 5.0, 1.4.5): the new order keeps the side of the original.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 34)]
pub struct OrderReplace {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub original_order_ref: u64,
    pub new_order_ref: u64,
    pub shares: u32,
    pub price: u32,
}

/// 'P' Trade, non-cross (ITCH 5.0, 1.5.1): a match against a hidden order; the
/// displayed book does not change.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 43)]
pub struct Trade {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
    pub side: Side,
    pub shares: u32,
    pub stock: [u8; 8],
    pub price: u32,
    pub match_number: u64,
}

/// One ITCH message: the type byte, then its body. Types the book does not need (stock
/// directory, trading action, NOII, …) are kept as `Other`, so a real file replays whole.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
pub enum Msg<'a> {
    #[wire(id = b'S')]
    SystemEvent(SystemEvent),
    #[wire(id = b'A')]
    AddOrder(AddOrder),
    #[wire(id = b'F')]
    AddOrderMpid(AddOrderMpid),
    #[wire(id = b'E')]
    OrderExecuted(OrderExecuted),
    #[wire(id = b'C')]
    OrderExecutedWithPrice(OrderExecutedWithPrice),
    #[wire(id = b'X')]
    OrderCancel(OrderCancel),
    #[wire(id = b'D')]
    OrderDelete(OrderDelete),
    #[wire(id = b'U')]
    OrderReplace(OrderReplace),
    #[wire(id = b'P')]
    Trade(Trade),
    #[wire(other)]
    Other(u8, &'a [u8]),
}

/// Where every ITCH 5.0 message keeps its timestamp: after the type byte (1), Stock
/// Locate (2) and Tracking Number (2); 6 bytes, nanoseconds (ITCH 5.0, 1.1 "Data Types"
/// and the common header of every message in section 1).
pub const TIMESTAMP_RANGE: std::ops::Range<usize> = 5..11;

/// The largest timestamp the 48-bit field holds.
pub const TIMESTAMP_MAX: u64 = (1 << 48) - 1;

/// Overwrites the timestamp of an encoded message (type byte included) in place: the
/// publisher stamps the send time just before a message leaves. Messages shorter than a
/// timestamp (none in ITCH 5.0) are left alone.
#[inline]
pub fn stamp(message: &mut [u8], nanos: u64) {
    if let Some(field) = message.get_mut(TIMESTAMP_RANGE) {
        field.copy_from_slice(&(nanos & TIMESTAMP_MAX).to_be_bytes()[2..]);
    }
}

/// Reads the timestamp of an encoded message (type byte included) without decoding it:
/// the baseline's only look at the bytes.
#[inline]
pub fn raw_timestamp(message: &[u8]) -> Option<u64> {
    let field = message.get(TIMESTAMP_RANGE)?;
    let mut wide = [0u8; 8];
    wide[2..].copy_from_slice(field);
    Some(u64::from_be_bytes(wide))
}

/// The timestamp of a viewed message.
// Always inlined, as are the hand-written subscriber's per-message functions
// (`handwritten::check_frame`, `check_message`, `apply_message`) and `apply_view`: merely
// `#[inline]`, this one went out of line once a second caller was linked in, and each
// message paid a second dispatch on its type (32 instructions); the comparison must not
// depend on what else the binary holds.
#[inline(always)]
pub fn view_timestamp(view: &MsgView<'_>) -> Option<u64> {
    Some(match view {
        MsgView::SystemEvent(m) => m.timestamp(),
        MsgView::AddOrder(m) => m.timestamp(),
        MsgView::AddOrderMpid(m) => m.timestamp(),
        MsgView::OrderExecuted(m) => m.timestamp(),
        MsgView::OrderExecutedWithPrice(m) => m.timestamp(),
        MsgView::OrderCancel(m) => m.timestamp(),
        MsgView::OrderDelete(m) => m.timestamp(),
        MsgView::OrderReplace(m) => m.timestamp(),
        MsgView::Trade(m) => m.timestamp(),
        // `rest` starts after the type byte.
        MsgView::Other(_, rest) => return raw_timestamp_body(rest),
    })
}

fn raw_timestamp_body(body: &[u8]) -> Option<u64> {
    let field = body.get(TIMESTAMP_RANGE.start - 1..TIMESTAMP_RANGE.end - 1)?;
    let mut wide = [0u8; 8];
    wide[2..].copy_from_slice(field);
    Some(u64::from_be_bytes(wide))
}

// ---------------------------------------------------------------------------------------
// A small deterministic random number generator, so a seed reproduces a stream.
// ---------------------------------------------------------------------------------------

/// SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014): one add and a mix per number, good enough to shape test traffic.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`); the modulo bias is negligible for the small `n` used.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// `true` with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

// ---------------------------------------------------------------------------------------
// The limit order book.
// ---------------------------------------------------------------------------------------

/// A multiplicative hasher for order references and prices: they are integers chosen by
/// the exchange, not by an attacker, so SipHash's protection is not worth its cost.
#[derive(Default, Clone, Copy)]
pub struct IntHasher(u64);

impl Hasher for IntHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517C_C1B7_2722_0A95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Fibonacci hashing: the high bits of the product mix every input bit.
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(26);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n.into());
    }
}

type IntMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

/// A resting order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RestingOrder {
    pub stock_locate: u16,
    pub side: Side,
    pub price: u32,
    pub shares: u32,
}

/// The price levels of one stock: shares resting at each price, per side.
#[derive(Debug, Clone, Default)]
pub struct StockBook {
    pub bids: IntMap<u32, u64>,
    pub asks: IntMap<u32, u64>,
}

/// What a book ends with, per stock: what the publisher's and the subscriber's books are
/// compared on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StockSummary {
    pub stock_locate: u16,
    pub best_bid: Option<u32>,
    pub best_ask: Option<u32>,
    pub bid_volume: u64,
    pub ask_volume: u64,
}

/// A limit order book for every stock of a feed: the orders by reference and the price
/// levels they add up to.
///
/// Sized up front ([`Book::with_capacity`]) it does not allocate while it stays within
/// the sizes given: removing an order or a level keeps the maps' capacity.
#[derive(Debug, Clone, Default)]
pub struct Book {
    orders: IntMap<u64, RestingOrder>,
    stocks: Vec<StockBook>,
    levels_per_side: usize,
    /// Messages about orders the book does not hold (lost, or from before a replay began).
    pub unknown_refs: u64,
    /// Messages applied.
    pub applied: u64,
}

impl Book {
    /// A book with room for `orders` resting orders and `stocks` stocks of `levels` price
    /// levels per side.
    pub fn with_capacity(orders: usize, stocks: usize, levels: usize) -> Self {
        let mut book = Book {
            orders: IntMap::with_capacity_and_hasher(orders, Default::default()),
            stocks: Vec::with_capacity(stocks + 1),
            levels_per_side: levels,
            unknown_refs: 0,
            applied: 0,
        };
        for _ in 0..=stocks {
            book.stocks.push(book.new_stock());
        }
        book
    }

    fn new_stock(&self) -> StockBook {
        StockBook {
            bids: IntMap::with_capacity_and_hasher(self.levels_per_side, Default::default()),
            asks: IntMap::with_capacity_and_hasher(self.levels_per_side, Default::default()),
        }
    }

    fn stock(&mut self, locate: u16) -> &mut StockBook {
        let index = usize::from(locate);
        // A stock not seen before (a replayed file names thousands) gets its levels now.
        while self.stocks.len() <= index {
            let stock = self.new_stock();
            self.stocks.push(stock);
        }
        &mut self.stocks[index]
    }

    fn level(&mut self, locate: u16, side: Side, price: u32) -> &mut u64 {
        let stock = self.stock(locate);
        let levels = match side {
            Side::Buy => &mut stock.bids,
            Side::Sell => &mut stock.asks,
        };
        levels.entry(price).or_insert(0)
    }

    fn remove_shares(&mut self, order: RestingOrder, shares: u32) {
        let stock = self.stock(order.stock_locate);
        let levels = match order.side {
            Side::Buy => &mut stock.bids,
            Side::Sell => &mut stock.asks,
        };
        if let Some(level) = levels.get_mut(&order.price) {
            *level = level.saturating_sub(u64::from(shares));
            if *level == 0 {
                levels.remove(&order.price);
            }
        }
    }

    /// A new order rests.
    pub fn add(&mut self, order_ref: u64, order: RestingOrder) {
        self.applied += 1;
        if let Some(old) = self.orders.insert(order_ref, order) {
            // A reference reused while still live: the exchange never does this; drop the
            // old order's shares so the levels stay the sum of the orders.
            self.remove_shares(old, old.shares);
        }
        *self.level(order.stock_locate, order.side, order.price) += u64::from(order.shares);
    }

    /// Part of an order leaves the book (executed or cancelled).
    pub fn reduce(&mut self, order_ref: u64, shares: u32) {
        self.applied += 1;
        let Some(order) = self.orders.get_mut(&order_ref) else {
            self.unknown_refs += 1;
            return;
        };
        let taken = shares.min(order.shares);
        order.shares -= taken;
        let snapshot = *order;
        if snapshot.shares == 0 {
            self.orders.remove(&order_ref);
        }
        self.remove_shares(snapshot, taken);
    }

    /// An order leaves the book.
    pub fn delete(&mut self, order_ref: u64) {
        self.applied += 1;
        match self.orders.remove(&order_ref) {
            Some(order) => self.remove_shares(order, order.shares),
            None => self.unknown_refs += 1,
        }
    }

    /// An order is replaced by a new one on the same side (ITCH 5.0, 1.4.5).
    pub fn replace(&mut self, original_ref: u64, new_ref: u64, shares: u32, price: u32) {
        let Some(original) = self.orders.remove(&original_ref) else {
            self.applied += 1;
            self.unknown_refs += 1;
            return;
        };
        self.remove_shares(original, original.shares);
        self.add(
            new_ref,
            RestingOrder {
                shares,
                price,
                ..original
            },
        );
    }

    /// Applies one viewed message: the subscriber's path, reading fields in place.
    /// Returns its timestamp as [`view_timestamp`] does, read in the same match, so the
    /// subscriber dispatches on the message's type once, as the hand-written one does.
    #[inline(always)]
    pub fn apply_view(&mut self, view: &MsgView<'_>) -> Option<u64> {
        Some(match view {
            MsgView::AddOrder(m) => {
                self.add(
                    m.order_ref(),
                    RestingOrder {
                        stock_locate: m.stock_locate(),
                        side: m.side(),
                        price: m.price(),
                        shares: m.shares(),
                    },
                );
                m.timestamp()
            }
            MsgView::AddOrderMpid(m) => {
                self.add(
                    m.order_ref(),
                    RestingOrder {
                        stock_locate: m.stock_locate(),
                        side: m.side(),
                        price: m.price(),
                        shares: m.shares(),
                    },
                );
                m.timestamp()
            }
            MsgView::OrderExecuted(m) => {
                self.reduce(m.order_ref(), m.executed_shares());
                m.timestamp()
            }
            MsgView::OrderExecutedWithPrice(m) => {
                self.reduce(m.order_ref(), m.executed_shares());
                m.timestamp()
            }
            MsgView::OrderCancel(m) => {
                self.reduce(m.order_ref(), m.cancelled_shares());
                m.timestamp()
            }
            MsgView::OrderDelete(m) => {
                self.delete(m.order_ref());
                m.timestamp()
            }
            MsgView::OrderReplace(m) => {
                self.replace(
                    m.original_order_ref(),
                    m.new_order_ref(),
                    m.shares(),
                    m.price(),
                );
                m.timestamp()
            }
            MsgView::SystemEvent(m) => m.timestamp(),
            MsgView::Trade(m) => m.timestamp(),
            MsgView::Other(_, rest) => return raw_timestamp_body(rest),
        })
    }

    /// Applies one owned message: the publisher's path, independent of the views.
    pub fn apply(&mut self, msg: &Msg<'_>) {
        match msg {
            Msg::AddOrder(m) => self.add(
                m.order_ref,
                RestingOrder {
                    stock_locate: m.stock_locate,
                    side: m.side,
                    price: m.price,
                    shares: m.shares,
                },
            ),
            Msg::AddOrderMpid(m) => self.add(
                m.order_ref,
                RestingOrder {
                    stock_locate: m.stock_locate,
                    side: m.side,
                    price: m.price,
                    shares: m.shares,
                },
            ),
            Msg::OrderExecuted(m) => self.reduce(m.order_ref, m.executed_shares),
            Msg::OrderExecutedWithPrice(m) => self.reduce(m.order_ref, m.executed_shares),
            Msg::OrderCancel(m) => self.reduce(m.order_ref, m.cancelled_shares),
            Msg::OrderDelete(m) => self.delete(m.order_ref),
            Msg::OrderReplace(m) => {
                self.replace(m.original_order_ref, m.new_order_ref, m.shares, m.price)
            }
            Msg::SystemEvent(_) | Msg::Trade(_) | Msg::Other(..) => {}
        }
    }

    /// Orders resting now.
    pub fn order_count(&self) -> usize {
        self.orders.len()
    }

    /// Best bid, best ask and total volume per side for every stock with an order.
    pub fn summary(&self) -> Vec<StockSummary> {
        let mut out = Vec::new();
        for (locate, stock) in self.stocks.iter().enumerate() {
            if stock.bids.is_empty() && stock.asks.is_empty() {
                continue;
            }
            out.push(StockSummary {
                // `stocks` only grows to hold a `u16` locate, so the index fits.
                stock_locate: u16::try_from(locate).unwrap_or(u16::MAX),
                best_bid: stock.bids.keys().max().copied(),
                best_ask: stock.asks.keys().min().copied(),
                bid_volume: stock.bids.values().sum(),
                ask_volume: stock.asks.values().sum(),
            });
        }
        out
    }
}

// ---------------------------------------------------------------------------------------
// The generator: a realistic day, compressed.
// ---------------------------------------------------------------------------------------

/// Symbols of the generated feed; the stock locate of `SYMBOLS[i]` is `i + 1`.
pub const SYMBOLS: [&[u8; 8]; 8] = [
    b"AAPL    ",
    b"MSFT    ",
    b"NVDA    ",
    b"AMZN    ",
    b"GOOGL   ",
    b"META    ",
    b"TSLA    ",
    b"AMD     ",
];

/// Opening prices in ITCH's Price (4) units.
const OPEN_PRICES: [u32; 8] = [
    1_895_000, 4_102_500, 1_204_300, 1_853_100, 1_661_800, 5_043_200, 2_487_600, 1_562_400,
];

/// One cent, in Price (4) units: the tick of stocks above $1 (Reg NMS rule 612).
const TICK: u32 = 100;

/// How far from the mid, in ticks, new orders are placed.
const BAND_TICKS: u64 = 20;

/// A pre-encoded stream of messages: their bytes back to back and where each starts.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub bytes: Vec<u8>,
    /// `ends[i]` is where message `i` ends; it starts where `i - 1` ends.
    pub ends: Vec<u32>,
    /// The most orders resting at once, to size the subscriber's book.
    pub max_live_orders: usize,
    /// Whether the stream leaves an empty book, so it can be sent again and again.
    pub closed: bool,
}

impl Corpus {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Message `i`, type byte first.
    #[inline]
    pub fn message(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.bytes[start..self.ends[i] as usize]
    }

    fn push(&mut self, msg: &Msg<'_>) {
        let start = self.bytes.len();
        self.bytes.resize(start + msg.encoded_len(), 0);
        // The buffer was just sized to `encoded_len`, and the generator only builds
        // messages whose fields fit (timestamps below 2^48).
        let written = msg
            .encode(&mut self.bytes[start..])
            .expect("generated message fits");
        self.bytes.truncate(start + written);
        self.ends.push(self.bytes.len() as u32);
    }

    /// The book the publisher holds after sending the first `count` messages, built from
    /// owned decodes (`Msg::decode`), not from views. A closed corpus sent more than once
    /// ends each pass with an empty book, so only the last partial pass counts.
    pub fn book_after(&self, count: u64) -> Result<Book, wire::DecodeError> {
        let passes_done = if self.closed && !self.is_empty() {
            count % self.len() as u64
        } else {
            count.min(self.len() as u64)
        };
        let mut book = Book::with_capacity(self.max_live_orders, SYMBOLS.len(), 64);
        for i in 0..passes_done as usize {
            book.apply(&Msg::decode(self.message(i))?);
        }
        Ok(book)
    }

    /// Reads a TotalView-ITCH 5.0 file as NASDAQ publishes its samples: each message
    /// preceded by its length, a big-endian `u16`. A torn last message is an error.
    pub fn from_itch_file(bytes: &[u8]) -> Result<Corpus, String> {
        let mut corpus = Corpus::default();
        let mut rest = bytes;
        while !rest.is_empty() {
            let Some((len, tail)) = rest.split_first_chunk::<2>() else {
                return Err(format!(
                    "{} trailing byte(s) after the last message",
                    rest.len()
                ));
            };
            let len = usize::from(u16::from_be_bytes(*len));
            let Some(message) = tail.get(..len) else {
                return Err(format!(
                    "message of {len} bytes cut short at {} bytes",
                    tail.len()
                ));
            };
            corpus.bytes.extend_from_slice(message);
            corpus.ends.push(corpus.bytes.len() as u32);
            rest = &tail[len..];
        }
        let book_size = corpus.estimate_live_orders();
        corpus.max_live_orders = book_size;
        Ok(corpus)
    }

    /// Writes the corpus in the sample-file format [`Corpus::from_itch_file`] reads.
    pub fn to_itch_file(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bytes.len() + 2 * self.len());
        for i in 0..self.len() {
            let message = self.message(i);
            // Every ITCH message is under 64 bytes.
            out.extend_from_slice(&(message.len() as u16).to_be_bytes());
            out.extend_from_slice(message);
        }
        out
    }

    fn estimate_live_orders(&self) -> usize {
        let mut live = 0usize;
        let mut max = 0usize;
        for i in 0..self.len() {
            match self.message(i).first() {
                Some(b'A' | b'F') => live += 1,
                Some(b'D') => live = live.saturating_sub(1),
                _ => {}
            }
            max = max.max(live);
        }
        max
    }
}

/// Generates a stream with the message mix of a NASDAQ day: mostly adds and deletes,
/// some replaces, few executions and cancels, rare hidden trades. Bids rest up to 20
/// cents below a fixed mid per stock and offers up to 20 cents above it, so the book is
/// never crossed (a moving mid would need the generator to execute what it crosses).
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    mids: [u32; 8],
    live: Vec<(u64, RestingOrder)>,
    next_ref: u64,
    next_match: u64,
    /// The publisher's own book, kept as it generates.
    pub book: Book,
}

impl Generator {
    pub fn new(seed: u64) -> Self {
        Generator {
            rng: Rng::new(seed),
            mids: OPEN_PRICES,
            live: Vec::new(),
            next_ref: 1,
            next_match: 1,
            book: Book::with_capacity(1 << 16, SYMBOLS.len(), 64),
        }
    }

    /// About `messages` messages in a closed stream: a start-of-messages event, the
    /// traffic, deletes for every order still resting, an end-of-messages event. The
    /// timestamps are placeholders; the publisher stamps each message as it sends it.
    pub fn corpus(seed: u64, messages: usize) -> Corpus {
        let mut generator = Generator::new(seed);
        let mut corpus = Corpus {
            closed: true,
            ..Corpus::default()
        };
        corpus.push(&system_event(b'O'));
        let mut max_live = 0;
        while corpus.len() + generator.live.len() + 1 < messages.max(2) {
            let msg = generator.next_message();
            corpus.push(&msg);
            max_live = max_live.max(generator.live.len());
        }
        while let Some(msg) = generator.delete_one() {
            corpus.push(&msg);
        }
        corpus.push(&system_event(b'C'));
        corpus.max_live_orders = max_live;
        corpus
    }

    /// The next message of the traffic.
    pub fn next_message(&mut self) -> Msg<'static> {
        let roll = self.rng.below(1000);
        // Keep a few hundred orders resting so executions and cancels have something to
        // work on; past that, the mix below holds the book roughly steady.
        if self.live.len() < 200 || roll < 450 {
            return self.add();
        }
        let index = self.rng.below(self.live.len() as u64) as usize;
        match roll {
            450..=849 => self.delete_at(index),
            850..=919 => self.replace_at(index),
            920..=959 => self.execute_at(index),
            960..=989 => self.cancel_at(index),
            _ => self.trade(),
        }
    }

    fn add(&mut self) -> Msg<'static> {
        let stock = self.rng.below(SYMBOLS.len() as u64) as usize;
        let side = if self.rng.chance(0.5) {
            Side::Buy
        } else {
            Side::Sell
        };
        let offset = (1 + self.rng.below(BAND_TICKS)) as u32 * TICK;
        let price = match side {
            Side::Buy => self.mids[stock] - offset,
            Side::Sell => self.mids[stock] + offset,
        };
        // Round lots mostly, odd lots sometimes.
        let shares = if self.rng.chance(0.8) {
            100 * (1 + self.rng.below(10) as u32)
        } else {
            1 + self.rng.below(99) as u32
        };
        let locate = stock as u16 + 1;
        let order_ref = self.next_ref;
        self.next_ref += 1;
        let order = RestingOrder {
            stock_locate: locate,
            side,
            price,
            shares,
        };
        self.live.push((order_ref, order));
        self.book.add(order_ref, order);
        let (stock_locate, tracking_number, timestamp) = (locate, 0, 0);
        Msg::AddOrder(AddOrder {
            stock_locate,
            tracking_number,
            timestamp,
            order_ref,
            side,
            shares,
            stock: *SYMBOLS[stock],
            price,
        })
    }

    fn delete_at(&mut self, index: usize) -> Msg<'static> {
        let (order_ref, order) = self.live.swap_remove(index);
        self.book.delete(order_ref);
        let (stock_locate, tracking_number, timestamp) = (order.stock_locate, 0, 0);
        Msg::OrderDelete(OrderDelete {
            stock_locate,
            tracking_number,
            timestamp,
            order_ref,
        })
    }

    fn delete_one(&mut self) -> Option<Msg<'static>> {
        let last = self.live.len().checked_sub(1)?;
        Some(self.delete_at(last))
    }

    fn replace_at(&mut self, index: usize) -> Msg<'static> {
        let (original_order_ref, order) = self.live[index];
        let new_order_ref = self.next_ref;
        self.next_ref += 1;
        // A replace moves the price a tick or two away from the mid, or keeps it.
        let price = match (order.side, self.rng.below(3)) {
            (_, 0) => order.price,
            (Side::Buy, _) if order.price > 2 * TICK => order.price - TICK,
            (Side::Buy, _) => order.price,
            (Side::Sell, _) => order.price + TICK,
        };
        let shares = 100 * (1 + self.rng.below(10) as u32);
        self.live[index] = (
            new_order_ref,
            RestingOrder {
                price,
                shares,
                ..order
            },
        );
        self.book
            .replace(original_order_ref, new_order_ref, shares, price);
        let (stock_locate, tracking_number, timestamp) = (order.stock_locate, 0, 0);
        Msg::OrderReplace(OrderReplace {
            stock_locate,
            tracking_number,
            timestamp,
            original_order_ref,
            new_order_ref,
            shares,
            price,
        })
    }

    /// Takes `shares` (at most what rests) off order `index`; drops it when done.
    fn take(&mut self, index: usize, shares: u32) -> (u64, RestingOrder, u32) {
        let (order_ref, order) = self.live[index];
        let taken = shares.clamp(1, order.shares);
        if taken == order.shares {
            self.live.swap_remove(index);
        } else {
            self.live[index].1.shares -= taken;
        }
        self.book.reduce(order_ref, taken);
        (order_ref, order, taken)
    }

    fn execute_at(&mut self, index: usize) -> Msg<'static> {
        let want = 100 * (1 + self.rng.below(5) as u32);
        let (order_ref, order, executed_shares) = self.take(index, want);
        let match_number = self.next_match;
        self.next_match += 1;
        let (stock_locate, tracking_number, timestamp) = (order.stock_locate, 0, 0);
        Msg::OrderExecuted(OrderExecuted {
            stock_locate,
            tracking_number,
            timestamp,
            order_ref,
            executed_shares,
            match_number,
        })
    }

    fn cancel_at(&mut self, index: usize) -> Msg<'static> {
        let want = 1 + self.rng.below(100) as u32;
        let (order_ref, order, cancelled_shares) = self.take(index, want);
        let (stock_locate, tracking_number, timestamp) = (order.stock_locate, 0, 0);
        Msg::OrderCancel(OrderCancel {
            stock_locate,
            tracking_number,
            timestamp,
            order_ref,
            cancelled_shares,
        })
    }

    fn trade(&mut self) -> Msg<'static> {
        let stock = self.rng.below(SYMBOLS.len() as u64) as usize;
        let match_number = self.next_match;
        self.next_match += 1;
        let locate = stock as u16 + 1;
        let (stock_locate, tracking_number, timestamp) = (locate, 0, 0);
        Msg::Trade(Trade {
            stock_locate,
            tracking_number,
            timestamp,
            // Hidden orders are not shown, so ITCH sends 0 here.
            order_ref: 0,
            side: if self.rng.chance(0.5) {
                Side::Buy
            } else {
                Side::Sell
            },
            shares: 100 * (1 + self.rng.below(3) as u32),
            stock: *SYMBOLS[stock],
            price: self.mids[stock],
            match_number,
        })
    }
}

fn system_event(event_code: u8) -> Msg<'static> {
    Msg::SystemEvent(SystemEvent {
        stock_locate: 0,
        tracking_number: 0,
        timestamp: 0,
        event_code,
    })
}

// ---------------------------------------------------------------------------------------
// MoldUDP64 (NASDAQ MoldUDP64 Protocol Specification 1.00): a downstream packet is a
// header, then message blocks, each a big-endian u16 length and the message.
// ---------------------------------------------------------------------------------------

/// The MoldUDP64 downstream packet header.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 20)]
pub struct MoldHeader {
    /// The session the packets belong to.
    pub session: [u8; 10],
    /// Sequence number of the first message in the packet (the next one expected, in a
    /// heartbeat).
    pub sequence: u64,
    /// Messages in the packet; 0 is a heartbeat, 0xFFFF the end of the session.
    pub count: u16,
}

/// `count` of an end-of-session packet.
pub const MOLD_END_OF_SESSION: u16 = 0xFFFF;

/// The largest packet the publisher sends: an Ethernet MTU less IPv4 and UDP headers,
/// as MoldUDP64 feeds are sized so packets are never fragmented.
pub const MOLD_MAX_PACKET: usize = 1472;

/// Packs messages into MoldUDP64 packets, numbering them from 1 (the first sequence
/// number of a session).
#[derive(Debug)]
pub struct MoldPacketizer {
    session: [u8; 10],
    next_sequence: u64,
    buf: Vec<u8>,
    count: u16,
    max_packet: usize,
}

impl MoldPacketizer {
    pub fn new(session: [u8; 10], max_packet: usize) -> Self {
        let mut buf = Vec::with_capacity(max_packet);
        buf.resize(MoldHeader::SIZE, 0);
        MoldPacketizer {
            session,
            next_sequence: 1,
            buf,
            count: 0,
            max_packet: max_packet.max(MoldHeader::SIZE + 2 + 64),
        }
    }

    /// Whether `len` more message bytes fit in the packet being built.
    pub fn fits(&self, len: usize) -> bool {
        self.buf.len() + 2 + len <= self.max_packet && self.count < MOLD_END_OF_SESSION - 1
    }

    /// Whether no message is pending.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Appends a message and returns it in the packet, where the caller may still stamp
    /// it. The caller checks [`fits`](MoldPacketizer::fits) first and takes the packet
    /// when it does not.
    pub fn push(&mut self, message: &[u8]) -> &mut [u8] {
        // Every ITCH message is under 64 bytes; `fits` keeps the packet within its cap.
        self.buf
            .extend_from_slice(&(message.len() as u16).to_be_bytes());
        let start = self.buf.len();
        self.buf.extend_from_slice(message);
        self.count += 1;
        &mut self.buf[start..]
    }

    /// Finishes the packet being built and returns its bytes; the next packet starts
    /// empty. `None` when no message is pending.
    pub fn take(&mut self) -> Option<&[u8]> {
        if self.count == 0 {
            return None;
        }
        let header = MoldHeader {
            session: self.session,
            sequence: self.next_sequence,
            count: self.count,
        };
        self.next_sequence += u64::from(self.count);
        self.count = 0;
        // The header area is always `MoldHeader::SIZE` bytes at the front.
        header.encode(&mut self.buf[..MoldHeader::SIZE]).ok()?;
        Some(&self.buf)
    }

    /// Clears the packet after the caller has sent what [`take`](MoldPacketizer::take)
    /// returned.
    pub fn clear(&mut self) {
        self.buf.truncate(MoldHeader::SIZE);
    }

    /// An end-of-session packet: the sequence number after the last message.
    pub fn end_of_session(&self) -> [u8; MoldHeader::SIZE] {
        let mut out = [0u8; MoldHeader::SIZE];
        let header = MoldHeader {
            session: self.session,
            sequence: self.next_sequence,
            count: MOLD_END_OF_SESSION,
        };
        // `out` is exactly `MoldHeader::SIZE` bytes, so encoding cannot fail.
        let _ = header.encode(&mut out);
        out
    }
}

/// A range of sequence numbers the subscriber never received: `first..first + count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    pub first: u64,
    pub count: u64,
}

/// What the reassembler saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MoldReport {
    /// Messages handed out, in sequence order.
    pub delivered: u64,
    /// Packets that arrived ahead of a missing one and were held, then delivered.
    pub reordered_packets: u64,
    /// Packets whose messages had all been delivered (or were held) already.
    pub duplicate_packets: u64,
    /// Messages in those packets.
    pub duplicate_messages: u64,
    /// Packets that arrived after their gap had been given up.
    pub late_packets: u64,
    /// Packets that were not MoldUDP64 or belonged to another session.
    pub malformed_packets: u64,
    /// What never arrived, in order.
    pub gaps: Vec<Gap>,
    /// Whether the end-of-session packet arrived.
    pub ended: bool,
}

impl MoldReport {
    /// Messages in all gaps.
    pub fn lost_messages(&self) -> u64 {
        self.gaps.iter().map(|gap| gap.count).sum()
    }
}

/// One packet held out of order: its first sequence number and its bytes.
#[derive(Debug, Clone, Default)]
struct Held {
    sequence: u64,
    len: usize,
    bytes: Vec<u8>,
}

/// Puts MoldUDP64 packets back in sequence order: delivers each message once, holds
/// packets that arrive ahead of a missing one (up to `window` packets), counts
/// duplicates, and records a gap when the window fills or the session ends with
/// messages missing. (A real feed handler would ask a MoldUDP64 request server to
/// retransmit the gap; this one reports it.)
#[derive(Debug)]
pub struct MoldReassembler {
    session: Option<[u8; 10]>,
    expected: u64,
    held: Vec<Held>,
    held_count: usize,
    end_sequence: Option<u64>,
    pub report: MoldReport,
    /// Message bytes copied into the hold slots (the only copy the reassembler makes).
    pub bytes_copied: u64,
}

impl MoldReassembler {
    /// A reassembler holding at most `window` out-of-order packets; its slots are
    /// allocated now, so it does not allocate while it runs.
    pub fn new(window: usize) -> Self {
        MoldReassembler {
            session: None,
            expected: 1,
            held: (0..window.max(1))
                .map(|_| Held {
                    sequence: 0,
                    len: 0,
                    bytes: vec![0; MOLD_MAX_PACKET],
                })
                .collect(),
            held_count: 0,
            end_sequence: None,
            report: MoldReport {
                gaps: Vec::with_capacity(1024),
                ..MoldReport::default()
            },
            bytes_copied: 0,
        }
    }

    /// Whether the session has ended and everything up to its end is delivered or
    /// recorded as lost.
    pub fn is_done(&self) -> bool {
        self.end_sequence.is_some_and(|end| self.expected >= end)
    }

    /// Takes one datagram; calls `deliver(sequence, message)` for each message that is
    /// now next in order.
    pub fn on_packet(&mut self, packet: &[u8], deliver: &mut impl FnMut(u64, &[u8])) {
        let Ok((header, blocks)) = MoldHeader::view_prefix(packet) else {
            self.report.malformed_packets += 1;
            return;
        };
        let session = header.session();
        if *self.session.get_or_insert(session) != session {
            self.report.malformed_packets += 1;
            return;
        }
        let (sequence, count) = (header.sequence(), header.count());
        if count == MOLD_END_OF_SESSION {
            self.report.ended = true;
            self.end_sequence = Some(sequence);
            self.finish(deliver);
            return;
        }
        if count == 0 {
            return; // A heartbeat.
        }
        let end = sequence + u64::from(count);
        if end <= self.expected || self.is_held(sequence) {
            if self
                .report
                .gaps
                .iter()
                .any(|gap| gap.first <= sequence && sequence < gap.first + gap.count)
            {
                self.report.late_packets += 1;
            } else {
                self.report.duplicate_packets += 1;
                self.report.duplicate_messages += u64::from(count);
            }
            return;
        }
        if sequence > self.expected {
            self.hold(sequence, packet, deliver);
            return;
        }
        // The packet starts at or before the next message: deliver from there.
        let skip = self.expected - sequence;
        self.deliver_blocks(sequence, blocks, skip, deliver);
        self.drain(deliver);
    }

    /// Ends the stream without an end-of-session packet (the publisher went silent):
    /// whatever is held is delivered, the gaps between recorded.
    pub fn flush(&mut self, deliver: &mut impl FnMut(u64, &[u8])) {
        while let Some(slot) = self.lowest_held() {
            let first = self.held[slot].sequence;
            if first > self.expected {
                self.record_gap(first - self.expected);
            }
            self.drain(deliver);
        }
    }

    fn finish(&mut self, deliver: &mut impl FnMut(u64, &[u8])) {
        self.flush(deliver);
        if let Some(end) = self.end_sequence {
            if end > self.expected {
                self.record_gap(end - self.expected);
            }
        }
    }

    fn is_held(&self, sequence: u64) -> bool {
        self.held[..]
            .iter()
            .any(|h| h.len > 0 && h.sequence == sequence)
    }

    fn hold(&mut self, sequence: u64, packet: &[u8], deliver: &mut impl FnMut(u64, &[u8])) {
        if self.held_count == self.held.len() {
            // The window is full: give up on the gap before the lowest held packet.
            if let Some(slot) = self.lowest_held() {
                let first = self.held[slot].sequence;
                self.record_gap(first - self.expected);
                self.drain(deliver);
            }
        }
        let Some(slot) = self.held.iter().position(|h| h.len == 0) else {
            return;
        };
        let len = packet.len().min(MOLD_MAX_PACKET);
        let held = &mut self.held[slot];
        held.bytes[..len].copy_from_slice(&packet[..len]);
        held.len = len;
        held.sequence = sequence;
        self.held_count += 1;
        self.bytes_copied += len as u64;
        self.report.reordered_packets += 1;
        // A held packet may already be next, when the gap was just given up.
        self.drain(deliver);
    }

    fn lowest_held(&self) -> Option<usize> {
        (0..self.held.len())
            .filter(|&i| self.held[i].len > 0)
            .min_by_key(|&i| self.held[i].sequence)
    }

    fn record_gap(&mut self, count: u64) {
        if count == 0 {
            return;
        }
        self.report.gaps.push(Gap {
            first: self.expected,
            count,
        });
        self.expected += count;
    }

    /// Delivers held packets that have become next in order.
    fn drain(&mut self, deliver: &mut impl FnMut(u64, &[u8])) {
        while let Some(slot) = self.lowest_held() {
            let sequence = self.held[slot].sequence;
            if sequence > self.expected {
                return;
            }
            let held = std::mem::take(&mut self.held[slot]);
            self.held_count -= 1;
            let skip = self.expected - sequence;
            if let Ok((_, blocks)) = MoldHeader::view_prefix(&held.bytes[..held.len]) {
                self.deliver_blocks(sequence, blocks, skip, deliver);
            }
            // Keep the slot's buffer for the next packet held.
            self.held[slot] = Held { len: 0, ..held };
        }
    }

    fn deliver_blocks(
        &mut self,
        sequence: u64,
        mut blocks: &[u8],
        skip: u64,
        deliver: &mut impl FnMut(u64, &[u8]),
    ) {
        let mut seq = sequence;
        while let Some((len, rest)) = blocks.split_first_chunk::<2>() {
            let len = usize::from(u16::from_be_bytes(*len));
            let Some(message) = rest.get(..len) else {
                self.report.malformed_packets += 1;
                return;
            };
            if seq >= sequence + skip {
                deliver(seq, message);
                self.report.delivered += 1;
                self.expected = seq + 1;
            }
            seq += 1;
            blocks = &rest[len..];
        }
    }
}
