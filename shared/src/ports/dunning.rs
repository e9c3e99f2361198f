use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;

use super::{AlertReason, Claim, Lease, SendStart, StoreError};
use crate::stripe::ids::{CustomerId, InvoiceId, PaymentMethodId, SetupIntentId, SubscriptionId};

/// What a billing mail is about, and so what "once" means: each step of an invoice's
/// dunning sequence once per invoice, a card's expiry once per card and expiry date, a
/// trial's end once per subscription and end date, a renewal once per subscription and
/// period, a recovered payment's confirmation once per invoice, a cancellation's
/// confirmation once per subscription, a subscription's pending SetupIntent once per
/// status it asks the customer to act on (the step is the status).
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
    /// A subscription renewing at the end of the period that ends at `period_end`.
    Renewal {
        subscription: SubscriptionId,
        period_end: i64,
    },
    /// The confirmation that an invoice we mailed about was paid. A subject of its own,
    /// not a step of `Invoice`: the payment ends the invoice's record, and an ended
    /// record takes no further step (the stores refuse the claim), which is what keeps a
    /// late failure event from mailing about a paid invoice.
    RecoveredPayment(InvoiceId),
    /// A subscription's cancellation.
    Cancellation(SubscriptionId),
    /// A subscription's pending SetupIntent that needs the customer: its steps are the
    /// statuses mailed about (`requires_action`, `requires_payment_method`).
    SetupIntent(SetupIntentId),
}

impl fmt::Display for DunningSubject {
    /// The key suffix: `in_…`, `card#pm_…#2030-08`, `trial#sub_…#<unix>`,
    /// `renewal#sub_…#<unix>`, `recovered#in_…`, `cancellation#sub_…`, `setup#seti_…`.
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
            Self::Renewal {
                subscription,
                period_end,
            } => write!(f, "renewal#{subscription}#{period_end}"),
            Self::RecoveredPayment(invoice) => write!(f, "recovered#{invoice}"),
            Self::Cancellation(subscription) => write!(f, "cancellation#{subscription}"),
            Self::SetupIntent(setup_intent) => write!(f, "setup#{setup_intent}"),
        }
    }
}

/// One step of a subject's sequence: what a billing lease is on, and what "once" means.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DunningStep {
    pub subject: DunningSubject,
    /// The step's name within its subject (`failed`, `reminder-1`, `final`,
    /// `card_expiring`, …).
    pub step: String,
}

impl DunningStep {
    pub fn new(subject: DunningSubject, step: impl Into<String>) -> Self {
        Self {
            subject,
            step: step.into(),
        }
    }
}

impl fmt::Display for DunningStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.subject, self.step)
    }
}

/// A billing mail that the mail service accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentBillingMail<'a> {
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
    /// The event whose processing mailed it (`None` on records from before this was kept).
    pub event: Option<String>,
}

/// A step whose send started and was neither recorded nor released: the mail service
/// may have accepted it (it timed out after the request went out, or the function died).
/// Kept durably: it never goes again, later steps count it, and attribution credits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnfinishedStep {
    pub kind: String,
    pub started_at: i64,
    /// The event whose processing started it.
    pub event: Option<String>,
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
    /// Mailed (recorded), by step name.
    pub steps: BTreeMap<String, MailedStep>,
    /// Maybe mailed, by step name.
    pub unfinished: BTreeMap<String, UnfinishedStep>,
    pub outcome: Option<DunningOutcome>,
    /// When each alert about it was published.
    pub alerted: BTreeMap<AlertReason, i64>,
    /// Its recipient was held out of the mails that seek payment (`HOLDOUT_PERCENT`).
    pub held_out: bool,
}

impl DunningRecord {
    /// Whether a mail may still go: the sequence has not ended. A loss can turn into a
    /// recovery (an uncollectible invoice paid later), but no mail follows either.
    pub fn ended(&self) -> bool {
        self.outcome.is_some()
    }

    /// Every step mailed or maybe mailed: (step, kind, when), in no particular order.
    pub fn mails(&self) -> impl Iterator<Item = (&str, &str, i64)> {
        let sent = self
            .steps
            .iter()
            .map(|(step, m)| (step.as_str(), m.kind.as_str(), m.sent_at));
        let maybe = self
            .unfinished
            .iter()
            .map(|(step, u)| (step.as_str(), u.kind.as_str(), u.started_at));
        sent.chain(maybe)
    }

    /// When `step` was mailed (or its send started).
    pub fn first_mail_at(&self, step: &str) -> Option<i64> {
        self.mails()
            .find(|(mailed, _, _)| *mailed == step)
            .map(|(_, _, at)| at)
    }

    /// What recording a payment of the invoice does now: credit the latest mail (mailed
    /// or maybe mailed; a loss gives way to a payment), close an unmailed sequence, or
    /// nothing (a payment is recorded already).
    pub fn on_payment(&self) -> PaymentRecorded {
        match (&self.outcome, self.last_kind()) {
            (None | Some(DunningOutcome::Lost { .. }), Some(kind)) => PaymentRecorded::Recovered {
                after_kind: kind.to_owned(),
            },
            (None, None) => PaymentRecorded::Unmailed,
            _ => PaymentRecorded::AlreadyRecorded,
        }
    }

    /// The step the event `event` mailed (or maybe mailed), if any: one event, one mail.
    pub fn mailed_by(&self, event: &str) -> Option<(&str, bool)> {
        let sent = self
            .steps
            .iter()
            .find(|(_, m)| m.event.as_deref() == Some(event))
            .map(|(step, _)| (step.as_str(), true));
        sent.or_else(|| {
            self.unfinished
                .iter()
                .find(|(_, u)| u.event.as_deref() == Some(event))
                .map(|(step, _)| (step.as_str(), false))
        })
    }

    /// Whether `step` was mailed or maybe mailed.
    pub fn has_mail(&self, step: &str) -> bool {
        self.steps.contains_key(step) || self.unfinished.contains_key(step)
    }

    /// The kind of the latest mail, mailed or maybe mailed: what a payment is credited
    /// to. `None`: we never mailed about it.
    pub fn last_kind(&self) -> Option<&str> {
        self.mails()
            .max_by_key(|(step, _, at)| (*at, *step))
            .map(|(_, kind, _)| kind)
    }
}

/// An invoice whose first mail was due and whose recipient is held out of the mails
/// (`HOLDOUT_PERCENT`): kept like a mailed one, so the report can compare the groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldOutInvoice<'a> {
    pub at: i64,
    pub customer: &'a CustomerId,
    pub amount: Option<i64>,
    pub currency: Option<&'a str>,
}

/// What Stripe told of a customer that bears on how their invoice got paid: the report
/// credits a payment after a mail to a click when the customer opened a link of ours in
/// between, and one after a card update to Stripe's card updater.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignalKind {
    /// A portal session created by our portal link (`billing_portal.session.created`).
    PortalOpened,
    /// Stripe's card updater renewed a card (`payment_method.automatically_updated`).
    CardUpdated,
}

impl SignalKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::PortalOpened => "portal_opened",
            Self::CardUpdated => "card_updated",
        }
    }
}

/// One signal, from one event (`signal#evt_…`, written again alike on a redelivery).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerSignal<'a> {
    pub event: &'a crate::stripe::ids::EventId,
    pub kind: SignalKind,
    pub customer: &'a CustomerId,
    /// When it happened (the event's `created`).
    pub at: i64,
}

/// An attempt to collect a subscription's invoice, failed or paid: what the report's
/// failure and recovery rates count, once per invoice (the first time stands, but the
/// decline code of the latest failure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceAttempt<'a> {
    pub invoice: &'a InvoiceId,
    /// Whose invoice: the report matches it with the customer's signals.
    pub customer: &'a CustomerId,
    /// When the attempt was made (the event's `created`).
    pub at: i64,
    /// `Some`: it failed, with this decline code if Stripe kept one.
    pub failure: Option<Option<&'a str>>,
    pub amount: i64,
    pub currency: &'a str,
}

/// What recording an attempt found: for the metrics, which count each invoice once (a
/// retry after the write may miss a count, never make two).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttemptRecorded {
    /// No attempt of the invoice was recorded before.
    pub first_attempt: bool,
    /// A failure, and none was recorded before.
    pub first_failure: bool,
    /// A failure was recorded before this attempt.
    pub failed_before: bool,
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
/// each step's attempt in flight (its claim, or its durable "send started" mark), the
/// outcome and the alert. Every method is one atomic write (conditional on what it
/// read, where it reads) or a consistent read.
pub trait DunningStore: Send + Sync {
    fn dunning_record(
        &self,
        subject: &DunningSubject,
    ) -> impl Future<Output = Result<DunningRecord, StoreError>> + Send;

    /// Takes the lease on `step` for `owner` (who is processing it: an event) until
    /// `claim_until`, if the step was neither mailed nor maybe mailed, the sequence has
    /// not ended, and no other claim on the step is live; the same owner's claim that
    /// never started sending is taken over. Other steps of the subject are never in the
    /// way. `Busy`: another owner's live claim; `Settled`: mailed, maybe mailed, or
    /// ended.
    fn claim_step(
        &self,
        step: &DunningStep,
        kind: &str,
        owner: &str,
        now: i64,
        claim_until: i64,
    ) -> impl Future<Output = Result<Claim<DunningStep>, StoreError>> + Send;

    /// Just before the mail service is called: the step becomes "send started", durably,
    /// until recorded or released. `Superseded` if the claim is no longer ours or the
    /// sequence ended meanwhile. Idempotent for the same lease.
    fn start_step_send(
        &self,
        lease: &Lease<DunningStep>,
        now: i64,
    ) -> impl Future<Output = Result<SendStart, StoreError>> + Send;

    /// Gives back a lease after a send that surely did not go out.
    fn release_step(
        &self,
        lease: &Lease<DunningStep>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records an accepted mail and ends the lease; the item expires at `ttl`.
    fn record_step_sent(
        &self,
        lease: &Lease<DunningStep>,
        sent: &SentBillingMail<'_>,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Closes an invoice's sequence as paid: recovered if we mailed or maybe mailed
    /// (credited to the latest such mail; kept until `recovered_ttl`), otherwise a short-lived marker (until `unmailed_ttl`) so that a
    /// failure still in flight cannot mail about a paid invoice. Once.
    fn record_paid(
        &self,
        paid: &InvoicePaid<'_>,
        recovered_ttl: i64,
        unmailed_ttl: i64,
    ) -> impl Future<Output = Result<PaymentRecorded, StoreError>> + Send;

    /// Ends a mailed (or maybe mailed) invoice's open sequence as lost; `false` if we
    /// never mailed about it or it had ended already.
    fn record_lost(
        &self,
        invoice: &InvoiceId,
        reason: &str,
        at: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Records an attempt to collect an invoice on its record (`attempted_at`, and for a
    /// failure `failed_at` and the decline code; the amount; `report_month`, the month
    /// of the first attempt recorded), kept to `ttl` at least. Idempotent.
    fn record_attempt(
        &self,
        attempt: &InvoiceAttempt<'_>,
        ttl: i64,
    ) -> impl Future<Output = Result<AttemptRecorded, StoreError>> + Send;

    /// Records that the invoice's recipient is held out of its mails (the first time
    /// stands), unless a mail of it was recorded or its sequence ended (then `false`).
    /// The item is kept to `ttl` at least.
    fn record_held_out(
        &self,
        subject: &DunningSubject,
        held_out: &HeldOutInvoice<'_>,
        ttl: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Records a customer signal (`signal#evt_…`: its kind, customer, time and
    /// `report_month`), kept to `ttl`. Idempotent: a redelivery writes the same item.
    fn record_signal(
        &self,
        signal: &CustomerSignal<'_>,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Remembers that the alert for `reason` about `subject` went out (item kept to
    /// `ttl` at least).
    fn record_alerted(
        &self,
        subject: &DunningSubject,
        reason: AlertReason,
        at: i64,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}
