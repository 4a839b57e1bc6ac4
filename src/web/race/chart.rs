//! The race page's chart, drawn with plotters through plotters-canvas: each racer's loss
//! above the surface's lowest value against steps, on a log scale (the racers' losses span
//! many decades), one line per optimiser in its colour.

use crate::drawing::style::{ViewStyle, log_tick, tick_count};
use crate::modes::race::{Race, Racer};
use crate::web::canvas::pixel_ratio;
use crate::web::chart::blank;
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// The log scale's floor: a racer at the minimum is drawn at this gap.
const FLOOR: f64 = 1e-8;
/// The axis stops this many decades above the highest starting gap, so that a diverging
/// racer (whose loss runs to infinity) does not flatten the others' curves.
const HEADROOM_DECADES: f64 = 3.0;

/// Redraws the chart of `race`'s loss curves (nothing on a canvas too small for axes).
pub fn draw(canvas: &HtmlCanvasElement, race: &Race, style: &ViewStyle) -> Result<(), String> {
    let Some(root) = blank(canvas)? else {
        return Ok(());
    };
    let min = race.surface().min_value();
    let curves: Vec<(RGBColor, Vec<(f64, f64)>)> = (race.racers().iter())
        .map(|r| (colour(r), gaps(r, min)))
        .collect();
    let (lo, hi) = log_range(race, &curves, min);
    let x_max = (race.steps() as f64).max(10.0);
    let font = style.chart_font(pixel_ratio(canvas), canvas.width());
    let mut chart = ChartBuilder::on(&root)
        .margin(font / 2)
        .margin_right(font)
        .x_label_area_size(font * 2)
        .y_label_area_size(font * 3)
        .build_cartesian_2d(0.0..x_max, lo..hi)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(0xe6, 0xe8, 0xeb))
        .x_labels(tick_count(
            canvas.width().saturating_sub(font * 5),
            font,
            steps_label(x_max, style).len(),
        ))
        .y_labels(((hi - lo).round() as usize + 1).clamp(2, 6))
        .label_style((FontFamily::SansSerif, font))
        .x_label_formatter(&|x| steps_label(*x, style))
        .y_label_formatter(&|v| log_tick(*v))
        .draw()
        .map_err(|e| e.to_string())?;
    let width = style.line_width(font).max(2);
    for (c, points) in curves {
        let clipped = points.into_iter().map(|(x, y)| (x, y.clamp(lo, hi)));
        chart
            .draw_series(LineSeries::new(clipped, c.stroke_width(width)))
            .map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())
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

/// The racer's colour.
fn colour(r: &Racer) -> RGBColor {
    let [red, green, blue, _] = r.spec().colour;
    RGBColor(red, green, blue)
}

/// (step, log10 of loss − `min`) of the racer's history, finite points only.
fn gaps(r: &Racer, min: f64) -> Vec<(f64, f64)> {
    (r.loss_history().samples().iter())
        .filter(|s| s.train.is_finite())
        .map(|s| (s.epoch, (s.train - min).max(FLOOR).log10()))
        .collect()
}

/// The y axis (log10 units, whole decades): from the lowest point to the highest, but no
/// more than [`HEADROOM_DECADES`] above the starting gap.
fn log_range(race: &Race, curves: &[(RGBColor, Vec<(f64, f64)>)], min: f64) -> (f64, f64) {
    let (sx, sy) = race.start();
    let start = (race.surface().value(sx, sy) - min).max(FLOOR).log10();
    let values = curves.iter().flat_map(|(_, p)| p.iter().map(|q| q.1));
    let (lo, hi) = values.fold((start, start), |(a, b), v| (a.min(v), b.max(v)));
    let hi = hi.min(start + HEADROOM_DECADES).ceil();
    let lo = lo.floor().min(hi - 1.0);
    (lo, hi)
}
