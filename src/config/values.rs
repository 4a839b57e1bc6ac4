//! The value formats of the query string: whole numbers, reals, flags, names, lists, feature
//! sets and layer widths, each read with its validation and written back. Knows no key names.

use super::FORMAT_VERSION;
use super::Mode;
use super::expected::Expected;
use super::keys::Rejection;
use crate::drawing::palettes::Scheme;
use crate::engine::nn::{Activation, Init, Loss};
use crate::engine::optim::{OptimizerKind, Regularization};
use crate::formats::decimal::parse_f64;
use crate::modes::classify::data::custom::MAX_LINK_POINTS;
use crate::modes::classify::data::{CustomPoints, DatasetKind, Feature, Features, Problem};
use crate::modes::fit::{CurveTarget, ImageTarget};
use crate::modes::gan::{GanLoss, NoiseKind, Target, drawn};
use crate::modes::inpaint::Basis;
use crate::modes::sound::SoundTarget;
use core::fmt::Display;
use core::str::FromStr;

/// Stores `value` in `slot` if it was accepted; leaves `slot` alone otherwise.
pub(crate) fn set<T>(slot: &mut T, value: Result<T, Rejection>) -> Result<(), Rejection> {
    *slot = value?;
    Ok(())
}

/// Accepts the format versions this build reads, 1 to [`FORMAT_VERSION`].
pub(crate) fn version(s: &str) -> Result<u32, Rejection> {
    match s.trim().parse::<u32>() {
        Ok(v) if (1..=FORMAT_VERSION).contains(&v) => Ok(v),
        _ => Err(Rejection::Version),
    }
}

/// A whole number in `lo..=hi`.
pub(crate) fn whole<T: FromStr + PartialOrd + Display>(
    s: &str,
    lo: T,
    hi: T,
) -> Result<T, Rejection> {
    match s.trim().parse::<T>() {
        Ok(v) if lo <= v && v <= hi => Ok(v),
        _ => Err(Rejection::Expected(Expected::whole(lo, hi))),
    }
}

/// A finite number in `lo..=hi` (any decimal notation, e.g. `1e-3`; see [`parse_f64`]).
pub(crate) fn real(s: &str, lo: f64, hi: f64) -> Result<f64, Rejection> {
    match parse_f64(s.trim()) {
        Some(v) if lo <= v && v <= hi => Ok(v),
        _ => Err(Rejection::Expected(Expected::Number { min: lo, max: hi })),
    }
}

/// `0` or `1` (`false` and `true` are also understood).
pub(crate) fn flag(s: &str) -> Result<bool, Rejection> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(Rejection::Expected(Expected::Flag)),
    }
}

pub(crate) fn write_flag(on: bool) -> String {
    if on { "1" } else { "0" }.to_string()
}

/// `items` joined with commas.
pub(crate) fn write_list<T: Display>(items: &[T]) -> String {
    items.iter().map(T::to_string).collect::<Vec<_>>().join(",")
}

/// A comma-separated list of feature names, at least one (repeats are harmless).
pub(crate) fn features(s: &str) -> Result<Features, Rejection> {
    let named: Option<Vec<Feature>> = s
        .split(',')
        .map(|name| Feature::from_name(&name.trim().to_ascii_lowercase()))
        .collect();
    match named {
        Some(list) => Ok(list
            .into_iter()
            .fold(Features::NONE, |set, f| set.with(f, true))),
        None => {
            let names = Feature::ALL.iter().map(|f| f.name()).collect();
            Err(Rejection::Expected(Expected::SomeOf(names)))
        }
    }
}

pub(crate) fn write_features(set: Features) -> String {
    set.iter().map(Feature::name).collect::<Vec<_>>().join(",")
}

/// Up to `max_layers` comma-separated widths in 1..=`max_width`; empty means none.
pub(crate) fn widths(
    s: &str,
    max_layers: usize,
    max_width: usize,
) -> Result<Vec<usize>, Rejection> {
    if s.trim().is_empty() {
        return Ok(Vec::new());
    }
    let widths: Option<Vec<usize>> = s
        .split(',')
        .map(|w| {
            w.trim()
                .parse::<usize>()
                .ok()
                .filter(|w| (1..=max_width).contains(w))
        })
        .collect();
    match widths {
        Some(widths) if widths.len() <= max_layers => Ok(widths),
        _ => Err(Rejection::Expected(Expected::Widths {
            layers: max_layers,
            width: max_width,
        })),
    }
}

/// The enums chosen by name in the query string.
pub(crate) trait Named: Copy + 'static {
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
    Activation,
    Loss,
    Init,
    OptimizerKind,
    Regularization,
    Problem,
    Mode,
    Target,
    NoiseKind,
    GanLoss,
    CurveTarget,
    ImageTarget,
    SoundTarget,
    Scheme,
    Basis
);

impl Named for DatasetKind {
    const ALL: &'static [Self] = &DatasetKind::CHOICES;
    fn name(self) -> &'static str {
        DatasetKind::name(self)
    }
}

/// One of the names of `T` (compared without regard to ASCII case).
pub(crate) fn choice<T: Named>(s: &str) -> Result<T, Rejection> {
    let wanted = s.trim().to_ascii_lowercase();
    match T::ALL.iter().find(|t| t.name() == wanted) {
        Some(&t) => Ok(t),
        None => {
            let names = T::ALL.iter().map(|t| t.name()).collect();
            Err(Rejection::Expected(Expected::OneOf(names)))
        }
    }
}

/// A set of custom points as [`CustomPoints::encode`] writes them; a digest only when it names
/// the points already held (`base`).
pub(crate) fn points(s: &str, base: &CustomPoints) -> Result<CustomPoints, Rejection> {
    CustomPoints::decode(s, base).ok_or(Rejection::Expected(Expected::LinkPoints {
        max: MAX_LINK_POINTS,
    }))
}

/// A drawn GAN target as [`drawn::encode`] writes it.
pub(crate) fn drawn_points(s: &str) -> Result<Vec<(f64, f64)>, Rejection> {
    drawn::decode(s).ok_or(Rejection::Expected(Expected::DrawnPoints {
        max: drawn::MAX_DRAWN_POINTS,
    }))
}
