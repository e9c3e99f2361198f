//! The scheduler: a sweep of the jobs that are due, run every minute by an EventBridge
//! schedule. Firing a job writes its inbox item (one atomic write with the job's state),
//! so the table's stream delivers it to its consumer with the retries, dead-letter queue
//! and journal Stripe's events have. See `stripe_recovery::schedule`.

use stripe_recovery::ports::{Scheduler, StoreError};
use stripe_recovery::schedule::{Swept, sweep};
use stripe_recovery::telemetry::Metrics;
use tokio::time::Instant;

const METRICS: Metrics = Metrics::new("scheduler");

/// Metric names (namespace `StripeRecovery`, dimension `Function=scheduler`).
pub mod metric {
    /// Jobs fired by this sweep, by `Job` kind.
    pub const FIRED: &str = "JobsFired";
    /// Jobs found fired (or cancelled) by another sweep first.
    pub const ALREADY: &str = "JobsAlreadyFired";
}

pub struct Sweeper<S> {
    jobs: S,
}

impl<S: Scheduler> Sweeper<S> {
    pub fn new(jobs: S) -> Self {
        Self { jobs }
    }

    /// One sweep at `now`. A store error fails the invocation (EventBridge retries it);
    /// what fired before it stays fired.
    pub async fn run(&self, now: i64, deadline: Instant) -> Result<Swept, StoreError> {
        let swept = sweep(&self.jobs, now, deadline).await?;
        for item in &swept.fired {
            METRICS.count(metric::FIRED, &[("Job", item.event_type.as_str())]);
            tracing::info!(event_id = %item.event_id, "job fired");
        }
        if swept.already > 0 {
            METRICS.value(metric::ALREADY, swept.already as f64, &[]);
        }
        Ok(swept)
    }
}
