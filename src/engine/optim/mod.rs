//! Optimisers over flat (params, grads) slices, following the update rules documented by
//! PyTorch's `torch.optim` (SGD with momentum and Nesterov, RMSprop, Adam with bias
//! correction), plus L1/L2 regularisation terms. Pure Rust, knows nothing of networks.

use crate::engine::float::Float;

/// Which update rule to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum OptimizerKind {
    /// p ← p − lr·g
    #[default]
    Sgd,
    /// v ← μ·v + g; p ← p − lr·v
    Momentum,
    /// v ← μ·v + g; p ← p − lr·(g + μ·v)
    Nesterov,
    /// s ← α·s + (1 − α)·g²; p ← p − lr·g / (√s + ε)
    RmsProp,
    /// Adam with bias correction.
    Adam,
}

impl OptimizerKind {
    /// Every optimiser, in the order the UI lists them.
    pub const ALL: [OptimizerKind; 5] = [
        OptimizerKind::Sgd,
        OptimizerKind::Momentum,
        OptimizerKind::Nesterov,
        OptimizerKind::RmsProp,
        OptimizerKind::Adam,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            OptimizerKind::Sgd => "sgd",
            OptimizerKind::Momentum => "momentum",
            OptimizerKind::Nesterov => "nesterov",
            OptimizerKind::RmsProp => "rmsprop",
            OptimizerKind::Adam => "adam",
        }
    }

    /// Inverse of [`OptimizerKind::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.name() == name)
    }
}

/// Penalty added to the loss for the weights (never the biases, as in TF Playground).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Regularization {
    /// No penalty.
    #[default]
    None,
    /// rate·Σ|w|; gradient rate·sign(w).
    L1,
    /// rate·½Σw²; gradient rate·w.
    L2,
}

impl Regularization {
    /// Every choice, in the order the UI lists them.
    pub const ALL: [Regularization; 3] =
        [Regularization::None, Regularization::L1, Regularization::L2];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Regularization::None => "none",
            Regularization::L1 => "l1",
            Regularization::L2 => "l2",
        }
    }

    /// Inverse of [`Regularization::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.name() == name)
    }

    /// Adds rate·∂penalty/∂w to `grads` for every element of `weights` (same length).
    pub fn add_gradient<F: Float>(self, rate: F, weights: &[F], grads: &mut [F]) {
        match self {
            Regularization::None => {}
            Regularization::L1 => {
                for (g, w) in grads.iter_mut().zip(weights) {
                    *g += rate * w.signum0();
                }
            }
            Regularization::L2 => {
                for (g, w) in grads.iter_mut().zip(weights) {
                    *g += rate * *w;
                }
            }
        }
    }

    /// The penalty itself, rate·Σ|w| or rate·½Σw² (shown beside the data loss).
    pub fn penalty<F: Float>(self, rate: F, weights: &[F]) -> F {
        let half = F::from_f64(0.5);
        match self {
            Regularization::None => F::ZERO,
            Regularization::L1 => rate * weights.iter().fold(F::ZERO, |s, w| s + w.abs()),
            Regularization::L2 => rate * half * weights.iter().fold(F::ZERO, |s, w| s + *w * *w),
        }
    }
}

/// Hyper-parameters of an optimiser; those that do not apply to a kind are ignored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hyper {
    /// Step size.
    pub learning_rate: f64,
    /// μ for momentum and Nesterov.
    pub momentum: f64,
    /// Adam's β₁.
    pub beta1: f64,
    /// Adam's β₂, and RMSprop's smoothing constant α.
    pub beta2: f64,
    /// ε added to the denominator of RMSprop and Adam.
    pub epsilon: f64,
}

impl Default for Hyper {
    fn default() -> Self {
        Hyper {
            learning_rate: 0.03,
            momentum: 0.9,
            beta1: 0.9,
            beta2: 0.999,
            epsilon: 1e-8,
        }
    }
}

/// An optimiser and its per-parameter state (the moments), for one flat parameter vector.
#[derive(Clone, Debug)]
pub struct Optimizer<F> {
    /// The update rule.
    pub kind: OptimizerKind,
    /// Its hyper-parameters (may be changed between steps: the state is kept).
    pub hyper: Hyper,
    /// First moment / velocity (empty until needed).
    m: Vec<F>,
    /// Second moment (empty until needed).
    v: Vec<F>,
    /// Number of steps taken (Adam's bias correction).
    t: i32,
}

impl<F: Float> Optimizer<F> {
    /// A fresh optimiser with zero moments.
    pub fn new(kind: OptimizerKind, hyper: Hyper) -> Self {
        Optimizer {
            kind,
            hyper,
            m: Vec::new(),
            v: Vec::new(),
            t: 0,
        }
    }

    /// Forgets the moments and the step count (used on reset and when the kind changes).
    pub fn reset(&mut self) {
        self.m.clear();
        self.v.clear();
        self.t = 0;
    }

    /// Number of updates applied since the last reset.
    pub fn steps(&self) -> i32 {
        self.t
    }

    /// Applies one update to `params` from `grads` (same length). Mutates `params` and the
    /// moments; leaves `grads` untouched.
    pub fn step(&mut self, params: &mut [F], grads: &[F]) {
        assert_eq!(
            params.len(),
            grads.len(),
            "params and grads differ in length"
        );
        let n = params.len();
        if self.m.len() != n {
            self.m = vec![F::ZERO; n];
            self.v = vec![F::ZERO; n];
        }
        self.t += 1;
        let h = self.hyper;
        let lr = F::from_f64(h.learning_rate);
        let mu = F::from_f64(h.momentum);
        match self.kind {
            OptimizerKind::Sgd => {
                for (p, g) in params.iter_mut().zip(grads) {
                    *p -= lr * *g;
                }
            }
            OptimizerKind::Momentum => {
                for ((p, g), m) in params.iter_mut().zip(grads).zip(&mut self.m) {
                    *m = mu * *m + *g;
                    *p -= lr * *m;
                }
            }
            OptimizerKind::Nesterov => {
                for ((p, g), m) in params.iter_mut().zip(grads).zip(&mut self.m) {
                    *m = mu * *m + *g;
                    *p -= lr * (*g + mu * *m);
                }
            }
            OptimizerKind::RmsProp => {
                let alpha = F::from_f64(h.beta2);
                let eps = F::from_f64(h.epsilon);
                for ((p, g), s) in params.iter_mut().zip(grads).zip(&mut self.v) {
                    *s = alpha * *s + (F::ONE - alpha) * *g * *g;
                    *p -= lr * *g / (s.sqrt() + eps);
                }
            }
            OptimizerKind::Adam => self.adam_step(params, grads),
        }
    }

    fn adam_step(&mut self, params: &mut [F], grads: &[F]) {
        let h = self.hyper;
        let (b1, b2) = (F::from_f64(h.beta1), F::from_f64(h.beta2));
        let lr = F::from_f64(h.learning_rate);
        let eps = F::from_f64(h.epsilon);
        let bc1 = F::ONE - b1.powi(self.t);
        let bc2 = F::ONE - b2.powi(self.t);
        let iter = params
            .iter_mut()
            .zip(grads)
            .zip(self.m.iter_mut().zip(&mut self.v));
        for ((p, g), (m, v)) in iter {
            *m = b1 * *m + (F::ONE - b1) * *g;
            *v = b2 * *v + (F::ONE - b2) * *g * *g;
            *p -= lr * (*m / bc1) / ((*v / bc2).sqrt() + eps);
        }
    }
}

#[cfg(test)]
mod tests;
