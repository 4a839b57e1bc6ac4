//! Generative adversarial training on the plane: a generator MLP maps noise to 2-D samples, a
//! discriminator MLP scores samples as real or fake, and each learns against the other. Built
//! on the same `Mlp`, kernels and optimisers as the classifier; pure Rust, no web crates.

mod config;
mod diagnosis;
pub mod drawn;
mod explained;
pub(crate) mod keys;
pub mod loss;
pub mod metrics;
pub mod scene;
mod session;
pub mod state;
pub mod targets;
mod views;

#[cfg(test)]
mod tests;

pub use config::{GanConfig, MAX_GAN_LAYERS, MAX_GAN_WIDTH, NoiseKind};
pub use diagnosis::{Diagnosis, diagnose};
pub use explained::{Explained, Phase, UPDATE_ARROW_LENGTH};
pub use loss::GanLoss;
pub use session::{DIAGNOSIS_PERSISTS, GanChange, GanSession, RECORD_EVERY, StepMode};
pub use targets::Target;
pub use views::GanMetrics;

use crate::engine::float::Float;
use crate::engine::nn::{Activation, Init, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer};
use crate::engine::rng::Rng;

/// Half-width of the square the GAN views cover.
pub const GAN_DOMAIN: f64 = 4.0;
/// Fixed samples shown on screen (real and generated).
pub const DISPLAY_SAMPLES: usize = 400;
/// Stream labels of the seeded generators.
const STREAM_WEIGHTS: u64 = 11;
const STREAM_REAL: u64 = 12;
const STREAM_NOISE: u64 = 13;
const STREAM_DISPLAY: u64 = 14;

/// One batch's losses.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StepLosses {
    /// Discriminator loss (mean over real plus mean over fake), NaN if no D step ran.
    pub d: f64,
    /// Generator loss (mean over the batch), NaN if no G step ran.
    pub g: f64,
}

/// A generator, a discriminator, their optimisers and the data streams they train on.
#[derive(Clone, Debug)]
pub struct Gan<F: Float> {
    config: GanConfig,
    g: Mlp<F>,
    d: Mlp<F>,
    opt_g: Optimizer<F>,
    opt_d: Optimizer<F>,
    grads_g: Vec<F>,
    grads_d: Vec<F>,
    ws_g: Workspace<F>,
    ws_d: Workspace<F>,
    real_rng: Rng,
    noise_rng: Rng,
    d_input: Vec<F>,
    fake: Vec<F>,
    display_real: Vec<f64>,
    display_noise: Vec<F>,
    iterations: u64,
}

impl<F: Float> Gan<F> {
    /// A GAN for `config`, its networks initialised (Glorot) from the seed.
    pub fn new(config: GanConfig) -> Self {
        let mut rng = Rng::derived(config.seed, STREAM_DISPLAY);
        let display_real = config.real_samples(DISPLAY_SAMPLES, &mut rng);
        let display_noise = config
            .noise
            .draw(DISPLAY_SAMPLES * config.noise_dim, &mut rng);
        let (g, d) = networks(&config);
        let mut gan = Gan {
            opt_g: Optimizer::new(
                config.g_optimizer,
                hyper(config.g_learning_rate, config.adam_beta1),
            ),
            opt_d: Optimizer::new(
                config.d_optimizer,
                hyper(config.d_learning_rate, config.adam_beta1),
            ),
            grads_g: vec![F::ZERO; g.params().len()],
            grads_d: vec![F::ZERO; d.params().len()],
            g,
            d,
            ws_g: Workspace::new(),
            ws_d: Workspace::new(),
            real_rng: Rng::derived(config.seed, STREAM_REAL),
            noise_rng: Rng::derived(config.seed, STREAM_NOISE),
            d_input: Vec::new(),
            fake: Vec::new(),
            display_real,
            display_noise,
            iterations: 0,
            config,
        };
        gan.init_weights();
        gan
    }

    fn init_weights(&mut self) {
        let mut rng = Rng::derived(self.config.seed, STREAM_WEIGHTS);
        self.g.init(Init::Glorot, &mut rng);
        self.d.init(Init::Glorot, &mut rng);
        if self.config.far_start {
            // Move the generator's output away from the target: its samples start as a
            // small cloud in a corner, visibly far from the real data.
            let last = self.g.layer_count() - 1;
            let scale = F::from_f64(FAR_START_SHRINK);
            for k in self.g.weight_range(last) {
                self.g.params_mut()[k] *= scale;
            }
            let biases = self.g.layer_range(last).end - 2;
            self.g.params_mut()[biases] = F::from_f64(FAR_START.0);
            self.g.params_mut()[biases + 1] = F::from_f64(FAR_START.1);
        }
    }

    /// The settings this GAN runs.
    pub fn config(&self) -> &GanConfig {
        &self.config
    }

    /// The generator network (noise → 2-D sample, linear output).
    pub fn generator(&self) -> &Mlp<F> {
        &self.g
    }

    /// The discriminator network (2-D sample → score).
    pub fn discriminator(&self) -> &Mlp<F> {
        &self.d
    }

    /// Mutable generator (for tests and the benchmark's given weights).
    pub fn generator_mut(&mut self) -> &mut Mlp<F> {
        &mut self.g
    }

    /// Mutable discriminator.
    pub fn discriminator_mut(&mut self) -> &mut Mlp<F> {
        &mut self.d
    }

    /// Training iterations done (each: k_D discriminator steps then k_G generator steps).
    pub fn iterations(&self) -> u64 {
        self.iterations
    }

    /// Changes the learning rates and optimisers in place (weights and moments kept, except
    /// the moments of an optimiser whose kind changed).
    pub fn set_rates(&mut self, config: &GanConfig) {
        for (opt, kind, lr) in [
            (&mut self.opt_g, config.g_optimizer, config.g_learning_rate),
            (&mut self.opt_d, config.d_optimizer, config.d_learning_rate),
        ] {
            if opt.kind != kind {
                opt.kind = kind;
                opt.reset();
            }
            opt.hyper = hyper(lr, self.config.adam_beta1);
        }
        self.config.g_learning_rate = config.g_learning_rate;
        self.config.d_learning_rate = config.d_learning_rate;
        self.config.g_optimizer = config.g_optimizer;
        self.config.d_optimizer = config.d_optimizer;
        self.config.k_d = config.k_d;
        self.config.k_g = config.k_g;
        self.config.loss = config.loss;
    }

    /// One iteration: `k_d` discriminator steps then `k_g` generator steps, each on fresh
    /// real samples and noise.
    pub fn iteration(&mut self) -> StepLosses {
        let mut losses = StepLosses {
            d: f64::NAN,
            g: f64::NAN,
        };
        for _ in 0..self.config.k_d {
            losses.d = self.d_step();
        }
        for _ in 0..self.config.k_g {
            losses.g = self.g_step();
        }
        self.iterations += 1;
        losses
    }

    /// One discriminator step on a fresh batch. Returns its loss.
    pub fn d_step(&mut self) -> f64 {
        let (real, noise) = self.draw_batch();
        self.d_step_on(&real, &noise)
    }

    /// A fresh batch, as a discriminator step draws it: real samples (B × 2) and noise
    /// (B × noise_dim).
    pub fn draw_batch(&mut self) -> (Vec<F>, Vec<F>) {
        let b = self.config.batch;
        let real = self.config.real_samples(b, &mut self.real_rng);
        let real: Vec<F> = real.into_iter().map(F::from_f64).collect();
        let noise = self
            .config
            .noise
            .draw(b * self.config.noise_dim, &mut self.noise_rng);
        (real, noise)
    }

    /// One generator step on fresh noise. Returns its loss.
    pub fn g_step(&mut self) -> f64 {
        let b = self.config.batch;
        let noise = self
            .config
            .noise
            .draw(b * self.config.noise_dim, &mut self.noise_rng);
        self.g_step_on(&noise)
    }

    /// Discriminator step on given batches: `real` (B × 2) and `noise` (B × noise_dim).
    /// Loss: mean over real of D's loss on "real" plus mean over G(noise) of its loss on
    /// "fake"; only D is updated. Returns the loss.
    pub fn d_step_on(&mut self, real: &[F], noise: &[F]) -> f64 {
        let b = real.len() / 2;
        self.generate_into(noise, b);
        self.d_input.clear();
        self.d_input.extend_from_slice(real);
        self.d_input.extend_from_slice(&self.fake);
        self.d.forward(&mut self.ws_d, &self.d_input, 2 * b);
        let (loss, scale) = (self.config.loss, F::ONE / F::from_f64(b as f64));
        let mut total = 0.0;
        self.d.backward_with(
            &mut self.ws_d,
            Some(&mut self.grads_d),
            false,
            |s, d_z, _| {
                for r in 0..2 * b {
                    let is_real = r < b;
                    total += loss.d_value(s[r], is_real).to_f64();
                    d_z[r] = loss.d_grad(s[r], is_real) * scale;
                }
            },
        );
        self.opt_d.step(self.d.params_mut(), &self.grads_d);
        total / b as f64
    }

    /// Generator step on given noise (B × noise_dim): the gradient of G's loss flows back
    /// through D (whose weights stay put) into G. Returns the loss.
    pub fn g_step_on(&mut self, noise: &[F]) -> f64 {
        let b = noise.len() / self.config.noise_dim;
        let total = self.g_backward(noise, b);
        self.opt_g.step(self.g.params_mut(), &self.grads_g);
        total / b as f64
    }

    /// Forward G and D on `noise`, then write the gradient of G's batch-mean loss with
    /// respect to G's parameters into `grads_g`. Returns the summed loss.
    fn g_backward(&mut self, noise: &[F], b: usize) -> f64 {
        self.generate_into(noise, b);
        self.d.forward(&mut self.ws_d, &self.fake, b);
        let (loss, scale) = (self.config.loss, F::ONE / F::from_f64(b as f64));
        let mut total = 0.0;
        self.d
            .backward_with(&mut self.ws_d, None, true, |s, d_z, _| {
                for r in 0..b {
                    total += loss.g_value(s[r]).to_f64();
                    d_z[r] = loss.g_grad(s[r]) * scale;
                }
            });
        let ws_d = &self.ws_d;
        // G's output is linear, so ∂loss/∂z of its outputs is ∂loss/∂(sample) from D.
        self.g.backward_with(
            &mut self.ws_g,
            Some(&mut self.grads_g),
            false,
            |_, d_z, stride| {
                for r in 0..b {
                    d_z[r] = ws_d.input_gradient(0, r);
                    d_z[stride + r] = ws_d.input_gradient(1, r);
                }
            },
        );
        total
    }

    /// G(noise) for `b` rows into `self.fake` (b × 2, row-major).
    fn generate_into(&mut self, noise: &[F], b: usize) {
        self.g.forward(&mut self.ws_g, noise, b);
        self.fake.clear();
        for r in 0..b {
            self.fake.push(self.ws_g.output(0, r));
            self.fake.push(self.ws_g.output(1, r));
        }
    }

    /// G applied to any noise (n × noise_dim), as n × 2 samples.
    pub fn generate(&mut self, noise: &[F]) -> Vec<F> {
        let n = noise.len() / self.config.noise_dim;
        let mut out = Vec::with_capacity(2 * n);
        for start in (0..n).step_by(crate::engine::nn::mlp::PREDICT_BLOCK) {
            let rows = crate::engine::nn::mlp::PREDICT_BLOCK.min(n - start);
            let d = self.config.noise_dim;
            self.generate_into(&noise[start * d..(start + rows) * d], rows);
            out.extend_from_slice(&self.fake);
        }
        out
    }
}

/// Where the "start far away" preset puts the generator's first samples.
const FAR_START: (f64, f64) = (3.0, -3.0);
/// Factor on the generator's output weights in that preset (a tight initial cloud).
const FAR_START_SHRINK: f64 = 0.2;

fn networks<F: Float>(c: &GanConfig) -> (Mlp<F>, Mlp<F>) {
    let g_sizes: Vec<usize> = [c.noise_dim]
        .into_iter()
        .chain(c.g_hidden.iter().copied())
        .chain([2])
        .collect();
    let d_sizes: Vec<usize> = [2]
        .into_iter()
        .chain(c.d_hidden.iter().copied())
        .chain([1])
        .collect();
    (
        Mlp::new(&g_sizes, c.g_activation, Activation::Linear),
        Mlp::new(&d_sizes, c.d_activation, Activation::Linear),
    )
}

fn hyper(learning_rate: f64, adam_beta1: f64) -> Hyper {
    Hyper {
        learning_rate,
        beta1: adam_beta1,
        ..Hyper::default()
    }
}
