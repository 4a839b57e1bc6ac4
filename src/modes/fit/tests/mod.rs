//! Tests of `fit`.

mod changes;
mod curve;
mod image;
mod speed;
mod upload;
