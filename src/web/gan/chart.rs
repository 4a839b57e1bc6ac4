//! The GAN page's two charts, drawn by the shared `line_chart`: the D and G losses
//! over training units, and the distances (JS on the left axis, KL on the right: their scales
//! differ tenfold). Each is redrawn only when its history or canvas size changed.

use crate::drawing::style::{ViewStyle, tick_count};
use crate::engine::history::History;
use crate::web::chart::{Line, LineChart, RightAxis, chart_font, line_chart, series};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// A curve's (x, value) points.
type Points = Vec<(f64, f64)>;

/// D's loss curve.
pub const D_COLOUR: RGBColor = RGBColor(0x33, 0x33, 0x33);
/// G's loss curve (the generated samples' purple).
pub const G_COLOUR: RGBColor = RGBColor(0x75, 0x3b, 0xbd);
/// The JS curve.
pub const JS_COLOUR: RGBColor = RGBColor(0x21, 0x66, 0xac);
/// The KL curve.
pub const KL_COLOUR: RGBColor = RGBColor(0xd9, 0x5f, 0x0e);

/// The finite `train` and `test` values of `history` as (x, value), and the x axis' end.
fn curves(history: &History) -> (Points, Points, f64) {
    let x_max = history.last().map_or(0.0, |s| s.epoch).max(10.0);
    (
        series(history, |s| s.train),
        series(history, |s| s.test),
        x_max,
    )
}

/// The range of `values` padded by a tenth (0–1 when there are none).
fn range(values: impl Iterator<Item = f64>, floor_at_zero: bool) -> (f64, f64) {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    if lo > hi {
        return (0.0, 1.0);
    }
    let lo = if floor_at_zero { lo.min(0.0) } else { lo };
    let pad = ((hi - lo) * 0.1).max(1e-3);
    (if lo == 0.0 { 0.0 } else { lo - pad }, hi + pad)
}

/// Redraws the loss chart: D's loss (dark grey) and G's (purple) against training units.
pub fn draw_losses(
    canvas: &HtmlCanvasElement,
    history: &History,
    style: &ViewStyle,
) -> Result<(), String> {
    let (d, g, x_max) = curves(history);
    let (y_lo, y_hi) = range(d.iter().chain(&g).map(|p| p.1), true);
    let font = chart_font(canvas, style);
    let y_label = |y: &f64| style.number(format!("{y:.1}"));
    let chart = LineChart {
        x_ticks: x_ticks(canvas, font, x_max),
        series: vec![Line::new(d, D_COLOUR), Line::new(g, G_COLOUR)],
        line_width: style.line_width(font),
        ..LineChart::new(font, 0.0..x_max, y_lo..y_hi, &X_LABEL, &y_label)
    };
    line_chart(canvas, &chart).map(|_| ())
}

/// Redraws the distance chart: JS (blue, left axis, 0 to ln 2) and KL (orange, right axis).
pub fn draw_distances(
    canvas: &HtmlCanvasElement,
    history: &History,
    style: &ViewStyle,
) -> Result<(), String> {
    let (kl, js, x_max) = curves(history);
    let kl_max = kl.iter().map(|p| p.1).fold(0.1f64, f64::max) * 1.1;
    let font = chart_font(canvas, style);
    let js_label = |y: &f64| style.number(format!("{y:.2}"));
    let kl_label = |y: &f64| style.number(format!("{y:.1}"));
    let kl = Line {
        right: true,
        ..Line::new(kl, KL_COLOUR)
    };
    let chart = LineChart {
        right: Some(RightAxis {
            range: 0.0..kl_max,
            label: &kl_label,
            colour: KL_COLOUR,
        }),
        x_ticks: x_ticks(canvas, font, x_max),
        label_colour: JS_COLOUR,
        margin_right: font / 2,
        series: vec![kl, Line::new(js, JS_COLOUR)],
        line_width: style.line_width(font),
        ..LineChart::new(font, 0.0..x_max, 0.0..0.75, &X_LABEL, &js_label)
    };
    line_chart(canvas, &chart).map(|_| ())
}

/// An x label: a whole number of training units.
const X_LABEL: fn(&f64) -> String = |x| format!("{x:.0}");

/// How many iteration labels fit along the x axis of `canvas` (the y labels take three fonts).
fn x_ticks(canvas: &HtmlCanvasElement, font: u32, x_max: f64) -> usize {
    let span = canvas.width().saturating_sub(font * 5);
    tick_count(span, font, format!("{x_max:.0}").len()).min(4)
}
