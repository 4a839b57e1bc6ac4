//! The fitting modes' past runs ([`Runs`]) as the loss chart draws them and as `stats` tells
//! the shell: each with its label, what it differed in from the current settings.

use crate::config::Config;
use crate::history::History;
use crate::runs::Runs;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// Each past run's history with its label, oldest first, for `fit_chart::draw_loss`.
pub fn ghost_lines<'a>(runs: &'a Runs, current: &Config) -> Vec<(&'a History, String)> {
    let labels = runs.labels(current, 0);
    (runs.ghosts().iter().zip(labels))
        .map(|(g, label)| (&g.history, label.to_string()))
        .collect()
}

/// The past runs' labels, oldest first, as a JS array of strings.
pub fn ghost_labels(runs: &Runs, current: &Config) -> Array {
    (runs.labels(current, 0).iter())
        .map(|l| JsValue::from(l.to_string()))
        .collect()
}
