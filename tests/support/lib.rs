//! Helpers for the integration tests: the moto server the test command starts, tables,
//! signed webhook requests and events built from Stripe's official fixtures.

pub mod stripe_fake;

use std::sync::atomic::{AtomicU32, Ordering};

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, KeySchemaElement, KeyType, ScalarAttributeType,
    StreamSpecification, StreamViewType, TimeToLiveSpecification,
};
use lambda_http::Request;
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::stripe::signature::WebhookSecret;

pub const FIXTURES: &str = include_str!("../fixtures/stripe/fixtures3.json");

/// The secret the files in `events/` are signed with (named in the README).
pub const SAMPLE_WEBHOOK_SECRET: &str = "whsec_test_sample_events_only";
pub const TEST_SECRET: &str = "whsec_test_integration";

/// The moto server's URL, which the test command exports as `AWS_ENDPOINT_URL`.
pub fn moto_endpoint() -> String {
    std::env::var("AWS_ENDPOINT_URL").expect(
        "AWS_ENDPOINT_URL is not set: run the integration tests through scripts/test, \
         which starts moto server and points the SDK at it",
    )
}

/// SDK configuration for moto: fixed test credentials and region, endpoint from the
/// environment exactly as the functions read it.
pub async fn sdk_config() -> aws_config::SdkConfig {
    moto_endpoint();
    aws_config::load_from_env().await
}

pub async fn dynamodb() -> Client {
    Client::new(&sdk_config().await)
}

/// A table shaped like the template's `InboxTable`, with a name unique to this run.
pub async fn create_table(prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "{prefix}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let client = dynamodb().await;
    client
        .create_table()
        .table_name(&name)
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("pk")
                .attribute_type(ScalarAttributeType::S)
                .build()
                .unwrap(),
        )
        .key_schema(
            KeySchemaElement::builder()
                .attribute_name("pk")
                .key_type(KeyType::Hash)
                .build()
                .unwrap(),
        )
        .billing_mode(BillingMode::PayPerRequest)
        .stream_specification(
            StreamSpecification::builder()
                .stream_enabled(true)
                .stream_view_type(StreamViewType::NewImage)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .expect("create table in moto");
    client
        .update_time_to_live()
        .table_name(&name)
        .time_to_live_specification(
            TimeToLiveSpecification::builder()
                .attribute_name("ttl")
                .enabled(true)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .expect("enable TTL in moto");
    name
}

pub async fn dynamo_store(table: &str) -> DynamoStore {
    DynamoStore::from_sdk_config(&sdk_config().await, table)
}

/// Every item in `table`, as JSON-ish maps of attribute name to value.
pub async fn scan_all(
    table: &str,
) -> Vec<std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
    dynamodb()
        .await
        .scan()
        .table_name(table)
        .consistent_read(true)
        .send()
        .await
        .expect("scan")
        .items
        .unwrap_or_default()
}

pub fn fixture(resource: &str) -> Value {
    let all: Value = serde_json::from_str(FIXTURES).unwrap();
    all["resources"][resource].clone()
}

/// A `checkout.session.expired` event around the official Checkout Session fixture.
pub fn expired_session_event(event_id: &str, created: i64) -> Value {
    stripe_event(
        event_id,
        "checkout.session.expired",
        fixture("checkout.session"),
        created,
    )
}

pub fn stripe_event(event_id: &str, event_type: &str, object: Value, created: i64) -> Value {
    json!({
        "id": event_id,
        "object": "event",
        "api_version": "2025-10-29.clover",
        "created": created,
        "data": {"object": object},
        "livemode": false,
        "pending_webhooks": 1,
        "request": {"id": null, "idempotency_key": null},
        "type": event_type,
    })
}

/// The `Stripe-Signature` header Stripe would send for `body` at `t`.
pub fn signature_header(secret: &str, t: i64, body: &[u8]) -> String {
    let v1 = WebhookSecret::parse(secret).unwrap().sign(t, body);
    format!("t={t},v1={v1}")
}

/// An API Gateway HTTP API (payload 2.0) request for `POST /webhook`, parsed by
/// lambda_http exactly as the runtime parses a real invocation.
pub fn webhook_request(body: &[u8], signature: Option<&str>, base64: bool) -> Request {
    let mut headers = json!({"content-type": "application/json; charset=utf-8"});
    if let Some(signature) = signature {
        headers["stripe-signature"] = json!(signature);
    }
    let encoded_body = if base64 {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(body)
    } else {
        String::from_utf8(body.to_vec()).expect("text body")
    };
    api_gateway_request("POST", "/webhook", headers, &encoded_body, base64)
}

pub fn api_gateway_request(
    method: &str,
    path: &str,
    headers: Value,
    body: &str,
    base64: bool,
) -> Request {
    let event = json!({
        "version": "2.0",
        "routeKey": format!("{method} {path}"),
        "rawPath": path,
        "rawQueryString": "",
        "headers": headers,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": "local.execute-api.us-east-1.amazonaws.com",
            "domainPrefix": "local",
            "http": {"method": method, "path": path, "protocol": "HTTP/1.1",
                     "sourceIp": "127.0.0.1", "userAgent": "integration-tests"},
            "requestId": "test",
            "routeKey": format!("{method} {path}"),
            "stage": "$default",
            "time": "21/Nov/2026:07:00:00 +0000",
            "timeEpoch": 0
        },
        "body": body,
        "isBase64Encoded": base64,
    });
    lambda_http::request::from_str(&event.to_string()).expect("a valid HTTP API event")
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Status and JSON body of a handler's response.
pub fn response_json(response: &lambda_http::Response<lambda_http::Body>) -> (u16, Value) {
    let body: &[u8] = response.body().as_ref();
    let json = serde_json::from_slice(body).unwrap_or(Value::Null);
    (response.status().as_u16(), json)
}
