//! The two pictures of the page as RGBA, enlarged by a whole factor so that the hole's edge
//! can be drawn finer than a pixel of the picture: what the network sees (the hole striped
//! grey, or the truth once revealed) and its guess (the network's answer inside the hole).

use super::hole::Hole;
use crate::drawing::picture::{PictureKind, values_rgba};

/// The two greys of the stripes that mark hidden pixels.
pub const HIDDEN_STRIPES: [[u8; 3]; 2] = [[0x80, 0x86, 0x8e], [0xc4, 0xc8, 0xce]];
/// The hole's edge: dashes of black and white, seen on any picture.
pub const HOLE_EDGE: [[u8; 3]; 2] = [[0x00, 0x00, 0x00], [0xff, 0xff, 0xff]];
/// Largest side of an enlarged picture, in pixels.
const MAX_SCALED: usize = 256;

/// An enlarged picture: `side` × `side` × 4 RGBA bytes, each pixel of the picture
/// `factor` × `factor` of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Scaled {
    /// Side in pixels.
    pub side: usize,
    /// Enlargement.
    pub factor: usize,
    /// The bytes, row-major, top row first.
    pub rgba: Vec<u8>,
}

/// The enlargement of a `size`-pixel picture: the largest whole factor that keeps it within
/// 256 pixels (1 for larger pictures).
pub fn scale_for(size: usize) -> usize {
    (MAX_SCALED / size.max(1)).max(1)
}

impl Scaled {
    /// `values` of `kind` on a `size`-pixel side, enlarged.
    pub fn of(values: &[f32], size: usize, kind: PictureKind) -> Scaled {
        let small = values_rgba(values, size, kind);
        let factor = scale_for(size);
        let side = size * factor;
        let mut rgba = vec![0; side * side * 4];
        for (y, row) in rgba.chunks_exact_mut(side * 4).enumerate() {
            for (x, px) in row.chunks_exact_mut(4).enumerate() {
                let at = ((y / factor) * size + x / factor) * 4;
                px.copy_from_slice(&small[at..at + 4]);
            }
        }
        Scaled { side, factor, rgba }
    }

    /// The hole's rectangle in enlarged pixels: columns x0..x1, rows y0..y1.
    pub fn hole_box(&self, hole: &Hole) -> (usize, usize, usize, usize) {
        let (x0, y0, x1, y1) = hole.pixels(self.side / self.factor);
        let f = self.factor;
        (x0 * f, y0 * f, x1 * f, y1 * f)
    }

    /// Covers the hole with diagonal grey stripes.
    pub fn stripe(&mut self, hole: &Hole) {
        let (x0, y0, x1, y1) = self.hole_box(hole);
        let width = (self.factor * 2).max(3);
        for y in y0..y1 {
            for x in x0..x1 {
                let grey = HIDDEN_STRIPES[((x + y) / width) % 2];
                self.set(x, y, grey);
            }
        }
    }

    /// Draws the hole's edge, dashed, on the ring of pixels just outside it (so that no
    /// guessed pixel is covered); `thick` pixels wide.
    pub fn edge(&mut self, hole: &Hole) {
        let (x0, y0, x1, y1) = self.hole_box(hole);
        let thick = (self.factor / 2).max(1);
        let dash = (self.factor * 2).max(4);
        let side = self.side;
        let (lx, ly) = (x0.saturating_sub(thick), y0.saturating_sub(thick));
        let (hx, hy) = ((x1 + thick).min(side), (y1 + thick).min(side));
        for y in ly..hy {
            for x in lx..hx {
                let inside = (x0..x1).contains(&x) && (y0..y1).contains(&y);
                if !inside {
                    self.set(x, y, HOLE_EDGE[((x + y) / dash) % 2]);
                }
            }
        }
    }

    fn set(&mut self, x: usize, y: usize, rgb: [u8; 3]) {
        let at = (y * self.side + x) * 4;
        self.rgba[at..at + 3].copy_from_slice(&rgb);
        self.rgba[at + 3] = 0xff;
    }
}
