//! Sending one mail under a lease: the protocol every mail flow shares.
//!
//! *Claim, send, record.* A conditional write takes a lease on what the mail is about
//! (a recipient's cooldown, an invoice's dunning step); the mailer sends; one write
//! records the mail and ends the lease. What happens when the send fails depends on what
//! the mailer knows:
//! - nothing was sent (throttled, unavailable, misconfigured): the lease is released and
//!   the record fails, so Lambda retries it;
//! - refused for good for this recipient or message (`MailError::Rejected`): released,
//!   and the caller skips;
//! - maybe sent (`MailError::Unknown`, e.g. a timeout after the request went out): the
//!   lease stays, as after a crash between send and record. It lasts `LEASE_SECS`,
//!   longer than Lambda can retry a stream record, so every retry finds its own
//!   unfinished claim (`Claim::HeldBySelf`) and skips rather than risk a second mail.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::ports::{Lease, MailError, Mailer, OutgoingMail, StoreError};

/// How long a claim holds its subject: longer than the inbox stream keeps a record
/// (24 h, the template's `MaximumRecordAgeInSeconds`), so no retry of an unfinished
/// attempt can outlive it, whatever the flow's cooldown.
pub const LEASE_SECS: i64 = 25 * 3600;

/// A subject is claimed only with at least this much of the invocation left: enough for
/// the mail service and the record (each bounded by its SDK timeouts), so that a claim is
/// not cut off between the send and the record by the function's own timeout.
pub const SEND_AND_RECORD_TIME: Duration = Duration::from_secs(3);

/// Whether there is still time to claim, send and record before `deadline`.
pub fn time_to_send(deadline: Instant) -> bool {
    deadline.saturating_duration_since(Instant::now()) >= SEND_AND_RECORD_TIME
}

/// How a send under a lease ended, when it did not fail.
#[derive(Debug)]
pub enum Sent<S> {
    /// The mail service accepted it: record it with the lease.
    Accepted { message_id: String, lease: Lease<S> },
    /// Refused for good for this recipient or message; the lease was released.
    Rejected,
}

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error(transparent)]
    Mail(MailError),
    /// Releasing the lease after a failed send failed.
    #[error(transparent)]
    Store(StoreError),
}

/// Sends `mail` while holding `lease`, giving the lease back through `release` when the
/// mail surely did not go out.
pub async fn send_leased<S, M, R, F>(
    mailer: &M,
    mail: &OutgoingMail,
    lease: Lease<S>,
    deadline: Instant,
    release: R,
) -> Result<Sent<S>, DeliveryError>
where
    M: Mailer,
    R: FnOnce(Lease<S>) -> F,
    F: Future<Output = Result<(), StoreError>>,
{
    match mailer.send(mail, deadline).await {
        Ok(message_id) => Ok(Sent::Accepted { message_id, lease }),
        Err(MailError::Rejected(reason)) => {
            release(lease).await.map_err(DeliveryError::Store)?;
            tracing::warn!(%reason, "the mail service rejected the mail; skipped");
            Ok(Sent::Rejected)
        }
        Err(err @ MailError::Unknown(_)) => {
            // The mail may have gone out: the lease stays, as after a crash.
            let _kept = lease;
            Err(DeliveryError::Mail(err))
        }
        Err(err) => {
            release(lease).await.map_err(DeliveryError::Store)?;
            Err(DeliveryError::Mail(err))
        }
    }
}
