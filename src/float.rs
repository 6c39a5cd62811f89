//! `f64::round`, `fract` and `powi` are std methods; the release wasm, built without std, gets them
//! from here through the prelude, with the same results (the tests compare them with std's).

pub(crate) trait F64Ext {
    fn round(self) -> f64;
    fn fract(self) -> f64;
    fn powi(self, n: i32) -> f64;
}

/// 2^52: from here on every double is an integer.
const INTEGRAL: f64 = 4_503_599_627_370_496.0;

/// Rounds toward zero, keeping the sign (of -0.3, -0.0); NaN and infinities stay.
fn trunc(x: f64) -> f64 {
    if x.abs() < INTEGRAL {
        (x as i64 as f64).copysign(x)
    } else {
        x
    }
}

impl F64Ext for f64 {
    /// The nearest integer, halves away from zero.
    fn round(self) -> f64 {
        let t = trunc(self);
        if (self - t).abs() >= 0.5 {
            t + 1f64.copysign(self)
        } else {
            t
        }
    }

    fn fract(self) -> f64 {
        self - trunc(self)
    }

    /// Multiplies in the order of compiler-builtins' `__powidf2`, which std's `powi` calls.
    fn powi(self, n: i32) -> f64 {
        let (mut base, mut bits, mut product) = (self, n.unsigned_abs(), 1.0);
        loop {
            if bits & 1 != 0 {
                product *= base;
            }
            bits >>= 1;
            if bits == 0 {
                break;
            }
            base *= base;
        }
        if n < 0 {
            1.0 / product
        } else {
            product
        }
    }
}

#[cfg(test)]
mod tests {
    use super::F64Ext;

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    fn values() -> Vec<f64> {
        let mut values = vec![
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
            -4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            9_007_199_254_740_993.0,
            1e300,
            -1e300,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        // Amounts in yuan and fen, scaled as the JSON writer does, and a spread of magnitudes.
        for i in -20_000..20_000 {
            let x = f64::from(i) / 100.0;
            values.extend([x, x * 1e6, x + 0.005, x * 1.000_000_1]);
        }
        for e in -320..=308 {
            values.extend([1.7 * 10f64.powi(e), -3.3 * 10f64.powi(e)]);
        }
        values
    }

    #[test]
    fn round_and_fract_agree_with_std() {
        for x in values() {
            assert!(same(F64Ext::round(x), x.round()), "round({x:e})");
            assert!(same(F64Ext::fract(x), x.fract()), "fract({x:e})");
        }
    }

    #[test]
    fn powi_agrees_with_std() {
        for base in [
            10.0,
            2.0,
            0.1,
            1.000_001,
            -3.0,
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NAN,
        ] {
            for n in -500..=500 {
                assert!(same(F64Ext::powi(base, n), base.powi(n)), "{base}^{n}");
            }
        }
        for n in [i32::MIN, i32::MIN + 1, i32::MAX] {
            assert!(same(F64Ext::powi(1.0, n), 1f64.powi(n)), "1^{n}");
        }
    }
}
