//! Height fields generated in code. Seeded fractal value noise (random heights on coarse
//! lattices, smoothly interpolated and summed over octaves of doubling frequency and halving
//! amplitude, scaled to [0, 1]) for the image-fitting terrain, and [`landscape`]: islands,
//! ridges and river valleys built on that noise, the training set of the terrain generator.

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
    normalise(&noise(size, &mut rng, BASE_CELLS, OCTAVES))
}

/// Fractal noise at `size` × `size` from `rng`: `octaves` octaves from `base_cells` lattice
/// cells across, amplitudes 1, ½, ¼, … (not normalised: about 0 to 2).
fn noise(size: usize, rng: &mut Rng, base_cells: usize, octaves: u32) -> Vec<f64> {
    let mut heights = vec![0.0f64; size * size];
    let mut amplitude = 1.0;
    for octave in 0..octaves {
        let cells = base_cells << octave;
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
    heights
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

/// The three kinds of landscape of [`landscape`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landform {
    /// An island rising from the sea in the middle, the larger the higher, its coast frayed
    /// by noise.
    Islands,
    /// Parallel mountain ridges running north–south above high valleys.
    Ridges,
    /// Rolling hills cut by a river winding from north to south, its bed below the sea level
    /// of 0.35.
    Rivers,
}

impl Landform {
    /// Every landform, in the order the training set cycles through them.
    pub const ALL: [Landform; 3] = [Landform::Islands, Landform::Ridges, Landform::Rivers];
}

/// A `size` × `size` landscape of `form` drawn from `rng`, heights in [0, 1] (row-major, top
/// row first). Absolute heights mean something: 0.35 is the default sea level, so islands
/// have a sea around them, rivers a bed under water and ridges rise to snow.
pub fn landscape(form: Landform, size: usize, rng: &mut Rng) -> Vec<f32> {
    let n = normalise(&noise(size, rng, 4, 3));
    let at = |k: usize| {
        let (x, y) = (k % size, k / size);
        (
            (x as f64 + 0.5) / size as f64,
            (y as f64 + 0.5) / size as f64,
        )
    };
    let texture = |k: usize| 0.4 * (n[k] as f64 - 0.5);
    let heights: Vec<f64> = match form {
        Landform::Islands => {
            let radius = rng.range(0.22, 0.45);
            let peak = 0.45 + 1.6 * (radius - 0.22);
            (0..size * size)
                .map(|k| {
                    let (x, y) = at(k);
                    let rise = (1.0 - (x - 0.5).hypot(y - 0.5) / radius).max(0.0);
                    0.18 + rise * peak + texture(k)
                })
                .collect()
        }
        Landform::Ridges => {
            let spacing = 0.45;
            let offset = rng.range(0.0, spacing);
            (0..size * size)
                .map(|k| {
                    let (x, _) = at(k);
                    let phase = ((x - 0.5 + offset) / spacing).rem_euclid(1.0);
                    let ridge = 1.0 - (2.0 * phase - 1.0).abs();
                    0.45 + 0.45 * ridge * ridge + texture(k)
                })
                .collect()
        }
        Landform::Rivers => {
            let phase = rng.range(0.0, core::f64::consts::TAU);
            (0..size * size)
                .map(|k| {
                    let (x, y) = at(k);
                    let course = 0.5 + 0.12 * (core::f64::consts::TAU * 1.2 * y + phase).sin();
                    let d = (x - course) / 0.075;
                    let land = 0.58 + texture(k) + 0.2 * (d.abs() / 4.0).min(1.0);
                    land - (land - 0.22) * (-d * d).exp()
                })
                .collect()
        }
    };
    heights.iter().map(|h| h.clamp(0.0, 1.0) as f32).collect()
}
