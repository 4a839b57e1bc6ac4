//! Seeded fractal value noise: random heights on coarse lattices, smoothly interpolated and
//! summed over octaves of doubling frequency and halving amplitude, scaled to [0, 1].

use crate::engine::rng::Rng;

/// Lattice cells across the picture at the first octave.
const BASE_CELLS: usize = 3;
/// Octaves summed (the finest has 3·2⁴ = 48 cells across: detail down to a few pixels at 64).
const OCTAVES: u32 = 5;
/// Amplitude ratio between successive octaves.
const PERSISTENCE: f64 = 0.5;
/// Stream label of the terrain's generator.
const STREAM_TERRAIN: u64 = 31;

/// `size` × `size` heights in [0, 1] (row-major, top row first), the same for the same seed.
pub fn fractal_heights(size: usize, seed: u64) -> Vec<f32> {
    let mut rng = Rng::derived(seed, STREAM_TERRAIN);
    let mut heights = vec![0.0f64; size * size];
    let mut amplitude = 1.0;
    for octave in 0..OCTAVES {
        let cells = BASE_CELLS << octave;
        let lattice: Vec<f64> = (0..(cells + 1) * (cells + 1))
            .map(|_| rng.uniform())
            .collect();
        for (k, h) in heights.iter_mut().enumerate() {
            let u = ((k % size) as f64 + 0.5) / size as f64 * cells as f64;
            let v = ((k / size) as f64 + 0.5) / size as f64 * cells as f64;
            *h += amplitude * smooth_lookup(&lattice, cells + 1, u, v);
        }
        amplitude *= PERSISTENCE;
    }
    normalise(&heights)
}

/// The lattice (`n` × `n` values) at (u, v) in lattice units, interpolated with the quintic
/// fade 6t⁵ − 15t⁴ + 10t³ (zero slope at the lattice points, so no creases).
fn smooth_lookup(lattice: &[f64], n: usize, u: f64, v: f64) -> f64 {
    let (i, j) = (
        (u.floor() as usize).min(n - 2),
        (v.floor() as usize).min(n - 2),
    );
    let fade = |t: f64| t * t * t * (t * (t * 6.0 - 15.0) + 10.0);
    let (fu, fv) = (fade(u - i as f64), fade(v - j as f64));
    let at = |a: usize, b: usize| lattice[b * n + a];
    let top = at(i, j) + (at(i + 1, j) - at(i, j)) * fu;
    let bottom = at(i, j + 1) + (at(i + 1, j + 1) - at(i, j + 1)) * fu;
    top + (bottom - top) * fv
}

/// `values` scaled linearly so the lowest is 0 and the highest 1 (all 0 if flat).
fn normalise(values: &[f64]) -> Vec<f32> {
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let span = hi - lo;
    values
        .iter()
        .map(|v| {
            if span > 0.0 {
                ((v - lo) / span) as f32
            } else {
                0.0
            }
        })
        .collect()
}
