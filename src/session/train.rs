//! Mini-batch training steps, epoch bookkeeping and divergence detection for a [`Session`].

use super::Session;
use crate::float::Float;

/// Why training stopped: the numbers stopped being finite.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    /// The update (1-based) at which it was noticed.
    pub step: u64,
    /// What went wrong.
    pub kind: DivergenceKind,
}

/// What stopped being finite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivergenceKind {
    /// The loss of a batch became NaN or infinite.
    Loss,
    /// A weight or bias became NaN or infinite after an update.
    Weights,
}

impl<F: Float> Session<F> {
    /// One mini-batch update (the next `batch_size` training examples in order, a shorter
    /// batch at the end of the epoch). Returns `false`, doing nothing, when training has
    /// diverged or there is no training data.
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
        let loss = self.loss();
        let total = self.net.backward(&mut self.ws, ys, loss, &mut self.grads);
        self.steps += 1;
        if !total.is_finite() {
            return self.diverge(DivergenceKind::Loss);
        }
        self.regularise();
        self.optimizer.step(self.net.params_mut(), &self.grads);
        if !self.net.params().iter().all(|p| p.is_finite()) {
            return self.diverge(DivergenceKind::Weights);
        }
        self.examples_seen += rows as u64;
        self.cursor += rows;
        if self.cursor == n {
            self.end_epoch();
        }
        true
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

    fn diverge(&mut self, kind: DivergenceKind) -> bool {
        self.divergence = Some(super::Divergence {
            step: self.steps,
            kind,
        });
        false
    }

    /// Records the epoch in the history: the train loss as measured now over the whole set
    /// (not the running batch average, which lags behind the weights) and the test loss.
    fn end_epoch(&mut self) {
        self.cursor = 0;
        let epoch = self.epoch();
        let train = self.train_loss();
        let test = self.test_loss();
        self.history.push(epoch, train, test);
    }
}
