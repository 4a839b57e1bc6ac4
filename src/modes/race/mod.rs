//! Optimisers flowing down 2-D loss surfaces ("be like water"): closed-form surfaces, a race
//! of [`crate::engine::optim::Optimizer`]s over a 2-element parameter vector, and the pixels of the
//! shaded, contoured map with trails and drops. Pure Rust, no web crates. The [`Race`] itself
//! (below) is several optimisers racing down one surface from one start point, stepped
//! together; pixels are drawn in `draw`.

mod config;
mod draw;
mod explain;
pub(crate) mod keys;
mod map;
mod racer;
pub mod state;
mod status;
mod surface;
mod trail;
mod tuning;

pub use config::{RaceConfig, RacerChoice};
pub use draw::{draw_drop, draw_minima, draw_preview, draw_race, draw_start, draw_trail};
pub use explain::compact;
pub use map::{MapOptions, SurfaceMap};
pub use racer::{
    COLOUR_BLIND_KINDS, KIND_COLOURS, RACER_HISTORY, Racer, RacerSpec, default_learning_rate,
    racer_colour,
};
pub use status::{Status, WINDOW};
pub use surface::{BOWL_STIFF, Domain, Surface, smallest_eigenvalue};
pub use trail::{TRAIL_CAPACITY, Trail};
pub use tuning::Tuning;

use crate::engine::optim::OptimizerKind;

/// A surface, a start point and the racers running from it.
///
/// Every change (surface, start, a racer's settings) restarts the whole race, so the racers
/// always share a start and a step count and their curves stay comparable; a race is cheap.
#[derive(Clone, Debug)]
pub struct Race {
    surface: Surface,
    start: (f64, f64),
    racers: Vec<Racer>,
    steps: u64,
}

impl Race {
    /// The five optimisers ([`OptimizerKind::ALL`]) with the surface's default learning rates,
    /// from its default start.
    pub fn new(surface: Surface) -> Self {
        let specs: Vec<RacerSpec> = OptimizerKind::ALL
            .iter()
            .map(|&k| RacerSpec::default_for(surface, k))
            .collect();
        Race::with_racers(surface, &specs)
    }

    /// The given racers from the surface's default start.
    pub fn with_racers(surface: Surface, specs: &[RacerSpec]) -> Self {
        let start = surface.default_start();
        Race {
            surface,
            start,
            racers: specs
                .iter()
                .map(|&s| Racer::new(s, surface, start))
                .collect(),
            steps: 0,
        }
    }

    /// The surface raced on.
    pub fn surface(&self) -> Surface {
        self.surface
    }

    /// Moves the race to another surface, from that surface's default start. The racers keep
    /// their settings, which may not suit it: [`Race::new`] starts with the surface's own
    /// default rates ([`RacerSpec::default_for`]).
    pub fn set_surface(&mut self, surface: Surface) {
        self.surface = surface;
        self.start = surface.default_start();
        self.restart();
    }

    /// The start point.
    pub fn start(&self) -> (f64, f64) {
        self.start
    }

    /// Drops the start at (x, y) (moved onto the domain if outside; non-finite input is
    /// ignored) and restarts the race from it.
    pub fn set_start(&mut self, x: f64, y: f64) {
        if x.is_finite() && y.is_finite() {
            self.start = self.surface.domain().clamp(x, y);
            self.restart();
        }
    }

    /// Replaces racer `i`'s settings and restarts the race; false if there is no racer `i`.
    pub fn set_racer(&mut self, i: usize, spec: RacerSpec) -> bool {
        if i >= self.racers.len() {
            return false;
        }
        self.racers[i] = Racer::new(spec, self.surface, self.start);
        self.restart();
        true
    }

    /// Replaces every racer and restarts.
    pub fn set_racers(&mut self, specs: &[RacerSpec]) {
        let (surface, start) = (self.surface, self.start);
        self.racers = specs
            .iter()
            .map(|&s| Racer::new(s, surface, start))
            .collect();
        self.steps = 0;
    }

    /// Every racer back to the start with fresh moments; step count 0.
    pub fn restart(&mut self) {
        for r in &mut self.racers {
            r.restart(self.surface, self.start);
        }
        self.steps = 0;
    }

    /// One step of every racer still going.
    pub fn step(&mut self) {
        for r in &mut self.racers {
            r.step(self.surface);
        }
        self.steps += 1;
    }

    /// `n` steps (what the page calls once per frame).
    pub fn run(&mut self, n: usize) {
        for _ in 0..n {
            self.step();
        }
    }

    /// Steps since the start.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The racers, in the order given.
    pub fn racers(&self) -> &[Racer] {
        &self.racers
    }

    /// Whether every racer has stopped for good (the page may stop its animation loop).
    pub fn finished(&self) -> bool {
        self.racers.iter().all(|r| r.status().is_final())
    }

    /// A copy of this race run from its start for at most `steps` steps, stopping early once
    /// every racer has stopped for good: each racer's whole path, to draw at once while a
    /// setting or the start is dragged. The race itself is left as it is.
    pub fn preview(&self, steps: usize) -> Race {
        let mut copy = self.clone();
        copy.restart();
        while copy.steps < steps as u64 && !copy.finished() {
            copy.step();
        }
        copy
    }
}

/// Steps of a [`Race::preview`]: enough for every default racer to finish on every surface
/// (the slowest, Adam and momentum on the banana valley, take under 2,000).
pub const PREVIEW_STEPS: usize = 3_000;

#[cfg(test)]
mod tests;
