//! `parse_f64` against std's `str::parse::<f64>`, bit for bit: hard cases, random strings,
//! shortest round-trip strings, exact halfway points written out in full, and rejections.

use super::parse_f64;
use crate::engine::rng::Rng;

/// Random strings per fuzz test (each kind).
const RANDOM_CASES: usize = 300_000;

/// Asserts that both parsers agree on `text`: both reject it, or both give the same bits.
fn agrees(text: &str) {
    let ours = parse_f64(text).map(f64::to_bits);
    let std = text.parse::<f64>().ok().map(f64::to_bits);
    assert_eq!(ours, std, "{text:?}: ours {ours:x?}, std {std:x?}");
}

#[test]
fn hard_cases_round_as_std_does() {
    // Halfway cases, subnormal and overflow edges, the fast path's limits, odd spellings.
    let cases = "0 -0 +0 0.0 -0.0 00000 0e999999 -0e-5 1 -1 0.1 1e23 8.98846567431158e307 \
        9007199254740992 9007199254740993 9007199254740994 9007199254740995 \
        9007199254740993.0000000000000000000001 18014398509481985 2.2250738585072011e-308 \
        2.2250738585072014e-308 2.2250738585072012e-308 4.9e-324 5e-324 2e-324 3e-324 \
        2.4703282292062327e-324 2.4703282292062328e-324 \
        2.4703282292062327208828439643411068618252990130716238221279284125033775364e-324 \
        1.7976931348623157e308 1.7976931348623158e308 1.7976931348623159e308 \
        -1.7976931348623159e308 1e308 1e309 1e-323 1e-324 1e-325 1e-400 1e400 \
        123456789012345678901234567890 0.000000000000000000000000000001 \
        00000000000000000000000001.5 0000.00000000000000000000000015e20 5. .5 -.5 +5. 1.e5 .1e-5 \
        1E5 1e+5 1e-5 7.3177701707893310e+15 3.4028234664e38 3.4028236e38 1e22 1e-22 123e-22 \
        9007199254740991e22 4503599627370497.5 4503599627370496.5 1448997445238699 0.3 2.5e-8 \
        17976931348623157e292 1e99999999999999999999 1e-99999999999999999999 \
        0.000000000000000000000000000000000000000000000000000000000000000000000000001e76";
    for text in cases.split_whitespace() {
        agrees(text);
    }
    // And a few answers known without std: ties go to the even neighbour.
    let tiny = f64::from_bits(1);
    for (text, expected) in [
        ("9007199254740993", 9007199254740992.0),
        ("9007199254740995", 9007199254740996.0),
        ("2.4703282292062327e-324", 0.0),
        ("2.4703282292062328e-324", tiny),
        ("7.4109846876186982e-324", 2.0 * tiny), // just over 1.5 units
        ("1.7976931348623158e308", f64::MAX),
        ("1.7976931348623159e308", f64::INFINITY),
    ] {
        assert_eq!(parse_f64(text), Some(expected), "{text}");
    }
}

#[test]
fn infinity_and_nan_are_read_as_std_reads_them() {
    let texts = "inf -inf +inf INF Inf infinity -Infinity INFINITY nan NaN -nan +NAN \
        infin nana - i in infinityy +-inf nan1";
    for text in texts.split_whitespace() {
        agrees(text);
    }
}

#[test]
fn what_std_rejects_is_rejected() {
    for text in [
        "", "+", "-", ".", "+.", "-.", "e", "e5", ".e5", "1e", "1e+", "1e-", "1e+-5", "1.2.3",
        "1..2", " 1", "1 ", "1 2", "1,5", "1_000", "0x10", "1e5.5", "1f", "--1", "+-1", "−1",
        "1e 5", "١", "1ee5", "1e5e5", "..5", "5..", "\u{0}", "1\u{0}",
    ] {
        agrees(text);
        assert_eq!(parse_f64(text), None, "{text:?}");
    }
}

#[test]
fn digit_strings_far_longer_than_the_kept_digits_round_correctly() {
    // Exact halfway points: 2^-1075 (half the smallest subnormal, 752 significant digits) and
    // 1 + 2^-53; each exactly, then nudged just above and just below by a far digit.
    for (m, e2) in [(1, -1075), ((1u64 << 53) + 1, -53), ((1 << 54) - 1, -1075)] {
        let half = exact_decimal(m, e2);
        agrees(&half);
        agrees(&format!("{half}{}1", "0".repeat(1000)));
        agrees(&just_below(&half, 900));
        agrees(&format!("{half}e0"));
    }
    let ones = "1".repeat(2000);
    agrees(&ones);
    agrees(&format!("0.{ones}e-300"));
    agrees(&format!("{}1e-1200", "0".repeat(1000)));
    agrees(&format!("1{}", "0".repeat(308)));
    agrees(&format!("1{}", "0".repeat(309)));
    agrees(&format!("0.{}1", "0".repeat(5000)));
}

#[test]
fn random_halfway_points_and_their_neighbours_round_as_std_does() {
    let mut rng = Rng::new(11);
    for _ in 0..600 {
        let bits = rng.next_u64() >> 1;
        let x = f64::from_bits(bits);
        if !x.is_finite() || x == 0.0 {
            continue;
        }
        // The point halfway to the next double up: (2 m + 1) × 2^(e - 1).
        let (m, e2) = significand_and_exponent(x);
        let half = exact_decimal(2 * m + 1, e2 - 1);
        agrees(&half);
        agrees(&format!("{half}000000000000000000001"));
        agrees(&just_below(&half, 30));
    }
}

#[test]
fn random_decimal_strings_round_as_std_does() {
    let mut rng = Rng::new(7);
    for _ in 0..RANDOM_CASES {
        agrees(&random_decimal(&mut rng));
    }
}

#[test]
fn shortest_round_trip_strings_round_as_std_does() {
    let mut rng = Rng::new(3);
    for _ in 0..RANDOM_CASES / 3 {
        let x = f64::from_bits(rng.next_u64());
        let (plain, scientific) = (format!("{x}"), format!("{x:e}"));
        agrees(&plain);
        agrees(&scientific);
        if !x.is_nan() {
            assert_eq!(parse_f64(&scientific), Some(x), "{scientific}");
        }
    }
}

#[test]
fn random_short_strings_are_accepted_and_rejected_as_std_does() {
    let alphabet = b"0123456789..eE+-+-ainfty ";
    let mut rng = Rng::new(5);
    for _ in 0..RANDOM_CASES {
        let length = rng.below(8);
        let text: String = (0..length)
            .map(|_| char::from(alphabet[rng.below(alphabet.len())]))
            .collect();
        agrees(&text);
    }
}

/// A random decimal: 1–40 digits (sometimes with leading zeros), a point anywhere or none,
/// and often an exponent in −350..=350 with a random spelling.
fn random_decimal(rng: &mut Rng) -> String {
    let mut text = String::new();
    match rng.below(4) {
        0 => text.push('-'),
        1 => text.push('+'),
        _ => {}
    }
    let count = 1 + rng.below(40);
    let mut digits: Vec<char> = (0..count)
        .map(|_| char::from(b'0' + rng.below(10) as u8))
        .collect();
    if rng.below(4) == 0 {
        digits.splice(0..0, core::iter::repeat_n('0', rng.below(5)));
    }
    let point = rng.below(digits.len() + 2);
    if point <= digits.len() {
        digits.insert(point, '.');
    }
    text.extend(digits);
    if rng.below(5) != 0 {
        let exponent = rng.below(701) as i64 - 350;
        let mark = if rng.below(2) == 0 { 'e' } else { 'E' };
        let plus = if exponent >= 0 && rng.below(2) == 0 {
            "+"
        } else {
            ""
        };
        text.push_str(&format!("{mark}{plus}{exponent}"));
    }
    text
}

/// `x` (finite, positive) as m × 2^e2 with an integer m.
fn significand_and_exponent(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let (fraction, biased) = (bits & ((1 << 52) - 1), (bits >> 52) as i64);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// The exact decimal expansion of m × 2^e2, written in full (no exponent).
fn exact_decimal(m: u64, e2: i64) -> String {
    // Base-10 digits, least significant first: m × 2^e2, or m × 5^-e2 with the point moved.
    let mut digits: Vec<u32> = m
        .to_string()
        .bytes()
        .rev()
        .map(|b| u32::from(b - b'0'))
        .collect();
    let factor = if e2 >= 0 { 2 } else { 5 };
    for _ in 0..e2.unsigned_abs() {
        let mut carry = 0;
        for d in &mut digits {
            let t = *d * factor + carry;
            *d = t % 10;
            carry = t / 10;
        }
        while carry > 0 {
            digits.push(carry % 10);
            carry /= 10;
        }
    }
    let fraction_digits = if e2 >= 0 {
        0
    } else {
        e2.unsigned_abs() as usize
    };
    while digits.len() <= fraction_digits {
        digits.push(0);
    }
    let text: String = digits
        .iter()
        .rev()
        .map(|&d| char::from(b'0' + d as u8))
        .collect();
    let (whole, fraction) = text.split_at(text.len() - fraction_digits);
    if fraction.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{fraction}")
    }
}

/// The decimal `text` (digits and a point) minus one unit of its last digit, followed by
/// `nines` nines: just below `text`, with a long tail.
fn just_below(text: &str, nines: usize) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for b in bytes.iter_mut().rev().filter(|b| b.is_ascii_digit()) {
        if *b == b'0' {
            *b = b'9';
        } else {
            *b -= 1;
            break;
        }
    }
    let mut below = String::from_utf8(bytes).expect("ASCII");
    if !below.contains('.') {
        below.push('.');
    }
    below + &"9".repeat(nines)
}
