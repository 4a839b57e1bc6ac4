//! Edits a user makes by hand: typing a weight or a bias, drawing and erasing points,
//! importing and exporting them as CSV. Typed text is validated here; problems come back as
//! short keys for the shell's string table, or as the core's own line-numbered CSV message.

use super::Playground;
use crate::formats::csv::{CsvError, CsvProblem, MAX_CSV_BYTES};
use crate::formats::decimal::parse_f64;
use crate::modes::classify::data::DatasetKind;
use crate::modes::classify::session::MAX_WEIGHT;
use crate::web::canvas::object;
use crate::web::messages::csv_error_object;
use js_sys::Object;
use wasm_bindgen::prelude::*;

/// Points within this distance (plane units) of the pointer are erased.
const ERASE_RADIUS: f64 = 0.5;

/// The number in `text` ("0.5", "-1,25", "−2", "3e-2"), or why it is not one: the key
/// "not-a-number" or "too-large".
fn number(text: &str) -> Result<f64, &'static str> {
    let mut t = text.trim().replace('\u{2212}', "-");
    if !t.contains('.') {
        t = t.replace(',', ".");
    }
    match parse_f64(&t) {
        Some(v) if !v.is_finite() || v.abs() > MAX_WEIGHT => Err("too-large"),
        Some(v) => Ok(v),
        None => Err("not-a-number"),
    }
}

#[wasm_bindgen]
impl Playground {
    /// Sets the weight of weight layer `layer` from its input `from` to its output `to` to the
    /// number typed in `text`, without restarting. Returns "" when done, else "not-a-number",
    /// "too-large" or "no-such-link".
    pub fn edit_weight(&mut self, layer: usize, from: usize, to: usize, text: &str) -> String {
        match number(text) {
            Err(key) => key.to_string(),
            Ok(v) if self.session.set_weight(layer, from, to, v) => self.edited(),
            Ok(_) => "no-such-link".to_string(),
        }
    }

    /// Sets the bias of neuron `index` fed by weight layer `layer` (the last layer: an output
    /// bias) to the number typed in `text`. Returns as [`Playground::edit_weight`]
    /// ("no-such-neuron" for a neuron that does not exist).
    pub fn edit_bias(&mut self, layer: usize, index: usize, text: &str) -> String {
        match number(text) {
            Err(key) => key.to_string(),
            Ok(v) if self.session.set_bias(layer, index, v) => self.edited(),
            Ok(_) => "no-such-neuron".to_string(),
        }
    }

    /// Adds a point of `label` (a class 0…k−1, or a value in [−1, 1] for regression) at
    /// (fx, fy), fractions of the plot (0 = left or top), or with `tool` "erase" removes the
    /// points near it. The first edit of a generated dataset makes its points the user's own
    /// (a new network on them). Returns how many points were added or removed.
    pub fn edit_points(&mut self, tool: &str, fx: f64, fy: f64, label: f64) -> u32 {
        if self.session.config().dataset != DatasetKind::Custom {
            self.session.custom_from_current();
        }
        self.touch();
        let (x, y) = (-6.0 + 12.0 * fx, 6.0 - 12.0 * fy);
        match tool {
            "erase" => self.session.erase_points(x, y, ERASE_RADIUS) as u32,
            _ => self.session.add_point(x, y, label).is_ok() as u32,
        }
    }

    /// Removes every drawn point and shows the (empty) custom dataset, to draw from scratch.
    pub fn clear_points(&mut self) {
        self.touch();
        let mut c = self.session.config().clone();
        if c.dataset != DatasetKind::Custom {
            self.session.custom_from_current();
            c = self.session.config().clone();
        }
        c.custom = Default::default();
        self.session.set_config(c);
    }

    /// Why a CSV file of `bytes` bytes is refused before it is read (too large, as
    /// `import_csv` would say it: `{error, problem}`), or null when its size is acceptable: the
    /// shell asks before copying a file into the wasm memory, which never shrinks.
    pub fn csv_size_problem(&self, bytes: f64) -> Result<JsValue, JsError> {
        let bytes = bytes.max(0.0) as usize;
        if bytes <= MAX_CSV_BYTES {
            return Ok(JsValue::NULL);
        }
        let e = CsvError {
            line: 0,
            problem: CsvProblem::TooLarge { bytes },
            separator: Default::default(),
        };
        let problem = csv_error_object(&e, self.session.custom_task());
        Ok(object(&[("error", e.to_string().into()), ("problem", problem)])?.into())
    }

    /// Replaces the drawn points by those of a CSV file and shows them. Returns `{count}`, or
    /// `{error, problem}` (the core's English message naming the line, and the same as data
    /// for the page to word: see `messages::csv_error_object`); the data are then unchanged.
    pub fn import_csv(&mut self, text: &str) -> Result<Object, JsError> {
        match self.session.import_csv(text) {
            Ok(count) => {
                self.touch();
                object(&[("count", (count as f64).into())])
            }
            Err(e) => {
                let problem = csv_error_object(&e, self.session.custom_task());
                object(&[("error", e.to_string().into()), ("problem", problem)])
            }
        }
    }

    /// The dataset shown (training points, then test points) as CSV, labels 0…k−1 (or values):
    /// `x,y,label` with decimal points, or on a page with decimal commas (French) `x;y;label`
    /// with decimal commas, which a French spreadsheet opens as columns of numbers.
    pub fn export_csv(&self) -> String {
        if self.style.decimal_comma {
            self.session.export_csv_french()
        } else {
            self.session.export_csv()
        }
    }
}

impl Playground {
    fn edited(&mut self) -> String {
        self.touch();
        String::new()
    }
}
