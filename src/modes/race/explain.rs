//! One English line per racer status, with its numbers, for the page to show (and to replace
//! by its own translation of the [`Status`] key).

use super::racer::Racer;
use super::status::Status;
use super::surface::Surface;

/// A number in at most about 4 significant digits, without exponent for everyday sizes.
pub fn compact(v: f64) -> String {
    let a = v.abs();
    if !v.is_finite() {
        format!("{v}")
    } else if a != 0.0 && !(1e-3..1e5).contains(&a) {
        format!("{v:.2e}")
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else if a >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.4}")
    }
}

impl Racer {
    /// One English sentence on the racer's status, with the numbers that matter.
    pub fn explanation(&self, surface: Surface) -> String {
        let (x, y) = self.position();
        let at = format!("({}, {})", compact(x), compact(y));
        let steps = self.finished_at().unwrap_or(self.steps());
        let lr = compact(self.spec().hyper.learning_rate);
        match self.status() {
            Status::Running => format!(
                "Running: loss {} after {steps} steps.",
                compact(self.loss())
            ),
            Status::Converged => format!("Reached the minimum at {at} in {steps} steps."),
            Status::LocalMinimum => format!(
                "Stuck in a local minimum at {at} after {steps} steps: loss {}, the best is {}.",
                compact(self.loss()),
                compact(surface.min_value())
            ),
            Status::Saddle => format!(
                "Stopped on a saddle point at {at}: flat here, but the surface falls away sideways."
            ),
            Status::Oscillating => format!(
                "Oscillating: each step overshoots and the swings do not shrink; lower the learning rate ({lr})."
            ),
            Status::Diverged => format!(
                "Diverged at step {steps}: the steps grew until the point flew off the map; lower the learning rate ({lr})."
            ),
        }
    }
}
