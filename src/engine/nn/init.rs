//! Weight initialisation schemes (what the session draws when it builds or resets a network).

use crate::engine::float::Float;
use crate::engine::rng::Rng;

/// How initial weights and biases are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Init {
    /// TF Playground's: weights uniform in (−0.5, 0.5), biases 0.1.
    #[default]
    Uniform,
    /// Glorot (Xavier) uniform: weights uniform in ±√(6 / (n_in + n_out)), biases 0.
    Glorot,
    /// Every weight and bias 0 (to show why symmetry must be broken).
    Zeros,
}

impl Init {
    /// Every scheme, in the order the UI lists them.
    pub const ALL: [Init; 3] = [Init::Uniform, Init::Glorot, Init::Zeros];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Init::Uniform => "uniform",
            Init::Glorot => "glorot",
            Init::Zeros => "zeros",
        }
    }

    /// Inverse of [`Init::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.name() == name)
    }

    /// Fills one layer's weights `w` (n_in × n_out) and biases `b` (n_out).
    pub fn fill<F: Float>(
        self,
        n_in: usize,
        n_out: usize,
        w: &mut [F],
        b: &mut [F],
        rng: &mut Rng,
    ) {
        match self {
            Init::Uniform => {
                w.iter_mut()
                    .for_each(|x| *x = F::from_f64(rng.uniform() - 0.5));
                b.iter_mut().for_each(|x| *x = F::from_f64(0.1));
            }
            Init::Glorot => {
                let limit = (6.0 / (n_in + n_out) as f64).sqrt();
                w.iter_mut()
                    .for_each(|x| *x = F::from_f64((rng.uniform() * 2.0 - 1.0) * limit));
                b.iter_mut().for_each(|x| *x = F::ZERO);
            }
            Init::Zeros => {
                w.iter_mut().for_each(|x| *x = F::ZERO);
                b.iter_mut().for_each(|x| *x = F::ZERO);
            }
        }
    }
}
