//! The generated digit sets: handwritten digits ([`super::glyphs::handwritten`]) framed
//! ([`super::frame`]) with a random pen width, size and small offset, as grey pictures of
//! [`PIXELS`] values, the same number of each digit in random order. The training set and the
//! test set come from two independent streams of the seed, so they never share a digit.

use super::frame::{BOX, PIXELS, frame_with};
use super::glyphs::{Style, handwritten};
use crate::engine::rng::Rng;

/// The classes: the digits 0 to 9.
pub const CLASSES: usize = 10;
/// Test digits of each class.
pub const TEST_PER_CLASS: usize = 50;
/// Stream of the seed the training set is drawn from.
const TRAIN_STREAM: u64 = 0xD161;
/// Stream of the test set.
const TEST_STREAM: u64 = 0xD162;

/// A set of digit pictures and their labels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DigitSet {
    /// The pictures, row-major, [`PIXELS`] grey levels each (1 = ink).
    pub pixels: Vec<f32>,
    /// Each picture's digit.
    pub labels: Vec<u8>,
}

impl DigitSet {
    /// Number of digits.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The picture of digit `i`.
    pub fn picture(&self, i: usize) -> &[f32] {
        &self.pixels[i * PIXELS..(i + 1) * PIXELS]
    }

    /// `per_class` handwritten digits of each class drawn from `rng`, shuffled.
    pub fn generate(per_class: usize, rng: &mut Rng) -> Self {
        let mut labels: Vec<u8> = (0..per_class * CLASSES)
            .map(|i| (i % CLASSES) as u8)
            .collect();
        rng.shuffle(&mut labels);
        let mut pixels = vec![0.0; labels.len() * PIXELS];
        for (i, &digit) in labels.iter().enumerate() {
            let strokes = handwritten(digit as usize, &Style::DEFAULT, 40.0, rng);
            let size = BOX * rng.range(0.85, 1.05);
            let pen = rng.range(1.2, 2.8);
            let offset = (rng.range(-0.6, 0.6), rng.range(-0.6, 0.6));
            frame_with(
                &strokes,
                size,
                pen,
                offset,
                &mut pixels[i * PIXELS..(i + 1) * PIXELS],
            );
        }
        DigitSet { pixels, labels }
    }

    /// The training set of `seed`: `per_class` digits of each class.
    pub fn training(seed: u64, per_class: usize) -> Self {
        DigitSet::generate(per_class, &mut Rng::derived(seed, TRAIN_STREAM))
    }

    /// The test set of `seed`: [`TEST_PER_CLASS`] digits of each class.
    pub fn test(seed: u64) -> Self {
        DigitSet::generate(TEST_PER_CLASS, &mut Rng::derived(seed, TEST_STREAM))
    }
}
