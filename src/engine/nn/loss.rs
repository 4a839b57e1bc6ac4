//! Output heads: the loss together with the output activation and label encoding it implies.
//! Losses are averaged over the batch. Pure maths, no state.

use crate::engine::float::Float;
use crate::engine::nn::activation::Activation;

/// What the network's single output means and how it is scored. Labels are always given as
/// ±1 for classification (TF Playground's convention) and as the target value for regression.
/// More than two classes use k outputs and softmax cross-entropy instead
/// ([`crate::engine::nn::head::Head::Softmax`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Loss {
    /// ½(a − y)² with a tanh output and ±1 targets (TF Playground's semantics).
    #[default]
    HalfSquared,
    /// Binary cross-entropy −[t ln p + (1 − t) ln(1 − p)] with a sigmoid output p and
    /// t = (y + 1)/2 ∈ {0, 1}.
    CrossEntropy,
    /// ½(a − y)² with a linear output (regression).
    LinearSquared,
}

impl Loss {
    /// Every loss, in the order the UI lists them.
    pub const ALL: [Loss; 3] = [Loss::HalfSquared, Loss::CrossEntropy, Loss::LinearSquared];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Loss::HalfSquared => "mse",
            Loss::CrossEntropy => "xent",
            Loss::LinearSquared => "linear",
        }
    }

    /// Inverse of [`Loss::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }

    /// The activation of the output neuron this loss goes with.
    pub fn output_activation(self) -> Activation {
        match self {
            Loss::HalfSquared => Activation::Tanh,
            Loss::CrossEntropy => Activation::Sigmoid,
            Loss::LinearSquared => Activation::Linear,
        }
    }

    /// Loss of one example, from the network output `a` (after the output activation) and
    /// the label `y`.
    #[inline]
    pub fn value<F: Float>(self, a: F, y: F) -> F {
        let half = F::from_f64(0.5);
        match self {
            Loss::HalfSquared | Loss::LinearSquared => half * (a - y) * (a - y),
            Loss::CrossEntropy => {
                // Clamp p away from 0 and 1 so a confident wrong answer costs a large finite
                // amount instead of infinity.
                let eps = F::from_f64(1e-7);
                let p = a.max(eps).min(F::ONE - eps);
                let t = (y + F::ONE) * half;
                -(t * p.ln() + (F::ONE - t) * (F::ONE - p).ln())
            }
        }
    }

    /// ∂loss/∂z for the output pre-activation z, given a = f(z) and the label y.
    /// For the sigmoid with cross-entropy this simplifies to p − t, which stays accurate
    /// when p saturates.
    #[inline]
    pub fn d_output_z<F: Float>(self, a: F, y: F) -> F {
        match self {
            Loss::HalfSquared => (a - y) * (F::ONE - a * a),
            Loss::CrossEntropy => a - (y + F::ONE) * F::from_f64(0.5),
            Loss::LinearSquared => a - y,
        }
    }

    /// Loss from the pre-activation z (used by gradient checks, and by the cross-entropy to
    /// stay exact for large |z|).
    pub fn value_from_z<F: Float>(self, z: F, y: F) -> F {
        match self {
            Loss::CrossEntropy => {
                // BCE with logits: softplus(z) − t·z, written to avoid overflow.
                let t = (y + F::ONE) * F::from_f64(0.5);
                let softplus = z.max(F::ZERO) + (F::ONE + (-z.abs()).exp()).ln();
                softplus - t * z
            }
            _ => self.value(self.output_activation().apply(z), y),
        }
    }

    /// The probability-like score for class +1 used to classify: a > 0 for tanh or linear
    /// outputs, p > ½ for the sigmoid.
    pub fn predicts_positive<F: Float>(self, a: F) -> bool {
        match self {
            Loss::CrossEntropy => a > F::from_f64(0.5),
            _ => a > F::ZERO,
        }
    }
}
