//! Garbage in: bad values, unknown keys, broken escapes and random bytes give the defaults
//! for those keys plus one report per key, never a panic; and the reports read well.

use super::super::*;
use super::pick;
use crate::engine::rng::Rng;
use crate::modes::classify::data::Feature;
use crate::modes::classify::keys::MAX_HIDDEN_LAYERS;

/// The keys of the issues, in order.
fn issue_keys(issues: &[ConfigIssue]) -> Vec<&str> {
    issues.iter().map(|i| i.key.as_str()).collect()
}

#[test]
fn each_bad_value_keeps_the_default_and_is_reported_once() {
    let bad = [
        "lr=abc",
        "lr=1e9",
        "lr=NaN",
        "lr=inf",
        "hidden=4,,x",
        "hidden=1,2,3,4,5,6,7,8,9",
        "hidden=0",
        "hidden=33",
        "noise=-3",
        "noise=51",
        "train=95",
        "batch=0",
        "seed=-1",
        "data=moon",
        "features=",
        "features=x1,x3",
        "showtest=yes",
        "momentum=1",
        "regrate=-0.1",
        "classes=1",
        "classes=6",
        "problem=clustering",
        "points=abc",
        "points=!!!!!!",
        "points=~301.00000000deadbeef",
    ];
    for pair in bad {
        let (config, issues) = parse(pair);
        assert_eq!(config, Config::default(), "{pair}");
        assert_eq!(issues.len(), 1, "{pair}: {issues:?}");
        assert!(
            matches!(issues[0].problem, IssueKind::BadValue { .. }),
            "{pair}"
        );
    }
}

#[test]
fn unknown_keys_and_broken_escapes_are_reported_and_ignored() {
    let (config, issues) = parse("#foo=1&%zz&lr=0.1&%=%&foo=2");
    assert_eq!(config.learning_rate, 0.1);
    assert_eq!(issue_keys(&issues), vec!["foo", "%zz", "%"]);
    assert!(issues.iter().all(|i| i.problem == IssueKind::UnknownKey));
    assert_eq!(
        issues[0].value, "2",
        "the last value of a repeated key is the one reported"
    );
}

#[test]
fn good_and_bad_keys_mix_with_one_issue_per_bad_key() {
    let (config, issues) = parse("?lr=abc&hidden=4,,x&batch=25&foo=1&noise=-3&act=relu");
    assert_eq!(issue_keys(&issues), vec!["lr", "hidden", "foo", "noise"]);
    let want = Config {
        batch_size: 25,
        activation: Activation::Relu,
        ..Config::default()
    };
    assert_eq!(config, want);
}

#[test]
fn random_bytes_never_panic_and_leave_a_valid_config() {
    let mut rng = Rng::new(7);
    for round in 0..20 {
        // Bytes biased towards the query syntax so that many pairs and escapes are formed.
        let alphabet = b"&=%,#?v1lr0.9hiden2AF";
        let bytes: Vec<u8> = (0..10_000)
            .map(|_| {
                if rng.uniform() < 0.5 {
                    pick(&mut rng, alphabet)
                } else {
                    rng.below(256) as u8
                }
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        let (config, issues) = parse(&text);
        assert!(config.learning_rate > 0.0 && config.hidden.len() <= MAX_HIDDEN_LAYERS);
        assert!(!config.features.is_empty(), "round {round}");
        for issue in &issues {
            assert!(issue.key.chars().count() <= MAX_SHOWN_CHARS + 1);
            assert!(!issue.to_string().is_empty());
        }
    }
}

#[test]
fn percent_escapes_in_values_are_decoded() {
    let (config, issues) = parse("features=x1%2Cx1x2&hidden=%33%2c%31&data=%7a%7Azz");
    assert_eq!(config.hidden, vec![3, 1]);
    assert_eq!(
        config.features.iter().collect::<Vec<_>>(),
        vec![Feature::X1, Feature::X1X2]
    );
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].value, "zzzz");
    let (config, issues) = parse("act=ReLU&showtest=true&hidden= 5 , 6 ");
    assert!(
        issues.is_empty(),
        "names ignore ASCII case and lists ignore spaces"
    );
    assert_eq!(
        (config.activation, config.show_test),
        (Activation::Relu, true)
    );
    assert_eq!(config.hidden, vec![5, 6]);
}

#[test]
fn issues_read_as_messages_a_student_can_act_on() {
    let message = |q: &str| parse(q).1[0].to_string();
    assert_eq!(
        message("lr=abc"),
        "lr=abc is not a number between 0.00001 and 10; kept 0.03"
    );
    assert_eq!(
        message("act=soft"),
        "act=soft is not one of relu, tanh, sigmoid, linear, leaky; kept tanh"
    );
    assert_eq!(
        message("foo=1"),
        "foo=1: \"foo\" is not a setting this page knows; ignored"
    );
    assert!(message("v=3").starts_with("v=3 is a link format this page does not know"));
    let (_, issues) = parse_onto(
        &Config {
            hidden: vec![],
            ..Config::default()
        },
        "hidden=x",
    );
    assert!(issues[0].to_string().ends_with("; kept none"));
    let long = format!("lr={}", "9".repeat(1_000));
    assert_eq!(parse(&long).1[0].value.chars().count(), MAX_SHOWN_CHARS + 1);
}
