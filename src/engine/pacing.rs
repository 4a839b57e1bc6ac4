//! Training within a share of time (on the page, a frame's): each mode's wasm handle runs
//! its unit of work (a step, a pass, an attempt) in chunks, reading the clock after each
//! chunk, and stops at the budget, at the count asked for, or when the work does less than
//! it was asked (finished, nothing to learn from, diverged). The clock is the caller's.

/// What [`within_budget`] did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paced {
    /// Units of work done.
    pub done: u32,
    /// Milliseconds the clock advanced from the start to the last read.
    pub ms: f64,
}

/// Runs `work(n)`, which does up to `n` units and returns how many it did, in chunks of at
/// most `per_read` units until `max` are done, `budget_ms` milliseconds have passed on
/// `clock` (read once before and once after each chunk), or a chunk falls short. The first
/// chunk always runs, so one call to `advance(1, 0.0)` is one step.
pub fn within_budget(
    max: u32,
    per_read: u32,
    budget_ms: f64,
    clock: impl Fn() -> f64,
    mut work: impl FnMut(u32) -> u32,
) -> Paced {
    let start = clock();
    let mut paced = Paced { done: 0, ms: 0.0 };
    while paced.done < max {
        let chunk = per_read.max(1).min(max - paced.done);
        let did = work(chunk).min(chunk);
        paced.done += did;
        paced.ms = clock() - start;
        if did < chunk || paced.ms >= budget_ms {
            break;
        }
    }
    paced
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// A clock that advances `ms_per_unit` for every unit the work does.
    fn ticking(ms_per_unit: f64) -> (Cell<f64>, f64) {
        (Cell::new(0.0), ms_per_unit)
    }

    #[test]
    fn stops_at_the_budget_after_the_chunk_that_crossed_it() {
        let (time, per) = ticking(0.3);
        let paced = within_budget(
            1000,
            4,
            5.0,
            || time.get(),
            |n| {
                time.set(time.get() + per * n as f64);
                n
            },
        );
        // 4 units are 1.2 ms: after 5 chunks (6 ms) the budget of 5 ms is crossed.
        assert_eq!(paced.done, 20);
        assert!((paced.ms - 6.0).abs() < 1e-9, "{paced:?}");
    }

    #[test]
    fn stops_at_the_count_asked_for_with_a_short_last_chunk() {
        let mut chunks = Vec::new();
        let paced = within_budget(
            10,
            4,
            f64::INFINITY,
            || 0.0,
            |n| {
                chunks.push(n);
                n
            },
        );
        assert_eq!(paced.done, 10);
        assert_eq!(chunks, [4, 4, 2]);
    }

    #[test]
    fn stops_when_the_work_falls_short_and_counts_what_it_did() {
        let mut left = 6;
        let paced = within_budget(
            100,
            4,
            f64::INFINITY,
            || 0.0,
            |n| {
                let did = n.min(left);
                left -= did;
                did
            },
        );
        assert_eq!(paced.done, 6);
        let paced = within_budget(100, 4, f64::INFINITY, || 0.0, |_| 0);
        assert_eq!(paced.done, 0);
    }

    #[test]
    fn the_first_chunk_runs_even_with_no_time_and_a_zero_chunk_size_means_one() {
        let mut chunks = Vec::new();
        let paced = within_budget(
            5,
            0,
            0.0,
            || 0.0,
            |n| {
                chunks.push(n);
                n
            },
        );
        assert_eq!((paced.done, chunks), (1, vec![1]));
        assert_eq!(within_budget(0, 4, 1.0, || 0.0, |n| n).done, 0);
    }
}
