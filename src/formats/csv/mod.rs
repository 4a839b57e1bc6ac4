//! CSV text, generically: a file is a header line (optional) and rows of fields separated by
//! commas, semicolons or tabs (the first line's choice; a French spreadsheet writes `;` and
//! decimal commas), fields optionally in double quotes, with `#` comments and blank lines
//! allowed. [`read`] splits and numbers the lines,
//! caps the sizes and hands each row's fields to a [`CsvReader`], which makes a record of
//! them; [`write`] writes records under their header. Errors name the line and the problem.
//! Knows no mode: what the columns mean (the classifier's points, `x,y,label`) is the
//! reader's, in `modes/classify/data/csv.rs`. (The English of [`CsvError`] words the points'
//! problems: they are the one CSV the playground reads.)

use crate::formats::decimal::parse_f64;
use core::fmt;

/// Largest CSV file accepted, in bytes.
pub const MAX_CSV_BYTES: usize = 1 << 20;
/// Most data rows accepted (the classifier's custom dataset holds as many points).
pub const MAX_CSV_ROWS: usize = 10_000;

/// A CSV file that could not be read, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvError {
    /// The 1-based line of the problem; 0 for the file as a whole.
    pub line: usize,
    /// What was wrong.
    pub problem: CsvProblem,
    /// The separator the file's first line uses (a comma when nothing was read).
    pub separator: Separator,
}

/// What separates the fields of a line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Separator {
    /// `,` (numbers with decimal points).
    #[default]
    Comma,
    /// `;` (what a French spreadsheet writes, with decimal commas).
    Semicolon,
    /// A tab (what a spreadsheet's copy gives).
    Tab,
}

impl Separator {
    /// The character itself.
    pub fn char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
            Separator::Tab => '\t',
        }
    }

    /// A stable name for the page's string table: `comma`, `semicolon` or `tab`.
    pub fn name(self) -> &'static str {
        match self {
            Separator::Comma => "comma",
            Separator::Semicolon => "semicolon",
            Separator::Tab => "tab",
        }
    }

    /// The separator of `line`: a semicolon if it has one outside quotes, else a tab if it
    /// has one, else a comma.
    pub fn of(line: &str) -> Separator {
        let mut quoted = false;
        let (mut semicolon, mut tab) = (false, false);
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ';' if !quoted => semicolon = true,
                '\t' if !quoted => tab = true,
                _ => {}
            }
        }
        if semicolon {
            Separator::Semicolon
        } else if tab {
            Separator::Tab
        } else {
            Separator::Comma
        }
    }

    /// In English, plural: "commas", "semicolons", "tabs".
    fn words(self) -> &'static str {
        match self {
            Separator::Comma => "commas",
            Separator::Semicolon => "semicolons",
            Separator::Tab => "tabs",
        }
    }
}

/// What was wrong with a CSV file.
#[derive(Clone, Debug, PartialEq)]
pub enum CsvProblem {
    /// The file is larger than [`MAX_CSV_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file has more than [`MAX_CSV_ROWS`] data rows.
    TooManyRows,
    /// The file has no data rows (points, in the one CSV the playground reads).
    NoPoints,
    /// A row does not have as many values as there are columns.
    FieldCount {
        /// How many it has.
        found: usize,
    },
    /// A value is not a number.
    NotANumber {
        /// Which column (for points "x", "y" or "label").
        column: &'static str,
        /// The text found (cut to 20 characters).
        text: String,
    },
    /// A record's x or y lies outside the plane [−6, 6] (reported by the points' reader).
    OutsidePlane,
    /// A record's label is not one the problem accepts (reported by the points' reader).
    BadLabel {
        /// The label found.
        label: f64,
        /// What would have been accepted, in English.
        expected: String,
    },
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "Line {}: ", self.line)?;
        }
        match &self.problem {
            CsvProblem::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes; at most {MAX_CSV_BYTES} are accepted"
            ),
            CsvProblem::TooManyRows => write!(f, "more than {MAX_CSV_ROWS} points; remove some"),
            CsvProblem::NoPoints => write!(f, "the file holds no points (x,y,label lines)"),
            CsvProblem::FieldCount { found } => write!(
                f,
                "expected 3 values x,y,label separated by {} but found {found}",
                self.separator.words()
            ),
            CsvProblem::NotANumber { column, text } => {
                write!(f, "the {column} value \"{text}\" is not a number")
            }
            CsvProblem::OutsidePlane => write!(f, "x and y must lie between -6 and 6"),
            CsvProblem::BadLabel { label, expected } => {
                write!(f, "the label {label} is not {expected}")
            }
        }
    }
}

/// A record written as one CSV row.
pub trait CsvRecord {
    /// The column names, the header line.
    const COLUMNS: &'static [&'static str];
    /// This record's fields, one a column, as written.
    fn fields(&self) -> Vec<String>;
}

/// How the rows of a file are read: each into a record, and the records into what the file
/// holds.
pub trait CsvReader {
    /// What one row is read into; its columns are the ones a row must have.
    type Record: CsvRecord;
    /// What the whole file is read into.
    type Output;
    /// Reads one data row's fields (trimmed, as many as there are columns).
    fn record(&self, fields: &[&str]) -> Result<Self::Record, CsvProblem>;
    /// Makes the output of the records read, one at least and [`MAX_CSV_ROWS`] at most.
    fn finish(&self, records: Vec<Self::Record>) -> Result<Self::Output, CsvProblem>;
}

/// Reads `text` with `reader`: at most [`MAX_CSV_BYTES`] (a leading byte-order mark
/// ignored; lines end with LF or CRLF), lines trimmed and split at the first content line's
/// [`Separator`] (outside double quotes, which are then removed, `""` standing for one) and
/// trimmed again, blank lines and lines starting with `#` skipped, the first other line skipped
/// when it is a header (as many fields as columns, none a number), then at least one and at
/// most [`MAX_CSV_ROWS`] rows. Never panics; on the first problem returns its 1-based line (0
/// for the file as a whole), what it was and the separator found.
pub fn read<R: CsvReader>(text: &str, reader: &R) -> Result<R::Output, CsvError> {
    let mut separator = Separator::Comma;
    if text.len() > MAX_CSV_BYTES {
        let problem = CsvProblem::TooLarge { bytes: text.len() };
        return Err(CsvError {
            line: 0,
            problem,
            separator,
        });
    }
    let columns = R::Record::COLUMNS.len();
    let mut records = Vec::new();
    let mut seen_content = false;
    for (i, raw) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let first = !seen_content;
        seen_content = true;
        if first {
            separator = Separator::of(line);
        }
        let owned = split(line, separator);
        let fields: Vec<&str> = owned.iter().map(String::as_str).collect();
        if first && is_header(&fields, columns) {
            continue;
        }
        let at = |problem| CsvError {
            line: i + 1,
            problem,
            separator,
        };
        if fields.len() != columns {
            let found = fields.len();
            return Err(at(CsvProblem::FieldCount { found }));
        }
        let record = reader.record(&fields).map_err(at)?;
        if records.len() == MAX_CSV_ROWS {
            return Err(at(CsvProblem::TooManyRows));
        }
        records.push(record);
    }
    let whole = |problem| CsvError {
        line: 0,
        problem,
        separator,
    };
    if records.is_empty() {
        return Err(whole(CsvProblem::NoPoints));
    }
    reader.finish(records).map_err(whole)
}

/// The fields of `line` split at `separator` outside double quotes, each trimmed and then
/// unquoted (`"a ""b"""` is `a "b"`).
fn split(line: &str, separator: Separator) -> Vec<String> {
    let sep = separator.char();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == sep && !quoted => fields.push(core::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields.iter().map(|f| f.trim().to_string()).collect()
}

/// A header is a first line of one field a column, none of which is a number.
fn is_header(fields: &[&str], columns: usize) -> bool {
    fields.len() == columns && fields.iter().all(|f| parse_f64(f).is_none())
}

/// The finite number in field `text` of `column` (a decimal comma, `1,5`, reads as `1.5`),
/// or what is wrong with it (the text cut to 20 characters).
pub fn number(column: &'static str, text: &str) -> Result<f64, CsvProblem> {
    let decimal_comma = text.matches(',').count() == 1 && !text.contains('.');
    let value = if decimal_comma {
        parse_f64(&text.replace(',', "."))
    } else {
        parse_f64(text)
    };
    let value = value.filter(|v| v.is_finite());
    value.ok_or_else(|| CsvProblem::NotANumber {
        column,
        text: text.chars().take(20).collect(),
    })
}

/// `records` as CSV text: the header line, then one line per record.
pub fn write<R: CsvRecord>(records: &[R]) -> String {
    write_with(records, Separator::Comma)
}

/// `records` as CSV text separated by `separator`: the header line, then one line per
/// record; with semicolons or tabs, decimal points become commas (what a French spreadsheet
/// opens as columns of numbers), and lines end with CRLF.
pub fn write_with<R: CsvRecord>(records: &[R], separator: Separator) -> String {
    let comma = separator == Separator::Comma;
    let (sep, end) = (
        separator.char().to_string(),
        if comma { "\n" } else { "\r\n" },
    );
    let mut out = String::with_capacity(16 + 24 * records.len());
    out.push_str(&R::COLUMNS.join(&sep));
    out.push_str(end);
    for record in records {
        let fields = record.fields();
        let fields: Vec<String> = match comma {
            true => fields,
            false => fields.iter().map(|f| f.replace('.', ",")).collect(),
        };
        out.push_str(&fields.join(&sep));
        out.push_str(end);
    }
    out
}

#[cfg(test)]
mod tests;
