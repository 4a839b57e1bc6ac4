//! The `SoundPlayground` handle: a sound fit ([`SoundFit`]) plus its canvases (both waveforms,
//! the target's and the network's spectrograms, the spectrogram error chart), for the
//! `<nn-playground>` element's sound mode. Per frame the shell calls `advance`, `draw` and
//! `stats`; the Hear buttons call `target_samples` / `network_samples` and play them.
//!
//! The network's whole sound takes a forward pass over every sample: while training runs it
//! is computed a quarter at a time, one quarter a frame, with the weights of the sweep's first
//! frame, and the pictures change when a sweep is complete (paused, at once).

mod chart;

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::palettes::Scheme;
use crate::drawing::raster::Raster;
use crate::drawing::style::ViewStyle;
use crate::engine::history::History;
use crate::engine::nn::{Mlp, Workspace};
use crate::engine::optim::OptimizerKind;
use crate::engine::pacing::within_budget;
use crate::engine::runs::{Names, Runs};
use crate::modes::sound::state::{load_sound, save_sound};
use crate::modes::sound::{
    PEAK_LIMIT, SAMPLE_RATE, SAMPLES, SoundConfig, SoundFit, Spectrogram, WAVE_NETWORK,
    WAVE_NETWORK_COLOUR_BLIND, draw_waveforms, playable,
};
use crate::web::canvas::{self, finite, fit, object, put, put_raster};
use crate::web::handle_methods::handle_methods;
use crate::web::throttle::{ChartKey, Throttle};
use js_sys::Object;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Samples of the network's sound computed per frame while training runs (a quarter).
const SWEEP_CHUNK: usize = SAMPLES / 4;
/// A batch loss above this counts as diverged (a sound of peak 1 starts near 0.05).
const DIVERGED_LOSS: f64 = 1e6;
/// Weight of the latest frame in the running mean of the drawing time.
const DRAW_SMOOTHING: f64 = 0.2;

/// One sound widget: the settings, the fit, its canvases and the last complete network sound.
#[wasm_bindgen]
pub struct SoundPlayground {
    /// The whole config (`mode` always sound); the fit runs its [`Config::sound_config`].
    pub(super) config: Config,
    fit: SoundFit<f32>,
    wave: HtmlCanvasElement,
    target_canvas: HtmlCanvasElement,
    network_canvas: HtmlCanvasElement,
    chart: HtmlCanvasElement,
    chart_drawn: Throttle<ChartKey>,
    pub(super) issues: Vec<ConfigIssue>,
    pub(super) style: ViewStyle,
    /// The network's last complete sound, its spectrogram and its error, and the step it
    /// was computed at.
    network: Vec<f64>,
    spectrogram: Spectrogram,
    error: f64,
    error_at: Option<u64>,
    /// The error of the starting weights.
    start_error: f64,
    /// A sweep under way: the samples computed so far, the step it started at, and the
    /// weights of that step (training goes on between the sweep's frames).
    sweep: Vec<f64>,
    sweep_step: u64,
    sweep_net: Option<Mlp<f32>>,
    ws: Workspace<f32>,
    /// Spectrogram errors per step (`train`), one per completed sweep.
    errors: History,
    last_loss: f64,
    /// The past runs (their spectrogram errors), kept on reset and on changes that rebuild the
    /// network, and the words of their labels.
    runs: Runs,
    names: Names,
    /// Bumped when the pictures change; `drawn` is its value (with the canvas sizes) at the
    /// last draw.
    version: u64,
    drawn: Option<(u64, u32, u32)>,
    target_drawn: bool,
    frame: Raster,
    draw_ms: f64,
}

#[wasm_bindgen]
impl SoundPlayground {
    /// A sound widget drawing both waveforms on `wave`, the spectrograms on `target` and
    /// `network`, and the spectrogram error on `chart`, running the config `query` (missing
    /// keys take defaults; bad ones are reported by `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        wave: HtmlCanvasElement,
        target: HtmlCanvasElement,
        network: HtmlCanvasElement,
        chart: HtmlCanvasElement,
        query: &str,
    ) -> SoundPlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Sound;
        let fit = SoundFit::new(config.sound_config());
        let mut pg = SoundPlayground {
            runs: Runs::new(&config),
            names: Names::default(),
            config,
            spectrogram: fit.target_spectrogram().clone(),
            fit,
            wave,
            target_canvas: target,
            network_canvas: network,
            chart,
            chart_drawn: Throttle::default(),
            issues,
            style: ViewStyle::default(),
            network: Vec::new(),
            error: f64::NAN,
            error_at: None,
            start_error: f64::NAN,
            sweep: Vec::with_capacity(SAMPLES),
            sweep_step: 0,
            sweep_net: None,
            ws: Workspace::new(),
            errors: History::new(History::DEFAULT_CAPACITY),
            last_loss: f64::NAN,
            version: 0,
            drawn: None,
            target_drawn: false,
            frame: Raster::default(),
            draw_ms: 0.0,
        };
        pg.restart();
        pg
    }

    /// Trains until `max_steps` steps are done or `budget_ms` milliseconds have passed (at
    /// least one step). Returns the steps done.
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        // A step takes a fraction of a millisecond: the clock is read after each.
        within_budget(max_steps, 1, budget_ms, canvas::now, |_| {
            if self.diverged().is_some() {
                return 0;
            }
            self.last_loss = self.fit.step();
            1
        })
        .done
    }

    /// One step.
    pub fn step(&mut self) {
        self.advance(1, f64::INFINITY);
    }

    /// Back to the starting weights (the settings stay).
    pub fn reset(&mut self) {
        self.runs.restart(&self.errors, &self.config, 0);
        self.fit = SoundFit::new(self.config.sound_config());
        self.restart();
    }

    /// Computes (a part of) the network's sound and draws what changed: the waveforms and the
    /// network's spectrogram when a sweep is complete, the target's once, the chart when due.
    /// `settled` (training paused): the whole sound at once, the chart at once.
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let start = canvas::now();
        if self.error_at != Some(self.fit.steps()) {
            if settled && self.sweep_step != self.fit.steps() {
                // Paused: the sound of the weights now, not the rest of an older sweep.
                self.sweep.clear();
            }
            self.sweep_on(if settled { SAMPLES } else { SWEEP_CHUNK });
        }
        if !self.target_drawn {
            let t = self.fit.target_spectrogram();
            put_spectrogram(&self.target_canvas, t)?;
            self.target_drawn = true;
        }
        let (w, h) = (self.wave.width(), self.wave.height());
        if self.drawn != Some((self.version, w, h)) && w > 0 && h > 0 {
            self.frame.resize(w as usize, h as usize);
            let colour = match self.style.scheme {
                Scheme::ColourBlind => WAVE_NETWORK_COLOUR_BLIND,
                Scheme::Classic => WAVE_NETWORK,
            };
            draw_waveforms(&mut self.frame, self.fit.target(), &self.network, colour);
            fit(&self.wave, w, h);
            put_raster(&self.wave, &self.frame)?;
            put_spectrogram(&self.network_canvas, &self.spectrogram)?;
            self.drawn = Some((self.version, w, h));
        }
        let key = ChartKey::of(&self.chart, &self.errors);
        if self.chart_drawn.due(start, key, settled) {
            let past = self.past();
            chart::draw(&self.chart, &self.errors, &past, &self.style)
                .map_err(|e| JsError::new(&e))?;
        }
        self.draw_ms += DRAW_SMOOTHING * (canvas::now() - start - self.draw_ms);
        Ok(())
    }

    /// The target sound ready to play: [`SAMPLES`] samples at [`SAMPLE_RATE`], peak at most
    /// 0.5 × the volume, faded in and out.
    pub fn target_samples(&self) -> Vec<f32> {
        playable(self.fit.target(), 1.0, self.config.sound.volume)
    }

    /// The network's sound with the current weights, ready to play at the target's gain
    /// (never above the same limit).
    pub fn network_samples(&mut self) -> Vec<f32> {
        let samples = self.fit.waveform();
        playable(&samples, 1.0, self.config.sound.volume)
    }

    /// Samples per second of both sounds.
    pub fn sample_rate(&self) -> u32 {
        SAMPLE_RATE
    }

    /// The loudest sample ever played, at volume 100.
    pub fn peak_limit(&self) -> f64 {
        PEAK_LIMIT
    }

    /// Numbers for the readouts: `epoch` (steps), `loss` (the last batch's), `error` (the
    /// spectrogram error of the network's last complete sound, dB²), `startError` (that of the
    /// starting weights), `errorStep` (the step `error` is of), `sampleRate`, `samples`,
    /// `volume`, `drawMs`, `pastRuns` (faded curves on the chart) and `diverged` (null, or
    /// "loss").
    pub fn stats(&self) -> Result<Object, JsError> {
        let diverged = self.diverged().map_or(JsValue::NULL, JsValue::from_str);
        let fields: [(&str, JsValue); 11] = [
            ("epoch", (self.fit.steps() as f64).into()),
            ("loss", finite(self.last_loss)),
            ("error", finite(self.error)),
            ("startError", finite(self.start_error)),
            (
                "errorStep",
                self.error_at.map_or(JsValue::NULL, |s| (s as f64).into()),
            ),
            ("sampleRate", SAMPLE_RATE.into()),
            ("samples", (SAMPLES as f64).into()),
            ("volume", self.config.sound.volume.into()),
            ("drawMs", self.draw_ms.into()),
            ("pastRuns", (self.runs.ghosts().len() as f64).into()),
            ("diverged", diverged),
        ];
        object(&fields)
    }

    /// The settings and the weights as JSON text.
    pub fn save_state(&self) -> String {
        save_sound(&self.config, &self.fit)
    }

    /// Loads a saved sound file: "" when done, else why it was refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match load_sound::<f32>(text) {
            Ok(loaded) => {
                let mut config = loaded.config;
                config.mode = Mode::Sound;
                self.runs.restart(&self.errors, &config, 0);
                self.config = config;
                self.issues = loaded.issues;
                self.fit = loaded.fit;
                self.restart();
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

impl SoundPlayground {
    /// Switches to a parsed config, keeps its issues, and rebuilds the network when the run
    /// changes (the rate and the optimiser apply in place; the volume changes only what is
    /// heard). Returns the kind of change.
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Sound;
        self.issues = issues;
        let change = config::change_between(&self.config, &config);
        let (old, new) = (self.config.sound_config(), config.sound_config());
        self.config = config;
        let same_net = network_part(&old) == network_part(&new);
        if change == config::Change::Live && same_net {
            if old.learning_rate != new.learning_rate {
                self.fit.set_learning_rate(new.learning_rate);
            }
            if old.optimizer != new.optimizer {
                self.fit.set_optimizer(new.optimizer);
            }
            self.fit.set_batch(new.batch);
            self.runs.live_change(&self.config, 0, self.fit.steps());
            self.chart_drawn.forget();
            return "live".into();
        }
        self.runs.restart(&self.errors, &self.config, 0);
        self.fit = SoundFit::new(new);
        self.restart();
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

    /// A fresh run's pictures: the network's sound computed now, the error curve emptied.
    fn restart(&mut self) {
        self.errors.clear();
        self.sweep.clear();
        self.error_at = None;
        self.last_loss = f64::NAN;
        self.target_drawn = false;
        self.sweep_on(SAMPLES);
        self.start_error = self.error;
        self.chart_drawn.forget();
    }

    /// Computes up to `n` more samples of the network's sound; a complete sweep becomes the
    /// sound shown, with its spectrogram and error.
    fn sweep_on(&mut self, n: usize) {
        if self.sweep.is_empty() {
            self.sweep_step = self.fit.steps();
            self.sweep_net = Some(self.fit.network().clone());
        }
        let from = self.sweep.len();
        let to = (from + n).min(SAMPLES);
        if let Some(net) = &self.sweep_net {
            self.fit
                .predict_with(net, &mut self.ws, from..to, &mut self.sweep);
        }
        if self.sweep.len() < SAMPLES {
            return;
        }
        self.sweep_net = None;
        self.network = core::mem::take(&mut self.sweep);
        self.spectrogram = self.fit.spectrogram_of(&self.network);
        self.error = self.spectrogram.error(self.fit.target_spectrogram());
        self.error_at = Some(self.sweep_step);
        self.errors
            .push(self.sweep_step as f64, self.error, f64::NAN);
        self.version += 1;
    }

    /// The past runs' spectrogram errors, each with its label (what it differed in), oldest
    /// first.
    fn past(&self) -> Vec<(&History, String)> {
        let labels = self.runs.labels(&self.config, 0);
        (self.runs.ghosts().iter().zip(labels))
            .map(|(g, label)| {
                let words = label.words(&self.names, self.style.decimal_comma);
                (&g.history, words)
            })
            .collect()
    }

    fn diverged(&self) -> Option<&'static str> {
        let bad = !self.last_loss.is_nan()
            && (self.last_loss.is_infinite() || self.last_loss >= DIVERGED_LOSS);
        bad.then_some("loss")
    }

    /// Draws chart `index` (0: the spectrogram error) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        if index != 0 {
            return Ok(false);
        }
        let past = self.past();
        chart::draw(canvas, &self.errors, &past, &self.style).map_err(|e| JsError::new(&e))?;
        Ok(true)
    }
}

/// What of a sound config makes its network: everything but the rate, the optimiser, the
/// batch and the volume (which apply in place).
fn network_part(c: &SoundConfig) -> SoundConfig {
    SoundConfig {
        learning_rate: 0.0,
        optimizer: OptimizerKind::Sgd,
        batch: 0,
        volume: 0,
        ..c.clone()
    }
}

/// Puts `s` on `canvas` at its own size (one pixel a frame and a bin; the page stretches it).
fn put_spectrogram(canvas: &HtmlCanvasElement, s: &Spectrogram) -> Result<(), JsError> {
    let (w, h) = (s.frames as u32, s.bins as u32);
    fit(canvas, w, h);
    put(canvas, &s.rgba(), w, h)
}

handle_methods!(SoundPlayground);
crate::web::run_names::run_names_methods!(SoundPlayground);
crate::web::export::export_methods!(SoundPlayground);
