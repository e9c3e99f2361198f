//! Faults: SES throttling that recovers, and Stripe failing for longer than the budget.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use integration_tests::stripe_fake::{Canned, StripeFake};
use integration_tests::*;
use recovery_mailer::Outcome;
use serde_json::json;
use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::ports::{MailError, Mailer, OutgoingMail};
use stripe_recovery::stream::process_item;
use stripe_recovery::time::call_budget;
use tokio::time::Instant;

/// SES answering `Throttling` a number of times, then the real SES (moto) behind it.
struct ThrottledThenRecovering {
    throttles_left: AtomicU32,
    ses: SesMailer,
}

impl Mailer for ThrottledThenRecovering {
    async fn send(&self, mail: &OutgoingMail, deadline: Instant) -> Result<String, MailError> {
        if self
            .throttles_left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
        {
            return Err(MailError::Throttled(
                "Throttling: Maximum sending rate exceeded.".into(),
            ));
        }
        self.ses.send(mail, deadline).await
    }
}

#[tokio::test]
async fn ses_throttled_then_recovering_sends_exactly_one_mail() {
    verify_sender(SENDER).await;
    let table = create_table("faults").await;
    let mailer = recovery_mailer_app(
        mailer_config(&[]),
        dynamo_store(&table).await,
        ThrottledThenRecovering {
            throttles_left: AtomicU32::new(2),
            ses: ses_mailer(SENDER).await,
        },
    );
    let email = format!("throttled-{}@example.com", std::process::id());
    let now = unix_now();
    let session = recoverable_session("cs_test_throttled", &email, "en", now);
    let item = inbox_item_of(
        &stripe_event("evt_throttled", "checkout.session.expired", session, now),
        now,
    );
    let deadline = || Instant::now() + Duration::from_secs(5);

    // Lambda retries the failed record: twice throttled, then sent, then a redelivery.
    assert!(process_item(&mailer, &item, now, deadline()).await.is_err());
    assert!(
        process_item(&mailer, &item, now + 1, deadline())
            .await
            .is_err()
    );
    let sent = process_item(&mailer, &item, now + 2, deadline()).await;
    assert!(matches!(sent, Ok(Some(Outcome::Sent { .. }))), "{sent:?}");
    let again = process_item(&mailer, &item, now + 3, deadline()).await;
    assert!(matches!(again, Ok(Some(Outcome::Skipped(_)))), "{again:?}");
    assert_eq!(sent_messages_to(&email).await.len(), 1);
}

#[tokio::test]
async fn stripe_failing_longer_than_the_budget_fails_the_record_before_lambdas_timeout() {
    let fake = StripeFake::start().await;
    fake.script(vec![
        Canned::error(503, "api_error", None, "Unavailable");
        50
    ]);
    // The client's real retry schedule (0.5 s doubling to 5 s, 5 attempts) would take
    // about 7 s; the function here has a 3 s Lambda timeout.
    let canceller = SetupIntentCanceller::from_config(CancellerConfig {
        stripe: Some(fake.config()),
    });
    let lambda_timeout = Duration::from_secs(3);
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    let lambda_deadline_ms = now_ms + lambda_timeout.as_millis() as u64;
    let budget = call_budget(Some(lambda_deadline_ms), now_ms, Duration::from_secs(60));
    let started = std::time::Instant::now();
    let mut subscription = fixture("subscription");
    subscription["pending_setup_intent"] = json!("seti_1Slow");
    let now = unix_now();
    let item = inbox_item_of(
        &stripe_event(
            "evt_slow",
            "customer.subscription.deleted",
            subscription,
            now,
        ),
        now,
    );
    let result = process_item(&canceller, &item, now, tokio::time::Instant::now() + budget).await;
    let elapsed = started.elapsed();
    assert!(result.is_err(), "the record fails so Lambda retries it");
    assert!(
        elapsed < lambda_timeout,
        "failed after {elapsed:?}, past the {lambda_timeout:?} timeout"
    );
    assert!(fake.requests().len() >= 2, "it retried within the budget");
}

#[tokio::test]
async fn a_hung_stripe_attempt_is_cut_off_and_retried_within_the_deadline() {
    let fake = StripeFake::start().await;
    let mut event = fixture("event");
    event["id"] = json!("evt_hung");
    // The first connection hangs far longer than the invocation has.
    fake.script([Canned::new(200, event).after(Duration::from_secs(60))]);
    let mut config = fake.config();
    // A short cap keeps the test quick; the default (5 s) is checked below.
    config.retry.attempt_timeout = Duration::from_millis(300);
    let client = stripe_recovery::stripe::client::StripeClient::new(config);
    let started = std::time::Instant::now();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let id = stripe_recovery::stripe::ids::EventId::parse("evt_hung").unwrap();
    let object = client.event_object(&id, deadline).await;
    assert!(object.is_ok(), "{object:?}");
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(3), "took {elapsed:?}");
    assert_eq!(
        fake.requests().len(),
        2,
        "the hung attempt, then one that answered"
    );
    let default = stripe_recovery::stripe::client::RetryPolicy::default();
    assert!(default.attempt_timeout <= Duration::from_secs(5));
}
