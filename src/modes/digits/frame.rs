//! What the network sees: a drawing framed as the training digits are, then rasterised,
//! anti-aliased, into [`SIDE`] × [`SIDE`] grey levels. Framing scales the drawing's bounding
//! box so that its longer side is [`BOX`] pixels (keeping its proportions), then moves it so
//! that its centre of mass (of the ink) is the picture's centre, as MNIST was made. The
//! generated digits and the student's pad go through the same steps, so a small drawing in a
//! corner of the pad reaches the network as a training digit would.

use super::glyphs::Strokes;

/// Side of the network's input picture, in pixels.
pub const SIDE: usize = 16;
/// Pixels in one input picture.
pub const PIXELS: usize = SIDE * SIDE;
/// The longer side of a framed drawing's bounding box (of its strokes' centre lines), in
/// pixels.
pub const BOX: f64 = 11.0;
/// Width of the pen a drawing on the pad is framed with, in pixels of the input picture (the
/// middle of the generated digits' widths).
pub const PEN: f64 = 1.9;
/// Farthest the centre of mass may move a drawing (pixels), so that no ink leaves the picture.
const MAX_SHIFT: f64 = 2.0;

/// The bounding box of the strokes' points: (x min, y min, x max, y max), or None when there
/// is no point.
pub fn bounds(strokes: &Strokes) -> Option<(f64, f64, f64, f64)> {
    let mut points = strokes
        .iter()
        .flatten()
        .filter(|p| p.0.is_finite() && p.1.is_finite());
    let first = points.next()?;
    Some(points.fold(
        (first.0, first.1, first.0, first.1),
        |(a, b, c, d), &(x, y)| (a.min(x), b.min(y), c.max(x), d.max(y)),
    ))
}

/// The strokes moved and scaled by `scale` about their bounding box's centre, which lands on
/// (`cx`, `cy`).
fn placed(strokes: &Strokes, scale: f64, (cx, cy): (f64, f64)) -> Strokes {
    let Some((x0, y0, x1, y1)) = bounds(strokes) else {
        return Vec::new();
    };
    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    (strokes.iter())
        .map(|s| {
            (s.iter())
                .filter(|p| p.0.is_finite() && p.1.is_finite())
                .map(|&(x, y)| (cx + (x - mx) * scale, cy + (y - my) * scale))
                .collect()
        })
        .collect()
}

/// Rasterises `strokes` (in pixels of the picture) with a round pen of width `pen` into
/// `out` ([`PIXELS`] grey levels in [0, 1], 1 = ink; overwritten): each pixel's level is how
/// much of it the nearest stroke covers (1 within the pen, fading over one pixel at its edge).
pub fn rasterise(strokes: &Strokes, pen: f64, out: &mut [f32]) {
    out[..PIXELS].fill(0.0);
    let half = pen / 2.0;
    let reach = half + 1.0;
    for stroke in strokes {
        let segments: Vec<((f64, f64), (f64, f64))> = match stroke.len() {
            0 => continue,
            1 => vec![(stroke[0], stroke[0])],
            _ => stroke.windows(2).map(|w| (w[0], w[1])).collect(),
        };
        for ((ax, ay), (bx, by)) in segments {
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let x_lo = (ax.min(bx) - reach).floor().max(0.0) as usize;
            let y_lo = (ay.min(by) - reach).floor().max(0.0) as usize;
            let x_hi = ((ax.max(bx) + reach).ceil().max(0.0) as usize).min(SIDE);
            let y_hi = ((ay.max(by) + reach).ceil().max(0.0) as usize).min(SIDE);
            for py in y_lo..y_hi {
                for px in x_lo..x_hi {
                    let (x, y) = (px as f64 + 0.5, py as f64 + 0.5);
                    let t = match len2 > 1e-12 {
                        true => (((x - ax) * dx + (y - ay) * dy) / len2).clamp(0.0, 1.0),
                        false => 0.0,
                    };
                    let d = ((x - ax - t * dx).powi(2) + (y - ay - t * dy).powi(2)).sqrt();
                    let cover = (half + 0.5 - d).clamp(0.0, 1.0) as f32;
                    let cell = &mut out[py * SIDE + px];
                    *cell = cell.max(cover);
                }
            }
        }
    }
}

/// The centre of mass of the ink of a picture (pixel coordinates, the picture's centre is
/// ([`SIDE`] / 2, [`SIDE`] / 2)), or None when it is blank.
pub fn centre_of_mass(pixels: &[f32]) -> Option<(f64, f64)> {
    let (mut m, mut sx, mut sy) = (0.0, 0.0, 0.0);
    for (i, &v) in pixels[..PIXELS].iter().enumerate() {
        let v = v as f64;
        m += v;
        sx += v * ((i % SIDE) as f64 + 0.5);
        sy += v * ((i / SIDE) as f64 + 0.5);
    }
    (m > 1e-9).then(|| (sx / m, sy / m))
}

/// Frames `strokes` (any units, y down) into `out`: the longer side of the bounding box
/// scaled to `size` pixels (the training digits vary it around [`BOX`]), the centre of mass
/// moved to the centre (by at most [`MAX_SHIFT`]) and then by `offset`, drawn with a pen of
/// width `pen` pixels. A drawing of a single point becomes a dot in the middle; no strokes, a
/// blank picture. Returns whether there was ink.
pub fn frame_with(
    strokes: &Strokes,
    size: f64,
    pen: f64,
    offset: (f64, f64),
    out: &mut [f32],
) -> bool {
    let Some((x0, y0, x1, y1)) = bounds(strokes) else {
        out[..PIXELS].fill(0.0);
        return false;
    };
    let longer = (x1 - x0).max(y1 - y0);
    let scale = if longer > 1e-9 { size / longer } else { 0.0 };
    let centre = SIDE as f64 / 2.0;
    let first = placed(strokes, scale, (centre, centre));
    rasterise(&first, pen, out);
    let (mx, my) = centre_of_mass(out).unwrap_or((centre, centre));
    let shift = |m: f64| (centre - m).clamp(-MAX_SHIFT, MAX_SHIFT);
    let (cx, cy) = (centre + shift(mx) + offset.0, centre + shift(my) + offset.1);
    rasterise(&placed(strokes, scale, (cx, cy)), pen, out);
    true
}

/// Frames a drawing from the pad: [`frame_with`] at size [`BOX`], pen [`PEN`], no offset.
pub fn frame(strokes: &Strokes, out: &mut [f32]) -> bool {
    frame_with(strokes, BOX, PEN, (0.0, 0.0), out)
}
