//! Saved states of the GAN, curve, image and race widgets (the classifier's are in
//! `share.rs`): `save_state` / `load_state` on each handle, all or nothing as in
//! [`crate::state`], and the free `state_mode`, `state_problem` and `state_config`, which read a file of any
//! mode so that the shell can switch a widget to the file's mode before loading it.

use super::{CurvePlayground, GanPlayground, ImagePlayground, RacePlayground};
use crate::state;
use wasm_bindgen::prelude::*;

/// The mode ("classify", "gan", "race", "curve", "image") of a saved state that loads
/// completely in that mode, or "" for a file that cannot be loaded.
#[wasm_bindgen]
pub fn state_mode(text: &str) -> String {
    state::check(text).map_or(String::new(), |(mode, _)| mode.name().into())
}

/// Why a saved state cannot be loaded in the mode it names (as
/// `messages::state_error_object`, which the shell words in its language), or "" when it can.
#[wasm_bindgen]
pub fn state_problem(text: &str) -> JsValue {
    state::check(text).err().map_or(JsValue::from_str(""), |e| {
        super::messages::state_error_object(&e)
    })
}

/// The config, as a query string, of a saved state that loads completely, or "".
#[wasm_bindgen]
pub fn state_config(text: &str) -> String {
    state::check(text).map_or(String::new(), |(_, query)| query)
}

#[wasm_bindgen]
impl GanPlayground {
    /// The settings (a drawn target included) and both networks' weights as JSON text.
    pub fn save_state(&self) -> String {
        crate::modes::gan::state::save_gan(&self.config, &self.session)
    }

    /// Loads a saved GAN file: "" when done (its ignored settings are then in `issues`),
    /// else why it was refused (as `messages::state_error_object`); nothing changes then.
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::gan::state::load_gan::<f32>(text) {
            Ok(loaded) => {
                self.config = loaded.config;
                self.session = loaded.session;
                self.issues = loaded.issues;
                self.sketch.clear();
                self.version += 1;
                JsValue::from_str("")
            }
            Err(e) => super::messages::state_error_object(&e),
        }
    }
}

#[wasm_bindgen]
impl CurvePlayground {
    /// The settings (drawn points included) and the network's weights as JSON text.
    pub fn save_state(&self) -> String {
        crate::modes::fit::state::save_curve(&self.config, &self.fit)
    }

    /// Loads a saved curve file: "" when done, else why it was refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::fit::state::load_curve::<f32>(text) {
            Ok(loaded) => {
                self.config = loaded.config;
                self.fit = loaded.fit;
                self.issues = loaded.issues;
                self.version += 1;
                JsValue::from_str("")
            }
            Err(e) => super::messages::state_error_object(&e),
        }
    }
}

#[wasm_bindgen]
impl ImagePlayground {
    /// The settings and the network's weights as JSON text (an uploaded picture is not in
    /// it: the file says `"picture":"uploaded"`).
    pub fn save_state(&self) -> String {
        crate::modes::fit::state::save_image(&self.config, &self.fit, self.upload.is_some())
    }

    /// Loads a saved image file: "" when done, else why it was refused (nothing changed).
    /// The built-in picture of its settings is fitted (an uploaded one is dropped).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::fit::state::load_image::<f32>(text) {
            Ok(loaded) => {
                self.config = loaded.config;
                self.upload = None;
                self.issues = loaded.issues;
                self.upload_dropped = loaded.picture_was_uploaded;
                self.rebuild(loaded.fit);
                JsValue::from_str("")
            }
            Err(e) => super::messages::state_error_object(&e),
        }
    }
}

#[wasm_bindgen]
impl RacePlayground {
    /// The settings as JSON text: they are the race's whole state.
    pub fn save_state(&self) -> String {
        crate::modes::race::state::save_race(&self.config)
    }

    /// Loads a saved race file and restarts every racer from its start: "" when done, else
    /// why it was refused (nothing changed).
    pub fn load_state(&mut self, text: &str) -> JsValue {
        match crate::modes::race::state::load_race(text) {
            Ok(parsed) => {
                self.apply(parsed);
                self.restart();
                JsValue::from_str("")
            }
            Err(e) => super::messages::state_error_object(&e),
        }
    }
}
