//! The `CurvePlayground` handle: a curve fit ([`CurveFit`]) plus its two canvases, for the
//! `<nn-playground>` element's curve mode. Per frame the shell calls `advance`, `draw` and
//! `stats`; clicks on the plot come in as canvas pixels and are mapped to points here.

use super::chart::{self, CurveScene, PlotArea};
use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::style::ViewStyle;
use crate::engine::pacing::within_budget;
use crate::engine::runs::{Names, Runs};
use crate::modes::fit::{CurveFit, CurveTarget, FitChange, MAX_DRAWN_POINTS, curve_xs, drawn_text};
use crate::web::canvas::{self, finite, object};
use crate::web::handle_methods::handle_methods;
use crate::web::loss_chart::{self as runs, LossChart, ghost_labels};
use js_sys::Object;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Samples of the drawn curves across the plot.
const CURVE_SAMPLES: usize = 201;
/// Steps between two clock reads in [`CurvePlayground::advance`].
const STEPS_PER_CLOCK_READ: u32 = 10;
/// A click erases the nearest point within this many canvas pixels.
const ERASE_RADIUS_PX: f64 = 24.0;
/// A loss above this counts as diverged (the points lie within ±2: a sound fit is below 8).
const DIVERGED_LOSS: f64 = 1e6;

/// One curve widget: the fit, its canvases and what was last drawn.
#[wasm_bindgen]
pub struct CurvePlayground {
    /// The whole config (`mode` always curve); the fit runs its [`Config::curve_config`].
    pub(super) config: Config,
    pub(super) fit: CurveFit<f32>,
    plot: HtmlCanvasElement,
    loss_chart: LossChart,
    pub(super) issues: Vec<ConfigIssue>,
    area: PlotArea,
    pub(super) style: ViewStyle,
    /// The past runs, kept on reset and on changes that rebuild the network.
    runs: Runs,
    /// The words of the past runs' labels.
    names: Names,
    /// Bumped by everything that changes the plot; `drawn` is its value at the last draw.
    pub(super) version: u64,
    drawn: Option<(u64, u32, u32)>,
    /// Whether the last drawn curve showed a dead network (see [`super::is_flat`]).
    dead: bool,
}

/// Steps after which a curve that answers the same everywhere is a dead network, not one that
/// has not started yet.
const DEAD_AFTER_STEPS: u64 = 200;

#[wasm_bindgen]
impl CurvePlayground {
    /// A curve widget drawing the points and curves on `plot` and the loss on `loss_chart`,
    /// running the config `query` (missing keys take defaults; bad ones are reported by
    /// `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        plot: HtmlCanvasElement,
        loss_chart: HtmlCanvasElement,
        query: &str,
    ) -> CurvePlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Curve;
        CurvePlayground {
            runs: Runs::new(&config),
            names: Names::default(),
            fit: CurveFit::new(config.curve_config()),
            config,
            plot,
            loss_chart: LossChart::new(loss_chart),
            issues,
            area: PlotArea::default(),
            style: ViewStyle::default(),
            version: 0,
            drawn: None,
            dead: false,
        }
    }

    /// Trains until `max_steps` mini-batch steps are done or `budget_ms` milliseconds have
    /// passed. Returns the steps done.
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        let paced = within_budget(
            max_steps,
            STEPS_PER_CLOCK_READ,
            budget_ms,
            canvas::now,
            |n| {
                if self.diverged().is_some() {
                    return 0;
                }
                self.fit.train(n as usize);
                n
            },
        );
        self.version += 1;
        paced.done
    }

    /// One mini-batch step.
    pub fn step(&mut self) {
        self.fit.step();
        self.version += 1;
    }

    /// Back to this config's initial weights; the run so far becomes a faded past run on
    /// the loss chart.
    pub fn reset(&mut self) {
        self.runs.restart(self.fit.loss_history(), &self.config, 0);
        self.fit.reset();
        self.version += 1;
    }

    /// Adds a point where the plot canvas was clicked (`px`, `py` in canvas pixels) and fits
    /// the drawn points from now on, with the same weights. Returns "added", "outside" (not
    /// on the data area) or "full" (already [`MAX_DRAWN_POINTS`]).
    pub fn add_point(&mut self, px: f64, py: f64) -> String {
        let Some(point) = self.area.data_at(px, py) else {
            return "outside".into();
        };
        let mut points = self.drawn_points();
        if points.len() >= MAX_DRAWN_POINTS {
            return "full".into();
        }
        points.push(drawn_text::snap_point(point));
        self.set_drawn(points);
        "added".into()
    }

    /// Removes the drawn point nearest to canvas pixel (`px`, `py`) if one lies within
    /// 24 pixels. Returns whether one was removed.
    pub fn erase_point(&mut self, px: f64, py: f64) -> bool {
        let Some((x, y)) = self.area.data_at(px, py) else {
            return false;
        };
        let scale = self.area.pixels_per_unit();
        let y_scale = (self.area.y.1 - self.area.y.0) as f64 / (2.0 * chart::PLOT_Y);
        let mut points = self.drawn_points();
        let distance = |p: &(f64, f64)| ((p.0 - x) * scale).hypot((p.1 - y) * y_scale);
        let nearest = (0..points.len())
            .min_by(|&a, &b| distance(&points[a]).total_cmp(&distance(&points[b])));
        match nearest {
            Some(k) if distance(&points[k]) <= ERASE_RADIUS_PX => {
                points.remove(k);
                self.set_drawn(points);
                true
            }
            _ => false,
        }
    }

    /// Removes every drawn point (the target stays "drawn": the student starts again).
    pub fn clear_points(&mut self) {
        self.set_drawn(Vec::new());
    }

    /// Draws the plot (when something changed) and the loss chart (when its data or size
    /// changed; while training runs, `settled` false, at most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let (w, h) = (self.plot.width(), self.plot.height());
        if self.drawn != Some((self.version, w, h)) {
            self.draw_plot()?;
            self.drawn = Some((self.version, w, h));
        }
        let runs = (&self.runs, &self.config, &self.names);
        (self.loss_chart).draw(settled, self.fit.loss_history(), runs, &self.style)?;
        Ok(())
    }

    /// Numbers for the readouts and tests, as one object: `epoch` (steps taken), `loss` (mean
    /// ½(a − y)² over the points), `meanGap` (mean |a − y| over the points: how far the
    /// curve passes from them), `points`, `target`, `maxPoints`, `fingerprint` (hex) and
    /// `diverged` (null, "loss" or "dead").
    pub fn stats(&mut self) -> Result<Object, JsError> {
        let loss = self.fit.loss();
        let points = self.fit.points();
        let gap = if points.is_empty() {
            f64::NAN
        } else {
            let answers = self.answers(&points);
            let total: f64 = points
                .iter()
                .zip(&answers)
                .map(|(p, a)| (a - p.1).abs())
                .sum();
            total / points.len() as f64
        };
        let diverged = self.diverged().map_or(JsValue::NULL, JsValue::from_str);
        let fingerprint = format!("{:016x}", self.fit.network().fingerprint());
        object(&[
            ("epoch", (self.fit.steps() as f64).into()),
            ("loss", finite(loss)),
            ("meanGap", finite(gap)),
            ("points", (points.len() as f64).into()),
            ("target", self.config.curve.target.name().into()),
            ("maxPoints", (MAX_DRAWN_POINTS as f64).into()),
            ("fingerprint", fingerprint.into()),
            ("diverged", diverged),
            (
                "ghosts",
                ghost_labels(
                    &self.runs,
                    &self.config,
                    &self.names,
                    self.style.decimal_comma,
                )
                .into(),
            ),
        ])
    }
}

impl CurvePlayground {
    /// After a change of view style: the plot and the chart are drawn again.
    pub(super) fn restyled(&mut self) {
        self.version += 1;
        self.loss_chart.invalidate();
    }

    /// Switches to a parsed config and keeps its issues; returns "live" or "rebuild".
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Curve;
        self.issues = issues;
        self.version += 1;
        let ended = self.fit.loss_history().clone();
        let change = self.fit.set_config(config.curve_config());
        self.config = config;
        if change == FitChange::Rebuild {
            self.runs.restart(&ended, &self.config, 0);
        } else {
            self.runs.live_change(&self.config, 0, self.fit.steps());
        }
        // The past runs' labels say what differs from the new settings.
        self.loss_chart.invalidate();
        change.name().into()
    }

    /// The config's drawn points (what a click adds to).
    fn drawn_points(&self) -> Vec<(f64, f64)> {
        self.config.curve.points.clone()
    }

    fn set_drawn(&mut self, points: Vec<(f64, f64)>) {
        let mut config = self.config.clone();
        config.curve.target = CurveTarget::Drawn;
        config.curve.points = points;
        self.apply((config, Vec::new()));
    }

    /// "loss" once the loss is no longer a number or has blown up, "dead" once the network
    /// answers the same everywhere (seen at the last draw).
    fn diverged(&self) -> Option<&'static str> {
        if self.dead {
            return Some("dead");
        }
        let last = self.fit.loss_history().last()?;
        (!last.train.is_finite() || last.train > DIVERGED_LOSS).then_some("loss")
    }

    /// The network's outputs at the points' x.
    fn answers(&mut self, points: &[(f64, f64)]) -> Vec<f64> {
        let xs: Vec<f64> = points.iter().map(|p| p.0).collect();
        self.fit.outputs(&xs)
    }

    fn draw_plot(&mut self) -> Result<(), JsError> {
        let points = self.fit.points();
        let answers = self.answers(&points);
        let xs = curve_xs(CURVE_SAMPLES);
        let fitted: Vec<(f64, f64)> = (xs.iter().copied())
            .zip(self.fit.curve(CURVE_SAMPLES).into_iter().map(|v| v as f64))
            .collect();
        self.dead = self.fit.steps() >= DEAD_AFTER_STEPS
            && super::is_flat(fitted.iter().map(|p| p.1), points.iter().map(|p| p.1));
        let truth: Option<Vec<(f64, f64)>> = self
            .fit
            .target_curve(CURVE_SAMPLES)
            .map(|ys| xs.iter().copied().zip(ys).collect());
        let scene = CurveScene {
            points: &points,
            answers: &answers,
            fitted: &fitted,
            truth: truth.as_deref(),
        };
        self.area =
            chart::draw_curve(&self.plot, &scene, &self.style).map_err(|e| JsError::new(&e))?;
        Ok(())
    }
}

#[wasm_bindgen]
impl CurvePlayground {
    /// The settings (drawn points included) and the network's weights as JSON text.
    pub fn save_state(&self) -> String {
        crate::modes::fit::state::save_curve(&self.config, &self.fit)
    }

    /// Loads a saved curve file: "" when done, else why it was refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::fit::state::load_curve::<f32>(text) {
            Ok(loaded) => {
                self.config = loaded.config;
                self.fit = loaded.fit;
                self.issues = loaded.issues;
                self.version += 1;
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

handle_methods!(CurvePlayground);
crate::web::run_names::run_names_methods!(CurvePlayground);

impl CurvePlayground {
    /// Draws chart `index` (0: the loss) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        let runs = (&self.runs, &self.config, &self.names);
        runs::draw_chart_copy(index, canvas, self.fit.loss_history(), runs, &self.style)
    }
}

crate::web::export::export_methods!(CurvePlayground);
