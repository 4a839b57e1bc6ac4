//! The hidden-space picture: the input plane's grid lines and the data points as two neurons
//! of a hidden layer see them, scaled to fill a square. Pixels only; the numbers come from
//! `Session::hidden_space`.

use crate::drawing::colour::Rgba;
use crate::drawing::raster::Raster;
use crate::engine::float::Float;

/// Background of the picture.
const BACKGROUND: Rgba = [0xff, 0xff, 0xff, 0xff];
/// Colour of the warped grid lines.
const GRID: Rgba = [0x9a, 0xa4, 0xae, 0xff];
/// Colour of the axes through 0.
const AXIS: Rgba = [0xd0, 0xd7, 0xde, 0xff];
/// Ring of training points, and of test points.
const TRAIN_RING: Rgba = [0xff, 0xff, 0xff, 0xff];
const TEST_RING: Rgba = [0x20, 0x20, 0x20, 0xff];
/// Share of the range added on each side when the range is fitted to the data.
const PAD: f64 = 0.06;

/// The value range shown on both axes: fixed for activations with a bounded range (tanh,
/// sigmoid), else fitted to every coordinate in `pairs` (finite ones; ±1 when none).
pub fn range<F: Float>(fixed: Option<(f64, f64)>, pairs: &[&[F]]) -> (f64, f64) {
    if let Some(r) = fixed {
        let pad = (r.1 - r.0) * PAD;
        return (r.0 - pad, r.1 + pad);
    }
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in pairs.iter().flat_map(|s| s.iter()).map(|v| v.to_f64()) {
        if v.is_finite() {
            (lo, hi) = (lo.min(v), hi.max(v));
        }
    }
    if lo > hi {
        return (-1.0, 1.0);
    }
    let span = (hi - lo).max(1e-6);
    (lo - span * PAD, hi + span * PAD)
}

/// What one picture shows.
pub struct SpacePicture<'a, F> {
    /// (a, b) pairs of the points, flat.
    pub points: &'a [F],
    /// Colour of each point.
    pub colours: &'a [Rgba],
    /// How many of the points are training points (the rest are test points).
    pub train_count: usize,
    /// Whether to draw the test points.
    pub show_test: bool,
    /// Grid polylines, flat (a, b) pairs, `samples` per line.
    pub grid: &'a [F],
    /// Samples per grid line.
    pub samples: usize,
    /// The value range of both axes.
    pub range: (f64, f64),
}

/// Draws the picture over the whole of `out`: axes, grid lines, then points.
pub fn draw_space<F: Float>(out: &mut Raster, p: &SpacePicture<F>) {
    out.clear(BACKGROUND);
    let (w, h) = (out.width as f64, out.height as f64);
    let (lo, hi) = p.range;
    let at = |a: F, b: F| {
        let fx = (a.to_f64() - lo) / (hi - lo);
        let fy = (b.to_f64() - lo) / (hi - lo);
        (fx * w, (1.0 - fy) * h)
    };
    let zero = at(F::ZERO, F::ZERO);
    out.line((zero.0, 0.0), (zero.0, h), 1.0, AXIS);
    out.line((0.0, zero.1), (w, zero.1), 1.0, AXIS);
    draw_grid(out, p, &at);
    let radius = (w.min(h) / 90.0).clamp(2.5, 7.0);
    let shown = if p.show_test {
        p.colours.len()
    } else {
        p.train_count
    };
    for (i, (ab, &c)) in p
        .points
        .chunks_exact(2)
        .zip(p.colours)
        .take(shown)
        .enumerate()
    {
        let (x, y) = at(ab[0], ab[1]);
        if x.is_finite() && y.is_finite() {
            let ring = if i < p.train_count {
                TRAIN_RING
            } else {
                TEST_RING
            };
            out.disc((x, y), radius, c, ring);
        }
    }
}

/// The warped grid lines, each a polyline through its samples.
fn draw_grid<F: Float>(out: &mut Raster, p: &SpacePicture<F>, at: &dyn Fn(F, F) -> (f64, f64)) {
    let line_width = (out.width as f64 / 400.0).max(1.0);
    let mut line = Vec::with_capacity(p.samples);
    for chunk in p.grid.chunks_exact(2 * p.samples.max(1)) {
        line.clear();
        line.extend(chunk.chunks_exact(2).map(|ab| at(ab[0], ab[1])));
        line.retain(|(x, y)| x.is_finite() && y.is_finite());
        out.polyline(&line, line_width, GRID);
    }
}
