//! What a chart's picture depends on, so that it is redrawn only when that changed: the GAN's
//! and the fits' loss charts (the classifier's charts have their own key, with the pointer and
//! past runs).

use crate::engine::history::{History, Sample};
use web_sys::HtmlCanvasElement;

/// What a chart's picture depends on: canvas size, sample count and the last sample.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartKey(u32, u32, usize, u64, u64, u64);

impl ChartKey {
    /// The key of the chart `history` would give on `canvas` now.
    pub fn of(canvas: &HtmlCanvasElement, history: &History) -> Self {
        let last = history.last();
        let bits = |pick: fn(&Sample) -> f64| last.map_or(0, |s| pick(&s).to_bits());
        ChartKey(
            canvas.width(),
            canvas.height(),
            history.len(),
            bits(|s| s.epoch),
            bits(|s| s.train),
            bits(|s| s.test),
        )
    }
}
