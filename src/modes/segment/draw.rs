//! The picture as shown: every pixel's colour, washed with the colour of the label the network
//! gives it (once it has trained), and the painted pixels in their label's colour, outlined
//! where a stroke ends. RGBA at [`SIZE`] × `scale` a side, for one put on a canvas.

use super::SIZE;
use super::segmenter::Segmenter;
use crate::drawing::colour::Rgba;
use crate::drawing::palettes::Scheme;

/// Opacity of the label colour over a pixel the network labels with certainty (less when
/// it is unsure: half of this at an even chance between all labels).
pub const OVERLAY_ALPHA: f32 = 0.6;
/// Opacity of a painted pixel's colour.
const PAINT_ALPHA: f32 = 0.92;

/// The colour of each of `k` labels in `scheme`.
pub fn label_colours(scheme: Scheme, k: usize) -> Vec<Rgba> {
    scheme.classes().iter().take(k).copied().collect()
}

fn over(base: [f32; 3], colour: Rgba, alpha: f32) -> [f32; 3] {
    [0, 1, 2].map(|c| base[c] + (colour[c] as f32 / 255.0 - base[c]) * alpha)
}

/// The picture with the network's labels (when `overlay` and it has learnt) and the
/// strokes, `scale` output pixels to a picture pixel.
pub fn draw_overlay(s: &mut Segmenter, scheme: Scheme, scale: usize, overlay: bool) -> Vec<u8> {
    let k = s.labels().len();
    let colours = label_colours(scheme, k);
    let show = overlay && s.trained();
    let chance = 1.0 / k as f32;
    let mut cells = Vec::with_capacity(SIZE * SIZE);
    let (prediction, confidence) = if show {
        (s.prediction().to_vec(), s.confidence().to_vec())
    } else {
        (Vec::new(), Vec::new())
    };
    let rgb = &s.picture().rgb;
    for p in 0..SIZE * SIZE {
        let mut c = [rgb[3 * p], rgb[3 * p + 1], rgb[3 * p + 2]];
        if show {
            let sure = ((confidence[p] - chance) / (1.0 - chance)).clamp(0.0, 1.0);
            c = over(
                c,
                colours[prediction[p] as usize],
                OVERLAY_ALPHA * (0.5 + 0.5 * sure),
            );
        }
        if let Some(l) = s.painted()[p] {
            c = over(c, colours[l as usize], PAINT_ALPHA);
        }
        cells.push(c.map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8));
    }
    let side = SIZE * scale;
    let mut out = vec![0u8; side * side * 4];
    let painted = s.painted();
    let edge = |x: usize, y: usize, dx: isize, dy: isize| {
        let (nx, ny) = (x as isize + dx, y as isize + dy);
        let inside = (0..SIZE as isize).contains(&nx) && (0..SIZE as isize).contains(&ny);
        !inside || painted[ny as usize * SIZE + nx as usize] != painted[y * SIZE + x]
    };
    for y in 0..SIZE {
        for x in 0..SIZE {
            let cell = cells[y * SIZE + x];
            let ring = painted[y * SIZE + x].is_some() && scale >= 3;
            let (left, right, top, bottom) = if ring {
                (
                    edge(x, y, -1, 0),
                    edge(x, y, 1, 0),
                    edge(x, y, 0, -1),
                    edge(x, y, 0, 1),
                )
            } else {
                (false, false, false, false)
            };
            for j in 0..scale {
                for i in 0..scale {
                    let border = (left && i == 0)
                        || (right && i == scale - 1)
                        || (top && j == 0)
                        || (bottom && j == scale - 1);
                    let c = if border { cell.map(|v| v / 3) } else { cell };
                    let at = ((y * scale + j) * side + x * scale + i) * 4;
                    out[at..at + 4].copy_from_slice(&[c[0], c[1], c[2], 255]);
                }
            }
        }
    }
    out
}
