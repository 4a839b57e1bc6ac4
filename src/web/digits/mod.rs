//! The `DigitsPlayground` handle: a digits session ([`Digits`]) plus its canvases (the pad,
//! what the network sees of it, the confusion matrix, sample test digits and the chart), for
//! the `<nn-playground>` element's digits mode. Per frame the shell calls `advance`, `draw`
//! and `stats`; the pad's pointer events call `pad_start`, `pad_move` and `pad_clear`.

mod chart;

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::style::ViewStyle;
use crate::engine::history::Sample;
use crate::engine::pacing::within_budget;
use crate::engine::runs::{Names, Runs};
use crate::modes::digits::draw::{
    confusion_picture, grey_picture, pad_picture, sample_choice, samples_picture,
};
use crate::modes::digits::frame::{PIXELS, frame};
use crate::modes::digits::glyphs::{Strokes, typed};
use crate::modes::digits::{CLASSES, Digits};
use crate::web::canvas::{finite, fit, now, object, put_raster};
use crate::web::handle_methods::handle_methods;
use crate::web::throttle::Throttle;
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Steps between two clock reads in [`DigitsPlayground::advance`].
const STEPS_PER_CLOCK_READ: u32 = 1;
/// Weight of the latest measure in the running means of the step and draw times.
const SMOOTHING: f64 = 0.2;
/// Most points kept on the pad (a long scribble stops growing).
const MAX_PAD_POINTS: usize = 4000;
/// Columns and rows of the sample grid.
const SAMPLE_GRID: (usize, usize) = (8, 3);
/// Width of the pad's pen, as a share of the pad's side.
const PAD_PEN: f64 = 0.045;

/// One digits widget.
#[wasm_bindgen]
pub struct DigitsPlayground {
    /// The whole config (`mode` always digits).
    pub(super) config: Config,
    session: Digits,
    pad: HtmlCanvasElement,
    seen: HtmlCanvasElement,
    confusion: HtmlCanvasElement,
    samples: HtmlCanvasElement,
    chart: HtmlCanvasElement,
    /// The student's strokes, in fractions of the pad ((0, 0) top left).
    strokes: Strokes,
    /// The pad framed as the network sees it, and its ten probabilities (None when blank).
    framed: Vec<f32>,
    probabilities: Option<[f64; CLASSES]>,
    /// Digits written on the pad from the keyboard so far (each one drawn differently).
    typed: u64,
    pub(super) issues: Vec<ConfigIssue>,
    /// Bumped when the weights / the pad change; what each picture last showed.
    version: u64,
    pad_version: u64,
    drawn: Option<(u64, u64, u32, u32, u32, u32)>,
    pad_drawn: Option<(u64, u32, u32)>,
    chart_drawn: Throttle<(u64, u32, u32)>,
    pub(super) style: ViewStyle,
    /// The past runs (kept on reset and on changes that rebuild the network) and the words of
    /// their labels.
    runs: Runs,
    names: Names,
    step_ms: f64,
    draw_ms: f64,
}

#[wasm_bindgen]
impl DigitsPlayground {
    /// A digits widget running the config `query` (missing keys take defaults; bad ones are
    /// reported by `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        pad: HtmlCanvasElement,
        seen: HtmlCanvasElement,
        confusion: HtmlCanvasElement,
        samples: HtmlCanvasElement,
        chart: HtmlCanvasElement,
        query: &str,
    ) -> DigitsPlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Digits;
        DigitsPlayground {
            runs: Runs::new(&config),
            names: Names::default(),
            session: Digits::new(config.digits_config()),
            config,
            pad,
            seen,
            confusion,
            samples,
            chart,
            strokes: Vec::new(),
            framed: vec![0.0; PIXELS],
            probabilities: None,
            typed: 0,
            issues,
            version: 0,
            pad_version: 0,
            drawn: None,
            pad_drawn: None,
            chart_drawn: Throttle::default(),
            style: ViewStyle::default(),
            step_ms: f64::NAN,
            draw_ms: 0.0,
        }
    }

    /// Trains until `max_steps` steps are done or `budget_ms` milliseconds have passed (at
    /// least one step), then classifies the pad again. Returns the steps done.
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        let session = &mut self.session;
        let paced = within_budget(max_steps, STEPS_PER_CLOCK_READ, budget_ms, now, |n| {
            if session.diverged() {
                return 0;
            }
            session.run(n as usize);
            n
        });
        let done = paced.done;
        if done > 0 {
            let per_step = paced.ms / done as f64;
            self.step_ms = match self.step_ms.is_nan() {
                true => per_step,
                false => self.step_ms + SMOOTHING * (per_step - self.step_ms),
            };
            self.version += 1;
            self.classify_pad();
        }
        done
    }

    /// One step.
    pub fn step(&mut self) {
        self.advance(1, f64::INFINITY);
    }

    /// Fresh weights on the same digits; the pad stays.
    pub fn reset(&mut self) {
        let (train, test) = (self.session.training_set(), self.session.test_set());
        let (train, test) = (train.clone(), test.clone());
        self.runs.restart(self.session.history(), &self.config, 0);
        self.session = Digits::with_sets(self.config.digits_config(), train, test);
        self.version += 1;
        self.chart_drawn.forget();
        self.classify_pad();
    }

    /// Whether the weights stopped being numbers.
    pub fn diverged(&self) -> bool {
        self.session.diverged()
    }

    /// Starts a stroke at (`x`, `y`), in fractions of the pad's width and height.
    pub fn pad_start(&mut self, x: f64, y: f64) {
        if x.is_finite() && y.is_finite() && self.points() < MAX_PAD_POINTS {
            self.strokes
                .push(vec![(x.clamp(0.0, 1.0), y.clamp(0.0, 1.0))]);
            self.pad_changed();
        }
    }

    /// Extends the current stroke to (`x`, `y`) (starts one if there is none).
    pub fn pad_move(&mut self, x: f64, y: f64) {
        if !(x.is_finite() && y.is_finite()) || self.points() >= MAX_PAD_POINTS {
            return;
        }
        match self.strokes.last_mut() {
            Some(stroke) => stroke.push((x.clamp(0.0, 1.0), y.clamp(0.0, 1.0))),
            None => return self.pad_start(x, y),
        }
        self.pad_changed();
    }

    /// Wipes the pad.
    pub fn pad_clear(&mut self) {
        self.strokes.clear();
        self.pad_changed();
    }

    /// Removes the last stroke.
    pub fn pad_undo(&mut self) {
        self.strokes.pop();
        self.pad_changed();
    }

    /// Writes `digit` (0–9) on the pad in place of what is there, handwritten a new way
    /// each time as smooth strokes ([`typed`]: the keyboard's way to draw). False for another
    /// number.
    pub fn pad_digit(&mut self, digit: u32) -> bool {
        if digit as usize >= CLASSES {
            return false;
        }
        self.typed += 1;
        self.strokes = typed(digit as usize, self.typed);
        self.pad_changed();
        true
    }

    /// Draws what changed (when `settled`, after evaluating the whole test set on the current
    /// weights if the last pass was spread over earlier ones): the pad and what the network sees of it, the confusion matrix and
    /// the sample digits (when the weights or a canvas changed) and the chart (when its data
    /// or size changed; while training, `settled` false, at most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let start = now();
        if settled && !self.session.evaluated_now() {
            // Paused: the numbers and pictures are those of the weights shown, not of a pass
            // spread over the last hundred steps.
            self.session.evaluate_now();
            self.version += 1;
        }
        let (pw, ph) = (self.pad.width(), self.pad.height());
        if self.pad_drawn != Some((self.pad_version, pw, ph)) && pw > 0 && ph > 0 {
            let pen = PAD_PEN * pw.min(ph) as f64;
            let picture = pad_picture(&self.strokes, pw as usize, ph as usize, pen);
            fit(&self.pad, pw, ph);
            put_raster(&self.pad, &picture)?;
            put_raster(&self.seen, &grey_picture(&self.framed))?;
            self.pad_drawn = Some((self.pad_version, pw, ph));
        }
        let (cw, ch) = (self.confusion.width(), self.confusion.height());
        let (sw, sh) = (self.samples.width(), self.samples.height());
        let eval_key = (self.eval_key(), self.style.key(), cw, ch, sw, sh);
        if self.drawn != Some(eval_key) && cw > 0 && sw > 0 {
            let e = self.session.evaluation();
            let side = cw.min(ch) as usize;
            let picture = confusion_picture(e, side, self.style.scheme);
            fit(&self.confusion, side as u32, side as u32);
            put_raster(&self.confusion, &picture)?;
            let cell = (sw as usize / SAMPLE_GRID.0).max(8);
            let test = self.session.test_set();
            let picture = samples_picture(test, e, SAMPLE_GRID, cell, self.style.scheme);
            fit(&self.samples, picture.width as u32, picture.height as u32);
            put_raster(&self.samples, &picture)?;
            self.drawn = Some(eval_key);
        }
        let chart_key = (self.eval_key(), self.chart.width(), self.chart.height());
        if self.chart_drawn.due(start, chart_key, settled) {
            self.draw_chart(&self.chart)?;
        }
        let spent = now() - start;
        self.draw_ms += SMOOTHING * (spent - self.draw_ms);
        Ok(())
    }

    /// Numbers for the readouts, as one object: `epoch` (steps done), `diverged` (null, or
    /// "weights"), `accuracy` and `testLoss` (of the last pass over the test set, null before
    /// one), `trainLoss`, `evaluatedAt` (the step of that pass), `testCount`, `trainCount`,
    /// `confusion` (100 counts, row = true digit), `samples` (the sample grid's digits, each
    /// `{label, predicted}`), `probabilities` (the pad's ten, or null when it is blank),
    /// `guess` (the likeliest digit or null), `strokes` (on the pad), `framed` (the 256 grey
    /// levels the network sees, 0–1), `stepMs` and `drawMs` (running means), `pastRuns`
    /// (past runs faded on the chart) and `ghosts` (each past run's `[label, accuracy]`:
    /// what differed from the current settings, and its last test accuracy).
    pub fn stats(&self) -> Result<Object, JsError> {
        let e = self.session.evaluation();
        let last = self.session.history().last();
        let confusion: Array = e
            .confusion
            .iter()
            .flatten()
            .map(|&n| JsValue::from(n))
            .collect();
        let test = self.session.test_set();
        let samples: Array = (sample_choice(test, e, SAMPLE_GRID.0 * SAMPLE_GRID.1).iter())
            .map(|&(i, _)| {
                let predicted = e.predicted.get(i).map_or(JsValue::NULL, |&p| p.into());
                object(&[("label", test.labels[i].into()), ("predicted", predicted)])
                    .map(JsValue::from)
            })
            .collect::<Result<_, _>>()?;
        let probabilities = match self.probabilities {
            Some(p) => p
                .iter()
                .map(|&v| JsValue::from(v))
                .collect::<Array>()
                .into(),
            None => JsValue::NULL,
        };
        let guess = self.probabilities.map_or(JsValue::NULL, |p| {
            JsValue::from(crate::engine::nn::softmax::argmax(&p) as u32)
        });
        let framed: Array = self.framed.iter().map(|&v| JsValue::from(v)).collect();
        let diverged = match self.session.diverged() {
            true => JsValue::from("weights"),
            false => JsValue::NULL,
        };
        let fields: [(&str, JsValue); 18] = [
            ("epoch", (self.session.steps() as f64).into()),
            ("diverged", diverged),
            ("accuracy", finite(e.accuracy)),
            ("testLoss", finite(e.loss)),
            ("trainLoss", finite(last.map_or(f64::NAN, |s| s.train))),
            ("evaluatedAt", (e.step as f64).into()),
            ("testCount", (test.len() as f64).into()),
            (
                "trainCount",
                (self.session.training_set().len() as f64).into(),
            ),
            ("confusion", confusion.into()),
            ("samples", samples.into()),
            ("probabilities", probabilities),
            ("guess", guess),
            ("strokes", (self.strokes.len() as f64).into()),
            ("framed", framed.into()),
            ("stepMs", finite(self.step_ms)),
            ("drawMs", self.draw_ms.into()),
            ("pastRuns", (self.runs.ghosts().len() as f64).into()),
            ("ghosts", self.ghosts().into()),
        ];
        object(&fields)
    }

    /// The settings and the weights as JSON text.
    pub fn save_state(&self) -> String {
        crate::modes::digits::state::save_digits(&self.config, &self.session)
    }

    /// Loads a saved digits file (its settings and weights): "" when done, else why it was
    /// refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::digits::state::load_digits(text) {
            Ok(loaded) => {
                let mut config = loaded.config;
                config.mode = Mode::Digits;
                self.runs.restart(self.session.history(), &config, 0);
                self.config = config;
                self.issues = loaded.issues;
                self.session = loaded.session;
                self.version += 1;
                self.chart_drawn.forget();
                self.classify_pad();
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

impl DigitsPlayground {
    /// Switches to a parsed config, keeps its issues and applies it: in place (optimiser,
    /// rate, batch), new weights (the network), or new digits too; returns the kind of change.
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Digits;
        self.issues = issues;
        let change = config::change_between(&self.config, &config);
        let (old, new) = (self.config.digits_config(), config.digits_config());
        self.config = config;
        if old == new {
            return "live".into();
        }
        let same_digits = old.seed == new.seed && old.per_class == new.per_class;
        let same_network =
            same_digits && old.hidden == new.hidden && old.activation == new.activation;
        if same_network {
            self.session.set_live(&new);
            self.runs.live_change(&self.config, 0, self.session.steps());
            self.chart_drawn.forget();
            return "live".into();
        }
        self.runs.restart(self.session.history(), &self.config, 0);
        self.session = match same_digits {
            true => {
                let train = self.session.training_set().clone();
                let test = self.session.test_set().clone();
                Digits::with_sets(new, train, test)
            }
            false => Digits::new(new),
        };
        self.version += 1;
        self.chart_drawn.forget();
        self.classify_pad();
        match change {
            config::Change::Regenerate => "regenerate",
            _ => "rebuild",
        }
        .into()
    }

    /// After a change of view style: every picture is drawn again.
    pub(super) fn restyled(&mut self) {
        self.drawn = None;
        self.pad_drawn = None;
        self.chart_drawn.forget();
    }

    /// What the evaluation pictures depend on: the pass shown and the session.
    fn eval_key(&self) -> u64 {
        self.session.evaluation().step ^ (self.version << 40)
    }

    fn points(&self) -> usize {
        self.strokes.iter().map(Vec::len).sum()
    }

    fn pad_changed(&mut self) {
        self.pad_version += 1;
        self.classify_pad();
    }

    /// Frames the pad and classifies it.
    fn classify_pad(&mut self) {
        let inked = frame(&self.strokes, &mut self.framed);
        self.probabilities =
            (inked && !self.session.diverged()).then(|| self.session.classify(&self.framed));
    }

    /// Draws chart `index` (0: losses and accuracy) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        if index != 0 {
            return Ok(false);
        }
        self.draw_chart(canvas)?;
        Ok(true)
    }

    /// The chart on `canvas`, with the past runs' test losses labelled by what differed and
    /// their test accuracies, faded.
    fn draw_chart(&self, canvas: &HtmlCanvasElement) -> Result<(), JsError> {
        let labels = self.labels();
        let points = |h: &crate::engine::history::History, pick: fn(&Sample) -> f64| {
            (h.samples().iter())
                .map(|s| (s.epoch, pick(s)))
                .filter(|p| p.1.is_finite())
                .collect::<Vec<_>>()
        };
        let past: Vec<(Vec<(f64, f64)>, &str)> = (self.runs.ghosts().iter().zip(&labels))
            .map(|(g, label)| (points(&g.history, |s| s.test), label.as_str()))
            .collect();
        let accuracy: Vec<Vec<(f64, f64)>> = (self.runs.ghosts().iter())
            .map(|g| points(&g.history, |s| s.test_score))
            .collect();
        chart::draw(
            canvas,
            self.session.history(),
            &past,
            &accuracy,
            &self.style,
        )
        .map_err(|e| JsError::new(&e))
    }

    /// Each past run's label: what differed from the current settings (in the words of the
    /// controls), oldest first.
    fn labels(&self) -> Vec<String> {
        (self.runs.labels(&self.config, 0).iter())
            .map(|l| l.words(&self.names, self.style.decimal_comma))
            .collect()
    }

    /// The past runs as `[label, accuracy]` pairs, oldest first: the label as the chart
    /// writes it and the run's last test accuracy (0–1, null when it had none).
    fn ghosts(&self) -> Array {
        (self.labels().into_iter().zip(self.runs.ghosts()))
            .map(|(label, g)| {
                let last = (g.history.samples().iter().rev())
                    .map(|s| s.test_score)
                    .find(|v| v.is_finite());
                let accuracy = last.map_or(JsValue::NULL, JsValue::from);
                let pair: Array = [JsValue::from(label), accuracy].into_iter().collect();
                JsValue::from(pair)
            })
            .collect()
    }
}

handle_methods!(DigitsPlayground);
crate::web::run_names::run_names_methods!(DigitsPlayground);
crate::web::export::export_methods!(DigitsPlayground);
