//! What the labels of a dataset mean: the problem the user chose (classification or
//! regression), the task in force (how many classes), and the two label conventions (±1 for
//! two classes, class indices for more). Plain data, no maths.

/// Fewest classes a classification task has.
pub const MIN_CLASSES: usize = 2;
/// Most classes a classification task may have (the categorical palette has this many).
pub const MAX_CLASSES: usize = 5;

/// The kind of problem the user chose for custom data (a generated set brings its own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Problem {
    /// Points carry a class.
    #[default]
    Classification,
    /// Points carry a value in [−1, 1].
    Regression,
}

impl Problem {
    /// Both problems, in the order the UI lists them.
    pub const ALL: [Problem; 2] = [Problem::Classification, Problem::Regression];

    /// The name used in the query string, TF Playground's (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Problem::Classification => "classification",
            Problem::Regression => "regression",
        }
    }

    /// Inverse of [`Problem::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// The task a session actually trains on, resolved from the config
/// ([`crate::config::Config::task`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    /// Classification into this many classes (2…[`MAX_CLASSES`]).
    Classify(usize),
    /// Regression onto values in [−1, 1].
    Regress,
}

impl Task {
    /// `true` for regression.
    pub fn is_regression(self) -> bool {
        self == Task::Regress
    }

    /// Number of classes (0 for regression).
    pub fn classes(self) -> usize {
        match self {
            Task::Classify(k) => k,
            Task::Regress => 0,
        }
    }

    /// Whether a user label (class index, or value) is one this task can train on: a whole
    /// number 0…k−1 for classification, a finite value in [−1, 1] for regression.
    pub fn accepts(self, label: f64) -> bool {
        match self {
            Task::Classify(k) => label.fract() == 0.0 && (0.0..k as f64).contains(&label),
            Task::Regress => (-1.0..=1.0).contains(&label),
        }
    }
}

impl Task {
    /// The label a user sees (CSV, saved state, drawing) for a dataset label: the class index
    /// for classification (0 or 1 for ±1 labels), the value itself for regression.
    pub fn user_label(self, label: f64) -> f64 {
        match self {
            Task::Classify(k) => label_class(label, k) as f64,
            Task::Regress => label,
        }
    }

    /// The dataset label for a user label (inverse of [`Task::user_label`]).
    pub fn dataset_label(self, user_label: f64) -> f64 {
        match self {
            Task::Classify(k) => class_label(user_label as usize, k),
            Task::Regress => user_label,
        }
    }
}

/// The dataset label of class `class` among `classes`: ±1 for two classes (class 1 is +1),
/// the index itself for more.
pub fn class_label(class: usize, classes: usize) -> f64 {
    match (classes, class) {
        (2, 1) => 1.0,
        (2, _) => -1.0,
        _ => class as f64,
    }
}

/// Inverse of [`class_label`]: the class of a dataset label among `classes` (for two classes,
/// 1 for a positive label and 0 otherwise).
pub fn label_class(label: f64, classes: usize) -> usize {
    if classes == 2 {
        (label > 0.0) as usize
    } else if label.is_nan() || label < 0.0 {
        0
    } else {
        (label.round() as usize).min(classes.max(1) - 1)
    }
}
