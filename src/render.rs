//! Pixels computed in Rust: colour maps and the RGBA buffers for the decision boundary and the
//! data points, ready to be put on a canvas in one call. Pure Rust, no web crates.

use crate::data::Point;
use crate::float::Float;

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
        let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
        [
            mix(self.neutral[0], end[0]),
            mix(self.neutral[1], end[1]),
            mix(self.neutral[2], end[2]),
            0xff,
        ]
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
            let cx = (p.x + 6.0) / 12.0 * self.width as f64;
            let cy = (6.0 - p.y) / 12.0 * self.height as f64;
            self.disc(cx, cy, palette.colour(p.label), ring, rgba);
        }
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
mod tests {
    use super::*;

    #[test]
    fn the_palette_runs_from_negative_through_neutral_to_positive() {
        assert_eq!(CLASSIC.colour(-1.0), CLASSIC.negative);
        assert_eq!(CLASSIC.colour(0.0), CLASSIC.neutral);
        assert_eq!(CLASSIC.colour(1.0), CLASSIC.positive);
        assert_eq!(CLASSIC.colour(5.0), CLASSIC.positive);
        assert_eq!(CLASSIC.colour(f64::NAN), CLASSIC.neutral);
    }

    #[test]
    fn heatmap_maps_probabilities_and_discretizes() {
        let t = CLASSIC.table();
        let mut px = [0u8; 12];
        heatmap(
            &[0.0f32, 1.0, 0.6],
            OutputScale::Probability,
            false,
            &t,
            &mut px,
        );
        assert_eq!(&px[0..4], &CLASSIC.negative);
        assert_eq!(&px[4..8], &CLASSIC.positive);
        heatmap(&[0.1f32, -0.1, 0.0], OutputScale::Signed, true, &t, &mut px);
        assert_eq!(&px[0..4], &CLASSIC.positive);
        assert_eq!(&px[4..8], &CLASSIC.negative);
    }

    #[test]
    fn a_point_is_drawn_where_it_lies_with_its_ring() {
        let layer = PointLayer {
            width: 120,
            height: 120,
            radius: 4.0,
        };
        let mut px = vec![0u8; 120 * 120 * 4];
        let p = Point {
            x: 3.0,
            y: 3.0,
            label: 1.0,
        };
        layer.draw(&[p], false, &CLASSIC, &mut px);
        // (3, 3) is at pixel (90, 30); its centre is filled, 3.5 px away is the ring.
        let at = |x: usize, y: usize| &px[4 * (y * 120 + x)..4 * (y * 120 + x) + 4];
        assert_eq!(at(90, 30), &CLASSIC.positive);
        assert_eq!(at(93, 30), &TRAIN_RING);
        assert_eq!(at(10, 10), &[0, 0, 0, 0]);
    }
}
