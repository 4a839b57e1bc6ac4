//! What the student chooses for an inpainting run.

use super::hole::Hole;
use crate::drawing::targets::ImageTarget;
use crate::engine::encoding::Encoding;
use crate::engine::nn::Activation;
use crate::engine::optim::OptimizerKind;

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
    /// Fourier frequencies (the network gets 2 × this many inputs).
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
        if self.fourier {
            Encoding::Fourier {
                features: self.features,
                scale: self.scale,
            }
        } else {
            Encoding::Plain
        }
    }
}
