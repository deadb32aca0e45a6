//! Fixed-point decimals: rounding half away from zero on the decimal a person wrote,
//! values that cannot be stored (NaN, infinities, out of the representation's range,
//! negative into an unsigned one), and prices that read back equal.

use wire::prelude::*;
use wire::{EncodeError, OutOfRangeValue};

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct I64Scale4 {
    #[wire(fixed(scale = 4, repr = "i64"))]
    price: f64,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct I64Scale0 {
    #[wire(fixed(scale = 0, repr = "i64"))]
    price: f64,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "little")]
struct I32Scale4 {
    #[wire(fixed(scale = 4, repr = "i32"))]
    price: f64,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct U32Scale4 {
    #[wire(fixed(scale = 4, repr = "u32"))]
    price: f64,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct Quote {
    qty: u32,
    #[wire(fixed(scale = 2, repr = "i32"))]
    bid: f32,
    #[wire(fixed(scale = 8, repr = "i64"))]
    ask: f64,
}

/// The integer an `I64Scale4` price is stored as.
fn units4(price: f64) -> Result<i64, EncodeError> {
    let mut buf = [0u8; 8];
    I64Scale4 { price }.encode(&mut buf)?;
    Ok(i64::from_be_bytes(buf))
}

fn units0(price: f64) -> Result<i64, EncodeError> {
    let mut buf = [0u8; 8];
    I64Scale0 { price }.encode(&mut buf)?;
    Ok(i64::from_be_bytes(buf))
}

fn units_i32(price: f64) -> Result<i32, EncodeError> {
    let mut buf = [0u8; 4];
    I32Scale4 { price }.encode(&mut buf)?;
    Ok(i32::from_le_bytes(buf))
}

fn units_u32(price: f64) -> Result<u32, EncodeError> {
    let mut buf = [0u8; 4];
    U32Scale4 { price }.encode(&mut buf)?;
    Ok(u32::from_be_bytes(buf))
}

#[test]
fn ties_round_half_away_from_zero_on_the_written_decimal() {
    // 1.00005 is 1.000049999999999883… in binary: rounding the binary value would give
    // 10000; the decimal a person wrote is a tie, rounded away from zero.
    assert_eq!(units4(1.00005), Ok(10001));
    assert_eq!(units4(-1.00005), Ok(-10001));
    assert_eq!(units0(2.5), Ok(3));
    assert_eq!(units0(-2.5), Ok(-3));
    assert_eq!(units0(0.5), Ok(1));
    assert_eq!(units0(-0.5), Ok(-1));
    assert_eq!(units0(3.5), Ok(4));
    assert_eq!(units4(0.00005), Ok(1));
    assert_eq!(units4(-0.00005), Ok(-1));
    // 2.00015 is 2.000149999999999828… in binary.
    assert_eq!(units4(2.00015), Ok(20002));
    assert_eq!(units4(192.34005), Ok(1_923_401));
    assert_eq!(units_i32(1.00005), Ok(10001));
    assert_eq!(units_i32(-1.00005), Ok(-10001));
    assert_eq!(units_u32(1.00005), Ok(10001));
}

#[test]
fn values_that_are_not_ties_round_to_the_nearest() {
    assert_eq!(units4(1.00004999), Ok(10000));
    assert_eq!(units4(1.00005001), Ok(10001));
    assert_eq!(units4(-1.00004999), Ok(-10000));
    assert_eq!(units4(-1.00005001), Ok(-10001));
    assert_eq!(units4(1.00006), Ok(10001));
    assert_eq!(units4(0.00004), Ok(0));
    assert_eq!(units0(2.4999), Ok(2));
    assert_eq!(units0(2.5001), Ok(3));
    assert_eq!(units0(-2.4999), Ok(-2));
    assert_eq!(units0(-2.5001), Ok(-3));
    // Exact values.
    assert_eq!(units4(0.0), Ok(0));
    assert_eq!(units4(-0.0), Ok(0));
    assert_eq!(units4(192.34), Ok(1_923_400));
    assert_eq!(units4(0.0001), Ok(1));
    assert_eq!(units4(-123.4567), Ok(-1_234_567));
    assert_eq!(units0(1e15), Ok(1_000_000_000_000_000));
}

#[test]
fn typical_prices_read_back_equal() {
    let prices = [
        0.0, 0.0001, 0.01, 1.0, 9.99, 19.99, 100.5, 192.34, 1234.5678, 99999.9999, 123456.78,
        -0.01, -192.34, -17.3,
    ];
    for price in prices {
        let bytes = I64Scale4 { price }.encode_to_vec();
        assert_eq!(I64Scale4::decode(&bytes).unwrap().price, price, "{price}");
        assert_eq!(I64Scale4::view(&bytes).unwrap().price(), price, "{price}");

        let bytes = I32Scale4 { price }.encode_to_vec();
        assert_eq!(I32Scale4::decode(&bytes).unwrap().price, price, "{price}");
    }
    for price in [0.0, 0.0001, 192.34, 1234.5678, 99999.9999] {
        let bytes = U32Scale4 { price }.encode_to_vec();
        assert_eq!(U32Scale4::view(&bytes).unwrap().price(), price, "{price}");
    }

    // Several decimals in one message, an f32 among them.
    let quote = Quote {
        qty: 100,
        bid: 192.34,
        ask: 0.000_123_45,
    };
    let bytes = quote.encode_to_vec();
    assert_eq!(
        bytes,
        [
            &100u32.to_be_bytes()[..],
            &19_234i32.to_be_bytes(),
            &12_345i64.to_be_bytes()
        ]
        .concat()
    );
    assert_eq!(Quote::decode(&bytes), Ok(quote));
    let view = Quote::view(&bytes).unwrap();
    assert_eq!((view.bid(), view.ask()), (192.34f32, 0.000_123_45));
}

#[test]
fn reading_gives_the_nearest_f64_to_the_decimal() {
    let read = |units: i64| I64Scale4::decode(&units.to_be_bytes()).unwrap().price;
    assert_eq!(read(10001), 1.0001);
    assert_eq!(read(-10001), -1.0001);
    assert_eq!(read(1_923_400), 192.34);
    assert_eq!(read(1), 0.0001);
    // The extremes have more digits than an f64 holds: the nearest f64, as Rust's own
    // parser finds it.
    let nearest = |decimal: &str| decimal.parse::<f64>().unwrap();
    assert_eq!(read(i64::MAX), nearest("922337203685477.5807"));
    assert_eq!(read(i64::MIN), nearest("-922337203685477.5808"));
}

fn out_of_range(result: Result<impl std::fmt::Debug, EncodeError>, min: i128, max: i128) {
    match result {
        Err(
            err @ EncodeError::ValueOutOfRange {
                field: "price",
                offset: 0,
                ..
            },
        ) => assert_eq!((err.min(), err.max()), (Some(min), Some(max))),
        other => panic!("expected ValueOutOfRange in {min}..={max}, got {other:?}"),
    }
}

#[test]
fn nan_and_infinities_are_out_of_range() {
    let i64_range = (i64::MIN.into(), i64::MAX.into());
    let i32_range = (i32::MIN.into(), i32::MAX.into());
    let u32_range = (0, u32::MAX.into());
    for value in [f64::NAN, -f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        out_of_range(units4(value), i64_range.0, i64_range.1);
        out_of_range(units0(value), i64_range.0, i64_range.1);
        out_of_range(units_i32(value), i32_range.0, i32_range.1);
        out_of_range(units_u32(value), u32_range.0, u32_range.1);
    }
}

#[test]
fn values_outside_the_representation_are_out_of_range() {
    let i32_range: (i128, i128) = (i32::MIN.into(), i32::MAX.into());
    // i32 at scale 4: -214 748.3648 ..= 214 748.3647.
    assert_eq!(units_i32(214748.3647), Ok(i32::MAX));
    assert_eq!(units_i32(-214748.3648), Ok(i32::MIN));
    assert_eq!(
        units_i32(214748.3648),
        Err(EncodeError::ValueOutOfRange {
            field: "price",
            offset: 0,
            value: OutOfRangeValue::new(2_147_483_648),
            bits: 32,
            signed: true
        })
    );
    assert_eq!(
        units_i32(-214748.3649),
        Err(EncodeError::ValueOutOfRange {
            field: "price",
            offset: 0,
            value: OutOfRangeValue::new(-2_147_483_649),
            bits: 32,
            signed: true
        })
    );
    out_of_range(units_i32(1e10), i32_range.0, i32_range.1);
    out_of_range(units_i32(-1e10), i32_range.0, i32_range.1);

    // u32 at scale 4: 0 ..= 429 496.7295.
    assert_eq!(units_u32(429496.7295), Ok(u32::MAX));
    assert_eq!(
        units_u32(429496.7296),
        Err(EncodeError::ValueOutOfRange {
            field: "price",
            offset: 0,
            value: OutOfRangeValue::new(4_294_967_296),
            bits: 32,
            signed: false
        })
    );

    // i64: the scaled value must fit in 64 bits, never wrap or saturate.
    out_of_range(units4(1e15), i64::MIN.into(), i64::MAX.into());
    out_of_range(units4(-1e15), i64::MIN.into(), i64::MAX.into());
    out_of_range(units0(9.3e18), i64::MIN.into(), i64::MAX.into());
    out_of_range(units0(f64::MAX), i64::MIN.into(), i64::MAX.into());
    // 2^63 is the first f64 above i64::MAX, and also the nearest to it: what reading
    // i64::MAX gives, so it encodes as i64::MAX. The next f64 up is out of range.
    assert_eq!(units0(9_223_372_036_854_775_808.0), Ok(i64::MAX));
    out_of_range(
        units0(9_223_372_036_854_777_856.0),
        i64::MIN.into(),
        i64::MAX.into(),
    );
    assert_eq!(units0(-9_223_372_036_854_775_808.0), Ok(i64::MIN));
}

#[test]
fn negative_values_into_an_unsigned_representation_are_errors() {
    assert_eq!(
        units_u32(-0.0001),
        Err(EncodeError::ValueOutOfRange {
            field: "price",
            offset: 0,
            value: OutOfRangeValue::new(-1),
            bits: 32,
            signed: false
        })
    );
    assert_eq!(
        units_u32(-1.00005),
        Err(EncodeError::ValueOutOfRange {
            field: "price",
            offset: 0,
            value: OutOfRangeValue::new(-10001),
            bits: 32,
            signed: false
        })
    );
    out_of_range(units_u32(-192.34), 0, u32::MAX.into());
}

#[test]
fn the_error_names_the_field_at_its_offset() {
    let mut buf = [0u8; 16];
    let quote = Quote {
        qty: 1,
        bid: 1.0,
        ask: f64::NAN,
    };
    assert!(matches!(
        quote.encode(&mut buf),
        Err(EncodeError::ValueOutOfRange {
            field: "ask",
            offset: 8,
            ..
        })
    ));
    let quote = Quote {
        qty: 1,
        bid: 3e7,
        ask: 1.0,
    };
    assert!(matches!(
        quote.encode(&mut buf),
        Err(EncodeError::ValueOutOfRange {
            field: "bid",
            offset: 4,
            value,
            ..
        }) if value.get() == 3_000_000_000
    ));
}

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct F32Scale3 {
    #[wire(fixed(scale = 3, repr = "i32"))]
    price: f32,
}

/// Decodes `bytes` as `T`, encodes the value and decodes that: the value must come back.
fn round_trip<T>(bytes: &[u8]) -> (T, Vec<u8>)
where
    T: for<'a> Decode<'a> + Encode + std::fmt::Debug,
{
    let value = T::decode(bytes).unwrap();
    let mut again = vec![0; bytes.len()];
    if let Err(err) = value.encode(&mut again) {
        panic!("{value:?}, decoded from {bytes:?}, does not encode: {err}");
    }
    (value, again)
}

/// Found by the `derive_fixed` fuzz target
/// (`fuzz/regressions/derive_fixed-fixed-point-count-of-16-digits-re-encoded-one-up`):
/// 365957412919.7056 at scale 4 encoded as ...7057. The shortest decimal of the `f64`
/// read is the count's own, but scaling it in binary gave ...056.5, which was rounded up
/// without looking at the decimal, because the tie check was skipped above 10^15.
#[test]
fn a_count_of_16_digits_re_encodes_to_itself() {
    let units = 3_659_574_129_197_056i64;
    let (value, again) = round_trip::<I64Scale4>(&units.to_be_bytes());
    assert_eq!(value.price.to_string(), "365957412919.7056");
    assert_eq!(i64::from_be_bytes(again.try_into().unwrap()), units);
}

/// Every count, however many digits it has, is read into a float that encodes back to a
/// count read into the same float (the counts themselves may differ where the float holds
/// fewer digits than the count).
#[test]
fn every_decoded_count_encodes_to_one_read_back_equal() {
    let counts = [
        i64::MAX,
        i64::MIN,
        i64::MAX - 1,
        i64::MIN + 1,
        (1 << 53) + 1,
        -(1 << 53) - 1,
        9_007_199_254_740_993,
        1_000_000_000_000_001,
        999_999_999_999_999_999,
        -123_456_789_012_345_678,
        -8_646_902_261_343_182_340,
    ];
    for units in counts {
        let (value, again) = round_trip::<I64Scale4>(&units.to_be_bytes());
        assert_eq!(
            I64Scale4::decode(&again).unwrap().price.to_bits(),
            value.price.to_bits(),
            "{units}"
        );
        let (value, again) = round_trip::<I64Scale0>(&units.to_be_bytes());
        assert_eq!(
            I64Scale0::decode(&again).unwrap().price.to_bits(),
            value.price.to_bits(),
            "{units}"
        );
    }
    for units in [
        i32::MAX,
        i32::MIN,
        i32::MAX - 1,
        16_777_217,
        -16_777_217,
        999_999,
        1_234_567,
    ] {
        let (value, again) = round_trip::<F32Scale3>(&units.to_be_bytes());
        assert_eq!(
            F32Scale3::decode(&again).unwrap().price.to_bits(),
            value.price.to_bits(),
            "{units}"
        );
        let (value, again) = round_trip::<U32Scale4>(&(units as u32).to_be_bytes());
        assert_eq!(
            U32Scale4::decode(&again).unwrap().price.to_bits(),
            value.price.to_bits(),
            "{units}"
        );
    }
}
