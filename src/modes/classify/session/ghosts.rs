//! The classifier's run comparison: its [`Runs`] seen from the session (the ghosts and their
//! labels, kept on restarts, with the redraws of the initial weights).

use super::Session;
use crate::engine::float::Float;
pub use crate::engine::runs::{Ghost, GhostLabel, MAX_GHOSTS};

impl<F: Float> Session<F> {
    /// The kept past runs, oldest first (at most [`MAX_GHOSTS`]).
    pub fn ghosts(&self) -> &[Ghost] {
        self.runs.ghosts()
    }

    /// What each ghost's run differed in from the current settings, in [`Session::ghosts`]
    /// order (recomputed on each call, so labels follow later changes).
    pub fn ghost_labels(&self) -> Vec<GhostLabel> {
        self.runs.labels(&self.config, self.weight_draws)
    }

    /// Forgets every ghost.
    pub fn clear_ghosts(&mut self) {
        self.runs.clear();
    }

    /// The run that is ending becomes a ghost (if it recorded anything); the next starts
    /// with the current settings.
    pub(super) fn keep_ghost(&mut self) {
        self.runs
            .restart(&self.history, &self.config, self.weight_draws);
    }

    /// A change made before the run's first step belongs to the run.
    pub(super) fn note_live_change(&mut self) {
        self.runs
            .live_change(&self.config, self.weight_draws, self.steps);
    }
}
