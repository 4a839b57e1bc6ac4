//! How the views are drawn for their audience: projector mode (larger chart text, thicker
//! curves, bigger dots), the colour scheme of the output panel, and the decimal separator of
//! the charts' tick labels. Pure Rust; the web handles hold one and draw with it.

use super::palettes::Scheme;

/// Chart text grows by this factor in projector mode.
const PROJECTOR_FONT: f64 = 2.0;
/// Chart text size on a screen, in CSS pixels (the page's small print).
const CHART_FONT_CSS: f64 = 12.0;
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
    /// Chart text size, in device pixels, on a canvas `width` device pixels wide on a screen
    /// with `pixel_ratio` device pixels per CSS pixel: the same size on every chart and every
    /// screen; in projector mode [`PROJECTOR_FONT`] times larger, but never leaving the axes'
    /// labels (about four characters) more than a third of the width.
    pub fn chart_font(&self, pixel_ratio: f64, width: u32) -> u32 {
        let ratio = if pixel_ratio.is_finite() {
            pixel_ratio.clamp(0.5, 4.0)
        } else {
            1.0
        };
        let font = (CHART_FONT_CSS * ratio).round() as u32;
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

/// How many tick labels of at most `widest` characters, in text of size `font`, fit side by
/// side along `span` pixels with a gap between them: between 2 and 6.
pub fn tick_count(span: u32, font: u32, widest: usize) -> usize {
    // A sans-serif digit is about 0.6 em wide; the gap is two digits.
    let label = (widest + 2) as f64 * 0.6 * font.max(1) as f64;
    ((span as f64 / label) as usize).clamp(2, 6)
}

/// The label of a log axis at `log10` (the axis holds log10 of the values): "10⁻³" on whole
/// decades, else the value to one digit ("3×10⁻³").
pub fn log_tick(log10: f64) -> String {
    if (log10 - log10.round()).abs() < 1e-9 {
        return power_of_ten(log10.round() as i32);
    }
    let mut exponent = log10.floor() as i32;
    let mut digit = 10f64.powf(log10 - exponent as f64).round() as i32;
    if digit == 10 {
        (digit, exponent) = (1, exponent + 1);
    }
    format!("{digit}×{}", power_of_ten(exponent))
}

/// 10 to the power `exponent` as a log axis labels it: "10⁻³", "10⁰", "10²".
pub fn power_of_ten(exponent: i32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let sign = if exponent < 0 { "⁻" } else { "" };
    let digits: String = (exponent.unsigned_abs().to_string().bytes())
        .map(|b| DIGITS[(b - b'0') as usize])
        .collect();
    format!("10{sign}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten_read_with_superscripts() {
        assert_eq!(power_of_ten(-3), "10⁻³");
        assert_eq!(power_of_ten(0), "10⁰");
        assert_eq!(power_of_ten(12), "10¹²");
        assert_eq!(log_tick(-2.0), "10⁻²");
        assert_eq!(log_tick(-2.5), "3×10⁻³");
        assert_eq!(log_tick(0.999_999), "1×10¹");
    }

    #[test]
    fn tick_labels_never_crowd_a_narrow_axis() {
        // "4000" at 14 px along 150 px: the five labels of a wide chart would touch.
        let n = tick_count(150, 14, 4);
        assert!(
            n * (4 + 1) * 14 * 6 / 10 <= 150,
            "{n} labels of 4 digits in 150 px"
        );
        assert!(n >= 2);
        assert_eq!(
            tick_count(1000, 12, 4),
            6,
            "a wide axis takes the most labels"
        );
        assert_eq!(tick_count(10, 28, 9), 2, "always a start and an end");
        assert!(tick_count(300, 12, 7) < tick_count(300, 12, 2));
    }

    #[test]
    fn projector_mode_grows_text_lines_and_dots() {
        let screen = ViewStyle::default();
        let projector = ViewStyle {
            projector: true,
            ..screen
        };
        assert!(projector.chart_font(1.0, 800) > screen.chart_font(1.0, 800));
        let narrow = projector.chart_font(1.0, 150);
        assert_eq!(
            narrow,
            screen.chart_font(1.0, 150),
            "a narrow chart keeps its text"
        );
        assert_eq!(
            screen.chart_font(2.0, 800),
            2 * screen.chart_font(1.0, 800),
            "text keeps its size on a high-density screen"
        );
        assert_eq!(
            screen.chart_font(f64::NAN, 800),
            screen.chart_font(1.0, 800)
        );
        let font = screen.chart_font(1.0, 800);
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
