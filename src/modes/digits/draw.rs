//! The digits page's pictures, as RGBA: the confusion matrix (one cell per true and predicted
//! class, shaded by the share of the true class's test digits), a grid of test digits with the
//! misclassified ones framed and their wrong answer written small in a corner, the pad with the
//! student's strokes, and a framed picture as the network sees it.

use super::Evaluation;
use super::data::{CLASSES, DigitSet};
use super::frame::{PIXELS, SIDE};
use super::glyphs::{Strokes, template};
use crate::drawing::colour::Rgba;
use crate::drawing::palettes::Scheme;
use crate::drawing::raster::Raster;

/// Paper.
pub const PAPER: Rgba = [0xff, 0xff, 0xff, 0xff];
/// Ink of the digits and of the pad.
pub const INK: Rgba = [0x1f, 0x23, 0x28, 0xff];
/// Lines between cells.
const RULE: Rgba = [0xd0, 0xd7, 0xde, 0xff];

/// The colour of a right answer and of a wrong one in `scheme` (the diverging palette's ends:
/// blue and orange).
pub fn verdict_colours(scheme: Scheme) -> (Rgba, Rgba) {
    let p = scheme.diverging();
    (p.positive, p.negative)
}

/// `a` towards `b` by `t` ∈ [0, 1].
fn mix(a: Rgba, b: Rgba, t: f64) -> Rgba {
    let t = t.clamp(0.0, 1.0);
    let m = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    [m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2]), 0xff]
}

/// The confusion matrix on a `side` × `side` picture: row = true digit, column = predicted,
/// each cell shaded by the share of the row's test digits it holds (the diagonal in the
/// right-answer colour, the rest in the wrong-answer colour, made stronger so that a few
/// mistakes show).
pub fn confusion_picture(e: &Evaluation, side: usize, scheme: Scheme) -> Raster {
    let mut r = Raster::new(side, side);
    r.clear(PAPER);
    let (right, wrong) = verdict_colours(scheme);
    let cell = side as f64 / CLASSES as f64;
    for (t, row) in e.confusion.iter().enumerate() {
        let total = row.iter().sum::<u32>().max(1) as f64;
        for (p, &n) in row.iter().enumerate() {
            let share = n as f64 / total;
            let colour = match t == p {
                true => mix(PAPER, right, share),
                false => mix(PAPER, wrong, (share * 4.0).sqrt()),
            };
            let (x, y) = (p as f64 * cell, t as f64 * cell);
            r.fill_rect(
                x,
                y,
                x + cell,
                y + cell,
                if n == 0 { PAPER } else { colour },
            );
        }
    }
    for i in 0..=CLASSES {
        let at = (i as f64 * cell).min(side as f64 - 1.0);
        r.fill_rect(at, 0.0, at + 1.0, side as f64, RULE);
        r.fill_rect(0.0, at, side as f64, at + 1.0, RULE);
    }
    r
}

/// Which test digits the sample grid shows, `count` of them: up to a third misclassified ones
/// (the first in the test set's order), then the others in order, each (index, wrong).
pub fn sample_choice(test: &DigitSet, e: &Evaluation, count: usize) -> Vec<(usize, bool)> {
    let wrong = |i: usize| e.predicted.get(i).is_some_and(|&p| p != test.labels[i]);
    let mut shown: Vec<(usize, bool)> = (0..test.len())
        .filter(|&i| wrong(i))
        .take(count / 3)
        .map(|i| (i, true))
        .collect();
    let rest = (0..test.len())
        .filter(|&i| !wrong(i))
        .take(count - shown.len());
    shown.extend(rest.map(|i| (i, false)));
    shown.sort_by_key(|&(i, _)| i);
    shown
}

/// A grid of `cols` × `rows` test digits, each `cell` pixels, from [`sample_choice`]: a
/// misclassified digit is framed in the wrong-answer colour with its predicted class drawn
/// small in its top-right corner.
pub fn samples_picture(
    test: &DigitSet,
    e: &Evaluation,
    (cols, rows): (usize, usize),
    cell: usize,
    scheme: Scheme,
) -> Raster {
    let mut r = Raster::new(cols * cell, rows * cell);
    r.clear(PAPER);
    let (_, wrong_colour) = verdict_colours(scheme);
    let scale = cell as f64 / (SIDE as f64 + 2.0);
    for (k, &(i, wrong)) in sample_choice(test, e, cols * rows).iter().enumerate() {
        let (x0, y0) = ((k % cols * cell) as f64, (k / cols * cell) as f64);
        let picture = test.picture(i);
        for (p, &v) in picture.iter().enumerate() {
            if v <= 0.01 {
                continue;
            }
            let (px, py) = (
                x0 + (1.0 + (p % SIDE) as f64) * scale,
                y0 + (1.0 + (p / SIDE) as f64) * scale,
            );
            r.fill_rect(px, py, px + scale, py + scale, mix(PAPER, INK, v as f64));
        }
        if wrong {
            let c = cell as f64;
            r.stroke_rect(
                x0 + 1.0,
                y0 + 1.0,
                x0 + c - 1.0,
                y0 + c - 1.0,
                (c / 16.0).max(2.0),
                wrong_colour,
            );
            let predicted = e.predicted[i] as usize;
            let small = c * 0.3;
            let glyph = scaled(
                &template(predicted),
                (x0 + c - small - 3.0, y0 + 3.0),
                small,
            );
            for s in &glyph {
                r.polyline(s, (c / 20.0).max(1.5), wrong_colour);
            }
        }
    }
    r
}

/// `strokes` from the unit box to a box of `size` pixels at `at`.
fn scaled(strokes: &Strokes, at: (f64, f64), size: f64) -> Strokes {
    (strokes.iter())
        .map(|s| {
            s.iter()
                .map(|&(x, y)| (at.0 + x * size, at.1 + y * size))
                .collect()
        })
        .collect()
}

/// The pad, `w` × `h` pixels: paper, a faint guide box in the middle, the strokes (in
/// fractions of the pad, (0, 0) top left) in ink with a pen of `pen` pixels.
pub fn pad_picture(strokes: &Strokes, w: usize, h: usize, pen: f64) -> Raster {
    let mut r = Raster::new(w, h);
    r.clear(PAPER);
    let (fw, fh) = (w as f64, h as f64);
    r.stroke_rect(
        fw * 0.2,
        fh * 0.12,
        fw * 0.8,
        fh * 0.88,
        1.0,
        [0xe4, 0xe7, 0xeb, 0xff],
    );
    for s in strokes {
        let points: Vec<(f64, f64)> = s.iter().map(|&(x, y)| (x * fw, y * fh)).collect();
        match points.len() {
            0 => {}
            1 => r.disc(points[0], pen / 2.0, INK, INK),
            _ => {
                for pair in points.windows(2) {
                    r.round_line(pair[0], pair[1], pen, INK);
                }
            }
        }
    }
    r
}

/// A framed picture ([`PIXELS`] grey levels) as [`SIDE`] × [`SIDE`] RGBA, ink on paper.
pub fn grey_picture(pixels: &[f32]) -> Raster {
    let mut r = Raster::new(SIDE, SIDE);
    for (i, &v) in pixels[..PIXELS].iter().enumerate() {
        r.rgba[4 * i..4 * i + 4].copy_from_slice(&mix(PAPER, INK, v as f64));
    }
    r
}
