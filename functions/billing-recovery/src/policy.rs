//! The recovery policy (`policies/recovery.toml`): segments of customers, matched on the
//! objects as re-fetched from Stripe, each with its mail kinds, its reminders (on Stripe's
//! retries, capped, or a sequence on our own clock) and its team alerts.
//!
//! Read once at init from the file built into the binary (`DEFAULT_POLICY`), or from any
//! file by `local simulate`; every refusal names the file's line and the reason. Pure:
//! no I/O, table-tested below.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use stripe_recovery::mail::Sender;
use stripe_recovery::stripe::billing::{BillingReason, CollectionMethod, Customer, Invoice};
use stripe_recovery::stripe::event::Subscription;
use toml::Spanned;

use crate::decide::{AlertThresholds, BillingKind, ReminderCap};
use crate::quiet::QuietHours;

/// The policy built into billing recovery.
pub const DEFAULT_POLICY: &str = include_str!("../../../policies/recovery.toml");
/// Where it lives, as errors name it.
pub const DEFAULT_POLICY_PATH: &str = "policies/recovery.toml";

/// Most reminders one invoice can get: Smart Retries tries at most eight times.
pub const MOST_REMINDERS: u8 = 8;
/// Longest wait between two failure mails: longer would outlast Stripe's retries.
pub const MOST_REMINDER_DAYS: u8 = 30;
/// Latest step of a sequence after the first failure: Stripe's retries end within two
/// months whatever the settings, and the invoice is then written off or left open.
pub const MOST_SEQUENCE_DAYS: u16 = 60;
/// Most steps of a sequence.
pub const MOST_SEQUENCE_STEPS: usize = 10;

const DAY: i64 = 86_400;

/// What a segment leaves out: the deployment's settings (`BILLING_MAILS`,
/// `BILLING_MAX_REMINDERS`, `BILLING_REMINDER_MIN_DAYS`, `BILLING_ALERT_AMOUNTS`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Defaults {
    pub mails: Vec<BillingKind>,
    pub reminders: ReminderCap,
    pub alert_thresholds: AlertThresholds,
}

/// A validated policy: its segments, first match wins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub name: String,
    /// Its `[[segment]]` line in the file.
    pub line: usize,
    pub matcher: Matcher,
    pub mails: Vec<BillingKind>,
    pub reminders: Reminders,
    pub alerts: SegmentAlerts,
    /// Who its mails come from, if not the deployment's `BILLING_SENDER_EMAIL` (a
    /// regional team, a brand of the same account). SES sends only from the addresses
    /// the template lets billing recovery use (`BillingSegmentSenders`).
    pub sender: Option<Sender>,
    /// When its mails wait for the customer's morning (`[segment.quiet_hours]`).
    pub quiet_hours: Option<QuietHours>,
    /// The kinds whose mail also links the portal's cancellation flow, where the
    /// retention coupon (`PORTAL_RETENTION_COUPON`) is offered: a subscription about to
    /// charge, when customers decide to leave.
    pub retention_offer_in: Vec<BillingKind>,
    /// Whether `HOLDOUT_PERCENT` holds some of its customers out of the mails that seek
    /// payment (default true); `holdout = false` mails every one of them (a merchant
    /// who wants nobody left uninformed of a failed payment).
    pub holdout: bool,
}

/// The kinds a retention offer may go with: about a live subscription about to charge.
pub const RETENTION_KINDS: [BillingKind; 2] =
    [BillingKind::TrialEnding, BillingKind::RenewalReminder];

/// When an invoice's reminders go, between its first failure mail and its final notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reminders {
    /// On Stripe's failed retries, capped.
    OnRetries(ReminderCap),
    /// On our own clock, whatever Stripe's retries do.
    OnSchedule(Sequence),
}

/// Days after an invoice's first failure: the first is 0 (the first failure's mail),
/// each later one a reminder. Strictly increasing, at most `MOST_SEQUENCE_DAYS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sequence(Vec<u16>);

impl Sequence {
    /// Step `step` (1 is the first failure's mail) is due at this time, if the sequence
    /// has such a step.
    pub fn due_at(&self, first_failure_at: i64, step: u8) -> Option<i64> {
        let days = *self.0.get(usize::from(step).checked_sub(1)?)?;
        Some(first_failure_at + i64::from(days) * DAY)
    }

    pub fn days(&self) -> &[u16] {
        &self.0
    }
}

/// Whom to tell, per segment. Never with a customer's address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SegmentAlerts {
    /// A failed (or, for `send_invoice`, overdue) invoice at or above its currency's
    /// amount.
    pub past_due: AlertThresholds,
    pub annual_renewal_failed: bool,
    pub final_attempt_failed: bool,
}

impl SegmentAlerts {
    pub fn any(&self) -> bool {
        !self.past_due.is_empty() || self.annual_renewal_failed || self.final_attempt_failed
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interval {
    Day,
    Week,
    Month,
    Year,
}

impl Interval {
    fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
        }
    }
}

/// Which invoice of a subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceOrdinal {
    /// `billing_reason = subscription_create`.
    First,
    /// `billing_reason = subscription_cycle`.
    Renewal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collection {
    ChargeAutomatically,
    SendInvoice,
}

/// A segment's conditions: every one given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matcher {
    pub interval: Option<Interval>,
    /// Per currency, the least `amount_due` (minor units); an invoice in another
    /// currency does not match.
    pub amount_due_at_least: Option<BTreeMap<String, i64>>,
    pub prices: Vec<String>,
    pub products: Vec<String>,
    pub subscription_metadata: BTreeMap<String, String>,
    pub customer_metadata: BTreeMap<String, String>,
    pub collection_method: Option<Collection>,
    pub invoice: Option<InvoiceOrdinal>,
}

/// What a segment is matched on: the objects as re-fetched. An event about a
/// subscription has no invoice; an upcoming invoice is the preview Stripe sent.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub invoice: Option<&'a Invoice>,
    pub subscription: Option<&'a Subscription>,
    pub customer: Option<&'a Customer>,
}

impl Matcher {
    pub fn matches(&self, facts: &Facts<'_>) -> bool {
        let subscription = facts.subscription;
        let interval = self.interval.is_none_or(|wanted| {
            subscription.and_then(Subscription::interval) == Some(wanted.as_str())
        });
        let amount = self.amount_due_at_least.as_ref().is_none_or(|least| {
            facts.invoice.is_some_and(|invoice| {
                least
                    .get(&invoice.currency.to_ascii_lowercase())
                    .is_some_and(|least| invoice.amount_due >= *least)
            })
        });
        let prices = self.prices.is_empty()
            || subscription.is_some_and(|s| s.prices().any(|p| self.prices.contains(&p.id)));
        let products = self.products.is_empty()
            || subscription.is_some_and(|s| {
                s.prices()
                    .filter_map(|p| p.product.as_ref())
                    .any(|product| self.products.contains(product.id()))
            });
        let subscription_metadata = self.subscription_metadata.is_empty()
            || subscription.is_some_and(|s| contains_all(&s.metadata, &self.subscription_metadata));
        let customer_metadata = self.customer_metadata.is_empty()
            || facts
                .customer
                .is_some_and(|c| contains_all(&c.metadata, &self.customer_metadata));
        let collection = self.collection_method.is_none_or(|wanted| {
            let method = facts
                .invoice
                .and_then(|i| i.collection_method)
                .or(subscription.and_then(|s| s.collection_method));
            method
                == Some(match wanted {
                    Collection::ChargeAutomatically => CollectionMethod::ChargeAutomatically,
                    Collection::SendInvoice => CollectionMethod::SendInvoice,
                })
        });
        let invoice = self.invoice.is_none_or(|wanted| {
            facts.invoice.and_then(|i| i.billing_reason)
                == Some(match wanted {
                    InvoiceOrdinal::First => BillingReason::SubscriptionCreate,
                    InvoiceOrdinal::Renewal => BillingReason::SubscriptionCycle,
                })
        });
        interval
            && amount
            && prices
            && products
            && subscription_metadata
            && customer_metadata
            && collection
            && invoice
    }

    /// Whether every customer `later` matches is matched by `self` too: then `later`,
    /// after `self` in the file, can never decide.
    fn covers(&self, later: &Matcher) -> bool {
        fn same<T: PartialEq>(earlier: &Option<T>, later: &Option<T>) -> bool {
            earlier.is_none() || earlier == later
        }
        fn subset(earlier: &[String], later: &[String]) -> bool {
            earlier.is_empty() || (!later.is_empty() && later.iter().all(|x| earlier.contains(x)))
        }
        let amount = match (&self.amount_due_at_least, &later.amount_due_at_least) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(earlier), Some(later)) => later
                .iter()
                .all(|(currency, least)| earlier.get(currency).is_some_and(|e| e <= least)),
        };
        same(&self.interval, &later.interval)
            && amount
            && subset(&self.prices, &later.prices)
            && subset(&self.products, &later.products)
            && contains_all(&later.subscription_metadata, &self.subscription_metadata)
            && contains_all(&later.customer_metadata, &self.customer_metadata)
            && same(&self.collection_method, &later.collection_method)
            && same(&self.invoice, &later.invoice)
    }
}

fn contains_all(have: &BTreeMap<String, String>, wanted: &BTreeMap<String, String>) -> bool {
    wanted
        .iter()
        .all(|(key, value)| have.get(key) == Some(value))
}

impl Policy {
    /// The first segment `facts` match.
    pub fn segment_for(&self, facts: &Facts<'_>) -> Option<&Segment> {
        self.segments.iter().find(|s| s.matcher.matches(facts))
    }

    /// Whether any segment sends `kind`: if none does, nothing is fetched for it.
    pub fn sends(&self, kind: BillingKind) -> bool {
        self.segments.iter().any(|s| s.mails.contains(&kind))
    }

    /// The built-in policy with the deployment's settings.
    pub fn built_in(defaults: &Defaults) -> Result<Self, PolicyError> {
        Self::parse(DEFAULT_POLICY_PATH, DEFAULT_POLICY, defaults)
    }

    /// Reads and checks a policy file; `file` only names it in errors.
    pub fn parse(file: &str, text: &str, defaults: &Defaults) -> Result<Self, PolicyError> {
        let error = |span: Option<Range<usize>>, reason: String| PolicyError {
            file: file.to_owned(),
            line: span.map_or(0, |span| line_of(text, span.start)),
            reason,
        };
        let raw: PolicyFile =
            toml::from_str(text).map_err(|e| error(e.span(), e.message().trim().to_owned()))?;
        if *raw.version.get_ref() != 1 {
            return Err(error(
                Some(raw.version.span()),
                format!(
                    "version {} is not known; this build reads version 1",
                    raw.version.get_ref()
                ),
            ));
        }
        if raw.segment.is_empty() {
            return Err(error(
                None,
                "no [[segment]]: a policy needs at least one (the default: name = \"everyone\")"
                    .into(),
            ));
        }
        let mut segments: Vec<Segment> = Vec::with_capacity(raw.segment.len());
        for spanned in raw.segment {
            let span = spanned.span();
            let segment = spanned
                .into_inner()
                .resolve(defaults)
                .map_err(|(inner, reason)| error(Some(inner.unwrap_or(span.clone())), reason))?;
            let line = line_of(text, span.start);
            if let Some(earlier) = segments.iter().find(|s| s.name == segment.name) {
                return Err(error(
                    Some(span),
                    format!(
                        "a segment named {:?} is on line {} already",
                        segment.name, earlier.line
                    ),
                ));
            }
            if let Some(earlier) = segments.iter().find(|s| s.matcher.covers(&segment.matcher)) {
                return Err(error(
                    Some(span),
                    format!(
                        "segment {:?} can never match: segment {:?} (line {}) comes first and matches every customer it would",
                        segment.name, earlier.name, earlier.line
                    ),
                ));
            }
            segments.push(Segment { line, ..segment });
        }
        Ok(Self { segments })
    }
}

/// A policy file refused: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file} line {line}: {reason}")]
pub struct PolicyError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .unwrap_or(text)
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        + 1
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    version: Spanned<i64>,
    #[serde(default)]
    segment: Vec<Spanned<SegmentFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentFile {
    name: Spanned<String>,
    #[serde(default, rename = "match")]
    matcher: MatchFile,
    mails: Option<Spanned<Vec<String>>>,
    max_reminders: Option<Spanned<i64>>,
    reminder_min_days: Option<Spanned<i64>>,
    sequence_days: Option<Spanned<Vec<i64>>>,
    alerts: Option<AlertsFile>,
    sender: Option<Spanned<String>>,
    quiet_hours: Option<Spanned<QuietHoursFile>>,
    retention_offer_in: Option<Spanned<Vec<String>>>,
    holdout: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuietHoursFile {
    from: String,
    until: String,
    default_time_zone: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MatchFile {
    interval: Option<Interval>,
    amount_due_at_least: Option<Spanned<BTreeMap<String, i64>>>,
    #[serde(default)]
    prices: Vec<String>,
    #[serde(default)]
    products: Vec<String>,
    #[serde(default)]
    subscription_metadata: BTreeMap<String, String>,
    #[serde(default)]
    customer_metadata: BTreeMap<String, String>,
    collection_method: Option<Collection>,
    invoice: Option<InvoiceOrdinal>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AlertsFile {
    past_due_at_least: Option<Spanned<BTreeMap<String, i64>>>,
    #[serde(default)]
    annual_renewal_failed: bool,
    #[serde(default)]
    final_attempt_failed: bool,
}

/// A refusal inside a segment: the span of what is wrong (or the segment's), and why.
type Refusal = (Option<Range<usize>>, String);

fn amounts(
    spanned: Spanned<BTreeMap<String, i64>>,
    what: &str,
) -> Result<BTreeMap<String, i64>, Refusal> {
    let span = spanned.span();
    let amounts = spanned.into_inner();
    if amounts.is_empty() {
        return Err((
            Some(span),
            format!("{what} is empty: name at least one currency"),
        ));
    }
    for (currency, amount) in &amounts {
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err((
                Some(span),
                format!(
                    "{what}: {currency:?} is not a currency (three lowercase letters, as Stripe writes them: usd)"
                ),
            ));
        }
        if *amount <= 0 {
            return Err((
                Some(span),
                format!("{what}: {currency} = {amount} is not an amount in minor units above 0"),
            ));
        }
    }
    Ok(amounts)
}

fn ranged(value: Option<Spanned<i64>>, name: &str, most: u8) -> Result<Option<u8>, Refusal> {
    let Some(value) = value else { return Ok(None) };
    let span = value.span();
    u8::try_from(*value.get_ref())
        .ok()
        .filter(|n| *n <= most)
        .map(Some)
        .ok_or_else(|| {
            (
                Some(span),
                format!(
                    "{name} = {} is not a whole number from 0 to {most}",
                    value.get_ref()
                ),
            )
        })
}

impl SegmentFile {
    fn resolve(self, defaults: &Defaults) -> Result<Segment, Refusal> {
        let name_span = self.name.span();
        let name = self.name.into_inner();
        let valid_name = !name.is_empty()
            && name.len() <= 40
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !valid_name {
            return Err((
                Some(name_span),
                format!(
                    "segment name {name:?} must be 1 to 40 letters, digits, - or _ (it names the segment in metrics)"
                ),
            ));
        }
        let mails = match self.mails {
            None => defaults.mails.clone(),
            Some(spanned) => {
                let span = spanned.span();
                let mut kinds = Vec::new();
                for kind in spanned.into_inner() {
                    let parsed = BillingKind::parse(&kind).ok_or_else(|| {
                        (
                            Some(span.clone()),
                            format!(
                                "unknown mail kind {kind:?}; the kinds are {}",
                                BillingKind::ALL.map(BillingKind::as_str).join(", ")
                            ),
                        )
                    })?;
                    if kinds.contains(&parsed) {
                        return Err((Some(span), format!("mail kind {kind:?} is listed twice")));
                    }
                    kinds.push(parsed);
                }
                kinds
            }
        };
        let max_reminders = ranged(self.max_reminders, "max_reminders", MOST_REMINDERS)?;
        let min_days = ranged(
            self.reminder_min_days,
            "reminder_min_days",
            MOST_REMINDER_DAYS,
        )?;
        let reminders = match self.sequence_days {
            None => Reminders::OnRetries(ReminderCap {
                max_reminders: max_reminders.unwrap_or(defaults.reminders.max_reminders),
                min_gap_secs: min_days.map_or(defaults.reminders.min_gap_secs, |days| {
                    i64::from(days) * DAY
                }),
            }),
            Some(spanned) => {
                let span = spanned.span();
                if max_reminders.is_some() || min_days.is_some() {
                    return Err((
                        Some(span),
                        "sequence_days sets the reminders on our clock: leave out max_reminders and reminder_min_days".into(),
                    ));
                }
                Reminders::OnSchedule(sequence(spanned.into_inner(), span, &mails)?)
            }
        };
        let matcher = self.matcher;
        let matcher = Matcher {
            interval: matcher.interval,
            amount_due_at_least: matcher
                .amount_due_at_least
                .map(|a| amounts(a, "amount_due_at_least"))
                .transpose()?,
            prices: matcher.prices,
            products: matcher.products,
            subscription_metadata: matcher.subscription_metadata,
            customer_metadata: matcher.customer_metadata,
            collection_method: matcher.collection_method,
            invoice: matcher.invoice,
        };
        let alerts = match self.alerts {
            None => SegmentAlerts {
                past_due: defaults.alert_thresholds.clone(),
                ..SegmentAlerts::default()
            },
            Some(alerts) => SegmentAlerts {
                past_due: match alerts.past_due_at_least {
                    None => defaults.alert_thresholds.clone(),
                    Some(spanned) => {
                        AlertThresholds::from_amounts(amounts(spanned, "past_due_at_least")?)
                    }
                },
                annual_renewal_failed: alerts.annual_renewal_failed,
                final_attempt_failed: alerts.final_attempt_failed,
            },
        };
        let sender = self
            .sender
            .map(|spanned| {
                Sender::parse(spanned.get_ref())
                    .map_err(|e| (Some(spanned.span()), format!("sender: {e}")))
            })
            .transpose()?;
        let quiet_hours = self
            .quiet_hours
            .map(|spanned| {
                let span = spanned.span();
                let quiet = spanned.into_inner();
                QuietHours::new(
                    &quiet.from,
                    &quiet.until,
                    quiet.default_time_zone.as_deref(),
                )
                .map_err(|reason| (Some(span), reason))
            })
            .transpose()?;
        let retention_offer_in = match self.retention_offer_in {
            None => Vec::new(),
            Some(spanned) => retention_kinds(spanned, &mails)?,
        };
        Ok(Segment {
            name,
            line: 0,
            matcher,
            mails,
            reminders,
            alerts,
            sender,
            quiet_hours,
            retention_offer_in,
            holdout: self.holdout.unwrap_or(true),
        })
    }
}

fn retention_kinds(
    spanned: Spanned<Vec<String>>,
    mails: &[BillingKind],
) -> Result<Vec<BillingKind>, Refusal> {
    let span = spanned.span();
    let mut kinds = Vec::new();
    for name in spanned.into_inner() {
        let refuse = |reason: String| Err((Some(span.clone()), reason));
        let Some(kind) = BillingKind::parse(&name).filter(|k| RETENTION_KINDS.contains(k)) else {
            return refuse(format!(
                "retention_offer_in: {name:?} is not a kind a retention offer goes with ({})",
                RETENTION_KINDS.map(BillingKind::as_str).join(", ")
            ));
        };
        if !mails.contains(&kind) {
            return refuse(format!(
                "retention_offer_in names {name:?}, which this segment does not send: add it to mails"
            ));
        }
        if kinds.contains(&kind) {
            return refuse(format!("retention_offer_in lists {name:?} twice"));
        }
        kinds.push(kind);
    }
    Ok(kinds)
}

fn sequence(
    days: Vec<i64>,
    span: Range<usize>,
    mails: &[BillingKind],
) -> Result<Sequence, Refusal> {
    let refuse = |reason: String| Err((Some(span.clone()), reason));
    if days.first() != Some(&0) {
        return refuse("sequence_days starts with 0, the first failure's mail".into());
    }
    if days.len() < 2 || days.len() > MOST_SEQUENCE_STEPS {
        return refuse(format!(
            "sequence_days has {} steps; a sequence has 2 to {MOST_SEQUENCE_STEPS}",
            days.len()
        ));
    }
    if let Some(pair) = days.windows(2).find(|pair| pair[1] <= pair[0]) {
        return refuse(format!(
            "sequence_days goes from day {} to day {}: each step comes after the one before",
            pair[0], pair[1]
        ));
    }
    let last = *days.last().expect("two steps at least");
    if last > i64::from(MOST_SEQUENCE_DAYS) {
        return refuse(format!(
            "sequence_days reaches day {last}; the last step is at most day {MOST_SEQUENCE_DAYS} (Stripe's retries are over by then)"
        ));
    }
    for needed in [BillingKind::PaymentFailed, BillingKind::PaymentReminder] {
        if !mails.contains(&needed) {
            return refuse(format!(
                "sequence_days starts with the first failure's mail and sends reminders: add \"{needed}\" to mails"
            ));
        }
    }
    Ok(Sequence(
        days.into_iter()
            .map(|d| u16::try_from(d).expect("0 to MOST_SEQUENCE_DAYS"))
            .collect(),
    ))
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn defaults() -> Defaults {
        Defaults {
            mails: BillingKind::ALL.to_vec(),
            reminders: ReminderCap::default(),
            alert_thresholds: AlertThresholds::parse("usd:50000").unwrap(),
        }
    }

    fn parse(text: &str) -> Result<Policy, PolicyError> {
        Policy::parse("test.toml", text, &defaults())
    }

    #[test]
    fn the_built_in_policy_is_the_deployments_settings_for_everyone() {
        let policy = Policy::built_in(&defaults()).unwrap();
        assert_eq!(policy.segments.len(), 1);
        let everyone = &policy.segments[0];
        assert_eq!(everyone.name, "everyone");
        assert_eq!(everyone.matcher, Matcher::default());
        assert_eq!(everyone.mails, defaults().mails);
        assert_eq!(
            everyone.reminders,
            Reminders::OnRetries(ReminderCap::default())
        );
        assert_eq!(everyone.alerts.past_due, defaults().alert_thresholds);
        assert!(!everyone.alerts.annual_renewal_failed && !everyone.alerts.final_attempt_failed);
        assert_eq!(
            everyone.line,
            1 + DEFAULT_POLICY
                .lines()
                .position(|l| l == "[[segment]]")
                .unwrap()
        );
        // Other settings flow into it the same way.
        let other = Defaults {
            mails: vec![BillingKind::FinalNotice],
            reminders: ReminderCap {
                max_reminders: 0,
                min_gap_secs: 86_400,
            },
            alert_thresholds: AlertThresholds::default(),
        };
        let policy = Policy::built_in(&other).unwrap();
        assert_eq!(policy.segments[0].mails, other.mails);
        assert_eq!(
            policy.segments[0].reminders,
            Reminders::OnRetries(other.reminders)
        );
        assert!(!policy.segments[0].alerts.any());
    }

    /// Every shipped example is a valid policy, and says what its recipe needs.
    #[test]
    fn the_shipped_examples_are_valid_policies() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../policies/examples");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "annual-subscribers.toml",
                "cancellation-confirmation.toml",
                "high-value-overdue.toml"
            ]
        );
        let read = |name: &str| {
            let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
            parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
        };
        let annual = read("annual-subscribers.toml");
        assert_eq!(annual.segments[0].matcher.interval, Some(Interval::Year));
        assert!(matches!(
            annual.segments[0].reminders,
            Reminders::OnSchedule(_)
        ));
        assert!(annual.segments[0].alerts.annual_renewal_failed);
        let overdue = read("high-value-overdue.toml");
        assert_eq!(
            overdue.segments[0].matcher.collection_method,
            Some(Collection::SendInvoice)
        );
        assert!(overdue.segments[0].alerts.past_due.reached(100_000, "usd"));
        let cancellation = read("cancellation-confirmation.toml");
        assert!(cancellation.sends(BillingKind::CancellationConfirmation));
    }

    #[test]
    fn a_segment_sets_its_own_mails_reminders_and_alerts() {
        let policy = parse(
            r#"
version = 1

[[segment]]
name = "annual"
mails = ["payment_failed", "payment_reminder", "final_notice"]
sequence_days = [0, 3, 7, 14]
[segment.match]
interval = "year"
[segment.alerts]
past_due_at_least = { usd = 100000, eur = 90000 }
annual_renewal_failed = true
final_attempt_failed = true

[[segment]]
name = "rest"
max_reminders = 1
reminder_min_days = 5
sender = "Shop Accounts <accounts@shop.example>"
retention_offer_in = ["trial_ending"]
holdout = false
[segment.quiet_hours]
from = "21:00"
until = "08:00"
default_time_zone = "Europe/Berlin"
"#,
        )
        .unwrap();
        let annual = &policy.segments[0];
        assert_eq!(annual.line, 4);
        assert_eq!(annual.matcher.interval, Some(Interval::Year));
        assert_eq!(
            annual.mails,
            [
                BillingKind::PaymentFailed,
                BillingKind::PaymentReminder,
                BillingKind::FinalNotice
            ]
        );
        let Reminders::OnSchedule(sequence) = &annual.reminders else {
            panic!("{:?}", annual.reminders)
        };
        assert_eq!(sequence.days(), [0, 3, 7, 14]);
        assert_eq!(sequence.due_at(1_000, 1), Some(1_000));
        assert_eq!(sequence.due_at(1_000, 3), Some(1_000 + 7 * DAY));
        assert_eq!(sequence.due_at(1_000, 5), None);
        assert_eq!(sequence.due_at(1_000, 0), None);
        assert!(annual.alerts.past_due.reached(100_000, "usd"));
        assert!(!annual.alerts.past_due.reached(99_999, "usd"));
        assert!(annual.alerts.past_due.reached(90_000, "eur"));
        assert!(annual.alerts.annual_renewal_failed && annual.alerts.final_attempt_failed);
        let rest = &policy.segments[1];
        assert_eq!(rest.line, 15);
        assert_eq!(rest.mails, BillingKind::ALL);
        assert_eq!(
            rest.reminders,
            Reminders::OnRetries(ReminderCap {
                max_reminders: 1,
                min_gap_secs: 5 * DAY
            })
        );
        assert_eq!(rest.alerts.past_due, defaults().alert_thresholds);
        assert_eq!(annual.sender, None, "the deployment's sender");
        assert_eq!(annual.quiet_hours, None, "no quiet hours");
        assert!(annual.retention_offer_in.is_empty());
        assert!(
            annual.holdout && !rest.holdout,
            "held out unless a segment says not"
        );
        assert_eq!(rest.retention_offer_in, [BillingKind::TrialEnding]);
        assert_eq!(
            rest.quiet_hours,
            Some(QuietHours::new("21:00", "08:00", Some("Europe/Berlin")).unwrap())
        );
        let sender = rest.sender.as_ref().expect("its own sender");
        assert_eq!(
            (sender.name(), sender.address()),
            (Some("Shop Accounts"), "accounts@shop.example")
        );
    }

    /// Each refused file: the line named, and words of the reason.
    #[test]
    fn bad_policies_are_refused_with_the_line_and_the_reason() {
        let head = "version = 1\n\n[[segment]]\nname = \"a\"\n";
        let cases: &[(String, usize, &str)] = &[
            (
                "version = 2\n[[segment]]\nname = \"a\"\n".into(),
                1,
                "version 2",
            ),
            ("version = 1\n".into(), 0, "at least one"),
            (
                "version = 1\nsegments = 3\n".into(),
                2,
                "unknown field `segments`",
            ),
            (
                format!("{head}mail = [\"final_notice\"]\n"),
                5,
                "unknown field `mail`",
            ),
            (
                format!("{head}sender = \"billing at shop\"\n"),
                5,
                "sender: ",
            ),
            (
                format!("{head}[segment.quiet_hours]\nfrom = \"22:00\"\nuntil = \"7:00\"\n"),
                5,
                "until = \"7:00\"",
            ),
            (
                format!("{head}[segment.quiet_hours]\nfrom = \"22:00\"\n"),
                5,
                "missing field `until`",
            ),
            (
                format!("{head}retention_offer_in = [\"payment_failed\"]\n"),
                5,
                "not a kind a retention offer goes with (trial_ending, renewal_reminder)",
            ),
            (
                format!(
                    "{head}mails = [\"payment_failed\"]\nretention_offer_in = [\"trial_ending\"]\n"
                ),
                6,
                "does not send: add it to mails",
            ),
            (
                format!("{head}[segment.match]\ninterval = \"quarter\"\n"),
                6,
                "quarter",
            ),
            (
                format!("{head}[segment.match]\ncurrency = \"usd\"\n"),
                6,
                "unknown field `currency`",
            ),
            (
                format!("{head}[segment.alerts]\npast_due = 5\n"),
                6,
                "unknown field `past_due`",
            ),
            (
                format!("{head}mails = [\"dunning\"]\n"),
                5,
                "unknown mail kind \"dunning\"",
            ),
            (
                format!("{head}mails = [\"final_notice\", \"final_notice\"]\n"),
                5,
                "twice",
            ),
            (format!("{head}max_reminders = 9\n"), 5, "from 0 to 8"),
            (format!("{head}max_reminders = -1\n"), 5, "from 0 to 8"),
            (format!("{head}reminder_min_days = 31\n"), 5, "from 0 to 30"),
            (
                format!("{head}sequence_days = [1, 3]\n"),
                5,
                "starts with 0",
            ),
            (
                format!("{head}sequence_days = [0, 7, 3]\n"),
                5,
                "from day 7 to day 3",
            ),
            (
                format!("{head}sequence_days = [0, 3, 3]\n"),
                5,
                "from day 3 to day 3",
            ),
            (format!("{head}sequence_days = [0, 90]\n"), 5, "day 90"),
            (
                format!("{head}sequence_days = [0, -3]\n"),
                5,
                "from day 0 to day -3",
            ),
            (format!("{head}sequence_days = [0]\n"), 5, "2 to 10"),
            (
                format!("{head}sequence_days = [0, 3]\nmax_reminders = 2\n"),
                5,
                "leave out max_reminders",
            ),
            (
                format!("{head}mails = [\"payment_failed\"]\nsequence_days = [0, 3]\n"),
                6,
                "add \"payment_reminder\"",
            ),
            (
                format!("{head}mails = [\"payment_reminder\"]\nsequence_days = [0, 3]\n"),
                6,
                "add \"payment_failed\"",
            ),
            (
                format!("{head}[segment.match]\namount_due_at_least = {{ USD = 5 }}\n"),
                6,
                "not a currency",
            ),
            (
                format!("{head}[segment.match]\namount_due_at_least = {{ usd = 0 }}\n"),
                6,
                "above 0",
            ),
            (
                format!("{head}[segment.match]\namount_due_at_least = {{}}\n"),
                6,
                "is empty",
            ),
            (
                format!("{head}[segment.alerts]\npast_due_at_least = {{ usd = -5 }}\n"),
                6,
                "above 0",
            ),
            (
                "version = 1\n[[segment]]\nname = \"a b\"\n".into(),
                3,
                "1 to 40 letters",
            ),
            (
                format!(
                    "{head}\n[[segment]]\nname = \"a\"\n[segment.match]\ninterval = \"year\"\n"
                ),
                6,
                "named \"a\" is on line 3",
            ),
            (
                format!(
                    "{head}\n[[segment]]\nname = \"annual\"\n[segment.match]\ninterval = \"year\"\n"
                ),
                6,
                "segment \"annual\" can never match: segment \"a\" (line 3)",
            ),
            (
                "version = 1\nname = \"a\"\n".into(),
                2,
                "unknown field `name`",
            ),
            (
                "version = 1\n[[segment]]\nname = \"a\"\nmails = \"final_notice\"\n".into(),
                4,
                "expected a sequence",
            ),
            ("version = 1\n[[segment]\n".into(), 2, ""),
        ];
        for (text, line, reason) in cases {
            let error = parse(text).unwrap_err();
            assert_eq!(error.file, "test.toml");
            assert_eq!(error.line, *line, "{text}\n→ {error}");
            assert!(error.reason.contains(reason), "{text}\n→ {error}");
            assert!(
                error
                    .to_string()
                    .starts_with(&format!("test.toml line {line}: "))
            );
        }
    }

    #[test]
    fn a_segment_hidden_by_an_earlier_one_is_refused_and_a_narrower_one_first_is_not() {
        let pair = |first: &str, second: &str| {
            parse(&format!(
                "version = 1\n[[segment]]\nname = \"first\"\n[segment.match]\n{first}\n[[segment]]\nname = \"second\"\n[segment.match]\n{second}\n"
            ))
        };
        let hidden = [
            ("", "interval = \"year\""),
            ("interval = \"year\"", "interval = \"year\""),
            (
                "interval = \"year\"",
                "interval = \"year\"\ninvoice = \"renewal\"",
            ),
            (
                "amount_due_at_least = { usd = 100 }",
                "amount_due_at_least = { usd = 500 }",
            ),
            (
                "prices = [\"price_a\", \"price_b\"]",
                "prices = [\"price_b\"]",
            ),
            (
                "products = [\"prod_a\"]",
                "products = [\"prod_a\"]\ninterval = \"month\"",
            ),
            (
                "customer_metadata = { tier = \"gold\" }",
                "customer_metadata = { tier = \"gold\", region = \"eu\" }",
            ),
            (
                "collection_method = \"send_invoice\"",
                "collection_method = \"send_invoice\"\nsubscription_metadata = { a = \"b\" }",
            ),
        ];
        for (first, second) in hidden {
            let error = pair(first, second).unwrap_err();
            assert!(
                error.reason.contains("can never match"),
                "{first} / {second}: {error}"
            );
            // The second `[[segment]]`, after the first's conditions (a blank line if none).
            assert_eq!(error.line, 5 + first.lines().count().max(1), "{first}");
        }
        let reachable = [
            ("interval = \"year\"", ""),
            ("interval = \"year\"", "interval = \"month\""),
            (
                "amount_due_at_least = { usd = 500 }",
                "amount_due_at_least = { usd = 100 }",
            ),
            (
                "amount_due_at_least = { usd = 100 }",
                "amount_due_at_least = { usd = 500, eur = 500 }",
            ),
            (
                "prices = [\"price_b\"]",
                "prices = [\"price_a\", \"price_b\"]",
            ),
            (
                "customer_metadata = { tier = \"gold\" }",
                "customer_metadata = { tier = \"silver\" }",
            ),
            ("invoice = \"first\"", "invoice = \"renewal\""),
            (
                "collection_method = \"send_invoice\"",
                "prices = [\"price_a\"]",
            ),
        ];
        for (first, second) in reachable {
            let policy = pair(first, second).unwrap_or_else(|e| panic!("{first} / {second}: {e}"));
            assert_eq!(policy.segments.len(), 2);
        }
    }

    fn subscription(interval: &str, metadata: Value) -> Subscription {
        serde_json::from_value(json!({
            "id": "sub_1",
            "status": "active",
            "metadata": metadata,
            "collection_method": "charge_automatically",
            "items": {"data": [{"price": {
                "id": format!("price_{interval}"),
                "product": "prod_pro",
                "recurring": {"interval": interval, "interval_count": 1}
            }, "current_period_end": 1_900_000_000}]}
        }))
        .unwrap()
    }

    fn invoice(amount_due: i64, currency: &str, reason: &str, method: &str) -> Invoice {
        serde_json::from_value(json!({
            "id": "in_1",
            "amount_due": amount_due,
            "currency": currency,
            "billing_reason": reason,
            "collection_method": method,
        }))
        .unwrap()
    }

    fn customer(metadata: Value) -> Customer {
        serde_json::from_value(json!({"id": "cus_1", "metadata": metadata})).unwrap()
    }

    #[test]
    fn segments_match_on_the_refetched_objects_first_match_wins() {
        let policy = parse(
            r#"
version = 1
[[segment]]
name = "big-annual-eu"
[segment.match]
interval = "year"
amount_due_at_least = { eur = 100000 }
customer_metadata = { region = "eu" }
[[segment]]
name = "annual"
[segment.match]
interval = "year"
[[segment]]
name = "invoiced"
[segment.match]
collection_method = "send_invoice"
[[segment]]
name = "first-invoice"
[segment.match]
invoice = "first"
[[segment]]
name = "pro-price"
[segment.match]
prices = ["price_week"]
[[segment]]
name = "pro-product"
[segment.match]
products = ["prod_pro"]
subscription_metadata = { channel = "partner" }
"#,
        )
        .unwrap();
        let yearly = subscription("year", json!({}));
        let monthly = subscription("month", json!({}));
        let weekly = subscription("week", json!({}));
        let partner = subscription("month", json!({"channel": "partner"}));
        let eu = customer(json!({"region": "eu"}));
        let us = customer(json!({"region": "us"}));
        let renewal = |amount, currency| {
            invoice(
                amount,
                currency,
                "subscription_cycle",
                "charge_automatically",
            )
        };
        type Case<'a> = (
            Option<Invoice>,
            Option<&'a Subscription>,
            &'a Customer,
            Option<&'a str>,
        );
        let cases: Vec<Case<'_>> = vec![
            (
                Some(renewal(100_000, "eur")),
                Some(&yearly),
                &eu,
                Some("big-annual-eu"),
            ),
            (
                Some(renewal(100_000, "EUR")),
                Some(&yearly),
                &eu,
                Some("big-annual-eu"),
            ),
            (
                Some(renewal(99_999, "eur")),
                Some(&yearly),
                &eu,
                Some("annual"),
            ),
            (
                Some(renewal(500_000, "usd")),
                Some(&yearly),
                &eu,
                Some("annual"),
            ),
            (
                Some(renewal(500_000, "eur")),
                Some(&yearly),
                &us,
                Some("annual"),
            ),
            (None, Some(&yearly), &eu, Some("annual")),
            (
                Some(invoice(100, "usd", "manual", "send_invoice")),
                None,
                &us,
                Some("invoiced"),
            ),
            (
                Some(invoice(
                    100,
                    "usd",
                    "subscription_create",
                    "charge_automatically",
                )),
                Some(&monthly),
                &us,
                Some("first-invoice"),
            ),
            (
                Some(renewal(100, "usd")),
                Some(&weekly),
                &us,
                Some("pro-price"),
            ),
            (
                Some(renewal(100, "usd")),
                Some(&partner),
                &us,
                Some("pro-product"),
            ),
            (Some(renewal(100, "usd")), Some(&monthly), &us, None),
            (Some(renewal(100, "usd")), None, &us, None),
        ];
        for (invoice, subscription, customer, expected) in cases {
            let facts = Facts {
                invoice: invoice.as_ref(),
                subscription,
                customer: Some(customer),
            };
            assert_eq!(
                policy.segment_for(&facts).map(|s| s.name.as_str()),
                expected,
                "{invoice:?} {subscription:?} {customer:?}"
            );
        }
        // Without an invoice, the subscription's collection method decides.
        let mut invoiced = subscription("month", json!({}));
        invoiced.collection_method = Some(CollectionMethod::SendInvoice);
        let facts = Facts {
            invoice: None,
            subscription: Some(&invoiced),
            customer: Some(&us),
        };
        assert_eq!(policy.segment_for(&facts).unwrap().name, "invoiced");
    }
}
