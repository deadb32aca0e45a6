//! ITCH 5.0 messages without their type byte, and the tagged union over them on that
//! byte: the union the tagged-union tests, the schema exporters' tests and their
//! snapshots share. Layouts from NASDAQ TotalView-ITCH 5.0: System Event ('S'), Add Order
//! ('A', in [`crate::api`]), Order Executed ('E') and Order Delete ('D'); every offset here
//! is the specification's minus one.

use crate::api::AddOrder;
use wire::prelude::*;

/// ITCH 'S' (System Event) without its type byte.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 11)]
pub struct SystemEvent {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub event_code: u8,
}

/// ITCH 'E' (Order Executed) without its type byte.
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

/// ITCH 'D' (Order Delete) without its type byte.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 18)]
pub struct OrderDelete {
    pub stock_locate: u16,
    pub tracking_number: u16,
    #[wire(bytes = 6)]
    pub timestamp: u64,
    pub order_ref: u64,
}

/// ITCH messages as a tagged union on the type byte; unknown types pass through.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
pub enum ItchMessage<'a> {
    #[wire(id = b'S')]
    SystemEvent(SystemEvent),
    #[wire(id = b'A')]
    AddOrder(AddOrder),
    #[wire(id = b'E')]
    OrderExecuted(OrderExecuted),
    #[wire(id = b'D')]
    OrderDelete(OrderDelete),
    /// No payload.
    #[wire(id = b'H')]
    Heartbeat,
    /// Any other type byte, with the bytes after it.
    #[wire(other)]
    Unknown(u8, &'a [u8]),
}
