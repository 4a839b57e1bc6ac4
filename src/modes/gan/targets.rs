//! The target ("real") distributions a GAN learns, as samplers over the plane. Pure Rust;
//! draws only from the generator it is handed.

use crate::engine::rng::Rng;

/// A 2-D distribution to imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Target {
    /// Eight small gaussians on a circle of radius 2 (the classic mode-collapse test).
    #[default]
    Ring,
    /// A 5 × 5 grid of small gaussians.
    Grid,
    /// Two gaussians, side by side.
    TwoGaussians,
    /// A diagonal segment with a little thickness.
    Line,
    /// A noisy one-arm spiral.
    Spiral,
    /// Two interleaving half circles.
    Moons,
    /// Three blobs of different sizes, far apart.
    Blobs,
    /// The student's own drawing: the points are in [`super::GanConfig::drawn`], and
    /// [`super::GanConfig::real_samples`] samples them (this enum alone cannot).
    Drawn,
}

impl Target {
    /// Every target, in the order the UI lists them.
    pub const ALL: [Target; 8] = [
        Target::Ring,
        Target::Grid,
        Target::TwoGaussians,
        Target::Line,
        Target::Spiral,
        Target::Moons,
        Target::Blobs,
        Target::Drawn,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Target::Ring => "ring",
            Target::Grid => "grid",
            Target::TwoGaussians => "twogauss",
            Target::Line => "line",
            Target::Spiral => "spiral",
            Target::Moons => "moons",
            Target::Blobs => "blobs",
            Target::Drawn => "drawn",
        }
    }

    /// Inverse of [`Target::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Centres of the separate modes, for the mode-coverage measure (empty for targets
    /// that are one connected shape).
    pub fn modes(self) -> Vec<(f64, f64)> {
        match self {
            Target::Ring => (0..8)
                .map(|k| {
                    let a = k as f64 * core::f64::consts::TAU / 8.0;
                    (RING_RADIUS * a.cos(), RING_RADIUS * a.sin())
                })
                .collect(),
            Target::Grid => (0..25)
                .map(|k| ((k % 5) as f64 - 2.0, (k / 5) as f64 - 2.0))
                .map(|(x, y)| (x * GRID_SPACING, y * GRID_SPACING))
                .collect(),
            Target::TwoGaussians => vec![(-2.0, 0.0), (2.0, 0.0)],
            Target::Blobs => BLOBS.iter().map(|&(x, y, _)| (x, y)).collect(),
            Target::Line | Target::Spiral | Target::Moons | Target::Drawn => Vec::new(),
        }
    }

    /// One sample. [`Target::Drawn`] has no points of its own here and gives the origin with
    /// the drawing's jitter: use [`super::GanConfig::real_samples`] for it.
    pub fn sample(self, rng: &mut Rng) -> (f64, f64) {
        match self {
            Target::Ring | Target::Grid | Target::TwoGaussians => {
                let modes = self.modes();
                let (x, y) = modes[rng.below(modes.len())];
                let sd = match self {
                    Target::TwoGaussians => 0.5,
                    _ => MODE_SD,
                };
                (x + sd * rng.gaussian(), y + sd * rng.gaussian())
            }
            Target::Line => {
                let t = rng.range(-3.0, 3.0);
                (t + 0.05 * rng.gaussian(), 0.5 * t + 0.05 * rng.gaussian())
            }
            Target::Spiral => {
                let t = rng.uniform().sqrt() * 3.0 * core::f64::consts::PI;
                let r = 0.4 + 0.35 * t;
                let jitter = 0.08;
                let x = r * t.cos() + jitter * rng.gaussian();
                (x, r * t.sin() + jitter * rng.gaussian())
            }
            Target::Moons => moon_sample(rng),
            Target::Blobs => {
                let (x, y, sd) = BLOBS[rng.below(BLOBS.len())];
                (x + sd * rng.gaussian(), y + sd * rng.gaussian())
            }
            Target::Drawn => super::drawn::sample(&[(0.0, 0.0)], rng),
        }
    }

    /// `n` samples as a flat row-major list (n × 2).
    pub fn samples(self, n: usize, rng: &mut Rng) -> Vec<f64> {
        (0..n)
            .flat_map(|_| {
                let (x, y) = self.sample(rng);
                [x, y]
            })
            .collect()
    }
}

/// Radius of the ring of gaussians.
const RING_RADIUS: f64 = 2.0;
/// Distance between neighbouring gaussians of the grid.
const GRID_SPACING: f64 = 1.0;
/// Standard deviation of each small gaussian mode.
const MODE_SD: f64 = 0.05;
/// Blobs: centre and standard deviation.
const BLOBS: [(f64, f64, f64); 3] = [(-2.5, 2.0, 0.3), (2.5, 2.0, 0.5), (0.0, -2.5, 0.2)];

fn moon_sample(rng: &mut Rng) -> (f64, f64) {
    let t = rng.uniform() * core::f64::consts::PI;
    let (x, y) = if rng.uniform() < 0.5 {
        (t.cos() * 2.0 - 1.0, t.sin() * 2.0 - 0.5)
    } else {
        (1.0 - t.cos() * 2.0, 0.5 - t.sin() * 2.0)
    };
    (x + 0.06 * rng.gaussian(), y + 0.06 * rng.gaussian())
}
