//! Scores of the current weights on the training or the test set, from one prediction pass:
//! the loss, and the accuracy (classification) or RMSE and R² (regression).

use super::{Dataset, Session};
use crate::engine::float::Float;
use crate::engine::metrics;
use crate::engine::nn::head::Head;

/// How well the current weights do on one set. Undefined scores are `None` (never NaN).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    /// Mean loss (NaN on an empty set, which has none).
    pub loss: f64,
    /// Share of points whose predicted class (argmax) is their label; classification only.
    pub accuracy: Option<f64>,
    /// Root-mean-square error; regression only.
    pub rmse: Option<f64>,
    /// Coefficient of determination; regression only, and not when all targets are equal.
    pub r_squared: Option<f64>,
}

impl Metrics {
    /// The score a chart plots beside the loss: accuracy, or R² for regression; NaN when
    /// undefined.
    pub fn score(&self) -> f64 {
        self.accuracy.or(self.r_squared).unwrap_or(f64::NAN)
    }
}

impl<F: Float> Session<F> {
    /// The current weights' metrics on the training set.
    pub fn train_metrics(&mut self) -> Metrics {
        let set = core::mem::take(&mut self.train);
        let m = self.evaluate(&set);
        self.train = set;
        m
    }

    /// The current weights' metrics on the test set.
    pub fn test_metrics(&mut self) -> Metrics {
        let set = core::mem::take(&mut self.test);
        let m = self.evaluate(&set);
        self.test = set;
        m
    }

    /// Mean loss over the training set with the current weights.
    pub fn train_loss(&mut self) -> f64 {
        self.train_metrics().loss
    }

    /// Mean loss over the test set with the current weights.
    pub fn test_loss(&mut self) -> f64 {
        self.test_metrics().loss
    }

    /// Share of correctly classified training examples (0 for regression or no data).
    pub fn train_accuracy(&mut self) -> f64 {
        self.train_metrics().accuracy.unwrap_or(0.0)
    }

    /// Share of correctly classified test examples (0 for regression or no data).
    pub fn test_accuracy(&mut self) -> f64 {
        self.test_metrics().accuracy.unwrap_or(0.0)
    }

    /// One prediction pass over `set` (into the scratch buffer), then every metric.
    fn evaluate(&mut self, set: &Dataset<F>) -> Metrics {
        let head = self.head();
        let k = head.outputs();
        self.scratch.resize(set.len() * k, F::ZERO);
        self.net
            .predict_rows(&mut self.ws, &set.xs, &mut self.scratch);
        let out = &self.scratch;
        let n = set.len();
        let loss_sum: f64 = (out.chunks_exact(k).zip(&set.ys))
            .map(|(row, &y)| head.value(row, y).to_f64())
            .sum();
        let mut m = Metrics {
            loss: if n == 0 {
                f64::NAN
            } else {
                loss_sum / n as f64
            },
            accuracy: None,
            rmse: None,
            r_squared: None,
        };
        if self.config.is_regression() {
            m.rmse = metrics::rmse(out, &set.ys);
            m.r_squared = metrics::r_squared(out, &set.ys);
        } else {
            m.accuracy = metrics::accuracy(hits(head, out, &set.ys), n);
        }
        m
    }
}

/// Number of rows of `out` (k outputs each) whose predicted class is the label's.
fn hits<F: Float>(head: Head, out: &[F], ys: &[F]) -> usize {
    (out.chunks_exact(head.outputs()).zip(ys))
        .filter(|(row, y)| head.predicted_class(row) == head.label_class(**y))
        .count()
}
