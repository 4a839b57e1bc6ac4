//! The `TerrainPlayground` handle: a VAE learning generated terrains, the latent pad it is
//! walked with and the 3-D relief of the terrain at the pad's point, for the
//! `<nn-playground>` element's terrain mode. Per frame the shell calls `advance`, then
//! `draw_pad` and either `draw_relief` (the software renderer) or `relief_mesh` (the
//! triangles its WebGL renderer draws), and `stats`.

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::colour::Rgba;
use crate::drawing::heightfield::Landform;
use crate::drawing::raster::Raster;
use crate::drawing::relief3d::{self, SKY};
use crate::drawing::style::ViewStyle;
use crate::engine::pacing::within_budget;
use crate::formats::png;
use crate::modes::terrain::{LATENT_LIMIT, PATCH, TerrainSession, state};
use crate::web::canvas::{finite, fit, now, object, put_raster};
use crate::web::handle_methods::handle_methods;
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Steps between two clock reads in [`TerrainPlayground::advance`].
const STEPS_PER_CLOCK_READ: u32 = 1;
/// Grid points a side of the relief (the decoded terrain resampled).
const RELIEF_GRID: usize = 48;
/// Side of an exported heightmap, in pixels.
pub const EXPORT_SIDE: u32 = 256;
/// Steps between two encodings of the training set for the pad's dots while training.
const CODES_EVERY: u64 = 100;
/// Weight of the latest frame in the running means of times.
const SMOOTHING: f64 = 0.2;
/// Colours of the landforms' dots on the pad (Okabe–Ito blue, vermilion, green).
const FORM_COLOURS: [Rgba; 3] = [
    [0x00, 0x72, 0xb2, 0xff],
    [0xd5, 0x5e, 0x00, 0xff],
    [0x00, 0x9e, 0x73, 0xff],
];

/// One terrain widget: the settings, the training run and the two canvases.
#[wasm_bindgen]
pub struct TerrainPlayground {
    pub(super) config: Config,
    session: TerrainSession<f32>,
    relief: HtmlCanvasElement,
    pad: HtmlCanvasElement,
    pub(super) issues: Vec<ConfigIssue>,
    pub(super) style: ViewStyle,
    /// The terrain at the pad's point, and the step count and point it was decoded at.
    terrain: Vec<f32>,
    terrain_key: Option<(u64, [u64; 2])>,
    /// Mean codes of the training terrains, and the step count they were computed at.
    codes: Vec<f64>,
    codes_at: Option<u64>,
    /// Bumped by every change of the pictures; with the canvas sizes, what was drawn last.
    version: u64,
    relief_drawn: Option<(u64, u32, u32)>,
    pad_drawn: Option<(u64, u32, u32)>,
    relief_raster: Raster,
    pad_raster: Raster,
    step_ms: f64,
    draw_ms: f64,
}

#[wasm_bindgen]
impl TerrainPlayground {
    /// A terrain widget drawing the relief on `relief` and the latent pad on `pad`, running
    /// the config `query` (missing keys take defaults; bad ones are reported by `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        relief: HtmlCanvasElement,
        pad: HtmlCanvasElement,
        query: &str,
    ) -> TerrainPlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Terrain;
        TerrainPlayground {
            session: TerrainSession::new(config.seed),
            config,
            relief,
            pad,
            issues,
            style: ViewStyle::default(),
            terrain: Vec::new(),
            terrain_key: None,
            codes: Vec::new(),
            codes_at: None,
            version: 0,
            relief_drawn: None,
            pad_drawn: None,
            relief_raster: Raster::default(),
            pad_raster: Raster::default(),
            step_ms: 0.0,
            draw_ms: 0.0,
        }
    }

    /// Trains until `max_steps` steps are done or `budget_ms` milliseconds have passed (at
    /// least one step). Returns the steps done.
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        let session = &mut self.session;
        let paced = within_budget(max_steps, STEPS_PER_CLOCK_READ, budget_ms, now, |n| {
            session.train(n as usize);
            n
        });
        let done = paced.done;
        if done > 0 {
            let per_step = paced.ms / done as f64;
            self.step_ms += SMOOTHING * (per_step - self.step_ms);
            self.version += 1;
        }
        done
    }

    /// One training step.
    pub fn step(&mut self) {
        self.session.step();
        self.version += 1;
    }

    /// `n` training steps at once, whatever the time (tests and "train to the end").
    pub fn train(&mut self, n: u32) {
        self.session.train(n as usize);
        self.version += 1;
    }

    /// Fresh weights of the seed: training starts again.
    pub fn restart(&mut self) {
        self.session = TerrainSession::new(self.config.seed);
        self.codes_at = None;
        self.version += 1;
    }

    /// Moves the latent point to canvas pixel (`px`, `py`) of the pad (its own pixels, as its
    /// `width` and `height` count them; x to the right, y up). Returns the new config.
    pub fn set_latent(&mut self, px: f64, py: f64) -> String {
        let (w, h) = (self.pad.width() as f64, self.pad.height() as f64);
        if w > 0.0 && h > 0.0 && px.is_finite() && py.is_finite() {
            let to = |v: f64| ((v * 2.0 - 1.0) * LATENT_LIMIT).clamp(-LATENT_LIMIT, LATENT_LIMIT);
            let round = |v: f64| (v * 100.0).round() / 100.0;
            let mut config = self.config.clone();
            config.terrain.latent = [round(to(px / w)), round(to(1.0 - py / h))];
            self.apply((config, Vec::new()));
        }
        self.config()
    }

    /// Draws the relief with the software renderer on the relief canvas (when the terrain,
    /// the view or the canvas changed).
    pub fn draw_relief(&mut self) -> Result<(), JsError> {
        let start = now();
        let (w, h) = (self.relief.width(), self.relief.height());
        self.decode();
        if self.relief_drawn != Some((self.version, w, h)) && w > 0 && h > 0 {
            self.relief_raster.resize(w as usize, h as usize);
            let view = self.config.terrain.view();
            relief3d::draw_relief(
                &self.terrain,
                PATCH,
                RELIEF_GRID,
                &view,
                &mut self.relief_raster,
            );
            fit(&self.relief, w, h);
            put_raster(&self.relief, &self.relief_raster)?;
            self.relief_drawn = Some((self.version, w, h));
        }
        self.draw_ms += SMOOTHING * (now() - start - self.draw_ms);
        Ok(())
    }

    /// The relief's triangles for a picture `aspect` (width / height) wide, back to front,
    /// six floats a vertex (x, y, depth, r, g, b; see `drawing/relief3d.rs`), for the WebGL
    /// renderer.
    pub fn relief_mesh(&mut self, aspect: f64) -> Vec<f32> {
        self.decode();
        let view = self.config.terrain.view();
        let grid = relief3d::resample(&self.terrain, PATCH, RELIEF_GRID);
        relief3d::relief_mesh(&grid, RELIEF_GRID, aspect, &view).vertices
    }

    /// The sky behind the relief, as `[r, g, b]` in 0…1.
    pub fn sky(&self) -> Vec<f32> {
        SKY[..3].iter().map(|&c| c as f32 / 255.0).collect()
    }

    /// Whether the relief must be drawn again since `drawn` (a value of `version()`).
    pub fn version(&self) -> f64 {
        self.version as f64
    }

    /// Draws the latent pad (when the codes, the point or the canvas changed): the training
    /// terrains' codes as dots coloured by landform, axes, and the point shown.
    pub fn draw_pad(&mut self) -> Result<(), JsError> {
        let (w, h) = (self.pad.width(), self.pad.height());
        let stale = self
            .codes_at
            .is_none_or(|at| self.session.steps() >= at + CODES_EVERY)
            && self.codes_at != Some(self.session.steps());
        if stale {
            self.codes = self.session.training_codes();
            self.codes_at = Some(self.session.steps());
            self.version += 1;
        }
        if self.pad_drawn == Some((self.version, w, h)) || w == 0 || h == 0 {
            return Ok(());
        }
        let r = &mut self.pad_raster;
        r.resize(w as usize, h as usize);
        r.clear([0xf6, 0xf8, 0xfa, 0xff]);
        let (wf, hf) = (w as f64, h as f64);
        let to_px = |x: f64, y: f64| {
            (
                (x / LATENT_LIMIT + 1.0) * 0.5 * wf,
                (1.0 - (y / LATENT_LIMIT + 1.0) * 0.5) * hf,
            )
        };
        let grid = [0xd0, 0xd7, 0xde, 0xff];
        for k in -3..=3 {
            let (x, _) = to_px(k as f64, 0.0);
            let (_, y) = to_px(0.0, k as f64);
            let width = if k == 0 { 1.5 } else { 1.0 };
            r.line((x, 0.0), (x, hf), width, grid);
            r.line((0.0, y), (wf, y), width, grid);
        }
        let dot = (wf.min(hf) / 110.0).max(1.6) * self.style.dot_scale();
        for (code, form) in self.codes.chunks(2).zip(self.session.forms()) {
            let i = Landform::ALL.iter().position(|f| f == form).unwrap_or(0);
            let mut c = FORM_COLOURS[i];
            c[3] = 0xb0;
            r.disc(to_px(code[0], code[1]), dot, c, c);
        }
        let [lx, ly] = self.config.terrain.latent;
        let at = to_px(lx, ly);
        let size = (wf.min(hf) / 22.0).max(6.0) * self.style.dot_scale();
        r.ring(at, size, 3.0, [0xff, 0xff, 0xff, 0xff]);
        r.ring(at, size, 1.6, [0x1f, 0x23, 0x28, 0xff]);
        r.line(
            (at.0 - size * 0.5, at.1),
            (at.0 + size * 0.5, at.1),
            1.6,
            [0x1f, 0x23, 0x28, 0xff],
        );
        r.line(
            (at.0, at.1 - size * 0.5),
            (at.0, at.1 + size * 0.5),
            1.6,
            [0x1f, 0x23, 0x28, 0xff],
        );
        fit(&self.pad, w, h);
        put_raster(&self.pad, &self.pad_raster)?;
        self.pad_drawn = Some((self.version, w, h));
        Ok(())
    }

    /// The heightmap at the pad's point as a PNG file: 16-bit grey, [`EXPORT_SIDE`] pixels a
    /// side (the decoded terrain resampled), 0 the lowest height and 65,535 the highest.
    pub fn heightmap_png(&mut self) -> Vec<u8> {
        self.decode();
        let side = EXPORT_SIDE as usize;
        let big = relief3d::resample(&self.terrain, PATCH, side);
        let values: Vec<u16> = big
            .iter()
            .map(|h| (h.clamp(0.0, 1.0) * 65_535.0).round() as u16)
            .collect();
        png::grey16(EXPORT_SIDE, EXPORT_SIDE, &values)
    }

    /// The colours of the relief under the current water level and snow line, one `{key,
    /// from, colour}` per band (water, beach, grass, forest, rock, snow; `from` the height it
    /// starts at, `colour` as `#rrggbb`).
    pub fn legend(&self) -> Result<Array, JsError> {
        relief3d::legend(&self.config.terrain.view())
            .into_iter()
            .map(|(key, from, [r, g, b, _])| {
                object(&[
                    ("key", key.into()),
                    ("from", from.into()),
                    ("colour", format!("#{r:02x}{g:02x}{b:02x}").into()),
                ])
                .map(JsValue::from)
            })
            .collect()
    }

    /// Numbers for the readouts: `epoch` (training steps), `diverged` (null, or "weights"),
    /// `recon` and `kl` (the last step's batch means; null before the first), `latent` (`{x,
    /// y}`), `low` and `high` (the shown terrain's lowest and highest height), `stepMs` and
    /// `drawMs` (mean time of a training step and of a software draw).
    pub fn stats(&mut self) -> Result<Object, JsError> {
        self.decode();
        let (recon, kl) = self.session.last_losses();
        let diverged = if self.session.diverged() {
            JsValue::from_str("weights")
        } else {
            JsValue::NULL
        };
        let [x, y] = self.config.terrain.latent;
        let low = self.terrain.iter().copied().fold(f32::INFINITY, f32::min) as f64;
        let high = self
            .terrain
            .iter()
            .copied()
            .fold(f32::NEG_INFINITY, f32::max) as f64;
        object(&[
            ("epoch", (self.session.steps() as f64).into()),
            ("diverged", diverged),
            ("recon", finite(recon)),
            ("kl", finite(kl)),
            (
                "latent",
                object(&[("x", x.into()), ("y", y.into())])?.into(),
            ),
            ("low", finite(low)),
            ("high", finite(high)),
            ("stepMs", self.step_ms.into()),
            ("drawMs", self.draw_ms.into()),
        ])
    }

    /// The weights and settings as JSON text.
    pub fn save_state(&self) -> String {
        state::save_terrain(&self.config, &self.session)
    }

    /// Loads a saved terrain file: "" when done, else why it was refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match state::load_terrain::<f32>(text) {
            Ok(loaded) => {
                self.session = loaded.session;
                self.codes_at = None;
                self.apply((loaded.config, loaded.issues));
                self.version += 1;
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

impl TerrainPlayground {
    /// Switches to a parsed config and keeps its issues: a new seed starts a new run, the
    /// other keys change only the pictures. Returns the kind of change.
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Terrain;
        self.issues = issues;
        let change = config::change_between(&self.config, &config);
        let reseeded = config.seed != self.config.seed;
        self.config = config;
        self.version += 1;
        if reseeded {
            self.restart();
            return "regenerate".into();
        }
        match change {
            config::Change::Live => "live",
            _ => "rebuild",
        }
        .into()
    }

    /// After a change of view style: the pad is drawn again.
    pub(super) fn restyled(&mut self) {
        self.version += 1;
    }

    /// Decodes the terrain at the pad's point if the weights or the point changed.
    fn decode(&mut self) {
        let [x, y] = self.config.terrain.latent;
        let key = (self.session.steps(), [x.to_bits(), y.to_bits()]);
        if self.terrain_key != Some(key) || self.terrain.is_empty() {
            self.terrain = self.session.terrain_at(x, y);
            self.terrain_key = Some(key);
        }
    }

    /// No charts to copy into an exported picture.
    fn draw_chart_copy(&self, _index: usize, _canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        Ok(false)
    }
}

handle_methods!(TerrainPlayground);
crate::web::export::export_methods!(TerrainPlayground);
