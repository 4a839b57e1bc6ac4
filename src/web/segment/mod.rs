//! The `SegmentPlayground` handle: a segmentation ([`Segmenter`]) plus the picture canvas (the
//! picture, the network's labels over it, the strokes) and the loss chart, for the
//! `<nn-playground>` element's segment mode. Per frame the shell calls `advance`, `draw` and
//! `stats`; painting calls `begin_stroke`, `extend_stroke` and `end_stroke`. An uploaded
//! picture is kept here (it cannot travel in a link) until another scene is chosen.

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::resample::square_rgb;
use crate::drawing::style::ViewStyle;
use crate::engine::pacing::within_budget;
use crate::engine::runs::{Names, Runs};
use crate::modes::segment::{
    MAX_RADIUS, MAX_STROKE_POINTS, SIZE, SPEEDS, ScenePicture, Segmenter, Stroke, UPLOAD_LABELS,
    draw_overlay, label_colours, state,
};
use crate::web::canvas::{self, finite, maybe, object};
use crate::web::chart::{Line, LineChart, chart_font, line_chart, series};
use crate::web::handle_methods::handle_methods;
use crate::web::throttle::{ChartKey, Throttle};
use js_sys::{Array, Object};
use plotters::prelude::RGBColor;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Canvas pixels a side to one picture pixel (the page scales the canvas up, pixelated).
const SCALE: usize = 4;
/// Steps between two clock reads in [`SegmentPlayground::advance`].
const STEPS_PER_CLOCK_READ: u32 = 4;
/// Weight of the latest frame in the running means of the times.
const SMOOTHING: f64 = 0.2;
/// The loss curve's colour.
const LOSS_COLOUR: RGBColor = RGBColor(0x44, 0x44, 0x44);

/// One segmentation widget.
#[wasm_bindgen]
pub struct SegmentPlayground {
    /// The whole config (`mode` always segment).
    pub(super) config: Config,
    seg: Segmenter,
    /// An uploaded picture's values ([`SIZE`]² × 3 in [0, 1]), in place of the scene.
    upload: Option<Vec<f32>>,
    picture: HtmlCanvasElement,
    chart: HtmlCanvasElement,
    chart_drawn: Throttle<ChartKey>,
    pub(super) issues: Vec<ConfigIssue>,
    pub(super) style: ViewStyle,
    /// Whether the network's labels are shown over the picture.
    overlay: bool,
    /// The keyboard's cursor on the picture, when shown.
    cursor: Option<(u8, u8)>,
    /// Bumped by everything that changes the picture; `drawn` is its value at the last draw.
    version: u64,
    drawn: Option<u64>,
    draw_ms: f64,
    step_ms: f64,
    /// The past runs (the last three), kept on reset, uploads and changes that rebuild the
    /// network, drawn faded on the loss chart.
    runs: Runs,
}

#[wasm_bindgen]
impl SegmentPlayground {
    /// A segmentation widget drawing on `picture` and `chart`, running the config `query`.
    #[wasm_bindgen(constructor)]
    pub fn new(picture: HtmlCanvasElement, chart: HtmlCanvasElement, query: &str) -> Self {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Segment;
        let seg = build(&config, None);
        SegmentPlayground {
            runs: Runs::new(&config),
            config,
            seg,
            upload: None,
            picture,
            chart,
            chart_drawn: Throttle::default(),
            issues,
            style: ViewStyle::default(),
            overlay: true,
            cursor: None,
            version: 0,
            drawn: None,
            draw_ms: 0.0,
            step_ms: 0.0,
        }
    }

    /// Trains until `max_steps` steps are done or `budget_ms` milliseconds have passed (none
    /// while nothing is painted or the network diverged). Returns the steps done.
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        let seg = &mut self.seg;
        let paced = within_budget(
            max_steps,
            STEPS_PER_CLOCK_READ,
            budget_ms,
            canvas::now,
            |n| {
                if seg.diverged() {
                    return 0;
                }
                seg.run(n as u64) as u32
            },
        );
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
        self.advance(1, f64::INFINITY);
    }

    /// Fresh weights; the picture and the strokes stay. The run that ends is kept as a past
    /// run on the loss chart.
    pub fn reset(&mut self) {
        self.runs.restart(self.seg.history(), &self.config, 0);
        self.seg = build(&self.config, self.upload.clone());
        self.version += 1;
        self.chart_drawn.forget();
    }

    /// Starts a stroke of `label` (0-based; −1 for the eraser) with a brush of `radius` pixels
    /// at picture position (`x`, `y`) (in pixels from the top-left corner, 0 to 64). Returns
    /// whether it started (a label the picture has not, or too many strokes, refuse it).
    pub fn begin_stroke(&mut self, label: i32, radius: u32, x: f64, y: f64) -> bool {
        let k = self.seg.labels().len() as i32;
        let Some(point) = pixel(x, y) else {
            return false;
        };
        if !(-1..k).contains(&label) {
            return false;
        }
        let stroke = Stroke {
            label: u8::try_from(label).ok(),
            radius: radius.clamp(1, MAX_RADIUS as u32) as u8,
            points: vec![point],
        };
        let mut strokes = self.seg.config().strokes.clone();
        let added = strokes.push(stroke);
        if added {
            self.seg.set_strokes(&strokes);
            self.version += 1;
        }
        added
    }

    /// Continues the last stroke to (`x`, `y`) (a point is added when it reaches another
    /// pixel). Returns whether it grew.
    pub fn extend_stroke(&mut self, x: f64, y: f64) -> bool {
        let Some(point) = pixel(x, y) else {
            return false;
        };
        let mut strokes = self.seg.config().strokes.clone();
        let Some(last) = strokes.0.last_mut() else {
            return false;
        };
        if last.points.last() == Some(&point) || last.points.len() >= MAX_STROKE_POINTS {
            return false;
        }
        last.points.push(point);
        self.seg.set_strokes(&strokes);
        self.version += 1;
        true
    }

    /// Ends the stroke being painted: the config takes the strokes. Returns the config.
    pub fn end_stroke(&mut self) -> String {
        self.config.segment.strokes = self.seg.config().strokes.clone();
        self.config()
    }

    /// Removes the last stroke; whether there was one.
    pub fn undo_stroke(&mut self) -> bool {
        let mut strokes = self.seg.config().strokes.clone();
        let removed = strokes.0.pop().is_some();
        if removed {
            self.set_strokes_live(strokes);
        }
        removed
    }

    /// Removes every stroke (the network keeps its weights, with nothing to train on).
    pub fn clear_strokes(&mut self) {
        self.set_strokes_live(Default::default());
    }

    /// Shows the keyboard's cursor at picture pixel (`x`, `y`), or hides it (negative).
    pub fn set_cursor(&mut self, x: f64, y: f64) {
        self.cursor = pixel(x, y);
        self.version += 1;
    }

    /// Shows or hides the network's labels over the picture.
    pub fn set_overlay(&mut self, on: bool) {
        if on != self.overlay {
            self.overlay = on;
            self.version += 1;
        }
    }

    /// Segments an uploaded picture (`data`: `width` × `height` × 4 RGBA bytes, as decoded
    /// by the browser) from fresh weights, its centre square resampled to 64 × 64; the
    /// strokes are cleared (they were painted on another picture). Returns null when done; on
    /// a refusal the current picture is kept and the answer says why, as data.
    pub fn set_picture_rgba(&mut self, width: usize, height: usize, data: Vec<u8>) -> JsValue {
        let values = match square_rgb(&data, width, height, SIZE) {
            Ok(v) => v,
            Err(e) => return crate::web::messages::image_error_object(&e),
        };
        self.upload = Some(values.iter().map(|&v| v as f32).collect());
        self.config.segment.strokes = Default::default();
        self.reset();
        JsValue::NULL
    }

    /// Whether the picture is an upload.
    pub fn uploaded(&self) -> bool {
        self.upload.is_some()
    }

    /// The label names (query-string words the page translates: sand, sea, …, or label1…).
    pub fn labels(&self) -> Array {
        self.seg
            .labels()
            .iter()
            .map(|&l| JsValue::from_str(l))
            .collect()
    }

    /// The labels' colours in the current palette, `#rrggbb`.
    pub fn colours(&self) -> Array {
        let colours = label_colours(self.style.scheme, self.seg.labels().len());
        let hex = colours
            .iter()
            .map(|[r, g, b, _]| format!("#{r:02x}{g:02x}{b:02x}"));
        hex.map(|h| JsValue::from_str(&h)).collect()
    }

    /// Draws the picture (when it changed) and the loss chart (when due: at once when
    /// `settled`, else at most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let start = canvas::now();
        if self.drawn != Some(self.version) {
            let mut rgba = draw_overlay(&mut self.seg, self.style.scheme, SCALE, self.overlay);
            if let Some(c) = self.cursor {
                cursor(&mut rgba, c);
            }
            let side = (SIZE * SCALE) as u32;
            canvas::fit(&self.picture, side, side);
            canvas::put(&self.picture, &rgba, side, side)?;
            self.drawn = Some(self.version);
        }
        let key = ChartKey::of(&self.chart, self.seg.history());
        if self.chart_drawn.due(start, key, settled) {
            self.draw_chart_copy(0, &self.chart)?;
        }
        let spent = canvas::now() - start;
        self.draw_ms += SMOOTHING * (spent - self.draw_ms);
        Ok(())
    }

    /// Numbers for the readouts: `epoch` (steps), `diverged` (null or "weights"), `loss` (the
    /// last batch's, or null), `accuracy` (share of the scene's pixels labelled as the scene
    /// does, or null for an upload), `painted` (pixels), `strokes`, `counts` (pixels given
    /// each label), `paintedCounts` (pixels painted with each label), `uploaded`, `pastRuns`
    /// (runs kept on the loss chart), `drawMs` and `stepMs` (running means).
    pub fn stats(&mut self) -> Result<Object, JsError> {
        let loss = self.seg.history().last().map(|s| s.train);
        let counts: Array = (self.seg.label_counts().iter())
            .map(|&c| JsValue::from(c as f64))
            .collect();
        let mut per_label = vec![0.0; self.seg.labels().len()];
        for l in self.seg.painted().iter().flatten() {
            per_label[*l as usize] += 1.0;
        }
        let painted_counts: Array = per_label.iter().map(|&c| JsValue::from(c)).collect();
        let accuracy = if self.seg.trained() {
            self.seg.accuracy()
        } else {
            None
        };
        let diverged = if self.seg.diverged() {
            JsValue::from_str("weights")
        } else {
            JsValue::NULL
        };
        let fields: [(&str, JsValue); 12] = [
            ("epoch", (self.seg.steps() as f64).into()),
            ("diverged", diverged),
            ("loss", loss.map_or(JsValue::NULL, finite)),
            ("accuracy", maybe(accuracy)),
            ("painted", (self.seg.painted_count() as f64).into()),
            ("strokes", (self.seg.config().strokes.0.len() as f64).into()),
            ("counts", counts.into()),
            ("paintedCounts", painted_counts.into()),
            ("uploaded", self.upload.is_some().into()),
            ("pastRuns", (self.runs.ghosts().len() as f64).into()),
            ("drawMs", self.draw_ms.into()),
            ("stepMs", self.step_ms.into()),
        ];
        object(&fields)
    }

    /// The settings, the strokes, an uploaded picture and the weights as JSON text.
    pub fn save_state(&self) -> String {
        state::save_segment(&self.config, &self.seg, self.upload.as_deref())
    }

    /// Loads a saved segmentation: "" when done, else why it was refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        let loaded = match state::load_segment(text) {
            Ok(l) => l,
            Err(e) => return crate::web::messages::state_error_object(&e),
        };
        let mut seg = build(&loaded.config, loaded.pixels.clone());
        if let Some(w) = &loaded.weights {
            if let Err(e) = crate::state::envelope::check_count(
                "weights",
                w.len(),
                seg.network().params().len(),
            ) {
                return crate::web::messages::state_error_object(&e);
            }
            seg.load_weights(w);
        }
        self.config = loaded.config;
        self.config.mode = Mode::Segment;
        self.runs.restart(self.seg.history(), &self.config, 0);
        self.issues = loaded.issues;
        self.upload = loaded.pixels;
        self.seg = seg;
        self.version += 1;
        self.chart_drawn.forget();
        JsValue::from_str("")
    }
}

/// The speeds the page offers, `[name, steps a frame]` each.
#[wasm_bindgen]
pub fn segment_speeds() -> Array {
    (SPEEDS.iter())
        .map(|(name, steps)| -> JsValue {
            [JsValue::from_str(name), JsValue::from(*steps)]
                .iter()
                .collect::<Array>()
                .into()
        })
        .collect()
}

impl SegmentPlayground {
    /// Switches to a parsed config, keeps its issues; returns the kind of change: the strokes
    /// and the rate are applied in place ("live"), another scene drops an upload.
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Segment;
        self.issues = issues;
        let (old, new) = (self.config.segment_config(), config.segment_config());
        let change = config::change_between(&self.config, &config);
        self.config = config;
        if old == new {
            self.version += 1;
            self.chart_drawn.forget();
            return "live".into();
        }
        let live = |c: &crate::modes::segment::SegmentConfig| {
            (c.scene, c.fourier, c.hidden.clone(), c.seed)
        };
        if live(&old) == live(&new) {
            self.seg.set_strokes(&new.strokes);
            self.seg.set_learning_rate(new.learning_rate);
            self.runs.live_change(&self.config, 0, self.seg.steps());
            self.version += 1;
            self.chart_drawn.forget();
            return "live".into();
        }
        if old.scene != new.scene {
            self.upload = None;
        }
        self.runs.restart(self.seg.history(), &self.config, 0);
        self.seg = build(&self.config, self.upload.clone());
        self.version += 1;
        self.chart_drawn.forget();
        match change {
            config::Change::Regenerate => "regenerate",
            _ => "rebuild",
        }
        .into()
    }

    /// After a change of view style: everything is drawn again.
    pub(super) fn restyled(&mut self) {
        self.version += 1;
        self.chart_drawn.forget();
    }

    /// `strokes` in place of the strokes held, in the segmenter and the config.
    fn set_strokes_live(&mut self, strokes: crate::modes::segment::Strokes) {
        self.seg.set_strokes(&strokes);
        self.config.segment.strokes = strokes;
        self.version += 1;
    }

    /// Draws the loss chart (index 0, the only one) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        if index != 0 {
            return Ok(false);
        }
        let points = series(self.seg.history(), |s| s.train);
        // The past runs, labelled by what differed (in the link's words), on the same axes.
        let labels = self.runs.labels(&self.config, 0);
        let words: Vec<String> = (labels.iter())
            .map(|l| l.words(&Names::default(), self.style.decimal_comma))
            .collect();
        let past: Vec<(Vec<(f64, f64)>, &str)> = (self.runs.ghosts().iter().zip(&words))
            .map(|(g, w)| (series(&g.history, |s| s.train), w.as_str()))
            .collect();
        let all = || points.iter().chain(past.iter().flat_map(|(p, _)| p));
        let x_max = all().map(|p| p.0).fold(10.0, f64::max);
        let y_max = all()
            .map(|p| p.1)
            .filter(|v| v.is_finite())
            .fold(0.5, f64::max);
        let font = chart_font(canvas, &self.style);
        let x_label = |x: &f64| format!("{x:.0}");
        let y_label = |y: &f64| self.style.number(format!("{y:.1}"));
        let chart = LineChart {
            series: vec![Line::new(points, LOSS_COLOUR)],
            past_runs: &past,
            line_width: self.style.line_width(font),
            x_ticks: 3,
            ..LineChart::new(font, 0.0..x_max, 0.0..y_max * 1.05, &x_label, &y_label)
        };
        line_chart(canvas, &chart).map_err(|e| JsError::new(&e))?;
        Ok(true)
    }
}

handle_methods!(SegmentPlayground);
crate::web::export::export_methods!(SegmentPlayground);

/// The segmenter of `config` on `upload` (when given) or on its scene.
fn build(config: &Config, upload: Option<Vec<f32>>) -> Segmenter {
    let c = config.segment_config();
    let picture = match upload {
        Some(rgb) => ScenePicture {
            rgb,
            truth: None,
            labels: UPLOAD_LABELS,
        },
        None => c.scene.picture(c.seed),
    };
    Segmenter::new(c, picture)
}

/// The picture pixel at (`x`, `y`) (in pixels from the top-left corner), if inside.
fn pixel(x: f64, y: f64) -> Option<(u8, u8)> {
    let inside = |v: f64| v.is_finite() && (0.0..SIZE as f64).contains(&v);
    (inside(x) && inside(y)).then_some((x as u8, y as u8))
}

/// A two-tone square around picture pixel `c` (a white ring inside a black one).
fn cursor(rgba: &mut [u8], (cx, cy): (u8, u8)) {
    let side = SIZE * SCALE;
    let (x0, y0) = (
        cx as isize * SCALE as isize - 3,
        cy as isize * SCALE as isize - 3,
    );
    let n = SCALE as isize + 6;
    for j in 0..n {
        for i in 0..n {
            let ring = i.min(j).min(n - 1 - i).min(n - 1 - j);
            if ring > 1 {
                continue;
            }
            let (x, y) = (x0 + i, y0 + j);
            if x < 0 || y < 0 || x >= side as isize || y >= side as isize {
                continue;
            }
            let at = (y as usize * side + x as usize) * 4;
            let v = if ring == 0 { 0 } else { 255 };
            rgba[at..at + 3].copy_from_slice(&[v, v, v]);
        }
    }
}
