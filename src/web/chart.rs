//! The loss chart, drawn with plotters through plotters-canvas: axes with ticks, the train
//! curve (grey) and the test curve (black), x in epochs. The picture depends only on the
//! history and the canvas size, so it is redrawn only when one of them changed.

use crate::history::History;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Colour of the training-loss curve.
const TRAIN: RGBColor = RGBColor(0x99, 0x99, 0x99);
/// Colour of the test-loss curve.
const TEST: RGBColor = RGBColor(0x22, 0x22, 0x22);

/// Smallest canvas side (device pixels) worth drawing a chart on.
const MIN_SIDE: u32 = 40;

/// What the chart picture depends on: canvas size, sample count and the last sample.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartKey(u32, u32, usize, u64, u64, u64);

impl ChartKey {
    /// The key of the chart `history` would give on `canvas` now.
    pub fn of(canvas: &HtmlCanvasElement, history: &History) -> Self {
        let last = history.last();
        let bits =
            |pick: fn(&crate::history::Sample) -> f64| last.map_or(0, |s| pick(&s).to_bits());
        ChartKey(
            canvas.width(),
            canvas.height(),
            history.len(),
            bits(|s| s.epoch),
            bits(|s| s.train),
            bits(|s| s.test),
        )
    }
}

/// Redraws the whole chart for `history` (x axis from 0 to its last epoch, at least 1).
/// Does nothing on a canvas too small to hold axes.
pub fn draw_loss(canvas: &HtmlCanvasElement, history: &History) -> Result<(), String> {
    if canvas.width() < MIN_SIDE || canvas.height() < MIN_SIDE {
        return Ok(());
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let samples = history.samples();
    let x_max = samples.last().map_or(0.0, |s| s.epoch).max(1.0);
    let y_max = samples
        .iter()
        .flat_map(|s| [s.train, s.test])
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::max);
    // An empty chart gets a 0–1 scale rather than a squashed one around zero.
    let y_max = if samples.is_empty() {
        1.0
    } else {
        y_max.max(1e-3) * 1.1
    };
    // Enough decimals that the tick labels differ on a small loss.
    let digits = if y_max < 0.05 { 3 } else { 2 };
    let h = canvas.height().max(60);
    let font = (h / 11).clamp(10, 28);
    let mut chart = ChartBuilder::on(&root)
        .margin(font / 2)
        .x_label_area_size(font * 2)
        .y_label_area_size(font * 4)
        .build_cartesian_2d(0.0..x_max, 0.0..y_max)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .disable_mesh()
        // Whole epochs only: at most one label per epoch on a short run.
        .x_labels((x_max.floor() as usize + 1).clamp(2, 6))
        .y_labels(4)
        .label_style(("sans-serif", font))
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{y:.digits$}"))
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
