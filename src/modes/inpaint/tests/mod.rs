//! Tests of `inpaint`.

mod hole;
mod learning;
mod state;
