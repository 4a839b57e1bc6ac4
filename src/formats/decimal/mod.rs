//! Decimal text → `f64`, correctly rounded (bit for bit what `str::parse::<f64>` gives) but
//! without std's tables of powers of five, which cost about 10 KB of wasm. Exact big-integer
//! arithmetic does the hard cases; config values, CSV cells and JSON numbers need no speed.

mod big;
#[cfg(test)]
mod tests;

use big::Big;
use core::cmp::Ordering;

/// Significant digits kept exactly; later ones only count as "something non-zero follows".
/// A point halfway between two neighbouring doubles has at most 767 significant digits, so a
/// number cut after this many digits, plus a sticky 1 if anything non-zero was cut, rounds
/// exactly as the whole number does.
const KEPT_DIGITS: usize = 800;

/// Exponents are saturated here: far beyond any finite non-zero double.
const EXPONENT_CAP: i64 = 1_000_000_000;

/// Bits in a double's significand, the implicit leading one included.
const SIGNIFICAND_BITS: i64 = 53;

/// The binary exponent of the smallest subnormal double, 2^-1074.
const MIN_EXPONENT: i64 = -1074;

/// The number `text` spells, as std's `f64` parser reads it: an optional sign, then
/// `inf`, `infinity` or `nan` (any case), or digits with an optional `.` (at least one digit
/// on either side) and an optional exponent (`e` or `E`, optional sign, digits). No spaces.
/// Too large gives ±infinity, too small ±0 or a subnormal; `None` if it is not a number.
pub fn parse_f64(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = match special(unsigned) {
        Some(value) => value,
        None => Decimal::parse(unsigned.as_bytes())?.to_f64(),
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Infinity or NaN, by the names std accepts.
fn special(text: &str) -> Option<f64> {
    let is = |name: &str| text.eq_ignore_ascii_case(name);
    if is("inf") || is("infinity") {
        Some(f64::INFINITY)
    } else if is("nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

/// A non-negative decimal number `0.d₁d₂…dₙ × 10^point`.
struct Decimal {
    /// The significant digits d₁…dₙ (values 0..=9): none for zero, else first and last
    /// non-zero.
    digits: Vec<u8>,
    point: i64,
}

impl Decimal {
    /// Reads unsigned decimal syntax; `None` if `text` is anything else.
    fn parse(text: &[u8]) -> Option<Decimal> {
        let mut digits = Vec::new();
        let (mut point, mut seen_point, mut seen_digit, mut sticky) = (0i64, false, false, false);
        let mut end = text.len();
        for (i, &c) in text.iter().enumerate() {
            match c {
                b'.' if !seen_point => seen_point = true,
                b'0'..=b'9' => {
                    seen_digit = true;
                    if digits.is_empty() && c == b'0' {
                        // A leading zero: significant only as a place after the point.
                        point -= i64::from(seen_point);
                        continue;
                    }
                    point += i64::from(!seen_point);
                    if digits.len() < KEPT_DIGITS {
                        digits.push(c - b'0');
                    } else {
                        sticky |= c != b'0';
                    }
                }
                _ => {
                    end = i;
                    break;
                }
            }
        }
        if !seen_digit {
            return None;
        }
        if end < text.len() {
            if !matches!(text[end], b'e' | b'E') {
                return None;
            }
            point = point.saturating_add(exponent(&text[end + 1..])?);
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        if sticky {
            digits.push(1);
        }
        Some(Decimal { digits, point })
    }

    /// The nearest double, ties to even.
    fn to_f64(&self) -> f64 {
        // The value lies in [10^(point-1), 10^point).
        if self.digits.is_empty() || self.point <= -324 {
            return 0.0; // below 10^-324, under half the smallest subnormal
        }
        if self.point >= 310 {
            return f64::INFINITY; // at least 10^309
        }
        // Now the value is the integer D of the digits times 10^exp10.
        let exp10 = self.point - self.digits.len() as i64;
        clinger(&self.digits, exp10).unwrap_or_else(|| exact(&self.digits, exp10))
    }
}

/// The exponent after `e`: optional sign, at least one digit, nothing else.
fn exponent(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut e = 0i64;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        e = (e * 10 + i64::from(c - b'0')).min(EXPONENT_CAP);
    }
    Some(if negative { -e } else { e })
}

/// Clinger's fast path: when D < 2^53 and |exp10| ≤ 22, both D and 10^|exp10| are exact
/// doubles, so one correctly rounded multiplication or division gives the answer.
fn clinger(digits: &[u8], exp10: i64) -> Option<f64> {
    if digits.len() > 19 || exp10.abs() > 22 {
        return None;
    }
    let d = digits.iter().fold(0u64, |v, &x| v * 10 + u64::from(x));
    if d >= 1 << SIGNIFICAND_BITS {
        return None;
    }
    // Powers of ten up to 10^22 are exact, and so is each product on the way there.
    let power = (0..exp10.abs()).fold(1.0, |p, _| p * 10.0);
    Some(if exp10 < 0 {
        d as f64 / power
    } else {
        d as f64 * power
    })
}

/// D × 10^exp10 rounded exactly: write it as num / den × 2^exp10 (10 = 5 × 2), find the
/// 53-bit quotient by long division, and round on the remainder.
fn exact(digits: &[u8], exp10: i64) -> f64 {
    let (mut num, mut den) = (Big::from_digits(digits), Big::one());
    if exp10 >= 0 {
        num.mul_pow5(exp10 as u64);
    } else {
        den.mul_pow5(exp10.unsigned_abs());
    }
    // Seek q = num / den × 2^(exp10 - k) in [2^52, 2^53): the value is q × 2^k. Bit lengths
    // put num / den within a factor two of 2^(num bits - den bits), so this `shift` (k -
    // exp10) gives q in [2^52, 2^54); for subnormals k stops at 2^-1074 and q is smaller.
    let guess = num.bits() as i64 - den.bits() as i64 - SIGNIFICAND_BITS;
    let shift = guess.max(MIN_EXPONENT - exp10);
    if shift >= 0 {
        den.shl(shift as usize);
    } else {
        num.shl(shift.unsigned_abs() as usize);
    }
    let mut k = exp10 + shift;
    let (mut q, mut rest) = divide(num, den);
    if q >> SIGNIFICAND_BITS != 0 {
        // One bit too many: the last one joins the remainder, which halves.
        rest = match (q & 1, rest) {
            (0, Rest::Zero) => Rest::Zero,
            (0, _) => Rest::BelowHalf,
            (_, Rest::Zero) => Rest::Half,
            _ => Rest::AboveHalf,
        };
        q >>= 1;
        k += 1;
    }
    let round_up = match rest {
        Rest::AboveHalf => true,
        Rest::Half => q & 1 == 1,
        Rest::Zero | Rest::BelowHalf => false,
    };
    q += u64::from(round_up);
    if q >> SIGNIFICAND_BITS != 0 {
        q >>= 1;
        k += 1;
    }
    assemble(q, k)
}

/// Where a division's remainder lies, as a fraction of the divisor.
enum Rest {
    Zero,
    BelowHalf,
    Half,
    AboveHalf,
}

/// `num / den` where `num < den × 2^54`: the quotient, and where the remainder lies.
fn divide(mut num: Big, mut den: Big) -> (u64, Rest) {
    // Restoring long division, one quotient bit a step. The divisor stays at den × 2^53 while
    // num doubles, so no bit of den is ever shifted out; num < 2 × divisor throughout.
    den.shl(53);
    let mut q = 0;
    for step in 0..54 {
        if step > 0 {
            num.shl(1);
        }
        q <<= 1;
        if num.compare(&den) != Ordering::Less {
            num.sub(&den);
            q |= 1;
        }
    }
    // Now num is the remainder × 2^53, and den the divisor × 2^53.
    if num.is_zero() {
        return (q, Rest::Zero);
    }
    num.shl(1);
    let rest = match num.compare(&den) {
        Ordering::Less => Rest::BelowHalf,
        Ordering::Equal => Rest::Half,
        Ordering::Greater => Rest::AboveHalf,
    };
    (q, rest)
}

/// The double q × 2^k, where q < 2^53 and either q ≥ 2^52 or k is the subnormal exponent.
fn assemble(q: u64, k: i64) -> f64 {
    let hidden = 1u64 << (SIGNIFICAND_BITS - 1);
    if q < hidden {
        return f64::from_bits(q); // subnormal (or zero): exponent field 0 means 2^-1074 units
    }
    let biased = k + (SIGNIFICAND_BITS - 1) + 1023;
    if biased >= 0x7ff {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << (SIGNIFICAND_BITS - 1)) | (q - hidden))
}
