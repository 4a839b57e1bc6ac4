//! The one line chart every mode draws its charts with ([`line_chart`]), with plotters through
//! plotters-canvas: axes with the shared tick-count, decimal-comma and powers-of-ten rules, a
//! linear or log y axis (and an optional right one), curves, faded and labelled past runs and
//! a hover rule.

use super::canvas::pixel_ratio;
use crate::drawing::labels;
use crate::drawing::style::{ViewStyle, log_tick};
use crate::engine::history::{History, Sample};
use core::ops::Range;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Colours of past runs, oldest first (drawn faded).
const GHOSTS: [RGBColor; 3] = [
    RGBColor(0x8e, 0x44, 0xad),
    RGBColor(0x16, 0xa0, 0x85),
    RGBColor(0xc0, 0x39, 0x2b),
];
/// Opacity of a past run's curve.
const GHOST_ALPHA: f64 = 0.45;
/// Colour of the hover rule.
const RULE: RGBColor = RGBColor(0x09, 0x69, 0xda);
/// Smallest canvas side (device pixels) worth drawing a chart on.
const MIN_SIDE: u32 = 40;
/// Where a chart's plotting area is, to turn a hover position into an epoch.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Area {
    /// Pixel x of epoch `epochs.0` and of `epochs.1`.
    pub pixels: (f64, f64),
    /// The epochs at the plotting area's left and right edges.
    pub epochs: (f64, f64),
}

impl Area {
    /// The epoch under canvas pixel `x`, if it is over the plotting area or just beside it
    /// (the nearest end's epoch: a pointer a little past the last point reads the last one).
    pub fn epoch_at(&self, x: f64) -> Option<f64> {
        let (p0, p1) = self.pixels;
        let slack = ((p1 - p0) * 0.1).max(4.0);
        if p1 <= p0 || x < p0 - slack || x > p1 + slack {
            return None;
        }
        let t = ((x - p0) / (p1 - p0)).clamp(0.0, 1.0);
        Some(self.epochs.0 + t * (self.epochs.1 - self.epochs.0))
    }
}

/// A tick label from a value.
pub type Label<'a> = &'a dyn Fn(&f64) -> String;

/// A curve's values from a sample.
pub type Pick = fn(&Sample) -> f64;

/// The finite (epoch, value) points of `pick` over `h`.
pub(crate) fn series(h: &History, pick: Pick) -> Vec<(f64, f64)> {
    (h.samples().iter())
        .map(|s| (s.epoch, pick(s)))
        .filter(|(_, v)| v.is_finite())
        .collect()
}

/// How a chart's y axis maps values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum YScale {
    /// Values as they are.
    Linear,
    /// log10 of the values, floored at the given value, labelled as powers of ten; the y range
    /// is then in log10 units and the points are held inside it.
    Log(f64),
}

/// One curve of a line chart: its points (x, value) and colour, on the right axis or the left.
pub struct Line {
    pub points: Vec<(f64, f64)>,
    pub colour: RGBColor,
    pub right: bool,
}

impl Line {
    /// A curve on the left axis.
    pub fn new(points: Vec<(f64, f64)>, colour: RGBColor) -> Self {
        Line {
            points,
            colour,
            right: false,
        }
    }
}

/// Which pale rules a chart draws at its ticks, in which colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Grid {
    None,
    /// Horizontal rules at the y ticks.
    Rows(RGBColor),
    /// Rules at the x and y ticks.
    Both(RGBColor),
}

/// A second y axis on the right, for curves of another scale.
pub struct RightAxis<'a> {
    pub range: Range<f64>,
    pub label: Label<'a>,
    /// Its labels' colour (that of its curve).
    pub colour: RGBColor,
}

/// Everything a line chart shows: axes with their ticks and labels, curves, past runs and a
/// rule. [`LineChart::new`] gives the usual settings.
pub struct LineChart<'a> {
    /// Text size (device pixels), from [`chart_font`].
    pub font: u32,
    pub x_range: Range<f64>,
    /// In log10 units on a log scale.
    pub y_range: Range<f64>,
    pub y_scale: YScale,
    pub right: Option<RightAxis<'a>>,
    pub x_ticks: usize,
    pub y_ticks: usize,
    pub x_label: Label<'a>,
    /// Unused on a log scale (powers of ten).
    pub y_label: Label<'a>,
    /// Colour of the tick labels (of the left axis, with the x axis).
    pub label_colour: RGBColor,
    /// Pale rules at the ticks.
    pub grid: Grid,
    pub margin_right: u32,
    /// Width of the y labels' area (each side).
    pub y_label_area: u32,
    /// Drawn in order, over the past runs.
    pub series: Vec<Line>,
    /// Past runs (points, label), oldest first, faded and labelled at their ends.
    pub past_runs: &'a [(Vec<(f64, f64)>, &'a str)],
    /// The same past runs' curves on the right axis (e.g. their accuracy), in the same order,
    /// faded in the same colours, unlabelled (the left curve's label names the run).
    pub past_right: &'a [Vec<(f64, f64)>],
    pub line_width: u32,
    /// The x of a vertical hover rule.
    pub rule: Option<f64>,
}

impl<'a> LineChart<'a> {
    /// A linear chart in text of size `font` with four y ticks and four x ticks, room for the
    /// last x label on the right and three fonts for the y labels, no curves yet.
    pub fn new(
        font: u32,
        x_range: Range<f64>,
        y_range: Range<f64>,
        x_label: Label<'a>,
        y_label: Label<'a>,
    ) -> Self {
        LineChart {
            font,
            x_range,
            y_range,
            y_scale: YScale::Linear,
            right: None,
            x_ticks: 4,
            y_ticks: 4,
            x_label,
            y_label,
            label_colour: BLACK,
            grid: Grid::None,
            margin_right: font * 3 / 2,
            y_label_area: font * 3,
            series: Vec::new(),
            past_runs: &[],
            past_right: &[],
            line_width: 1,
            rule: None,
        }
    }
}

/// The text size of a chart on `canvas` with `style`.
pub fn chart_font(canvas: &HtmlCanvasElement, style: &ViewStyle) -> u32 {
    style.chart_font(pixel_ratio(canvas), canvas.width())
}

/// Redraws `canvas` with the line chart `c`; returns where its plotting area is. Does
/// nothing on a canvas too small to hold axes.
pub fn line_chart(canvas: &HtmlCanvasElement, c: &LineChart) -> Result<Area, String> {
    line_chart_with(canvas, c, &mut |_| Ok(()))
}

/// [`line_chart`], then `more` drawn over it (marks other than curves).
pub fn line_chart_with(
    canvas: &HtmlCanvasElement,
    c: &LineChart,
    more: &mut dyn FnMut(&mut Chart) -> Result<(), String>,
) -> Result<Area, String> {
    let Some(root) = blank(canvas)? else {
        return Ok(Area::default());
    };
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let font = c.font;
    let mut builder = ChartBuilder::on(&root);
    builder
        .margin(font / 2)
        .margin_right(c.margin_right)
        .x_label_area_size(font * 2)
        .y_label_area_size(c.y_label_area);
    if c.right.is_some() {
        builder.right_y_label_area_size(c.y_label_area);
    }
    let right_range = c.right.as_ref().map_or(0.0..1.0, |r| r.range.clone());
    let mut chart = builder
        .build_cartesian_2d(c.x_range.clone(), c.y_range.clone())
        .map_err(err)?
        .set_secondary_coord(c.x_range.clone(), right_range);
    let log_label = |v: &f64| log_tick(*v);
    let y_label = match c.y_scale {
        YScale::Log(_) => &log_label,
        YScale::Linear => c.y_label,
    };
    let mut mesh = chart.configure_mesh();
    match c.grid {
        Grid::None => mesh.disable_mesh(),
        Grid::Rows(colour) => (mesh.disable_x_mesh())
            .light_line_style(WHITE)
            .bold_line_style(colour),
        Grid::Both(colour) => mesh.light_line_style(WHITE).bold_line_style(colour),
    };
    mesh.x_labels(c.x_ticks)
        .y_labels(c.y_ticks)
        .label_style(
            (FontFamily::SansSerif, font)
                .into_font()
                .color(&c.label_colour),
        )
        .x_label_formatter(c.x_label)
        .y_label_formatter(y_label)
        .draw()
        .map_err(err)?;
    if let Some(right) = &c.right {
        // Inward tick marks: with outward ones plotters measures the right axis' labels
        // through a styled DOM span, which a strict Content-Security-Policy (style-src 'self')
        // refuses; inward, the labels are left-aligned at the axis and nothing is measured.
        chart
            .configure_secondary_axes()
            .set_tick_mark_size(LabelAreaPosition::Right, -(font as i32 / 3).max(2))
            .y_labels(c.y_ticks)
            .label_style(
                (FontFamily::SansSerif, font)
                    .into_font()
                    .color(&right.colour),
            )
            .y_label_formatter(right.label)
            .draw()
            .map_err(err)?;
    }
    let (y0, y1) = (c.y_range.start, c.y_range.end);
    let y = |v: f64| match c.y_scale {
        YScale::Log(floor) => v.max(floor).log10().clamp(y0, y1),
        YScale::Linear => v,
    };
    let plotted = |points: &[(f64, f64)]| -> Vec<(f64, f64)> {
        points.iter().map(|&(x, v)| (x, y(v))).collect()
    };
    let past: Vec<_> = (c.past_runs.iter())
        .map(|(points, label)| (plotted(points), *label))
        .collect();
    draw_ghosts(&mut chart, &past, c.line_width, font)?;
    for (i, points) in c.past_right.iter().enumerate() {
        let style = (GHOSTS[i % GHOSTS.len()].mix(GHOST_ALPHA)).stroke_width(c.line_width);
        (chart.draw_secondary_series(LineSeries::new(points.iter().copied(), style)))
            .map_err(err)?;
    }
    for line in &c.series {
        let curve = LineSeries::new(
            plotted(&line.points),
            line.colour.stroke_width(c.line_width),
        );
        if line.right {
            chart.draw_secondary_series(curve).map_err(err)?;
        } else {
            chart.draw_series(curve).map_err(err)?;
        }
    }
    if let Some(x) = c.rule {
        let rule = [(x, y0), (x, y1)];
        chart
            .draw_series(LineSeries::new(rule, RULE.stroke_width(1)))
            .map_err(err)?;
    }
    more(&mut chart)?;
    let pixels = chart.plotting_area().get_pixel_range().0;
    root.present().map_err(err)?;
    Ok(Area {
        pixels: (pixels.start as f64, pixels.end as f64),
        epochs: (c.x_range.start, c.x_range.end),
    })
}

/// The canvas as a white drawing area, or `None` when it is too small to draw on
/// (to hold axes).
pub(crate) fn blank(
    canvas: &HtmlCanvasElement,
) -> Result<Option<DrawingArea<CanvasBackend, plotters::coord::Shift>>, String> {
    if canvas.width() < MIN_SIDE || canvas.height() < MIN_SIDE {
        return Ok(None);
    }
    let root = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or("no 2d context")?
        .into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    Ok(Some(root))
}

/// A line chart's coordinate systems (the right axis' with the left's x).
pub type Chart<'a> = plotters::chart::DualCoordChartContext<
    'a,
    CanvasBackend,
    Cartesian2d<RangedCoordf64, RangedCoordf64>,
    Cartesian2d<RangedCoordf64, RangedCoordf64>,
>;

/// Past runs' curves (points, label), oldest first, each faded in its own colour and labelled
/// at its end in text of size `font`.
fn draw_ghosts(
    chart: &mut Chart,
    ghosts: &[(Vec<(f64, f64)>, &str)],
    width: u32,
    font: u32,
) -> Result<(), String> {
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let size = font * 3 / 4;
    let mut ends = Vec::new();
    for (i, (points, label)) in ghosts.iter().enumerate() {
        let colour = GHOSTS[i % GHOSTS.len()];
        let style = colour.mix(GHOST_ALPHA).stroke_width(width);
        chart
            .draw_series(LineSeries::new(points.iter().copied(), style))
            .map_err(err)?;
        if let Some(end) = points.last() {
            ends.push((i, chart.backend_coord(end), *label));
        }
    }
    // The labels, in pixels of the plotting area, stacked so that none covers another.
    let area = chart.plotting_area().strip_coord_spec();
    let (base, (w, h)) = (area.get_base_pixel(), area.dim_in_pixel());
    let anchors: Vec<(f64, f64)> = (ends.iter())
        .map(|(_, (x, y), _)| ((x - base.0) as f64, (y - base.1) as f64))
        .collect();
    let widths: Vec<f64> = (ends.iter())
        .map(|(_, _, label)| labels::text_width(label, size as f64))
        .collect();
    let boxes = labels::place(&anchors, &widths, size as f64, (w as f64, h as f64));
    for ((i, _, label), b) in ends.iter().zip(boxes) {
        let style = (FontFamily::SansSerif, size)
            .into_font()
            .color(&GHOSTS[i % GHOSTS.len()]);
        let at = (b.x.round() as i32, b.y.round() as i32);
        area.draw(&Text::new(label.to_string(), at, style))
            .map_err(err)?;
    }
    Ok(())
}
