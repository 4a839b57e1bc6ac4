//! A network fitted to real-valued targets: an [`Mlp`] with linear outputs, the loss
//! ½(a − y)² averaged over every output value of a mini-batch, and one of the project's
//! optimisers. Shared by the curve, image, inpainting and sound fits; knows nothing of what the
//! numbers mean.

use crate::engine::float::Float;
use crate::engine::nn::{Activation, Init, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};
use crate::engine::rng::Rng;

/// An MLP with linear outputs, its optimiser and the scratch of its mini-batch steps.
#[derive(Clone, Debug)]
pub struct Regressor<F: Float> {
    mlp: Mlp<F>,
    optimizer: Optimizer<F>,
    grads: Vec<F>,
    ws: Workspace<F>,
    batch_xs: Vec<F>,
    batch_ys: Vec<F>,
}

impl<F: Float> Regressor<F> {
    /// A network with layer `sizes` (`[inputs, hidden…, outputs]`), `hidden` activation and
    /// linear outputs, Glorot-initialised from `rng`, trained by `kind` with `hyper`.
    pub fn new(
        sizes: &[usize],
        hidden: Activation,
        kind: OptimizerKind,
        hyper: Hyper,
        rng: &mut Rng,
    ) -> Self {
        let mut mlp = Mlp::new(sizes, hidden, Activation::Linear);
        mlp.init(Init::Glorot, rng);
        Regressor {
            grads: vec![F::ZERO; mlp.params().len()],
            mlp,
            optimizer: Optimizer::new(kind, hyper),
            ws: Workspace::new(),
            batch_xs: Vec::new(),
            batch_ys: Vec::new(),
        }
    }

    /// The network.
    pub fn network(&self) -> &Mlp<F> {
        &self.mlp
    }

    /// Replaces the flat weights by `params` (a saved state); `false`, changing nothing,
    /// when their count does not fit the network.
    pub fn load_weights(&mut self, params: &[F]) -> bool {
        let own = self.mlp.params_mut();
        (own.len() == params.len())
            .then(|| own.copy_from_slice(params))
            .is_some()
    }

    /// The optimiser (its kind and hyper-parameters may be changed between steps).
    pub fn optimizer_mut(&mut self) -> &mut Optimizer<F> {
        &mut self.optimizer
    }

    /// Number of inputs and of outputs.
    fn widths(&self) -> (usize, usize) {
        let sizes = self.mlp.sizes();
        (sizes[0], sizes[sizes.len() - 1])
    }

    /// One optimiser step on the examples `rows` of (`xs`, `ys`) (see
    /// [`Regressor::gradient`]). Returns the batch's mean loss before the step.
    pub fn step_on(&mut self, xs: &[F], ys: &[F], rows: &[usize]) -> f64 {
        let loss = self.gradient(xs, ys, rows);
        self.optimizer.step(self.mlp.params_mut(), &self.grads);
        loss
    }

    /// The gradient of the batch loss for the examples `rows` of (`xs`, `ys`), where `xs` is
    /// n × inputs and `ys` n × outputs, both row-major, written to [`Regressor::grads`]. The
    /// loss is the mean over examples and outputs of ½(a − y)², which it returns.
    pub fn gradient(&mut self, xs: &[F], ys: &[F], rows: &[usize]) -> f64 {
        let (n_in, n_out) = self.widths();
        self.batch_xs.clear();
        self.batch_ys.clear();
        for &r in rows {
            self.batch_xs
                .extend_from_slice(&xs[r * n_in..(r + 1) * n_in]);
            self.batch_ys
                .extend_from_slice(&ys[r * n_out..(r + 1) * n_out]);
        }
        let b = rows.len();
        self.mlp.forward(&mut self.ws, &self.batch_xs, b);
        let scale = F::ONE / F::from_f64((b * n_out) as f64);
        let half = F::from_f64(0.5);
        let ys = &self.batch_ys;
        let mut total = F::ZERO;
        let grads = Some(&mut self.grads[..]);
        self.mlp
            .backward_with(&mut self.ws, grads, false, |a, d_z, stride| {
                for o in 0..n_out {
                    for r in 0..b {
                        let e = a[o * stride + r] - ys[r * n_out + o];
                        total += half * e * e;
                        d_z[o * stride + r] = e * scale;
                    }
                }
            });
        total.to_f64() / (b * n_out) as f64
    }

    /// The gradient from the last [`Regressor::gradient`] or step, in the layout of the
    /// network's parameters.
    pub fn grads(&self) -> &[F] {
        &self.grads
    }

    /// Mutable parameters (for tests and given weights).
    pub fn params_mut(&mut self) -> &mut [F] {
        self.mlp.params_mut()
    }

    /// The outputs for `n` examples `xs` (n × inputs) into `out` (n × outputs, row-major),
    /// evaluated in blocks of [`crate::engine::nn::mlp::PREDICT_BLOCK`].
    pub fn predict(&mut self, xs: &[F], out: &mut Vec<F>) {
        let (n_in, n_out) = self.widths();
        let n = xs.len() / n_in;
        out.clear();
        for start in (0..n).step_by(crate::engine::nn::mlp::PREDICT_BLOCK) {
            let rows = crate::engine::nn::mlp::PREDICT_BLOCK.min(n - start);
            self.mlp
                .forward(&mut self.ws, &xs[start * n_in..(start + rows) * n_in], rows);
            for r in 0..rows {
                out.extend((0..n_out).map(|o| self.ws.output(o, r)));
            }
        }
    }

    /// Mean loss over a whole data set (`xs` n × inputs, `ys` n × outputs), without training.
    pub fn mean_loss(&mut self, xs: &[F], ys: &[F]) -> f64 {
        let mut out = Vec::with_capacity(ys.len());
        self.predict(xs, &mut out);
        if ys.is_empty() {
            return 0.0;
        }
        let sum: f64 = out
            .iter()
            .zip(ys)
            .map(|(a, y)| {
                let e = (*a - *y).to_f64();
                0.5 * e * e
            })
            .sum();
        sum / ys.len() as f64
    }
}
