//! The rules that keep the dataset, the problem and the class count consistent when a query
//! changes one of them alone (what the controls and `el.set(…)` both send).

use super::super::*;

fn onto(base: &str, query: &str) -> Config {
    let (base, issues) = parse(base);
    assert!(issues.is_empty(), "{issues:?}");
    let (config, issues) = parse_onto(&base, query);
    assert!(issues.is_empty(), "{issues:?}");
    config
}

#[test]
fn more_classes_than_a_two_class_set_can_draw_switch_to_gauss() {
    let c = onto("data=circle", "classes=4");
    assert_eq!(
        (c.dataset, c.task()),
        (DatasetKind::Gauss, Task::Classify(4))
    );
    let spiral = onto("data=spiral", "classes=4");
    assert_eq!(
        spiral.dataset,
        DatasetKind::Spiral,
        "spiral draws up to five arms"
    );
    let (base, _) = parse("data=circle");
    let (both, issues) = parse_onto(&base, "classes=3&data=xor");
    assert_eq!(both.dataset, DatasetKind::Xor, "a named dataset wins");
    assert_eq!(both.task(), Task::Classify(2));
    assert_eq!(
        issues.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "classes=3: the xor set is drawn with 2 classes only, so it shows 2 (spiral, gauss \
          and your own points take up to 5)"
        ]
    );
    assert_eq!(
        onto("data=circle", "classes=2").dataset,
        DatasetKind::Circle
    );
}

#[test]
fn a_problem_alone_switches_a_generated_set_to_the_first_of_that_problem() {
    let c = onto("data=spiral", "problem=regression");
    assert_eq!((c.dataset, c.task()), (DatasetKind::Plane, Task::Regress));
    let back = onto("data=multigauss", "problem=classification");
    assert_eq!(back.dataset, DatasetKind::Circle);
    let same = onto("data=spiral", "problem=classification");
    assert_eq!(
        same.dataset,
        DatasetKind::Spiral,
        "already a classification set"
    );
    let custom = onto("data=custom", "problem=regression");
    assert_eq!(
        custom.dataset,
        DatasetKind::Custom,
        "your own points keep their data"
    );
    assert!(custom.is_regression());
}

#[test]
fn a_generated_dataset_brings_its_problem_into_the_link() {
    let plane = onto("data=circle", "data=plane");
    assert_eq!(plane.problem, Problem::Regression);
    assert!(plane.to_query().contains("problem=regression"));
    let circle = onto("data=plane", "data=circle");
    assert_eq!(circle.problem, Problem::Classification);
    let custom = onto("data=custom&problem=regression", "data=custom");
    assert_eq!(custom.problem, Problem::Regression);
}

#[test]
fn a_link_with_its_version_reads_as_written() {
    let c = onto("", "v=1&mode=gan&problem=regression");
    assert_eq!(
        (c.dataset, c.problem),
        (DatasetKind::Circle, Problem::Regression)
    );
    let c = onto("", "v=1&data=plane&problem=classification");
    assert_eq!(
        (c.dataset, c.problem),
        (DatasetKind::Plane, Problem::Classification)
    );
}

#[test]
fn a_class_count_a_named_set_cannot_draw_is_said_not_silent() {
    for (query, said) in [
        ("data=circle&classes=3", Some(("circle", 2))),
        ("data=moons&classes=5", Some(("moons", 2))),
        ("data=xor&classes=4", Some(("xor", 2))),
        // A complete link, as the page writes it, reads as written.
        ("v=1&data=xor&classes=4", None),
        ("data=spiral&classes=5", None),
        ("data=gauss&classes=3", None),
        ("data=custom&classes=4", None),
        ("data=circle&classes=2", None),
        ("data=plane&classes=3", None),
        // Classes alone switch to gauss, which draws them.
        ("classes=3", None),
    ] {
        let (_, issues) = parse(query);
        let got: Vec<_> = (issues.iter())
            .filter_map(|i| match i.problem {
                IssueKind::ClassesNotDrawn { dataset, max } => Some((dataset, max)),
                _ => None,
            })
            .collect();
        assert_eq!(got, said.into_iter().collect::<Vec<_>>(), "{query}");
        assert_eq!(issues.len(), got.len(), "{query}: {issues:?}");
    }
    // Switching to a two-class set while three classes are set says it at the switch.
    let (three, _) = parse("data=spiral&classes=3");
    let (c, issues) = parse_onto(&three, "data=circle");
    assert_eq!((c.task(), issues.len()), (Task::Classify(2), 1));
    assert_eq!(
        (issues[0].key.as_str(), issues[0].value.as_str()),
        ("classes", "3")
    );
}
