//! The built-in pictures, generated in code at any size (no downloads): a smiling face, a
//! checkerboard and a seeded fractal terrain.

use super::picture::{Picture, PictureKind};
use crate::drawing::heightfield::fractal_heights;

/// A built-in picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ImageTarget {
    /// A smiling face on a sky-blue background (smooth shapes, sharp edges).
    #[default]
    Face,
    /// 8 × 8 squares: edges everywhere, the hardest case for plain coordinates.
    Checkerboard,
    /// A heightmap of seeded fractal value noise, shown as shaded relief.
    Terrain,
}

/// Squares along each side of the checkerboard.
pub const CHECKER_SQUARES: usize = 8;
/// Sub-samples per pixel side when drawing the face (smooth, anti-aliased edges).
const SUPERSAMPLE: usize = 4;

const SKY: [f64; 3] = [0.62, 0.80, 0.95];
const SKIN: [f64; 3] = [1.0, 0.82, 0.2];
const INK: [f64; 3] = [0.16, 0.1, 0.06];
const MOUTH: [f64; 3] = [0.6, 0.12, 0.1];
const LIGHT_SQUARE: [f64; 3] = [0.95, 0.93, 0.86];
const DARK_SQUARE: [f64; 3] = [0.1, 0.22, 0.35];

impl ImageTarget {
    /// Every target, in the order the UI lists them.
    pub const ALL: [ImageTarget; 3] = [
        ImageTarget::Face,
        ImageTarget::Checkerboard,
        ImageTarget::Terrain,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            ImageTarget::Face => "face",
            ImageTarget::Checkerboard => "checker",
            ImageTarget::Terrain => "terrain",
        }
    }

    /// Inverse of [`ImageTarget::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The picture at `size` × `size`, in colour or grey (the terrain is always heights),
    /// the terrain drawn from `seed`.
    pub fn picture(self, size: usize, colour: bool, seed: u64) -> Picture {
        let kind = if colour {
            PictureKind::Rgb
        } else {
            PictureKind::Grey
        };
        match self {
            ImageTarget::Face => supersampled(size, kind, face),
            ImageTarget::Checkerboard => {
                Picture::from_fn(size, kind, |x, y| tint(checker(x, y), kind))
            }
            ImageTarget::Terrain => Picture {
                size,
                kind: PictureKind::Height,
                values: fractal_heights(size, seed),
            },
        }
    }
}

/// Rec. 709 luma of a colour, used for the grey versions.
pub fn luma(c: [f64; 3]) -> f64 {
    0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

/// The colour, or its luma in every channel for a grey picture.
fn tint(c: [f64; 3], kind: PictureKind) -> [f64; 3] {
    match kind {
        PictureKind::Rgb => c,
        _ => [luma(c); 3],
    }
}

/// The mean of `SUPERSAMPLE`² samples of `shape` over each pixel.
fn supersampled(size: usize, kind: PictureKind, shape: fn(f64, f64) -> [f64; 3]) -> Picture {
    let step = 2.0 / (size * SUPERSAMPLE) as f64;
    Picture::from_fn(size, kind, |x, y| {
        let mut sum = [0.0; 3];
        for i in 0..SUPERSAMPLE {
            for j in 0..SUPERSAMPLE {
                let offset = |k: usize| (k as f64 + 0.5) * step - 1.0 / size as f64;
                let c = shape(x + offset(i), y - offset(j));
                (0..3).for_each(|k| sum[k] += c[k]);
            }
        }
        let n = (SUPERSAMPLE * SUPERSAMPLE) as f64;
        tint(sum.map(|s| s / n), kind)
    })
}

/// The colour of the smiling face at (x, y) ∈ [−1, 1]².
fn face(x: f64, y: f64) -> [f64; 3] {
    let r = x.hypot(y);
    let eye = (x.abs() - 0.25).hypot(y - 0.22) < 0.09;
    // The smile: a band of the circle of radius 0.42 around (0, 0.08), below y = −0.1.
    let smile = {
        let d = x.hypot(y - 0.08);
        (0.36..0.46).contains(&d) && y < -0.1
    };
    if r > 0.72 {
        SKY
    } else if r > 0.66 || eye {
        INK
    } else if smile {
        MOUTH
    } else {
        SKIN
    }
}

/// The checkerboard's colour at (x, y) ∈ [−1, 1]².
fn checker(x: f64, y: f64) -> [f64; 3] {
    let cell = |v: f64| ((v + 1.0) * 0.5 * CHECKER_SQUARES as f64).floor() as i64;
    if (cell(x) + cell(y)) % 2 == 0 {
        LIGHT_SQUARE
    } else {
        DARK_SQUARE
    }
}
