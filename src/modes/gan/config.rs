//! The settings of a GAN run (what the user chose; the run itself is [`super::Gan`]).

use super::{GanLoss, Target};
use crate::engine::float::Float;
use crate::engine::nn::Activation;
use crate::engine::optim::OptimizerKind;
use crate::engine::rng::Rng;

/// Most hidden layers of G or D.
pub const MAX_GAN_LAYERS: usize = 5;
/// Most neurons in a hidden layer of G or D.
pub const MAX_GAN_WIDTH: usize = 64;

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

/// Everything a GAN run depends on, seed included. Its text form is the GAN page's keys of the
/// query string (`crate::config`, keys `target` … `gpoints`), each named beside its field.
#[derive(Clone, Debug, PartialEq)]
pub struct GanConfig {
    /// Seed of every random draw of the run (the page's `seed`).
    pub seed: u64,
    /// `target`: the real distribution. Default ring.
    pub target: Target,
    /// `gdim`: noise dimensions, 1 or 2. Default 2.
    pub noise_dim: usize,
    /// `gnoise`: noise distribution. Default gaussian.
    pub noise: NoiseKind,
    /// `ghidden`: generator hidden layer widths, 0–5 layers of 1–64. Default 32, 32.
    pub g_hidden: Vec<usize>,
    /// `dhidden`: discriminator hidden layer widths, 0–5 layers of 1–64. Default 32, 32.
    pub d_hidden: Vec<usize>,
    /// `gact`: generator hidden activation. Default tanh (version 1: relu): with ReLU the
    /// default run reached all eight modes of the ring, then collapsed onto two or three.
    pub g_activation: Activation,
    /// `dact`: discriminator hidden activation. Default relu.
    pub d_activation: Activation,
    /// `gopt`: generator optimiser. Default adam.
    pub g_optimizer: OptimizerKind,
    /// `dopt`: discriminator optimiser. Default adam.
    pub d_optimizer: OptimizerKind,
    /// `glr`: generator learning rate, 0.00001..=1. Default 0.0005 (version 1: 0.002).
    pub g_learning_rate: f64,
    /// `dlr`: discriminator learning rate, 0.00001..=1. Default 0.0005 (version 1: 0.002).
    pub d_learning_rate: f64,
    /// `ganloss`: the adversarial objective. Default nonsat.
    pub loss: GanLoss,
    /// `kd`: discriminator steps per iteration, 0..=10. Default 1.
    pub k_d: u32,
    /// `kg`: generator steps per iteration, 0..=10. Default 1.
    pub k_g: u32,
    /// `gbatch`: samples per batch, 1..=512. Default 64.
    pub batch: usize,
    /// `far`: start the generator visibly far from the target. Default 1.
    pub far_start: bool,
    /// `gpoints`: the points of a drawn target ([`Target::Drawn`]), at most
    /// [`super::drawn::MAX_DRAWN_POINTS`], snapped (see [`super::drawn::thin`]). Kept when
    /// another target is chosen, so that going back to the drawing finds it.
    pub drawn: Vec<(f64, f64)>,
    /// Adam's β₁ for both networks: 0.5 by default, the usual choice for GANs (DCGAN), which
    /// with these small networks takes most targets from far away to the target where 0.9
    /// (the classifier's) often stalls or collapses. Not in the query string; the peer
    /// benchmark sets 0.9, as its reference does.
    pub adam_beta1: f64,
    /// `garrows`, view only: draw the gradient arrows on the generated samples. Default 0.
    pub arrows: bool,
    /// `gmanifold`, view only: draw the generator's manifold (the noise grid warped by G).
    /// Default 1.
    pub manifold: bool,
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
            g_activation: Activation::Tanh,
            d_activation: Activation::Relu,
            g_optimizer: OptimizerKind::Adam,
            d_optimizer: OptimizerKind::Adam,
            g_learning_rate: 0.0005,
            d_learning_rate: 0.0005,
            loss: GanLoss::NonSaturating,
            k_d: 1,
            k_g: 1,
            batch: 64,
            far_start: true,
            drawn: Vec::new(),
            adam_beta1: 0.5,
            arrows: false,
            manifold: true,
        }
    }
}

impl GanConfig {
    /// `n` samples of the real distribution (n × 2, row-major): the target's, or the drawn
    /// points' with their jitter.
    pub fn real_samples(&self, n: usize, rng: &mut Rng) -> Vec<f64> {
        match self.target {
            Target::Drawn => (0..n)
                .flat_map(|_| {
                    let (x, y) = super::drawn::sample(&self.drawn, rng);
                    [x, y]
                })
                .collect(),
            target => target.samples(n, rng),
        }
    }

    /// This config with the settings that [`super::Gan::set_rates`] changes in place (and
    /// the view-only ones) taken from `other`: if the result equals `other`, switching to it
    /// needs no new networks.
    pub fn with_live_settings_of(&self, other: &GanConfig) -> GanConfig {
        GanConfig {
            g_learning_rate: other.g_learning_rate,
            d_learning_rate: other.d_learning_rate,
            g_optimizer: other.g_optimizer,
            d_optimizer: other.d_optimizer,
            loss: other.loss,
            k_d: other.k_d,
            k_g: other.k_g,
            arrows: other.arrows,
            manifold: other.manifold,
            ..self.clone()
        }
    }
}
