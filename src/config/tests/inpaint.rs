//! Tests of the inpainting page's keys: the default link, round trips of every field, the
//! hole's key, and bad values reported with the value kept.

use super::super::*;
use super::pick;
use crate::drawing::targets::ImageTarget;
use crate::engine::rng::Rng;
use crate::modes::inpaint::keys::{INPAINT_SIDES, MAX_INPAINT_FOURIER};
use crate::modes::inpaint::{Basis, HOLE_SIDES, Hole};

/// A random valid inpainting config (its `seed` left alone).
pub(super) fn random_inpaint(rng: &mut Rng) -> InpaintConfig {
    let layers = rng.below(5);
    let side = |rng: &mut Rng| rng.range(HOLE_SIDES.0, HOLE_SIDES.1);
    let (w, h) = (side(rng), side(rng));
    InpaintConfig {
        target: pick(rng, &ImageTarget::ALL),
        size: INPAINT_SIDES.0 + rng.below(INPAINT_SIDES.1 - INPAINT_SIDES.0 + 1),
        hole: Hole {
            x: rng.range(0.0, 1.0 - w),
            y: rng.range(0.0, 1.0 - h),
            w,
            h,
        },
        fourier: rng.uniform() < 0.5,
        basis: pick(rng, &Basis::ALL),
        features: 1 + rng.below(MAX_INPAINT_FOURIER),
        scale: rng.range(0.1, 30.0),
        hidden: (0..layers).map(|_| 1 + rng.below(64)).collect(),
        activation: pick(rng, &Activation::ALL),
        optimizer: pick(rng, &OptimizerKind::ALL),
        learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        batch: 1 + rng.below(4096),
        ..InpaintConfig::default()
    }
}

#[test]
fn the_default_inpaint_link_carries_its_keys_and_no_other_mode_key() {
    let config = Config {
        mode: Mode::Inpaint,
        ..Config::default()
    };
    assert_eq!(
        config.to_query(),
        "v=2&seed=1&mode=inpaint&ptarget=face&psize=48&hole=0.375,0.375,0.25,0.25&pfourier=1\
         &pbasis=axes&pfreq=32&pscale=1&phidden=32,32&pact=relu&popt=adam&plr=0.005&pbatch=256"
    );
    assert!(!Config::default().to_query().contains("hole="));
}

#[test]
fn inpaint_configs_with_every_field_changed_round_trip() {
    let mut rng = Rng::new(17);
    for _ in 0..200 {
        let config = Config {
            mode: Mode::Inpaint,
            inpaint: random_inpaint(&mut rng),
            ..Config::default()
        };
        let (back, issues) = parse(&config.to_query());
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(back, config);
    }
}

#[test]
fn a_new_hole_means_new_weights_and_a_new_rate_does_not() {
    let (old, _) = parse("mode=inpaint");
    let (moved, _) = parse_onto(&old, "hole=0,0,0.5,0.5");
    assert_eq!(moved.inpaint.hole.pixels(48), (0, 0, 24, 24));
    assert_eq!(change_between(&old, &moved), Change::Rebuild);
    let (faster, _) = parse_onto(&old, "plr=0.01");
    assert_eq!(change_between(&old, &faster), Change::Live);
}

#[test]
fn bad_inpaint_values_keep_the_value_and_are_reported_once_each() {
    let bad = [
        "ptarget=cat",
        "psize=4",
        "psize=1000",
        "hole=0.5,0.5,0.6,0.2",
        "hole=0.1,0.1,0.001,0.2",
        "hole=centre",
        "hole=0.1,0.1,0.2",
        "pfourier=2",
        "pbasis=diagonal",
        "pfreq=0",
        "pscale=NaN",
        "phidden=1,1,1,1,1",
        "pact=?",
        "plr=2",
        "pbatch=0",
    ];
    let (page, _) = parse("mode=inpaint");
    for item in bad {
        let (config, issues) = parse(&format!("mode=inpaint&{item}"));
        assert_eq!(config, page, "{item}");
        assert_eq!(issues.len(), 1, "{item}: {issues:?}");
        assert_eq!(issues[0].key, item.split('=').next().unwrap());
        assert!(
            matches!(issues[0].problem, IssueKind::BadValue { .. }),
            "{item}"
        );
    }
    let (_, issues) = parse("hole=1,1,1,1");
    let text = issues[0].to_string();
    assert!(
        text.contains("x,y,w,h") && text.contains("0.02") && text.contains("0.6"),
        "{text}"
    );
}
