//! Run comparison, for every mode: when training restarts (reset, new weights, or a change
//! that rebuilds the network), the run that ends is kept as a "ghost" (the last
//! [`MAX_GHOSTS`]) with the settings it started with, and labelled by the settings that
//! differ from the current ones, as the config key table names them.

use crate::config::{Config, differences};
use crate::engine::history::History;
use core::fmt;
use std::collections::BTreeMap;

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

/// The words a past run's label is made of, as the page shows its controls: each setting's
/// name ("learning rate"), the names of some values ("ReLU"), "same settings", "other weights"
/// and the separator between differences. The shell hands them over from the strings its
/// controls use ([`Names::from_entries`]); by default the keys and values as the link writes
/// them, in English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    entries: BTreeMap<(String, String), String>,
}

impl Names {
    /// Names from `entries`, triples flattened: (key, "", name of the setting), (key, value,
    /// name of the value), and ("", "same" | "other" | "separator", text). A missing name falls
    /// back to the key or value itself.
    pub fn from_entries(entries: &[String]) -> Self {
        let entries = (entries.chunks_exact(3))
            .map(|t| ((t[0].clone(), t[1].clone()), t[2].clone()))
            .collect();
        Names { entries }
    }

    fn get(&self, key: &str, value: &str) -> Option<&str> {
        (self.entries.get(&(key.to_string(), value.to_string()))).map(String::as_str)
    }

    /// How the page shows setting `key` set to `value` (`comma`: with decimal commas).
    fn value(&self, key: &str, value: &str, comma: bool) -> String {
        match self.get(key, value) {
            Some(name) => name.to_string(),
            None if comma => value.replace(',', ", ").replace('.', ","),
            None => value.to_string(),
        }
    }

    fn word(&self, which: &str, english: &'static str) -> String {
        self.get("", which).unwrap_or(english).to_string()
    }
}

impl GhostLabel {
    /// Short text for the chart legend, in the words of `names` (`comma`: decimal commas and
    /// spaced lists, for French): "learning rate 0.3", "hidden layers 4,2, optimiser Adam",
    /// "points", "other weights", or "same settings" when nothing differs.
    pub fn words(&self, names: &Names, comma: bool) -> String {
        let mut parts: Vec<String> = (self.differences.iter())
            .map(|(k, v)| {
                let key = names.get(k, "").unwrap_or(k);
                if v.is_empty() {
                    key.to_string()
                } else {
                    format!("{key} {}", names.value(k, v, comma))
                }
            })
            .collect();
        if self.other_weights {
            parts.push(names.word("other", "other weights"));
        }
        if parts.is_empty() {
            return names.word("same", "same settings");
        }
        parts.join(&names.word("separator", ", "))
    }
}

impl fmt::Display for GhostLabel {
    /// The [`GhostLabel::words`] of the default names.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(&Names::default(), false))
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
    /// its starting point (replacing a past run of the same settings and weights, which it
    /// repeats), and the next run starts with `next` and `weight_draws`.
    pub fn restart(&mut self, ended: &History, next: &Config, weight_draws: u64) {
        if ended.len() >= 2 {
            let (start, draws) = (&self.start, self.start_draws);
            (self.ghosts).retain(|g| !(g.config == *start && g.weight_draws == draws));
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
        let entries = "clr||taux d’apprentissage||same|mêmes réglages".split('|');
        let french = Names::from_entries(&entries.map(String::from).collect::<Vec<_>>());
        assert_eq!(
            runs.labels(&slow, 0)[0].words(&french, true),
            "mêmes réglages"
        );
        assert_eq!(
            runs.labels(&fast, 0)[0].words(&french, true),
            "taux d’apprentissage 0,001"
        );
        // A change after the first step does not rewrite the run's start.
        runs.live_change(&slow, 0, 5);
        runs.restart(&history(10, 1.0), &slow, 0);
        assert!(runs.labels(&slow, 0)[1].to_string().contains("0.1"));
    }

    #[test]
    fn only_the_last_three_runs_with_a_curve_are_kept_one_per_settings() {
        let (c, _) = config::parse("mode=image");
        let mut runs = Runs::new(&c);
        runs.restart(&history(1, 1.0), &c, 0);
        assert!(runs.ghosts().is_empty(), "a run without a step is not kept");
        for n in 2..7 {
            runs.restart(&history(n, 1.0), &c, 0);
        }
        let kept: Vec<usize> = runs.ghosts().iter().map(|g| g.history.len()).collect();
        assert_eq!(
            kept,
            [6],
            "each run of the same settings replaces the one before"
        );
        for n in 2..7 {
            let (other, _) = config::parse(&format!("mode=image&ilr=0.00{n}"));
            runs.restart(&history(n, 1.0), &other, 0);
        }
        let kept: Vec<usize> = runs.ghosts().iter().map(|g| g.history.len()).collect();
        assert_eq!(kept, [4, 5, 6]);
        runs.clear();
        assert!(runs.ghosts().is_empty());
    }

    #[test]
    fn a_label_names_the_controls_and_values_as_the_page_shows_them() {
        let (old, _) = config::parse("lr=0.01&act=relu&hidden=4,2");
        let (new, _) = config::parse("lr=0.03&act=tanh&hidden=4,2");
        let mut runs = Runs::new(&old);
        runs.restart(&history(2, 1.0), &new, 0);
        let label = &runs.labels(&new, 0)[0];
        let names =
            |e: &str| Names::from_entries(&e.split('|').map(String::from).collect::<Vec<_>>());
        let en = names("lr||learning rate|act||activation|act|relu|ReLU");
        let fr =
            names("lr||taux d’apprentissage|act||activation|act|relu|ReLU||separator|\u{a0}; ");
        assert_eq!(
            label.words(&en, false),
            "activation ReLU, learning rate 0.01"
        );
        assert_eq!(
            label.words(&fr, true),
            "activation ReLU\u{a0}; taux d’apprentissage 0,01"
        );
        assert_eq!(
            label.to_string(),
            "act relu, lr 0.01",
            "without names: the keys"
        );
    }
}
