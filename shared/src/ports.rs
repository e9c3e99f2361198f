//! The traits the domain needs from the outside world. Adapters implement them.

use std::future::Future;

use crate::inbox::InboxItem;
use crate::recovery::{RecipientFacts, RecipientKey};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// The item was written now.
    New,
    /// An item with this key already existed; nothing was changed.
    Duplicate,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the store is unavailable: {0}")]
    Unavailable(String),
    #[error("a stored item could not be read: {0}")]
    Corrupt(String),
}

/// Durable, deduplicating storage of inbox items.
pub trait Inbox: Send + Sync {
    /// Writes `item` unless an item with its key exists (one atomic conditional write).
    /// Returns only once the item is durable.
    fn record_new(
        &self,
        item: &InboxItem,
    ) -> impl Future<Output = Result<Recorded, StoreError>> + Send;

    /// Reads the inbox item of an event, if recorded.
    fn event(
        &self,
        event_id: &str,
    ) -> impl Future<Output = Result<Option<InboxItem>, StoreError>> + Send;
}

/// The outcome of trying to claim a recipient before sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// We hold the lease; send, then record or release.
    Claimed,
    /// Mailed within the cooldown, or another session holds a live lease.
    Busy,
    /// This session already holds a live lease: an earlier attempt did not finish.
    HeldBySelf,
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

/// A recovery mail that SES accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentMail<'a> {
    pub recipient: &'a RecipientKey,
    pub session_id: &'a str,
    pub message_id: &'a str,
    pub sent_at: i64,
    pub amount_total: Option<i64>,
    pub currency: Option<&'a str>,
}

/// A completed session that came from a recovery link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted<'a> {
    pub recovered_from: &'a str,
    pub session_id: &'a str,
    pub amount_total: Option<i64>,
    pub currency: Option<&'a str>,
    pub at: i64,
}

/// The mailer's state: recipients (cooldown and lease), recoveries, purchases, suppressions.
/// Every method is one atomic conditional write or a consistent read.
pub trait RecoveryStore: Send + Sync {
    fn facts(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<RecipientFacts, StoreError>> + Send;

    /// Takes the recipient's lease until `lease_until` if nobody was mailed since
    /// `mailed_before` and no live lease exists.
    fn claim(
        &self,
        recipient: &RecipientKey,
        session_id: &str,
        now: i64,
        lease_until: i64,
        mailed_before: i64,
    ) -> impl Future<Output = Result<Claim, StoreError>> + Send;

    /// Gives back a lease this session holds (after a failed send).
    fn release(
        &self,
        recipient: &RecipientKey,
        session_id: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records an accepted mail in one transaction: the recipient's cooldown starts and
    /// its lease ends (item expires at `recipient_ttl`), and the session's recovery record
    /// is written (expires at `recovery_ttl`).
    fn record_sent(
        &self,
        sent: &SentMail<'_>,
        recipient_ttl: i64,
        recovery_ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Remembers that the recipient completed a checkout created at `created` (the latest
    /// such time wins; the item expires at `ttl`).
    fn record_purchase(
        &self,
        recipient: &RecipientKey,
        created: i64,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Marks the recovery of `recovered_from` converted, once.
    fn record_conversion(
        &self,
        converted: &Converted<'_>,
    ) -> impl Future<Output = Result<Conversion, StoreError>> + Send;

    /// Adds a recipient to the suppression list (unsubscribes, complaints).
    fn suppress(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// One email, rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub html: String,
    pub text: String,
    /// `List-Unsubscribe` header value, e.g. `<https://shop.example/unsubscribe>`.
    pub list_unsubscribe: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The mail service refused or failed; the record is retried later.
    #[error("the mail was not sent: {0}")]
    NotSent(String),
}

/// Sends email; returns the provider's message id.
pub trait Mailer: Send + Sync {
    fn send(&self, mail: &OutgoingMail) -> impl Future<Output = Result<String, MailError>> + Send;
}
