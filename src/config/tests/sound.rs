//! The sound page's keys: round trips, the keys written for its page, and bad values.

use super::*;
use crate::modes::sound::SoundTarget;
use crate::modes::sound::keys::{MAX_SOUND_FOURIER, SOUND_SCALE_HZ};

/// A random sound config within the keys' limits.
pub(super) fn random_sound(rng: &mut Rng) -> SoundConfig {
    let layers = rng.below(5);
    SoundConfig {
        target: pick(rng, &SoundTarget::ALL),
        fourier: rng.uniform() < 0.5,
        features: 1 + rng.below(MAX_SOUND_FOURIER),
        scale_hz: rng.range(SOUND_SCALE_HZ.0, SOUND_SCALE_HZ.1),
        hidden: (0..layers).map(|_| 1 + rng.below(128)).collect(),
        activation: pick(rng, &Activation::ALL),
        optimizer: pick(rng, &OptimizerKind::ALL),
        learning_rate: 10f64.powf(rng.range(-5.0, 0.0)),
        batch: 1 + rng.below(2000),
        volume: rng.below(101) as u32,
        ..SoundConfig::default()
    }
}

#[test]
fn a_sound_link_names_every_sound_key_and_reads_back() {
    let (c, issues) =
        parse("mode=sound&sound=bell&aufreq=32&auscale=900&auhidden=16&aulr=0.01&auvolume=20");
    assert!(issues.is_empty(), "{issues:?}");
    let s = c.sound_config();
    assert_eq!(
        (s.target, s.features, s.scale_hz, s.volume),
        (SoundTarget::Bell, 32, 900.0, 20)
    );
    assert_eq!(s.hidden, vec![16]);
    let query = c.to_query();
    for key in [
        "sound=bell",
        "aufourier=1",
        "aufreq=32",
        "auscale=900",
        "auhidden=16",
        "auact=",
        "auopt=",
        "aulr=0.01",
        "aubatch=",
        "auvolume=20",
    ] {
        assert!(query.contains(key), "{key} missing from {query}");
    }
    assert_eq!(parse(&query), (c, vec![]));
    // Another page's link carries no sound key at its default.
    assert!(!Config::default().to_query().contains("sound="));
}

#[test]
fn a_bad_sound_value_is_reported_and_the_setting_kept() {
    let (c, issues) = parse("mode=sound&sound=piano&auvolume=300&aufreq=0");
    assert_eq!(c.sound, SoundConfig::default());
    let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["sound", "auvolume", "aufreq"]);
    assert!(
        issues[0]
            .to_string()
            .contains("one of chord, bell, vowel, drum"),
        "{}",
        issues[0]
    );
    assert!(
        issues[1].to_string().contains("from 0 to 100"),
        "{}",
        issues[1]
    );
}

#[test]
fn the_volume_changes_no_run() {
    let (a, _) = parse("mode=sound");
    let (b, _) = parse("mode=sound&auvolume=10");
    assert_eq!(change_between(&a, &b), Change::Live);
    assert!(differences(&a, &b).is_empty());
    let (c, _) = parse("mode=sound&sound=drum");
    assert_eq!(change_between(&a, &c), Change::Rebuild);
}
