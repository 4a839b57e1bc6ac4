//! The view settings of either handle, set from the shell: projector mode, the colour scheme
//! and the decimal separator of tick labels (what they change: `render/style.rs`).

use super::gan::GanPlayground;
use super::playground::Playground;
use crate::render::style::ViewStyle;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
impl Playground {
    /// Draws for a projector (`projector`) with the colour scheme `palette` ("classic" or
    /// "colorblind"). Returns `false` (and keeps the scheme) for an unknown palette name.
    pub fn set_view_style(&mut self, projector: bool, palette: &str) -> bool {
        let (style, known) = self.style.with(projector, palette);
        self.restyle(style);
        known
    }

    /// Chart tick labels with a decimal comma (`true`, for French) or a point.
    pub fn set_decimal_comma(&mut self, comma: bool) {
        self.restyle(ViewStyle {
            decimal_comma: comma,
            ..self.style
        });
    }
}

#[wasm_bindgen]
impl GanPlayground {
    /// Draws for a projector (`projector`). The GAN keeps its green and purple under any
    /// `palette` (they stay apart for colour-blind viewers); returns `false` for an unknown
    /// palette name.
    pub fn set_view_style(&mut self, projector: bool, palette: &str) -> bool {
        let (style, known) = self.style.with(projector, palette);
        self.restyle(style);
        known
    }

    /// Chart tick labels with a decimal comma (`true`, for French) or a point.
    pub fn set_decimal_comma(&mut self, comma: bool) {
        self.restyle(ViewStyle {
            decimal_comma: comma,
            ..self.style
        });
    }
}

impl Playground {
    fn restyle(&mut self, style: ViewStyle) {
        if style != self.style {
            self.style = style;
            self.output.set_style(style);
            self.touch();
        }
    }
}

impl GanPlayground {
    fn restyle(&mut self, style: ViewStyle) {
        if style != self.style {
            self.style = style;
            self.restyled();
        }
    }
}
