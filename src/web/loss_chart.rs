//! The loss chart of the modes that fit pixels or points (curve, image, inpainting):
//! [`LossChart`], the loss over training on a log scale, an optional second loss (the
//! inpainting's loss inside the hole), and the past runs ([`Runs`]) as that chart draws them
//! and as `stats` tells the shell: each with its label, what it differed in from the current
//! settings.

use crate::config::Config;
use crate::drawing::style::ViewStyle;
use crate::drawing::style::tick_count;
use crate::engine::history::History;
use crate::engine::runs::{Names, Runs};
use crate::web::canvas;
use crate::web::chart::{Line, LineChart, YScale, chart_font, line_chart, series};
use crate::web::throttle::{ChartKey, Throttle};
use js_sys::Array;
use plotters::prelude::RGBColor;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// A fitting mode's loss chart: its canvas and what it last showed. It is redrawn only when
/// its picture would change, and while training runs at most every
/// [`crate::web::throttle::CHART_INTERVAL_MS`].
pub struct LossChart {
    canvas: HtmlCanvasElement,
    drawn: Throttle<ChartKey>,
    /// The colour of the second loss (each sample's `test`), drawn when set.
    pub second: Option<RGBColor>,
}

impl LossChart {
    /// A chart on `canvas`, drawn at the first [`LossChart::draw`].
    pub fn new(canvas: HtmlCanvasElement) -> Self {
        LossChart {
            canvas,
            drawn: Throttle::default(),
            second: None,
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
        draw_loss(&self.canvas, history, &ghosts, style, self.second).map_err(|e| JsError::new(&e))
    }

    /// Draws the chart (as [`LossChart::draw`] does) on another `canvas`, e.g. a saved
    /// picture's.
    pub fn draw_on(
        &self,
        canvas: &HtmlCanvasElement,
        history: &History,
        (runs, config, names): (&Runs, &Config, &Names),
        style: &ViewStyle,
    ) -> Result<(), JsError> {
        let ghosts = ghost_lines(runs, config, names, style.decimal_comma);
        draw_loss(canvas, history, &ghosts, style, self.second).map_err(|e| JsError::new(&e))
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
    draw_loss(canvas, history, &ghosts, style, None).map_err(|e| JsError::new(&e))
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
/// `comma`), oldest first, for [`draw_loss`].
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

/// The log scale's floor: smaller losses are drawn at it.
const LOG_FLOOR: f64 = 1e-9;

/// The loss curve's colour (the classifier's training grey, darker).
pub const LOSS_COLOUR: RGBColor = RGBColor(0x44, 0x44, 0x44);

/// Redraws a loss chart: `history`'s `train` values against its `epoch`s, on a log scale (a
/// fit's loss falls over decades: a linear axis shows it flat after the first steps), and its
/// `test` values in `second`'s colour when given.
pub fn draw_loss(
    canvas: &HtmlCanvasElement,
    history: &History,
    ghosts: &[(&History, String)],
    style: &ViewStyle,
    second: Option<RGBColor>,
) -> Result<(), String> {
    let losses = |h: &History| series(h, |s| s.train);
    let points = losses(history);
    let seconds = second.map(|colour| (series(history, |s| s.test), colour));
    let past: Vec<(Vec<(f64, f64)>, &str)> = (ghosts.iter())
        .map(|(h, label)| (losses(h), label.as_str()))
        .collect();
    // The axes span the past runs too, so that the curves compare.
    let all = || {
        (points.iter())
            .chain(past.iter().flat_map(|(p, _)| p))
            .chain(seconds.iter().flat_map(|(p, _)| p))
    };
    let x_max = all().map(|p| p.0).fold(10.0, f64::max);
    let (lo, hi) = log_range(all().map(|p| p.1));
    let font = chart_font(canvas, style);
    let span = canvas.width().saturating_sub(font * 6);
    let x_label = |x: &f64| format!("{x:.0}");
    let y_label = |y: &f64| style.number(format!("{y}"));
    let chart = LineChart {
        x_ticks: tick_count(span, font, format!("{x_max:.0}").len()).min(4),
        margin_right: font * 2,
        y_label_area: label_width("3×10⁻³".chars().count(), font),
        y_scale: YScale::Log(LOG_FLOOR),
        series: std::iter::once(Line::new(points.clone(), LOSS_COLOUR))
            .chain(seconds.iter().map(|(p, c)| Line::new(p.clone(), *c)))
            .collect(),
        past_runs: &past,
        line_width: style.line_width(font),
        ..LineChart::new(font, 0.0..x_max, lo.log10()..hi.log10(), &x_label, &y_label)
    };
    line_chart(canvas, &chart).map(|_| ())
}

/// The log axis' ends for `values` (the positive, finite ones): a factor of 2 beyond them and
/// at least a decade apart, so that the axis has labels; 10⁻³ … 1 when there is none.
pub fn log_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = (values.filter(|v| v.is_finite() && *v > 0.0))
        .fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if hi <= 0.0 {
        return (1e-3, 1.0);
    }
    let lo = (lo / 2.0).max(LOG_FLOOR);
    (lo, (hi * 2.0).max(lo * 10.0))
}

/// Room for a y axis whose labels have `chars` characters in text of size `font`, with its
/// ticks.
fn label_width(chars: usize, font: u32) -> u32 {
    (chars as u32 * font * 3).div_ceil(5) + font
}
