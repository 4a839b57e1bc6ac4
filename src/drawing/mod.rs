//! Pixels shared by the modes: colour maps and schemes, the rasteriser, shaded
//! relief of height grids (flat and in perspective), generated terrains, and the view style (projector mode, scheme, decimal separator).
//! Pure Rust: the web layer puts finished RGBA buffers on canvases.

pub mod colour;
pub mod heightfield;
pub mod labels;
pub mod palettes;
pub mod raster;
pub mod relief;
pub mod relief3d;
pub mod style;

#[cfg(test)]
mod tests;
