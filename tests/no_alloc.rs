//! Views, setters, `encode` and `decode` of fixed-layout messages never allocate.
//!
//! The shared counting global allocator (`wire_test_support::alloc`) counts per thread, so the
//! test harness's own allocations on other threads do not pollute the count, and each
//! check reads the counter before and after the code under test on the same thread.

use std::hint::black_box;
use wire::prelude::*;
use wire_test_support::alloc::{self, CountingAllocator};
use wire_test_support::api::{
    add_order_buy, add_order_sell, ipv4_repr, AddOrder, Ipv4Header, Side, ADD_ORDER_BUY_BYTES,
    ADD_ORDER_SELL_BYTES, IPV4_BYTES,
};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// How many allocations `f` makes on this thread.
fn allocations_during(f: impl FnOnce()) -> usize {
    alloc::allocations_during(f).0
}

#[test]
fn the_counter_sees_allocations() {
    // Without this, every `== 0` below could pass with a broken counter.
    assert!(allocations_during(|| drop(black_box(vec![1u8; 64]))) >= 1);
    assert!(allocations_during(|| drop(black_box(ipv4_repr().encode_to_vec()))) >= 1);
}

#[test]
fn ipv4_view_and_accessors_do_not_allocate() {
    let bytes = black_box(IPV4_BYTES);
    let count = allocations_during(|| {
        let view = Ipv4Header::view(black_box(&bytes[..])).unwrap();
        black_box((
            view.version(),
            view.ihl(),
            view.dscp(),
            view.ecn(),
            view.total_len(),
        ));
        black_box((view.identification(), view.flags(), view.fragment_offset()));
        black_box((
            view.ttl(),
            view.protocol(),
            view.checksum(),
            view.src(),
            view.dst(),
        ));
        black_box(view.as_bytes());
        let (view, rest) = Ipv4Header::view_prefix(black_box(&bytes[..])).unwrap();
        black_box((view.ttl(), rest));
    });
    assert_eq!(count, 0);
}

#[test]
fn ipv4_setters_encode_and_decode_do_not_allocate() {
    let repr = black_box(ipv4_repr());
    let mut bytes = [0u8; 20];
    let count = allocations_during(|| {
        let mut view = Ipv4Header::view_mut(black_box(&mut bytes[..])).unwrap();
        view.set_version(repr.version).unwrap();
        view.set_ihl(repr.ihl).unwrap();
        view.set_dscp(repr.dscp).unwrap();
        view.set_ecn(repr.ecn).unwrap();
        view.set_total_len(repr.total_len);
        view.set_identification(repr.identification);
        view.set_flags(repr.flags).unwrap();
        view.set_fragment_offset(repr.fragment_offset).unwrap();
        view.set_ttl(repr.ttl);
        view.set_protocol(repr.protocol);
        view.set_checksum(repr.checksum);
        view.set_src(repr.src);
        view.set_dst(repr.dst);
        black_box(view.as_bytes());
    });
    assert_eq!(count, 0);
    assert_eq!(bytes, IPV4_BYTES);

    let mut out = [0u8; 20];
    let mut decoded = None;
    let count = allocations_during(|| {
        black_box(repr.encode(black_box(&mut out[..])).unwrap());
        decoded = Some(Ipv4Header::decode(black_box(&out[..])).unwrap());
    });
    assert_eq!(count, 0);
    assert_eq!(out, IPV4_BYTES);
    assert_eq!(decoded, Some(ipv4_repr()));
}

#[test]
fn add_order_view_and_accessors_do_not_allocate() {
    let bytes = black_box(ADD_ORDER_SELL_BYTES);
    let count = allocations_during(|| {
        let view = AddOrder::view(black_box(&bytes[..])).unwrap();
        black_box((
            view.stock_locate(),
            view.tracking_number(),
            view.timestamp(),
        ));
        black_box((
            view.order_ref(),
            view.side(),
            view.shares(),
            view.stock(),
            view.price(),
        ));
        black_box(view.as_bytes());
    });
    assert_eq!(count, 0);
}

#[test]
fn add_order_setters_encode_and_decode_do_not_allocate() {
    let order = black_box(add_order_buy());
    let mut bytes = [0u8; 35];
    let count = allocations_during(|| {
        let mut view = AddOrder::view_mut(black_box(&mut bytes[..])).unwrap();
        view.set_stock_locate(order.stock_locate);
        view.set_tracking_number(order.tracking_number);
        view.set_timestamp(order.timestamp).unwrap();
        view.set_order_ref(order.order_ref);
        view.set_side(order.side);
        view.set_shares(order.shares);
        view.set_stock(order.stock);
        view.set_price(order.price);
        black_box(view.as_bytes());
    });
    assert_eq!(count, 0);
    assert_eq!(bytes, ADD_ORDER_BUY_BYTES);

    let sell = black_box(add_order_sell());
    let mut out = [0u8; 35];
    let mut decoded = None;
    let count = allocations_during(|| {
        black_box(sell.encode(black_box(&mut out[..])).unwrap());
        decoded = Some(AddOrder::decode(black_box(&out[..])).unwrap());
    });
    assert_eq!(count, 0);
    assert_eq!(out, ADD_ORDER_SELL_BYTES);
    assert_eq!(decoded.map(|order| order.side), Some(Side::Sell));
}

#[test]
fn errors_do_not_allocate() {
    let mut bad_side = ADD_ORDER_BUY_BYTES;
    bad_side[18] = b'X';
    let late = AddOrder {
        timestamp: u64::MAX,
        ..add_order_buy()
    };
    let mut out = [0u8; 35];
    let count = allocations_during(|| {
        black_box(AddOrder::decode(black_box(&bad_side[..])).unwrap_err());
        black_box(AddOrder::view(black_box(&ADD_ORDER_BUY_BYTES[..20])).err());
        black_box(AddOrder::decode(black_box(&[0u8; 40][..])).unwrap_err());
        black_box(late.encode(black_box(&mut out[..])).unwrap_err());
        black_box(
            add_order_buy()
                .encode(black_box(&mut out[..10]))
                .unwrap_err(),
        );
    });
    assert_eq!(count, 0);
}
