//! The envelope every saved state shares, whatever its mode: `format`, `version` and the
//! config as its query string, written first; and the reading of those and of flat number
//! lists (weights), with the same all-or-nothing errors. Knows configs, not sessions.

use super::{
    FieldShape, MAX_STATE_BYTES, STATE_FORMAT, STATE_VERSION, StateError, Value, parse_json,
};
use super::{write_number, write_string};
use crate::config::{self, Config, ConfigIssue, Mode};
use crate::engine::float::Float;

/// A state file's head, read: the parsed document, its config and what the config ignored.
#[derive(Debug)]
pub struct Head {
    /// The whole document, for the mode's own members.
    pub root: Value,
    /// The saved config (missing keys at their defaults).
    pub config: Config,
    /// Keys of the saved config that were not used.
    pub issues: Vec<ConfigIssue>,
}

/// Starts a state file: `{"format":…,"version":…,"config":"<query>"` (no closing brace).
pub fn write_head(out: &mut String, config: &Config) {
    out.push_str("{\"format\":");
    write_string(out, STATE_FORMAT);
    out.push_str(&format!(",\"version\":{STATE_VERSION},\"config\":"));
    write_string(out, &config.to_query());
}

/// Appends `,"<name>":[…]` with every number written to read back bit for bit.
pub fn write_floats<F: Float>(out: &mut String, name: &str, values: &[F]) {
    out.push(',');
    write_string(out, name);
    out.push_str(":[");
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_number(out, v.to_f64());
    }
    out.push(']');
}

/// Checks size, JSON, format and version; the parsed document. Never panics.
pub fn read_document(text: &str) -> Result<Value, StateError> {
    if text.len() > MAX_STATE_BYTES {
        return Err(StateError::TooLarge { bytes: text.len() });
    }
    let root = parse_json(text).map_err(StateError::NotJson)?;
    if root.get("format").and_then(Value::as_str) != Some(STATE_FORMAT) {
        return Err(StateError::NotAState);
    }
    check_version(root.get("version"))?;
    Ok(root)
}

/// The document's config read onto `base` (the classifier passes its custom points there).
/// Every saved state carries its config: a file without one would load as the defaults in
/// place of the student's run, so it is refused like a config that is not a query string.
pub fn read_config(root: &Value, base: &Config) -> Result<(Config, Vec<ConfigIssue>), StateError> {
    let query = root
        .get("config")
        .and_then(Value::as_str)
        .ok_or(StateError::BadField {
            field: "config",
            expected: FieldShape::QueryString,
        })?;
    Ok(config::parse_onto(base, query))
}

/// The document and its config, of any mode.
pub fn read_any(text: &str) -> Result<Head, StateError> {
    let root = read_document(text)?;
    let (config, issues) = read_config(&root, &Config::default())?;
    Ok(Head {
        root,
        config,
        issues,
    })
}

/// [`read_any`], refusing a file of another mode than `mode`.
pub fn read_head(text: &str, mode: Mode) -> Result<Head, StateError> {
    let head = read_any(text)?;
    if head.config.mode != mode {
        return Err(StateError::OtherMode {
            found: head.config.mode,
            expected: mode,
        });
    }
    Ok(head)
}

/// A missing version is 1; a larger one than this build writes is refused.
fn check_version(version: Option<&Value>) -> Result<(), StateError> {
    let Some(v) = version else { return Ok(()) };
    match v.as_f64() {
        Some(n) if n.fract() == 0.0 && (1.0..=STATE_VERSION as f64).contains(&n) => Ok(()),
        Some(n) if n.fract() == 0.0 && n > STATE_VERSION as f64 => {
            Err(StateError::NewerVersion { version: n })
        }
        _ => Err(StateError::BadField {
            field: "version",
            expected: FieldShape::WholeNumber,
        }),
    }
}

/// The flat number list `field` of `root`, if present: every element a finite number.
pub fn read_floats<F: Float>(
    root: &Value,
    field: &'static str,
) -> Result<Option<Vec<F>>, StateError> {
    let Some(w) = root.get(field) else {
        return Ok(None);
    };
    let bad = StateError::BadField {
        field,
        expected: FieldShape::Numbers,
    };
    let items = w.as_array().ok_or(bad.clone())?;
    let value = |v: &Value| v.as_f64().map(F::from_f64).filter(|x| x.is_finite());
    let values: Option<Vec<F>> = items.iter().map(value).collect();
    values.map(Some).ok_or(bad)
}

/// Refuses `found` weights for a `network` that needs `expected`.
pub fn check_count(network: &'static str, found: usize, expected: usize) -> Result<(), StateError> {
    if found == expected {
        Ok(())
    } else {
        Err(StateError::NetworkWeights {
            network,
            found,
            expected,
        })
    }
}
