//! The fitting modes' handles, [`CurvePlayground`] and [`ImagePlayground`], their charts
//! and the past runs they draw beside the current one.

mod chart;
mod curve;
mod image;
mod runs;

pub use curve::CurvePlayground;
pub use image::ImagePlayground;
