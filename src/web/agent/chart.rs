//! The agent page's chart, drawn by the shared `line_chart`: the length of every attempt
//! (grey: training attempts, blue: the policy's own tests) against the attempt's number, with
//! the 500-step goal as a green rule drawn over them, and the past runs' tests faded behind.
//! Long runs are averaged in buckets to at most [`MAX_POINTS`] points a curve.

use crate::drawing::style::{ViewStyle, tick_count};
use crate::engine::history::History;
use crate::modes::agent::Attempt;
use crate::modes::agent::policy::MAX_STEPS;
use crate::web::chart::{Grid, Line, LineChart, chart_font, line_chart};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// Most points of one curve.
const MAX_POINTS: usize = 600;
/// The training attempts' colour.
pub const EXPLORE: RGBColor = RGBColor(0x8c, 0x95, 0x9f);
/// The policy's tests' colour.
pub const POLICY: RGBColor = RGBColor(0x09, 0x69, 0xda);
/// The goal's colour.
pub const GOAL: RGBColor = RGBColor(0x1a, 0x7f, 0x37);

/// Redraws the chart of `attempts`, with the past runs `past` (points and label, oldest
/// first) faded behind; the x axis spans them too (nothing on a canvas too small for axes).
pub fn draw(
    canvas: &HtmlCanvasElement,
    attempts: &[(Attempt, u32)],
    past: &[(Vec<(f64, f64)>, &str)],
    style: &ViewStyle,
) -> Result<(), String> {
    let past_end = (past.iter())
        .filter_map(|(points, _)| points.last().map(|p| p.0))
        .fold(0.0, f64::max);
    let x_max = (attempts.len() as f64).max(past_end).max(20.0);
    let font = chart_font(canvas, style);
    let label = |x: &f64| format!("{x:.0}");
    let goal = MAX_STEPS as f64;
    // The goal last, on top: where the policy's tests reach it, the green line is what shows.
    let series = vec![
        Line::new(curve(attempts, Attempt::Explore), EXPLORE),
        Line::new(curve(attempts, Attempt::Policy), POLICY),
        Line::new(vec![(0.0, goal), (x_max, goal)], GOAL),
    ];
    let chart = LineChart {
        x_ticks: tick_count(
            canvas.width().saturating_sub(font * 5),
            font,
            label(&x_max).len(),
        ),
        y_ticks: 6,
        grid: Grid::Rows(RGBColor(0xe6, 0xe8, 0xeb)),
        margin_right: font,
        series,
        past_runs: past,
        line_width: style.line_width(font).max(2),
        ..LineChart::new(font, 0.0..x_max, 0.0..goal * 1.05, &label, &label)
    };
    line_chart(canvas, &chart).map(|_| ())
}

/// (attempt number, steps) of a past run's tests (its history's `train`), bucket means beyond
/// [`MAX_POINTS`].
pub fn past_points(history: &History) -> Vec<(f64, f64)> {
    let points: Vec<(f64, f64)> = (history.samples().iter())
        .map(|s| (s.epoch, s.train))
        .collect();
    buckets(points)
}

/// (attempt number, steps) of `who`'s attempts, bucket means beyond [`MAX_POINTS`].
fn curve(attempts: &[(Attempt, u32)], who: Attempt) -> Vec<(f64, f64)> {
    let points: Vec<(f64, f64)> = (attempts.iter().enumerate())
        .filter(|(_, a)| a.0 == who)
        .map(|(i, a)| ((i + 1) as f64, a.1 as f64))
        .collect();
    buckets(points)
}

/// `points` averaged in buckets to at most [`MAX_POINTS`].
fn buckets(points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let size = points.len().div_ceil(MAX_POINTS).max(1);
    points
        .chunks(size)
        .map(|c| {
            let n = c.len() as f64;
            let x = c.iter().map(|p| p.0).sum::<f64>() / n;
            (x, c.iter().map(|p| p.1).sum::<f64>() / n)
        })
        .collect()
}
