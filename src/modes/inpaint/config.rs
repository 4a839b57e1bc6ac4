//! What the student chooses for an inpainting run.

use super::hole::Hole;
use crate::drawing::targets::ImageTarget;
use crate::engine::encoding::Encoding;
use crate::engine::nn::Activation;
use crate::engine::optim::OptimizerKind;

/// Frequencies of the axis encoding: 1, 2 and 4 cycles across the picture. The checkerboard's
/// 8 squares a side are 4 cycles, so every square inside the hole has the features of squares
/// seen outside it; an 8-cycle octave learns the visible part slightly sharper but guesses
/// the terrain worse than the mean colour on some seeds (measured at 60 passes, seeds 1–3).
pub const AXES_OCTAVES: usize = 3;

/// Everything the user chooses for an inpainting run.
#[derive(Clone, Debug, PartialEq)]
pub struct InpaintConfig {
    /// Which built-in picture (always in colour; the terrain is heights).
    pub target: ImageTarget,
    /// Side of the picture, in pixels.
    pub size: usize,
    /// The hidden rectangle.
    pub hole: Hole,
    /// Whether the coordinates enter the network through Fourier features.
    pub fourier: bool,
    /// Which frequencies the Fourier features use: random ones, or fixed ones along each axis.
    pub basis: Basis,
    /// Random Fourier frequencies (the network gets 2 × this many inputs).
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
}

impl Default for InpaintConfig {
    fn default() -> Self {
        InpaintConfig {
            target: ImageTarget::Face,
            size: 48,
            hole: Hole::CENTRE,
            fourier: true,
            basis: Basis::Axes,
            features: 32,
            scale: 1.0,
            hidden: vec![32, 32],
            activation: Activation::Relu,
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.005,
            batch: 256,
            seed: 1,
        }
    }
}

impl InpaintConfig {
    /// The input encoding these settings ask for.
    pub fn encoding(&self) -> Encoding {
        match (self.fourier, self.basis) {
            (false, _) => Encoding::Plain,
            (true, Basis::Random) => Encoding::Fourier {
                features: self.features,
                scale: self.scale,
            },
            (true, Basis::Axes) => Encoding::Axes {
                octaves: AXES_OCTAVES,
            },
        }
    }
}

/// The frequencies of the Fourier features.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Basis {
    /// `features` frequencies drawn at random in every direction ([`Encoding::Fourier`]).
    Random,
    /// 1, 2 and 4 cycles across the picture along x and along y ([`AXES_OCTAVES`]).
    #[default]
    Axes,
}

impl Basis {
    /// Every basis, in the order the page lists them.
    pub const ALL: [Basis; 2] = [Basis::Axes, Basis::Random];

    /// The name used in the query string.
    pub fn name(self) -> &'static str {
        match self {
            Basis::Random => "random",
            Basis::Axes => "axes",
        }
    }
}
