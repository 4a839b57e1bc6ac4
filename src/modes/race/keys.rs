//! The loss-surface race's keys: the surface, the start point, which optimisers race, and per
//! optimiser its learning rate and its momentum, β₁, β₂ or RMSprop's α. Every change restarts
//! the race (there is nothing to keep), so none is `Live`.

use crate::config::keys::{Expected, Key, Label, Rejection, key_of};
use crate::config::values::*;
use crate::config::{Change, Config, Mode};
use crate::engine::optim::OptimizerKind::{self, Adam, Momentum, Nesterov, RmsProp, Sgd};
use crate::formats::decimal::parse_f64;
use crate::modes::race::Surface;

/// Learning rates offered by the keys: wide enough to make every optimiser oscillate or
/// diverge on every surface (SGD on the bowl already does above 0.2).
const LR: (f64, f64) = (0.00001, 10.0);
/// Momentum μ and Adam's β₁ (1 would never forget a gradient).
const MU: (f64, f64) = (0.0, 0.999);
/// Adam's β₂ and RMSprop's α (averages of squared gradients, usually close to 1).
const BETA2: (f64, f64) = (0.0, 0.9999);
/// Largest |x| or |y| of a start point (every surface's map lies within ±5; a start off the
/// map is moved onto its edge).
const FAR: f64 = 10.0;

/// The keys of this mode, in the order they are written (`surface` first: reading it resets
/// the start and the learning rates to the new surface's defaults, so that
/// `mode=race&surface=rosenbrock` races with rates that suit the banana valley, and rates
/// given after it override them). One consequence: the link of another mode, which carries a
/// race key only where it differs from the default, drops a race learning rate set to the
/// bowl's default on another surface; race links themselves carry every key.
pub(crate) const KEYS: &[Key] = &[
    race(
        "surface",
        Change::Regenerate,
        |c, s| {
            let surface: Surface = choice(s)?;
            c.race.set_surface(surface);
            Ok(())
        },
        |c| c.race.surface.name().to_string(),
    ),
    race(
        "start",
        Change::Rebuild,
        |c, s| set(&mut c.race.start, start(s)),
        |c| match c.race.start {
            Some((x, y)) => format!("{x},{y}"),
            None => "default".to_string(),
        },
    ),
    race(
        "racers",
        Change::Rebuild,
        |c, s| {
            let on = kinds(s)?;
            for k in OptimizerKind::ALL {
                c.race.choice_mut(k).on = on.contains(&k);
            }
            Ok(())
        },
        |c| {
            let on = OptimizerKind::ALL
                .into_iter()
                .filter(|&k| c.race.choice(k).on);
            on.map(OptimizerKind::name).collect::<Vec<_>>().join(",")
        },
    ),
    race(
        "sgdlr",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, Sgd).learning_rate, real(s, LR.0, LR.1)),
        |c| c.race.choice(Sgd).spec.hyper.learning_rate.to_string(),
    ),
    race(
        "momlr",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, Momentum).learning_rate, real(s, LR.0, LR.1)),
        |c| c.race.choice(Momentum).spec.hyper.learning_rate.to_string(),
    ),
    race(
        "mommu",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, Momentum).momentum, real(s, MU.0, MU.1)),
        |c| c.race.choice(Momentum).spec.hyper.momentum.to_string(),
    ),
    race(
        "nestlr",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, Nesterov).learning_rate, real(s, LR.0, LR.1)),
        |c| c.race.choice(Nesterov).spec.hyper.learning_rate.to_string(),
    ),
    race(
        "nestmu",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, Nesterov).momentum, real(s, MU.0, MU.1)),
        |c| c.race.choice(Nesterov).spec.hyper.momentum.to_string(),
    ),
    race(
        "rmslr",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, RmsProp).learning_rate, real(s, LR.0, LR.1)),
        |c| c.race.choice(RmsProp).spec.hyper.learning_rate.to_string(),
    ),
    race(
        "rmsalpha",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, RmsProp).beta2, real(s, BETA2.0, BETA2.1)),
        |c| c.race.choice(RmsProp).spec.hyper.beta2.to_string(),
    ),
    race(
        "adamlr",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, Adam).learning_rate, real(s, LR.0, LR.1)),
        |c| c.race.choice(Adam).spec.hyper.learning_rate.to_string(),
    ),
    race(
        "adamb1",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, Adam).beta1, real(s, MU.0, MU.1)),
        |c| c.race.choice(Adam).spec.hyper.beta1.to_string(),
    ),
    race(
        "adamb2",
        Change::Rebuild,
        |c, s| set(&mut hyper(c, Adam).beta2, real(s, BETA2.0, BETA2.1)),
        |c| c.race.choice(Adam).spec.hyper.beta2.to_string(),
    ),
];

/// A key of this mode (every one is labelled by its value in a run comparison).
const fn race(
    name: &'static str,
    change: Change,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    key_of(Mode::Race, name, change, Label::Value, read, write)
}

/// The hyper-parameters of optimiser `kind` in the race settings.
fn hyper(c: &mut Config, kind: OptimizerKind) -> &mut crate::engine::optim::Hyper {
    &mut c.race.choice_mut(kind).spec.hyper
}

impl Named for Surface {
    const ALL: &'static [Self] = &Surface::ALL;
    fn name(self) -> &'static str {
        Surface::name(self)
    }
}

/// `default`, or two numbers `x,y` each within ±[`FAR`].
fn start(s: &str) -> Result<Option<(f64, f64)>, Rejection> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("default") {
        return Ok(None);
    }
    let numbers: Vec<Option<f64>> = s
        .split(',')
        .map(|v| parse_f64(v.trim()).filter(|v| v.abs() <= FAR))
        .collect();
    match numbers[..] {
        [Some(x), Some(y)] => Ok(Some((x, y))),
        _ => Err(Rejection::Expected(Expected::Start { far: FAR })),
    }
}

/// A comma-separated list of optimiser names (empty for none; repeats are harmless).
fn kinds(s: &str) -> Result<Vec<OptimizerKind>, Rejection> {
    if s.trim().is_empty() {
        return Ok(Vec::new());
    }
    s.split(',')
        .map(|name| choice::<OptimizerKind>(name).ok())
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            let names = OptimizerKind::ALL.iter().map(|k| k.name()).collect();
            Rejection::Expected(Expected::AnyOf(names))
        })
}
