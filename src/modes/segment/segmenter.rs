//! The segmenting network and its training: each pixel's inputs are its position in
//! [−1, 1]² (as it is, or as Fourier features) and its colour in [−1, 1]³; the outputs are one
//! logit per label, scored by softmax cross-entropy on the painted pixels only (mini-batches
//! drawn at random among them); every pixel is then labelled by its largest logit.

use super::SIZE;
use super::config::SegmentConfig;
use super::scene::ScenePicture;
use super::strokes::Strokes;
use crate::engine::encoding::Encoding;
use crate::engine::history::History;
use crate::engine::nn::head::Head;
use crate::engine::nn::{Init, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};
use crate::engine::rng::Rng;

/// Painted pixels per step (drawn with replacement among the painted ones).
pub const BATCH: usize = 64;
/// The Fourier encoding of the position, when asked for: 16 frequencies (32 inputs) of
/// scale 2 cycles a unit, which let the labels follow shapes without turning to noise.
pub const FOURIER: Encoding = Encoding::Fourier {
    features: 16,
    scale: 2.0,
};
/// The speeds the page offers, as (name, training steps a frame).
pub const SPEEDS: [(&str, u32); 3] = [("slow", 1), ("normal", 4), ("fast", 16)];
/// The speed a page starts at.
pub const DEFAULT_SPEED: &str = "normal";
/// Frames a second the speeds are meant for (a display's usual rate).
pub const FRAMES_PER_SECOND: u32 = 60;

/// Steps a frame of the speed called `name` (the default speed's for an unknown name).
pub fn steps_per_frame(name: &str) -> u32 {
    let found = SPEEDS.iter().find(|(n, _)| *n == name);
    let default = SPEEDS.iter().find(|(n, _)| *n == DEFAULT_SPEED);
    found.or(default).map_or(1, |(_, s)| *s)
}

const STREAM_WEIGHTS: u64 = 61;
const STREAM_BATCH: u64 = 62;

/// A picture being segmented: its pixels' inputs, the painted pixels, the network, its
/// optimiser and the labels it gives every pixel.
#[derive(Clone, Debug)]
pub struct Segmenter {
    config: SegmentConfig,
    picture: ScenePicture,
    /// Every pixel's inputs, [`SIZE`]² × inputs, row-major.
    inputs: Vec<f32>,
    n_in: usize,
    painted: Vec<Option<u8>>,
    /// The painted pixels and their labels.
    rows: Vec<usize>,
    mlp: Mlp<f32>,
    optimizer: Optimizer<f32>,
    grads: Vec<f32>,
    ws: Workspace<f32>,
    batch_xs: Vec<f32>,
    batch_ys: Vec<f32>,
    rng: Rng,
    steps: u64,
    history: History,
    /// Every pixel's label and the probability of it, as of `predicted_at` steps.
    prediction: Vec<u8>,
    confidence: Vec<f32>,
    logits: Vec<f32>,
    predicted_at: Option<u64>,
    /// Whether the weights came from a saved state.
    loaded: bool,
}

impl Segmenter {
    /// A fresh network for `picture` (its number of labels), painted with `config`'s strokes.
    pub fn new(config: SegmentConfig, picture: ScenePicture) -> Self {
        let encoding = if config.fourier {
            FOURIER
        } else {
            Encoding::Plain
        };
        let b = encoding.matrix(config.seed);
        let n_in = encoding.inputs() + 3;
        let mut inputs = Vec::with_capacity(SIZE * SIZE * n_in);
        let mut row = Vec::with_capacity(n_in);
        for y in 0..SIZE {
            for x in 0..SIZE {
                let pos = |i: usize| (2 * i + 1) as f64 / SIZE as f64 - 1.0;
                row.clear();
                encoding.encode(&b, (pos(x), pos(y)), &mut row);
                let p = y * SIZE + x;
                row.extend(
                    picture.rgb[3 * p..3 * p + 3]
                        .iter()
                        .map(|&c| 2.0 * c as f64 - 1.0),
                );
                inputs.extend(row.iter().map(|&v| v as f32));
            }
        }
        let k = picture.labels.len();
        let mut sizes = vec![n_in];
        sizes.extend(&config.hidden);
        sizes.push(k);
        let mut mlp = Mlp::new(
            &sizes,
            super::config::ACTIVATION,
            Head::Softmax(k).output_activation(),
        );
        mlp.init(Init::Glorot, &mut Rng::derived(config.seed, STREAM_WEIGHTS));
        let hyper = Hyper {
            learning_rate: config.learning_rate,
            ..Hyper::default()
        };
        let mut s = Segmenter {
            grads: vec![0.0; mlp.params().len()],
            mlp,
            optimizer: Optimizer::new(OptimizerKind::Adam, hyper),
            ws: Workspace::new(),
            batch_xs: Vec::new(),
            batch_ys: Vec::new(),
            rng: Rng::derived(config.seed, STREAM_BATCH),
            steps: 0,
            history: History::new(History::DEFAULT_CAPACITY),
            prediction: Vec::new(),
            confidence: Vec::new(),
            logits: Vec::new(),
            predicted_at: None,
            loaded: false,
            painted: Vec::new(),
            rows: Vec::new(),
            inputs,
            n_in,
            picture,
            config,
        };
        let strokes = s.config.strokes.clone();
        s.set_strokes(&strokes);
        s
    }

    /// Paints `strokes` in place of the strokes held; the network keeps its weights and goes
    /// on training on the pixels now painted. Labels the picture has not are left out.
    pub fn set_strokes(&mut self, strokes: &Strokes) {
        self.config.strokes = strokes.clone();
        let k = self.labels().len() as u8;
        self.painted = strokes.paint();
        for p in &mut self.painted {
            if p.is_some_and(|l| l >= k) {
                *p = None;
            }
        }
        self.rows = (0..self.painted.len())
            .filter(|&p| self.painted[p].is_some())
            .collect();
    }

    /// Changes the learning rate in place (weights and moments kept).
    pub fn set_learning_rate(&mut self, learning_rate: f64) {
        self.config.learning_rate = learning_rate;
        self.optimizer.hyper.learning_rate = learning_rate;
    }

    /// One optimiser step on a batch of painted pixels; its mean loss before the step, or
    /// `None` (nothing done) when nothing is painted.
    pub fn step(&mut self) -> Option<f64> {
        if self.rows.is_empty() {
            return None;
        }
        let n_in = self.n_in;
        self.batch_xs.clear();
        self.batch_ys.clear();
        for _ in 0..BATCH {
            let p = self.rows[self.rng.below(self.rows.len())];
            self.batch_xs
                .extend_from_slice(&self.inputs[p * n_in..(p + 1) * n_in]);
            self.batch_ys.push(self.painted[p].unwrap_or(0) as f32);
        }
        let k = self.labels().len();
        self.mlp.forward(&mut self.ws, &self.batch_xs, BATCH);
        let total = self.mlp.backward_head(
            &mut self.ws,
            &self.batch_ys,
            Head::Softmax(k),
            &mut self.grads,
        );
        self.optimizer.step(self.mlp.params_mut(), &self.grads);
        self.steps += 1;
        let loss = total as f64 / BATCH as f64;
        self.history.push(self.steps as f64, loss, f64::NAN);
        Some(loss)
    }

    /// Up to `n` steps (none when nothing is painted); the steps done.
    pub fn run(&mut self, n: u64) -> u64 {
        (0..n).take_while(|_| self.step().is_some()).count() as u64
    }

    /// Every pixel's label (0-based, [`SIZE`]², row-major), computed once per step count.
    pub fn prediction(&mut self) -> &[u8] {
        self.predict();
        &self.prediction
    }

    /// Every pixel's probability of its label, as [`Segmenter::prediction`].
    pub fn confidence(&mut self) -> &[f32] {
        self.predict();
        &self.confidence
    }

    fn predict(&mut self) {
        if self.predicted_at == Some(self.steps) {
            return;
        }
        let k = self.labels().len();
        let n = SIZE * SIZE;
        self.logits.resize(n * k, 0.0);
        self.mlp
            .predict_rows(&mut self.ws, &self.inputs, &mut self.logits);
        self.prediction.clear();
        self.confidence.clear();
        for z in self.logits.chunks_exact(k) {
            let (best, top) = z
                .iter()
                .enumerate()
                .fold(
                    (0, f32::NEG_INFINITY),
                    |acc, (i, &v)| {
                        if v > acc.1 { (i, v) } else { acc }
                    },
                );
            let sum: f32 = z.iter().map(|&v| (v - top).exp()).sum();
            self.prediction.push(best as u8);
            self.confidence
                .push(if sum.is_finite() { 1.0 / sum } else { 0.0 });
        }
        self.predicted_at = Some(self.steps);
    }

    /// The share of pixels whose label matches the scene's own labels, in [0, 1]; `None` for
    /// an uploaded picture (it has no labels).
    pub fn accuracy(&mut self) -> Option<f64> {
        self.predict();
        let truth = self.picture.truth.as_ref()?;
        let right = truth
            .iter()
            .zip(&self.prediction)
            .filter(|(t, p)| t == p)
            .count();
        Some(right as f64 / truth.len() as f64)
    }

    /// How many pixels get each label.
    pub fn label_counts(&mut self) -> Vec<usize> {
        let mut counts = vec![0; self.labels().len()];
        for &l in self.prediction() {
            counts[l as usize] += 1;
        }
        counts
    }

    /// The names of the picture's labels.
    pub fn labels(&self) -> &'static [&'static str] {
        self.picture.labels
    }

    /// The picture.
    pub fn picture(&self) -> &ScenePicture {
        &self.picture
    }

    /// The label painted on each pixel (`None` where none is).
    pub fn painted(&self) -> &[Option<u8>] {
        &self.painted
    }

    /// How many pixels are painted.
    pub fn painted_count(&self) -> usize {
        self.rows.len()
    }

    /// The settings (with the strokes held).
    pub fn config(&self) -> &SegmentConfig {
        &self.config
    }

    /// Whether the network has learnt anything: it took a step, or its weights were loaded.
    pub fn trained(&self) -> bool {
        self.steps > 0 || self.loaded
    }

    /// Steps taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The losses of the steps taken (train: the batch's loss).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The network.
    pub fn network(&self) -> &Mlp<f32> {
        &self.mlp
    }

    /// Starts from the flat weights `params` (a saved state); `false`, changing nothing, when
    /// their count does not fit the network.
    pub fn load_weights(&mut self, params: &[f32]) -> bool {
        let own = self.mlp.params_mut();
        let fits = own.len() == params.len();
        if fits {
            own.copy_from_slice(params);
            self.predicted_at = None;
            self.loaded = true;
        }
        fits
    }

    /// Whether a weight is no longer finite.
    pub fn diverged(&self) -> bool {
        self.mlp.params().iter().any(|p| !p.is_finite())
    }
}
