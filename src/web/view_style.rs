//! The view settings of every handle, set from the shell: projector mode, the colour scheme
//! and the decimal separator of tick labels (what they change: `drawing/style.rs`). Each handle
//! keeps a `style` and says in its `restyled` what must be drawn again after it changed;
//! `handle_methods!` adds [`view_style_methods`] to it.

/// The two methods the shell calls on a handle of type `$handle`, which take a new style
/// (when it differs from `self.style`) and call the handle's `restyled`.
macro_rules! view_style_methods {
    ($($handle:ty),*) => {$(
        #[wasm_bindgen]
        impl $handle {
            /// Draws for a projector (`projector`) with the colour scheme `palette` ("classic"
            /// or "colorblind"; only the classifier's map has colours to change). Returns
            /// `false` (and keeps the scheme) for an unknown palette name.
            pub fn set_view_style(&mut self, projector: bool, palette: &str) -> bool {
                let (style, known) = self.style.with(projector, palette);
                if style != self.style {
                    self.style = style;
                    self.restyled();
                }
                known
            }

            /// Chart tick labels with a decimal comma (`true`, for French) or a point.
            pub fn set_decimal_comma(&mut self, comma: bool) {
                let style = $crate::drawing::style::ViewStyle {
                    decimal_comma: comma,
                    ..self.style
                };
                if style != self.style {
                    self.style = style;
                    self.restyled();
                }
            }
        }
    )*};
}

pub(crate) use view_style_methods;
