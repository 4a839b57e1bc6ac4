//! The text parts of JSON: reading a quoted string with its escapes (surrogate pairs joined,
//! a lone surrogate read as U+FFFD), and writing strings and numbers. Never panics.

use super::{JsonError, Parser};

impl Parser<'_> {
    /// A quoted string, escapes decoded (a lone surrogate becomes U+FFFD).
    pub(super) fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let run = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // The text is UTF-8 and the run stops only at ASCII bytes, so it is UTF-8 too.
            out.push_str(core::str::from_utf8(&self.bytes[run..self.pos]).unwrap_or("\u{fffd}"));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Result<char, JsonError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape();
            }
            _ => return Err(self.error("unknown escape")),
        };
        self.pos += 1;
        Ok(c)
    }

    /// After `\u`: four hex digits, joined with a following `\uDC00`–`\uDFFF` when they
    /// are a high surrogate.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return Ok(char::from_u32(high).unwrap_or('\u{fffd}'));
        }
        if !self.bytes[self.pos..].starts_with(b"\\u") {
            return Ok('\u{fffd}');
        }
        let save = self.pos;
        self.pos += 2;
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            self.pos = save;
            return Ok('\u{fffd}');
        }
        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
        Ok(char::from_u32(code).unwrap_or('\u{fffd}'))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.pos..self.pos + 4);
        let text = digits.and_then(|d| core::str::from_utf8(d).ok());
        let value = text.filter(|t| t.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = value.and_then(|t| u32::from_str_radix(t, 16).ok());
        let value = value.ok_or_else(|| self.error("expected four hex digits"))?;
        self.pos += 4;
        Ok(value)
    }
}

/// Appends `text` as a JSON string literal (quotes, backslashes and control characters
/// escaped).
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `x` in the shortest form that reads back to the same `f64` (`null` when it is not
/// finite, which JSON cannot write).
pub fn write_number(out: &mut String, x: f64) {
    if x.is_finite() {
        out.push_str(&format!("{x:?}"));
    } else {
        out.push_str("null");
    }
}
