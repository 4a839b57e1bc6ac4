//! Recognising a drawn digit: handwritten-looking digits generated in code ([`glyphs`]),
//! framed like MNIST's into 16 × 16 pictures ([`frame`]), a training and a test set from the
//! seed ([`data`]), and a [`Digits`] session training a multi-layer perceptron with a softmax
//! cross-entropy head over the ten classes, with its test accuracy and confusion matrix. The
//! student's drawing goes through the same framing before [`Digits::classify`]. Pure Rust, no
//! web crates; pixels are drawn in `draw`.

mod config;
pub mod data;
pub mod draw;
pub mod frame;
pub mod glyphs;
pub(crate) mod keys;
pub mod state;

pub use config::DigitsConfig;
pub use data::{CLASSES, DigitSet, TEST_PER_CLASS};
pub use frame::{PIXELS, SIDE};

use crate::engine::history::{History, Sample};
use crate::engine::nn::head::Head;
use crate::engine::nn::softmax::softmax;
use crate::engine::nn::{Init, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer};
use crate::engine::rng::Rng;

/// Steps between two blocks of the test set's evaluation.
pub const EVAL_EVERY: u64 = 10;
/// Test digits evaluated per block: a whole pass over the test set takes
/// `TEST_PER_CLASS × CLASSES / EVAL_BLOCK × EVAL_EVERY` = 100 steps, spread so that no step
/// costs much more than another.
pub const EVAL_BLOCK: usize = 50;
/// Stream of the seed the weights are drawn from.
const WEIGHT_STREAM: u64 = 0xD163;
/// Stream of the seed the batch order is drawn from.
const ORDER_STREAM: u64 = 0xD164;

/// The test set's verdict on the weights of one moment: accuracy, mean loss, the confusion
/// matrix and each test digit's predicted class.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Share of test digits classified right, in [0, 1] (NaN before any evaluation).
    pub accuracy: f64,
    /// Mean cross-entropy over the test set.
    pub loss: f64,
    /// `confusion[true][predicted]`: test digits of class `true` classified as `predicted`.
    pub confusion: [[u32; CLASSES]; CLASSES],
    /// The class predicted for each test digit (in the test set's order).
    pub predicted: Vec<u8>,
    /// Steps done when the pass over the test set ended.
    pub step: u64,
    /// Whether the whole pass ran on the weights of that step ([`Digits::evaluate_now`]) rather
    /// than spread over the steps before it.
    pub whole: bool,
}

impl Default for Evaluation {
    fn default() -> Self {
        Evaluation {
            accuracy: f64::NAN,
            loss: f64::NAN,
            confusion: [[0; CLASSES]; CLASSES],
            predicted: Vec::new(),
            step: 0,
            whole: false,
        }
    }
}

/// A training session on the generated digits.
#[derive(Clone, Debug)]
pub struct Digits {
    config: DigitsConfig,
    train: DigitSet,
    test: DigitSet,
    /// The training labels as the head reads them (class indices as floats).
    train_ys: Vec<f32>,
    net: Mlp<f32>,
    opt: Optimizer<f32>,
    ws: Workspace<f32>,
    grads: Vec<f32>,
    order: Vec<usize>,
    cursor: usize,
    rng: Rng,
    batch_xs: Vec<f32>,
    batch_ys: Vec<f32>,
    steps: u64,
    /// Summed batch losses and their count since the last pass over the test set.
    loss_sum: f64,
    loss_count: u64,
    /// The last complete pass over the test set, and the one under way.
    evaluation: Evaluation,
    pending: Evaluation,
    pending_loss: f64,
    pending_right: usize,
    history: History,
}

impl Digits {
    /// A session on the digits of `config.seed` with fresh weights.
    pub fn new(config: DigitsConfig) -> Self {
        let train = DigitSet::training(config.seed, config.per_class);
        let test = DigitSet::test(config.seed);
        Digits::with_sets(config, train, test)
    }

    /// A session on the given sets (when only the network changes, the sets are kept).
    pub fn with_sets(config: DigitsConfig, train: DigitSet, test: DigitSet) -> Self {
        let mut sizes = vec![PIXELS];
        sizes.extend(config.hidden.iter().copied());
        sizes.push(CLASSES);
        let head = Head::Softmax(CLASSES);
        let mut net = Mlp::new(&sizes, config.activation, head.output_activation());
        net.init(Init::Glorot, &mut Rng::derived(config.seed, WEIGHT_STREAM));
        let train_ys = train.labels.iter().map(|&l| l as f32).collect();
        let mut session = Digits {
            opt: Optimizer::new(config.optimizer, hyper(&config)),
            grads: vec![0.0; net.params().len()],
            order: (0..train.len()).collect(),
            cursor: usize::MAX,
            rng: Rng::derived(config.seed, ORDER_STREAM),
            batch_xs: Vec::new(),
            batch_ys: Vec::new(),
            steps: 0,
            loss_sum: 0.0,
            loss_count: 0,
            evaluation: Evaluation::default(),
            pending: Evaluation::default(),
            pending_loss: 0.0,
            pending_right: 0,
            history: History::new(History::DEFAULT_CAPACITY),
            ws: Workspace::new(),
            net,
            train_ys,
            train,
            test,
            config,
        };
        session.evaluate_now();
        session
    }

    /// The settings.
    pub fn config(&self) -> &DigitsConfig {
        &self.config
    }

    /// Applies the settings that change a run in place (optimiser, rate, batch); a new
    /// optimiser kind starts from fresh moments. The others are the caller's to rebuild.
    pub fn set_live(&mut self, config: &DigitsConfig) {
        if config.optimizer != self.config.optimizer {
            self.opt = Optimizer::new(config.optimizer, hyper(config));
        }
        self.opt.hyper = hyper(config);
        self.config.optimizer = config.optimizer;
        self.config.learning_rate = config.learning_rate;
        self.config.batch = config.batch;
    }

    /// The training set.
    pub fn training_set(&self) -> &DigitSet {
        &self.train
    }

    /// The test set.
    pub fn test_set(&self) -> &DigitSet {
        &self.test
    }

    /// The network.
    pub fn network(&self) -> &Mlp<f32> {
        &self.net
    }

    /// Replaces the weights (of the same shape) and evaluates them; the step count and the
    /// history start again.
    pub fn load_weights(&mut self, weights: &[f32]) {
        self.net.params_mut().copy_from_slice(weights);
        self.opt.reset();
        self.steps = 0;
        self.history.clear();
        self.evaluate_now();
    }

    /// Steps (batches) done.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The last complete evaluation on the test set. While training, a pass is spread over
    /// 100 steps ([`EVAL_EVERY`] × blocks of [`EVAL_BLOCK`]), so its numbers mix the weights
    /// of those steps; [`Digits::evaluate_now`] gives those of the current weights.
    pub fn evaluation(&self) -> &Evaluation {
        &self.evaluation
    }

    /// The training loss and test loss and accuracy, one sample per pass over the test set.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Whether the weights stopped being numbers (a learning rate far too high).
    pub fn diverged(&self) -> bool {
        !self.net.params().iter().all(|p| p.is_finite())
    }

    /// One step: a batch of training digits (in an order reshuffled every epoch), its mean
    /// softmax cross-entropy's gradient, one update; every [`EVAL_EVERY`] steps a block of the
    /// test set is evaluated.
    pub fn step(&mut self) {
        let batch = self.config.batch.clamp(1, self.train.len().max(1));
        if self.train.is_empty() {
            return;
        }
        self.batch_xs.clear();
        self.batch_ys.clear();
        for _ in 0..batch {
            if self.cursor >= self.order.len() {
                self.rng.shuffle(&mut self.order);
                self.cursor = 0;
            }
            let i = self.order[self.cursor];
            self.cursor += 1;
            self.batch_xs.extend_from_slice(self.train.picture(i));
            self.batch_ys.push(self.train_ys[i]);
        }
        self.net.forward(&mut self.ws, &self.batch_xs, batch);
        let head = Head::Softmax(CLASSES);
        let total = (self.net).backward_head(&mut self.ws, &self.batch_ys, head, &mut self.grads);
        self.opt.step(self.net.params_mut(), &self.grads);
        self.loss_sum += total as f64 / batch as f64;
        self.loss_count += 1;
        self.steps += 1;
        if self.steps % EVAL_EVERY == 0 {
            self.evaluate_block();
        }
    }

    /// `n` steps.
    pub fn run(&mut self, n: usize) {
        for _ in 0..n {
            self.step();
        }
    }

    /// Evaluates the whole test set now (after a reset or a load), and starts the next pass.
    pub fn evaluate_now(&mut self) {
        self.pending = Evaluation::default();
        self.pending_loss = 0.0;
        self.pending_right = 0;
        while !self.evaluate_block() {}
        self.evaluation.whole = true;
    }

    /// Whether the last evaluation is of the current weights, all of it.
    pub fn evaluated_now(&self) -> bool {
        self.evaluation.whole && self.evaluation.step == self.steps
    }

    /// Evaluates the next [`EVAL_BLOCK`] test digits; at the end of the set, publishes the
    /// pass (and a history sample) and returns true.
    fn evaluate_block(&mut self) -> bool {
        let n = self.test.len();
        let start = self.pending.predicted.len();
        let rows = EVAL_BLOCK.min(n - start);
        let mut out = vec![0.0f32; rows * CLASSES];
        let xs = &self.test.pixels[start * PIXELS..(start + rows) * PIXELS];
        self.net.predict_rows(&mut self.ws, xs, &mut out);
        let head = Head::Softmax(CLASSES);
        for (r, logits) in out.chunks(CLASSES).enumerate() {
            let label = self.test.labels[start + r] as usize;
            let predicted = head.predicted_class(logits);
            self.pending_loss += head.value(logits, label as f32) as f64;
            self.pending.confusion[label][predicted] += 1;
            self.pending.predicted.push(predicted as u8);
            self.pending_right += (predicted == label) as usize;
        }
        if self.pending.predicted.len() < n {
            return false;
        }
        let mut done = std::mem::take(&mut self.pending);
        done.accuracy = self.pending_right as f64 / n.max(1) as f64;
        done.loss = self.pending_loss / n.max(1) as f64;
        done.step = self.steps;
        self.pending_loss = 0.0;
        self.pending_right = 0;
        // No step since the last sample (a pause, a load): the last training loss stands.
        let train = match self.loss_count {
            0 => self.history.last().map_or(f64::NAN, |s| s.train),
            c => self.loss_sum / c as f64,
        };
        (self.loss_sum, self.loss_count) = (0.0, 0);
        self.history.push_sample(Sample {
            epoch: self.steps as f64,
            train,
            test: done.loss,
            train_score: f64::NAN,
            test_score: done.accuracy,
        });
        self.evaluation = done;
        true
    }

    /// The ten probabilities the network gives a framed picture ([`PIXELS`] grey levels).
    pub fn classify(&mut self, pixels: &[f32]) -> [f64; CLASSES] {
        self.net.forward(&mut self.ws, &pixels[..PIXELS], 1);
        let logits: Vec<f64> = (0..CLASSES).map(|o| self.ws.output(o, 0) as f64).collect();
        let mut p = [0.0; CLASSES];
        softmax(&logits, &mut p);
        p
    }
}

/// The optimiser's hyper-parameters for `config` (its rate; the others at their defaults).
fn hyper(config: &DigitsConfig) -> Hyper {
    Hyper {
        learning_rate: config.learning_rate,
        ..Hyper::default()
    }
}

#[cfg(test)]
mod tests;
