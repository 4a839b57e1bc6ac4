//! Drawing the network diagram: the links (width and colour by weight) one layer's band at a
//! time into a links layer, then over a copy of it the nodes with their maps as thumbnails,
//! the bias squares and a highlight of what the pointer is on. Pixels only; the geometry is
//! [`super::diagram`]'s.

use super::diagram::{Diagram, Node, Target};
use crate::drawing::colour::{Palette, Rgba};
use crate::drawing::raster::{Raster, fade};

/// Background of the diagram.
pub const BACKGROUND: Rgba = [0xff, 0xff, 0xff, 0xff];
/// Outline of nodes and bias squares.
const OUTLINE: Rgba = [0x8c, 0x95, 0x9f, 0xff];
/// Outline of what the pointer is on.
const HIGHLIGHT: Rgba = [0x1f, 0x23, 0x28, 0xff];
/// Node side at which links have their nominal width (they scale with the nodes).
const NOMINAL_NODE: f64 = 36.0;
/// A switched-off input is drawn this much faded towards the background.
const FADED: f32 = 0.7;

/// The width in pixels of a link of weight `w` between nodes of side `node`: TF Playground's
/// rule (1 px at 0, about 2 px more per unit of |w|), capped, scaled with the nodes.
pub fn link_width(w: f64, node: f64) -> f64 {
    let scale = (node / NOMINAL_NODE).clamp(0.3, 1.5);
    let w = if w.is_finite() { w.abs() } else { 0.0 };
    (0.6 + 1.8 * w).min(8.0) * scale
}

/// Links' grey near 0: darker than the maps' neutral, so that a weak link still shows on the
/// white background.
const LINK_NEUTRAL: Rgba = [0xc4, 0xc9, 0xce, 0xff];

/// The colour of a link of weight `w` in `palette`: its negative end (orange) for negative,
/// its positive end (blue) for positive, grey near 0.
pub fn link_colour(w: f64, palette: &Palette) -> Rgba {
    let links = Palette {
        neutral: LINK_NEUTRAL,
        ..*palette
    };
    links.colour(w)
}

/// Redraws the links of weight layer `layer` in their band of `links` (cleared first), with
/// widths and colours from `weight(layer, from, to)`.
pub fn draw_band(
    links: &mut Raster,
    (d, palette): (&Diagram, &Palette),
    layer: usize,
    weight: &dyn Fn(usize, usize, usize) -> f64,
) {
    let (x0, x1) = d.band(layer);
    links.fill_rect(x0, 0.0, x1, d.height, BACKGROUND);
    let node = d.layers[layer][0].size;
    for from in 0..d.source_count(layer) {
        for to in 0..d.layers[layer].len() {
            let w = weight(layer, from, to);
            let path = d.link_path(layer, from, to);
            links.polyline(&path, link_width(w, node), link_colour(w, palette));
        }
    }
}

/// Draws a node's map (`res` × `res` cell colours) in its square with an outline.
pub fn draw_node(out: &mut Raster, node: &Node, cells: &[Rgba], res: usize) {
    let (x0, y0) = node.corner();
    out.blit_cells((x0, y0), node.size, cells, res);
    out.stroke_rect(x0, y0, x0 + node.size, y0 + node.size, 1.0, OUTLINE);
}

/// The cell colours of a switched-off input: faded towards the background.
pub fn faded(cells: &[Rgba]) -> Vec<Rgba> {
    cells.iter().map(|&c| fade(c, BACKGROUND, FADED)).collect()
}

/// Draws the bias square of `node` filled with the colour of `bias`.
pub fn draw_bias(out: &mut Raster, (d, palette): (&Diagram, &Palette), node: &Node, bias: f64) {
    let (cx, cy) = d.bias_centre(node);
    let h = d.bias_size / 2.0;
    out.fill_rect(cx - h, cy - h, cx + h, cy + h, link_colour(bias, palette));
    out.stroke_rect(cx - h, cy - h, cx + h, cy + h, 1.0, HIGHLIGHT);
}

/// Outlines what the pointer is on: a node or bias square gets a dark frame, a link is
/// drawn again over a dark casing.
pub fn highlight(
    out: &mut Raster,
    (d, palette): (&Diagram, &Palette),
    target: Target,
    weight: f64,
) {
    let frame = |out: &mut Raster, (cx, cy): (f64, f64), side: f64| {
        let h = side / 2.0 + 1.5;
        out.stroke_rect(cx - h, cy - h, cx + h, cy + h, 2.0, HIGHLIGHT);
    };
    match target {
        Target::Input(i) => frame(out, (d.inputs[i].x, d.inputs[i].y), d.inputs[i].size),
        Target::Neuron { layer, index } => {
            let n = d.layers[layer][index];
            frame(out, (n.x, n.y), n.size);
        }
        Target::Bias { layer, index } => {
            frame(out, d.bias_centre(&d.layers[layer][index]), d.bias_size)
        }
        Target::Link { layer, from, to } => {
            let path = d.link_path(layer, from, to);
            let w = link_width(weight, d.layers[layer][0].size).max(1.0);
            out.polyline(&path, w + 3.0, HIGHLIGHT);
            out.polyline(&path, w, link_colour(weight, palette));
        }
    }
}
