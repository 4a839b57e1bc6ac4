//! What the user chooses for a sound fit: the target sound, the time encoding, the network
//! and its training, and the listening volume. The sound mode's query-string keys (`keys.rs`)
//! read and write this struct.

use super::targets::SoundTarget;
use crate::engine::encoding::Encoding;
use crate::engine::nn::Activation;
use crate::engine::optim::OptimizerKind;

/// Everything the user chooses for a sound fit.
#[derive(Clone, Debug, PartialEq)]
pub struct SoundConfig {
    /// The sound to learn.
    pub target: SoundTarget,
    /// Whether time enters the network through Fourier features (else as it is).
    pub fourier: bool,
    /// Fourier frequencies (the network gets 2 × this many inputs).
    pub features: usize,
    /// Standard deviation of the Fourier frequencies, in hertz.
    pub scale_hz: f64,
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Hidden activation.
    pub activation: Activation,
    /// Update rule.
    pub optimizer: OptimizerKind,
    /// Step size.
    pub learning_rate: f64,
    /// Samples per step.
    pub batch: usize,
    /// Listening volume, percent of the loudest level allowed ([`super::PEAK_LIMIT`]).
    pub volume: u32,
    /// Seed of the weights, the batch order and the Fourier frequencies.
    pub seed: u64,
}

impl Default for SoundConfig {
    fn default() -> Self {
        SoundConfig {
            target: SoundTarget::Chord,
            fourier: true,
            features: 64,
            scale_hz: 600.0,
            hidden: vec![32, 32],
            activation: Activation::Relu,
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.002,
            batch: 128,
            volume: 60,
            seed: 1,
        }
    }
}

impl SoundConfig {
    /// The time encoding these settings ask for.
    pub fn encoding(&self) -> Encoding {
        if self.fourier {
            Encoding::Fourier {
                features: self.features,
                scale: self.scale_hz,
            }
        } else {
            Encoding::Plain
        }
    }
}
