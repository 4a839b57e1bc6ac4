//! What the network computes over the input plane, for drawing: the output over a grid, every
//! neuron's map in one pass, and a hidden layer's view of the data and of the plane's grid
//! lines ("hidden space"). Numbers only; colours are `render`'s.

use super::Session;
use super::dataset::{self, DOMAIN};
use crate::engine::float::Float;
use crate::engine::nn::head::Head;
use crate::engine::nn::mlp::PREDICT_BLOCK;
use crate::engine::nn::softmax::shifted_sum;

/// Most grid lines per direction [`Session::hidden_space`] draws.
pub const MAX_SPACE_LINES: usize = 64;
/// Most samples along one grid line.
pub const MAX_SPACE_SAMPLES: usize = 512;

/// A hidden layer's view: where two of its neurons put the data points and the input plane's
/// grid lines. Coordinates are the two neurons' activations, (a, b) pairs.
#[derive(Clone, Debug, PartialEq)]
pub struct HiddenSpace<F> {
    /// (a, b) per point, flat: the training points first, then the test points.
    pub points: Vec<F>,
    /// How many of `points`' pairs are training points.
    pub train_count: usize,
    /// Polylines, flat: `lines` horizontal lines of the plane (top to bottom) then `lines`
    /// vertical ones (left to right), each `samples` (a, b) pairs along its length.
    pub grid: Vec<F>,
    /// Lines per direction.
    pub lines: usize,
    /// Samples per line.
    pub samples: usize,
}

impl<F: Float> Session<F> {
    /// Network outputs over a `resolution` × `resolution` grid covering [−6, 6]², row-major
    /// in image order (first row at y = +6, x from −6 to +6), written into `out`. With
    /// several outputs (softmax), only the first output's logit: see [`Session::output_grid`].
    pub fn decision_grid(&mut self, resolution: usize, out: &mut Vec<F>) {
        self.prepare_grid(resolution);
        out.resize(resolution * resolution, F::ZERO);
        self.net.predict(&mut self.ws, &self.grid.inputs, out);
    }

    /// Every output over the grid of [`Session::decision_grid`], cell-major (the outputs of a
    /// cell side by side): the single output, or for softmax the k class probabilities.
    pub fn output_grid(&mut self, resolution: usize, out: &mut Vec<F>) {
        self.prepare_grid(resolution);
        let k = self.head().outputs();
        out.resize(resolution * resolution * k, F::ZERO);
        self.net.predict_rows(&mut self.ws, &self.grid.inputs, out);
        if k > 1 {
            out.chunks_exact_mut(k).for_each(to_probabilities);
        }
    }

    /// Every hidden and output neuron's activation over the `resolution`² grid (image order as
    /// [`Session::decision_grid`]), neuron after neuron: layer 1's neurons, then layer 2's, …,
    /// then the outputs (class probabilities for softmax). Length: neurons × resolution². One
    /// forward pass per block of grid cells, not one per neuron.
    pub fn neuron_grids(&mut self, resolution: usize) -> Vec<F> {
        self.prepare_grid(resolution);
        let cells = resolution * resolution;
        let sizes = self.net.sizes().to_vec();
        let neurons: usize = sizes[1..].iter().sum();
        let mut out = vec![F::ZERO; neurons * cells];
        let (n_in, softmax) = (sizes[0], matches!(self.head(), Head::Softmax(_)));
        let mut start = 0;
        while start < cells {
            let rows = PREDICT_BLOCK.min(cells - start);
            let xs = &self.grid.inputs[start * n_in..(start + rows) * n_in];
            self.net.forward(&mut self.ws, xs, rows);
            let mut first = 0;
            for (l, &n) in sizes.iter().enumerate().skip(1) {
                for o in 0..n {
                    let map = &mut out[(first + o) * cells + start..][..rows];
                    map.iter_mut()
                        .enumerate()
                        .for_each(|(r, v)| *v = self.ws.activation(l, o, r));
                }
                first += n;
            }
            if softmax {
                let first_output = neurons - sizes[sizes.len() - 1];
                block_probabilities(&mut out[first_output * cells..], cells, start, rows);
            }
            start += rows;
        }
        out
    }

    /// One neuron's activation over the `resolution`² grid (image order as
    /// [`Session::decision_grid`]) into `out`: neuron `o` of network layer `layer` (1 = the
    /// first hidden layer, the last = the outputs, as class probabilities for softmax). The
    /// values of the matching map of [`Session::neuron_grids`], for the cost of one forward
    /// pass and one map. `false`, writing nothing, when there is no such neuron.
    pub fn neuron_grid(
        &mut self,
        layer: usize,
        o: usize,
        resolution: usize,
        out: &mut Vec<F>,
    ) -> bool {
        let sizes = self.net.sizes().to_vec();
        if layer == 0 || layer >= sizes.len() || o >= sizes[layer] {
            return false;
        }
        self.prepare_grid(resolution);
        let cells = resolution * resolution;
        out.resize(cells, F::ZERO);
        let softmax = layer + 1 == sizes.len() && matches!(self.head(), Head::Softmax(_));
        let mut z = vec![F::ZERO; sizes[layer]];
        let mut start = 0;
        while start < cells {
            let rows = PREDICT_BLOCK.min(cells - start);
            let xs = &self.grid.inputs[start * sizes[0]..(start + rows) * sizes[0]];
            self.net.forward(&mut self.ws, xs, rows);
            for (r, v) in out[start..start + rows].iter_mut().enumerate() {
                *v = if softmax {
                    z.iter_mut()
                        .enumerate()
                        .for_each(|(j, zj)| *zj = self.ws.activation(layer, j, r));
                    to_probabilities(&mut z);
                    z[o]
                } else {
                    self.ws.activation(layer, o, r)
                };
            }
            start += rows;
        }
        true
    }

    /// Hidden layer `layer` (0 = the first hidden layer) seen through its neurons `a` and `b`:
    /// the data points, and `lines` × 2 grid lines of the plane sampled `samples` times each
    /// (both clamped to 2…[`MAX_SPACE_LINES`] and 2…[`MAX_SPACE_SAMPLES`]). `None` when the
    /// layer or a neuron does not exist.
    pub fn hidden_space(
        &mut self,
        layer: usize,
        a: usize,
        b: usize,
        lines: usize,
        samples: usize,
    ) -> Option<HiddenSpace<F>> {
        let width = *self.config.hidden.get(layer)?;
        if a >= width || b >= width {
            return None;
        }
        let lines = lines.clamp(2, MAX_SPACE_LINES);
        let samples = samples.clamp(2, MAX_SPACE_SAMPLES);
        let grid_xs = dataset::expand_positions(&self.config.features, &grid_lines(lines, samples));
        let mut points = Vec::with_capacity(2 * (self.train.len() + self.test.len()));
        // The sets are lent out while the network runs on them (no copy of the inputs).
        let (train, test) = (
            core::mem::take(&mut self.train),
            core::mem::take(&mut self.test),
        );
        self.project(&train.xs, layer + 1, (a, b), &mut points);
        self.project(&test.xs, layer + 1, (a, b), &mut points);
        (self.train, self.test) = (train, test);
        let mut grid = Vec::with_capacity(4 * lines * samples);
        self.project(&grid_xs, layer + 1, (a, b), &mut grid);
        Some(HiddenSpace {
            points,
            train_count: self.train.len(),
            grid,
            lines,
            samples,
        })
    }

    /// Appends, for every row of `xs`, the activations of neurons `pair` of layer `l`.
    fn project(&mut self, xs: &[F], l: usize, (a, b): (usize, usize), out: &mut Vec<F>) {
        let n_in = self.net.sizes()[0];
        let n = xs.len() / n_in.max(1);
        let mut start = 0;
        while start < n {
            let rows = PREDICT_BLOCK.min(n - start);
            self.net
                .forward(&mut self.ws, &xs[start * n_in..(start + rows) * n_in], rows);
            for r in 0..rows {
                out.push(self.ws.activation(l, a, r));
                out.push(self.ws.activation(l, b, r));
            }
            start += rows;
        }
    }

    /// Makes the grid cache hold the feature-expanded inputs of a `resolution`² grid.
    fn prepare_grid(&mut self, resolution: usize) {
        let features = self.config.features;
        let g = &mut self.grid;
        if g.features != Some(features) || g.resolution != resolution {
            g.inputs = dataset::grid_inputs(&features, resolution);
            g.features = Some(features);
            g.resolution = resolution;
        }
    }
}

/// Positions along the plane's grid lines: `lines` horizontal lines from y = +6 down to −6,
/// then `lines` vertical ones from x = −6 to +6, each sampled `samples` times end to end.
fn grid_lines(lines: usize, samples: usize) -> Vec<(f64, f64)> {
    let at = |i: usize, n: usize| -DOMAIN + 2.0 * DOMAIN * i as f64 / (n - 1) as f64;
    let mut out = Vec::with_capacity(2 * lines * samples);
    for line in 0..lines {
        let y = -at(line, lines);
        out.extend((0..samples).map(|s| (at(s, samples), y)));
    }
    for line in 0..lines {
        let x = at(line, lines);
        out.extend((0..samples).map(|s| (x, -at(s, samples))));
    }
    out
}

/// Softmax of one cell's logits, in place.
fn to_probabilities<F: Float>(z: &mut [F]) {
    let (m, s) = shifted_sum(z.len(), |o| z[o]);
    z.iter_mut().for_each(|v| *v = (*v - m).exp() / s);
}

/// Turns the output maps' logits into probabilities for cells `start..start + rows`.
/// `maps` holds the k output maps, `cells` values each.
fn block_probabilities<F: Float>(maps: &mut [F], cells: usize, start: usize, rows: usize) {
    let k = maps.len() / cells;
    let mut z = vec![F::ZERO; k];
    for r in start..start + rows {
        z.iter_mut()
            .enumerate()
            .for_each(|(o, v)| *v = maps[o * cells + r]);
        to_probabilities(&mut z);
        z.iter()
            .enumerate()
            .for_each(|(o, v)| maps[o * cells + r] = *v);
    }
}
