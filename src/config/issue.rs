//! What parsing a query string reports back: one [`ConfigIssue`] per key it could not use,
//! worded so that a student can fix the link. Plain data and messages, no parsing.

use super::FORMAT_VERSION;
use super::expected::Expected;
use core::fmt;

/// Longest key or value (in characters) an issue keeps; longer ones are cut and end in "…",
/// so that a pasted essay does not become an essay-long message.
pub const MAX_SHOWN_CHARS: usize = 40;

/// Why a key of the query string was not used.
#[derive(Clone, Debug, PartialEq)]
pub enum IssueKind {
    /// No setting has this name; the pair was ignored.
    UnknownKey,
    /// The value is not acceptable; the setting kept its previous value.
    BadValue {
        /// What would have been accepted (its `Display` is short English: "a number between
        /// 0 and 10").
        expected: Expected,
        /// The value kept instead, as it would be written in the query string.
        kept: String,
    },
    /// The `v` key names a format version this build does not know; the other keys were still
    /// read as the current version.
    UnsupportedVersion,
    /// The link asks for more classes than its generated dataset can be drawn with: the set
    /// is shown with `max` classes (the setting is kept, for data that can show it).
    ClassesNotDrawn {
        /// The dataset's link name (`circle`, `xor`, `moons`).
        dataset: &'static str,
        /// The classes it is drawn with.
        max: usize,
    },
}

/// One key of a query string that was ignored, with the reason.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigIssue {
    /// The key as written (percent-decoded, cut to [`MAX_SHOWN_CHARS`]).
    pub key: String,
    /// The value as written (percent-decoded, cut to [`MAX_SHOWN_CHARS`]).
    pub value: String,
    /// What was wrong.
    pub problem: IssueKind,
}

impl ConfigIssue {
    /// An issue about `key=value`, both cut to a displayable length.
    pub(super) fn new(key: &str, value: &str, problem: IssueKind) -> Self {
        ConfigIssue {
            key: shorten(key),
            value: shorten(value),
            problem,
        }
    }
}

/// `text` cut to [`MAX_SHOWN_CHARS`] characters, marked with "…" when cut.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

impl fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (key, value) = (&self.key, &self.value);
        match &self.problem {
            IssueKind::UnknownKey => {
                write!(
                    f,
                    "{key}={value}: \"{key}\" is not a setting this page knows; ignored"
                )
            }
            IssueKind::BadValue { expected, kept } => {
                let kept = if kept.is_empty() { "none" } else { kept };
                write!(f, "{key}={value} is not {expected}; kept {kept}")
            }
            IssueKind::ClassesNotDrawn { dataset, max } => write!(
                f,
                "{key}={value}: the {dataset} set is drawn with {max} classes only, so it shows \
                 {max} (spiral, gauss and your own points take up to 5)"
            ),
            IssueKind::UnsupportedVersion => write!(
                f,
                "{key}={value} is a link format this page does not know (it reads \
                 {key}={FORMAT_VERSION}); the other settings were read as version \
                 {FORMAT_VERSION} and may differ from the link's"
            ),
        }
    }
}
