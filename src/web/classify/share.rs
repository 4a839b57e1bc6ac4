//! Saving and restoring: the whole state as a JSON file (`state::save` / `state::load`, all
//! or nothing), and the drawn points a link is too short to carry, which the shell keeps in
//! local storage and hands back on reload.

use super::Playground;
use crate::config::{self, Config};
use crate::modes::classify::data::csv;
use crate::modes::classify::state;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Playground {
    /// The whole state (settings, drawn data, weights) as the JSON text of a saved file.
    pub fn save_state(&self) -> String {
        state::save(&self.session)
    }

    /// Loads a saved file. Returns "" when done (the file's ignored settings are then in
    /// [`Playground::issues`]), else why it was refused (an object, see `messages::state_error_object`); a refused file
    /// changes nothing.
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match state::load::<f32>(text) {
            Ok(loaded) => {
                self.session = loaded.session;
                self.issues = loaded.issues;
                self.touch();
                self.hover = None;
                JsValue::from_str("")
            }
            Err(e) => crate::web::messages::state_error_object(&e),
        }
    }

    /// The user's drawn or imported points (whichever dataset is shown) as CSV, for the
    /// shell to keep when a link can only carry their digest.
    pub fn custom_csv(&self) -> String {
        csv::write_points(self.session.config().custom.points())
    }

    /// Replaces the config by `query` (as [`Playground::replace_config`]) after taking the
    /// points of `csv` as the drawn ones, so that a link naming them by digest
    /// (`points=~count.hash`) finds them. Returns `false`, changing nothing, when `csv` does
    /// not hold the points the link names.
    pub fn restore_points(&mut self, query: &str, csv: &str) -> bool {
        let (probe, _) = config::parse(query);
        let Ok(points) = csv::parse_points(csv, probe.custom_task()) else {
            return false;
        };
        let base = Config {
            custom: points,
            ..Config::default()
        };
        let (config, issues) = config::parse_onto(&base, query);
        if issues.iter().any(|i| i.key == "points") {
            return false;
        }
        self.apply((config, issues));
        true
    }
}
