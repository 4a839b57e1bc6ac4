//! Points as CSV text, `x,y,label` per line, over the generic reader and writer of
//! [`crate::formats::csv`] (which caps the sizes, skips a header, comments and blank lines,
//! and names the line of a problem). Labels are user labels: class indices 0…k−1 (for two
//! classes −1 also reads as class 0), or values in [−1, 1] for regression; a [`Task`] reads
//! the points it accepts, snapped and sorted into [`CustomPoints`].

use super::custom::{MAX_CUSTOM_POINTS, PointProblem, snap};
use super::{CustomPoints, Point, Task};
use crate::formats::csv::{
    self, CsvError, CsvProblem, CsvReader, CsvRecord, MAX_CSV_ROWS, Separator,
};

// A file holds as many points as the custom dataset.
const _: () = assert!(MAX_CSV_ROWS == MAX_CUSTOM_POINTS);

impl CsvRecord for Point {
    const COLUMNS: &'static [&'static str] = &["x", "y", "label"];

    /// Each number in the shortest form that reads back to the same value.
    fn fields(&self) -> Vec<String> {
        vec![
            self.x.to_string(),
            self.y.to_string(),
            self.label.to_string(),
        ]
    }
}

/// A task reads the points it accepts (validated and snapped).
impl CsvReader for Task {
    type Record = Point;
    type Output = CustomPoints;

    fn record(&self, fields: &[&str]) -> Result<Point, CsvProblem> {
        let task = *self;
        let (x, y) = (csv::number("x", fields[0])?, csv::number("y", fields[1])?);
        let mut label = csv::number("label", fields[2])?;
        if task == Task::Classify(2) && label == -1.0 {
            label = 0.0;
        }
        let bad_label = || CsvProblem::BadLabel {
            label,
            expected: expected_label(task),
        };
        if !task.accepts(label) {
            return Err(bad_label());
        }
        snap(Point { x, y, label }).map_err(|e| match e {
            PointProblem::OutsidePlane => CsvProblem::OutsidePlane,
            _ => bad_label(),
        })
    }

    fn finish(&self, points: Vec<Point>) -> Result<CustomPoints, CsvProblem> {
        CustomPoints::new(&points).map_err(|(_, _)| CsvProblem::TooManyRows)
    }
}

/// Reads `text` as points for `task` (custom points: snapped and sorted). Never panics; on
/// the first problem returns where and what it was.
pub fn parse_points(text: &str, task: Task) -> Result<CustomPoints, CsvError> {
    csv::read(text, &task)
}

/// `points` (with user labels) as CSV text: a header line `x,y,label`, then one line per
/// point, each number in the shortest form that reads back to the same value.
pub fn write_points(points: &[Point]) -> String {
    csv::write(points)
}

/// `points` as CSV text for a French spreadsheet: `x;y;label`, then one line per point with
/// decimal commas (`1,5;-2;1`), CRLF line ends. [`parse_points`] reads it back.
pub fn write_points_french(points: &[Point]) -> String {
    csv::write_with(points, Separator::Semicolon)
}

/// What labels `task` accepts, in English.
fn expected_label(task: Task) -> String {
    match task {
        Task::Classify(2) => "a class 0 or 1 (or -1 for class 0)".to_string(),
        Task::Classify(k) => format!("a class from 0 to {} (set more classes first)", k - 1),
        Task::Regress => "a value between -1 and 1".to_string(),
    }
}
