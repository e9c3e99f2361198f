use std::future::Future;

use super::StoreError;
use crate::mail_events::EventKind;
use crate::recipient::RecipientKey;

/// What the store knows of a recipient across mail flows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecipientState {
    /// On the suppression list: no promotional mail (they unsubscribed, complained, or
    /// their address bounced for good).
    pub suppressed: bool,
    /// SES reported the address as undeliverable for good (a hard bounce): no mail at
    /// all, transactional included.
    pub hard_bounced: bool,
    /// When the last mail was sent, or its send started (the cooldown runs from here).
    pub last_mailed_at: Option<i64>,
    /// The cart (session) it was about: a cart's own steps are not held up by its
    /// cooldown.
    pub last_session: Option<String>,
}

/// The right to send one mail about `subject` now: one step of a cart's sequence (holding
/// its recipient's cooldown), or one step of a billing subject. Only the store
/// hands one out (`claim`), with a token no other attempt has; starting the send, the
/// record and the release each check that token, so an attempt that lost its claim to
/// another can never send or record under it.
#[derive(Debug, PartialEq, Eq)]
#[must_use = "a lease must be recorded (the mail went out) or released (it did not)"]
pub struct Lease<S> {
    subject: S,
    owner: String,
    token: String,
}

impl<S> Lease<S> {
    /// Only adapters create leases, after their conditional write succeeded.
    pub(crate) fn new(subject: S, owner: &str, token: String) -> Self {
        Self {
            subject,
            owner: owner.to_owned(),
            token,
        }
    }

    /// A token for a new claim: unique to it.
    pub(crate) fn new_token() -> String {
        format!("{:032x}", fastrand::u128(..))
    }

    pub fn subject(&self) -> &S {
        &self.subject
    }

    /// Who claimed it: the cart's step (`cs_…#2`), the event whose processing claimed
    /// a billing step.
    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// This claim's own token.
    pub fn token(&self) -> &str {
        &self.token
    }
}

/// The outcome of trying to claim a subject before sending.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim<S> {
    /// We hold the lease: start the send, send, then record or release it.
    Claimed(Lease<S>),
    /// Another attempt holds a live claim (it is sending right now). Never a skip: the
    /// caller fails the record, Lambda retries it, and the retry finds the mail recorded
    /// (or maybe sent) or the claim free.
    Busy,
    /// Nothing is left to send under this claim: for a recipient, mailed within the
    /// cooldown; for a step, mailed, maybe mailed, or its sequence ended.
    Settled,
}

/// Whether starting a send found the claim still ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendStart {
    /// Marked "send started": from here until the record or the release, the mail
    /// counts as maybe sent, durably.
    Started,
    /// The claim was taken over (it had expired, or the same owner claimed again), or
    /// the subject settled meanwhile: this attempt must not send.
    Superseded,
}

/// Per-recipient state shared by every mail flow: when they were last mailed, and the
/// suppression list.
/// Every method is one atomic conditional write or a consistent read.
pub trait RecipientStore: Send + Sync {
    fn recipient_state(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<RecipientState, StoreError>> + Send;

    /// Whether SES reported the address as bouncing for good (`RecipientState`'s
    /// `hard_bounced`): what a transactional mailer needs, and only that.
    fn hard_bounced(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send {
        async move { Ok(self.recipient_state(recipient).await?.hard_bounced) }
    }

    /// Adds a recipient to the suppression list (a one-click unsubscribe). Keeps what
    /// the list already says about them (a hard bounce stays one).
    fn suppress(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// One recipient's share of an SES event record, as the report keeps it: no address,
/// no recipient key (nothing here leads back to a person), only what happened to which
/// kind of mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailEventRecord<'a> {
    pub event: EventKind,
    /// SES's feedback or message id and the recipient's key: what makes the record
    /// unique. Only their hash is stored.
    pub id: &'a str,
    pub recipient: Option<&'a RecipientKey>,
    /// The mail's tags, `untagged` when it had none of ours.
    pub flow: &'a str,
    pub kind: &'a str,
    pub step: Option<&'a str>,
    pub at: i64,
}

/// What SES's event records change (`mail-events`).
pub trait MailEventStore: Send + Sync {
    /// Puts the recipient on the suppression list because of `reason` (a complaint, a
    /// hard bounce), and with `hard_bounced` marks the address undeliverable for every
    /// mail. Idempotent; the first reason is kept.
    fn suppress_for(
        &self,
        recipient: &RecipientKey,
        reason: EventKind,
        hard_bounced: bool,
        at: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records the event for the report (under its month), kept to `ttl`: `true` the
    /// first time, `false` when a redelivery finds it recorded (then it is not counted
    /// again).
    fn record_mail_event(
        &self,
        event: &MailEventRecord<'_>,
        ttl: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}
