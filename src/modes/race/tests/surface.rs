//! Surfaces against independent answers: analytic gradients against central differences,
//! minima that are flat, lowest and curved upwards, and the pixel mapping of the domain.

use super::super::*;

/// Step of the central differences, as a fraction of the domain's side.
const H: f64 = 1e-6;
/// Largest relative error between the analytic and the numerical gradient.
const GRADIENT_TOLERANCE: f64 = 1e-6;
/// Gradients smaller than this are compared absolutely.
const ABS_FLOOR: f64 = 1e-3;
/// How flat a listed minimum must be (Himmelblau's are given to 6 decimals).
const FLAT: f64 = 1e-4;

/// An n × n grid of points over the domain, edges included.
fn grid(s: Surface, n: usize) -> Vec<(f64, f64)> {
    let d = s.domain();
    let at = |k: usize, lo: f64, hi: f64| lo + (hi - lo) * k as f64 / (n - 1) as f64;
    (0..n * n)
        .map(|k| (at(k % n, d.x_min, d.x_max), at(k / n, d.y_min, d.y_max)))
        .collect()
}

#[test]
fn every_gradient_matches_central_differences_over_the_whole_domain() {
    for s in Surface::ALL {
        let h = H * s.domain().side();
        for (x, y) in grid(s, 23) {
            let numeric = [
                (s.value(x + h, y) - s.value(x - h, y)) / (2.0 * h),
                (s.value(x, y + h) - s.value(x, y - h)) / (2.0 * h),
            ];
            let analytic = s.gradient(x, y);
            for k in 0..2 {
                let (a, n) = (analytic[k], numeric[k]);
                let err = (a - n).abs() / a.abs().max(n.abs()).max(ABS_FLOOR);
                assert!(err < GRADIENT_TOLERANCE, "{s:?} at ({x}, {y}): {a} vs {n}");
            }
        }
    }
}

#[test]
fn every_listed_minimum_is_flat_curved_upwards_and_lowest_on_the_map() {
    for s in Surface::ALL {
        for &(x, y) in s.minima() {
            let g = s.gradient(x, y);
            assert!(g[0].hypot(g[1]) < FLAT, "{s:?} slope at ({x}, {y}): {g:?}");
            assert!((s.value(x, y) - s.min_value()).abs() < FLAT);
            assert!(
                smallest_eigenvalue(s.hessian(x, y)) > 0.0,
                "{s:?} ({x}, {y})"
            );
            assert!(s.domain().contains(x, y));
        }
        let lowest = grid(s, 201)
            .into_iter()
            .map(|(x, y)| s.value(x, y))
            .fold(f64::INFINITY, f64::min);
        assert!(lowest >= s.min_value() - FLAT, "{s:?} dips to {lowest}");
    }
}

#[test]
fn the_saddle_is_a_saddle_at_the_origin_and_bounded_below() {
    let s = Surface::Saddle;
    assert_eq!(s.gradient(0.0, 0.0), [0.0, 0.0]);
    // f_xx = 2 and f_yy = −2 from f = x² − y² + y⁴/4.
    let [fxx, fxy, fyy] = s.hessian(0.0, 0.0);
    assert!((fxx - 2.0).abs() < 1e-6 && fxy.abs() < 1e-6 && (fyy + 2.0).abs() < 1e-6);
    // Far beyond the map the quartic wins: f(0, y) = y²(y²/4 − 1) ≥ −1.
    for y in [3.0, 10.0, 100.0] {
        assert!(s.value(0.0, y) > 0.0);
    }
}

#[test]
fn the_bowl_has_curvatures_one_and_ten() {
    let [fxx, fxy, fyy] = Surface::Bowl.hessian(0.7, -0.3);
    assert!((fxx - 1.0).abs() < 1e-6 && fxy.abs() < 1e-6 && (fyy - BOWL_STIFF).abs() < 1e-6);
    assert!((smallest_eigenvalue([fxx, fxy, fyy]) - 1.0).abs() < 1e-6);
}

#[test]
fn names_round_trip_and_unknown_names_are_refused() {
    for s in Surface::ALL {
        assert_eq!(Surface::from_name(s.name()), Some(s));
        let (x, y) = s.default_start();
        assert!(s.domain().contains(x, y), "{s:?} starts off the map");
    }
    assert_eq!(Surface::from_name("banana"), None);
    for st in Status::ALL {
        assert_eq!(Status::from_name(st.name()), Some(st));
    }
}

#[test]
fn a_click_maps_back_to_the_point_drawn_there() {
    let d = Surface::Rosenbrock.domain();
    // The top-left corner is (x_min, y_max); the centre of a 200 × 100 image is the centre.
    assert_eq!(d.to_pixel((d.x_min, d.y_max), 200, 100), (0.0, 0.0));
    assert_eq!(d.to_pixel(d.centre(), 200, 100), (100.0, 50.0));
    let p = (0.37, 2.1);
    let back = d.from_pixel(d.to_pixel(p, 321, 123), 321, 123);
    assert!((back.0 - p.0).abs() < 1e-12 && (back.1 - p.1).abs() < 1e-12);
}
