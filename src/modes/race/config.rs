//! What the user chooses for a race: the surface, the start point and, per optimiser kind,
//! whether it races and its hyper-parameters. The race mode's query-string keys
//! (`keys.rs`) read and write this struct; [`RaceConfig::race`] builds the race.

use super::Race;
use super::racer::RacerSpec;
use super::surface::Surface;
use crate::engine::optim::OptimizerKind;

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
    pub racers: [RacerChoice; 5],
}

impl RaceConfig {
    /// Every optimiser racing with the defaults that suit `surface`.
    pub fn for_surface(surface: Surface) -> Self {
        RaceConfig {
            surface,
            start: None,
            racers: OptimizerKind::ALL.map(|kind| RacerChoice {
                on: true,
                spec: RacerSpec::default_for(surface, kind),
            }),
        }
    }

    /// Moves to `surface`. If it is another surface, the start goes back to its default and
    /// every learning rate and momentum μ to the ones that suit it (β₁, β₂, RMSprop's α and
    /// which optimisers race are kept): a rate tuned for one surface often diverges on
    /// another, and the bowl's optimal μ = 0.27 leaves momentum in the bumpy bowl's first
    /// hollow.
    pub fn set_surface(&mut self, surface: Surface) {
        if surface == self.surface {
            return;
        }
        self.surface = surface;
        self.start = None;
        for choice in &mut self.racers {
            let kind = choice.spec.kind;
            let suits = RacerSpec::default_for(surface, kind).hyper;
            choice.spec.hyper.learning_rate = suits.learning_rate;
            choice.spec.hyper.momentum = suits.momentum;
        }
    }

    /// The choice for optimiser `kind`.
    pub fn choice(&self, kind: OptimizerKind) -> &RacerChoice {
        &self.racers[kind_index(kind)]
    }

    /// The choice for optimiser `kind`, to change it.
    pub fn choice_mut(&mut self, kind: OptimizerKind) -> &mut RacerChoice {
        &mut self.racers[kind_index(kind)]
    }

    /// The start point in force: the chosen one moved onto the surface's domain, or the
    /// surface's default.
    pub fn start_point(&self) -> (f64, f64) {
        match self.start {
            Some((x, y)) => self.surface.domain().clamp(x, y),
            None => self.surface.default_start(),
        }
    }

    /// The specs of the optimisers that race, in [`OptimizerKind::ALL`] order.
    pub fn specs(&self) -> Vec<RacerSpec> {
        self.racers
            .iter()
            .filter(|c| c.on)
            .map(|c| c.spec)
            .collect()
    }

    /// A fresh race of the chosen optimisers on the surface, from the start point.
    pub fn race(&self) -> Race {
        let mut race = Race::with_racers(self.surface, &self.specs());
        let (x, y) = self.start_point();
        if self.start.is_some() {
            race.set_start(x, y);
        }
        race
    }
}

/// `race[kind]` is [`RaceConfig::choice`] (the race's keys name their fields this way).
impl core::ops::Index<OptimizerKind> for RaceConfig {
    type Output = RacerChoice;
    fn index(&self, kind: OptimizerKind) -> &RacerChoice {
        self.choice(kind)
    }
}

impl core::ops::IndexMut<OptimizerKind> for RaceConfig {
    fn index_mut(&mut self, kind: OptimizerKind) -> &mut RacerChoice {
        self.choice_mut(kind)
    }
}

/// Position of `kind` in [`OptimizerKind::ALL`].
fn kind_index(kind: OptimizerKind) -> usize {
    OptimizerKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(0)
}

impl Default for RaceConfig {
    fn default() -> Self {
        RaceConfig::for_surface(Surface::default())
    }
}
