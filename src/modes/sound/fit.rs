//! A network learning a sound: time (in seconds, optionally Fourier encoded) in, one sample
//! out, trained in shuffled mini-batches over the target's samples; its own waveform and
//! spectrogram, compared with the target's, say how far it has come.

use super::config::SoundConfig;
use super::spectrogram::{Spectrogram, peak_magnitude};
use super::targets::{SAMPLE_RATE, SAMPLES};
use crate::engine::float::Float;
use crate::engine::history::History;
use crate::engine::nn::{Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};
use crate::engine::regressor::Regressor;
use crate::engine::rng::Rng;

const STREAM_WEIGHTS: u64 = 81;
const STREAM_ORDER: u64 = 82;

/// A sound being learnt: encoded times and target samples, the network and the training state.
#[derive(Clone, Debug)]
pub struct SoundFit<F: Float> {
    config: SoundConfig,
    /// The target waveform (peak 1).
    target: Vec<f64>,
    /// Its spectrogram and the reference level both spectrograms use.
    target_spectrogram: Spectrogram,
    reference: f64,
    /// Encoded inputs of every sample, samples × inputs.
    inputs: Vec<F>,
    targets: Vec<F>,
    net: Regressor<F>,
    order: Vec<usize>,
    /// Next position in `order` (a new shuffle when it reaches the end).
    cursor: usize,
    rng: Rng,
    steps: u64,
    history: History,
}

impl<F: Float> SoundFit<F> {
    /// A fresh network on `config`'s target.
    pub fn new(config: SoundConfig) -> Self {
        let target = config.target.samples();
        let encoding = config.encoding();
        let mut sizes = vec![encoding.inputs_of(1)];
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
        let b = encoding.matrix_of(config.seed, 1);
        let mut row = Vec::with_capacity(sizes[0]);
        let mut inputs = Vec::with_capacity(SAMPLES * sizes[0]);
        for i in 0..target.len() {
            row.clear();
            encoding.encode_point(&b, &[time_input(i, config.fourier)], &mut row);
            inputs.extend(row.iter().map(|&v| F::from_f64(v)));
        }
        let reference = peak_magnitude(&target);
        SoundFit {
            target_spectrogram: Spectrogram::new(&target, reference),
            reference,
            inputs,
            targets: target.iter().map(|&v| F::from_f64(v)).collect(),
            order: (0..target.len()).collect(),
            cursor: target.len(),
            rng: Rng::derived(config.seed, STREAM_ORDER),
            net,
            steps: 0,
            history: History::new(History::DEFAULT_CAPACITY),
            target,
            config,
        }
    }

    /// The settings.
    pub fn config(&self) -> &SoundConfig {
        &self.config
    }

    /// One optimiser step on the next `batch` samples of a shuffled order. Returns the batch
    /// loss (mean of ½(a − y)²) before the step.
    pub fn step(&mut self) -> f64 {
        let n = self.order.len();
        let batch = self.config.batch.clamp(1, n);
        if self.cursor + batch > n {
            self.rng.shuffle(&mut self.order);
            self.cursor = 0;
        }
        let rows = &self.order[self.cursor..self.cursor + batch];
        let loss = self.net.step_on(&self.inputs, &self.targets, rows);
        self.cursor += batch;
        self.steps += 1;
        self.history.push(self.steps as f64, loss, f64::NAN);
        loss
    }

    /// `n` steps.
    pub fn run(&mut self, n: usize) {
        for _ in 0..n {
            self.step();
        }
    }

    /// Steps done.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Changes the learning rate in place (weights and moments kept).
    pub fn set_learning_rate(&mut self, learning_rate: f64) {
        self.config.learning_rate = learning_rate;
        self.net.optimizer_mut().hyper.learning_rate = learning_rate;
    }

    /// Changes the update rule in place (weights kept, moments fresh).
    pub fn set_optimizer(&mut self, kind: OptimizerKind) {
        self.config.optimizer = kind;
        let hyper = self.net.optimizer_mut().hyper;
        *self.net.optimizer_mut() = Optimizer::new(kind, hyper);
    }

    /// Changes the samples per step in place.
    pub fn set_batch(&mut self, batch: usize) {
        self.config.batch = batch;
    }

    /// The target waveform (peak 1).
    pub fn target(&self) -> &[f64] {
        &self.target
    }

    /// The target's spectrogram.
    pub fn target_spectrogram(&self) -> &Spectrogram {
        &self.target_spectrogram
    }

    /// The network's samples `range` (of the target's), appended to `out` as f64.
    pub fn predict_range(&mut self, range: core::ops::Range<usize>, out: &mut Vec<f64>) {
        let n_in = self.net.network().sizes()[0];
        let xs = &self.inputs[range.start * n_in..range.end * n_in];
        let mut values = Vec::with_capacity(range.len());
        self.net.predict(xs, &mut values);
        out.extend(values.iter().map(|v| v.to_f64()));
    }

    /// The samples `range` of the sound of `net` (a copy of this fit's network taken earlier,
    /// e.g. when a sweep over the sound began), appended to `out` as f64.
    pub fn predict_with(
        &self,
        net: &Mlp<F>,
        ws: &mut Workspace<F>,
        range: core::ops::Range<usize>,
        out: &mut Vec<f64>,
    ) {
        let n_in = net.sizes()[0];
        let xs = &self.inputs[range.start * n_in..range.end * n_in];
        let mut values = vec![F::ZERO; range.len()];
        net.predict(ws, xs, &mut values);
        out.extend(values.iter().map(|v| v.to_f64()));
    }

    /// The network's whole waveform.
    pub fn waveform(&mut self) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.target.len());
        self.predict_range(0..self.target.len(), &mut out);
        out
    }

    /// The spectrogram of `waveform` (the network's) on the target's reference level.
    pub fn spectrogram_of(&self, waveform: &[f64]) -> Spectrogram {
        Spectrogram::new(waveform, self.reference)
    }

    /// The spectrogram error of `waveform` (dB², see [`Spectrogram::error`]).
    pub fn spectral_error_of(&self, waveform: &[f64]) -> f64 {
        self.spectrogram_of(waveform)
            .error(&self.target_spectrogram)
    }

    /// The spectrogram error of the network's current sound.
    pub fn spectral_error(&mut self) -> f64 {
        let w = self.waveform();
        self.spectral_error_of(&w)
    }

    /// Mean ½(a − y)² over every sample with the current weights.
    pub fn loss(&mut self) -> f64 {
        self.net.mean_loss(&self.inputs, &self.targets)
    }

    /// Batch losses per step (`test` unused: NaN).
    pub fn loss_history(&self) -> &History {
        &self.history
    }

    /// The network.
    pub fn network(&self) -> &Mlp<F> {
        self.net.network()
    }

    /// Starts from the flat weights `params` (a saved state); `false`, changing nothing,
    /// when their count does not fit the network.
    pub fn load_weights(&mut self, params: &[F]) -> bool {
        self.net.load_weights(params)
    }
}

/// Time of sample `i`: in seconds for Fourier features (their frequencies are in hertz),
/// else spread over [−1, 1].
fn time_input(i: usize, fourier: bool) -> f64 {
    if fourier {
        i as f64 / SAMPLE_RATE as f64
    } else {
        2.0 * i as f64 / (SAMPLES - 1) as f64 - 1.0
    }
}
