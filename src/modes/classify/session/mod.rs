//! A training session: what training produced from a [`Config`] (data, weights, optimiser
//! moments, step count, loss history, past runs, divergence). Owns the seeded generators; pure
//! Rust. Which config changes apply in place and which rebuild is decided in one place,
//! [`crate::config::change_between`]; this module only carries it out.

mod custom;
mod dataset;
mod divergence;
mod edit;
mod ghosts;
mod metrics;
mod train;
mod views;

#[cfg(test)]
mod tests;

use crate::engine::runs::Runs;
pub use dataset::Dataset;
pub use divergence::{
    Divergence, DivergenceCause, DivergenceKind, EXPLOSION_FACTOR, EXPLOSION_LOSS_FLOOR,
    FLAT_SPREAD, MAX_WEIGHT, STUCK_AFTER_STEPS, STUCK_EPOCHS,
};
pub use ghosts::{Ghost, GhostLabel, MAX_GHOSTS};
pub use metrics::Metrics;
pub use views::HiddenSpace;

use crate::config::{Change, Config, change_between};
use crate::engine::float::Float;
use crate::engine::history::History;
use crate::engine::nn::head::Head;
use crate::engine::nn::{Loss, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer};
use crate::engine::rng::Rng;
use crate::modes::classify::data::Features;

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
    epochs: u64,
    history: History,
    watch: divergence::LossWatch,
    divergence: Option<Divergence>,
    runs: Runs,
    grid: GridCache<F>,
    scratch: Vec<F>,
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
            runs: Runs::new(&config),
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
            epochs: 0,
            history: History::new(HISTORY_CAPACITY),
            watch: divergence::LossWatch::new(f64::NAN),
            divergence: None,
            grid: GridCache::default(),
            scratch: Vec::new(),
        };
        s.rebuild_network();
        s
    }

    /// The config this session follows.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Switches to `new`: live changes keep the weights and the history (edited custom points
    /// are trained on in place), a network change draws new weights on the same data, a data
    /// change redraws data and weights. A change that restarts training keeps the finished run
    /// as a ghost ([`Session::ghosts`]). Returns which of these happened.
    pub fn set_config(&mut self, new: Config) -> Change {
        let change = change_between(&self.config, &new);
        let old = core::mem::replace(&mut self.config, new);
        self.optimizer.kind = self.config.optimizer;
        self.optimizer.hyper = hyper(&self.config);
        if old.optimizer != self.config.optimizer {
            // Moments of one rule mean nothing to another.
            self.optimizer.reset();
        }
        match change {
            Change::Live if self.custom_shown() && old.custom != self.config.custom => {
                self.reload_data()
            }
            Change::Live => {}
            Change::Rebuild => {
                // Same points (drawn again from the same seed), expanded to the new features.
                self.draw_data();
                if old.weights_seed != self.config.weights_seed {
                    // A new weights seed starts its own draws, as the link reads it.
                    self.weight_draws = 0;
                }
                self.rebuild_network();
            }
            Change::Regenerate => {
                self.draw_data();
                self.weight_draws = 0;
                self.rebuild_network();
            }
        }
        self.note_live_change();
        change
    }

    /// Back to the initial weights of this seed (the same ones every time), clearing the
    /// step count, the optimiser's moments, the history and any divergence; the finished run
    /// becomes a ghost.
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

    /// Whether the data shown are the custom points.
    fn custom_shown(&self) -> bool {
        self.config.dataset == crate::modes::classify::data::DatasetKind::Custom
    }

    /// Draws the data the config describes (generated from the seed, or split from the
    /// custom points), restarting the epoch.
    fn draw_data(&mut self) {
        let mut rng = Rng::derived(self.config.seed, DATA_STREAM);
        (self.train, self.test) = Dataset::pair(&self.config, &mut rng);
        self.cursor = 0;
    }

    /// New data in the middle of a run (edited custom points): the weights, the history and
    /// the epoch count go on; the explosion watch starts over, since the loss may jump.
    fn reload_data(&mut self) {
        let cursor = self.cursor;
        self.draw_data();
        self.cursor = if cursor < self.train.len() { cursor } else { 0 };
        self.watch = divergence::LossWatch::new(f64::NAN);
    }

    fn rebuild_network(&mut self) {
        let c = &self.config;
        let head = self.head();
        self.net = Mlp::new(&c.layer_sizes(), c.activation, head.output_activation());
        let stream = WEIGHTS_STREAM + self.weight_draws;
        let seed = c.weights_seed.unwrap_or(c.seed);
        self.net.init(c.init, &mut Rng::derived(seed, stream));
        self.initial_params = self.net.params().to_vec();
        self.grads = vec![F::ZERO; self.initial_params.len()];
        self.restart();
    }

    fn restart(&mut self) {
        self.keep_ghost();
        self.optimizer.reset();
        self.cursor = 0;
        self.steps = 0;
        self.epochs = 0;
        self.history.clear();
        self.divergence = None;
        // The curve starts where training starts: the losses of the initial weights.
        let start = self.record_sample().0;
        self.watch = divergence::LossWatch::new(start);
    }

    /// The output head trained: squared error with a linear output for regression, the
    /// configured loss on one output for two classes, softmax cross-entropy for more.
    pub fn head(&self) -> Head {
        match self.config.task() {
            crate::modes::classify::data::Task::Regress => Head::Single(Loss::LinearSquared),
            crate::modes::classify::data::Task::Classify(2) => Head::Single(self.config.loss),
            crate::modes::classify::data::Task::Classify(k) => Head::Softmax(k),
        }
    }

    /// The single-output loss trained (see [`Session::head`]); for a softmax head, its
    /// two-class kin `CrossEntropy`.
    pub fn loss(&self) -> Loss {
        match self.head() {
            Head::Single(loss) => loss,
            Head::Softmax(_) => Loss::CrossEntropy,
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

    /// Passes over the training set so far: completed epochs plus the share of the current
    /// one (an exact whole number at each epoch's end).
    pub fn epoch(&self) -> f64 {
        self.epochs as f64 + self.cursor as f64 / self.train.len().max(1) as f64
    }

    /// Loss history, one sample per completed epoch (decimated on long runs).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Why training stopped, if the loss or the weights stopped being finite or exploded.
    pub fn divergence(&self) -> Option<&Divergence> {
        self.divergence.as_ref()
    }

    /// Bytes held by the session's growable buffers, by capacity: the data sets, the
    /// parameters and their gradients, the prediction scratch, the grid cache, the history and
    /// the ghosts (the optimiser's moments and the workspace are sized by the network alone).
    /// Flat over a long run.
    pub fn footprint(&self) -> usize {
        let f = core::mem::size_of::<F>();
        let point = core::mem::size_of::<crate::modes::classify::data::Point>();
        let set =
            |d: &Dataset<F>| d.points.capacity() * point + (d.xs.capacity() + d.ys.capacity()) * f;
        let floats = self.initial_params.capacity()
            + self.grads.capacity()
            + self.net.params().len()
            + self.scratch.capacity()
            + self.grid.inputs.capacity();
        let history =
            |h: &History| h.capacity() * core::mem::size_of::<crate::engine::history::Sample>();
        set(&self.train)
            + set(&self.test)
            + floats * f
            + history(&self.history)
            + (self.runs.ghosts().iter())
                .map(|g| history(&g.history))
                .sum::<usize>()
    }
}

fn hyper(c: &Config) -> Hyper {
    Hyper {
        learning_rate: c.learning_rate,
        momentum: c.momentum,
        ..Hyper::default()
    }
}
