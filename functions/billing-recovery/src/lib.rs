//! Billing recovery: for each billing event in the inbox, re-fetch what it is about from
//! Stripe, decide (`decide`), and mail the customer once (failed payment, reminder, final
//! notice, payment needing action, expiring card, ending trial, and where switched on an
//! annual renewal's reminder) with a signed portal link; for `invoice.paid`, end the
//! invoice's sequence, attribute the revenue to our mail and (where switched on) confirm
//! the payment; for voided, uncollectible and deleted-subscription events, end it as
//! lost, and (where switched on) confirm a subscription's cancellation.
//!
//! Stripe delivers out of order and more than once, so the payload only says *what* to
//! look at: the invoice, subscription, customer and card as Stripe has them now decide.
//! If they cannot be fetched the record fails and Lambda retries it: no mail goes out
//! without the re-fetch. Sending follows `stripe_recovery::delivery` (claim, send,
//! record), once per subject and step.

pub mod churn;
pub mod config;
pub mod decide;
pub mod mail;
pub mod policy;
pub mod quiet;

use std::fmt;

use serde::de::DeserializeOwned;
use stripe_recovery::delivery::{
    CLAIM_SECS, DeliveryError, DunningLeases, Sent, retrying, send_leased, time_to_send,
};
use stripe_recovery::holdout::Holdout;
use stripe_recovery::inbox::{HandledType, InboxItem, ObjectError};
use stripe_recovery::mail::{MailKind, Money, RenderError, Shop, render};
use stripe_recovery::mail_events::{MailFlow, MailTags};
use stripe_recovery::portal::{PortalFlow, PortalLink, PortalLinks};
use stripe_recovery::ports::{
    Alerts, AttemptRecorded, ChurnState, ChurnStore, Claim, CustomerSignal, DunningRecord,
    DunningStep, DunningStore, DunningSubject, HeldOutInvoice, InvoiceAttempt, InvoicePaid, Job,
    MailError, Mailer, OutgoingMail, PaymentRecorded, RecipientStore, Scheduled, Scheduler,
    SentBillingMail, SignalKind, StoreError, StripeReader, TeamAlert,
};
use stripe_recovery::recipient::RecipientKeyer;
use stripe_recovery::setup_link::{SetupLink, SetupLinks};
use stripe_recovery::stream::{Invocation, StreamConsumer};
use stripe_recovery::stripe::billing::{Customer, Invoice, SetupIntent};
use stripe_recovery::stripe::error::{ErrorCode, StripeError};
use stripe_recovery::stripe::event::Subscription;
use stripe_recovery::stripe::ids::{CustomerId, EventId, InvoiceId, SubscriptionId};
use tokio::time::Instant;

use crate::churn::{ChurnChange, decide_churn, worth_a_look};
use crate::config::BillingConfig;
use crate::decide::{
    AlertOn, BillingKind, DefaultPayment, FailureMails, InvoiceTrigger, Planned, Skip, alerts_due,
    check_event, check_record, default_payment, plan_cancellation, plan_card_expiry,
    plan_invoice_mail, plan_payment_recovered, plan_pending_setup, plan_renewal_reminder,
    plan_scheduled_reminder, plan_trial_end, recovered_payment, refine_skip,
};
use crate::mail::BillingMail;
use crate::policy::{Facts, Policy, Reminders, Segment, Sequence};

const DAY: i64 = 24 * 3600;
/// Dunning records are kept for the recovery report: a year and a month.
pub const DUNNING_TTL_SECS: i64 = 400 * DAY;
/// A paid invoice we never mailed about is remembered only long enough that a failure
/// event still in flight (retried for up to a day) cannot mail about it.
pub const UNMAILED_TTL_SECS: i64 = 7 * DAY;

/// Metric names (CloudWatch, namespace `StripeRecovery`, dimension `Function`).
pub mod metric {
    /// Every billing event processed, by `Trigger` (its type).
    pub const EVENTS: &str = "BillingEvents";
    /// A mail of `Kind` was due (before the once-only checks).
    pub const DUE: &str = "BillingMailDue";
    pub const MAILED: &str = "BillingMailed";
    pub const SKIPPED: &str = "BillingSkipped";
    /// An invoice we mailed about was paid, by the `Kind` of the last mail before it.
    pub const RECOVERED: &str = "BillingRecovered";
    /// In the currency's minor units, per `Currency`.
    pub const AMOUNT_RECOVERED: &str = "BillingAmountRecovered";
    /// A sequence we mailed ended unpaid, by `Reason`.
    pub const LOST: &str = "BillingLost";
    /// A team alert published, by `Currency` (the name is from when the only alert was
    /// the high-value one).
    pub const ALERTED: &str = "BillingHighValueAlert";
    /// A team alert published, by `Reason` (`high_value_payment_failed`, …).
    pub const TEAM_ALERT: &str = "BillingTeamAlert";
    /// The alert could not be published (the mail went regardless), by `Currency`.
    pub const ALERT_FAILED: &str = "BillingHighValueAlertFailed";
    /// A mail of `Kind` whose send started and got no answer: it may have gone out, and
    /// is never sent again.
    pub const MAYBE_SENT: &str = "BillingMaybeSent";
    /// A step of a failed invoice's sequence on our clock was scheduled, by `Step`.
    pub const STEP_SCHEDULED: &str = "BillingStepScheduled";
    /// A mail of `Kind` held by its segment's quiet hours until the customer's morning.
    pub const HELD: &str = "BillingMailHeld";
    /// A subscription's cancellation record written, by `State` (`scheduled`,
    /// `canceled`, `withdrawn`) and `Retained` (a retention coupon taken: `true`).
    pub const CHURN_RECORDED: &str = "ChurnRecorded";
    /// A subscription's invoice attempted for the first time (each invoice once): the
    /// failure rate's base.
    pub const INVOICE_ATTEMPTED: &str = "BillingInvoiceAttempted";
    /// A subscription's invoice failed for the first time (each invoice once).
    pub const INVOICE_FAILED: &str = "BillingInvoiceFailed";
    /// A failed invoice paid, whoever made it pay (each invoice once): the recovery
    /// rate per failed invoice is this over `INVOICE_FAILED`.
    pub const INVOICE_RECOVERED: &str = "BillingInvoiceRecovered";
    /// A customer opened our portal link, or the card updater renewed a card, by
    /// `Signal` (`portal_opened`, `card_updated`).
    pub const SIGNAL_RECORDED: &str = "BillingCustomerSignal";
}

pub struct BillingRecovery<S, M, R, A> {
    store: S,
    mailer: M,
    stripe: R,
    alerts: A,
    portal_links: PortalLinks,
    setup_links: Option<SetupLinks>,
    shop: Shop,
    resubscribe_url: Option<String>,
    policy: Policy,
    holdout: Option<Holdout>,
    recipient_keys: RecipientKeyer,
}

/// What processing one inbox item did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Mailed {
        kind: BillingKind,
        message_id: String,
        /// The policy's segment that sent it: `local simulate` tallies mails per
        /// segment from it, without matching the objects a second time.
        segment: String,
    },
    /// The send started and no answer came: the mail may have gone out. It is never
    /// sent again, and a payment is credited to it.
    MaybeSent {
        kind: BillingKind,
    },
    Skipped(Skip),
    /// `invoice.paid` after our mail.
    Recovered {
        after_kind: String,
        amount_paid: i64,
        currency: String,
    },
    /// `invoice.paid` with no mail of ours before it.
    PaidUnmailed,
    /// `invoice.paid` again.
    PaymentAlreadyRecorded,
    /// A sequence we mailed ended unpaid.
    Lost {
        reason: &'static str,
    },
    /// An ending event for an invoice we never mailed about (or already ended).
    NothingToEnd,
    /// `invoice.overdue`: how many alerts the team got.
    Overdue {
        alerted: usize,
    },
    /// Held by the segment's quiet hours: decided again at `until`, the customer's
    /// morning (`stripe_recovery.billing_mail_deferred`).
    Held {
        kind: BillingKind,
        until: i64,
    },
    /// `customer.subscription.updated`: the subscription's cancellation record became
    /// this (`local report` counts it).
    ChurnRecorded {
        state: ChurnState,
        retained: bool,
    },
    /// `customer.subscription.updated` that changed nothing of a cancellation we know.
    ChurnUnchanged,
    /// `customer.subscription.updated` about no cancellation.
    NotCancelling,
    /// A portal session our link created, or a card the card updater renewed: kept for
    /// the report (`signal#evt_…`).
    SignalRecorded(SignalKind),
    /// An event that decided two things, each on its own and each once, in this order:
    /// `invoice.upcoming` (the card expiring, the renewal reminder);
    /// `customer.subscription.deleted` (the sequence ended, the cancellation's
    /// confirmation); `invoice.paid` of an invoice whose record holds a recovery (the
    /// payment recorded, its confirmation); `customer.subscription.updated` with both a
    /// pending SetupIntent and a cancellation to record (the SetupIntent's mail, the
    /// churn record).
    Both(Box<Outcome>, Box<Outcome>),
}

impl Outcome {
    /// The two decisions of one event; a part the event turned out not to be about (no
    /// pending SetupIntent, no cancellation) is left out.
    fn both(first: Outcome, second: Outcome) -> Self {
        match (first.is_beside_the_point(), second.is_beside_the_point()) {
            (_, true) => first,
            (true, false) => second,
            (false, false) => Self::Both(Box::new(first), Box::new(second)),
        }
    }

    /// An event of a type that may concern it, about something else.
    fn is_beside_the_point(&self) -> bool {
        matches!(
            self,
            Self::NotCancelling | Self::Skipped(Skip::NoPendingSetup)
        )
    }

    /// Each decision, `Both` taken apart.
    pub fn parts(&self) -> Vec<&Outcome> {
        match self {
            Self::Both(first, second) => {
                let mut parts = first.parts();
                parts.extend(second.parts());
                parts
            }
            single => vec![single],
        }
    }

    /// Whether a mail of `kind` was sent (alone, or as one of two decisions).
    pub fn mailed(&self, kind: BillingKind) -> bool {
        self.parts()
            .into_iter()
            .any(|part| matches!(part, Self::Mailed { kind: k, .. } if *k == kind))
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Mailed {
                kind, message_id, ..
            } => write!(f, "{kind} mail sent ({message_id})"),
            Self::MaybeSent { kind } => {
                write!(f, "{kind} mail maybe sent (no answer); not sent again")
            }
            Self::Skipped(skip) => write!(f, "no mail ({skip})"),
            Self::Recovered {
                after_kind,
                amount_paid,
                currency,
            } => write!(
                f,
                "invoice paid: recovered {} after the {after_kind} mail",
                stripe_recovery::mail::format_amount_code(*amount_paid, currency)
            ),
            Self::PaidUnmailed => f.write_str("invoice paid; no mail of ours preceded it"),
            Self::PaymentAlreadyRecorded => f.write_str("invoice paid; already recorded"),
            Self::Lost { reason } => write!(f, "sequence ended unpaid ({reason})"),
            Self::NothingToEnd => f.write_str("nothing of ours to end"),
            Self::Overdue { alerted: 0 } => f.write_str("invoice overdue; no alert due"),
            Self::Overdue { .. } => f.write_str("invoice overdue; the team was alerted"),
            Self::Held { kind, until } => match jiff::Timestamp::from_second(*until) {
                Ok(until) => write!(f, "{kind} mail held for quiet hours until {until}"),
                Err(_) => write!(f, "{kind} mail held for quiet hours"),
            },
            Self::ChurnRecorded { state, retained } => write!(
                f,
                "cancellation recorded: {}{}",
                state.as_str(),
                if *retained {
                    ", retention coupon taken"
                } else {
                    ""
                }
            ),
            Self::ChurnUnchanged => f.write_str("cancellation record unchanged"),
            Self::NotCancelling => f.write_str("no cancellation"),
            Self::SignalRecorded(kind) => write!(f, "{} recorded", kind.as_str()),
            Self::Both(first, second) => write!(f, "{first}; {second}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BillingError {
    #[error("the event's object is not {what}: {reason}")]
    NotAnObject { what: &'static str, reason: String },
    /// The runner passes only `HANDLES`; this would be a routing bug.
    #[error("{0} is not a type billing recovery handles")]
    NotHandled(HandledType),
    #[error("too little time left to send and record; Lambda will retry the record")]
    OutOfTime,
    /// Another attempt holds this very step (it is sending it now). Not a skip: if that
    /// attempt fails, this one must send.
    #[error("another attempt is mailing {0} right now; Lambda will retry the record")]
    Busy(DunningStep),
    /// Boxed: Stripe's errors are large, and every result here carries this type.
    #[error("reading from Stripe failed: {0}")]
    Stripe(Box<StripeError>),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error(transparent)]
    Delivery(#[from] DeliveryError),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Object(#[from] ObjectError),
}

impl<S, M, R, A> StreamConsumer for BillingRecovery<S, M, R, A>
where
    S: DunningStore + Scheduler + ChurnStore + RecipientStore,
    M: Mailer,
    R: StripeReader,
    A: Alerts,
{
    const NAME: &'static str = "billing-recovery";
    const HANDLES: &'static [HandledType] = &[
        HandledType::InvoicePaymentFailed,
        HandledType::InvoicePaymentActionRequired,
        HandledType::InvoicePaid,
        HandledType::InvoiceUpcoming,
        HandledType::InvoiceVoided,
        HandledType::InvoiceMarkedUncollectible,
        HandledType::CustomerSubscriptionTrialWillEnd,
        HandledType::CustomerSubscriptionDeleted,
        HandledType::InvoiceOverdue,
        HandledType::BillingStepDue,
        HandledType::BillingMailDeferred,
        HandledType::CustomerSubscriptionCreated,
        HandledType::CustomerSubscriptionUpdated,
        HandledType::SetupIntentRequiresAction,
        HandledType::SetupIntentSetupFailed,
        HandledType::BillingPortalSessionCreated,
        HandledType::PaymentMethodAutomaticallyUpdated,
    ];
    type Outcome = Outcome;
    type Error = BillingError;

    async fn process(
        &self,
        item: &InboxItem,
        at: &Invocation<'_>,
    ) -> Result<Outcome, BillingError> {
        at.metrics
            .count(metric::EVENTS, &[("Trigger", item.event_type.as_str())]);
        // On the heap: one decision awaits every flow's reads and writes, a future too
        // large for a small stack (a test's thread, a debug build).
        let outcome = if item.event_type == HandledType::BillingMailDeferred {
            // Quiet hours are over: the event that called for the mail is decided again,
            // as of now, and this item claims what it sends.
            let held: HeldMail = parse(item.object.as_deref().unwrap_or_default(), "a held mail")?;
            let holds = held.holds;
            Box::pin(self.decide(&held.trigger(item), &item.event_id, holds, at)).await?
        } else {
            Box::pin(self.decide(item, &item.event_id, 0, at)).await?
        };
        for part in outcome.parts() {
            if let Outcome::Skipped(skip) = part {
                at.metrics
                    .count(metric::SKIPPED, &[("Reason", skip.as_str())]);
            }
        }
        Ok(outcome)
    }
}

/// One item's processing: the runner's invocation and the event being processed (which
/// owns the claims it takes).
struct Attempt<'a> {
    at: &'a Invocation<'a>,
    event: &'a EventId,
    /// When Stripe created the event (a scheduled step: when it was due).
    created: i64,
    /// The item being decided: what a mail held by quiet hours is decided again from.
    trigger: &'a InboxItem,
    /// How often the mail was held already (0: this is not a held mail's run). A
    /// release that comes in the next night (retried, replayed) holds it again, up to
    /// `MAX_HOLDS` in all, so a mail is never held for ever.
    holds: u8,
}

/// The most often one mail is held by quiet hours: its first hold and two releases that
/// came in a later night (a retry a day on, a replay from the dead-letter queue). The
/// release after that sends, whatever the hour.
pub const MAX_HOLDS: u8 = 3;

/// What the job of a mail held by quiet hours carries: the item that called for it, to
/// be decided again when they end (its object inline unless the inbox had left it out,
/// then read from Stripe again by the event's id).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HeldMail {
    pub event: EventId,
    #[serde(rename = "type")]
    pub event_type: HandledType,
    pub created: i64,
    pub livemode: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// How often the mail has been held, this hold included (jobs written before this
    /// was kept were the first hold).
    #[serde(default = "first_hold")]
    pub holds: u8,
}

fn first_hold() -> u8 {
    1
}

/// Largest object a held mail's job carries: escaped into the job's JSON it may double,
/// and the item stays well within DynamoDB's 400 KB. A larger Stripe object is read
/// again from Stripe by its event's id, as the inbox does.
const HELD_OBJECT_BYTES: usize = 150 * 1024;

impl HeldMail {
    fn of(trigger: &InboxItem, holds: u8) -> Self {
        Self {
            holds,
            event: trigger.event_id.clone(),
            event_type: trigger.event_type,
            created: trigger.created,
            livemode: trigger.livemode,
            // Our own items (a step's) cannot be read from Stripe, and are small.
            object: trigger.object.clone().filter(|object| {
                object.len() <= HELD_OBJECT_BYTES || !trigger.event_type.is_stripes()
            }),
        }
    }

    /// The item that called for the mail, as `fired` (the job's item) delivers it.
    fn trigger(self, fired: &InboxItem) -> InboxItem {
        InboxItem {
            pk: InboxItem::key(&self.event),
            object_omitted: self.object.is_none(),
            event_id: self.event,
            event_type: self.event_type,
            created: self.created,
            livemode: self.livemode,
            api_version: None,
            object: self.object,
            received_at: fired.received_at,
            ttl: fired.ttl,
        }
    }
}

/// What `invoice_world` reads: the invoice, its subscription (if any) and its customer,
/// each `Err` with the skip when Stripe no longer has it, and the invoice's record.
type InvoiceWorld = (
    Result<Invoice, Skip>,
    Result<Option<Subscription>, Skip>,
    Result<Customer, Skip>,
    DunningRecord,
);

/// What a job of a failed invoice's sequence on our clock carries to its step: ids do
/// not change, so the step fetches all three at once.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BillingStepDue {
    pub invoice: InvoiceId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription: Option<SubscriptionId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<CustomerId>,
    pub step: u8,
    /// When the invoice first failed: the sequence's day 0.
    pub first_failure_at: i64,
}

impl<'a> std::ops::Deref for Attempt<'a> {
    type Target = Invocation<'a>;

    fn deref(&self) -> &Invocation<'a> {
        self.at
    }
}

impl From<StripeError> for BillingError {
    fn from(err: StripeError) -> Self {
        Self::Stripe(Box::new(err))
    }
}

fn parse<T: DeserializeOwned>(object: &str, what: &'static str) -> Result<T, BillingError> {
    serde_json::from_str(object).map_err(|e| BillingError::NotAnObject {
        what,
        reason: e.to_string(),
    })
}

/// A fetched object, or the skip its absence at Stripe means.
fn found<T>(
    fetched: Result<T, StripeError>,
    missing: Skip,
) -> Result<Result<T, Skip>, BillingError> {
    match fetched {
        Ok(object) => Ok(Ok(object)),
        Err(err @ StripeError::Api { status: 404, .. })
            if err.code() == Some(&ErrorCode::ResourceMissing) =>
        {
            tracing::warn!(error = %err, "not found at Stripe");
            Ok(Err(missing))
        }
        Err(err) => Err(err.into()),
    }
}

/// `?` for a skip inside a `Result<Result<…>>`: return the skip as the outcome.
macro_rules! or_skip {
    ($value:expr) => {
        match $value {
            Ok(value) => value,
            Err(skip) => return Ok(Outcome::Skipped(skip)),
        }
    };
}

impl<S, M, R, A> BillingRecovery<S, M, R, A>
where
    S: DunningStore + Scheduler + ChurnStore + RecipientStore,
    M: Mailer,
    R: StripeReader,
    A: Alerts,
{
    /// What `trigger` calls for, on the objects as they are now; `claimant` owns the
    /// claims it takes (the trigger itself, or the job that held its mail `holds` times).
    async fn decide(
        &self,
        item: &InboxItem,
        claimant: &EventId,
        holds: u8,
        at: &Invocation<'_>,
    ) -> Result<Outcome, BillingError> {
        let object = item.object(Some(&self.stripe), at.deadline).await?;
        let object = object.as_ref();
        // Who claims a step: this event. Its own retry may take over a claim it never
        // started sending; another event's waits.
        let at = &Attempt {
            at,
            event: claimant,
            created: item.created,
            trigger: item,
            holds,
        };
        let outcome = match item.event_type {
            HandledType::InvoicePaymentFailed => {
                self.on_invoice(
                    InvoiceTrigger::PaymentFailed,
                    parse(object, "an invoice")?,
                    at,
                )
                .await?
            }
            HandledType::InvoicePaymentActionRequired => {
                self.on_invoice(
                    InvoiceTrigger::ActionRequired,
                    parse(object, "an invoice")?,
                    at,
                )
                .await?
            }
            HandledType::InvoiceUpcoming => {
                self.on_upcoming(parse(object, "an invoice")?, at).await?
            }
            HandledType::CustomerSubscriptionTrialWillEnd => {
                self.on_trial_ending(parse(object, "a subscription")?, at)
                    .await?
            }
            HandledType::InvoicePaid => {
                self.on_paid(parse(object, "an invoice")?, item.created, at)
                    .await?
            }
            HandledType::InvoiceVoided => {
                let invoice: Invoice = parse(object, "an invoice")?;
                self.on_lost(invoice.id.as_ref(), "voided", item.created, at)
                    .await?
            }
            HandledType::InvoiceMarkedUncollectible => {
                let invoice: Invoice = parse(object, "an invoice")?;
                self.on_lost(invoice.id.as_ref(), "uncollectible", item.created, at)
                    .await?
            }
            HandledType::CustomerSubscriptionDeleted => {
                let subscription: Subscription = parse(object, "a subscription")?;
                let latest = subscription.latest_invoice.as_ref().map(|i| i.id());
                // Ended first: it needs no Stripe read, so a failing read below (retried)
                // never holds it up.
                let ended = self
                    .on_lost(latest, "subscription_deleted", item.created, at)
                    .await?;
                let (confirmation, fetched) =
                    Box::pin(self.on_canceled(subscription.clone(), at)).await?;
                // Recorded after the mail, on the subscription it read (if it did): a
                // failed Stripe read here retries the record, and the confirmation's own
                // record keeps it from going twice.
                let churn = Box::pin(self.on_churn(&subscription, fetched, at)).await?;
                tracing::info!(subscription = %subscription.id, outcome = %churn, "churn");
                Outcome::both(ended, confirmation)
            }
            HandledType::InvoiceOverdue => {
                self.on_overdue(parse(object, "an invoice")?, at).await?
            }
            HandledType::BillingStepDue => {
                self.on_step(parse(object, "a billing step")?, at).await?
            }
            HandledType::CustomerSubscriptionCreated | HandledType::CustomerSubscriptionUpdated => {
                let subscription: Subscription = parse(object, "a subscription")?;
                // Most changes of a subscription are not about a SetupIntent: only one
                // whose payload names a pending SetupIntent costs a Stripe read.
                let setup = if subscription.pending_setup_intent.is_none() {
                    Outcome::Skipped(Skip::NoPendingSetup)
                } else {
                    Box::pin(self.on_pending_setup(&subscription.id, at)).await?
                };
                if item.event_type == HandledType::CustomerSubscriptionCreated {
                    setup
                } else {
                    // An update may also request or withdraw a cancellation.
                    let churn = Box::pin(self.on_churn(&subscription, None, at)).await?;
                    Outcome::both(setup, churn)
                }
            }
            HandledType::SetupIntentRequiresAction | HandledType::SetupIntentSetupFailed => {
                let intent: SetupIntent = parse(object, "a setup intent")?;
                // A SetupIntent carries no link to its subscription; only one the
                // merchant named in its metadata can be checked against it.
                match intent.subscription_in_metadata() {
                    Some(subscription) => {
                        Box::pin(self.on_pending_setup(&subscription, at)).await?
                    }
                    None => Outcome::Skipped(Skip::NoPendingSetup),
                }
            }
            HandledType::BillingPortalSessionCreated => {
                Box::pin(self.on_signal(SignalKind::PortalOpened, object, at)).await?
            }
            HandledType::PaymentMethodAutomaticallyUpdated => {
                Box::pin(self.on_signal(SignalKind::CardUpdated, object, at)).await?
            }
            other => return Err(BillingError::NotHandled(other)),
        };
        Ok(outcome)
    }

    /// A customer opened a link of ours (a portal session our link created) or Stripe's
    /// card updater renewed their card: kept for the report, which tells by them how an
    /// invoice was paid. Nothing is mailed.
    async fn on_signal(
        &self,
        kind: SignalKind,
        object: &str,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        #[derive(serde::Deserialize)]
        struct Whose {
            #[serde(default)]
            customer: Option<CustomerId>,
        }
        let whose: Whose = parse(object, "a portal session or payment method")?;
        let Some(customer) = whose.customer else {
            return Ok(Outcome::Skipped(Skip::NoCustomer));
        };
        let signal = CustomerSignal {
            event: at.event,
            kind,
            customer: &customer,
            at: at.created,
        };
        self.store
            .record_signal(&signal, at.now + DUNNING_TTL_SECS)
            .await?;
        at.metrics
            .count(metric::SIGNAL_RECORDED, &[("Signal", kind.as_str())]);
        Ok(Outcome::SignalRecorded(kind))
    }

    pub fn from_config(config: BillingConfig, store: S, mailer: M, stripe: R, alerts: A) -> Self {
        Self {
            store,
            mailer,
            stripe,
            alerts,
            portal_links: config.portal_links,
            setup_links: config.setup_links,
            shop: config.shop,
            resubscribe_url: config.resubscribe_url,
            policy: config.policy,
            holdout: config.holdout,
            recipient_keys: config.recipient_keys,
        }
    }

    /// The policy's segment the objects fall in: the first that matches.
    fn segment(&self, facts: Facts<'_>) -> Result<&Segment, Skip> {
        self.policy.segment_for(&facts).ok_or(Skip::NoSegment)
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn mailer(&self) -> &M {
        &self.mailer
    }

    pub fn alerts(&self) -> &A {
        &self.alerts
    }

    async fn customer(
        &self,
        customer: Option<&stripe_recovery::stripe::ids::CustomerId>,
        deadline: Instant,
    ) -> Result<Result<Customer, Skip>, BillingError> {
        match customer {
            Some(id) => found(
                self.stripe.customer(id, deadline).await,
                Skip::CustomerDeleted,
            ),
            None => Ok(Err(Skip::CustomerDeleted)),
        }
    }

    async fn subscription(
        &self,
        subscription: Option<&stripe_recovery::stripe::ids::SubscriptionId>,
        deadline: Instant,
    ) -> Result<Result<Option<Subscription>, Skip>, BillingError> {
        match subscription {
            Some(id) => {
                Ok(found(self.stripe.subscription(id, deadline).await, Skip::NotFound)?.map(Some))
            }
            None => Ok(Ok(None)),
        }
    }

    /// An invoice, its subscription and its customer as Stripe has them now, and the
    /// invoice's record, read at once: ids do not change, so the caller names them; what
    /// Stripe no longer knows is a skip.
    async fn invoice_world(
        &self,
        invoice: &InvoiceId,
        subscription: Option<&SubscriptionId>,
        customer: Option<&CustomerId>,
        at: &Attempt<'_>,
    ) -> Result<InvoiceWorld, BillingError> {
        let subject = DunningSubject::Invoice(invoice.clone());
        Ok(tokio::try_join!(
            async {
                found(
                    self.stripe.invoice(invoice, at.deadline).await,
                    Skip::NotFound,
                )
            },
            self.subscription(subscription, at.deadline),
            self.customer(customer, at.deadline),
            async { Ok(self.store.dunning_record(&subject).await?) },
        )?)
    }

    /// `invoice.payment_failed` and `invoice.payment_action_required`.
    async fn on_invoice(
        &self,
        trigger: InvoiceTrigger,
        event_invoice: Invoice,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let Some(invoice_id) = event_invoice.id.clone() else {
            return Err(BillingError::NotAnObject {
                what: "an invoice with an id",
                reason: "no id".into(),
            });
        };
        // Ids do not change, so the payload may name what to fetch; everything else is
        // read from the objects as they are now.
        let (invoice, subscription, customer, record) = self
            .invoice_world(
                &invoice_id,
                event_invoice.subscription_id(),
                event_invoice.customer_id(),
                at,
            )
            .await?;
        let invoice = or_skip!(invoice);
        if trigger == InvoiceTrigger::PaymentFailed {
            // Every failure of a subscription's invoice counts, mailed or not.
            let decline_code = invoice.decline_code().or(event_invoice.decline_code());
            self.record_attempt(&event_invoice, Some(decline_code), at.created, at)
                .await?;
        }
        let subscription = or_skip!(subscription);
        let customer = or_skip!(customer);
        let segment = or_skip!(self.segment(Facts {
            invoice: Some(&invoice),
            subscription: subscription.as_ref(),
            customer: Some(&customer),
        }));
        let planned = check_event(&record, at.event.as_str()).and_then(|()| {
            plan_invoice_mail(
                trigger,
                &invoice,
                subscription.as_ref(),
                &customer,
                &FailureMails::of(&record),
                &segment.reminders,
                at.now,
            )
            .map_err(|skip| refine_skip(&record, skip))
        });
        let outcome = match planned {
            Ok(planned) => self.send_once(planned, &record, segment, at).await?,
            Err(skip) => Outcome::Skipped(skip),
        };
        if let (Reminders::OnSchedule(sequence), InvoiceTrigger::PaymentFailed) =
            (&segment.reminders, trigger)
        {
            // The first failure's mail went (now, or by an earlier delivery whose
            // scheduling may have failed): its reminders are ours to keep. Scheduling
            // is idempotent, so a redelivery changes nothing.
            let first_mailed = match &outcome {
                Outcome::Mailed { kind, .. } | Outcome::MaybeSent { kind } => {
                    *kind == BillingKind::PaymentFailed
                }
                Outcome::Skipped(_) => FailureMails::of(&record).first,
                _ => false,
            };
            if first_mailed && !record.ended() {
                let due = BillingStepDue {
                    invoice: invoice_id.clone(),
                    subscription: event_invoice.subscription_id().cloned(),
                    customer: event_invoice.customer_id().cloned(),
                    step: 2,
                    first_failure_at: record.first_mail_at("failed").unwrap_or(at.created),
                };
                self.schedule_step(&due, sequence, at).await?;
            }
        }
        // After the mail, and never in its way: a person is told, but a failing topic
        // must not cost the customer their mail.
        if trigger == InvoiceTrigger::PaymentFailed {
            self.alert_team(
                AlertOn::PaymentFailed,
                &invoice,
                subscription.as_ref(),
                &record,
                segment,
                at,
            )
            .await;
        }
        Ok(outcome)
    }

    /// The alerts the customer's segment asks for (`decide::alerts_due`), each once per
    /// invoice: published before it is recorded, so a crash between the two alerts twice
    /// rather than never. Best effort, after the mail: a failure is logged and counted,
    /// and tried again by the invoice's next event. Returns how many went.
    async fn alert_team(
        &self,
        on: AlertOn,
        invoice: &Invoice,
        subscription: Option<&Subscription>,
        record: &DunningRecord,
        segment: &Segment,
        at: &Attempt<'_>,
    ) -> usize {
        let (Some(id), Some(customer)) = (&invoice.id, invoice.customer_id()) else {
            return 0;
        };
        let mut published = 0;
        for reason in alerts_due(on, invoice, subscription, record, &segment.alerts) {
            let alert = TeamAlert {
                reason,
                segment: segment.name.clone(),
                invoice: id.clone(),
                customer: customer.clone(),
                amount_due: invoice.amount_due,
                currency: invoice.currency.clone(),
                attempt_count: invoice.attempt_count,
                livemode: invoice.livemode,
            };
            let currency = [("Currency", invoice.currency.as_str())];
            let why = reason.as_str();
            if let Err(error) = self.alerts.publish(&alert, at.deadline).await {
                at.metrics.count(metric::ALERT_FAILED, &currency);
                tracing::error!(invoice = %id, alert = why, %error, "the team alert could not be published");
                continue;
            }
            at.metrics.count(metric::ALERTED, &currency);
            at.metrics.count(metric::TEAM_ALERT, &[("Reason", why)]);
            tracing::warn!(invoice = %id, alert = why, segment = %segment.name, amount_due = invoice.amount_due, currency = %invoice.currency, "team alert published");
            published += 1;
            let subject = DunningSubject::Invoice(id.clone());
            let ttl = at.now + DUNNING_TTL_SECS;
            if let Err(error) = self
                .store
                .record_alerted(&subject, reason, at.now, ttl)
                .await
            {
                tracing::error!(invoice = %id, alert = why, %error, "alert published but not recorded; it may go again");
            }
        }
        published
    }

    /// Schedules `due.step` of the sequence, unless the sequence has no such step: at
    /// its day after the first failure, and, for a step decided late, never sooner after
    /// this one than the sequence's spacing.
    async fn schedule_step(
        &self,
        due: &BillingStepDue,
        sequence: &Sequence,
        at: &Attempt<'_>,
    ) -> Result<Option<i64>, BillingError> {
        let (Some(on_time), Some(previous)) = (
            sequence.due_at(due.first_failure_at, due.step),
            sequence.due_at(due.first_failure_at, due.step - 1),
        ) else {
            return Ok(None);
        };
        let due_at = on_time.max(at.now + (on_time - previous));
        let payload = serde_json::to_string(due).expect("ids and numbers serialize");
        self.store
            .schedule(&Scheduled {
                job: Job::BillingStep {
                    invoice: due.invoice.clone(),
                    step: due.step,
                },
                due_at,
                payload,
            })
            .await?;
        at.metrics
            .count(metric::STEP_SCHEDULED, &[("Step", &due.step.to_string())]);
        Ok(Some(due_at))
    }

    /// A step of a failed invoice's sequence on our clock came due: decided afresh on
    /// the objects as they are now; the next one scheduled unless this one ended it.
    async fn on_step(
        &self,
        due: BillingStepDue,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let (invoice, subscription, customer, record) = self
            .invoice_world(
                &due.invoice,
                due.subscription.as_ref(),
                due.customer.as_ref(),
                at,
            )
            .await?;
        let invoice = or_skip!(invoice);
        let subscription = or_skip!(subscription);
        let customer = or_skip!(customer);
        if record.ended() {
            return Ok(Outcome::Skipped(Skip::SequenceEnded));
        }
        let segment = or_skip!(self.segment(Facts {
            invoice: Some(&invoice),
            subscription: subscription.as_ref(),
            customer: Some(&customer),
        }));
        let Reminders::OnSchedule(sequence) = &segment.reminders else {
            return Ok(Outcome::Skipped(Skip::NotInSequence));
        };
        if sequence.due_at(due.first_failure_at, due.step).is_none() {
            return Ok(Outcome::Skipped(Skip::NotInSequence));
        }
        let outcome = match plan_scheduled_reminder(
            &invoice,
            subscription.as_ref(),
            &customer,
            &record,
            due.step,
        ) {
            Ok(planned) => self.send_once(planned, &record, segment, at).await?,
            Err(skip) => Outcome::Skipped(refine_skip(&record, skip)),
        };
        // Only what leaves the invoice open and the customer reachable goes on.
        let goes_on = match &outcome {
            Outcome::Mailed { .. } | Outcome::MaybeSent { .. } => true,
            Outcome::Skipped(skip) => matches!(
                skip,
                Skip::AlreadyMailed
                    | Skip::AttemptUnfinished
                    | Skip::Rejected
                    | Skip::NoEmail
                    | Skip::KindDisabled
            ),
            _ => false,
        };
        if goes_on {
            let next = BillingStepDue {
                step: due.step + 1,
                ..due
            };
            self.schedule_step(&next, sequence, at).await?;
        }
        Ok(outcome)
    }

    /// `invoice.overdue`: a `send_invoice` invoice passed its due date unpaid. No mail
    /// (Stripe sends the invoice's own reminders); the team is told if the customer's
    /// segment asks.
    async fn on_overdue(
        &self,
        event_invoice: Invoice,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let Some(invoice_id) = event_invoice.id.clone() else {
            return Err(BillingError::NotAnObject {
                what: "an invoice with an id",
                reason: "no id".into(),
            });
        };
        let (invoice, subscription, customer, record) = self
            .invoice_world(
                &invoice_id,
                event_invoice.subscription_id(),
                event_invoice.customer_id(),
                at,
            )
            .await?;
        let invoice = or_skip!(invoice);
        let subscription = or_skip!(subscription);
        let segment = or_skip!(self.segment(Facts {
            invoice: Some(&invoice),
            subscription: subscription.as_ref(),
            customer: customer.as_ref().ok(),
        }));
        let alerted = self
            .alert_team(
                AlertOn::Overdue,
                &invoice,
                subscription.as_ref(),
                &record,
                segment,
                at,
            )
            .await;
        Ok(Outcome::Overdue { alerted })
    }

    /// `invoice.upcoming`: the default card expires before the charge, and a yearly
    /// subscription renews. Both are decided from one read of the subscription and the
    /// customer, and each goes once on its own subject: `Outcome::Both(card, renewal)`.
    async fn on_upcoming(
        &self,
        upcoming: Invoice,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let neither = |skip| {
            Ok(Outcome::both(
                Outcome::Skipped(skip),
                Outcome::Skipped(skip),
            ))
        };
        let Some(subscription_id) = upcoming.subscription_id() else {
            return neither(Skip::NoSubscription);
        };
        let (subscription, customer) = tokio::try_join!(
            self.subscription(Some(subscription_id), at.deadline),
            self.customer(upcoming.customer_id(), at.deadline),
        )?;
        let (subscription, customer) = match (subscription, customer) {
            (Ok(subscription), Ok(customer)) => (subscription, customer),
            (Err(skip), _) | (_, Err(skip)) => return neither(skip),
        };
        let card = self
            .card_expiry(&upcoming, subscription.as_ref(), &customer, at)
            .await;
        // Decided even when the card's mail failed: its retry must not hold this one up,
        // and the retry finds whichever went already mailed.
        let renewal = if !self.policy.sends(BillingKind::RenewalReminder) {
            Ok(Outcome::Skipped(Skip::KindDisabled))
        } else {
            match plan_renewal_reminder(&upcoming, subscription.as_ref(), &customer, at.now) {
                Ok(planned) => {
                    let facts = Facts {
                        invoice: Some(&upcoming),
                        subscription: subscription.as_ref(),
                        customer: Some(&customer),
                    };
                    self.send_planned(planned, facts, at).await
                }
                Err(skip) => Ok(Outcome::Skipped(skip)),
            }
        };
        Ok(Outcome::both(card?, renewal?))
    }

    /// The card-expiring mail of an `invoice.upcoming`: the subscription's default card,
    /// fetched when it is a payment method.
    async fn card_expiry(
        &self,
        upcoming: &Invoice,
        subscription: Option<&Subscription>,
        customer: &Customer,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let payment_method = match subscription.map(|sub| default_payment(sub, customer)) {
            Some(DefaultPayment::PaymentMethod(id)) => found(
                self.stripe.payment_method(&id, at.deadline).await,
                Skip::NoCard,
            )?
            .ok(),
            _ => None,
        };
        let planned = or_skip!(plan_card_expiry(
            upcoming,
            subscription,
            customer,
            payment_method.as_ref(),
        ));
        let facts = Facts {
            invoice: Some(upcoming),
            subscription,
            customer: Some(customer),
        };
        self.send_planned(planned, facts, at).await
    }

    /// `customer.subscription.trial_will_end`: nothing on file to charge.
    async fn on_trial_ending(
        &self,
        event_subscription: Subscription,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let customer_id = event_subscription.customer.as_ref().map(|c| c.id());
        let (subscription, customer) = tokio::try_join!(
            self.subscription(Some(&event_subscription.id), at.deadline),
            self.customer(customer_id, at.deadline),
        )?;
        let Some(subscription) = or_skip!(subscription) else {
            return Ok(Outcome::Skipped(Skip::NotFound));
        };
        let customer = or_skip!(customer);
        let planned = or_skip!(plan_trial_end(&subscription, &customer, at.now));
        let facts = Facts {
            invoice: None,
            subscription: Some(&subscription),
            customer: Some(&customer),
        };
        self.send_planned(planned, facts, at).await
    }

    /// A subscription's pending SetupIntent may need the customer: the subscription read
    /// again for the SetupIntent it waits on now, then that SetupIntent and the customer,
    /// and `plan_pending_setup` decides.
    async fn on_pending_setup(
        &self,
        subscription_id: &SubscriptionId,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        if !self.policy.sends(BillingKind::SetupActionRequired)
            && !self.policy.sends(BillingKind::SetupPaymentMethodRequired)
        {
            return Ok(Outcome::Skipped(Skip::KindDisabled));
        }
        let Some(subscription) = or_skip!(
            self.subscription(Some(subscription_id), at.deadline)
                .await?
        ) else {
            return Ok(Outcome::Skipped(Skip::NotFound));
        };
        let Some(pending) = subscription.pending_setup_intent.as_ref().map(|s| s.id()) else {
            return Ok(Outcome::Skipped(Skip::NoPendingSetup));
        };
        let customer_id = subscription.customer.as_ref().map(|c| c.id());
        let (intent, customer) = tokio::try_join!(
            async {
                found(
                    self.stripe.setup_intent(pending, at.deadline).await,
                    Skip::NoPendingSetup,
                )
            },
            self.customer(customer_id, at.deadline),
        )?;
        let intent = or_skip!(intent);
        let customer = or_skip!(customer);
        let planned = or_skip!(plan_pending_setup(&subscription, &intent, &customer));
        if planned.kind == BillingKind::SetupActionRequired && self.setup_links.is_none() {
            return Ok(Outcome::Skipped(Skip::NoSetupLink));
        }
        let facts = Facts {
            invoice: None,
            subscription: Some(&subscription),
            customer: Some(&customer),
        };
        self.send_planned(planned, facts, at).await
    }

    /// `customer.subscription.deleted`: confirm the cancellation, from the subscription
    /// and customer as Stripe has them now; the subscription read, if it was, goes on to
    /// the churn record.
    async fn on_canceled(
        &self,
        event_subscription: Subscription,
        at: &Attempt<'_>,
    ) -> Result<(Outcome, Option<Subscription>), BillingError> {
        // No segment confirms cancellations: nothing to fetch.
        if !self.policy.sends(BillingKind::CancellationConfirmation) {
            return Ok((Outcome::Skipped(Skip::KindDisabled), None));
        }
        let customer_id = event_subscription.customer.as_ref().map(|c| c.id());
        let (subscription, customer) = tokio::try_join!(
            self.subscription(Some(&event_subscription.id), at.deadline),
            self.customer(customer_id, at.deadline),
        )?;
        let subscription = match subscription {
            Ok(Some(subscription)) => subscription,
            Ok(None) => return Ok((Outcome::Skipped(Skip::NotFound), None)),
            Err(skip) => return Ok((Outcome::Skipped(skip), None)),
        };
        let confirmation = async {
            let customer = or_skip!(customer);
            let planned = or_skip!(plan_cancellation(&subscription, &customer));
            let facts = Facts {
                invoice: None,
                subscription: Some(&subscription),
                customer: Some(&customer),
            };
            self.send_planned(planned, facts, at).await
        }
        .await?;
        Ok((confirmation, Some(subscription)))
    }

    /// `customer.subscription.updated` and `.deleted`: the subscription's cancellation
    /// record, from the subscription as Stripe has it now (`churn::decide_churn`), the
    /// event's payload only as what it was then. Written over the version read, so two
    /// deliveries at once write once; a record that changed in between is read again.
    async fn on_churn(
        &self,
        snapshot: &Subscription,
        fetched: Option<Subscription>,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        const ROUNDS: usize = 4;
        let id = &snapshot.id;
        let mut current = fetched;
        for _ in 0..ROUNDS {
            let stored = self.store.churn_record(id).await?;
            let record = stored.as_ref().map(|s| &s.record);
            if !worth_a_look(snapshot, record) {
                return Ok(Outcome::NotCancelling);
            }
            if current.is_none() {
                let Some(fetched) = or_skip!(self.subscription(Some(id), at.deadline).await?)
                else {
                    return Ok(Outcome::Skipped(Skip::NotFound));
                };
                current = Some(fetched);
            }
            let now = current.as_ref().expect("fetched above");
            let next = match decide_churn(snapshot, now, record) {
                ChurnChange::Write(next) => next,
                ChurnChange::Unchanged => return Ok(Outcome::ChurnUnchanged),
                ChurnChange::NotCancelling => return Ok(Outcome::NotCancelling),
            };
            let ttl = at.now + DUNNING_TTL_SECS;
            let read_version = stored.as_ref().map(|s| s.version);
            if self.store.write_churn(id, &next, read_version, ttl).await? {
                let retained = next.retained_at.is_some();
                at.metrics.count(
                    metric::CHURN_RECORDED,
                    &[
                        ("State", next.state.as_str()),
                        ("Retained", if retained { "true" } else { "false" }),
                    ],
                );
                // Reason and feedback are Stripe's enums; the comment is not in the record.
                tracing::info!(
                    subscription = %id,
                    state = next.state.as_str(),
                    reason = next.reason.as_deref().unwrap_or("-"),
                    feedback = next.feedback.as_deref().unwrap_or("-"),
                    retained,
                    "cancellation recorded"
                );
                return Ok(Outcome::ChurnRecorded {
                    state: next.state,
                    retained,
                });
            }
        }
        Err(StoreError::Unavailable(format!(
            "the cancellation record of {id} kept changing; Lambda will retry"
        ))
        .into())
    }

    /// `invoice.paid` of an invoice whose record holds a recovery: confirm the payment to
    /// the customer as Stripe has them now.
    async fn confirm_recovery(
        &self,
        invoice: &Invoice,
        id: &stripe_recovery::stripe::ids::InvoiceId,
        paid: (i64, &str),
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let customer = or_skip!(self.customer(invoice.customer_id(), at.deadline).await?);
        let planned = or_skip!(plan_payment_recovered(id, paid, &customer));
        let facts = Facts {
            invoice: Some(invoice),
            subscription: None,
            customer: Some(&customer),
        };
        self.send_planned(planned, facts, at).await
    }

    /// A planned mail, once: the customer's segment found, its subject's record read,
    /// then `send_once`.
    async fn send_planned(
        &self,
        planned: Planned,
        facts: Facts<'_>,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let segment = or_skip!(self.segment(facts));
        let record = self.store.dunning_record(&planned.subject).await?;
        self.send_once(planned, &record, segment, at).await
    }

    /// Claim, start, send, record (`stripe_recovery::delivery`): at most one mail per
    /// subject and step, and a step never waits for another.
    async fn send_once(
        &self,
        planned: Planned,
        record: &DunningRecord,
        segment: &Segment,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let (now, metrics) = (at.now, at.metrics);
        let kind = planned.kind;
        metrics.count(metric::DUE, &[("Kind", kind.as_str())]);
        if !segment.mails.contains(&kind) {
            return Ok(Outcome::Skipped(Skip::KindDisabled));
        }
        or_skip!(check_record(record, &planned.step));
        let recipient = self.recipient_keys.key(&planned.to.email);
        if self.store.hard_bounced(&recipient).await? {
            return Ok(Outcome::Skipped(Skip::RecipientBounced));
        }
        if self.holds_out(&planned, record, segment) {
            let amount = planned.amount.as_ref();
            let held_out = HeldOutInvoice {
                at: now,
                customer: &planned.to.customer,
                amount: amount.map(|m| m.amount),
                currency: amount.map(|m| m.currency.as_str()),
            };
            let ttl = now + DUNNING_TTL_SECS;
            if self
                .store
                .record_held_out(&planned.subject, &held_out, ttl)
                .await?
            {
                return Ok(Outcome::Skipped(Skip::HeldOut));
            }
        }
        if let Some(until) = segment
            .quiet_hours
            .as_ref()
            .filter(|_| at.holds < MAX_HOLDS)
            .and_then(|quiet| quiet.held_until(now, planned.to.time_zone.as_deref()))
        {
            return self.hold(kind, until, at).await;
        }
        // Rendered before claiming, so a template failure never holds a lease.
        let mail = self.compose(&planned, segment, now)?;
        if !time_to_send(at.deadline) {
            return Err(BillingError::OutOfTime);
        }
        let step = DunningStep::new(planned.subject.clone(), planned.step.clone());
        let claim = self
            .store
            .claim_step(
                &step,
                kind.as_str(),
                at.event.as_str(),
                now,
                now + CLAIM_SECS,
            )
            .await?;
        let lease = match claim {
            Claim::Claimed(lease) => lease,
            Claim::Busy => return Err(BillingError::Busy(step)),
            Claim::Settled => return self.settled(&step).await,
        };
        let leases = DunningLeases(&self.store);
        let sent = send_leased(&leases, &self.mailer, &mail, lease, now, at.deadline).await?;
        let (message_id, lease) = match sent {
            Sent::Accepted { message_id, lease } => (message_id, lease),
            Sent::Rejected => return Ok(Outcome::Skipped(Skip::Rejected)),
            Sent::MaybeSent => {
                metrics.count(metric::MAYBE_SENT, &[("Kind", kind.as_str())]);
                return Ok(Outcome::MaybeSent { kind });
            }
            Sent::Superseded => return Err(BillingError::Busy(step)),
        };
        let amount = planned.amount.as_ref();
        let sent = SentBillingMail {
            kind: kind.as_str(),
            message_id: &message_id,
            sent_at: now,
            customer: &planned.to.customer,
            amount: amount.map(|m| m.amount),
            currency: amount.map(|m| m.currency.as_str()),
        };
        let ttl = now + DUNNING_TTL_SECS;
        // If this fails for good, the step stays "send started": maybe sent, never sent
        // again, and still credited with a payment.
        retrying(at.deadline, || {
            self.store.record_step_sent(&lease, &sent, ttl)
        })
        .await?;
        metrics.count(metric::MAILED, &[("Kind", kind.as_str())]);
        Ok(Outcome::Mailed {
            kind,
            message_id,
            segment: segment.name.clone(),
        })
    }

    /// Records an attempt to collect a subscription's invoice (`failure`: it failed, with
    /// this decline code) for the report's rates: once per invoice, kept as long as a
    /// dunning record. Other invoices are not recurring payments.
    async fn record_attempt(
        &self,
        invoice: &Invoice,
        failure: Option<Option<&str>>,
        made_at: i64,
        at: &Attempt<'_>,
    ) -> Result<AttemptRecorded, BillingError> {
        let (Some(id), Some(_), Some(customer)) = (
            &invoice.id,
            invoice.subscription_id(),
            invoice.customer_id(),
        ) else {
            return Ok(AttemptRecorded::default());
        };
        let attempt = InvoiceAttempt {
            invoice: id,
            customer,
            at: made_at,
            failure,
            amount: invoice.amount_due,
            currency: &invoice.currency,
        };
        let recorded = self
            .store
            .record_attempt(&attempt, at.now + DUNNING_TTL_SECS)
            .await?;
        if recorded.first_attempt {
            at.metrics.count(metric::INVOICE_ATTEMPTED, &[]);
        }
        if recorded.first_failure {
            at.metrics.count(metric::INVOICE_FAILED, &[]);
        }
        Ok(recorded)
    }

    /// Whether `HOLDOUT_PERCENT` keeps this mail from going: only the mails that seek
    /// payment of an invoice, in a segment that allows holdouts; an invoice recorded as
    /// held out stays so, one already mailed about never becomes so.
    fn holds_out(&self, planned: &Planned, record: &DunningRecord, segment: &Segment) -> bool {
        let Some(share) = &self.holdout else {
            return false;
        };
        let keys = &self.recipient_keys;
        let invoice = matches!(planned.subject, DunningSubject::Invoice(_));
        let unmailed = record.steps.is_empty() && record.unfinished.is_empty();
        invoice
            && planned.kind.seeks_payment()
            && segment.holdout
            && (record.held_out || (unmailed && share.holds_out(&keys.key(&planned.to.email))))
    }

    /// Holds the mail of `at`'s trigger until `until`: a job (put if absent, so a
    /// redelivery holds it once) that decides the trigger again then. Nothing is claimed
    /// meanwhile: another event may still send this step, and the held run then finds
    /// it sent. The job is keyed by the item being processed: the trigger itself, or
    /// the release that came in the night (`evt_billingdeferred_…`), so holding it
    /// again makes a new job rather than finding the fired one.
    async fn hold(
        &self,
        kind: BillingKind,
        until: i64,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let held = HeldMail::of(at.trigger, at.holds + 1);
        self.store
            .schedule(&Scheduled {
                job: Job::DeferredMail {
                    event: at.event.clone(),
                },
                due_at: until,
                payload: serde_json::to_string(&held).expect("ids, numbers and text serialize"),
            })
            .await?;
        at.metrics.count(metric::HELD, &[("Kind", kind.as_str())]);
        Ok(Outcome::Held { kind, until })
    }

    /// A claim refused because the step settled after the record was read: why, from the
    /// record as it is now.
    async fn settled(&self, step: &DunningStep) -> Result<Outcome, BillingError> {
        let record = self.store.dunning_record(&step.subject).await?;
        Ok(Outcome::Skipped(
            check_record(&record, &step.step)
                .err()
                .unwrap_or(Skip::AlreadyMailed),
        ))
    }

    fn compose(
        &self,
        planned: &Planned,
        segment: &Segment,
        now: i64,
    ) -> Result<OutgoingMail, RenderError> {
        // A portal link for the recipient, in their portal locale when Stripe's list has
        // it (else `auto`).
        let portal_link = |flow: PortalFlow| {
            let customer = planned.to.customer.clone();
            let link = PortalLink::new(
                customer.clone(),
                flow.clone(),
                planned.to.portal_locale.clone(),
            )
            .or_else(|_| PortalLink::new(customer, flow, None))
            .expect("a link without a locale is always valid");
            self.portal_links.link(&link, now)
        };
        let portal_url = planned
            .portal
            .then(|| portal_link(planned.kind.portal_flow()));
        let offered_for = match &planned.subject {
            DunningSubject::TrialEnd { subscription, .. }
            | DunningSubject::Renewal { subscription, .. } => Some(subscription),
            _ => None,
        };
        let retention_url = offered_for
            .filter(|_| segment.retention_offer_in.contains(&planned.kind))
            .map(|subscription| portal_link(PortalFlow::SubscriptionCancel(subscription.clone())));
        // The page that confirms a pending SetupIntent: the link names it and its
        // customer, never its client secret (the page reads that at the click).
        let setup_url = match (&planned.subject, planned.kind, &self.setup_links) {
            (
                DunningSubject::SetupIntent(setup_intent),
                BillingKind::SetupActionRequired,
                Some(links),
            ) => Some(links.link(
                &SetupLink {
                    customer: planned.to.customer.clone(),
                    setup_intent: setup_intent.clone(),
                    language: Some(planned.to.language),
                },
                now,
            )),
            _ => None,
        };
        let mail = BillingMail::new(planned, portal_url.as_deref())
            .with_resubscribe_url(self.resubscribe_url.as_deref())
            .with_retention_url(retention_url.as_deref())
            .with_setup_url(setup_url.as_deref());
        let rendered = render(planned.to.language, &self.shop, &mail)?;
        Ok(OutgoingMail {
            to: planned.to.email.clone(),
            subject: rendered.subject,
            html: rendered.html,
            text: rendered.text,
            // Transactional: about the customer's own account, not marketing.
            list_unsubscribe: None,
            from: segment.sender.clone(),
            tags: MailTags {
                flow: MailFlow::Billing,
                kind: mail.kind(),
                step: planned.step.clone(),
            },
        })
    }

    /// `invoice.paid`: the sequence ends; recovered if we had mailed, and then the payment
    /// is confirmed to the customer (`Outcome::Both`).
    async fn on_paid(
        &self,
        invoice: Invoice,
        paid_at: i64,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let Some(id) = &invoice.id else {
            return Err(BillingError::NotAnObject {
                what: "an invoice with an id",
                reason: "no id".into(),
            });
        };
        let attempt = self.record_attempt(&invoice, None, paid_at, at).await?;
        let recorded = self
            .store
            .record_paid(
                &InvoicePaid {
                    invoice: id,
                    amount_paid: invoice.amount_paid,
                    currency: &invoice.currency,
                    at: paid_at,
                },
                at.now + DUNNING_TTL_SECS,
                at.now + UNMAILED_TTL_SECS,
            )
            .await?;
        if attempt.failed_before && recorded != PaymentRecorded::AlreadyRecorded {
            at.metrics.count(metric::INVOICE_RECOVERED, &[]);
        }
        let payment = match &recorded {
            PaymentRecorded::Recovered { after_kind } => {
                at.metrics
                    .count(metric::RECOVERED, &[("Kind", after_kind.as_str())]);
                if let Some(money) =
                    Money::from_parts(Some(invoice.amount_paid), Some(&invoice.currency))
                {
                    at.metrics.value(
                        metric::AMOUNT_RECOVERED,
                        money.amount as f64,
                        &[("Currency", money.currency.as_str())],
                    );
                }
                Outcome::Recovered {
                    after_kind: after_kind.clone(),
                    amount_paid: invoice.amount_paid,
                    currency: invoice.currency.clone(),
                }
            }
            // Never mailed about: nothing to confirm.
            PaymentRecorded::Unmailed => return Ok(Outcome::PaidUnmailed),
            PaymentRecorded::AlreadyRecorded => Outcome::PaymentAlreadyRecorded,
        };
        // Whether to confirm comes from the record, not from what recording returned: a
        // retry after the confirmation failed finds the payment recorded already (and the
        // confirmation's own record says whether it went). Only read when some segment
        // confirms payments.
        if !self.policy.sends(BillingKind::PaymentRecovered) {
            return Ok(Outcome::both(payment, Outcome::Skipped(Skip::KindDisabled)));
        }
        let record = self
            .store
            .dunning_record(&DunningSubject::Invoice(id.clone()))
            .await?;
        let Some(paid) = recovered_payment(&record) else {
            return Ok(payment);
        };
        let confirmation = self.confirm_recovery(&invoice, id, paid, at).await?;
        Ok(Outcome::both(payment, confirmation))
    }

    /// Voided, uncollectible, or its subscription deleted: a mailed sequence ends lost.
    async fn on_lost(
        &self,
        invoice: Option<&stripe_recovery::stripe::ids::InvoiceId>,
        reason: &'static str,
        at_time: i64,
        at: &Attempt<'_>,
    ) -> Result<Outcome, BillingError> {
        let Some(invoice) = invoice else {
            return Ok(Outcome::NothingToEnd);
        };
        if self.store.record_lost(invoice, reason, at_time).await? {
            at.metrics.count(metric::LOST, &[("Reason", reason)]);
            Ok(Outcome::Lost { reason })
        } else {
            Ok(Outcome::NothingToEnd)
        }
    }
}
