use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;

use super::{Claim, Lease, SendStart, StoreError};
use crate::recipient::RecipientKey;
use crate::stripe::ids::CheckoutSessionId;

/// One step of a cart's recovery sequence (1, 2, 3…), to one recipient: what a cart lease
/// is on. The lease holds the recipient (the cooldown across carts) for this step.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CartStep {
    pub recipient: RecipientKey,
    pub session: CheckoutSessionId,
    pub step: u8,
}

impl fmt::Display for CartStep {
    /// The lease's owner: `cs_…#2`. A retry of the same step takes its own claim over.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.session, self.step)
    }
}

/// Who agreed to promotional mail, how and when: kept with every mail it allowed, for a
/// data-subject request or a complaint. Never the address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRecord<'a> {
    /// `checkout`, `customer_token:<source>`, `session_metadata:<source>`,
    /// `customer_metadata:<source>`.
    pub source: &'a str,
    pub at: i64,
    /// The version or URL of the wording shown, when known.
    pub wording: Option<&'a str>,
}

/// A recovery mail that SES accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentRecovery<'a> {
    pub message_id: &'a str,
    pub sent_at: i64,
    pub amount_total: Option<i64>,
    pub currency: Option<&'a str>,
    pub consent: Option<ConsentRecord<'a>>,
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

/// What we know of one step's mail.
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

/// What we know of a session's recovery mails, by step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionMails {
    /// Mailed or maybe mailed steps, with when (the send, or its start).
    pub steps: BTreeMap<u8, (SessionMail, i64)>,
    /// A purchase from its recovery link was attributed to it.
    pub converted: bool,
    /// Its recipient was held out of the mails (`HOLDOUT_PERCENT`): no step ever goes.
    pub held_out: bool,
}

impl SessionMails {
    pub fn step(&self, step: u8) -> SessionMail {
        self.steps
            .get(&step)
            .map_or(SessionMail::NotMailed, |(m, _)| *m)
    }

    /// The last step mailed or maybe mailed: what a conversion is credited to.
    pub fn last_step(&self) -> Option<u8> {
        self.steps.keys().next_back().copied()
    }
}

/// A cart whose first mail was due and whose recipient is held out (`HOLDOUT_PERCENT`):
/// kept like a mailed cart, so the report can compare the two groups' recoveries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldOut<'a> {
    pub at: i64,
    pub amount_total: Option<i64>,
    pub currency: Option<&'a str>,
}

/// What happened to a conversion report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// Credited to this step, the last mailed before the purchase.
    Recorded { step: u8 },
    /// The recovery was already marked converted (a redelivered event).
    AlreadyRecorded,
    /// `recovered_from` names a session we never mailed.
    NotMailed,
    /// `recovered_from` names a session held out of the mails: recorded, credited to no
    /// mail (the held-out group's recovery).
    HeldOut,
}

/// The cart-recovery flow's records: the claim → start → send → record protocol of
/// `delivery`, per step, on the recipient (the cooldown across carts) and the session's
/// `recovery#` item (once per session and step); purchases (for "bought since"); and
/// conversions. Every method is one atomic write (or transaction) or a consistent read.
pub trait CartRecoveryStore: Send + Sync {
    /// What we know of `session`'s recovery mails.
    fn session_mails(
        &self,
        session: &CheckoutSessionId,
    ) -> impl Future<Output = Result<SessionMails, StoreError>> + Send;

    /// When the recipient last completed a checkout, if we know.
    fn last_purchase_at(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<Option<i64>, StoreError>> + Send;

    /// Takes the recipient's lease for `step` until `claim_until` if the recipient was not
    /// mailed about another cart since `mailed_before` (steps of one cart keep their own
    /// spacing) and no other claim is live; the same step's claim that never started
    /// sending is taken over (an attempt that died before SES). `Settled`: mailed about
    /// another cart within the cooldown; `Busy`: another claim holds the recipient.
    fn claim(
        &self,
        step: &CartStep,
        now: i64,
        claim_until: i64,
        mailed_before: i64,
    ) -> impl Future<Output = Result<Claim<CartStep>, StoreError>> + Send;

    /// Just before SES is called, in one transaction: the step is marked "send started"
    /// on the session's record (durable until recorded or released; `session_mails`
    /// then says `MaybeSent`) and the recipient's cooldown starts at `now`, for this
    /// cart. Idempotent for the same lease.
    fn start_send(
        &self,
        lease: &Lease<CartStep>,
        now: i64,
    ) -> impl Future<Output = Result<SendStart, StoreError>> + Send;

    /// Gives back a lease after a send that surely did not go out: the step's mark goes,
    /// and the recipient's cooldown is what it was before.
    fn release(
        &self,
        lease: &Lease<CartStep>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records an accepted mail in one transaction, ending the lease: the recipient's
    /// cooldown (its item expires at `recipient_ttl`) and the step on the session's
    /// record, with its consent proof (expires at `recovery_ttl`).
    fn record_sent(
        &self,
        lease: &Lease<CartStep>,
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

    /// Records that the session expired at `expired_at` and whether its customer had
    /// consented to recovery mail then (the first time stands for both), with its
    /// `report_month`: the cart funnel's first two numbers, whatever is mailed after.
    /// Kept to `ttl` at least.
    fn record_expired(
        &self,
        session: &CheckoutSessionId,
        expired_at: i64,
        consent: bool,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records that the recovery link of `recovered_from` was opened at `at` (the first
    /// time stands): Stripe made a new session from it then (`recovered_from` on that
    /// session, completed or expired again). Only on a cart already recorded; `false`
    /// otherwise.
    fn record_click(
        &self,
        recovered_from: &CheckoutSessionId,
        at: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Records that the session's recipient was held out of its mails (once: the first
    /// time stands), unless one of its steps was mailed or started (then `false`). The
    /// item expires at `ttl`.
    fn record_held_out(
        &self,
        session: &CheckoutSessionId,
        held_out: &HeldOut<'_>,
        ttl: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Marks the recovery of `recovered_from` converted, once, credited to its last step
    /// mailed or maybe mailed, or to the held-out group.
    fn record_conversion(
        &self,
        converted: &Converted<'_>,
    ) -> impl Future<Output = Result<Conversion, StoreError>> + Send;
}
