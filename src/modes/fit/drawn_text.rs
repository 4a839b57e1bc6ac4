//! The student's curve points in a link: snapped to a grid fine enough for any plot, and
//! written four base64url characters a point. Pure text; knows nothing of training.

use super::curve::{CURVE_RANGE, CURVE_Y_LIMIT};
use crate::formats::points::{self, grid_code};

/// Most points a student may place on the curve plot (a link carries them all: 4 characters
/// each, so at most 800 characters).
pub const MAX_DRAWN_POINTS: usize = 200;
/// Grid steps per unit along x (x ∈ [−1, 1] becomes a whole number 0..=4000).
const SNAP_X: f64 = 2000.0;
/// Grid steps per unit along y (y ∈ [−2, 2] becomes a whole number 0..=4000).
const SNAP_Y: f64 = 1000.0;

/// A point clamped into the plot ([−1, 1] × [−2, 2]) and snapped to the link's grid, computed
/// exactly as [`decode`] computes it (so a snapped point survives a round trip bit for bit).
pub fn snap_point((x, y): (f64, f64)) -> (f64, f64) {
    let x = x.clamp(CURVE_RANGE.0, CURVE_RANGE.1);
    let y = y.clamp(-CURVE_Y_LIMIT, CURVE_Y_LIMIT);
    (
        grid_code(x, CURVE_RANGE.0, SNAP_X) as f64 / SNAP_X + CURVE_RANGE.0,
        grid_code(y, -CURVE_Y_LIMIT, SNAP_Y) as f64 / SNAP_Y - CURVE_Y_LIMIT,
    )
}

/// The `cpoints` value of a link: per point, x then y as 12-bit grid codes ([`points`]),
/// two characters each. Exact for points from [`snap_point`].
pub fn encode(drawn: &[(f64, f64)]) -> String {
    points::encode(drawn.iter().map(|&(x, y)| {
        [
            grid_code(x, CURVE_RANGE.0, SNAP_X),
            grid_code(y, -CURVE_Y_LIMIT, SNAP_Y),
        ]
    }))
}

/// Reads a value written by [`encode`]: `None` unless it is a whole number of points (four
/// alphabet characters each), at most [`MAX_DRAWN_POINTS`], all within the plot.
pub fn decode(text: &str) -> Option<Vec<(f64, f64)>> {
    let codes = points::decode::<2>(text, MAX_DRAWN_POINTS)?;
    let mut drawn = Vec::with_capacity(codes.len());
    for [x, y] in codes {
        let (x, y) = (x as f64, y as f64);
        if x > 2.0 * SNAP_X || y > 2.0 * CURVE_Y_LIMIT * SNAP_Y {
            return None;
        }
        drawn.push((x / SNAP_X + CURVE_RANGE.0, y / SNAP_Y - CURVE_Y_LIMIT));
    }
    Some(drawn)
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
