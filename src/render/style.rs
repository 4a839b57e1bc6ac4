//! How the views are drawn for their audience: projector mode (larger chart text, thicker
//! curves, bigger dots), the colour scheme of the output panel, and the decimal separator of
//! the charts' tick labels. Pure Rust; the web handles hold one and draw with it.

use super::palettes::Scheme;

/// Chart text grows by this factor in projector mode.
const PROJECTOR_FONT: f64 = 1.5;
/// Dots of data points and samples grow by this factor in projector mode.
const PROJECTOR_DOTS: f64 = 1.7;

/// The view settings a handle draws with (the default: a screen, classic colours, a point).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewStyle {
    /// Readable from the back of a room.
    pub projector: bool,
    /// The output panel's colours.
    pub scheme: Scheme,
    /// Tick labels use a decimal comma (French) instead of a point.
    pub decimal_comma: bool,
}

impl ViewStyle {
    /// Chart text size for a canvas of `width` × `height` device pixels, between `min` and
    /// `max` (both grown in projector mode). The screen's size follows the height; the
    /// projector's grows by [`PROJECTOR_FONT`] but never leaves the axes' labels more than a
    /// third of the width (they take about four characters).
    pub fn chart_font(&self, width: u32, height: u32, min: u32, max: u32) -> u32 {
        let font = (height.max(60) / 11).clamp(min, max);
        if !self.projector {
            return font;
        }
        let grown = (font as f64 * PROJECTOR_FONT).round() as u32;
        grown.min(width / 16).max(font)
    }

    /// Stroke width of a chart's curves for text of size `font`.
    pub fn line_width(&self, font: u32) -> u32 {
        if self.projector {
            (font / 3).max(4)
        } else {
            (font / 6).max(1)
        }
    }

    /// The factor dots are drawn larger by.
    pub fn dot_scale(&self) -> f64 {
        if self.projector { PROJECTOR_DOTS } else { 1.0 }
    }

    /// `text` (a formatted number) with the decimal separator of this style.
    pub fn number(&self, text: String) -> String {
        if self.decimal_comma {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// A word that changes whenever the picture this style gives changes.
    pub fn key(&self) -> u64 {
        self.projector as u64 | (self.decimal_comma as u64) << 1 | (self.scheme as u64) << 2
    }

    /// This style with the projector flag and the scheme named `palette`, and whether that
    /// name was known (an unknown one keeps the current scheme).
    pub fn with(self, projector: bool, palette: &str) -> (Self, bool) {
        let scheme = Scheme::from_name(palette);
        let style = ViewStyle {
            projector,
            scheme: scheme.unwrap_or(self.scheme),
            ..self
        };
        (style, scheme.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projector_mode_grows_text_lines_and_dots() {
        let screen = ViewStyle::default();
        let projector = ViewStyle {
            projector: true,
            ..screen
        };
        assert!(projector.chart_font(800, 200, 10, 28) > screen.chart_font(800, 200, 10, 28));
        let narrow = projector.chart_font(200, 200, 10, 28);
        assert_eq!(
            narrow,
            screen.chart_font(200, 200, 10, 28),
            "a narrow chart keeps its text"
        );
        let font = screen.chart_font(800, 200, 10, 28);
        assert!(projector.line_width(font) >= 2 * screen.line_width(font));
        assert!(projector.dot_scale() > screen.dot_scale());
        assert_ne!(projector.key(), screen.key());
    }

    #[test]
    fn a_decimal_comma_replaces_the_point() {
        let fr = ViewStyle {
            decimal_comma: true,
            ..ViewStyle::default()
        };
        assert_eq!(fr.number(format!("{:.2}", 0.5)), "0,50");
        assert_eq!(ViewStyle::default().number("0.50".into()), "0.50");
    }
}
