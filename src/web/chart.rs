//! The loss chart, drawn with plotters through plotters-canvas: axes with ticks, the train
//! curve (grey) and the test curve (black), x in epochs.

use crate::history::History;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Colour of the training-loss curve.
const TRAIN: RGBColor = RGBColor(0x99, 0x99, 0x99);
/// Colour of the test-loss curve.
const TEST: RGBColor = RGBColor(0x22, 0x22, 0x22);

/// Redraws the whole chart for `history` (x axis up to at least `epoch`).
pub fn draw_loss(canvas: &HtmlCanvasElement, history: &History, epoch: f64) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let samples = history.samples();
    let x_max = epoch.max(samples.last().map_or(0.0, |s| s.epoch)).max(1.0);
    let y_max = samples
        .iter()
        .flat_map(|s| [s.train, s.test])
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::max)
        .max(1e-3)
        * 1.1;
    let h = canvas.height().max(60);
    let font = (h / 11).clamp(10, 28);
    let mut chart = ChartBuilder::on(&root)
        .margin(font / 2)
        .x_label_area_size(font * 2)
        .y_label_area_size(font * 3)
        .build_cartesian_2d(0.0..x_max, 0.0..y_max)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(5)
        .y_labels(4)
        .label_style(("sans-serif", font))
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{y:.2}"))
        .draw()
        .map_err(|e| e.to_string())?;
    let width = (font / 6).max(1);
    let series = |pick: fn(&crate::history::Sample) -> f64| {
        samples
            .iter()
            .map(move |s| (s.epoch, pick(s)))
            .filter(|(_, v)| v.is_finite())
    };
    chart
        .draw_series(LineSeries::new(
            series(|s| s.train),
            TRAIN.stroke_width(width),
        ))
        .map_err(|e| e.to_string())?;
    chart
        .draw_series(LineSeries::new(
            series(|s| s.test),
            TEST.stroke_width(width),
        ))
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
