//! Counting tests in the output of the test runners: cargo's (native and wasm alike) and the
//! TAP summary of `node --test`. Pure text parsing, no I/O.

/// Tests counted in some output.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    /// Tests that passed.
    pub passed: u64,
    /// Tests that failed (for node, cancelled ones too).
    pub failed: u64,
}

/// Sums cargo's `test result: ok. N passed; M failed; ...` lines (native and wasm runner alike).
pub fn cargo_counts(text: &str) -> Counts {
    let mut counts = Counts::default();
    for line in text.lines() {
        let Some((_, result)) = line.split_once("test result: ") else {
            continue;
        };
        for part in result.split(';') {
            let words: Vec<&str> = part.split_whitespace().collect();
            if let [.., n, label] = words[..] {
                match (n.parse::<u64>(), label) {
                    (Ok(n), "passed") => counts.passed += n,
                    (Ok(n), "failed") => counts.failed += n,
                    _ => {}
                }
            }
        }
    }
    counts
}

/// Reads node's TAP summary (`# pass N`, `# fail N`, `# cancelled N`; cancelled counts as failed).
pub fn tap_counts(text: &str) -> Counts {
    let mut counts = Counts::default();
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let (Some("#"), Some(label), Some(n)) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        match (label, n.parse::<u64>()) {
            ("pass", Ok(n)) => counts.passed += n,
            ("fail" | "cancelled", Ok(n)) => counts.failed += n,
            _ => {}
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_result_lines_are_summed() {
        let text = "running 3 tests\n\
            test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\
            test a ... FAILED\n\
            test result: FAILED. 4 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out\n\
            no tests to run!\n";
        assert_eq!(
            cargo_counts(text),
            Counts {
                passed: 7,
                failed: 2
            }
        );
    }

    #[test]
    fn tap_summary_is_read_and_cancelled_counts_as_failed() {
        let text = "TAP version 13\nok 1 - loads\n# tests 4\n# suites 0\n# pass 2\n# fail 1\n\
            # cancelled 1\n# skipped 0\n# duration_ms 812.5\n";
        assert_eq!(
            tap_counts(text),
            Counts {
                passed: 2,
                failed: 2
            }
        );
    }
}
