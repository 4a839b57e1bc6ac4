//! A target the student draws: the stroke's points, thinned, snapped and capped, sampled with a
//! small jitter; and their compact text form for links. Pure Rust, no maths beyond that.

use super::GAN_DOMAIN;
use crate::engine::rng::Rng;
use crate::formats::points::{self, grid_code};

/// Most points a drawn target keeps (a longer stroke is thinned evenly to this many).
pub const MAX_DRAWN_POINTS: usize = 300;
/// Standard deviation of the jitter added to a drawn point when it is sampled, so that the
/// real distribution is a thin band along the stroke rather than a few hundred atoms.
pub const DRAWN_JITTER: f64 = 0.08;
/// Stroke points closer than this to the last kept one are dropped (a slow mouse sends many).
const MIN_SPACING: f64 = 0.04;
/// Positions are multiples of 1 / this (0.002: finer than a pixel of a 1000-px plot).
const SNAP: f64 = 500.0;

/// The kept points of a stroke given as `xy` (row-major n × 2, plane coordinates): points
/// outside [−GAN_DOMAIN, GAN_DOMAIN]² or not finite are dropped, each point closer than
/// `MIN_SPACING` to the previous kept one is dropped, the rest are snapped, and if more than
/// [`MAX_DRAWN_POINTS`] remain, that many are taken evenly along the stroke.
pub fn thin(xy: &[f64]) -> Vec<(f64, f64)> {
    let mut kept: Vec<(f64, f64)> = Vec::new();
    for p in xy.chunks_exact(2) {
        let (x, y) = (p[0], p[1]);
        if !inside(x) || !inside(y) {
            continue;
        }
        let far = kept
            .last()
            .is_none_or(|&(a, b)| (x - a).powi(2) + (y - b).powi(2) >= MIN_SPACING.powi(2));
        if far {
            kept.push((snap(x), snap(y)));
        }
    }
    if kept.len() <= MAX_DRAWN_POINTS {
        return kept;
    }
    let step = kept.len() as f64 / MAX_DRAWN_POINTS as f64;
    (0..MAX_DRAWN_POINTS)
        .map(|k| kept[(k as f64 * step) as usize])
        .collect()
}

fn inside(v: f64) -> bool {
    v.is_finite() && v.abs() <= GAN_DOMAIN
}

/// `v` on the grid of [`encode`], computed exactly as [`decode`] computes it (so a snapped
/// point survives a round trip bit for bit).
fn snap(v: f64) -> f64 {
    ((v + GAN_DOMAIN) * SNAP).round() / SNAP - GAN_DOMAIN
}

/// One real sample from a drawing: a point picked uniformly, plus gaussian jitter of
/// [`DRAWN_JITTER`]. An empty drawing samples around the origin.
pub fn sample(points: &[(f64, f64)], rng: &mut Rng) -> (f64, f64) {
    let (x, y) = match points.len() {
        0 => (0.0, 0.0),
        n => points[rng.below(n)],
    };
    (
        x + DRAWN_JITTER * rng.gaussian(),
        y + DRAWN_JITTER * rng.gaussian(),
    )
}

/// The `gpoints` value of a link: per point x then y as 12-bit codes ([`points`], the
/// snapped coordinate shifted by GAN_DOMAIN), four characters a point. Exact for points from
/// [`thin`].
pub fn encode(drawn: &[(f64, f64)]) -> String {
    let code = |v: f64| grid_code(v, -GAN_DOMAIN, SNAP);
    points::encode(drawn.iter().map(|&(x, y)| [code(x), code(y)]))
}

/// Reads a value written by [`encode`]: `None` unless it is a whole number of points (four
/// alphabet characters each), at most [`MAX_DRAWN_POINTS`], all within the plane.
pub fn decode(text: &str) -> Option<Vec<(f64, f64)>> {
    let value = |code: u32| code as f64 / SNAP - GAN_DOMAIN;
    let codes = points::decode::<2>(text, MAX_DRAWN_POINTS)?;
    let drawn: Vec<(f64, f64)> = codes.iter().map(|&[x, y]| (value(x), value(y))).collect();
    drawn
        .iter()
        .all(|&(x, y)| inside(x) && inside(y))
        .then_some(drawn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thinned_stroke_round_trips_exactly_through_its_link_text() {
        let stroke: Vec<f64> = (0..500)
            .flat_map(|k| {
                let t = k as f64 * 0.013;
                [3.0 * t.cos(), 2.5 * t.sin()]
            })
            .collect();
        let points = thin(&stroke);
        assert!(points.len() > 50 && points.len() <= MAX_DRAWN_POINTS);
        let text = encode(&points);
        assert_eq!(text.len(), 4 * points.len());
        assert_eq!(decode(&text), Some(points));
    }

    #[test]
    fn close_points_and_points_off_the_plane_are_dropped() {
        let stroke = [0.0, 0.0, 0.01, 0.0, 1.0, 1.0, 9.0, 0.0, f64::NAN, 0.0];
        assert_eq!(thin(&stroke), vec![(0.0, 0.0), (1.0, 1.0)]);
    }

    #[test]
    fn a_long_stroke_is_thinned_to_the_cap() {
        let stroke: Vec<f64> = (0..2_000)
            .flat_map(|k| {
                [
                    -3.9 + (k % 100) as f64 * 0.078,
                    -3.9 + (k / 100) as f64 * 0.39,
                ]
            })
            .collect();
        assert_eq!(thin(&stroke).len(), MAX_DRAWN_POINTS);
    }

    #[test]
    fn garbage_link_text_is_refused() {
        for bad in ["abc", "!!!!", "____", &"AAAA".repeat(MAX_DRAWN_POINTS + 1)] {
            assert_eq!(decode(bad), None, "{bad}");
        }
        assert_eq!(decode(""), Some(Vec::new()));
    }

    #[test]
    fn samples_stay_near_the_drawn_points() {
        let points = [(1.0, 1.0), (-2.0, 0.5)];
        let mut rng = Rng::new(7);
        for _ in 0..1_000 {
            let (x, y) = sample(&points, &mut rng);
            let near = points
                .iter()
                .any(|&(a, b)| ((x - a).powi(2) + (y - b).powi(2)).sqrt() < 6.0 * DRAWN_JITTER);
            assert!(near, "({x}, {y})");
        }
    }
}
