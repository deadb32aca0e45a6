//! A view is a thin wrapper over its storage: the same `AddOrderView` serves `&[u8]`,
//! `&mut [u8]`, `Vec<u8>`, arrays and `Bytes`, checks once when it is made, reads with
//! getters on any storage and writes with setters where the storage is mutable.

use wire::DecodeError;
use wire_test_support::api::{add_order_buy, AddOrder, Side, ADD_ORDER_BUY_BYTES};

/// `AddOrder` in the ITCH 5.0 specification, section 1.3.1: 35 bytes without its type.
const SIZE: usize = 35;

fn assert_reads<B: AsRef<[u8]>>(view: &AddOrderViewOf<B>) {
    let order = add_order_buy();
    assert_eq!(view.stock_locate(), order.stock_locate);
    assert_eq!(view.timestamp(), order.timestamp);
    assert_eq!(view.side(), order.side);
    assert_eq!(view.price(), order.price);
    assert_eq!(view.to_value(), order);
    assert_eq!(view.as_bytes(), &ADD_ORDER_BUY_BYTES[..]);
}

type AddOrderViewOf<B> = wire_test_support::api::AddOrderView<B>;

#[test]
fn one_view_type_serves_every_storage() {
    assert_reads(&AddOrder::view(&ADD_ORDER_BUY_BYTES).unwrap());
    assert_reads(&AddOrderViewOf::new(ADD_ORDER_BUY_BYTES.to_vec()).unwrap());
    assert_reads(&AddOrderViewOf::new(ADD_ORDER_BUY_BYTES).unwrap());
    assert_reads(&AddOrderViewOf::new(bytes::Bytes::from_static(&ADD_ORDER_BUY_BYTES)).unwrap());
    let mut copy = ADD_ORDER_BUY_BYTES;
    assert_reads(&AddOrder::view_mut(&mut copy).unwrap());
}

#[test]
fn the_storage_comes_back_unchanged() {
    let view = AddOrderViewOf::new(ADD_ORDER_BUY_BYTES.to_vec()).unwrap();
    assert_eq!(view.into_inner(), ADD_ORDER_BUY_BYTES.to_vec());
}

#[test]
fn new_checks_what_view_checks() {
    let short = AddOrderViewOf::new(vec![0u8; SIZE - 1]).err();
    assert_eq!(short, AddOrder::view(&[0u8; SIZE - 1]).err());
    assert!(matches!(
        short,
        Some(DecodeError::Truncated { field: "price", .. })
    ));
    let mut bad_side = ADD_ORDER_BUY_BYTES;
    bad_side[18] = b'X';
    assert!(matches!(
        AddOrderViewOf::new(bad_side),
        Err(DecodeError::InvalidDiscriminant {
            field: "side",
            offset: 18,
            ..
        })
    ));
}

#[test]
fn setters_write_into_owned_storage() {
    let mut view = AddOrderViewOf::new(ADD_ORDER_BUY_BYTES.to_vec()).unwrap();
    view.set_side(Side::Sell);
    view.set_price(42);
    assert_eq!(view.side(), Side::Sell);
    assert_eq!(view.price(), 42);
    let bytes = view.into_inner();
    assert_eq!(bytes[18], b'S');
    assert_eq!(bytes[31..], 42u32.to_be_bytes());
}

#[test]
fn a_mutable_view_has_getters_and_making_it_writes_nothing() {
    let mut bytes = [0xeeu8; SIZE];
    let mut view = AddOrder::view_mut(&mut bytes).unwrap();
    assert_eq!(view.as_bytes(), [0xee; SIZE]);
    view.set_stock_locate(7);
    assert_eq!(view.stock_locate(), 7);
    assert_eq!(bytes[..2], [0, 7]);
    assert_eq!(bytes[2..], [0xee; SIZE - 2]);
}

#[test]
fn debug_prints_the_field_values() {
    let view = AddOrder::view(&ADD_ORDER_BUY_BYTES).unwrap();
    let order = add_order_buy();
    let expected = format!("{order:?}").replacen("AddOrder", "AddOrderView", 1);
    assert_eq!(format!("{view:?}"), expected);
}

/// Storage whose length changes after the view checked it: a bug of the storage's, which
/// the accessors report with a panic rather than by reading out of bounds.
struct Shrinking(std::cell::Cell<usize>);

impl AsRef<[u8]> for Shrinking {
    fn as_ref(&self) -> &[u8] {
        let calls = self.0.get();
        self.0.set(calls + 1);
        if calls == 0 {
            &ADD_ORDER_BUY_BYTES
        } else {
            &ADD_ORDER_BUY_BYTES[..3]
        }
    }
}

#[test]
#[should_panic(expected = "shorter than when the view was made")]
fn storage_that_shrinks_after_the_check_panics() {
    let view = AddOrderViewOf::new(Shrinking(std::cell::Cell::new(0))).unwrap();
    let _ = view.price();
}

mod renamed_crate {
    //! `#[wire(crate = "…")]` names the crate the generated code goes through.
    use ::wire as renamed;
    use renamed::prelude::*;

    #[derive(renamed::Wire, Debug, Clone, Copy, PartialEq, Eq)]
    #[wire(crate = "renamed", endian = "little")]
    pub struct Tick {
        pub price: u32,
        #[wire(bits = 4)]
        pub kind: u8,
        #[wire(bits = 4)]
        pub flags: u8,
    }

    #[test]
    fn derives_through_the_given_path() {
        let tick = Tick {
            price: 0x0102_0304,
            kind: 3,
            flags: 9,
        };
        let bytes = tick.encode_to_vec();
        assert_eq!(bytes.len(), Tick::SIZE);
        assert_eq!(bytes[..4], [4, 3, 2, 1]);
        assert_eq!(Tick::view(&bytes).unwrap().price(), tick.price);
        assert_eq!(Tick::decode(&bytes), Ok(tick));
    }
}
