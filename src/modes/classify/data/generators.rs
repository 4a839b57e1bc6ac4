//! The formulas behind each dataset, following TF Playground's `dataset.ts` (circle, xor,
//! gauss, spiral, plane, multigauss) plus our moons. Each draws exactly `n` points and takes
//! every random number from the `Rng` it is given, in a fixed order.

use super::Point;
use crate::engine::rng::Rng;
use core::f64::consts::PI;

/// Radius of the circle set's outer ring; positives lie within half of it.
const CIRCLE_RADIUS: f64 = 5.0;
/// Distance by which xor points are pushed away from the axes.
const XOR_PADDING: f64 = 0.3;
/// Half-width of the square the regression sets draw from: the whole domain.
const DOMAIN: f64 = 6.0;
/// Radius of each moon, in domain units.
const MOON_RADIUS: f64 = 3.5;
/// Standard deviation of the moons' jitter per unit of noise (so 1 at noise 0.5).
const MOON_JITTER: f64 = 2.0;
/// The multigauss bumps: centre x, centre y and the sign of the label there.
const BUMPS: [(f64, f64, f64); 6] = [
    (-4.0, 2.5, 1.0),
    (0.0, 2.5, -1.0),
    (4.0, 2.5, 1.0),
    (-4.0, -2.5, -1.0),
    (0.0, -2.5, 1.0),
    (4.0, -2.5, -1.0),
];

/// Sizes of the positive and negative halves of `n` points (the positives get the odd one).
fn halves(n: usize) -> [(usize, f64); 2] {
    [(n - n / 2, 1.0), (n / 2, -1.0)]
}

/// A label-noise offset per axis, U(−scale, scale)·noise, as TF Playground draws it.
fn offset(scale: f64, noise: f64, rng: &mut Rng) -> (f64, f64) {
    let dx = rng.range(-scale, scale) * noise;
    let dy = rng.range(-scale, scale) * noise;
    (dx, dy)
}

/// A disc of positives (r ∈ U(0, 2.5)) and a ring of negatives (r ∈ U(3.5, 5)) at random
/// angles; the label is +1 where the noisy position lies within radius 2.5.
pub(super) fn circle(n: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    let mut points = Vec::with_capacity(n);
    let bands = [
        (0.0, 0.5 * CIRCLE_RADIUS),
        (0.7 * CIRCLE_RADIUS, CIRCLE_RADIUS),
    ];
    for ((count, _), (lo, hi)) in halves(n).into_iter().zip(bands) {
        for _ in 0..count {
            let r = rng.range(lo, hi);
            let angle = rng.range(0.0, 2.0 * PI);
            let (x, y) = (r * angle.sin(), r * angle.cos());
            let (dx, dy) = offset(CIRCLE_RADIUS, noise, rng);
            let inside = (x + dx).hypot(y + dy) < 0.5 * CIRCLE_RADIUS;
            let label = if inside { 1.0 } else { -1.0 };
            points.push(Point { x, y, label });
        }
    }
    points
}

/// Moves a coordinate drawn in U(−5, 5) away from the axis by the padding.
fn pad(v: f64) -> f64 {
    if v > 0.0 {
        v + XOR_PADDING
    } else {
        v - XOR_PADDING
    }
}

/// x, y ∈ U(−5, 5) padded away from the axes; +1 where the noisy x·y ≥ 0.
pub(super) fn xor(n: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    (0..n)
        .map(|_| {
            let x = pad(rng.range(-5.0, 5.0));
            let y = pad(rng.range(-5.0, 5.0));
            let (dx, dy) = offset(5.0, noise, rng);
            let label = if (x + dx) * (y + dy) >= 0.0 {
                1.0
            } else {
                -1.0
            };
            Point { x, y, label }
        })
        .collect()
}

/// Two gaussians, at (2, 2) labelled +1 and (−2, −2) labelled −1, whose variance grows
/// linearly from 0.5 at noise 0 to 4 at noise 0.5.
pub(super) fn gauss(n: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    let variance = 0.5 + (4.0 - 0.5) * noise / 0.5;
    let std = variance.sqrt();
    let mut points = Vec::with_capacity(n);
    for (count, label) in halves(n) {
        let centre = 2.0 * label;
        for _ in 0..count {
            let x = centre + std * rng.gaussian();
            let y = centre + std * rng.gaussian();
            points.push(Point { x, y, label });
        }
    }
    points
}

/// Two arms: point i of m has r = 5·i/m and t = 1.75·2π·i/m + Δt, with Δt = 0 for +1 and
/// π for −1, at (r·sin t, r·cos t) plus U(−1, 1)·noise on each axis.
pub(super) fn spiral(n: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    let mut points = Vec::with_capacity(n);
    for (count, label) in halves(n) {
        let delta_t = if label > 0.0 { 0.0 } else { PI };
        let m = count as f64;
        for i in 0..count {
            let r = i as f64 / m * 5.0;
            let t = 1.75 * i as f64 / m * 2.0 * PI + delta_t;
            let x = r * t.sin() + rng.range(-1.0, 1.0) * noise;
            let y = r * t.cos() + rng.range(-1.0, 1.0) * noise;
            points.push(Point { x, y, label });
        }
    }
    points
}

/// Ours, after scikit-learn's `make_moons`: an upper half circle (+1) and a lower one (−1)
/// shifted right and down so that they interleave, radius 3.5, with angles drawn uniformly.
/// The pair spans 3 radii by 1.5 and is centred on the origin (x ∈ ±5.25, y ∈ ±2.625). Noise
/// adds gaussian jitter of standard deviation 2·noise (so 1 at the slider's maximum, like
/// `make_moons(noise=0.3)` at this scale); labels stay those of the moon drawn from.
pub(super) fn moons(n: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    let jitter = MOON_JITTER * noise;
    let mut points = Vec::with_capacity(n);
    for (count, label) in halves(n) {
        for _ in 0..count {
            let t = rng.range(0.0, PI);
            // In unit-radius coordinates: the upper moon is (cos t, sin t), the lower one
            // (1 − cos t, 0.5 − sin t); their bounding box's centre is (0.5, 0.25).
            let (ux, uy) = if label > 0.0 {
                (t.cos(), t.sin())
            } else {
                (1.0 - t.cos(), 0.5 - t.sin())
            };
            let x = (ux - 0.5) * MOON_RADIUS + jitter * rng.gaussian();
            let y = (uy - 0.25) * MOON_RADIUS + jitter * rng.gaussian();
            points.push(Point { x, y, label });
        }
    }
    points
}

/// Draws regression points uniformly over the domain, labelling each with `label` evaluated
/// at the position moved by U(−6, 6)·noise per axis.
fn regression(n: usize, noise: f64, rng: &mut Rng, label: fn(f64, f64) -> f64) -> Vec<Point> {
    (0..n)
        .map(|_| {
            let x = rng.range(-DOMAIN, DOMAIN);
            let y = rng.range(-DOMAIN, DOMAIN);
            let (dx, dy) = offset(DOMAIN, noise, rng);
            let label = label(x + dx, y + dy);
            Point { x, y, label }
        })
        .collect()
}

/// The plane's label: (x + y) / 10, clamped to [−1, 1] (noise can push x + y past ±10).
pub(super) fn plane_label(x: f64, y: f64) -> f64 {
    ((x + y) / 10.0).clamp(-1.0, 1.0)
}

/// Regression on the plane label over the whole domain.
pub(super) fn plane(n: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    regression(n, noise, rng, plane_label)
}

/// The multigauss label: over the six bumps, sign·s(distance to its centre) where s falls
/// linearly from 1 at distance 0 to 0 at distance 2 and stays 0 beyond; the value with the
/// largest magnitude wins (the first on ties; 0 when no bump is within reach).
pub(super) fn multi_gauss_label(x: f64, y: f64) -> f64 {
    let mut label = 0.0f64;
    for (cx, cy, sign) in BUMPS {
        let s = (1.0 - (x - cx).hypot(y - cy) / 2.0).max(0.0);
        let value = sign * s;
        if value.abs() > label.abs() {
            label = value;
        }
    }
    label
}

/// Regression on the multigauss label over the whole domain.
pub(super) fn multi_gauss(n: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    regression(n, noise, rng, multi_gauss_label)
}
