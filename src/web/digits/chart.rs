//! The digits page's chart, drawn by the shared `line_chart`: the training and test losses on
//! the left axis and the test accuracy (in percent) on the right one, against steps, with the
//! past runs' test losses and accuracies faded behind.

use crate::drawing::style::{ViewStyle, tick_count};
use crate::engine::history::History;
use crate::web::chart::{Grid, Line, LineChart, RightAxis, chart_font, line_chart};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// Colour of the training loss.
pub const TRAIN_COLOUR: RGBColor = RGBColor(0x8c, 0x95, 0x9f);
/// Colour of the test loss.
pub const TEST_COLOUR: RGBColor = RGBColor(0x1f, 0x23, 0x28);
/// Colour of the test accuracy (and its axis).
pub const ACCURACY_COLOUR: RGBColor = RGBColor(0x08, 0x77, 0xbd);

/// Redraws the chart of `history`, with the test losses of the past runs `past` (points and
/// label) and their test accuracies `past_accuracy` (in the same order) faded behind (nothing
/// on a canvas too small for axes).
pub fn draw(
    canvas: &HtmlCanvasElement,
    history: &History,
    past: &[(Vec<(f64, f64)>, &str)],
    past_accuracy: &[Vec<(f64, f64)>],
    style: &ViewStyle,
) -> Result<(), String> {
    let samples = history.samples();
    let pick = |f: fn(&crate::engine::history::Sample) -> f64| -> Vec<(f64, f64)> {
        (samples.iter())
            .map(|s| (s.epoch, f(s)))
            .filter(|p| p.1.is_finite())
            .collect()
    };
    let train = pick(|s| s.train);
    let test = pick(|s| s.test);
    let accuracy = pick(|s| s.test_score);
    let ends = past
        .iter()
        .filter_map(|(points, _)| points.last().map(|p| p.0));
    let x_max = ends
        .fold(samples.last().map_or(0.0, |s| s.epoch), f64::max)
        .max(100.0);
    let past_points = past.iter().flat_map(|(points, _)| points.iter());
    let top = (train.iter().chain(&test).chain(past_points))
        .map(|p| p.1)
        .fold(0.5f64, f64::max)
        .min(3.0);
    let y_max = (top * 10.0).ceil() / 10.0;
    let font = chart_font(canvas, style);
    let x_label = |x: &f64| format!("{x:.0}");
    let y_label = |y: &f64| style.number(format!("{y:.1}"));
    let percent = |y: &f64| format!("{:.0} %", y * 100.0);
    let chart = LineChart {
        right: Some(RightAxis {
            range: 0.0..1.0,
            label: &percent,
            colour: ACCURACY_COLOUR,
        }),
        x_ticks: tick_count(canvas.width().saturating_sub(font * 8), font, 5),
        grid: Grid::Rows(RGBColor(0xe6, 0xe8, 0xeb)),
        margin_right: font / 2,
        series: vec![
            Line::new(train, TRAIN_COLOUR),
            Line::new(test, TEST_COLOUR),
            Line {
                right: true,
                ..Line::new(accuracy, ACCURACY_COLOUR)
            },
        ],
        past_runs: past,
        past_right: past_accuracy,
        line_width: style.line_width(font).max(2),
        ..LineChart::new(font, 0.0..x_max, 0.0..y_max, &x_label, &y_label)
    };
    line_chart(canvas, &chart).map(|_| ())
}
