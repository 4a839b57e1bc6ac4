//! Tests of the GAN, curve, image and race states: save → load round trips give bit-identical
//! weights and a run that trains on identically; wrong counts, garbage, other modes and newer
//! versions are refused with a message and nothing loaded.

use super::super::*;
use crate::config::{Config, Mode, parse};
use crate::engine::nn::Mlp;
use crate::engine::rng::Rng;
use crate::modes::classify::state::{load, save};
use crate::modes::fit::state::{load_curve, load_image, save_curve, save_image};
use crate::modes::fit::{CurveFit, CurveTarget, ImageFit, drawn_text};
use crate::modes::gan::state::{load_gan, save_gan};
use crate::modes::gan::{GanSession, StepMode, Target, drawn};
use crate::modes::race::state::{load_race, save_race};

fn bits(net: &Mlp<f32>) -> Vec<u32> {
    net.params().iter().map(|p| p.to_bits()).collect()
}

fn gan_page() -> Config {
    let (mut config, issues) = parse("mode=gan&seed=5&ghidden=8&dhidden=8,4");
    assert!(issues.is_empty(), "{issues:?}");
    config.gan.target = Target::Drawn;
    let stroke: Vec<f64> = (0..40).flat_map(|i| [i as f64 * 0.1 - 2.0, 1.0]).collect();
    config.gan.drawn = drawn::thin(&stroke);
    config
}

fn curve_page() -> Config {
    let (mut config, _) = parse("mode=curve&seed=3&chidden=6,6");
    config.curve.target = CurveTarget::Drawn;
    config.curve.points = (0..12)
        .map(|i| drawn_text::snap_point((i as f64 / 6.0 - 1.0, (i as f64).sin())))
        .collect();
    config
}

fn image_page() -> Config {
    parse("mode=image&seed=2&isize=16&ihidden=8").0
}

#[test]
fn a_gan_with_a_drawn_target_round_trips_bit_for_bit_and_trains_on_identically() {
    let config = gan_page();
    let mut run = GanSession::<f32>::new(config.gan_config());
    run.train(StepMode::Both, 150);
    let text = save_gan(&config, &run);
    assert!(
        text.contains("&mode=gan&") && text.contains("target=drawn"),
        "{text}"
    );
    let (mut a, mut b) = (
        load_gan::<f32>(&text).unwrap(),
        load_gan::<f32>(&text).unwrap(),
    );
    assert_eq!(a.config, config, "the drawn target travels in the config");
    assert!(a.issues.is_empty(), "{:?}", a.issues);
    assert_eq!(
        bits(a.session.gan().generator()),
        bits(run.gan().generator())
    );
    assert_eq!(
        bits(a.session.gan().discriminator()),
        bits(run.gan().discriminator())
    );
    assert_eq!(
        save_gan(&a.config, &a.session),
        text,
        "and saves the same file again"
    );
    a.session.train(StepMode::Both, 60);
    b.session.train(StepMode::Both, 60);
    assert_eq!(
        bits(a.session.gan().generator()),
        bits(b.session.gan().generator())
    );
    assert_ne!(
        bits(a.session.gan().generator()),
        bits(run.gan().generator())
    );
    // A file saved before any training continues exactly as the run it came from.
    let mut fresh = GanSession::<f32>::new(config.gan_config());
    let mut loaded = load_gan::<f32>(&save_gan(&config, &fresh)).unwrap().session;
    fresh.train(StepMode::Both, 40);
    loaded.train(StepMode::Both, 40);
    assert_eq!(
        bits(loaded.gan().discriminator()),
        bits(fresh.gan().discriminator())
    );
    assert_eq!(loaded.metrics(), fresh.metrics());
}

#[test]
fn a_curve_with_drawn_points_round_trips_bit_for_bit_and_trains_on_identically() {
    let config = curve_page();
    let mut fit = CurveFit::<f32>::new(config.curve_config());
    fit.train(300);
    let text = save_curve(&config, &fit);
    let mut a = load_curve::<f32>(&text).unwrap();
    assert_eq!(a.config, config);
    assert_eq!(a.fit.points(), fit.points(), "the drawn points come back");
    assert_eq!(bits(a.fit.network()), bits(fit.network()));
    assert_eq!(a.fit.loss(), fit.loss());
    let mut b = load_curve::<f32>(&text).unwrap();
    a.fit.train(50);
    b.fit.train(50);
    assert_eq!(bits(a.fit.network()), bits(b.fit.network()));
    let mut fresh = CurveFit::<f32>::new(config.curve_config());
    let mut loaded = load_curve::<f32>(&save_curve(&config, &fresh)).unwrap().fit;
    fresh.train(80);
    loaded.train(80);
    assert_eq!(bits(loaded.network()), bits(fresh.network()));
}

#[test]
fn an_image_round_trips_bit_for_bit_and_says_whether_its_picture_was_uploaded() {
    let config = image_page();
    let mut fit = ImageFit::<f32>::new(config.image_config());
    for _ in 0..3 {
        fit.pass();
    }
    let text = save_image(&config, &fit, false);
    assert!(text.contains(r#""picture":"builtin""#), "{text}");
    let mut a = load_image::<f32>(&text).unwrap();
    assert!(!a.picture_was_uploaded);
    assert_eq!(a.config, config);
    assert_eq!(bits(a.fit.network()), bits(fit.network()));
    assert_eq!(a.fit.loss(), fit.loss());
    let mut b = load_image::<f32>(&text).unwrap();
    a.fit.pass();
    b.fit.pass();
    assert_eq!(bits(a.fit.network()), bits(b.fit.network()));
    let uploaded = load_image::<f32>(&save_image(&config, &fit, true)).unwrap();
    assert!(uploaded.picture_was_uploaded);
}

#[test]
fn a_race_is_its_config_and_check_reads_every_mode() {
    let (config, _) = parse("mode=race&surface=saddle&start=1,2&racers=adam,sgd&sgdlr=0.2");
    let text = save_race(&config);
    assert_eq!(load_race(&text).unwrap().0, config);
    let classifier =
        crate::modes::classify::session::Session::<f32>::new(parse("hidden=3&seed=4").0);
    let gan = GanSession::<f32>::new(gan_page().gan_config());
    let sound_page = parse("mode=sound&auhidden=4&aufreq=4").0;
    let files = [
        (save(&classifier), Mode::Classify),
        (save_gan(&gan_page(), &gan), Mode::Gan),
        (text, Mode::Race),
        (
            save_curve(
                &curve_page(),
                &CurveFit::<f32>::new(curve_page().curve_config()),
            ),
            Mode::Curve,
        ),
        (
            save_image(
                &image_page(),
                &ImageFit::<f32>::new(image_page().image_config()),
                false,
            ),
            Mode::Image,
        ),
        (
            crate::modes::sound::state::save_sound(
                &sound_page,
                &crate::modes::sound::SoundFit::<f32>::new(sound_page.sound_config()),
            ),
            Mode::Sound,
        ),
    ];
    for (file, mode) in &files {
        let (found, query) = check(file).expect("loads");
        assert_eq!(found, *mode);
        assert_eq!(parse(&query).0.mode, *mode, "{query}");
    }
}

#[test]
fn a_file_of_another_mode_is_refused_by_name() {
    let gan = save_gan(
        &gan_page(),
        &GanSession::<f32>::new(gan_page().gan_config()),
    );
    let e = load_curve::<f32>(&gan).expect_err("a GAN file");
    assert!(
        e.to_string()
            .contains("saved in the gan mode, not the curve mode"),
        "{e}"
    );
    assert!(matches!(
        load::<f32>(&gan),
        Err(StateError::OtherMode {
            found: Mode::Gan,
            ..
        })
    ));
    assert!(matches!(load_race(&gan), Err(StateError::OtherMode { .. })));
    assert!(matches!(
        load_image::<f32>(&gan),
        Err(StateError::OtherMode { .. })
    ));
}

#[test]
fn wrong_weight_counts_are_refused_and_name_the_network() {
    let gan = save_gan(
        &gan_page(),
        &GanSession::<f32>::new(gan_page().gan_config()),
    );
    let short = gan.replacen("\"generator\":[", "\"generator\":[1,", 1);
    let e = load_gan::<f32>(&short).expect_err("one weight too many");
    assert!(e.to_string().contains("its \"generator\" has"), "{e}");
    let other_net = gan.replace("dhidden=8,4", "dhidden=8,5");
    let e = load_gan::<f32>(&other_net).expect_err("another discriminator");
    assert!(e.to_string().contains("\"discriminator\""), "{e}");
    let alone = r#"{"format":"nn-playground","config":"mode=gan","generator":[1]}"#;
    assert!(
        load_gan::<f32>(alone)
            .unwrap_err()
            .to_string()
            .contains("\"discriminator\"")
    );
    let curve = save_curve(
        &curve_page(),
        &CurveFit::<f32>::new(curve_page().curve_config()),
    );
    let wider = curve.replace("chidden=6,6", "chidden=6,7");
    assert!(matches!(
        load_curve::<f32>(&wider),
        Err(StateError::NetworkWeights {
            network: "weights",
            ..
        })
    ));
    let image = save_image(
        &image_page(),
        &ImageFit::<f32>::new(image_page().image_config()),
        false,
    );
    let e = load_image::<f32>(&image.replace("ihidden=8", "ihidden=9")).expect_err("wider");
    assert!(e.to_string().contains("needs"), "{e}");
    let e = load_image::<f32>(&image.replace("\"builtin\"", "\"mine\"")).expect_err("picture");
    assert!(e.to_string().contains("\"picture\""), "{e}");
}

#[test]
fn garbage_and_newer_versions_are_refused_and_old_small_files_load() {
    for mode in ["gan", "curve", "image", "race", "sound"] {
        let newer = format!(r#"{{"format":"nn-playground","version":2,"config":"mode={mode}"}}"#);
        let old = format!(r#"{{"format":"nn-playground","config":"mode={mode}"}}"#);
        let (found, _) = check(&old).expect("no version and no weights: the seed's");
        assert_eq!(found.name(), mode);
        assert!(matches!(
            check(&newer),
            Err(StateError::NewerVersion { .. })
        ));
        for bad in ["", "{", "[1,2]", r#"{"format":"other"}"#, "\u{0}\u{1}"] {
            assert!(check(bad).is_err(), "{bad:?}");
        }
    }
    let mut rng = Rng::new(8);
    let alphabet =
        br#"{}[]",:0123456789.-eE \generatordiscriminatorweightspicturemode=gancurveimage"#;
    for _ in 0..2_000 {
        let bytes: Vec<u8> = (0..rng.below(100))
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        for mode in ["gan", "curve", "image", "race"] {
            let _ = check(&format!(
                r#"{{"format":"nn-playground","config":"mode={mode}&ghidden=2&dhidden=2&chidden=2&ihidden=2&isize=16",{text}}}"#
            ));
        }
    }
}
