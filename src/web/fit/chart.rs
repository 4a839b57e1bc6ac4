//! The curve page's plot, by the shared `line_chart` (points, the faint true curve, the network's curve and each
//! point's residual). Pixels of pictures are not drawn here (they are blitted, see
//! `image.rs`).

use crate::drawing::palettes::Scheme;
use crate::drawing::style::ViewStyle;
use crate::modes::fit::CURVE_RANGE;
use crate::web::chart::{Grid, Line, LineChart, chart_font, line_chart_with};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// The network's curve.
pub const FIT_COLOUR: RGBColor = RGBColor(0x08, 0x77, 0xbd);
/// The points being fitted.
pub const POINT_COLOUR: RGBColor = RGBColor(0xf5, 0x93, 0x22);
/// The noiseless curve, drawn faint behind everything.
const TRUE_COLOUR: RGBColor = RGBColor(0xb0, 0xb0, 0xb0);
/// Residuals: from each point to the network's answer there.
const RESIDUAL_COLOUR: RGBColor = RGBColor(0xe0, 0x6c, 0x00);

/// The network's curve, the points and the residuals in `scheme` (the colour-blind one uses
/// Okabe–Ito's blue, vermillion and orange).
fn curve_colours(scheme: Scheme) -> [RGBColor; 3] {
    match scheme {
        Scheme::Classic => [FIT_COLOUR, POINT_COLOUR, RESIDUAL_COLOUR],
        Scheme::ColourBlind => [
            RGBColor(0x00, 0x72, 0xb2),
            RGBColor(0xd5, 0x5e, 0x00),
            RGBColor(0xe6, 0x9f, 0x00),
        ],
    }
}
/// The curve plot shows y in ±this.
pub const PLOT_Y: f64 = 1.5;

/// Where the curve plot's data area lies on its canvas (device pixels), to map clicks back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlotArea {
    /// Left and right pixel of x = −1 and x = 1.
    pub x: (i32, i32),
    /// Top and bottom pixel of y = PLOT_Y and y = −PLOT_Y.
    pub y: (i32, i32),
}

impl PlotArea {
    /// The data point under canvas pixel (px, py), or `None` outside the data area.
    pub fn data_at(&self, px: f64, py: f64) -> Option<(f64, f64)> {
        let (x0, x1) = (self.x.0 as f64, self.x.1 as f64);
        let (y0, y1) = (self.y.0 as f64, self.y.1 as f64);
        if x1 <= x0 || y1 <= y0 || px < x0 || px > x1 || py < y0 || py > y1 {
            return None;
        }
        let (lo, hi) = CURVE_RANGE;
        let x = lo + (px - x0) / (x1 - x0) * (hi - lo);
        let y = PLOT_Y - (py - y0) / (y1 - y0) * 2.0 * PLOT_Y;
        Some((x, y))
    }

    /// Pixels per unit along x (for a pick radius in data units).
    pub fn pixels_per_unit(&self) -> f64 {
        (self.x.1 - self.x.0) as f64 / (CURVE_RANGE.1 - CURVE_RANGE.0)
    }
}

/// What the curve plot shows.
pub struct CurveScene<'a> {
    /// The points being fitted.
    pub points: &'a [(f64, f64)],
    /// The network's output at each point's x (same order), for the residuals.
    pub answers: &'a [f64],
    /// The network's curve, (x, y) left to right.
    pub fitted: &'a [(f64, f64)],
    /// The noiseless curve, or `None` for drawn points.
    pub truth: Option<&'a [(f64, f64)]>,
}

/// Redraws the curve plot; returns where its data area lies (for clicks).
pub fn draw_curve(
    canvas: &HtmlCanvasElement,
    scene: &CurveScene,
    style: &ViewStyle,
) -> Result<PlotArea, String> {
    let font = chart_font(canvas, style);
    let e = |e: DrawingAreaErrorKind<_>| e.to_string();
    let stroke = style.line_width(font);
    let label = |v: &f64| style.number(format!("{v:.1}"));
    let truth = scene.truth.map(|t| Line::new(t.to_vec(), TRUE_COLOUR));
    let chart = LineChart {
        x_ticks: 5,
        y_ticks: 7,
        grid: Grid::Both(RGBColor(0xea, 0xee, 0xf2)),
        margin_right: font,
        series: truth.into_iter().collect(),
        line_width: stroke,
        ..LineChart::new(
            font,
            CURVE_RANGE.0..CURVE_RANGE.1,
            -PLOT_Y..PLOT_Y,
            &label,
            &label,
        )
    };
    let mut area = PlotArea::default();
    let [fit_colour, point_colour, residual_colour] = curve_colours(style.scheme);
    line_chart_with(canvas, &chart, &mut |chart| {
        let residuals = scene.points.iter().zip(scene.answers).map(|(&(x, y), &a)| {
            let a = a.clamp(-2.0 * PLOT_Y, 2.0 * PLOT_Y);
            let line = residual_colour.mix(0.6).stroke_width(stroke.div_ceil(2));
            PathElement::new(vec![(x, y), (x, a)], line)
        });
        chart.draw_series(residuals).map_err(e)?;
        // The font already grows on a projector, and the dots with it.
        let radius = (font as i32 / 3).max(3);
        let dots = (scene.points.iter()).map(|&p| Circle::new(p, radius, point_colour.filled()));
        chart.draw_series(dots).map_err(e)?;
        let clipped =
            (scene.fitted.iter()).map(|&(x, y)| (x, y.clamp(-2.0 * PLOT_Y, 2.0 * PLOT_Y)));
        let line = fit_colour.stroke_width(stroke + 2);
        chart
            .draw_series(LineSeries::new(clipped, line))
            .map_err(e)?;
        let (xs, ys) = chart.plotting_area().get_pixel_range();
        area = PlotArea {
            x: (xs.start, xs.end),
            y: (ys.start, ys.end),
        };
        Ok(())
    })?;
    Ok(area)
}
