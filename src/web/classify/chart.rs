//! The classifier's two charts, drawn by the shared [`line_chart`]: the loss (training grey,
//! test black, the last runs' training losses faded and labelled, linear or log scale) and the
//! score (accuracy, or R² for regression), x in epochs, with a hover rule. A picture depends
//! only on what its key hashes (`chart_key.rs`), so it is redrawn only when that changed.

use crate::drawing::style::{ViewStyle, tick_count};
use crate::engine::history::History;
use crate::web::chart::{
    Area, Label, Line, LineChart, Pick, YScale, chart_font, line_chart, series,
};
use plotters::style::RGBColor;
use web_sys::HtmlCanvasElement;

/// Colour of the training curves.
const TRAIN: RGBColor = RGBColor(0x99, 0x99, 0x99);
/// Colour of the training curves on a projector (darker: a projected pale grey washes out).
const TRAIN_PROJECTED: RGBColor = RGBColor(0x70, 0x70, 0x70);
/// Colour of the test curves.
const TEST: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// The log scale's floor: smaller losses are drawn at it.
const LOG_FLOOR: f64 = 1e-6;

/// Which chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Training and test loss, with the past runs.
    Loss,
    /// Accuracy or R².
    Score,
}

/// What is drawn on one chart besides the history.
pub struct Options<'a> {
    /// Loss on a log scale.
    pub log: bool,
    /// The epoch of the hover rule.
    pub hover: Option<f64>,
    /// Past runs: history and label, oldest first.
    pub ghosts: &'a [(&'a History, String)],
    /// The score is R² (regression) rather than accuracy.
    pub regression: bool,
    /// Projector mode and decimal separator.
    pub style: ViewStyle,
}

/// Redraws the whole chart; returns where its plotting area is. Does nothing on a canvas
/// too small to hold axes.
pub fn draw(
    kind: Kind,
    canvas: &HtmlCanvasElement,
    history: &History,
    o: &Options,
) -> Result<Area, String> {
    // Both charts span the past runs too, so that their epochs line up.
    let x_max = (o.ghosts.iter().map(|(g, _)| g).chain([&history]))
        .filter_map(|h| h.last())
        .map(|s| s.epoch)
        .fold(1.0, f64::max);
    let font = chart_font(canvas, &o.style);
    let (train, test): (Pick, Pick) = match kind {
        Kind::Loss => (|s| s.train, |s| s.test),
        Kind::Score => (|s| s.train_score, |s| s.test_score),
    };
    // The log scale plots log10 of the loss on a linear axis (see `YScale::Log`).
    let (y_range, y_scale) = match kind {
        Kind::Loss if o.log => {
            let (lo, hi) = loss_range(history, o);
            let range = lo.max(LOG_FLOOR).log10()..hi.log10();
            (range, YScale::Log(LOG_FLOOR))
        }
        Kind::Loss => (0.0..loss_range(history, o).1, YScale::Linear),
        Kind::Score if o.regression => (score_floor(history)..1.0, YScale::Linear),
        Kind::Score => (0.0..1.0, YScale::Linear),
    };
    let digits = match kind {
        Kind::Loss if y_range.end < 0.05 => 3,
        Kind::Loss => 2,
        Kind::Score => 1,
    };
    let number = |v: &f64| o.style.number(format!("{v:.digits$}"));
    let percent = |v: &f64| format!("{:.0}%", v * 100.0);
    let y_label: Label = match kind {
        Kind::Score if !o.regression => &percent,
        _ => &number,
    };
    let x_label = |x: &f64| format!("{x:.0}");
    let past: Vec<(Vec<(f64, f64)>, &str)> = match kind {
        Kind::Loss => (o.ghosts.iter())
            .map(|(ghost, label)| (series(ghost, train), label.as_str()))
            .collect(),
        Kind::Score => Vec::new(),
    };
    let grey = if o.style.projector {
        TRAIN_PROJECTED
    } else {
        TRAIN
    };
    let span = canvas.width().saturating_sub(font * 6);
    let widest = format!("{x_max:.0}").len();
    let chart = LineChart {
        y_scale,
        x_ticks: tick_count(span, font, widest).min((x_max.floor() as usize + 1).max(2)),
        y_label_area: font * 4,
        series: vec![
            Line::new(series(history, train), grey),
            Line::new(series(history, test), TEST),
        ],
        past_runs: &past,
        line_width: o.style.line_width(font),
        rule: o.hover,
        ..LineChart::new(font, 0.0..x_max, y_range, &x_label, y_label)
    };
    line_chart(canvas, &chart)
}

/// The loss axis: 0 (or the smallest positive loss, for the log scale) to above the largest.
fn loss_range(history: &History, o: &Options) -> (f64, f64) {
    let all = o.ghosts.iter().map(|(g, _)| *g).chain([history]);
    let values: Vec<f64> = all
        .flat_map(|h| h.samples().iter().flat_map(|s| [s.train, s.test]))
        .filter(|v| v.is_finite())
        .collect();
    let hi = values.iter().copied().fold(0.0f64, f64::max);
    let lo = values
        .iter()
        .copied()
        .filter(|v| *v > 0.0)
        .fold(f64::INFINITY, f64::min);
    if values.is_empty() {
        return (LOG_FLOOR, 1.0);
    }
    let lo = if lo.is_finite() { lo / 2.0 } else { LOG_FLOOR };
    if o.log {
        (lo, (hi * 2.0).max(lo * 10.0))
    } else {
        (lo, hi.max(1e-3) * 1.1)
    }
}

/// The R² axis' lower end: 0, or down to the lowest value but not below −1.
fn score_floor(history: &History) -> f64 {
    let low = (history.samples().iter())
        .flat_map(|s| [s.train_score, s.test_score])
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::min);
    low.max(-1.0).floor()
}
