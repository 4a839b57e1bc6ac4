//! Four floats processed as one: the vector type behind the dense kernels. On wasm32 with
//! simd128 enabled, `f32` lanes are one `v128`; everywhere else they are a `[F; 4]` with the
//! same operations in the same order, so both builds compute bit-identical results (wasm SIMD
//! has no fused multiply-add, and each lane op is the IEEE operation the scalar code does).

use crate::engine::float::Float;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
use crate::engine::float::ROUNDING_MAGIC;

/// Number of lanes of a [`Lanes`] value.
pub const WIDTH: usize = 4;

/// Element-wise arithmetic on four floats.
pub trait Lanes<F>: Copy {
    /// All four lanes set to `x`.
    fn splat(x: F) -> Self;
    /// Reads `s[0..4]` (panics if shorter).
    fn load(s: &[F]) -> Self;
    /// Writes into `s[0..4]` (panics if shorter).
    fn store(self, s: &mut [F]);
    /// Reads `s[at..at + 4]` without a bounds check.
    ///
    /// # Safety
    /// `at + 4 <= s.len()`.
    unsafe fn load_at(s: &[F], at: usize) -> Self;
    /// Writes `s[at..at + 4]` without a bounds check.
    ///
    /// # Safety
    /// `at + 4 <= s.len()`.
    unsafe fn store_at(self, s: &mut [F], at: usize);
    /// self + other
    fn add(self, other: Self) -> Self;
    /// self − other
    fn sub(self, other: Self) -> Self;
    /// self × other
    fn mul(self, other: Self) -> Self;
    /// The fast tanh of every lane (see [`crate::engine::float::fast_tanh_f32`]; exact for `f64`).
    fn tanh(self) -> Self;
    /// max(x, 0) per lane, as `if x > 0 { x } else { 0 }` (NaN gives 0).
    fn relu(self) -> Self;
    /// (l0 + l1) + (l2 + l3).
    fn sum(self) -> F;
    /// [a.sum(), b.sum(), c.sum(), d.sum()] — four reductions at once, same rounding.
    fn sum4(a: Self, b: Self, c: Self, d: Self) -> Self;
}

impl<F: Float> Lanes<F> for [F; 4] {
    #[inline(always)]
    fn splat(x: F) -> Self {
        [x; 4]
    }
    #[inline(always)]
    fn load(s: &[F]) -> Self {
        [s[0], s[1], s[2], s[3]]
    }
    #[inline(always)]
    fn store(self, s: &mut [F]) {
        s[..4].copy_from_slice(&self);
    }
    #[inline(always)]
    unsafe fn load_at(s: &[F], at: usize) -> Self {
        debug_assert!(at + 4 <= s.len());
        // SAFETY: the caller guarantees at + 4 <= s.len().
        core::array::from_fn(|k| unsafe { *s.get_unchecked(at + k) })
    }
    #[inline(always)]
    unsafe fn store_at(self, s: &mut [F], at: usize) {
        debug_assert!(at + 4 <= s.len());
        for (k, x) in self.into_iter().enumerate() {
            // SAFETY: the caller guarantees at + 4 <= s.len().
            unsafe { *s.get_unchecked_mut(at + k) = x };
        }
    }
    #[inline(always)]
    fn add(self, o: Self) -> Self {
        [
            self[0] + o[0],
            self[1] + o[1],
            self[2] + o[2],
            self[3] + o[3],
        ]
    }
    #[inline(always)]
    fn sub(self, o: Self) -> Self {
        [
            self[0] - o[0],
            self[1] - o[1],
            self[2] - o[2],
            self[3] - o[3],
        ]
    }
    #[inline(always)]
    fn mul(self, o: Self) -> Self {
        [
            self[0] * o[0],
            self[1] * o[1],
            self[2] * o[2],
            self[3] * o[3],
        ]
    }
    #[inline(always)]
    fn tanh(self) -> Self {
        self.map(|x| x.tanh())
    }
    #[inline(always)]
    fn relu(self) -> Self {
        self.map(|x| if x > F::ZERO { x } else { F::ZERO })
    }
    #[inline(always)]
    fn sum(self) -> F {
        (self[0] + self[1]) + (self[2] + self[3])
    }
    #[inline(always)]
    fn sum4(a: Self, b: Self, c: Self, d: Self) -> Self {
        [a.sum(), b.sum(), c.sum(), d.sum()]
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub use simd::F32x4;

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd {
    use super::*;
    use core::arch::wasm32::*;

    /// Four `f32` in one wasm `v128`.
    #[derive(Clone, Copy)]
    pub struct F32x4(v128);

    impl Lanes<f32> for F32x4 {
        #[inline(always)]
        fn splat(x: f32) -> Self {
            F32x4(f32x4_splat(x))
        }
        #[inline(always)]
        fn load(s: &[f32]) -> Self {
            let s = &s[..4];
            // SAFETY: `s` holds four f32 (16 bytes); v128_load has no alignment requirement.
            F32x4(unsafe { v128_load(s.as_ptr() as *const v128) })
        }
        #[inline(always)]
        fn store(self, s: &mut [f32]) {
            let s = &mut s[..4];
            // SAFETY: as in `load`, 16 writable bytes.
            unsafe { v128_store(s.as_mut_ptr() as *mut v128, self.0) }
        }
        #[inline(always)]
        unsafe fn load_at(s: &[f32], at: usize) -> Self {
            debug_assert!(at + 4 <= s.len());
            // SAFETY: the caller guarantees 16 readable bytes at `at`.
            F32x4(unsafe { v128_load(s.as_ptr().add(at) as *const v128) })
        }
        #[inline(always)]
        unsafe fn store_at(self, s: &mut [f32], at: usize) {
            debug_assert!(at + 4 <= s.len());
            // SAFETY: the caller guarantees 16 writable bytes at `at`.
            unsafe { v128_store(s.as_mut_ptr().add(at) as *mut v128, self.0) }
        }
        #[inline(always)]
        fn add(self, o: Self) -> Self {
            F32x4(f32x4_add(self.0, o.0))
        }
        #[inline(always)]
        fn sub(self, o: Self) -> Self {
            F32x4(f32x4_sub(self.0, o.0))
        }
        #[inline(always)]
        fn mul(self, o: Self) -> Self {
            F32x4(f32x4_mul(self.0, o.0))
        }
        #[inline(always)]
        fn tanh(self) -> Self {
            F32x4(tanh_v128(self.0))
        }
        #[inline(always)]
        fn relu(self) -> Self {
            // pmax(0, x) = if 0 < x { x } else { 0 }: the scalar select, NaN included.
            F32x4(f32x4_pmax(f32x4_splat(0.0), self.0))
        }
        #[inline(always)]
        fn sum(self) -> f32 {
            let v = self.0;
            (f32x4_extract_lane::<0>(v) + f32x4_extract_lane::<1>(v))
                + (f32x4_extract_lane::<2>(v) + f32x4_extract_lane::<3>(v))
        }
        #[inline(always)]
        fn sum4(a: Self, b: Self, c: Self, d: Self) -> Self {
            // Pairwise sums by shuffles: (a0+a1, b0+b1, a2+a3, b2+b3), then the halves.
            let ab = f32x4_add(
                i32x4_shuffle::<0, 4, 2, 6>(a.0, b.0),
                i32x4_shuffle::<1, 5, 3, 7>(a.0, b.0),
            );
            let cd = f32x4_add(
                i32x4_shuffle::<0, 4, 2, 6>(c.0, d.0),
                i32x4_shuffle::<1, 5, 3, 7>(c.0, d.0),
            );
            F32x4(f32x4_add(
                i32x4_shuffle::<0, 1, 4, 5>(ab, cd),
                i32x4_shuffle::<2, 3, 6, 7>(ab, cd),
            ))
        }
    }

    /// The vector form of [`crate::engine::float::fast_tanh_f32`], operation for operation.
    #[inline(always)]
    fn tanh_v128(x: v128) -> v128 {
        let ax = f32x4_abs(x);
        let nine = f32x4_splat(9.0);
        // pmin(ax, 9) = if 9 < ax { 9 } else { ax }: the scalar select, NaN passing through.
        let ax = f32x4_pmin(ax, nine);
        let t = f32x4_mul(ax, f32x4_splat(-2.0 * core::f32::consts::LOG2_E));
        let magic = f32x4_splat(ROUNDING_MAGIC);
        let k = f32x4_sub(f32x4_add(t, magic), magic);
        let f = f32x4_sub(t, k);
        let mut p = f32x4_splat(crate::engine::float::EXP2_POLY[0]);
        for &c in &crate::engine::float::EXP2_POLY[1..] {
            p = f32x4_add(f32x4_mul(p, f), f32x4_splat(c));
        }
        let bits = i32x4_shl(i32x4_add(i32x4_trunc_sat_f32x4(k), i32x4_splat(127)), 23);
        let e = f32x4_mul(p, bits);
        let one = f32x4_splat(1.0);
        let r = f32x4_div(f32x4_sub(one, e), f32x4_add(one, e));
        let sign = f32x4_splat(-0.0);
        v128_bitselect(x, r, sign)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sum4_reduces_each_vector_in_the_order_of_sum() {
        let v = |k: f32| [k, 0.1 * k, 1e-8 * k, 3.0 + k];
        let got = <[f32; 4]>::sum4(v(1.0), v(2.0), v(3.0), v(4.0));
        assert_eq!(
            got,
            [v(1.0).sum(), v(2.0).sum(), v(3.0).sum(), v(4.0).sum()]
        );
    }
}
