//! Colour maps: the RGBA colour type, the diverging palette from −1 through 0 to +1 (TF
//! Playground's by default), the class colours, and heatmaps of outputs and class
//! probabilities written straight into RGBA buffers.

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

/// One colour per class, for up to [`crate::modes::classify::data::MAX_CLASSES`] classes: classes 0 and 1 keep
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
pub(crate) fn shade(neutral: Rgba, colour: Rgba, t: f64) -> Rgba {
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
/// (as [`crate::modes::classify::session::Session::output_grid`] writes them), with [`class_colour`].
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

/// How much of its colour the classifier's output map keeps over white: TF Playground paints
/// its heatmap with alpha 160 / 255, so that the points, drawn in full colour, stand out from
/// the region they are classified in.
pub const MAP_STRENGTH: f64 = 160.0 / 255.0;

/// `c` laid at [`MAP_STRENGTH`] over white: the colour a map cell of colour `c` shows.
pub fn washed(c: Rgba) -> Rgba {
    shade([0xff; 4], c, MAP_STRENGTH)
}

/// Replaces every pixel of `rgba` (4 bytes per pixel) by its [`washed`] colour.
pub fn wash(rgba: &mut [u8]) {
    for px in rgba.chunks_exact_mut(4) {
        let c = washed([px[0], px[1], px[2], px[3]]);
        px.copy_from_slice(&c);
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
