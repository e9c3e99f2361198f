//! The setup-intent canceller against the Stripe fake: every outcome Stripe can give,
//! one idempotency key per event, and partial batch failures.

use std::time::Duration;

use integration_tests::stripe_fake::{Canned, FAKE_SECRET_KEY, StripeFake};
use integration_tests::*;
use serde_json::{Value, json};
use setup_intent_canceller::config::CancellerConfig;
use setup_intent_canceller::{CancelError, Cancellation, SetupIntentCanceller};
use stripe_recovery::inbox::InboxItem;
use stripe_recovery::stream;
use stripe_recovery::stripe::client::{DEFAULT_API_VERSION, RetryPolicy};
use stripe_recovery::stripe::ids::SetupIntentId;
use tokio::time::Instant;

fn canceller(fake: &StripeFake) -> SetupIntentCanceller {
    let mut stripe = fake.config();
    // Short pauses keep the retry tests quick; the schedule itself is unit-tested.
    stripe.retry = RetryPolicy {
        max_attempts: 3,
        initial_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(50),
        ..RetryPolicy::default()
    };
    SetupIntentCanceller::from_config(CancellerConfig {
        stripe: Some(stripe),
    })
}

fn seti(id: &str) -> SetupIntentId {
    SetupIntentId::parse(id).unwrap()
}

/// One inbox item through the stream runner, as Lambda would run it.
async fn process(
    canceller: &SetupIntentCanceller,
    item: &InboxItem,
) -> Result<Cancellation, CancelError> {
    stream::process_item(canceller, item, unix_now(), deadline())
        .await
        .map(|outcome| outcome.expect("a handled type"))
}

fn deleted(event_id: &str, pending_setup_intent: Value) -> InboxItem {
    let mut subscription = fixture("subscription");
    subscription["status"] = json!("canceled");
    subscription["pending_setup_intent"] = pending_setup_intent;
    let now = unix_now();
    inbox_item_of(
        &stripe_event(event_id, "customer.subscription.deleted", subscription, now),
        now,
    )
}

fn deadline() -> Instant {
    Instant::now() + Duration::from_secs(10)
}

#[tokio::test]
async fn cancels_the_pending_setup_intent_with_an_event_derived_key() {
    let fake = StripeFake::start().await;
    let item = deleted("evt_sub_1", json!("seti_1Pending"));
    let outcome = process(&canceller(&fake), &item).await.unwrap();
    assert_eq!(
        outcome,
        Cancellation::Cancelled {
            setup_intent: seti("seti_1Pending")
        }
    );
    let [request] = fake.requests().try_into().unwrap();
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1/setup_intents/seti_1Pending/cancel");
    assert_eq!(
        request.form,
        vec![("cancellation_reason".to_string(), "abandoned".to_string())]
    );
    assert_eq!(
        request.header("idempotency-key"),
        Some("evt_sub_1:cancel-pending-setup-intent")
    );
    assert_eq!(request.header("stripe-version"), Some(DEFAULT_API_VERSION));
    assert_eq!(
        request.header("authorization"),
        Some(format!("Bearer {FAKE_SECRET_KEY}").as_str())
    );
}

#[tokio::test]
async fn an_expanded_pending_setup_intent_uses_its_id() {
    let fake = StripeFake::start().await;
    let item = deleted("evt_sub_expanded", fixture("setup_intent"));
    let outcome = process(&canceller(&fake), &item).await.unwrap();
    assert_eq!(
        outcome,
        Cancellation::Cancelled {
            setup_intent: seti("seti_1Pgag7B7WZ01zgkWSgwGdb8Z")
        }
    );
    assert_eq!(
        fake.requests()[0].path,
        "/v1/setup_intents/seti_1Pgag7B7WZ01zgkWSgwGdb8Z/cancel"
    );
}

#[tokio::test]
async fn no_pending_setup_intent_means_no_call() {
    let fake = StripeFake::start().await;
    let item = deleted("evt_sub_none", Value::Null);
    let outcome = process(&canceller(&fake), &item).await.unwrap();
    assert_eq!(outcome, Cancellation::NothingPending);
    assert!(fake.requests().is_empty());
}

#[tokio::test]
async fn stripes_answers_map_to_outcomes() {
    let unexpected_state =
        "You cannot cancel this SetupIntent because it has a status of succeeded.";
    let cases: Vec<(&str, Canned, Result<Cancellation, &str>)> = vec![
        (
            "already cancelled or succeeded",
            Canned::error(
                400,
                "invalid_request_error",
                Some("setup_intent_unexpected_state"),
                unexpected_state,
            ),
            Ok(Cancellation::AlreadyFinal {
                setup_intent: seti("seti_1Pending"),
                message: unexpected_state.into(),
            }),
        ),
        (
            "no such setup intent",
            Canned::error(
                404,
                "invalid_request_error",
                Some("resource_missing"),
                "No such setupintent",
            ),
            Ok(Cancellation::Missing {
                setup_intent: seti("seti_1Pending"),
            }),
        ),
        (
            "key without permission",
            Canned::error(
                403,
                "invalid_request_error",
                None,
                "The provided key does not have access",
            ),
            Err("403"),
        ),
        (
            "invalid key",
            Canned::error(
                401,
                "invalid_request_error",
                None,
                "Invalid API Key provided",
            ),
            Err("401"),
        ),
        (
            "another 400",
            Canned::error(
                400,
                "invalid_request_error",
                Some("parameter_invalid"),
                "Bad",
            ),
            Err("400"),
        ),
    ];
    for (name, answer, expected) in cases {
        let fake = StripeFake::start().await;
        fake.script([answer]);
        let item = deleted("evt_sub_cases", json!("seti_1Pending"));
        let got = process(&canceller(&fake), &item).await;
        match expected {
            Ok(outcome) => assert_eq!(got.unwrap(), outcome, "{name}"),
            Err(status) => {
                let err = got.expect_err(name).to_string();
                assert!(err.contains(status), "{name}: {err}");
                assert!(
                    !err.contains(FAKE_SECRET_KEY),
                    "{name}: the key never appears"
                );
            }
        }
        assert_eq!(fake.requests().len(), 1, "{name}: 4xx are not retried");
    }
}

#[tokio::test]
async fn retries_and_redeliveries_carry_one_idempotency_key() {
    let fake = StripeFake::start().await;
    fake.script([
        Canned::error(500, "api_error", None, "Something went wrong"),
        Canned::error(409, "idempotency_error", None, "Concurrent request"),
    ]);
    let canceller = canceller(&fake);
    let item = deleted("evt_sub_retry", json!("seti_1Pending"));
    process(&canceller, &item).await.unwrap();
    // The same record again (Lambda redelivers it after a timeout, say).
    process(&canceller, &item).await.unwrap();
    let keys: Vec<String> = fake
        .requests()
        .iter()
        .map(|r| r.header("idempotency-key").unwrap().to_owned())
        .collect();
    assert_eq!(keys.len(), 4, "500 and 409 retried, then one redelivery");
    assert!(
        keys.iter()
            .all(|k| k == "evt_sub_retry:cancel-pending-setup-intent"),
        "{keys:?}"
    );
}

#[tokio::test]
async fn stripe_failing_past_the_retries_fails_the_record() {
    let fake = StripeFake::start().await;
    fake.script(vec![
        Canned::error(503, "api_error", None, "Unavailable");
        3
    ]);
    let item = deleted("evt_sub_down", json!("seti_1Pending"));
    let err = process(&canceller(&fake), &item).await.unwrap_err();
    assert!(err.to_string().contains("503"), "{err}");
    assert_eq!(fake.requests().len(), 3, "max_attempts");
}

#[tokio::test]
async fn in_a_batch_of_three_only_the_failing_middle_record_is_reported() {
    let fake = StripeFake::start().await;
    let items = [
        deleted("evt_batch_1", json!("seti_1First")),
        deleted("evt_batch_2", json!("seti_2Second")),
        deleted("evt_batch_3", json!("seti_3Third")),
    ];
    // The first call succeeds by default; the second (record 2) fails with a 401, which
    // is not retried; the third succeeds by default.
    fake.script([
        Canned::new(200, fixture("setup_intent")),
        Canned::error(
            401,
            "invalid_request_error",
            None,
            "Invalid API Key provided",
        ),
    ]);
    let response = stream::run_batch(
        &canceller(&fake),
        &stripe_recovery::ports::NoJournal,
        &stream_event_of(&items),
        unix_now(),
        deadline(),
    )
    .await;
    let failed: Vec<_> = response
        .batch_item_failures
        .into_iter()
        .map(|f| f.item_identifier.unwrap())
        .collect();
    assert_eq!(failed, vec!["2".to_string()]);
    let paths: Vec<String> = fake.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/v1/setup_intents/seti_1First/cancel",
            "/v1/setup_intents/seti_2Second/cancel",
            "/v1/setup_intents/seti_3Third/cancel",
        ]
    );
}

#[tokio::test]
async fn an_event_stored_without_its_object_is_refetched_from_stripe() {
    let fake = StripeFake::start().await;
    let mut subscription = fixture("subscription");
    subscription["pending_setup_intent"] = json!("seti_1Refetched");
    let mut event = fixture("event");
    event["type"] = json!("customer.subscription.deleted");
    event["data"]["object"] = subscription;
    fake.script([Canned::new(200, event)]);
    let mut item = deleted("evt_sub_big", Value::Null);
    item.object = None;
    item.object_omitted = true;
    let outcome = process(&canceller(&fake), &item).await.unwrap();
    assert_eq!(
        outcome,
        Cancellation::Cancelled {
            setup_intent: seti("seti_1Refetched")
        }
    );
    let requests = fake.requests();
    assert_eq!(
        (requests[0].method.as_str(), requests[0].path.as_str()),
        ("GET", "/v1/events/evt_sub_big")
    );
    assert_eq!(requests[1].path, "/v1/setup_intents/seti_1Refetched/cancel");
}
