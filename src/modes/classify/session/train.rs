//! Mini-batch training steps, epoch bookkeeping and divergence detection for a [`Session`].

use super::Session;
use super::divergence::{
    Divergence, DivergenceCause, DivergenceKind, EXPLOSION_FACTOR, EXPLOSION_LOSS_FLOOR,
    weights_problem,
};
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
        self.divergence = Some(Divergence {
            step: self.steps,
            kind,
            cause,
        });
        false
    }

    /// Records the epoch in the history: the train loss as measured now over the whole set
    /// (not the running batch average, which lags behind the weights), the test loss, and
    /// their scores (accuracy, or R² for regression); then watches for an explosion.
    fn end_epoch(&mut self) {
        self.cursor = 0;
        self.epochs += 1;
        let train = self.record_sample();
        self.watch_epoch_loss(train);
    }

    /// Adds the current losses and scores to the history (at the current epoch) and
    /// returns the training loss.
    pub(super) fn record_sample(&mut self) -> f64 {
        let train = self.train_metrics();
        let test = self.test_metrics();
        self.history.push_sample(Sample {
            epoch: self.epoch(),
            train: train.loss,
            test: test.loss,
            train_score: train.score(),
            test_score: test.score(),
        });
        train.loss
    }

    /// Stops training when the epoch loss is not finite, or when it passes
    /// [`EXPLOSION_FACTOR`] × its lowest value so far (floored at [`EXPLOSION_LOSS_FLOOR`]).
    fn watch_epoch_loss(&mut self, loss: f64) {
        if !loss.is_finite() {
            self.diverge(DivergenceKind::Loss, DivergenceCause::NotFinite);
        } else if loss > EXPLOSION_FACTOR * self.min_epoch_loss.max(EXPLOSION_LOSS_FLOOR) {
            self.diverge(DivergenceKind::Loss, DivergenceCause::Explosion);
        }
        self.min_epoch_loss = self.min_epoch_loss.min(loss);
    }
}
