//! The classifier's saved state: the envelope, the custom points and the weights.
//!
//! ```json
//! {"format": "nn-playground", "version": 1, "config": "v=1&seed=1&…",
//!  "data": {"train": [[x, y, label], …], "test": […]}, "weights": [w, …]}
//! ```
//!
//! `data` is written only for custom data: a generated set is the config and the seed, so
//! writing its points would only make the file larger (and reading them back could not differ).
//! Labels are user labels (class indices, or values). `weights` is the flat parameter vector
//! in [`crate::engine::nn::Mlp`]'s layout, each number written so that it reads back bit for
//! bit; it is left out when a weight is not finite (a diverged run saves its settings and data
//! only).

use crate::config::{Config, ConfigIssue, Mode};
use crate::engine::float::Float;
use crate::formats::json::{Value, write_number};
use crate::modes::classify::data::custom::snap;
use crate::modes::classify::data::{CustomPoints, DatasetKind, Point};
use crate::modes::classify::session::Session;
use crate::state::envelope::{read_config, read_document, read_floats, write_floats, write_head};
use crate::state::{FieldShape, StateError};

/// A session read from a saved state, with what its config string ignored.
#[derive(Debug)]
pub struct Loaded<F: Float> {
    /// The session, its network holding the saved weights (or the seed's, if none were saved).
    pub session: Session<F>,
    /// Keys of the saved config that were not used (unknown or bad), as parsing reports them.
    pub issues: Vec<ConfigIssue>,
}

/// The saved state of `session` as JSON text.
pub fn save<F: Float>(session: &Session<F>) -> String {
    let mut out = String::with_capacity(256);
    write_head(&mut out, session.config());
    if session.config().dataset == DatasetKind::Custom {
        let task = session.config().task();
        let user = |p: &Point| [p.x, p.y, task.user_label(p.label)];
        out.push_str(",\"data\":{\"train\":");
        write_rows(&mut out, session.train_set().points.iter().map(user));
        out.push_str(",\"test\":");
        write_rows(&mut out, session.test_set().points.iter().map(user));
        out.push('}');
    }
    let params = session.network().params();
    if params.iter().all(|p| p.is_finite()) {
        write_floats(&mut out, "weights", params);
    }
    out.push('}');
    out
}

/// Appends `rows` as a JSON array of arrays of numbers.
fn write_rows<R: IntoIterator<Item = f64>>(out: &mut String, rows: impl Iterator<Item = R>) {
    out.push('[');
    for (i, row) in rows.enumerate() {
        out.push_str(if i == 0 { "[" } else { ",[" });
        for (j, x) in row.into_iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            write_number(out, x);
        }
        out.push(']');
    }
    out.push(']');
}

/// Reads a saved state. All or nothing: on any problem, a [`StateError`] saying what, and no
/// session. Never panics, whatever the text.
pub fn load<F: Float>(text: &str) -> Result<Loaded<F>, StateError> {
    let root = read_document(text)?;
    let points = read_data(root.get("data"))?;
    let base = Config {
        custom: points.clone().unwrap_or_default(),
        ..Config::default()
    };
    let (mut config, issues) = read_config(&root, &base)?;
    if config.mode != Mode::Classify {
        return Err(StateError::OtherMode {
            found: config.mode,
            expected: Mode::Classify,
        });
    }
    if let Some(points) = points {
        // The data's exact list wins over the link form of the same points.
        config.custom = points;
    }
    check_labels(&config)?;
    let weights = read_floats::<F>(&root, "weights")?;
    let mut session = Session::new(config);
    if let Some(w) = weights {
        let expected = session.network().params().len();
        if !session.load_weights(&w) {
            return Err(StateError::WeightCount {
                found: w.len(),
                expected,
            });
        }
    }
    Ok(Loaded { session, issues })
}

/// The custom points of `data` (its train and test lists together), if present.
fn read_data(data: Option<&Value>) -> Result<Option<CustomPoints>, StateError> {
    let Some(data) = data else { return Ok(None) };
    let mut points = Vec::new();
    for set in ["train", "test"] {
        let Some(rows) = data.get(set) else { continue };
        let rows = rows.as_array().ok_or(StateError::BadField {
            field: "data",
            expected: FieldShape::Rows,
        })?;
        for (index, row) in rows.iter().enumerate() {
            let point = read_point(row).and_then(|p| snap(p).ok());
            points.push(point.ok_or(StateError::BadPoint { set, index })?);
        }
    }
    CustomPoints::new(&points)
        .map(Some)
        .map_err(|_| StateError::BadField {
            field: "data",
            expected: FieldShape::AtMostPoints,
        })
}

/// One `[x, y, label]` row.
fn read_point(row: &Value) -> Option<Point> {
    match row.as_array()? {
        [x, y, label] => Some(Point {
            x: x.as_f64()?,
            y: y.as_f64()?,
            label: label.as_f64()?,
        }),
        _ => None,
    }
}

/// Refuses custom points whose labels the config's problem and classes cannot use.
fn check_labels(config: &Config) -> Result<(), StateError> {
    let task = config.custom_task();
    match config
        .custom
        .points()
        .iter()
        .position(|p| !task.accepts(p.label))
    {
        Some(index) => Err(StateError::LabelOutOfRange {
            index,
            label: config.custom.points()[index].label,
        }),
        None => Ok(()),
    }
}
