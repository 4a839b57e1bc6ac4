//! GAN objectives, as the gradient each network's output score receives. The discriminator's
//! output is a raw score s (a logit for the log losses, the value itself for least squares).

use crate::engine::float::Float;
use crate::engine::nn::activation::sigmoid;

/// Which adversarial objective to train with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum GanLoss {
    /// Log loss; the generator maximises log D(G(z)) (the "non-saturating" trick that keeps
    /// its gradient alive early on).
    #[default]
    NonSaturating,
    /// Log loss; the generator minimises log(1 − D(G(z))) (the original minimax game, whose
    /// gradient vanishes when D wins).
    Minimax,
    /// Least squares: D regresses real to 1 and fake to 0, G pushes D(G(z)) to 1.
    LeastSquares,
}

impl GanLoss {
    /// Every objective, in the order the UI lists them.
    pub const ALL: [GanLoss; 3] = [
        GanLoss::NonSaturating,
        GanLoss::Minimax,
        GanLoss::LeastSquares,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            GanLoss::NonSaturating => "nonsat",
            GanLoss::Minimax => "minimax",
            GanLoss::LeastSquares => "lsq",
        }
    }

    /// Inverse of [`GanLoss::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }

    /// The discriminator's "probability real" shown on screen, from its score.
    pub fn probability<F: Float>(self, s: F) -> F {
        match self {
            GanLoss::LeastSquares => s.max(F::ZERO).min(F::ONE),
            _ => sigmoid(s),
        }
    }

    /// D's loss on one sample with score `s` (`real` says which side it is on).
    pub fn d_value<F: Float>(self, s: F, real: bool) -> F {
        match self {
            GanLoss::LeastSquares => {
                let t = if real { F::ONE } else { F::ZERO };
                F::from_f64(0.5) * (s - t) * (s - t)
            }
            // −log σ(s) = softplus(−s) for real, −log(1 − σ(s)) = softplus(s) for fake.
            _ => softplus(if real { -s } else { s }),
        }
    }

    /// ∂(D's loss)/∂s on one sample.
    pub fn d_grad<F: Float>(self, s: F, real: bool) -> F {
        let t = if real { F::ONE } else { F::ZERO };
        match self {
            GanLoss::LeastSquares => s - t,
            _ => sigmoid(s) - t,
        }
    }

    /// G's loss on one generated sample with score `s`.
    pub fn g_value<F: Float>(self, s: F) -> F {
        match self {
            GanLoss::NonSaturating => softplus(-s),
            // log(1 − σ(s)) = −softplus(s)
            GanLoss::Minimax => -softplus(s),
            GanLoss::LeastSquares => F::from_f64(0.5) * (s - F::ONE) * (s - F::ONE),
        }
    }

    /// ∂(G's loss)/∂s on one generated sample.
    pub fn g_grad<F: Float>(self, s: F) -> F {
        match self {
            GanLoss::NonSaturating => sigmoid(s) - F::ONE,
            GanLoss::Minimax => -sigmoid(s),
            GanLoss::LeastSquares => s - F::ONE,
        }
    }
}

/// log(1 + eˢ), without overflow for large s.
pub fn softplus<F: Float>(s: F) -> F {
    s.max(F::ZERO) + (F::ONE + (-s.abs()).exp()).ln()
}
