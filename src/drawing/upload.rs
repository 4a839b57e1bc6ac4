//! A picture from the student's own image: the browser decodes the file into RGBA bytes;
//! `drawing::resample` checks them, centre-crops them to a square and area-averages them to
//! the training size; here they become a picture of the kind fitted.

use super::picture::{Picture, PictureKind};
use super::targets::luma;
pub use crate::drawing::resample::{ImageError, MAX_PIXELS, TARGET_SIZES};

/// A `target` × `target` picture of `kind` from `rgba` (width × height × 4 bytes, row-major,
/// not premultiplied), resampled by [`crate::drawing::resample::square_rgb`]. Grey and height
/// take the Rec. 709 luma.
pub fn image_from_rgba(
    rgba: &[u8],
    width: usize,
    height: usize,
    target: usize,
    kind: PictureKind,
) -> Result<Picture, ImageError> {
    let colours = crate::drawing::resample::square_rgb(rgba, width, height, target)?;
    let values = match kind {
        PictureKind::Rgb => colours.iter().map(|&v| v as f32).collect(),
        PictureKind::Grey | PictureKind::Height => colours
            .chunks_exact(3)
            .map(|c| luma([c[0], c[1], c[2]]) as f32)
            .collect(),
    };
    Ok(Picture {
        size: target,
        kind,
        values,
    })
}
