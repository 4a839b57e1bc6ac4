//! Placing text labels so that none overlaps another: the past runs' labels at the ends of
//! their curves. Pure geometry, in pixels (y down).

/// A label's box: left, top, width, height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl LabelBox {
    /// Whether the two boxes share any area.
    pub fn overlaps(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }
}

/// The width of `text` in a sans-serif font of size `font` (an estimate on the wide side:
/// 0.62 em per character, as measuring would need the DOM).
pub fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * 0.62 * font
}

/// Boxes for labels of `widths` and one `height` whose right-bottom corners would be at
/// `anchors`, inside an area `size` (width, height) pixels: each as near its anchor as it can
/// be, inside the area, and stacked so that no two share a row (1 px apart).
pub fn place(
    anchors: &[(f64, f64)],
    widths: &[f64],
    height: f64,
    size: (f64, f64),
) -> Vec<LabelBox> {
    let mut order: Vec<usize> = (0..anchors.len()).collect();
    order.sort_by(|&a, &b| anchors[a].1.total_cmp(&anchors[b].1));
    let mut bottoms = vec![0.0; anchors.len()];
    let mut last = f64::NEG_INFINITY;
    for &i in &order {
        let bottom = anchors[i].1.max(height).max(last + height + 1.0);
        bottoms[i] = bottom;
        last = bottom;
    }
    // Past the area's foot: the stack moves up, but never above its top.
    let overflow = (last - size.1).max(0.0);
    (0..anchors.len())
        .map(|i| {
            let width = widths[i];
            let right = anchors[i].0.clamp(width.min(size.0), size.0);
            let bottom = (bottoms[i] - overflow).max(height);
            LabelBox {
                x: right - width,
                y: bottom - height,
                width,
                height,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_at_the_same_place_are_stacked_apart_inside_the_area() {
        let anchors = [(200.0, 100.0), (198.0, 101.0), (201.0, 99.5)];
        let widths = [120.0, 80.0, 150.0];
        let boxes = place(&anchors, &widths, 12.0, (300.0, 200.0));
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
            assert!(a.x >= 0.0 && a.y >= 0.0 && a.x + a.width <= 300.0 && a.y + a.height <= 200.0);
        }
        // Labels far apart stay at their anchors.
        let apart = place(
            &[(100.0, 20.0), (100.0, 150.0)],
            &[50.0, 50.0],
            12.0,
            (300.0, 200.0),
        );
        assert_eq!(
            apart[0],
            LabelBox {
                x: 50.0,
                y: 8.0,
                width: 50.0,
                height: 12.0
            }
        );
        assert_eq!(apart[1].y, 138.0);
        // At the foot of the area the stack moves up.
        let low = place(
            &[(100.0, 199.0), (100.0, 199.0)],
            &[50.0, 50.0],
            12.0,
            (300.0, 200.0),
        );
        assert!(low.iter().all(|b| b.y + b.height <= 200.0));
        assert!(!low[0].overlaps(&low[1]));
    }
}
