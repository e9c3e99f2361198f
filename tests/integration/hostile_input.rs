//! Hostile requests at both HTTP routes: each gets a precise 4xx and changes nothing.

use base64::Engine;
use integration_tests::stripe_fake::StripeFake;
use integration_tests::*;
use serde_json::{Value, json};
use webhook::intake::MAX_BODY_BYTES;

/// An API Gateway request whose body arrives base64-encoded, so any bytes can be sent.
fn binary_request(path: &str, headers: Value, body: &[u8]) -> lambda_http::Request {
    let encoded = base64::engine::general_purpose::STANDARD.encode(body);
    api_gateway_request("POST", path, headers, &encoded, true)
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[tokio::test]
async fn hostile_webhook_requests_get_a_precise_4xx_and_write_nothing() {
    let table = create_table("hostile").await;
    let webhook = webhook_on(&table).await;
    let now = unix_now();
    let signed = |body: &[u8]| signature_header(TEST_SECRET, now, body);
    let deep = format!(
        r#"{{"id":"evt_deep","type":"checkout.session.expired","created":1,"livemode":false,"data":{{"object":{{"a":{}}}}}}}"#,
        nested(10_000)
    );
    let duplicate_keys = br#"{"id":"evt_dup1","id":"evt_dup2","type":"checkout.session.expired","created":1,"livemode":false,"data":{"object":{}}}"#.to_vec();
    let invalid_utf8 = b"{\"id\":\"evt_\xff\xfe\",\"type\":\"checkout.session.expired\"}".to_vec();
    let huge = vec![b' '; MAX_BODY_BYTES * 2];
    let many_signatures = format!(
        "t={now},{}",
        vec![format!("v1={}", "0".repeat(64)); 500].join(",")
    );
    let event = serde_json::to_vec(&expired_session_event("evt_hostile", now)).unwrap();

    let cases: Vec<(&str, Vec<u8>, Value, u16, &str)> = vec![
        (
            "huge",
            huge.clone(),
            json!({"stripe-signature": signed(&huge)}),
            413,
            "body_too_large",
        ),
        (
            "deeply nested, forged signature",
            deep.clone().into_bytes(),
            json!({"stripe-signature": signature_header("whsec_test_forged", now, deep.as_bytes())}),
            400,
            "signature_mismatch",
        ),
        (
            "invalid UTF-8",
            invalid_utf8.clone(),
            json!({"stripe-signature": signed(&invalid_utf8)}),
            400,
            "not_a_stripe_event",
        ),
        (
            "duplicate keys",
            duplicate_keys.clone(),
            json!({"stripe-signature": signed(&duplicate_keys)}),
            400,
            "not_a_stripe_event",
        ),
        (
            "wrong content type, unsigned",
            event.clone(),
            json!({"content-type": "text/plain"}),
            400,
            "signature_header_missing",
        ),
        (
            "500 candidate signatures",
            event.clone(),
            json!({"stripe-signature": many_signatures}),
            400,
            "signature_mismatch",
        ),
        (
            "signature in a v0 only",
            event.clone(),
            json!({"stripe-signature": signed(&event).replace("v1=", "v0=")}),
            400,
            "signature_header_malformed",
        ),
    ];
    for (name, body, headers, status, code) in cases {
        let response = webhook
            .handle(binary_request("/webhook", headers, &body), now)
            .await;
        let (got, answer) = response_json(&response);
        assert_eq!(got, status, "{name}: {answer}");
        assert_eq!(answer["error"]["code"], code, "{name}");
    }
    assert!(scan_all(&table).await.is_empty(), "nothing written");
}

#[tokio::test]
async fn hostile_checkout_requests_get_a_precise_4xx_and_never_reach_stripe() {
    let fake = StripeFake::start().await;
    let (app, _) = create_session_app(
        &fake.base_url(),
        &[
            ("ALLOWED_PRICES", "price_1Tshirt"),
            ("SUCCESS_URL", "https://shop.example/thanks"),
            ("CHECKOUT_EXPIRES_MINUTES", "60"),
        ],
    )
    .await;
    let json_type = json!({"content-type": "application/json"});
    let item = r#"{"price":"price_1Tshirt","quantity":1}"#;
    let cases: Vec<(&str, Vec<u8>, Value, u16, &str)> = vec![
        (
            "huge",
            vec![b' '; 1024 * 1024],
            json_type.clone(),
            413,
            "body_too_large",
        ),
        (
            "deeply nested",
            format!(r#"{{"line_items":{}}}"#, nested(1_000)).into_bytes(),
            json_type.clone(),
            400,
            "invalid_json",
        ),
        (
            "invalid UTF-8",
            b"{\"line_items\":[{\"price\":\"\xff\"}]}".to_vec(),
            json_type.clone(),
            400,
            "invalid_json",
        ),
        (
            "duplicate keys",
            format!(r#"{{"line_items":[{item}],"line_items":[{item}]}}"#).into_bytes(),
            json_type.clone(),
            400,
            "invalid_json",
        ),
        (
            "an array, not an object",
            format!("[{item}]").into_bytes(),
            json_type.clone(),
            400,
            "invalid_json",
        ),
        (
            "no content type",
            format!(r#"{{"line_items":[{item}]}}"#).into_bytes(),
            json!({}),
            415,
            "unsupported_media_type",
        ),
        (
            "form content type",
            b"line_items[0][price]=price_1Tshirt".to_vec(),
            json!({"content-type": "application/x-www-form-urlencoded"}),
            415,
            "unsupported_media_type",
        ),
        (
            "idempotency key with non-ASCII",
            format!(r#"{{"line_items":[{item}]}}"#).into_bytes(),
            json!({"content-type": "application/json", "idempotency-key": "clé-42"}),
            400,
            "invalid_idempotency_key",
        ),
    ];
    for (name, body, headers, status, code) in cases {
        let request = binary_request("/checkout/sessions", headers, &body);
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
        let response = app.handle(request, unix_now(), deadline).await;
        let (got, answer) = response_json(&response);
        assert_eq!(got, status, "{name}: {answer}");
        assert_eq!(answer["error"]["code"], code, "{name}");
    }
    assert!(fake.requests().is_empty(), "no request reached Stripe");
}

/// Only Stripe can sign a body, so a signed but absurdly nested object is stored as sent;
/// serde_json skips unknown values without recursing, so the consumer reads it without a
/// stack overflow and decides as for any session (here: recovery off, no mail).
#[tokio::test]
async fn a_signed_but_absurdly_nested_object_is_handled_without_overflow() {
    use stripe_recovery::stream;

    let now = unix_now();
    let object = format!(
        r#"{{"id":"cs_deep","created":1,"metadata":{{"a":{}}}}}"#,
        nested(10_000)
    );
    let body = format!(
        r#"{{"id":"evt_deep_signed","type":"checkout.session.expired","created":1,"livemode":false,"data":{{"object":{object}}}}}"#
    );
    let table = create_table("deep").await;
    let webhook = webhook_on(&table).await;
    let header = signature_header(TEST_SECRET, now, body.as_bytes());
    let response = webhook
        .handle(
            binary_request(
                "/webhook",
                json!({"stripe-signature": header}),
                body.as_bytes(),
            ),
            now,
        )
        .await;
    assert_eq!(response.status(), 200);

    let mailer = recovery_mailer_app(
        mailer_config(&[]),
        dynamo_store(&table).await,
        ses_mailer(SENDER).await,
    );
    let records = stream_records(&table).await;
    let event = lambda_stream_event(&records, &["checkout.session.expired"]);
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
    let failures = stream::run_batch(&mailer, mailer.store(), &event, now, deadline)
        .await
        .batch_item_failures;
    assert!(failures.is_empty(), "{failures:?}");
    let item = stripe_recovery::stream::inbox_item(&event.records[0]).unwrap();
    let outcome = stream::process_item(&mailer, &item, now, deadline)
        .await
        .unwrap();
    assert_eq!(
        outcome,
        Some(recovery_mailer::Outcome::Skipped(
            stripe_recovery::recovery::SkipReason::RecoveryDisabled
        ))
    );
}
