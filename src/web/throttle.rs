//! The one redraw throttle of every chart: a picture is drawn again only when what it depends
//! on (its key) changed, and while training runs at most once per interval. [`ChartKey`] is
//! the key of the GAN's and the fits' loss charts (the classifier's charts have their own,
//! with the pointer and past runs; the race's is its version).

use crate::engine::history::{History, Sample};
use web_sys::HtmlCanvasElement;

/// While training runs, a chart is redrawn at most this often (ms) by default: plotters' axes
/// and text cost about a millisecond, and the curves move little in a tenth of a second.
pub const CHART_INTERVAL_MS: f64 = 100.0;

/// When a picture of key `K` was last drawn, and of what.
#[derive(Clone, Debug)]
pub struct Throttle<K> {
    interval_ms: f64,
    last_at: f64,
    key: Option<K>,
}

impl<K: PartialEq> Throttle<K> {
    /// A throttle that lets a changed picture through at most every `interval_ms`, and the
    /// first one at once.
    pub const fn new(interval_ms: f64) -> Self {
        Throttle {
            interval_ms,
            last_at: f64::NEG_INFINITY,
            key: None,
        }
    }

    /// Whether the picture of `key` is to be drawn at time `now` (ms): it differs from the
    /// last one drawn, and either `at_once` (training paused, a new size or view) or the
    /// interval has passed since the last draw. When it is, it counts as drawn.
    pub fn due(&mut self, now: f64, key: K, at_once: bool) -> bool {
        if self.key.as_ref() == Some(&key) || !(at_once || now - self.last_at >= self.interval_ms) {
            return false;
        }
        self.key = Some(key);
        self.last_at = now;
        true
    }

    /// The key of the last picture drawn.
    pub fn drawn(&self) -> Option<&K> {
        self.key.as_ref()
    }

    /// Draws again at the next [`Throttle::due`] (new labels, a new style).
    pub fn forget(&mut self) {
        self.key = None;
    }
}

impl<K: PartialEq> Default for Throttle<K> {
    fn default() -> Self {
        Throttle::new(CHART_INTERVAL_MS)
    }
}

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
