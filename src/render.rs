//! Pixels computed in Rust: colour maps and the RGBA buffers for the decision boundary and the
//! data points, ready to be put on a canvas in one call; the submodules rasterise lines and
//! discs (`raster`), lay out and draw the network diagram (`diagram`, `network`), colour
//! neuron maps (`maps`), draw the hidden space (`space`), pick an adaptive map resolution
//! (`detail`), offer colour schemes (`palettes`) and size things for a projector (`style`).
//! Pure Rust, no web crates.

pub mod detail;
pub mod diagram;
pub mod maps;
pub mod network;
pub mod palettes;
pub mod raster;
pub mod space;
pub mod style;

use crate::data::Point;
use crate::engine::float::Float;

/// An RGBA colour.
pub type Rgba = [u8; 4];

/// A diverging colour map from −1 through 0 to +1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Colour of −1 (class −1).
    pub negative: Rgba,
    /// Colour of 0 (undecided).
    pub neutral: Rgba,
    /// Colour of +1 (class +1).
    pub positive: Rgba,
}

/// TF Playground's orange / light grey / blue, so its users feel at home.
pub const CLASSIC: Palette = Palette {
    negative: [0xf5, 0x93, 0x22, 0xff],
    neutral: [0xe8, 0xea, 0xeb, 0xff],
    positive: [0x08, 0x77, 0xbd, 0xff],
};

impl Palette {
    /// Colour of `v` ∈ [−1, 1] (clamped; NaN maps to neutral), linearly interpolated.
    pub fn colour(&self, v: f64) -> Rgba {
        let v = if v.is_nan() { 0.0 } else { v.clamp(-1.0, 1.0) };
        let (end, t) = if v < 0.0 {
            (self.negative, -v)
        } else {
            (self.positive, v)
        };
        shade(self.neutral, end, t)
    }

    /// A 256-entry lookup table over [−1, 1], so a heatmap costs one table read per pixel.
    pub fn table(&self) -> [Rgba; 256] {
        let mut t = [[0; 4]; 256];
        for (k, c) in t.iter_mut().enumerate() {
            *c = self.colour(k as f64 / 127.5 - 1.0);
        }
        t
    }
}

/// One colour per class, for up to [`crate::data::MAX_CLASSES`] classes: classes 0 and 1 keep
/// TF Playground's orange and blue, then ColorBrewer's green, a magenta and a violet (each
/// pair at least 100 apart in RGB, and far from the neutral grey).
pub const CATEGORICAL: [Rgba; 5] = [
    [0xf5, 0x93, 0x22, 0xff],
    [0x08, 0x77, 0xbd, 0xff],
    [0x4d, 0xaf, 0x4a, 0xff],
    [0xcc, 0x4c, 0x9a, 0xff],
    [0x5e, 0x3c, 0x99, 0xff],
];

/// `neutral` moved towards `colour` by `t` ∈ [0, 1] (0 gives `neutral`, 1 `colour`).
fn shade(neutral: Rgba, colour: Rgba, t: f64) -> Rgba {
    let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
    [
        mix(neutral[0], colour[0]),
        mix(neutral[1], colour[1]),
        mix(neutral[2], colour[2]),
        0xff,
    ]
}

/// Colour of one cell of a k-class map from its class probabilities `p` (k ≥ 2 values): the
/// colour of the most probable class c, shaded from `neutral` by the confidence
///
/// t = (p_c − 1/k) / (1 − 1/k),
///
/// which is 0 when every class is equally likely (the cell is `neutral`) and 1 when the
/// network is certain (the cell is the class colour). With `discretize`, t = 1. A cell with
/// a NaN probability is `neutral`.
pub fn class_colour<F: Float>(p: &[F], colours: &[Rgba], neutral: Rgba, discretize: bool) -> Rgba {
    let k = p.len();
    if k == 0 || p.iter().any(|v| v.to_f64().is_nan()) {
        return neutral;
    }
    let c = crate::engine::nn::softmax::argmax(p);
    let chance = 1.0 / k as f64;
    let t = if discretize {
        1.0
    } else {
        ((p[c].to_f64() - chance) / (1.0 - chance)).clamp(0.0, 1.0)
    };
    shade(neutral, colours[c % colours.len()], t)
}

/// Fills `rgba` (4 bytes per cell) from `probs`, k class probabilities per cell side by side
/// (as [`crate::session::Session::output_grid`] writes them), with [`class_colour`].
pub fn class_heatmap<F: Float>(
    probs: &[F],
    classes: usize,
    discretize: bool,
    colours: &[Rgba],
    neutral: Rgba,
    rgba: &mut [u8],
) {
    let cells = probs.chunks_exact(classes.max(1));
    for (p, px) in cells.zip(rgba.chunks_exact_mut(4)) {
        px.copy_from_slice(&class_colour(p, colours, neutral, discretize));
    }
}

/// How a network output maps onto the colour scale [−1, 1].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OutputScale {
    /// Already in [−1, 1] (tanh output, regression targets).
    Signed,
    /// A probability in [0, 1] (sigmoid output): 2p − 1.
    Probability,
}

/// Fills `rgba` (4 bytes per value) with the colours of `values`. With `discretize`, every
/// value is shown as its class (full colour) instead of a shade.
pub fn heatmap<F: Float>(
    values: &[F],
    scale: OutputScale,
    discretize: bool,
    table: &[Rgba; 256],
    rgba: &mut [u8],
) {
    for (v, px) in values.iter().zip(rgba.chunks_exact_mut(4)) {
        let mut s = v.to_f64();
        if scale == OutputScale::Probability {
            s = 2.0 * s - 1.0;
        }
        if discretize {
            s = if s > 0.0 { 1.0 } else { -1.0 };
        }
        let k = if s.is_nan() {
            128
        } else {
            ((s.clamp(-1.0, 1.0) + 1.0) * 127.5) as usize
        };
        px.copy_from_slice(&table[k.min(255)]);
    }
}

/// Draws each point as a filled disc with a ring (white for training points, dark for test
/// points) on a transparent `width` × `height` RGBA buffer mapping [−6, 6]² (y up).
pub struct PointLayer {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Disc radius in pixels (the ring included).
    pub radius: f64,
}

/// Ring colour of training points.
const TRAIN_RING: Rgba = [0xff, 0xff, 0xff, 0xff];
/// Ring colour of test points.
const TEST_RING: Rgba = [0x20, 0x20, 0x20, 0xff];

impl PointLayer {
    /// Clears `rgba` to transparent.
    pub fn clear(&self, rgba: &mut [u8]) {
        rgba.iter_mut().for_each(|b| *b = 0);
    }

    /// Draws `points` with their label colours; `test` selects the ring colour.
    pub fn draw(&self, points: &[Point], test: bool, palette: &Palette, rgba: &mut [u8]) {
        let ring = if test { TEST_RING } else { TRAIN_RING };
        for p in points {
            self.draw_one(p, palette.colour(p.label), ring, rgba);
        }
    }

    /// Draws `points` labelled with class indices in their class colours (`colours[label]`).
    pub fn draw_classes(&self, points: &[Point], test: bool, colours: &[Rgba], rgba: &mut [u8]) {
        let ring = if test { TEST_RING } else { TRAIN_RING };
        for p in points {
            let class = crate::data::label_class(p.label, colours.len().max(3));
            self.draw_one(p, colours[class % colours.len()], ring, rgba);
        }
    }

    fn draw_one(&self, p: &Point, fill: Rgba, ring: Rgba, rgba: &mut [u8]) {
        let cx = (p.x + 6.0) / 12.0 * self.width as f64;
        let cy = (6.0 - p.y) / 12.0 * self.height as f64;
        self.disc(cx, cy, fill, ring, rgba);
    }

    fn disc(&self, cx: f64, cy: f64, fill: Rgba, ring: Rgba, rgba: &mut [u8]) {
        let r = self.radius;
        let inner = (r - 1.2).max(0.5);
        let (x0, x1) = ((cx - r).floor().max(0.0), (cx + r).ceil());
        let (y0, y1) = ((cy - r).floor().max(0.0), (cy + r).ceil());
        for y in y0 as usize..(y1 as usize).min(self.height) {
            for x in x0 as usize..(x1 as usize).min(self.width) {
                let d = ((x as f64 + 0.5 - cx).powi(2) + (y as f64 + 0.5 - cy).powi(2)).sqrt();
                if d > r {
                    continue;
                }
                let c = if d > inner { ring } else { fill };
                let at = 4 * (y * self.width + x);
                rgba[at..at + 4].copy_from_slice(&c);
            }
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_palettes;
#[cfg(test)]
mod tests_views;
