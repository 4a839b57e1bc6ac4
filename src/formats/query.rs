//! Splitting a query string into decoded `key=value` pairs: the leading `#` or `?`, the `&`
//! separators, `%xx` escapes and repeated keys. Total on any input; knows no key names.

use std::collections::HashMap;

/// The pairs of `query`, percent-decoded, one per key: a repeated key's last value wins, at
/// the position of its first appearance. A leading `#` or `?` is skipped, empty segments are
/// dropped, and a segment without `=` is a key with an empty value.
pub(crate) fn pairs(query: &str) -> Vec<(String, String)> {
    let body = query
        .strip_prefix('#')
        .or_else(|| query.strip_prefix('?'))
        .unwrap_or(query);
    let mut out: Vec<(String, String)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for segment in body.split('&').filter(|s| !s.is_empty()) {
        let (key, value) = segment.split_once('=').unwrap_or((segment, ""));
        let (key, value) = (decode(key), decode(value));
        match index.get(&key) {
            Some(&i) => out[i].1 = value,
            None => {
                index.insert(key.clone(), out.len());
                out.push((key, value));
            }
        }
    }
    out
}

/// `text` with every `%xx` (two hex digits) replaced by that byte. A `%` not followed by two
/// hex digits stays as it is; bytes that do not form UTF-8 become U+FFFD.
pub(super) fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i + 1..i + 3) {
            Some(&[hi, lo]) if bytes[i] == b'%' => hex(hi).zip(hex(lo)),
            _ => None,
        };
        match escaped {
            Some((hi, lo)) => {
                out.push(hi << 4 | lo);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of one hex digit, if it is one.
fn hex(digit: u8) -> Option<u8> {
    (digit as char).to_digit(16).map(|d| d as u8)
}
