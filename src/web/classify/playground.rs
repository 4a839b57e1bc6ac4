//! The `Playground` handle: a session plus the canvases it draws on. The shell makes three
//! calls a frame: [`Playground::advance`], [`Playground::draw`] and [`Playground::stats`];
//! everything else answers a user action. The other `impl` blocks: `edit.rs` (weights, points,
//! CSV), `share.rs` (saved state), `views.rs` (hover, charts, hidden space), `stats.rs`,
//! `thumbnails.rs` (the dataset pictures).

use super::chart::{self, Kind, Options};
use super::chart_key;
use super::network::NetworkView;
use super::output::OutputView;
use super::space::SpaceView;
use crate::config::{self, Config, ConfigIssue};
use crate::drawing::style::ViewStyle;
use crate::engine::history::History;
use crate::engine::pacing::within_budget;
use crate::engine::runs::Names;
use crate::modes::classify::render::diagram::Target;
use crate::modes::classify::session::{Metrics, Session};
use crate::web::canvas::now;
use crate::web::chart::Area;
use crate::web::handle_methods::handle_methods;
use crate::web::throttle::Throttle;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Steps between two clock reads in [`Playground::advance`] (a step takes microseconds).
const STEPS_PER_CLOCK_READ: u32 = 4;
/// While training, a chart is redrawn at most this often (ms): its curves move by a pixel a
/// frame at most, and plotters' axes and text cost more than the rest of a small frame.
const CHART_INTERVAL_MS: f64 = 50.0;
/// Weight of the latest frame in the running mean of the views' time.
const VIEW_SMOOTHING: f64 = 0.2;

/// The optional canvases, by the names [`Playground::attach`] takes.
#[derive(Default)]
pub(super) struct Extra {
    pub network: Option<HtmlCanvasElement>,
    pub score: Option<HtmlCanvasElement>,
    pub space: Option<HtmlCanvasElement>,
}

/// The charts' settings and what they last showed: each chart's keys (everything, the view
/// alone; see `chart_key::key`) and plotting area.
pub(super) struct Charts {
    pub log: bool,
    pub hover: Option<f64>,
    pub drawn: [Throttle<(u64, u64)>; 2],
    pub areas: [Area; 2],
}

impl Default for Charts {
    fn default() -> Self {
        Charts {
            log: false,
            hover: None,
            drawn: [
                Throttle::new(CHART_INTERVAL_MS),
                Throttle::new(CHART_INTERVAL_MS),
            ],
            areas: [Area::default(); 2],
        }
    }
}

/// One playground widget: training session, views and canvases.
#[wasm_bindgen]
pub struct Playground {
    pub(super) session: Session<f32>,
    pub(super) boundary: HtmlCanvasElement,
    pub(super) points: HtmlCanvasElement,
    pub(super) chart: HtmlCanvasElement,
    pub(super) extra: Extra,
    pub(super) output: OutputView,
    pub(super) network: NetworkView,
    pub(super) space: SpaceView,
    pub(super) charts: Charts,
    /// Bumped whenever the weights, the data or the settings may have changed.
    pub(super) version: u64,
    pub(super) hover: Option<Target>,
    pub(super) metrics: Option<(u64, Metrics, Metrics)>,
    pub(super) view_ms: f64,
    /// Whether training ran since the last `draw` (the charts may then wait their turn).
    pub(super) trained: bool,
    pub(super) issues: Vec<ConfigIssue>,
    /// Projector mode, colour scheme, decimal separator (view_style.rs).
    pub(super) style: ViewStyle,
    /// The words of the past runs' labels.
    pub(super) names: Names,
}

#[wasm_bindgen]
impl Playground {
    /// A playground drawing the output on `boundary`, the data on `points` (laid over it) and
    /// the loss chart on `chart`, running the config `query` (missing keys take defaults; bad
    /// ones are reported by [`Playground::issues`]). More canvases: [`Playground::attach`].
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
            extra: Extra::default(),
            output: OutputView::default(),
            network: NetworkView::default(),
            space: SpaceView::default(),
            charts: Charts::default(),
            version: 0,
            hover: None,
            metrics: None,
            view_ms: 0.0,
            trained: false,
            issues,
            style: ViewStyle::default(),
            names: Names::default(),
        })
    }

    /// Gives the playground another canvas to draw on: "network" (the diagram), "score" (the
    /// accuracy or R² chart) or "space" (the hidden-space view).
    pub fn attach(&mut self, name: &str, canvas: HtmlCanvasElement) -> Result<(), JsError> {
        let slot = match name {
            "network" => &mut self.extra.network,
            "score" => &mut self.extra.score,
            "space" => &mut self.extra.space,
            _ => return Err(JsError::new(&format!("no canvas is called {name}"))),
        };
        *slot = Some(canvas);
        Ok(())
    }

    /// Trains until `max_steps` mini-batch updates are done or `budget_ms` milliseconds have
    /// passed, whichever comes first. Returns the number of updates applied. (The shell
    /// shares a frame between training and drawing with `stats().viewMs`: see speeds.js.)
    pub fn advance(&mut self, max_steps: u32, budget_ms: f64) -> u32 {
        let session = &mut self.session;
        let paced = within_budget(max_steps, STEPS_PER_CLOCK_READ, budget_ms, now, |n| {
            session.train_steps(n as u64) as u32
        });
        let done = paced.done;
        if done > 0 {
            self.touch();
            self.trained = true;
        }
        done
    }

    /// One mini-batch update. Returns `false` when training has diverged.
    pub fn step(&mut self) -> bool {
        self.touch();
        self.session.step()
    }

    /// Updates to the end of the current epoch. Returns how many were applied.
    pub fn step_epoch(&mut self) -> u32 {
        self.touch();
        self.session.train_epoch() as u32
    }

    /// Back to this seed's initial weights (the same ones every time); the run becomes a ghost.
    pub fn reset(&mut self) {
        self.touch();
        self.session.reset();
    }

    /// Draws other initial weights on the same data: a fresh weights seed (`wseed`) from the
    /// browser's entropy, written in the config so the link reproduces them. Returns the new
    /// config.
    pub fn new_weights(&mut self) -> String {
        let mut c = self.session.config().clone();
        c.weights_seed = Some(fresh_seed(c.weights_seed.unwrap_or(c.seed)));
        self.apply((c, Vec::new()));
        self.config()
    }

    /// Draws new data and weights: a fresh `seed` from the browser's entropy (and no `wseed`,
    /// so the weights come from it too), written in the config so the link reproduces the
    /// run. Returns the new config.
    pub fn regenerate(&mut self) -> String {
        let mut c = self.session.config().clone();
        c.seed = fresh_seed(c.seed);
        c.weights_seed = None;
        self.apply((c, Vec::new()));
        self.config()
    }

    /// Brings every view up to date, redrawing only what changed: the output and the points,
    /// the network diagram, the charts and the hidden space. Returns whether a view is still
    /// behind (its share of the frame ran out), so that the shell asks for another frame.
    pub fn draw(&mut self) -> Result<bool, JsError> {
        let start = now();
        let hover = self.hover_neuron();
        self.output.draw(
            &mut self.session,
            &self.boundary,
            &self.points,
            self.version,
            hover,
        )?;
        let mut behind = false;
        if let Some(c) = &self.extra.network {
            behind = (self.network).draw(&mut self.session, c, self.version, self.hover)?;
        }
        self.draw_charts()?;
        if let Some(c) = &self.extra.space {
            self.space.draw(&mut self.session, c, self.version)?;
        }
        self.view_ms += (now() - start - self.view_ms) * VIEW_SMOOTHING;
        self.trained = false;
        Ok(behind)
    }
}

impl Playground {
    /// After a change of view style: the output takes it and every view redraws.
    pub(super) fn restyled(&mut self) {
        self.output.set_style(self.style);
        self.network.set_scheme(self.style.scheme);
        self.touch();
    }

    /// Notes that the session may have changed, so every view redraws.
    pub(super) fn touch(&mut self) {
        self.version += 1;
    }

    /// Switches the session to a parsed config and keeps its issues; returns what the
    /// switch did ("live", "rebuild", "regenerate").
    pub(super) fn apply(&mut self, (config, issues): (Config, Vec<ConfigIssue>)) -> String {
        self.issues = issues;
        self.touch();
        self.hover = None;
        change_name(self.session.set_config(config)).to_string()
    }

    /// The hovered neuron as (network layer, neuron), for the output panel; a hovered input
    /// feature as (0, its index among all features).
    fn hover_neuron(&self) -> Option<(usize, usize)> {
        match self.hover {
            Some(Target::Neuron { layer, index }) => Some((layer + 1, index)),
            Some(Target::Input(feature)) => Some((0, feature)),
            _ => None,
        }
    }

    /// Draws chart `index` (0: the loss, 1: the score) on `canvas` as the page shows it, at
    /// the canvas' size (a saved picture's); false for another index.
    pub(super) fn draw_chart_copy(
        &self,
        index: usize,
        canvas: &HtmlCanvasElement,
    ) -> Result<bool, JsError> {
        let kind = match index {
            0 => Kind::Loss,
            1 => Kind::Score,
            _ => return Ok(false),
        };
        let ghosts = ghost_lines(&self.session, &self.names, self.style.decimal_comma);
        let options = Options {
            log: self.charts.log,
            hover: None,
            ghosts: &ghosts,
            regression: self.session.config().is_regression(),
            style: self.style,
        };
        chart::draw(kind, canvas, self.session.history(), &options)
            .map_err(|e| JsError::new(&e))?;
        Ok(true)
    }

    fn draw_charts(&mut self) -> Result<(), JsError> {
        let ghosts = ghost_lines(&self.session, &self.names, self.style.decimal_comma);
        let s = &self.session;
        let options = Options {
            log: self.charts.log,
            hover: self.charts.hover,
            ghosts: &ghosts,
            regression: s.config().is_regression(),
            style: self.style,
        };
        let canvases = [
            (Kind::Loss, Some(&self.chart)),
            (Kind::Score, self.extra.score.as_ref()),
        ];
        let time = now();
        for (i, (kind, canvas)) in canvases.into_iter().enumerate() {
            let Some(canvas) = canvas else { continue };
            let key = chart_key::key(kind, canvas, s, &options);
            let throttle = &mut self.charts.drawn[i];
            // While training, a new sample waits its turn; a new size, scale or hover does not.
            let at_once = !self.trained || throttle.drawn().is_none_or(|o| o.1 != key.1);
            if throttle.due(time, key, at_once) {
                self.charts.areas[i] = chart::draw(kind, canvas, s.history(), &options)
                    .map_err(|e| JsError::new(&e))?;
            }
        }
        Ok(())
    }
}

/// The past runs' histories with their labels in the words of `names`, for the charts.
fn ghost_lines<'a>(s: &'a Session<f32>, names: &Names, comma: bool) -> Vec<(&'a History, String)> {
    (s.ghosts().iter().zip(s.ghost_labels()))
        .map(|(g, l)| (&g.history, l.words(names, comma)))
        .collect()
}

fn change_name(change: config::Change) -> &'static str {
    match change {
        config::Change::Live => "live",
        config::Change::Rebuild => "rebuild",
        config::Change::Regenerate => "regenerate",
    }
}

handle_methods!(Playground, config: this => this.session.config());

/// A seed from the browser's entropy (`crypto.getRandomValues`), below 2³² so that a link
/// stays short, and never `current`. Should the browser refuse, `current + 1`.
fn fresh_seed(current: u64) -> u64 {
    let fallback = current.wrapping_add(1);
    let seed = getrandom::u32().map_or(fallback, u64::from);
    if seed == current { fallback } else { seed }
}
crate::web::run_names::run_names_methods!(Playground);
crate::web::export::export_methods!(Playground);
