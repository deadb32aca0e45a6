//! The ITCH 5.0 AddOrder of the API contract against bytes built independently with
//! Python's `struct` (see `wire_test_support::api`): a buy and a sell, the four ways, and a bad side.

use wire::prelude::*;
use wire::{DecodeError, EncodeError, OutOfRangeValue};
use wire_test_support::api::{
    add_order_buy, add_order_sell, AddOrder, Side, ADD_ORDER_BUY_BYTES, ADD_ORDER_SELL_BYTES,
};

/// Offset of the Buy/Sell Indicator without the type byte: 2 + 2 + 6 + 8.
const SIDE_OFFSET: usize = 18;

fn assert_view_reads(bytes: &[u8], order: &AddOrder) {
    let view = AddOrder::view(bytes).unwrap();
    assert_eq!(view.stock_locate(), order.stock_locate);
    assert_eq!(view.tracking_number(), order.tracking_number);
    assert_eq!(view.timestamp(), order.timestamp);
    assert_eq!(view.order_ref(), order.order_ref);
    assert_eq!(view.side(), order.side);
    assert_eq!(view.shares(), order.shares);
    assert_eq!(view.stock(), order.stock);
    assert_eq!(view.price(), order.price);
    assert_eq!(view.as_bytes(), bytes);
}

fn write_with_setters(order: &AddOrder) -> [u8; 35] {
    let mut bytes = [0u8; 35];
    let mut view = AddOrder::view_mut(&mut bytes).unwrap();
    view.set_stock_locate(order.stock_locate);
    view.set_tracking_number(order.tracking_number);
    // A 48-bit field in a u64 may not fit, so its setter is checked.
    view.set_timestamp(order.timestamp).unwrap();
    view.set_order_ref(order.order_ref);
    view.set_side(order.side);
    view.set_shares(order.shares);
    view.set_stock(order.stock);
    view.set_price(order.price);
    assert_eq!(view.as_bytes().len(), 35);
    bytes
}

#[test]
fn size_is_thirty_five_bytes() {
    assert_eq!(AddOrder::SIZE, 35);
    assert_eq!(add_order_buy().encoded_len(), 35);
}

#[test]
fn deconstruct_buy() {
    let view = AddOrder::view(&ADD_ORDER_BUY_BYTES).unwrap();
    assert_eq!(view.stock_locate(), 8007);
    assert_eq!(view.tracking_number(), 2);
    assert_eq!(view.timestamp(), 34_200_000_000_123); // 09:30:00.000000123
    assert_eq!(view.order_ref(), 123_456_789);
    assert_eq!(view.side(), Side::Buy);
    assert_eq!(view.shares(), 100);
    assert_eq!(&view.stock(), b"AAPL    ");
    assert_eq!(view.price(), 1_895_000); // 189.5000
    assert_view_reads(&ADD_ORDER_BUY_BYTES, &add_order_buy());
}

#[test]
fn deconstruct_sell() {
    let view = AddOrder::view(&ADD_ORDER_SELL_BYTES).unwrap();
    assert_eq!(view.side(), Side::Sell);
    assert_eq!(view.timestamp(), 0xffff_ffff_fffe);
    assert_eq!(view.shares(), 4_000_000_000);
    assert_view_reads(&ADD_ORDER_SELL_BYTES, &add_order_sell());
}

#[test]
fn construct() {
    assert_eq!(write_with_setters(&add_order_buy()), ADD_ORDER_BUY_BYTES);
    assert_eq!(write_with_setters(&add_order_sell()), ADD_ORDER_SELL_BYTES);
}

#[test]
fn parse() {
    assert_eq!(AddOrder::decode(&ADD_ORDER_BUY_BYTES), Ok(add_order_buy()));
    assert_eq!(
        AddOrder::decode(&ADD_ORDER_SELL_BYTES),
        Ok(add_order_sell())
    );
}

#[test]
fn emit() {
    let mut bytes = [0u8; 35];
    assert_eq!(add_order_buy().encode(&mut bytes), Ok(35));
    assert_eq!(bytes, ADD_ORDER_BUY_BYTES);
    assert_eq!(add_order_sell().encode(&mut bytes), Ok(35));
    assert_eq!(bytes, ADD_ORDER_SELL_BYTES);
}

#[test]
fn bad_side_byte_is_an_invalid_discriminant() {
    let mut bytes = ADD_ORDER_BUY_BYTES;
    assert_eq!(bytes[SIDE_OFFSET], b'B');
    bytes[SIDE_OFFSET] = b'X';
    let expected = DecodeError::InvalidDiscriminant {
        field: "side",
        offset: SIDE_OFFSET as u32,
        value: 0x58,
    };
    assert_eq!(AddOrder::view(&bytes).err(), Some(expected));
    assert_eq!(AddOrder::decode(&bytes), Err(expected));
    assert_eq!(AddOrder::decode_prefix(&bytes).err(), Some(expected));
    // The validation that `view` does once is what makes `view.side()` infallible.
    assert_eq!(AddOrder::view_prefix(&bytes).err(), Some(expected));
}

#[test]
fn a_stream_of_orders_splits_with_prefix_reads() {
    let mut stream = ADD_ORDER_BUY_BYTES.to_vec();
    stream.extend_from_slice(&ADD_ORDER_SELL_BYTES);
    let (first, rest) = AddOrder::decode_prefix(&stream).unwrap();
    let (second, rest) = AddOrder::view_prefix(rest).unwrap();
    assert_eq!(first, add_order_buy());
    assert_eq!(second.side(), Side::Sell);
    assert_eq!(second.as_bytes(), &ADD_ORDER_SELL_BYTES[..]);
    assert!(rest.is_empty());
}

#[test]
fn timestamp_wider_than_48_bits_is_rejected() {
    let late = AddOrder {
        timestamp: 1 << 48,
        ..add_order_buy()
    };
    let expected = EncodeError::ValueOutOfRange {
        field: "timestamp",
        offset: 4,
        value: OutOfRangeValue::new(1 << 48),
        bits: 48,
        signed: false,
    };
    assert_eq!(late.encode(&mut [0u8; 35]), Err(expected));
    let mut bytes = [0u8; 35];
    let mut view = AddOrder::view_mut(&mut bytes).unwrap();
    assert_eq!(view.set_timestamp(1 << 48), Err(expected));
    assert_eq!(view.set_timestamp(u64::MAX).err().map(|e| e.to_string()).as_deref(), Some(
        "field `timestamp` at offset 4: value 18446744073709551615 out of range 0..=281474976710655"
    ));
}
