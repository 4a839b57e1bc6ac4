//! How coordinates enter a network: as they are, or through random Fourier features
//! γ(v) = [sin 2πBv, cos 2πBv] with a seeded gaussian matrix B (Tancik et al., 2020), which
//! let a small network draw sharp detail that plain coordinates blur, or through fixed
//! frequencies along each axis alone (a positional encoding, as in NeRF: Mildenhall et al.,
//! 2020), whose periodic features let a network continue a periodic pattern. The image fit, inpainting
//! and segmentation encode pixel coordinates (x, y) ([`Encoding::matrix`],
//! [`Encoding::encode`]); the sound fit encodes time alone ([`Encoding::matrix_of`] and [`Encoding::encode_point`] with one coordinate).

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
    /// Each coordinate alone at `octaves` fixed frequencies, 1, 2, 4, … 2^(octaves − 1)
    /// cycles across the picture (½, 1, 2, … cycles per unit): a sine and a cosine of each,
    /// 2·dims·octaves inputs. Every feature repeats across the picture, so a pattern with one
    /// of these periods (a checkerboard) looks the same to the network wherever it is.
    Axes {
        /// Frequencies per coordinate.
        octaves: usize,
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
            Encoding::Axes { octaves } => 4 * octaves,
        }
    }

    /// The matrix B (features × 2, row-major) drawn from `seed`: N(0, scale²) entries.
    pub fn matrix(self, seed: u64) -> Vec<f64> {
        self.matrix_of(seed, 2)
    }

    /// The matrix B for points of `dims` coordinates (features × dims, row-major) drawn from
    /// `seed`: N(0, scale²) entries, the same stream whatever `dims`. For [`Encoding::Axes`],
    /// the frequencies in cycles per unit (no draw).
    pub fn matrix_of(self, seed: u64, dims: usize) -> Vec<f64> {
        match self {
            Encoding::Plain => Vec::new(),
            Encoding::Axes { octaves } => (0..octaves).map(|j| 0.5 * (1u64 << j) as f64).collect(),
            Encoding::Fourier { features, scale } => {
                let mut rng = Rng::derived(seed, STREAM_FOURIER);
                (0..dims * features)
                    .map(|_| scale * rng.gaussian())
                    .collect()
            }
        }
    }

    /// Number of network inputs for points of `dims` coordinates.
    pub fn inputs_of(self, dims: usize) -> usize {
        match self {
            Encoding::Plain => dims,
            Encoding::Fourier { features, .. } => 2 * features,
            Encoding::Axes { octaves } => 2 * dims * octaves,
        }
    }

    /// Appends the encoding of the point `v` to `out`, given B from [`Encoding::matrix_of`]
    /// with `v.len()` coordinates: the sines of 2π·(B·v) first, then the cosines (for
    /// [`Encoding::Axes`], of 2π·f·vᵢ for each frequency f and each coordinate vᵢ).
    pub fn encode_point(self, b: &[f64], v: &[f64], out: &mut Vec<f64>) {
        match self {
            Encoding::Plain => out.extend_from_slice(v),
            Encoding::Axes { .. } => axes(b, v, out),
            Encoding::Fourier { .. } => {
                let phase =
                    |row: &[f64]| 2.0 * PI * row.iter().zip(v).map(|(bi, vi)| bi * vi).sum::<f64>();
                out.extend(b.chunks_exact(v.len()).map(|row| phase(row).sin()));
                out.extend(b.chunks_exact(v.len()).map(|row| phase(row).cos()));
            }
        }
    }

    /// Appends the encoding of (x, y) to `out`, given B from [`Encoding::matrix`]: the sines
    /// of 2π·(B·v) first, then the cosines.
    pub fn encode(self, b: &[f64], (x, y): (f64, f64), out: &mut Vec<f64>) {
        match self {
            Encoding::Plain => out.extend([x, y]),
            Encoding::Axes { .. } => axes(b, &[x, y], out),
            Encoding::Fourier { .. } => {
                let phase = |row: &[f64]| 2.0 * PI * (row[0] * x + row[1] * y);
                out.extend(b.chunks_exact(2).map(|row| phase(row).sin()));
                out.extend(b.chunks_exact(2).map(|row| phase(row).cos()));
            }
        }
    }
}

/// The sines of 2π·f·vᵢ for each frequency f of `freqs` and each coordinate vᵢ of `v`, then
/// the cosines.
fn axes(freqs: &[f64], v: &[f64], out: &mut Vec<f64>) {
    let phases = || (freqs.iter()).flat_map(|f| v.iter().map(move |vi| 2.0 * PI * f * vi));
    out.extend(phases().map(f64::sin));
    out.extend(phases().map(f64::cos));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_encoding_repeats_with_each_of_its_periods() {
        let e = Encoding::Axes { octaves: 3 };
        let b = e.matrix(1);
        assert_eq!(b, vec![0.5, 1.0, 2.0]);
        let at = |x: f64, y: f64| {
            let mut out = Vec::new();
            e.encode(&b, (x, y), &mut out);
            out
        };
        let (p, q) = (at(-0.1, 0.3), at(0.4, 0.3));
        assert_eq!(p.len(), e.inputs());
        assert_eq!(e.inputs(), 12);
        // Sines then cosines, each (f, x) then (f, y) for f = 0.5, 1, 2 cycles per unit. Half a
        // unit to the right (a period of the 2-cycle frequency, two squares of the 8 × 8
        // checkerboard) changes x's lower frequencies and none of the others.
        for k in [0, 2, 6, 8] {
            assert!((p[k] - q[k]).abs() > 0.1, "{k}: {} {}", p[k], q[k]);
        }
        for k in [1, 3, 4, 5, 7, 9, 10, 11] {
            assert!((p[k] - q[k]).abs() < 1e-12, "{k}: {} {}", p[k], q[k]);
        }
    }
}
