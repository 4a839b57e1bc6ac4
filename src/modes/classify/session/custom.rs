//! The user's own data in a session: drawing and erasing points, importing and exporting CSV,
//! and starting a custom set from the data shown. Every edit goes through the config's custom
//! points, so links, saved states and ghosts see it; a failed import changes nothing.

use super::Session;
use crate::config::{Change, Config};
use crate::engine::float::Float;
use crate::formats::csv::CsvError;
use crate::modes::classify::data::csv;
use crate::modes::classify::data::custom::{PointProblem, snap};
use crate::modes::classify::data::{CustomPoints, DatasetKind, Point, Problem, Task};

impl<F: Float> Session<F> {
    /// The task custom data is trained on with the current settings (the config's `problem`
    /// and `classes`), whichever dataset is shown now: what drawn and imported labels mean.
    pub fn custom_task(&self) -> Task {
        self.config.custom_task()
    }

    /// Adds a point at (x, y) with a user `label` (a class index 0…k−1, or a value in [−1, 1]
    /// for regression) to the custom points, snapped to their grid. When custom data are
    /// shown, training goes on with the same weights on the new data.
    pub fn add_point(&mut self, x: f64, y: f64, label: f64) -> Result<(), PointProblem> {
        if !self.custom_task().accepts(label) {
            return Err(PointProblem::BadLabel);
        }
        let mut points = self.config.custom.clone();
        points.add(x, y, label)?;
        self.set_custom(points);
        Ok(())
    }

    /// Removes the custom points within `radius` of (x, y); returns how many.
    pub fn erase_points(&mut self, x: f64, y: f64, radius: f64) -> usize {
        let mut points = self.config.custom.clone();
        let erased = points.erase(x, y, radius);
        if erased > 0 {
            self.set_custom(points);
        }
        erased
    }

    /// Replaces all custom points by `points` (user labels, checked against
    /// [`Session::custom_task`]); an empty list clears them. On the first bad point, its index
    /// and the problem, and nothing changes. Does not switch the data shown to custom.
    pub fn set_points(&mut self, points: &[Point]) -> Result<(), (usize, PointProblem)> {
        let task = self.custom_task();
        if let Some(i) = points.iter().position(|p| !task.accepts(p.label)) {
            return Err((i, PointProblem::BadLabel));
        }
        self.set_custom(CustomPoints::new(points)?);
        Ok(())
    }

    /// Replaces the custom points by those of a CSV file (see [`csv::parse_points`]; labels
    /// as [`Session::custom_task`] reads them) and shows them (`data=custom`, new weights).
    /// Returns how many points were read. On error nothing changes.
    pub fn import_csv(&mut self, text: &str) -> Result<usize, CsvError> {
        let points = csv::parse_points(text, self.custom_task())?;
        let count = points.len();
        let config = Config {
            dataset: DatasetKind::Custom,
            custom: points,
            ..self.config.clone()
        };
        self.set_config(config);
        Ok(count)
    }

    /// The current dataset (training points, then test points) as CSV with user labels.
    pub fn export_csv(&self) -> String {
        csv::write_points(&self.user_points())
    }

    /// The current dataset as CSV for a French spreadsheet (`;` and decimal commas; see
    /// [`csv::write_points_french`]).
    pub fn export_csv_french(&self) -> String {
        csv::write_points_french(&self.user_points())
    }

    /// The current dataset's points (training, then test) with user labels.
    pub fn user_points(&self) -> Vec<Point> {
        let task = self.config.task();
        (self.train.points.iter().chain(&self.test.points))
            .map(|p| Point {
                label: task.user_label(p.label),
                ..*p
            })
            .collect()
    }

    /// Makes the data shown the starting point of a custom set to edit: copies its points
    /// (those inside the plane, snapped), its problem and its classes, and shows the custom
    /// set. Returns the change made (a new network, as for any change of data).
    pub fn custom_from_current(&mut self) -> Change {
        let task = self.config.task();
        let points: Vec<Point> = (self.user_points().into_iter())
            .filter_map(|p| snap(p).ok())
            .collect();
        let custom = CustomPoints::new(&points).unwrap_or_default();
        let config = Config {
            dataset: DatasetKind::Custom,
            problem: if task.is_regression() {
                Problem::Regression
            } else {
                Problem::Classification
            },
            classes: match task {
                Task::Classify(k) => k,
                Task::Regress => self.config.classes,
            },
            custom,
            ..self.config.clone()
        };
        self.set_config(config)
    }

    /// Installs edited custom points (a live change: see [`Session::set_config`]).
    fn set_custom(&mut self, points: CustomPoints) {
        let config = Config {
            custom: points,
            ..self.config.clone()
        };
        self.set_config(config);
    }
}
