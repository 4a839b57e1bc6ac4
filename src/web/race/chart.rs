//! The race page's chart, drawn by the shared `line_chart`: each racer's loss
//! above the surface's lowest value against steps, on a log scale (the racers' losses span
//! many decades), one line per optimiser in its colour.

use crate::drawing::palettes::Scheme;
use crate::drawing::style::{ViewStyle, tick_count};
use crate::modes::race::racer_colour;
use crate::modes::race::{Race, Racer};
use crate::web::chart::{Grid, Line, LineChart, YScale, chart_font, line_chart};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// The log scale's floor: a racer at the minimum is drawn at this gap.
const FLOOR: f64 = 1e-8;
/// The axis stops this many decades above the highest starting gap, so that a diverging
/// racer (whose loss runs to infinity) does not flatten the others' curves.
const HEADROOM_DECADES: f64 = 3.0;

/// Redraws the chart of `race`'s loss curves (nothing on a canvas too small for axes).
pub fn draw(canvas: &HtmlCanvasElement, race: &Race, style: &ViewStyle) -> Result<(), String> {
    let min = race.surface().min_value();
    let series: Vec<Line> = (race.racers().iter())
        .map(|r| Line::new(gaps(r, min), colour(r, style.scheme)))
        .collect();
    let (lo, hi) = log_range(race, &series, min);
    let x_max = (race.steps() as f64).max(10.0);
    let font = chart_font(canvas, style);
    let x_label = |x: &f64| steps_label(*x, style);
    let chart = LineChart {
        y_scale: YScale::Log(FLOOR),
        x_ticks: tick_count(
            canvas.width().saturating_sub(font * 5),
            font,
            steps_label(x_max, style).len(),
        ),
        y_ticks: ((hi - lo).round() as usize + 1).clamp(2, 6),
        grid: Grid::Rows(RGBColor(0xe6, 0xe8, 0xeb)),
        margin_right: font,
        series,
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

/// The racer's colour in `scheme`.
fn colour(r: &Racer, scheme: Scheme) -> RGBColor {
    let [red, green, blue, _] = racer_colour(r.spec().colour, scheme);
    RGBColor(red, green, blue)
}

/// (step, loss − `min`) of the racer's history, finite points only.
fn gaps(r: &Racer, min: f64) -> Vec<(f64, f64)> {
    (r.loss_history().samples().iter())
        .filter(|s| s.train.is_finite())
        .map(|s| (s.epoch, s.train - min))
        .collect()
}

/// The y axis (log10 units, whole decades): from the lowest point to the highest, but no
/// more than [`HEADROOM_DECADES`] above the starting gap.
fn log_range(race: &Race, curves: &[Line], min: f64) -> (f64, f64) {
    let (sx, sy) = race.start();
    let start = (race.surface().value(sx, sy) - min).max(FLOOR).log10();
    let values = (curves.iter()).flat_map(|c| c.points.iter().map(|q| q.1.max(FLOOR).log10()));
    let (lo, hi) = values.fold((start, start), |(a, b), v| (a.min(v), b.max(v)));
    let hi = hi.min(start + HEADROOM_DECADES).ceil();
    let lo = lo.floor().min(hi - 1.0);
    (lo, hi)
}
