//! Run comparison, for every mode: when training restarts (reset, new weights, or a change
//! that rebuilds the network), the run that ends is kept as a "ghost" (the last
//! [`MAX_GHOSTS`]) with the settings it started with, and labelled by the settings that
//! differ from the current ones, as the config key table names them.

use crate::config::{Config, differences};
use crate::engine::history::History;
use core::fmt;

/// Most past runs kept.
pub const MAX_GHOSTS: usize = 3;

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
    /// The run used another draw of the initial weights (another redraw, or another `wseed`).
    pub other_weights: bool,
}

impl GhostLabel {
    /// Short text for the chart legend, in French (`french`: decimal commas, spaced lists)
    /// or English: "lr 0.3", "hidden 4,2, opt adam", "points", "other weights", or "same
    /// settings" when nothing differs.
    pub fn words(&self, french: bool) -> String {
        let value = |v: &str| {
            if french {
                v.replace(',', ", ").replace('.', ",")
            } else {
                v.to_string()
            }
        };
        let mut parts: Vec<String> = (self.differences.iter())
            .map(|(k, v)| {
                if v.is_empty() {
                    k.to_string()
                } else {
                    format!("{k} {}", value(v))
                }
            })
            .collect();
        if self.other_weights {
            parts.push(
                if french {
                    "autres poids"
                } else {
                    "other weights"
                }
                .to_string(),
            );
        }
        if parts.is_empty() {
            return if french {
                "mêmes réglages"
            } else {
                "same settings"
            }
            .to_string();
        }
        parts.join(if french { " ; " } else { ", " })
    }
}

impl fmt::Display for GhostLabel {
    /// The English [`GhostLabel::words`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(false))
    }
}

/// The current run's starting settings and the past runs.
#[derive(Clone, Debug)]
pub struct Runs {
    /// The config the current run started with (changes made before its first step count
    /// as its own) and which redraw of the initial weights it uses.
    start: Config,
    start_draws: u64,
    ghosts: Vec<Ghost>,
}

impl Runs {
    /// No past run; the current one starts with `config` and the seed's first weights.
    pub fn new(config: &Config) -> Self {
        Runs {
            start: config.clone(),
            start_draws: 0,
            ghosts: Vec::new(),
        }
    }

    /// The kept past runs, oldest first (at most [`MAX_GHOSTS`]).
    pub fn ghosts(&self) -> &[Ghost] {
        &self.ghosts
    }

    /// What each ghost's run differed in from `current` (with `weight_draws` redraws of the
    /// weights), in [`Runs::ghosts`] order.
    pub fn labels(&self, current: &Config, weight_draws: u64) -> Vec<GhostLabel> {
        (self.ghosts.iter())
            .map(|g| GhostLabel {
                differences: differences(&g.config, current),
                other_weights: (g.weight_draws != weight_draws
                    || g.config.weights_seed != current.weights_seed)
                    && g.config.seed == current.seed,
            })
            .collect()
    }

    /// Forgets every ghost.
    pub fn clear(&mut self) {
        self.ghosts.clear();
    }

    /// The run whose history is `ended` is over: it becomes a ghost if it recorded more than
    /// its starting point, and the next run starts with `next` and `weight_draws`.
    pub fn restart(&mut self, ended: &History, next: &Config, weight_draws: u64) {
        if ended.len() >= 2 {
            if self.ghosts.len() == MAX_GHOSTS {
                self.ghosts.remove(0);
            }
            self.ghosts.push(Ghost {
                history: ended.clone(),
                config: self.start.clone(),
                weight_draws: self.start_draws,
            });
        }
        self.start = next.clone();
        self.start_draws = weight_draws;
    }

    /// A change to `config` that keeps training going: before the run's first step (`steps`
    /// is 0) it belongs to the run's own settings.
    pub fn live_change(&mut self, config: &Config, weight_draws: u64, steps: u64) {
        if steps == 0 {
            self.start = config.clone();
            self.start_draws = weight_draws;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config;

    fn history(points: usize, loss: f64) -> History {
        let mut h = History::new(History::DEFAULT_CAPACITY);
        for i in 0..points {
            h.push(i as f64, loss / (i + 1) as f64, f64::NAN);
        }
        h
    }

    #[test]
    fn a_curve_run_becomes_a_ghost_labelled_by_what_differs() {
        let (slow, _) = config::parse("mode=curve&clr=0.001");
        let (fast, _) = config::parse("mode=curve&clr=0.1");
        let mut runs = Runs::new(&slow);
        // A change before the first step is the run's own.
        runs.live_change(&fast, 0, 0);
        runs.live_change(&slow, 0, 0);
        runs.restart(&history(40, 1.0), &fast, 0);
        assert_eq!(runs.ghosts().len(), 1);
        assert_eq!(runs.ghosts()[0].history.len(), 40);
        let label = runs.labels(&fast, 0)[0].to_string();
        assert!(label.contains("0.001"), "{label}");
        assert_eq!(runs.labels(&slow, 0)[0].to_string(), "same settings");
        assert_eq!(runs.labels(&slow, 0)[0].words(true), "mêmes réglages");
        assert_eq!(runs.labels(&fast, 0)[0].words(true), "clr 0,001");
        // A change after the first step does not rewrite the run's start.
        runs.live_change(&slow, 0, 5);
        runs.restart(&history(10, 1.0), &slow, 0);
        assert!(runs.labels(&slow, 0)[1].to_string().contains("0.1"));
    }

    #[test]
    fn only_the_last_three_runs_with_a_curve_are_kept() {
        let (c, _) = config::parse("mode=image");
        let mut runs = Runs::new(&c);
        runs.restart(&history(1, 1.0), &c, 0);
        assert!(runs.ghosts().is_empty(), "a run without a step is not kept");
        for n in 2..7 {
            runs.restart(&history(n, 1.0), &c, 0);
        }
        let kept: Vec<usize> = runs.ghosts().iter().map(|g| g.history.len()).collect();
        assert_eq!(kept, [4, 5, 6]);
        runs.clear();
        assert!(runs.ghosts().is_empty());
    }
}
