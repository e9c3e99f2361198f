//! Cancellations recorded through the whole path: signed deliveries to the webhook's
//! intake, moto's DynamoDB stream filtered as the template filters billing recovery's,
//! the subscription re-fetched from the Stripe fake, one `churn#…` item per
//! subscription, and the report read from the table. The customer's comment is in
//! Stripe's objects only: never in the table, never in a log.

use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::ports::{ChurnState, ChurnStore};
use stripe_recovery::stripe::ids::SubscriptionId;
use stripe_recovery::time::unix_now;

use crate::billing_recovery::{StreamPath, customer, names, setup, subscription};

const COMMENT: &str = "Honestly the price doubled and my manager said no";
const DAY: i64 = 86_400;

/// A subscription of 2 seats at 20.00 USD a month, started 90 days before `now`,
/// cancelled at the period's end by its customer with `feedback` and the comment.
fn cancelling(n: &crate::billing_recovery::Names, feedback: &str, now: i64) -> Value {
    let mut sub = subscription(n, "active");
    sub["currency"] = json!("usd");
    sub["start_date"] = json!(now - 90 * DAY);
    sub["created"] = json!(now - 90 * DAY);
    sub["ended_at"] = Value::Null;
    sub["cancel_at"] = json!(now + 20 * DAY);
    sub["cancel_at_period_end"] = json!(true);
    sub["canceled_at"] = json!(now);
    sub["discounts"] = json!([]);
    sub["items"]["data"][0]["quantity"] = json!(2);
    sub["cancellation_details"] = json!({
        "reason": "cancellation_requested", "feedback": feedback, "comment": COMMENT,
    });
    sub
}

#[tokio::test]
async fn cancellations_and_a_retention_coupon_are_recorded_once_and_reported_without_the_comment() {
    let mut path = StreamPath::new(setup(&[]).await).await;
    let now = unix_now();

    // A: cancels for being too expensive; the event comes twice, then the deletion.
    let a = names("churn-a");
    let requested = cancelling(&a, "too_expensive", now);
    path.billing.fake.put_object(requested.clone());
    path.billing.fake.put_object(customer(&a, &[]));
    for _ in 0..2 {
        path.deliver(
            "evt_churn_a1",
            "customer.subscription.updated",
            requested.clone(),
            now,
        )
        .await;
    }
    // Stripe's "at least once" may also mean a later event telling the same.
    path.deliver(
        "evt_churn_a2",
        "customer.subscription.updated",
        requested.clone(),
        now + 5,
    )
    .await;
    path.run(now, true).await;
    let a_id = SubscriptionId::parse(&a.subscription).unwrap();
    let store = dynamo_store(&path.billing.table).await;
    let record = store.churn_record(&a_id).await.unwrap().unwrap();
    assert_eq!(record.record.state, ChurnState::Scheduled);
    assert_eq!(record.record.feedback.as_deref(), Some("too_expensive"));
    assert_eq!(record.record.comment_length, COMMENT.chars().count() as u32);
    assert_eq!(
        record.record.monthly_amount,
        Some(4000),
        "2 × 20.00 a month"
    );
    assert_eq!(record.record.age_days, Some(90));
    assert_eq!(record.version, 1, "written once for three deliveries");

    let mut ended = requested.clone();
    ended["status"] = json!("canceled");
    ended["ended_at"] = json!(now + 20 * DAY);
    path.billing.fake.put_object(ended.clone());
    path.deliver(
        "evt_churn_a3",
        "customer.subscription.deleted",
        ended,
        now + 20 * DAY,
    )
    .await;
    path.run(now + 20 * DAY, false).await;
    let record = store.churn_record(&a_id).await.unwrap().unwrap();
    assert_eq!(record.record.state, ChurnState::Canceled);

    // B: asks to cancel, then takes the retention coupon; the withdrawal's event is
    // delivered first, the request's after it.
    let b = names("churn-b");
    let request_b = cancelling(&b, "missing_features", now);
    let mut kept = subscription(&b, "active");
    kept["currency"] = json!("usd");
    kept["ended_at"] = Value::Null;
    kept["cancel_at"] = Value::Null;
    kept["cancel_at_period_end"] = json!(false);
    kept["cancellation_details"] = json!({"reason": null, "feedback": null, "comment": null});
    kept["discounts"] = json!(["di_retention_b"]);
    path.billing.fake.put_object(kept.clone());
    path.billing.fake.put_object(customer(&b, &[]));
    path.deliver(
        "evt_churn_b2",
        "customer.subscription.updated",
        kept,
        now + 60,
    )
    .await;
    path.deliver(
        "evt_churn_b1",
        "customer.subscription.updated",
        request_b,
        now,
    )
    .await;
    path.run(now + 60, false).await;
    let b_id = SubscriptionId::parse(&b.subscription).unwrap();
    let record = store.churn_record(&b_id).await.unwrap().unwrap().record;
    assert_eq!(record.state, ChurnState::Withdrawn);
    assert_eq!(record.retained_at, Some(now), "the coupon kept it");
    assert_eq!(record.feedback.as_deref(), Some("missing_features"));

    // The table: one record per subscription, and the comment nowhere (not in the
    // inbox's copy of Stripe's object either).
    let items = path.table().await;
    let churn_items: Vec<&Value> = items
        .iter()
        .filter(|i| i["pk"].as_str().unwrap().starts_with("churn#"))
        .collect();
    assert_eq!(churn_items.len(), 2, "{churn_items:?}");
    let everything = serde_json::to_string(&items).unwrap();
    assert!(
        !everything.contains("manager said no"),
        "the comment was stored"
    );

    // The report, as `local report --table` reads it.
    let report = local::report::render_churn(&local::report::churn(&items));
    let month = {
        let (y, m, _) = stripe_recovery::time::civil_date(now);
        format!("{y:04}-{m:02}")
    };
    assert!(
        report.contains(&format!(
            "{month:<8} cancellation_requested  too_expensive                 1         0  USD 40.00"
        )),
        "{report}"
    );
    assert!(
        report.contains(&format!("{month:<8} {:>23}  USD 40.00", 1)),
        "{report}"
    );
    assert!(
        !report.contains("missing_features"),
        "withdrawn: no churn\n{report}"
    );

    // And no log line of this process holds it (the suite's log, when captured).
    if let Ok(log) = std::env::var("STRIPE_RECOVERY_TEST_LOG") {
        let log = std::fs::read_to_string(log).unwrap();
        assert!(!log.contains("manager said no"), "the comment was logged");
    }
}
