//! The network diagram on its canvas: every neuron's map as a live thumbnail, links by
//! weight, bias squares, and a highlight of what the pointer is on. Links are redrawn one
//! layer's band at a time within a per-frame budget (all of them each frame on a small
//! network; a few bands a frame, round-robin, on a large one); thumbnails take an adaptive
//! resolution. Geometry and pixels are `render`'s; this file decides what to redraw.

use super::output::work_per_cell;
use crate::drawing::colour::{Palette, Rgba};
use crate::drawing::palettes::Scheme;
use crate::drawing::raster::Raster;
use crate::modes::classify::data::{Feature, Features};
use crate::modes::classify::render::detail::Detail;
use crate::modes::classify::render::diagram::{Diagram, Target};
use crate::modes::classify::render::maps::MapStyle;
use crate::modes::classify::render::network::{
    BACKGROUND, draw_band, draw_bias, draw_node, faded, highlight, link_width,
};
use crate::modes::classify::session::Session;
use crate::web::canvas::{now, put_raster};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Thumbnail resolutions, finest first.
static LADDER: [usize; 6] = [32, 24, 20, 16, 12, 8];
/// Time the thumbnails of one refresh may take, in ms.
const THUMB_BUDGET_MS: f64 = 1.5;
/// Time the links may take in one frame, in ms (at least one band is always drawn).
const LINK_BUDGET_MS: f64 = 2.0;
/// Resolution of the input features' (static) thumbnails.
const INPUT_RES: usize = 24;
/// Work units (multiply-adds) a thumbnail cell costs per neuron besides the forward pass
/// (its colour and its share of the blit).
const NEURON_CELL_OVERHEAD: f64 = 12.0;
/// Smallest canvas side worth drawing on.
const MIN_SIDE: u32 = 20;

/// What the layout depends on: canvas size, features and layer sizes.
type LayoutKey = (u32, u32, Features, Vec<usize>);

/// The diagram's layout, layers and what was last drawn.
pub struct NetworkView {
    /// The layout for the current canvas and network (none before the first draw).
    pub diagram: Option<Diagram>,
    layout: Option<LayoutKey>,
    links: Raster,
    out: Raster,
    band_versions: Vec<Option<u64>>,
    next_band: usize,
    cells: Vec<Rgba>,
    input_cells: Vec<Rgba>,
    input_faded: Vec<Rgba>,
    thumbs_version: Option<u64>,
    thumb_res: usize,
    detail: Detail,
    table: [Rgba; 256],
    scheme: Scheme,
    drawn: Option<(u64, Option<Target>)>,
    /// How many link bands were redrawn.
    pub band_refreshes: u64,
}

impl Default for NetworkView {
    fn default() -> Self {
        NetworkView {
            diagram: None,
            layout: None,
            links: Raster::default(),
            out: Raster::default(),
            band_versions: Vec::new(),
            next_band: 0,
            cells: Vec::new(),
            input_cells: Vec::new(),
            input_faded: Vec::new(),
            thumbs_version: None,
            thumb_res: LADDER[0],
            detail: Detail::new(&LADDER, THUMB_BUDGET_MS, 2e-7),
            table: Scheme::default().diverging().table(),
            scheme: Scheme::default(),
            drawn: None,
            band_refreshes: 0,
        }
    }
}

impl NetworkView {
    /// Brings the picture up to `version` (the weights' state) and `hover`, redrawing only
    /// what changed; after a divergence the last finite thumbnails and links stay. Returns
    /// whether links are still out of date (the budget ran out: another frame should come).
    pub fn draw(
        &mut self,
        s: &mut Session<f32>,
        canvas: &HtmlCanvasElement,
        version: u64,
        hover: Option<Target>,
    ) -> Result<bool, JsError> {
        let (w, h) = (canvas.width(), canvas.height());
        if w < MIN_SIDE || h < MIN_SIDE {
            return Ok(false);
        }
        // A new layout (a resize, a new network) is drawn whole at once.
        let budget = if self.relayout(s, w, h) {
            f64::INFINITY
        } else {
            LINK_BUDGET_MS
        };
        let stale = |v: &NetworkView| v.band_versions.iter().any(|b| *b != Some(version));
        let finite = s.divergence().is_none();
        if self.drawn == Some((version, hover)) && !(stale(self) && finite) {
            return Ok(false);
        }
        if finite {
            self.refresh_thumbnails(s, version);
            self.refresh_links(s, version, budget);
        }
        self.compose(s, hover);
        put_raster(canvas, &self.out)?;
        self.drawn = Some((version, hover));
        Ok(finite && stale(self))
    }

    /// Draws in the colours of `scheme` from the next frame on (all of it again).
    pub fn set_scheme(&mut self, scheme: Scheme) {
        if scheme != self.scheme {
            self.scheme = scheme;
            self.table = scheme.diverging().table();
            self.layout = None;
        }
    }

    fn palette(&self) -> Palette {
        self.scheme.diverging()
    }

    /// The thumbnails' resolution now.
    pub fn thumbnail_resolution(&self) -> usize {
        self.thumb_res
    }

    /// Lays the diagram out again if the canvas or the network changed; returns whether.
    fn relayout(&mut self, s: &Session<f32>, w: u32, h: u32) -> bool {
        let key = (w, h, s.config().features, s.network().sizes().to_vec());
        if self.layout.as_ref() == Some(&key) {
            return false;
        }
        let d = Diagram::new(w as f64, h as f64, key.2, &key.3);
        self.links.resize(w as usize, h as usize);
        self.links.clear(BACKGROUND);
        self.band_versions = vec![None; d.layers.len()];
        self.next_band = 0;
        self.input_cells = input_cells(&self.table);
        self.input_faded = faded(&self.input_cells);
        self.thumbs_version = None;
        self.drawn = None;
        self.diagram = Some(d);
        self.layout = Some(key);
        true
    }

    fn refresh_thumbnails(&mut self, s: &mut Session<f32>, version: u64) {
        if self.thumbs_version == Some(version) {
            return;
        }
        let sizes = s.network().sizes().to_vec();
        let neurons: usize = sizes[1..].iter().sum();
        let units = work_per_cell(&sizes) + NEURON_CELL_OVERHEAD * neurons as f64;
        let node = self.diagram.as_ref().map_or(1.0, |d| d.layers[0][0].size);
        let res = self.detail.resolution(units, node.ceil() as usize);
        let start = now();
        let maps = s.neuron_grids(res);
        let (head, hidden) = (s.head(), s.network().hidden_activation());
        let cells = res * res;
        self.cells.clear();
        let (mut first, last) = (0, sizes.len() - 1);
        for (l, &n) in sizes.iter().enumerate().skip(1) {
            for o in 0..n {
                let style = if l == last {
                    MapStyle::output(head, o, self.scheme.classes())
                } else {
                    MapStyle::hidden(hidden)
                };
                let map = &maps[(first + o) * cells..(first + o + 1) * cells];
                self.cells
                    .extend(map.iter().map(|v| style.colour(*v as f64, &self.table)));
            }
            first += n;
        }
        self.detail.record(now() - start, cells, units);
        self.thumb_res = res;
        self.thumbs_version = Some(version);
    }

    /// Redraws stale bands, starting after the last one drawn, until `budget` ms are spent.
    fn refresh_links(&mut self, s: &Session<f32>, version: u64, budget: f64) {
        let palette = self.palette();
        let Some(d) = &self.diagram else { return };
        let net = s.network();
        let weight = |l: usize, i: usize, o: usize| net.weight(l, i, o) as f64;
        let start = now();
        let bands = self.band_versions.len();
        for k in 0..bands {
            let band = (self.next_band + k) % bands;
            if self.band_versions[band] == Some(version) {
                continue;
            }
            draw_band(&mut self.links, (d, &palette), band, &weight);
            self.band_versions[band] = Some(version);
            self.band_refreshes += 1;
            self.next_band = (band + 1) % bands;
            if now() - start >= budget {
                break;
            }
        }
    }

    /// The links, then every node with its thumbnail and bias, then the highlight.
    fn compose(&mut self, s: &Session<f32>, hover: Option<Target>) {
        let palette = self.palette();
        let Some(d) = &self.diagram else { return };
        self.out.copy_from(&self.links);
        let features = s.config().features;
        let per = INPUT_RES * INPUT_RES;
        for (i, node) in d.inputs.iter().enumerate() {
            let all = if features.contains(Feature::ALL[i]) {
                &self.input_cells
            } else {
                &self.input_faded
            };
            draw_node(&mut self.out, node, &all[i * per..(i + 1) * per], INPUT_RES);
        }
        let (net, res) = (s.network(), self.thumb_res);
        let mut first = 0;
        for (l, nodes) in d.layers.iter().enumerate() {
            for (o, node) in nodes.iter().enumerate() {
                let at = (first + o) * res * res;
                if let Some(cells) = self.cells.get(at..at + res * res) {
                    draw_node(&mut self.out, node, cells, res);
                }
                draw_bias(&mut self.out, (d, &palette), node, net.bias(l, o) as f64);
            }
            first += nodes.len();
        }
        if let Some(t) = hover {
            let w = match t {
                Target::Link { layer, from, to } => net.weight(layer, from, to) as f64,
                _ => 0.0,
            };
            highlight(&mut self.out, (d, &palette), t, w);
        }
    }

    /// What lies at (fx, fy), fractions of the canvas (0 = left or top).
    pub fn hit(&self, s: &Session<f32>, fx: f64, fy: f64) -> Option<Target> {
        let d = self.diagram.as_ref()?;
        let net = s.network();
        let node = d.layers.first()?.first()?.size;
        let width = |l: usize, i: usize, o: usize| link_width(net.weight(l, i, o) as f64, node);
        d.hit(fx * d.width, fy * d.height, width)
    }
}

/// The seven features' maps over the plane (each scaled by its largest magnitude), as cell
/// colours, feature after feature.
fn input_cells(table: &[Rgba; 256]) -> Vec<Rgba> {
    let mut out = Vec::with_capacity(Feature::ALL.len() * INPUT_RES * INPUT_RES);
    let at = |i: usize| -6.0 + 12.0 * i as f64 / (INPUT_RES - 1) as f64;
    for f in Feature::ALL {
        let values: Vec<f64> = (0..INPUT_RES * INPUT_RES)
            .map(|c| f.value(at(c % INPUT_RES), -at(c / INPUT_RES)))
            .collect();
        let max = values.iter().fold(1e-9f64, |m, v| m.max(v.abs()));
        out.extend(
            values
                .iter()
                .map(|v| MapStyle::Signed.colour(v / max, table)),
        );
    }
    out
}
