//! Pixels shared by the modes: colour maps and schemes, the software rasterisers, shaded
//! relief of height grids, and the view style (projector mode, scheme, decimal separator).
//! Pure Rust: the web layer puts finished RGBA buffers on canvases.

pub mod colour;
pub mod overlay;
pub mod palettes;
pub mod raster;
pub mod relief;
pub mod style;

#[cfg(test)]
mod tests;
