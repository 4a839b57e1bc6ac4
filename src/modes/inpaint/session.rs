//! An inpainting run: every pixel's encoded coordinates and colour, split into the visible
//! pixels (trained on) and the hidden ones (only ever predicted, and compared when the
//! student reveals them).

use super::config::InpaintConfig;
use crate::drawing::picture::{Picture, encode_pixels};
use crate::engine::float::Float;
use crate::engine::history::History;
use crate::engine::nn::Mlp;
use crate::engine::optim::Hyper;
use crate::engine::regressor::Regressor;
use crate::engine::rng::Rng;

const STREAM_WEIGHTS: u64 = 61;
const STREAM_ORDER: u64 = 62;

/// Root-mean-square errors over colour values (0 to 1), per channel value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Errors {
    /// Over the hidden pixels: the network's guess against the truth.
    pub inside: f64,
    /// Over the visible pixels: how well the network learnt what it saw.
    pub outside: f64,
    /// Over the hidden pixels, for the plainest guess: the mean colour of the visible pixels.
    pub mean_fill: f64,
}

/// A picture with a hole, and the network learning its visible part.
#[derive(Clone, Debug)]
pub struct Inpaint<F: Float> {
    config: InpaintConfig,
    picture: Picture,
    /// Encoded inputs of every pixel, pixels × inputs.
    inputs: Vec<F>,
    /// Values of every pixel, pixels × channels.
    targets: Vec<F>,
    /// Indices of the visible pixels (shuffled each pass) and of the hidden ones.
    visible: Vec<usize>,
    hidden: Vec<usize>,
    net: Regressor<F>,
    rng: Rng,
    passes: u64,
    /// Per pass: `train` the mean batch loss on the visible pixels, `test` the loss on the
    /// hidden pixels after the pass (both mean ½(a − y)²).
    history: History,
    /// The network's output at every pixel, for the weights of `passes` (cached).
    output: Option<(u64, Vec<F>)>,
}

impl<F: Float> Inpaint<F> {
    /// A run on `config`'s built-in picture (in colour; the terrain as heights).
    pub fn new(config: InpaintConfig) -> Self {
        let size = config.size.max(2);
        let picture = config.target.picture(size, true, config.seed);
        Self::with_picture(InpaintConfig { size, ..config }, picture)
    }

    /// A run on any square picture, with the hole and network of `config` (its size
    /// replaced by the picture's).
    pub fn with_picture(config: InpaintConfig, picture: Picture) -> Self {
        let config = InpaintConfig {
            size: picture.size,
            ..config
        };
        let size = picture.size;
        let encoding = config.encoding();
        let mut sizes = vec![encoding.inputs()];
        sizes.extend(&config.hidden);
        sizes.push(picture.channels());
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
        let (hidden, visible): (Vec<usize>, Vec<usize>) =
            (0..size * size).partition(|&i| config.hole.contains(i % size, i / size, size));
        Inpaint {
            inputs: encode_pixels(encoding, config.seed, size),
            targets: (picture.values.iter())
                .map(|&v| F::from_f64(v as f64))
                .collect(),
            visible,
            hidden,
            net,
            rng: Rng::derived(config.seed, STREAM_ORDER),
            passes: 0,
            history: History::new(History::DEFAULT_CAPACITY),
            output: None,
            picture,
            config,
        }
    }

    /// The settings.
    pub fn config(&self) -> &InpaintConfig {
        &self.config
    }

    /// The whole picture, hidden part included.
    pub fn picture(&self) -> &Picture {
        &self.picture
    }

    /// Starts from the flat weights `params` (a saved state); `false`, changing nothing,
    /// when their count does not fit the network.
    pub fn load_weights(&mut self, params: &[F]) -> bool {
        self.output = None;
        self.net.load_weights(params)
    }

    /// Changes the learning rate in place (weights and moments kept).
    pub fn set_learning_rate(&mut self, learning_rate: f64) {
        self.config.learning_rate = learning_rate;
        self.net.optimizer_mut().hyper.learning_rate = learning_rate;
    }

    /// One pass over the visible pixels in a fresh random order, `batch` pixels a step; then
    /// the loss on the hidden pixels. Returns the mean batch loss.
    pub fn pass(&mut self) -> f64 {
        self.rng.shuffle(&mut self.visible);
        let mut total = 0.0;
        for rows in self.visible.chunks(self.config.batch.max(1)) {
            total += self.net.step_on(&self.inputs, &self.targets, rows) * rows.len() as f64;
        }
        self.passes += 1;
        let loss = total / self.visible.len().max(1) as f64;
        let inside = self.loss_on(&self.hidden.clone());
        self.history.push(self.passes as f64, loss, inside);
        loss
    }

    /// Passes done.
    pub fn passes(&self) -> u64 {
        self.passes
    }

    /// Per pass: `train` the loss on the visible pixels, `test` on the hidden ones.
    pub fn loss_history(&self) -> &History {
        &self.history
    }

    /// The network.
    pub fn network(&self) -> &Mlp<F> {
        self.net.network()
    }

    /// Mean ½(a − y)² over the pixels `rows` with the current weights.
    fn loss_on(&mut self, rows: &[usize]) -> f64 {
        let n_in = self.inputs.len() / (self.picture.size * self.picture.size).max(1);
        let c = self.picture.channels();
        let xs: Vec<F> = (rows.iter())
            .flat_map(|&r| self.inputs[r * n_in..(r + 1) * n_in].iter().copied())
            .collect();
        let ys: Vec<F> = (rows.iter())
            .flat_map(|&r| self.targets[r * c..(r + 1) * c].iter().copied())
            .collect();
        self.net.mean_loss(&xs, &ys)
    }

    /// The network's output at every pixel, pixels × channels (not clamped).
    pub fn output(&mut self) -> &[F] {
        if self.output.as_ref().map(|o| o.0) != Some(self.passes) {
            let mut out = Vec::with_capacity(self.targets.len());
            self.net.predict(&self.inputs, &mut out);
            self.output = Some((self.passes, out));
        }
        &self.output.as_ref().expect("just computed").1
    }

    /// The picture with the network's guess in the hole: the truth outside, the output
    /// (clamped to [0, 1]) inside; pixels × channels. Only the hidden pixels are predicted.
    pub fn guess_values(&mut self) -> Vec<f32> {
        let c = self.picture.channels();
        let mut values = self.picture.values.clone();
        let n_in = self.inputs.len() / (self.picture.size * self.picture.size).max(1);
        let xs: Vec<F> = (self.hidden.iter())
            .flat_map(|&r| self.inputs[r * n_in..(r + 1) * n_in].iter().copied())
            .collect();
        let mut out = Vec::with_capacity(self.hidden.len() * c);
        self.net.predict(&xs, &mut out);
        for (i, &r) in self.hidden.iter().enumerate() {
            for k in 0..c {
                values[r * c + k] = out[i * c + k].to_f64().clamp(0.0, 1.0) as f32;
            }
        }
        values
    }

    /// The RMS errors inside and outside the hole and of the mean-colour guess, with the
    /// output clamped to [0, 1] as it is shown.
    pub fn errors(&mut self) -> Errors {
        let c = self.picture.channels();
        let (visible, hidden) = (self.visible.clone(), self.hidden.clone());
        let truth: Vec<f64> = self.picture.values.iter().map(|&v| v as f64).collect();
        let out: Vec<f64> = (self.output().iter())
            .map(|v| v.to_f64().clamp(0.0, 1.0))
            .collect();
        let rms = |rows: &[usize], guess: &dyn Fn(usize, usize) -> f64| {
            let sum: f64 = (rows.iter())
                .flat_map(|&r| (0..c).map(move |k| (r, k)))
                .map(|(r, k)| (guess(r, k) - truth[r * c + k]).powi(2))
                .sum();
            (sum / (rows.len() * c).max(1) as f64).sqrt()
        };
        let mut mean = vec![0.0; c];
        for &r in &visible {
            (0..c).for_each(|k| mean[k] += truth[r * c + k]);
        }
        mean.iter_mut()
            .for_each(|m| *m /= visible.len().max(1) as f64);
        Errors {
            inside: rms(&hidden, &|r, k| out[r * c + k]),
            outside: rms(&visible, &|r, k| out[r * c + k]),
            mean_fill: rms(&hidden, &|_, k| mean[k]),
        }
    }

    /// Hidden and visible pixel counts.
    pub fn counts(&self) -> (usize, usize) {
        (self.hidden.len(), self.visible.len())
    }
}

impl<F: Float> Inpaint<F> {
    /// Applies `new` settings: the optimiser, rate and batch in place (returns `true`); any
    /// other change (picture, size, hole, encoding, network, seed) starts again from fresh
    /// weights (returns `false`).
    pub fn set_config(&mut self, new: InpaintConfig) -> bool {
        let old = &self.config;
        let in_place = InpaintConfig {
            optimizer: old.optimizer,
            learning_rate: old.learning_rate,
            batch: old.batch,
            ..new.clone()
        };
        if in_place != *old {
            *self = Inpaint::new(new);
            return false;
        }
        let optimizer = self.net.optimizer_mut();
        if optimizer.kind != new.optimizer {
            optimizer.kind = new.optimizer;
            optimizer.reset();
        }
        self.set_learning_rate(new.learning_rate);
        self.config = new;
        true
    }
}
