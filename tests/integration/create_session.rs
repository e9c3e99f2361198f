//! `POST /checkout/sessions` against the Stripe fake: the exact request Stripe gets, and
//! what the storefront gets back for every outcome.

use std::time::Duration;

use create_session::CreateSession;
use integration_tests::stripe_fake::{Canned, FAKE_SECRET_KEY, Recorded, StripeFake};
use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::stripe::client::DEFAULT_API_VERSION;
use stripe_recovery::time::call_budget;
use tokio::time::Instant;

const SUCCESS_URL: &str = "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}";
const CANCEL_URL: &str = "https://shop.example/cart";

fn app(stripe_base: String) -> CreateSession {
    create_session_app(
        &stripe_base,
        &[
            ("ALLOWED_PRICES", "price_1Tshirt,price_2Mug"),
            ("SUCCESS_URL", SUCCESS_URL),
            ("CANCEL_URL", CANCEL_URL),
            ("RECOVERY_ALLOW_PROMOTION_CODES", "true"),
            ("ALLOWED_ORIGINS", "https://shop.example"),
        ],
    )
}

async fn post(app: &CreateSession, body: &str, extra_headers: Value) -> (u16, Value) {
    post_with_deadline(app, body, extra_headers, Duration::from_secs(10)).await
}

/// Posts as Lambda would run the function with `lambda_timeout` left: the handler's
/// deadline keeps back the margin `http::serve` keeps to answer in.
async fn post_with_deadline(
    app: &CreateSession,
    body: &str,
    extra_headers: Value,
    lambda_timeout: Duration,
) -> (u16, Value) {
    let mut headers = json!({"content-type": "application/json"});
    for (name, value) in extra_headers.as_object().unwrap() {
        headers[name] = value.clone();
    }
    let request = api_gateway_request("POST", "/checkout/sessions", headers, body, false);
    let deadline = Instant::now() + call_budget(None, 0, lambda_timeout);
    let response = app.handle(request, unix_now(), deadline).await;
    response_json(&response)
}

const CART: &str = r#"{"line_items":[{"price":"price_1Tshirt","quantity":2},{"price":"price_2Mug","quantity":1}],
    "customer_email":"jenny.rosen@example.com","client_reference_id":"cart-8812","locale":"ja"}"#;

fn sorted(mut pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    pairs.sort();
    pairs
}

fn expect_session_request(request: &Recorded, now: i64) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1/checkout/sessions");
    assert_eq!(
        request.header("authorization"),
        Some(format!("Bearer {FAKE_SECRET_KEY}").as_str())
    );
    assert_eq!(request.header("stripe-version"), Some(DEFAULT_API_VERSION));
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let expires_at: i64 = request.param("expires_at").unwrap().parse().unwrap();
    assert!(
        (now + 30 * 60..=now + 24 * 3600).contains(&expires_at),
        "expires_at {expires_at} outside [now+30 min, now+24 h]"
    );
    let expected: Vec<(String, String)> = [
        ("mode", "payment"),
        ("line_items[0][price]", "price_1Tshirt"),
        ("line_items[0][quantity]", "2"),
        ("line_items[1][price]", "price_2Mug"),
        ("line_items[1][quantity]", "1"),
        ("success_url", SUCCESS_URL),
        ("cancel_url", CANCEL_URL),
        ("consent_collection[promotions]", "auto"),
        ("after_expiration[recovery][enabled]", "true"),
        ("after_expiration[recovery][allow_promotion_codes]", "true"),
        ("expires_at", &expires_at.to_string()),
        ("customer_email", "jenny.rosen@example.com"),
        ("client_reference_id", "cart-8812"),
        ("locale", "ja"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(
        sorted(request.form.clone()),
        sorted(expected),
        "the exact parameter set"
    );
}

#[tokio::test]
async fn creates_a_recovery_enabled_session_with_the_callers_idempotency_key() {
    let fake = StripeFake::start().await;
    let app = app(fake.base_url());
    let now = unix_now();
    let (status, body) = post(
        &app,
        CART,
        json!({"idempotency-key": "cart-8812-attempt-1", "origin": "https://shop.example"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let fixture = fixture("checkout.session");
    assert_eq!(body["id"], fixture["id"]);
    assert_eq!(body["url"], fixture["url"]);
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    expect_session_request(&requests[0], now);
    assert_eq!(
        requests[0].header("idempotency-key"),
        Some("cart-8812-attempt-1")
    );
    assert_eq!(
        body["expires_at"].as_i64(),
        requests[0].param("expires_at").unwrap().parse().ok()
    );
    assert_eq!(
        body.as_object().unwrap().len(),
        3,
        "id, url, expires_at: {body}"
    );
}

#[tokio::test]
async fn the_response_is_readable_only_by_allowed_origins() {
    let fake = StripeFake::start().await;
    let app = app(fake.base_url());
    for (origin, allowed) in [
        ("https://shop.example", true),
        ("https://evil.example", false),
    ] {
        let mut headers = json!({"content-type": "application/json", "origin": origin});
        headers["idempotency-key"] = json!(format!("k-{allowed}"));
        let request = api_gateway_request("POST", "/checkout/sessions", headers, CART, false);
        let response = app
            .handle(
                request,
                unix_now(),
                Instant::now() + Duration::from_secs(10),
            )
            .await;
        let header = response.headers().get("access-control-allow-origin");
        assert_eq!(header.is_some(), allowed, "{origin}");
    }
}

#[tokio::test]
async fn invalid_input_never_reaches_stripe() {
    let fake = StripeFake::start().await;
    let app = app(fake.base_url());
    let item = r#"{"price":"price_1Tshirt","quantity":1}"#;
    let many = format!(r#"{{"line_items":[{}]}}"#, vec![item; 21].join(","));
    let long_ref = format!(
        r#"{{"line_items":[{item}],"client_reference_id":"{}"}}"#,
        "r".repeat(201)
    );
    let cases: Vec<(&str, String, Value, u16, &str)> = vec![
        ("malformed JSON", "{".into(), json!({}), 400, "invalid_json"),
        (
            "no line items",
            r#"{"line_items":[]}"#.into(),
            json!({}),
            400,
            "line_items_empty",
        ),
        (
            "too many line items",
            many,
            json!({}),
            400,
            "line_items_too_many",
        ),
        (
            "price not allowed",
            r#"{"line_items":[{"price":"price_free","quantity":1}]}"#.into(),
            json!({}),
            400,
            "price_not_allowed",
        ),
        (
            "quantity 0",
            r#"{"line_items":[{"price":"price_1Tshirt","quantity":0}]}"#.into(),
            json!({}),
            400,
            "quantity_out_of_range",
        ),
        (
            "quantity 100",
            r#"{"line_items":[{"price":"price_1Tshirt","quantity":100}]}"#.into(),
            json!({}),
            400,
            "quantity_out_of_range",
        ),
        (
            "customer and customer_email",
            format!(r#"{{"line_items":[{item}],"customer":"cus_1","customer_email":"a@b.co"}}"#),
            json!({}),
            400,
            "customer_and_customer_email",
        ),
        (
            "invalid email",
            format!(r#"{{"line_items":[{item}],"customer_email":"not-an-email"}}"#),
            json!({}),
            400,
            "invalid_email",
        ),
        (
            "invalid locale",
            format!(r#"{{"line_items":[{item}],"locale":"xx-YY"}}"#),
            json!({}),
            400,
            "invalid_locale",
        ),
        (
            "client_reference_id too long",
            long_ref,
            json!({}),
            400,
            "client_reference_id_too_long",
        ),
        (
            "caller tries to choose the success URL",
            format!(r#"{{"line_items":[{item}],"success_url":"https://evil.example"}}"#),
            json!({}),
            400,
            "invalid_json",
        ),
        (
            "idempotency key too long",
            CART.into(),
            json!({"idempotency-key": "k".repeat(256)}),
            400,
            "invalid_idempotency_key",
        ),
        (
            "not JSON content",
            CART.into(),
            json!({"content-type": "text/plain"}),
            415,
            "unsupported_media_type",
        ),
        (
            "huge body",
            format!(r#"{{"line_items":[],"pad":"{}"}}"#, "x".repeat(20_000)),
            json!({}),
            413,
            "body_too_large",
        ),
    ];
    for (name, body, headers, status, code) in cases {
        let (got_status, got_body) = post(&app, &body, headers).await;
        assert_eq!(got_status, status, "{name}: {got_body}");
        assert_eq!(got_body["error"]["code"], code, "{name}");
        assert!(got_body["error"]["message"].is_string(), "{name}");
        assert!(
            !got_body.to_string().contains("@b.co")
                && !got_body.to_string().contains("not-an-email"),
            "{name}: errors never echo an email"
        );
    }
    assert!(fake.requests().is_empty(), "no request may reach Stripe");
}

#[tokio::test]
async fn a_500_then_200_makes_one_session_with_one_idempotency_key() {
    let fake = StripeFake::start().await;
    fake.script([Canned::error(
        500,
        "api_error",
        None,
        "Something went wrong",
    )]);
    let app = app(fake.base_url());
    let now = unix_now();
    let (status, body) = post(&app, CART, json!({})).await;
    assert_eq!(status, 201, "{body}");
    let requests = fake.requests();
    assert_eq!(requests.len(), 2, "one retry");
    for request in &requests {
        expect_session_request(request, now);
    }
    let first_key = requests[0]
        .header("idempotency-key")
        .expect("a generated key");
    assert!(!first_key.is_empty());
    assert_eq!(
        requests[1].header("idempotency-key"),
        Some(first_key),
        "same key on retry"
    );
    assert_eq!(
        requests[0].form, requests[1].form,
        "same parameters on retry"
    );
}

#[tokio::test]
async fn a_429_that_stripe_says_not_to_retry_is_not_retried() {
    let fake = StripeFake::start().await;
    fake.script([Canned::error(
        429,
        "rate_limit_error",
        Some("rate_limit"),
        "Too many requests",
    )
    .header("stripe-should-retry", "false")]);
    let (status, body) = post(&app(fake.base_url()), CART, json!({})).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["error"]["code"], "stripe_rate_limited");
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test]
async fn stripes_invalid_request_error_reaches_the_caller() {
    let fake = StripeFake::start().await;
    let message = "The price `price_1Tshirt` is not active.";
    fake.script([Canned::error(
        400,
        "invalid_request_error",
        Some("resource_missing"),
        message,
    )]);
    let (status, body) = post(&app(fake.base_url()), CART, json!({})).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        body,
        json!({"error": {"code": "resource_missing", "message": message}})
    );
    assert_eq!(fake.requests().len(), 1, "a 400 is not retried");
}

#[tokio::test]
async fn an_unreachable_stripe_gives_502_within_the_deadline() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let budget = Duration::from_secs(2);
    let started = std::time::Instant::now();
    let (status, body) = post_with_deadline(&app(base), CART, json!({}), budget).await;
    let elapsed = started.elapsed();
    assert_eq!(status, 502, "{body}");
    assert_eq!(body["error"]["code"], "stripe_unavailable");
    assert!(
        elapsed < budget,
        "answered after {elapsed:?}, budget {budget:?}"
    );
    assert!(
        elapsed >= Duration::from_millis(250),
        "it retried before giving up ({elapsed:?})"
    );
}
