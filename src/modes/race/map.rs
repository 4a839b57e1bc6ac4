//! The map of a loss surface as one RGBA buffer: heights sampled at pixel centres, coloured by
//! log(1 + f − f_min), hillshaded and contoured, ready to be put on a canvas in one call.

use super::surface::Surface;
use crate::drawing::raster::Raster;
use crate::drawing::relief::{LOSS_RAMP, contour_coverage, hillshade, lit, ramp};

/// How the map is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapOptions {
    /// Number of bands between the lowest and highest shown value; a contour line is drawn
    /// between every two (evenly spaced in log(1 + f − f_min), so geometric in f).
    pub levels: usize,
    /// Contour line width in pixels.
    pub line_width: f64,
    /// Opacity of the contour lines (0 hides them).
    pub line_opacity: f64,
    /// Vertical exaggeration of the hillshade: pixels risen per unit of the colour scale
    /// (0 gives a flat map).
    pub relief: f64,
}

impl Default for MapOptions {
    fn default() -> Self {
        MapOptions {
            levels: 16,
            line_width: 1.0,
            line_opacity: 0.45,
            relief: 60.0,
        }
    }
}

/// Colour of contour lines (dark, drawn translucent over the ramp).
const LINE: [f64; 3] = [16.0, 24.0, 32.0];

/// A rendered map of a surface over its domain.
#[derive(Clone, Debug)]
pub struct SurfaceMap {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// f at the centre of every pixel, row-major, top row (y = y_max) first.
    pub values: Vec<f64>,
    /// The colour-scale position log(1 + f − f_min) / log(1 + f_max − f_min) of every pixel,
    /// in [0, 1] (f_max the highest value on the map), same layout.
    pub scale: Vec<f64>,
    /// The pixels, `width × height × 4` bytes.
    pub rgba: Vec<u8>,
}

impl SurfaceMap {
    /// Samples and draws `surface` on a `width` × `height` image of its domain.
    pub fn new(surface: Surface, width: usize, height: usize, options: MapOptions) -> Self {
        let values = sample(surface, width, height);
        let scale = log_scale(&values, surface.min_value());
        let mut shade = Vec::with_capacity(values.len());
        hillshade(&scale, width, height, options.relief, &mut shade);
        let mut rgba = vec![0u8; width * height * 4];
        for y in 0..height {
            for x in 0..width {
                let k = y * width + x;
                let base = lit(ramp(LOSS_RAMP, scale[k]), shade[k]);
                let line = options.line_opacity
                    * contour_coverage(
                        &scale,
                        (width, height),
                        (x, y),
                        options.levels,
                        options.line_width,
                    );
                let mix = |i: usize| (base[i] as f64 * (1.0 - line) + LINE[i] * line).round() as u8;
                rgba[4 * k..4 * k + 4].copy_from_slice(&[mix(0), mix(1), mix(2), 0xff]);
            }
        }
        SurfaceMap {
            width,
            height,
            values,
            scale,
            rgba,
        }
    }

    /// The map as a [`Raster`] (to copy under the trails each frame).
    pub fn to_raster(&self) -> Raster {
        Raster {
            width: self.width,
            height: self.height,
            rgba: self.rgba.clone(),
        }
    }
}

/// f at the pixel centres of the domain, row-major, top row first.
fn sample(surface: Surface, width: usize, height: usize) -> Vec<f64> {
    let domain = surface.domain();
    let mut values = Vec::with_capacity(width * height);
    for py in 0..height {
        for px in 0..width {
            let centre = (px as f64 + 0.5, py as f64 + 0.5);
            let (x, y) = domain.from_pixel(centre, width, height);
            values.push(surface.value(x, y));
        }
    }
    values
}

/// log(1 + f − f_min) / log(1 + f_max − f_min) for every value (0 when the map is flat).
fn log_scale(values: &[f64], min: f64) -> Vec<f64> {
    let max = values.iter().copied().fold(min, f64::max);
    let top = (max - min).ln_1p();
    values
        .iter()
        .map(|&f| {
            if top > 0.0 {
                ((f - min).max(0.0).ln_1p() / top).clamp(0.0, 1.0)
            } else {
                0.0
            }
        })
        .collect()
}
