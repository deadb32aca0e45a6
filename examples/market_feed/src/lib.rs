//! The `market_feed` demo of `wire` as a library: an ITCH 5.0 market-data feed over
//! loopback, decoded three ways, so that the binary (`src/main.rs`), the
//! network-condition tests and the schema export share one copy of it.
//!
//! - [`feed`]: the messages (`#[derive(Wire)]`), a generator of a realistic stream, the
//!   limit order book, MoldUDP64 packets. No sockets, no clocks.
//! - [`handwritten`]: the baseline: the same frames and messages checked and parsed by
//!   hand with `from_be_bytes`, applied to the same book.
//! - [`run`]: the clock, the publisher, and the subscribers of each [`run::Mode`].
//! - [`session`]: one measured run, sharded by stock, threads pinned.
//! - [`path`]: the subscriber's hot path in memory, for the report and the benchmark.
//! - [`report`]: percentiles with their spread over repetitions, and the SVG plot.
//!
//! ```
//! use market_feed::feed::{Book, Generator, Msg, SYMBOLS};
//! use market_feed::handwritten;
//!
//! let corpus = Generator::corpus(1, 1000);
//! let (mut by_view, mut by_hand) = (Book::default(), Book::default());
//! for i in 0..corpus.len() {
//!     let message = corpus.message(i);
//!     by_view.apply_view(&Msg::view(message)?);
//!     handwritten::apply_message(message, &mut by_hand).expect("a valid message");
//! }
//! assert_eq!(by_view.summary(), by_hand.summary());
//! # let _ = SYMBOLS;
//! # Ok::<(), wire::DecodeError>(())
//! ```

#![forbid(unsafe_code)]

/// Counts heap allocations, so the report can say how many a message costs and how much
/// heap stays live: the repository's one counting allocator, which the binary installs
/// (a program without it, such as the tests, reads zeros).
pub use wire_test_support::alloc;
pub mod feed;
pub mod handwritten;
pub mod path;
pub mod report;
pub mod run;
pub mod session;
#[cfg(feature = "tokio")]
pub mod tokio_io;

pub use session::{PubHandle, SubHandle};

/// The error of a run: whatever went wrong, as text for the command line.
pub type Error = Box<dyn std::error::Error + Send + Sync>;
