use crate::config::{self, IssueKind};
use crate::modes::segment::{MAX_LINK_CHARS, SIZE, Scene, Stroke, Strokes};

fn stroke(label: Option<u8>, radius: u8, points: &[(u8, u8)]) -> Stroke {
    Stroke {
        label,
        radius,
        points: points.to_vec(),
    }
}

#[test]
fn strokes_round_trip_through_a_link_and_paint_around_their_path() {
    let mut s = Strokes::default();
    assert!(s.push(stroke(Some(0), 2, &[(10, 10), (20, 10)])));
    assert!(s.push(stroke(None, 1, &[(15, 10)])));
    assert!(!s.push(stroke(Some(4), 2, &[(1, 1)])), "no fifth label");
    assert!(!s.push(stroke(Some(1), 2, &[(64, 1)])), "off the picture");
    assert!(!s.push(stroke(Some(1), 0, &[(1, 1)])), "no zero radius");
    let text = s.encode();
    assert_eq!(text, "12AKAKAUAK.01APAK");
    assert_eq!(Strokes::decode(&text, &Strokes::default()), Some(s.clone()));
    let painted = s.paint();
    let at = |x: usize, y: usize| painted[y * SIZE + x];
    assert_eq!(at(10, 10), Some(0));
    assert_eq!(at(20, 11), Some(0), "within the radius");
    assert_eq!(at(20, 12), None, "at the radius: outside");
    assert_eq!(at(15, 10), None, "erased");
    assert_eq!(at(15, 11), Some(0));
    // Rows 9 to 11, x from 9 to 21, less the erased pixel.
    assert_eq!(painted.iter().filter(|p| p.is_some()).count(), 3 * 13 - 1);
}

#[test]
fn bad_strokes_are_refused_and_long_ones_travel_as_a_digest() {
    for bad in ["x2AKAK", "1", "19AKAK", "12AKA", "12AK!K", "52AKAK"] {
        assert_eq!(Strokes::decode(bad, &Strokes::default()), None, "{bad}");
        let (c, issues) = config::parse(&format!("mode=segment&strokes={bad}"));
        assert!(c.segment.strokes.is_empty());
        let kinds: Vec<&str> = issues
            .iter()
            .map(|i| match &i.problem {
                IssueKind::BadValue { expected, .. } => expected.kind(),
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["strokes"], "{bad}");
    }
    let mut long = Strokes::default();
    for i in 0..40 {
        let pts: Vec<(u8, u8)> = (0..12).map(|j| (j * 5, i)).collect();
        long.push(stroke(Some(i % 4), 2, &pts));
    }
    let digest = long.encode();
    assert!(long.encode_full().len() > MAX_LINK_CHARS);
    assert!(digest.starts_with("~40."), "{digest}");
    assert_eq!(Strokes::decode(&digest, &long), Some(long.clone()));
    assert_eq!(Strokes::decode(&digest, &Strokes::default()), None);
}

#[test]
fn the_config_carries_the_mode_keys_and_reports_bad_values() {
    let (c, issues) =
        config::parse("mode=segment&scene=lake&strokes=12AKAK&sfourier=1&shidden=8&slr=0.1");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(c.segment.scene, Scene::Lake);
    assert_eq!(config::parse(&c.to_query()).0, c);
    let q = c.to_query();
    assert!(
        q.contains("scene=lake&strokes=12AKAK&sfourier=1&shidden=8&slr=0.1"),
        "{q}"
    );
    let (c, issues) = config::parse("mode=segment&scene=moon&slr=9");
    assert_eq!(c.segment.scene, Scene::Beach);
    let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["scene", "slr"]);
    assert!(
        issues[0].to_string().contains("beach, lake, desert"),
        "{}",
        issues[0]
    );
}

#[test]
fn every_scene_has_every_label_on_a_fair_share_of_its_pixels() {
    for scene in Scene::ALL {
        let p = scene.picture(1);
        let truth = p.truth.clone().unwrap();
        assert_eq!(p.rgb.len(), 3 * SIZE * SIZE);
        for l in 0..p.labels.len() {
            let share =
                truth.iter().filter(|&&t| t as usize == l).count() as f64 / truth.len() as f64;
            assert!(share > 0.03, "{scene:?} {}: {share}", p.labels[l]);
        }
        assert_eq!(p, scene.picture(1), "drawn the same from a seed");
    }
}
