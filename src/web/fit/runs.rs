//! The fitting modes' loss chart ([`LossChart`]) and their past runs ([`Runs`]) as that chart
//! draws them and as `stats` tells the shell: each with its label, what it differed in from
//! the current settings.

use super::chart;
use crate::config::Config;
use crate::drawing::style::ViewStyle;
use crate::engine::history::History;
use crate::engine::runs::{Names, Runs};
use crate::web::canvas;
use crate::web::throttle::{ChartKey, Throttle};
use js_sys::Array;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// A fitting mode's loss chart: its canvas and what it last showed. It is redrawn only when
/// its picture would change, and while training runs at most every
/// [`crate::web::throttle::CHART_INTERVAL_MS`].
pub struct LossChart {
    canvas: HtmlCanvasElement,
    drawn: Throttle<ChartKey>,
}

impl LossChart {
    /// A chart on `canvas`, drawn at the first [`LossChart::draw`].
    pub fn new(canvas: HtmlCanvasElement) -> Self {
        LossChart {
            canvas,
            drawn: Throttle::default(),
        }
    }

    /// Draws again at the next [`LossChart::draw`] (new labels, a new style).
    pub fn invalidate(&mut self) {
        self.drawn.forget();
    }

    /// Draws `history` with `runs` labelled against `config` in the words of `names`, if due:
    /// at once when `settled` (training paused), else at most every
    /// [`crate::web::throttle::CHART_INTERVAL_MS`].
    pub fn draw(
        &mut self,
        settled: bool,
        history: &History,
        (runs, config, names): (&Runs, &Config, &Names),
        style: &ViewStyle,
    ) -> Result<(), JsError> {
        let key = ChartKey::of(&self.canvas, history);
        if !self.drawn.due(canvas::now(), key, settled) {
            return Ok(());
        }
        let ghosts = ghost_lines(runs, config, names, style.decimal_comma);
        chart::draw_loss(&self.canvas, history, &ghosts, style).map_err(|e| JsError::new(&e))
    }
}

/// Draws the loss chart of `history` with `runs` (as [`LossChart::draw`] does) on another
/// `canvas`, e.g. a saved picture's.
fn draw_loss_on(
    canvas: &HtmlCanvasElement,
    history: &History,
    (runs, config, names): (&Runs, &Config, &Names),
    style: &ViewStyle,
) -> Result<(), JsError> {
    let ghosts = ghost_lines(runs, config, names, style.decimal_comma);
    chart::draw_loss(canvas, history, &ghosts, style).map_err(|e| JsError::new(&e))
}

/// Chart `index` of a fitting mode drawn again on `canvas` (a saved picture's): the loss chart
/// is its only one (index 0); false for another index.
pub fn draw_chart_copy(
    index: usize,
    canvas: &HtmlCanvasElement,
    history: &History,
    runs: (&Runs, &Config, &Names),
    style: &ViewStyle,
) -> Result<bool, JsError> {
    if index != 0 {
        return Ok(false);
    }
    draw_loss_on(canvas, history, runs, style)?;
    Ok(true)
}

/// Each past run's history with its label (in the words of `names`, with decimal commas when
/// `comma`), oldest first, for `chart::draw_loss`.
fn ghost_lines<'a>(
    runs: &'a Runs,
    current: &Config,
    names: &Names,
    comma: bool,
) -> Vec<(&'a History, String)> {
    let labels = runs.labels(current, 0);
    (runs.ghosts().iter().zip(labels))
        .map(|(g, label)| (&g.history, label.words(names, comma)))
        .collect()
}

/// The past runs' labels (as `ghost_lines` words them), oldest first, as a JS array.
pub fn ghost_labels(runs: &Runs, current: &Config, names: &Names, comma: bool) -> Array {
    (runs.labels(current, 0).iter())
        .map(|l| JsValue::from(l.words(names, comma)))
        .collect()
}
