//! A square picture to fit: grey levels, RGB colours or terrain heights in [0, 1], and how
//! each kind is shown (terrain as shaded relief). Pixel coordinates map to [−1, 1]².

use crate::drawing::relief::terrain_rgba;
use crate::engine::encoding::Encoding;
use crate::engine::float::Float;

/// What a picture's values mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum PictureKind {
    /// One grey level a pixel (0 black, 1 white).
    Grey,
    /// Red, green and blue a pixel.
    #[default]
    Rgb,
    /// One height a pixel (0 sea floor, 1 summit), shown as shaded relief.
    Height,
}

impl PictureKind {
    /// Every kind, in the order the UI lists them.
    pub const ALL: [PictureKind; 3] = [PictureKind::Grey, PictureKind::Rgb, PictureKind::Height];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            PictureKind::Grey => "grey",
            PictureKind::Rgb => "rgb",
            PictureKind::Height => "height",
        }
    }

    /// Inverse of [`PictureKind::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Values per pixel (the network's outputs).
    pub fn channels(self) -> usize {
        match self {
            PictureKind::Rgb => 3,
            PictureKind::Grey | PictureKind::Height => 1,
        }
    }
}

/// Pixels rise this many pixels per unit of height in the relief view, per 64 pixels of side
/// (so a terrain looks as steep at any size).
const RELIEF_PER_64: f64 = 40.0;

/// A `size` × `size` picture, row-major, top row first, `channels` values a pixel in [0, 1].
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Side in pixels.
    pub size: usize,
    /// What the values mean.
    pub kind: PictureKind,
    /// size × size × channels values.
    pub values: Vec<f32>,
}

impl Picture {
    /// A picture of `kind` from `f(x, y)`, which returns the channel values of the point
    /// (x, y) ∈ [−1, 1]² (y up) at each pixel centre.
    pub fn from_fn(size: usize, kind: PictureKind, f: impl Fn(f64, f64) -> [f64; 3]) -> Self {
        let c = kind.channels();
        let mut values = Vec::with_capacity(size * size * c);
        for py in 0..size {
            for px in 0..size {
                let (x, y) = pixel_centre(px, py, size);
                values.extend(f(x, y)[..c].iter().map(|v| v.clamp(0.0, 1.0) as f32));
            }
        }
        Picture { size, kind, values }
    }

    /// Values per pixel.
    pub fn channels(&self) -> usize {
        self.kind.channels()
    }

    /// The picture as `size × size × 4` RGBA bytes (see [`values_rgba`]).
    pub fn rgba(&self) -> Vec<u8> {
        values_rgba(&self.values, self.size, self.kind)
    }
}

/// (x, y) ∈ [−1, 1]² of the centre of pixel (px, py) on a `size`-pixel side (y up).
pub fn pixel_centre(px: usize, py: usize, size: usize) -> (f64, f64) {
    let s = size as f64;
    (
        -1.0 + (px as f64 + 0.5) * 2.0 / s,
        1.0 - (py as f64 + 0.5) * 2.0 / s,
    )
}

/// `size × size × 4` RGBA bytes of values of `kind` (any float; clamped to [0, 1]): grey
/// levels as grey, colours as they are, heights as shaded relief.
pub fn values_rgba<F: Float>(values: &[F], size: usize, kind: PictureKind) -> Vec<u8> {
    let byte = |v: F| (v.to_f64().clamp(0.0, 1.0) * 255.0).round() as u8;
    let mut rgba = vec![0xff; size * size * 4];
    match kind {
        PictureKind::Grey => {
            for (v, px) in values.iter().zip(rgba.chunks_exact_mut(4)) {
                px[..3].fill(byte(*v));
            }
        }
        PictureKind::Rgb => {
            for (v, px) in values.chunks_exact(3).zip(rgba.chunks_exact_mut(4)) {
                px[..3].copy_from_slice(&[byte(v[0]), byte(v[1]), byte(v[2])]);
            }
        }
        PictureKind::Height => {
            let heights: Vec<f64> = values.iter().map(|v| v.to_f64().clamp(0.0, 1.0)).collect();
            let relief = RELIEF_PER_64 * size as f64 / 64.0;
            terrain_rgba(&heights, size, size, relief, &mut rgba);
        }
    }
    rgba
}

/// The encoded inputs of every pixel of a `size` × `size` picture, pixels × inputs.
pub fn encode_pixels<F: Float>(encoding: Encoding, seed: u64, size: usize) -> Vec<F> {
    let b = encoding.matrix(seed);
    let mut row = Vec::with_capacity(encoding.inputs());
    let mut out = Vec::with_capacity(size * size * encoding.inputs());
    for py in 0..size {
        for px in 0..size {
            row.clear();
            encoding.encode(&b, pixel_centre(px, py, size), &mut row);
            out.extend(row.iter().map(|&v| F::from_f64(v)));
        }
    }
    out
}
