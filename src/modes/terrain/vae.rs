//! The variational autoencoder and its training. The encoder (an MLP, [`PIXELS`] → 64 → 4)
//! maps a heightmap to the mean and log-variance of a 2-D Gaussian; a code is drawn from it
//! (the reparameterisation z = μ + σ·ε, so the gradient flows through μ and σ); the decoder
//! (2 → 32 → 128 → [`PIXELS`], sigmoid outputs) maps the code back to heights. The loss per
//! terrain is the squared error of the heights over 2σ² (summed over the pixels) plus the KL
//! divergence of the code's Gaussian from the standard normal; Adam minimises the batch mean.

use crate::drawing::heightfield::{Landform, landscape};
use crate::engine::float::Float;
use crate::engine::nn::{Activation, Init, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};
use crate::engine::rng::Rng;

/// Side of a training terrain, in grid points.
pub const PATCH: usize = 16;
/// Heights per terrain.
pub const PIXELS: usize = PATCH * PATCH;
/// Dimensions of the latent space.
pub const LATENT: usize = 2;
/// Terrains in the training set (a third of each landform).
pub const TRAIN_COUNT: usize = 384;
/// Terrains per training step.
pub const BATCH: usize = 32;
/// Hidden neurons of the encoder and of the decoder.
const HIDDEN: usize = 64;
/// Variance σ² of the heights around the decoded ones in the model's likelihood: the
/// smaller, the more the codes must say about each terrain (and the less the KL term's pull
/// to the standard normal weighs). At 0.005 the training codes spread wider than the prior
/// (standard deviation 1.45 per axis after 6000 steps), so codes drawn from the prior fall
/// among the average terrains of the middle and the samples' heights crowd mid-range (total
/// variation 0.100 from the training heights over 400 samples); at 0.01 the codes spread 1.25
/// and the samples' heights are nearer the training ones (0.072; seed 2: 0.121 → 0.081), and
/// a sample lies further from its nearest training terrain. At 0.02 the samples' noise
/// (σ = 0.14) makes too many heights extreme.
pub const NOISE_VAR: f64 = 0.01;
/// Adam's learning rate.
const LEARNING_RATE: f64 = 0.002;
/// Log-variances are kept within this range (exp(±8) is far beyond any useful spread).
const LOG_VAR: (f64, f64) = (-8.0, 4.0);

const STREAM_DATA: u64 = 71;
const STREAM_WEIGHTS: u64 = 72;
const STREAM_TRAIN: u64 = 73;

/// The training terrains of `seed`: [`TRAIN_COUNT`] of them, the landforms in turn, each
/// [`PIXELS`] heights, with their landforms.
pub fn training_set(seed: u64) -> (Vec<f32>, Vec<Landform>) {
    let mut rng = Rng::derived(seed, STREAM_DATA);
    let mut heights = Vec::with_capacity(TRAIN_COUNT * PIXELS);
    let mut forms = Vec::with_capacity(TRAIN_COUNT);
    for k in 0..TRAIN_COUNT {
        let form = Landform::ALL[k % Landform::ALL.len()];
        heights.extend(landscape(form, PATCH, &mut rng));
        forms.push(form);
    }
    (heights, forms)
}

/// The encoder and the decoder.
#[derive(Clone, Debug)]
pub struct Vae<F> {
    /// Heights → (μ₁, μ₂, log σ₁², log σ₂²).
    pub encoder: Mlp<F>,
    /// Code → heights.
    pub decoder: Mlp<F>,
}

impl<F: Float> Vae<F> {
    /// Both networks with weights drawn from `seed` (Glorot uniform).
    pub fn new(seed: u64) -> Self {
        let mut rng = Rng::derived(seed, STREAM_WEIGHTS);
        let mut encoder = Mlp::new(
            &[PIXELS, HIDDEN, 2 * LATENT],
            Activation::Tanh,
            Activation::Linear,
        );
        let mut decoder = Mlp::new(
            &[LATENT, 32, 2 * HIDDEN, PIXELS],
            Activation::Tanh,
            Activation::Sigmoid,
        );
        encoder.init(Init::Glorot, &mut rng);
        decoder.init(Init::Glorot, &mut rng);
        Vae { encoder, decoder }
    }

    /// Heights (0…1, [`PIXELS`] of them) decoded from each code of `codes` (pairs), one
    /// terrain after the other.
    pub fn decode(&self, ws: &mut Workspace<F>, codes: &[F]) -> Vec<f32> {
        let rows = codes.len() / LATENT;
        let mut out = Vec::with_capacity(rows * PIXELS);
        for chunk in codes.chunks(LATENT * 256) {
            let n = chunk.len() / LATENT;
            self.decoder.forward(ws, chunk, n);
            for r in 0..n {
                out.extend((0..PIXELS).map(|o| ws.output(o, r).to_f64() as f32));
            }
        }
        out
    }

    /// The mean code of each terrain of `heights` ([`PIXELS`] a terrain), as pairs.
    pub fn encode(&self, ws: &mut Workspace<F>, heights: &[F]) -> Vec<f64> {
        let rows = heights.len() / PIXELS;
        let mut out = Vec::with_capacity(rows * LATENT);
        for chunk in heights.chunks(PIXELS * 256) {
            let n = chunk.len() / PIXELS;
            self.encoder.forward(ws, chunk, n);
            for r in 0..n {
                out.extend((0..LATENT).map(|o| ws.output(o, r).to_f64()));
            }
        }
        out
    }
}

/// A VAE learning the training terrains of a seed: the networks, their optimisers, the
/// data and the step count.
#[derive(Clone, Debug)]
pub struct TerrainSession<F> {
    vae: Vae<F>,
    data: Vec<F>,
    forms: Vec<Landform>,
    enc_opt: Optimizer<F>,
    dec_opt: Optimizer<F>,
    rng: Rng,
    steps: u64,
    /// Batch means of the last step: reconstruction loss and KL term.
    last: (f64, f64),
    enc_ws: Workspace<F>,
    dec_ws: Workspace<F>,
    enc_grads: Vec<F>,
    dec_grads: Vec<F>,
    batch: Vec<F>,
    eps: Vec<F>,
    codes: Vec<F>,
}

fn adam<F: Float>() -> Optimizer<F> {
    Optimizer::new(
        OptimizerKind::Adam,
        Hyper {
            learning_rate: LEARNING_RATE,
            ..Hyper::default()
        },
    )
}

impl<F: Float> TerrainSession<F> {
    /// A fresh VAE on the training terrains of `seed`.
    pub fn new(seed: u64) -> Self {
        let (heights, forms) = training_set(seed);
        let vae = Vae::new(seed);
        let (ne, nd) = (vae.encoder.params().len(), vae.decoder.params().len());
        TerrainSession {
            vae,
            data: heights.iter().map(|&h| F::from_f64(h as f64)).collect(),
            forms,
            enc_opt: adam(),
            dec_opt: adam(),
            rng: Rng::derived(seed, STREAM_TRAIN),
            steps: 0,
            last: (f64::NAN, f64::NAN),
            enc_ws: Workspace::new(),
            dec_ws: Workspace::new(),
            enc_grads: vec![F::ZERO; ne],
            dec_grads: vec![F::ZERO; nd],
            batch: Vec::new(),
            eps: Vec::new(),
            codes: Vec::new(),
        }
    }

    /// A session of `seed` with saved weights (encoder then decoder parameters), trained
    /// `steps` steps before; None if a count is wrong.
    pub fn with_weights(seed: u64, encoder: &[F], decoder: &[F], steps: u64) -> Option<Self> {
        let mut s = TerrainSession::new(seed);
        if encoder.len() != s.vae.encoder.params().len()
            || decoder.len() != s.vae.decoder.params().len()
        {
            return None;
        }
        s.vae.encoder.params_mut().copy_from_slice(encoder);
        s.vae.decoder.params_mut().copy_from_slice(decoder);
        s.steps = steps;
        Some(s)
    }

    /// The networks.
    pub fn vae(&self) -> &Vae<F> {
        &self.vae
    }

    /// Training steps taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The training heights, [`PIXELS`] a terrain.
    pub fn data(&self) -> &[F] {
        &self.data
    }

    /// The landform of each training terrain.
    pub fn forms(&self) -> &[Landform] {
        &self.forms
    }

    /// Reconstruction loss (squared errors over 2σ², summed over a terrain's heights) and KL term of
    /// the last step, batch means (NaN before the first).
    pub fn last_losses(&self) -> (f64, f64) {
        self.last
    }

    /// Whether a weight is no longer finite.
    pub fn diverged(&self) -> bool {
        !(self.vae.encoder.params().iter())
            .chain(self.vae.decoder.params())
            .all(|p| p.is_finite())
    }

    /// `n` training steps.
    pub fn train(&mut self, n: usize) {
        for _ in 0..n {
            self.step();
        }
    }

    /// One step of Adam on a batch of [`BATCH`] terrains drawn at random.
    pub fn step(&mut self) {
        let b = BATCH;
        self.batch.clear();
        for _ in 0..b {
            let k = self.rng.below(TRAIN_COUNT);
            self.batch
                .extend_from_slice(&self.data[k * PIXELS..(k + 1) * PIXELS]);
        }
        self.eps.clear();
        for _ in 0..b * LATENT {
            self.eps.push(F::from_f64(self.rng.gaussian()));
        }
        // Encode, then draw each code by the reparameterisation.
        self.vae.encoder.forward(&mut self.enc_ws, &self.batch, b);
        let mut mu = [[0.0f64; LATENT]; BATCH];
        let mut lv = [[0.0f64; LATENT]; BATCH];
        self.codes.clear();
        for r in 0..b {
            for d in 0..LATENT {
                mu[r][d] = self.enc_ws.output(d, r).to_f64();
                lv[r][d] = self
                    .enc_ws
                    .output(LATENT + d, r)
                    .to_f64()
                    .clamp(LOG_VAR.0, LOG_VAR.1);
                let z = mu[r][d] + (0.5 * lv[r][d]).exp() * self.eps[r * LATENT + d].to_f64();
                self.codes.push(F::from_f64(z));
            }
        }
        // Decode; the reconstruction loss is Σ (y − t)² / (2σ²) (a Gaussian likelihood of
        // the heights), so ∂loss/∂z of a sigmoid output is (y − t)·y(1 − y)/σ².
        self.vae.decoder.forward(&mut self.dec_ws, &self.codes, b);
        let scale = 1.0 / b as f64;
        let batch = &self.batch;
        let mut recon = 0.0;
        self.vae.decoder.backward_with(
            &mut self.dec_ws,
            Some(&mut self.dec_grads),
            true,
            |out, d_z, stride| {
                for o in 0..PIXELS {
                    for r in 0..b {
                        let (y, t) = (out[o * stride + r].to_f64(), batch[r * PIXELS + o].to_f64());
                        recon += 0.5 * (y - t) * (y - t) / NOISE_VAR;
                        d_z[o * stride + r] =
                            F::from_f64((y - t) * y * (1.0 - y) / NOISE_VAR * scale);
                    }
                }
            },
        );
        // Back through the draw into the encoder, adding the KL term's gradient.
        let mut kl = 0.0;
        let dec_ws = &self.dec_ws;
        let eps = &self.eps;
        self.vae.encoder.backward_with(
            &mut self.enc_ws,
            Some(&mut self.enc_grads),
            false,
            |_, d_z, stride| {
                for r in 0..b {
                    for d in 0..LATENT {
                        let dz = dec_ws.input_gradient(d, r).to_f64();
                        let (m, v) = (mu[r][d], lv[r][d]);
                        let sigma = (0.5 * v).exp();
                        kl += 0.5 * (m * m + v.exp() - v - 1.0);
                        d_z[d * stride + r] = F::from_f64(dz + m * scale);
                        let e = eps[r * LATENT + d].to_f64();
                        let d_lv = dz * e * 0.5 * sigma + 0.5 * (v.exp() - 1.0) * scale;
                        d_z[(LATENT + d) * stride + r] = F::from_f64(d_lv);
                    }
                }
            },
        );
        self.dec_opt
            .step(self.vae.decoder.params_mut(), &self.dec_grads);
        self.enc_opt
            .step(self.vae.encoder.params_mut(), &self.enc_grads);
        self.steps += 1;
        self.last = (recon * scale, kl * scale);
    }

    /// The terrain at latent point (x, y): [`PIXELS`] heights.
    pub fn terrain_at(&mut self, x: f64, y: f64) -> Vec<f32> {
        let code = [F::from_f64(x), F::from_f64(y)];
        self.vae.decode(&mut self.dec_ws, &code)
    }

    /// A terrain drawn from the whole generative model: a code from the standard normal
    /// prior, then each height from the decoder's Gaussian around the decoded one (standard
    /// deviation σ = √[`NOISE_VAR`], clamped to 0…1). The page shows decoded (mean) terrains;
    /// the tests judge these samples.
    pub fn sample(&mut self, rng: &mut Rng) -> Vec<f32> {
        let (x, y) = (rng.gaussian(), rng.gaussian());
        let sd = NOISE_VAR.sqrt();
        let mean = self.terrain_at(x, y);
        mean.iter()
            .map(|&m| (m as f64 + sd * rng.gaussian()).clamp(0.0, 1.0) as f32)
            .collect()
    }

    /// The mean code of every training terrain, as pairs.
    pub fn training_codes(&mut self) -> Vec<f64> {
        self.vae.encode(&mut self.enc_ws, &self.data)
    }
}
