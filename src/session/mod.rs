//! A training session: what training produced from a [`Config`] (data, weights, optimiser
//! moments, step count, loss history, divergence). Owns the seeded generators; pure Rust.
//! Which config changes apply in place and which rebuild is decided in one place,
//! [`crate::config::change_between`]; this module only carries it out.

mod dataset;
mod train;

#[cfg(test)]
mod tests;

pub use dataset::Dataset;
pub use train::{Divergence, DivergenceKind};

use crate::config::{Change, Config, change_between};
use crate::data::Features;
use crate::float::Float;
use crate::history::History;
use crate::nn::{Loss, Mlp, Workspace};
use crate::optim::{Hyper, Optimizer};
use crate::rng::Rng;

/// Stream label for the data generator (see [`Rng::derived`]).
const DATA_STREAM: u64 = 1;
/// Stream label for the initial weights; a "new weights" draw adds its counter to it.
const WEIGHTS_STREAM: u64 = 2;
/// Samples kept by the loss history before it decimates.
pub const HISTORY_CAPACITY: usize = 512;

/// The state training produces, for one config.
#[derive(Clone, Debug)]
pub struct Session<F: Float> {
    config: Config,
    train: Dataset<F>,
    test: Dataset<F>,
    net: Mlp<F>,
    initial_params: Vec<F>,
    weight_draws: u64,
    grads: Vec<F>,
    optimizer: Optimizer<F>,
    ws: Workspace<F>,
    cursor: usize,
    steps: u64,
    examples_seen: u64,
    history: History,
    divergence: Option<Divergence>,
    grid: GridCache<F>,
}

/// Feature-expanded grid inputs, kept between frames until the features or size change.
#[derive(Clone, Debug, Default)]
struct GridCache<F> {
    features: Option<Features>,
    resolution: usize,
    inputs: Vec<F>,
}

impl<F: Float> Session<F> {
    /// A session for `config`: its data drawn and its network initialised from the seed.
    pub fn new(config: Config) -> Self {
        let (train, test) = Dataset::pair(&config, &mut Rng::derived(config.seed, DATA_STREAM));
        let net = Mlp::new(&[1, 1], Default::default(), Default::default());
        let mut s = Session {
            optimizer: Optimizer::new(config.optimizer, hyper(&config)),
            config,
            train,
            test,
            initial_params: Vec::new(),
            grads: Vec::new(),
            net,
            weight_draws: 0,
            ws: Workspace::new(),
            cursor: 0,
            steps: 0,
            examples_seen: 0,
            history: History::new(HISTORY_CAPACITY),
            divergence: None,
            grid: GridCache::default(),
        };
        s.rebuild_network();
        s
    }

    /// The config this session follows.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Switches to `new`: live changes keep the weights and the history, a network change
    /// draws new weights on the same data, a data change redraws data and weights.
    /// Returns which of these happened.
    pub fn set_config(&mut self, new: Config) -> Change {
        let change = change_between(&self.config, &new);
        let kind_changed = new.optimizer != self.config.optimizer;
        self.config = new;
        self.optimizer.kind = self.config.optimizer;
        self.optimizer.hyper = hyper(&self.config);
        if kind_changed {
            // Moments of one rule mean nothing to another.
            self.optimizer.reset();
        }
        match change {
            Change::Live => {}
            Change::Rebuild => self.rebuild_network(),
            Change::Regenerate => {
                let mut rng = Rng::derived(self.config.seed, DATA_STREAM);
                (self.train, self.test) = Dataset::pair(&self.config, &mut rng);
                self.weight_draws = 0;
                self.rebuild_network();
            }
        }
        change
    }

    /// Back to the initial weights of this seed (the same ones every time), clearing the
    /// step count, the optimiser's moments, the history and any divergence.
    pub fn reset(&mut self) {
        self.net.params_mut().copy_from_slice(&self.initial_params);
        self.restart();
    }

    /// Draws a different set of initial weights (the n-th redraw of this seed, so still
    /// reproducible) and restarts from them.
    pub fn new_weights(&mut self) {
        self.weight_draws += 1;
        self.rebuild_network();
    }

    fn rebuild_network(&mut self) {
        let c = &self.config;
        let loss = self.loss();
        self.net = Mlp::new(&c.layer_sizes(), c.activation, loss.output_activation());
        let stream = WEIGHTS_STREAM + self.weight_draws;
        self.net.init(c.init, &mut Rng::derived(c.seed, stream));
        self.initial_params = self.net.params().to_vec();
        self.grads = vec![F::ZERO; self.initial_params.len()];
        self.restart();
    }

    fn restart(&mut self) {
        self.optimizer.reset();
        self.cursor = 0;
        self.steps = 0;
        self.examples_seen = 0;
        self.history.clear();
        self.divergence = None;
    }

    /// The loss actually trained: squared error with a linear output on regression data,
    /// the configured head otherwise.
    pub fn loss(&self) -> Loss {
        if self.config.dataset.is_regression() {
            Loss::LinearSquared
        } else {
            self.config.loss
        }
    }

    /// The network being trained.
    pub fn network(&self) -> &Mlp<F> {
        &self.net
    }

    /// Training examples.
    pub fn train_set(&self) -> &Dataset<F> {
        &self.train
    }

    /// Held-out examples.
    pub fn test_set(&self) -> &Dataset<F> {
        &self.test
    }

    /// Mini-batch updates applied since the last (re)start.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Passes over the training set so far (fractional between epoch ends).
    pub fn epoch(&self) -> f64 {
        self.examples_seen as f64 / self.train.len().max(1) as f64
    }

    /// Loss history, one sample per completed epoch (decimated on long runs).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Why training stopped, if the loss or the weights stopped being finite numbers.
    pub fn divergence(&self) -> Option<&Divergence> {
        self.divergence.as_ref()
    }

    /// Mean loss over the training set with the current weights.
    pub fn train_loss(&mut self) -> f64 {
        let loss = self.loss();
        self.net
            .mean_loss(&mut self.ws, &self.train.xs, &self.train.ys, loss)
    }

    /// Mean loss over the test set with the current weights.
    pub fn test_loss(&mut self) -> f64 {
        let loss = self.loss();
        self.net
            .mean_loss(&mut self.ws, &self.test.xs, &self.test.ys, loss)
    }

    /// Share of correctly classified training examples (0 for regression).
    pub fn train_accuracy(&mut self) -> f64 {
        let loss = self.loss();
        self.train.accuracy(&self.net, &mut self.ws, loss)
    }

    /// Share of correctly classified test examples (0 for regression).
    pub fn test_accuracy(&mut self) -> f64 {
        let loss = self.loss();
        self.test.accuracy(&self.net, &mut self.ws, loss)
    }

    /// Network outputs over a `resolution` × `resolution` grid covering [−6, 6]², row-major
    /// in image order (first row at y = +6, x from −6 to +6), written into `out`.
    pub fn decision_grid(&mut self, resolution: usize, out: &mut Vec<F>) {
        let features = self.config.features;
        let g = &mut self.grid;
        if g.features != Some(features) || g.resolution != resolution {
            g.inputs = dataset::grid_inputs(&features, resolution);
            g.features = Some(features);
            g.resolution = resolution;
        }
        out.resize(resolution * resolution, F::ZERO);
        self.net.predict(&mut self.ws, &g.inputs, out);
    }
}

fn hyper(c: &Config) -> Hyper {
    Hyper {
        learning_rate: c.learning_rate,
        momentum: c.momentum,
        ..Hyper::default()
    }
}
