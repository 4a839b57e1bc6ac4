//! The sound page's chart, drawn by the shared `line_chart`: the spectrogram error (dB²) of
//! each complete network sound against steps, on a log scale.

use crate::drawing::style::{ViewStyle, tick_count};
use crate::engine::history::History;
use crate::web::chart::{Grid, Line, LineChart, YScale, chart_font, line_chart, series};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// The curve's colour.
const ERROR_COLOUR: RGBColor = RGBColor(0x44, 0x44, 0x44);
/// The log scale's floor (dB²): a perfect sound is drawn here.
const FLOOR: f64 = 1e-3;

/// Redraws the chart of `errors`, with the past runs `past` (each with its label) faded
/// behind (nothing on a canvas too small for axes). The axes span the past runs too.
pub fn draw(
    canvas: &HtmlCanvasElement,
    errors: &History,
    past: &[(&History, String)],
    style: &ViewStyle,
) -> Result<(), String> {
    let points = series(errors, |s| s.train);
    let past: Vec<(Vec<(f64, f64)>, &str)> = (past.iter())
        .map(|(h, label)| (series(h, |s| s.train), label.as_str()))
        .collect();
    let all = || points.iter().chain(past.iter().flat_map(|(p, _)| p));
    let x_max = all().map(|p| p.0).fold(10.0, f64::max);
    let logs = all().map(|p| p.1.max(FLOOR).log10());
    let (lo, hi) = logs.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    let (lo, hi) = if lo <= hi {
        (lo.floor(), hi.ceil().max(lo.floor() + 1.0))
    } else {
        (0.0, 3.0)
    };
    let font = chart_font(canvas, style);
    let label = |x: &f64| format!("{x:.0}");
    let chart = LineChart {
        y_scale: YScale::Log(FLOOR),
        x_ticks: tick_count(
            canvas.width().saturating_sub(font * 6),
            font,
            format!("{x_max:.0}").len(),
        )
        .min(4),
        y_ticks: ((hi - lo) as usize + 1).clamp(2, 5),
        grid: Grid::Rows(RGBColor(0xe6, 0xe8, 0xeb)),
        margin_right: font * 2,
        series: vec![Line::new(points, ERROR_COLOUR)],
        past_runs: &past,
        line_width: style.line_width(font).max(2),
        ..LineChart::new(font, 0.0..x_max, lo..hi, &label, &label)
    };
    line_chart(canvas, &chart).map(|_| ())
}
