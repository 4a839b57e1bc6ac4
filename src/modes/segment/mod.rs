//! Segmentation by painting: on a picture (a built-in scene with its own per-pixel labels, or
//! an uploaded image) the student paints a few strokes in 2 to 4 labels; a network on each
//! pixel's position and colour (optionally Fourier features of the position) trains on the
//! painted pixels only and labels every pixel. Pure Rust, no web crates.

mod config;
mod draw;
pub(crate) mod keys;
mod scene;
mod segmenter;
pub mod state;
mod strokes;

pub use config::SegmentConfig;
pub use draw::{draw_overlay, label_colours};
pub use scene::{Scene, ScenePicture, UPLOAD_LABELS};
pub use segmenter::{
    BATCH, DEFAULT_SPEED, FOURIER, FRAMES_PER_SECOND, SPEEDS, Segmenter, steps_per_frame,
};
pub use strokes::{MAX_LINK_CHARS, MAX_RADIUS, MAX_STROKE_POINTS, MAX_STROKES, Stroke, Strokes};

/// Side of every picture, in pixels (a scene is drawn at this size; an upload is resampled
/// to it).
pub const SIZE: usize = 64;
/// Most labels a picture has (an upload offers this many).
pub const MAX_LABELS: usize = 4;

#[cfg(test)]
mod tests;
