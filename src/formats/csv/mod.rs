//! Points as CSV text, `x,y,label` per line: reading (a header line, `#` comments and blank
//! lines allowed; sizes capped) with an error that names the line and the problem, and
//! writing. Labels are user labels: class indices 0…k−1 (for two classes −1 also reads as
//! class 0), or values in [−1, 1] for regression. Pure text handling, no sessions.

use crate::formats::decimal::parse_f64;
use crate::modes::classify::data::custom::{MAX_CUSTOM_POINTS, PointProblem, snap};
use crate::modes::classify::data::{CustomPoints, Point, Task};
use core::fmt;

/// Largest CSV file accepted, in bytes.
pub const MAX_CSV_BYTES: usize = 1 << 20;
/// Most data rows accepted (the custom dataset's capacity).
pub const MAX_CSV_ROWS: usize = MAX_CUSTOM_POINTS;

/// A CSV file that could not be read, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvError {
    /// The 1-based line of the problem; 0 for the file as a whole.
    pub line: usize,
    /// What was wrong.
    pub problem: CsvProblem,
}

/// What was wrong with a CSV file.
#[derive(Clone, Debug, PartialEq)]
pub enum CsvProblem {
    /// The file is larger than [`MAX_CSV_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file has more than [`MAX_CSV_ROWS`] data rows.
    TooManyRows,
    /// The file has no data rows.
    NoPoints,
    /// A row does not have three values.
    FieldCount {
        /// How many it has.
        found: usize,
    },
    /// A value is not a number.
    NotANumber {
        /// Which column: "x", "y" or "label".
        column: &'static str,
        /// The text found (cut to 20 characters).
        text: String,
    },
    /// x or y lies outside the plane [−6, 6].
    OutsidePlane,
    /// The label is not one the problem accepts.
    BadLabel {
        /// The label found.
        label: f64,
        /// What would have been accepted, in English.
        expected: String,
    },
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "Line {}: ", self.line)?;
        }
        match &self.problem {
            CsvProblem::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes; at most {MAX_CSV_BYTES} are accepted"
            ),
            CsvProblem::TooManyRows => write!(f, "more than {MAX_CSV_ROWS} points; remove some"),
            CsvProblem::NoPoints => write!(f, "the file holds no points (x,y,label lines)"),
            CsvProblem::FieldCount { found } => {
                write!(f, "expected 3 values x,y,label but found {found}")
            }
            CsvProblem::NotANumber { column, text } => {
                write!(f, "the {column} value \"{text}\" is not a number")
            }
            CsvProblem::OutsidePlane => write!(f, "x and y must lie between -6 and 6"),
            CsvProblem::BadLabel { label, expected } => {
                write!(f, "the label {label} is not {expected}")
            }
        }
    }
}

/// Reads `text` as points for `task` (custom points: snapped and sorted). Never panics; on
/// the first problem returns where and what it was.
pub fn parse_points(text: &str, task: Task) -> Result<CustomPoints, CsvError> {
    let whole = |problem| CsvError { line: 0, problem };
    if text.len() > MAX_CSV_BYTES {
        return Err(whole(CsvProblem::TooLarge { bytes: text.len() }));
    }
    let mut points = Vec::new();
    let mut seen_content = false;
    for (i, raw) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let first = !seen_content;
        seen_content = true;
        let at = |problem| CsvError {
            line: i + 1,
            problem,
        };
        match parse_row(line, task) {
            Err(CsvProblem::NotANumber { .. }) if first && is_header(line) => continue,
            Err(problem) => return Err(at(problem)),
            Ok(_) if points.len() == MAX_CSV_ROWS => return Err(at(CsvProblem::TooManyRows)),
            Ok(p) => points.push(p),
        }
    }
    if points.is_empty() {
        return Err(whole(CsvProblem::NoPoints));
    }
    CustomPoints::new(&points).map_err(|(_, _)| whole(CsvProblem::TooManyRows))
}

/// A header is a first line of three fields none of which is a number.
fn is_header(line: &str) -> bool {
    let fields: Vec<&str> = line.split(',').collect();
    fields.len() == 3 && fields.iter().all(|f| parse_f64(f.trim()).is_none())
}

/// One data row, validated and snapped.
fn parse_row(line: &str, task: Task) -> Result<Point, CsvProblem> {
    let fields: Vec<&str> = line.split(',').map(str::trim).collect();
    if fields.len() != 3 {
        return Err(CsvProblem::FieldCount {
            found: fields.len(),
        });
    }
    let number = |column: &'static str, text: &str| {
        let value = parse_f64(text).filter(|v| v.is_finite());
        value.ok_or_else(|| CsvProblem::NotANumber {
            column,
            text: text.chars().take(20).collect(),
        })
    };
    let (x, y) = (number("x", fields[0])?, number("y", fields[1])?);
    let mut label = number("label", fields[2])?;
    if task == Task::Classify(2) && label == -1.0 {
        label = 0.0;
    }
    if !task.accepts(label) {
        return Err(CsvProblem::BadLabel {
            label,
            expected: expected_label(task),
        });
    }
    snap(Point { x, y, label }).map_err(|e| match e {
        PointProblem::OutsidePlane => CsvProblem::OutsidePlane,
        _ => CsvProblem::BadLabel {
            label,
            expected: expected_label(task),
        },
    })
}

/// What labels `task` accepts, in English.
fn expected_label(task: Task) -> String {
    match task {
        Task::Classify(2) => "a class 0 or 1 (or -1 for class 0)".to_string(),
        Task::Classify(k) => format!("a class from 0 to {} (set more classes first)", k - 1),
        Task::Regress => "a value between -1 and 1".to_string(),
    }
}

/// `points` (with user labels) as CSV text: a header line `x,y,label`, then one line per
/// point, each number in the shortest form that reads back to the same value.
pub fn write_points(points: &[Point]) -> String {
    let mut out = String::with_capacity(16 + 24 * points.len());
    out.push_str("x,y,label\n");
    for p in points {
        out.push_str(&format!("{},{},{}\n", p.x, p.y, p.label));
    }
    out
}

#[cfg(test)]
mod tests;
