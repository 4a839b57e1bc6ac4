//! A picture the student uploads, as the browser decoded it (RGBA bytes): checked, centre-cropped
//! to a square and area-averaged down (or up) to a training size. Shared by the modes that
//! take an uploaded picture; errors are typed, with messages a student can act on.

use core::fmt;

/// Most pixels accepted (4096 × 4096): larger images are refused, not slowly shrunk.
pub const MAX_PIXELS: usize = 4096 * 4096;
/// Training sizes accepted, in pixels a side.
pub const TARGET_SIZES: core::ops::RangeInclusive<usize> = 2..=256;

/// Why an image was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageError {
    /// Zero width or height.
    Empty {
        /// Width given.
        width: usize,
        /// Height given.
        height: usize,
    },
    /// More than [`MAX_PIXELS`] pixels.
    TooLarge {
        /// Width given.
        width: usize,
        /// Height given.
        height: usize,
    },
    /// The byte buffer is not width × height × 4 long.
    LengthMismatch {
        /// Bytes expected.
        expected: usize,
        /// Bytes received.
        got: usize,
    },
    /// The training size is outside [`TARGET_SIZES`].
    BadTarget {
        /// Size asked for.
        target: usize,
    },
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ImageError::Empty { width, height } => write!(
                f,
                "The image is empty ({width} × {height} pixels). Choose a picture with something in it."
            ),
            ImageError::TooLarge { width, height } => write!(
                f,
                "The image is too large ({width} × {height} pixels, {:.1} megapixels; the limit is {:.1}). Shrink it to at most 4096 × 4096 and try again.",
                (width as f64) * (height as f64) / 1e6,
                MAX_PIXELS as f64 / 1e6
            ),
            ImageError::LengthMismatch { expected, got } => write!(
                f,
                "The decoded pixels do not match the image size ({got} bytes instead of {expected}). The file may be damaged: try another one."
            ),
            ImageError::BadTarget { target } => write!(
                f,
                "The training size must be between {} and {} pixels, not {target}.",
                TARGET_SIZES.start(),
                TARGET_SIZES.end()
            ),
        }
    }
}

impl std::error::Error for ImageError {}

/// The `target` × `target` RGB values in [0, 1] (row-major, 3 per pixel) of `rgba` (width ×
/// height × 4 bytes, row-major, not premultiplied): the largest centred square is kept (the
/// longer side is cropped equally at both ends), transparent pixels are composited over white,
/// and each output pixel is the area-weighted mean of the input pixels it covers (a box
/// filter; fractional overlaps weighted by their area), computed on the sRGB values as they
/// are.
pub fn square_rgb(
    rgba: &[u8],
    width: usize,
    height: usize,
    target: usize,
) -> Result<Vec<f64>, ImageError> {
    if width == 0 || height == 0 {
        return Err(ImageError::Empty { width, height });
    }
    let pixels = width.checked_mul(height).filter(|&p| p <= MAX_PIXELS);
    let Some(pixels) = pixels else {
        return Err(ImageError::TooLarge { width, height });
    };
    if rgba.len() != pixels * 4 {
        let expected = pixels * 4;
        return Err(ImageError::LengthMismatch {
            expected,
            got: rgba.len(),
        });
    }
    if !TARGET_SIZES.contains(&target) {
        return Err(ImageError::BadTarget { target });
    }
    Ok(box_filter(rgba, width, height, target))
}

/// For each of `target` output cells over `side` input pixels starting at `offset`: the
/// input pixels it overlaps and the overlap lengths (in input pixels).
fn overlaps(side: usize, offset: usize, target: usize) -> Vec<Vec<(usize, f64)>> {
    let scale = side as f64 / target as f64;
    (0..target)
        .map(|j| {
            let (lo, hi) = (j as f64 * scale, (j + 1) as f64 * scale);
            let first = lo.floor() as usize;
            let last = (hi.ceil() as usize).min(side);
            (first..last)
                .map(|i| {
                    (
                        offset + i,
                        (hi.min(i as f64 + 1.0) - lo.max(i as f64)).max(0.0),
                    )
                })
                .filter(|&(_, w)| w > 0.0)
                .collect()
        })
        .collect()
}

/// Centre-cropped, white-composited, area-averaged RGB values in [0, 1], target² × 3.
fn box_filter(rgba: &[u8], width: usize, height: usize, target: usize) -> Vec<f64> {
    let side = width.min(height);
    let columns = overlaps(side, (width - side) / 2, target);
    let rows = overlaps(side, (height - side) / 2, target);
    let area = (side as f64 / target as f64).powi(2);
    let mut out = vec![0.0; target * target * 3];
    let mut row_sum = vec![0.0; target * 3];
    for (j, sources) in rows.iter().enumerate() {
        for &(y, wy) in sources {
            reduce_row(
                &rgba[y * width * 4..(y + 1) * width * 4],
                &columns,
                &mut row_sum,
            );
            let dst = &mut out[j * target * 3..(j + 1) * target * 3];
            dst.iter_mut().zip(&row_sum).for_each(|(o, s)| *o += wy * s);
        }
    }
    out.iter_mut().for_each(|v| *v /= area);
    out
}

/// One input row reduced to `target` cells: Σ overlap × colour (over white) per cell.
fn reduce_row(row: &[u8], columns: &[Vec<(usize, f64)>], out: &mut [f64]) {
    for (cell, sources) in out.chunks_exact_mut(3).zip(columns) {
        cell.fill(0.0);
        for &(x, w) in sources {
            let px = &row[x * 4..x * 4 + 4];
            let alpha = px[3] as f64 / 255.0;
            for k in 0..3 {
                cell[k] += w * (px[k] as f64 / 255.0 * alpha + (1.0 - alpha));
            }
        }
    }
}
