//! `report [--table NAME]`: what recovery did, per flow and per month, from the table's
//! own records (the local state, or a deployed DynamoDB table): events, mails sent,
//! recoveries, amount recovered per currency, and the rate (recoveries per mail).
//!
//! - **cart**: `checkout.session.expired` events; `recovery#…` items (one per mail,
//!   `sent_at`; converted ones with `converted_at`, `converted_amount_total`,
//!   `converted_currency`).
//! - **billing**: failed payments, payments needing action, upcoming invoices and ending
//!   trials; each mailed step of a `dunning#…` item (`steps.*.sent_at`) but the notices,
//!   which seek no payment (`steps.*.kind`: renewal reminder, the confirmations of a
//!   recovered payment and of a cancellation); recovered ones (`outcome = recovered`,
//!   `outcome_at`, `amount_paid`, `paid_currency`).
//!
//! - **churn**: `churn#…` items (one per subscription, billing recovery's record of its
//!   cancellation): per month of the cancellation, reason and feedback, per currency, the
//!   subscriptions cancelling (scheduled or ended) and the monthly amount they billed;
//!   retention coupons taken (a cancellation withdrawn for a new discount) per month.
//!
//! Events are counted from the inbox, which keeps 30 days: older months show mails and
//! recoveries (kept 90 and 400 days) but fewer or no events.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use billing_recovery::decide::BillingKind;
use serde_json::Value;
use stripe_recovery::mail::format_amount_code;
use stripe_recovery::ports::{ChurnRecord, ChurnState};
use stripe_recovery::time::civil_date;

/// The key prefixes the report reads.
pub const PREFIXES: &[&str] = &["event#", "recovery#", "dunning#", "churn#"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flow {
    Cart,
    Billing,
}

impl Flow {
    fn name(self) -> &'static str {
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
    pub mails: u64,
    pub recoveries: u64,
    /// Minor units per lowercase currency.
    pub recovered: BTreeMap<String, i64>,
}

impl Row {
    /// Recoveries per mail, in percent; `None` without mails.
    pub fn rate(&self) -> Option<f64> {
        (self.mails > 0).then(|| 100.0 * self.recoveries as f64 / self.mails as f64)
    }
}

pub type Report = BTreeMap<(Flow, String), Row>;

fn month(unix: i64) -> String {
    let (year, month, _) = civil_date(unix);
    format!("{year:04}-{month:02}")
}

fn int(item: &Value, name: &str) -> Option<i64> {
    item.get(name).and_then(Value::as_i64)
}

fn text<'a>(item: &'a Value, name: &str) -> Option<&'a str> {
    item.get(name).and_then(Value::as_str)
}

/// Tallies stored items (as JSON objects, whatever the store) into the report. Items of
/// other kinds are ignored.
pub fn tally<'a>(items: impl IntoIterator<Item = &'a Value>) -> Report {
    let mut report = Report::new();
    fn row(report: &mut Report, flow: Flow, at: i64) -> &mut Row {
        report.entry((flow, month(at))).or_default()
    }
    for item in items {
        let pk = text(item, "pk").unwrap_or_default();
        if pk.starts_with("event#") {
            let flow = text(item, "type").and_then(Flow::of_event);
            if let (Some(flow), Some(created)) = (flow, int(item, "created")) {
                row(&mut report, flow, created).events += 1;
            }
        } else if pk.starts_with("recovery#") {
            for sent_at in cart_mails(item).into_values() {
                row(&mut report, Flow::Cart, sent_at).mails += 1;
            }
            if let Some(converted_at) = int(item, "converted_at") {
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
                // A notice is no attempt to recover: counted, it would lower the rate
                // by every confirmation of a recovery.
                let notice = text(step, "kind")
                    .and_then(BillingKind::parse)
                    .is_some_and(|kind| !kind.seeks_payment());
                if notice {
                    continue;
                }
                if let Some(sent_at) = int(step, "sent_at") {
                    row(&mut report, Flow::Billing, sent_at).mails += 1;
                }
            }
            let recovered = text(item, "outcome") == Some("recovered");
            if let (true, Some(at)) = (recovered, int(item, "outcome_at")) {
                let row = row(&mut report, Flow::Billing, at);
                row.recoveries += 1;
                if let (Some(amount), Some(currency)) =
                    (int(item, "amount_paid"), text(item, "paid_currency"))
                {
                    *row.recovered.entry(currency.to_owned()).or_default() += amount;
                }
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

/// Per step of the carts' sequences: mails sent, and conversions credited to the step
/// (the last mailed before the purchase).
pub fn cart_steps<'a>(items: impl IntoIterator<Item = &'a Value>) -> BTreeMap<u8, (u64, u64)> {
    let mut steps: BTreeMap<u8, (u64, u64)> = BTreeMap::new();
    for item in items {
        if !text(item, "pk")
            .unwrap_or_default()
            .starts_with("recovery#")
        {
            continue;
        }
        for step in cart_mails(item).into_keys() {
            steps.entry(step).or_default().0 += 1;
        }
        if int(item, "converted_at").is_some() {
            let credited = int(item, "converted_after_step").unwrap_or(1);
            let step = u8::try_from(credited).unwrap_or(1);
            steps.entry(step).or_default().1 += 1;
        }
    }
    steps
}

/// The carts' sequences by step, as a table for a terminal.
pub fn render_steps(steps: &BTreeMap<u8, (u64, u64)>) -> String {
    let mut out = String::new();
    if steps.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<10} {:>6} {:>11}",
        "cart step", "mails", "conversions"
    );
    for (step, (mails, conversions)) in steps {
        let _ = writeln!(out, "{step:<10} {mails:>6} {conversions:>11}");
    }
    out.push_str("(a conversion is credited to the last step mailed before the purchase)\n");
    out
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
        if !text(item, "pk").unwrap_or_default().starts_with("churn#") {
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

fn money(amount: i64, currency: &str) -> String {
    if currency == "-" {
        "-".to_owned()
    } else {
        format_amount_code(amount, currency)
    }
}

/// The churn tables for a terminal (nothing when nothing was recorded).
pub fn render_churn(churn: &Churn) -> String {
    let mut out = String::new();
    if churn.cancellations.is_empty() && churn.retained.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<8} {:<23} {:<17} {:>13} {:>9}  monthly amount lost",
        "month", "churn reason", "feedback", "cancellations", "scheduled"
    );
    for (key, row) in &churn.cancellations {
        let _ = writeln!(
            out,
            "{:<8} {:<23} {:<17} {:>13} {:>9}  {}",
            key.month,
            key.reason,
            key.feedback,
            row.cancellations,
            row.scheduled,
            money(row.monthly_amount, &key.currency)
        );
    }
    if !churn.retained.is_empty() {
        let _ = writeln!(
            out,
            "{:<8} {:>23}  monthly amount kept",
            "month", "retention coupons taken"
        );
        for ((month, currency), (count, amount)) in &churn.retained {
            let _ = writeln!(out, "{month:<8} {count:>23}  {}", money(*amount, currency));
        }
    }
    out.push_str(
        "(one per subscription, by the month it cancelled; scheduled: not ended yet; amounts: list prices a month)\n",
    );
    out
}

/// The report as a table for a terminal.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<8} {:<8} {:>7} {:>6} {:>10} {:>7}  recovered",
        "flow", "month", "events", "mails", "recoveries", "rate"
    );
    if report.is_empty() {
        out.push_str("(nothing recorded yet)\n");
    }
    for ((flow, month), row) in report {
        let rate = row
            .rate()
            .map_or_else(|| "-".to_owned(), |rate| format!("{rate:.1} %"));
        let recovered = if row.recovered.is_empty() {
            "-".to_owned()
        } else {
            row.recovered
                .iter()
                .map(|(currency, amount)| format_amount_code(*amount, currency))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "{:<8} {:<8} {:>7} {:>6} {:>10} {:>7}  {recovered}",
            flow.name(),
            month,
            row.events,
            row.mails,
            row.recoveries,
            rate
        );
    }
    out.push_str("(events: from the inbox, which keeps 30 days; rate: recoveries per mail)\n");
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    // 2026-11-21 and 2026-12-02, UTC.
    const NOV: i64 = 1_795_219_200;
    const DEC: i64 = 1_796_169_600;

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

    #[test]
    fn items_are_tallied_per_flow_and_month() {
        let items = [
            json!({"pk": "event#evt_1", "type": "checkout.session.expired", "created": NOV}),
            json!({"pk": "event#evt_2", "type": "checkout.session.expired", "created": DEC}),
            json!({"pk": "event#evt_3", "type": "checkout.session.completed", "created": DEC}),
            json!({"pk": "event#evt_4", "type": "invoice.payment_failed", "created": NOV}),
            json!({"pk": "event#evt_5", "type": "invoice.paid", "created": DEC}),
            json!({"pk": "event#evt_6", "type": "customer.subscription.trial_will_end", "created": DEC}),
            // Mailed in November, bought back in December.
            json!({"pk": "recovery#cs_1", "sent_at": NOV, "converted_at": DEC,
                   "converted_amount_total": 4200, "converted_currency": "usd"}),
            json!({"pk": "recovery#cs_2", "sent_at": DEC}),
            // A sequence: steps 1 and 2 sent in December, step 3's send started (maybe
            // sent: not counted as a mail), bought back after step 2.
            json!({"pk": "recovery#cs_3",
                   "step_1": {"state": "sent", "sent_at": DEC, "message_id": "a"},
                   "step_2": {"state": "sent", "sent_at": DEC + 86_400, "message_id": "b"},
                   "step_3": {"state": "sending", "started_at": DEC + 3 * 86_400},
                   "converted_at": DEC + 2 * 86_400, "converted_after_step": 2,
                   "converted_amount_total": 1000, "converted_currency": "usd"}),
            // Two mails in November, paid in November.
            json!({"pk": "dunning#in_1", "steps": {
                        "failed-1": {"kind": "payment_failed", "sent_at": NOV, "message_id": "m1"},
                        "failed-2": {"kind": "payment_reminder", "sent_at": NOV + 86_400, "message_id": "m2"}},
                   "outcome": "recovered", "outcome_at": NOV + 2 * 86_400,
                   "amount_paid": 1000, "paid_currency": "eur"}),
            json!({"pk": "dunning#in_2", "steps": {
                        "final": {"kind": "final_notice", "sent_at": NOV, "message_id": "m3"}},
                   "outcome": "lost", "outcome_at": DEC}),
            json!({"pk": "dunning#in_3", "steps": {}, "outcome": "paid_unmailed", "outcome_at": DEC}),
            json!({"pk": "recipient#abc", "last_mailed_at": NOV}),
        ];
        let report = tally(&items);
        let row = |flow, month: &str| report[&(flow, month.to_owned())].clone();
        assert_eq!(
            row(Flow::Cart, "2026-11"),
            Row {
                events: 1,
                mails: 1,
                recoveries: 0,
                recovered: BTreeMap::new()
            }
        );
        assert_eq!(
            row(Flow::Cart, "2026-12"),
            Row {
                events: 1,
                mails: 3,
                recoveries: 2,
                recovered: BTreeMap::from([("usd".into(), 5200)])
            }
        );
        assert_eq!(
            cart_steps(&items),
            BTreeMap::from([(1, (3, 1)), (2, (1, 1))]),
            "mails and conversions per step"
        );
        assert!(render_steps(&cart_steps(&items)).contains("2               1           1"));
        assert_eq!(
            row(Flow::Billing, "2026-11"),
            Row {
                events: 1,
                mails: 3,
                recoveries: 1,
                recovered: BTreeMap::from([("eur".into(), 1000)])
            }
        );
        assert_eq!(
            row(Flow::Billing, "2026-12"),
            Row {
                events: 1,
                mails: 0,
                recoveries: 0,
                recovered: BTreeMap::new()
            }
        );
        assert_eq!(report.len(), 4);
        assert_eq!(
            row(Flow::Billing, "2026-11").rate().map(|r| r.round()),
            Some(33.0)
        );
        assert_eq!(row(Flow::Billing, "2026-12").rate(), None);

        let table = render(&report);
        assert!(
            table.contains("cart     2026-12        1      3          2  66.7 %  USD 52.00"),
            "{table}"
        );
        assert!(
            table.contains("billing  2026-11        1      3          1  33.3 %  EUR 10.00"),
            "{table}"
        );
        assert!(
            table.contains("billing  2026-12        1      0          0       -  -"),
            "{table}"
        );
    }

    #[test]
    fn churn_is_tallied_per_month_reason_feedback_and_currency_once_per_subscription() {
        let churned =
            |sub: &str, state: &str, feedback: Option<&str>, amount: i64, currency: &str| {
                json!({"pk": format!("churn#{sub}"), "state": state,
                   "reason": "cancellation_requested", "feedback": feedback,
                   "comment_length": 12, "monthly_amount": amount, "currency": currency,
                   "age_days": 40, "canceled_at": NOV, "month": "2026-11",
                   "discounts_at_cancel": [], "version": 2, "ttl": DEC})
            };
        let mut retained = churned("sub_4", "withdrawn", Some("too_expensive"), 1000, "usd");
        retained["retained_at"] = json!(NOV);
        let mut payment_failed = churned("sub_6", "canceled", None, 500, "usd");
        payment_failed["reason"] = json!("payment_failed");
        let items = [
            churned("sub_1", "canceled", Some("too_expensive"), 2000, "usd"),
            churned("sub_2", "scheduled", Some("too_expensive"), 3000, "usd"),
            churned("sub_3", "canceled", Some("too_expensive"), 4000, "eur"),
            retained,
            churned("sub_5", "withdrawn", Some("unused"), 9999, "usd"),
            payment_failed,
            json!({"pk": "dunning#in_1", "steps": {}}),
        ];
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
        let table = render_churn(&churn);
        assert!(
            table.contains("2026-11  cancellation_requested  too_expensive                 2         1  USD 50.00"),
            "{table}"
        );
        assert!(
            table.contains("2026-11                        1  USD 10.00"),
            "{table}"
        );
        assert_eq!(render_churn(&Churn::default()), "");
    }

    #[test]
    fn an_empty_table_says_so() {
        assert!(render(&tally(&[])).contains("nothing recorded yet"));
    }
}
