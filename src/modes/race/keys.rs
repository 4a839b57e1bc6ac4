//! The loss-surface race's keys: the surface, the start point, which optimisers race, and per
//! optimiser its learning rate and its momentum, β₁, β₂ or RMSprop's α. Every change restarts
//! the race (there is nothing to keep), so none is `Live`.

use crate::config::Config;
use crate::config::keys::{Expected, Key, Rejection, key};
use crate::config::values::{Named, choice, set};
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
/// the start, the learning rates and the momentum μ to the new surface's defaults, so that
/// `mode=race&surface=rosenbrock` races with rates that suit the banana valley, and rates
/// given after it override them). One consequence: the link of another mode, which carries a
/// race key only where it differs from the default, drops a race learning rate set to the
/// bowl's default on another surface; race links themselves carry every key.
pub(crate) const KEYS: &[Key] = &[
    key!("surface", Race, Regenerate, Value, with read_surface, |c| c.race.surface.name().into()),
    key!("start", Race, Rebuild, Value, with read_start, write_start),
    key!("racers", Race, Rebuild, Value, with read_racers, write_racers),
    key!("sgdlr", Race, Rebuild, Value, race[Sgd].spec.hyper.learning_rate => number(LR)),
    key!("momlr", Race, Rebuild, Value, race[Momentum].spec.hyper.learning_rate => number(LR)),
    key!("mommu", Race, Rebuild, Value, race[Momentum].spec.hyper.momentum => number(MU)),
    key!("nestlr", Race, Rebuild, Value, race[Nesterov].spec.hyper.learning_rate => number(LR)),
    key!("nestmu", Race, Rebuild, Value, race[Nesterov].spec.hyper.momentum => number(MU)),
    key!("rmslr", Race, Rebuild, Value, race[RmsProp].spec.hyper.learning_rate => number(LR)),
    key!("rmsalpha", Race, Rebuild, Value, race[RmsProp].spec.hyper.beta2 => number(BETA2)),
    key!("adamlr", Race, Rebuild, Value, race[Adam].spec.hyper.learning_rate => number(LR)),
    key!("adamb1", Race, Rebuild, Value, race[Adam].spec.hyper.beta1 => number(MU)),
    key!("adamb2", Race, Rebuild, Value, race[Adam].spec.hyper.beta2 => number(BETA2)),
];

/// The race's defaults in version 1 of the link format where version 2 changed them, as
/// (key, value): on the bowl, the learning rates and momenta before plain descent and
/// momentum took Distill's optimal steps; on Himmelblau's surface, RMSprop's rate before it
/// was lowered to stop zigzagging across a valley. A `v=1` race link that leaves one of these keys out
/// means this value (see `config::parse_onto`).
pub(crate) fn version_1_defaults(surface: Surface) -> &'static [(&'static str, &'static str)] {
    match surface {
        Surface::Bowl => &[
            ("sgdlr", "0.15"),
            ("momlr", "0.03"),
            ("mommu", "0.9"),
            ("nestlr", "0.03"),
            ("nestmu", "0.9"),
        ],
        Surface::Himmelblau => &[("rmslr", "0.05")],
        _ => &[],
    }
}

/// Reads `surface`, which resets the start, the rates and μ to the new surface's defaults.
fn read_surface(c: &mut Config, s: &str) -> Result<(), Rejection> {
    let surface: Surface = choice(s)?;
    c.race.set_surface(surface);
    Ok(())
}

fn read_start(c: &mut Config, s: &str) -> Result<(), Rejection> {
    set(&mut c.race.start, start(s))
}

fn write_start(c: &Config) -> String {
    match c.race.start {
        Some((x, y)) => format!("{x},{y}"),
        None => "default".to_string(),
    }
}

/// Reads `racers`: the optimisers named race, the others sit out.
fn read_racers(c: &mut Config, s: &str) -> Result<(), Rejection> {
    let on = kinds(s)?;
    for k in OptimizerKind::ALL {
        c.race[k].on = on.contains(&k);
    }
    Ok(())
}

fn write_racers(c: &Config) -> String {
    let on = OptimizerKind::ALL.into_iter().filter(|&k| c.race[k].on);
    on.map(OptimizerKind::name).collect::<Vec<_>>().join(",")
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
