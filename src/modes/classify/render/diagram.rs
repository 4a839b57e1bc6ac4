//! The network diagram's geometry: where the input features, the neurons and their bias
//! squares sit on a canvas, the curve of every link, and what lies under a pointer. Columns:
//! the seven features, then each hidden layer, then the outputs. Pixels, y down; no drawing.

use crate::modes::classify::data::{Feature, Features};

/// Rows of the input column: every feature has a place, switched on or not.
pub const INPUT_ROWS: usize = Feature::ALL.len();
/// Straight pieces a link's curve is drawn and hit-tested with.
pub const LINK_SEGMENTS: usize = 12;
/// Largest node side, as a share of the smaller of a column's width and a row's height.
const NODE_SHARE: f64 = 0.6;
/// Where the input nodes sit across their column (the feature names go on their left).
const INPUT_X: f64 = 0.72;
/// Extra pixels around a link, node or bias square that still count as a hit.
const HIT_SLACK: f64 = 3.0;
/// Smallest share of the width the input column takes: its feature names need room
/// whatever the number of layers.
const INPUT_MIN_SHARE: f64 = 0.2;
/// Smallest share of the width the output column takes (its heading).
const OUTPUT_MIN_SHARE: f64 = 0.13;

/// The widths of the diagram's `columns` columns (inputs, each hidden layer, outputs) as
/// shares of its width, summing to 1: equal, except that the input and output columns never
/// go below their minimum shares (the hidden layers then share what is left).
pub fn column_shares(columns: usize) -> Vec<f64> {
    let columns = columns.max(2);
    let equal = 1.0 / columns as f64;
    let (input, output) = (equal.max(INPUT_MIN_SHARE), equal.max(OUTPUT_MIN_SHARE));
    let hidden = columns - 2;
    if hidden == 0 {
        let sum = input + output;
        return vec![input / sum, output / sum];
    }
    let middle = (1.0 - input - output) / hidden as f64;
    let mut shares = vec![input];
    shares.extend(std::iter::repeat_n(middle, hidden));
    shares.push(output);
    shares
}

/// A node: centre and side, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node {
    /// Centre, x.
    pub x: f64,
    /// Centre, y.
    pub y: f64,
    /// Side of the square.
    pub size: f64,
}

impl Node {
    /// Top-left corner.
    pub fn corner(&self) -> (f64, f64) {
        (self.x - self.size / 2.0, self.y - self.size / 2.0)
    }

    /// Whether (x, y) lies on the node (with `slack` pixels around it).
    pub fn contains(&self, x: f64, y: f64, slack: f64) -> bool {
        let r = self.size / 2.0 + slack;
        (x - self.x).abs() <= r && (y - self.y).abs() <= r
    }
}

/// What a pointer can be on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An input feature, by its index in [`Feature::ALL`].
    Input(usize),
    /// Neuron `index` of weight layer `layer`'s outputs (a hidden neuron, or an output).
    Neuron {
        /// Weight layer (0 = the one fed by the inputs).
        layer: usize,
        /// Neuron within the layer.
        index: usize,
    },
    /// The bias of that neuron.
    Bias {
        /// Weight layer.
        layer: usize,
        /// Neuron within the layer.
        index: usize,
    },
    /// The weight of weight layer `layer` from its input `from` to its output `to`.
    Link {
        /// Weight layer.
        layer: usize,
        /// Input of the layer (for layer 0, the index among the active features).
        from: usize,
        /// Output of the layer.
        to: usize,
    },
}

/// Where everything sits for one canvas size, feature set and network shape.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagram {
    /// Canvas width in pixels.
    pub width: f64,
    /// Canvas height in pixels.
    pub height: f64,
    /// One node per feature, in [`Feature::ALL`] order.
    pub inputs: Vec<Node>,
    /// The features feeding the network, as indices into `inputs`, in input order.
    pub active: Vec<usize>,
    /// `layers[l]`: the neurons weight layer l feeds (hidden layers, then the outputs).
    pub layers: Vec<Vec<Node>>,
    /// Side of a bias square.
    pub bias_size: f64,
}

impl Diagram {
    /// The layout of a network with layer `sizes` (`[inputs, hidden…, outputs]`, inputs equal
    /// to the number of `features`) on a `width` × `height` canvas.
    pub fn new(width: f64, height: f64, features: Features, sizes: &[usize]) -> Self {
        let shares = column_shares(sizes.len());
        // Left edge and width of each column, in pixels.
        let mut left = 0.0;
        let cols: Vec<(f64, f64)> = (shares.iter())
            .map(|s| {
                let c = (left, s * width);
                left += s * width;
                c
            })
            .collect();
        let in_w = cols[0].1;
        let col_w = cols[1..].iter().map(|c| c.1).fold(f64::INFINITY, f64::min);
        let row_in = height / INPUT_ROWS as f64;
        let input_size = (row_in.min(in_w) * NODE_SHARE).max(1.0);
        let inputs = (0..INPUT_ROWS)
            .map(|r| Node {
                x: in_w * INPUT_X,
                y: (r as f64 + 0.5) * row_in,
                size: input_size,
            })
            .collect();
        let rows = sizes[1..]
            .iter()
            .copied()
            .max()
            .unwrap_or(1)
            .max(INPUT_ROWS);
        let spacing = height / rows as f64;
        let size = (spacing.min(col_w) * NODE_SHARE).min(input_size).max(1.0);
        let layers = (sizes[1..].iter().enumerate())
            .map(|(c, &n)| {
                let (l, w) = cols[c + 1];
                let x = l + w / 2.0;
                let y = |r: usize| (r as f64 + 0.5) * spacing;
                (0..n).map(|r| Node { x, y: y(r), size }).collect()
            })
            .collect();
        let active = (Feature::ALL.iter().enumerate())
            .filter(|(_, f)| features.contains(**f))
            .map(|(i, _)| i)
            .collect();
        Diagram {
            width,
            height,
            inputs,
            active,
            layers,
            bias_size: (size * 0.32).max(4.0),
        }
    }

    /// The node of input `from` of weight layer `layer`.
    pub fn source(&self, layer: usize, from: usize) -> Node {
        if layer == 0 {
            self.inputs[self.active[from]]
        } else {
            self.layers[layer - 1][from]
        }
    }

    /// How many inputs weight layer `layer` has.
    pub fn source_count(&self, layer: usize) -> usize {
        if layer == 0 {
            self.active.len()
        } else {
            self.layers[layer - 1].len()
        }
    }

    /// The x range holding every link of weight layer `layer` (from its source column's
    /// centre to its target column's centre; nothing else of the links lies there).
    pub fn band(&self, layer: usize) -> (f64, f64) {
        (self.source(layer, 0).x, self.layers[layer][0].x)
    }

    /// The centre of the bias square of a neuron.
    pub fn bias_centre(&self, node: &Node) -> (f64, f64) {
        (node.x - node.size / 2.0, node.y + node.size / 2.0)
    }

    /// The points of a link's curve, from the source's right edge to the target's left
    /// edge: a cubic Bézier whose control points sit halfway across (TF Playground's shape).
    pub fn link_path(
        &self,
        layer: usize,
        from: usize,
        to: usize,
    ) -> [(f64, f64); LINK_SEGMENTS + 1] {
        let (a, b) = (self.source(layer, from), self.layers[layer][to]);
        let (x0, y0, x1, y1) = (a.x + a.size / 2.0, a.y, b.x - b.size / 2.0, b.y);
        let mid = (x0 + x1) / 2.0;
        let mut out = [(0.0, 0.0); LINK_SEGMENTS + 1];
        for (k, p) in out.iter_mut().enumerate() {
            let t = k as f64 / LINK_SEGMENTS as f64;
            let (u, v) = (1.0 - t, t);
            let x = u * u * u * x0 + 3.0 * u * u * v * mid + 3.0 * u * v * v * mid + v * v * v * x1;
            let y = (u * u * u + 3.0 * u * u * v) * y0 + (3.0 * u * v * v + v * v * v) * y1;
            *p = (x, y);
        }
        out
    }

    /// What lies at (x, y): a bias square first, then a node, then the nearest link within
    /// its half width (`width(layer, from, to)`, pixels) plus a little slack.
    pub fn hit(
        &self,
        x: f64,
        y: f64,
        width: impl Fn(usize, usize, usize) -> f64,
    ) -> Option<Target> {
        self.hit_node(x, y).or_else(|| self.hit_link(x, y, width))
    }

    fn hit_node(&self, x: f64, y: f64) -> Option<Target> {
        for (layer, nodes) in self.layers.iter().enumerate() {
            for (index, n) in nodes.iter().enumerate() {
                let (bx, by) = self.bias_centre(n);
                let half = self.bias_size / 2.0 + HIT_SLACK / 2.0;
                if (x - bx).abs() <= half && (y - by).abs() <= half {
                    return Some(Target::Bias { layer, index });
                }
                if n.contains(x, y, 0.0) {
                    return Some(Target::Neuron { layer, index });
                }
            }
        }
        (self.inputs.iter())
            .position(|n| n.contains(x, y, HIT_SLACK))
            .map(Target::Input)
    }

    fn hit_link(
        &self,
        x: f64,
        y: f64,
        width: impl Fn(usize, usize, usize) -> f64,
    ) -> Option<Target> {
        let mut best: Option<(f64, Target)> = None;
        for layer in 0..self.layers.len() {
            let (x0, x1) = self.band(layer);
            if x < x0 || x > x1 {
                continue;
            }
            for from in 0..self.source_count(layer) {
                for to in 0..self.layers[layer].len() {
                    let d = polyline_distance(&self.link_path(layer, from, to), (x, y));
                    let reach = width(layer, from, to) / 2.0 + HIT_SLACK;
                    if d <= reach && best.is_none_or(|(b, _)| d < b) {
                        best = Some((d, Target::Link { layer, from, to }));
                    }
                }
            }
        }
        best.map(|(_, t)| t)
    }
}

/// Distance from `p` to the polyline through `points`.
pub fn polyline_distance(points: &[(f64, f64)], p: (f64, f64)) -> f64 {
    (points.windows(2))
        .map(|s| segment_distance(s[0], s[1], p))
        .fold(f64::INFINITY, f64::min)
}

fn segment_distance(a: (f64, f64), b: (f64, f64), p: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}
