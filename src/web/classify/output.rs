//! The output panel: the network's output over the plane (k class colours shaded by
//! confidence, or the diverging map of one output), or a hovered neuron's map instead; and the
//! data points laid over it. The map's resolution adapts to the network's size so that one
//! refresh stays within its time budget. The map is washed towards white so that the points,
//! in full colour, stand out from it.

use crate::drawing::colour::{self, OutputScale, Rgba};
use crate::drawing::style::ViewStyle;
use crate::engine::nn::head::Head;
use crate::formats::hash::Fnv1a;
use crate::modes::classify::data::{DatasetKind, Feature};
use crate::modes::classify::render::PointLayer;
use crate::modes::classify::render::detail::Detail;
use crate::modes::classify::render::maps::{MapStyle, map_rgba};
use crate::modes::classify::session::Session;
use crate::web::canvas::{fit, now, put};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Resolutions the map may use, finest first (100 is TF Playground's density).
static LADDER: [usize; 7] = [100, 80, 64, 50, 40, 32, 25];
/// Time one refresh of the map may take, in ms.
const BUDGET_MS: f64 = 2.5;
/// A first guess of the time per multiply-add of a forward pass over the grid (measured
/// about 1e-7 ms with the SIMD build); corrected after the first refresh.
const FIRST_ESTIMATE: f64 = 2e-7;

/// The output panel's buffers and what they last showed.
pub struct OutputView {
    detail: Detail,
    grid: Vec<f32>,
    rgba: Vec<u8>,
    table: [Rgba; 256],
    style: ViewStyle,
    drawn: Option<(u64, Option<(usize, usize)>)>,
    points_rgba: Vec<u8>,
    points_drawn: Option<(u32, u32, bool, u64, u64)>,
    /// Cells per side of the last map drawn.
    pub resolution: usize,
    /// How many times the map was refreshed.
    pub refreshes: u64,
}

impl Default for OutputView {
    fn default() -> Self {
        OutputView {
            detail: Detail::new(&LADDER, BUDGET_MS, FIRST_ESTIMATE),
            grid: Vec::new(),
            rgba: Vec::new(),
            table: ViewStyle::default().scheme.diverging().table(),
            style: ViewStyle::default(),
            drawn: None,
            points_rgba: Vec::new(),
            points_drawn: None,
            resolution: 0,
            refreshes: 0,
        }
    }
}

/// Work units (multiply-adds) a map cell costs besides the forward pass: the grid's
/// inputs, the colour, the copy to the canvas.
const CELL_OVERHEAD: f64 = 100.0;

/// Multiply-adds (and activations) of one forward pass of a network with layer `sizes`.
pub fn work_per_cell(sizes: &[usize]) -> f64 {
    sizes.windows(2).map(|p| (p[0] * p[1] + p[1]) as f64).sum()
}

impl OutputView {
    /// Draws with `style` (its colour scheme and dot size) from the next frame on.
    pub fn set_style(&mut self, style: ViewStyle) {
        self.table = style.scheme.diverging().table();
        self.style = style;
        self.drawn = None;
    }

    /// Draws the map (unless it already shows `version` and `hover`, or training diverged:
    /// then the last finite picture stays) and the points (when they changed).
    pub fn draw(
        &mut self,
        s: &mut Session<f32>,
        map: &HtmlCanvasElement,
        points: &HtmlCanvasElement,
        version: u64,
        hover: Option<(usize, usize)>,
    ) -> Result<(), JsError> {
        // An input feature's map is a fixed function of the plane: training does not change
        // it, so it is drawn once while that input is hovered.
        let key = match hover {
            Some((0, _)) => (0, hover),
            _ => (version, hover),
        };
        if s.divergence().is_none() && self.drawn != Some(key) {
            self.draw_map(s, map, hover)?;
            self.drawn = Some(key);
        }
        self.draw_points(s, points)
    }

    fn draw_map(
        &mut self,
        s: &mut Session<f32>,
        canvas: &HtmlCanvasElement,
        hover: Option<(usize, usize)>,
    ) -> Result<(), JsError> {
        let units = work_per_cell(s.network().sizes()) + CELL_OVERHEAD;
        let res = self.detail.resolution(units, LADDER[0]);
        let start = now();
        self.rgba.resize(res * res * 4, 0);
        let shown = hover.is_some_and(|(layer, o)| self.neuron_map(s, layer, o, res));
        if !shown {
            self.output_map(s, res);
        }
        colour::wash(&mut self.rgba);
        fit(canvas, res as u32, res as u32);
        put(canvas, &self.rgba, res as u32, res as u32)?;
        self.detail.record(now() - start, res * res, units);
        self.resolution = res;
        self.refreshes += 1;
        Ok(())
    }

    /// One neuron's map (`layer` counts network layers: 1 = the first hidden one; layer 0 is
    /// the input features, `o` indexing all of them, switched on or not).
    fn neuron_map(&mut self, s: &mut Session<f32>, layer: usize, o: usize, res: usize) -> bool {
        if layer == 0 {
            return self.feature_map(o, res);
        }
        if !s.neuron_grid(layer, o, res, &mut self.grid) {
            return false;
        }
        let output = layer + 1 == s.network().sizes().len();
        let style = if output {
            MapStyle::output(s.head(), o, self.classes())
        } else {
            MapStyle::hidden(s.network().hidden_activation())
        };
        map_rgba(&self.grid, style, &self.table, &mut self.rgba);
        true
    }

    /// Input feature `index` of [`Feature::ALL`] over the plane, scaled by its largest
    /// magnitude, in the diagram's diverging colours (what its thumbnail shows, large).
    fn feature_map(&mut self, index: usize, res: usize) -> bool {
        let Some(feature) = Feature::ALL.get(index) else {
            return false;
        };
        let at = |i: usize| -6.0 + 12.0 * (i as f64 + 0.5) / res as f64;
        let values: Vec<f64> = (0..res * res)
            .map(|c| feature.value(at(c % res), -at(c / res)))
            .collect();
        let max = values.iter().fold(1e-9f64, |m, v| m.max(v.abs()));
        for (px, v) in self.rgba.chunks_exact_mut(4).zip(&values) {
            px.copy_from_slice(&MapStyle::Signed.colour(v / max, &self.table));
        }
        true
    }

    /// The output: class colours shaded by confidence, or one output's diverging map.
    fn output_map(&mut self, s: &mut Session<f32>, res: usize) {
        let c = s.config();
        let discretize = c.discretize && !c.is_regression();
        match s.head() {
            Head::Softmax(k) => {
                s.output_grid(res, &mut self.grid);
                let neutral = self.style.scheme.diverging().neutral;
                let colours = self.classes();
                colour::class_heatmap(&self.grid, k, discretize, colours, neutral, &mut self.rgba);
            }
            Head::Single(loss) => {
                s.decision_grid(res, &mut self.grid);
                let scale = match loss.output_activation() {
                    crate::engine::nn::Activation::Sigmoid => OutputScale::Probability,
                    _ => OutputScale::Signed,
                };
                colour::heatmap(&self.grid, scale, discretize, &self.table, &mut self.rgba);
            }
        }
    }

    fn draw_points(&mut self, s: &Session<f32>, canvas: &HtmlCanvasElement) -> Result<(), JsError> {
        let (w, h) = (canvas.width(), canvas.height());
        // A student's own points always show where they were drawn, those the split keeps
        // for testing too (in the test points' style).
        let show_test = s.config().show_test || s.config().dataset == DatasetKind::Custom;
        let key = (w, h, show_test, data_identity(s), self.style.key());
        if self.points_drawn == Some(key) || w == 0 || h == 0 {
            return Ok(());
        }
        self.points_rgba.resize(w as usize * h as usize * 4, 0);
        let layer = PointLayer {
            width: w as usize,
            height: h as usize,
            radius: (w.min(h) as f64 / 100.0).clamp(2.5, 8.0) * self.style.dot_scale(),
        };
        layer.clear(&mut self.points_rgba);
        let classes = s.config().task().classes();
        let (colours, palette) = (self.classes(), self.style.scheme.diverging());
        let mut draw = |points: &[crate::modes::classify::data::Point], test: bool| {
            if classes > 2 {
                layer.draw_classes(points, test, colours, &mut self.points_rgba);
            } else {
                layer.draw(points, test, &palette, &mut self.points_rgba);
            }
        };
        draw(&s.train_set().points, false);
        if show_test {
            draw(&s.test_set().points, true);
        }
        put(canvas, &self.points_rgba, w, h)?;
        self.points_drawn = Some(key);
        Ok(())
    }
}

impl OutputView {
    /// The class colours of the current scheme.
    fn classes(&self) -> &'static [Rgba; 5] {
        self.style.scheme.classes()
    }
}

/// A hash of every point and the number of classes: changes whenever the data shown do.
pub fn data_identity(s: &Session<f32>) -> u64 {
    let points = s.train_set().points.iter().chain(&s.test_set().points);
    let mut h = Fnv1a::salted(s.config().task().classes() as u64);
    for p in points {
        h.words(&[p.x.to_bits(), p.y.to_bits(), p.label.to_bits()]);
    }
    h.finish()
}
