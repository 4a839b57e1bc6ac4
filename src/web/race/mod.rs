//! The `RacePlayground` handle: a race of optimisers down a 2-D loss surface plus the map and
//! chart canvases it draws on, for the `<nn-playground>` element's race mode. Per frame the
//! shell calls `advance`, `draw` and `stats`; everything else answers a control or a click.

mod chart;

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::raster::Raster;
use crate::drawing::style::ViewStyle;
use crate::engine::pacing::within_budget;
use crate::modes::race::{
    MapOptions, PREVIEW_STEPS, Race, Racer, Status, Surface, SurfaceMap, Tuning, draw_minima,
    draw_preview, draw_race,
};
use crate::web::canvas::{finite, fit, now, object, put_raster};
use crate::web::handle_methods::handle_methods;
use crate::web::throttle::Throttle;
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Steps between two clock reads in [`RacePlayground::advance`] (a step takes well under a
/// microsecond per racer).
const STEPS_PER_CLOCK_READ: u32 = 16;
/// A start dropped by a click is rounded to this many decimals (well under a pixel on every
/// surface's map, and short in a link).
const START_DECIMALS: i32 = 3;
/// Weight of the latest frame in the running mean of the drawing time.
const DRAW_SMOOTHING: f64 = 0.2;

/// One race widget: the settings, the race, the cached map and the two canvases.
#[wasm_bindgen]
pub struct RacePlayground {
    /// The whole config (`mode` always race).
    pub(super) config: Config,
    race: Race,
    /// The race run ahead from its start ([`Race::preview`]), made on every change of the
    /// settings or the start: every racer's whole path, drawn under the live trails.
    preview: Race,
    /// Time the last preview took to compute (ms).
    preview_ms: f64,
    map: HtmlCanvasElement,
    chart: HtmlCanvasElement,
    /// The shaded map with its minima, at the canvas's size: computed once per surface and
    /// size, copied under the trails every frame.
    base: Raster,
    base_key: Option<(Surface, u32, u32)>,
    frame: Raster,
    pub(super) issues: Vec<ConfigIssue>,
    /// Bumped by everything that changes the picture; `drawn` is its value at the last map
    /// draw (with the canvas size), and the chart's key (with its canvas size).
    version: u64,
    drawn: Option<(u64, u32, u32)>,
    chart_drawn: Throttle<(u64, u32, u32)>,
    pub(super) style: ViewStyle,
    /// Running mean of the time `draw` takes (ms), and of the map's base computation.
    draw_ms: f64,
    base_ms: f64,
}

#[wasm_bindgen]
impl RacePlayground {
    /// A race widget drawing the surface and the racers on `map` and their losses on `chart`,
    /// running the config `query` (missing keys take defaults; bad ones are reported by
    /// `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(map: HtmlCanvasElement, chart: HtmlCanvasElement, query: &str) -> RacePlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Race;
        let race = config.race.race();
        let (preview, preview_ms) = timed_preview(&race);
        RacePlayground {
            race,
            preview,
            preview_ms,
            config,
            map,
            chart,
            base: Raster::default(),
            base_key: None,
            frame: Raster::default(),
            issues,
            version: 0,
            drawn: None,
            chart_drawn: Throttle::default(),
            style: ViewStyle::default(),
            draw_ms: 0.0,
            base_ms: 0.0,
        }
    }

    /// Steps every racer until `max_steps` steps are done, `budget_ms` milliseconds have
    /// passed or every racer has stopped for good. Returns the steps done.
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        let race = &mut self.race;
        let paced = within_budget(max_steps, STEPS_PER_CLOCK_READ, budget_ms, now, |n| {
            if race.finished() {
                return 0;
            }
            race.run(n as usize);
            n
        });
        let done = paced.done;
        if done > 0 {
            self.version += 1;
        }
        done
    }

    /// One step of every racer still going.
    pub fn step(&mut self) {
        if !self.race.finished() {
            self.race.step();
            self.version += 1;
        }
    }

    /// Every racer back to the start with fresh moments; the settings stay.
    pub fn restart(&mut self) {
        self.race.restart();
        self.version += 1;
    }

    /// Whether every racer has stopped for good (converged, stuck or diverged).
    pub fn finished(&self) -> bool {
        self.race.finished()
    }

    /// Drops the start at canvas pixel (`px`, `py`) of the map (the canvas's own pixels, as
    /// its `width` and `height` count them) and restarts the race from there. Returns the
    /// new config.
    pub fn set_start(&mut self, px: f64, py: f64) -> String {
        let (w, h) = (self.map.width() as usize, self.map.height() as usize);
        if w > 0 && h > 0 && px.is_finite() && py.is_finite() {
            let domain = self.config.race.surface.domain();
            let (x, y) = domain.from_pixel((px, py), w, h);
            let (x, y) = domain.clamp(x, y);
            let mut config = self.config.clone();
            config.race.start = Some((round(x), round(y)));
            self.apply((config, Vec::new()));
        }
        self.config()
    }

    /// Draws the map with the trails and drops (when the race or the canvas changed) and the
    /// loss chart (when its data or size changed; while the race runs, `settled` false, at
    /// most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let start = now();
        let (w, h) = (self.map.width(), self.map.height());
        if self.drawn != Some((self.version, w, h)) && w > 0 && h > 0 {
            self.draw_map(w, h)?;
            self.drawn = Some((self.version, w, h));
        }
        let key = (self.version, self.chart.width(), self.chart.height());
        if self.chart_drawn.due(start, key, settled) {
            chart::draw(&self.chart, &self.race, &self.style).map_err(|e| JsError::new(&e))?;
        }
        let spent = now() - start;
        self.draw_ms += DRAW_SMOOTHING * (spent - self.draw_ms);
        Ok(())
    }

    /// The best step sizes of plain descent and momentum on the surface, computed from its
    /// curvatures, if it is a quadratic (the long bowl): `{lambdaMin, lambdaMax, sgdRate,
    /// momentumRate, momentum, query}` (`query` sets them: `sgdlr=…&momlr=…&mommu=…`), else
    /// null.
    pub fn best_steps(&self) -> Result<JsValue, JsError> {
        let Some(t) = Tuning::for_surface(self.config.race.surface) else {
            return Ok(JsValue::NULL);
        };
        let fields: [(&str, JsValue); 6] = [
            ("lambdaMin", t.lambda_min.into()),
            ("lambdaMax", t.lambda_max.into()),
            ("sgdRate", t.sgd_rate.into()),
            ("momentumRate", t.momentum_rate.into()),
            ("momentum", t.momentum.into()),
            ("query", t.query().into()),
        ];
        Ok(object(&fields)?.into())
    }

    /// Numbers for the readouts, as one object (see [`stats`] for its fields), with
    /// `preview` (one `{kind, status, steps}` per racer: where its previewed path ends) and
    /// `previewMs` (the time the last preview took).
    pub fn stats(&self) -> Result<Object, JsError> {
        let out = stats(&self.race, (self.draw_ms, self.base_ms))?;
        let preview: Array = (self.preview.racers().iter())
            .map(|r| {
                let steps = r.finished_at().unwrap_or(r.steps()) as f64;
                object(&[
                    ("kind", r.spec().kind.name().into()),
                    ("status", r.status().name().into()),
                    ("steps", steps.into()),
                ])
                .map(JsValue::from)
            })
            .collect::<Result<_, _>>()?;
        js_sys::Reflect::set(&out, &"preview".into(), &preview)
            .and_then(|_| js_sys::Reflect::set(&out, &"previewMs".into(), &self.preview_ms.into()))
            .map_err(|_| JsError::new("stats: could not add the preview"))?;
        Ok(out)
    }
}

impl RacePlayground {
    /// Switches to a parsed config, keeps its issues and restarts the race; returns the kind
    /// of change.
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Race;
        self.issues = issues;
        if config.race == self.config.race {
            // Nothing the race runs on changed (the palette, say): the race goes on.
            self.config = config;
            return "live".into();
        }
        let change = config::change_between(&self.config, &config);
        self.config = config;
        self.race = self.config.race.race();
        (self.preview, self.preview_ms) = timed_preview(&self.race);
        self.version += 1;
        match change {
            config::Change::Regenerate => "regenerate",
            _ => "rebuild",
        }
        .into()
    }

    /// After a change of view style: the trails and the chart are drawn again.
    pub(super) fn restyled(&mut self) {
        self.version += 1;
        self.chart_drawn.forget();
    }

    /// The cached map under the trails, then one put of the whole picture.
    fn draw_map(&mut self, w: u32, h: u32) -> Result<(), JsError> {
        let surface = self.race.surface();
        if self.base_key != Some((surface, w, h)) {
            let start = now();
            let map = SurfaceMap::new(surface, w as usize, h as usize, MapOptions::default());
            self.base = Raster {
                width: map.width,
                height: map.height,
                rgba: map.rgba,
            };
            draw_minima(&mut self.base, &surface.domain(), surface.minima());
            self.base_key = Some((surface, w, h));
            self.base_ms = now() - start;
        }
        self.frame.copy_from(&self.base);
        let scheme = self.style.scheme;
        draw_preview(&self.preview, &mut self.frame, self.style.dot_scale());
        draw_race(&self.race, &mut self.frame, self.style.dot_scale(), scheme);
        fit(&self.map, w, h);
        put_raster(&self.map, &self.frame)
    }
}

/// `race`'s preview ([`PREVIEW_STEPS`] at most) and the milliseconds it took.
fn timed_preview(race: &Race) -> (Race, f64) {
    let start = now();
    let preview = race.preview(PREVIEW_STEPS);
    (preview, now() - start)
}

/// `v` rounded to [`START_DECIMALS`] decimals.
fn round(v: f64) -> f64 {
    let scale = 10f64.powi(START_DECIMALS);
    (v * scale).round() / scale
}

/// The numbers of `race` as one object: `epoch` (steps since the start), `finished` (every
/// racer has stopped for good), `diverged` (null, or the names of the optimisers that flew
/// off, comma-separated), `surface`, `minValue` (the surface's lowest value), `start` (`{x,
/// y}`), `domain` (`{xMin, xMax, yMin, yMax}`), `drawMs` and `mapMs` (mean time of a draw
/// and time of the last map computation), and `racers`, one object per racer (see
/// [`racer`]).
pub fn stats(race: &Race, (draw_ms, map_ms): (f64, f64)) -> Result<Object, JsError> {
    let surface = race.surface();
    let racers: Array = race
        .racers()
        .iter()
        .map(|r| racer(r, surface).map(JsValue::from))
        .collect::<Result<_, _>>()?;
    let flew: Vec<&str> = (race.racers().iter())
        .filter(|r| r.status() == Status::Diverged)
        .map(|r| r.spec().kind.name())
        .collect();
    let diverged = if flew.is_empty() {
        JsValue::NULL
    } else {
        flew.join(",").into()
    };
    let d = surface.domain();
    let (sx, sy) = race.start();
    let fields: [(&str, JsValue); 10] = [
        ("epoch", (race.steps() as f64).into()),
        ("finished", race.finished().into()),
        ("diverged", diverged),
        ("surface", surface.name().into()),
        ("minValue", surface.min_value().into()),
        (
            "start",
            object(&[("x", sx.into()), ("y", sy.into())])?.into(),
        ),
        (
            "domain",
            object(&[
                ("xMin", d.x_min.into()),
                ("xMax", d.x_max.into()),
                ("yMin", d.y_min.into()),
                ("yMax", d.y_max.into()),
            ])?
            .into(),
        ),
        ("drawMs", draw_ms.into()),
        ("mapMs", map_ms.into()),
        ("racers", racers.into()),
    ];
    object(&fields)
}

/// One racer: `kind` (the optimiser's query-string name), `colour` (`#rrggbb`), `loss`
/// (null once not finite), `x`, `y` (null once not finite), `status` (the key the page
/// translates: running, converged, local, saddle, oscillating, diverged), `steps` (taken,
/// or the step it stopped at), `learningRate`, and `explanation` (an English sentence; the
/// page shows its own translation of `status` instead).
fn racer(r: &Racer, surface: Surface) -> Result<Object, JsError> {
    let [cr, cg, cb, _] = r.spec().colour;
    let (x, y) = r.position();
    let steps = r.finished_at().unwrap_or(r.steps());
    let fields: [(&str, JsValue); 9] = [
        ("kind", r.spec().kind.name().into()),
        ("colour", format!("#{cr:02x}{cg:02x}{cb:02x}").into()),
        ("loss", finite(r.loss())),
        ("x", finite(x)),
        ("y", finite(y)),
        ("status", r.status().name().into()),
        ("steps", (steps as f64).into()),
        ("learningRate", r.spec().hyper.learning_rate.into()),
        ("explanation", r.explanation(surface).into()),
    ];
    object(&fields)
}

#[wasm_bindgen]
impl RacePlayground {
    /// The settings as JSON text: they are the race's whole state.
    pub fn save_state(&self) -> String {
        crate::modes::race::state::save_race(&self.config)
    }

    /// Loads a saved race file and restarts every racer from its start: "" when done, else
    /// why it was refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::race::state::load_race(text) {
            Ok(parsed) => {
                self.apply(parsed);
                self.restart();
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

handle_methods!(RacePlayground);

impl RacePlayground {
    /// Draws chart `index` (0: the losses) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        if index != 0 {
            return Ok(false);
        }
        chart::draw(canvas, &self.race, &self.style).map_err(|e| JsError::new(&e))?;
        Ok(true)
    }
}

crate::web::export::export_methods!(RacePlayground);
