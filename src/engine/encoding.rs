//! How pixel coordinates enter a network (image fitting, segmentation): as they are, or
//! through random Fourier features γ(v) = [sin 2πBv, cos 2πBv] with a seeded gaussian
//! matrix B (Tancik et al., 2020), which let a small network draw sharp detail that plain
//! coordinates blur.

use crate::engine::rng::Rng;
use core::f64::consts::PI;

/// The input encoding of (x, y) ∈ [−1, 1]².
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Encoding {
    /// The two coordinates.
    #[default]
    Plain,
    /// `features` random frequencies: 2·features inputs.
    Fourier {
        /// Rows of B (the network gets a sine and a cosine of each).
        features: usize,
        /// Standard deviation of B's entries, in cycles per unit: larger draws finer detail
        /// (and, too large, noise).
        scale: f64,
    },
}

/// The Fourier encoding the page offers: 32 frequencies (64 inputs) of scale 3, sharp on
/// a 64 × 64 picture without turning to noise.
pub const DEFAULT_FOURIER: Encoding = Encoding::Fourier {
    features: 32,
    scale: 3.0,
};

/// Stream label of B's generator.
const STREAM_FOURIER: u64 = 41;

impl Encoding {
    /// Number of network inputs.
    pub fn inputs(self) -> usize {
        match self {
            Encoding::Plain => 2,
            Encoding::Fourier { features, .. } => 2 * features,
        }
    }

    /// The matrix B (features × 2, row-major) drawn from `seed`: N(0, scale²) entries.
    pub fn matrix(self, seed: u64) -> Vec<f64> {
        match self {
            Encoding::Plain => Vec::new(),
            Encoding::Fourier { features, scale } => {
                let mut rng = Rng::derived(seed, STREAM_FOURIER);
                (0..2 * features).map(|_| scale * rng.gaussian()).collect()
            }
        }
    }

    /// Appends the encoding of (x, y) to `out`, given B from [`Encoding::matrix`]: the sines
    /// of 2π·(B·v) first, then the cosines.
    pub fn encode(self, b: &[f64], (x, y): (f64, f64), out: &mut Vec<f64>) {
        match self {
            Encoding::Plain => out.extend([x, y]),
            Encoding::Fourier { .. } => {
                let phase = |row: &[f64]| 2.0 * PI * (row[0] * x + row[1] * y);
                out.extend(b.chunks_exact(2).map(|row| phase(row).sin()));
                out.extend(b.chunks_exact(2).map(|row| phase(row).cos()));
            }
        }
    }
}
