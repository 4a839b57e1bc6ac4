//! The `Playground` handle: a session plus the canvases it draws on.

use super::chart;
use crate::config::{self, Config, ConfigIssue};
use crate::data::DatasetKind;
use crate::nn::Activation;
use crate::render::{self, CLASSIC, OutputScale, PointLayer, Rgba};
use crate::session::Session;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{Clamped, prelude::*};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

/// Cells per side of the decision-boundary grid (TF Playground's density).
const GRID_RESOLUTION: usize = 100;
/// Steps between two clock reads in [`Playground::advance`] (a step takes microseconds).
const STEPS_PER_CLOCK_READ: u32 = 4;

/// One playground widget: training session, pixel buffers and the three canvases.
#[wasm_bindgen]
pub struct Playground {
    session: Session<f32>,
    boundary: HtmlCanvasElement,
    points: HtmlCanvasElement,
    chart: HtmlCanvasElement,
    grid: Vec<f32>,
    boundary_rgba: Vec<u8>,
    points_rgba: Vec<u8>,
    points_drawn: Option<(u32, u32, bool, usize)>,
    chart_drawn: Option<chart::ChartKey>,
    table: [Rgba; 256],
    issues: Vec<String>,
}

#[wasm_bindgen]
impl Playground {
    /// A playground drawing the decision boundary on `boundary`, the data on `points` (laid
    /// over it) and the loss chart on `chart`, running the config `query` (missing keys take
    /// defaults; bad ones are reported by [`Playground::issues`]).
    #[wasm_bindgen(constructor)]
    pub fn new(
        boundary: HtmlCanvasElement,
        points: HtmlCanvasElement,
        chart: HtmlCanvasElement,
        query: &str,
    ) -> Result<Playground, JsError> {
        let (config, issues) = config::parse(query);
        Ok(Playground {
            session: Session::new(config),
            boundary,
            points,
            chart,
            grid: Vec::new(),
            boundary_rgba: Vec::new(),
            points_rgba: Vec::new(),
            points_drawn: None,
            chart_drawn: None,
            table: CLASSIC.table(),
            issues: issues.iter().map(|i| i.to_string()).collect(),
        })
    }

    /// Trains until `max_steps` mini-batch updates are done or `budget_ms` milliseconds have
    /// passed, whichever comes first. Returns the number of updates applied.
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        let clock = web_sys::window().and_then(|w| w.performance());
        let now = || clock.as_ref().map_or(0.0, |p| p.now());
        let start = now();
        let mut done = 0;
        while done < max_steps {
            let chunk = STEPS_PER_CLOCK_READ.min(max_steps - done);
            let applied = self.session.train_steps(chunk as u64) as u32;
            done += applied;
            if applied < chunk || now() - start >= budget_ms {
                break;
            }
        }
        done
    }

    /// One mini-batch update. Returns `false` when training has diverged.
    pub fn step(&mut self) -> bool {
        self.session.step()
    }

    /// Updates to the end of the current epoch. Returns how many were applied.
    pub fn step_epoch(&mut self) -> u32 {
        self.session.train_epoch() as u32
    }

    /// Back to this seed's initial weights; clears the history.
    pub fn reset(&mut self) {
        self.session.reset();
    }

    /// Draws the next seed's data and weights (the seed is in the config, so the link still
    /// reproduces the run).
    pub fn regenerate(&mut self) -> String {
        let mut c = self.session.config().clone();
        c.seed = c.seed.wrapping_add(1);
        self.apply((c, Vec::new()));
        self.config()
    }

    /// The whole config as a query string (for the URL hash, the embed attribute, exports).
    pub fn config(&self) -> String {
        self.session.config().to_query()
    }

    /// Applies the keys in `query` on top of the current config (keys not mentioned keep
    /// their values). Returns "live", "rebuild" or "regenerate": what the change did.
    /// Problems with the query are reported by [`Playground::issues`].
    pub fn set_config(&mut self, query: &str) -> String {
        self.apply(config::parse_onto(self.session.config(), query))
    }

    /// Replaces the whole config by `query` (missing keys take defaults), as when a URL hash
    /// changes. Same return value as [`Playground::set_config`].
    pub fn replace_config(&mut self, query: &str) -> String {
        self.apply(config::parse(query))
    }

    /// What the last config read ignored, one sentence per problem.
    pub fn issues(&self) -> Array {
        self.issues.iter().map(|s| JsValue::from_str(s)).collect()
    }

    /// Draws the decision boundary, and the points and the loss chart when they changed.
    pub fn draw(&mut self) -> Result<(), JsError> {
        if self.session.divergence().is_none() {
            self.draw_boundary()?;
        }
        self.draw_points()?;
        let key = chart::ChartKey::of(&self.chart, self.session.history());
        if self.chart_drawn != Some(key) {
            chart::draw_loss(&self.chart, self.session.history()).map_err(|e| JsError::new(&e))?;
            self.chart_drawn = Some(key);
        }
        Ok(())
    }

    /// Numbers for the readouts, as one object: `epoch`, `steps`, `stepsPerEpoch`,
    /// `trainLoss`, `testLoss`, `trainAccuracy`, `testAccuracy`, `regression`, `outputBias`,
    /// `diverged` (null or "loss"/"weights") and `divergedAt`.
    pub fn stats(&mut self) -> Result<Object, JsError> {
        let s = &mut self.session;
        let net = s.network();
        let bias = net.bias(net.layer_count() - 1, 0) as f64;
        let batch = s.config().batch_size.max(1);
        let per_epoch = s.train_set().len().div_ceil(batch).max(1) as f64;
        let (diverged, at) = match s.divergence() {
            Some(d) => (divergence_name(d).into(), (d.step as f64).into()),
            None => (JsValue::NULL, JsValue::NULL),
        };
        let fields: [(&str, JsValue); 11] = [
            ("epoch", s.epoch().into()),
            ("steps", (s.steps() as f64).into()),
            ("stepsPerEpoch", per_epoch.into()),
            ("trainLoss", s.train_loss().into()),
            ("testLoss", s.test_loss().into()),
            ("trainAccuracy", s.train_accuracy().into()),
            ("testAccuracy", s.test_accuracy().into()),
            ("regression", s.config().dataset.is_regression().into()),
            ("outputBias", bias.into()),
            ("diverged", diverged),
            ("divergedAt", at),
        ];
        let o = Object::new();
        for (key, value) in fields {
            Reflect::set(&o, &JsValue::from_str(key), &value).map_err(js_err)?;
        }
        Ok(o)
    }

    /// Draws a small picture of a dataset (its points as dots on white) on `canvas`,
    /// for the dataset picker. `name` is a dataset's query-string name.
    pub fn thumbnail(canvas: &HtmlCanvasElement, name: &str, seed: u64) -> Result<(), JsError> {
        let kind = DatasetKind::from_name(name).ok_or_else(|| JsError::new("unknown dataset"))?;
        let config = Config {
            dataset: kind,
            seed,
            ..Config::default()
        };
        let session = Session::<f32>::new(config);
        let (w, h) = (canvas.width() as usize, canvas.height() as usize);
        // On white the points' white rings vanish, leaving small solid dots (as in TF
        // Playground's thumbnails), which stay legible at this size.
        let mut rgba = vec![0xffu8; w * h * 4];
        let radius = (w.min(h) as f64 / 48.0).max(1.8);
        let layer = PointLayer {
            width: w,
            height: h,
            radius,
        };
        layer.draw(&session.train_set().points, false, &CLASSIC, &mut rgba);
        layer.draw(&session.test_set().points, false, &CLASSIC, &mut rgba);
        put(canvas, &rgba, w as u32, h as u32)
    }
}

impl Playground {
    /// Switches the session to a parsed config and keeps its issues; returns what the
    /// switch did ("live", "rebuild", "regenerate").
    fn apply(&mut self, (config, issues): (Config, Vec<ConfigIssue>)) -> String {
        self.issues = issues.iter().map(ToString::to_string).collect();
        change_name(self.session.set_config(config)).to_string()
    }

    fn draw_boundary(&mut self) -> Result<(), JsError> {
        let res = GRID_RESOLUTION;
        self.session.decision_grid(res, &mut self.grid);
        self.boundary_rgba.resize(res * res * 4, 0);
        let scale = match self.session.network().output_activation() {
            Activation::Sigmoid => OutputScale::Probability,
            _ => OutputScale::Signed,
        };
        let discretize = self.session.config().discretize;
        render::heatmap(
            &self.grid,
            scale,
            discretize,
            &self.table,
            &mut self.boundary_rgba,
        );
        if self.boundary.width() != res as u32 {
            self.boundary.set_width(res as u32);
            self.boundary.set_height(res as u32);
        }
        put(&self.boundary, &self.boundary_rgba, res as u32, res as u32)
    }

    fn draw_points(&mut self) -> Result<(), JsError> {
        let (w, h) = (self.points.width(), self.points.height());
        let show_test = self.session.config().show_test;
        let key = (w, h, show_test, self.data_identity());
        if self.points_drawn == Some(key) || w == 0 || h == 0 {
            return Ok(());
        }
        self.points_rgba.resize(w as usize * h as usize * 4, 0);
        let radius = (w.min(h) as f64 / 100.0).clamp(2.5, 8.0);
        let layer = PointLayer {
            width: w as usize,
            height: h as usize,
            radius,
        };
        layer.clear(&mut self.points_rgba);
        layer.draw(
            &self.session.train_set().points,
            false,
            &CLASSIC,
            &mut self.points_rgba,
        );
        if show_test {
            layer.draw(
                &self.session.test_set().points,
                true,
                &CLASSIC,
                &mut self.points_rgba,
            );
        }
        put(&self.points, &self.points_rgba, w, h)?;
        self.points_drawn = Some(key);
        Ok(())
    }

    /// Changes whenever the data are redrawn (a cheap fingerprint of the first point).
    fn data_identity(&self) -> usize {
        let pts = &self.session.train_set().points;
        pts.first()
            .map_or(0, |p| (p.x.to_bits() ^ p.y.to_bits()) as usize ^ pts.len())
    }
}

fn put(canvas: &HtmlCanvasElement, rgba: &[u8], w: u32, h: u32) -> Result<(), JsError> {
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(js_err)?
        .ok_or_else(|| JsError::new("no 2d canvas context"))?
        .dyn_into()
        .map_err(|_| JsError::new("not a 2d context"))?;
    let img = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), w, h).map_err(js_err)?;
    ctx.put_image_data(&img, 0.0, 0.0).map_err(js_err)
}

fn js_err(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

fn change_name(change: config::Change) -> &'static str {
    match change {
        config::Change::Live => "live",
        config::Change::Rebuild => "rebuild",
        config::Change::Regenerate => "regenerate",
    }
}

fn divergence_name(d: &crate::session::Divergence) -> &'static str {
    match d.kind {
        crate::session::DivergenceKind::Loss => "loss",
        crate::session::DivergenceKind::Weights => "weights",
    }
}
