//! The webhook function's handler against DynamoDB in moto: what Stripe sees and what
//! the inbox holds afterwards.

use std::sync::Arc;

use aws_sdk_dynamodb::types::AttributeValue;
use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::inbox::{INBOX_TTL_SECS, MAX_INLINE_OBJECT_BYTES};
use webhook::Webhook;
use webhook::intake::MAX_BODY_BYTES;

async fn webhook_on_new_table() -> (Webhook<DynamoStore>, String) {
    let table = create_table("webhook").await;
    (webhook_on(&table).await, table)
}

fn signed(event: &Value, now: i64) -> (Vec<u8>, String) {
    let body = serde_json::to_vec(event).unwrap();
    let header = signature_header(TEST_SECRET, now, &body);
    (body, header)
}

fn s<'a>(item: &'a std::collections::HashMap<String, AttributeValue>, name: &str) -> &'a str {
    item[name]
        .as_s()
        .unwrap_or_else(|_| panic!("{name} is a string"))
}

fn n(item: &std::collections::HashMap<String, AttributeValue>, name: &str) -> i64 {
    item[name]
        .as_n()
        .unwrap_or_else(|_| panic!("{name} is a number"))
        .parse()
        .unwrap()
}

#[tokio::test]
async fn a_handled_event_is_stored_once_with_its_attributes() {
    let (webhook, table) = webhook_on_new_table().await;
    let now = unix_now();
    let event = expired_session_event("evt_stored_once", now - 5);
    let (body, header) = signed(&event, now);

    for (attempt, base64) in [(1, false), (2, true)] {
        let response = webhook
            .handle(webhook_request(&body, Some(&header), base64), now)
            .await;
        let expected = json!({"received": true, "duplicate": attempt == 2});
        assert_eq!(
            response_json(&response),
            (200, expected),
            "attempt {attempt}"
        );
    }

    let items = scan_all(&table).await;
    assert_eq!(items.len(), 1);
    let item = &items[0];
    assert_eq!(s(item, "pk"), "event#evt_stored_once");
    assert_eq!(s(item, "event_id"), "evt_stored_once");
    assert_eq!(s(item, "type"), "checkout.session.expired");
    assert_eq!(s(item, "api_version"), "2025-10-29.clover");
    assert_eq!(n(item, "created"), now - 5);
    assert_eq!(item["livemode"], AttributeValue::Bool(false));
    assert_eq!(n(item, "received_at"), now);
    assert_eq!(n(item, "ttl"), now + INBOX_TTL_SECS);
    let object: Value = serde_json::from_str(s(item, "object")).unwrap();
    assert_eq!(object, fixture("checkout.session"));
    assert!(!item.contains_key("object_omitted"));
}

#[tokio::test]
async fn fifty_concurrent_deliveries_store_one_item_and_all_get_2xx() {
    let (webhook, table) = webhook_on_new_table().await;
    let webhook = Arc::new(webhook);
    let now = unix_now();
    let (body, header) = signed(&expired_session_event("evt_concurrent", now), now);
    let deliveries: Vec<_> = (0..50)
        .map(|_| {
            let webhook = webhook.clone();
            let request = webhook_request(&body, Some(&header), false);
            tokio::spawn(async move { response_json(&webhook.handle(request, now).await) })
        })
        .collect();
    let mut first_deliveries = 0;
    for delivery in deliveries {
        let (status, body) = delivery.await.unwrap();
        assert_eq!(status, 200, "{body}");
        if body["duplicate"] == json!(false) {
            first_deliveries += 1;
        }
    }
    assert_eq!(
        first_deliveries, 1,
        "exactly one delivery recorded the event"
    );
    assert_eq!(scan_all(&table).await.len(), 1);
}

#[tokio::test]
async fn an_unhandled_type_is_acknowledged_and_not_stored() {
    let (webhook, table) = webhook_on_new_table().await;
    let now = unix_now();
    let event = stripe_event("evt_unhandled", "invoice.created", fixture("invoice"), now);
    let (body, header) = signed(&event, now);
    let response = webhook
        .handle(webhook_request(&body, Some(&header), false), now)
        .await;
    assert_eq!(
        response_json(&response),
        (200, json!({"received": true, "duplicate": false}))
    );
    assert!(scan_all(&table).await.is_empty());
}

#[tokio::test]
async fn rejected_requests_write_nothing() {
    let (webhook, table) = webhook_on_new_table().await;
    let now = unix_now();
    let (body, good) = signed(&expired_session_event("evt_rejected", now), now);
    let stale = signature_header(TEST_SECRET, now - 301, &body);
    let wrong_secret = signature_header("whsec_test_someone_else", now, &body);
    let not_an_event = b"{\"hello\":\"world\"}".to_vec();
    let not_an_event_header = signature_header(TEST_SECRET, now, &not_an_event);
    let mut huge = body.clone();
    huge.resize(MAX_BODY_BYTES + 1, b' ');
    let huge_header = signature_header(TEST_SECRET, now, &huge);

    // (case, body, Stripe-Signature, expected status, expected error code)
    type Case<'a> = (&'a str, &'a [u8], Option<&'a str>, u16, &'a str);
    let cases: Vec<Case> = vec![
        ("no header", &body, None, 400, "signature_header_missing"),
        (
            "garbage header",
            &body,
            Some("garbage"),
            400,
            "signature_header_malformed",
        ),
        (
            "wrong secret",
            &body,
            Some(&wrong_secret),
            400,
            "signature_mismatch",
        ),
        (
            "stale timestamp",
            &body,
            Some(&stale),
            400,
            "timestamp_outside_tolerance",
        ),
        (
            "signed, but not an event",
            &not_an_event,
            Some(&not_an_event_header),
            400,
            "not_a_stripe_event",
        ),
        (
            "too large",
            &huge,
            Some(&huge_header),
            413,
            "body_too_large",
        ),
    ];
    for (name, body, header, status, code) in cases {
        let response = webhook
            .handle(webhook_request(body, header, false), now)
            .await;
        let (got_status, got_body) = response_json(&response);
        assert_eq!(got_status, status, "{name}: {got_body}");
        assert_eq!(got_body["error"]["code"], code, "{name}");
        assert!(got_body["error"]["message"].is_string(), "{name}");
    }
    assert!(scan_all(&table).await.is_empty(), "nothing may be written");
    // A good request still works afterwards.
    let response = webhook
        .handle(webhook_request(&body, Some(&good), false), now)
        .await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn an_event_too_large_for_one_item_is_stored_without_its_object() {
    let (webhook, table) = webhook_on_new_table().await;
    let now = unix_now();
    let mut session = fixture("checkout.session");
    session["metadata"] = json!({"padding": "x".repeat(MAX_INLINE_OBJECT_BYTES)});
    let event = stripe_event("evt_big", "checkout.session.expired", session, now);
    let (body, header) = signed(&event, now);
    let response = webhook
        .handle(webhook_request(&body, Some(&header), false), now)
        .await;
    assert_eq!(response.status(), 200);
    let items = scan_all(&table).await;
    assert_eq!(items.len(), 1);
    assert!(!items[0].contains_key("object"));
    assert_eq!(items[0]["object_omitted"], AttributeValue::Bool(true));
    assert_eq!(s(&items[0], "type"), "checkout.session.expired");
}

#[tokio::test]
async fn an_unreachable_store_gives_500_so_stripe_retries() {
    // A loopback port nothing listens on: connections are refused at once.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let config = aws_sdk_dynamodb::config::Builder::from(&sdk_config().await)
        .endpoint_url(endpoint)
        .build();
    let store = DynamoStore::new(aws_sdk_dynamodb::Client::from_conf(config), "no-such-table");
    let webhook = webhook_with(store);
    let now = unix_now();
    let (body, header) = signed(&expired_session_event("evt_unreachable", now), now);
    let response = webhook
        .handle(webhook_request(&body, Some(&header), false), now)
        .await;
    let (status, body) = response_json(&response);
    assert_eq!(status, 500);
    assert_eq!(body["error"]["code"], "store_unavailable");
}
