//! The recovery mailer against moto: events go in through the webhook's intake code,
//! come back out of moto's DynamoDB stream as Lambda delivers them, and the mails are
//! read from moto's SES.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aws_sdk_dynamodb::types::AttributeValue;
use integration_tests::*;
use recovery_mailer::{Outcome, RecoveryMailer};
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::ports::{
    CartRecoveryStore, Claim, Inbox, Mailer, OutgoingMail, RecipientStore,
};
use stripe_recovery::recovery::SkipReason;
use stripe_recovery::stream;
use stripe_recovery::stripe::ids::EventId;
use tokio::time::Instant;
use webhook::Webhook;

const MAILER_TYPES: &[&str] = &["checkout.session.expired", "checkout.session.completed"];
const COOLDOWN: i64 = 24 * 3600;

struct Setup {
    table: String,
    webhook: Webhook<DynamoStore>,
    mailer: RecoveryMailer<DynamoStore, SesMailer>,
}

async fn setup(sender: &str) -> Setup {
    setup_with(ses_mailer(sender).await).await
}

async fn setup_with(ses: SesMailer) -> Setup {
    let table = create_table("mailer").await;
    let mailer = recovery_mailer_app(
        mailer_config(&[
            ("RECOVERY_EMAIL_COOLDOWN_HOURS", "24"),
            ("RECOVERY_PROMO_CODE", "COMEBACK10"),
        ]),
        dynamo_store(&table).await,
        ses,
    );
    Setup {
        webhook: webhook_on(&table).await,
        table,
        mailer,
    }
}

impl Setup {
    /// Delivers a Stripe event to the webhook intake, signed as Stripe would.
    async fn deliver(&self, event_id: &str, event_type: &str, session: Value, now: i64) {
        deliver_signed(&self.webhook, event_id, event_type, session, now).await;
    }

    /// The stream records not yet handed to the mailer, as one Lambda event.
    async fn next_batch(&self, seen: &mut usize) -> aws_lambda_events::event::dynamodb::Event {
        let records = stream_records(&self.table).await;
        let new = records[*seen..].to_vec();
        *seen = records.len();
        lambda_stream_event(&new, MAILER_TYPES)
    }

    async fn handle(
        &self,
        event: &aws_lambda_events::event::dynamodb::Event,
        now: i64,
    ) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        stream::run_batch(&self.mailer, self.mailer.store(), event, now, deadline)
            .await
            .batch_item_failures
            .into_iter()
            .map(|f| f.item_identifier.unwrap())
            .collect()
    }

    async fn item(&self, pk: &str) -> Option<HashMap<String, AttributeValue>> {
        dynamodb()
            .await
            .get_item()
            .table_name(&self.table)
            .key("pk", AttributeValue::S(pk.into()))
            .consistent_read(true)
            .send()
            .await
            .unwrap()
            .item
    }
}

fn unique_email(test: &str) -> String {
    format!("jenny.rosen+{test}-{}@example.com", std::process::id())
}

#[tokio::test]
async fn an_expired_session_gets_one_localized_mail_and_the_cooldown_holds() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("once");
    let now = unix_now();
    let mut seen = 0;

    s.deliver(
        "evt_mail_1",
        "checkout.session.expired",
        recoverable_session("cs_test_mail_1", &email, "ja", now),
        now,
    )
    .await;
    let batch = s.next_batch(&mut seen).await;
    assert_eq!(
        batch.records.len(),
        1,
        "the filter passes the expired event"
    );
    assert!(s.handle(&batch, now).await.is_empty(), "no failures");

    let sent = sent_messages_to(&email).await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    let body = sent[0].html();
    assert!(
        body.contains("https://buy.stripe.com/r/test_cs_test_mail_1"),
        "{body}"
    );
    assert!(body.contains("<html lang=\"ja\">"), "{body}");
    assert!(
        body.contains("COMEBACK10"),
        "promo code shown: the session allows codes"
    );
    assert!(
        sent[0].subject().contains("カート"),
        "{}",
        sent[0].subject()
    );
    assert_eq!(sent[0].source, SENDER);
    // The recipient's own link: it names their key (never the address) and the language.
    let [unsubscribe] = &sent[0].header("List-Unsubscribe")[..] else {
        panic!("one List-Unsubscribe header");
    };
    let token = unsubscribe
        .strip_prefix(&format!("<{UNSUBSCRIBE_URL}?t="))
        .and_then(|rest| rest.strip_suffix('>'))
        .unwrap_or_else(|| panic!("{unsubscribe}"));
    let links = stripe_recovery::signed::TokenSigner::new(
        stripe_recovery::signed::Purpose::Unsubscribe,
        UNSUBSCRIBE_LINK_SECRET,
    )
    .unwrap();
    assert_eq!(
        stripe_recovery::unsubscribe::verify(&links, token, now).unwrap(),
        (recipient_key(&email), stripe_recovery::mail::Language::Ja)
    );
    assert_eq!(
        sent[0].header("List-Unsubscribe-Post"),
        ["List-Unsubscribe=One-Click"]
    );

    let recipient = recipient_key(&email);
    let mailed = s
        .item(&format!("recipient#{}", recipient.as_str()))
        .await
        .unwrap();
    assert_eq!(mailed["last_mailed_at"], AttributeValue::N(now.to_string()));
    assert!(!mailed.contains_key("lease_owner"), "lease ended");
    let recovery = s.item("recovery#cs_test_mail_1").await.unwrap();
    assert_eq!(recovery["amount_total"], AttributeValue::N("4200".into()));
    assert_eq!(
        recovery["recipient"],
        AttributeValue::S(recipient.as_str().into())
    );

    // A second abandoned cart of the same recipient, an hour later: inside the cooldown.
    let later = now + 3600;
    s.deliver(
        "evt_mail_2",
        "checkout.session.expired",
        recoverable_session("cs_test_mail_2", &email, "ja", later),
        later,
    )
    .await;
    let batch = s.next_batch(&mut seen).await;
    assert_eq!(batch.records.len(), 1);
    assert!(s.handle(&batch, later).await.is_empty());
    assert_eq!(
        sent_messages_to(&email).await.len(),
        1,
        "no second mail within the cooldown"
    );

    // No item key holds the address.
    for item in scan_all(&s.table).await {
        let pk = item["pk"].as_s().unwrap();
        assert!(!pk.contains("jenny"), "{pk}");
    }
}

#[tokio::test]
async fn a_completed_recovered_session_records_the_conversion_once() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("convert");
    let now = unix_now();
    let mut seen = 0;
    s.deliver(
        "evt_conv_1",
        "checkout.session.expired",
        recoverable_session("cs_test_conv_1", &email, "en", now),
        now,
    )
    .await;
    let batch = s.next_batch(&mut seen).await;
    assert!(s.handle(&batch, now).await.is_empty());

    let mut completed = fixture("checkout.session");
    completed["id"] = json!("cs_test_conv_2");
    completed["status"] = json!("complete");
    completed["created"] = json!(now + 100);
    completed["recovered_from"] = json!("cs_test_conv_1");
    completed["amount_total"] = json!(3900);
    completed["currency"] = json!("usd");
    completed["customer_details"]["email"] = json!(email);
    s.deliver(
        "evt_conv_2",
        "checkout.session.completed",
        completed,
        now + 200,
    )
    .await;
    let batch = s.next_batch(&mut seen).await;
    assert_eq!(batch.records.len(), 1);
    assert!(s.handle(&batch, now + 200).await.is_empty());
    // Redelivered by the stream (a retry): still one conversion.
    assert!(s.handle(&batch, now + 300).await.is_empty());

    let recovery = s.item("recovery#cs_test_conv_1").await.unwrap();
    assert_eq!(
        recovery["converted_session_id"],
        AttributeValue::S("cs_test_conv_2".into())
    );
    assert_eq!(
        recovery["converted_amount_total"],
        AttributeValue::N("3900".into())
    );
    assert_eq!(
        recovery["converted_currency"],
        AttributeValue::S("usd".into())
    );
    assert_eq!(
        recovery["converted_at"],
        AttributeValue::N((now + 200).to_string())
    );
    let purchase = s
        .item(&format!("purchase#{}", recipient_key(&email).as_str()))
        .await
        .unwrap();
    assert_eq!(
        purchase["last_purchase_at"],
        AttributeValue::N((now + 200).to_string()),
        "when it was paid (the event), not when the session was opened"
    );
}

/// The report's cart funnel through the mailer: the expired session recorded with its
/// consent at the first step, and its recovery link recorded as opened when Stripe tells
/// of a session made from it that expired again (the new session's creation is the
/// click), once however often; the cooldown keeps that second cart unmailed.
#[tokio::test]
async fn a_recovery_link_opened_and_abandoned_again_counts_as_opened_once() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("opened");
    let now = unix_now();
    let mut seen = 0;
    s.deliver(
        "evt_open_1",
        "checkout.session.expired",
        recoverable_session("cs_test_open_1", &email, "en", now),
        now,
    )
    .await;
    let batch = s.next_batch(&mut seen).await;
    assert!(s.handle(&batch, now).await.is_empty());
    let recovery = s.item("recovery#cs_test_open_1").await.unwrap();
    assert_eq!(recovery["consent"], AttributeValue::Bool(true));
    assert!(!recovery.contains_key("clicked_at"));

    // Opened ten minutes on; abandoned again, expiring an hour later (Checkout's
    // shortest expiry is 30 minutes).
    let later = now + 70 * 60;
    let mut again = recoverable_session("cs_test_open_2", &email, "en", later);
    again["created"] = json!(now + 600);
    again["recovered_from"] = json!("cs_test_open_1");
    for event in ["evt_open_2", "evt_open_2b"] {
        s.deliver(event, "checkout.session.expired", again.clone(), later)
            .await;
    }
    let batch = s.next_batch(&mut seen).await;
    assert!(s.handle(&batch, later).await.is_empty());
    assert_eq!(
        sent_messages_to(&email).await.len(),
        1,
        "the cooldown holds"
    );
    let recovery = s.item("recovery#cs_test_open_1").await.unwrap();
    assert_eq!(
        recovery["clicked_at"],
        AttributeValue::N((now + 600).to_string())
    );

    let items: Vec<Value> = scan_all(&s.table)
        .await
        .into_iter()
        .map(|item| serde_dynamo::from_item(item).unwrap())
        .collect();
    let model = local::report::ReportModel::from_items(&items);
    let cart = model
        .funnels
        .iter()
        .find(|f| f.flow == local::report::Flow::Cart)
        .unwrap();
    assert_eq!(
        (
            cart.sessions_expired,
            cart.with_consent,
            cart.mailed,
            cart.clicked,
            cart.recovered
        ),
        (Some(2), Some(2), 1, Some(1), 0),
        "{cart:?}"
    );
}

#[tokio::test]
async fn a_cart_paid_in_another_tab_opened_earlier_is_not_mailed() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("tabs");
    let now = unix_now();
    let mut seen = 0;
    // Tab B opened two hours ago, tab A an hour ago; B was paid ten minutes ago.
    let mut tab_b = fixture("checkout.session");
    tab_b["id"] = json!("cs_test_tab_b");
    tab_b["status"] = json!("complete");
    tab_b["created"] = json!(now - 7200);
    tab_b["customer_details"]["email"] = json!(email);
    s.deliver("evt_tab_b", "checkout.session.completed", tab_b, now - 600)
        .await;
    let tab_a = recoverable_session("cs_test_tab_a", &email, "en", now);
    assert_eq!(tab_a["created"], json!(now - 3600));
    s.deliver("evt_tab_a", "checkout.session.expired", tab_a, now)
        .await;
    let batch = s.next_batch(&mut seen).await;
    assert_eq!(batch.records.len(), 2);
    assert!(s.handle(&batch, now).await.is_empty());
    let item = stream::inbox_item(&batch.records[1]).unwrap();
    let outcome = stream::process_item(
        &s.mailer,
        &item,
        now,
        Instant::now() + Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(outcome, Some(Outcome::Skipped(SkipReason::PurchasedSince)));
    assert!(
        sent_messages_to(&email).await.is_empty(),
        "no mail for tab A"
    );
}

#[tokio::test]
async fn too_little_time_left_fails_the_record_before_claiming_anyone() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("late");
    let now = unix_now();
    let session = recoverable_session("cs_test_late", &email, "en", now);
    let item = inbox_item_of(
        &stripe_event("evt_late", "checkout.session.expired", session, now),
        now,
    );
    // A slow step before the claim left one second of the invocation.
    let outcome = stream::process_item(
        &s.mailer,
        &item,
        now,
        Instant::now() + Duration::from_secs(1),
    )
    .await;
    assert!(
        matches!(outcome, Err(recovery_mailer::MailerError::OutOfTime)),
        "{outcome:?}"
    );
    assert!(sent_messages_to(&email).await.is_empty());
    let recipient = s
        .item(&format!("recipient#{}", recipient_key(&email).as_str()))
        .await;
    assert!(recipient.is_none(), "no lease left behind: {recipient:?}");
    // Lambda's retry, with time: the mail goes out.
    let retried = stream::process_item(
        &s.mailer,
        &item,
        now + 5,
        Instant::now() + Duration::from_secs(10),
    )
    .await;
    assert!(
        matches!(retried, Ok(Some(Outcome::Sent { .. }))),
        "{retried:?}"
    );
}

#[tokio::test]
async fn a_mail_whose_record_failed_is_never_sent_again_whatever_the_cooldown() {
    use integration_tests::faults::FaultyStore;
    verify_sender(SENDER).await;
    let table = create_table("lease").await;
    let config = sdk_config().await;
    let ses = || {
        SesMailer::from_sdk_config(
            &config,
            stripe_recovery::mail::Sender::parse(SENDER).unwrap(),
            None,
        )
    };
    let one_hour_cooldown = || mailer_config(&[("RECOVERY_EMAIL_COOLDOWN_HOURS", "1")]);
    let email = unique_email("lease");
    let now = unix_now();
    let session = recoverable_session("cs_test_lease", &email, "en", now + 40 * 86_400);
    let item = inbox_item_of(
        &stripe_event("evt_lease", "checkout.session.expired", session, now),
        now,
    );
    let deadline = || Instant::now() + Duration::from_secs(10);
    // The first attempt: SES accepts, then every try of the record fails.
    let failing = recovery_mailer_app(
        one_hour_cooldown(),
        FaultyStore::new(dynamo_store(&table).await),
        ses(),
    );
    failing.store().fail("record_sent", 100);
    assert!(
        stream::process_item(&failing, &item, now, deadline())
            .await
            .is_err()
    );
    assert_eq!(sent_messages_to(&email).await.len(), 1);
    // Lambda's last retry 23 hours later, a replay days later: long past the 1-hour
    // cooldown and any lease.
    let mailer = recovery_mailer_app(one_hour_cooldown(), dynamo_store(&table).await, ses());
    for later in [now + 23 * 3600, now + 26 * 3600, now + 20 * 86_400] {
        let outcome = stream::process_item(&mailer, &item, later, deadline())
            .await
            .unwrap();
        assert_eq!(
            outcome,
            Some(Outcome::Skipped(SkipReason::AttemptUnfinished))
        );
    }
    assert_eq!(
        sent_messages_to(&email).await.len(),
        1,
        "never a second mail"
    );
}

#[tokio::test]
async fn a_failed_send_releases_the_claim_and_the_retry_sends_once() {
    let sender = format!("shop+retry-{}@example.com", std::process::id());
    let s = setup(&sender).await;
    let email = unique_email("retry");
    let now = unix_now();
    let mut seen = 0;
    s.deliver(
        "evt_retry_1",
        "checkout.session.expired",
        recoverable_session("cs_test_retry_1", &email, "de", now),
        now,
    )
    .await;
    let batch = s.next_batch(&mut seen).await;
    let sequence_number = batch.records[0].change.sequence_number.clone().unwrap();

    // The sender is not verified yet: SES refuses, the record fails, the lease goes back.
    assert_eq!(s.handle(&batch, now).await, vec![sequence_number]);
    assert!(sent_messages_to(&email).await.is_empty());
    let recipient = s
        .item(&format!("recipient#{}", recipient_key(&email).as_str()))
        .await;
    assert!(
        recipient
            .as_ref()
            .is_none_or(|r| !r.contains_key("lease_owner")),
        "claim released: {recipient:?}"
    );

    // Lambda retries the record after the sender is verified: exactly one mail.
    verify_sender(&sender).await;
    assert!(s.handle(&batch, now + 60).await.is_empty());
    assert!(
        s.handle(&batch, now + 120).await.is_empty(),
        "a redelivery changes nothing"
    );
    let sent = sent_messages_to(&email).await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(sent[0].html().contains("<html lang=\"de\">"));
}

#[tokio::test]
async fn two_sessions_of_one_recipient_processed_concurrently_send_one_mail() {
    verify_sender(SENDER).await;
    let s = Arc::new(setup(SENDER).await);
    let email = unique_email("race");
    let now = unix_now();
    for n in 1..=2 {
        s.deliver(
            &format!("evt_race_{n}"),
            "checkout.session.expired",
            recoverable_session(&format!("cs_test_race_{n}"), &email, "en", now),
            now,
        )
        .await;
    }
    let records = stream_records(&s.table).await;
    let first = lambda_stream_event(&records[0..1], MAILER_TYPES);
    let second = lambda_stream_event(&records[1..2], MAILER_TYPES);
    let (a, b) = tokio::join!(s.handle(&first, now), s.handle(&second, now));
    assert!(a.is_empty() || b.is_empty(), "one of them went through");
    // The loser skipped (the winner's send had started: the cooldown), or found the
    // winner's claim live and failed, to be retried: its retry skips.
    for (batch, failed) in [(&first, a), (&second, b)] {
        if !failed.is_empty() {
            assert!(s.handle(batch, now + 5).await.is_empty());
        }
    }
    assert_eq!(sent_messages_to(&email).await.len(), 1);
}

#[tokio::test]
async fn a_crash_between_send_and_record_does_not_mail_twice() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("crash");
    let now = unix_now();
    let session = recoverable_session("cs_test_crash_1", &email, "en", now);
    s.deliver("evt_crash_1", "checkout.session.expired", session, now)
        .await;
    let mut seen = 0;
    let batch = s.next_batch(&mut seen).await;

    // The first attempt's steps up to the crash: claim, send started, SES accepts.
    let recipient = recipient_key(&email);
    let session_id =
        stripe_recovery::stripe::ids::CheckoutSessionId::parse("cs_test_crash_1").unwrap();
    let claim = s
        .mailer
        .store()
        .claim(
            &stripe_recovery::ports::CartStep {
                recipient,
                session: session_id,
                step: 1,
            },
            now,
            now + 300,
            now - COOLDOWN,
        )
        .await
        .unwrap();
    let Claim::Claimed(lease) = claim else {
        panic!("{claim:?}")
    };
    assert_eq!(
        s.mailer.store().start_send(&lease, now).await.unwrap(),
        stripe_recovery::ports::SendStart::Started
    );
    s.mailer
        .mailer()
        .send(
            &OutgoingMail {
                to: email.clone(),
                subject: "first attempt".into(),
                html: "<p>first attempt</p>".into(),
                text: "first attempt".into(),
                list_unsubscribe: None,
                from: None,
                tags: stripe_recovery::mail_events::MailTags {
                    flow: stripe_recovery::mail_events::MailFlow::Cart,
                    kind: "recovery",
                    step: "1".into(),
                },
            },
            Instant::now() + Duration::from_secs(5),
        )
        .await
        .unwrap();
    // …and the process dies here. Lambda retries the record a minute later.
    assert!(s.handle(&batch, now + 60).await.is_empty());
    let item = stripe_recovery::stream::inbox_item(&batch.records[0]).unwrap();
    let outcome = stream::process_item(
        &s.mailer,
        &item,
        now + 120,
        Instant::now() + Duration::from_secs(5),
    )
    .await;
    assert_eq!(
        outcome.unwrap(),
        Some(Outcome::Skipped(SkipReason::AttemptUnfinished))
    );
    assert_eq!(
        sent_messages_to(&email).await.len(),
        1,
        "the crashed attempt's mail only"
    );
}

/// A crash after the claim and before the send started (the function timed out, say):
/// nothing reached SES, and the retry of the same event takes its own claim over and
/// sends at once, without waiting for the claim to expire.
#[tokio::test]
async fn a_crash_before_the_send_started_is_sent_by_the_retry() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("early-crash");
    let now = unix_now();
    let session = recoverable_session("cs_test_early_crash", &email, "en", now);
    s.deliver("evt_early_crash", "checkout.session.expired", session, now)
        .await;
    let mut seen = 0;
    let batch = s.next_batch(&mut seen).await;
    let session_id =
        stripe_recovery::stripe::ids::CheckoutSessionId::parse("cs_test_early_crash").unwrap();
    let claim = s
        .mailer
        .store()
        .claim(
            &stripe_recovery::ports::CartStep {
                recipient: recipient_key(&email),
                session: session_id,
                step: 1,
            },
            now,
            now + 300,
            now - COOLDOWN,
        )
        .await
        .unwrap();
    assert!(matches!(claim, Claim::Claimed(_)), "{claim:?}");
    assert!(s.handle(&batch, now + 10).await.is_empty());
    assert_eq!(sent_messages_to(&email).await.len(), 1);
}

/// A dead-letter replay (or a resent event) can bring a session back days later, after
/// the recipient's cooldown: the session's recorded mail still stops a second one.
#[tokio::test]
async fn a_mailed_session_coming_back_after_the_cooldown_is_not_mailed_again() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("again");
    let now = unix_now();
    let session = recoverable_session("cs_test_again_1", &email, "en", now);
    s.deliver("evt_again_1", "checkout.session.expired", session, now)
        .await;
    let mut seen = 0;
    let batch = s.next_batch(&mut seen).await;
    assert!(s.handle(&batch, now).await.is_empty());
    assert_eq!(sent_messages_to(&email).await.len(), 1);

    // Five days later: the cooldown (24 h) is over, the recovery link (29 days) is live.
    let later = now + 5 * 86_400;
    let item = stream::inbox_item(&batch.records[0]).unwrap();
    let outcome = stream::process_item(
        &s.mailer,
        &item,
        later,
        Instant::now() + Duration::from_secs(5),
    )
    .await;
    assert_eq!(
        outcome.unwrap(),
        Some(Outcome::Skipped(SkipReason::AlreadyMailed))
    );
    assert_eq!(sent_messages_to(&email).await.len(), 1, "still one mail");
}

#[tokio::test]
async fn a_record_with_a_malformed_object_fails_alone() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    let email = unique_email("malformed");
    let now = unix_now();
    s.deliver(
        "evt_ok_1",
        "checkout.session.expired",
        recoverable_session("cs_test_ok_1", &email, "en", now),
        now,
    )
    .await;
    let broken_id = EventId::parse("evt_broken_1").unwrap();
    let broken = InboxItem {
        pk: InboxItem::key(&broken_id),
        event_id: broken_id,
        event_type: HandledType::CheckoutSessionExpired,
        created: now,
        livemode: false,
        api_version: None,
        object: Some(r#"{"id": 42, "not": "a session"#.into()),
        object_omitted: false,
        received_at: now,
        ttl: now + 86_400,
    };
    s.webhook
        .intake()
        .inbox()
        .record_new(&broken)
        .await
        .unwrap();
    let odd_id = EventId::parse("evt_odd_1").unwrap();
    let unknown_object = InboxItem {
        pk: InboxItem::key(&odd_id),
        event_id: odd_id,
        object: Some(r#"{"object":"invoice","id":"in_1"}"#.into()),
        ..broken.clone()
    };
    s.webhook
        .intake()
        .inbox()
        .record_new(&unknown_object)
        .await
        .unwrap();

    let mut seen = 0;
    let batch = s.next_batch(&mut seen).await;
    assert_eq!(batch.records.len(), 3);
    let failures = s.handle(&batch, now).await;
    let expected: Vec<String> = batch.records[1..]
        .iter()
        .map(|r| r.change.sequence_number.clone().unwrap())
        .collect();
    assert_eq!(failures, expected, "exactly the two bad records");
    assert_eq!(
        sent_messages_to(&email).await.len(),
        1,
        "the good record still mailed"
    );
}

/// The recipient's lease owner, if a lease is held.
async fn lease_owner(s: &Setup, email: &str) -> Option<String> {
    s.item(&format!("recipient#{}", recipient_key(email).as_str()))
        .await
        .and_then(|r| r.get("lease_owner").cloned())
        .map(|owner| owner.as_s().unwrap().clone())
}

#[tokio::test]
async fn a_recipient_ses_rejects_is_skipped_released_and_the_shard_moves_on() {
    verify_sender(SENDER).await;
    let s = setup(SENDER).await;
    // Stripe checks addresses, but not as SES does: moto refuses one without a domain.
    let email = format!("jenny.rosen.rejected-{}", std::process::id());
    let now = unix_now();
    let mut seen = 0;
    s.deliver(
        "evt_rejected_1",
        "checkout.session.expired",
        recoverable_session("cs_test_rejected_1", &email, "en", now),
        now,
    )
    .await;
    let batch = s.next_batch(&mut seen).await;
    assert!(s.handle(&batch, now).await.is_empty(), "not a failure");
    let item = stripe_recovery::stream::inbox_item(&batch.records[0]).unwrap();
    let outcome = stream::process_item(
        &s.mailer,
        &item,
        now + 60,
        Instant::now() + Duration::from_secs(10),
    )
    .await
    .unwrap();
    assert_eq!(outcome, Some(Outcome::Skipped(SkipReason::Rejected)));
    assert_eq!(lease_owner(&s, &email).await, None, "lease released");
    assert!(sent_messages_to(&email).await.is_empty());
}

#[tokio::test]
async fn a_send_that_may_have_reached_ses_stays_maybe_sent_and_is_not_repeated() {
    use integration_tests::ses_fake::{Reply, SesFake};
    use stripe_recovery::mail::Sender;

    let fake = SesFake::start([Reply::Drop]).await;
    let s = setup_with(SesMailer::from_sdk_config(
        &fake.sdk_config().await,
        Sender::parse(SENDER).unwrap(),
        None,
    ))
    .await;
    let email = unique_email("unknown");
    let now = unix_now();
    let mut seen = 0;
    s.deliver(
        "evt_unknown_1",
        "checkout.session.expired",
        recoverable_session("cs_test_unknown_1", &email, "en", now),
        now,
    )
    .await;
    let batch = s.next_batch(&mut seen).await;
    let sequence_number = batch.records[0].change.sequence_number.clone().unwrap();

    // The connection drops after SES read the request: maybe sent. Nothing more is to be
    // done for it, so the record succeeds; the session is marked, and its cooldown runs.
    assert!(s.handle(&batch, now).await.is_empty());
    let _ = sequence_number;
    let mark = s.item("recovery#cs_test_unknown_1").await.expect("marked");
    let step = mark["step_1"].as_m().unwrap();
    assert_eq!(step["state"].as_s().unwrap(), "sending");
    assert_eq!(
        s.mailer
            .store()
            .recipient_state(&recipient_key(&email))
            .await
            .unwrap()
            .last_mailed_at,
        Some(now)
    );
    // A redelivery (or a replay, any day) finds the unfinished attempt and does not send
    // again.
    let item = stripe_recovery::stream::inbox_item(&batch.records[0]).unwrap();
    for later in [now + 60, now + 20 * 86_400] {
        let outcome = stream::process_item(
            &s.mailer,
            &item,
            later,
            Instant::now() + Duration::from_secs(10),
        )
        .await
        .unwrap();
        assert_eq!(
            outcome,
            Some(Outcome::Skipped(SkipReason::AttemptUnfinished))
        );
    }
    assert_eq!(fake.requests().len(), 1, "one SendEmail, never repeated");
}

/// The lifecycle replay's seed 1900: SES accepted a cart's only mail and the answer was
/// lost, so its step stayed "maybe sent"; the shopper bought through the mail's recovery
/// link, and the click and the conversion were recorded, but the report counted the
/// cart as never mailed: a recovery in the month's recoveries, in no funnel's "link
/// opened" and in no lift group. The link comes only in that mail: it went out.
#[tokio::test]
async fn a_maybe_sent_cart_bought_through_its_link_is_a_mailed_cart_whose_link_was_opened() {
    use integration_tests::faults::{FaultyMailer, MailFault};

    verify_sender(SENDER).await;
    let table = create_table("mailer-maybe-bought").await;
    let mailer = recovery_mailer_app(
        mailer_config(&[]),
        dynamo_store(&table).await,
        FaultyMailer::new(ses_mailer(SENDER).await),
    );
    mailer.mailer().fail_next(MailFault::AcceptThenTimeout);
    let email = unique_email("maybebought");
    let now = unix_now();
    let deadline = || Instant::now() + Duration::from_secs(30);
    let session = recoverable_session("cs_test_maybe_bought_1", &email, "en", now);
    let expired = inbox_item_of(
        &stripe_event(
            "evt_maybe_bought_1",
            "checkout.session.expired",
            session,
            now,
        ),
        now,
    );
    let outcome = stream::process_item(&mailer, &expired, now, deadline()).await;
    assert!(
        matches!(outcome, Ok(Some(Outcome::MaybeSent { step: 1, .. }))),
        "{outcome:?}"
    );
    assert_eq!(sent_messages_to(&email).await.len(), 1, "SES took it");

    let paid = now + 3600;
    let mut completed = fixture("checkout.session");
    completed["id"] = json!("cs_test_maybe_bought_2");
    completed["status"] = json!("complete");
    completed["created"] = json!(paid - 600);
    completed["recovered_from"] = json!("cs_test_maybe_bought_1");
    completed["amount_total"] = json!(4200);
    completed["currency"] = json!("usd");
    completed["customer_details"]["email"] = json!(email);
    let completed = inbox_item_of(
        &stripe_event(
            "evt_maybe_bought_2",
            "checkout.session.completed",
            completed,
            paid,
        ),
        paid,
    );
    stream::process_item(&mailer, &completed, paid, deadline())
        .await
        .unwrap();

    let items: Vec<Value> = scan_all(&table)
        .await
        .into_iter()
        .map(|item| serde_dynamo::from_item(item).unwrap())
        .collect();
    let recovery = items
        .iter()
        .find(|item| item["pk"] == "recovery#cs_test_maybe_bought_1")
        .unwrap();
    assert_eq!(recovery["step_1"]["state"], "sending", "{recovery}");
    assert_eq!(recovery["clicked_at"], json!(paid - 600));
    assert_eq!(recovery["converted_after_step"], json!(1));
    let model = local::report::ReportModel::from_items(&items);
    let cart = model
        .funnels
        .iter()
        .find(|f| f.flow == local::report::Flow::Cart)
        .unwrap();
    assert_eq!(
        (
            cart.sessions_expired,
            cart.with_consent,
            cart.mailed,
            cart.clicked,
            cart.recovered
        ),
        (Some(1), Some(1), 1, Some(1), 1),
        "{cart:?}"
    );
}

/// An address `HOLDOUT_PERCENT=50` holds out (`true`) or mails (`false`).
fn address_in_group(test: &str, held_out: bool) -> String {
    let holdout = stripe_recovery::holdout::Holdout::parse_percent("50").unwrap();
    (0..)
        .map(|n| unique_email(&format!("{test}{n}")))
        .find(|email| holdout.holds_out(&recipient_key(email)) == held_out)
        .unwrap()
}

#[tokio::test]
async fn a_held_out_recipient_is_recorded_never_mailed_and_their_purchase_counted_apart() {
    verify_sender(SENDER).await;
    let table = create_table("holdout").await;
    let mailer = recovery_mailer_app(
        mailer_config(&[("HOLDOUT_PERCENT", "50")]),
        dynamo_store(&table).await,
        ses_mailer(SENDER).await,
    );
    let (held, mailed) = (
        address_in_group("held", true),
        address_in_group("mailed", false),
    );
    let now = unix_now();
    let cart = |id: &str, email: &str| recoverable_session(id, email, "en", now);
    let expired = |event: &'static str, id: &'static str, email: &str| {
        process_event(
            &mailer,
            event,
            "checkout.session.expired",
            cart(id, email),
            now,
        )
    };

    let outcome = expired("evt_hold_1", "cs_test_hold_1", &held).await;
    assert_eq!(outcome, Ok(Outcome::Skipped(SkipReason::HeldOut)));
    // Delivered again: still held out, still the first time recorded.
    let again = process_event(
        &mailer,
        "evt_hold_1",
        "checkout.session.expired",
        cart("cs_test_hold_1", &held),
        now + 600,
    )
    .await;
    assert_eq!(again, Ok(Outcome::Skipped(SkipReason::HeldOut)));
    let outcome = expired("evt_hold_2", "cs_test_hold_2", &mailed).await;
    assert!(
        matches!(outcome, Ok(Outcome::Sent { step: 1, .. })),
        "{outcome:?}"
    );
    assert!(
        sent_messages_to(&held).await.is_empty(),
        "a held-out cart was mailed"
    );
    assert_eq!(sent_messages_to(&mailed).await.len(), 1);

    let item = |pk: &'static str| {
        let table = table.clone();
        async move {
            dynamodb()
                .await
                .get_item()
                .table_name(table)
                .key("pk", AttributeValue::S(pk.into()))
                .consistent_read(true)
                .send()
                .await
                .unwrap()
                .item
        }
    };
    let record = item("recovery#cs_test_hold_1").await.unwrap();
    assert_eq!(record["held_out_at"], AttributeValue::N(now.to_string()));
    assert_eq!(record["amount_total"], AttributeValue::N("4200".into()));
    assert!(!record.contains_key("step_1"), "{record:?}");
    assert!(
        item("schedule#cart#cs_test_hold_1#2").await.is_none(),
        "the held-out cart's sequence went on"
    );
    assert!(item("schedule#cart#cs_test_hold_2#2").await.is_some());

    // Bought back anyway: the held-out group's recovery, credited to no mail.
    let mut completed = fixture("checkout.session");
    completed["id"] = json!("cs_test_hold_paid");
    completed["status"] = json!("complete");
    completed["recovered_from"] = json!("cs_test_hold_1");
    completed["amount_total"] = json!(3900);
    completed["currency"] = json!("usd");
    completed["customer_details"]["email"] = json!(held);
    let outcome = process_event(
        &mailer,
        "evt_hold_3",
        "checkout.session.completed",
        completed,
        now + 3600,
    )
    .await;
    assert_eq!(
        outcome,
        Ok(Outcome::Completed {
            conversion: Some(stripe_recovery::ports::Conversion::HeldOut)
        })
    );
    let record = item("recovery#cs_test_hold_1").await.unwrap();
    assert_eq!(
        record["converted_at"],
        AttributeValue::N((now + 3600).to_string())
    );
    assert!(!record.contains_key("converted_after_step"), "{record:?}");
}
