//! The input features computed from a point's (x, y), TF Playground's set minus the cosines,
//! and the bitset of those enabled. Pure functions; no state beyond the bitset.

use super::Point;
use crate::engine::float::Float;

/// One input the network can be fed, computed from a point's coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Feature {
    /// x
    X1,
    /// y
    X2,
    /// x²
    X1Squared,
    /// y²
    X2Squared,
    /// x·y
    X1X2,
    /// sin x
    SinX1,
    /// sin y
    SinX2,
}

impl Feature {
    /// Every feature, in the order the UI lists them and the network receives them.
    pub const ALL: [Feature; 7] = [
        Feature::X1,
        Feature::X2,
        Feature::X1Squared,
        Feature::X2Squared,
        Feature::X1X2,
        Feature::SinX1,
        Feature::SinX2,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Feature::X1 => "x1",
            Feature::X2 => "x2",
            Feature::X1Squared => "x1sq",
            Feature::X2Squared => "x2sq",
            Feature::X1X2 => "x1x2",
            Feature::SinX1 => "sinx1",
            Feature::SinX2 => "sinx2",
        }
    }

    /// Inverse of [`Feature::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The feature's value at the point (x, y).
    pub fn value(self, x: f64, y: f64) -> f64 {
        match self {
            Feature::X1 => x,
            Feature::X2 => y,
            Feature::X1Squared => x * x,
            Feature::X2Squared => y * y,
            Feature::X1X2 => x * y,
            Feature::SinX1 => x.sin(),
            Feature::SinX2 => y.sin(),
        }
    }

    /// This feature's bit in [`Features`]: its index in [`Feature::ALL`].
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The set of enabled features, as a bitset indexed like [`Feature::ALL`]. The default is
/// {x1, x2}, TF Playground's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Features(u8);

impl Default for Features {
    fn default() -> Self {
        Features::NONE
            .with(Feature::X1, true)
            .with(Feature::X2, true)
    }
}

impl Features {
    /// The empty set (not a valid network input on its own; a starting point for building).
    pub const NONE: Features = Features(0);

    /// Whether `feature` is enabled.
    pub fn contains(self, feature: Feature) -> bool {
        self.0 & feature.bit() != 0
    }

    /// A copy of this set with `feature` switched on or off.
    #[must_use]
    pub fn with(self, feature: Feature, on: bool) -> Self {
        if on {
            Features(self.0 | feature.bit())
        } else {
            Features(self.0 & !feature.bit())
        }
    }

    /// Number of enabled features: the width of the network's input layer.
    pub fn count(self) -> usize {
        self.0.count_ones() as usize
    }

    /// `true` when no feature is enabled.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The enabled features, in [`Feature::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Feature> {
        Feature::ALL.into_iter().filter(move |f| self.contains(*f))
    }

    /// Writes the enabled features of the point (x, y), in order, into `out[..count()]`.
    /// Panics if `out` is shorter than [`Features::count`]; later elements are untouched.
    pub fn expand<F: Float>(&self, x: f64, y: f64, out: &mut [F]) {
        assert!(
            out.len() >= self.count(),
            "feature row shorter than the feature count"
        );
        for (slot, feature) in out.iter_mut().zip(self.iter()) {
            *slot = F::from_f64(feature.value(x, y));
        }
    }

    /// The network's input matrix for `points`: `points.len()` × [`Features::count`],
    /// row-major (one row per point).
    pub fn expand_points<F: Float>(&self, points: &[Point]) -> Vec<F> {
        let width = self.count();
        let mut rows = vec![F::ZERO; points.len() * width];
        if width == 0 {
            return rows;
        }
        for (row, p) in rows.chunks_exact_mut(width).zip(points) {
            self.expand(p.x, p.y, row);
        }
        rows
    }
}
