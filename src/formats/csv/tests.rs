//! Tests of the generic CSV reader and writer on a record of their own (the points' are in
//! `modes/classify/data/tests/csv.rs`): comments, a header, a byte-order mark, line numbers,
//! size limits and the reader's own problems.

use super::*;

/// A two-column record: a name and a number.
#[derive(Debug, PartialEq)]
struct Item {
    name: String,
    n: f64,
}

impl CsvRecord for Item {
    const COLUMNS: &'static [&'static str] = &["name", "n"];
    fn fields(&self) -> Vec<String> {
        vec![self.name.clone(), self.n.to_string()]
    }
}

/// Reads items; refuses a negative number as a bad label, and more than two items at the end.
struct Items;

impl CsvReader for Items {
    type Record = Item;
    type Output = Vec<Item>;
    fn record(&self, fields: &[&str]) -> Result<Item, CsvProblem> {
        let n = number("n", fields[1])?;
        if n < 0.0 {
            let expected = "positive".to_string();
            return Err(CsvProblem::BadLabel { label: n, expected });
        }
        let name = fields[0].to_string();
        Ok(Item { name, n })
    }
    fn finish(&self, items: Vec<Item>) -> Result<Vec<Item>, CsvProblem> {
        match items.len() {
            0..=2 => Ok(items),
            _ => Err(CsvProblem::TooManyRows),
        }
    }
}

fn item(name: &str, n: f64) -> Item {
    let name = name.to_string();
    Item { name, n }
}

fn problem_of(text: &str) -> (usize, CsvProblem) {
    let e = read(text, &Items).expect_err("must be refused");
    (e.line, e.problem)
}

#[test]
fn a_bom_comments_blank_lines_spaces_crlf_and_a_header_are_skipped() {
    let text = "\u{feff}# items\r\nname, n\r\n\r\n a , 1.5\r\n  # note\nb,-0";
    assert_eq!(
        read(text, &Items),
        Ok(vec![item("a", 1.5), item("b", -0.0)])
    );
    assert_eq!(read("a,1", &Items), Ok(vec![item("a", 1.0)]));
}

#[test]
fn each_problem_names_its_line_or_the_whole_file() {
    assert_eq!(
        problem_of("a,1\n\n# c\nb,2,3"),
        (4, CsvProblem::FieldCount { found: 3 })
    );
    let not_a_number = CsvProblem::NotANumber {
        column: "n",
        text: "twenty-one characters".chars().take(20).collect(),
    };
    assert_eq!(
        problem_of("a,1\nb,twenty-one characters"),
        (2, not_a_number)
    );
    assert!(matches!(
        problem_of("a,-1"),
        (1, CsvProblem::BadLabel { .. })
    ));
    assert_eq!(problem_of("a,1\nb,2\nc,3"), (0, CsvProblem::TooManyRows));
    assert_eq!(problem_of("# only\n\nname,n\n"), (0, CsvProblem::NoPoints));
    let huge = "#".repeat(MAX_CSV_BYTES + 1);
    let bytes = MAX_CSV_BYTES + 1;
    assert_eq!(problem_of(&huge), (0, CsvProblem::TooLarge { bytes }));
}

#[test]
fn a_header_is_only_skipped_first_and_with_one_field_a_column() {
    let not_a_number = |text: &str| CsvProblem::NotANumber {
        column: "n",
        text: text.to_string(),
    };
    assert_eq!(problem_of("a,1\nname,n"), (2, not_a_number("n")));
    assert_eq!(
        problem_of("name,n,extra\na,1"),
        (1, CsvProblem::FieldCount { found: 3 })
    );
}

#[test]
fn rows_beyond_the_limit_are_refused_at_their_line() {
    let rows: String = (0..=MAX_CSV_ROWS).map(|i| format!("{i},1\n")).collect();
    struct All;
    impl CsvReader for All {
        type Record = Item;
        type Output = usize;
        fn record(&self, fields: &[&str]) -> Result<Item, CsvProblem> {
            Items.record(fields)
        }
        fn finish(&self, items: Vec<Item>) -> Result<usize, CsvProblem> {
            Ok(items.len())
        }
    }
    let e = read(&rows, &All).expect_err("too many");
    assert_eq!(
        (e.line, e.problem),
        (MAX_CSV_ROWS + 1, CsvProblem::TooManyRows)
    );
    let at_most: String = rows
        .lines()
        .take(MAX_CSV_ROWS)
        .map(|l| l.to_string() + "\n")
        .collect();
    assert_eq!(read(&at_most, &All), Ok(MAX_CSV_ROWS));
}

#[test]
fn written_records_read_back_identically() {
    let items = vec![item("a", 0.1), item("b", 2.5e-7)];
    let text = write(&items);
    assert_eq!(text, "name,n\na,0.1\nb,0.00000025\n");
    assert_eq!(read(&text, &Items), Ok(items));
}

#[test]
fn quoted_fields_keep_their_separators_and_doubled_quotes() {
    let text = "name;n\r\n\"a; \"\"b\"\"\";\"1,5\"\r\n";
    assert_eq!(read(text, &Items), Ok(vec![item("a; \"b\"", 1.5)]));
    assert_eq!(read("\"x,y\",2", &Items), Ok(vec![item("x,y", 2.0)]));
    let e = read("a\t1\nb\t2\t3", &Items).expect_err("three fields");
    assert_eq!((e.line, e.separator), (2, Separator::Tab));
}

#[test]
fn french_records_are_written_with_semicolons_and_decimal_commas() {
    let items = vec![item("a", 0.1), item("b", 2.5)];
    let text = write_with(&items, Separator::Semicolon);
    assert_eq!(text, "name;n\r\na;0,1\r\nb;2,5\r\n");
    assert_eq!(read(&text, &Items), Ok(items));
}
