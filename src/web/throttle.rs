//! The one redraw throttle of every chart: a picture is drawn again only when what it depends
//! on (its key) changed, and while training runs at most once per interval.

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
