//! The clock, and how long one Lambda invocation may keep working.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::time::Instant;

/// Seconds since the Unix epoch, as Stripe and DynamoDB TTLs count.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

fn unix_now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis() as u64
}

/// Time kept back from an invocation's deadline to answer after giving up on work.
const ANSWER_MARGIN: Duration = Duration::from_millis(500);

/// Budget when the invocation names no usable deadline (local runs, emulators).
pub const FALLBACK_BUDGET: Duration = Duration::from_secs(10);

/// How long work may take in one invocation: until its deadline (epoch ms, from the
/// Lambda context) less a margin to answer in. A missing deadline, or one already past
/// (local emulators send 0 or the invoke time), means `fallback`.
pub fn call_budget(lambda_deadline_ms: Option<u64>, now_ms: u64, fallback: Duration) -> Duration {
    lambda_deadline_ms
        .filter(|&deadline| deadline > now_ms)
        .map(|deadline| Duration::from_millis(deadline - now_ms))
        .unwrap_or(fallback)
        .saturating_sub(ANSWER_MARGIN)
}

/// The instant an invocation's work must finish by, from the Lambda context's deadline
/// (epoch ms): `call_budget` from now, with `FALLBACK_BUDGET` when there is none.
pub fn invocation_deadline(lambda_deadline_ms: Option<u64>) -> Instant {
    Instant::now() + call_budget(lambda_deadline_ms, unix_now_ms(), FALLBACK_BUDGET)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_budget_table() {
        let fallback = Duration::from_secs(10);
        let now = 1_700_000_000_000;
        let cases = [
            (Some(now + 10_000), Duration::from_millis(9_500)),
            (Some(now + 300), Duration::ZERO),
            (Some(now), Duration::from_millis(9_500)),
            (Some(0), Duration::from_millis(9_500)),
            (None, Duration::from_millis(9_500)),
        ];
        for (deadline, expected) in cases {
            assert_eq!(
                call_budget(deadline, now, fallback),
                expected,
                "{deadline:?}"
            );
        }
    }
}
