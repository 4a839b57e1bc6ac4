//! Refused values are reported as data (a kind and its numbers or names), so that the page
//! can word them in French as well as English; the English sentences stay as they were.

use super::super::*;

/// The first issue of `query` read onto the defaults.
fn first_issue(query: &str) -> ConfigIssue {
    let (_, issues) = parse(query);
    issues.into_iter().next().expect("the query has an issue")
}

fn bad_value(issue: &ConfigIssue) -> (&Expected, &str) {
    match &issue.problem {
        IssueKind::BadValue { expected, kept } => (expected, kept.as_str()),
        other => panic!("not a bad value: {other:?}"),
    }
}

#[test]
fn a_bad_real_reports_its_range_as_numbers_and_the_kept_value() {
    let issue = first_issue("mode=gan&glr=banana");
    let (expected, kept) = bad_value(&issue);
    assert_eq!(
        *expected,
        Expected::Number {
            min: 0.00001,
            max: 1.0
        }
    );
    assert_eq!(expected.kind(), "number");
    assert_eq!(kept, "0.0005");
    assert_eq!(
        issue.to_string(),
        "glr=banana is not a number between 0.00001 and 1; kept 0.0005"
    );
}

#[test]
fn a_bad_whole_number_keeps_bounds_too_large_for_a_js_number_exact() {
    let issue = first_issue("seed=-1");
    let (expected, _) = bad_value(&issue);
    assert_eq!(*expected, Expected::whole(0, u64::MAX));
    assert_eq!(expected.kind(), "whole");
    let Expected::Whole { max, .. } = expected else {
        unreachable!()
    };
    assert_eq!(max, "18446744073709551615");
}

#[test]
fn names_lists_widths_and_flags_are_reported_by_kind() {
    let cases = [
        ("act=wiggly", "oneOf"),
        ("features=x,zz", "someOf"),
        ("hidden=0", "widths"),
        ("showtest=maybe", "flag"),
        ("mode=race&racers=sgd,fast", "anyOf"),
        ("mode=race&start=here", "start"),
        ("mode=curve&cpoints=!!", "drawnPoints"),
    ];
    for (query, kind) in cases {
        let issue = first_issue(query);
        let (expected, _) = bad_value(&issue);
        assert_eq!(expected.kind(), kind, "{query}");
        // The English sentence still says what the data says.
        assert!(issue.to_string().contains(&expected.to_string()), "{query}");
    }
    let issue = first_issue("act=wiggly");
    let (Expected::OneOf(names), _) = bad_value(&issue) else {
        panic!("act is not a choice")
    };
    assert!(names.contains(&"tanh") && names.contains(&"relu"));
}
