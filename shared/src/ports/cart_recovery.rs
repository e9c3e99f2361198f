use std::future::Future;

use super::{Lease, StoreError};
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

/// What happened to a conversion report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    Recorded,
    /// The recovery was already marked converted (a redelivered event).
    AlreadyRecorded,
    /// `recovered_from` names a session we never mailed.
    NotMailed,
}

/// The cart-recovery flow's records: which session was mailed, purchases (for "bought
/// since"), and conversions. Every method is one atomic write or a consistent read.
pub trait CartRecoveryStore: Send + Sync {
    /// Whether a recovery mail for `session` is recorded (by `record_sent`).
    fn session_mailed(
        &self,
        session: &CheckoutSessionId,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// When the recipient last completed a checkout, if we know.
    fn last_purchase_at(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<Option<i64>, StoreError>> + Send;

    /// Records an accepted mail in one transaction, ending the lease: the recipient's
    /// cooldown starts (its item expires at `recipient_ttl`) and the session's recovery
    /// record is written (expires at `recovery_ttl`).
    fn record_sent(
        &self,
        lease: Lease,
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
