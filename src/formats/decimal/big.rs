//! The few operations on exact unsigned integers that correct rounding needs: build from
//! decimal digits, multiply by powers of five, shift, compare and subtract. Slow but tiny.

use core::cmp::Ordering;

/// The largest power of five that fits in a limb, and its exponent (5^13 < 2^32).
const FIVE_POW_13: u32 = 1_220_703_125;

/// An unsigned integer as base-2^32 limbs, least significant first, with no zero limb on top
/// (so zero is the empty vector and a longer number is always a larger one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Big(Vec<u32>);

impl Big {
    /// One.
    pub(super) fn one() -> Big {
        Big(vec![1])
    }

    /// The integer whose decimal digits (values 0..=9, most significant first) are `digits`.
    pub(super) fn from_digits(digits: &[u8]) -> Big {
        let mut n = Big(Vec::with_capacity(digits.len() / 9 + 1));
        // Nine digits at a time: 10^9 < 2^32.
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0, |v, &d| v * 10 + u32::from(d));
            n.mul_add(10u32.pow(chunk.len() as u32), value);
        }
        n
    }

    /// Multiplies by 5^`exponent` in place.
    pub(super) fn mul_pow5(&mut self, mut exponent: u64) {
        while exponent >= 13 {
            self.mul_add(FIVE_POW_13, 0);
            exponent -= 13;
        }
        self.mul_add(5u32.pow(exponent as u32), 0);
    }

    /// `self = self × factor + addend`.
    fn mul_add(&mut self, factor: u32, addend: u32) {
        let mut carry = u64::from(addend);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(factor) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    /// Multiplies by 2^`bits` in place.
    pub(super) fn shl(&mut self, bits: usize) {
        if self.0.is_empty() {
            return;
        }
        let (limbs, bits) = (bits / 32, bits % 32);
        if bits != 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let t = (u64::from(*limb) << bits) | carry;
                *limb = t as u32;
                carry = t >> 32;
            }
            if carry != 0 {
                self.0.push(carry as u32);
            }
        }
        self.0.splice(0..0, core::iter::repeat_n(0, limbs));
    }

    /// The number of significant bits (0 for zero).
    pub(super) fn bits(&self) -> usize {
        self.0
            .last()
            .map_or(0, |top| 32 * self.0.len() - top.leading_zeros() as usize)
    }

    /// Whether this is zero.
    pub(super) fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// Compares the two numbers.
    pub(super) fn compare(&self, other: &Big) -> Ordering {
        let by_length = self.0.len().cmp(&other.0.len());
        by_length.then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// `self -= other`; `other` must not be larger.
    pub(super) fn sub(&mut self, other: &Big) {
        let mut borrow = false;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let o = other.0.get(i).copied().unwrap_or(0);
            let (d, b1) = limb.overflowing_sub(o);
            let (d, b2) = d.overflowing_sub(u32::from(borrow));
            *limb = d;
            borrow = b1 || b2;
        }
        debug_assert!(!borrow, "subtracting a larger number");
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of a number small enough for u128, to check against.
    fn value(n: &Big) -> u128 {
        n.0.iter().rev().fold(0, |v, &l| (v << 32) | u128::from(l))
    }

    #[test]
    fn big_arithmetic_matches_u128() {
        let mut n = Big::from_digits(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3]);
        assert_eq!(value(&n), 1_234_567_890_123);
        n.mul_pow5(20);
        assert_eq!(value(&n), 1_234_567_890_123 * 5u128.pow(20));
        n.shl(37);
        let shifted = (1_234_567_890_123 * 5u128.pow(20)) << 37;
        assert_eq!(value(&n), shifted);
        assert_eq!(n.bits(), 128 - shifted.leading_zeros() as usize);
        let mut m = n.clone();
        m.sub(&Big::one());
        assert_eq!(value(&m), shifted - 1);
        assert_eq!(m.compare(&n), Ordering::Less);
        m.sub(&m.clone());
        assert!(m.is_zero());
        assert_eq!(Big::from_digits(&[0, 0]).bits(), 0);
    }
}
