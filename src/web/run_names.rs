//! The words the past runs' labels are made of ([`Names`]), handed over by the shell from the
//! strings of its controls: [`run_names_methods`] adds `set_run_names` to the handles that
//! keep past runs (a `names: Names` field and a `restyled` that draws the charts again).

/// `set_run_names` for each handle type.
macro_rules! run_names_methods {
    ($($handle:ty),*) => {$(
        #[wasm_bindgen]
        impl $handle {
            /// The names the past runs' labels use, as flat triples (see
            /// `engine::runs::Names::from_entries`): each setting's name as its control shows
            /// it, the names of choices, "same settings", "other weights" and the separator.
            pub fn set_run_names(&mut self, entries: Vec<String>) {
                let names = $crate::engine::runs::Names::from_entries(&entries);
                if names != self.names {
                    self.names = names;
                    self.restyled();
                }
            }
        }
    )*};
}

pub(crate) use run_names_methods;
