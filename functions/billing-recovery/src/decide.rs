//! Which billing mail, if any, the objects as Stripe has them now call for: pure
//! functions over the re-fetched invoice, subscription, customer and payment method, and
//! over what we recorded. No I/O; table-tested below.

use std::fmt;

use stripe_recovery::mail::{Language, Money};
use stripe_recovery::portal::{PORTAL_LOCALES, PortalFlow};
use stripe_recovery::ports::{AlertReason, DunningOutcome, DunningRecord, DunningSubject};
use stripe_recovery::stripe::billing::{
    BillingReason, CollectionMethod, Customer, Invoice, InvoiceStatus, PaymentMethod, SetupIntent,
    SetupIntentStatus,
};
use stripe_recovery::stripe::event::{Subscription, SubscriptionStatus};
use stripe_recovery::stripe::ids::{CustomerId, InvoiceId, PaymentMethodId};
use stripe_recovery::time::unix_of_date;

use crate::policy::{Reminders, SegmentAlerts};
use crate::quiet::TIME_ZONE_METADATA;

/// A kind of billing mail: its template folder, its setting in `BILLING_MAILS`, its
/// `Kind` metric dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BillingKind {
    /// The first failed payment of an invoice that we mail about.
    PaymentFailed,
    /// A later failed attempt of the same invoice.
    PaymentReminder,
    /// A failure after which Stripe will not try again.
    FinalNotice,
    /// The bank asks the customer to confirm the payment (3-D Secure).
    PaymentActionRequired,
    /// The default card expires before the next charge.
    CardExpiring,
    /// A trial ends and no payment method is on file.
    TrialEnding,
    /// An annual subscription renews soon: the date and the amount.
    RenewalReminder,
    /// An invoice we mailed about was paid after all.
    PaymentRecovered,
    /// A subscription was canceled: when it ends, and where to subscribe again.
    CancellationConfirmation,
    /// A subscription's pending SetupIntent needs the customer to authenticate their
    /// card (`requires_action`): a link to our page that confirms it with Stripe.js.
    SetupActionRequired,
    /// A subscription's pending SetupIntent failed to authorize the card
    /// (`requires_payment_method` after an attempt): a link to the portal's
    /// payment-method page.
    SetupPaymentMethodRequired,
}

impl BillingKind {
    pub const ALL: [BillingKind; 11] = [
        Self::PaymentFailed,
        Self::PaymentReminder,
        Self::FinalNotice,
        Self::PaymentActionRequired,
        Self::CardExpiring,
        Self::TrialEnding,
        Self::RenewalReminder,
        Self::PaymentRecovered,
        Self::CancellationConfirmation,
        Self::SetupActionRequired,
        Self::SetupPaymentMethodRequired,
    ];

    /// What is sent when `BILLING_MAILS` is unset: the kinds that save a payment or the
    /// card a subscription charges. The notices (renewal reminder, the two
    /// confirmations) go only where the merchant names them: they are mail customers did
    /// not get before, and Stripe can send a renewal reminder and a receipt of its own.
    /// The two SetupIntent mails need their webhook events enabled, so they change
    /// nothing until the merchant does.
    pub const DEFAULT: [BillingKind; 8] = [
        Self::PaymentFailed,
        Self::PaymentReminder,
        Self::FinalNotice,
        Self::PaymentActionRequired,
        Self::CardExpiring,
        Self::TrialEnding,
        Self::SetupActionRequired,
        Self::SetupPaymentMethodRequired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::PaymentFailed => "payment_failed",
            Self::PaymentReminder => "payment_reminder",
            Self::FinalNotice => "final_notice",
            Self::PaymentActionRequired => "payment_action_required",
            Self::CardExpiring => "card_expiring",
            Self::TrialEnding => "trial_ending",
            Self::RenewalReminder => "renewal_reminder",
            Self::PaymentRecovered => "payment_recovered",
            Self::CancellationConfirmation => "cancellation_confirmation",
            Self::SetupActionRequired => "setup_action_required",
            Self::SetupPaymentMethodRequired => "setup_payment_method_required",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// The folder of its templates under `shared/templates/`.
    pub fn template(self) -> &'static str {
        match self {
            Self::PaymentFailed => "billing-payment-failed",
            Self::PaymentReminder => "billing-payment-reminder",
            Self::FinalNotice => "billing-final-notice",
            Self::PaymentActionRequired => "billing-payment-action-required",
            Self::CardExpiring => "billing-card-expiring",
            Self::TrialEnding => "billing-trial-ending",
            Self::RenewalReminder => "billing-renewal-reminder",
            Self::PaymentRecovered => "billing-payment-recovered",
            Self::CancellationConfirmation => "billing-cancellation-confirmation",
            Self::SetupActionRequired => "billing-setup-action-required",
            Self::SetupPaymentMethodRequired => "billing-setup-payment-method-required",
        }
    }

    /// The portal page its link opens, for the kinds that carry one (`Planned::portal`):
    /// the renewal reminder is about the whole subscription (change, cancel, pay), the
    /// others about the payment method.
    pub fn portal_flow(self) -> PortalFlow {
        match self {
            Self::RenewalReminder => PortalFlow::Home,
            _ => PortalFlow::PaymentMethodUpdate,
        }
    }

    /// Whether the mail tries to save a payment, so counts in the recovery rate: not the
    /// notices, which follow an outcome (the confirmations) or announce a charge that is
    /// not at risk (the renewal reminder), nor the SetupIntent mails, which are about a
    /// card, not an invoice.
    pub fn seeks_payment(self) -> bool {
        !matches!(
            self,
            Self::RenewalReminder
                | Self::PaymentRecovered
                | Self::CancellationConfirmation
                | Self::SetupActionRequired
                | Self::SetupPaymentMethodRequired
        )
    }
}

impl fmt::Display for BillingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why no billing mail goes out. Each is counted (`BillingSkipped`, `Reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Skip {
    /// Stripe no longer knows the invoice or subscription (`resource_missing`).
    NotFound,
    /// The invoice is paid, void, uncollectible or still a draft.
    InvoiceNotOpen,
    /// Nothing is left to pay (`amount_remaining` is 0).
    NothingDue,
    /// The customer pays by invoice (`send_invoice`): Stripe mails those itself.
    NotChargedAutomatically,
    /// The subscription is canceled (or expired while incomplete).
    SubscriptionCanceled,
    /// The subscription ends at the period's end: there is no next charge to save.
    SubscriptionEnding,
    /// An upcoming invoice with no subscription.
    NoSubscription,
    /// The customer was deleted.
    CustomerDeleted,
    /// A signal (a portal session, a renewed card) about no customer.
    NoCustomer,
    /// Neither the customer nor the invoice has a plausible email address.
    NoEmail,
    /// A payment needing action, but the invoice has no hosted page to confirm it on.
    NoInvoiceLink,
    /// No default card: no default at all, a legacy source (Stripe mails those itself,
    /// `customer.source.expiring`), or a payment method that is not a card.
    NoCard,
    /// The default card is valid past the next charge.
    CardNotExpiring,
    /// An upcoming invoice with no date to charge it on.
    NoChargeDate,
    /// The subscription is no longer trialing.
    NotTrialing,
    /// The trial's end has passed.
    TrialOver,
    /// A payment method is on file: the trial converts by itself.
    HasPaymentMethod,
    /// This kind is switched off (`BILLING_MAILS`).
    KindDisabled,
    /// This step was mailed already (a redelivery, a replay).
    AlreadyMailed,
    /// The invoice was paid, voided or written off: its sequence is over.
    SequenceEnded,
    /// An earlier attempt of this step started sending and did not finish (the mail
    /// service timed out after the request went out, or the function died): the mail
    /// may have gone out, so it is never sent again.
    AttemptUnfinished,
    /// The subscription is `incomplete`: its first invoice failed while the customer is
    /// still signing up (on the page that confirms the payment); Stripe will not retry
    /// it, and a "final notice" would be wrong.
    SignupIncomplete,
    /// The invoice's reminders are all sent (`BILLING_MAX_REMINDERS`).
    RemindersExhausted,
    /// The last failure mail is too recent for a reminder (`BILLING_REMINDER_MIN_DAYS`).
    ReminderTooSoon,
    /// The mail service refused this recipient or message for good.
    Rejected,
    /// SES reported the recipient's address as undeliverable for good (a hard bounce,
    /// `mail-events`): no mail goes to it, transactional or not.
    RecipientBounced,
    /// The recipient is in the holdout (`HOLDOUT_PERCENT`): the invoice's mails that seek
    /// payment never go, so that the report can say what they recover.
    HeldOut,
    /// No segment of the recovery policy matches the customer.
    NoSegment,
    /// The segment's reminders follow its own sequence (`sequence_days`), not Stripe's
    /// retries.
    RemindersScheduled,
    /// A step of a sequence on our clock, but the customer's segment has no such step
    /// now (the policy changed), or the sequence never started (no first failure mail).
    NotInSequence,
    /// A step of a sequence on our clock after the invoice's final notice: the final
    /// notice is the last word.
    FinalNoticeSent,
    /// A renewal reminder for a subscription that does not renew yearly.
    NotAnnual,
    /// A renewal reminder for a subscription that is not active or past due (trialing,
    /// incomplete, paused, unpaid): its next charge is not a renewal.
    NotActive,
    /// The renewal the event announced is past: its date has gone by, or the
    /// subscription has renewed since (a late delivery or a replay).
    RenewalPassed,
    /// A cancellation confirmation, but the subscription as Stripe has it now is not
    /// canceled.
    NotCanceled,
    /// The subscription has no pending SetupIntent (now), or it is another one than the
    /// event's, or the SetupIntent names no subscription (`metadata.subscription`).
    NoPendingSetup,
    /// The SetupIntent succeeded or was canceled: nothing is left for the customer to do.
    SetupSettled,
    /// The SetupIntent waits for nothing the customer must fix: processing, waiting for
    /// the merchant's confirmation, or waiting for its first card (no attempt failed:
    /// the customer is likely entering it right now).
    SetupNotNeeded,
    /// The SetupIntent belongs to another customer than the subscription.
    SetupCustomerMismatch,
    /// A SetupIntent needs authentication, but no setup links are configured
    /// (`SETUP_LINK_URL`, `SETUP_LINK_SECRET`).
    NoSetupLink,
}

impl Skip {
    pub const ALL: [Skip; 40] = [
        Self::NotFound,
        Self::InvoiceNotOpen,
        Self::NothingDue,
        Self::NotChargedAutomatically,
        Self::SubscriptionCanceled,
        Self::SubscriptionEnding,
        Self::NoSubscription,
        Self::CustomerDeleted,
        Self::NoCustomer,
        Self::NoEmail,
        Self::NoInvoiceLink,
        Self::NoCard,
        Self::CardNotExpiring,
        Self::NoChargeDate,
        Self::NotTrialing,
        Self::TrialOver,
        Self::HasPaymentMethod,
        Self::KindDisabled,
        Self::AlreadyMailed,
        Self::SequenceEnded,
        Self::AttemptUnfinished,
        Self::SignupIncomplete,
        Self::RemindersExhausted,
        Self::ReminderTooSoon,
        Self::Rejected,
        Self::RecipientBounced,
        Self::HeldOut,
        Self::NoSegment,
        Self::RemindersScheduled,
        Self::NotInSequence,
        Self::FinalNoticeSent,
        Self::NotAnnual,
        Self::NotActive,
        Self::RenewalPassed,
        Self::NotCanceled,
        Self::NoPendingSetup,
        Self::SetupSettled,
        Self::SetupNotNeeded,
        Self::SetupCustomerMismatch,
        Self::NoSetupLink,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::InvoiceNotOpen => "invoice_not_open",
            Self::NothingDue => "nothing_due",
            Self::NotChargedAutomatically => "not_charged_automatically",
            Self::SubscriptionCanceled => "subscription_canceled",
            Self::SubscriptionEnding => "subscription_ending",
            Self::NoSubscription => "no_subscription",
            Self::CustomerDeleted => "customer_deleted",
            Self::NoCustomer => "no_customer",
            Self::NoEmail => "no_email",
            Self::NoInvoiceLink => "no_invoice_link",
            Self::NoCard => "no_card",
            Self::CardNotExpiring => "card_not_expiring",
            Self::NoChargeDate => "no_charge_date",
            Self::NotTrialing => "not_trialing",
            Self::TrialOver => "trial_over",
            Self::HasPaymentMethod => "has_payment_method",
            Self::KindDisabled => "kind_disabled",
            Self::AlreadyMailed => "already_mailed",
            Self::SequenceEnded => "sequence_ended",
            Self::AttemptUnfinished => "attempt_unfinished",
            Self::SignupIncomplete => "signup_incomplete",
            Self::RemindersExhausted => "reminders_exhausted",
            Self::ReminderTooSoon => "reminder_too_soon",
            Self::Rejected => "rejected",
            Self::RecipientBounced => "recipient_bounced",
            Self::HeldOut => "held_out",
            Self::NoSegment => "no_segment",
            Self::RemindersScheduled => "reminders_scheduled",
            Self::NotInSequence => "not_in_sequence",
            Self::FinalNoticeSent => "final_notice_sent",
            Self::NotAnnual => "not_annual",
            Self::NotActive => "not_active",
            Self::RenewalPassed => "renewal_passed",
            Self::NotCanceled => "not_canceled",
            Self::NoPendingSetup => "no_pending_setup",
            Self::SetupSettled => "setup_settled",
            Self::SetupNotNeeded => "setup_not_needed",
            Self::SetupCustomerMismatch => "setup_customer_mismatch",
            Self::NoSetupLink => "no_setup_link",
        }
    }
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who a billing mail goes to, and in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub email: String,
    pub customer: CustomerId,
    pub language: Language,
    /// The customer's first preferred locale the portal speaks; `None`: `auto`.
    pub portal_locale: Option<String>,
    /// The customer's `metadata.time_zone` as given (an IANA name, checked where quiet
    /// hours read it).
    pub time_zone: Option<String>,
}

/// The default card, as the mail describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardFacts {
    pub brand: Option<String>,
    pub last4: Option<String>,
    pub exp_month: u8,
    pub exp_year: u16,
}

/// A mail that is due, before the record of its subject is consulted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub kind: BillingKind,
    pub subject: DunningSubject,
    /// Once per subject and step.
    pub step: String,
    pub to: Recipient,
    /// What the invoice asks for (`amount_remaining`), for invoice mails.
    pub amount: Option<Money>,
    pub next_attempt: Option<i64>,
    /// Stripe's hosted invoice page: to confirm a payment, or pay the final notice.
    pub invoice_url: Option<String>,
    /// Whether the mail carries a portal link to update the payment method.
    pub portal: bool,
    pub card: Option<CardFacts>,
    /// When the card would next be charged (card expiring).
    pub charge_at: Option<i64>,
    pub trial_end: Option<i64>,
    /// When the subscription renews (renewal reminder).
    pub renewal_at: Option<i64>,
    /// When a canceled subscription ends (cancellation confirmation).
    pub access_ends_at: Option<i64>,
}

/// The two invoice events that can call for a mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvoiceTrigger {
    PaymentFailed,
    ActionRequired,
}

/// The recipient of a billing mail: the customer's address as Stripe has it now, else
/// the address the invoice was issued to; their first preferred language we write in.
pub fn recipient(customer: &Customer, invoice: Option<&Invoice>) -> Result<Recipient, Skip> {
    if customer.deleted {
        return Err(Skip::CustomerDeleted);
    }
    let email = [
        customer.email.as_deref(),
        invoice.and_then(|i| i.customer_email.as_deref()),
    ]
    .into_iter()
    .flatten()
    .map(str::trim)
    .find(|email| stripe_recovery::config::is_plausible_email(email))
    .ok_or(Skip::NoEmail)?;
    let portal_locale = customer
        .preferred_locales
        .iter()
        .find_map(|locale| portal_locale(locale));
    Ok(Recipient {
        email: email.to_owned(),
        customer: customer.id.clone(),
        language: Language::resolve(&customer.preferred_locales),
        portal_locale,
        time_zone: customer.metadata.get(TIME_ZONE_METADATA).cloned(),
    })
}

/// The portal's own spelling of `locale` (`fr-ca` → `fr-CA`), else of its language
/// (`ja-JP` → `ja`); `None` if the portal does not speak it.
fn portal_locale(locale: &str) -> Option<String> {
    let locale = locale.trim();
    let primary = locale.split(['-', '_']).next().unwrap_or_default();
    [locale, primary].into_iter().find_map(|candidate| {
        PORTAL_LOCALES
            .iter()
            .find(|known| known.eq_ignore_ascii_case(candidate) && **known != "auto")
            .map(|known| (*known).to_owned())
    })
}

fn subscription_live(subscription: Option<&Subscription>) -> Result<(), Skip> {
    match subscription.and_then(|s| s.status) {
        Some(SubscriptionStatus::Canceled | SubscriptionStatus::IncompleteExpired) => {
            Err(Skip::SubscriptionCanceled)
        }
        _ => Ok(()),
    }
}

/// How many reminders an invoice gets between its first failure mail and its final
/// notice, and how far apart: Smart Retries may try eight times in three weeks, and a
/// mail per attempt is too many (`BILLING_MAX_REMINDERS`, `BILLING_REMINDER_MIN_DAYS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderCap {
    pub max_reminders: u8,
    /// Least time between two failure mails of an invoice (seconds).
    pub min_gap_secs: i64,
}

impl Default for ReminderCap {
    fn default() -> Self {
        Self {
            max_reminders: 2,
            min_gap_secs: 3 * 24 * 3600,
        }
    }
}

/// An invoice's failure mails so far, mailed or maybe mailed, read from its record:
/// the sequence is first failure → reminders (numbered by us) → final notice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FailureMails {
    /// The first failure's mail (`failed`).
    pub first: bool,
    /// Reminders (`reminder-<n>`).
    pub reminders: u8,
    /// When the latest failure mail (first or reminder) went.
    pub last_at: Option<i64>,
    /// The payment-needing-action mail (`action`), once per invoice.
    pub action: bool,
}

impl FailureMails {
    /// From an invoice's record. Steps of records written before the cap (`failed-<n>`,
    /// one per Stripe attempt, and `action-<n>`) count too: the earliest `failed-<n>`
    /// as the first mail, the others as reminders.
    pub fn of(record: &DunningRecord) -> Self {
        let mut mails = Self::default();
        let mut legacy_failures = 0u8;
        for (step, _kind, at) in record.mails() {
            let failure = if step == "failed" {
                mails.first = true;
                true
            } else if step.starts_with("reminder-") {
                mails.reminders = mails.reminders.saturating_add(1);
                true
            } else if step.starts_with("failed-") {
                legacy_failures = legacy_failures.saturating_add(1);
                true
            } else {
                mails.action |= step == "action" || step.starts_with("action-");
                false
            };
            if failure {
                mails.last_at = mails.last_at.max(Some(at));
            }
        }
        if legacy_failures > 0 {
            if !mails.first {
                mails.first = true;
                legacy_failures -= 1;
            }
            mails.reminders = mails.reminders.saturating_add(legacy_failures);
        }
        mails
    }
}

/// What an `invoice.payment_failed` or `invoice.payment_action_required` calls for at
/// `now`, from the invoice as re-fetched, its subscription (if any), its customer and
/// the invoice's failure mails so far. Per invoice: the first failure's mail, at most
/// `cap.max_reminders` reminders at least `cap.min_gap_secs` after the last failure mail,
/// and the final notice when Stripe will not try again (never capped); the action mail
/// once.
pub fn plan_invoice_mail(
    trigger: InvoiceTrigger,
    invoice: &Invoice,
    subscription: Option<&Subscription>,
    customer: &Customer,
    history: &FailureMails,
    reminders: &Reminders,
    now: i64,
) -> Result<Planned, Skip> {
    let (invoice_id, to, invoice_url) = open_invoice(invoice, subscription, customer)?;
    let (kind, step) = match trigger {
        InvoiceTrigger::ActionRequired => {
            if invoice_url.is_none() {
                return Err(Skip::NoInvoiceLink);
            }
            if history.action {
                return Err(Skip::AlreadyMailed);
            }
            (BillingKind::PaymentActionRequired, "action".to_owned())
        }
        InvoiceTrigger::PaymentFailed if invoice.next_payment_attempt.is_none() => {
            (BillingKind::FinalNotice, "final".to_owned())
        }
        InvoiceTrigger::PaymentFailed if !history.first => {
            (BillingKind::PaymentFailed, "failed".to_owned())
        }
        InvoiceTrigger::PaymentFailed => {
            let Reminders::OnRetries(cap) = reminders else {
                return Err(Skip::RemindersScheduled);
            };
            if history.reminders >= cap.max_reminders {
                return Err(Skip::RemindersExhausted);
            }
            let due = history
                .last_at
                .is_none_or(|last| now >= last.saturating_add(cap.min_gap_secs));
            if !due {
                return Err(Skip::ReminderTooSoon);
            }
            (
                BillingKind::PaymentReminder,
                format!("reminder-{}", history.reminders + 1),
            )
        }
    };
    Ok(invoice_mail(
        invoice,
        invoice_id,
        kind,
        step,
        to,
        invoice_url,
    ))
}

/// An invoice still to be paid by card, of a live subscription (if any), and whom to
/// mail about it: its id, the recipient and its hosted page.
fn open_invoice(
    invoice: &Invoice,
    subscription: Option<&Subscription>,
    customer: &Customer,
) -> Result<(InvoiceId, Recipient, Option<String>), Skip> {
    let invoice_id = invoice.id.clone().ok_or(Skip::NotFound)?;
    if invoice.status != Some(InvoiceStatus::Open) {
        return Err(Skip::InvoiceNotOpen);
    }
    if invoice.amount_remaining <= 0 {
        return Err(Skip::NothingDue);
    }
    if invoice.collection_method != Some(CollectionMethod::ChargeAutomatically) {
        return Err(Skip::NotChargedAutomatically);
    }
    subscription_live(subscription)?;
    if subscription.and_then(|s| s.status) == Some(SubscriptionStatus::Incomplete) {
        return Err(Skip::SignupIncomplete);
    }
    let to = recipient(customer, Some(invoice))?;
    let invoice_url = invoice
        .hosted_invoice_url
        .clone()
        .filter(|url| url.starts_with("https://"));
    Ok((invoice_id, to, invoice_url))
}

/// What step `step` (2, 3, …) of a segment's sequence on our clock calls for when it
/// comes due: a reminder, if the invoice is still open and the first failure was mailed
/// and no final notice since. Each step is decided afresh from the objects as they are.
pub fn plan_scheduled_reminder(
    invoice: &Invoice,
    subscription: Option<&Subscription>,
    customer: &Customer,
    record: &DunningRecord,
    step: u8,
) -> Result<Planned, Skip> {
    let (invoice_id, to, invoice_url) = open_invoice(invoice, subscription, customer)?;
    let mails =
        |wanted: &str| record.steps.contains_key(wanted) || record.unfinished.contains_key(wanted);
    if mails("final") {
        return Err(Skip::FinalNoticeSent);
    }
    if !FailureMails::of(record).first {
        return Err(Skip::NotInSequence);
    }
    let reminder = step
        .checked_sub(1)
        .filter(|n| *n > 0)
        .ok_or(Skip::NotInSequence)?;
    Ok(invoice_mail(
        invoice,
        invoice_id,
        BillingKind::PaymentReminder,
        format!("reminder-{reminder}"),
        to,
        invoice_url,
    ))
}

fn invoice_mail(
    invoice: &Invoice,
    invoice_id: InvoiceId,
    kind: BillingKind,
    step: String,
    to: Recipient,
    invoice_url: Option<String>,
) -> Planned {
    Planned {
        kind,
        subject: DunningSubject::Invoice(invoice_id),
        step,
        to,
        amount: Money::from_parts(Some(invoice.amount_remaining), Some(&invoice.currency)),
        next_attempt: invoice.next_payment_attempt,
        // The action mail is the hosted page (3-D Secure cannot be done in the portal);
        // the final notice offers it beside the portal; the others only the portal.
        portal: kind != BillingKind::PaymentActionRequired,
        invoice_url: invoice_url.filter(|_| {
            matches!(
                kind,
                BillingKind::PaymentActionRequired | BillingKind::FinalNotice
            )
        }),
        card: None,
        charge_at: None,
        trial_end: None,
        renewal_at: None,
        access_ends_at: None,
    }
}

/// The customer's default payment method for a subscription, in Stripe's order of
/// precedence: the subscription's, then the customer's invoice default; a legacy source
/// (`default_source`) counts as "some payment method", but not as one we can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefaultPayment {
    PaymentMethod(PaymentMethodId),
    /// A source, or a payment method id of a shape we do not read.
    Other,
    None,
}

pub fn default_payment(subscription: &Subscription, customer: &Customer) -> DefaultPayment {
    let method = subscription
        .default_payment_method
        .as_ref()
        .map(|pm| pm.id().as_str())
        .or(customer.default_payment_method());
    if let Some(method) = method {
        return PaymentMethodId::parse(method)
            .map_or(DefaultPayment::Other, DefaultPayment::PaymentMethod);
    }
    if subscription.default_source.is_some() || customer.default_source.is_some() {
        DefaultPayment::Other
    } else {
        DefaultPayment::None
    }
}

/// The first moment a card no longer works: it is valid through the last day of its
/// expiry month.
pub fn card_expires_at(exp_year: u16, exp_month: u8) -> i64 {
    unix_of_date(i64::from(exp_year), exp_month.clamp(1, 12) + 1, 1)
}

/// What an `invoice.upcoming` calls for: the subscription's default card expiring before
/// the charge. `payment_method` is the default's, fetched (`None` if there is no
/// `pm_` default; see `default_payment`).
pub fn plan_card_expiry(
    upcoming: &Invoice,
    subscription: Option<&Subscription>,
    customer: &Customer,
    payment_method: Option<&PaymentMethod>,
) -> Result<Planned, Skip> {
    let subscription = subscription.ok_or(Skip::NoSubscription)?;
    subscription_live(Some(subscription))?;
    if subscription.cancel_at_period_end {
        return Err(Skip::SubscriptionEnding);
    }
    if upcoming.collection_method == Some(CollectionMethod::SendInvoice) {
        return Err(Skip::NotChargedAutomatically);
    }
    if customer.deleted {
        return Err(Skip::CustomerDeleted);
    }
    let payment_method = payment_method.ok_or(Skip::NoCard)?;
    let card = payment_method.card.as_ref().ok_or(Skip::NoCard)?;
    let charge_at = upcoming
        .next_payment_attempt
        .or(upcoming.period_end)
        .ok_or(Skip::NoChargeDate)?;
    if card_expires_at(card.exp_year, card.exp_month) > charge_at {
        return Err(Skip::CardNotExpiring);
    }
    let to = recipient(customer, None)?;
    Ok(Planned {
        kind: BillingKind::CardExpiring,
        subject: DunningSubject::CardExpiry {
            payment_method: payment_method.id.clone(),
            exp_year: card.exp_year,
            exp_month: card.exp_month,
        },
        step: BillingKind::CardExpiring.as_str().to_owned(),
        to,
        amount: (upcoming.amount_due > 0)
            .then(|| Money::from_parts(Some(upcoming.amount_due), Some(&upcoming.currency)))
            .flatten(),
        next_attempt: None,
        invoice_url: None,
        portal: true,
        card: Some(CardFacts {
            brand: card.brand.clone(),
            last4: card.last4.clone(),
            exp_month: card.exp_month,
            exp_year: card.exp_year,
        }),
        charge_at: Some(charge_at),
        trial_end: None,
        renewal_at: None,
        access_ends_at: None,
    })
}

/// What a `customer.subscription.trial_will_end` calls for: a mail only if the trial is
/// still running and nothing could be charged when it ends.
pub fn plan_trial_end(
    subscription: &Subscription,
    customer: &Customer,
    now: i64,
) -> Result<Planned, Skip> {
    if subscription.status != Some(SubscriptionStatus::Trialing) {
        return Err(Skip::NotTrialing);
    }
    let trial_end = subscription
        .trial_end
        .filter(|&end| end > now)
        .ok_or(Skip::TrialOver)?;
    if customer.deleted {
        return Err(Skip::CustomerDeleted);
    }
    if default_payment(subscription, customer) != DefaultPayment::None {
        return Err(Skip::HasPaymentMethod);
    }
    let to = recipient(customer, None)?;
    Ok(Planned {
        kind: BillingKind::TrialEnding,
        subject: DunningSubject::TrialEnd {
            subscription: subscription.id.clone(),
            trial_end,
        },
        step: BillingKind::TrialEnding.as_str().to_owned(),
        to,
        amount: None,
        next_attempt: None,
        invoice_url: None,
        portal: true,
        card: None,
        charge_at: None,
        trial_end: Some(trial_end),
        renewal_at: None,
        access_ends_at: None,
    })
}

/// How far a renewal date may lie after the charge date the `invoice.upcoming` named
/// before the event is taken to be about an earlier renewal. Stripe attempts a renewal's
/// charge about an hour after the period ends; a subscription that renewed since has its
/// period end a year later.
const RENEWAL_DATE_SLACK_SECS: i64 = 7 * 24 * 3600;

/// What an `invoice.upcoming` calls for besides the card: a reminder before a yearly
/// subscription renews, with the date and what the upcoming invoice will charge. Once per
/// renewal: the subject is the subscription and the end of the period that renews.
pub fn plan_renewal_reminder(
    upcoming: &Invoice,
    subscription: Option<&Subscription>,
    customer: &Customer,
    now: i64,
) -> Result<Planned, Skip> {
    let subscription = subscription.ok_or(Skip::NoSubscription)?;
    subscription_live(Some(subscription))?;
    if !matches!(
        subscription.status,
        Some(SubscriptionStatus::Active | SubscriptionStatus::PastDue)
    ) {
        return Err(Skip::NotActive);
    }
    if subscription.interval() != Some("year") {
        return Err(Skip::NotAnnual);
    }
    // The mail says the payment method on file is charged: not so for an invoice the
    // customer pays by hand (Stripe mails those itself).
    if upcoming.collection_method == Some(CollectionMethod::SendInvoice) {
        return Err(Skip::NotChargedAutomatically);
    }
    let announced = upcoming.next_payment_attempt.or(upcoming.period_end);
    let renewal_at = subscription
        .current_period_end()
        .or(announced)
        .ok_or(Skip::NoChargeDate)?;
    let ends_before = |at: i64| at <= renewal_at;
    if subscription.cancel_at_period_end || subscription.cancel_at.is_some_and(ends_before) {
        return Err(Skip::SubscriptionEnding);
    }
    let renewed_since = announced.is_some_and(|at| renewal_at > at + RENEWAL_DATE_SLACK_SECS);
    if renewal_at <= now || renewed_since {
        return Err(Skip::RenewalPassed);
    }
    if customer.deleted {
        return Err(Skip::CustomerDeleted);
    }
    let to = recipient(customer, None)?;
    Ok(Planned {
        kind: BillingKind::RenewalReminder,
        subject: DunningSubject::Renewal {
            subscription: subscription.id.clone(),
            period_end: renewal_at,
        },
        step: BillingKind::RenewalReminder.as_str().to_owned(),
        to,
        amount: (upcoming.amount_due > 0)
            .then(|| Money::from_parts(Some(upcoming.amount_due), Some(&upcoming.currency)))
            .flatten(),
        next_attempt: None,
        invoice_url: None,
        portal: true,
        card: None,
        charge_at: None,
        trial_end: None,
        renewal_at: Some(renewal_at),
        access_ends_at: None,
    })
}

/// What the invoice's record says was paid (amount in minor units, currency), if it
/// holds a recovery: the payment of an invoice we had mailed about. The record, not what
/// recording the payment returned, decides: a retry finds the payment recorded already,
/// and must still confirm it if the first attempt's mail did not go.
pub fn recovered_payment(record: &DunningRecord) -> Option<(i64, &str)> {
    match &record.outcome {
        Some(DunningOutcome::Recovered {
            amount_paid,
            currency,
            ..
        }) => Some((*amount_paid, currency.as_str())),
        _ => None,
    }
}

/// The "all fixed" mail after `invoice.paid` recovered an invoice we had mailed about,
/// with what was paid (`recovered_payment`): once per invoice, on a subject of its own
/// since the payment ended the invoice's.
pub fn plan_payment_recovered(
    invoice: &InvoiceId,
    (amount_paid, currency): (i64, &str),
    customer: &Customer,
) -> Result<Planned, Skip> {
    if customer.deleted {
        return Err(Skip::CustomerDeleted);
    }
    let to = recipient(customer, None)?;
    Ok(Planned {
        kind: BillingKind::PaymentRecovered,
        subject: DunningSubject::RecoveredPayment(invoice.clone()),
        step: BillingKind::PaymentRecovered.as_str().to_owned(),
        to,
        // Nothing paid (a credit balance covered it): the mail says so without a sum.
        amount: (amount_paid > 0)
            .then(|| Money::from_parts(Some(amount_paid), Some(currency)))
            .flatten(),
        next_attempt: None,
        invoice_url: None,
        portal: false,
        card: None,
        charge_at: None,
        trial_end: None,
        renewal_at: None,
        access_ends_at: None,
    })
}

/// What a `customer.subscription.deleted` calls for, from the subscription as re-fetched:
/// a confirmation of the cancellation, once per subscription, with the day it ended.
/// A sign-up that never completed (`incomplete_expired`) was never a subscription to the
/// customer, so it gets none.
pub fn plan_cancellation(
    subscription: &Subscription,
    customer: &Customer,
) -> Result<Planned, Skip> {
    match subscription.status {
        Some(SubscriptionStatus::Canceled) => {}
        Some(SubscriptionStatus::IncompleteExpired) => return Err(Skip::SignupIncomplete),
        _ => return Err(Skip::NotCanceled),
    }
    if customer.deleted {
        return Err(Skip::CustomerDeleted);
    }
    let to = recipient(customer, None)?;
    Ok(Planned {
        kind: BillingKind::CancellationConfirmation,
        subject: DunningSubject::Cancellation(subscription.id.clone()),
        step: BillingKind::CancellationConfirmation.as_str().to_owned(),
        to,
        amount: None,
        next_attempt: None,
        invoice_url: None,
        portal: false,
        card: None,
        charge_at: None,
        trial_end: None,
        renewal_at: None,
        access_ends_at: subscription
            .ended_at
            .or_else(|| subscription.current_period_end()),
    })
}

/// What a subscription's pending SetupIntent calls for, from the subscription, the
/// SetupIntent and the customer as Stripe has them now: once per SetupIntent and status
/// (the step), `requires_action` → our page that confirms it (3-D Secure),
/// `requires_payment_method` after a failed attempt → the portal's payment-method page.
/// Nothing once it succeeded or was canceled (by Stripe, or by the setup-intent
/// canceller when the subscription was deleted), nor for a SetupIntent the subscription
/// no longer waits on.
pub fn plan_pending_setup(
    subscription: &Subscription,
    setup_intent: &SetupIntent,
    customer: &Customer,
) -> Result<Planned, Skip> {
    let pending = subscription.pending_setup_intent.as_ref().map(|s| s.id());
    if pending != Some(&setup_intent.id) {
        return Err(Skip::NoPendingSetup);
    }
    subscription_live(Some(subscription))?;
    let kind = match setup_intent.status {
        SetupIntentStatus::Succeeded | SetupIntentStatus::Canceled => {
            return Err(Skip::SetupSettled);
        }
        SetupIntentStatus::RequiresAction => BillingKind::SetupActionRequired,
        SetupIntentStatus::RequiresPaymentMethod if setup_intent.failed() => {
            BillingKind::SetupPaymentMethodRequired
        }
        _ => return Err(Skip::SetupNotNeeded),
    };
    let owner = subscription.customer.as_ref().map(|c| c.id());
    if setup_intent.customer_id().is_some_and(|c| Some(c) != owner) || owner != Some(&customer.id) {
        return Err(Skip::SetupCustomerMismatch);
    }
    if customer.deleted {
        return Err(Skip::CustomerDeleted);
    }
    let to = recipient(customer, None)?;
    Ok(Planned {
        kind,
        subject: DunningSubject::SetupIntent(setup_intent.id.clone()),
        step: setup_intent.status.as_str().to_owned(),
        to,
        amount: None,
        next_attempt: None,
        invoice_url: None,
        portal: kind == BillingKind::SetupPaymentMethodRequired,
        card: None,
        charge_at: None,
        trial_end: None,
        renewal_at: None,
        access_ends_at: None,
    })
}

/// Why an invoice event gets no mail before anything is planned: the sequence ended, or
/// this very event already mailed (or maybe mailed) a step. One event, one mail: a
/// redelivery days later must not turn into the next reminder.
pub fn check_event(record: &DunningRecord, event: &str) -> Result<(), Skip> {
    match record.mailed_by(event) {
        Some((_, true)) => Err(Skip::AlreadyMailed),
        Some((_, false)) => Err(Skip::AttemptUnfinished),
        None => Ok(()),
    }
}

/// The reason given for a skip of the planner, given the record: a sequence that ended is
/// the reason, rather than the cap it would otherwise have run into.
pub fn refine_skip(record: &DunningRecord, skip: Skip) -> Skip {
    let capped = matches!(
        skip,
        Skip::RemindersExhausted | Skip::ReminderTooSoon | Skip::AlreadyMailed
    );
    if capped && record.ended() {
        Skip::SequenceEnded
    } else {
        skip
    }
}

/// Whether the record still lets `step` go out.
pub fn check_record(record: &DunningRecord, step: &str) -> Result<(), Skip> {
    if record.ended() {
        Err(Skip::SequenceEnded)
    } else if record.steps.contains_key(step) {
        Err(Skip::AlreadyMailed)
    } else if record.unfinished.contains_key(step) {
        Err(Skip::AttemptUnfinished)
    } else {
        Ok(())
    }
}

/// What an alert is about: an invoice's failed payment, or a `send_invoice` invoice
/// passing its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertOn {
    PaymentFailed,
    Overdue,
}

/// Which of a segment's alerts an invoice calls for now, leaving out those it got: only
/// about an open invoice with something left to pay.
pub fn alerts_due(
    on: AlertOn,
    invoice: &Invoice,
    subscription: Option<&Subscription>,
    record: &DunningRecord,
    alerts: &SegmentAlerts,
) -> Vec<AlertReason> {
    if invoice.status != Some(InvoiceStatus::Open) || invoice.amount_remaining <= 0 {
        return Vec::new();
    }
    let high_value = alerts
        .past_due
        .reached(invoice.amount_due, &invoice.currency);
    let candidates = match on {
        AlertOn::PaymentFailed => [
            (AlertReason::HighValuePaymentFailed, high_value),
            (
                AlertReason::AnnualRenewalFailed,
                alerts.annual_renewal_failed
                    && invoice.billing_reason == Some(BillingReason::SubscriptionCycle)
                    && subscription.and_then(Subscription::interval) == Some("year"),
            ),
            (
                AlertReason::FinalAttemptFailed,
                alerts.final_attempt_failed && invoice.next_payment_attempt.is_none(),
            ),
        ]
        .to_vec(),
        AlertOn::Overdue => vec![(AlertReason::HighValueInvoiceOverdue, high_value)],
    };
    candidates
        .into_iter()
        .filter(|(reason, due)| *due && !record.alerted.contains_key(reason))
        .map(|(reason, _)| reason)
        .collect()
}

/// `BILLING_ALERT_AMOUNTS`: per currency, the amount (minor units) at or above which a
/// failed invoice alerts operations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertThresholds(Vec<(String, i64)>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not <currency>:<amount in minor units>, e.g. usd:50000")]
pub struct InvalidThreshold(pub String);

impl AlertThresholds {
    /// `usd:50000,eur:50000,jpy:500000`; empty: no alerts.
    pub fn parse(value: &str) -> Result<Self, InvalidThreshold> {
        let mut thresholds = Vec::new();
        for entry in value.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let invalid = || InvalidThreshold(entry.chars().take(40).collect());
            let (currency, amount) = entry.split_once(':').ok_or_else(invalid)?;
            let currency = currency.trim().to_ascii_lowercase();
            let amount: i64 = amount.trim().parse().map_err(|_| invalid())?;
            let iso = currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_lowercase());
            if !iso || amount <= 0 || thresholds.iter().any(|(c, _)| *c == currency) {
                return Err(invalid());
            }
            thresholds.push((currency, amount));
        }
        Ok(Self(thresholds))
    }

    /// From a policy's table (checked there): currency → amount.
    pub fn from_amounts(amounts: std::collections::BTreeMap<String, i64>) -> Self {
        Self(amounts.into_iter().collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `amount` of `currency` reaches its threshold (none set: never).
    pub fn reached(&self, amount: i64, currency: &str) -> bool {
        self.0
            .iter()
            .any(|(c, threshold)| c.eq_ignore_ascii_case(currency) && amount >= *threshold)
    }
}

/// The card's expiry as the mail shows it, `08/2030`.
pub fn expiry_text(card: &CardFacts) -> String {
    format!("{:02}/{}", card.exp_month, card.exp_year)
}

/// A card brand as people write it (`visa` → `Visa`, `amex` → `American Express`).
pub fn brand_name(brand: &str) -> String {
    match brand {
        "amex" => "American Express".into(),
        "diners" => "Diners Club".into(),
        "discover" => "Discover".into(),
        "jcb" => "JCB".into(),
        "mastercard" => "Mastercard".into(),
        "unionpay" => "UnionPay".into(),
        "visa" => "Visa".into(),
        "cartes_bancaires" => "Cartes Bancaires".into(),
        "eftpos_au" => "eftpos".into(),
        "interac" => "Interac".into(),
        other => {
            let mut chars = other.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use stripe_recovery::ports::MailedStep;
    use stripe_recovery::stripe::ids::SubscriptionId;
    use stripe_recovery::time::civil_date;

    use super::*;

    const NOW: i64 = 1_800_000_000;
    const FIXTURES: &str = include_str!("../../../tests/fixtures/stripe/fixtures3.json");

    fn fixture(name: &str) -> Value {
        let all: Value = serde_json::from_str(FIXTURES).unwrap();
        all["resources"][name].clone()
    }

    /// The official invoice, as a first failure leaves it: open, attempted once, a retry
    /// in three days.
    fn failed_invoice() -> Value {
        let mut invoice = fixture("invoice");
        invoice["parent"]["subscription_details"]["subscription"] = json!("sub_1Live");
        invoice["status"] = json!("open");
        invoice["attempt_count"] = json!(1);
        invoice["attempted"] = json!(true);
        invoice["next_payment_attempt"] = json!(NOW + 3 * 86_400);
        invoice["hosted_invoice_url"] = json!("https://invoice.stripe.com/i/acct_1/test_1");
        invoice
    }

    fn customer() -> Value {
        let mut customer = fixture("customer");
        customer["email"] = json!("jenny.rosen@example.com");
        customer
    }

    fn subscription(status: &str) -> Value {
        let mut sub = fixture("subscription");
        sub["id"] = json!("sub_1Live");
        sub["status"] = json!(status);
        sub["cancel_at_period_end"] = json!(false);
        sub
    }

    /// name, trigger, invoice, subscription status, customer, the invoice's failure mails
    /// so far, what is planned.
    type InvoiceCase = (
        &'static str,
        InvoiceTrigger,
        Value,
        &'static str,
        Value,
        FailureMails,
        Result<(BillingKind, &'static str), Skip>,
    );

    const DAY: i64 = 86_400;
    const NONE: FailureMails = FailureMails {
        first: false,
        reminders: 0,
        last_at: None,
        action: false,
    };
    /// The first failure was mailed four days ago.
    const FIRST_SENT: FailureMails = FailureMails {
        first: true,
        reminders: 0,
        last_at: Some(NOW - 4 * DAY),
        action: false,
    };

    /// name, upcoming invoice, subscription, customer, default payment method, outcome.
    type CardCase = (
        &'static str,
        Value,
        Option<Value>,
        Value,
        Option<Value>,
        Result<(), Skip>,
    );

    fn parse<T: serde::de::DeserializeOwned>(value: Value) -> T {
        serde_json::from_value(value).unwrap()
    }

    fn with(mut value: Value, changes: &[(&str, Value)]) -> Value {
        for (path, new) in changes {
            let mut target = &mut value;
            let parts: Vec<&str> = path.split('.').collect();
            for part in &parts[..parts.len() - 1] {
                target = &mut target[*part];
            }
            target[parts[parts.len() - 1]] = new.clone();
        }
        value
    }

    #[test]
    fn invoice_mail_table() {
        use InvoiceTrigger::*;
        let invoice = failed_invoice();
        let cases: Vec<InvoiceCase> = vec![
            (
                "first failure",
                PaymentFailed,
                invoice.clone(),
                "active",
                customer(),
                NONE,
                Ok((BillingKind::PaymentFailed, "failed")),
            ),
            (
                "a later failure, first mailed",
                PaymentFailed,
                with(invoice.clone(), &[("attempt_count", json!(2))]),
                "past_due",
                customer(),
                FIRST_SENT,
                Ok((BillingKind::PaymentReminder, "reminder-1")),
            ),
            (
                "a later failure, none mailed yet",
                PaymentFailed,
                with(invoice.clone(), &[("attempt_count", json!(3))]),
                "past_due",
                customer(),
                NONE,
                Ok((BillingKind::PaymentFailed, "failed")),
            ),
            (
                "no retry left",
                PaymentFailed,
                with(
                    invoice.clone(),
                    &[
                        ("attempt_count", json!(4)),
                        ("next_payment_attempt", Value::Null),
                    ],
                ),
                "past_due",
                customer(),
                FIRST_SENT,
                Ok((BillingKind::FinalNotice, "final")),
            ),
            (
                "3-D Secure",
                ActionRequired,
                invoice.clone(),
                "active",
                customer(),
                NONE,
                Ok((BillingKind::PaymentActionRequired, "action")),
            ),
            (
                "3-D Secure without a hosted page",
                ActionRequired,
                with(invoice.clone(), &[("hosted_invoice_url", Value::Null)]),
                "active",
                customer(),
                NONE,
                Err(Skip::NoInvoiceLink),
            ),
            (
                "a reminder less than three days after the last failure mail",
                PaymentFailed,
                with(invoice.clone(), &[("attempt_count", json!(3))]),
                "past_due",
                customer(),
                FailureMails {
                    reminders: 1,
                    last_at: Some(NOW - 3 * DAY + 1),
                    ..FIRST_SENT
                },
                Err(Skip::ReminderTooSoon),
            ),
            (
                "the second reminder, three days after the first",
                PaymentFailed,
                with(invoice.clone(), &[("attempt_count", json!(5))]),
                "past_due",
                customer(),
                FailureMails {
                    reminders: 1,
                    last_at: Some(NOW - 3 * DAY),
                    ..FIRST_SENT
                },
                Ok((BillingKind::PaymentReminder, "reminder-2")),
            ),
            (
                "the reminders are spent",
                PaymentFailed,
                with(invoice.clone(), &[("attempt_count", json!(6))]),
                "past_due",
                customer(),
                FailureMails {
                    reminders: 2,
                    ..FIRST_SENT
                },
                Err(Skip::RemindersExhausted),
            ),
            (
                "the final notice is never held back by the cap",
                PaymentFailed,
                with(
                    invoice.clone(),
                    &[
                        ("attempt_count", json!(8)),
                        ("next_payment_attempt", Value::Null),
                    ],
                ),
                "past_due",
                customer(),
                FailureMails {
                    reminders: 2,
                    last_at: Some(NOW - 60),
                    ..FIRST_SENT
                },
                Ok((BillingKind::FinalNotice, "final")),
            ),
            (
                "3-D Secure once per invoice",
                ActionRequired,
                with(invoice.clone(), &[("attempt_count", json!(2))]),
                "past_due",
                customer(),
                FailureMails {
                    action: true,
                    ..FIRST_SENT
                },
                Err(Skip::AlreadyMailed),
            ),
            (
                "the first invoice while signing up (incomplete), no retry",
                PaymentFailed,
                with(invoice.clone(), &[("next_payment_attempt", Value::Null)]),
                "incomplete",
                customer(),
                NONE,
                Err(Skip::SignupIncomplete),
            ),
            (
                "paid since",
                PaymentFailed,
                with(invoice.clone(), &[("status", json!("paid"))]),
                "active",
                customer(),
                NONE,
                Err(Skip::InvoiceNotOpen),
            ),
            (
                "voided since",
                ActionRequired,
                with(invoice.clone(), &[("status", json!("void"))]),
                "active",
                customer(),
                NONE,
                Err(Skip::InvoiceNotOpen),
            ),
            (
                "nothing left to pay",
                PaymentFailed,
                with(invoice.clone(), &[("amount_remaining", json!(0))]),
                "active",
                customer(),
                NONE,
                Err(Skip::NothingDue),
            ),
            (
                "sent as an invoice",
                PaymentFailed,
                with(
                    invoice.clone(),
                    &[("collection_method", json!("send_invoice"))],
                ),
                "active",
                customer(),
                NONE,
                Err(Skip::NotChargedAutomatically),
            ),
            (
                "subscription canceled",
                PaymentFailed,
                invoice.clone(),
                "canceled",
                customer(),
                NONE,
                Err(Skip::SubscriptionCanceled),
            ),
            (
                "subscription expired incomplete",
                PaymentFailed,
                invoice.clone(),
                "incomplete_expired",
                customer(),
                NONE,
                Err(Skip::SubscriptionCanceled),
            ),
            (
                "customer deleted",
                PaymentFailed,
                invoice.clone(),
                "active",
                json!({"id": "cus_QXg1o8vcGmoR32", "object": "customer", "deleted": true}),
                NONE,
                Err(Skip::CustomerDeleted),
            ),
            (
                "no address anywhere",
                PaymentFailed,
                invoice.clone(),
                "active",
                fixture("customer"),
                NONE,
                Err(Skip::NoEmail),
            ),
            (
                "the invoice's address",
                PaymentFailed,
                with(
                    invoice.clone(),
                    &[("customer_email", json!("billing@example.com"))],
                ),
                "active",
                fixture("customer"),
                NONE,
                Ok((BillingKind::PaymentFailed, "failed")),
            ),
        ];
        for (name, trigger, invoice, status, customer, history, expected) in cases {
            let invoice: Invoice = parse(invoice);
            let sub: Subscription = parse(subscription(status));
            let customer: Customer = parse(customer);
            let planned = plan_invoice_mail(
                trigger,
                &invoice,
                Some(&sub),
                &customer,
                &history,
                &Reminders::OnRetries(ReminderCap::default()),
                NOW,
            );
            let got = planned
                .as_ref()
                .map(|p| (p.kind, p.step.as_str()))
                .map_err(|e| *e);
            assert_eq!(got, expected, "{name}");
            if let Ok(planned) = planned {
                assert_eq!(
                    planned.subject,
                    DunningSubject::Invoice(invoice.id.clone().unwrap())
                );
                assert_eq!(
                    planned.amount,
                    Money::from_parts(Some(1000), Some("usd")),
                    "{name}"
                );
                assert_eq!(
                    planned.portal,
                    planned.kind != BillingKind::PaymentActionRequired
                );
                let hosted = matches!(
                    planned.kind,
                    BillingKind::PaymentActionRequired | BillingKind::FinalNotice
                );
                assert_eq!(planned.invoice_url.is_some(), hosted, "{name}");
            }
        }
    }

    #[test]
    fn a_one_off_invoice_needs_no_subscription() {
        let invoice: Invoice = parse(with(failed_invoice(), &[("parent", Value::Null)]));
        let planned = plan_invoice_mail(
            InvoiceTrigger::PaymentFailed,
            &invoice,
            None,
            &parse(customer()),
            &FailureMails::default(),
            &Reminders::OnRetries(ReminderCap::default()),
            NOW,
        );
        assert_eq!(planned.unwrap().kind, BillingKind::PaymentFailed);
    }

    /// Each alert a segment asks for, on the invoices it is about, once.
    #[test]
    fn the_segments_alerts_go_for_what_they_name_once_per_invoice() {
        let all = SegmentAlerts {
            past_due: AlertThresholds::parse("usd:1000").unwrap(),
            annual_renewal_failed: true,
            final_attempt_failed: true,
        };
        let none = SegmentAlerts::default();
        let renewal = with(
            failed_invoice(),
            &[
                ("billing_reason", json!("subscription_cycle")),
                ("amount_due", json!(5000)),
                ("amount_remaining", json!(5000)),
                ("currency", json!("usd")),
            ],
        );
        let last = with(renewal.clone(), &[("next_payment_attempt", Value::Null)]);
        let small = with(renewal.clone(), &[("amount_due", json!(999))]);
        let paid = with(last.clone(), &[("status", json!("paid"))]);
        let first = with(
            last.clone(),
            &[("billing_reason", json!("subscription_create"))],
        );
        let yearly: Subscription = parse(json!({
            "id": "sub_1",
            "items": {"data": [{"price": {"id": "price_y", "recurring": {"interval": "year"}}}]}
        }));
        let monthly: Subscription = parse(json!({
            "id": "sub_1",
            "items": {"data": [{"price": {"id": "price_m", "recurring": {"interval": "month"}}}]}
        }));
        let mut alerted = DunningRecord::default();
        alerted
            .alerted
            .insert(AlertReason::HighValuePaymentFailed, NOW);
        use AlertReason::*;
        let fresh = DunningRecord::default();
        type Case<'a> = (
            &'a str,
            AlertOn,
            &'a Value,
            Option<&'a Subscription>,
            &'a DunningRecord,
            &'a SegmentAlerts,
            Vec<AlertReason>,
        );
        let cases: Vec<Case<'_>> = vec![
            (
                "every reason",
                AlertOn::PaymentFailed,
                &last,
                Some(&yearly),
                &fresh,
                &all,
                vec![
                    HighValuePaymentFailed,
                    AnnualRenewalFailed,
                    FinalAttemptFailed,
                ],
            ),
            (
                "monthly: not annual",
                AlertOn::PaymentFailed,
                &last,
                Some(&monthly),
                &fresh,
                &all,
                vec![HighValuePaymentFailed, FinalAttemptFailed],
            ),
            (
                "a retry follows: not final",
                AlertOn::PaymentFailed,
                &renewal,
                Some(&yearly),
                &fresh,
                &all,
                vec![HighValuePaymentFailed, AnnualRenewalFailed],
            ),
            (
                "below the amount",
                AlertOn::PaymentFailed,
                &small,
                Some(&monthly),
                &fresh,
                &all,
                vec![],
            ),
            (
                "a first invoice is no renewal",
                AlertOn::PaymentFailed,
                &first,
                Some(&yearly),
                &fresh,
                &all,
                vec![HighValuePaymentFailed, FinalAttemptFailed],
            ),
            (
                "once",
                AlertOn::PaymentFailed,
                &last,
                Some(&monthly),
                &alerted,
                &all,
                vec![FinalAttemptFailed],
            ),
            (
                "paid: nothing",
                AlertOn::PaymentFailed,
                &paid,
                Some(&yearly),
                &fresh,
                &all,
                vec![],
            ),
            (
                "a segment without alerts",
                AlertOn::PaymentFailed,
                &last,
                Some(&yearly),
                &fresh,
                &none,
                vec![],
            ),
            (
                "overdue",
                AlertOn::Overdue,
                &last,
                None,
                &alerted,
                &all,
                vec![HighValueInvoiceOverdue],
            ),
            (
                "overdue, small",
                AlertOn::Overdue,
                &small,
                None,
                &fresh,
                &all,
                vec![],
            ),
        ];
        for (name, on, invoice, subscription, record, alerts, expected) in cases {
            let invoice: Invoice = parse(invoice.clone());
            assert_eq!(
                alerts_due(on, &invoice, subscription, record, alerts),
                expected,
                "{name}"
            );
        }
    }

    /// A segment with a sequence on our clock: Stripe's retries bring the first mail and
    /// the final notice; the reminders between are the scheduler's.
    #[test]
    fn with_a_sequence_stripes_retries_mail_only_the_first_failure_and_the_final_notice() {
        let sequence = crate::policy::Policy::parse(
            "t.toml",
            "version = 1\n[[segment]]\nname = \"s\"\nsequence_days = [0, 3, 7]\n",
            &crate::policy::Defaults {
                mails: BillingKind::ALL.to_vec(),
                reminders: ReminderCap::default(),
                alert_thresholds: AlertThresholds::default(),
            },
        )
        .unwrap()
        .segments
        .remove(0)
        .reminders;
        let retrying: Invoice = parse(failed_invoice());
        let last: Invoice = parse(with(
            failed_invoice(),
            &[("next_payment_attempt", Value::Null)],
        ));
        let mailed_first = FailureMails {
            first: true,
            reminders: 0,
            last_at: Some(NOW - 30 * 86_400),
            action: false,
        };
        let cases = [
            (
                &retrying,
                FailureMails::default(),
                Ok(BillingKind::PaymentFailed),
            ),
            (&retrying, mailed_first, Err(Skip::RemindersScheduled)),
            (&last, mailed_first, Ok(BillingKind::FinalNotice)),
        ];
        for (invoice, history, expected) in cases {
            let planned = plan_invoice_mail(
                InvoiceTrigger::PaymentFailed,
                invoice,
                None,
                &parse(customer()),
                &history,
                &sequence,
                NOW,
            );
            assert_eq!(planned.map(|p| p.kind), expected, "{history:?}");
        }
    }

    #[test]
    fn the_recipient_is_the_customer_now_in_their_language() {
        let invoice: Invoice = parse(with(
            failed_invoice(),
            &[("customer_email", json!("old@example.com"))],
        ));
        let cases: &[(Value, Value, &str, Language, Option<&str>)] = &[
            (
                json!("jenny.rosen@example.com"),
                json!([]),
                "jenny.rosen@example.com",
                Language::En,
                None,
            ),
            (
                json!(" Jenny@Example.com "),
                json!(["ja-JP", "en"]),
                "Jenny@Example.com",
                Language::Ja,
                Some("ja"),
            ),
            (
                json!("j@example.com"),
                json!(["xx", "en-GB"]),
                "j@example.com",
                Language::EnGb,
                Some("en-GB"),
            ),
            (
                json!("j@example.com"),
                json!(["ja", "de"]),
                "j@example.com",
                Language::Ja,
                Some("ja"),
            ),
            (
                json!("j@example.com"),
                json!(["fr-ca", "de"]),
                "j@example.com",
                Language::FrCa,
                Some("fr-CA"),
            ),
            (
                json!("j@example.com"),
                json!(["it-IT", "de"]),
                "j@example.com",
                Language::It,
                Some("it"),
            ),
            (
                json!("not an address"),
                json!(["de"]),
                "old@example.com",
                Language::De,
                Some("de"),
            ),
            (
                Value::Null,
                json!([]),
                "old@example.com",
                Language::En,
                None,
            ),
        ];
        for (email, locales, to, language, portal_locale) in cases {
            let customer: Customer = parse(with(
                customer(),
                &[
                    ("email", email.clone()),
                    ("preferred_locales", locales.clone()),
                ],
            ));
            let recipient = recipient(&customer, Some(&invoice)).unwrap();
            assert_eq!(recipient.email, *to);
            assert_eq!(recipient.language, *language, "{locales}");
            assert_eq!(
                recipient.portal_locale.as_deref(),
                *portal_locale,
                "{locales}"
            );
        }
    }

    fn card(exp_month: u8, exp_year: u16) -> Value {
        let mut pm = fixture("payment_method");
        pm["card"]["exp_month"] = json!(exp_month);
        pm["card"]["exp_year"] = json!(exp_year);
        pm
    }

    #[test]
    fn card_expiry_table() {
        // The next charge: 2027-01-15.
        let charge_at = unix_of_date(2027, 1, 15);
        let mut upcoming = failed_invoice();
        upcoming.as_object_mut().unwrap().remove("id");
        let upcoming = with(
            upcoming,
            &[
                ("next_payment_attempt", json!(charge_at)),
                ("status", json!("draft")),
            ],
        );
        let cases: Vec<CardCase> = vec![
            (
                "expires the month before",
                upcoming.clone(),
                Some(subscription("active")),
                customer(),
                Some(card(12, 2026)),
                Ok(()),
            ),
            (
                "expired already",
                upcoming.clone(),
                Some(subscription("past_due")),
                customer(),
                Some(card(3, 2025)),
                Ok(()),
            ),
            (
                "valid through the charge's month",
                upcoming.clone(),
                Some(subscription("active")),
                customer(),
                Some(card(1, 2027)),
                Err(Skip::CardNotExpiring),
            ),
            (
                "no charge date but the period's end",
                with(
                    upcoming.clone(),
                    &[
                        ("next_payment_attempt", Value::Null),
                        ("period_end", json!(charge_at)),
                    ],
                ),
                Some(subscription("active")),
                customer(),
                Some(card(12, 2026)),
                Ok(()),
            ),
            (
                "no charge date at all",
                with(
                    upcoming.clone(),
                    &[
                        ("next_payment_attempt", Value::Null),
                        ("period_end", Value::Null),
                    ],
                ),
                Some(subscription("active")),
                customer(),
                Some(card(12, 2026)),
                Err(Skip::NoChargeDate),
            ),
            (
                "no subscription",
                upcoming.clone(),
                None,
                customer(),
                Some(card(12, 2026)),
                Err(Skip::NoSubscription),
            ),
            (
                "canceled",
                upcoming.clone(),
                Some(subscription("canceled")),
                customer(),
                Some(card(12, 2026)),
                Err(Skip::SubscriptionCanceled),
            ),
            (
                "ending at the period's end",
                upcoming.clone(),
                Some(with(
                    subscription("active"),
                    &[("cancel_at_period_end", json!(true))],
                )),
                customer(),
                Some(card(12, 2026)),
                Err(Skip::SubscriptionEnding),
            ),
            (
                "invoiced, not charged",
                with(
                    upcoming.clone(),
                    &[("collection_method", json!("send_invoice"))],
                ),
                Some(subscription("active")),
                customer(),
                Some(card(12, 2026)),
                Err(Skip::NotChargedAutomatically),
            ),
            (
                "no card on file",
                upcoming.clone(),
                Some(subscription("active")),
                customer(),
                None,
                Err(Skip::NoCard),
            ),
            (
                "not a card",
                upcoming.clone(),
                Some(subscription("active")),
                customer(),
                Some(with(
                    fixture("payment_method"),
                    &[("type", json!("sepa_debit")), ("card", Value::Null)],
                )),
                Err(Skip::NoCard),
            ),
            (
                "no address",
                upcoming.clone(),
                Some(subscription("active")),
                fixture("customer"),
                Some(card(12, 2026)),
                Err(Skip::NoEmail),
            ),
        ];
        for (name, upcoming, sub, customer, pm, expected) in cases {
            let upcoming: Invoice = parse(upcoming);
            let sub: Option<Subscription> = sub.map(parse);
            let pm: Option<PaymentMethod> = pm.map(parse);
            let planned = plan_card_expiry(&upcoming, sub.as_ref(), &parse(customer), pm.as_ref());
            assert_eq!(
                planned.as_ref().map(|_| ()).map_err(|e| *e),
                expected,
                "{name}"
            );
            if let Ok(planned) = planned {
                let card = planned.card.clone().unwrap();
                assert_eq!(
                    planned.subject,
                    DunningSubject::CardExpiry {
                        payment_method: PaymentMethodId::parse("pm_1Pgc75B7WZ01zgkWlHVgdEGJ")
                            .unwrap(),
                        exp_year: card.exp_year,
                        exp_month: card.exp_month,
                    },
                    "{name}"
                );
                assert_eq!(planned.charge_at, Some(charge_at));
                assert!(planned.portal && planned.invoice_url.is_none());
            }
        }
    }

    #[test]
    fn a_card_stripes_updater_renewed_in_place_is_not_mailed() {
        // Stripe's card updater changes the expiry of the same payment method in place
        // (`payment_method.automatically_updated`); the object itself carries no mark of
        // it, so what tells is the re-fetched expiry: the card no longer expires before
        // the charge.
        let charge_at = unix_of_date(2027, 1, 15);
        let mut upcoming = failed_invoice();
        upcoming.as_object_mut().unwrap().remove("id");
        let upcoming: Invoice = parse(with(
            upcoming,
            &[("next_payment_attempt", json!(charge_at))],
        ));
        let sub: Subscription = parse(subscription("active"));
        let customer: Customer = parse(customer());
        let before: PaymentMethod = parse(card(12, 2026));
        let updated: PaymentMethod = parse(card(12, 2029));
        assert_eq!(before.id, updated.id, "the same payment method");
        let plan = |pm: &PaymentMethod| {
            plan_card_expiry(&upcoming, Some(&sub), &customer, Some(pm)).map(|p| p.kind)
        };
        assert_eq!(plan(&before), Ok(BillingKind::CardExpiring));
        assert_eq!(plan(&updated), Err(Skip::CardNotExpiring));
    }

    /// An active subscription billed yearly, its period ending a week after `NOW`, no
    /// cancellation scheduled.
    fn annual() -> Value {
        let mut sub = subscription("active");
        sub["cancel_at"] = Value::Null;
        sub["items"]["data"][0]["price"]["recurring"]["interval"] = json!("year");
        sub["items"]["data"][0]["current_period_end"] = json!(NOW + 7 * DAY);
        sub
    }

    /// The preview of the renewal's invoice: no id, charged an hour after the period ends.
    fn renewal_invoice() -> Value {
        let mut upcoming = failed_invoice();
        upcoming.as_object_mut().unwrap().remove("id");
        with(
            upcoming,
            &[
                ("status", json!("draft")),
                ("attempt_count", json!(0)),
                ("next_payment_attempt", json!(NOW + 7 * DAY + 3600)),
                ("period_end", json!(NOW + 7 * DAY)),
            ],
        )
    }

    /// name, upcoming invoice, subscription, customer, outcome.
    type RenewalCase = (&'static str, Value, Option<Value>, Value, Result<(), Skip>);

    #[test]
    fn renewal_reminder_table() {
        let upcoming = renewal_invoice();
        let period_end = |sub: Value, at: Value| {
            let mut sub = sub;
            sub["items"]["data"][0]["current_period_end"] = at;
            sub
        };
        let cases: Vec<RenewalCase> = vec![
            (
                "a yearly renewal in a week",
                upcoming.clone(),
                Some(annual()),
                customer(),
                Ok(()),
            ),
            (
                "past due, still renewing",
                upcoming.clone(),
                Some(with(annual(), &[("status", json!("past_due"))])),
                customer(),
                Ok(()),
            ),
            (
                "a cancellation scheduled after the renewal",
                upcoming.clone(),
                Some(with(annual(), &[("cancel_at", json!(NOW + 400 * DAY))])),
                customer(),
                Ok(()),
            ),
            (
                "only the invoice's date (an older API's subscription)",
                upcoming.clone(),
                Some(period_end(annual(), Value::Null)),
                customer(),
                Ok(()),
            ),
            (
                "monthly",
                upcoming.clone(),
                Some(subscription("active")),
                customer(),
                Err(Skip::NotAnnual),
            ),
            (
                "no prices to read an interval from",
                upcoming.clone(),
                Some(with(annual(), &[("items", Value::Null)])),
                customer(),
                Err(Skip::NotAnnual),
            ),
            (
                "trialing: the first charge is no renewal",
                upcoming.clone(),
                Some(with(annual(), &[("status", json!("trialing"))])),
                customer(),
                Err(Skip::NotActive),
            ),
            (
                "paused",
                upcoming.clone(),
                Some(with(annual(), &[("status", json!("paused"))])),
                customer(),
                Err(Skip::NotActive),
            ),
            (
                "canceled",
                upcoming.clone(),
                Some(with(annual(), &[("status", json!("canceled"))])),
                customer(),
                Err(Skip::SubscriptionCanceled),
            ),
            (
                "ends at the period's end",
                upcoming.clone(),
                Some(with(annual(), &[("cancel_at_period_end", json!(true))])),
                customer(),
                Err(Skip::SubscriptionEnding),
            ),
            (
                "a cancellation scheduled before the renewal",
                upcoming.clone(),
                Some(with(annual(), &[("cancel_at", json!(NOW + 3 * DAY))])),
                customer(),
                Err(Skip::SubscriptionEnding),
            ),
            (
                "invoiced, paid by hand",
                with(
                    upcoming.clone(),
                    &[("collection_method", json!("send_invoice"))],
                ),
                Some(annual()),
                customer(),
                Err(Skip::NotChargedAutomatically),
            ),
            (
                "renewed since the event: the period now ends a year later",
                upcoming.clone(),
                Some(period_end(annual(), json!(NOW + 372 * DAY))),
                customer(),
                Err(Skip::RenewalPassed),
            ),
            (
                "the renewal's date has gone by",
                with(
                    upcoming.clone(),
                    &[
                        ("next_payment_attempt", json!(NOW - DAY)),
                        ("period_end", json!(NOW - DAY)),
                    ],
                ),
                Some(period_end(annual(), json!(NOW - DAY))),
                customer(),
                Err(Skip::RenewalPassed),
            ),
            (
                "no date anywhere",
                with(
                    upcoming.clone(),
                    &[
                        ("next_payment_attempt", Value::Null),
                        ("period_end", Value::Null),
                    ],
                ),
                Some(period_end(annual(), Value::Null)),
                customer(),
                Err(Skip::NoChargeDate),
            ),
            (
                "no subscription",
                upcoming.clone(),
                None,
                customer(),
                Err(Skip::NoSubscription),
            ),
            (
                "customer deleted",
                upcoming.clone(),
                Some(annual()),
                json!({"id": "cus_QXg1o8vcGmoR32", "object": "customer", "deleted": true}),
                Err(Skip::CustomerDeleted),
            ),
            (
                "no address",
                upcoming.clone(),
                Some(annual()),
                fixture("customer"),
                Err(Skip::NoEmail),
            ),
        ];
        for (name, upcoming, sub, customer, expected) in cases {
            let upcoming: Invoice = parse(upcoming);
            let sub: Option<Subscription> = sub.map(parse);
            let planned = plan_renewal_reminder(&upcoming, sub.as_ref(), &parse(customer), NOW);
            assert_eq!(
                planned.as_ref().map(|_| ()).map_err(|e| *e),
                expected,
                "{name}"
            );
            if let Ok(planned) = planned {
                // The subscription's own period end; the invoice's when it has none.
                let renewal_at = sub
                    .as_ref()
                    .and_then(Subscription::current_period_end)
                    .unwrap_or(NOW + 7 * DAY + 3600);
                assert_eq!(planned.kind, BillingKind::RenewalReminder, "{name}");
                assert_eq!(planned.renewal_at, Some(renewal_at), "{name}");
                assert_eq!(
                    planned.subject,
                    DunningSubject::Renewal {
                        subscription: SubscriptionId::parse("sub_1Live").unwrap(),
                        period_end: renewal_at,
                    },
                    "{name}"
                );
                assert_eq!(planned.step, "renewal_reminder");
                assert_eq!(planned.amount, Money::from_parts(Some(1000), Some("usd")));
                assert!(planned.portal && planned.invoice_url.is_none(), "{name}");
                assert_eq!(planned.kind.portal_flow(), PortalFlow::Home);
            }
        }
        // Nothing to charge (a credit covers it): the reminder says the date only.
        let free: Invoice = parse(with(upcoming, &[("amount_due", json!(0))]));
        let planned =
            plan_renewal_reminder(&free, Some(&parse(annual())), &parse(customer()), NOW).unwrap();
        assert_eq!(planned.amount, None);
    }

    /// name, what the record says was paid, customer, the amount the mail shows.
    type RecoveredCase = (
        &'static str,
        (i64, &'static str),
        Value,
        Result<Option<Money>, Skip>,
    );

    #[test]
    fn the_recovered_payment_comes_from_the_record() {
        let record = |outcome: Option<DunningOutcome>| DunningRecord {
            outcome,
            ..DunningRecord::default()
        };
        let recovered = record(Some(DunningOutcome::Recovered {
            at: NOW,
            amount_paid: 4200,
            currency: "usd".into(),
            after_kind: "payment_failed".into(),
        }));
        assert_eq!(recovered_payment(&recovered), Some((4200, "usd")));
        for (name, other) in [
            ("open", record(None)),
            (
                "paid, never mailed",
                record(Some(DunningOutcome::PaidUnmailed { at: NOW })),
            ),
            (
                "lost",
                record(Some(DunningOutcome::Lost {
                    at: NOW,
                    reason: "voided".into(),
                })),
            ),
        ] {
            assert_eq!(recovered_payment(&other), None, "{name}");
        }

        let invoice = InvoiceId::parse("in_1Paid").unwrap();
        let cases: Vec<RecoveredCase> = vec![
            (
                "paid after our mail",
                (4200, "usd"),
                customer(),
                Ok(Money::from_parts(Some(4200), Some("usd"))),
            ),
            ("a credit paid it all", (0, "usd"), customer(), Ok(None)),
            (
                "customer deleted",
                (4200, "usd"),
                json!({"id": "cus_QXg1o8vcGmoR32", "object": "customer", "deleted": true}),
                Err(Skip::CustomerDeleted),
            ),
            (
                "no address",
                (4200, "usd"),
                fixture("customer"),
                Err(Skip::NoEmail),
            ),
        ];
        for (name, paid, customer, expected) in cases {
            let planned = plan_payment_recovered(&invoice, paid, &parse(customer));
            assert_eq!(
                planned.as_ref().map(|p| p.amount.clone()).map_err(|e| *e),
                expected,
                "{name}"
            );
            if let Ok(planned) = planned {
                assert_eq!(planned.kind, BillingKind::PaymentRecovered);
                assert_eq!(
                    planned.subject,
                    DunningSubject::RecoveredPayment(invoice.clone())
                );
                assert_eq!(planned.step, "payment_recovered");
                assert!(!planned.portal && planned.invoice_url.is_none(), "{name}");
            }
        }
        // A step of its own subject: the invoice's record ended with the payment, the
        // confirmation's did not, and once mailed it is not mailed again.
        assert_eq!(
            check_record(&recovered, "payment_recovered"),
            Err(Skip::SequenceEnded)
        );
        assert_eq!(
            check_record(&DunningRecord::default(), "payment_recovered"),
            Ok(())
        );
    }

    /// name, subscription, customer, the day the mail says it ended.
    type CancellationCase = (&'static str, Value, Value, Result<Option<i64>, Skip>);

    #[test]
    fn cancellation_table() {
        let canceled = || {
            let mut sub = with(subscription("canceled"), &[("ended_at", json!(NOW - 60))]);
            sub["items"]["data"][0]["current_period_end"] = json!(NOW + 20 * DAY);
            sub
        };
        let cases: Vec<CancellationCase> = vec![
            (
                "canceled: it ended when Stripe says",
                canceled(),
                customer(),
                Ok(Some(NOW - 60)),
            ),
            (
                "no end recorded: the period's end",
                with(canceled(), &[("ended_at", Value::Null)]),
                customer(),
                Ok(Some(NOW + 20 * DAY)),
            ),
            (
                "no date at all: the mail says none",
                with(
                    with(canceled(), &[("ended_at", Value::Null)]),
                    &[("items", Value::Null)],
                ),
                customer(),
                Ok(None),
            ),
            (
                "a sign-up that never completed",
                with(canceled(), &[("status", json!("incomplete_expired"))]),
                customer(),
                Err(Skip::SignupIncomplete),
            ),
            (
                "not canceled as Stripe has it now",
                with(canceled(), &[("status", json!("active"))]),
                customer(),
                Err(Skip::NotCanceled),
            ),
            (
                "customer deleted",
                canceled(),
                json!({"id": "cus_QXg1o8vcGmoR32", "object": "customer", "deleted": true}),
                Err(Skip::CustomerDeleted),
            ),
            (
                "no address",
                canceled(),
                fixture("customer"),
                Err(Skip::NoEmail),
            ),
        ];
        for (name, sub, customer, expected) in cases {
            let sub: Subscription = parse(sub);
            let planned = plan_cancellation(&sub, &parse(customer));
            assert_eq!(
                planned.as_ref().map(|p| p.access_ends_at).map_err(|e| *e),
                expected,
                "{name}"
            );
            if let Ok(planned) = planned {
                assert_eq!(planned.kind, BillingKind::CancellationConfirmation);
                assert_eq!(
                    planned.subject,
                    DunningSubject::Cancellation(sub.id.clone())
                );
                assert_eq!(planned.step, "cancellation_confirmation");
                assert!(!planned.portal && planned.amount.is_none(), "{name}");
            }
        }
    }

    #[test]
    fn the_default_payment_method_follows_stripes_precedence() {
        let sub = |pm: Value, source: Value| -> Subscription {
            parse(with(
                subscription("active"),
                &[("default_payment_method", pm), ("default_source", source)],
            ))
        };
        let cus = |pm: Value, source: Value| -> Customer {
            parse(with(
                customer(),
                &[
                    ("invoice_settings.default_payment_method", pm),
                    ("default_source", source),
                ],
            ))
        };
        let pm = |id: &str| DefaultPayment::PaymentMethod(PaymentMethodId::parse(id).unwrap());
        let null = Value::Null;
        let cases = [
            (
                sub(json!("pm_sub"), null.clone()),
                cus(json!("pm_cus"), null.clone()),
                pm("pm_sub"),
            ),
            (
                sub(null.clone(), null.clone()),
                cus(json!("pm_cus"), null.clone()),
                pm("pm_cus"),
            ),
            (
                sub(
                    json!({"id": "pm_expanded", "object": "payment_method"}),
                    null.clone(),
                ),
                cus(null.clone(), null.clone()),
                pm("pm_expanded"),
            ),
            (
                sub(json!("card_legacy"), null.clone()),
                cus(null.clone(), null.clone()),
                DefaultPayment::Other,
            ),
            (
                sub(null.clone(), json!("card_1")),
                cus(null.clone(), null.clone()),
                DefaultPayment::Other,
            ),
            (
                sub(null.clone(), null.clone()),
                cus(null.clone(), json!("src_1")),
                DefaultPayment::Other,
            ),
            (
                sub(null.clone(), null.clone()),
                cus(null.clone(), null.clone()),
                DefaultPayment::None,
            ),
        ];
        for (sub, cus, expected) in cases {
            assert_eq!(default_payment(&sub, &cus), expected);
        }
    }

    #[test]
    fn cards_work_through_the_last_day_of_their_month() {
        assert_eq!(card_expires_at(2030, 8), unix_of_date(2030, 9, 1));
        assert_eq!(card_expires_at(2030, 12), unix_of_date(2031, 1, 1));
        assert_eq!(civil_date(card_expires_at(2030, 8) - 1), (2030, 8, 31));
    }

    #[test]
    fn trial_table() {
        let trialing = with(
            subscription("trialing"),
            &[("trial_end", json!(NOW + 3 * 86_400))],
        );
        let cases: Vec<(&str, Value, Value, Result<(), Skip>)> = vec![
            (
                "trial ends, nothing on file",
                trialing.clone(),
                customer(),
                Ok(()),
            ),
            (
                "converted already",
                with(trialing.clone(), &[("status", json!("active"))]),
                customer(),
                Err(Skip::NotTrialing),
            ),
            (
                "canceled",
                with(trialing.clone(), &[("status", json!("canceled"))]),
                customer(),
                Err(Skip::NotTrialing),
            ),
            (
                "trial over",
                with(trialing.clone(), &[("trial_end", json!(NOW))]),
                customer(),
                Err(Skip::TrialOver),
            ),
            (
                "no trial end",
                with(trialing.clone(), &[("trial_end", Value::Null)]),
                customer(),
                Err(Skip::TrialOver),
            ),
            (
                "a card on the subscription",
                with(
                    trialing.clone(),
                    &[("default_payment_method", json!("pm_1"))],
                ),
                customer(),
                Err(Skip::HasPaymentMethod),
            ),
            (
                "a card on the customer",
                trialing.clone(),
                with(
                    customer(),
                    &[("invoice_settings.default_payment_method", json!("pm_1"))],
                ),
                Err(Skip::HasPaymentMethod),
            ),
            (
                "a legacy source",
                trialing.clone(),
                with(customer(), &[("default_source", json!("card_1"))]),
                Err(Skip::HasPaymentMethod),
            ),
            (
                "customer deleted",
                trialing.clone(),
                json!({"id": "cus_QXg1o8vcGmoR32", "deleted": true}),
                Err(Skip::CustomerDeleted),
            ),
        ];
        for (name, sub, customer, expected) in cases {
            let sub: Subscription = parse(sub);
            let planned = plan_trial_end(&sub, &parse(customer), NOW);
            assert_eq!(
                planned.as_ref().map(|_| ()).map_err(|e| *e),
                expected,
                "{name}"
            );
            if let Ok(planned) = planned {
                assert_eq!(
                    planned.subject,
                    DunningSubject::TrialEnd {
                        subscription: sub.id.clone(),
                        trial_end: NOW + 3 * 86_400,
                    }
                );
                assert_eq!(
                    (planned.kind, planned.trial_end),
                    (BillingKind::TrialEnding, Some(NOW + 3 * 86_400))
                );
            }
        }
    }

    #[test]
    fn the_record_decides_once_per_step() {
        let mailed = |steps: &[&str]| DunningRecord {
            steps: steps
                .iter()
                .map(|s| {
                    (
                        s.to_string(),
                        MailedStep {
                            kind: "payment_failed".into(),
                            message_id: "m".into(),
                            sent_at: 1,
                            event: Some("evt_1".into()),
                        },
                    )
                })
                .collect(),
            ..DunningRecord::default()
        };
        assert_eq!(check_record(&DunningRecord::default(), "failed-1"), Ok(()));
        assert_eq!(
            check_record(&mailed(&["failed-1"]), "failed-1"),
            Err(Skip::AlreadyMailed)
        );
        assert_eq!(check_record(&mailed(&["failed-1"]), "failed-2"), Ok(()));
        let ended = DunningRecord {
            outcome: Some(stripe_recovery::ports::DunningOutcome::PaidUnmailed { at: 1 }),
            ..DunningRecord::default()
        };
        assert_eq!(check_record(&ended, "failed-1"), Err(Skip::SequenceEnded));
        let maybe_sent = DunningRecord {
            unfinished: [(
                "failed".to_owned(),
                stripe_recovery::ports::UnfinishedStep {
                    kind: "payment_failed".into(),
                    started_at: 1,
                    event: Some("evt_2".into()),
                },
            )]
            .into(),
            ..DunningRecord::default()
        };
        assert_eq!(
            check_record(&maybe_sent, "failed"),
            Err(Skip::AttemptUnfinished)
        );
        assert_eq!(check_record(&maybe_sent, "final"), Ok(()), "per step");
        // One event, one mail, whatever step it would plan now.
        assert_eq!(
            check_event(&mailed(&["failed"]), "evt_1"),
            Err(Skip::AlreadyMailed)
        );
        assert_eq!(check_event(&mailed(&["failed"]), "evt_3"), Ok(()));
        assert_eq!(
            check_event(&maybe_sent, "evt_2"),
            Err(Skip::AttemptUnfinished)
        );
        assert_eq!(
            refine_skip(&ended, Skip::ReminderTooSoon),
            Skip::SequenceEnded
        );
        assert_eq!(
            refine_skip(&mailed(&["failed"]), Skip::ReminderTooSoon),
            Skip::ReminderTooSoon
        );
        assert_eq!(refine_skip(&ended, Skip::NoEmail), Skip::NoEmail);
    }

    #[test]
    fn failure_mails_count_mailed_and_maybe_mailed_steps_of_every_vintage() {
        let record = |steps: &[(&str, i64)], unfinished: &[(&str, i64)]| DunningRecord {
            steps: steps
                .iter()
                .map(|(s, at)| {
                    let mailed = MailedStep {
                        kind: "k".into(),
                        message_id: "m".into(),
                        sent_at: *at,
                        event: None,
                    };
                    (s.to_string(), mailed)
                })
                .collect(),
            unfinished: unfinished
                .iter()
                .map(|(s, at)| {
                    let started = stripe_recovery::ports::UnfinishedStep {
                        kind: "k".into(),
                        started_at: *at,
                        event: None,
                    };
                    (s.to_string(), started)
                })
                .collect(),
            ..DunningRecord::default()
        };
        assert_eq!(FailureMails::of(&record(&[], &[])), FailureMails::default());
        assert_eq!(
            FailureMails::of(&record(
                &[("failed", 10), ("action", 11)],
                &[("reminder-1", 20)]
            )),
            FailureMails {
                first: true,
                reminders: 1,
                last_at: Some(20),
                action: true
            },
            "a maybe-sent reminder counts, the action mail is not a failure mail"
        );
        assert_eq!(
            FailureMails::of(&record(
                &[("failed-1", 10), ("failed-2", 30), ("action-2", 31)],
                &[]
            )),
            FailureMails {
                first: true,
                reminders: 1,
                last_at: Some(30),
                action: true
            },
            "one mail per Stripe attempt, from before the cap"
        );
        assert_eq!(
            FailureMails::of(&record(&[("final", 50)], &[])).last_at,
            None,
            "the final notice is not a failure mail to space reminders from"
        );
    }

    #[test]
    fn alert_thresholds_parse_and_apply_per_currency() {
        let thresholds = AlertThresholds::parse("usd:50000, JPY:5000000").unwrap();
        assert!(thresholds.reached(50_000, "usd") && thresholds.reached(60_000, "USD"));
        assert!(!thresholds.reached(49_999, "usd"));
        assert!(
            !thresholds.reached(10_000_000, "eur"),
            "no threshold: no alert"
        );
        assert!(thresholds.reached(5_000_000, "jpy"));
        assert!(AlertThresholds::parse("").unwrap().is_empty());
        for bad in [
            "usd",
            "usd:",
            "usd:-1",
            "usd:0",
            "dollars:5",
            "usd:5,usd:6",
            "us1:5",
            "usd:1.5",
        ] {
            assert!(AlertThresholds::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn kinds_round_trip_and_reasons_are_distinct() {
        for kind in BillingKind::ALL {
            assert_eq!(BillingKind::parse(kind.as_str()), Some(kind));
            assert!(kind.template().starts_with("billing-"));
        }
        let templates: std::collections::BTreeSet<&str> =
            BillingKind::ALL.iter().map(|k| k.template()).collect();
        assert_eq!(templates.len(), BillingKind::ALL.len());
        // The default: every kind that seeks a payment or the card a subscription
        // charges (the SetupIntent mails), and no notice.
        for kind in BillingKind::ALL {
            let setup = matches!(
                kind,
                BillingKind::SetupActionRequired | BillingKind::SetupPaymentMethodRequired
            );
            assert_eq!(
                BillingKind::DEFAULT.contains(&kind),
                kind.seeks_payment() || setup,
                "{kind}"
            );
        }
        let names: std::collections::BTreeSet<&str> =
            Skip::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names.len(), Skip::ALL.len());
        assert_eq!(brand_name("visa"), "Visa");
        assert_eq!(brand_name("amex"), "American Express");
        assert_eq!(brand_name("link"), "Link");
        assert_eq!(brand_name(""), "");
    }

    fn setup_intent(status: &str, failed: bool) -> SetupIntent {
        let mut intent = fixture("setup_intent");
        intent["id"] = json!("seti_1Pending");
        intent["customer"] = json!("cus_QXg1o8vcGmoR32");
        intent["status"] = json!(status);
        intent["last_setup_error"] = if failed {
            json!({"type": "card_error", "code": "card_declined"})
        } else {
            Value::Null
        };
        serde_json::from_value(intent).unwrap()
    }

    fn pending(status: &str, setup_intent: Option<&str>) -> Subscription {
        let mut sub = subscription(status);
        sub["pending_setup_intent"] = json!(setup_intent);
        serde_json::from_value(sub).unwrap()
    }

    #[test]
    fn a_pending_setup_intent_mails_what_its_status_asks_for() {
        let live: Customer = serde_json::from_value(customer()).unwrap();
        let mut no_email = customer();
        no_email["email"] = Value::Null;
        let no_email: Customer = serde_json::from_value(no_email).unwrap();
        let mut someone_else = customer();
        someone_else["id"] = json!("cus_Other");
        let someone_else: Customer = serde_json::from_value(someone_else).unwrap();
        let deleted: Customer = serde_json::from_value(
            json!({"id": "cus_QXg1o8vcGmoR32", "object": "customer", "deleted": true}),
        )
        .unwrap();
        let mut foreign_intent = setup_intent("requires_action", false);
        foreign_intent.customer = Some(serde_json::from_value(json!("cus_Other")).unwrap());
        use BillingKind::{SetupActionRequired as Action, SetupPaymentMethodRequired as Card};
        let seti = Some("seti_1Pending");
        type Case<'a> = (
            &'a str,
            Subscription,
            SetupIntent,
            &'a Customer,
            Result<(BillingKind, &'a str), Skip>,
        );
        let cases: Vec<Case> = vec![
            (
                "authentication needed",
                pending("trialing", seti),
                setup_intent("requires_action", false),
                &live,
                Ok((Action, "requires_action")),
            ),
            (
                "…also after a failed attempt",
                pending("active", seti),
                setup_intent("requires_action", true),
                &live,
                Ok((Action, "requires_action")),
            ),
            (
                "authorization failed",
                pending("active", seti),
                setup_intent("requires_payment_method", true),
                &live,
                Ok((Card, "requires_payment_method")),
            ),
            (
                "waiting for its first card",
                pending("trialing", seti),
                setup_intent("requires_payment_method", false),
                &live,
                Err(Skip::SetupNotNeeded),
            ),
            (
                "processing",
                pending("active", seti),
                setup_intent("processing", false),
                &live,
                Err(Skip::SetupNotNeeded),
            ),
            (
                "waiting for the merchant",
                pending("active", seti),
                setup_intent("requires_confirmation", false),
                &live,
                Err(Skip::SetupNotNeeded),
            ),
            (
                "a status from the future",
                pending("active", seti),
                setup_intent("requires_a_miracle", true),
                &live,
                Err(Skip::SetupNotNeeded),
            ),
            (
                "succeeded",
                pending("active", seti),
                setup_intent("succeeded", false),
                &live,
                Err(Skip::SetupSettled),
            ),
            (
                "canceled",
                pending("active", seti),
                setup_intent("canceled", false),
                &live,
                Err(Skip::SetupSettled),
            ),
            (
                "no longer pending",
                pending("active", None),
                setup_intent("requires_action", false),
                &live,
                Err(Skip::NoPendingSetup),
            ),
            (
                "another one pending",
                pending("active", Some("seti_1Newer")),
                setup_intent("requires_action", false),
                &live,
                Err(Skip::NoPendingSetup),
            ),
            (
                "subscription canceled",
                pending("canceled", seti),
                setup_intent("requires_action", false),
                &live,
                Err(Skip::SubscriptionCanceled),
            ),
            (
                "sign-up expired",
                pending("incomplete_expired", seti),
                setup_intent("requires_action", false),
                &live,
                Err(Skip::SubscriptionCanceled),
            ),
            (
                "the intent is another customer's",
                pending("active", seti),
                foreign_intent,
                &live,
                Err(Skip::SetupCustomerMismatch),
            ),
            (
                "the customer read is another",
                pending("active", seti),
                setup_intent("requires_action", false),
                &someone_else,
                Err(Skip::SetupCustomerMismatch),
            ),
            (
                "customer deleted",
                pending("active", seti),
                setup_intent("requires_action", false),
                &deleted,
                Err(Skip::CustomerDeleted),
            ),
            (
                "no address",
                pending("active", seti),
                setup_intent("requires_payment_method", true),
                &no_email,
                Err(Skip::NoEmail),
            ),
        ];
        for (name, sub, intent, customer, expected) in cases {
            let planned = plan_pending_setup(&sub, &intent, customer);
            let got = planned
                .as_ref()
                .map(|p| (p.kind, p.step.as_str()))
                .map_err(|skip| *skip);
            assert_eq!(got, expected, "{name}");
            if let Ok(planned) = planned {
                assert_eq!(
                    planned.subject,
                    DunningSubject::SetupIntent(intent.id.clone()),
                    "{name}"
                );
                // Only the failed authorization links the portal; the action mail links
                // our page instead.
                assert_eq!(planned.portal, planned.kind == Card, "{name}");
                assert_eq!(planned.to.customer, "cus_QXg1o8vcGmoR32");
                assert!(planned.amount.is_none() && planned.invoice_url.is_none());
                assert!(!planned.kind.seeks_payment());
            }
        }
    }
}
