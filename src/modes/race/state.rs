//! The race's saved state: the envelope alone. Its config is its whole state: the racers
//! start again from the start point.

use crate::config::{Config, ConfigIssue, Mode};
use crate::state::StateError;
use crate::state::envelope::{read_head, write_head};

/// The saved state of a race of `config`: the envelope alone.
pub fn save_race(config: &Config) -> String {
    let mut out = String::with_capacity(256);
    write_head(&mut out, config);
    out.push('}');
    out
}

/// Reads a race state: its config and what the config ignored.
pub fn load_race(text: &str) -> Result<(Config, Vec<ConfigIssue>), StateError> {
    let head = read_head(text, Mode::Race)?;
    Ok((head.config, head.issues))
}
