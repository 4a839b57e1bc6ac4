//! Mini-batch training steps, epoch bookkeeping and divergence detection for a [`Session`].

use super::Session;
use super::divergence::{
    Divergence, DivergenceCause, DivergenceKind, EXPLOSION_FACTOR, EXPLOSION_LOSS_FLOOR,
    FLAT_SPREAD, STUCK_AFTER_STEPS, relative_spread, weights_problem,
};
use crate::engine::nn::Activation;
use crate::engine::optim::Regularization;

/// Training points passed through the network together when looking for a silent layer.
const SILENT_BLOCK: usize = 256;
use crate::engine::float::Float;
use crate::engine::history::Sample;

impl<F: Float> Session<F> {
    /// One mini-batch update (the next `batch_size` training examples in order, a shorter
    /// batch at the end of the epoch). Returns `false`, doing nothing, when training has
    /// diverged or there is no training data; also `false` for the update that diverged.
    pub fn step(&mut self) -> bool {
        let n = self.train.len();
        if self.divergence.is_some() || n == 0 {
            return false;
        }
        let rows = self.config.batch_size.max(1).min(n - self.cursor);
        let k = self.net.sizes()[0];
        let xs = &self.train.xs[self.cursor * k..(self.cursor + rows) * k];
        let ys = &self.train.ys[self.cursor..self.cursor + rows];
        self.net.forward(&mut self.ws, xs, rows);
        let head = self.head();
        let total = self
            .net
            .backward_head(&mut self.ws, ys, head, &mut self.grads);
        self.steps += 1;
        if !total.is_finite() {
            return self.diverge(DivergenceKind::Loss, DivergenceCause::NotFinite);
        }
        self.regularise();
        self.optimizer.step(self.net.params_mut(), &self.grads);
        if let Some(cause) = weights_problem(self.net.params()) {
            return self.diverge(DivergenceKind::Weights, cause);
        }
        self.cursor += rows;
        if self.cursor == n {
            self.end_epoch();
        }
        self.divergence.is_none()
    }

    /// Up to `count` updates; stops early on divergence. Returns how many were applied.
    pub fn train_steps(&mut self, count: u64) -> u64 {
        let mut done = 0;
        while done < count && self.step() {
            done += 1;
        }
        done
    }

    /// Updates until the end of the current epoch (a whole epoch from an epoch boundary).
    /// Returns how many were applied.
    pub fn train_epoch(&mut self) -> u64 {
        let mut done = 0;
        while self.step() {
            done += 1;
            if self.cursor == 0 {
                break;
            }
        }
        done
    }

    /// Adds the regularisation gradient to the weights' gradients (never the biases').
    fn regularise(&mut self) {
        let reg = self.config.regularization;
        let rate = F::from_f64(self.config.reg_rate);
        for l in 0..self.net.layer_count() {
            let range = self.net.weight_range(l);
            let weights = &self.net.params()[range.clone()];
            reg.add_gradient(rate, weights, &mut self.grads[range]);
        }
    }

    fn diverge(&mut self, kind: DivergenceKind, cause: DivergenceCause) -> bool {
        let c = &self.config;
        self.divergence = Some(Divergence {
            step: self.steps,
            kind,
            cause,
            regularised: c.regularization != Regularization::None && c.reg_rate > 0.0,
        });
        false
    }

    /// Records the epoch in the history: the train loss as measured now over the whole set
    /// (not the running batch average, which lags behind the weights), the test loss, and
    /// their scores (accuracy, or R² for regression); then watches for an explosion, and
    /// (after [`STUCK_AFTER_STEPS`] updates) for a network that can no longer learn.
    fn end_epoch(&mut self) {
        self.cursor = 0;
        self.epochs += 1;
        let (train, flat) = self.record_sample();
        self.watch_epoch_loss(train);
        if self.divergence.is_none() && self.steps >= STUCK_AFTER_STEPS && flat {
            let cause = if self.silent_layer() {
                DivergenceCause::Dead
            } else {
                DivergenceCause::Flat
            };
            self.diverge(DivergenceKind::Network, cause);
        }
    }

    /// Adds the current losses and scores to the history (at the current epoch) and
    /// returns the training loss and whether the network's answer is the same at every
    /// training point while their labels differ.
    pub(super) fn record_sample(&mut self) -> (f64, bool) {
        let train = self.train_metrics();
        let flat = self.answers_flat();
        let test = self.test_metrics();
        self.history.push_sample(Sample {
            epoch: self.epoch(),
            train: train.loss,
            test: test.loss,
            train_score: train.score(),
            test_score: test.score(),
        });
        (train.loss, flat)
    }

    /// Whether the outputs left in the scratch buffer by the last pass over the training set
    /// are the same at every point (each output within [`FLAT_SPREAD`]) while the labels
    /// are not all the same.
    fn answers_flat(&self) -> bool {
        let k = self.head().outputs();
        let out = &self.scratch[..self.train.len() * k];
        let labels_differ = relative_spread(&self.train.ys) > FLAT_SPREAD;
        let column = |o: usize| -> Vec<F> { out.iter().skip(o).step_by(k).copied().collect() };
        labels_differ && (0..k).all(|o| relative_spread(&column(o)) <= FLAT_SPREAD)
    }

    /// Whether every ReLU of some hidden layer outputs 0 at every training point.
    fn silent_layer(&mut self) -> bool {
        let hidden = self.net.layer_count() - 1;
        if self.net.hidden_activation() != Activation::Relu || hidden == 0 {
            return false;
        }
        let n = self.train.len();
        let mut silent = vec![true; hidden];
        let k = self.net.sizes()[0];
        for start in (0..n).step_by(SILENT_BLOCK) {
            let rows = SILENT_BLOCK.min(n - start);
            let xs = &self.train.xs[start * k..(start + rows) * k];
            self.net.forward(&mut self.ws, xs, rows);
            for (l, s) in silent.iter_mut().enumerate() {
                let width = self.net.sizes()[l + 1];
                *s &= (0..width)
                    .all(|o| (0..rows).all(|r| self.ws.activation(l + 1, o, r) == F::ZERO));
            }
        }
        silent.iter().any(|&s| s)
    }

    /// Stops training when the epoch loss is not finite, when it passes
    /// [`EXPLOSION_FACTOR`] × its lowest value so far (floored at [`EXPLOSION_LOSS_FLOOR`]),
    /// or when (after [`STUCK_AFTER_STEPS`] updates) it has stayed put for
    /// [`super::STUCK_EPOCHS`] epochs above its starting value.
    fn watch_epoch_loss(&mut self, loss: f64) {
        if !loss.is_finite() {
            self.diverge(DivergenceKind::Loss, DivergenceCause::NotFinite);
            return;
        }
        let exploded = loss > EXPLOSION_FACTOR * self.watch.min.max(EXPLOSION_LOSS_FLOOR);
        let stuck = self.watch.stuck_after(loss);
        if exploded {
            self.diverge(DivergenceKind::Loss, DivergenceCause::Explosion);
        } else if stuck && self.steps >= STUCK_AFTER_STEPS {
            self.diverge(DivergenceKind::Loss, DivergenceCause::Stuck);
        }
    }
}
