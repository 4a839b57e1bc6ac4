//! Tests of the saved state: random bytes never panic the loader, and save → load round trips
//! that give back bit-identical weights and identical data.

mod modes;

use super::*;
use crate::config::parse;
use crate::engine::rng::Rng;
use crate::modes::classify::session::Session;
use crate::modes::classify::state::{load, save};

fn session(query: &str) -> Session<f32> {
    let (c, issues) = parse(query);
    assert!(issues.is_empty(), "{issues:?}");
    Session::new(c)
}

#[test]
fn random_bytes_never_panic_the_reader_or_the_loader() {
    let mut rng = Rng::new(21);
    let alphabet = br#"{}[]",:0123456789.-+eEtrufalsn \u\"formatnn-playgroundversionweightsdata"#;
    for _ in 0..3_000 {
        let len = rng.below(120);
        let bytes: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_json(&text);
        let framed = format!("{{\"format\":\"nn-playground\",\"config\":\"hidden=2\",{text}}}");
        let _ = load::<f32>(&framed);
    }
}

#[test]
fn save_then_load_gives_bit_identical_weights_the_same_config_and_data() {
    let mut s = session("data=custom&classes=3&hidden=5,3&seed=9&lr=0.1");
    for i in 0..400 {
        let (x, y) = ((i % 20) as f64 * 0.55 - 5.3, (i / 20) as f64 * 0.5 - 5.0);
        s.add_point(x, y, (i % 3) as f64).expect("valid");
    }
    s.train_steps(700);
    let text = save(&s);
    assert!(text.starts_with(r#"{"format":"nn-playground","version":1,"config":"v=2&seed=9&"#));
    let loaded = load::<f32>(&text).expect("own file loads");
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    let t = loaded.session;
    assert_eq!(t.config(), s.config());
    let bits = |s: &Session<f32>| {
        s.network()
            .params()
            .iter()
            .map(|p| p.to_bits())
            .collect::<Vec<_>>()
    };
    assert_eq!(bits(&t), bits(&s));
    assert_eq!(t.train_set().points, s.train_set().points);
    assert_eq!(t.test_set().points, s.test_set().points);
    assert_eq!(save(&t), text, "and saves the same file again");
}

#[test]
fn generated_data_is_not_saved_and_a_large_custom_set_travels_in_data() {
    let s = session("data=xor&seed=3");
    let text = save(&s);
    assert!(!text.contains("\"data\""), "xor is its config and seed");
    assert_eq!(
        load::<f32>(&text).unwrap().session.train_set().points,
        s.train_set().points
    );
    let mut big = session("data=custom");
    for i in 0..2_500 {
        big.add_point(
            (i % 50) as f64 * 0.2 - 5.0,
            (i / 50) as f64 * 0.2 - 5.0,
            (i % 2) as f64,
        )
        .unwrap();
    }
    let text = save(&big);
    assert!(text.contains("points=~2500."), "the link form is a digest");
    let back = load::<f64>(&text).expect("loads");
    assert!(back.issues.is_empty(), "{:?}", back.issues);
    assert_eq!(back.session.config().custom, big.config().custom);
}

#[test]
fn a_version_one_file_without_weights_or_data_loads_with_defaults() {
    let loaded =
        load::<f32>(r#"{"format": "nn-playground", "version": 1, "config": "lr=0.1&hidden=3"}"#)
            .expect("an older, smaller file");
    let s = loaded.session;
    assert_eq!(s.config().learning_rate, 0.1);
    assert_eq!(s.network().sizes(), &[2, 3, 1]);
    assert_eq!(
        s.network().params(),
        session("lr=0.1&hidden=3").network().params(),
        "the seed's weights"
    );
    // A file of nothing but the format would replace the run by the defaults: refused.
    let bare = load::<f32>(r#"{"format":"nn-playground"}"#).map(|_| ());
    assert_eq!(
        bare,
        Err(StateError::BadField {
            field: "config",
            expected: FieldShape::QueryString
        })
    );
    let odd =
        load::<f32>(r#"{"format":"nn-playground","config":"lr=abc&zz=1","extra":[1]}"#).unwrap();
    assert_eq!(
        odd.issues.len(),
        2,
        "bad keys are reported, unknown members ignored"
    );
}

#[test]
fn bad_files_are_refused_with_a_message_naming_the_problem() {
    let head = r#"{"format":"nn-playground","config":"hidden=2&data=custom""#;
    let cases: [(String, &str); 9] = [
        (
            "{".into(),
            "it is not JSON (expected a quoted key at byte 1)",
        ),
        (
            r#"{"format":"other"}"#.into(),
            "it is not a saved nn-playground state",
        ),
        (
            r#"{"format":"nn-playground","version":2}"#.into(),
            "newer version (2)",
        ),
        (
            r#"{"format":"nn-playground","version":"1"}"#.into(),
            "\"version\" should be a whole number",
        ),
        (
            r#"{"format":"nn-playground","config":5}"#.into(),
            "\"config\" should be a query string",
        ),
        (
            format!("{head},\"weights\":[1,2]}}"),
            "it has 2 weights but its network needs 9",
        ),
        (
            format!("{head},\"weights\":[1,\"x\"]}}"),
            "\"weights\" should be a list of numbers",
        ),
        (
            format!("{head},\"data\":{{\"train\":[[1,2,0],[9,0,1]]}}}}"),
            "point 2 of \"train\"",
        ),
        (
            format!("{head},\"data\":{{\"test\":[[1,2,3]]}}}}"),
            "point 1 has the label 3",
        ),
    ];
    for (text, message) in &cases {
        let e = load::<f32>(text).expect_err(text);
        assert!(e.to_string().contains(message), "{text}: {e}");
    }
    let huge = " ".repeat(MAX_STATE_BYTES + 1);
    assert!(matches!(
        load::<f32>(&huge),
        Err(StateError::TooLarge { .. })
    ));
}

#[test]
fn a_bad_field_is_reported_by_its_field_and_shape_for_the_page_to_word() {
    let refusal = |text: &str| match load::<f32>(text) {
        Err(e) => e,
        Ok(_) => panic!("{text} was loaded"),
    };
    let cases = [
        (
            r#"{"format":"nn-playground","version":"1"}"#,
            "version",
            FieldShape::WholeNumber,
            "wholeNumber",
        ),
        (
            r#"{"format":"nn-playground","config":5}"#,
            "config",
            FieldShape::QueryString,
            "queryString",
        ),
    ];
    for (text, field, shape, key) in cases {
        assert_eq!(
            refusal(text),
            StateError::BadField {
                field,
                expected: shape
            }
        );
        assert_eq!(shape.key(), key);
    }
    let error = refusal(r#"{"format":"nn-playground","version":"1"}"#);
    assert!(
        error
            .to_string()
            .ends_with("its \"version\" should be a whole number")
    );
}
