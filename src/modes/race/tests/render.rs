//! Pixels of the surface map and of the race: heights, colours and contour lines against the
//! closed-form surface, hillshading against planes, drops and trails where the racers are.

use super::super::*;
use crate::drawing::raster::Raster;
use crate::drawing::relief::{LOSS_RAMP, hillshade, ramp};

/// Map size of these tests.
const SIZE: usize = 200;
/// The lowest pixel must lie this close to a minimum (fraction of the side): Rosenbrock's
/// valley floor is so flat and narrow that pixel centres near (1, 1) miss it.
const LOWEST_NEAR: f64 = 0.04;
/// Values are compared up to rounding.
const EXACT: f64 = 1e-12;

fn plain() -> MapOptions {
    MapOptions {
        line_opacity: 0.0,
        relief: 0.0,
        ..MapOptions::default()
    }
}

#[test]
fn map_heights_are_the_surface_at_pixel_centres_and_lowest_at_its_minimum() {
    for s in Surface::ALL {
        let map = SurfaceMap::new(s, SIZE, SIZE, plain());
        let d = s.domain();
        let k = 37 * SIZE + 141;
        let (x, y) = d.from_pixel((141.5, 37.5), SIZE, SIZE);
        assert!((map.values[k] - s.value(x, y)).abs() < EXACT);
        let lowest = (0..map.scale.len())
            .min_by(|&a, &b| map.scale[a].total_cmp(&map.scale[b]))
            .unwrap();
        let near = s.minima().iter().any(|&m| {
            let (px, py) = d.to_pixel(m, SIZE, SIZE);
            let (lx, ly) = ((lowest % SIZE) as f64 + 0.5, (lowest / SIZE) as f64 + 0.5);
            (px - lx).hypot(py - ly) <= LOWEST_NEAR * SIZE as f64
        });
        assert!(near, "{s:?}: lowest pixel {lowest} is not at a minimum");
        assert!(map.scale.iter().all(|t| (0.0..=1.0).contains(t)));
    }
}

#[test]
fn without_lines_or_relief_every_pixel_is_the_ramp_colour_of_its_height() {
    let map = SurfaceMap::new(Surface::Himmelblau, SIZE, SIZE, plain());
    for (t, px) in map.scale.iter().zip(map.rgba.chunks_exact(4)) {
        assert_eq!(px, ramp(LOSS_RAMP, *t));
    }
}

#[test]
fn contour_lines_cross_the_bowls_axis_where_the_levels_say() {
    // Along y = 0 the bowl is ½x². Levels are k/16 of log(1 + f) scaled by log(1 + f_max),
    // f_max = ½(4² + 10·4²) = 88 near the corners (88 minus a hair at pixel centres): level k
    // sits at f_k = (1 + f_max)^(k/16) − 1, crossed twice on the axis while f_k < ½·4² = 8.
    let options = MapOptions::default();
    let lined = SurfaceMap::new(Surface::Bowl, SIZE, SIZE, options);
    let bare = SurfaceMap::new(
        Surface::Bowl,
        SIZE,
        SIZE,
        MapOptions {
            line_opacity: 0.0,
            ..options
        },
    );
    let f_max = lined.values.iter().copied().fold(0.0, f64::max);
    let edge = lined.values[SIZE * SIZE / 2];
    let expected = 2
        * (1..16)
            .filter(|&k| (1.0 + f_max).powf(k as f64 / 16.0) - 1.0 < edge)
            .count();
    // The row just below the axis (pixel centres at y = −0.02); runs of darkened pixels.
    let row = SIZE / 2;
    let dark: Vec<bool> = (0..SIZE)
        .map(|x| {
            let at = 4 * (row * SIZE + x);
            lined.rgba[at..at + 3] != bare.rgba[at..at + 3]
        })
        .collect();
    let runs = dark.windows(2).filter(|w| !w[0] && w[1]).count() + dark[0] as usize;
    assert_eq!(runs, expected);
    assert!(expected >= 10, "the test needs lines to count");
}

#[test]
fn slopes_facing_the_north_west_light_are_brighter_than_flat_ground() {
    let n = 8;
    let plane = |a: f64, b: f64| -> Vec<f64> {
        (0..n * n)
            .map(|k| a * (k % n) as f64 + b * (k / n) as f64)
            .collect()
    };
    let shade = |h: Vec<f64>| {
        let mut out = Vec::new();
        hillshade(&h, n, n, 1.0, &mut out);
        out[n * n / 2 + n / 2]
    };
    // Flat: the normal is straight up, so the shade is sin 45°.
    let flat = shade(plane(0.0, 0.0));
    assert!((flat - core::f64::consts::FRAC_1_SQRT_2).abs() < EXACT);
    // Rising to the south-east (x and row both increasing) faces the north-west light.
    let facing = shade(plane(0.3, 0.3));
    let away = shade(plane(-0.3, -0.3));
    assert!(facing > flat && flat > away, "{facing} {flat} {away}");
    // Normal (−0.3, −0.3, 1)/|…| against the light (−½, −½, √½): (0.3 + √½)/√1.18.
    let want = (0.3 + core::f64::consts::FRAC_1_SQRT_2) / 1.18f64.sqrt();
    assert!((facing - want).abs() < EXACT);
}

#[test]
fn a_drop_has_its_tail_behind_it() {
    let mut r = Raster::new(60, 60);
    draw_drop(&mut r, (30.0, 30.0), Some((1.0, 0.0)), 6.0, KIND_COLOURS[0]);
    let alpha = |x: usize, y: usize| r.rgba[4 * (y * 60 + x) + 3];
    assert!(alpha(30, 30) > 200, "body");
    assert!(alpha(21, 30) > 100, "tail, 1.5 radii behind");
    assert_eq!(alpha(39, 30), 0, "nothing 1.5 radii ahead");
    assert_eq!(alpha(30, 39), 0, "nothing 1.5 radii aside");
}

#[test]
fn the_race_is_drawn_where_the_racers_are() {
    let s = Surface::Bowl;
    let map = SurfaceMap::new(s, SIZE, SIZE, MapOptions::default());
    let mut race = Race::new(s);
    race.run(5);
    let mut raster = map.to_raster();
    draw_race(&race, &mut raster, 1.0, Default::default());
    let changed = |p: (f64, f64)| {
        let (x, y) = s.domain().to_pixel(p, SIZE, SIZE);
        let at = 4 * (y as usize * SIZE + x as usize);
        raster.rgba[at..at + 4] != map.rgba[at..at + 4]
    };
    for r in race.racers() {
        assert!(changed(r.position()), "{:?} not drawn", r.spec().kind);
    }
    assert!(changed(race.start()));
    // A far corner no racer went near is untouched.
    assert!(!changed((3.9, -3.9)));
}
