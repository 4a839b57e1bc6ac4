//! The float type the core is generic over: `f32` in the browser (speed, SIMD lanes) and `f64`
//! in tests and references (truth). Pure Rust, no dependencies.

use crate::engine::lanes::Lanes;
use core::fmt::Debug;
use core::ops::{Add, AddAssign, Div, Mul, MulAssign, Neg, Sub, SubAssign};

/// Arithmetic the network, the optimisers and the data code need from a float type.
pub trait Float:
    Copy
    + Debug
    + Default
    + PartialOrd
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + AddAssign
    + SubAssign
    + MulAssign
    + Send
    + Sync
    + 'static
{
    /// Four of these processed together by the dense kernels (a wasm `v128` for `f32` in
    /// the SIMD build, an array otherwise).
    type V: Lanes<Self>;
    /// Additive identity.
    const ZERO: Self;
    /// Multiplicative identity.
    const ONE: Self;
    /// Converts from `f64` (rounding to nearest for `f32`).
    fn from_f64(x: f64) -> Self;
    /// Widens to `f64` exactly.
    fn to_f64(self) -> f64;
    /// Hyperbolic tangent. For `f32` this is a branch-free approximation accurate to about
    /// 2e-7 absolute that the compiler can vectorise (see [`fast_tanh_f32`]); for `f64` it is
    /// the exact library function, so gradient checks compare against the true maths.
    fn tanh(self) -> Self;
    /// Natural exponential.
    fn exp(self) -> Self;
    /// Natural logarithm.
    fn ln(self) -> Self;
    /// Square root.
    fn sqrt(self) -> Self;
    /// Absolute value.
    fn abs(self) -> Self;
    /// Larger of two values (NaN-propagation is not relied on).
    fn max(self, other: Self) -> Self;
    /// Smaller of two values.
    fn min(self, other: Self) -> Self;
    /// `true` unless the value is NaN or infinite.
    fn is_finite(self) -> bool;
    /// `self^n` for a non-negative integer power (Adam's bias correction).
    fn powi(self, n: i32) -> Self;
    /// +1, -1 or 0 (the sign used by L1 regularisation; 0 at 0).
    fn signum0(self) -> Self {
        if self > Self::ZERO {
            Self::ONE
        } else if self < Self::ZERO {
            -Self::ONE
        } else {
            Self::ZERO
        }
    }
}

impl Float for f64 {
    type V = [f64; 4];
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
    #[inline(always)]
    fn from_f64(x: f64) -> Self {
        x
    }
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self
    }
    #[inline(always)]
    fn tanh(self) -> Self {
        f64::tanh(self)
    }
    #[inline(always)]
    fn exp(self) -> Self {
        f64::exp(self)
    }
    #[inline(always)]
    fn ln(self) -> Self {
        f64::ln(self)
    }
    #[inline(always)]
    fn sqrt(self) -> Self {
        f64::sqrt(self)
    }
    #[inline(always)]
    fn abs(self) -> Self {
        f64::abs(self)
    }
    #[inline(always)]
    fn max(self, other: Self) -> Self {
        f64::max(self, other)
    }
    #[inline(always)]
    fn min(self, other: Self) -> Self {
        f64::min(self, other)
    }
    #[inline(always)]
    fn is_finite(self) -> bool {
        f64::is_finite(self)
    }
    #[inline(always)]
    fn powi(self, n: i32) -> Self {
        f64::powi(self, n)
    }
}

impl Float for f32 {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    type V = crate::engine::lanes::F32x4;
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    type V = [f32; 4];
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
    #[inline(always)]
    fn from_f64(x: f64) -> Self {
        x as f32
    }
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self as f64
    }
    #[inline(always)]
    fn tanh(self) -> Self {
        fast_tanh_f32(self)
    }
    #[inline(always)]
    fn exp(self) -> Self {
        f32::exp(self)
    }
    #[inline(always)]
    fn ln(self) -> Self {
        f32::ln(self)
    }
    #[inline(always)]
    fn sqrt(self) -> Self {
        f32::sqrt(self)
    }
    #[inline(always)]
    fn abs(self) -> Self {
        f32::abs(self)
    }
    #[inline(always)]
    fn max(self, other: Self) -> Self {
        f32::max(self, other)
    }
    #[inline(always)]
    fn min(self, other: Self) -> Self {
        f32::min(self, other)
    }
    #[inline(always)]
    fn is_finite(self) -> bool {
        f32::is_finite(self)
    }
    #[inline(always)]
    fn powi(self, n: i32) -> Self {
        f32::powi(self, n)
    }
}

/// Branch-free `tanh` for `f32`: `sign(x)·(1 − e)/(1 + e)` with `e = exp(−2|x|)`, where the
/// exponential is `2^t` split into an integer part (written into the exponent bits) and a
/// fraction (a degree-6 polynomial). Only arithmetic, compares-as-selects and bit casts, so a
/// loop over a slice vectorises. |x| is clamped at 9, where tanh rounds to ±1 in `f32`.
/// Absolute error below 2e-7 over the whole line (tested against `f64::tanh`).
/// 1.5·2^23: adding it to a float of magnitude < 2^22 rounds it to an integer.
pub(crate) const ROUNDING_MAGIC: f32 = 12_582_912.0;

/// Coefficients of 2^f on [−½, ½], highest degree first: ln2^n / n! for n = 6 … 0.
pub(crate) const EXP2_POLY: [f32; 7] = [
    1.540_353_1e-4,
    1.333_355_8e-3,
    9.618_129e-3,
    5.550_411e-2,
    2.402_265e-1,
    6.931_472e-1,
    1.0,
];

#[inline(always)]
pub fn fast_tanh_f32(x: f32) -> f32 {
    let ax = x.abs();
    // Written as a select so that NaN goes through (NaN > 9 is false) and is not hidden.
    let ax = if ax > 9.0 { 9.0 } else { ax };
    // t = −2|x|·log2(e) ∈ [−26, 0]; e = 2^t = 2^k · 2^f with k = round(t), f ∈ [−½, ½).
    let t = ax * (-2.0 * core::f32::consts::LOG2_E);
    // Round to nearest by adding and removing 1.5·2^23 (no `floor`, which is a library call
    // on baseline x86 and would stop the loop from vectorising).
    let k = (t + ROUNDING_MAGIC) - ROUNDING_MAGIC;
    let f = t - k;
    // 2^f = exp(f·ln2): its Taylor series to degree 6 (coefficients ln2^n / n!); on
    // [−½, ½) the truncation error is below 1.2e-7 relative.
    let mut p = EXP2_POLY[0];
    for &c in &EXP2_POLY[1..] {
        p = p * f + c;
    }
    let scale = f32::from_bits((((k as i32) + 127) as u32) << 23);
    let e = p * scale;
    let r = (1.0 - e) / (1.0 + e);
    r.copysign(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Largest absolute error allowed for the fast `f32` tanh against `f64::tanh`.
    const FAST_TANH_TOLERANCE: f64 = 3e-7;

    #[test]
    fn fast_tanh_matches_the_library_tanh_over_the_whole_line() {
        let mut worst = 0.0f64;
        let n = 400_000;
        for i in 0..=n {
            let x = -12.0 + 24.0 * (i as f64) / (n as f64);
            let got = fast_tanh_f32(x as f32) as f64;
            let want = (x as f32 as f64).tanh();
            worst = worst.max((got - want).abs());
        }
        assert!(worst < FAST_TANH_TOLERANCE, "worst error {worst}");
    }

    #[test]
    fn fast_tanh_is_odd_and_saturates() {
        assert_eq!(fast_tanh_f32(0.0), 0.0);
        assert_eq!(fast_tanh_f32(100.0), 1.0);
        assert_eq!(fast_tanh_f32(-100.0), -1.0);
        assert_eq!(fast_tanh_f32(1.5), -fast_tanh_f32(-1.5));
        assert!(fast_tanh_f32(f32::NAN).is_nan());
    }
}
