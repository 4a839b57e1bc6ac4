//! The learned simulator's two charts, drawn by the shared `line_chart`: the error along the
//! rollout (network and linear extrapolation, log scale, a rule at the step shown) and the
//! training loss (log scale).

use crate::drawing::style::{ViewStyle, tick_count};
use crate::engine::history::History;
use crate::modes::physics::{NETWORK, Rollout};
use crate::web::chart::{Grid, Line, LineChart, YScale, chart_font, line_chart, series};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// The linear extrapolation's colour.
const BASELINE: RGBColor = RGBColor(0x6e, 0x77, 0x81);
/// The loss curve's colour.
const LOSS: RGBColor = RGBColor(0x44, 0x44, 0x44);
const GRID: RGBColor = RGBColor(0xe6, 0xe8, 0xeb);
/// Errors are drawn from this floor up (a network at the start has no error).
const ERROR_FLOOR: f64 = 1e-4;
/// Losses are drawn from this floor up.
const LOSS_FLOOR: f64 = 1e-7;

fn rgb(c: [u8; 4]) -> RGBColor {
    RGBColor(c[0], c[1], c[2])
}

/// Whole decades around the finite values of `points` above `floor`, at least one.
fn decades(points: impl Iterator<Item = f64>, floor: f64) -> (f64, f64) {
    let logs = points
        .filter(|v| v.is_finite())
        .map(|v| v.max(floor).log10());
    let (lo, hi) = logs.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    if !lo.is_finite() {
        return (floor.log10(), 0.0);
    }
    let hi = hi.ceil().max(lo.floor() + 1.0);
    (lo.floor(), hi)
}

/// Redraws the error chart of `rollout` with a rule at step `shown`.
pub fn draw_errors(
    canvas: &HtmlCanvasElement,
    rollout: &Rollout,
    shown: usize,
    style: &ViewStyle,
) -> Result<(), String> {
    let at = |errors: &[f64]| -> Vec<(f64, f64)> {
        (errors.iter().enumerate())
            .skip(1)
            .map(|(k, &e)| (k as f64, e.min(1e3)))
            .collect()
    };
    let network = at(&rollout.network_error);
    let baseline = at(&rollout.baseline_error);
    let values = network.iter().chain(&baseline).map(|p| p.1);
    let (lo, hi) = decades(values, ERROR_FLOOR);
    let x_max = (rollout.truth.len().saturating_sub(1) as f64).max(1.0);
    let font = chart_font(canvas, style);
    let label = |x: &f64| format!("{x:.0}");
    let chart = LineChart {
        y_scale: YScale::Log(ERROR_FLOOR),
        x_ticks: tick_count(canvas.width().saturating_sub(font * 5), font, 4),
        y_ticks: ((hi - lo).round() as usize + 1).clamp(2, 6),
        grid: Grid::Rows(GRID),
        series: vec![
            Line::new(baseline, BASELINE),
            Line::new(network, rgb(NETWORK)),
        ],
        line_width: style.line_width(font).max(2),
        rule: Some(shown as f64),
        ..LineChart::new(font, 0.0..x_max, lo..hi, &label, &label)
    };
    line_chart(canvas, &chart).map(|_| ())
}

/// Redraws the training loss chart of `history`, with the past runs `ghosts` (history, label)
/// faded behind it, oldest first; the axes span them too, so that the curves compare.
pub fn draw_loss(
    canvas: &HtmlCanvasElement,
    history: &History,
    ghosts: &[(&History, String)],
    style: &ViewStyle,
) -> Result<(), String> {
    let points = series(history, |s| s.train);
    let past: Vec<(Vec<(f64, f64)>, &str)> = (ghosts.iter())
        .map(|(h, label)| (series(h, |s| s.train), label.as_str()))
        .collect();
    let all = || points.iter().chain(past.iter().flat_map(|(p, _)| p));
    let (lo, hi) = decades(all().map(|p| p.1), LOSS_FLOOR);
    let x_max = all().map(|p| p.0).fold(10.0, f64::max);
    let font = chart_font(canvas, style);
    let x_label = |x: &f64| steps_label(*x, style);
    let chart = LineChart {
        y_scale: YScale::Log(LOSS_FLOOR),
        x_ticks: tick_count(canvas.width().saturating_sub(font * 5), font, 4),
        y_ticks: ((hi - lo).round() as usize + 1).clamp(2, 6),
        grid: Grid::Rows(GRID),
        series: vec![Line::new(points, LOSS)],
        past_runs: &past,
        line_width: style.line_width(font).max(2),
        ..LineChart::new(font, 0.0..x_max, lo..hi, &x_label, &x_label)
    };
    line_chart(canvas, &chart).map(|_| ())
}

/// A step count in at most about four characters: 950, 12k, 3.5M.
fn steps_label(x: f64, style: &ViewStyle) -> String {
    if x >= 1e6 {
        style.number(format!("{:.1}M", x / 1e6))
    } else if x >= 1e4 {
        format!("{:.0}k", x / 1e3)
    } else {
        format!("{x:.0}")
    }
}
