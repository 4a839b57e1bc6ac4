//! The examples a session trains and tests on: the points and their feature-expanded inputs.

use crate::config::Config;
use crate::engine::float::Float;
use crate::engine::nn::{Loss, Mlp, Workspace};
use crate::engine::rng::Rng;
use crate::modes::classify::data::{self, DatasetKind, Features, Point};

/// Half-width of the square the data and the decision grid live on.
pub const DOMAIN: f64 = 6.0;

/// A set of examples: raw points plus inputs expanded to the enabled features.
#[derive(Clone, Debug, Default)]
pub struct Dataset<F> {
    /// The points as drawn (positions and labels).
    pub points: Vec<Point>,
    /// Inputs, row-major: len × feature count.
    pub xs: Vec<F>,
    /// Labels, one per point.
    pub ys: Vec<F>,
}

impl<F: Float> Dataset<F> {
    /// The configured dataset split into (train, test): drawn from `rng` with the config's
    /// classes (see [`data::generate_classes`]), or for custom data the custom points split by
    /// [`crate::modes::classify::data::CustomPoints::split`] (which leaves out points the task cannot use).
    pub fn pair(config: &Config, rng: &mut Rng) -> (Self, Self) {
        let kind = config.dataset;
        let task = config.task();
        let (train, test) = if kind == DatasetKind::Custom {
            (config.custom).split(config.seed, config.train_percent, task)
        } else {
            let noise = config.noise as f64 / 100.0;
            let k = task.classes();
            let points = data::generate_classes(kind, kind.default_size(), noise, k, rng);
            data::split(points, config.train_percent, rng)
        };
        (
            Self::from_points(train, &config.features),
            Self::from_points(test, &config.features),
        )
    }

    /// Expands `points` to the given features.
    pub fn from_points(points: Vec<Point>, features: &Features) -> Self {
        let xs = features.expand_points(&points);
        let ys = points.iter().map(|p| F::from_f64(p.label)).collect();
        Dataset { points, xs, ys }
    }

    /// Number of examples.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// `true` when there are no examples.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Share of examples whose predicted class matches the label (0 for regression or when
    /// empty). For a single-output network; sessions use [`super::Session::train_metrics`].
    pub fn accuracy(&self, net: &Mlp<F>, ws: &mut Workspace<F>, loss: Loss) -> f64 {
        if self.is_empty() || loss == Loss::LinearSquared {
            return 0.0;
        }
        let mut out = vec![F::ZERO; self.len()];
        net.predict(ws, &self.xs, &mut out);
        let right = out
            .iter()
            .zip(&self.ys)
            .filter(|(a, y)| loss.predicts_positive(**a) == (**y > F::ZERO))
            .count();
        right as f64 / self.len() as f64
    }
}

/// Feature-expanded inputs of a `resolution`² grid over [−DOMAIN, DOMAIN]², row-major in
/// image order (top row y = +DOMAIN), cell centres at the grid's corners and edges.
pub fn grid_inputs<F: Float>(features: &Features, resolution: usize) -> Vec<F> {
    let k = features.count();
    let mut xs = vec![F::ZERO; resolution * resolution * k];
    let step = 2.0 * DOMAIN / (resolution.max(2) - 1) as f64;
    for row in 0..resolution {
        let y = DOMAIN - row as f64 * step;
        for col in 0..resolution {
            let x = -DOMAIN + col as f64 * step;
            let at = (row * resolution + col) * k;
            features.expand(x, y, &mut xs[at..at + k]);
        }
    }
    xs
}

/// Feature-expanded inputs of arbitrary positions, row-major (one row per position).
pub fn expand_positions<F: Float>(features: &Features, positions: &[(f64, f64)]) -> Vec<F> {
    let k = features.count();
    let mut xs = vec![F::ZERO; positions.len() * k];
    if k == 0 {
        return xs;
    }
    for (row, &(x, y)) in xs.chunks_exact_mut(k).zip(positions) {
        features.expand(x, y, row);
    }
    xs
}
