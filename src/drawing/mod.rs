//! Pixels shared by the modes: colour maps and schemes, the rasteriser, shaded relief of
//! height grids (flat and in perspective), generated terrains, the pictures a network learns
//! from pixel coordinates (built-in ones and uploads), and the view style (projector mode,
//! scheme, decimal separator).
//! Pure Rust: the web layer puts finished RGBA buffers on canvases.

pub mod colour;
pub mod heightfield;
pub mod labels;
pub mod palettes;
pub mod picture;
pub mod raster;
pub mod relief;
pub mod relief3d;
pub mod resample;
pub mod style;
pub mod targets;
pub mod upload;

#[cfg(test)]
mod tests;
