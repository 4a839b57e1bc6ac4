//! What the student chooses for a segmentation: the scene, the strokes, the inputs and the
//! network. The mode's query-string keys (`keys.rs`) read and write this struct.

use super::scene::Scene;
use super::strokes::Strokes;
use crate::engine::nn::Activation;

/// The hidden layers' activation.
pub const ACTIVATION: Activation = Activation::Tanh;

/// Everything the student chooses for a segmentation.
#[derive(Clone, Debug, PartialEq)]
pub struct SegmentConfig {
    /// The built-in scene (an uploaded picture replaces it until another scene is chosen).
    pub scene: Scene,
    /// The strokes painted.
    pub strokes: Strokes,
    /// Whether the position enters through Fourier features (else as it is).
    pub fourier: bool,
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Adam's step size.
    pub learning_rate: f64,
    /// Seed of the weights, the batches, the colour noise of the scene and Fourier's B.
    pub seed: u64,
}

impl Default for SegmentConfig {
    fn default() -> Self {
        SegmentConfig {
            scene: Scene::Beach,
            strokes: Strokes::default(),
            fourier: false,
            hidden: vec![16, 16],
            learning_rate: 0.01,
            seed: 1,
        }
    }
}
