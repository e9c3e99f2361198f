//! The sweep: every job that is due fires, once. Run every minute by the scheduler
//! function (an EventBridge schedule), and on a timer by the local runner.
//!
//! A job fires by one atomic write (`Scheduler::fire`): it is marked fired and its inbox
//! item is written, which the stream delivers to the job's consumer like a Stripe event.
//! Two sweeps at once, or a sweep run twice, fire a job once: the second finds it fired.
//! A sweep that fails part way leaves the rest for the next one, a minute later.

use std::time::Duration;

use tokio::time::Instant;

use crate::inbox::InboxItem;
use crate::ports::{Fired, Scheduler, StoreError};

/// Jobs read per query.
pub const SWEEP_PAGE: usize = 100;
/// A sweep fires no job with less than this left before its deadline.
pub const FIRE_MARGIN: Duration = Duration::from_secs(2);

/// What a sweep did.
#[derive(Debug, Default)]
pub struct Swept {
    /// The inbox items of the jobs it fired (the local runner hands them to its consumers;
    /// on AWS the table's stream carries them).
    pub fired: Vec<InboxItem>,
    /// Jobs another sweep had fired (or cancelled) first.
    pub already: usize,
}

/// Fires every job due at `now`, until none is left or the deadline is near.
pub async fn sweep<S: Scheduler>(
    scheduler: &S,
    now: i64,
    deadline: Instant,
) -> Result<Swept, StoreError> {
    let mut swept = Swept::default();
    loop {
        let due = scheduler.due(now, SWEEP_PAGE).await?;
        let page_full = due.len() == SWEEP_PAGE;
        let mut fired_now = 0;
        for scheduled in &due {
            if deadline.saturating_duration_since(Instant::now()) < FIRE_MARGIN {
                return Ok(swept);
            }
            match scheduler.fire(scheduled, now).await? {
                Fired::Now => {
                    fired_now += 1;
                    swept.fired.push(scheduled.inbox_item(now));
                }
                Fired::Already => swept.already += 1,
            }
        }
        // The index is read eventually consistently: a page of jobs fired meanwhile
        // means the rest waits for the next sweep.
        if !page_full || fired_now == 0 {
            return Ok(swept);
        }
    }
}
