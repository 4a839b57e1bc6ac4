//! The student's curve points in a link: snapped to a grid fine enough for any plot, and
//! written four base64url characters a point. Pure text; knows nothing of training.

use super::curve::{CURVE_RANGE, CURVE_Y_LIMIT};

/// Most points a student may place on the curve plot (a link carries them all: 4 characters
/// each, so at most 800 characters).
pub const MAX_DRAWN_POINTS: usize = 200;
/// Grid steps per unit along x (x ∈ [−1, 1] becomes a whole number 0..=4000).
const SNAP_X: f64 = 2000.0;
/// Grid steps per unit along y (y ∈ [−2, 2] becomes a whole number 0..=4000).
const SNAP_Y: f64 = 1000.0;
/// The link alphabet (base64url): safe in a URL hash without escaping.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The grid code of `v` on an axis starting at `lo` with `snap` steps a unit.
fn code(v: f64, lo: f64, snap: f64) -> usize {
    ((v - lo) * snap).round().clamp(0.0, 4095.0) as usize
}

/// A point clamped into the plot ([−1, 1] × [−2, 2]) and snapped to the link's grid, computed
/// exactly as [`decode`] computes it (so a snapped point survives a round trip bit for bit).
pub fn snap_point((x, y): (f64, f64)) -> (f64, f64) {
    let x = x.clamp(CURVE_RANGE.0, CURVE_RANGE.1);
    let y = y.clamp(-CURVE_Y_LIMIT, CURVE_Y_LIMIT);
    (
        code(x, CURVE_RANGE.0, SNAP_X) as f64 / SNAP_X + CURVE_RANGE.0,
        code(y, -CURVE_Y_LIMIT, SNAP_Y) as f64 / SNAP_Y - CURVE_Y_LIMIT,
    )
}

/// The `cpoints` value of a link: per point, x then y as 12-bit grid codes, two characters
/// each. Exact for points from [`snap_point`].
pub fn encode(points: &[(f64, f64)]) -> String {
    let mut out = String::with_capacity(points.len() * 4);
    for &(x, y) in points {
        for c in [
            code(x, CURVE_RANGE.0, SNAP_X),
            code(y, -CURVE_Y_LIMIT, SNAP_Y),
        ] {
            out.push(ALPHABET[c >> 6] as char);
            out.push(ALPHABET[c & 63] as char);
        }
    }
    out
}

/// Reads a value written by [`encode`]: `None` unless it is a whole number of points (four
/// alphabet characters each), at most [`MAX_DRAWN_POINTS`], all within the plot.
pub fn decode(text: &str) -> Option<Vec<(f64, f64)>> {
    let bytes = text.trim().as_bytes();
    if bytes.len() % 4 != 0 || bytes.len() / 4 > MAX_DRAWN_POINTS {
        return None;
    }
    let digit = |c: u8| ALPHABET.iter().position(|&a| a == c);
    let mut points = Vec::with_capacity(bytes.len() / 4);
    for chunk in bytes.chunks_exact(4) {
        let x = (digit(chunk[0])? << 6 | digit(chunk[1])?) as f64;
        let y = (digit(chunk[2])? << 6 | digit(chunk[3])?) as f64;
        if x > 2.0 * SNAP_X || y > 2.0 * CURVE_Y_LIMIT * SNAP_Y {
            return None;
        }
        points.push((x / SNAP_X + CURVE_RANGE.0, y / SNAP_Y - CURVE_Y_LIMIT));
    }
    Some(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapped_points_round_trip_exactly_through_their_link_text() {
        let points: Vec<(f64, f64)> = (0..MAX_DRAWN_POINTS)
            .map(|k| {
                let t = k as f64 / MAX_DRAWN_POINTS as f64;
                snap_point((2.0 * t - 1.0, 1.9 * (7.0 * t).sin()))
            })
            .collect();
        let text = encode(&points);
        assert_eq!(text.len(), 4 * MAX_DRAWN_POINTS);
        assert_eq!(decode(&text), Some(points));
        let corners = [(-1.0, -2.0), (1.0, 2.0), (0.0, 0.0)];
        assert_eq!(decode(&encode(&corners)), Some(corners.to_vec()));
    }

    #[test]
    fn points_outside_the_plot_are_clamped_onto_its_edge() {
        assert_eq!(snap_point((5.0, -9.0)), (1.0, -2.0));
        let (x, y) = snap_point((0.12345, 0.6789));
        assert!(
            (x - 0.1235).abs() < 1e-12 && (y - 0.679).abs() < 1e-12,
            "{x} {y}"
        );
    }

    #[test]
    fn garbage_link_text_is_refused() {
        let off_plot = "-___"; // x code 4095 > 4000
        for bad in [
            "abc",
            "!!!!",
            off_plot,
            &"AAAA".repeat(MAX_DRAWN_POINTS + 1),
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
        assert_eq!(decode(""), Some(Vec::new()));
    }
}
