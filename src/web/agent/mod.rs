//! The `AgentPlayground` handle: the balancing agent plus the scene and chart canvases it draws
//! on, for the `<nn-playground>` element's agent mode. Per frame the shell calls `advance`
//! (training attempts within a time budget), `watch` (steps of the watched episode), `draw`
//! and `stats`; `push`, `restart_scene` and `step` answer the student.

mod chart;

use crate::config::{self, Config, ConfigIssue, Mode};
use crate::drawing::raster::Raster;
use crate::drawing::style::ViewStyle;
use crate::engine::history::History;
use crate::engine::pacing::within_budget;
use crate::engine::runs::{Names, Runs};
use crate::modes::agent::draw::{View, draw_scene};
use crate::modes::agent::{Agent, AgentConfig, Attempt};
use crate::web::canvas::{fit, now, object, put_raster};
use crate::web::handle_methods::handle_methods;
use crate::web::throttle::Throttle;
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Most watched steps one call makes (a frame after a long pause must not run minutes).
const MAX_WATCH_STEPS: u32 = 50;
/// Weight of the latest frame in the running mean of the drawing time.
const DRAW_SMOOTHING: f64 = 0.2;

/// One agent widget: the settings, the agent and the two canvases.
#[wasm_bindgen]
pub struct AgentPlayground {
    pub(super) config: Config,
    agent: Agent,
    scene: HtmlCanvasElement,
    chart: HtmlCanvasElement,
    frame: Raster,
    pub(super) issues: Vec<ConfigIssue>,
    /// Bumped by everything that changes the scene; `drawn` is its value at the last draw.
    version: u64,
    drawn: Option<(u64, u32, u32)>,
    /// Bumped by every attempt: the chart's key.
    attempts_version: u64,
    chart_drawn: Throttle<(u64, u32, u32)>,
    pub(super) style: ViewStyle,
    draw_ms: f64,
    /// The past runs (kept on reset and on changes that make a new policy: the network, the
    /// seed, a loaded file) and the words of their labels.
    runs: Runs,
    names: Names,
}

#[wasm_bindgen]
impl AgentPlayground {
    /// An agent widget drawing the cart-pole on `scene` and the attempts on `chart`, running
    /// the config `query` (missing keys take defaults; bad ones are reported by `issues`).
    #[wasm_bindgen(constructor)]
    pub fn new(scene: HtmlCanvasElement, chart: HtmlCanvasElement, query: &str) -> AgentPlayground {
        let (mut config, issues) = config::parse(query);
        config.mode = Mode::Agent;
        AgentPlayground {
            runs: Runs::new(&config),
            names: Names::default(),
            agent: Agent::new(config.agent_config()),
            config,
            scene,
            chart,
            frame: Raster::default(),
            issues,
            version: 0,
            drawn: None,
            attempts_version: 0,
            chart_drawn: Throttle::default(),
            style: ViewStyle::default(),
            draw_ms: 0.0,
        }
    }

    /// Training attempts until `max_attempts` are made or `budget_ms` milliseconds have
    /// passed (one attempt at least). Returns the attempts made.
    pub fn advance(&mut self, max_attempts: u32, budget_ms: f64) -> u32 {
        let agent = &mut self.agent;
        let done = within_budget(max_attempts, 1, budget_ms, now, |_| {
            agent.attempt();
            1
        })
        .done;
        if done > 0 {
            self.attempts_version += 1;
            self.version += 1;
        }
        done
    }

    /// `steps` steps of the watched episode (at most 50 a call).
    pub fn watch(&mut self, steps: u32) {
        let n = steps.min(MAX_WATCH_STEPS);
        if n > 0 {
            self.agent.watch(n as usize);
            self.version += 1;
        }
    }

    /// One step of the watched episode (20 ms of its time).
    pub fn step(&mut self) {
        self.watch(1);
    }

    /// The student pushes the cart: `direction` > 0 right, < 0 left (a fallen pole starts a
    /// new episode instead).
    pub fn push(&mut self, direction: f64) {
        self.agent.push(direction);
        self.version += 1;
    }

    /// A tap at canvas pixel column `px` of the scene: pushes the cart away from the tap
    /// (a tap left of the cart pushes it right). Returns the direction pushed (±1, 0 if none).
    pub fn poke(&mut self, px: f64) -> f64 {
        let (w, h) = (self.scene.width() as usize, self.scene.height() as usize);
        if w == 0 || h == 0 || !px.is_finite() {
            return 0.0;
        }
        let x = View::new(w, h).world_x(px);
        let direction = if x < self.agent.scene().state.x {
            1.0
        } else {
            -1.0
        };
        self.push(direction);
        direction
    }

    /// A new watched episode from a fresh start state; the policy stays.
    pub fn restart_scene(&mut self) {
        self.agent.restart_scene();
        self.version += 1;
    }

    /// Learning starts over: a new policy from the seed's weights, no attempts. The run that
    /// ends stays on the chart as a past run.
    pub fn restart(&mut self) {
        self.runs
            .restart(&test_history(self.agent.attempts()), &self.config, 0);
        self.agent = Agent::new(self.config.agent_config());
        self.version += 1;
        self.attempts_version += 1;
    }

    /// Draws the scene (when it or the canvas changed) and the chart (when the attempts or
    /// its size changed; while training runs, `settled` false, at most every 100 ms).
    pub fn draw(&mut self, settled: bool) -> Result<(), JsError> {
        let start = now();
        let (w, h) = (self.scene.width(), self.scene.height());
        if self.drawn != Some((self.version, w, h)) && w > 0 && h > 0 {
            self.frame.resize(w as usize, h as usize);
            draw_scene(self.agent.scene(), &mut self.frame);
            fit(&self.scene, w, h);
            put_raster(&self.scene, &self.frame)?;
            self.drawn = Some((self.version, w, h));
        }
        let key = (
            self.attempts_version,
            self.chart.width(),
            self.chart.height(),
        );
        if self.chart_drawn.due(start, key, settled) {
            self.draw_chart(&self.chart)?;
        }
        self.draw_ms += DRAW_SMOOTHING * (now() - start - self.draw_ms);
        Ok(())
    }

    /// Numbers for the readouts, as one object: `epoch` (attempts so far), `diverged` (null,
    /// or `weights` when a weight is not finite), `updates`, `firstBalanced` (attempts when
    /// the policy first balanced 500 steps in 3 tests in a row, or null), `lastTest` (steps of
    /// the policy's latest test, or null), `best` (longest attempt), `fingerprint` (the
    /// policy's weights' hash, as hexadecimal text), `drawMs`, `pastRuns` (past runs faded on
    /// the chart), `ghosts` (their labels, oldest first: what differed from the current
    /// settings, with their best test), and `scene`:
    /// `{x, xDot, angle (degrees), angleDot (degrees/s), steps, ending (running, fell,
    /// track), push (N), force (N), episodes, lastLength}`.
    pub fn stats(&self) -> Result<Object, JsError> {
        let attempts = self.agent.attempts();
        let last_test = (attempts.iter().rev())
            .find(|a| a.0 == crate::modes::agent::Attempt::Policy)
            .map_or(JsValue::NULL, |a| a.1.into());
        let best = attempts.iter().map(|a| a.1).max().unwrap_or(0);
        let finite = self.agent.policy().params().iter().all(|p| p.is_finite());
        let s = self.agent.scene();
        let degrees = 180.0 / core::f64::consts::PI;
        let scene = object(&[
            ("x", s.state.x.into()),
            ("xDot", s.state.x_dot.into()),
            ("angle", (s.state.theta * degrees).into()),
            ("angleDot", (s.state.theta_dot * degrees).into()),
            ("steps", s.steps.into()),
            ("ending", s.ending.name().into()),
            ("push", s.push.into()),
            ("force", s.force.into()),
            ("episodes", (s.episodes as f64).into()),
            (
                "lastLength",
                s.last_length.map_or(JsValue::NULL, JsValue::from),
            ),
        ])?;
        object(&[
            ("epoch", (attempts.len() as f64).into()),
            (
                "diverged",
                if finite {
                    JsValue::NULL
                } else {
                    "weights".into()
                },
            ),
            ("updates", (self.agent.updates() as f64).into()),
            (
                "firstBalanced",
                (self.agent.first_balanced()).map_or(JsValue::NULL, |n| (n as f64).into()),
            ),
            ("lastTest", last_test),
            ("best", best.into()),
            (
                "fingerprint",
                format!("{:016x}", self.agent.policy().net().fingerprint()).into(),
            ),
            ("drawMs", self.draw_ms.into()),
            ("pastRuns", (self.runs.ghosts().len() as f64).into()),
            ("ghosts", self.ghost_labels().into()),
            ("scene", scene.into()),
        ])
    }

    /// The settings and the policy's weights as JSON text.
    pub fn save_state(&self) -> String {
        crate::modes::agent::state::save_agent(&self.config, &self.agent)
    }

    /// Loads a saved agent (its settings and policy; a fresh chart): "" when done, else why
    /// it was refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::agent::state::load_agent(text) {
            Ok(loaded) => {
                let mut config = loaded.config;
                config.mode = Mode::Agent;
                (self.runs).restart(&test_history(self.agent.attempts()), &config, 0);
                self.config = config;
                self.agent = loaded.agent;
                self.issues = loaded.issues;
                self.version += 1;
                self.attempts_version += 1;
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }
}

impl AgentPlayground {
    /// Switches to a parsed config, keeps its issues; a new network starts learning over,
    /// the rate and attempts per update apply in place. Returns the kind of change.
    pub(super) fn apply(&mut self, (mut config, issues): (Config, Vec<ConfigIssue>)) -> String {
        config.mode = Mode::Agent;
        self.issues = issues;
        let (old, new): (AgentConfig, AgentConfig) =
            (self.config.agent_config(), config.agent_config());
        self.config = config;
        if old.hidden != new.hidden || old.seed != new.seed {
            self.restart();
            return "rebuild".into();
        }
        self.agent.set_training(&new);
        let attempts = self.agent.attempts().len() as u64;
        self.runs.live_change(&self.config, 0, attempts);
        self.chart_drawn.forget();
        "live".into()
    }

    /// After a change of view style: the chart is drawn again.
    pub(super) fn restyled(&mut self) {
        self.version += 1;
        self.chart_drawn.forget();
    }

    /// Draws chart `index` (0: the attempts) on `canvas`; false for another.
    fn draw_chart_copy(&self, index: usize, canvas: &HtmlCanvasElement) -> Result<bool, JsError> {
        if index != 0 {
            return Ok(false);
        }
        self.draw_chart(canvas)?;
        Ok(true)
    }

    /// The chart on `canvas`, with the past runs' tests faded behind, labelled by what differed.
    fn draw_chart(&self, canvas: &HtmlCanvasElement) -> Result<(), JsError> {
        let labels = self.labels();
        let past: Vec<(Vec<(f64, f64)>, &str)> = (self.runs.ghosts().iter().zip(&labels))
            .map(|(g, label)| (chart::past_points(&g.history), label.as_str()))
            .collect();
        chart::draw(canvas, self.agent.attempts(), &past, &self.style).map_err(|e| JsError::new(&e))
    }

    /// Each past run's label: what differed from the current settings (in the words of the
    /// controls), oldest first.
    fn labels(&self) -> Vec<String> {
        (self.runs.labels(&self.config, 0).iter())
            .map(|l| l.words(&self.names, self.style.decimal_comma))
            .collect()
    }

    /// The past runs' labels and their best test (steps), as `[label, best]` pairs.
    fn ghost_labels(&self) -> Array {
        (self.labels().into_iter().zip(self.runs.ghosts()))
            .map(|(label, g)| {
                let best = (g.history.samples().iter())
                    .map(|s| s.train)
                    .fold(0.0, f64::max);
                let pair: Array = [JsValue::from(label), JsValue::from(best)]
                    .into_iter()
                    .collect();
                JsValue::from(pair)
            })
            .collect()
    }
}

/// The lengths of the policy's tests among `attempts`, against the attempt's number, as a
/// history (what a past run keeps: the blue curve).
fn test_history(attempts: &[(Attempt, u32)]) -> History {
    let mut history = History::new(History::DEFAULT_CAPACITY);
    for (i, (who, steps)) in attempts.iter().enumerate() {
        if *who == Attempt::Policy {
            history.push((i + 1) as f64, *steps as f64, f64::NAN);
        }
    }
    history
}

handle_methods!(AgentPlayground);
crate::web::run_names::run_names_methods!(AgentPlayground);
crate::web::export::export_methods!(AgentPlayground);
