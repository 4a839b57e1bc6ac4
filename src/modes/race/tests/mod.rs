//! Tests of `race`.

mod race;
mod render;
mod surface;
