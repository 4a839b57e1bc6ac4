//! The fitting modes' past runs ([`Runs`]) as the loss chart draws them and as `stats` tells
//! the shell: each with its label, what it differed in from the current settings.

use crate::config::Config;
use crate::history::History;
use crate::runs::Runs;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// Each past run's history with its label (in French with `french`), oldest first, for
/// `fit_chart::draw_loss`.
pub fn ghost_lines<'a>(
    runs: &'a Runs,
    current: &Config,
    french: bool,
) -> Vec<(&'a History, String)> {
    let labels = runs.labels(current, 0);
    (runs.ghosts().iter().zip(labels))
        .map(|(g, label)| (&g.history, label.words(french)))
        .collect()
}

/// The past runs' labels (in French with `french`), oldest first, as a JS array of strings.
pub fn ghost_labels(runs: &Runs, current: &Config, french: bool) -> Array {
    (runs.labels(current, 0).iter())
        .map(|l| JsValue::from(l.words(french)))
        .collect()
}
