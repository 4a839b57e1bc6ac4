//! The fitting modes' handles, [`CurvePlayground`] and [`ImagePlayground`], and the curve's
//! plot (their loss chart and past runs are `web/loss_chart.rs`).

mod chart;
mod curve;
mod image;

pub use curve::CurvePlayground;
pub use image::ImagePlayground;

/// Whether `values` are all the same (to within rounding) while `targets` are not: a network
/// whose answer does not depend on its input (every ReLU silent after a too-large step), whose
/// loss stays flat however long it trains. Each side is read once.
fn is_flat(values: impl Iterator<Item = f64>, targets: impl Iterator<Item = f64>) -> bool {
    spread(values) <= 1e-6 && spread(targets) > 1e-3
}

/// Largest minus smallest of `values` (−∞ when there are none).
fn spread(values: impl Iterator<Item = f64>) -> f64 {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
        (lo.min(x), hi.max(x))
    });
    hi - lo
}
