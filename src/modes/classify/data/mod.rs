//! The 2-D datasets (TensorFlow Playground's, on the domain [−6, 6]²), the train/test split and
//! the input features fed to the network. Pure Rust; draws randomness only from the `Rng` it is
//! handed, and knows nothing of networks, sessions or the web.

pub mod csv;
pub mod custom;
mod features;
mod generators;
mod multiclass;
mod task;

pub use custom::CustomPoints;
pub use features::{Feature, Features};
pub use task::{MAX_CLASSES, MIN_CLASSES, Problem, Task, class_label, label_class};

use crate::engine::rng::Rng;

/// One example: a position in the plane and its target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Horizontal coordinate (the `x1` feature), in about [−6, 6].
    pub x: f64,
    /// Vertical coordinate (the `x2` feature), in about [−6, 6].
    pub y: f64,
    /// For two classes ±1 (TF Playground's convention: +1 is class 1, −1 class 0); for
    /// k > 2 classes the class index 0…k−1; for regression a value in [−1, 1]. Custom points
    /// ([`CustomPoints`]) always store the class index, converted when a dataset is built.
    pub label: f64,
}

/// Which dataset to draw. Six follow TF Playground's `dataset.ts`; `Moons` is ours, and
/// `Custom` holds the user's own points (drawn or imported) instead of drawing any.
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
    /// The user's points ([`crate::config::Config::custom`]); classification or regression
    /// as the config's `problem` says. Not in [`DatasetKind::ALL`]: nothing is generated.
    Custom,
}

impl DatasetKind {
    /// Every generated dataset, classification first, in the order the UI lists them
    /// ([`DatasetKind::Custom`] is listed apart).
    pub const ALL: [DatasetKind; 7] = [
        DatasetKind::Circle,
        DatasetKind::Xor,
        DatasetKind::Gauss,
        DatasetKind::Spiral,
        DatasetKind::Moons,
        DatasetKind::Plane,
        DatasetKind::MultiGauss,
    ];

    /// Every value the `data` key accepts: [`DatasetKind::ALL`] and then custom.
    pub const CHOICES: [DatasetKind; 8] = [
        DatasetKind::Circle,
        DatasetKind::Xor,
        DatasetKind::Gauss,
        DatasetKind::Spiral,
        DatasetKind::Moons,
        DatasetKind::Plane,
        DatasetKind::MultiGauss,
        DatasetKind::Custom,
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
            DatasetKind::Custom => "custom",
        }
    }

    /// Inverse of [`DatasetKind::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::CHOICES.into_iter().find(|d| d.name() == name)
    }

    /// Most classes this set can be drawn with: 5 for spiral (k arms), gauss (k blobs) and
    /// custom data, 2 for the other classification sets (and the regression sets).
    pub fn max_classes(self) -> usize {
        match self {
            DatasetKind::Spiral | DatasetKind::Gauss | DatasetKind::Custom => MAX_CLASSES,
            _ => MIN_CLASSES,
        }
    }

    /// `true` for the generated regression sets (labels in [−1, 1]); `false` for the
    /// classification sets and for custom data (whose problem the config chooses).
    pub fn is_regression(self) -> bool {
        matches!(self, DatasetKind::Plane | DatasetKind::MultiGauss)
    }

    /// TF Playground's sample counts: 500 points to classify, 1200 to regress (0 for custom).
    pub fn default_size(self) -> usize {
        match self {
            DatasetKind::Custom => 0,
            k if k.is_regression() => 1200,
            _ => 500,
        }
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
        DatasetKind::Custom => Vec::new(),
    }
}

/// Like [`generate`], for `classes` classes: spiral draws `classes` arms and gauss `classes`
/// blobs, labelled 0…k−1, when `classes` > 2. Every other case (two classes, or a set that
/// has only two) is exactly [`generate`], ±1 labels included.
pub fn generate_classes(
    kind: DatasetKind,
    num_samples: usize,
    noise: f64,
    classes: usize,
    rng: &mut Rng,
) -> Vec<Point> {
    let k = classes.min(kind.max_classes());
    let noise = if noise.is_nan() {
        0.0
    } else {
        noise.clamp(0.0, 0.5)
    };
    match kind {
        DatasetKind::Spiral if k > 2 => multiclass::spiral(num_samples, k, noise, rng),
        DatasetKind::Gauss if k > 2 => multiclass::blobs(num_samples, k, noise, rng),
        _ => generate(kind, num_samples, noise, rng),
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
