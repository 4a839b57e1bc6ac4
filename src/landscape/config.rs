//! What the user chooses for a race: the surface, the start point and, per optimiser kind,
//! whether it races and its hyper-parameters. The race mode's query-string keys
//! (`config/keys/race.rs`) read and write this struct.

use super::racer::RacerSpec;
use super::surface::Surface;
use crate::optim::OptimizerKind;

/// One racer's choices: whether it takes part, and its spec.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RacerChoice {
    /// Whether this optimiser races.
    pub on: bool,
    /// Its update rule, hyper-parameters and colour.
    pub spec: RacerSpec,
}

/// Everything the user chooses for a race.
#[derive(Clone, Debug, PartialEq)]
pub struct RaceConfig {
    /// The loss surface.
    pub surface: Surface,
    /// Where every racer starts; `None` for the surface's own default start.
    pub start: Option<(f64, f64)>,
    /// One entry per optimiser kind, in [`OptimizerKind::ALL`] order.
    pub racers: Vec<RacerChoice>,
}

impl RaceConfig {
    /// Every optimiser racing with the defaults that suit `surface`.
    pub fn for_surface(surface: Surface) -> Self {
        RaceConfig {
            surface,
            start: None,
            racers: OptimizerKind::ALL
                .iter()
                .map(|&kind| RacerChoice {
                    on: true,
                    spec: RacerSpec::default_for(surface, kind),
                })
                .collect(),
        }
    }
}

impl Default for RaceConfig {
    fn default() -> Self {
        RaceConfig::for_surface(Surface::default())
    }
}
