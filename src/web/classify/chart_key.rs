//! What a chart's picture depends on (so that it is redrawn only when that changed), and
//! which sample lies under the pointer.

use super::chart::{Kind, Options};
use crate::engine::history::{History, Sample};
use crate::formats::hash::Fnv1a;
use crate::modes::classify::session::Session;
use web_sys::HtmlCanvasElement;

/// The keys of `kind`'s picture for `session` on `canvas` with `options`: (everything, the
/// view alone: size, scale, hover, task, past runs). Equal keys give equal pictures.
pub fn key(kind: Kind, canvas: &HtmlCanvasElement, s: &Session<f32>, o: &Options) -> (u64, u64) {
    let mut view = Fnv1a::new();
    view.words(&[
        kind as u64,
        canvas.width() as u64,
        canvas.height() as u64,
        o.log as u64,
    ]);
    view.words(&[
        o.hover.map_or(u64::MAX, f64::to_bits),
        o.regression as u64,
        o.ghosts.len() as u64,
        o.style.key(),
    ]);
    // The past runs' labels change with the settings and the language.
    o.ghosts.iter().for_each(|(_, label)| {
        view.bytes(label.as_bytes());
    });
    let mut all = view;
    let mut history = |hist: &History| {
        let last = hist.last().map_or([0; 3], |l| {
            [l.epoch.to_bits(), l.train.to_bits(), l.test.to_bits()]
        });
        all.words(&[hist.len() as u64, last[0], last[1], last[2]]);
    };
    history(s.history());
    if kind == Kind::Loss {
        s.ghosts().iter().for_each(|g| history(&g.history));
    }
    (all.finish(), view.finish())
}

/// The sample of `history` nearest to `epoch`.
pub fn nearest(history: &History, epoch: f64) -> Option<Sample> {
    (history.samples().iter())
        .min_by(|a, b| (a.epoch - epoch).abs().total_cmp(&(b.epoch - epoch).abs()))
        .copied()
}
