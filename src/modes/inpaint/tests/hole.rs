//! The hole: its text form, its pixels, drags and keyboard nudges kept inside the picture.

use super::super::*;

#[test]
fn a_hole_reads_back_and_refuses_what_is_not_inside_the_picture() {
    let hole = Hole::parse("0.25,0.5,0.25,0.125").unwrap();
    assert_eq!(Hole::parse(&hole.write()), Some(hole));
    assert_eq!(Hole::parse(&Hole::CENTRE.write()), Some(Hole::CENTRE));
    for bad in [
        "",
        "0.1,0.1,0.2",
        "0.9,0.1,0.2,0.2",
        "0.1,0.1,0.9,0.2",
        "0.1,0.1,0,0.2",
        "a,b,c,d",
    ] {
        assert_eq!(Hole::parse(bad), None, "{bad}");
    }
}

#[test]
fn the_centre_hole_is_a_quarter_of_the_side_in_the_middle() {
    assert_eq!(Hole::CENTRE.pixels(64), (24, 24, 40, 40));
    assert_eq!(Hole::CENTRE.pixels(48), (18, 18, 30, 30));
    assert!(Hole::CENTRE.contains(24, 39, 64) && !Hole::CENTRE.contains(40, 30, 64));
}

#[test]
fn a_drag_gives_the_hole_it_spans_from_any_corner_and_stays_inside() {
    let hole = Hole::from_pixels((30.2, 20.0), (10.0, 5.5), 48);
    assert_eq!(hole.pixels(48), (10, 5, 31, 20));
    // Dragged past the edge and too small: clamped inside, at least the smallest side.
    let edge = Hole::from_pixels((47.0, 47.0), (47.5, 60.0), 48);
    let (x0, y0, x1, y1) = edge.pixels(48);
    assert!(x1 <= 48 && y1 <= 48 && x1 > x0 && y1 > y0, "{edge:?}");
    assert!(Hole::parse(&edge.write()).is_some(), "{edge:?}");
    // Too large: the largest side.
    let big = Hole::from_pixels((0.0, 0.0), (48.0, 48.0), 48);
    assert_eq!(big.pixels(48), (0, 0, 28, 28));
}

#[test]
fn arrow_keys_move_and_resize_the_hole_within_the_picture() {
    let moved = Hole::CENTRE.nudged((1, -2, 0, 0), 48);
    assert_eq!(moved.pixels(48), (19, 16, 31, 28));
    let grown = Hole::CENTRE.nudged((0, 0, 4, 2), 48);
    assert_eq!(grown.pixels(48), (18, 18, 34, 32));
    // Written short: 16/48 is 0.3333 in a link, still on the same pixels.
    assert_eq!(moved.write(), "0.3958,0.3333,0.25,0.25");
    let far = Hole::CENTRE.nudged((100, 100, 0, 0), 48);
    assert_eq!(far.pixels(48), (36, 36, 48, 48));
    assert!(Hole::parse(&far.write()).is_some());
}
