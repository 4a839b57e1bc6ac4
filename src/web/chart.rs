//! The two charts, drawn with plotters through plotters-canvas: the loss (training grey, test
//! black, the last runs' training losses faded and labelled, linear or log scale) and the
//! score (accuracy, or R² for regression), x in epochs, with a hover rule. A picture depends
//! only on what its key hashes, so it is redrawn only when that changed.

use super::canvas::pixel_ratio;
use crate::drawing::style::{ViewStyle, log_tick, tick_count};
use crate::engine::history::{History, Sample};
use core::ops::Range;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Colour of the training curves.
const TRAIN: RGBColor = RGBColor(0x99, 0x99, 0x99);
/// Colour of the training curves on a projector (darker: a projected pale grey washes out).
const TRAIN_PROJECTED: RGBColor = RGBColor(0x70, 0x70, 0x70);
/// Colour of the test curves.
const TEST: RGBColor = RGBColor(0x22, 0x22, 0x22);
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
/// The log scale's floor: smaller losses are drawn at it.
const LOG_FLOOR: f64 = 1e-6;

/// Which chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Training and test loss, with the past runs.
    Loss,
    /// Accuracy or R².
    Score,
}

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

/// What is drawn on one chart besides the history.
pub struct Options<'a> {
    /// Loss on a log scale.
    pub log: bool,
    /// The epoch of the hover rule.
    pub hover: Option<f64>,
    /// Past runs: history and label, oldest first.
    pub ghosts: &'a [(&'a History, String)],
    /// The score is R² (regression) rather than accuracy.
    pub regression: bool,
    /// Projector mode and decimal separator.
    pub style: ViewStyle,
}

/// Everything one drawing of a chart needs besides its y axis.
struct Plot<'a> {
    root: DrawingArea<CanvasBackend, Shift>,
    kind: Kind,
    history: &'a History,
    options: &'a Options<'a>,
    x_max: f64,
    font: u32,
}

/// Redraws the whole chart; returns where its plotting area is. Does nothing on a canvas
/// too small to hold axes.
pub fn draw(
    kind: Kind,
    canvas: &HtmlCanvasElement,
    history: &History,
    o: &Options,
) -> Result<Area, String> {
    let Some(root) = blank(canvas)? else {
        return Ok(Area::default());
    };
    // Both charts span the past runs too, so that their epochs line up.
    let x_max = (o.ghosts.iter().map(|(g, _)| g).chain([&history]))
        .filter_map(|h| h.last())
        .map(|s| s.epoch)
        .fold(1.0, f64::max);
    let font = o.style.chart_font(pixel_ratio(canvas), canvas.width());
    let p = Plot {
        root,
        kind,
        history,
        options: o,
        x_max,
        font,
    };
    // The log scale plots log10 of the loss on a linear axis: one kind of axis for every
    // chart keeps the wasm small.
    let area = match kind {
        Kind::Loss if o.log => {
            let (lo, hi) = loss_range(history, o);
            let range = lo.max(LOG_FLOOR).log10()..hi.log10();
            plot(&p, range, &|v| log_tick(*v))?
        }
        Kind::Loss => {
            let (_, hi) = loss_range(history, o);
            let digits = if hi < 0.05 { 3 } else { 2 };
            plot(&p, 0.0..hi, &|v| o.style.number(format!("{v:.digits$}")))?
        }
        Kind::Score if o.regression => plot(&p, score_floor(history)..1.0, &|v| {
            o.style.number(format!("{v:.1}"))
        })?,
        Kind::Score => plot(&p, 0.0..1.0, &|v| format!("{:.0}%", v * 100.0))?,
    };
    p.root.present().map_err(|e| e.to_string())?;
    Ok(area)
}

/// The loss axis: 0 (or the smallest positive loss, for the log scale) to above the largest.
fn loss_range(history: &History, o: &Options) -> (f64, f64) {
    let all = o.ghosts.iter().map(|(g, _)| *g).chain([history]);
    let values: Vec<f64> = all
        .flat_map(|h| h.samples().iter().flat_map(|s| [s.train, s.test]))
        .filter(|v| v.is_finite())
        .collect();
    let hi = values.iter().copied().fold(0.0f64, f64::max);
    let lo = values
        .iter()
        .copied()
        .filter(|v| *v > 0.0)
        .fold(f64::INFINITY, f64::min);
    if values.is_empty() {
        return (LOG_FLOOR, 1.0);
    }
    let lo = if lo.is_finite() { lo / 2.0 } else { LOG_FLOOR };
    if o.log {
        (lo, (hi * 2.0).max(lo * 10.0))
    } else {
        (lo, hi.max(1e-3) * 1.1)
    }
}

/// The R² axis' lower end: 0, or down to the lowest value but not below −1.
fn score_floor(history: &History) -> f64 {
    let low = (history.samples().iter())
        .flat_map(|s| [s.train_score, s.test_score])
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::min);
    low.max(-1.0).floor()
}

/// A curve's values from a sample.
type Pick = fn(&Sample) -> f64;

/// Draws axes (y labels by `fmt`), curves and the hover rule with the y axis `y`; returns
/// where the plotting area is.
fn plot(p: &Plot, y: Range<f64>, fmt: &dyn Fn(&f64) -> String) -> Result<Area, String> {
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let mut chart = ChartBuilder::on(&p.root)
        .margin(p.font / 2)
        .margin_right(p.font * 3 / 2)
        .x_label_area_size(p.font * 2)
        .y_label_area_size(p.font * 4)
        .build_cartesian_2d(0.0..p.x_max, y)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(x_ticks(p))
        .y_labels(4)
        .label_style((FontFamily::SansSerif, p.font))
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|v| fmt(v))
        .draw()
        .map_err(err)?;
    curves(&mut chart, p)?;
    if let Some(epoch) = p.options.hover {
        let (y0, y1) = (chart.y_range().start, chart.y_range().end);
        let rule = [(epoch, y0), (epoch, y1)];
        chart
            .draw_series(LineSeries::new(rule, RULE.stroke_width(1)))
            .map_err(err)?;
    }
    let pixels = chart.plotting_area().get_pixel_range().0;
    Ok(Area {
        pixels: (pixels.start as f64, pixels.end as f64),
        epochs: (0.0, p.x_max),
    })
}

/// How many epoch labels the x axis takes: no more than there are epochs, nor than fit.
fn x_ticks(p: &Plot) -> usize {
    let span = p.root.dim_in_pixel().0.saturating_sub(p.font * 6);
    let widest = format!("{:.0}", p.x_max).len();
    tick_count(span, p.font, widest).min((p.x_max.floor() as usize + 1).max(2))
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

/// The chart's coordinate system.
pub(super) type Chart<'a> =
    ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The (epoch, value) points of `pick` over `h`, finite ones only (log10 on the log scale).
fn series(p: &Plot, h: &History, pick: Pick) -> Vec<(f64, f64)> {
    let log = p.options.log && p.kind == Kind::Loss;
    (h.samples().iter())
        .map(|s| (s.epoch, pick(s)))
        .filter(|(_, v)| v.is_finite())
        .map(|(e, v)| (e, if log { v.max(LOG_FLOOR).log10() } else { v }))
        .collect()
}

/// The past runs (faded, labelled at their ends; loss chart only), then training and test.
fn curves(chart: &mut Chart, p: &Plot) -> Result<(), String> {
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let width = p.options.style.line_width(p.font);
    let (train, test): (Pick, Pick) = match p.kind {
        Kind::Loss => (|s| s.train, |s| s.test),
        Kind::Score => (|s| s.train_score, |s| s.test_score),
    };
    if p.kind == Kind::Loss {
        ghost_curves(chart, p, train, width)?;
    }
    let grey = if p.options.style.projector {
        TRAIN_PROJECTED
    } else {
        TRAIN
    };
    let lines = [(train, grey), (test, TEST)];
    for (pick, colour) in lines {
        let line = LineSeries::new(series(p, p.history, pick), colour.stroke_width(width));
        chart.draw_series(line).map_err(err)?;
    }
    Ok(())
}

/// Each past run's curve of `pick`, faded, with its label at its end.
fn ghost_curves(chart: &mut Chart, p: &Plot, pick: Pick, width: u32) -> Result<(), String> {
    let ghosts: Vec<_> = (p.options.ghosts.iter())
        .map(|(ghost, label)| (series(p, ghost, pick), label.as_str()))
        .collect();
    draw_ghosts(chart, &ghosts, width, p.font)
}

/// Past runs' curves (points, label), oldest first, each faded in its own colour and labelled
/// at its end in text of size `font`.
pub(super) fn draw_ghosts(
    chart: &mut Chart,
    ghosts: &[(Vec<(f64, f64)>, &str)],
    width: u32,
    font: u32,
) -> Result<(), String> {
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    for (i, (points, label)) in ghosts.iter().enumerate() {
        let colour = GHOSTS[i % GHOSTS.len()];
        let style = colour.mix(GHOST_ALPHA).stroke_width(width);
        chart
            .draw_series(LineSeries::new(points.iter().copied(), style))
            .map_err(err)?;
        if let Some(&end) = points.last() {
            let font = (FontFamily::SansSerif, font * 3 / 4)
                .into_font()
                .color(&colour);
            let anchor = font.pos(Pos::new(HPos::Right, VPos::Bottom));
            let text = Text::new(label.to_string(), end, anchor);
            chart.draw_series(std::iter::once(text)).map_err(err)?;
        }
    }
    Ok(())
}
