//! Points in a link: each point a fixed number of 12-bit grid codes, each code two base64url
//! characters (`A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_`: safe in a URL hash without escaping),
//! the high six bits first. What a code means (which grid, which axis) is the caller's: this
//! file only turns codes into text and back. Total: any text gives codes or `None`.

/// Largest code (12 bits).
pub const MAX_CODE: u32 = 4095;
/// The link alphabet (base64url).
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The code of `v` on a grid starting at `lo` with `steps` codes a unit, clamped to
/// 0..=[`MAX_CODE`].
pub fn grid_code(v: f64, lo: f64, steps: f64) -> u32 {
    ((v - lo) * steps).round().clamp(0.0, MAX_CODE as f64) as u32
}

/// The text of `points`, each `N` codes (each at most [`MAX_CODE`]), two characters a code.
pub fn encode<const N: usize>(points: impl IntoIterator<Item = [u32; N]>) -> String {
    let mut out = String::new();
    for codes in points {
        for c in codes {
            debug_assert!(c <= MAX_CODE, "code {c}");
            out.push(ALPHABET[(c >> 6) as usize & 63] as char);
            out.push(ALPHABET[(c & 63) as usize] as char);
        }
    }
    out
}

/// The codes of a text written by [`encode`] (surrounding white space ignored): `None` unless
/// it is a whole number of points of `N` codes, at most `max_points`, every character in the
/// alphabet.
pub fn decode<const N: usize>(text: &str, max_points: usize) -> Option<Vec<[u32; N]>> {
    let bytes = text.trim().as_bytes();
    let per_point = 2 * N;
    if bytes.len() % per_point != 0 || bytes.len() / per_point > max_points {
        return None;
    }
    let digit = |b: u8| ALPHABET.iter().position(|&a| a == b).map(|d| d as u32);
    let mut points = Vec::with_capacity(bytes.len() / per_point);
    for chunk in bytes.chunks_exact(per_point) {
        let mut codes = [0; N];
        for (code, pair) in codes.iter_mut().zip(chunk.chunks_exact(2)) {
            *code = digit(pair[0])? << 6 | digit(pair[1])?;
        }
        points.push(codes);
    }
    Some(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_two_characters_each() {
        let points = [[0, 4095, 64], [63, 2000, 1]];
        let text = encode(points);
        assert_eq!(text, "AA__BAA_fQAB");
        assert_eq!(decode::<3>(&text, 2), Some(points.to_vec()));
        assert_eq!(decode::<3>(&format!(" {text}\n"), 2), Some(points.to_vec()));
    }

    #[test]
    fn garbage_is_refused() {
        assert_eq!(decode::<2>("abc", 10), None, "not whole points");
        assert_eq!(decode::<2>("AA!A", 10), None, "outside the alphabet");
        assert_eq!(decode::<2>("AAAAAAAA", 1), None, "too many");
        assert_eq!(decode::<2>("", 0), Some(Vec::new()));
    }

    #[test]
    fn grid_codes_round_and_clamp() {
        assert_eq!(grid_code(0.0, -4.0, 500.0), 2000);
        assert_eq!(grid_code(-9.0, -4.0, 500.0), 0);
        assert_eq!(grid_code(9.0, -4.0, 500.0), MAX_CODE);
        assert_eq!(grid_code(0.0011, 0.0, 1000.0), 1);
    }
}
