//! The GAN page's two charts, drawn with plotters through plotters-canvas: the D and G losses
//! over training units, and the distances (JS on the left axis, KL on the right: their scales
//! differ tenfold). Each is redrawn only when its history or canvas size changed.

use crate::drawing::style::{ViewStyle, tick_count};
use crate::engine::history::{History, Sample};
use crate::web::canvas::pixel_ratio;
use crate::web::chart::blank;
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// D's loss curve.
pub const D_COLOUR: RGBColor = RGBColor(0x33, 0x33, 0x33);
/// G's loss curve (the generated samples' purple).
pub const G_COLOUR: RGBColor = RGBColor(0x75, 0x3b, 0xbd);
/// The JS curve.
pub const JS_COLOUR: RGBColor = RGBColor(0x21, 0x66, 0xac);
/// The KL curve.
pub const KL_COLOUR: RGBColor = RGBColor(0xd9, 0x5f, 0x0e);

/// The finite values of the series picked from `samples`, as (x, value).
fn series(samples: &[Sample], pick: fn(&Sample) -> f64) -> Vec<(f64, f64)> {
    samples
        .iter()
        .map(|s| (s.epoch, pick(s)))
        .filter(|(_, v)| v.is_finite())
        .collect()
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
    let Some(root) = blank(canvas)? else {
        return Ok(());
    };
    let samples = history.samples();
    let (d, g) = (series(samples, |s| s.train), series(samples, |s| s.test));
    let x_max = samples.last().map_or(0.0, |s| s.epoch).max(10.0);
    let (y_lo, y_hi) = range(d.iter().chain(&g).map(|p| p.1), true);
    let font = style.chart_font(pixel_ratio(canvas), canvas.width());
    let mut chart = ChartBuilder::on(&root)
        .margin(font / 2)
        // Room for the last iteration label, centred on the axis's end.
        .margin_right(font * 3 / 2)
        .x_label_area_size(font * 2)
        .y_label_area_size(font * 3)
        .build_cartesian_2d(0.0..x_max, y_lo..y_hi)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(x_ticks(canvas, font, x_max))
        .y_labels(4)
        .label_style((FontFamily::SansSerif, font))
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| style.number(format!("{y:.1}")))
        .draw()
        .map_err(|e| e.to_string())?;
    let width = style.line_width(font);
    for (points, colour) in [(d, D_COLOUR), (g, G_COLOUR)] {
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(width)))
            .map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())
}

/// Redraws the distance chart: JS (blue, left axis, 0 to ln 2) and KL (orange, right axis).
pub fn draw_distances(
    canvas: &HtmlCanvasElement,
    history: &History,
    style: &ViewStyle,
) -> Result<(), String> {
    let Some(root) = blank(canvas)? else {
        return Ok(());
    };
    let samples = history.samples();
    let (kl, js) = (series(samples, |s| s.train), series(samples, |s| s.test));
    let x_max = samples.last().map_or(0.0, |s| s.epoch).max(10.0);
    let kl_max = kl.iter().map(|p| p.1).fold(0.1f64, f64::max) * 1.1;
    let font = style.chart_font(pixel_ratio(canvas), canvas.width());
    let mut chart = ChartBuilder::on(&root)
        .margin(font / 2)
        .x_label_area_size(font * 2)
        .y_label_area_size(font * 3)
        .right_y_label_area_size(font * 3)
        .build_cartesian_2d(0.0..x_max, 0.0..0.75f64)
        .map_err(|e| e.to_string())?
        .set_secondary_coord(0.0..x_max, 0.0..kl_max);
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(x_ticks(canvas, font, x_max))
        .y_labels(4)
        .label_style((FontFamily::SansSerif, font).into_font().color(&JS_COLOUR))
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| style.number(format!("{y:.2}")))
        .draw()
        .map_err(|e| e.to_string())?;
    chart
        .configure_secondary_axes()
        .y_labels(4)
        .label_style((FontFamily::SansSerif, font).into_font().color(&KL_COLOUR))
        .y_label_formatter(&|y| style.number(format!("{y:.1}")))
        .draw()
        .map_err(|e| e.to_string())?;
    let width = style.line_width(font);
    chart
        .draw_secondary_series(LineSeries::new(kl, KL_COLOUR.stroke_width(width)))
        .map_err(|e| e.to_string())?;
    chart
        .draw_series(LineSeries::new(js, JS_COLOUR.stroke_width(width)))
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

/// How many iteration labels fit along the x axis of `canvas` (the y labels take three fonts).
fn x_ticks(canvas: &HtmlCanvasElement, font: u32, x_max: f64) -> usize {
    let span = canvas.width().saturating_sub(font * 5);
    tick_count(span, font, format!("{x_max:.0}").len()).min(4)
}
