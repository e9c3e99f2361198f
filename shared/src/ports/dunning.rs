use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;

use super::{Claim, Lease, StoreError};
use crate::stripe::ids::{CustomerId, InvoiceId, PaymentMethodId, SubscriptionId};

/// What a billing mail is about, and so what "once" means: each step of an invoice's
/// dunning sequence once per invoice, a card's expiry once per card and expiry date, a
/// trial's end once per subscription and end date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DunningSubject {
    Invoice(InvoiceId),
    CardExpiry {
        payment_method: PaymentMethodId,
        exp_year: u16,
        exp_month: u8,
    },
    TrialEnd {
        subscription: SubscriptionId,
        trial_end: i64,
    },
}

impl fmt::Display for DunningSubject {
    /// The key suffix: `in_…`, `card#pm_…#2030-08`, `trial#sub_…#<unix>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Invoice(invoice) => write!(f, "{invoice}"),
            Self::CardExpiry {
                payment_method,
                exp_year,
                exp_month,
            } => write!(f, "card#{payment_method}#{exp_year:04}-{exp_month:02}"),
            Self::TrialEnd {
                subscription,
                trial_end,
            } => write!(f, "trial#{subscription}#{trial_end}"),
        }
    }
}

/// A billing mail that the mail service accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentBillingMail<'a> {
    /// The step's name within its subject (`failed-1`, `final`, `card_expiring`, …).
    pub step: &'a str,
    /// The mail kind (`payment_failed`, …), kept for attribution and the report.
    pub kind: &'a str,
    pub message_id: &'a str,
    pub sent_at: i64,
    pub customer: &'a CustomerId,
    /// What the invoice asked for when it was mailed, if the mail is about one.
    pub amount: Option<i64>,
    pub currency: Option<&'a str>,
}

/// One step mailed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailedStep {
    pub kind: String,
    pub message_id: String,
    pub sent_at: i64,
}

/// How an invoice's sequence ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DunningOutcome {
    /// Paid after we mailed: attributed to the last mail's kind.
    Recovered {
        at: i64,
        amount_paid: i64,
        currency: String,
        after_kind: String,
    },
    /// Paid with no mail of ours before it.
    PaidUnmailed { at: i64 },
    /// Voided, marked uncollectible, or its subscription deleted, after we mailed.
    Lost { at: i64, reason: String },
}

/// Everything recorded about one subject.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DunningRecord {
    /// By step name.
    pub steps: BTreeMap<String, MailedStep>,
    pub outcome: Option<DunningOutcome>,
    /// When the high-value alert for it was published.
    pub alerted_at: Option<i64>,
}

impl DunningRecord {
    /// Whether a mail may still go: the sequence has not ended. A loss can turn into a
    /// recovery (an uncollectible invoice paid later), but no mail follows either.
    pub fn ended(&self) -> bool {
        self.outcome.is_some()
    }
}

/// A payment of an invoice (`invoice.paid`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoicePaid<'a> {
    pub invoice: &'a InvoiceId,
    pub amount_paid: i64,
    pub currency: &'a str,
    pub at: i64,
}

/// What recording a payment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentRecorded {
    /// We had mailed: recovered, after a mail of this kind.
    Recovered { after_kind: String },
    /// We had not mailed; the sequence is closed so no late mail goes out.
    Unmailed,
    /// A payment was already recorded (a redelivered event).
    AlreadyRecorded,
}

/// The billing-recovery flow's records: one item per subject, holding the steps mailed,
/// the lease, the outcome and the alert. Every method is one atomic write or a
/// consistent read.
pub trait DunningStore: Send + Sync {
    fn dunning_record(
        &self,
        subject: &DunningSubject,
    ) -> impl Future<Output = Result<DunningRecord, StoreError>> + Send;

    /// Takes the subject's lease for `step` until `lease_until` if that step was not
    /// mailed, the sequence has not ended and no live lease exists. `Busy` otherwise;
    /// `HeldBySelf` if this step's own earlier attempt holds it.
    fn claim_step(
        &self,
        subject: &DunningSubject,
        step: &str,
        now: i64,
        lease_until: i64,
    ) -> impl Future<Output = Result<Claim<DunningSubject>, StoreError>> + Send;

    /// Gives back a lease (after a failed send).
    fn release_step(
        &self,
        lease: Lease<DunningSubject>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records an accepted mail and ends the lease; the item expires at `ttl`.
    fn record_step_sent(
        &self,
        lease: Lease<DunningSubject>,
        sent: &SentBillingMail<'_>,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Closes an invoice's sequence as paid: recovered if we mailed (kept until
    /// `recovered_ttl`), otherwise a short-lived marker (until `unmailed_ttl`) so that a
    /// failure still in flight cannot mail about a paid invoice. Once.
    fn record_paid(
        &self,
        paid: &InvoicePaid<'_>,
        recovered_ttl: i64,
        unmailed_ttl: i64,
    ) -> impl Future<Output = Result<PaymentRecorded, StoreError>> + Send;

    /// Ends a mailed invoice's open sequence as lost; `false` if we never mailed about it
    /// or it had ended already.
    fn record_lost(
        &self,
        invoice: &InvoiceId,
        reason: &str,
        at: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Remembers that the high-value alert for `subject` went out (item kept to `ttl`
    /// at least).
    fn record_alerted(
        &self,
        subject: &DunningSubject,
        at: i64,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}
