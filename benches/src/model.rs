//! The messages as plain Rust values, owned by no implementation: the common currency
//! in which the tests compare what each one decodes, and the input of the hand-written
//! encoders. Also the fixed sample inputs every benchmark reads.

/// An IPv4 header without options (RFC 791 §3.1), field by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4 {
    /// 4 bits.
    pub version: u8,
    /// 4 bits: header length in 32-bit words.
    pub ihl: u8,
    /// 6 bits (RFC 2474).
    pub dscp: u8,
    /// 2 bits (RFC 3168).
    pub ecn: u8,
    /// Whole datagram length in bytes.
    pub total_len: u16,
    /// Fragment group.
    pub identification: u16,
    /// 3 bits: reserved, don't fragment, more fragments.
    pub flags: u8,
    /// 13 bits, in units of 8 bytes.
    pub fragment_offset: u16,
    /// Time to live.
    pub ttl: u8,
    /// Upper-layer protocol number.
    pub protocol: u8,
    /// Header checksum.
    pub checksum: u16,
    /// Source address.
    pub src: [u8; 4],
    /// Destination address.
    pub dst: [u8; 4],
}

/// Buy or sell, ITCH 5.0 §4.3.1 "Buy/Sell Indicator".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// `B`.
    Buy,
    /// `S`.
    Sell,
}

impl Side {
    /// The byte on the wire.
    pub const fn to_byte(self) -> u8 {
        match self {
            Side::Buy => b'B',
            Side::Sell => b'S',
        }
    }

    /// The side a wire byte names, if any.
    pub const fn from_byte(byte: u8) -> Option<Side> {
        match byte {
            b'B' => Some(Side::Buy),
            b'S' => Some(Side::Sell),
            _ => None,
        }
    }
}

/// An ITCH 5.0 Add Order (§4.3.1) without its message type byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddOrder {
    /// Locate code of the security.
    pub stock_locate: u16,
    /// NASDAQ internal tracking number.
    pub tracking_number: u16,
    /// Nanoseconds since midnight; 48 bits on the wire.
    pub timestamp: u64,
    /// Order reference number.
    pub order_ref: u64,
    /// Buy or sell.
    pub side: Side,
    /// Number of shares.
    pub shares: u32,
    /// Symbol, space padded.
    pub stock: [u8; 8],
    /// Price with four implied decimals.
    pub price: u32,
}

/// The largest value of a 48-bit field (the ITCH timestamp).
pub const U48_MAX: u64 = (1 << 48) - 1;

/// The IPv4 header every IPv4 benchmark reads: a 115-byte UDP datagram from
/// 192.168.0.1 to 192.168.0.199 with "don't fragment" set (the sample of issue 3).
pub const IPV4_BYTES: [u8; 20] = [
    0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0xb8, 0x61, 0xc0, 0xa8, 0x00, 0x01,
    0xc0, 0xa8, 0x00, 0xc7,
];

/// [`IPV4_BYTES`] as a value.
pub const IPV4_SAMPLE: Ipv4 = Ipv4 {
    version: 4,
    ihl: 5,
    dscp: 0,
    ecn: 0,
    total_len: 115,
    identification: 0,
    flags: 0b010,
    fragment_offset: 0,
    ttl: 64,
    protocol: 17,
    checksum: 0xb861,
    src: [192, 168, 0, 1],
    dst: [192, 168, 0, 199],
};

/// The Add Order every ITCH benchmark reads: 100 AAPL bought at 189.3500, 9:30 am.
pub const ADD_ORDER_BYTES: [u8; 35] = [
    0x1f, 0x47, // stock_locate 8007
    0x00, 0x03, // tracking_number 3
    0x1f, 0x1a, 0xce, 0xd9, 0xf0, 0x7b, // timestamp 34_200_000_000_123
    0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, // order_ref
    b'B', // side
    0x00, 0x00, 0x00, 0x64, // shares 100
    b'A', b'A', b'P', b'L', b' ', b' ', b' ', b' ', // stock
    0x00, 0x1c, 0xe4, 0x7c, // price 1_893_500
];

/// [`ADD_ORDER_BYTES`] as a value.
pub const ADD_ORDER_SAMPLE: AddOrder = AddOrder {
    stock_locate: 8007,
    tracking_number: 3,
    timestamp: 34_200_000_000_123,
    order_ref: 0x1122_3344_5566_7788,
    side: Side::Buy,
    shares: 100,
    stock: *b"AAPL    ",
    price: 1_893_500,
};

impl Ipv4 {
    /// A header whose every bit field holds a value other than 0 and other than its
    /// neighbours', so that a wrong shift or mask shows in the tests.
    pub const ODD_BITS: Ipv4 = Ipv4 {
        version: 0b1010,
        ihl: 0b0110,
        dscp: 0b10_1101,
        ecn: 0b01,
        total_len: 0xfedc,
        identification: 0x1234,
        flags: 0b101,
        fragment_offset: 0x1abc,
        ttl: 1,
        protocol: 6,
        checksum: 0x8001,
        src: [10, 0, 0, 1],
        dst: [255, 254, 253, 252],
    };
}
