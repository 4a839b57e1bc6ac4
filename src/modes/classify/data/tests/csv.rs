//! Tests of points CSV reading and writing: the forms a person's file takes, and one test per
//! problem that the error names the right line.

use super::super::csv::{parse_points, write_points, write_points_french};
use super::super::{CustomPoints, Point, Task};
use crate::formats::csv::{CsvProblem, MAX_CSV_BYTES, MAX_CSV_ROWS};

fn problem_of(text: &str, task: Task) -> (usize, CsvProblem) {
    let e = parse_points(text, task).expect_err("must be refused");
    (e.line, e.problem)
}

#[test]
fn headers_comments_blank_lines_spaces_crlf_and_a_bom_are_accepted() {
    let text =
        "\u{feff}# my points\r\nx, y, label\r\n\r\n1.5, -2 ,1\r\n  # note\n-6,6,0\n0.0031,0,2";
    let set = parse_points(text, Task::Classify(3)).expect("valid file");
    let got: Vec<(f64, f64, f64)> = set.points().iter().map(|p| (p.x, p.y, p.label)).collect();
    assert_eq!(
        got,
        vec![(-6.0, 6.0, 0.0), (0.005, 0.0, 2.0), (1.5, -2.0, 1.0)]
    );
    let no_header = parse_points("1,1,1\n2,2,0", Task::Classify(2)).expect("valid");
    assert_eq!(no_header.len(), 2);
}

#[test]
fn minus_one_reads_as_class_zero_with_two_classes_only() {
    let set = parse_points("1,1,-1\n2,2,1", Task::Classify(2)).expect("valid");
    assert_eq!(set.points()[0].label, 0.0);
    let (line, problem) = problem_of("1,1,-1", Task::Classify(3));
    assert_eq!(line, 1);
    assert!(matches!(problem, CsvProblem::BadLabel { label, .. } if label == -1.0));
    let regression = parse_points("1,1,-1\n2,2,0.25", Task::Regress).expect("valid");
    assert_eq!(regression.points()[0].label, -1.0);
}

#[test]
fn each_problem_names_its_line() {
    let cases: [(&str, Task, usize, &str); 7] = [
        (
            "1,1,0\n2,2\n",
            Task::Classify(2),
            2,
            "expected 3 values x,y,label separated by commas but found 2",
        ),
        (
            "x,y,label\n1,1,0\n1,abc,0",
            Task::Classify(2),
            3,
            "the y value \"abc\" is not a number",
        ),
        (
            "1,1,0\n\n# c\n7,0,1",
            Task::Classify(2),
            4,
            "x and y must lie between -6 and 6",
        ),
        (
            "1,1,3",
            Task::Classify(3),
            1,
            "the label 3 is not a class from 0 to 2 (set more classes first)",
        ),
        (
            "1,1,1.5",
            Task::Regress,
            1,
            "the label 1.5 is not a value between -1 and 1",
        ),
        (
            "1,1,0.5",
            Task::Classify(2),
            1,
            "the label 0.5 is not a class 0 or 1 (or -1 for class 0)",
        ),
        (
            "1,1,inf",
            Task::Regress,
            1,
            "the label value \"inf\" is not a number",
        ),
    ];
    for (text, task, line, message) in cases {
        let e = parse_points(text, task).expect_err(text);
        assert_eq!(e.line, line, "{text}");
        assert_eq!(e.to_string(), format!("Line {line}: {message}"), "{text}");
    }
}

#[test]
fn a_header_is_only_allowed_first() {
    let (line, problem) = problem_of("1,1,0\nx,y,label\n", Task::Classify(2));
    assert_eq!(line, 2);
    assert!(matches!(
        problem,
        CsvProblem::NotANumber { column: "x", .. }
    ));
}

#[test]
fn too_many_rows_too_many_bytes_and_no_rows_are_refused() {
    let rows: String = (0..=MAX_CSV_ROWS)
        .map(|i| format!("{},0,1\n", (i % 1000) as f64 / 200.0))
        .collect();
    let (line, problem) = problem_of(&rows, Task::Classify(2));
    assert_eq!((line, problem), (MAX_CSV_ROWS + 1, CsvProblem::TooManyRows));
    let ok: String = rows
        .lines()
        .take(MAX_CSV_ROWS)
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        parse_points(&ok, Task::Classify(2)).map(|s| s.len()),
        Ok(MAX_CSV_ROWS)
    );
    let huge = "#".repeat(MAX_CSV_BYTES + 1);
    let e = parse_points(&huge, Task::Classify(2)).expect_err("too large");
    assert_eq!(e.line, 0);
    assert!(
        e.to_string()
            .starts_with(&format!("the file has {} bytes", MAX_CSV_BYTES + 1))
    );
    assert_eq!(
        problem_of("# nothing\n\nx,y,label\n", Task::Regress),
        (0, CsvProblem::NoPoints)
    );
}

#[test]
fn written_points_read_back_identically() {
    let points = [
        Point {
            x: -6.0,
            y: 0.005,
            label: 2.0,
        },
        Point {
            x: 0.125,
            y: -3.3,
            label: 0.0,
        },
        Point {
            x: 5.995,
            y: 6.0,
            label: 1.0,
        },
    ];
    let text = write_points(&points);
    assert!(text.starts_with("x,y,label\n-6,0.005,2\n"), "{text}");
    let back = parse_points(&text, Task::Classify(3)).expect("valid");
    assert_eq!(back, CustomPoints::new(&points).expect("valid"));
}

#[test]
fn random_text_is_refused_or_read_but_never_panics() {
    let mut rng = crate::engine::rng::Rng::new(13);
    let alphabet = b"0123456789.,-e\n#xyabel \r\t";
    for _ in 0..300 {
        let bytes: Vec<u8> = (0..rng.below(400))
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        for task in [Task::Classify(2), Task::Classify(5), Task::Regress] {
            if let Err(e) = parse_points(&text, task) {
                assert!(!e.to_string().is_empty());
            }
        }
    }
}

/// (x, y, label) of each point read, in the custom set's order.
fn triples(text: &str, task: Task) -> Vec<(f64, f64, f64)> {
    let set = parse_points(text, task).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    set.points().iter().map(|p| (p.x, p.y, p.label)).collect()
}

#[test]
fn what_a_french_spreadsheet_writes_is_read() {
    // Semicolons, decimal commas, a BOM, CRLF, quoted fields: Excel's "CSV (séparateur :
    // point-virgule)".
    let excel = "\u{feff}\"x\";\"y\";\"label\"\r\n1,5;-2,25;1\r\n\"-0,5\";\"3\";\"0\"\r\n";
    let want = vec![(-0.5, 3.0, 0.0), (1.5, -2.25, 1.0)];
    assert_eq!(triples(excel, Task::Classify(2)), want);
    // Tabs (a copy from a spreadsheet), with decimal commas or points.
    assert_eq!(
        triples(
            "x\ty\tlabel\n1,5\t-2,25\t1\n-0.5\t3\t0\n",
            Task::Classify(2)
        ),
        want
    );
    // A plain comma file with quoted fields, a quote inside one being doubled.
    let quoted = "\"x\",\"y\",\"label\"\n\"1.5\",\"-2.25\",\"1\"\n-0.5,3,0";
    assert_eq!(triples(quoted, Task::Classify(2)), want);
    // Regression values with decimal commas.
    assert_eq!(triples("0;0;-0,75", Task::Regress), vec![(0.0, 0.0, -0.75)]);
}

#[test]
fn a_count_problem_names_the_separator_found() {
    let e = parse_points("x;y;label\n1;2\n", Task::Classify(2)).expect_err("two values");
    assert_eq!(
        e.to_string(),
        "Line 2: expected 3 values x,y,label separated by semicolons but found 2"
    );
    let e = parse_points("1\t2\t1\n1\t2", Task::Classify(2)).expect_err("two values");
    assert_eq!(e.separator.name(), "tab");
    assert!(e.to_string().contains("separated by tabs"), "{e}");
    // A comma file with decimal commas cannot be told apart: its count says so.
    let e = parse_points("1,5,2,5,1", Task::Classify(2)).expect_err("five values");
    assert_eq!(
        e.to_string(),
        "Line 1: expected 3 values x,y,label separated by commas but found 5"
    );
}

#[test]
fn the_french_export_opens_as_columns_and_reads_back() {
    let points = vec![
        Point {
            x: 1.5,
            y: -2.25,
            label: 1.0,
        },
        Point {
            x: -0.005,
            y: 3.0,
            label: 0.0,
        },
    ];
    let text = write_points_french(&points);
    assert_eq!(text, "x;y;label\r\n1,5;-2,25;1\r\n-0,005;3;0\r\n");
    let back = parse_points(&text, Task::Classify(2)).expect("reads back");
    assert_eq!(back, CustomPoints::new(&points).expect("valid"));
}
