//! The settings of a GAN run (what the user chose; the run itself is [`super::Gan`]).

use super::{GanLoss, Target};
use crate::float::Float;
use crate::nn::Activation;
use crate::optim::OptimizerKind;
use crate::rng::Rng;

/// Distribution of the generator's input noise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum NoiseKind {
    /// Uniform on [−1, 1] per dimension.
    Uniform,
    /// Standard normal per dimension.
    #[default]
    Gaussian,
}

impl NoiseKind {
    /// Both kinds, in the order the UI lists them.
    pub const ALL: [NoiseKind; 2] = [NoiseKind::Uniform, NoiseKind::Gaussian];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            NoiseKind::Uniform => "uniform",
            NoiseKind::Gaussian => "gaussian",
        }
    }

    /// Inverse of [`NoiseKind::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// `n` independent draws.
    pub fn draw<F: Float>(self, n: usize, rng: &mut Rng) -> Vec<F> {
        (0..n)
            .map(|_| match self {
                NoiseKind::Uniform => F::from_f64(rng.range(-1.0, 1.0)),
                NoiseKind::Gaussian => F::from_f64(rng.gaussian()),
            })
            .collect()
    }
}

/// Everything a GAN run depends on, seed included.
#[derive(Clone, Debug, PartialEq)]
pub struct GanConfig {
    /// Seed of every random draw of the run.
    pub seed: u64,
    /// The real distribution.
    pub target: Target,
    /// Noise dimensions (1 or 2).
    pub noise_dim: usize,
    /// Noise distribution.
    pub noise: NoiseKind,
    /// Generator hidden layer widths (0–5 layers of 1–64).
    pub g_hidden: Vec<usize>,
    /// Discriminator hidden layer widths (0–5 layers of 1–64).
    pub d_hidden: Vec<usize>,
    /// Generator hidden activation.
    pub g_activation: Activation,
    /// Discriminator hidden activation.
    pub d_activation: Activation,
    /// Generator optimiser.
    pub g_optimizer: OptimizerKind,
    /// Discriminator optimiser.
    pub d_optimizer: OptimizerKind,
    /// Generator learning rate.
    pub g_learning_rate: f64,
    /// Discriminator learning rate.
    pub d_learning_rate: f64,
    /// The adversarial objective.
    pub loss: GanLoss,
    /// Discriminator steps per iteration (0–10).
    pub k_d: u32,
    /// Generator steps per iteration (0–10).
    pub k_g: u32,
    /// Samples per batch.
    pub batch: usize,
    /// Start the generator visibly far from the target.
    pub far_start: bool,
}

impl Default for GanConfig {
    fn default() -> Self {
        GanConfig {
            seed: 1,
            target: Target::Ring,
            noise_dim: 2,
            noise: NoiseKind::Gaussian,
            g_hidden: vec![32, 32],
            d_hidden: vec![32, 32],
            g_activation: Activation::Relu,
            d_activation: Activation::Relu,
            g_optimizer: OptimizerKind::Adam,
            d_optimizer: OptimizerKind::Adam,
            g_learning_rate: 0.002,
            d_learning_rate: 0.002,
            loss: GanLoss::NonSaturating,
            k_d: 1,
            k_g: 1,
            batch: 64,
            far_start: true,
        }
    }
}
