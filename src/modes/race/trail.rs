//! The bounded path a racer leaves on the map: positions far enough apart to show, the oldest
//! dropped once full, so memory stays flat however long the race runs. Pure data.

use std::collections::VecDeque;

/// Most positions a trail keeps.
pub const TRAIL_CAPACITY: usize = 2048;

/// Positions (x, y) in visiting order. A position is recorded only if it lies at least
/// `spacing` from the last recorded one (a racer at rest adds nothing), except that the latest
/// position is always the final point, so the trail reaches the racer.
#[derive(Clone, Debug)]
pub struct Trail {
    points: VecDeque<(f64, f64)>,
    spacing: f64,
    /// Whether the final point is the latest position rather than a recorded one.
    provisional: bool,
}

impl Trail {
    /// An empty trail recording positions at least `spacing` apart.
    pub fn new(spacing: f64) -> Self {
        Trail {
            points: VecDeque::with_capacity(64),
            spacing,
            provisional: false,
        }
    }

    /// Forgets every position.
    pub fn clear(&mut self) {
        self.points.clear();
        self.provisional = false;
    }

    /// Adds the racer's latest position (non-finite positions are ignored).
    pub fn push(&mut self, p: (f64, f64)) {
        if !(p.0.is_finite() && p.1.is_finite()) {
            return;
        }
        if self.provisional {
            self.points.pop_back();
        }
        let far = match self.points.back() {
            Some(q) => (p.0 - q.0).hypot(p.1 - q.1) >= self.spacing,
            None => true,
        };
        if self.points.len() == TRAIL_CAPACITY {
            self.points.pop_front();
        }
        self.points.push_back(p);
        self.provisional = !far;
    }

    /// The positions, oldest first; the last is the latest position.
    pub fn points(&self) -> impl ExactSizeIterator<Item = (f64, f64)> + '_ {
        self.points.iter().copied()
    }

    /// Number of positions held (at most [`TRAIL_CAPACITY`]).
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// `true` before the first position.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}
