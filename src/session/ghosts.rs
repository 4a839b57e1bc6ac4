//! Run comparison: when training restarts (reset, new weights, or a change that rebuilds),
//! the finished run's history is kept as a "ghost" (the last [`MAX_GHOSTS`]), labelled by the
//! settings that differ from the current ones, as the config key table names them.

use super::Session;
use crate::config::{Config, differences};
use crate::float::Float;
use crate::history::History;
use core::fmt;

/// Most past runs kept.
pub const MAX_GHOSTS: usize = 3;

/// The settings a run started with: its config as of its first step (changes made before
/// the first step count as the run's own) and which redraw of the weights it used.
#[derive(Clone, Debug)]
pub(super) struct RunStart {
    config: Config,
    weight_draws: u64,
}

impl RunStart {
    pub(super) fn new(config: &Config, weight_draws: u64) -> Self {
        RunStart {
            config: config.clone(),
            weight_draws,
        }
    }
}

/// A finished run: its loss history and the settings it started with.
#[derive(Clone, Debug)]
pub struct Ghost {
    /// The run's history, as it was when the run ended.
    pub history: History,
    /// The config the run started with.
    pub config: Config,
    weight_draws: u64,
}

/// What differed between a ghost's run and the current settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GhostLabel {
    /// (query-string key, the ghost's value) for each training setting that differs, in key
    /// table order; the value is empty for keys too long to show (the drawn points).
    pub differences: Vec<(&'static str, String)>,
    /// The run used another draw of the initial weights.
    pub other_weights: bool,
}

impl fmt::Display for GhostLabel {
    /// Short text for the chart legend: "lr 0.3", "hidden 4,2, opt adam", "points",
    /// "other weights", or "same settings" when nothing differs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = (self.differences.iter())
            .map(|(k, v)| {
                if v.is_empty() {
                    k.to_string()
                } else {
                    format!("{k} {v}")
                }
            })
            .collect();
        if self.other_weights {
            parts.push("other weights".to_string());
        }
        if parts.is_empty() {
            return f.write_str("same settings");
        }
        f.write_str(&parts.join(", "))
    }
}

impl<F: Float> Session<F> {
    /// The kept past runs, oldest first (at most [`MAX_GHOSTS`]).
    pub fn ghosts(&self) -> &[Ghost] {
        &self.ghosts
    }

    /// What each ghost's run differed in from the current settings, in [`Session::ghosts`]
    /// order (recomputed on each call, so labels follow later changes).
    pub fn ghost_labels(&self) -> Vec<GhostLabel> {
        (self.ghosts.iter())
            .map(|g| GhostLabel {
                differences: differences(&g.config, &self.config),
                other_weights: g.weight_draws != self.weight_draws
                    && g.config.seed == self.config.seed,
            })
            .collect()
    }

    /// Forgets every ghost.
    pub fn clear_ghosts(&mut self) {
        self.ghosts.clear();
    }

    /// Keeps the run that is ending as a ghost, if it recorded anything.
    pub(super) fn keep_ghost(&mut self) {
        // The first sample is the starting point; a run without a finished epoch has no
        // curve worth keeping.
        if self.history.len() < 2 {
            return;
        }
        if self.ghosts.len() == MAX_GHOSTS {
            self.ghosts.remove(0);
        }
        self.ghosts.push(Ghost {
            history: self.history.clone(),
            config: self.run.config.clone(),
            weight_draws: self.run.weight_draws,
        });
    }

    /// A change made before the run's first step belongs to the run.
    pub(super) fn note_live_change(&mut self) {
        if self.steps == 0 {
            self.run = RunStart::new(&self.config, self.weight_draws);
        }
    }
}
