//! The `ImagePlayground` handle: an image fit ([`ImageFit`]) plus its three canvases (the
//! target picture, the network's reconstruction, the loss), for the `<nn-playground>`
//! element's image mode. Both pictures are RGBA computed in Rust and blitted in one call each
//! (a terrain with `i3d` as 3-D reliefs, `drawing/relief3d.rs`);
//! an uploaded picture is kept here (it cannot travel in a link) until another target is
//! chosen (a reset keeps it).

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::raster::Raster;
use crate::drawing::relief3d::{self, ReliefView};
use crate::drawing::style::ViewStyle;
use crate::engine::pacing::within_budget;
use crate::engine::runs::{Names, Runs};
use crate::modes::fit::{
    FitChange, ImageConfig, ImageFit, PictureKind, image_from_rgba, values_rgba,
};
use crate::web::canvas::{self, finite, object};
use crate::web::handle_methods::handle_methods;
use crate::web::loss_chart::{self as runs, LossChart, ghost_labels};
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// A pass loss above this counts as diverged (a sound fit of values in [0, 1] stays below 1).
const DIVERGED_LOSS: f64 = 1e6;

/// A picture the student uploaded, as the browser decoded it (already shrunk by the shell to
/// a few hundred pixels a side), kept to be resampled when the size or colour changes.
pub(super) struct Upload {
    rgba: Vec<u8>,
    width: usize,
    height: usize,
}

/// One image widget: the fit, its canvases, the uploaded picture and what was last drawn.
#[wasm_bindgen]
pub struct ImagePlayground {
    /// The whole config (`mode` always image); the fit runs its [`Config::image_config`].
    pub(super) config: Config,
    pub(super) fit: ImageFit<f32>,
    /// The target as shown (RGBA), made when the picture changes.
    target_rgba: Vec<u8>,
    target: HtmlCanvasElement,
    output: HtmlCanvasElement,
    loss_chart: LossChart,
    pub(super) upload: Option<Upload>,
    pub(super) issues: Vec<ConfigIssue>,
    /// Whether the last file loaded had fitted an uploaded picture, which it does not hold
    /// (said after the issues).
    pub(super) upload_dropped: bool,
    pub(super) style: ViewStyle,
    /// The past runs, kept on reset, uploads and changes that rebuild the network.
    runs: Runs,
    /// The words of the past runs' labels.
    names: Names,
    /// The loss of the current weights before the first pass (one forward pass, cached).
    initial_loss: Option<f64>,
    /// Mean |reconstruction − target| over the shown bytes, from the last draw, in [0, 1].
    pixel_gap: f64,
    /// Bumped when the picture changes / when the weights change.
    picture_version: u64,
    version: u64,
    drawn: (Option<u64>, Option<u64>),
    /// Whether the last drawn reconstruction showed a dead network (see [`super::is_flat`]).
    dead: bool,
    /// Whether the pictures on the canvases are 3-D reliefs (`i3d` on a terrain).
    shown_3d: bool,
    relief: Raster,
}

/// Side, in canvas pixels, of a picture drawn as a 3-D relief.
const RELIEF_SIDE: u32 = 320;
/// Grid points a side of a 3-D relief (the picture resampled), at most.
const RELIEF_GRID: usize = 64;

/// Passes after which a reconstruction that is the same everywhere is a dead network.
const DEAD_AFTER_PASSES: u64 = 5;

#[wasm_bindgen]
impl ImagePlayground {
    /// An image widget drawing the target on `target`, the reconstruction on `output` and the
    /// loss on `loss_chart`, running the config `query` (missing keys take defaults; bad
    /// ones are reported by `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        target: HtmlCanvasElement,
        output: HtmlCanvasElement,
        loss_chart: HtmlCanvasElement,
        query: &str,
    ) -> ImagePlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Image;
        ImagePlayground {
            runs: Runs::new(&config),
            names: Names::default(),
            fit: ImageFit::new(config.image_config()),
            target_rgba: Vec::new(),
            config,
            target,
            output,
            loss_chart: LossChart::new(loss_chart),
            upload: None,
            issues,
            upload_dropped: false,
            style: ViewStyle::default(),
            initial_loss: None,
            pixel_gap: f64::NAN,
            picture_version: 0,
            version: 0,
            drawn: (None, None),
            dead: false,
            shown_3d: false,
            relief: Raster::default(),
        }
    }

    /// Trains until `max_passes` passes over every pixel are done or `budget_ms`
    /// milliseconds have passed (at least one pass). Returns the passes done.
    pub fn advance(&mut self, max_passes: u32, budget_ms: f64) -> u32 {
        let paced = within_budget(max_passes, 1, budget_ms, canvas::now, |_| {
            if self.diverged().is_some() {
                return 0;
            }
            self.fit.pass();
            1
        });
        self.version += 1;
        paced.done
    }

    /// One pass over every pixel.
    pub fn step(&mut self) {
        self.advance(1, f64::INFINITY);
    }

    /// Back to the initial weights; the picture stays (an uploaded one too, resampled from
    /// the pixels it came with).
    pub fn reset(&mut self) {
        let image = self.config.image_config();
        let picture = self.upload.as_ref().and_then(|u| {
            image_from_rgba(&u.rgba, u.width, u.height, image.size, kind_for(&image)).ok()
        });
        let fit = match picture {
            Some(picture) => ImageFit::with_picture(image, picture),
            None => ImageFit::new(image),
        };
        self.rebuild(fit);
    }

    /// Fits an uploaded picture (`data`: `width` × `height` × 4 RGBA bytes, as decoded by
    /// the browser) from fresh weights: centre-cropped to a square and resampled to the
    /// training size. Returns null when done; on a refusal the current picture is kept and
    /// the answer says why, as data (see `messages::image_error_object`).
    pub fn set_picture_rgba(&mut self, width: usize, height: usize, data: Vec<u8>) -> JsValue {
        let image = self.config.image_config();
        let kind = kind_for(&image);
        let picture = match image_from_rgba(&data, width, height, image.size, kind) {
            Ok(picture) => picture,
            Err(e) => return crate::web::messages::image_error_object(&e),
        };
        self.upload = Some(Upload {
            rgba: data,
            width,
            height,
        });
        self.rebuild(ImageFit::with_picture(image, picture));
        JsValue::NULL
    }

    /// Whether the picture being fitted is an upload (not in the link).
    pub fn has_upload(&self) -> bool {
        self.upload.is_some()
    }

    /// Blits the target (when it changed) and the reconstruction (when the weights or the
    /// canvas changed), and redraws the loss chart (when its data or size changed; while
    /// training runs, `settled` false, at most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let in_3d = self.config.image.relief3d && self.fit.picture().kind == PictureKind::Height;
        if in_3d != self.shown_3d {
            self.shown_3d = in_3d;
            self.drawn = (None, None);
        }
        let size = self.fit.picture().size as u32;
        let side = if in_3d { RELIEF_SIDE } else { size };
        if self.drawn.0 != Some(self.picture_version) || self.target.width() != side {
            self.target_rgba = self.fit.picture().rgba();
            canvas::fit(&self.target, side, side);
            if in_3d {
                let (heights, canvas) = (self.fit.picture().values.clone(), self.target.clone());
                self.put_relief(&heights, &canvas)?;
            } else {
                canvas::put(&self.target, &self.target_rgba, size, size)?;
            }
            self.drawn.0 = Some(self.picture_version);
        }
        if self.drawn.1 != Some(self.version) || self.output.width() != side {
            canvas::fit(&self.output, side, side);
            let heights: Vec<f32> = self.fit.reconstruction();
            let rgba = values_rgba(&heights, self.fit.picture().size, self.fit.picture().kind);
            self.pixel_gap = byte_gap(&rgba, &self.target_rgba);
            let byte = |b: &u8| f64::from(*b);
            self.dead = self.fit.passes() >= DEAD_AFTER_PASSES
                && super::is_flat(rgba.iter().map(byte), self.target_rgba.iter().map(byte));
            if in_3d {
                let clamped: Vec<f32> = heights.iter().map(|h| h.clamp(0.0, 1.0)).collect();
                let canvas = self.output.clone();
                self.put_relief(&clamped, &canvas)?;
            } else {
                canvas::put(&self.output, &rgba, size, size)?;
            }
            self.drawn.1 = Some(self.version);
        }
        let runs = (&self.runs, &self.config, &self.names);
        (self.loss_chart).draw(settled, self.fit.loss_history(), runs, &self.style)?;
        Ok(())
    }

    /// Numbers for the readouts and tests, as one object: `epoch` (passes done), `loss` (the
    /// last pass's mean ½(a − y)², or the initial weights' loss before any pass), `pixelGap`
    /// (mean |shown reconstruction − shown target| per colour byte, 0 to 1, at the last
    /// draw), `size`, `kind` ("grey", "rgb" or "height"), `uploaded`, `inputs` (the
    /// network's input count), `fingerprint` (hex) and `diverged` (null, or "loss").
    pub fn stats(&mut self) -> Result<Object, JsError> {
        let loss = match self.fit.loss_history().last() {
            Some(last) => last.train,
            None => *self.initial_loss.get_or_insert_with(|| self.fit.loss()),
        };
        let diverged = self.diverged().map_or(JsValue::NULL, JsValue::from_str);
        let picture = self.fit.picture();
        let fingerprint = format!("{:016x}", self.fit.network().fingerprint());
        object(&[
            ("epoch", (self.fit.passes() as f64).into()),
            ("loss", finite(loss)),
            ("pixelGap", finite(self.pixel_gap)),
            ("size", (picture.size as f64).into()),
            ("kind", picture.kind.name().into()),
            ("uploaded", self.upload.is_some().into()),
            ("inputs", (self.fit.network().sizes()[0] as f64).into()),
            ("fingerprint", fingerprint.into()),
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
            ("diverged", diverged),
        ])
    }
}

impl ImagePlayground {
    /// The config issues, with a note when an uploaded picture was dropped (the `issues`
    /// the shell reads).
    fn issue_notes(&self) -> Array {
        let notes = crate::web::messages::issue_array(&self.issues);
        if self.upload_dropped {
            notes.push(&crate::web::messages::upload_not_saved());
        }
        notes
    }

    /// After a change of view style: the chart is drawn again.
    pub(super) fn restyled(&mut self) {
        self.loss_chart.invalidate();
    }

    /// Switches to a parsed config and keeps its issues; returns "live" or "rebuild". A new
    /// target drops the uploaded picture; other rebuilds resample it.
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Image;
        self.issues = issues;
        self.upload_dropped = false;
        if config.image.target != self.config.image.target {
            self.upload = None;
        }
        let image = config.image_config();
        let picture = self.upload.as_ref().and_then(|u| {
            image_from_rgba(&u.rgba, u.width, u.height, image.size, kind_for(&image)).ok()
        });
        self.config = config;
        let ended = self.fit.loss_history().clone();
        let change = self.fit.set_config(image, picture);
        if change == FitChange::Rebuild {
            self.initial_loss = None;
            self.picture_version += 1;
            self.runs.restart(&ended, &self.config, 0);
        } else {
            self.runs.live_change(&self.config, 0, self.fit.passes());
        }
        // The past runs' labels say what differs from the new settings.
        self.loss_chart.invalidate();
        self.version += 1;
        change.name().into()
    }

    /// `heights` (the picture's side squared) as a 3-D relief on `canvas`, which is
    /// [`RELIEF_SIDE`] square.
    fn put_relief(&mut self, heights: &[f32], canvas: &HtmlCanvasElement) -> Result<(), JsError> {
        let n = self.fit.picture().size;
        self.relief
            .resize(RELIEF_SIDE as usize, RELIEF_SIDE as usize);
        let (grid, shown) = if n > RELIEF_GRID {
            (RELIEF_GRID, relief3d::resample(heights, n, RELIEF_GRID))
        } else {
            (n, heights.to_vec())
        };
        relief3d::draw_relief(&shown, grid, grid, &ReliefView::default(), &mut self.relief);
        canvas::put_raster(canvas, &self.relief)
    }

    pub(super) fn rebuild(&mut self, fit: ImageFit<f32>) {
        self.runs.restart(self.fit.loss_history(), &self.config, 0);
        self.fit = fit;
        self.initial_loss = None;
        self.picture_version += 1;
        self.version += 1;
    }

    /// "loss" once the pass loss is no longer a number or has blown up.
    fn diverged(&self) -> Option<&'static str> {
        if self.dead {
            return Some("dead");
        }
        let last = self.fit.loss_history().last()?;
        (!last.train.is_finite() || last.train > DIVERGED_LOSS).then_some("loss")
    }
}

/// The kind of picture an upload becomes under these settings.
fn kind_for(image: &ImageConfig) -> PictureKind {
    if image.colour {
        PictureKind::Rgb
    } else {
        PictureKind::Grey
    }
}

/// Mean absolute difference of the colour bytes (alpha skipped) of two RGBA buffers, 0 to 1.
fn byte_gap(a: &[u8], b: &[u8]) -> f64 {
    let mut total = 0u64;
    let mut count = 0u64;
    for (p, q) in a.chunks_exact(4).zip(b.chunks_exact(4)) {
        for k in 0..3 {
            total += p[k].abs_diff(q[k]) as u64;
            count += 1;
        }
    }
    if count == 0 {
        return f64::NAN;
    }
    total as f64 / count as f64 / 255.0
}

#[wasm_bindgen]
impl ImagePlayground {
    /// The settings and the network's weights as JSON text (an uploaded picture is not in
    /// it: the file says `"picture":"uploaded"`).
    pub fn save_state(&self) -> String {
        crate::modes::fit::state::save_image(&self.config, &self.fit, self.upload.is_some())
    }

    /// Loads a saved image file: "" when done, else why it was refused (nothing changed).
    /// The built-in picture of its settings is fitted (an uploaded one is dropped).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::fit::state::load_image::<f32>(text) {
            Ok(loaded) => {
                self.config = loaded.config;
                self.upload = None;
                self.issues = loaded.issues;
                self.upload_dropped = loaded.picture_was_uploaded;
                self.rebuild(loaded.fit);
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

handle_methods!(ImagePlayground, issues: this => this.issue_notes());
crate::web::run_names::run_names_methods!(ImagePlayground);

impl ImagePlayground {
    /// Draws chart `index` (0: the loss) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        let runs = (&self.runs, &self.config, &self.names);
        runs::draw_chart_copy(index, canvas, self.fit.loss_history(), runs, &self.style)
    }
}

crate::web::export::export_methods!(ImagePlayground);
