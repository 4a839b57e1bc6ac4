//! The vocabulary the shell builds its controls from: every key's choices and limits, read
//! from the parser's own validation.

use super::super::*;

fn of(name: &str) -> Expected {
    let found = vocabulary().into_iter().find(|(key, _)| *key == name);
    found
        .unwrap_or_else(|| panic!("{name} is not in the vocabulary"))
        .1
}

#[test]
fn every_key_but_the_version_has_a_vocabulary_entry() {
    let names: Vec<&str> = vocabulary().into_iter().map(|(name, _)| name).collect();
    let all: Vec<&str> = keys().map(|k| k.name).filter(|n| *n != "v").collect();
    assert_eq!(names, all);
}

#[test]
fn choices_and_limits_are_those_the_parser_accepts() {
    let activations = vec!["relu", "tanh", "sigmoid", "linear", "leaky"];
    let optimisers = vec!["sgd", "momentum", "nesterov", "rmsprop", "adam"];
    assert_eq!(of("act"), Expected::OneOf(activations.clone()));
    assert_eq!(of("gact"), Expected::OneOf(activations));
    assert_eq!(of("opt"), Expected::OneOf(optimisers.clone()));
    assert_eq!(of("iopt"), Expected::OneOf(optimisers));
    assert_eq!(
        of("hidden"),
        Expected::Widths {
            layers: 8,
            width: 32
        }
    );
    assert_eq!(
        of("ghidden"),
        Expected::Widths {
            layers: 5,
            width: 64
        }
    );
    assert_eq!(of("classes"), Expected::whole(2, 5));
    for (name, expected) in vocabulary() {
        if let Expected::OneOf(values) = expected {
            for value in values {
                let (_, issues) = parse(&format!("{name}={value}"));
                assert!(
                    issues.is_empty(),
                    "{name}={value} is offered but refused: {issues:?}"
                );
            }
        }
    }
}
