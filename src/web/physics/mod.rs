//! The `PhysicsPlayground` handle: a learned simulator ([`Learner`]) plus its three canvases
//! (the phase-space picture, the error along the rollout, the training loss), for the
//! `<nn-playground>` element's physics mode. Per frame the shell calls `advance` (training),
//! `tick` (the launched rollout's animation), `draw` and `stats`; the start comes in as canvas
//! pixels or as a nudge; the cost is timed by the shell around `time_network` and
//! `time_simulator`.

mod chart;

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::raster::Raster;
use crate::drawing::style::ViewStyle;
use crate::engine::history::History;
use crate::engine::pacing::within_budget;
use crate::engine::runs::{Names, Runs};
use crate::modes::physics::{
    Learner, MIN_STABLE_SUBSTEPS, PhaseArea, Rollout, START_LIMIT, SUBSTEP_FLOPS, SUBSTEPS, Scene,
    State, draw_phase,
};
use crate::web::canvas::{finite, fit, now, object, put_raster};
use crate::web::handle_methods::handle_methods;
use crate::web::throttle::{CHART_INTERVAL_MS, Throttle};
use js_sys::Object;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Steps between two clock reads in [`PhysicsPlayground::advance`].
const STEPS_PER_CLOCK_READ: u32 = 10;
/// A loss above this counts as diverged (the scaled targets are about ±1).
const DIVERGED_LOSS: f64 = 1e6;
/// A start set by a pointer or a nudge is rounded to this many decimals (short in a link).
const START_DECIMALS: i32 = 2;

/// One learned-simulator widget.
#[wasm_bindgen]
pub struct PhysicsPlayground {
    /// The whole config (`mode` always physics); the learner runs its
    /// [`Config::physics_config`].
    pub(super) config: Config,
    learner: Learner<f32>,
    phase: HtmlCanvasElement,
    error_chart: HtmlCanvasElement,
    loss_chart: HtmlCanvasElement,
    pub(super) issues: Vec<ConfigIssue>,
    pub(super) style: ViewStyle,
    /// Bumped by whatever changes the weights or the rollout's settings.
    version: u64,
    /// The rollout and the version it was made at.
    rollout: Rollout,
    rollout_version: Option<u64>,
    /// Steps of the rollout shown, and whether a launch is animating.
    shown: usize,
    animating: bool,
    area: PhaseArea,
    frame: Raster,
    drawn: Option<(u64, usize, u32, u32)>,
    error_drawn: Throttle<(u64, usize, u32, u32)>,
    loss_drawn: Throttle<(u64, u32, u32)>,
    /// The past runs, kept on reset and on changes that make a new network; faded on the
    /// loss chart, labelled with what they differed in.
    runs: Runs,
    /// The words of the past runs' labels.
    names: Names,
}

#[wasm_bindgen]
impl PhysicsPlayground {
    /// A widget drawing on `phase` (the phase-space picture), `error_chart` and `loss_chart`,
    /// running the config `query` (missing keys take defaults; bad ones are reported by
    /// `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        phase: HtmlCanvasElement,
        error_chart: HtmlCanvasElement,
        loss_chart: HtmlCanvasElement,
        query: &str,
    ) -> PhysicsPlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Physics;
        let shown = config.physics.rollout;
        PhysicsPlayground {
            runs: Runs::new(&config),
            names: Names::default(),
            learner: Learner::new(config.physics_config()),
            config,
            phase,
            error_chart,
            loss_chart,
            issues,
            style: ViewStyle::default(),
            version: 0,
            rollout: Rollout::default(),
            rollout_version: None,
            shown,
            animating: false,
            area: PhaseArea::default(),
            frame: Raster::default(),
            drawn: None,
            error_drawn: Throttle::new(CHART_INTERVAL_MS),
            loss_drawn: Throttle::new(CHART_INTERVAL_MS),
        }
    }

    /// Trains until `max_steps` mini-batch steps are done or `budget_ms` milliseconds have
    /// passed. Returns the steps done.
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        let paced = within_budget(max_steps, STEPS_PER_CLOCK_READ, budget_ms, now, |n| {
            if self.diverged().is_some() {
                return 0;
            }
            self.learner.train(n as usize);
            n
        });
        self.version += 1;
        paced.done
    }

    /// One mini-batch step.
    pub fn step(&mut self) {
        self.learner.step();
        self.version += 1;
    }

    /// Back to the seed's initial weights; the run so far becomes a faded past run on the loss
    /// chart.
    pub fn reset(&mut self) {
        self.runs
            .restart(self.learner.loss_history(), &self.config, 0);
        self.learner.reset();
        self.loss_drawn.forget();
        self.version += 1;
    }

    /// Moves the start to the state under canvas pixel (`px`, `py`) of the phase picture and
    /// shows both whole paths from it. Returns the new `simstart` value ("" when the picture has
    /// no size yet).
    pub fn set_start_at(&mut self, px: f64, py: f64) -> String {
        let Some(s) = self.area.state_at(px, py) else {
            return String::new();
        };
        self.set_start(s)
    }

    /// Moves the start by (`dtheta`, `domega`), held within the limits; returns as
    /// `set_start_at`.
    pub fn nudge_start(&mut self, dtheta: f64, domega: f64) -> String {
        let (theta, omega) = self.config.physics.start;
        let clamp = |v: f64| v.clamp(-START_LIMIT, START_LIMIT);
        self.set_start([clamp(theta + dtheta), clamp(omega + domega)])
    }

    /// Launches both simulators from the start: with `animate`, the paths grow step by step
    /// (`tick`); without (reduced motion), they are shown whole at once.
    pub fn launch(&mut self, animate: bool) {
        self.animating = animate;
        self.shown = if animate {
            0
        } else {
            self.config.physics.rollout
        };
    }

    /// Shows `steps` more steps of a launched rollout; returns whether it is still animating.
    pub fn tick(&mut self, steps: u32) -> bool {
        if self.animating {
            self.shown = (self.shown + steps as usize).min(self.config.physics.rollout);
            self.animating = self.shown < self.config.physics.rollout;
        }
        self.animating
    }

    /// Draws the phase picture (when something changed) and the charts (when their data or
    /// size changed; while training or animating, `settled` false, at most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        self.refresh_rollout();
        let (w, h) = (self.phase.width(), self.phase.height());
        let key = (self.version, self.shown, w, h);
        if self.drawn != Some(key) && w > 0 && h > 0 {
            self.frame.resize(w as usize, h as usize);
            let scene = Scene {
                rollout: &self.rollout,
                shown: self.shown,
                scale: self.style.dot_scale(),
            };
            self.area = draw_phase(&mut self.frame, &scene);
            fit(&self.phase, w, h);
            put_raster(&self.phase, &self.frame)?;
            self.drawn = Some(key);
        }
        let t = now();
        let c = &self.error_chart;
        if (self.error_drawn).due(
            t,
            (self.version, self.shown, c.width(), c.height()),
            settled,
        ) {
            chart::draw_errors(c, &self.rollout, self.shown, &self.style)
                .map_err(|e| JsError::new(&e))?;
        }
        let c = &self.loss_chart;
        let key = (self.learner.steps(), c.width(), c.height());
        if self.loss_drawn.due(t, key, settled) {
            let history = self.learner.loss_history();
            let ghosts = self.ghost_lines();
            chart::draw_loss(c, history, &ghosts, &self.style).map_err(|e| JsError::new(&e))?;
        }
        Ok(())
    }

    /// Numbers for the readouts and tests, as one object: `epoch` (training steps), `loss`
    /// (the last recorded batch loss), `oneStepError` (mean phase-space error of one network
    /// step), `shown`, `rollout` (steps), `animating`, `networkError` and `baselineError` (at
    /// the step shown), `meanNetworkError` and `meanBaselineError` (over the whole rollout),
    /// `start` {theta, omega}, `truth` and `network` {theta, omega} at the step shown,
    /// `pairs`, `fingerprint` (hex) and `diverged` (null or "loss").
    pub fn stats(&mut self) -> Result<Object, JsError> {
        self.refresh_rollout();
        let loss = self
            .learner
            .loss_history()
            .last()
            .map_or(f64::NAN, |s| s.train);
        let one_step = self.learner.one_step_error();
        let r = &self.rollout;
        let k = self.shown.min(r.truth.len().saturating_sub(1));
        let state = |s: Option<&State>| -> Result<JsValue, JsError> {
            let s = s.copied().unwrap_or([f64::NAN; 2]);
            Ok(object(&[
                ("theta", finite(crate::modes::physics::wrap(s[0]))),
                ("omega", finite(s[1])),
            ])?
            .into())
        };
        let (theta, omega) = self.config.physics.start;
        let diverged = self.diverged().map_or(JsValue::NULL, JsValue::from_str);
        object(&[
            ("epoch", (self.learner.steps() as f64).into()),
            ("loss", finite(loss)),
            ("oneStepError", finite(one_step)),
            ("shown", (k as f64).into()),
            ("rollout", (self.config.physics.rollout as f64).into()),
            ("animating", self.animating.into()),
            (
                "networkError",
                finite(r.network_error.get(k).copied().unwrap_or(f64::NAN)),
            ),
            (
                "baselineError",
                finite(r.baseline_error.get(k).copied().unwrap_or(f64::NAN)),
            ),
            ("meanNetworkError", finite(r.mean_network_error())),
            ("meanBaselineError", finite(r.mean_baseline_error())),
            (
                "start",
                object(&[("theta", theta.into()), ("omega", omega.into())])?.into(),
            ),
            ("truth", state(r.truth.get(k))?),
            ("network", state(r.network.get(k))?),
            ("pairs", (self.learner.pairs() as f64).into()),
            ("ghosts", self.ghost_labels().into()),
            (
                "fingerprint",
                format!("{:016x}", self.learner.network().fingerprint()).into(),
            ),
            ("diverged", diverged),
        ])
    }

    /// The simulator at equal accuracy: `{substeps, reference, stable, networkError,
    /// simulatorError, networkFlops, substepFlops}`: the fewest stable RK4 sub-steps per step
    /// whose one-step error is no larger than the network's, the reference's sub-steps, the
    /// rod's stability limit, both errors, and the floating-point operations of one network
    /// step and of one sub-step.
    pub fn equal_accuracy(&mut self) -> Result<Object, JsError> {
        let substeps = self.learner.equal_accuracy_substeps();
        object(&[
            ("substeps", (substeps as f64).into()),
            ("reference", (SUBSTEPS as f64).into()),
            ("stable", (MIN_STABLE_SUBSTEPS as f64).into()),
            ("networkError", finite(self.learner.one_step_error())),
            (
                "simulatorError",
                finite(self.learner.simulator_error(substeps)),
            ),
            ("networkFlops", (self.learner.network_flops() as f64).into()),
            ("substepFlops", (SUBSTEP_FLOPS as f64).into()),
        ])
    }

    /// Runs `count` network steps from the start (the shell times this call); returns the
    /// final θ so that the work cannot be optimised away.
    pub fn time_network(&mut self, count: u32) -> f64 {
        let (theta, omega) = self.config.physics.start;
        self.learner.time_network([theta, omega], count as usize)[0]
    }

    /// Runs `count` simulator steps of `substeps` RK4 sub-steps from the start (timed by the
    /// shell); returns the final θ.
    pub fn time_simulator(&self, count: u32, substeps: u32) -> f64 {
        let (theta, omega) = self.config.physics.start;
        let s = self
            .learner
            .time_simulator([theta, omega], count as usize, substeps as usize);
        s[0]
    }

    /// The settings and the network's weights as JSON text.
    pub fn save_state(&self) -> String {
        crate::modes::physics::state::save_physics(&self.config, &self.learner)
    }

    /// Loads a saved learned-simulator file: "" when done, else why it was refused (nothing
    /// changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::physics::state::load_physics::<f32>(text) {
            Ok(loaded) => {
                self.runs
                    .restart(self.learner.loss_history(), &loaded.config, 0);
                self.config = loaded.config;
                self.config.mode = Mode::Physics;
                self.learner = loaded.learner;
                self.loss_drawn.forget();
                self.issues = loaded.issues;
                self.shown = self.config.physics.rollout;
                self.animating = false;
                self.version += 1;
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

impl PhysicsPlayground {
    /// After a change of view style: everything is drawn again.
    pub(super) fn restyled(&mut self) {
        self.version += 1;
        self.error_drawn.forget();
        self.loss_drawn.forget();
    }

    /// Switches to a parsed config and keeps its issues; returns "live", "rebuild" or
    /// "regenerate".
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Physics;
        let change = config::change_between(&self.config, &config);
        self.issues = issues;
        let moved = config.physics.start != self.config.physics.start
            || config.physics.rollout != self.config.physics.rollout;
        let ended = self.learner.loss_history().clone();
        let rebuilt = self.learner.set_config(config.physics_config());
        self.config = config;
        if rebuilt {
            self.runs.restart(&ended, &self.config, 0);
        } else {
            self.runs.live_change(&self.config, 0, self.learner.steps());
        }
        self.loss_drawn.forget();
        if moved {
            self.shown = self.config.physics.rollout;
            self.animating = false;
        }
        self.version += 1;
        match change {
            config::Change::Live => "live",
            config::Change::Rebuild => "rebuild",
            config::Change::Regenerate => "regenerate",
        }
        .into()
    }

    fn set_start(&mut self, [theta, omega]: State) -> String {
        let round = |v: f64| {
            let scale = 10f64.powi(START_DECIMALS);
            let r = (v * scale).round() / scale;
            if r == 0.0 { 0.0 } else { r }
        };
        let value = format!("{},{}", round(theta), round(omega));
        let parsed = config::parse_onto(&self.config, &format!("simstart={value}"));
        self.apply(parsed);
        value
    }

    /// The rollout from the start, made again when the weights or settings changed.
    fn refresh_rollout(&mut self) {
        if self.rollout_version == Some(self.version) {
            return;
        }
        let (theta, omega) = self.config.physics.start;
        self.rollout = self
            .learner
            .rollout([theta, omega], self.config.physics.rollout);
        self.rollout_version = Some(self.version);
    }

    /// Each past run's history with its label, oldest first.
    fn ghost_lines(&self) -> Vec<(&History, String)> {
        let labels = self.runs.labels(&self.config, 0);
        (self.runs.ghosts().iter().zip(labels))
            .map(|(g, l)| (&g.history, l.words(&self.names, self.style.decimal_comma)))
            .collect()
    }

    /// The past runs' labels, oldest first, as a JS array.
    fn ghost_labels(&self) -> js_sys::Array {
        (self.ghost_lines().into_iter())
            .map(|(_, label)| JsValue::from(label))
            .collect()
    }

    /// "loss" once the training loss is no longer a number or has blown up.
    fn diverged(&self) -> Option<&'static str> {
        let last = self.learner.loss_history().last()?;
        (!last.train.is_finite() || last.train > DIVERGED_LOSS).then_some("loss")
    }

    /// Draws chart `index` (0: the error along the rollout, 1: the loss) on `canvas`; false
    /// for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        let drawn = match index {
            0 => chart::draw_errors(canvas, &self.rollout, self.shown, &self.style),
            1 => {
                let ghosts = self.ghost_lines();
                chart::draw_loss(canvas, self.learner.loss_history(), &ghosts, &self.style)
            }
            _ => return Ok(false),
        };
        drawn.map_err(|e| JsError::new(&e))?;
        Ok(true)
    }
}

handle_methods!(PhysicsPlayground);
crate::web::run_names::run_names_methods!(PhysicsPlayground);
crate::web::export::export_methods!(PhysicsPlayground);
