//! `POST /checkout/sessions` against the Stripe fake: the exact request Stripe gets, and
//! what the storefront gets back for every outcome.

use std::time::Duration;

use create_session::CreateSession;
use create_session::checkout::{ConsentClaim, CustomerClaims};
use integration_tests::stripe_fake::{Canned, FAKE_SECRET_KEY, Recorded, StripeFake};
use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::signed::{Purpose, TokenSigner};
use stripe_recovery::stripe::client::DEFAULT_API_VERSION;
use stripe_recovery::time::call_budget;
use tokio::time::Instant;

const SUCCESS_URL: &str = "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}";
const CANCEL_URL: &str = "https://shop.example/cart";

/// The merchant's `CHECKOUT_TOKEN_SECRET` (an obviously fake test value).
const TOKEN_SECRET: &str = "checkout_token_test_secret_0123456789";

type App = CreateSession<DynamoStore>;

async fn app(stripe_base: String) -> App {
    app_with(stripe_base, &[]).await.0
}

/// The app and the name of its table.
async fn app_with(stripe_base: String, extra: &[(&str, &str)]) -> (App, String) {
    let mut vars = vec![
        ("ALLOWED_PRICES", "price_1Tshirt,price_2Mug"),
        ("SUCCESS_URL", SUCCESS_URL),
        ("CANCEL_URL", CANCEL_URL),
        ("RECOVERY_ALLOW_PROMOTION_CODES", "true"),
        ("ALLOWED_ORIGINS", "https://shop.example"),
        ("CHECKOUT_TOKEN_SECRET", TOKEN_SECRET),
    ];
    vars.extend_from_slice(extra);
    create_session_app(&stripe_base, &vars).await
}

/// A `customer_token` as the merchant's backend mints it, valid for ten minutes.
fn customer_token(claims: &CustomerClaims) -> String {
    TokenSigner::new(Purpose::Checkout, TOKEN_SECRET)
        .unwrap()
        .sign(claims, unix_now() + 600)
}

fn jenny() -> CustomerClaims {
    CustomerClaims {
        customer: None,
        customer_email: Some("jenny.rosen@example.com".into()),
        client_reference_id: Some("cart-8812".into()),
        consent: None,
    }
}

/// The storefront's cart, for Jenny, whose backend signed who she is.
fn cart() -> String {
    format!(
        r#"{{"line_items":[{{"price":"price_1Tshirt","quantity":2}},{{"price":"price_2Mug","quantity":1}}],
            "locale":"ja","customer_token":"{}"}}"#,
        customer_token(&jenny())
    )
}

async fn post(app: &App, body: &str, extra_headers: Value) -> (u16, Value) {
    post_with_deadline(app, body, extra_headers, Duration::from_secs(10)).await
}

/// Posts as Lambda would run the function with `lambda_timeout` left: the handler's
/// deadline keeps back the margin `http::serve` keeps to answer in.
async fn post_with_deadline(
    app: &App,
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

fn sorted(mut pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    pairs.sort();
    pairs
}

/// When Jenny agreed to the shop's newsletter on its sign-up form: a month ago.
fn jenny_agreed() -> i64 {
    unix_now() - 30 * 86_400
}

/// Jenny, with the consent the shop's backend recorded when she signed up.
fn jenny_with_consent(agreed: i64) -> CustomerClaims {
    CustomerClaims {
        consent: Some(ConsentClaim {
            at: agreed,
            source: "signup_form".into(),
            wording: Some("https://shop.example/privacy#newsletter-v3".into()),
        }),
        ..jenny()
    }
}

fn cart_for(claims: &CustomerClaims) -> String {
    format!(
        r#"{{"line_items":[{{"price":"price_1Tshirt","quantity":2}},{{"price":"price_2Mug","quantity":1}}],
            "locale":"ja","customer_token":"{}"}}"#,
        customer_token(claims)
    )
}

/// The exact parameters of Jenny's cart under the default policy (Stripe's own 24 h
/// expiry, so no `expires_at`).
fn expect_session_request(request: &Recorded) {
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
    let app = app(fake.base_url()).await;
    let now = unix_now();
    let (status, body) = post(
        &app,
        &cart(),
        json!({"idempotency-key": "cart-8812-attempt-1", "origin": "https://shop.example"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert!(
        body["id"].as_str().unwrap().starts_with("cs_test_"),
        "{body}"
    );
    assert_eq!(body["url"], fixture("checkout.session")["url"]);
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    expect_session_request(&requests[0]);
    assert_eq!(
        requests[0].header("idempotency-key"),
        Some("storefront:cart-8812-attempt-1"),
        "the caller's key, in its own namespace"
    );
    let expires_at = body["expires_at"].as_i64().unwrap();
    assert!(
        (now + 86_400..now + 86_400 + 60).contains(&expires_at),
        "Stripe's default 24 h"
    );
    assert_eq!(
        body.as_object().unwrap().len(),
        3,
        "id, url, expires_at: {body}"
    );
}

/// The `metadata[…]` parameters Stripe received.
fn metadata_params(request: &Recorded) -> Vec<(String, String)> {
    sorted(
        request
            .form
            .iter()
            .filter(|(k, _)| k.starts_with("metadata"))
            .cloned()
            .collect(),
    )
}

#[tokio::test]
async fn the_tokens_consent_reaches_stripe_as_the_sessions_metadata() {
    let fake = StripeFake::start().await;
    let app = app(fake.base_url()).await;
    let agreed = jenny_agreed();
    let (status, body) = post(&app, &cart_for(&jenny_with_consent(agreed)), json!({})).await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = post(&app, &cart(), json!({})).await;
    assert_eq!(status, 201, "{body}");
    let requests = fake.requests();
    assert_eq!(requests.len(), 2);
    let agreed = agreed.to_string();
    let expected: Vec<(String, String)> = [
        ("metadata[recovery_consent]", "opt_in"),
        ("metadata[recovery_consent_at]", agreed.as_str()),
        ("metadata[recovery_consent_source]", "signup_form"),
        (
            "metadata[recovery_consent_wording]",
            "https://shop.example/privacy#newsletter-v3",
        ),
        ("metadata[recovery_consent_via]", "customer_token"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(metadata_params(&requests[0]), sorted(expected));
    // Apart from the metadata, the very request of the same cart without consent.
    let without_metadata = Recorded {
        form: requests[0]
            .form
            .iter()
            .filter(|(k, _)| !k.starts_with("metadata"))
            .cloned()
            .collect(),
        ..requests[0].clone()
    };
    expect_session_request(&without_metadata);
    // Without consent in the token, no metadata at all.
    assert_eq!(metadata_params(&requests[1]), vec![]);
    expect_session_request(&requests[1]);
}

#[tokio::test]
async fn without_checkouts_consent_collection_the_tokens_consent_still_goes() {
    // A German shop: Checkout would not ask for promotional consent anyway.
    let fake = StripeFake::start().await;
    let (app, _) = app_with(fake.base_url(), &[("CONSENT_COLLECTION", "none")]).await;
    let agreed = jenny_agreed();
    let claims = CustomerClaims {
        consent: Some(ConsentClaim {
            at: agreed,
            source: "account_settings".into(),
            wording: None,
        }),
        ..jenny()
    };
    let (status, body) = post(&app, &cart_for(&claims), json!({})).await;
    assert_eq!(status, 201, "{body}");
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.param("consent_collection[promotions]"), None);
    assert_eq!(
        request.param("customer_email"),
        Some("jenny.rosen@example.com")
    );
    let agreed = agreed.to_string();
    let expected: Vec<(String, String)> = [
        ("metadata[recovery_consent]", "opt_in"),
        ("metadata[recovery_consent_at]", agreed.as_str()),
        ("metadata[recovery_consent_source]", "account_settings"),
        ("metadata[recovery_consent_via]", "customer_token"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(metadata_params(request), sorted(expected));
}

#[tokio::test]
async fn the_response_is_readable_only_by_allowed_origins() {
    let fake = StripeFake::start().await;
    let app = app(fake.base_url()).await;
    for (origin, allowed) in [
        ("https://shop.example", true),
        ("https://evil.example", false),
    ] {
        let mut headers = json!({"content-type": "application/json", "origin": origin});
        headers["idempotency-key"] = json!(format!("k-{allowed}"));
        let request = api_gateway_request("POST", "/checkout/sessions", headers, &cart(), false);
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
    let (app, table) = app_with(fake.base_url(), &[("CHECKOUT_EXPIRES_MINUTES", "60")]).await;
    let item = r#"{"price":"price_1Tshirt","quantity":1}"#;
    let many = format!(r#"{{"line_items":[{}]}}"#, vec![item; 21].join(","));
    let with_token = |claims: CustomerClaims| {
        format!(
            r#"{{"line_items":[{item}],"customer_token":"{}"}}"#,
            customer_token(&claims)
        )
    };
    let long_ref = with_token(CustomerClaims {
        client_reference_id: Some("r".repeat(201)),
        ..CustomerClaims::default()
    });
    let forged = format!(
        r#"{{"line_items":[{item}],"customer_token":"{}"}}"#,
        TokenSigner::new(Purpose::Checkout, "a-stranger-guessing-the-secret-000")
            .unwrap()
            .sign(&jenny(), unix_now() + 600)
    );
    let expired = format!(
        r#"{{"line_items":[{item}],"customer_token":"{}"}}"#,
        TokenSigner::new(Purpose::Checkout, TOKEN_SECRET)
            .unwrap()
            .sign(&jenny(), unix_now() - 1)
    );
    let consent_of = |consent: Value| {
        let payload = json!({"customer_email": "jenny.rosen@example.com", "consent": consent});
        format!(
            r#"{{"line_items":[{item}],"customer_token":"{}"}}"#,
            TokenSigner::new(Purpose::Checkout, TOKEN_SECRET)
                .unwrap()
                .sign(&payload, unix_now() + 600)
        )
    };
    let cases: Vec<(&str, String, Value, u16, &str)> = vec![
        ("malformed JSON", "{".into(), json!({}), 400, "invalid_json"),
        (
            "a stranger sets metadata",
            format!(r#"{{"line_items":[{item}],"metadata":{{"recovery_consent":"opt_in"}}}}"#),
            json!({}),
            400,
            "unsigned_consent",
        ),
        (
            "a stranger asserts consent",
            format!(
                r#"{{"line_items":[{item}],"consent":{{"at":1767225600,"source":"signup_form"}}}}"#
            ),
            json!({}),
            400,
            "unsigned_consent",
        ),
        (
            "consent in the future",
            consent_of(json!({"at": unix_now() + 3600, "source": "signup_form"})),
            json!({}),
            400,
            "consent_in_future",
        ),
        (
            "consent in milliseconds",
            consent_of(json!({"at": unix_now() * 1000, "source": "signup_form"})),
            json!({}),
            400,
            "invalid_consent",
        ),
        (
            "consent with a source that is not a word",
            consent_of(json!({"at": unix_now() - 60, "source": "Sign-up form"})),
            json!({}),
            400,
            "invalid_consent",
        ),
        (
            "consent for nobody",
            with_token(CustomerClaims {
                client_reference_id: Some("cart-1".into()),
                consent: jenny_with_consent(unix_now() - 60).consent,
                ..CustomerClaims::default()
            }),
            json!({}),
            400,
            "invalid_consent",
        ),
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
            "a stranger names the victim's email",
            format!(r#"{{"line_items":[{item}],"customer_email":"victim@b.co"}}"#),
            json!({}),
            400,
            "unsigned_customer_fields",
        ),
        (
            "a stranger names a customer",
            format!(r#"{{"line_items":[{item}],"customer":"cus_victim"}}"#),
            json!({}),
            400,
            "unsigned_customer_fields",
        ),
        (
            "a token signed with another secret",
            forged,
            json!({}),
            400,
            "invalid_customer_token",
        ),
        (
            "an expired token",
            expired,
            json!({}),
            400,
            "customer_token_expired",
        ),
        (
            "customer and customer_email",
            with_token(CustomerClaims {
                customer: Some("cus_1".into()),
                customer_email: Some("a@b.co".into()),
                ..CustomerClaims::default()
            }),
            json!({}),
            400,
            "customer_and_customer_email",
        ),
        (
            "invalid email",
            with_token(CustomerClaims {
                customer_email: Some("not-an-email".into()),
                ..CustomerClaims::default()
            }),
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
            cart(),
            json!({"idempotency-key": "k".repeat(201)}),
            400,
            "invalid_idempotency_key",
        ),
        (
            "not JSON content",
            cart(),
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
    for (name, body, mut headers, status, code) in cases {
        // With a key, a request that got as far as the store would leave an item.
        if headers.get("idempotency-key").is_none() {
            headers["idempotency-key"] = json!(format!("key-of-{name}"));
        }
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
    assert!(
        scan_all(&table).await.is_empty(),
        "nothing recorded for a refused request"
    );
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
    let app = app(fake.base_url()).await;
    let (status, body) = post(&app, &cart(), json!({})).await;
    assert_eq!(status, 201, "{body}");
    let requests = fake.requests();
    assert_eq!(requests.len(), 2, "one retry");
    for request in &requests {
        expect_session_request(request);
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
    let (status, body) = post(&app(fake.base_url()).await, &cart(), json!({})).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["error"]["code"], "stripe_rate_limited");
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test]
async fn stripes_own_messages_never_reach_the_caller() {
    // Stripe's text can name a customer or a price; the caller gets ours.
    let cases = [
        (
            Canned::error(
                400,
                "invalid_request_error",
                Some("resource_missing"),
                "No such customer: 'cus_SecretCustomer1'",
            ),
            400,
            "not_available",
        ),
        (
            Canned::error(
                400,
                "invalid_request_error",
                None,
                "The price `price_1Tshirt` is not active for customer jenny.rosen@example.com.",
            ),
            400,
            "checkout_rejected",
        ),
        (
            Canned::error(
                401,
                "invalid_request_error",
                None,
                "Invalid API Key provided: sk_test_****1234",
            ),
            502,
            "stripe_unavailable",
        ),
    ];
    for (answer, status, code) in cases {
        let fake = StripeFake::start().await;
        let stripe_message = answer.body["error"]["message"].as_str().unwrap().to_owned();
        fake.script([answer]);
        let (got_status, body) = post(&app(fake.base_url()).await, &cart(), json!({})).await;
        assert_eq!(
            (got_status, body["error"]["code"].as_str()),
            (status, Some(code)),
            "{body}"
        );
        let text = body.to_string();
        for leak in [
            "cus_Secret",
            "price_1Tshirt",
            "jenny",
            "sk_test",
            &stripe_message,
        ] {
            assert!(!text.contains(leak), "{leak:?} reached the caller: {text}");
        }
        assert_eq!(fake.requests().len(), 1, "a 4xx is not retried");
    }
}

#[tokio::test]
async fn a_retry_under_one_key_sends_the_same_parameters_and_gets_the_same_session() {
    // A shorter expiry than Stripe's default: expires_at must be sent, and must not move.
    let fake = StripeFake::start().await;
    let (app, _) = app_with(fake.base_url(), &[("CHECKOUT_EXPIRES_MINUTES", "60")]).await;
    let key = json!({"idempotency-key": "cart-8812"});
    let first_try = unix_now();
    let body = cart();
    let request = |now: i64| {
        let mut headers = json!({"content-type": "application/json"});
        headers["idempotency-key"] = key["idempotency-key"].clone();
        let request = api_gateway_request("POST", "/checkout/sessions", headers, &body, false);
        app.handle(request, now, Instant::now() + Duration::from_secs(10))
    };
    let (status, first) = response_json(&request(first_try).await);
    assert_eq!(status, 201, "{first}");
    // The storefront lost the answer and retries 90 seconds later.
    let (status, retried) = response_json(&request(first_try + 90).await);
    assert_eq!(status, 201, "{retried}");
    assert_eq!(retried, first, "the same session back");
    let requests = fake.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].form, requests[1].form, "identical parameters");
    assert_eq!(
        requests[0].param("expires_at"),
        Some((first_try + 3600).to_string().as_str()),
        "an hour after the key's first use"
    );

    // The same key for a different cart is the caller's mistake, said plainly.
    let other_cart = r#"{"line_items":[{"price":"price_2Mug","quantity":3}]}"#;
    let (status, conflict) = post(&app, other_cart, key.clone()).await;
    assert_eq!(status, 409, "{conflict}");
    assert_eq!(conflict["error"]["code"], "idempotency_key_reused");
}

#[tokio::test]
async fn callers_keys_cannot_collide_with_ours() {
    let fake = StripeFake::start().await;
    let app = app(fake.base_url()).await;
    // Shaped like the keys we generate for ourselves.
    let (status, body) = post(&app, &cart(), json!({"idempotency-key": "checkout-0"})).await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = post(&app, &cart(), json!({})).await;
    assert_eq!(status, 201, "{body}");
    let keys: Vec<String> = fake
        .requests()
        .iter()
        .map(|r| r.header("idempotency-key").unwrap().to_owned())
        .collect();
    assert_eq!(keys[0], "storefront:checkout-0");
    assert!(
        keys[1].starts_with("checkout-") && keys[1] != "checkout-0",
        "{keys:?}"
    );
}

#[tokio::test]
async fn an_unreachable_stripe_gives_502_within_the_deadline() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let budget = Duration::from_secs(2);
    let app = app(base).await;
    let started = std::time::Instant::now();
    let (status, body) = post_with_deadline(&app, &cart(), json!({}), budget).await;
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
