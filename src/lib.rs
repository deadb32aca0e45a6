//! `wire`: zero-copy binary wire protocols.
//!
//! Write a plain struct, add `#[derive(Wire)]` and a few attributes (byte order, field
//! widths, asserted offsets), and get a zero-copy view that reads each field in place
//! (`TView<B>`, generic over its storage: `&[u8]`, `&mut [u8]`, `Vec<u8>`, `Bytes`…),
//! setters on a mutable view and an encoder that write into a caller's buffer without
//! allocating, an owned decoder, and a layout checked at compile time. See [`Wire`] for every attribute.
//!
//! ```
//! use wire::prelude::*;
//!
//! #[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
//! #[repr(u8)]
//! pub enum Side { Buy = b'B', Sell = b'S' }
//!
//! /// NASDAQ TotalView-ITCH 5.0 "Add Order", without its type byte.
//! #[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
//! #[wire(endian = "big", size = 35)]
//! pub struct AddOrder {
//!     pub stock_locate: u16,
//!     pub tracking_number: u16,
//!     #[wire(bytes = 6)] pub timestamp: u64,
//!     pub order_ref: u64,
//!     pub side: Side,
//!     pub shares: u32,
//!     pub stock: [u8; 8],
//!     #[wire(offset = 31)] pub price: u32,
//! }
//!
//! let order = AddOrder {
//!     stock_locate: 7, tracking_number: 0, timestamp: 34_200_000_000_000, order_ref: 1,
//!     side: Side::Buy, shares: 100, stock: *b"AAPL    ", price: 1_923_400,
//! };
//! let mut buf = [0u8; AddOrder::SIZE];
//! order.encode(&mut buf)?;
//!
//! let view = AddOrder::view(&buf)?;          // validated once
//! assert_eq!(view.price(), 1_923_400);       // then read in place
//! assert_eq!(view.side(), Side::Buy);
//! assert_eq!(AddOrder::decode(&buf)?, order);
//!
//! // One view type over any storage that is `AsRef<[u8]>`, as smoltcp's packets are:
//! // here an `AddOrderView<Vec<u8>>`, with setters since a `Vec` is `AsMut<[u8]>` too.
//! let mut owned = AddOrderView::new(buf.to_vec())?;
//! owned.set_shares(200);
//! assert_eq!(owned.shares(), 200);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The runtime around the messages: [`varint`] (LEB128 and zigzag), [`checksum`] (the
//! Internet checksum and CRCs that `#[wire(checksum = "…")]` fields use), [`frame`] (framing
//! over byte streams with resynchronisation), [`io`] (blocking readers and writers of
//! frames), [`pool`] (reusable buffers) and [`stats`] (counters); [`schema`] describes
//! every derived type's layout as data (`T::SCHEMA`) and, with the `schema` feature,
//! exports it as Markdown, JSON, a Python codec and a Wireshark dissector. Errors are
//! [`DecodeError`] and [`EncodeError`], enums with a variant per cause.
//!
//! # Features
//!
//! | feature | what it enables | default |
//! |---|---|---|
//! | `std` | [`frame`], [`io`], [`pool`], [`stats`]; implies `alloc` | yes |
//! | `alloc` | `encode_to_vec`, owned variable-length fields (`String`, `Vec<u8>`, `Vec<T>` lists) | with `std` |
//! | `tokio` | `frame::WireCodec`, a tokio-util codec; implies `std` | no |
//! | `compression` | LZ4-compressed frame payloads; implies `std` | no |
//! | `schema` | the exporters of [`schema`]: Markdown, JSON, Python, Wireshark; implies `std` | no |
//!
//! The crate is `#![no_std]`. With `default-features = false` it needs neither the
//! standard library nor an allocator, and a fixed-layout message keeps everything that
//! does not allocate: `T::view`, `T::view_mut` and its setters, [`Encode::encode`] into a
//! slice, [`Decode::decode`], `T::SCHEMA`, the [`varint`] functions, and the errors
//! (which implement `core::error::Error`); so do variable-length messages whose fields
//! borrow from the input (`&str`, `&[u8]`, varints, `Option`) and tagged unions. A type
//! with owned variable-length fields needs `alloc`, and says so in a compile error
//! without it. Framing needs `std`: its CRC32C comes from a crate that uses the standard
//! library.
//!
//! ```toml
//! [dependencies]
//! wire = { version = "0.1", default-features = false }               # core only
//! # wire = { version = "0.1", default-features = false, features = ["alloc"] }
//! ```

// `no_std` always: this crate only re-exports, and the runtime links `std` when its
// `std` feature is on.
#![no_std]
#![forbid(unsafe_code)]
// On docs.rs (`--cfg docsrs`, nightly): each item gated by a feature says which one.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

#[doc = include_str!("../docs/derive.md")]
pub use wire_derive::Wire;
pub use wire_runtime::{
    checksum, list, varint, Decode, DecodeError, Element, Encode, EncodeError, FixedField,
    FixedSize, List, MaxEncodedLen, OutOfRangeValue,
};
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub use wire_runtime::{frame, io, pool, stats};
pub use zerocopy::byteorder::{BigEndian, LittleEndian};

/// Schemas: the layout each derived type declares as plain `const` data (`T::SCHEMA`),
/// its bit diagram and, with the `schema` feature, its exports: `markdown`, `json`, a
/// `python` codec, a Wireshark dissector in `lua`, and the `Registry` that writes them all.
///
/// The model is the `wire-schema` crate and the exporters the `wire-export` crate; both are
/// re-exported here whole, so `wire` is the only dependency a user names.
///
/// ```
/// use wire::prelude::*;
/// use wire::schema::{Body, HasSchema};
///
/// #[derive(Wire)]
/// #[wire(endian = "big")]
/// pub struct Ping { pub sequence: u32 }
///
/// assert_eq!(<Ping as HasSchema>::SCHEMA.name, "Ping");
/// assert!(matches!(Ping::SCHEMA.body, Body::Struct(_)));
/// ```
pub mod schema {
    pub use wire_schema::*;

    #[cfg(feature = "schema")]
    #[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
    pub use wire_export::*;
}

/// A guide: a protocol from scratch (define it, frame it, serve it with tokio, evolve it,
/// export it), every example of which is a test.
#[doc = include_str!("../docs/guide.md")]
pub mod guide {}

/// The traits and the derive: `use wire::prelude::*;`.
pub mod prelude {
    pub use crate::{Decode, Encode, FixedSize, Wire};
}

/// What generated code names; not a public API. The list is the runtime's, which names
/// it too (its frame header is a derived struct).
#[doc(hidden)]
pub mod __private {
    pub use wire_runtime::__private::*;
}
