//! The stored items (as JSON objects, whatever the store) counted: per flow and month
//! (with SES's bounces and complaints of the mails, `mailevent#…`), per cart step, the churn, the groups the lift compares and the recent failed
//! payments. Items of other kinds are ignored; every attribute is read if present, so
//! items written before an attribute existed are still counted.

use std::collections::BTreeMap;

use billing_recovery::decide::BillingKind;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use stripe_recovery::adapters::dunning_item::{LOST, PAID_UNMAILED, RECOVERED};
use stripe_recovery::lift::Group;
use stripe_recovery::mail_events::EventKind;
use stripe_recovery::ports::{ChurnRecord, ChurnState};

/// The key prefixes the report reads.
pub const PREFIXES: &[&str] = &[
    "event#",
    "recovery#",
    "dunning#",
    "churn#",
    "signal#",
    "mailevent#",
];

/// How many failed payments the report lists, newest first.
pub const RECENT_FAILED_PAYMENTS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Flow {
    Cart,
    Billing,
}

impl Flow {
    pub const ALL: [Self; 2] = [Self::Cart, Self::Billing];

    pub fn name(self) -> &'static str {
        match self {
            Self::Cart => "cart",
            Self::Billing => "billing",
        }
    }

    /// The flow an inbox event of `event_type` starts, if any.
    fn of_event(event_type: &str) -> Option<Self> {
        match event_type {
            "checkout.session.expired" => Some(Self::Cart),
            "invoice.payment_failed"
            | "invoice.payment_action_required"
            | "invoice.upcoming"
            | "customer.subscription.trial_will_end" => Some(Self::Billing),
            _ => None,
        }
    }
}

/// One row: a flow in a month (`YYYY-MM`, UTC).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub events: u64,
    /// Recovery mails: a billing notice (no payment sought) is none.
    pub mails: u64,
    pub recoveries: u64,
    /// Minor units per lowercase currency.
    pub recovered: BTreeMap<String, i64>,
    /// Every mail sent, notices included: what can bounce or be complained of (carts:
    /// `mails`).
    pub sent: u64,
    /// SES's events of the flow's mails (`mailevent#…`), by the month SES reported them.
    pub mail_events: MailEvents,
}

/// SES's rare events of a flow's mails in a month, as `mail-events` records them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MailEvents {
    /// Permanent bounces: what SES's bounce rate counts.
    pub hard_bounces: u64,
    /// Transient or undetermined bounces (a full mailbox): counted, in no rate.
    pub soft_bounces: u64,
    pub complaints: u64,
    /// Refused by SES before sending (a virus found).
    pub rejects: u64,
}

impl MailEvents {
    /// The events counted (`mail-events` stores no other).
    const COUNTED: [EventKind; 4] = [
        EventKind::HardBounce,
        EventKind::SoftBounce,
        EventKind::Complaint,
        EventKind::Reject,
    ];

    /// The counter of `event`; none for a delivery or a delay (not stored).
    fn counter(&mut self, event: EventKind) -> Option<&mut u64> {
        match event {
            EventKind::HardBounce => Some(&mut self.hard_bounces),
            EventKind::SoftBounce => Some(&mut self.soft_bounces),
            EventKind::Complaint => Some(&mut self.complaints),
            EventKind::Reject => Some(&mut self.rejects),
            EventKind::Delivery | EventKind::DeliveryDelay => None,
        }
    }
}

impl Row {
    /// Recoveries per mail, in percent; `None` without mails.
    pub fn rate(&self) -> Option<f64> {
        (self.mails > 0).then(|| 100.0 * self.recoveries as f64 / self.mails as f64)
    }
}

pub type Report = BTreeMap<(Flow, String), Row>;

/// The UTC month of a unix time, `YYYY-MM`: the one the functions write as `report_month`.
pub use stripe_recovery::time::month;

fn int(item: &Value, name: &str) -> Option<i64> {
    item.get(name).and_then(Value::as_i64)
}

fn text<'a>(item: &'a Value, name: &str) -> Option<&'a str> {
    item.get(name).and_then(Value::as_str)
}

fn pk(item: &Value) -> &str {
    text(item, "pk").unwrap_or_default()
}

/// The recipient was kept out of the mails (`held_out_at`, written by the flow that held
/// them out): what they bought or paid is the baseline the lift compares the mails with,
/// not a recovery of ours.
fn held_out(item: &Value) -> bool {
    item.get("held_out_at").is_some_and(Value::is_number)
}

/// Tallies stored items into the report. Items of other kinds are ignored.
pub fn tally<'a>(items: impl IntoIterator<Item = &'a Value>) -> Report {
    let mut report = Report::new();
    fn row(report: &mut Report, flow: Flow, at: i64) -> &mut Row {
        report.entry((flow, month(at))).or_default()
    }
    for item in items {
        let pk = pk(item);
        if pk.starts_with("event#") {
            let flow = text(item, "type").and_then(Flow::of_event);
            if let (Some(flow), Some(created)) = (flow, int(item, "created")) {
                row(&mut report, flow, created).events += 1;
            }
        } else if pk.starts_with("recovery#") {
            for sent_at in cart_mails(item).into_values() {
                let row = row(&mut report, Flow::Cart, sent_at);
                row.mails += 1;
                row.sent += 1;
            }
            let converted_at = int(item, "converted_at").filter(|_| !held_out(item));
            if let Some(converted_at) = converted_at {
                let recovered = row(&mut report, Flow::Cart, converted_at);
                recovered.recoveries += 1;
                if let (Some(amount), Some(currency)) = (
                    int(item, "converted_amount_total"),
                    text(item, "converted_currency"),
                ) {
                    *recovered.recovered.entry(currency.to_owned()).or_default() += amount;
                }
            }
        } else if pk.starts_with("dunning#") {
            let steps = item.get("steps").and_then(Value::as_object);
            for step in steps.into_iter().flat_map(|steps| steps.values()) {
                let Some(sent_at) = int(step, "sent_at") else {
                    continue;
                };
                // A notice is no attempt to recover: counted, it would lower the rate
                // by every confirmation of a recovery. It is a mail sent all the same,
                // which can bounce.
                let notice = text(step, "kind")
                    .and_then(BillingKind::parse)
                    .is_some_and(|kind| !kind.seeks_payment());
                let row = row(&mut report, Flow::Billing, sent_at);
                row.sent += 1;
                row.mails += u64::from(!notice);
            }
            let recovered = text(item, "outcome") == Some(RECOVERED) && !held_out(item);
            if let (true, Some(at)) = (recovered, int(item, "outcome_at")) {
                let row = row(&mut report, Flow::Billing, at);
                row.recoveries += 1;
                if let (Some(amount), Some(currency)) =
                    (int(item, "amount_paid"), text(item, "paid_currency"))
                {
                    *row.recovered.entry(currency.to_owned()).or_default() += amount;
                }
            }
        } else if pk.starts_with("mailevent#") {
            // `untagged`: mail through our configuration sets that we did not send (no
            // flow's mail, no denominator): not counted.
            let flow = match text(item, "flow") {
                Some("cart") => Flow::Cart,
                Some("billing") => Flow::Billing,
                _ => continue,
            };
            let event = text(item, "mail_event").and_then(EventKind::parse);
            let counted = event.filter(|event| MailEvents::COUNTED.contains(event));
            if let (Some(event), Some(at)) = (counted, int(item, "at"))
                && let Some(count) = row(&mut report, flow, at).mail_events.counter(event)
            {
                *count += 1;
            }
        }
    }
    report
}

/// A cart's recovery mails by step, with when each went: `step_<n>` records sent (a
/// "send started" mark is not a mail), or the one mail of an item from before sequences.
fn cart_mails(item: &Value) -> BTreeMap<u8, i64> {
    let mut mails = BTreeMap::new();
    if let Some(sent_at) = int(item, "sent_at") {
        mails.insert(1, sent_at);
    }
    for step in 1..=stripe_recovery::adapters::recovery_item::MAX_STEPS {
        let record = item.get(format!("step_{step}"));
        let sent_at = record
            .filter(|r| text(r, "state") == Some("sent"))
            .and_then(|r| int(r, "sent_at"));
        if let Some(sent_at) = sent_at {
            mails.insert(step, sent_at);
        }
    }
    mails
}

/// The cart's recovery link was opened: a session Stripe made from it (`clicked_at`),
/// or a purchase through it (`converted_at`).
fn link_opened(item: &Value) -> bool {
    int(item, "clicked_at").is_some() || int(item, "converted_at").is_some()
}

/// Whether the cart was mailed: a step's mail recorded sent, or a step whose send started
/// and never got its answer ("maybe sent": SES accepted it and the answer was lost, or
/// the record after it failed for good) whose recovery link was opened since. Only our
/// mail carries that link, so the opening proves that mail went out: the cart is mailed,
/// and a purchase through it is a recovery of the mails (as `record_conversion` credits
/// it), not one of a cart in no group.
fn cart_mailed(item: &Value) -> bool {
    if !cart_mails(item).is_empty() {
        return true;
    }
    let started = (1..=stripe_recovery::adapters::recovery_item::MAX_STEPS).any(|step| {
        item.get(format!("step_{step}"))
            .is_some_and(Value::is_object)
    });
    started && link_opened(item)
}

/// What the carts' funnel counts beyond mails and purchases.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CartSessions {
    /// Sessions recorded as expired (`expired_at`, by the recovery mailer at the first
    /// step) …
    pub expired: u64,
    /// … of those, the ones whose customer had consented then (`consent`).
    pub consented: u64,
    /// Carts mailed (not held out; `cart_mailed`, so also one whose only mail was maybe
    /// sent, which the opening proves sent) whose recovery link was opened: a session
    /// Stripe made from it (`clicked_at`), or a purchase through it.
    pub clicked: u64,
}

pub fn cart_sessions<'a>(items: impl IntoIterator<Item = &'a Value>) -> CartSessions {
    let mut sessions = CartSessions::default();
    for item in items {
        if !pk(item).starts_with("recovery#") {
            continue;
        }
        if int(item, "expired_at").is_some() {
            sessions.expired += 1;
            sessions.consented += u64::from(item.get("consent") == Some(&Value::Bool(true)));
        }
        if link_opened(item) && !held_out(item) && cart_mailed(item) {
            sessions.clicked += 1;
        }
    }
    sessions
}

/// Per step of the carts' sequences: mails sent, and conversions credited to the step
/// (the last mailed before the purchase).
pub fn cart_steps<'a>(items: impl IntoIterator<Item = &'a Value>) -> BTreeMap<u8, (u64, u64)> {
    let mut steps: BTreeMap<u8, (u64, u64)> = BTreeMap::new();
    for item in items {
        if !pk(item).starts_with("recovery#") {
            continue;
        }
        for step in cart_mails(item).into_keys() {
            steps.entry(step).or_default().0 += 1;
        }
        // A held-out cart was mailed no step to credit.
        if int(item, "converted_at").is_some() && !held_out(item) {
            let credited = int(item, "converted_after_step").unwrap_or(1);
            let step = u8::try_from(credited).unwrap_or(1);
            steps.entry(step).or_default().1 += 1;
        }
    }
    steps
}

/// Cancellations of one month, reason, feedback and currency (`-` when unknown).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ChurnKey {
    pub month: String,
    pub reason: String,
    pub feedback: String,
    pub currency: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChurnRow {
    /// Subscriptions cancelling: ended or scheduled to end.
    pub cancellations: u64,
    /// Of those, still scheduled (may yet be withdrawn).
    pub scheduled: u64,
    /// What they billed a month, in minor units of the currency.
    pub monthly_amount: i64,
}

/// Retention coupons taken in a month, per currency: how many, and the monthly amount
/// of the subscriptions they kept.
pub type Retained = BTreeMap<(String, String), (u64, i64)>;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Churn {
    pub cancellations: BTreeMap<ChurnKey, ChurnRow>,
    pub retained: Retained,
}

/// Tallies the `churn#…` items: one per subscription, so a cancellation counts once
/// however many events told of it; a withdrawn one is no churn.
pub fn churn<'a>(items: impl IntoIterator<Item = &'a Value>) -> Churn {
    let mut churn = Churn::default();
    for item in items {
        if !pk(item).starts_with("churn#") {
            continue;
        }
        let Ok(record) = serde_json::from_value::<ChurnRecord>(item.clone()) else {
            continue;
        };
        let currency = record.currency.clone().unwrap_or_else(|| "-".into());
        let amount = record.monthly_amount.unwrap_or_default();
        if record.state.churns() {
            let key = ChurnKey {
                month: record.month.clone(),
                reason: record.reason.clone().unwrap_or_else(|| "-".into()),
                feedback: record.feedback.clone().unwrap_or_else(|| "-".into()),
                currency: currency.clone(),
            };
            let row = churn.cancellations.entry(key).or_default();
            row.cancellations += 1;
            row.scheduled += u64::from(record.state == ChurnState::Scheduled);
            row.monthly_amount += amount;
        }
        if let Some(at) = record.retained_at {
            let kept = churn.retained.entry((month(at), currency)).or_default();
            kept.0 += 1;
            kept.1 += amount;
        }
    }
    churn
}

/// The two groups of a flow the lift compares: the recipients mailed and those held out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Groups {
    pub mailed: Group,
    pub held_out: Group,
}

impl Default for Groups {
    fn default() -> Self {
        let empty = Group {
            recipients: 0,
            recovered: 0,
        };
        Self {
            mailed: empty,
            held_out: empty,
        }
    }
}

/// The invoice of a failed payment's record, `dunning#in_…`; the other `dunning#` items
/// (a card, a trial, a renewal, the notices) are no failed payment.
fn invoice_of(pk: &str) -> Option<&str> {
    pk.strip_prefix("dunning#")
        .filter(|rest| rest.starts_with("in_"))
}

/// A billing record mailed something that asks for the payment (not only a notice).
fn billing_mailed(item: &Value) -> bool {
    let steps = item.get("steps").and_then(Value::as_object);
    steps
        .into_iter()
        .flat_map(|steps| steps.values())
        .any(|step| {
            text(step, "kind")
                .and_then(BillingKind::parse)
                .is_some_and(|kind| kind.seeks_payment())
        })
}

/// Per flow (both, even empty), its mailed and held-out groups. A cart (`recovery#cs_…`)
/// is mailed once a step is sent (or maybe sent and its link opened since: `cart_mailed`)
/// and recovered once bought; an invoice (`dunning#in_…`)
/// is mailed once a payment-seeking mail went and recovered once paid, mailed or not
/// (`recovered`, `paid_unmailed`): the held-out group's payments are the baseline. An
/// item both held out and mailed (which the flows do not write) counts as held out: the
/// comparison is between what was decided for each recipient.
pub fn holdout_groups<'a>(items: impl IntoIterator<Item = &'a Value>) -> BTreeMap<Flow, Groups> {
    let mut groups: BTreeMap<Flow, Groups> = Flow::ALL
        .into_iter()
        .map(|flow| (flow, Groups::default()))
        .collect();
    for item in items {
        let pk = pk(item);
        let (flow, mailed, recovered) = if pk.starts_with("recovery#") {
            let converted = int(item, "converted_at").is_some();
            (Flow::Cart, cart_mailed(item), converted)
        } else if invoice_of(pk).is_some() {
            let paid = matches!(text(item, "outcome"), Some(RECOVERED | PAID_UNMAILED));
            (Flow::Billing, billing_mailed(item), paid)
        } else {
            continue;
        };
        let flow_groups = groups.entry(flow).or_default();
        let group = if held_out(item) {
            &mut flow_groups.held_out
        } else if mailed {
            &mut flow_groups.mailed
        } else {
            continue;
        };
        group.recipients += 1;
        group.recovered += u64::from(recovered);
    }
    groups
}

/// Where a failed payment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentState {
    /// No outcome yet: Stripe may still retry, the customer may still pay.
    Open,
    /// Paid after our mail.
    Recovered,
    /// Paid before any mail went (or with none: held out).
    PaidUnmailed,
    /// Voided, uncollectible, or its subscription deleted.
    Lost,
}

impl PaymentState {
    fn of_outcome(outcome: Option<&str>) -> Self {
        match outcome {
            Some(RECOVERED) => Self::Recovered,
            Some(PAID_UNMAILED) => Self::PaidUnmailed,
            Some(LOST) => Self::Lost,
            _ => Self::Open,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Recovered => "recovered",
            Self::PaidUnmailed => "paid_unmailed",
            Self::Lost => "lost",
        }
    }
}

/// One failed payment as the report lists it: the invoice, never whose it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedPayment {
    /// `in_…`, from the item's key.
    pub invoice: String,
    /// Unix seconds: when the payment failed (`failed_at`), else its first mail, else
    /// when its recipient was held out.
    pub at: i64,
    /// The invoice's amount in minor units of `currency` (lowercase), when recorded.
    pub amount: Option<i64>,
    pub currency: Option<String>,
    /// Stripe's `decline_code` of the failed charge; `-` when not recorded.
    pub decline_code: String,
    pub state: PaymentState,
    /// Its recipient was held out of the mails.
    pub held_out: bool,
}

/// When a failed payment's record says it began (see `FailedPayment::at`).
fn failed_at(item: &Value) -> Option<i64> {
    let first_mail = || {
        let steps = item.get("steps").and_then(Value::as_object)?;
        steps.values().filter_map(|step| int(step, "sent_at")).min()
    };
    int(item, "failed_at")
        .or_else(first_mail)
        .or_else(|| int(item, "held_out_at"))
}

/// The `RECENT_FAILED_PAYMENTS` newest failed payments (`dunning#in_…`), newest first;
/// one without any time to order it by is left out. The customer and their address
/// stay out: an operator's page may be shared.
pub fn recent_failed_payments<'a>(
    items: impl IntoIterator<Item = &'a Value>,
) -> Vec<FailedPayment> {
    let mut payments: Vec<FailedPayment> = items
        .into_iter()
        .filter_map(|item| {
            let invoice = invoice_of(pk(item))?;
            Some(FailedPayment {
                invoice: invoice.to_owned(),
                at: failed_at(item)?,
                amount: int(item, "amount"),
                currency: text(item, "currency").map(str::to_owned),
                decline_code: text(item, "decline_code").unwrap_or("-").to_owned(),
                state: PaymentState::of_outcome(text(item, "outcome")),
                held_out: held_out(item),
            })
        })
        .collect();
    payments.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.invoice.cmp(&b.invoice)));
    payments.truncate(RECENT_FAILED_PAYMENTS);
    payments
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::fixture::{DEC, NOV, churn_items, month_items};
    use super::*;

    #[test]
    fn notices_are_not_recovery_mails() {
        let step = |kind: &str| json!({"s": {"kind": kind, "sent_at": NOV, "message_id": "m"}});
        let items = [
            json!({"pk": "dunning#in_1", "steps": step("payment_failed"),
                   "outcome": "recovered", "outcome_at": NOV + 86_400,
                   "amount_paid": 1000, "paid_currency": "usd"}),
            json!({"pk": "dunning#recovered#in_1", "steps": step("payment_recovered")}),
            json!({"pk": "dunning#renewal#sub_1#1796169600", "steps": step("renewal_reminder")}),
            json!({"pk": "dunning#cancellation#sub_1", "steps": step("cancellation_confirmation")}),
        ];
        let report = tally(&items);
        let billing = &report[&(Flow::Billing, "2026-11".to_owned())];
        assert_eq!((billing.mails, billing.recoveries), (1, 1), "{report:?}");
    }

    /// A month's deliverability as the model shows it: (flow, month, sent, mails, [hard
    /// bounces, soft bounces, complaints, rejects], bounce rate, complaint rate).
    type Deliverability<M> = (Flow, M, u64, u64, [u64; 4], Option<f64>, Option<f64>);

    fn deliverability(items: &[Value]) -> Vec<Deliverability<String>> {
        super::super::model::months_of(&tally(items))
            .into_iter()
            .map(|row| {
                let events = [
                    row.hard_bounces,
                    row.soft_bounces,
                    row.complaints,
                    row.rejects,
                ];
                let rates = (row.bounce_rate, row.complaint_rate);
                (
                    row.flow, row.month, row.sent, row.mails, events, rates.0, rates.1,
                )
            })
            .collect()
    }

    #[test]
    fn ses_events_are_counted_against_every_mail_the_flow_sent_that_month() {
        use super::super::fixture::mail_event;
        let cart = |n: u8, at: i64| {
            json!({"pk": format!("recovery#cs_{n}"),
                   "step_1": {"state": "sent", "sent_at": at, "message_id": "m"}})
        };
        let billing = |pk: &str, kind: &str, at: i64| json!({"pk": pk, "steps": {"s": {"kind": kind, "sent_at": at, "message_id": "m"}}});
        let failed = billing("dunning#in_1", "payment_failed", NOV);
        let notice = billing("dunning#recovered#in_1", "payment_recovered", NOV);
        let (nov, dec) = ("2026-11", "2026-12");
        // What a case shows, its items, the months they make.
        type Case = (&'static str, Vec<Value>, Vec<Deliverability<&'static str>>);
        let cases: Vec<Case> = vec![
            (
                "a hard bounce of a cart mail",
                vec![
                    cart(1, NOV),
                    cart(2, NOV),
                    mail_event("1", "hard_bounce", "cart", "recovery", NOV + 60),
                ],
                vec![(Flow::Cart, nov, 2, 2, [1, 0, 0, 0], Some(0.5), Some(0.0))],
            ),
            (
                "a complaint of a billing notice: sent, no recovery mail",
                vec![
                    failed.clone(),
                    notice.clone(),
                    mail_event("1", "complaint", "billing", "payment_recovered", NOV),
                ],
                vec![(Flow::Billing, nov, 2, 1, [0, 0, 1, 0], Some(0.0), Some(0.5))],
            ),
            (
                "a soft bounce and a reject counted, in no rate",
                vec![
                    cart(1, NOV),
                    mail_event("1", "soft_bounce", "cart", "recovery", NOV),
                    mail_event("2", "reject", "cart", "recovery", NOV),
                ],
                vec![(Flow::Cart, nov, 1, 1, [0, 1, 0, 1], Some(0.0), Some(0.0))],
            ),
            (
                "mail we did not send (untagged) is not counted",
                vec![
                    cart(1, NOV),
                    mail_event("1", "hard_bounce", "untagged", "untagged", NOV),
                    mail_event("2", "complaint", "untagged", "untagged", DEC),
                ],
                vec![(Flow::Cart, nov, 1, 1, [0, 0, 0, 0], Some(0.0), Some(0.0))],
            ),
            (
                "a month with no mail sent: its events, no rate",
                vec![
                    failed.clone(),
                    mail_event("1", "complaint", "billing", "payment_failed", DEC),
                ],
                vec![
                    (Flow::Billing, nov, 1, 1, [0; 4], Some(0.0), Some(0.0)),
                    (Flow::Billing, dec, 0, 0, [0, 0, 1, 0], None, None),
                ],
            ),
            (
                "a delivery, an unknown event or one without its time is none",
                vec![
                    mail_event("1", "delivery", "cart", "recovery", NOV),
                    mail_event("2", "bounce", "cart", "recovery", NOV),
                    json!({"pk": "mailevent#3", "mail_event": "hard_bounce", "flow": "cart"}),
                ],
                vec![],
            ),
        ];
        for (case, items, expected) in cases {
            let expected: Vec<Deliverability<String>> = expected
                .into_iter()
                .map(
                    |(flow, month, sent, mails, events, bounce_rate, complaint_rate)| {
                        let month = month.to_owned();
                        (
                            flow,
                            month,
                            sent,
                            mails,
                            events,
                            bounce_rate,
                            complaint_rate,
                        )
                    },
                )
                .collect();
            assert_eq!(deliverability(&items), expected, "{case}");
        }
    }

    #[test]
    fn items_are_tallied_per_flow_and_month() {
        let items = month_items();
        let report = tally(&items);
        let row = |flow, month: &str| report[&(flow, month.to_owned())].clone();
        assert_eq!(
            row(Flow::Cart, "2026-11"),
            Row {
                events: 1,
                mails: 1,
                recoveries: 0,
                recovered: BTreeMap::new(),
                sent: 1,
                mail_events: MailEvents {
                    hard_bounces: 1,
                    ..MailEvents::default()
                },
            }
        );
        assert_eq!(
            row(Flow::Cart, "2026-12"),
            Row {
                events: 1,
                mails: 3,
                recoveries: 2,
                recovered: BTreeMap::from([("usd".into(), 5200)]),
                sent: 3,
                mail_events: MailEvents::default(),
            }
        );
        assert_eq!(
            cart_steps(&items),
            BTreeMap::from([(1, (3, 1)), (2, (1, 1))]),
            "mails and conversions per step"
        );
        assert_eq!(
            row(Flow::Billing, "2026-11"),
            Row {
                events: 1,
                mails: 3,
                recoveries: 1,
                recovered: BTreeMap::from([("eur".into(), 1000)]),
                // The confirmation of in_1's payment too.
                sent: 4,
                mail_events: MailEvents {
                    soft_bounces: 1,
                    complaints: 1,
                    ..MailEvents::default()
                },
            }
        );
        assert_eq!(
            row(Flow::Billing, "2026-12"),
            Row {
                events: 1,
                mails: 0,
                recoveries: 0,
                recovered: BTreeMap::new(),
                sent: 0,
                mail_events: MailEvents::default(),
            }
        );
        assert_eq!(report.len(), 4, "the untagged bounce is no row");
        assert_eq!(
            row(Flow::Billing, "2026-11").rate().map(|r| r.round()),
            Some(33.0)
        );
        assert_eq!(row(Flow::Billing, "2026-12").rate(), None);
    }

    #[test]
    fn churn_is_tallied_per_month_reason_feedback_and_currency_once_per_subscription() {
        let items = churn_items();
        let churn = churn(&items);
        let key = |reason: &str, feedback: &str, currency: &str| ChurnKey {
            month: "2026-11".into(),
            reason: reason.into(),
            feedback: feedback.into(),
            currency: currency.into(),
        };
        assert_eq!(
            churn.cancellations[&key("cancellation_requested", "too_expensive", "usd")],
            ChurnRow {
                cancellations: 2,
                scheduled: 1,
                monthly_amount: 5000
            }
        );
        assert_eq!(
            churn.cancellations[&key("cancellation_requested", "too_expensive", "eur")],
            ChurnRow {
                cancellations: 1,
                scheduled: 0,
                monthly_amount: 4000
            }
        );
        assert_eq!(
            churn.cancellations[&key("payment_failed", "-", "usd")].cancellations,
            1
        );
        assert_eq!(churn.cancellations.len(), 3, "withdrawn ones are no churn");
        assert_eq!(
            churn.retained,
            BTreeMap::from([(("2026-11".into(), "usd".into()), (1, 1000))])
        );
    }

    fn group(recipients: u64, recovered: u64) -> Group {
        Group {
            recipients,
            recovered,
        }
    }

    #[test]
    fn the_groups_are_the_mailed_and_the_held_out_recipients_with_what_they_paid() {
        let sent = |at: i64| json!({"state": "sent", "sent_at": at, "message_id": "m"});
        let failed = json!({"f": {"kind": "payment_failed", "sent_at": NOV, "message_id": "m"}});
        let items = [
            // Carts: two mailed (one by the legacy `sent_at`), one bought back; one only
            // started (no mail: in no group); two held out, one bought anyway.
            json!({"pk": "recovery#cs_1", "step_1": sent(NOV), "converted_at": DEC}),
            json!({"pk": "recovery#cs_2", "sent_at": NOV}),
            json!({"pk": "recovery#cs_3", "step_1": {"state": "sending", "started_at": NOV}}),
            json!({"pk": "recovery#cs_4", "held_out_at": NOV, "converted_at": DEC}),
            json!({"pk": "recovery#cs_5", "held_out_at": NOV}),
            // Invoices: mailed and recovered, mailed and lost, paid before any mail (in
            // no group), held out and paid, held out and open.
            json!({"pk": "dunning#in_1", "steps": failed, "outcome": "recovered"}),
            json!({"pk": "dunning#in_2", "steps": failed, "outcome": "lost"}),
            json!({"pk": "dunning#in_3", "steps": {}, "outcome": "paid_unmailed"}),
            json!({"pk": "dunning#in_4", "held_out_at": NOV, "outcome": "paid_unmailed"}),
            json!({"pk": "dunning#in_5", "held_out_at": NOV}),
            // A string is no held-out mark; the notices are no failed payment; only a
            // mail that seeks the payment makes an invoice mailed.
            json!({"pk": "dunning#in_6", "held_out_at": "yes", "outcome": "paid_unmailed"}),
            json!({"pk": "dunning#recovered#in_1", "held_out_at": NOV}),
            json!({"pk": "dunning#card#pm_1#2030-08", "steps": failed}),
            json!({"pk": "dunning#in_7", "steps": {"r": {"kind": "renewal_reminder", "sent_at": NOV}}}),
        ];
        let groups = holdout_groups(&items);
        assert_eq!(
            groups[&Flow::Cart],
            Groups {
                mailed: group(2, 1),
                held_out: group(2, 1)
            }
        );
        assert_eq!(
            groups[&Flow::Billing],
            Groups {
                mailed: group(2, 1),
                held_out: group(2, 1)
            }
        );
        assert_eq!(holdout_groups(&[])[&Flow::Billing], Groups::default());
    }

    /// A step whose send started and got no answer (SES accepted the mail, the answer
    /// was lost) stays "maybe sent"; a session Stripe made from that cart's recovery
    /// link, which only the mail carried, proves it went out: the lifecycle replay's
    /// seed 1900 bought such a cart back, and the funnel counted the purchase nowhere.
    #[test]
    fn a_maybe_sent_cart_whose_link_was_opened_was_mailed() {
        let sending = json!({"state": "sending", "started_at": NOV, "token": "t"});
        let sent = json!({"state": "sent", "sent_at": NOV, "message_id": "m"});
        let items = [
            // Maybe sent, then bought through its link; maybe sent, its link opened.
            json!({"pk": "recovery#cs_1", "expired_at": NOV, "consent": true,
                   "step_1": sending, "clicked_at": DEC, "converted_at": DEC,
                   "converted_after_step": 1}),
            json!({"pk": "recovery#cs_2", "expired_at": NOV, "consent": true,
                   "step_1": sending, "clicked_at": DEC}),
            // Maybe sent, nothing since: no mail known, in no group.
            json!({"pk": "recovery#cs_3", "expired_at": NOV, "consent": true,
                   "step_1": sending}),
            // Never mailed (no consent), its link opened anyway: no mail of ours.
            json!({"pk": "recovery#cs_4", "expired_at": NOV, "consent": false,
                   "clicked_at": DEC}),
            // Sent and bought back.
            json!({"pk": "recovery#cs_5", "expired_at": NOV, "consent": true,
                   "step_1": sent, "converted_at": DEC}),
        ];
        assert_eq!(
            cart_sessions(&items),
            CartSessions {
                expired: 5,
                consented: 4,
                clicked: 3
            }
        );
        assert_eq!(
            holdout_groups(&items)[&Flow::Cart],
            Groups {
                mailed: group(3, 2),
                held_out: group(0, 0)
            }
        );
    }

    #[test]
    fn the_recent_failed_payments_are_the_newest_invoices_without_their_customer() {
        let mut items: Vec<Value> = (0..25)
            .map(|n| {
                json!({"pk": format!("dunning#in_{n:02}"), "failed_at": NOV + n * 3600,
                       "customer": "cus_secret", "amount": 1000 + n, "currency": "usd"})
            })
            .collect();
        items.extend([
            // Its first mail dates it; its decline code and outcome shown.
            json!({"pk": "dunning#in_mailed", "decline_code": "insufficient_funds",
                   "steps": {"b": {"kind": "payment_reminder", "sent_at": DEC + 60},
                             "a": {"kind": "payment_failed", "sent_at": DEC}},
                   "outcome": "recovered", "amount": 4200, "currency": "eur"}),
            json!({"pk": "dunning#in_held", "held_out_at": DEC + 1, "outcome": "paid_unmailed"}),
            json!({"pk": "dunning#in_lost", "failed_at": DEC - 1, "outcome": "lost"}),
            // Undated, and not an invoice: not listed.
            json!({"pk": "dunning#in_undated", "outcome": "paid_unmailed"}),
            json!({"pk": "dunning#recovered#in_mailed", "failed_at": DEC + 9}),
        ]);
        let recent = recent_failed_payments(&items);
        assert_eq!(recent.len(), RECENT_FAILED_PAYMENTS);
        assert_eq!(
            recent[..3],
            [
                FailedPayment {
                    invoice: "in_held".into(),
                    at: DEC + 1,
                    amount: None,
                    currency: None,
                    decline_code: "-".into(),
                    state: PaymentState::PaidUnmailed,
                    held_out: true,
                },
                FailedPayment {
                    invoice: "in_mailed".into(),
                    at: DEC,
                    amount: Some(4200),
                    currency: Some("eur".into()),
                    decline_code: "insufficient_funds".into(),
                    state: PaymentState::Recovered,
                    held_out: false,
                },
                FailedPayment {
                    invoice: "in_lost".into(),
                    at: DEC - 1,
                    amount: None,
                    currency: None,
                    decline_code: "-".into(),
                    state: PaymentState::Lost,
                    held_out: false,
                },
            ]
        );
        assert_eq!(recent[3].invoice, "in_24");
        assert_eq!(recent[3].state, PaymentState::Open);
        assert_eq!(recent[19].invoice, "in_08", "the oldest are cut");
        assert!(!format!("{recent:?}").contains("cus_"), "no customer");
    }
}
