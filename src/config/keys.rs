//! THE table of query-string keys: the keys every mode shares (here) and one part per mode,
//! held by the mode (`modes/<mode>/keys.rs`; the fits' in `modes/fit/keys/`). For each key, its public name, which mode it belongs to, what changing it does to a running
//! session, how a run comparison labels it, and how it is read (with its validation) and
//! written. Parsing, writing, [`super::change_between`] and [`super::differences`] all walk
//! [`keys`]; no other list of key names exists.

pub(crate) use super::expected::Expected;
use super::values::*;
use super::{Change, Config, FORMAT_VERSION, Mode};
use crate::modes::classify::keys as classify;
use crate::modes::fit::keys::{curve, image};
use crate::modes::gan::keys as gan;
use crate::modes::race::keys as race;

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
    /// Not at all: the key changes only what is shown, not what training does.
    Hidden,
}

/// Which page mode a key belongs to: [`Config::to_query`] writes the keys of the config's
/// mode, and any other key only when its value is not the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every mode (`v`, `seed`).
    Shared,
    /// No mode: written only where it differs from the default (`mode` itself).
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
}

/// The keys of every mode: the version, the seed and the mode.
const SHARED: &[Key] = &[
    shared(
        "v",
        Change::Live,
        Label::Hidden,
        |_, s| version(s),
        |_| FORMAT_VERSION.to_string(),
    ),
    shared(
        "seed",
        Change::Regenerate,
        Label::Value,
        |c, s| set(&mut c.seed, whole(s, 0, u64::MAX)),
        |c| c.seed.to_string(),
    ),
    Key {
        scope: Scope::Changed,
        ..shared(
            "mode",
            Change::Regenerate,
            Label::Hidden,
            |c, s| set(&mut c.mode, choice(s)),
            |c| c.mode.name().to_string(),
        )
    },
];

/// A key of `mode` (a function so that each entry fits on a few lines).
pub(crate) const fn key_of(
    mode: Mode,
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    Key {
        name,
        scope: Scope::Only(mode),
        change,
        label,
        read,
        write,
    }
}

/// A key of every mode.
const fn shared(
    name: &'static str,
    change: Change,
    label: Label,
    read: fn(&mut Config, &str) -> Result<(), Rejection>,
    write: fn(&Config) -> String,
) -> Key {
    Key {
        scope: Scope::Shared,
        ..key_of(Mode::Classify, name, change, label, read, write)
    }
}
