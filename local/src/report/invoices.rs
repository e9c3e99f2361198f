//! Billing per failed invoice, as Stripe's revenue-recovery analytics count: of the
//! subscriptions' invoices first attempted in a month, how many failed at least once
//! (the failure rate), how many of those were paid since (the recovery rate, per failed
//! invoice, not per mail), how (after one of our mails and a click on its portal link,
//! after a mail without one, after Stripe's card updater renewed the card, by Stripe's
//! retry before any mail, or while held out of the mails), how long it took, and by
//! decline code.
//!
//! Read from the `dunning#in_…` records billing recovery keeps once per invoice:
//! `attempted_at` and `report_month` (its first attempt recorded), `customer`,
//! `failed_at` (its first failure), `decline_code` (its latest failure's), `steps` (the
//! mails and when each went), `outcome` (`recovered`: paid after a mail, credited to
//! `recovered_after`; `paid_unmailed`; `lost`), `outcome_at`, `amount_paid` and
//! `paid_currency`, `held_out_at`; and from the `signal#evt_…` items of the customers
//! (`portal_opened`: a portal session our link created; `card_updated`: Stripe's card
//! updater). Records from before `attempted_at` was kept are not counted here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::Money;
use super::tally::month;

/// One month's invoices (the month of their first attempt, UTC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvoiceMonth {
    pub month: String,
    /// Subscription invoices first attempted this month.
    pub attempted: u64,
    /// Of those, the invoices with at least one failed attempt.
    pub failed: u64,
    /// `failed / attempted`.
    pub failure_rate: Option<f64>,
    /// Failed invoices paid since.
    pub recovered: u64,
    /// `recovered / failed`.
    pub recovery_rate: Option<f64>,
    /// The recovered, by how (each in the first that holds): paid while held out of the
    /// mails (`HOLDOUT_PERCENT`) …
    pub held_out: u64,
    /// … paid after one of our mails and a click on its portal link (the customer
    /// opened the portal through our link between the first mail and the payment) …
    pub after_click: u64,
    /// … paid after Stripe's card updater renewed the card (between the first failure
    /// and the payment) …
    pub card_updated: u64,
    /// … paid after one of our mails, without a click …
    pub after_mail: u64,
    /// … or paid by a retry (or the customer) before any mail of ours.
    pub before_mail: u64,
    /// What the recovered paid, per currency.
    pub recovered_amounts: Vec<Money>,
    /// The median of (paid − first failure) in days, over the recovered.
    pub median_days_to_recovery: Option<f64>,
    /// Recovered after a mail, per kind of the last mail before the payment.
    pub after_kind: BTreeMap<String, u64>,
    /// Per decline code (`-`: none recorded): failed and recovered.
    pub decline_codes: BTreeMap<String, DeclineCount>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclineCount {
    pub failed: u64,
    pub recovered: u64,
}

fn int(item: &Value, name: &str) -> Option<i64> {
    item.get(name).and_then(Value::as_i64)
}

fn text<'a>(item: &'a Value, name: &str) -> Option<&'a str> {
    item.get(name).and_then(Value::as_str)
}

fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[middle - 1] + values[middle]) / 2.0
    } else {
        values[middle]
    })
}

/// When each customer's signals of `kind` came (`signal#evt_…` items).
fn signals<'a>(items: &'a [Value], kind: &str) -> BTreeMap<&'a str, Vec<i64>> {
    let mut signals: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    for item in items {
        let is_signal = text(item, "pk").is_some_and(|pk| pk.starts_with("signal#"));
        if !is_signal || text(item, "signal") != Some(kind) {
            continue;
        }
        if let (Some(customer), Some(at)) = (text(item, "customer"), int(item, "at")) {
            signals.entry(customer).or_default().push(at);
        }
    }
    signals
}

/// When the first mail of an invoice's record that asks for the payment went: a step
/// sent (`steps.*.sent_at`), or one whose send started and got no answer
/// (`attempts.*`, phase `sending`, `since`), which may have gone and is credited.
fn first_mail_at(item: &Value) -> Option<i64> {
    let seeks_payment = |mail: &&Value| {
        text(mail, "kind")
            .and_then(billing_recovery::decide::BillingKind::parse)
            .is_some_and(|kind| kind.seeks_payment())
    };
    let of = |name: &str| {
        item.get(name)
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|mails| mails.values())
    };
    let sent = of("steps")
        .filter(seeks_payment)
        .filter_map(|step| int(step, "sent_at"));
    let maybe_sent = of("attempts")
        .filter(seeks_payment)
        .filter(|attempt| text(attempt, "phase") == Some("sending"))
        .filter_map(|attempt| int(attempt, "since"));
    sent.chain(maybe_sent).min()
}

/// The months' invoices, oldest first.
pub fn invoice_months(items: &[Value]) -> Vec<InvoiceMonth> {
    #[derive(Default)]
    struct Tally {
        attempted: u64,
        failed: u64,
        recovered: u64,
        held_out: u64,
        after_click: u64,
        card_updated: u64,
        after_mail: u64,
        before_mail: u64,
        amounts: BTreeMap<String, i64>,
        days: Vec<f64>,
        after_kind: BTreeMap<String, u64>,
        decline_codes: BTreeMap<String, DeclineCount>,
    }
    let opened = signals(items, "portal_opened");
    let renewed = signals(items, "card_updated");
    // Whether `customer` has a signal in `from..=to`.
    let within = |signals: &BTreeMap<&str, Vec<i64>>, customer: Option<&str>, from, to| {
        customer
            .and_then(|customer| signals.get(customer))
            .is_some_and(|times| times.iter().any(|at| (from..=to).contains(at)))
    };
    let mut months: BTreeMap<String, Tally> = BTreeMap::new();
    for item in items {
        let invoice = text(item, "pk").and_then(|pk| pk.strip_prefix("dunning#in_"));
        let Some(attempted_at) = invoice.and_then(|_| int(item, "attempted_at")) else {
            continue;
        };
        let failed_at = int(item, "failed_at");
        let first = failed_at.map_or(attempted_at, |f| f.min(attempted_at));
        let cohort = text(item, "report_month")
            .map(str::to_owned)
            .unwrap_or_else(|| month(first));
        let tally = months.entry(cohort).or_default();
        tally.attempted += 1;
        let Some(failed_at) = failed_at else { continue };
        tally.failed += 1;
        let code = text(item, "decline_code").unwrap_or("-").to_owned();
        let decline = tally.decline_codes.entry(code).or_default();
        decline.failed += 1;
        let outcome = text(item, "outcome");
        if !matches!(outcome, Some("recovered" | "paid_unmailed")) {
            continue;
        }
        tally.recovered += 1;
        decline.recovered += 1;
        let customer = text(item, "customer");
        let paid_at = int(item, "outcome_at").unwrap_or(i64::MAX);
        let mailed = outcome == Some("recovered");
        if mailed {
            let kind = text(item, "recovered_after").unwrap_or("-").to_owned();
            *tally.after_kind.entry(kind).or_default() += 1;
        }
        let clicked = mailed
            && first_mail_at(item).is_some_and(|from| within(&opened, customer, from, paid_at));
        if item.get("held_out_at").is_some_and(Value::is_i64) {
            tally.held_out += 1;
        } else if clicked {
            tally.after_click += 1;
        } else if within(&renewed, customer, failed_at, paid_at) {
            tally.card_updated += 1;
        } else if mailed {
            tally.after_mail += 1;
        } else {
            tally.before_mail += 1;
        }
        if let (Some(amount), Some(currency)) =
            (int(item, "amount_paid"), text(item, "paid_currency"))
        {
            *tally.amounts.entry(currency.to_owned()).or_default() += amount;
        }
        if let Some(paid_at) = int(item, "outcome_at") {
            tally
                .days
                .push((paid_at - failed_at).max(0) as f64 / 86_400.0);
        }
    }
    months
        .into_iter()
        .map(|(month, mut t)| InvoiceMonth {
            month,
            attempted: t.attempted,
            failed: t.failed,
            failure_rate: ratio(t.failed, t.attempted),
            recovered: t.recovered,
            recovery_rate: ratio(t.recovered, t.failed),
            held_out: t.held_out,
            after_click: t.after_click,
            card_updated: t.card_updated,
            after_mail: t.after_mail,
            before_mail: t.before_mail,
            recovered_amounts: t
                .amounts
                .into_iter()
                .map(|(currency, amount)| Money { amount, currency })
                .collect(),
            median_days_to_recovery: median(&mut t.days),
            after_kind: t.after_kind,
            decline_codes: t.decline_codes,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    // 2026-11-21 and 2026-12-02, UTC.
    const NOV: i64 = 1_795_219_200;
    const DEC: i64 = 1_796_169_600;
    const DAY: i64 = 86_400;

    #[test]
    fn invoices_are_counted_once_per_invoice_by_the_month_of_their_first_attempt() {
        let items = [
            // Paid at once: attempted, not failed.
            json!({"pk": "dunning#in_1", "attempted_at": NOV, "report_month": "2026-11",
                   "outcome": "paid_unmailed", "outcome_at": NOV}),
            // Failed, mailed twice, paid after the reminder four days on.
            json!({"pk": "dunning#in_2", "attempted_at": NOV, "failed_at": NOV,
                   "report_month": "2026-11", "decline_code": "insufficient_funds",
                   "customer": "cus_2",
                   "steps": {"failed": {"kind": "payment_failed", "sent_at": NOV, "message_id": "a"},
                             "reminder-1": {"kind": "payment_reminder", "sent_at": NOV + 3 * DAY, "message_id": "b"}},
                   "outcome": "recovered", "outcome_at": NOV + 4 * DAY,
                   "recovered_after": "payment_reminder", "amount_paid": 4200, "paid_currency": "usd"}),
            // Failed, paid by Stripe's retry before a mail, two days on.
            json!({"pk": "dunning#in_3", "attempted_at": NOV, "failed_at": NOV,
                   "report_month": "2026-11", "decline_code": "insufficient_funds",
                   "customer": "cus_3",
                   "outcome": "paid_unmailed", "outcome_at": NOV + 2 * DAY,
                   "amount_paid": 1000, "paid_currency": "eur"}),
            // Failed, held out, paid anyway a day on.
            json!({"pk": "dunning#in_4", "attempted_at": NOV, "failed_at": NOV,
                   "report_month": "2026-11", "held_out_at": NOV,
                   "outcome": "paid_unmailed", "outcome_at": NOV + DAY,
                   "amount_paid": 500, "paid_currency": "usd"}),
            // Failed, mailed, a click on the portal link a day on, paid the next day.
            json!({"pk": "dunning#in_8", "attempted_at": NOV, "failed_at": NOV,
                   "report_month": "2026-11", "customer": "cus_8",
                   "steps": {"failed": {"kind": "payment_failed", "sent_at": NOV, "message_id": "c"}},
                   "outcome": "recovered", "outcome_at": NOV + 2 * DAY,
                   "recovered_after": "payment_failed"}),
            json!({"pk": "signal#evt_8", "signal": "portal_opened", "customer": "cus_8",
                   "at": NOV + DAY}),
            // Failed, its card renewed by Stripe's updater, paid by the retry after it.
            json!({"pk": "dunning#in_9", "attempted_at": NOV, "failed_at": NOV,
                   "report_month": "2026-11", "customer": "cus_9",
                   "outcome": "paid_unmailed", "outcome_at": NOV + 2 * DAY}),
            json!({"pk": "signal#evt_9", "signal": "card_updated", "customer": "cus_9",
                   "at": NOV + DAY}),
            // Signals that credit nothing: a portal opened before the first mail of
            // in_2, a card renewed after in_3 was paid, another customer's.
            json!({"pk": "signal#evt_2", "signal": "portal_opened", "customer": "cus_2",
                   "at": NOV - DAY}),
            json!({"pk": "signal#evt_3", "signal": "card_updated", "customer": "cus_3",
                   "at": NOV + 5 * DAY}),
            json!({"pk": "signal#evt_x", "signal": "card_updated", "customer": "cus_x",
                   "at": NOV + DAY}),
            // Failed, lost.
            json!({"pk": "dunning#in_5", "attempted_at": NOV, "failed_at": NOV,
                   "report_month": "2026-11", "decline_code": "expired_card",
                   "outcome": "lost", "outcome_at": DEC}),
            // December: failed, still open; its failure delivered late, before the
            // month recorded (the first attempt decides).
            json!({"pk": "dunning#in_6", "attempted_at": DEC + DAY, "failed_at": DEC}),
            // Not invoices, or older than the attempts kept.
            json!({"pk": "dunning#recovered#in_2", "steps": {}}),
            json!({"pk": "dunning#in_7", "steps": {}, "outcome": "paid_unmailed", "outcome_at": NOV}),
            json!({"pk": "recovery#cs_1", "attempted_at": NOV}),
        ];
        let months = invoice_months(&items);
        assert_eq!(months.len(), 2, "{months:?}");
        let nov = &months[0];
        assert_eq!(nov.month, "2026-11");
        assert_eq!((nov.attempted, nov.failed, nov.recovered), (7, 6, 5));
        assert_eq!(nov.failure_rate, Some(6.0 / 7.0));
        assert_eq!(nov.recovery_rate, Some(5.0 / 6.0));
        assert_eq!(
            (
                nov.held_out,
                nov.after_click,
                nov.card_updated,
                nov.after_mail,
                nov.before_mail
            ),
            (1, 1, 1, 1, 1)
        );
        assert_eq!(
            nov.recovered_amounts,
            [
                Money {
                    amount: 1000,
                    currency: "eur".into()
                },
                Money {
                    amount: 4700,
                    currency: "usd".into()
                }
            ]
        );
        assert_eq!(nov.median_days_to_recovery, Some(2.0));
        assert_eq!(
            nov.after_kind,
            BTreeMap::from([("payment_failed".into(), 1), ("payment_reminder".into(), 1)])
        );
        assert_eq!(
            nov.decline_codes,
            BTreeMap::from([
                (
                    "-".into(),
                    DeclineCount {
                        failed: 3,
                        recovered: 3
                    }
                ),
                (
                    "expired_card".into(),
                    DeclineCount {
                        failed: 1,
                        recovered: 0
                    }
                ),
                (
                    "insufficient_funds".into(),
                    DeclineCount {
                        failed: 2,
                        recovered: 2
                    }
                ),
            ])
        );
        let dec = &months[1];
        assert_eq!(dec.month, "2026-12");
        assert_eq!((dec.attempted, dec.failed, dec.recovered), (1, 1, 0));
        assert_eq!(
            (dec.recovery_rate, dec.median_days_to_recovery),
            (Some(0.0), None)
        );
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}
