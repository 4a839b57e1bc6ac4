//! THE table of query-string keys: the keys every mode shares (here) and one part per mode,
//! held by the mode (`modes/<mode>/keys.rs`; the fits' in `modes/fit/keys/`), each key one
//! [`key!`] line. For each key, its public name, which mode it belongs to, what changing it
//! does to a running session, how a run comparison labels it, and how it is read (with its
//! validation) and written. Parsing, writing, [`super::change_between`] and
//! [`super::differences`] all walk [`keys`]; no other list of key names exists.

pub(crate) use super::expected::Expected;
use super::values::*;
use super::{Change, Config, FORMAT_VERSION, Mode};
use crate::modes::agent::keys as agent;
use crate::modes::classify::keys as classify;
use crate::modes::digits::keys as digits;
use crate::modes::fit::keys::{curve, image};
use crate::modes::gan::keys as gan;
use crate::modes::inpaint::keys as inpaint;
use crate::modes::physics::keys as physics;
use crate::modes::race::keys as race;
use crate::modes::segment::keys as segment;
use crate::modes::sound::keys as sound;
use crate::modes::terrain::keys as terrain;

/// Why a value was refused.
pub(crate) enum Rejection {
    /// Not acceptable; the text says what would be (see `IssueKind::BadValue`).
    Expected(Expected),
    /// The `v` key names a format this build does not know.
    Version,
}

/// How a run comparison ([`super::differences`]) names a key whose value differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// By name and value, e.g. "lr 0.3".
    Value,
    /// By name only (the value is too long to read, e.g. the drawn points).
    Name,
    /// Not at all: the key changes only what is shown, not what training does (or, for
    /// `wseed`, the run comparison says "other weights" instead).
    Hidden,
}

/// Which page mode a key belongs to: [`Config::to_query`] writes the keys of the config's
/// mode, and any other key only when its value is not the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every mode (`v`, `seed`).
    Shared,
    /// No mode: written only where it differs from the default (`mode` itself, `wseed`).
    Changed,
    /// One mode.
    Only(Mode),
}

impl Scope {
    /// Whether a key of this scope is always written for `mode`.
    pub fn includes(self, mode: Mode) -> bool {
        match self {
            Scope::Shared => true,
            Scope::Changed => false,
            Scope::Only(own) => own == mode,
        }
    }
}

/// One key: its name in the query string, its mode, the kind of change it makes, how a run
/// comparison names it, and how to read it into a [`Config`] (untouched on a refusal) and
/// write it back.
pub(crate) struct Key {
    pub name: &'static str,
    pub scope: Scope,
    pub change: Change,
    pub label: Label,
    pub read: fn(&mut Config, &str) -> Result<(), Rejection>,
    pub write: fn(&Config) -> String,
}

/// Every key, in the order [`Config::to_query`] writes them (the version first).
pub(crate) fn keys() -> impl Iterator<Item = &'static Key> {
    SHARED
        .iter()
        .chain(classify::KEYS)
        .chain(gan::KEYS)
        .chain(race::KEYS)
        .chain(curve::KEYS)
        .chain(image::KEYS)
        .chain(inpaint::KEYS)
        .chain(segment::KEYS)
        .chain(digits::KEYS)
        .chain(terrain::KEYS)
        .chain(agent::KEYS)
        .chain(physics::KEYS)
        .chain(sound::KEYS)
}

/// The keys of every mode: the version, the seed and the mode.
const SHARED: &[Key] = &[
    key!("v", Shared, Live, Hidden, with read_version, |_| FORMAT_VERSION.to_string()),
    key!("seed", Shared, Regenerate, Value, seed => whole(0, u64::MAX)),
    key!("mode", Changed, Regenerate, Hidden, mode => choice),
    key!("palette", Changed, Live, Hidden, palette => choice),
];

/// Reads `v`, which accepts the versions this build reads (what an older version means by a
/// key it leaves out is [`super::parse_onto`]'s business).
fn read_version(_: &mut Config, s: &str) -> Result<(), Rejection> {
    version(s).map(|_| ())
}

/// One key of a table, on one line: `key!(name, scope, change, label, field => reader)`.
///
/// - scope: a [`Mode`] variant (`Classify`, `Gan`, …), `Shared` or `Changed` (see [`Scope`]);
/// - change: a [`Change`] variant; label: a [`Label`] variant;
/// - field: the value's place in [`Config`], e.g. `noise`, `gan.target` or
///   `race[Adam].spec.hyper.beta1`;
/// - reader: how the value is read, validated and written back: `choice` (a [`Named`] enum),
///   `flag`, `features`, `whole(lo, hi)`, `number(lo, hi)` (or `number(range)` of a
///   `(lo, hi)` pair) or `widths(layers, width)`.
///
/// A key read or written in its own way gives `with read, write` in place of
/// `field => reader`: a named function and a function or closure. (The arrow, `with` and the
/// named reader keep rustfmt from spreading a key over seven lines: it leaves alone the macro
/// calls that do not read as function calls.)
macro_rules! key {
    ($name:literal, $scope:ident, $change:ident, $label:ident, with $read:path, $write:expr) => {
        $crate::config::keys::key!(@make $name, $scope, $change, $label, $read, $write)
    };
    ($name:literal, $scope:ident, $change:ident, $label:ident,
     $($f:ident $([$i:expr])?).+ => $($reader:tt)+) => {
        $crate::config::keys::key!(@make $name, $scope, $change, $label,
            |c, s| $crate::config::values::set(
                &mut c.$($f $([$i])?).+,
                $crate::config::keys::read_value!(s, $($reader)+),
            ),
            |c| $crate::config::keys::write_value!(c.$($f $([$i])?).+, $($reader)+))
    };
    (@make $name:literal, $scope:ident, $change:ident, $label:ident, $read:expr, $write:expr) => {
        $crate::config::keys::Key {
            name: $name,
            scope: $crate::config::keys::scope!($scope),
            change: $crate::config::Change::$change,
            label: $crate::config::keys::Label::$label,
            read: $read,
            write: $write,
        }
    };
}
pub(crate) use key;

/// The [`Scope`] a [`key!`] line names.
macro_rules! scope {
    (Shared) => {
        $crate::config::keys::Scope::Shared
    };
    (Changed) => {
        $crate::config::keys::Scope::Changed
    };
    ($mode:ident) => {
        $crate::config::keys::Scope::Only($crate::config::Mode::$mode)
    };
}
pub(crate) use scope;

/// Reads text `$s` with a [`key!`] reader.
macro_rules! read_value {
    ($s:ident, choice) => {
        $crate::config::values::choice($s)
    };
    ($s:ident, flag) => {
        $crate::config::values::flag($s)
    };
    ($s:ident, features) => {
        $crate::config::values::features($s)
    };
    ($s:ident, whole($lo:expr, $hi:expr $(,)?)) => {
        $crate::config::values::whole($s, $lo, $hi)
    };
    ($s:ident, number($lo:expr, $hi:expr $(,)?)) => {
        $crate::config::values::real($s, $lo, $hi)
    };
    ($s:ident, number($range:expr $(,)?)) => {
        $crate::config::values::real($s, $range.0, $range.1)
    };
    ($s:ident, widths($layers:expr, $width:expr $(,)?)) => {
        $crate::config::values::widths($s, $layers, $width)
    };
}
pub(crate) use read_value;

/// Writes value `$v` as the [`key!`] reader reads it back.
macro_rules! write_value {
    ($v:expr, choice) => {
        $crate::config::values::Named::name($v).to_string()
    };
    ($v:expr, flag) => {
        $crate::config::values::write_flag($v)
    };
    ($v:expr, features) => {
        $crate::config::values::write_features($v)
    };
    ($v:expr, whole($($limits:tt)*)) => {
        $v.to_string()
    };
    ($v:expr, number($($limits:tt)*)) => {
        $v.to_string()
    };
    ($v:expr, widths($($limits:tt)*)) => {
        $crate::config::values::write_list(&$v)
    };
}
pub(crate) use write_value;
