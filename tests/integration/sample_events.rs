//! The files in `events/` are what users feed to `sam local invoke` and the emulator:
//! they must be real-shaped, signed with the README's sample secret, and accepted.

use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::stream;
use stripe_recovery::stripe::signature::{SignatureHeader, WebhookSecret};
use webhook::Webhook;
use webhook::config::WebhookConfig;

fn sample(name: &str) -> String {
    let path = format!("{}/../events/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[tokio::test]
async fn the_webhook_sample_is_signed_with_the_sample_secret_and_recorded() {
    let raw = sample("webhook-checkout-session-expired.json");
    let event: Value = serde_json::from_str(&raw).unwrap();
    let body = event["body"].as_str().unwrap();
    let stripe_event: Value = serde_json::from_str(body).unwrap();
    assert_eq!(stripe_event["type"], "checkout.session.expired");
    assert!(
        (3_000..4_000).contains(&body.len()),
        "about 3.4 KB, like the benchmark"
    );

    let signed_at = SignatureHeader::parse(event["headers"]["stripe-signature"].as_str().unwrap())
        .unwrap()
        .timestamp;
    let table = create_table("samples").await;
    let webhook = Webhook::from_config(
        WebhookConfig {
            table_name: table.clone(),
            secrets: vec![WebhookSecret::parse(SAMPLE_WEBHOOK_SECRET).unwrap()],
            tolerance_secs: 300,
        },
        dynamo_store(&table).await,
    );
    let request = lambda_http::request::from_str(&raw).unwrap();
    let response = webhook.handle(request, signed_at + 1).await;
    assert_eq!(
        response_json(&response),
        (200, json!({"received": true, "duplicate": false}))
    );
    assert_eq!(scan_all(&table).await.len(), 1);
}

#[tokio::test]
async fn the_create_session_sample_creates_a_session_at_the_fake() {
    use integration_tests::stripe_fake::StripeFake;

    let fake = StripeFake::start().await;
    let (app, _) = create_session_app(
        &fake.base_url(),
        &[
            ("ALLOWED_PRICES", "price_1SampleTshirt"),
            ("SUCCESS_URL", "https://shop.example/thanks"),
        ],
    )
    .await;
    let request = lambda_http::request::from_str(&sample("create-session-request.json")).unwrap();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let response = app.handle(request, unix_now(), deadline).await;
    let (status, body) = response_json(&response);
    assert_eq!(status, 201, "{body}");
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].header("idempotency-key"),
        Some("storefront:cart-0001-checkout")
    );
    assert_eq!(requests[0].param("locale"), Some("ja"));
}

#[tokio::test]
async fn the_mailer_sample_is_a_lambda_stream_event_that_mails_once() {
    let event: aws_lambda_events::event::dynamodb::Event =
        serde_json::from_str(&sample("recovery-mailer-checkout-session-expired.json")).unwrap();
    assert_eq!(event.records.len(), 1);
    let item = stripe_recovery::stream::inbox_item(&event.records[0]).unwrap();
    assert_eq!(item.event_type.as_str(), "checkout.session.expired");

    let sender = format!("shop+samples-{}@example.com", std::process::id());
    verify_sender(&sender).await;
    let table = create_table("samples-mailer").await;
    let mailer = recovery_mailer_app(
        mailer_config(&[]),
        dynamo_store(&table).await,
        ses_mailer(&sender).await,
    );
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let response = stream::run_batch(&mailer, mailer.store(), &event, unix_now(), deadline).await;
    assert!(response.batch_item_failures.is_empty());
    let to_sample_recipient: Vec<SentMail> = sent_messages_to("jenny.rosen@example.com")
        .await
        .into_iter()
        .filter(|m| m.source == sender)
        .collect();
    assert_eq!(to_sample_recipient.len(), 1);
}

#[tokio::test]
async fn the_canceller_sample_cancels_its_pending_setup_intent_at_the_fake() {
    use integration_tests::stripe_fake::StripeFake;
    use setup_intent_canceller::config::CancellerConfig;
    use setup_intent_canceller::{Cancellation, SetupIntentCanceller};
    use stripe_recovery::stripe::ids::SetupIntentId;

    let event: aws_lambda_events::event::dynamodb::Event =
        serde_json::from_str(&sample("setup-intent-canceller-subscription-deleted.json")).unwrap();
    let item = stripe_recovery::stream::inbox_item(&event.records[0]).unwrap();
    assert_eq!(item.event_type.as_str(), "customer.subscription.deleted");
    let fake = StripeFake::start().await;
    let canceller = SetupIntentCanceller::from_config(CancellerConfig {
        stripe: Some(fake.config()),
    });
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let outcome = stream::process_item(&canceller, &item, unix_now(), deadline)
        .await
        .unwrap();
    assert_eq!(
        outcome,
        Some(Cancellation::Cancelled {
            setup_intent: SetupIntentId::parse("seti_1SamplePendingSetupIntent").unwrap()
        })
    );
}

#[tokio::test]
async fn the_unsubscribe_sample_minted_in_python_suppresses_the_mailers_key_for_its_address() {
    use stripe_recovery::recipient::RecipientKeyer;
    use unsubscribe::Unsubscribe;
    use unsubscribe::config::UnsubscribeConfig;

    let table = create_table("samples-unsubscribe").await;
    // The local runner's defaults, which the sample was signed and keyed with.
    let config = UnsubscribeConfig::from_env(&env_of(&[
        ("TABLE_NAME", &table),
        (
            "UNSUBSCRIBE_LINK_SECRET",
            local::LOCAL_UNSUBSCRIBE_LINK_SECRET,
        ),
    ]))
    .unwrap();
    let app = Unsubscribe::from_config(config, dynamo_store(&table).await);
    let request = lambda_http::request::from_str(&sample("unsubscribe-one-click.json")).unwrap();
    let response = app.handle(request, unix_now()).await;
    assert_eq!(response.status(), 200);
    // The token's format and the recipient key, written by another language, agree with
    // ours: the suppression lands on the key the mailer computes for the address.
    let key = RecipientKeyer::new(local::LOCAL_RECIPIENT_KEY_PEPPER)
        .unwrap()
        .key("jenny.rosen@example.com");
    let items = scan_all(&table).await;
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0]["pk"].as_s().unwrap(),
        &format!("suppression#{}", key.as_str())
    );
}

#[tokio::test]
async fn the_portal_link_sample_minted_in_python_opens_a_session_at_the_fake() {
    use integration_tests::stripe_fake::StripeFake;
    use portal_link::PortalLinkFunction;
    use portal_link::config::PortalConfig;

    let fake = StripeFake::start().await;
    let mut config = PortalConfig::from_env(&env_of(&[
        ("PORTAL_LINK_SECRET", local::LOCAL_PORTAL_LINK_SECRET),
        ("PORTAL_RETURN_URL", "https://shop.example/account"),
    ]))
    .unwrap();
    config.stripe = Some(fake.config());
    let app = PortalLinkFunction::from_config(config);
    let request =
        lambda_http::request::from_str(&sample("portal-link-payment-method-update.json")).unwrap();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let response = app.handle(request, unix_now(), deadline).await;
    assert_eq!(response.status(), 303);
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].param("customer"),
        fixture("billing_portal.session")["customer"].as_str()
    );
    assert_eq!(
        requests[0].param("flow_data[type]"),
        Some("payment_method_update")
    );
    assert_eq!(requests[0].param("locale"), Some("de"));
}

#[tokio::test]
async fn every_billing_webhook_sample_is_signed_and_recorded() {
    let table = create_table("billing-samples").await;
    let webhook = Webhook::from_config(
        WebhookConfig {
            table_name: table.clone(),
            secrets: vec![WebhookSecret::parse(SAMPLE_WEBHOOK_SECRET).unwrap()],
            tolerance_secs: 300,
        },
        dynamo_store(&table).await,
    );
    let types = [
        "invoice.payment_failed",
        "invoice.payment_action_required",
        "invoice.paid",
        "invoice.upcoming",
        "customer.subscription.trial_will_end",
        "customer.subscription.updated",
        "setup_intent.setup_failed",
        "invoice.overdue",
    ];
    for event_type in types {
        let name = format!("webhook-{}.json", event_type.replace(['.', '_'], "-"));
        let raw = sample(&name);
        let event: Value = serde_json::from_str(&raw).unwrap();
        let signed_at =
            SignatureHeader::parse(event["headers"]["stripe-signature"].as_str().unwrap())
                .unwrap()
                .timestamp;
        let response = webhook
            .handle(lambda_http::request::from_str(&raw).unwrap(), signed_at + 1)
            .await;
        assert_eq!(
            response_json(&response),
            (200, json!({"received": true, "duplicate": false})),
            "{name}"
        );
    }
    let items = scan_all(&table).await;
    assert_eq!(items.len(), types.len(), "each recorded");
    // The customer's comment on cancelling is kept as its length only.
    let stored = format!("{items:?}");
    assert!(!stored.contains("Too expensive for us"), "{stored}");
    assert!(stored.contains("comment_length"), "{stored}");
}

/// The billing stream samples against the Stripe fake holding events/stripe/: each does
/// what the README's story says, once.
#[tokio::test]
async fn the_billing_samples_mail_once_from_the_objects_in_events_stripe() {
    use billing_recovery::decide::{BillingKind, Skip};
    use billing_recovery::{BillingRecovery, Outcome};
    use integration_tests::stripe_fake::StripeFake;

    verify_sender("billing@example.com").await;
    let fake = StripeFake::start().await;
    let objects = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../events/stripe");
    assert_eq!(fake.load_objects(&objects).unwrap(), 9);
    let table = create_table("billing-samples").await;
    let config = billing_recovery::config::BillingConfig::from_env(&env_of(&[
        ("TABLE_NAME", table.as_str()),
        ("BILLING_SENDER_EMAIL", "billing@example.com"),
        ("SHOP_NAME", "Sample Shop"),
        ("PORTAL_LINK_URL", "https://api.example/billing/portal"),
        (
            "PORTAL_LINK_SECRET",
            "local_portal_link_secret_not_for_production",
        ),
        ("RECIPIENT_KEY_PEPPER", local::LOCAL_RECIPIENT_KEY_PEPPER),
    ]))
    .unwrap();
    let consumer = BillingRecovery::from_config(
        config,
        dynamo_store(&table).await,
        ses_mailer("billing@example.com").await,
        fake.client(),
        None::<stripe_recovery::adapters::sns::SnsAlerts>,
    );
    let deadline = || tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let now = unix_now();
    let expected = [
        (
            "billing-recovery-invoice-payment-failed.json",
            Some(BillingKind::PaymentFailed),
        ),
        (
            "billing-recovery-invoice-upcoming.json",
            Some(BillingKind::CardExpiring),
        ),
        (
            "billing-recovery-trial-will-end.json",
            Some(BillingKind::TrialEnding),
        ),
        ("billing-recovery-invoice-paid.json", None),
        (
            "billing-recovery-setup-intent-setup-failed.json",
            Some(BillingKind::SetupPaymentMethodRequired),
        ),
    ];
    for (name, kind) in expected {
        let event: aws_lambda_events::event::dynamodb::Event =
            serde_json::from_str(&sample(name)).unwrap();
        let item = stream::inbox_item(&event.records[0]).unwrap();
        let outcome = stream::process_item(&consumer, &item, now, deadline())
            .await
            .unwrap()
            .unwrap();
        // `invoice.upcoming` decides the card and the renewal (off by default), and a
        // recovered `invoice.paid` the confirmation (off by default): the first decision
        // is the one the sample is about.
        let first = outcome.parts()[0].clone();
        match kind {
            Some(kind) => {
                assert!(
                    matches!(&first, Outcome::Mailed { kind: k, .. } if *k == kind),
                    "{name}: {outcome:?}"
                );
                let again = stream::process_item(&consumer, &item, now, deadline())
                    .await
                    .unwrap()
                    .unwrap();
                assert_eq!(
                    again.parts()[0],
                    &Outcome::Skipped(Skip::AlreadyMailed),
                    "{name}"
                );
            }
            None => assert!(
                matches!(first, Outcome::Recovered { .. }),
                "{name}: {outcome:?}"
            ),
        }
        assert!(
            outcome
                .parts()
                .iter()
                .filter(|o| matches!(o, Outcome::Mailed { .. }))
                .count()
                <= 1,
            "{name}: the notices are off by default: {outcome:?}"
        );
    }
    assert!(
        fake.requests().iter().all(|r| r.method == "GET"),
        "reads only"
    );
}
