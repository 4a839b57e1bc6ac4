//! Optimisers flowing down 2-D loss surfaces ("be like water"): closed-form surfaces, a race
//! of [`crate::engine::optim::Optimizer`]s over a 2-element parameter vector, and the pixels of the
//! shaded, contoured map with trails and drops. Pure Rust, no web crates.

mod config;
mod draw;
mod explain;
mod map;
mod race;
mod racer;
mod status;
mod surface;
mod trail;

#[cfg(test)]
mod tests_race;
#[cfg(test)]
mod tests_render;
#[cfg(test)]
mod tests_surface;

pub use config::{RaceConfig, RacerChoice};
pub use draw::{draw_drop, draw_minima, draw_race, draw_start, draw_trail};
pub use explain::compact;
pub use map::{MapOptions, SurfaceMap};
pub use race::Race;
pub use racer::{KIND_COLOURS, RACER_HISTORY, Racer, RacerSpec, default_learning_rate};
pub use status::{Status, WINDOW};
pub use surface::{BOWL_STIFF, Domain, Surface, smallest_eigenvalue};
pub use trail::{TRAIL_CAPACITY, Trail};
