//! The config methods every mode handle but the classifier's shares: read the whole config
//! (or its short form for an embed), apply keys on top of it, replace it, and list what the
//! last read ignored. Each handle has a `config` field and an `apply` that switches to a
//! parsed config and says what it did, and invokes these macros beside its type.

/// `config`, `set_config` and `replace_config` for each handle type listed.
macro_rules! config_methods {
    ($($handle:ty),*) => {$(
        #[wasm_bindgen]
        impl $handle {
            /// The whole config as a query string (`v=1&seed=1&mode=…`).
            pub fn config(&self) -> String {
                self.config.to_query()
            }

            /// Only the keys that differ from the defaults, for an embed's `config`
            /// attribute (see `Config::to_short_query`).
            pub fn short_config(&self) -> String {
                self.config.to_short_query()
            }

            /// Applies the keys in `query` on top of the current config. Returns what that did
            /// to the run: "live" (training goes on), "rebuild" (a new network or race) or,
            /// for the race, "regenerate" (another surface).
            pub fn set_config(&mut self, query: &str) -> String {
                self.apply($crate::config::parse_onto(&self.config, query))
            }

            /// Replaces the whole config by `query` (missing keys take defaults); returns as
            /// `set_config`.
            pub fn replace_config(&mut self, query: &str) -> String {
                self.apply($crate::config::parse(query))
            }
        }
    )*};
}

pub(crate) use config_methods;

/// `issues` for each handle type listed (the image's adds a note of its own).
macro_rules! issue_methods {
    ($($handle:ty),*) => {$(
        #[wasm_bindgen]
        impl $handle {
            /// What the last config read ignored, one object per problem (see
            /// `messages::issue_object`), which the shell words in its language.
            pub fn issues(&self) -> js_sys::Array {
                $crate::web::messages::issue_array(&self.issues)
            }
        }
    )*};
}

pub(crate) use issue_methods;
