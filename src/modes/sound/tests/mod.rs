//! Tests of `sound`.

mod learning;
mod signals;
