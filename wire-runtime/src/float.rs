//! `f64::trunc` and `f64::round` for builds without `std`, where `core` does not have
//! them yet (they need `libm` on some targets, so they live in `std`). Only the
//! decimal fields' conversions (`#[wire(fixed(scale = S))]`) use them; with `std` the
//! inherent methods are used and this module is not compiled.
//!
//! Both are exact: an `f64` of magnitude 2^52 or more has no fraction bits, and below that
//! the integer part converts to `i64` and back without rounding.

/// The two rounding functions of `std` that the decimal conversions call.
pub(crate) trait FloatExt {
    /// Rounds toward zero, as `f64::trunc`.
    fn trunc(self) -> Self;
    /// Rounds half away from zero, as `f64::round`.
    fn round(self) -> Self;
}

/// 2^52: from here on every `f64` is an integer (IEEE 754 binary64 has 52 fraction bits).
const INTEGRAL_FROM: f64 = 4_503_599_627_370_496.0;

impl FloatExt for f64 {
    fn trunc(self) -> f64 {
        if self.is_nan() || self.abs() >= INTEGRAL_FROM {
            // Already an integer, an infinity or NaN: as `f64::trunc`, unchanged.
            return self;
        }
        // `as i64` truncates toward zero; `copysign` keeps the sign of a zero (-0.5 → -0.0).
        (self as i64 as f64).copysign(self)
    }

    fn round(self) -> f64 {
        let whole = FloatExt::trunc(self);
        // Exact: `self` and `whole` share their exponent range, below 2^52.
        if (self - whole).abs() >= 0.5 {
            whole + 1.0_f64.copysign(self)
        } else {
            whole
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FloatExt;
    use proptest::prelude::*;

    fn same(ours: f64, std: f64) -> bool {
        (ours.is_nan() && std.is_nan()) || ours.to_bits() == std.to_bits()
    }

    #[test]
    fn edge_values_match_std() {
        let values = [
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            -1.5,
            2.5,
            0.49999999999999994,
            -0.49999999999999994,
            4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            -4_503_599_627_370_497.0,
            9_007_199_254_740_993.0,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        for v in values {
            assert!(same(FloatExt::trunc(v), v.trunc()), "trunc({v:e})");
            assert!(same(FloatExt::round(v), v.round()), "round({v:e})");
        }
    }

    proptest! {
        #[test]
        fn any_bit_pattern_matches_std(bits in any::<u64>()) {
            let v = f64::from_bits(bits);
            prop_assert!(same(FloatExt::trunc(v), v.trunc()));
            prop_assert!(same(FloatExt::round(v), v.round()));
        }

        #[test]
        fn decimals_in_the_fixed_range_match_std(v in -1e15f64..1e15) {
            prop_assert!(same(FloatExt::trunc(v), v.trunc()));
            prop_assert!(same(FloatExt::round(v), v.round()));
        }
    }
}
