//! Tagged unions: a `u8` tag with an `other` variant over fixed messages (ITCH), a
//! little-endian `u16` tag with an `other` variant over variable, versioned and fixed
//! messages, a varint tag without `other`, and unions as list elements and options.
//!
//! Canonical? `Itch` is: its `other` variant keeps the tag and every byte after it and
//! writes them back unchanged. `Envelope` is too, but for what it holds: its tag is two
//! fixed bytes, so its `other` variant gives back what it read, but a `Snapshot` has
//! varints ([`Canonical::NoLonger`]) and a `QuoteV3` is versioned (not canonical, see
//! [`crate::versioned`]).
//! `Command` and `Batch` have varint tags, which may be non-minimal.

use crate::compare::{agrees_by_same, fields, Agrees, Same};
use crate::fixed::{AddOrder, Device, Point, Side};
use crate::oracle::{entry, Canonical};
use crate::var::{snapshot, Snapshot};
use crate::versioned::{quote_v3, QuoteV3};
use wire::prelude::*;

// The ITCH messages the union tests share.
pub use wire_test_support::itch::{OrderDelete, OrderDeleteView, SystemEvent, SystemEventView};

fields! { fixed SystemEvent, SystemEventView { stock_locate, tracking_number, timestamp, event_code } }
fields! { fixed OrderDelete, OrderDeleteView { stock_locate, tracking_number, timestamp, order_ref } }
agrees_by_same!(SystemEvent, OrderDelete);

/// ITCH messages on their type byte; unknown types pass through.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
pub enum Itch<'a> {
    #[wire(id = b'S')]
    SystemEvent(SystemEvent),
    #[wire(id = b'A')]
    AddOrder(AddOrder),
    #[wire(id = b'D')]
    OrderDelete(OrderDelete),
    /// No payload.
    #[wire(id = b'H')]
    Heartbeat,
    /// Any other type byte, with the bytes after it.
    #[wire(other)]
    Unknown(u8, &'a [u8]),
}

/// A little-endian `u16` tag over variable, versioned and fixed messages.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u16", endian = "little")]
pub enum Envelope<'a> {
    #[wire(id = 0x0101)]
    Snapshot(Snapshot<'a>),
    #[wire(id = 0x0202)]
    Quote(QuoteV3),
    #[wire(id = 0x0303)]
    Device(Device),
    #[wire(other)]
    Unknown(u16, &'a [u8]),
}

/// A varint tag and no `other` variant: an unknown tag is an error.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "varint")]
pub enum Command {
    #[wire(id = 1)]
    Ping,
    #[wire(id = 300)]
    Move(Point),
    #[wire(id = 70000)]
    Order(AddOrder),
}

/// Unions as the elements of a list and the value of an option.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
pub struct Batch {
    pub sequence: u32,
    #[wire(len = "u8", max_len = 16)]
    pub commands: Vec<Command>,
    pub last: Option<Command>,
}

fields! { Batch, BatchView { sequence, commands, last } }

/// `Same` and `Agrees` for a union, variant by variant. Every variant is listed (the
/// `match` on the value has no wildcard): `one` variants hold a message, `none` variants
/// nothing, `other` is the variant that keeps unknown tags.
macro_rules! union_fields {
    (
        $ty:ident $(<$lt:lifetime>)?, $view:ident {
            one { $($one:ident),* $(,)? }
            none { $($none:ident),* $(,)? }
            $(other { $other:ident })?
        }
    ) => {
        impl $(<$lt>)? Same for $ty $(<$lt>)? {
            fn same(&self, other: &Self) -> bool {
                match (self, other) {
                    $(($ty::$one(a), $ty::$one(b)) => a.same(b),)*
                    $(($ty::$none, $ty::$none) => true,)*
                    $(($ty::$other(tag_a, a), $ty::$other(tag_b, b)) => tag_a == tag_b && a == b,)?
                    $(($ty::$one(_), _))|*
                    $(| ($ty::$none, _))*
                    $(| ($ty::$other(..), _))? => false,
                }
            }
        }

        impl<'view $(, $lt)?> Agrees<$ty $(<$lt>)?> for $view<'view> {
            fn agrees(&self, value: &$ty $(<$lt>)?) -> bool {
                match (self, value) {
                    $(($view::$one(view), $ty::$one(value)) => view.agrees(value),)*
                    $(($view::$none, $ty::$none) => true,)*
                    $(($view::$other(tag_a, a), $ty::$other(tag_b, b)) => {
                        tag_a == tag_b && a == b
                    })?
                    (_, $(| $ty::$one(_))* $(| $ty::$none)* $(| $ty::$other(..))?) => {
                        crate::compare::report(stringify!($ty), "variant")
                    }
                }
            }
        }
    };
}

union_fields! {
    Itch<'a>, ItchView {
        one { SystemEvent, AddOrder, OrderDelete }
        none { Heartbeat }
        other { Unknown }
    }
}
union_fields! {
    Envelope<'a>, EnvelopeView {
        one { Snapshot, Quote, Device }
        none {}
        other { Unknown }
    }
}
union_fields! {
    Command, CommandView {
        one { Move, Order }
        none { Ping }
    }
}

entry! {
    /// [`Itch`].
    ItchEntry: <'a> Itch<'a>, ItchView<'a>;
    canonical: |_| Canonical::Exact;
    seeds: || vec![
        Itch::SystemEvent(SystemEvent {
            stock_locate: 0, tracking_number: 0, timestamp: 34_200_000_000_000, event_code: b'O',
        })
        .encode_to_vec(),
        Itch::AddOrder(AddOrder {
            stock_locate: 7, tracking_number: 1, timestamp: 34_200_000_000_123,
            order_ref: 1001, side: Side::Buy, shares: 100,
            stock: *b"AAPL    ", price: 1_923_400,
        })
        .encode_to_vec(),
        Itch::OrderDelete(OrderDelete {
            stock_locate: 7, tracking_number: 3, timestamp: 34_200_000_000_789, order_ref: 1001,
        })
        .encode_to_vec(),
        Itch::Heartbeat.encode_to_vec(),
        Itch::Unknown(b'Z', b"\x01\x02\x03").encode_to_vec(),
    ];
}

entry! {
    /// [`Envelope`].
    EnvelopeEntry: <'a> Envelope<'a>, EnvelopeView<'a>;
    canonical: |input| match input {
        [0x02, 0x02, ..] => Canonical::No,
        _ => Canonical::NoLonger,
    };
    seeds: || vec![
        Envelope::Snapshot(snapshot()).encode_to_vec(),
        Envelope::Quote(quote_v3()).encode_to_vec(),
        Envelope::Device(crate::fixed::device()).encode_to_vec(),
        Envelope::Unknown(0xbeef, b"\x00\x01").encode_to_vec(),
    ];
}

/// One of each command.
fn commands() -> Vec<Command> {
    vec![
        Command::Ping,
        Command::Move(Point { x: -5, y: 5 }),
        Command::Order(AddOrder {
            stock_locate: 1,
            tracking_number: 2,
            timestamp: 3,
            order_ref: 4,
            side: Side::Sell,
            shares: 5,
            stock: *b"MSFT    ",
            price: 6,
        }),
    ]
}

entry! {
    /// [`Command`].
    CommandEntry: <'a> Command, CommandView<'a>;
    canonical: |_| Canonical::NoLonger;
    seeds: || commands().iter().map(Encode::encode_to_vec).collect();
}

entry! {
    /// [`Batch`].
    BatchEntry: <'a> Batch, BatchView<'a>;
    canonical: |_| Canonical::NoLonger;
    seeds: || vec![
        Batch { sequence: 9, commands: commands(), last: Some(Command::Ping) }.encode_to_vec(),
        Batch { sequence: 0, commands: Vec::new(), last: None }.encode_to_vec(),
    ];
}
