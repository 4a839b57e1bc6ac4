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

/// The side of the box a typed digit fills on the pad, as a share of the pad's side.
pub const TYPED_SIZE: f64 = 0.7;
/// Longest segment of a typed digit's strokes, as a share of the pad's side (2 pixels of a
/// 400-pixel pad): at this resolution the pen's round ends join into a smooth line.
pub const TYPED_SPACING: f64 = 0.005;
/// A turn sharper than this (degrees) between two segments is a corner of the digit (the top
/// of a 7, the elbow of a 4): kept sharp, the smoothing runs between corners.
const CORNER: f64 = 45.0;

/// Digit `digit` (0–9) as the keyboard writes it on the pad, variant `variant` (each one drawn
/// differently): a handwritten shape (its variant, slant, rotation and width) without the
/// per-point jitter of the generated sets, which on a big pad shows as a jagged line, in a
/// [`TYPED_SIZE`] box at the pad's centre, in fractions of the pad; each stroke a smooth curve
/// through its points (a centripetal Catmull–Rom spline between corners) in segments of at
/// most [`TYPED_SPACING`].
pub fn typed(digit: usize, variant: u64) -> Strokes {
    let mut rng = Rng::derived(variant, 0xD165);
    let style = Style {
        jitter: 0.0,
        ..Style::DEFAULT
    };
    let drawn = handwritten(digit, &style, 1.0, &mut rng);
    let Some((x0, y0, x1, y1)) = super::frame::bounds(&drawn) else {
        return Vec::new();
    };
    let scale = TYPED_SIZE / (x1 - x0).max(y1 - y0).max(1e-9);
    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    (drawn.into_iter())
        .map(|s| {
            let placed: Vec<(f64, f64)> = (s.into_iter())
                .map(|(x, y)| (0.5 + (x - mx) * scale, 0.5 + (y - my) * scale))
                .collect();
            smooth(&placed, TYPED_SPACING)
        })
        .collect()
}

/// `stroke` as a smooth curve through its points in segments of at most `spacing`: a
/// centripetal Catmull–Rom spline (no loops, no overshoot on uneven spacing) through each run
/// of points between corners (turns sharper than [`CORNER`]), which stay sharp; a straight
/// run stays straight.
pub fn smooth(stroke: &[(f64, f64)], spacing: f64) -> Vec<(f64, f64)> {
    let mut points: Vec<(f64, f64)> = Vec::with_capacity(stroke.len());
    for &p in stroke {
        if points.last().is_none_or(|&q| distance(p, q) > 1e-9) {
            points.push(p);
        }
    }
    if points.len() < 2 {
        return points;
    }
    let mut out = vec![points[0]];
    let mut start = 0;
    for i in 1..points.len() {
        let corner = i + 1 < points.len() && turn(points[i - 1], points[i], points[i + 1]) > CORNER;
        if corner || i + 1 == points.len() {
            spline(&points[start..=i], spacing, &mut out);
            start = i;
        }
    }
    out
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// The turn at `b` from segment a→b to b→c, in degrees (0 straight on, 180 back).
pub fn turn(a: (f64, f64), b: (f64, f64), c: (f64, f64)) -> f64 {
    let (u, v) = ((b.0 - a.0, b.1 - a.1), (c.0 - b.0, c.1 - b.1));
    let cross = u.0 * v.1 - u.1 * v.0;
    let dot = u.0 * v.0 + u.1 * v.1;
    cross.atan2(dot).to_degrees().abs()
}

/// Appends to `out` (which ends at `run[0]`) the centripetal Catmull–Rom spline through `run`,
/// sampled every `spacing` or less; its ends continue their first and last segments.
fn spline(run: &[(f64, f64)], spacing: f64, out: &mut Vec<(f64, f64)>) {
    let n = run.len();
    let at = |i: isize| -> (f64, f64) {
        match i {
            -1 => (2.0 * run[0].0 - run[1].0, 2.0 * run[0].1 - run[1].1),
            i if i as usize >= n => {
                let (a, b) = (run[n - 1], run[n - 2]);
                (2.0 * a.0 - b.0, 2.0 * a.1 - b.1)
            }
            i => run[i as usize],
        }
    };
    for i in 0..n - 1 {
        let p = [
            at(i as isize - 1),
            at(i as isize),
            at(i as isize + 1),
            at(i as isize + 2),
        ];
        // Knots spaced by the square root of the chord lengths (centripetal).
        let mut t = [0.0; 4];
        for k in 1..4 {
            t[k] = t[k - 1] + distance(p[k - 1], p[k]).sqrt().max(1e-6);
        }
        // The curve is longer than its chord: half as many samples again keeps every piece
        // within `spacing`.
        let steps = (1.5 * distance(p[1], p[2]) / spacing).ceil().max(1.0) as usize;
        for s in 1..=steps {
            let u = t[1] + (t[2] - t[1]) * s as f64 / steps as f64;
            out.push(catmull_rom(&p, &t, u));
        }
    }
}

/// The point at parameter `u` ∈ [t1, t2] of the Catmull–Rom segment through `p` with knots
/// `t` (Barry and Goldman's pyramid).
fn catmull_rom(p: &[(f64, f64); 4], t: &[f64; 4], u: f64) -> (f64, f64) {
    let lerp = |a: (f64, f64), b: (f64, f64), t0: f64, t1: f64| {
        let w = (u - t0) / (t1 - t0);
        (a.0 + (b.0 - a.0) * w, a.1 + (b.1 - a.1) * w)
    };
    let a1 = lerp(p[0], p[1], t[0], t[1]);
    let a2 = lerp(p[1], p[2], t[1], t[2]);
    let a3 = lerp(p[2], p[3], t[2], t[3]);
    let b1 = lerp(a1, a2, t[0], t[2]);
    let b2 = lerp(a2, a3, t[1], t[3]);
    lerp(b1, b2, t[1], t[2])
}
