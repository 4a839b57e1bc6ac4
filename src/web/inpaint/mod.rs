//! The `InpaintPlayground` handle: an inpainting run ([`Inpaint`]) and its three canvases
//! (what the network sees, with the hole striped or, once revealed, the truth; its guess in
//! the hole; the losses), for the `<nn-playground>` element's inpaint mode. Both pictures
//! are RGBA made in Rust (`modes/inpaint/draw.rs`) and blitted in one call each. A drag
//! previews the hole without training anything; letting go applies it (new weights).

use crate::config::{self, Change, Config, ConfigIssue, Mode};
use crate::drawing::picture::PictureKind;
use crate::drawing::style::ViewStyle;
use crate::drawing::upload::image_from_rgba;
use crate::engine::pacing::within_budget;
use crate::engine::runs::{Names, Runs};
use crate::modes::inpaint::{Errors, Hole, Inpaint, Scaled};
use crate::web::canvas::{self, finite, object};
use crate::web::handle_methods::handle_methods;
use crate::web::loss_chart::{LossChart, ghost_labels};
use js_sys::{Array, Object};
use plotters::prelude::RGBColor;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// A pass loss above this counts as diverged (a sound fit of values in [0, 1] stays below 1).
const DIVERGED_LOSS: f64 = 1e6;
/// The loss inside the hole on the chart, once revealed.
pub const INSIDE_COLOUR: RGBColor = RGBColor(0xd9, 0x5f, 0x02);

/// One inpainting widget: the run, its canvases and what was last drawn.
#[wasm_bindgen]
pub struct InpaintPlayground {
    /// The whole config (`mode` always inpaint); the run uses [`Config::inpaint_config`].
    config: Config,
    run: Inpaint<f32>,
    seen: HtmlCanvasElement,
    guess: HtmlCanvasElement,
    loss_chart: LossChart,
    issues: Vec<ConfigIssue>,
    style: ViewStyle,
    runs: Runs,
    names: Names,
    /// Whether the truth in the hole is shown (and the errors given).
    revealed: bool,
    /// A hole being dragged, drawn but not yet trained around.
    preview: Option<Hole>,
    /// The errors for the weights of a pass count (cached).
    errors: Option<(u64, Errors)>,
    /// Bumped whenever what the pictures show changes.
    version: u64,
    drawn: Option<u64>,
    /// The student's own picture (width, height, RGBA bytes as the browser decoded it), in
    /// place of the built-in one until another picture is chosen; resampled to each size.
    upload: Option<(usize, usize, Vec<u8>)>,
}

#[wasm_bindgen]
impl InpaintPlayground {
    /// An inpainting widget drawing what the network sees on `seen`, its guess on `guess`
    /// and the losses on `loss_chart`, running the config `query` (missing keys take
    /// defaults; bad ones are reported by `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        seen: HtmlCanvasElement,
        guess: HtmlCanvasElement,
        loss_chart: HtmlCanvasElement,
        query: &str,
    ) -> InpaintPlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Inpaint;
        InpaintPlayground {
            runs: Runs::new(&config),
            names: Names::default(),
            run: Inpaint::new(config.inpaint_config()),
            config,
            seen,
            guess,
            loss_chart: LossChart::new(loss_chart),
            issues,
            style: ViewStyle::default(),
            revealed: false,
            preview: None,
            errors: None,
            version: 0,
            drawn: None,
            upload: None,
        }
    }

    /// Trains until `max_passes` passes over the visible pixels are done or `budget_ms`
    /// milliseconds have passed (at least one pass). Returns the passes done.
    pub fn advance(&mut self, max_passes: u32, budget_ms: f64) -> u32 {
        let paced = within_budget(max_passes, 1, budget_ms, canvas::now, |_| {
            if self.diverged().is_some() {
                return 0;
            }
            self.run.pass();
            1
        });
        self.version += 1;
        paced.done
    }

    /// One pass over the visible pixels.
    pub fn step(&mut self) {
        self.advance(1, f64::INFINITY);
    }

    /// Back to the initial weights; the hole is hidden again.
    pub fn reset(&mut self) {
        let run = self.fresh_run();
        self.rebuild(run);
    }

    /// Guesses in the student's own picture (`data`: `width` × `height` × 4 RGBA bytes, as
    /// decoded by the browser), its centre square resampled to the picture's size, from fresh
    /// weights with the same hole. Returns null when done; on a refusal the current picture is
    /// kept and the answer says why, as data.
    pub fn set_picture_rgba(&mut self, width: usize, height: usize, data: Vec<u8>) -> JsValue {
        let size = self.config.inpaint.size;
        if let Err(e) = image_from_rgba(&data, width, height, size, PictureKind::Rgb) {
            return crate::web::messages::image_error_object(&e);
        }
        self.upload = Some((width, height, data));
        self.reset();
        JsValue::NULL
    }

    /// Back to the built-in picture of the config, from fresh weights.
    pub fn clear_picture(&mut self) {
        self.upload = None;
        self.reset();
    }

    /// Whether the picture is the student's own.
    pub fn uploaded(&self) -> bool {
        self.upload.is_some()
    }

    /// Shows (or hides again) the truth in the hole, with the errors in `stats`.
    pub fn reveal(&mut self, on: bool) {
        if on != self.revealed {
            self.revealed = on;
            self.loss_chart.second = on.then_some(INSIDE_COLOUR);
            self.loss_chart.invalidate();
            self.version += 1;
        }
    }

    /// Whether the truth in the hole is shown.
    pub fn revealed(&self) -> bool {
        self.revealed
    }

    /// Shows the hole spanning picture pixels (ax, ay) to (bx, by), as a drag goes, without
    /// applying it (see `commit_hole`).
    pub fn preview_hole(&mut self, ax: f64, ay: f64, bx: f64, by: f64) {
        let hole = Hole::from_pixels((ax, ay), (bx, by), self.run.picture().size);
        if self.preview != Some(hole) {
            self.preview = Some(hole);
            self.version += 1;
        }
    }

    /// Applies the previewed hole (new weights, the hole hidden again); returns as
    /// `set_config`, "live" when there was none or it is the same.
    pub fn commit_hole(&mut self) -> String {
        match self.preview.take() {
            Some(hole) => self.set_hole(hole),
            None => "live".into(),
        }
    }

    /// Moves the hole by (dx, dy) pixels of the picture and grows it by (dw, dh), within
    /// the picture (the keyboard's arrows); returns as `set_config`.
    pub fn nudge_hole(&mut self, dx: i32, dy: i32, dw: i32, dh: i32) -> String {
        let size = self.run.picture().size;
        let hole = self.config.inpaint.hole.nudged((dx, dy, dw, dh), size);
        self.set_hole(hole)
    }

    /// Blits both pictures (when the weights, the hole, the reveal or a canvas changed) and
    /// redraws the loss chart (when its data or size changed; while training runs,
    /// `settled` false, at most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let size = self.run.picture().size;
        let side = (size * crate::modes::inpaint::scale_for(size)) as u32;
        let sized = self.seen.width() == side && self.guess.width() == side;
        if self.drawn != Some(self.version) || !sized {
            let picture = self.run.picture().clone();
            let hole = self.preview.unwrap_or(self.config.inpaint.hole);
            let mut seen = Scaled::of(&picture.values, picture.size, picture.kind);
            if !self.revealed || self.preview.is_some() {
                seen.stripe(&hole);
            }
            seen.edge(&hole);
            let guess_values = match self.preview {
                Some(_) => picture.values.clone(),
                None => self.run.guess_values(),
            };
            let mut guess = Scaled::of(&guess_values, picture.size, picture.kind);
            if self.preview.is_some() {
                guess.stripe(&hole);
            }
            guess.edge(&hole);
            canvas::fit(&self.seen, side, side);
            canvas::put(&self.seen, &seen.rgba, side, side)?;
            canvas::fit(&self.guess, side, side);
            canvas::put(&self.guess, &guess.rgba, side, side)?;
            self.drawn = Some(self.version);
        }
        let runs = (&self.runs, &self.config, &self.names);
        (self.loss_chart).draw(settled, self.run.loss_history(), runs, &self.style)?;
        Ok(())
    }

    /// Numbers for the readouts and tests, as one object: `epoch` (passes done), `loss` (the
    /// last pass's mean ½(a − y)² on the visible pixels, NaN before any), `revealed`,
    /// `inside`, `outside` and `meanFill` (the RMS errors, 0 to 1, given once revealed, else
    /// null), `hole` ([x0, y0, x1, y1] in pixels of the picture), `box` (the same on the
    /// canvases), `side` (canvas pixels), `size`, `hidden` (hidden pixels), `inputs`,
    /// `fingerprint` (hex), `ghosts`, `diverged` (null, or "loss") and `uploaded`.
    pub fn stats(&mut self) -> Result<Object, JsError> {
        let loss = self.run.loss_history().last().map_or(f64::NAN, |s| s.train);
        let errors = self.revealed.then(|| self.errors());
        let error =
            |pick: fn(&Errors) -> f64| errors.as_ref().map_or(JsValue::NULL, |e| finite(pick(e)));
        let size = self.run.picture().size;
        let hole = self.preview.unwrap_or(self.config.inpaint.hole);
        let (x0, y0, x1, y1) = hole.pixels(size);
        let f = crate::modes::inpaint::scale_for(size);
        let list = |v: [usize; 4]| -> JsValue {
            v.iter()
                .map(|&n| JsValue::from(n as f64))
                .collect::<Array>()
                .into()
        };
        let diverged = self.diverged().map_or(JsValue::NULL, JsValue::from_str);
        let fingerprint = format!("{:016x}", self.run.network().fingerprint());
        let ghosts = ghost_labels(
            &self.runs,
            &self.config,
            &self.names,
            self.style.decimal_comma,
        );
        object(&[
            ("epoch", (self.run.passes() as f64).into()),
            ("loss", finite(loss)),
            ("revealed", self.revealed.into()),
            ("inside", error(|e| e.inside)),
            ("outside", error(|e| e.outside)),
            ("meanFill", error(|e| e.mean_fill)),
            ("hole", list([x0, y0, x1, y1])),
            ("box", list([x0 * f, y0 * f, x1 * f, y1 * f])),
            ("side", ((size * f) as f64).into()),
            ("size", (size as f64).into()),
            ("hidden", (self.run.counts().0 as f64).into()),
            ("inputs", (self.run.network().sizes()[0] as f64).into()),
            ("fingerprint", fingerprint.into()),
            ("ghosts", ghosts.into()),
            ("diverged", diverged),
            ("uploaded", self.upload.is_some().into()),
        ])
    }

    /// The settings and the network's weights as JSON text.
    pub fn save_state(&self) -> String {
        crate::modes::inpaint::state::save_inpaint(&self.config, &self.run)
    }

    /// Loads a saved inpainting file: "" when done, else why it was refused (nothing
    /// changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::inpaint::state::load_inpaint::<f32>(text) {
            Ok(loaded) => {
                self.config = loaded.config;
                self.issues = loaded.issues;
                self.upload = None;
                self.rebuild(loaded.run);
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

impl InpaintPlayground {
    /// After a change of view style: the chart is drawn again.
    fn restyled(&mut self) {
        self.loss_chart.invalidate();
    }

    /// The errors of the current weights (cached per pass count).
    fn errors(&mut self) -> Errors {
        let passes = self.run.passes();
        match self.errors {
            Some((at, e)) if at == passes => e,
            _ => {
                let e = self.run.errors();
                self.errors = Some((passes, e));
                e
            }
        }
    }

    /// Applies `hole` as the `hole` key would.
    fn set_hole(&mut self, hole: Hole) -> String {
        self.preview = None;
        self.version += 1;
        let mut config = self.config.clone();
        config.inpaint.hole = hole;
        self.apply((config, Vec::new()))
    }

    /// A run of the config from fresh weights, on the student's picture if there is one.
    fn fresh_run(&self) -> Inpaint<f32> {
        let config = self.config.inpaint_config();
        let own = (self.upload.as_ref()).and_then(|(w, h, data)| {
            image_from_rgba(data, *w, *h, config.size, PictureKind::Rgb).ok()
        });
        match own {
            Some(picture) => Inpaint::with_picture(config, picture),
            None => Inpaint::new(config),
        }
    }

    /// Switches to a parsed config and keeps its issues; returns "live" or "rebuild". Another
    /// built-in picture replaces the student's own.
    fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Inpaint;
        if config.inpaint.target != self.config.inpaint.target {
            self.upload = None;
        }
        self.issues = issues;
        let change = config::change_between(&self.config, &config);
        let ended = self.run.loss_history().clone();
        self.config = config;
        self.loss_chart.invalidate();
        self.version += 1;
        if self.run.set_config(self.config.inpaint_config()) {
            self.runs.live_change(&self.config, 0, self.run.passes());
            return "live".into();
        }
        if self.upload.is_some() {
            self.run = self.fresh_run();
        }
        self.runs.restart(&ended, &self.config, 0);
        self.after_rebuild();
        match change {
            Change::Regenerate => "regenerate".into(),
            _ => "rebuild".into(),
        }
    }

    fn rebuild(&mut self, run: Inpaint<f32>) {
        self.runs.restart(self.run.loss_history(), &self.config, 0);
        self.run = run;
        self.after_rebuild();
    }

    /// A new run hides the hole again.
    fn after_rebuild(&mut self) {
        self.errors = None;
        self.preview = None;
        self.reveal(false);
        self.loss_chart.invalidate();
        self.version += 1;
    }

    /// "loss" once the pass loss is no longer a number or has blown up.
    fn diverged(&self) -> Option<&'static str> {
        let last = self.run.loss_history().last()?;
        (!last.train.is_finite() || last.train > DIVERGED_LOSS).then_some("loss")
    }

    /// Draws chart `index` (0: the losses) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        if index != 0 {
            return Ok(false);
        }
        let runs = (&self.runs, &self.config, &self.names);
        (self.loss_chart).draw_on(canvas, self.run.loss_history(), runs, &self.style)?;
        Ok(true)
    }
}

handle_methods!(InpaintPlayground);
crate::web::run_names::run_names_methods!(InpaintPlayground);
crate::web::export::export_methods!(InpaintPlayground);
