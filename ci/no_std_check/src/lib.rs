//! A `#![no_std]` user of `wire` with default features off: the messages of the public
//! API's examples (IPv4 header, ITCH 5.0 Add Order), viewed, written in place, encoded
//! into a slice and decoded, a varint, a variable-length message whose fields borrow from
//! the input, a tagged union and a fixed-point decimal, with neither `std` nor an
//! allocator.
//!
//! `wire_no_std_check` returns 0 when every check holds, otherwise the number of the
//! first that failed; `main.c` calls it.

#![no_std]
// `no_mangle` (so `main.c` can call the check by name) is the only unsafe-code lint this
// crate trips, allowed on that one item.
#![deny(unsafe_code)]

use core::panic::PanicInfo;
use wire::prelude::*;
use wire::{varint, DecodeError};

/// RFC 791, section 3.1.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big", size = 20)]
pub struct Ipv4Header {
    #[wire(bits = 4)]
    pub version: u8,
    #[wire(bits = 4)]
    pub ihl: u8,
    #[wire(bits = 6)]
    pub dscp: u8,
    #[wire(bits = 2)]
    pub ecn: u8,
    pub total_len: u16,
    pub identification: u16,
    #[wire(bits = 3)]
    pub flags: u8,
    #[wire(bits = 13)]
    pub fragment_offset: u16,
    pub ttl: u8,
    pub protocol: u8,
    pub checksum: u16,
    #[wire(offset = 12)]
    pub src: [u8; 4],
    pub dst: [u8; 4],
}

/// The side of an order: ITCH 5.0 "Buy/Sell Indicator".
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Side {
    Buy = b'B',
    Sell = b'S',
}

/// NASDAQ TotalView-ITCH 5.0 "Add Order", without its type byte.
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
    #[wire(offset = 31)]
    pub price: u32,
}

/// A variable-length message whose fields borrow from the input: no allocation needed.
#[derive(Wire, Debug, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Login<'a> {
    pub session: u16,
    #[wire(varint)]
    pub sequence: u64,
    #[wire(len = "u8")]
    pub user: &'a str,
    #[wire(len = "u16")]
    pub token: &'a [u8],
    pub heartbeat_ms: Option<u32>,
}

/// A price as a fixed-point decimal: the conversions round without `std`'s float methods.
#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
pub struct Trade {
    #[wire(fixed(scale = 4, repr = "i64"))]
    pub price: f64,
    pub qty: u32,
}

/// ITCH-style messages behind a one-byte type tag; unknown types are kept as they came.
#[derive(Wire, Debug, PartialEq, Eq)]
#[wire(tag = "u8")]
pub enum Message<'a> {
    #[wire(id = b'A')]
    Add(AddOrder),
    #[wire(id = 0)]
    Heartbeat,
    #[wire(other)]
    Unknown(u8, &'a [u8]),
}

#[cfg(feature = "variable")]
extern crate alloc;
#[cfg(feature = "variable")]
use alloc::vec::Vec;

/// A type that needs `alloc`: built only with the `variable` feature, where the build
/// must fail and say to enable `alloc`.
#[cfg(feature = "variable")]
#[derive(Wire)]
#[wire(endian = "big")]
pub struct Levels {
    pub stock: u16,
    #[wire(len = "u8")]
    pub prices: Vec<u32>,
}

/// A UDP packet's IPv4 header: 20 bytes, DF set, TTL 64, protocol 17.
const IPV4: [u8; 20] = [
    0x45, 0, 0, 0x73, 0, 0, 0x40, 0, 0x40, 0x11, 0xb8, 0x61, 192, 168, 0, 1, 192, 168, 0, 199,
];

/// Runs every check; 0 when all hold, else the number of the first that failed.
#[allow(unsafe_code)] // `no_mangle`: the C side calls this symbol by name.
#[no_mangle]
pub extern "C" fn wire_no_std_check() -> u32 {
    let checks: [fn() -> bool; 8] = [
        ipv4_view_and_decode,
        ipv4_view_mut,
        add_order_round_trip,
        invalid_side_is_an_error,
        varint_round_trip,
        borrowed_variable_round_trip,
        tagged_union_round_trip,
        decimal_round_trip,
    ];
    for (i, check) in checks.iter().enumerate() {
        if !check() {
            return i as u32 + 1;
        }
    }
    0
}

fn ipv4_view_and_decode() -> bool {
    let Ok(ip) = Ipv4Header::view(&IPV4) else {
        return false;
    };
    let Ok(owned) = Ipv4Header::decode(&IPV4) else {
        return false;
    };
    let mut again = [0u8; Ipv4Header::SIZE];
    (ip.version(), ip.ihl(), ip.ttl(), ip.protocol(), ip.flags()) == (4, 5, 64, 17, 2)
        && ip.src() == [192, 168, 0, 1]
        && owned.total_len == 0x73
        && owned.encode(&mut again) == Ok(Ipv4Header::SIZE)
        && again == IPV4
}

fn ipv4_view_mut() -> bool {
    let mut buf = [0u8; Ipv4Header::SIZE];
    let Ok(mut vm) = Ipv4Header::view_mut(&mut buf) else {
        return false;
    };
    let set = vm.set_version(4).is_ok()
        && vm.set_ihl(5).is_ok()
        && vm.set_flags(2).is_ok()
        // 13 bits: 8192 does not fit.
        && vm.set_fragment_offset(8192).is_err();
    vm.set_total_len(0x73);
    vm.set_ttl(64);
    vm.set_protocol(17);
    vm.set_checksum(0xb861);
    vm.set_src([192, 168, 0, 1]);
    vm.set_dst([192, 168, 0, 199]);
    set && buf == IPV4
}

fn add_order_round_trip() -> bool {
    let order = AddOrder {
        stock_locate: 7,
        tracking_number: 0,
        timestamp: 34_200_000_000_000,
        order_ref: 1,
        side: Side::Buy,
        shares: 100,
        stock: *b"AAPL    ",
        price: 1_923_400,
    };
    let mut buf = [0u8; AddOrder::SIZE];
    if order.encode(&mut buf) != Ok(AddOrder::SIZE) {
        return false;
    }
    let Ok(view) = AddOrder::view(&buf) else {
        return false;
    };
    view.price() == 1_923_400
        && view.side() == Side::Buy
        && view.timestamp() == 34_200_000_000_000
        && AddOrder::decode(&buf) == Ok(order)
        && order.encoded_len() == 35
}

fn invalid_side_is_an_error() -> bool {
    let mut buf = [0u8; AddOrder::SIZE];
    buf[20] = b'X'; // the side byte: offset 2 + 2 + 6 + 8
    matches!(
        AddOrder::view(&buf),
        Err(DecodeError::InvalidDiscriminant { .. })
    ) && matches!(
        AddOrder::decode(&buf[..34]),
        Err(DecodeError::Truncated { .. })
    )
}

fn varint_round_trip() -> bool {
    let mut buf = [0u8; 10];
    // Protocol Buffers' encoding guide: 300 is `ac 02`.
    let Ok(n) = varint::encode_u64(300, &mut buf) else {
        return false;
    };
    let zigzag = varint::encode_i64_zigzag(-1, &mut buf[n..]);
    n == 2
        && buf[..2] == [0xac, 0x02]
        && varint::decode_u64(&buf) == Ok((300, 2))
        && zigzag == Ok(1)
        && varint::decode_i64_zigzag(&buf[2..]) == Ok((-1, 1))
        && varint::encoded_len_u64(u64::MAX) == 10
}

fn borrowed_variable_round_trip() -> bool {
    let login = Login {
        session: 3,
        sequence: 300,
        user: "ada",
        token: &[1, 2, 3, 4],
        heartbeat_ms: Some(1000),
    };
    let mut buf = [0u8; 64];
    let Ok(n) = login.encode(&mut buf) else {
        return false;
    };
    // 2 (session) + 2 (varint 300) + 1 + 3 (user) + 2 + 4 (token) + 1 + 4 (heartbeat).
    if n != 19 || login.encoded_len() != n {
        return false;
    }
    let Ok(view) = Login::view(&buf[..n]) else {
        return false;
    };
    view.user() == "ada"
        && view.token() == [1, 2, 3, 4]
        && view.sequence() == 300
        && Login::decode(&buf[..n]) == Ok(login)
        && matches!(
            Login::decode(&buf[..n - 1]),
            Err(DecodeError::Truncated { .. })
        )
}

fn tagged_union_round_trip() -> bool {
    let add = Message::Add(AddOrder {
        stock_locate: 1,
        tracking_number: 2,
        timestamp: 3,
        order_ref: 4,
        side: Side::Sell,
        shares: 5,
        stock: *b"MSFT    ",
        price: 6,
    });
    let mut buf = [0u8; 1 + AddOrder::SIZE];
    if add.encode(&mut buf) != Ok(buf.len()) || buf[0] != b'A' {
        return false;
    }
    let viewed = matches!(
        Message::view(&buf),
        Ok(MessageView::Add(order)) if order.side() == Side::Sell && order.price() == 6
    );
    let unknown = [b'Z', 9, 9];
    viewed
        && Message::decode(&buf) == Ok(add)
        && Message::decode(&[0]) == Ok(Message::Heartbeat)
        && Message::decode(&unknown) == Ok(Message::Unknown(b'Z', &[9, 9]))
}

fn decimal_round_trip() -> bool {
    let mut buf = [0u8; Trade::SIZE];
    // 1.00005 rounds half away from zero on its decimal digits, to 10001 units; 2.00004 down.
    let up = Trade {
        price: 1.00005,
        qty: 1,
    }
    .encode(&mut buf)
        == Ok(12)
        && buf[..8] == 10_001i64.to_be_bytes()
        && Trade::decode(&buf).map(|t| t.price) == Ok(1.0001);
    let down = Trade {
        price: -2.00004,
        qty: 1,
    }
    .encode(&mut buf)
        == Ok(12)
        && buf[..8] == (-20_000i64).to_be_bytes();
    let huge = Trade {
        price: 1e300,
        qty: 1,
    }
    .encode(&mut buf)
    .is_err();
    up && down && huge
}

/// No unwinding and nowhere to print: a panic stops here. `main.c` would hang, which CI's
/// time limit turns into a failure; none of the checks panics.
#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    loop {}
}
