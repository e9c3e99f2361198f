//! Pure: what a subscription's cancellation record becomes, from the subscription as
//! Stripe has it now, as it was in the event (a fact about the past: the cancel flow it
//! was in), and the record we hold. Stripe delivers `customer.subscription.updated` and
//! `.deleted` late, twice and out of order; the record is a function of the subscription
//! now plus what only history shows (the cancel flow before a withdrawal), so any order
//! of deliveries ends in the same record, written once.

use stripe_recovery::ports::{ChurnRecord, ChurnState};
use stripe_recovery::stripe::event::{Subscription, SubscriptionStatus};
use stripe_recovery::time::civil_date;

const DAY: i64 = 24 * 3600;

/// What to do with the subscription's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChurnChange {
    /// Write this record (new, or changed).
    Write(ChurnRecord),
    /// The record already says this (a redelivery, or an event that changed nothing).
    Unchanged,
    /// Nothing about a cancellation: no record to start.
    NotCancelling,
}

/// Where a subscription stands: ended, cancellation scheduled, or neither.
pub fn cancel_flow(subscription: &Subscription) -> Option<ChurnState> {
    if subscription.status == Some(SubscriptionStatus::Canceled) {
        Some(ChurnState::Canceled)
    } else if subscription.cancel_at_period_end || subscription.cancel_at.is_some() {
        Some(ChurnState::Scheduled)
    } else {
        None
    }
}

/// Whether the event's snapshot shows the customer in the cancel flow (the flags, or
/// cancellation details with a reason).
fn in_cancel_flow(subscription: &Subscription) -> bool {
    cancel_flow(subscription).is_some()
        || subscription
            .cancellation_details
            .as_ref()
            .is_some_and(|details| details.reason.is_some())
}

/// Whether an event about `subscription` (its payload) can change anything when we hold
/// no record: otherwise the subscription is not re-fetched (every renewal updates it).
pub fn worth_a_look(snapshot: &Subscription, record: Option<&ChurnRecord>) -> bool {
    record.is_some() || in_cancel_flow(snapshot)
}

/// The record for `current` (re-fetched), given the event's `snapshot` and the stored
/// `record`.
pub fn decide_churn(
    snapshot: &Subscription,
    current: &Subscription,
    record: Option<&ChurnRecord>,
) -> ChurnChange {
    if record.is_some_and(|r| r.state == ChurnState::Canceled) {
        // An ended subscription never comes back: the record is final.
        return ChurnChange::Unchanged;
    }
    let next = match cancel_flow(current) {
        Some(state) => {
            let mut next = describe(current, state);
            next.discounts_at_cancel = match record {
                // Still the same cancel flow: the discounts it began with.
                Some(r) if r.state.churns() => r.discounts_at_cancel.clone(),
                _ => discount_ids(current),
            };
            next.retained_at = record.and_then(|r| r.retained_at);
            next
        }
        None => {
            // Withdrawn, if it was in the cancel flow: by our record, else by the event.
            let began = match record {
                Some(r) if r.state == ChurnState::Scheduled => r.clone(),
                Some(_) => return ChurnChange::Unchanged,
                None if in_cancel_flow(snapshot) => {
                    let mut began = describe(snapshot, ChurnState::Scheduled);
                    began.discounts_at_cancel = discount_ids(snapshot);
                    began
                }
                None => return ChurnChange::NotCancelling,
            };
            let coupon_taken = discount_ids(current)
                .iter()
                .any(|id| !began.discounts_at_cancel.contains(id));
            ChurnRecord {
                state: ChurnState::Withdrawn,
                retained_at: began
                    .retained_at
                    // Stripe keeps no date for a withdrawal: the cancellation's it undid.
                    .or(coupon_taken.then_some(began.canceled_at)),
                ..began
            }
        }
    };
    if record == Some(&next) {
        ChurnChange::Unchanged
    } else {
        ChurnChange::Write(next)
    }
}

/// The facts of a cancellation in `state` of `subscription`.
fn describe(subscription: &Subscription, state: ChurnState) -> ChurnRecord {
    let details = subscription
        .cancellation_details
        .clone()
        .unwrap_or_default();
    let canceled_at = subscription
        .canceled_at
        .or(subscription.ended_at)
        .or(subscription.cancel_at)
        .unwrap_or_default();
    let started = subscription.start_date.or(subscription.created);
    let (monthly_amount, currency) = match monthly_amount(subscription) {
        Some((amount, currency)) => (Some(amount), Some(currency)),
        None => (None, None),
    };
    let (year, month, _) = civil_date(canceled_at);
    ChurnRecord {
        state,
        reason: details.reason.map(|r| r.as_str().to_owned()),
        feedback: details.feedback.map(|f| f.as_str().to_owned()),
        comment_length: u32::try_from(details.comment_length()).unwrap_or(u32::MAX),
        monthly_amount,
        currency,
        age_days: started.map(|start| (canceled_at - start).max(0) / DAY),
        canceled_at,
        month: format!("{year:04}-{month:02}"),
        discounts_at_cancel: Vec::new(),
        retained_at: None,
    }
}

fn discount_ids(subscription: &Subscription) -> Vec<String> {
    subscription
        .discount_ids()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// What the subscription's recurring prices bill a month, in minor units, quantity
/// included, in its currency (items in another, which Stripe does not allow, are left
/// out): a year is a twelfth, a week 52/12, a day 365/12. `None` without a priced item
/// (tiered and metered prices have no `unit_amount`).
pub fn monthly_amount(subscription: &Subscription) -> Option<(i64, String)> {
    let items = subscription.items.as_ref()?;
    let currency = subscription
        .currency
        .clone()
        .or_else(|| subscription.prices().find_map(|p| p.currency.clone()))?
        .to_ascii_lowercase();
    // Summed as a fraction over 12 months × the counts, rounded once.
    let mut total: Option<i128> = None;
    for item in &items.data {
        let Some(price) = &item.price else { continue };
        let (Some(unit_amount), Some(recurring)) = (price.unit_amount, &price.recurring) else {
            continue;
        };
        if price
            .currency
            .as_deref()
            .is_some_and(|c| !c.eq_ignore_ascii_case(&currency))
        {
            continue;
        }
        // Per month ×12: what the price bills in a year, over its interval count.
        let per_year: i128 = match recurring.interval.as_str() {
            "day" => 365,
            "week" => 52,
            "month" => 12,
            "year" => 1,
            _ => continue,
        };
        let count = i128::from(recurring.interval_count.max(1));
        let quantity = i128::from(item.quantity.unwrap_or(1));
        // In 1/(12 × 2^k) units would be exact; a fixed denominator is simpler: the
        // count's multiples are small (Stripe allows at most 3 years).
        let twelfths_x1000 = i128::from(unit_amount) * quantity * per_year * 1000 / count;
        *total.get_or_insert(0) += twelfths_x1000;
    }
    let total = total?;
    let monthly = (total + 6000) / 12_000;
    Some((i64::try_from(monthly).ok()?, currency))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    // 2026-11-21 UTC.
    const NOV: i64 = 1_795_219_200;
    const STARTED: i64 = NOV - 100 * DAY;

    fn sub(fields: Value) -> Subscription {
        let mut base = json!({
            "id": "sub_1", "status": "active", "currency": "usd",
            "created": STARTED, "start_date": STARTED,
            "cancel_at_period_end": false, "cancel_at": null, "canceled_at": null,
            "cancellation_details": {"reason": null, "feedback": null, "comment": null},
            "discounts": [],
            "items": {"data": [{"quantity": 2, "price": {"id": "price_1", "currency": "usd",
                "unit_amount": 1500, "recurring": {"interval": "month", "interval_count": 1}}}]},
        });
        for (k, v) in fields.as_object().unwrap() {
            base[k] = v.clone();
        }
        serde_json::from_value(base).unwrap()
    }

    fn requested(feedback: &str) -> Value {
        json!({"cancel_at_period_end": true, "canceled_at": NOV,
               "cancellation_details": {"reason": "cancellation_requested",
                   "feedback": feedback, "comment": "far too expensive for us"}})
    }

    fn with(mut a: Value, b: Value) -> Value {
        for (k, v) in b.as_object().unwrap() {
            a[k] = v.clone();
        }
        a
    }

    fn written(change: ChurnChange) -> ChurnRecord {
        match change {
            ChurnChange::Write(record) => record,
            other => panic!("expected a write, got {other:?}"),
        }
    }

    #[test]
    fn a_requested_cancellation_is_recorded_with_its_facts_and_never_its_comment() {
        let s = sub(requested("too_expensive"));
        let record = written(decide_churn(&s, &s, None));
        assert_eq!(
            record,
            ChurnRecord {
                state: ChurnState::Scheduled,
                reason: Some("cancellation_requested".into()),
                feedback: Some("too_expensive".into()),
                comment_length: 24,
                monthly_amount: Some(3000),
                currency: Some("usd".into()),
                age_days: Some(100),
                canceled_at: NOV,
                month: "2026-11".into(),
                discounts_at_cancel: vec![],
                retained_at: None,
            }
        );
        assert!(!format!("{record:?}{s:?}").contains("expensive for"));
    }

    #[test]
    fn what_each_state_of_the_subscription_records() {
        let coupon = json!({"discounts": ["di_retain"]});
        let scheduled = sub(requested("too_expensive"));
        let scheduled_record = written(decide_churn(&scheduled, &scheduled, None));
        let canceled = sub(with(
            requested("too_expensive"),
            json!({"status": "canceled", "ended_at": NOV + 30 * DAY}),
        ));
        let withdrawn_with_coupon = sub(coupon.clone());
        let withdrawn = sub(json!({}));
        let active = sub(json!({}));
        let retained = ChurnRecord {
            state: ChurnState::Withdrawn,
            retained_at: Some(NOV),
            ..scheduled_record.clone()
        };
        let ended = ChurnRecord {
            state: ChurnState::Canceled,
            ..scheduled_record.clone()
        };
        // (case, event snapshot, subscription now, record held, expected)
        let cases: Vec<(
            &str,
            &Subscription,
            &Subscription,
            Option<&ChurnRecord>,
            ChurnChange,
        )> = vec![
            (
                "an ordinary update",
                &active,
                &active,
                None,
                ChurnChange::NotCancelling,
            ),
            (
                "a redelivered request",
                &scheduled,
                &scheduled,
                Some(&scheduled_record),
                ChurnChange::Unchanged,
            ),
            (
                "the request's event after it ended",
                &scheduled,
                &canceled,
                Some(&scheduled_record),
                ChurnChange::Write(ChurnRecord {
                    state: ChurnState::Canceled,
                    ..scheduled_record.clone()
                }),
            ),
            (
                "withdrawn for a coupon, in order",
                &withdrawn_with_coupon,
                &withdrawn_with_coupon,
                Some(&scheduled_record),
                ChurnChange::Write(retained.clone()),
            ),
            (
                "withdrawn for a coupon, the request's event last",
                &scheduled,
                &withdrawn_with_coupon,
                None,
                ChurnChange::Write(retained.clone()),
            ),
            (
                "the withdrawal redelivered",
                &withdrawn_with_coupon,
                &withdrawn_with_coupon,
                Some(&retained),
                ChurnChange::Unchanged,
            ),
            (
                "the request redelivered after the withdrawal",
                &scheduled,
                &withdrawn_with_coupon,
                Some(&retained),
                ChurnChange::Unchanged,
            ),
            (
                "withdrawn without a coupon",
                &withdrawn,
                &withdrawn,
                Some(&scheduled_record),
                ChurnChange::Write(ChurnRecord {
                    state: ChurnState::Withdrawn,
                    ..scheduled_record.clone()
                }),
            ),
            (
                "a late update of an ended subscription",
                &scheduled,
                &withdrawn_with_coupon,
                Some(&ended),
                ChurnChange::Unchanged,
            ),
        ];
        for (case, snapshot, current, record, expected) in cases {
            assert_eq!(decide_churn(snapshot, current, record), expected, "{case}");
        }
    }

    #[test]
    fn a_coupon_the_subscription_had_before_the_request_is_no_retention() {
        let before = json!({"discounts": ["di_old"]});
        let scheduled = sub(with(requested("unused"), before.clone()));
        let record = written(decide_churn(&scheduled, &scheduled, None));
        assert_eq!(record.discounts_at_cancel, ["di_old"]);
        let withdrawn = sub(before);
        let after = written(decide_churn(&withdrawn, &withdrawn, Some(&record)));
        assert_eq!(
            (after.state, after.retained_at),
            (ChurnState::Withdrawn, None)
        );
        // The legacy single `discount` counts as well.
        let legacy = sub(json!({"discount": {"id": "di_new", "coupon": {"id": "RETAIN"}}}));
        let after = written(decide_churn(&legacy, &legacy, Some(&record)));
        assert_eq!(after.retained_at, Some(NOV));
    }

    #[test]
    fn retained_then_cancelled_again_keeps_the_coupon_and_counts_once() {
        let scheduled = sub(requested("too_expensive"));
        let first = written(decide_churn(&scheduled, &scheduled, None));
        let coupon = sub(json!({"discounts": ["di_retain"]}));
        let retained = written(decide_churn(&coupon, &coupon, Some(&first)));
        let again = sub(with(
            requested("switched_service"),
            json!({"discounts": ["di_retain"], "canceled_at": NOV + 40 * DAY}),
        ));
        let record = written(decide_churn(&again, &again, Some(&retained)));
        assert_eq!(record.state, ChurnState::Scheduled);
        assert_eq!(record.feedback.as_deref(), Some("switched_service"));
        assert_eq!(record.retained_at, Some(NOV));
        assert_eq!(record.month, "2026-12");
    }

    #[test]
    fn worth_a_look_only_with_a_record_or_a_cancel_flow_in_the_event() {
        let active = sub(json!({}));
        let record = written(decide_churn(
            &sub(requested("other")),
            &sub(requested("other")),
            None,
        ));
        assert!(!worth_a_look(&active, None));
        assert!(worth_a_look(&active, Some(&record)));
        assert!(worth_a_look(&sub(requested("other")), None));
        let reason_only = sub(json!({"cancellation_details": {"reason": "payment_failed"}}));
        assert!(worth_a_look(&reason_only, None));
    }

    #[test]
    fn monthly_amounts_per_interval_quantity_and_currency() {
        let priced = |items: Value| sub(json!({"items": {"data": items}}));
        let item = |amount: i64, interval: &str, count: u32, quantity: u64| {
            json!({"quantity": quantity, "price": {"id": "price_x", "currency": "usd",
                "unit_amount": amount, "recurring": {"interval": interval, "interval_count": count}}})
        };
        let cases = [
            ("monthly", json!([item(1500, "month", 1, 1)]), Some(1500)),
            ("quantity", json!([item(1500, "month", 1, 3)]), Some(4500)),
            ("yearly", json!([item(12_000, "year", 1, 1)]), Some(1000)),
            ("quarterly", json!([item(3000, "month", 3, 1)]), Some(1000)),
            ("weekly", json!([item(1200, "week", 1, 1)]), Some(5200)),
            ("daily", json!([item(100, "day", 1, 1)]), Some(3042)),
            (
                "two items",
                json!([item(1000, "month", 1, 1), item(12_000, "year", 1, 2)]),
                Some(3000),
            ),
            (
                "metered",
                json!([{"price": {"id": "p", "currency": "usd", "unit_amount": null,
                "recurring": {"interval": "month"}}}]),
                None,
            ),
            ("no items", json!([]), None),
        ];
        for (case, items, expected) in cases {
            let got = monthly_amount(&priced(items));
            assert_eq!(got.as_ref().map(|(a, _)| *a), expected, "{case}");
            if let Some((_, currency)) = got {
                assert_eq!(currency, "usd");
            }
        }
    }
}
