//! Tests of the shared drawing code.

mod colour;
mod palettes;
mod raster;
