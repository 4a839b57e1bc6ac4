//! Datasets of k > 2 classes, labelled 0…k−1: a k-arm spiral and k gaussian blobs. Each draws
//! exactly `n` points, taking every random number from the `Rng` it is given in a fixed order.

use super::Point;
use crate::engine::rng::Rng;
use core::f64::consts::PI;

/// Distance of each blob's centre from the origin.
const BLOB_RADIUS: f64 = 4.0;

/// Sizes of k groups sharing `n` points (the first `n mod k` groups get one more).
fn shares(n: usize, k: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..k).map(move |j| (j, n / k + usize::from(j < n % k)))
}

/// k arms: point i of arm j's m points has r = 5·i/m and t = 1.75·2π·i/m + 2π·j/k, at
/// (r·sin t, r·cos t) plus U(−1, 1)·noise on each axis (for k = 2 this is the two-class
/// spiral's geometry); labelled j.
pub(super) fn spiral(n: usize, k: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    let mut points = Vec::with_capacity(n);
    for (j, count) in shares(n, k) {
        let m = count as f64;
        let delta_t = 2.0 * PI * j as f64 / k as f64;
        for i in 0..count {
            let r = i as f64 / m * 5.0;
            let t = 1.75 * i as f64 / m * 2.0 * PI + delta_t;
            let x = r * t.sin() + rng.range(-1.0, 1.0) * noise;
            let y = r * t.cos() + rng.range(-1.0, 1.0) * noise;
            points.push(Point {
                x,
                y,
                label: j as f64,
            });
        }
    }
    points
}

/// k gaussian blobs centred on a circle of radius 4, blob j at angle π/4 + 2π·j/k; the
/// variance grows linearly from 0.5 at noise 0 to 4 at noise 0.5 (the two-class gauss rule);
/// labelled j.
pub(super) fn blobs(n: usize, k: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    let std = (0.5 + (4.0 - 0.5) * noise / 0.5).sqrt();
    let mut points = Vec::with_capacity(n);
    for (j, count) in shares(n, k) {
        let angle = PI / 4.0 + 2.0 * PI * j as f64 / k as f64;
        let (cx, cy) = (BLOB_RADIUS * angle.cos(), BLOB_RADIUS * angle.sin());
        for _ in 0..count {
            let x = cx + std * rng.gaussian();
            let y = cy + std * rng.gaussian();
            points.push(Point {
                x,
                y,
                label: j as f64,
            });
        }
    }
    points
}
