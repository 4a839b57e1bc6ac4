//! The classifier's pictures: the data points as discs (this file), the network diagram
//! (`diagram`, `network`), neuron maps (`maps`), the hidden space (`space`) and the adaptive
//! map resolution (`detail`). Pure Rust, no web crates.

pub mod detail;
pub mod diagram;
pub mod maps;
pub mod network;
pub mod space;

use crate::drawing::colour::{Palette, Rgba};
use crate::modes::classify::data::Point;

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
            let class = crate::modes::classify::data::label_class(p.label, colours.len().max(3));
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
