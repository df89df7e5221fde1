//! Pacing: at most so many calls a period.

use std::time::Duration;

/// Verifik's limit: 50 project-flow calls a minute.
pub const VERIFIK_CALLS_PER_MINUTE: u32 = 50;

// Kept by hand rather than `governor`: Verifik allows 50 calls in any minute, bursts included,
// which is this window of the calls sent; governor's GCRA spaces calls 1.2 s apart. And a pure
// function of the times (tested without sleeping) whose wait a stop can abandon.
/// A limit of `calls` calls every `per`: the times of the calls sent within the last `per`.
#[derive(Debug)]
pub struct Pace {
    calls: usize,
    per: Duration,
    sent: std::collections::VecDeque<std::time::Instant>,
}

impl Pace {
    /// At most `calls` calls (at least one) every `per`.
    pub fn new(calls: u32, per: Duration) -> Self {
        Self {
            calls: usize::try_from(calls.max(1)).unwrap_or(usize::MAX),
            per,
            sent: std::collections::VecDeque::new(),
        }
    }

    /// How long a call made `now` must wait for its turn (zero: it may go now). A pure
    /// function of the calls recorded, so that the limit is tested without sleeping.
    pub fn wait(&mut self, now: std::time::Instant) -> Duration {
        while self
            .sent
            .front()
            .is_some_and(|at| now.saturating_duration_since(*at) >= self.per)
        {
            self.sent.pop_front();
        }
        if self.sent.len() < self.calls {
            return Duration::ZERO;
        }
        self.sent.front().map_or(Duration::ZERO, |first| {
            (*first + self.per).saturating_duration_since(now)
        })
    }

    /// Records a call sent at `at`.
    pub fn sent(&mut self, at: std::time::Instant) {
        self.sent.push_back(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pace_lets_so_many_calls_a_period_through_and_tells_the_next_when_to_go() {
        let start = std::time::Instant::now();
        let mut pace = Pace::new(3, Duration::from_mins(1));
        for n in 0..3 {
            let at = start + Duration::from_secs(n);
            assert_eq!(pace.wait(at), Duration::ZERO, "call {n}");
            pace.sent(at);
        }
        // The fourth waits until the first is a period old.
        let now = start + Duration::from_secs(10);
        assert_eq!(pace.wait(now), Duration::from_secs(50));
        // Then it goes, and the one after waits for the second.
        let later = start + Duration::from_mins(1);
        assert_eq!(pace.wait(later), Duration::ZERO);
        pace.sent(later);
        assert_eq!(pace.wait(later), Duration::from_secs(1));
    }
}
