//! 1-D regression: a small network (1 → hidden → 1, linear output) fitted by mini-batches to
//! noisy samples of a curve on [−1, 1] or to points the student drew; the fitted curve moves
//! towards the points as training proceeds. The curves it can be asked to learn are three
//! built-in shapes on [−1, 1] or the student's own points ([`CurveTarget`]).

use crate::engine::float::Float;
use crate::engine::history::History;
use crate::engine::nn::Activation;
use crate::engine::nn::Regressor;
use crate::engine::optim::{Hyper, OptimizerKind};
use crate::engine::rng::Rng;
use core::f64::consts::PI;

/// What the samples are drawn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CurveTarget {
    /// 0.8·sin(2πx): one full wave.
    #[default]
    Sine,
    /// −0.6 left of 0, +0.6 from 0 on.
    Step,
    /// 1.6·|x| − 0.8: a V.
    Abs,
    /// The student's own points ([`super::CurveConfig::points`], [`super::CurveFit::set_points`]).
    Drawn,
}

impl CurveTarget {
    /// Every target, in the order the UI lists them.
    pub const ALL: [CurveTarget; 4] = [
        CurveTarget::Sine,
        CurveTarget::Step,
        CurveTarget::Abs,
        CurveTarget::Drawn,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            CurveTarget::Sine => "sine",
            CurveTarget::Step => "step",
            CurveTarget::Abs => "abs",
            CurveTarget::Drawn => "drawn",
        }
    }

    /// Inverse of [`CurveTarget::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The noiseless curve at x, or `None` for the student's points.
    pub fn value(self, x: f64) -> Option<f64> {
        match self {
            CurveTarget::Sine => Some(0.8 * (2.0 * PI * x).sin()),
            CurveTarget::Step => Some(if x < 0.0 { -0.6 } else { 0.6 }),
            CurveTarget::Abs => Some(1.6 * x.abs() - 0.8),
            CurveTarget::Drawn => None,
        }
    }
}

/// Everything the user chooses for a curve fit.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveConfig {
    /// What to fit.
    pub target: CurveTarget,
    /// Number of noisy samples drawn from a built-in target.
    pub samples: usize,
    /// Standard deviation of the gaussian noise added to the samples.
    pub noise: f64,
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Hidden activation.
    pub activation: Activation,
    /// Update rule.
    pub optimizer: OptimizerKind,
    /// Step size.
    pub learning_rate: f64,
    /// Examples per step.
    pub batch: usize,
    /// The student's points, fitted when `target` is [`CurveTarget::Drawn`] (kept, unused,
    /// otherwise): on the grid of [`super::drawn_text`], at most [`MAX_DRAWN_POINTS`].
    pub points: Vec<(f64, f64)>,
    /// Seed of the samples, the noise, the weights and the batch order.
    pub seed: u64,
}

impl Default for CurveConfig {
    fn default() -> Self {
        CurveConfig {
            target: CurveTarget::Sine,
            samples: 40,
            noise: 0.1,
            hidden: vec![16, 16],
            activation: Activation::Tanh,
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.01,
            batch: 16,
            points: Vec::new(),
            seed: 1,
        }
    }
}

/// Where the x of the points and of the drawn curve lie.
pub const CURVE_RANGE: (f64, f64) = (-1.0, 1.0);
/// User points' y are clamped into ±this (the chart's range, with room to spare).
pub const CURVE_Y_LIMIT: f64 = 2.0;
/// Most points kept (samples of a built-in target, or user points).
pub const MAX_POINTS: usize = 1000;
/// Most points a student may draw (a link carries them all).
pub const MAX_DRAWN_POINTS: usize = super::drawn_text::MAX_DRAWN_POINTS;
const STREAM_SAMPLES: u64 = 21;
const STREAM_WEIGHTS: u64 = 22;
const STREAM_ORDER: u64 = 23;

/// A curve being fitted: the points, the network and the training state.
#[derive(Clone, Debug)]
pub struct CurveFit<F: Float> {
    pub(super) config: CurveConfig,
    xs: Vec<F>,
    ys: Vec<F>,
    pub(super) net: Regressor<F>,
    order: Vec<usize>,
    cursor: usize,
    rng: Rng,
    steps: u64,
    history: History,
}

impl<F: Float> CurveFit<F> {
    /// Starts from the flat weights `params` (a saved state); `false`, changing nothing,
    /// when their count does not fit the network.
    pub fn load_weights(&mut self, params: &[F]) -> bool {
        self.net.load_weights(params)
    }

    /// A fit of `config`'s target (no points yet for [`CurveTarget::Drawn`]).
    pub fn new(config: CurveConfig) -> Self {
        let mut sizes = vec![1];
        sizes.extend(&config.hidden);
        sizes.push(1);
        let hyper = Hyper {
            learning_rate: config.learning_rate,
            ..Hyper::default()
        };
        let mut weights = Rng::derived(config.seed, STREAM_WEIGHTS);
        let net = Regressor::new(
            &sizes,
            config.activation,
            config.optimizer,
            hyper,
            &mut weights,
        );
        let mut fit = CurveFit {
            rng: Rng::derived(config.seed, STREAM_ORDER),
            config,
            xs: Vec::new(),
            ys: Vec::new(),
            net,
            order: Vec::new(),
            cursor: 0,
            steps: 0,
            history: History::new(History::DEFAULT_CAPACITY),
        };
        fit.draw_samples();
        fit
    }

    /// Draws `samples` noisy points of a built-in target (x uniform on [−1, 1]), or loads
    /// the drawn points.
    pub(super) fn draw_samples(&mut self) {
        let (target, n, noise) = (self.config.target, self.config.samples, self.config.noise);
        if target == CurveTarget::Drawn {
            let points = self.config.points.clone();
            self.load(&points);
            return;
        }
        let mut rng = Rng::derived(self.config.seed, STREAM_SAMPLES);
        let points: Vec<(f64, f64)> = (0..n)
            .map(|_| {
                let x = rng.range(CURVE_RANGE.0, CURVE_RANGE.1);
                (x, target.value(x).unwrap_or(0.0) + noise * rng.gaussian())
            })
            .collect();
        self.load(&points);
    }

    /// Replaces the points (x clamped to [−1, 1], y to ±[`CURVE_Y_LIMIT`], non-finite ones
    /// dropped, at most [`MAX_POINTS`]); the network keeps its weights.
    fn load(&mut self, points: &[(f64, f64)]) {
        self.xs.clear();
        self.ys.clear();
        let valid = points.iter().filter(|p| p.0.is_finite() && p.1.is_finite());
        for &(x, y) in valid.take(MAX_POINTS) {
            self.xs
                .push(F::from_f64(x.clamp(CURVE_RANGE.0, CURVE_RANGE.1)));
            self.ys
                .push(F::from_f64(y.clamp(-CURVE_Y_LIMIT, CURVE_Y_LIMIT)));
        }
        self.order = (0..self.xs.len()).collect();
        self.cursor = self.order.len();
    }

    /// Fits the student's points from now on (the target becomes [`CurveTarget::Drawn`]).
    /// The network keeps its weights, so its curve moves from where it is towards them.
    /// Returns how many points were kept (they become the config's `points`).
    pub fn set_points(&mut self, points: &[(f64, f64)]) -> usize {
        self.config.target = CurveTarget::Drawn;
        self.load(points);
        self.config.points = self.points();
        self.xs.len()
    }

    /// Switches target (fresh samples, or the config's drawn points; weights kept).
    pub fn set_target(&mut self, target: CurveTarget) {
        self.config.target = target;
        self.draw_samples();
    }

    /// Changes the learning rate in place (weights and moments kept).
    pub fn set_learning_rate(&mut self, learning_rate: f64) {
        self.config.learning_rate = learning_rate;
        self.net.optimizer_mut().hyper.learning_rate = learning_rate;
    }

    /// The settings.
    pub fn config(&self) -> &CurveConfig {
        &self.config
    }

    /// The points being fitted, (x, y).
    pub fn points(&self) -> Vec<(f64, f64)> {
        self.xs
            .iter()
            .zip(&self.ys)
            .map(|(x, y)| (x.to_f64(), y.to_f64()))
            .collect()
    }

    /// One mini-batch step (batches walk through a reshuffled order, one epoch after another).
    /// Returns the batch's loss, or 0 when there are no points (nothing happens then).
    pub fn step(&mut self) -> f64 {
        let n = self.xs.len();
        if n == 0 {
            return 0.0;
        }
        if self.cursor >= n {
            self.rng.shuffle(&mut self.order);
            self.cursor = 0;
        }
        let end = (self.cursor + self.config.batch.max(1)).min(n);
        let rows = &self.order[self.cursor..end];
        let loss = self.net.step_on(&self.xs, &self.ys, rows);
        self.cursor = end;
        self.steps += 1;
        self.history.push(self.steps as f64, loss, f64::NAN);
        loss
    }

    /// `n` steps (what the page calls once per frame).
    pub fn train(&mut self, n: usize) {
        for _ in 0..n {
            self.step();
        }
    }

    /// Steps taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Mean loss ½(a − y)² over all points (0 without points).
    pub fn loss(&mut self) -> f64 {
        self.net.mean_loss(&self.xs, &self.ys)
    }

    /// The fitted curve at `samples` evenly spaced x from −1 to 1 (ends included).
    pub fn curve(&mut self, samples: usize) -> Vec<F> {
        let xs: Vec<F> = curve_xs(samples).into_iter().map(F::from_f64).collect();
        let mut out = Vec::with_capacity(samples);
        self.net.predict(&xs, &mut out);
        out
    }

    /// The network's outputs at `xs`.
    pub fn outputs(&mut self, xs: &[f64]) -> Vec<f64> {
        let xs: Vec<F> = xs.iter().map(|&x| F::from_f64(x)).collect();
        let mut out = Vec::with_capacity(xs.len());
        self.net.predict(&xs, &mut out);
        out.into_iter().map(|v| v.to_f64()).collect()
    }

    /// The noiseless target at the same x as [`CurveFit::curve`] (`None` for user points).
    pub fn target_curve(&self, samples: usize) -> Option<Vec<f64>> {
        let t = self.config.target;
        curve_xs(samples).into_iter().map(|x| t.value(x)).collect()
    }

    /// Batch losses by step (`epoch` = step, `train` = batch loss; `test` unused: NaN).
    pub fn loss_history(&self) -> &History {
        &self.history
    }

    /// The network (for its fingerprint, or a diagram).
    pub fn network(&self) -> &crate::engine::nn::Mlp<F> {
        self.net.network()
    }
}

/// `samples` evenly spaced x over [`CURVE_RANGE`], ends included (one sample: the middle).
pub fn curve_xs(samples: usize) -> Vec<f64> {
    let (lo, hi) = CURVE_RANGE;
    if samples == 1 {
        return vec![0.5 * (lo + hi)];
    }
    (0..samples)
        .map(|k| lo + (hi - lo) * k as f64 / (samples - 1) as f64)
        .collect()
}
