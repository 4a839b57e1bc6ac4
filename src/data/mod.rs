//! The 2-D datasets (TensorFlow Playground's, on the domain [−6, 6]²), the train/test split and
//! the input features fed to the network. Pure Rust; draws randomness only from the `Rng` it is
//! handed, and knows nothing of networks, sessions or the web.

mod features;
mod generators;

pub use features::{Feature, Features};

use crate::rng::Rng;

/// One example: a position in the plane and its target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Horizontal coordinate (the `x1` feature), in about [−6, 6].
    pub x: f64,
    /// Vertical coordinate (the `x2` feature), in about [−6, 6].
    pub y: f64,
    /// ±1 for classification; a value in [−1, 1] for regression.
    pub label: f64,
}

/// Which dataset to draw. Six follow TF Playground's `dataset.ts`; `Moons` is ours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DatasetKind {
    /// A disc of positives (radius < 2.5) inside a ring of negatives (radius 3.5 to 5).
    #[default]
    Circle,
    /// The four quadrants, positive where x·y ≥ 0.
    Xor,
    /// Two gaussian blobs at (2, 2) (positive) and (−2, −2) (negative).
    Gauss,
    /// Two interleaved spiral arms.
    Spiral,
    /// Two interleaving half circles.
    Moons,
    /// Regression: the label rises linearly along the diagonal, (x + y) / 10.
    Plane,
    /// Regression: six signed bumps in two rows of three.
    MultiGauss,
}

impl DatasetKind {
    /// Every dataset, classification first, in the order the UI lists them.
    pub const ALL: [DatasetKind; 7] = [
        DatasetKind::Circle,
        DatasetKind::Xor,
        DatasetKind::Gauss,
        DatasetKind::Spiral,
        DatasetKind::Moons,
        DatasetKind::Plane,
        DatasetKind::MultiGauss,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            DatasetKind::Circle => "circle",
            DatasetKind::Xor => "xor",
            DatasetKind::Gauss => "gauss",
            DatasetKind::Spiral => "spiral",
            DatasetKind::Moons => "moons",
            DatasetKind::Plane => "plane",
            DatasetKind::MultiGauss => "multigauss",
        }
    }

    /// Inverse of [`DatasetKind::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.name() == name)
    }

    /// `true` for the regression sets (labels in [−1, 1]), `false` for ±1 classification.
    pub fn is_regression(self) -> bool {
        matches!(self, DatasetKind::Plane | DatasetKind::MultiGauss)
    }

    /// TF Playground's sample counts: 500 points to classify, 1200 to regress.
    pub fn default_size(self) -> usize {
        if self.is_regression() { 1200 } else { 500 }
    }
}

/// Draws `num_samples` points of dataset `kind`, exactly that many, using only `rng`.
///
/// `noise` is TF Playground's noise slider divided by 100, so 0 to 0.5 (values outside are
/// clamped). What it does depends on the set: for circle, xor and the regression sets it moves
/// the position at which the label is computed (the point itself stays put, so labels near the
/// boundary flip); for gauss it widens the blobs; for spiral and moons it jitters the points.
/// Two-class sets draw the positives first, then the negatives: shuffle (see [`split`])
/// before cutting batches.
pub fn generate(kind: DatasetKind, num_samples: usize, noise: f64, rng: &mut Rng) -> Vec<Point> {
    let noise = if noise.is_nan() {
        0.0
    } else {
        noise.clamp(0.0, 0.5)
    };
    let n = num_samples;
    match kind {
        DatasetKind::Circle => generators::circle(n, noise, rng),
        DatasetKind::Xor => generators::xor(n, noise, rng),
        DatasetKind::Gauss => generators::gauss(n, noise, rng),
        DatasetKind::Spiral => generators::spiral(n, noise, rng),
        DatasetKind::Moons => generators::moons(n, noise, rng),
        DatasetKind::Plane => generators::plane(n, noise, rng),
        DatasetKind::MultiGauss => generators::multi_gauss(n, noise, rng),
    }
}

/// Shuffles `points` with `rng`, then cuts them into (train, test): the first
/// ⌊len · train_percent / 100⌋ points train (as in TF Playground). `train_percent` is clamped
/// to 10..=90.
pub fn split(
    mut points: Vec<Point>,
    train_percent: u32,
    rng: &mut Rng,
) -> (Vec<Point>, Vec<Point>) {
    rng.shuffle(&mut points);
    let percent = train_percent.clamp(10, 90) as usize;
    let cut = points.len() * percent / 100;
    let test = points.split_off(cut);
    (points, test)
}

#[cfg(test)]
mod tests;
