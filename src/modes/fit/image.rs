//! Image fitting: a network maps pixel coordinates (x, y) ∈ [−1, 1]² (optionally Fourier
//! encoded) to a pixel's grey level, colour or height, trained over every pixel of a picture
//! in shuffled mini-batches; its reconstruction sharpens pass after pass.

use crate::drawing::picture::{Picture, encode_pixels, values_rgba};
use crate::drawing::targets::ImageTarget;
use crate::drawing::upload::TARGET_SIZES;
use crate::engine::encoding::Encoding;
use crate::engine::float::Float;
use crate::engine::history::History;
use crate::engine::nn::{Activation, Mlp};
use crate::engine::optim::{Hyper, OptimizerKind};
use crate::engine::regressor::Regressor;
use crate::engine::rng::Rng;

/// Everything the user chooses for an image fit.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageConfig {
    /// Side of the built-in picture, in pixels ([`TARGET_SIZES`]: 2 to 256).
    pub size: usize,
    /// Which built-in picture (an uploaded one replaces it through [`ImageFit::set_picture`]).
    pub target: ImageTarget,
    /// Colour (3 outputs) or grey (1 output) for the face and the checkerboard.
    pub colour: bool,
    /// Whether the coordinates enter the network through Fourier features (else as they are;
    /// see [`ImageConfig::encoding`]).
    pub fourier: bool,
    /// Fourier frequencies (the network gets 2 × this many inputs), 1 to [`MAX_FOURIER`].
    pub features: usize,
    /// Standard deviation of the Fourier frequencies, in cycles per unit.
    pub scale: f64,
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Hidden activation.
    pub activation: Activation,
    /// Update rule.
    pub optimizer: OptimizerKind,
    /// Step size.
    pub learning_rate: f64,
    /// Pixels per step.
    pub batch: usize,
    /// Seed of the weights, the batch order, Fourier's B and the terrain.
    pub seed: u64,
    /// Whether a terrain (heights) is shown as 3-D reliefs in perspective rather than as
    /// shaded maps seen from above: the view only, training is the same.
    pub relief3d: bool,
}

impl Default for ImageConfig {
    fn default() -> Self {
        ImageConfig {
            size: 64,
            target: ImageTarget::Face,
            colour: true,
            fourier: false,
            features: 32,
            scale: 3.0,
            hidden: vec![32, 32, 32],
            activation: Activation::Relu,
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.005,
            batch: 256,
            seed: 1,
            relief3d: false,
        }
    }
}

impl ImageConfig {
    /// The input encoding these settings ask for.
    pub fn encoding(&self) -> Encoding {
        if self.fourier {
            Encoding::Fourier {
                features: self.features,
                scale: self.scale,
            }
        } else {
            Encoding::Plain
        }
    }

    /// These settings with `encoding` (Plain keeps the Fourier count and scale for later;
    /// the image fit offers no axis encoding, so `Axes` leaves them as they are).
    pub fn with_encoding(self, encoding: Encoding) -> Self {
        match encoding {
            Encoding::Axes { .. } => self,
            Encoding::Plain => ImageConfig {
                fourier: false,
                ..self
            },
            Encoding::Fourier { features, scale } => ImageConfig {
                fourier: true,
                features,
                scale,
                ..self
            },
        }
    }
}

/// Most Fourier frequencies offered (256 inputs).
pub const MAX_FOURIER: usize = 128;

const STREAM_WEIGHTS: u64 = 51;
const STREAM_ORDER: u64 = 52;

/// A picture being fitted: encoded inputs and targets of every pixel, the network and the
/// training state.
#[derive(Clone, Debug)]
pub struct ImageFit<F: Float> {
    pub(super) config: ImageConfig,
    picture: Picture,
    /// Encoded inputs of every pixel, pixels × inputs (computed once per picture/encoding).
    inputs: Vec<F>,
    /// Target values, pixels × channels.
    targets: Vec<F>,
    pub(super) net: Regressor<F>,
    order: Vec<usize>,
    rng: Rng,
    passes: u64,
    history: History,
}

impl<F: Float> ImageFit<F> {
    /// Starts from the flat weights `params` (a saved state); `false`, changing nothing,
    /// when their count does not fit the network.
    pub fn load_weights(&mut self, params: &[F]) -> bool {
        self.net.load_weights(params)
    }

    /// A fit of `config`'s built-in picture (its size brought into [`TARGET_SIZES`]).
    pub fn new(config: ImageConfig) -> Self {
        let size = config
            .size
            .clamp(*TARGET_SIZES.start(), *TARGET_SIZES.end());
        let config = ImageConfig { size, ..config };
        let picture = config
            .target
            .picture(config.size, config.colour, config.seed);
        Self::with_picture(config, picture)
    }

    /// A fit of any picture (an uploaded one), with the network and encoding of `config`.
    pub fn with_picture(config: ImageConfig, picture: Picture) -> Self {
        let mut sizes = vec![config.encoding().inputs()];
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
        let pixels = picture.size * picture.size;
        ImageFit {
            inputs: encode_pixels(config.encoding(), config.seed, picture.size),
            targets: picture
                .values
                .iter()
                .map(|&v| F::from_f64(v as f64))
                .collect(),
            order: (0..pixels).collect(),
            rng: Rng::derived(config.seed, STREAM_ORDER),
            net,
            passes: 0,
            history: History::new(History::DEFAULT_CAPACITY),
            picture,
            config,
        }
    }

    /// Fits another picture from scratch (fresh weights; its size replaces the config's).
    pub fn set_picture(&mut self, picture: Picture) {
        let config = ImageConfig {
            size: picture.size,
            ..self.config.clone()
        };
        *self = Self::with_picture(config, picture);
    }

    /// Changes the encoding: the network's inputs change, so it starts again.
    pub fn set_encoding(&mut self, encoding: Encoding) {
        let config = self.config.clone().with_encoding(encoding);
        *self = Self::with_picture(config, self.picture.clone());
    }

    /// Changes the learning rate in place (weights and moments kept).
    pub fn set_learning_rate(&mut self, learning_rate: f64) {
        self.config.learning_rate = learning_rate;
        self.net.optimizer_mut().hyper.learning_rate = learning_rate;
    }

    /// The settings.
    pub fn config(&self) -> &ImageConfig {
        &self.config
    }

    /// The picture being fitted.
    pub fn picture(&self) -> &Picture {
        &self.picture
    }

    /// One pass over every pixel in a fresh random order, `batch` pixels a step. Returns the
    /// mean of the batch losses (mean over pixels and channels of ½(a − y)²).
    pub fn pass(&mut self) -> f64 {
        self.rng.shuffle(&mut self.order);
        let mut total = 0.0;
        for rows in self.order.chunks(self.config.batch.max(1)) {
            total += self.net.step_on(&self.inputs, &self.targets, rows) * rows.len() as f64;
        }
        self.passes += 1;
        let loss = total / self.order.len().max(1) as f64;
        self.history.push(self.passes as f64, loss, f64::NAN);
        loss
    }

    /// Passes done.
    pub fn passes(&self) -> u64 {
        self.passes
    }

    /// Mean loss over every pixel with the current weights (no training).
    pub fn loss(&mut self) -> f64 {
        self.net.mean_loss(&self.inputs, &self.targets)
    }

    /// The network's picture: size × size × channels values, row-major, top row first
    /// (not clamped; [`ImageFit::reconstruction_rgba`] clamps to [0, 1]).
    pub fn reconstruction(&mut self) -> Vec<F> {
        let mut out = Vec::with_capacity(self.targets.len());
        self.net.predict(&self.inputs, &mut out);
        out
    }

    /// The reconstruction as RGBA bytes, shown as the target is (terrain as relief).
    pub fn reconstruction_rgba(&mut self) -> Vec<u8> {
        let values = self.reconstruction();
        values_rgba(&values, self.picture.size, self.picture.kind)
    }

    /// Pass losses (`epoch` = pass, `train` = mean batch loss; `test` unused: NaN).
    pub fn loss_history(&self) -> &History {
        &self.history
    }

    /// The network.
    pub fn network(&self) -> &Mlp<F> {
        self.net.network()
    }
}
