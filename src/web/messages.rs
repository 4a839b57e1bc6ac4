//! Messages for the page as data, not sentences: each config issue and each refused state
//! file becomes a plain JS object (`kind` and its parameters, plus `text`, the English
//! sentence for logs), which the shell words in the page's language (`www/messages.js`). So
//! do a refused CSV file and a refused uploaded picture.

use crate::config::{ConfigIssue, Expected, FORMAT_VERSION, IssueKind};
use crate::drawing::resample::{ImageError, MAX_PIXELS, TARGET_SIZES};
use crate::formats::csv::{CsvError, CsvProblem, MAX_CSV_BYTES, MAX_CSV_ROWS};
use crate::modes::classify::data::Task;
use crate::state::StateError;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

/// A plain object with these fields (setting a field of a fresh object cannot fail).
pub(super) fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(key), value);
    }
    o.into()
}

fn names(list: &[&str]) -> JsValue {
    list.iter()
        .map(|n| JsValue::from_str(n))
        .collect::<Array>()
        .into()
}

fn count(n: usize) -> JsValue {
    (n as f64).into()
}

/// `expected` as `{kind, …}`: `whole` {min, max as digit strings}, `number` {min, max},
/// `flag`, `oneOf` / `someOf` / `anyOf` {values}, `widths` {layers, width}, `linkPoints` /
/// `drawnPoints` / `strokes` {max}, `start` {far}.
pub(super) fn expected_object(expected: &Expected) -> JsValue {
    let kind = ("kind", expected.kind().into());
    match expected {
        Expected::Whole { min, max } => object(&[
            kind,
            ("min", min.as_str().into()),
            ("max", max.as_str().into()),
        ]),
        Expected::Number { min, max } => {
            object(&[kind, ("min", (*min).into()), ("max", (*max).into())])
        }
        Expected::Flag => object(&[kind]),
        Expected::OneOf(list) | Expected::SomeOf(list) | Expected::AnyOf(list) => {
            object(&[kind, ("values", names(list))])
        }
        Expected::Widths { layers, width } => {
            object(&[kind, ("layers", count(*layers)), ("width", count(*width))])
        }
        Expected::LinkPoints { max }
        | Expected::DrawnPoints { max }
        | Expected::Strokes { max } => object(&[kind, ("max", count(*max))]),
        Expected::Start { far } => object(&[kind, ("far", (*far).into())]),
        Expected::Hole { min, max } => {
            object(&[kind, ("min", (*min).into()), ("max", (*max).into())])
        }
    }
}

/// One issue as `{kind: "unknownKey" | "badValue" | "unsupportedVersion", key, value, text}`,
/// with `expected` and `kept` for a bad value and `version` (the one read) for a version.
pub fn issue_object(issue: &ConfigIssue) -> JsValue {
    let mut fields = vec![
        ("key", issue.key.as_str().into()),
        ("value", issue.value.as_str().into()),
        ("text", issue.to_string().into()),
    ];
    match &issue.problem {
        IssueKind::UnknownKey => fields.push(("kind", "unknownKey".into())),
        IssueKind::BadValue { expected, kept } => {
            fields.push(("kind", "badValue".into()));
            fields.push(("expected", expected_object(expected)));
            fields.push(("kept", kept.as_str().into()));
        }
        IssueKind::ClassesNotDrawn { dataset, max } => {
            fields.push(("kind", "classesNotDrawn".into()));
            fields.push(("dataset", (*dataset).into()));
            fields.push(("max", count(*max)));
        }
        IssueKind::UnsupportedVersion => {
            fields.push(("kind", "unsupportedVersion".into()));
            fields.push(("version", f64::from(FORMAT_VERSION).into()));
        }
    }
    object(&fields)
}

/// Said after the issues of a loaded image file whose weights were fitted to an uploaded
/// picture: `{kind: "uploadNotSaved", text}`.
pub fn upload_not_saved() -> JsValue {
    let text = "The picture of this file was uploaded and is not saved in it: its network now \
                fits the built-in picture of its settings.";
    object(&[("kind", "uploadNotSaved".into()), ("text", text.into())])
}

/// Every issue as [`issue_object`].
pub fn issue_array(issues: &[ConfigIssue]) -> Array {
    issues.iter().map(issue_object).collect()
}

/// Why a state file was refused, as `{kind, …, text}` (kinds and fields as
/// [`StateError`]'s variants, in camelCase; `expected` of a bad field is its shape's key).
pub fn state_error_object(error: &StateError) -> JsValue {
    let text = ("text", error.to_string().into());
    let kind = |k: &str| ("kind", JsValue::from_str(k));
    match error {
        StateError::TooLarge { bytes } => object(&[
            kind("tooLarge"),
            ("bytes", count(*bytes)),
            ("limit", count(crate::state::MAX_STATE_BYTES)),
            text,
        ]),
        StateError::NotJson(e) => object(&[
            kind("notJson"),
            ("offset", count(e.offset)),
            ("detail", e.message.into()),
            text,
        ]),
        StateError::NotAState => object(&[kind("notAState"), text]),
        StateError::NewerVersion { version } => object(&[
            kind("newerVersion"),
            ("version", (*version).into()),
            ("reads", f64::from(crate::state::STATE_VERSION).into()),
            text,
        ]),
        StateError::BadField { field, expected } => object(&[
            kind("badField"),
            ("field", (*field).into()),
            ("expected", expected.key().into()),
            text,
        ]),
        StateError::BadPoint { set, index } => object(&[
            kind("badPoint"),
            ("set", (*set).into()),
            ("number", count(index + 1)),
            text,
        ]),
        StateError::LabelOutOfRange { index, label } => object(&[
            kind("labelOutOfRange"),
            ("number", count(index + 1)),
            ("label", (*label).into()),
            text,
        ]),
        StateError::WeightCount { found, expected } => object(&[
            kind("weightCount"),
            ("found", count(*found)),
            ("expected", count(*expected)),
            text,
        ]),
        StateError::NetworkWeights {
            network,
            found,
            expected,
        } => object(&[
            kind("networkWeights"),
            ("network", (*network).into()),
            ("found", count(*found)),
            ("expected", count(*expected)),
            text,
        ]),
        StateError::OtherMode { found, expected } => object(&[
            kind("otherMode"),
            ("found", found.name().into()),
            ("expected", expected.name().into()),
            text,
        ]),
    }
}

/// Why a CSV file was refused, as `{kind, line (0: the whole file), …, text}`; a bad label
/// also gives `classes` (the classes `task` has, 0 for regression).
pub fn csv_error_object(error: &CsvError, task: Task) -> JsValue {
    let text = ("text", error.to_string().into());
    let line = ("line", count(error.line));
    let kind = |k: &str| ("kind", JsValue::from_str(k));
    match &error.problem {
        CsvProblem::TooLarge { bytes } => object(&[
            kind("tooLarge"),
            line,
            ("bytes", count(*bytes)),
            ("limit", count(MAX_CSV_BYTES)),
            text,
        ]),
        CsvProblem::TooManyRows => object(&[
            kind("tooManyRows"),
            line,
            ("limit", count(MAX_CSV_ROWS)),
            text,
        ]),
        CsvProblem::NoPoints => object(&[kind("noPoints"), line, text]),
        CsvProblem::FieldCount { found } => object(&[
            kind("fieldCount"),
            line,
            ("found", count(*found)),
            ("separator", error.separator.name().into()),
            text,
        ]),
        CsvProblem::NotANumber {
            column,
            text: value,
        } => object(&[
            kind("notANumber"),
            line,
            ("column", (*column).into()),
            ("value", value.as_str().into()),
            text,
        ]),
        CsvProblem::OutsidePlane => object(&[kind("outsidePlane"), line, text]),
        CsvProblem::BadLabel { label, .. } => {
            let classes = match task {
                Task::Classify(k) => k,
                Task::Regress => 0,
            };
            object(&[
                kind("badLabel"),
                line,
                ("label", (*label).into()),
                ("classes", count(classes)),
                text,
            ])
        }
    }
}

/// Megapixels to one decimal, as the English message rounds them.
fn megapixels(pixels: f64) -> JsValue {
    ((pixels / 1e5).round() / 10.0).into()
}

/// Why an uploaded picture was refused, as `{kind: "empty" | "tooLarge" | "lengthMismatch" |
/// "badTarget", …numbers, text}`.
pub fn image_error_object(error: &ImageError) -> JsValue {
    let text = ("text", error.to_string().into());
    let kind = |k: &str| ("kind", JsValue::from_str(k));
    match *error {
        ImageError::Empty { width, height } => object(&[
            kind("empty"),
            ("width", count(width)),
            ("height", count(height)),
            text,
        ]),
        ImageError::TooLarge { width, height } => object(&[
            kind("tooLarge"),
            ("width", count(width)),
            ("height", count(height)),
            ("megapixels", megapixels(width as f64 * height as f64)),
            ("limit", megapixels(MAX_PIXELS as f64)),
            text,
        ]),
        ImageError::LengthMismatch { expected, got } => object(&[
            kind("lengthMismatch"),
            ("expected", count(expected)),
            ("got", count(got)),
            text,
        ]),
        ImageError::BadTarget { target } => object(&[
            kind("badTarget"),
            ("target", count(target)),
            ("min", count(*TARGET_SIZES.start())),
            ("max", count(*TARGET_SIZES.end())),
            text,
        ]),
    }
}
