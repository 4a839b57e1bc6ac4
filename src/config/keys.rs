//! THE table of query-string keys: for each, its public name, what changing it does to a
//! running session, and how it is read (with its validation) and written. Parsing, writing
//! and [`super::change_between`] all walk this one table; no other list of key names exists.

use super::{Change, Config, FORMAT_VERSION};
use crate::data::{DatasetKind, Feature, Features};
use crate::nn::{Activation, Init, Loss};
use crate::optim::{OptimizerKind, Regularization};
use core::fmt::Display;
use core::str::FromStr;

/// Most hidden layers a network may have.
pub const MAX_HIDDEN_LAYERS: usize = 8;
/// Most neurons a hidden layer may have.
pub const MAX_LAYER_WIDTH: usize = 32;

/// Why a value was refused.
pub(super) enum Rejection {
    /// Not acceptable; the text says what would be (see `IssueKind::BadValue`).
    Expected(String),
    /// The `v` key names a format this build does not know.
    Version,
}

/// One key: its name in the query string, the kind of change it makes, and how to read it
/// into a [`Config`] (which is left untouched on a refusal) and write it back.
pub(super) struct Key {
    pub name: &'static str,
    pub change: Change,
    pub read: fn(&mut Config, &str) -> Result<(), Rejection>,
    pub write: fn(&Config) -> String,
}

/// Every key, in the order [`Config::to_query`] writes them (the version first).
pub(super) const KEYS: &[Key] = &[
    key(
        "v",
        Change::Live,
        |_, s| version(s),
        |_| FORMAT_VERSION.to_string(),
    ),
    key(
        "seed",
        Change::Regenerate,
        |c, s| set(&mut c.seed, whole(s, 0, u64::MAX)),
        |c| c.seed.to_string(),
    ),
    key(
        "data",
        Change::Regenerate,
        |c, s| set(&mut c.dataset, choice(s)),
        |c| c.dataset.name().to_string(),
    ),
    key(
        "noise",
        Change::Regenerate,
        |c, s| set(&mut c.noise, whole(s, 0, 50)),
        |c| c.noise.to_string(),
    ),
    key(
        "train",
        Change::Regenerate,
        |c, s| set(&mut c.train_percent, whole(s, 10, 90)),
        |c| c.train_percent.to_string(),
    ),
    key(
        "features",
        Change::Rebuild,
        |c, s| set(&mut c.features, features(s)),
        |c| write_features(c.features),
    ),
    key(
        "hidden",
        Change::Rebuild,
        |c, s| set(&mut c.hidden, hidden(s)),
        |c| write_list(&c.hidden),
    ),
    key(
        "act",
        Change::Rebuild,
        |c, s| set(&mut c.activation, choice(s)),
        |c| c.activation.name().to_string(),
    ),
    key(
        "loss",
        Change::Rebuild,
        |c, s| set(&mut c.loss, choice(s)),
        |c| c.loss.name().to_string(),
    ),
    key(
        "init",
        Change::Rebuild,
        |c, s| set(&mut c.init, choice(s)),
        |c| c.init.name().to_string(),
    ),
    key(
        "opt",
        Change::Live,
        |c, s| set(&mut c.optimizer, choice(s)),
        |c| c.optimizer.name().to_string(),
    ),
    key(
        "lr",
        Change::Live,
        |c, s| set(&mut c.learning_rate, real(s, 0.00001, 10.0)),
        |c| c.learning_rate.to_string(),
    ),
    key(
        "momentum",
        Change::Live,
        |c, s| set(&mut c.momentum, real(s, 0.0, 0.999)),
        |c| c.momentum.to_string(),
    ),
    key(
        "batch",
        Change::Live,
        |c, s| set(&mut c.batch_size, whole(s, 1, 500)),
        |c| c.batch_size.to_string(),
    ),
    key(
        "reg",
        Change::Live,
        |c, s| set(&mut c.regularization, choice(s)),
        |c| c.regularization.name().to_string(),
    ),
    key(
        "regrate",
        Change::Live,
        |c, s| set(&mut c.reg_rate, real(s, 0.0, 10.0)),
        |c| c.reg_rate.to_string(),
    ),
    key(
        "showtest",
        Change::Live,
        |c, s| set(&mut c.show_test, flag(s)),
        |c| write_flag(c.show_test),
    ),
    key(
        "discrete",
        Change::Live,
        |c, s| set(&mut c.discretize, flag(s)),
        |c| write_flag(c.discretize),
    ),
];

/// A table entry (a function so that each entry fits on a few lines).
const fn key(
    name: &'static str,
    change: Change,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    Key {
        name,
        change,
        read,
        write,
    }
}

/// Stores `value` in `slot` if it was accepted; leaves `slot` alone otherwise.
fn set<T>(slot: &mut T, value: Result<T, Rejection>) -> Result<(), Rejection> {
    *slot = value?;
    Ok(())
}

/// Accepts only the current format version.
fn version(s: &str) -> Result<(), Rejection> {
    match s.trim().parse::<u32>() {
        Ok(FORMAT_VERSION) => Ok(()),
        _ => Err(Rejection::Version),
    }
}

/// A whole number in `lo..=hi`.
fn whole<T: FromStr + PartialOrd + Display>(s: &str, lo: T, hi: T) -> Result<T, Rejection> {
    match s.trim().parse::<T>() {
        Ok(v) if lo <= v && v <= hi => Ok(v),
        _ => Err(Rejection::Expected(format!(
            "a whole number from {lo} to {hi}"
        ))),
    }
}

/// A finite number in `lo..=hi` (any notation Rust's `f64` parser accepts, e.g. `1e-3`).
fn real(s: &str, lo: f64, hi: f64) -> Result<f64, Rejection> {
    match s.trim().parse::<f64>() {
        Ok(v) if lo <= v && v <= hi => Ok(v),
        _ => Err(Rejection::Expected(format!(
            "a number between {lo} and {hi}"
        ))),
    }
}

/// `0` or `1` (`false` and `true` are also understood).
fn flag(s: &str) -> Result<bool, Rejection> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(Rejection::Expected("0 or 1".to_string())),
    }
}

fn write_flag(on: bool) -> String {
    if on { "1" } else { "0" }.to_string()
}

/// `items` joined with commas.
fn write_list<T: Display>(items: &[T]) -> String {
    items.iter().map(T::to_string).collect::<Vec<_>>().join(",")
}

/// A comma-separated list of feature names, at least one (repeats are harmless).
fn features(s: &str) -> Result<Features, Rejection> {
    let named: Option<Vec<Feature>> = s
        .split(',')
        .map(|name| Feature::from_name(&name.trim().to_ascii_lowercase()))
        .collect();
    match named {
        Some(list) => Ok(list
            .into_iter()
            .fold(Features::NONE, |set, f| set.with(f, true))),
        None => {
            let names: Vec<&str> = Feature::ALL.iter().map(|f| f.name()).collect();
            let names = names.join(", ");
            Err(Rejection::Expected(format!(
                "a comma-separated list of {names} (at least one)"
            )))
        }
    }
}

fn write_features(set: Features) -> String {
    set.iter().map(Feature::name).collect::<Vec<_>>().join(",")
}

/// Up to [`MAX_HIDDEN_LAYERS`] comma-separated widths in 1..=[`MAX_LAYER_WIDTH`]; empty means
/// no hidden layer (inputs wired straight to the output).
fn hidden(s: &str) -> Result<Vec<usize>, Rejection> {
    if s.trim().is_empty() {
        return Ok(Vec::new());
    }
    let widths: Option<Vec<usize>> = s
        .split(',')
        .map(|w| {
            w.trim()
                .parse::<usize>()
                .ok()
                .filter(|w| (1..=MAX_LAYER_WIDTH).contains(w))
        })
        .collect();
    match widths {
        Some(widths) if widths.len() <= MAX_HIDDEN_LAYERS => Ok(widths),
        _ => Err(Rejection::Expected(format!(
            "up to {MAX_HIDDEN_LAYERS} comma-separated layer sizes from 1 to {MAX_LAYER_WIDTH} \
             (empty for none)"
        ))),
    }
}

/// The enums chosen by name in the query string.
trait Named: Copy + 'static {
    const ALL: &'static [Self];
    fn name(self) -> &'static str;
}

macro_rules! named {
    ($($t:ty),*) => {$(
        impl Named for $t {
            const ALL: &'static [Self] = &<$t>::ALL;
            fn name(self) -> &'static str {
                <$t>::name(self)
            }
        }
    )*};
}
named!(
    DatasetKind,
    Activation,
    Loss,
    Init,
    OptimizerKind,
    Regularization
);

/// One of the names of `T` (compared without regard to ASCII case).
fn choice<T: Named>(s: &str) -> Result<T, Rejection> {
    let wanted = s.trim().to_ascii_lowercase();
    match T::ALL.iter().find(|t| t.name() == wanted) {
        Some(&t) => Ok(t),
        None => {
            let names: Vec<&str> = T::ALL.iter().map(|t| t.name()).collect();
            Err(Rejection::Expected(format!("one of {}", names.join(", "))))
        }
    }
}
