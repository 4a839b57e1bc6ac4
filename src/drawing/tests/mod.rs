//! Tests of the shared drawing code.

mod colour;
mod overlay;
mod palettes;
mod raster;
