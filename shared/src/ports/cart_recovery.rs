use std::future::Future;

use super::{Claim, Lease, SendStart, StoreError};
use crate::recipient::RecipientKey;
use crate::stripe::ids::CheckoutSessionId;

/// A recovery mail that SES accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentRecovery<'a> {
    pub session_id: &'a CheckoutSessionId,
    pub message_id: &'a str,
    pub sent_at: i64,
    pub amount_total: Option<i64>,
    pub currency: Option<&'a str>,
}

/// A completed session that came from a recovery link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted<'a> {
    pub recovered_from: &'a CheckoutSessionId,
    pub session_id: &'a CheckoutSessionId,
    pub amount_total: Option<i64>,
    pub currency: Option<&'a str>,
    pub at: i64,
}

/// What we know of a session's recovery mail.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SessionMail {
    #[default]
    NotMailed,
    /// Recorded: SES accepted it.
    Mailed,
    /// Its send started and neither a record nor a release followed (SES timed out after
    /// the request went out, or the function died): it may have gone out, so it never
    /// goes again.
    MaybeSent,
}

/// What happened to a conversion report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    Recorded,
    /// The recovery was already marked converted (a redelivered event).
    AlreadyRecorded,
    /// `recovered_from` names a session we never mailed.
    NotMailed,
}

/// The cart-recovery flow's records: the claim → start → send → record protocol of
/// `delivery` on the recipient (the cooldown) and the session (once per session), which
/// session was mailed, purchases (for "bought since"), and conversions. Every method is
/// one atomic write (or transaction) or a consistent read.
pub trait CartRecoveryStore: Send + Sync {
    /// What we know of `session`'s recovery mail.
    fn session_mail(
        &self,
        session: &CheckoutSessionId,
    ) -> impl Future<Output = Result<SessionMail, StoreError>> + Send;

    /// When the recipient last completed a checkout, if we know.
    fn last_purchase_at(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<Option<i64>, StoreError>> + Send;

    /// Takes the recipient's lease for `session` until `claim_until` if nobody was mailed
    /// since `mailed_before` and no other session's claim is live; a claim of the same
    /// session that never started sending is taken over (an attempt that died before
    /// SES). `Settled`: mailed within the cooldown; `Busy`: another session holds it.
    fn claim(
        &self,
        recipient: &RecipientKey,
        session: &CheckoutSessionId,
        now: i64,
        claim_until: i64,
        mailed_before: i64,
    ) -> impl Future<Output = Result<Claim, StoreError>> + Send;

    /// Just before SES is called, in one transaction: the session's record becomes
    /// "send started" (durable until recorded or released; `session_mail` then answers
    /// `MaybeSent`) and the recipient's cooldown starts at `now`. Idempotent for the same
    /// lease, so a retried write cannot turn into `Superseded`.
    fn start_send(
        &self,
        lease: &Lease,
        now: i64,
    ) -> impl Future<Output = Result<SendStart, StoreError>> + Send;

    /// Gives back a lease after a send that surely did not go out: the session's
    /// "send started" mark goes, and the recipient's cooldown is what it was before.
    fn release(&self, lease: &Lease) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records an accepted mail in one transaction, ending the lease: the recipient's
    /// cooldown item (expires at `recipient_ttl`) and the session's recovery record
    /// (expires at `recovery_ttl`).
    fn record_sent(
        &self,
        lease: &Lease,
        sent: &SentRecovery<'_>,
        recipient_ttl: i64,
        recovery_ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Remembers that the recipient completed a checkout at `at` (the latest such time
    /// wins; the item expires at `ttl`).
    fn record_purchase(
        &self,
        recipient: &RecipientKey,
        at: i64,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Marks the recovery of `recovered_from` converted, once.
    fn record_conversion(
        &self,
        converted: &Converted<'_>,
    ) -> impl Future<Output = Result<Conversion, StoreError>> + Send;
}
