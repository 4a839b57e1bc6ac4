//! One neuron's map ([`Session::neuron_grid`]) agrees with the same map of
//! [`Session::neuron_grids`], hidden and output neurons alike, softmax outputs included.

use super::super::*;
use crate::config::parse;

fn session(query: &str) -> Session<f64> {
    let (c, issues) = parse(query);
    assert!(issues.is_empty(), "{issues:?}");
    Session::new(c)
}

/// Checks every neuron of `s` at `res` against the all-neurons pass.
fn every_map_agrees(s: &mut Session<f64>, res: usize) {
    let all = s.neuron_grids(res);
    let sizes = s.network().sizes().to_vec();
    let cells = res * res;
    let mut first = 0;
    let mut one = Vec::new();
    for (layer, &n) in sizes.iter().enumerate().skip(1) {
        for o in 0..n {
            assert!(s.neuron_grid(layer, o, res, &mut one));
            assert_eq!(one.len(), cells);
            assert_eq!(
                one[..],
                all[(first + o) * cells..(first + o + 1) * cells],
                "layer {layer} neuron {o}"
            );
        }
        first += n;
    }
}

#[test]
fn one_neurons_map_equals_its_map_among_all_neurons() {
    let mut s = session("hidden=3,2&act=relu");
    s.train_steps(40);
    every_map_agrees(&mut s, 7);
}

#[test]
fn softmax_output_maps_are_class_probabilities_as_among_all_neurons() {
    let mut s = session("data=spiral&classes=3&hidden=4");
    s.train_steps(40);
    every_map_agrees(&mut s, 5);
}

#[test]
fn a_neuron_that_does_not_exist_gives_no_map() {
    let mut s = session("hidden=3");
    let mut out = vec![7.0];
    assert!(!s.neuron_grid(0, 0, 4, &mut out));
    assert!(!s.neuron_grid(1, 3, 4, &mut out));
    assert!(!s.neuron_grid(3, 0, 4, &mut out));
    assert_eq!(out, vec![7.0]);
}
