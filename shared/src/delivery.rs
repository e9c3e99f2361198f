//! Sending one mail under a lease: the protocol every mail flow shares.
//!
//! *Claim, start, send, record.*
//! 1. A conditional write *claims* what the mail is about (a recipient's cooldown for
//!    one cart, one step of an invoice's sequence) with a token of its own. A claim
//!    that never started sending is harmless: it expires after `CLAIM_SECS`, and the
//!    same owner (a retry of the same event) takes it over at once.
//! 2. Just before the mail service is called, a second write marks the send *started*
//!    (checking the token). From then on the mail counts as maybe sent, durably: no
//!    lease expiry ever makes it sendable again, later steps count it, and a payment
//!    is credited to it.
//! 3. The mailer sends; then one write *records* the mail (SES accepted it), or the
//!    lease is *released* (the mail surely did not go out: throttled, unavailable,
//!    misconfigured, rejected for good). Both are retried within the invocation.
//!
//! If the answer never comes (`MailError::Unknown`: a timeout after the request went
//! out), the "send started" mark stays and the step is done: at most once. A retry can
//! tell the two unfinished cases apart: a claim without the mark never reached SES and
//! is sent; a mark may have, and is not.
//!
//! Another attempt's live claim on the same subject is `Busy`: a retryable failure,
//! never an acknowledged skip. Leases are per step, so a step is never blocked by
//! another one.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::ports::{
    CartRecoveryStore, CartStep, DunningStep, DunningStore, Lease, MailError, Mailer, OutgoingMail,
    SendStart, StoreError,
};

/// How long a claim that has not started sending holds its subject. Far longer than a
/// claim takes to reach the mail service (milliseconds), short enough that a claim
/// orphaned by a crash delays another event's attempt only briefly.
pub const CLAIM_SECS: i64 = 300;

/// A subject is claimed only with at least this much of the invocation left: enough for
/// the mail service and the record (each bounded by its SDK timeouts), so that a claim is
/// not cut off between the send and the record by the function's own timeout.
pub const SEND_AND_RECORD_TIME: Duration = Duration::from_secs(3);

/// Whether there is still time to claim, send and record before `deadline`.
pub fn time_to_send(deadline: Instant) -> bool {
    deadline.saturating_duration_since(Instant::now()) >= SEND_AND_RECORD_TIME
}

/// The store's side of one lease: marking the send started, and giving the lease back.
pub trait SendLeases<S>: Sync {
    fn start(
        &self,
        lease: &Lease<S>,
        now: i64,
    ) -> impl Future<Output = Result<SendStart, StoreError>> + Send;

    fn release(&self, lease: &Lease<S>) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// A billing step's lease, in a `DunningStore`.
pub struct DunningLeases<'a, T>(pub &'a T);

impl<T: DunningStore> SendLeases<DunningStep> for DunningLeases<'_, T> {
    fn start(
        &self,
        lease: &Lease<DunningStep>,
        now: i64,
    ) -> impl Future<Output = Result<SendStart, StoreError>> + Send {
        self.0.start_step_send(lease, now)
    }

    fn release(
        &self,
        lease: &Lease<DunningStep>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send {
        self.0.release_step(lease)
    }
}

/// A cart step's lease on its recipient, in a `CartRecoveryStore`.
pub struct CartLeases<'a, T>(pub &'a T);

impl<T: CartRecoveryStore> SendLeases<CartStep> for CartLeases<'_, T> {
    fn start(
        &self,
        lease: &Lease<CartStep>,
        now: i64,
    ) -> impl Future<Output = Result<SendStart, StoreError>> + Send {
        self.0.start_send(lease, now)
    }

    fn release(
        &self,
        lease: &Lease<CartStep>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send {
        self.0.release(lease)
    }
}

/// How a send under a lease ended, when it did not fail.
#[derive(Debug)]
pub enum Sent<S> {
    /// The mail service accepted it: record it with the lease.
    Accepted { message_id: String, lease: Lease<S> },
    /// Refused for good for this recipient or message; the lease was released.
    Rejected,
    /// No answer came after the request went out: the mail may have gone. The "send
    /// started" mark stays; nothing more is to be done for this mail, ever.
    MaybeSent,
    /// The claim was no longer ours (or the subject settled) when the send was to
    /// start: nothing was sent; whoever holds it now sends it.
    Superseded,
}

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// Nothing was sent and the lease was released: a later retry can send.
    #[error(transparent)]
    Mail(MailError),
    /// Marking the send started, or releasing the lease after a failed send, failed
    /// within the invocation's time.
    #[error(transparent)]
    Store(StoreError),
}

/// Sends `mail` while holding `lease`: marks the send started, sends, and gives the lease
/// back when the mail surely did not go out. The caller records an `Accepted` mail.
pub async fn send_leased<S, L, M>(
    leases: &L,
    mailer: &M,
    mail: &OutgoingMail,
    lease: Lease<S>,
    now: i64,
    deadline: Instant,
) -> Result<Sent<S>, DeliveryError>
where
    S: Sync,
    L: SendLeases<S>,
    M: Mailer,
{
    // Idempotent for the same lease, so retrying a write whose answer was lost is safe.
    match retrying(deadline, || leases.start(&lease, now)).await {
        Ok(SendStart::Started) => {}
        Ok(SendStart::Superseded) => return Ok(Sent::Superseded),
        Err(err) => {
            // The mark may or may not be written; releasing removes it if it was: SES was
            // not called.
            release(leases, &lease, deadline).await?;
            return Err(DeliveryError::Store(err));
        }
    }
    match mailer.send(mail, deadline).await {
        Ok(message_id) => Ok(Sent::Accepted { message_id, lease }),
        Err(MailError::Rejected(reason)) => {
            release(leases, &lease, deadline).await?;
            tracing::warn!(%reason, "the mail service rejected the mail; skipped");
            Ok(Sent::Rejected)
        }
        Err(err @ MailError::Unknown(_)) => {
            // The mail may have gone out: the mark stays, as after a crash.
            tracing::warn!(error = %err, "the mail may have been sent; it will not be sent again");
            Ok(Sent::MaybeSent)
        }
        Err(err) => {
            release(leases, &lease, deadline).await?;
            Err(DeliveryError::Mail(err))
        }
    }
}

async fn release<S: Sync, L: SendLeases<S>>(
    leases: &L,
    lease: &Lease<S>,
    deadline: Instant,
) -> Result<(), DeliveryError> {
    retrying(deadline, || leases.release(lease))
        .await
        .map_err(DeliveryError::Store)
}

/// Attempts of one store write before its error is returned.
const STORE_ATTEMPTS: u32 = 4;
const FIRST_PAUSE: Duration = Duration::from_millis(50);

/// Runs a store write again after an `Unavailable` error (the SDK's own retries already
/// spent), with doubling pauses, while the deadline leaves time for the pause and one
/// more attempt: a write that ends a lease must not be lost to one bad moment. For
/// idempotent writes only.
pub async fn retrying<T, F, Fut>(deadline: Instant, mut write: F) -> Result<T, StoreError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, StoreError>>,
{
    let mut pause = FIRST_PAUSE;
    let mut attempt = 1;
    loop {
        match write().await {
            Ok(value) => return Ok(value),
            Err(err @ StoreError::Corrupt(_)) => return Err(err),
            Err(err) => {
                let left = deadline.saturating_duration_since(Instant::now());
                if attempt >= STORE_ATTEMPTS || left < pause + Duration::from_secs(1) {
                    return Err(err);
                }
                tracing::warn!(error = %err, attempt, "a store write failed; trying again");
                tokio::time::sleep(pause).await;
                pause *= 2;
                attempt += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[tokio::test(start_paused = true)]
    async fn a_failing_write_is_tried_again_within_the_deadline() {
        let calls = Mutex::new(0);
        let deadline = Instant::now() + Duration::from_secs(10);
        let result = retrying(deadline, || async {
            let mut calls = calls.lock().unwrap();
            *calls += 1;
            if *calls < 3 {
                Err(StoreError::Unavailable("down".into()))
            } else {
                Ok(*calls)
            }
        })
        .await;
        assert_eq!(result.unwrap(), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn it_gives_up_after_its_attempts_or_near_the_deadline() {
        let calls = Mutex::new(0u32);
        let always_down = || async {
            *calls.lock().unwrap() += 1;
            Err::<(), _>(StoreError::Unavailable("down".into()))
        };
        let far = Instant::now() + Duration::from_secs(60);
        assert!(retrying(far, always_down).await.is_err());
        assert_eq!(*calls.lock().unwrap(), STORE_ATTEMPTS);

        *calls.lock().unwrap() = 0;
        let near = Instant::now() + Duration::from_millis(500);
        assert!(retrying(near, always_down).await.is_err());
        assert_eq!(*calls.lock().unwrap(), 1, "no time for a pause and a retry");

        *calls.lock().unwrap() = 0;
        let corrupt = || async {
            *calls.lock().unwrap() += 1;
            Err::<(), _>(StoreError::Corrupt("bad item".into()))
        };
        assert!(retrying(far, corrupt).await.is_err());
        assert_eq!(*calls.lock().unwrap(), 1, "a corrupt item is not retried");
    }
}
