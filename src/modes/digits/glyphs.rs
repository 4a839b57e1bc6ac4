//! Handwritten-looking digits drawn in code: each digit 0–9 is a few strokes (polylines and
//! elliptic arcs) in a unit box (x right, y down), and [`handwritten`] draws one with a random
//! slant, rotation, width, scale, position and a jitter of every point, plus the variants
//! people write (a 1 with or without its flag, a crossed 7, an open or closed 4…).

use crate::engine::rng::Rng;

/// A drawing: strokes, each a polyline of (x, y) points (y down), in any units.
pub type Strokes = Vec<Vec<(f64, f64)>>;

/// Points per full turn of an arc.
const ARC_POINTS: f64 = 28.0;

/// Points of the arc of the ellipse centred on (`cx`, `cy`) with radii (`rx`, `ry`) from angle
/// `a0` to `a1` in degrees (0 is right, 90 is down; `a1 < a0` turns the other way).
pub fn arc(cx: f64, cy: f64, rx: f64, ry: f64, a0: f64, a1: f64) -> Vec<(f64, f64)> {
    let n = ((a1 - a0).abs() / 360.0 * ARC_POINTS).ceil().max(2.0) as usize;
    (0..=n)
        .map(|i| {
            let a = (a0 + (a1 - a0) * i as f64 / n as f64).to_radians();
            (cx + rx * a.cos(), cy + ry * a.sin())
        })
        .collect()
}

/// The strokes of `digit` (0–9) in the unit box. `r` gives the variant's random choices
/// (angles of arc ends, which optional strokes are drawn); [`template`] uses fixed ones.
fn strokes(digit: usize, r: &mut dyn FnMut(f64, f64) -> f64) -> Strokes {
    let coin = |r: &mut dyn FnMut(f64, f64) -> f64, p: f64| r(0.0, 1.0) < p;
    match digit {
        0 => {
            let start = r(-110.0, -50.0);
            vec![arc(
                0.5,
                0.5,
                r(0.26, 0.34),
                0.45,
                start,
                start + r(350.0, 375.0),
            )]
        }
        1 => {
            let top = (r(0.47, 0.55), 0.05);
            let mut stem = vec![top, (0.5, 0.95)];
            if coin(r, 0.55) {
                stem.insert(0, (top.0 - r(0.12, 0.22), r(0.16, 0.26)));
            }
            let mut out = vec![stem];
            if coin(r, 0.2) {
                out.push(vec![(0.32, 0.95), (0.68, 0.95)]);
            }
            out
        }
        2 => {
            let mut top = arc(0.5, 0.3, 0.28, 0.25, r(170.0, 200.0), r(375.0, 410.0));
            top.push((r(0.15, 0.25), 0.95));
            top.push((r(0.75, 0.88), r(0.92, 0.98)));
            vec![top]
        }
        3 => {
            let mut s = arc(0.48, 0.28, 0.26, 0.23, r(185.0, 215.0), 450.0);
            s.extend(
                arc(0.48, 0.73, 0.3, 0.22, 270.0, r(500.0, 525.0))
                    .into_iter()
                    .skip(1),
            );
            vec![s]
        }
        4 => {
            let x = r(0.6, 0.7);
            if coin(r, 0.6) {
                vec![
                    vec![(x, 0.05), (0.12, 0.66), (0.88, 0.66)],
                    vec![(x, 0.05), (x, 0.95)],
                ]
            } else {
                vec![
                    vec![(0.22, 0.05), (0.16, 0.6), (0.88, 0.6)],
                    vec![(x + 0.05, 0.08), (x, 0.95)],
                ]
            }
        }
        5 => {
            let mut s = vec![(r(0.75, 0.85), 0.05), (0.28, 0.05), (0.24, r(0.42, 0.5))];
            s.extend(arc(0.48, 0.68, 0.3, 0.27, r(210.0, 230.0), r(490.0, 515.0)));
            vec![s]
        }
        6 => {
            let mut s = arc(0.62, 0.58, 0.4, 0.53, r(280.0, 305.0), 180.0);
            s.extend(
                arc(0.5, 0.72, 0.28, 0.23, 180.0, r(530.0, 545.0))
                    .into_iter()
                    .skip(1),
            );
            vec![s]
        }
        7 => {
            let mut out = vec![vec![
                (r(0.1, 0.2), r(0.05, 0.12)),
                (0.85, 0.05),
                (r(0.35, 0.5), 0.95),
            ]];
            if coin(r, 0.15) {
                out.push(vec![(0.38, 0.5), (0.78, 0.5)]);
            }
            out
        }
        8 => vec![
            arc(0.5, 0.27, 0.22, 0.22, 90.0, 450.0),
            arc(0.5, 0.72, 0.28, 0.23, 270.0, 630.0),
        ],
        _ => {
            let mut loop_ = arc(0.5, 0.3, 0.27, 0.25, r(-20.0, 10.0), 360.0);
            if coin(r, 0.6) {
                loop_.push((r(0.68, 0.76), 0.95));
            } else {
                loop_.extend(
                    arc(0.27, 0.3, 0.5, 0.65, 0.0, r(75.0, 90.0))
                        .into_iter()
                        .skip(1),
                );
            }
            vec![loop_]
        }
    }
}

/// The plain strokes of `digit` (0–9) in the unit box: every random choice at its middle.
pub fn template(digit: usize) -> Strokes {
    strokes(digit.min(9), &mut |lo, hi| (lo + hi) / 2.0)
}

/// How much handwriting varies: the ranges [`handwritten`] draws from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Largest slant (x shifts by up to this times the height).
    pub slant: f64,
    /// Largest rotation, in radians.
    pub rotation: f64,
    /// Standard deviation of each point's jitter, in units of the height.
    pub jitter: f64,
    /// Range of the width-to-height ratio.
    pub aspect: (f64, f64),
}

impl Style {
    /// The variation of the generated sets.
    pub const DEFAULT: Style = Style {
        slant: 0.45,
        rotation: 0.2,
        jitter: 0.035,
        aspect: (0.6, 1.2),
    };
}

/// One handwritten `digit` (0–9), in a box of about `size` units placed at a random spot of
/// a `size` × 2 square: the variant's random choices, then a slant, rotation, aspect and a
/// jitter of every point (the arcs wobble as a whole too).
pub fn handwritten(digit: usize, style: &Style, size: f64, rng: &mut Rng) -> Strokes {
    let mut pick = |lo: f64, hi: f64| rng.range(lo, hi);
    let shape = strokes(digit.min(9), &mut pick);
    let slant = rng.range(-style.slant, style.slant);
    let angle = rng.range(-style.rotation, style.rotation);
    let aspect = rng.range(style.aspect.0, style.aspect.1);
    let scale = size * rng.range(0.7, 1.0);
    let (ox, oy) = (rng.range(0.0, size), rng.range(0.0, size));
    let (sin, cos) = angle.sin_cos();
    // A slow wobble along each stroke on top of the per-point jitter.
    let (wx, wy, phase) = (
        rng.range(-1.0, 1.0),
        rng.range(-1.0, 1.0),
        rng.range(0.0, 6.3),
    );
    shape
        .into_iter()
        .map(|stroke| {
            (stroke.into_iter().enumerate())
                .map(|(i, (x, y))| {
                    let w = (i as f64 * 0.45 + phase).sin() * style.jitter;
                    let x = x + rng.gaussian() * style.jitter + wx * w;
                    let y = y + rng.gaussian() * style.jitter + wy * w;
                    let (x, y) = ((x - 0.5) * aspect + slant * (0.5 - y), y - 0.5);
                    let (x, y) = (x * cos - y * sin, x * sin + y * cos);
                    (ox + scale * (x + 0.5), oy + scale * (y + 0.5))
                })
                .collect()
        })
        .collect()
}
