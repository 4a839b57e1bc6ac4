//! Shaded relief of a height grid: colour ramps, hillshading with light from the north-west,
//! and anti-aliased contour lines. Used by the loss-surface map and by the terrain picture of
//! image fitting. Grids are row-major, top row first (y down), one value per pixel.

use crate::drawing::colour::Rgba;

/// Colour stops (t, colour) with t increasing from 0 to 1.
pub type Stops = [(f64, Rgba)];

/// The loss-surface ramp: deep water at the minimum through teal, green and sand to white.
pub const LOSS_RAMP: &Stops = &[
    (0.0, [0x0b, 0x2e, 0x59, 0xff]),
    (0.15, [0x1d, 0x6f, 0x9a, 0xff]),
    (0.35, [0x3d, 0xa5, 0x8a, 0xff]),
    (0.55, [0x9b, 0xc7, 0x6a, 0xff]),
    (0.75, [0xe2, 0xcf, 0x8c, 0xff]),
    (0.9, [0xc9, 0xa2, 0x7a, 0xff]),
    (1.0, [0xf4, 0xf1, 0xec, 0xff]),
];

/// Heights below this (of 0…1) are water in the terrain ramp, drawn flat.
pub const SEA_LEVEL: f64 = 0.35;

/// The terrain ramp: sea, beach, grass, forest, rock, snow.
pub const TERRAIN_RAMP: &Stops = &[
    (0.0, [0x12, 0x3a, 0x6b, 0xff]),
    (SEA_LEVEL, [0x3f, 0x85, 0xb8, 0xff]),
    (SEA_LEVEL + 0.01, [0xd9, 0xc9, 0x8e, 0xff]),
    (0.45, [0x7d, 0xb0, 0x4c, 0xff]),
    (0.62, [0x3b, 0x7a, 0x3a, 0xff]),
    (0.8, [0x8a, 0x7a, 0x6a, 0xff]),
    (1.0, [0xfa, 0xfa, 0xfa, 0xff]),
];

/// The colour of `t` on `stops` (clamped to [0, 1]; NaN gives the first stop).
pub fn ramp(stops: &Stops, t: f64) -> Rgba {
    let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
    let upper = stops
        .iter()
        .position(|s| s.0 >= t)
        .unwrap_or(stops.len() - 1);
    if upper == 0 {
        return stops[0].1;
    }
    let ((t0, c0), (t1, c1)) = (stops[upper - 1], stops[upper]);
    let f = if t1 > t0 { (t - t0) / (t1 - t0) } else { 1.0 };
    let mix = |i: usize| (c0[i] as f64 + (c1[i] as f64 - c0[i] as f64) * f).round() as u8;
    [mix(0), mix(1), mix(2), 0xff]
}

/// Light direction (towards the light) in (east, south, up) coordinates: from the north-west
/// (azimuth 315°), 45° above the horizon.
const LIGHT: [f64; 3] = [-0.5, -0.5, core::f64::consts::FRAC_1_SQRT_2];

/// Central difference of `grid` at (x, y) along x or y (one-sided at the edges), per pixel.
fn slope(grid: &[f64], width: usize, height: usize, x: usize, y: usize) -> (f64, f64) {
    let at = |x: usize, y: usize| grid[y * width + x];
    let (xl, xr) = (x.saturating_sub(1), (x + 1).min(width - 1));
    let (yu, yd) = (y.saturating_sub(1), (y + 1).min(height - 1));
    let dx = if xr > xl {
        (at(xr, y) - at(xl, y)) / (xr - xl) as f64
    } else {
        0.0
    };
    let dy = if yd > yu {
        (at(x, yd) - at(x, yu)) / (yd - yu) as f64
    } else {
        0.0
    };
    (dx, dy)
}

/// Lambertian shade in [0, 1] of every cell of `heights` (`width` × `height`) lit from the
/// north-west, where a height difference of 1 rises `relief` pixels. Flat ground gives
/// sin 45° ≈ 0.71; slopes facing the light are brighter. Writes `out` (resized).
pub fn hillshade(heights: &[f64], width: usize, height: usize, relief: f64, out: &mut Vec<f64>) {
    out.clear();
    for y in 0..height {
        for x in 0..width {
            let (dx, dy) = slope(heights, width, height, x, y);
            let n = [-relief * dx, -relief * dy, 1.0];
            let len = (n[0] * n[0] + n[1] * n[1] + 1.0).sqrt();
            let lit = (n[0] * LIGHT[0] + n[1] * LIGHT[1] + n[2] * LIGHT[2]) / len;
            out.push(if lit.is_finite() {
                lit.max(0.0)
            } else {
                LIGHT[2]
            });
        }
    }
}

/// `colour` brightened or darkened by a hillshade value (flat ground keeps its colour).
pub fn lit(colour: Rgba, shade: f64) -> Rgba {
    let m = (0.45 + 0.55 * shade / LIGHT[2]).clamp(0.0, 1.35);
    let c = |i: usize| (colour[i] as f64 * m).round().min(255.0) as u8;
    [c(0), c(1), c(2), colour[3]]
}

/// Coverage in [0, 1] of contour lines `line_width` pixels wide at the levels k/levels
/// (k = 1…levels − 1) of `t` (values in [0, 1]) at cell (x, y), from the distance to the
/// nearest level measured in pixels through the local slope of `t` (so lines stay one width
/// wherever the surface is steep or flat).
pub fn contour_coverage(
    t: &[f64],
    (width, height): (usize, usize),
    (x, y): (usize, usize),
    levels: usize,
    line_width: f64,
) -> f64 {
    let v = t[y * width + x] * levels as f64;
    let nearest = v.round();
    if levels < 2 || nearest < 1.0 || nearest >= levels as f64 || !v.is_finite() {
        return 0.0;
    }
    let (dx, dy) = slope(t, width, height, x, y);
    let per_pixel = dx.hypot(dy) * levels as f64;
    if per_pixel <= 0.0 {
        return 0.0;
    }
    let distance = (v - nearest).abs() / per_pixel;
    (0.5 * line_width + 0.5 - distance).clamp(0.0, 1.0)
}

/// Writes `width` × `height` RGBA pixels of terrain `heights` (0…1): the terrain ramp, lit by
/// a hillshade with `relief` (see [`hillshade`]) on land; water is flat.
pub fn terrain_rgba(heights: &[f64], width: usize, height: usize, relief: f64, rgba: &mut [u8]) {
    let land: Vec<f64> = heights.iter().map(|h| h.max(SEA_LEVEL)).collect();
    let mut shade = Vec::with_capacity(land.len());
    hillshade(&land, width, height, relief, &mut shade);
    for ((h, s), px) in heights.iter().zip(&shade).zip(rgba.chunks_exact_mut(4)) {
        px.copy_from_slice(&lit(ramp(TERRAIN_RAMP, *h), *s));
    }
}
