//! Tests of the point layer: points land where they lie, in their class colour, with their
//! ring.

mod views;

use super::*;
use crate::drawing::colour::{CATEGORICAL, CLASSIC};

#[test]
fn class_points_are_drawn_in_their_class_colour() {
    let layer = PointLayer {
        width: 120,
        height: 120,
        radius: 4.0,
    };
    let mut px = vec![0u8; 120 * 120 * 4];
    let p = Point {
        x: -3.0,
        y: 3.0,
        label: 3.0,
    };
    layer.draw_classes(&[p], true, &CATEGORICAL, &mut px);
    let at = |x: usize, y: usize| &px[4 * (y * 120 + x)..4 * (y * 120 + x) + 4];
    assert_eq!(at(30, 30), &CATEGORICAL[3]);
    assert_eq!(at(33, 30), &TEST_RING);
}

#[test]
fn a_point_is_drawn_where_it_lies_with_its_ring() {
    let layer = PointLayer {
        width: 120,
        height: 120,
        radius: 4.0,
    };
    let mut px = vec![0u8; 120 * 120 * 4];
    let p = Point {
        x: 3.0,
        y: 3.0,
        label: 1.0,
    };
    layer.draw(&[p], false, &CLASSIC, &mut px);
    // (3, 3) is at pixel (90, 30); its centre is filled, 3.5 px away is the ring.
    let at = |x: usize, y: usize| &px[4 * (y * 120 + x)..4 * (y * 120 + x) + 4];
    assert_eq!(at(90, 30), &CLASSIC.positive);
    assert_eq!(at(93, 30), &TRAIN_RING);
    assert_eq!(at(10, 10), &[0, 0, 0, 0]);
}
