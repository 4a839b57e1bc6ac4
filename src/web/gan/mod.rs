//! The `GanPlayground` handle: a GAN run ([`GanSession`]) plus the canvases it draws on, for
//! the `<nn-playground>` element's GAN mode. Per frame the shell calls `advance`, `draw` and
//! `stats`; everything else is a response to a control.

mod chart;

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::colour::Rgba;
use crate::drawing::raster::Raster;
use crate::drawing::style::ViewStyle;
use crate::engine::pacing::within_budget;
use crate::modes::gan::scene::{self, Overlay};
use crate::modes::gan::{Diagnosis, GanChange, GanSession, StepMode, Target, drawn};
use crate::web::canvas::{put, put_raster};
use crate::web::handle_methods::handle_methods;
use crate::web::throttle::{ChartKey, Throttle};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Cells per side of the discriminator's map (64² evaluations of D per drawn frame; the
/// canvas is smoothed up to the plot's size by the browser).
const MAP_RESOLUTION: usize = 64;
/// Training units between two clock reads in [`GanPlayground::advance`].
const UNITS_PER_CLOCK_READ: u32 = 2;

/// One GAN widget: the run, its pixel buffers and its four canvases.
#[wasm_bindgen]
pub struct GanPlayground {
    /// The whole config (`mode` always gan); the session runs its [`Config::gan_config`].
    pub(super) config: Config,
    pub(super) session: GanSession<f32>,
    map: HtmlCanvasElement,
    points: HtmlCanvasElement,
    loss_chart: HtmlCanvasElement,
    distance_chart: HtmlCanvasElement,
    grid: Vec<f32>,
    map_rgba: Vec<u8>,
    points_raster: Raster,
    table: [Rgba; 256],
    mode: StepMode,
    pub(super) sketch: Vec<f64>,
    pub(super) issues: Vec<ConfigIssue>,
    /// Bumped by everything that changes the picture; `drawn` is its value at the last draw
    /// (with the points canvas size).
    pub(super) version: u64,
    drawn: Option<(u64, u32, u32)>,
    charts_drawn: (Throttle<ChartKey>, Throttle<ChartKey>),
    /// Projector mode and decimal separator (view_style.rs).
    pub(super) style: ViewStyle,
}

#[wasm_bindgen]
impl GanPlayground {
    /// A GAN widget drawing D's map on `map`, the samples on `points` (laid over it), the
    /// losses on `loss_chart` and the distances on `distance_chart`, running the config
    /// `query` (missing keys take defaults; bad ones are reported by `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        map: HtmlCanvasElement,
        points: HtmlCanvasElement,
        loss_chart: HtmlCanvasElement,
        distance_chart: HtmlCanvasElement,
        query: &str,
    ) -> GanPlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Gan;
        GanPlayground {
            session: GanSession::new(config.gan_config()),
            config,
            map,
            points,
            loss_chart,
            distance_chart,
            grid: Vec::new(),
            map_rgba: Vec::new(),
            points_raster: Raster::default(),
            table: scene::map_table(),
            mode: StepMode::Both,
            sketch: Vec::new(),
            issues,
            version: 0,
            drawn: None,
            charts_drawn: (Throttle::default(), Throttle::default()),
            style: ViewStyle::default(),
        }
    }

    /// Whether `query` asks for the GAN page (it has `mode=gan`).
    pub fn is_gan_query(query: &str) -> bool {
        config::parse(query).0.mode == Mode::Gan
    }

    /// Trains in the current step mode until `max_units` units are done or `budget_ms`
    /// milliseconds have passed. Returns the units done.
    pub fn advance(&mut self, max_units: u32, budget_ms: f64) -> u32 {
        let clock = web_sys::window().and_then(|w| w.performance());
        let now = || clock.as_ref().map_or(0.0, |p| p.now());
        let (session, mode) = (&mut self.session, self.mode);
        let paced = within_budget(max_units, UNITS_PER_CLOCK_READ, budget_ms, now, |n| {
            session.train(mode, n as u64);
            n
        });
        self.version += 1;
        paced.done
    }

    /// One unit in the current step mode (an iteration, or one D or one G step).
    pub fn step(&mut self) {
        self.session.train(self.mode, 1);
        self.version += 1;
    }

    /// Moves the explained step on by one phase; returns the phase now shown ("generate",
    /// "judge", "updated", "updateg") or `undefined` once the step is complete.
    pub fn explain(&mut self) -> Option<String> {
        self.version += 1;
        self.session.explain().map(|p| p.name().to_string())
    }

    /// Sets what a unit trains: "both", "d" or "g". Returns `false` for another name.
    pub fn set_step_mode(&mut self, name: &str) -> bool {
        StepMode::from_name(name).map(|m| self.mode = m).is_some()
    }

    /// Back to this config's initial weights; clears the charts.
    pub fn reset(&mut self) {
        self.session.reset();
        self.version += 1;
    }

    /// The next seed (new real samples, noise and weights). Returns the new config.
    pub fn regenerate(&mut self) -> String {
        let mut c = self.config.clone();
        c.seed = c.seed.wrapping_add(1);
        self.apply((c, Vec::new()));
        self.config()
    }

    /// Shows `xy` (plane coordinates, n × 2) as a drawing in progress in place of the real
    /// samples; an empty list ends the preview.
    pub fn set_sketch(&mut self, xy: Vec<f64>) {
        self.sketch = xy;
        self.version += 1;
    }

    /// Makes the drawing in progress the target (thinned to at most 300 points) and ends the
    /// preview. Returns what [`GanPlayground::set_config`] returns, or "none" when the
    /// drawing kept no point.
    pub fn commit_sketch(&mut self) -> String {
        let points = drawn::thin(&core::mem::take(&mut self.sketch));
        self.version += 1;
        if points.is_empty() {
            return "none".into();
        }
        let mut config = self.config.clone();
        config.gan.target = Target::Drawn;
        config.gan.drawn = points;
        self.apply((config, Vec::new()))
    }

    /// Draws D's map and the samples (when something changed) and the charts (when their
    /// data or size changed; while training runs, `settled` false, at most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let (w, h) = (self.points.width(), self.points.height());
        if self.drawn != Some((self.version, w, h)) {
            self.draw_map()?;
            self.draw_points(w, h)?;
            self.drawn = Some((self.version, w, h));
        }
        self.draw_charts(settled)
    }

    /// Numbers for the readouts, as one object (see [`stats`] for its fields).
    pub fn stats(&mut self) -> Result<Object, JsError> {
        stats(&mut self.session, self.mode)
    }
}

impl GanPlayground {
    /// Redraws everything with the new `style` at the next `draw`.
    pub(super) fn restyled(&mut self) {
        self.version += 1;
        self.charts_drawn.0.forget();
        self.charts_drawn.1.forget();
    }

    /// Switches to a parsed config and keeps its issues; returns "live" or "rebuild".
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Gan;
        self.issues = issues;
        self.version += 1;
        let change = self.session.set_config(config.gan_config());
        self.config = config;
        match change {
            GanChange::Live => "live",
            GanChange::Rebuild => "rebuild",
        }
        .into()
    }

    /// Draws chart `index` (0: the losses, 1: the distances) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        let drawn = match index {
            0 => chart::draw_losses(canvas, self.session.losses(), &self.style),
            1 => chart::draw_distances(canvas, self.session.distances(), &self.style),
            _ => return Ok(false),
        };
        drawn.map_err(|e| JsError::new(&e))?;
        Ok(true)
    }

    /// Redraws each chart whose picture changed, at once when `settled`.
    fn draw_charts(&mut self, settled: bool) -> Result<(), JsError> {
        let now = crate::web::canvas::now();
        let key = ChartKey::of(&self.loss_chart, self.session.losses());
        if self.charts_drawn.0.due(now, key, settled) {
            chart::draw_losses(&self.loss_chart, self.session.losses(), &self.style)
                .map_err(|e| JsError::new(&e))?;
        }
        let key = ChartKey::of(&self.distance_chart, self.session.distances());
        if self.charts_drawn.1.due(now, key, settled) {
            chart::draw_distances(&self.distance_chart, self.session.distances(), &self.style)
                .map_err(|e| JsError::new(&e))?;
        }
        Ok(())
    }

    fn draw_map(&mut self) -> Result<(), JsError> {
        let res = MAP_RESOLUTION;
        self.session
            .gan_mut()
            .discriminator_grid(res, &mut self.grid);
        self.map_rgba.resize(res * res * 4, 0);
        scene::heatmap(&self.grid, &self.table, &mut self.map_rgba);
        if self.map.width() != res as u32 {
            self.map.set_width(res as u32);
            self.map.set_height(res as u32);
        }
        put(&self.map, &self.map_rgba, res as u32, res as u32)
    }

    fn draw_points(&mut self, w: u32, h: u32) -> Result<(), JsError> {
        if w == 0 || h == 0 {
            return Ok(());
        }
        let (wu, hu) = (w as usize, h as usize);
        self.points_raster.resize(wu, hu);
        let overlay = Overlay {
            sketch: &self.sketch,
            dot_scale: self.style.dot_scale(),
        };
        scene::draw_points(&mut self.session, overlay, &mut self.points_raster);
        put_raster(&self.points, &self.points_raster)
    }
}

/// The numbers of `session` (trained in `mode`) as one object: `iterations`, `dSteps`,
/// `gSteps`, `dLoss`, `gLoss` (smoothed), `kl`, `js`, `modesCovered`, `modesTotal`, `spread`,
/// `nearest` (mean distance of generated samples to the nearest real one), `gFingerprint`,
/// `dFingerprint` (hex), `phase` (null or the explained step's phase), `verdictRange` (null or
/// the [lowest, highest] verdict of the explained step's batch: its rings' colour scale),
/// `arrowScale` (null or how much its update arrows are magnified), `stepMode`, `target`,
/// and `diagnosis` (null or `{kind, covered, total}`, kind one of "modeCollapse",
/// "partialCoverage", "pointCollapse", "discriminatorWins", "standstill", "oscillation").
pub fn stats(session: &mut GanSession<f32>, mode: StepMode) -> Result<Object, JsError> {
    let nearest = session.nearest_distance();
    let s = &*session;
    let m = s.metrics();
    let (d_loss, g_loss) = s.smoothed_losses();
    let hex = |f: u64| JsValue::from_str(&format!("{f:016x}"));
    let phase = s
        .explained()
        .map_or(JsValue::NULL, |e| e.phase.name().into());
    let range = s.explained().and_then(|e| e.verdict_range());
    let verdicts = range.map_or(JsValue::NULL, |(lo, hi)| {
        js_sys::Array::of2(&lo.into(), &hi.into()).into()
    });
    let arrows = (s.explained())
        .and_then(|e| e.arrow_scale())
        .map_or(JsValue::NULL, JsValue::from);
    let fields: [(&str, JsValue); 19] = [
        ("iterations", (s.units() as f64).into()),
        ("dSteps", (s.d_steps() as f64).into()),
        ("gSteps", (s.g_steps() as f64).into()),
        ("dLoss", d_loss.into()),
        ("gLoss", g_loss.into()),
        ("kl", m.kl.into()),
        ("js", m.js.into()),
        ("modesCovered", (m.modes_covered as f64).into()),
        ("modesTotal", (m.modes_total as f64).into()),
        ("spread", m.spread_ratio.into()),
        ("nearest", nearest.into()),
        ("gFingerprint", hex(s.gan().generator().fingerprint())),
        ("dFingerprint", hex(s.gan().discriminator().fingerprint())),
        ("phase", phase),
        ("verdictRange", verdicts),
        ("arrowScale", arrows),
        ("stepMode", mode.name().into()),
        ("target", s.config().target.name().into()),
        ("diagnosis", diagnosis_object(s.diagnosis())?),
    ];
    object(&fields)
}

fn object(fields: &[(&str, JsValue)]) -> Result<Object, JsError> {
    let o = Object::new();
    for (key, value) in fields {
        Reflect::set(&o, &JsValue::from_str(key), value)
            .map_err(|_| JsError::new("cannot build the stats object"))?;
    }
    Ok(o)
}

fn diagnosis_object(d: Option<Diagnosis>) -> Result<JsValue, JsError> {
    let Some(d) = d else {
        return Ok(JsValue::NULL);
    };
    let (kind, covered, total) = match d {
        Diagnosis::ModeCollapse { covered, total } => ("modeCollapse", covered, total),
        Diagnosis::PartialCoverage { covered, total } => ("partialCoverage", covered, total),
        Diagnosis::PointCollapse => ("pointCollapse", 0, 0),
        Diagnosis::DiscriminatorWins => ("discriminatorWins", 0, 0),
        Diagnosis::Standstill => ("standstill", 0, 0),
        Diagnosis::Oscillation => ("oscillation", 0, 0),
    };
    let fields = [
        ("kind", JsValue::from_str(kind)),
        ("covered", (covered as f64).into()),
        ("total", (total as f64).into()),
    ];
    Ok(object(&fields)?.into())
}

#[wasm_bindgen]
impl GanPlayground {
    /// The settings (a drawn target included) and both networks' weights as JSON text.
    pub fn save_state(&self) -> String {
        crate::modes::gan::state::save_gan(&self.config, &self.session)
    }

    /// Loads a saved GAN file: "" when done (its ignored settings are then in `issues`),
    /// else why it was refused (as `messages::state_error_object`); nothing changes then.
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::gan::state::load_gan::<f32>(text) {
            Ok(loaded) => {
                self.config = loaded.config;
                self.session = loaded.session;
                self.issues = loaded.issues;
                self.sketch.clear();
                self.version += 1;
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

handle_methods!(GanPlayground);
crate::web::export::export_methods!(GanPlayground);
