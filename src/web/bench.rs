//! Handles for the peer benchmark (`bench/adapter.js`): the harness's workloads run on the
//! same core code the playground trains with, from the weights and data the harness gives.

use crate::engine::nn::{Activation, Loss, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};
use crate::modes::gan::{Gan, GanConfig, GanLoss};
use wasm_bindgen::prelude::*;

/// W1/W2: a tanh MLP trained with plain SGD on half squared error, batches in fixed order.
#[wasm_bindgen]
pub struct BenchMlp {
    net: Mlp<f32>,
    ws: Workspace<f32>,
    grads: Vec<f32>,
    optimizer: Optimizer<f32>,
    train_x: Vec<f32>,
    train_y: Vec<f32>,
    batch: usize,
    grid_x: Vec<f32>,
    grid_out: Vec<f32>,
}

#[wasm_bindgen]
impl BenchMlp {
    /// `sizes` are the layer sizes; `params` the weights and biases in [`Mlp`]'s layout
    /// (per layer W then b, `W[i·n_out + o]`); `train_x` row-major n × n_in; `grid_x` the same
    /// for the grid points.
    #[wasm_bindgen(constructor)]
    pub fn new(
        sizes: Vec<usize>,
        params: Vec<f32>,
        train_x: Vec<f32>,
        train_y: Vec<f32>,
        batch: usize,
        learning_rate: f64,
        grid_x: Vec<f32>,
    ) -> Result<BenchMlp, JsError> {
        let mut net = Mlp::new(&sizes, Activation::Tanh, Activation::Tanh);
        load_params(&mut net, &params)?;
        let hyper = Hyper {
            learning_rate,
            ..Hyper::default()
        };
        let grid_rows = grid_x.len() / sizes[0];
        Ok(BenchMlp {
            grads: vec![0.0; params.len()],
            net,
            ws: Workspace::new(),
            optimizer: Optimizer::new(OptimizerKind::Sgd, hyper),
            train_x,
            train_y,
            batch: batch.max(1),
            grid_x,
            grid_out: vec![0.0; grid_rows],
        })
    }

    /// One pass over the training set in order, an SGD update per batch.
    pub fn train_epoch(&mut self) {
        let k = self.net.sizes()[0];
        let n = self.train_y.len();
        let mut start = 0;
        while start < n {
            let rows = self.batch.min(n - start);
            let xs = &self.train_x[start * k..(start + rows) * k];
            self.net.forward(&mut self.ws, xs, rows);
            let ys = &self.train_y[start..start + rows];
            self.net
                .backward(&mut self.ws, ys, Loss::HalfSquared, &mut self.grads);
            self.optimizer.step(self.net.params_mut(), &self.grads);
            start += rows;
        }
    }

    /// Network outputs over the grid points.
    pub fn eval_grid(&mut self) -> Vec<f32> {
        self.net
            .predict(&mut self.ws, &self.grid_x, &mut self.grid_out);
        self.grid_out.clone()
    }
}

/// W3: a GAN (ReLU MLPs, log loss, Adam) trained on the harness's pools of real samples and
/// noise, in the harness's order.
#[wasm_bindgen]
pub struct BenchGan {
    gan: Gan<f32>,
    real: Vec<f32>,
    noise: Vec<f32>,
    batch: usize,
    real_batches: usize,
    noise_batches: usize,
    iteration: usize,
}

#[wasm_bindgen]
impl BenchGan {
    /// `g_sizes`/`d_sizes` are layer sizes and `g_params`/`d_params` the weights in
    /// [`Mlp`]'s layout; `real` holds `real_batches` batches of `batch` × 2 samples and
    /// `noise` `noise_batches` batches of `batch` × 2.
    #[wasm_bindgen(constructor)]
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        g_sizes: Vec<usize>,
        g_params: Vec<f32>,
        d_sizes: Vec<usize>,
        d_params: Vec<f32>,
        real: Vec<f32>,
        noise: Vec<f32>,
        batch: usize,
        learning_rate: f64,
    ) -> Result<BenchGan, JsError> {
        let hidden = |s: &[usize]| s[1..s.len() - 1].to_vec();
        let config = GanConfig {
            noise_dim: g_sizes[0],
            g_hidden: hidden(&g_sizes),
            d_hidden: hidden(&d_sizes),
            g_learning_rate: learning_rate,
            d_learning_rate: learning_rate,
            batch,
            far_start: false,
            // The reference's networks are ReLU MLPs trained with Adam, β₁ = 0.9 (the
            // playground's GAN uses tanh in G and β₁ = 0.5).
            g_activation: Activation::Relu,
            d_activation: Activation::Relu,
            g_optimizer: OptimizerKind::Adam,
            d_optimizer: OptimizerKind::Adam,
            loss: GanLoss::NonSaturating,
            k_d: 1,
            k_g: 1,
            adam_beta1: 0.9,
            ..GanConfig::default()
        };
        let mut gan = Gan::new(config);
        load_params(gan.generator_mut(), &g_params)?;
        load_params(gan.discriminator_mut(), &d_params)?;
        let per_batch = batch * 2;
        Ok(BenchGan {
            gan,
            real_batches: real.len() / per_batch,
            noise_batches: noise.len() / per_batch,
            real,
            noise,
            batch,
            iteration: 0,
        })
    }

    /// Iteration k: a D step on real batch k mod R and noise batch 2k mod N, then a G step on
    /// noise batch (2k + 1) mod N.
    pub fn iteration(&mut self) {
        let k = self.iteration;
        let n = self.batch * 2;
        let real = &self.real[(k % self.real_batches) * n..][..n];
        let z1 = &self.noise[((2 * k) % self.noise_batches) * n..][..n];
        let z2 = &self.noise[((2 * k + 1) % self.noise_batches) * n..][..n];
        self.gan.d_step_on(real, z1);
        self.gan.g_step_on(z2);
        self.iteration += 1;
    }

    /// G applied to `probe` (n × 2 noise), as n × 2 samples.
    pub fn generate(&mut self, probe: Vec<f32>) -> Vec<f32> {
        self.gan.generate(&probe)
    }
}

/// Copies `params` into `net`, refusing a vector of the wrong length.
fn load_params(net: &mut Mlp<f32>, params: &[f32]) -> Result<(), JsError> {
    if net.params().len() != params.len() {
        return Err(JsError::new("params do not match the layer sizes"));
    }
    net.params_mut().copy_from_slice(params);
    Ok(())
}
