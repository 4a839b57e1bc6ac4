//! How a racer is doing: the status key the page translates, and the detector that tells an
//! oscillation (swings that do not shrink) from a damped zigzag, over a short sliding window.

use std::collections::VecDeque;

/// What a racer is doing now. Converged, local minimum, saddle and diverged are final: the
/// racer stops there. Oscillating may turn back into running (or into diverged).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Status {
    /// Still moving, nothing remarkable.
    #[default]
    Running,
    /// At rest at a global minimum.
    Converged,
    /// At rest at a local minimum that is not a global one.
    LocalMinimum,
    /// At rest where the slope is flat but the surface falls away sideways.
    Saddle,
    /// Each step overshoots and the swings are not shrinking.
    Oscillating,
    /// The position became non-finite or flew far off the map.
    Diverged,
}

impl Status {
    /// Every status, in a fixed order.
    pub const ALL: [Status; 6] = [
        Status::Running,
        Status::Converged,
        Status::LocalMinimum,
        Status::Saddle,
        Status::Oscillating,
        Status::Diverged,
    ];

    /// A short lowercase key for the page's translations (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Status::Running => "running",
            Status::Converged => "converged",
            Status::LocalMinimum => "local",
            Status::Saddle => "saddle",
            Status::Oscillating => "oscillating",
            Status::Diverged => "diverged",
        }
    }

    /// Inverse of [`Status::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Whether the racer has stopped for good.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Status::Converged | Status::LocalMinimum | Status::Saddle | Status::Diverged
        )
    }
}

/// Steps the oscillation detector looks back over (two halves compared).
pub const WINDOW: usize = 16;
/// Fraction of consecutive step pairs that must point in opposite directions (a zigzag).
const REVERSALS: f64 = 0.6;
/// Fraction of steps at which the loss must turn (up then down or down then up).
const TURNS: f64 = 0.4;
/// The recent half's swing must be at least this fraction of the older half's: swings that
/// shrink faster than this are a damped zigzag that is converging, not an oscillation.
const NOT_SHRINKING: f64 = 0.95;

/// The last [`WINDOW`] + 1 positions and losses of a racer.
#[derive(Clone, Debug, Default)]
pub struct Motion {
    samples: VecDeque<([f64; 2], f64)>,
}

impl Motion {
    /// Forgets the window.
    pub fn clear(&mut self) {
        self.samples.clear();
    }

    /// Adds a position and its loss, dropping the oldest beyond the window.
    pub fn push(&mut self, p: [f64; 2], loss: f64) {
        if self.samples.len() == WINDOW + 1 {
            self.samples.pop_front();
        }
        self.samples.push_back((p, loss));
    }

    /// Whether the window shows an oscillation: either the steps keep reversing direction
    /// without getting shorter (and longer than `step_floor` on average), or the loss keeps
    /// going up and down without its range shrinking (and wider than `loss_floor`). Swings
    /// below the floors are rounding noise of a racer coming to rest. False until the window
    /// is full.
    pub fn oscillating(&self, step_floor: f64, loss_floor: f64) -> bool {
        if self.samples.len() < WINDOW + 1 {
            return false;
        }
        let steps: Vec<[f64; 2]> = self
            .samples
            .iter()
            .zip(self.samples.iter().skip(1))
            .map(|((a, _), (b, _))| [b[0] - a[0], b[1] - a[1]])
            .collect();
        let losses: Vec<f64> = self.samples.iter().map(|s| s.1).collect();
        zigzag(&steps, step_floor) || seesaw(&losses, loss_floor)
    }
}

/// Steps that reverse direction most of the time, with the recent half's mean length not
/// shrinking and above `floor`.
fn zigzag(steps: &[[f64; 2]], floor: f64) -> bool {
    let pairs = steps.len() - 1;
    let reversals = steps
        .windows(2)
        .filter(|w| w[0][0] * w[1][0] + w[0][1] * w[1][1] < 0.0)
        .count();
    let (older, recent) = steps.split_at(steps.len() / 2);
    let mean = |s: &[[f64; 2]]| s.iter().map(|d| d[0].hypot(d[1])).sum::<f64>() / s.len() as f64;
    reversals as f64 >= REVERSALS * pairs as f64
        && mean(recent) > floor
        && mean(recent) >= NOT_SHRINKING * mean(older)
}

/// A loss that turns often, with the recent half's range not shrinking and above `floor`.
fn seesaw(losses: &[f64], floor: f64) -> bool {
    let diffs: Vec<f64> = losses.windows(2).map(|w| w[1] - w[0]).collect();
    let turns = diffs.windows(2).filter(|w| w[0] * w[1] < 0.0).count();
    let half = losses.len() / 2;
    let range = |s: &[f64]| {
        let lo = s.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        hi - lo
    };
    let (older, recent) = (range(&losses[..half]), range(&losses[half..]));
    turns as f64 >= TURNS * (diffs.len() - 1) as f64
        && recent > floor
        && recent >= NOT_SHRINKING * older
}
