//! The portal configuration's custom resource, fed CloudFormation's requests: Stripe at
//! the fake (each request checked against Stripe's spec), and a local HTTP server in
//! place of the pre-signed S3 `ResponseURL`, which records the answer CloudFormation
//! would read.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use integration_tests::stripe_fake::{Canned, StripeFake};
use portal_config::PortalConfigFunction;
use portal_config::cloudformation::CustomResourceRequest;
use portal_config::config::PortalConfigConfig;
use serde_json::{Value, json};
use stripe_recovery::stripe::client::{RetryPolicy, StripeConfig};
use tokio::net::TcpListener;
use tokio::time::Instant;

const STACK_ID: &str =
    "arn:aws:cloudformation:us-east-1:123456789012:stack/shop/5b6c7d8e-0000-4000-8000-000000000001";

/// One `PUT` the stand-in for the `ResponseURL` received.
#[derive(Debug, Clone)]
struct Answer {
    method: String,
    content_type: Option<String>,
    body: Value,
}

/// A local HTTP server in place of S3's pre-signed URL: records each request, answers
/// `status`.
struct ResponseUrl {
    addr: SocketAddr,
    answers: Arc<Mutex<Vec<Answer>>>,
}

impl ResponseUrl {
    async fn start(status: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let answers: Arc<Mutex<Vec<Answer>>> = Arc::default();
        let recorded = answers.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let recorded = recorded.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(
                        move |request: hyper::Request<hyper::body::Incoming>| {
                            let recorded = recorded.clone();
                            async move {
                                let method = request.method().to_string();
                                let content_type = request
                                    .headers()
                                    .get("content-type")
                                    .map(|v| v.to_str().unwrap().to_owned());
                                let body = request.into_body().collect().await.unwrap().to_bytes();
                                recorded.lock().unwrap().push(Answer {
                                    method,
                                    content_type,
                                    body: serde_json::from_slice(&body).unwrap_or(Value::Null),
                                });
                                let mut response = hyper::Response::new(Full::new(Bytes::new()));
                                *response.status_mut() =
                                    hyper::StatusCode::from_u16(status).unwrap();
                                Ok::<_, Infallible>(response)
                            }
                        },
                    );
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Self { addr, answers }
    }

    fn url(&self) -> String {
        // The shape of S3's: a path and a signature in the query.
        format!(
            "http://{}/cloudformation-custom-resource-response-useast1/arn%3Aaws?X-Amz-Signature=abc",
            self.addr
        )
    }

    /// The one answer received, checked to be a `PUT` of JSON without a content type
    /// (the URL is signed for none).
    fn only(&self) -> Value {
        let answers = self.answers.lock().unwrap().clone();
        let [answer] = answers.try_into().expect("exactly one answer");
        assert_eq!(answer.method, "PUT");
        assert_eq!(answer.content_type.as_deref(), Some(""));
        answer.body
    }
}

fn function_at(stripe: Option<StripeConfig>) -> PortalConfigFunction {
    PortalConfigFunction::from_config(PortalConfigConfig { stripe })
}

fn function(fake: &StripeFake) -> PortalConfigFunction {
    let mut stripe = fake.config();
    stripe.retry = quick_retries();
    function_at(Some(stripe))
}

fn quick_retries() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        initial_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(50),
        ..RetryPolicy::default()
    }
}

/// The properties the template gives with its defaults.
fn default_properties() -> Value {
    json!({
        "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:shop-PortalConfigFunction-1",
        "DefaultReturnUrl": "https://shop.example/account",
        "Headline": "",
        "PrivacyPolicyUrl": "",
        "TermsOfServiceUrl": "",
        "PaymentMethodUpdate": "true",
        "InvoiceHistory": "true",
        "CustomerUpdate": "none",
        "CancelMode": "at_period_end",
        "CancelProration": "none",
        "CancellationReasons": "too_expensive,missing_features,switched_service,unused,customer_service,too_complex,low_quality,other",
        "UpdateProducts": "none",
        "UpdateAllowed": "price",
        "UpdateProration": "create_prorations",
    })
}

fn request(
    kind: &str,
    request_id: &str,
    physical: Option<&str>,
    properties: Value,
    response_url: &ResponseUrl,
) -> CustomResourceRequest {
    let mut event = json!({
        "RequestType": kind,
        "ServiceToken": properties["ServiceToken"],
        "ResponseURL": response_url.url(),
        "StackId": STACK_ID,
        "RequestId": request_id,
        "LogicalResourceId": "CustomerPortalConfiguration",
        "ResourceType": "Custom::PortalConfiguration",
        "ResourceProperties": properties,
    });
    if let Some(id) = physical {
        event["PhysicalResourceId"] = json!(id);
    }
    if kind == "Update" {
        event["OldResourceProperties"] = default_properties();
    }
    serde_json::from_value(event).unwrap()
}

fn deadline() -> Instant {
    Instant::now() + Duration::from_secs(15)
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// What CloudFormation reads, with the request's ids echoed.
fn assert_answer(body: &Value, request_id: &str, status: &str, physical: &str) {
    assert_eq!(body["Status"], status, "{body}");
    assert_eq!(body["PhysicalResourceId"], physical, "{body}");
    assert_eq!(body["StackId"], STACK_ID);
    assert_eq!(body["RequestId"], request_id);
    assert_eq!(body["LogicalResourceId"], "CustomerPortalConfiguration");
}

#[tokio::test]
async fn create_update_and_delete_one_configuration() {
    let fake = StripeFake::start().await;
    let function = function(&fake);

    // Create: the defaults, a working portal.
    let url = ResponseUrl::start(200).await;
    let create = request("Create", "req-create-1", None, default_properties(), &url);
    function.handle(&create, deadline()).await.unwrap();
    let body = url.only();
    let id = body["PhysicalResourceId"].as_str().unwrap().to_owned();
    assert!(id.starts_with("bpc_"), "{body}");
    assert_answer(&body, "req-create-1", "SUCCESS", &id);
    assert_eq!(body["Data"], json!({ "ConfigurationId": id }));
    assert!(body.get("Reason").is_none(), "{body}");
    let [created] = fake.requests().try_into().unwrap();
    assert_eq!(
        (created.method.as_str(), created.path.as_str()),
        ("POST", "/v1/billing_portal/configurations")
    );
    assert_eq!(
        created.header("idempotency-key"),
        Some("cfn-req-create-1-create")
    );
    let reasons = "features[subscription_cancel][cancellation_reason]";
    assert_eq!(
        created.form,
        pairs(&[
            ("business_profile[headline]", ""),
            ("default_return_url", "https://shop.example/account"),
            ("features[payment_method_update][enabled]", "true"),
            ("features[invoice_history][enabled]", "true"),
            ("features[customer_update][enabled]", "false"),
            ("features[subscription_cancel][enabled]", "true"),
            ("features[subscription_cancel][mode]", "at_period_end"),
            ("features[subscription_cancel][proration_behavior]", "none"),
            (&format!("{reasons}[enabled]"), "true"),
            (&format!("{reasons}[options][0]"), "too_expensive"),
            (&format!("{reasons}[options][1]"), "missing_features"),
            (&format!("{reasons}[options][2]"), "switched_service"),
            (&format!("{reasons}[options][3]"), "unused"),
            (&format!("{reasons}[options][4]"), "customer_service"),
            (&format!("{reasons}[options][5]"), "too_complex"),
            (&format!("{reasons}[options][6]"), "low_quality"),
            (&format!("{reasons}[options][7]"), "other"),
            ("features[subscription_update][enabled]", "false"),
        ])
    );

    // Update: the same configuration, changed in place.
    let url = ResponseUrl::start(200).await;
    let mut changed = default_properties();
    changed["Headline"] = json!("Your plan at Shop");
    changed["PrivacyPolicyUrl"] = json!("https://shop.example/privacy");
    changed["CustomerUpdate"] = json!("email,address");
    changed["CancellationReasons"] = json!("too_expensive,other");
    changed["UpdateProducts"] = json!("prod_basic:price_month,price_year");
    let update = request("Update", "req-update-2", Some(&id), changed, &url);
    function.handle(&update, deadline()).await.unwrap();
    let body = url.only();
    assert_answer(&body, "req-update-2", "SUCCESS", &id);
    assert_eq!(body["Data"]["ConfigurationId"], id.as_str());
    let updated = fake.requests().pop().unwrap();
    assert_eq!(
        updated.path,
        format!("/v1/billing_portal/configurations/{id}")
    );
    assert_eq!(
        updated.header("idempotency-key"),
        Some("cfn-req-update-2-update")
    );
    assert_eq!(
        updated.form,
        pairs(&[
            ("business_profile[headline]", "Your plan at Shop"),
            (
                "business_profile[privacy_policy_url]",
                "https://shop.example/privacy"
            ),
            ("default_return_url", "https://shop.example/account"),
            ("features[payment_method_update][enabled]", "true"),
            ("features[invoice_history][enabled]", "true"),
            ("features[customer_update][enabled]", "true"),
            ("features[customer_update][allowed_updates][0]", "email"),
            ("features[customer_update][allowed_updates][1]", "address"),
            ("features[subscription_cancel][enabled]", "true"),
            ("features[subscription_cancel][mode]", "at_period_end"),
            ("features[subscription_cancel][proration_behavior]", "none"),
            (&format!("{reasons}[enabled]"), "true"),
            (&format!("{reasons}[options][0]"), "too_expensive"),
            (&format!("{reasons}[options][1]"), "other"),
            ("features[subscription_update][enabled]", "true"),
            (
                "features[subscription_update][products][0][product]",
                "prod_basic"
            ),
            (
                "features[subscription_update][products][0][prices][0]",
                "price_month"
            ),
            (
                "features[subscription_update][products][0][prices][1]",
                "price_year"
            ),
            (
                "features[subscription_update][default_allowed_updates][0]",
                "price"
            ),
            (
                "features[subscription_update][proration_behavior]",
                "create_prorations"
            ),
        ])
    );

    // Delete: deactivated (Stripe deletes no configuration).
    let url = ResponseUrl::start(200).await;
    let delete = request(
        "Delete",
        "req-delete-3",
        Some(&id),
        default_properties(),
        &url,
    );
    function.handle(&delete, deadline()).await.unwrap();
    let body = url.only();
    assert_answer(&body, "req-delete-3", "SUCCESS", &id);
    assert!(body.get("Data").is_none(), "{body}");
    let deactivated = fake.requests().pop().unwrap();
    assert_eq!(
        deactivated.path,
        format!("/v1/billing_portal/configurations/{id}")
    );
    assert_eq!(deactivated.form, pairs(&[("active", "false")]));
    assert_eq!(
        deactivated.header("idempotency-key"),
        Some("cfn-req-delete-3-deactivate")
    );
    assert_eq!(fake.object(&id).unwrap()["active"], false);
    assert_eq!(fake.requests().len(), 3);
}

#[tokio::test]
async fn a_retried_create_makes_one_configuration() {
    let fake = StripeFake::start().await;
    let function = function(&fake);
    let mut ids = Vec::new();
    for _ in 0..2 {
        let url = ResponseUrl::start(200).await;
        let create = request("Create", "req-retried", None, default_properties(), &url);
        function.handle(&create, deadline()).await.unwrap();
        ids.push(url.only()["PhysicalResourceId"].clone());
    }
    assert_eq!(ids[0], ids[1], "Stripe replayed the first answer");
    let keys: Vec<_> = fake
        .requests()
        .iter()
        .map(|r| r.header("idempotency-key").unwrap().to_owned())
        .collect();
    assert_eq!(keys, ["cfn-req-retried-create", "cfn-req-retried-create"]);
}

#[tokio::test]
async fn deleting_what_a_failed_create_left_calls_no_one() {
    let fake = StripeFake::start().await;
    let function = function(&fake);
    let url = ResponseUrl::start(200).await;
    let delete = request(
        "Delete",
        "req-rollback",
        Some("not-created-req-create-0"),
        default_properties(),
        &url,
    );
    function.handle(&delete, deadline()).await.unwrap();
    assert_answer(
        &url.only(),
        "req-rollback",
        "SUCCESS",
        "not-created-req-create-0",
    );
    assert!(fake.requests().is_empty());
    // Nor does it need a key to say so.
    let url = ResponseUrl::start(200).await;
    let delete = request(
        "Delete",
        "req-rollback",
        Some("not-created-req-create-0"),
        default_properties(),
        &url,
    );
    function_at(None).handle(&delete, deadline()).await.unwrap();
    assert_eq!(url.only()["Status"], "SUCCESS");
}

#[tokio::test]
async fn bad_parameters_fail_with_the_property_and_reach_no_one() {
    let fake = StripeFake::start().await;
    let function = function(&fake);
    for (property, value, reason) in [
        (
            "CancellationReasons",
            "too_expensive,bored",
            "configuration: CancellationReasons is invalid: \"bored\" is not one of too_expensive,",
        ),
        (
            "CancelMode",
            "whenever",
            "configuration: CancelMode is invalid: \"whenever\" is not one of at_period_end, immediately, or off",
        ),
        (
            "UpdateProducts",
            "price_month",
            "configuration: UpdateProducts is invalid: \"price_month\" is a price without its product",
        ),
        (
            "PrivacyPolicyUrl",
            "privacy.html",
            "configuration: PrivacyPolicyUrl is invalid: must be an absolute http(s) URL",
        ),
    ] {
        let url = ResponseUrl::start(200).await;
        let mut properties = default_properties();
        properties[property] = json!(value);
        let create = request("Create", "req-bad", None, properties, &url);
        function.handle(&create, deadline()).await.unwrap();
        let body = url.only();
        assert_answer(&body, "req-bad", "FAILED", "not-created-req-bad");
        let got = body["Reason"].as_str().unwrap();
        assert!(got.starts_with(reason), "{got}");
        assert!(body.get("Data").is_none());
    }
    assert!(fake.requests().is_empty(), "nothing reached Stripe");
}

#[tokio::test]
async fn stripe_refusing_fails_the_resource_with_its_message_and_never_the_key() {
    let fake = StripeFake::start().await;
    let function = function(&fake);
    fake.script([Canned::error(
        400,
        "invalid_request_error",
        Some("parameter_invalid_empty"),
        "You must provide at least one product when subscription updates are enabled.",
    )]);
    let url = ResponseUrl::start(200).await;
    let create = request("Create", "req-400", None, default_properties(), &url);
    function.handle(&create, deadline()).await.unwrap();
    let body = url.only();
    assert_answer(&body, "req-400", "FAILED", "not-created-req-400");
    assert_eq!(
        body["Reason"],
        "Stripe did not save the portal configuration: Stripe answered 400 \
         (invalid_request_error, parameter_invalid_empty): You must provide at least one \
         product when subscription updates are enabled."
    );
    assert_eq!(fake.requests().len(), 1, "a 400 is not retried");

    // A revoked key: Stripe's message quotes it masked; the reason does not.
    fake.script([Canned::error(
        401,
        "invalid_request_error",
        None,
        "Invalid API Key provided: rk_test_********************1234",
    )]);
    let url = ResponseUrl::start(200).await;
    let update = request(
        "Update",
        "req-401",
        Some("bpc_1Existing"),
        default_properties(),
        &url,
    );
    function.handle(&update, deadline()).await.unwrap();
    let body = url.only();
    assert_answer(&body, "req-401", "FAILED", "bpc_1Existing");
    let reason = body["Reason"].as_str().unwrap();
    assert!(
        reason.ends_with("Invalid API Key provided: [a Stripe key]"),
        "{reason}"
    );
    assert!(!reason.contains("rk_test"), "{reason}");
}

#[tokio::test]
async fn stripe_unreachable_or_too_slow_fails_the_resource_in_time() {
    // Nothing listens on the port: every attempt fails to connect.
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let mut stripe = StripeFake::start().await.config();
    stripe.api_base = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    stripe.retry = quick_retries();
    let url = ResponseUrl::start(200).await;
    let create = request("Create", "req-down", None, default_properties(), &url);
    function_at(Some(stripe))
        .handle(&create, deadline())
        .await
        .unwrap();
    let body = url.only();
    assert_answer(&body, "req-down", "FAILED", "not-created-req-down");
    let reason = body["Reason"].as_str().unwrap();
    assert!(
        reason.starts_with(
            "Stripe did not save the portal configuration: Stripe could not be reached after 3 attempt(s)"
        ),
        "{reason}"
    );

    // Stripe slower than the invocation has left: the answer still goes, in time.
    let fake = StripeFake::start().await;
    fake.script([Canned::new(200, json!({})).after(Duration::from_secs(3))]);
    let url = ResponseUrl::start(200).await;
    let create = request("Create", "req-slow", None, default_properties(), &url);
    let started = Instant::now();
    let invocation_deadline =
        started + portal_config::RESPONSE_RESERVE + Duration::from_millis(500);
    function(&fake)
        .handle(&create, invocation_deadline)
        .await
        .unwrap();
    assert!(Instant::now() <= invocation_deadline, "answered in time");
    let body = url.only();
    assert_answer(&body, "req-slow", "FAILED", "not-created-req-slow");
    let reason = body["Reason"].as_str().unwrap();
    assert!(
        reason.contains("out of time") || reason.contains("timed out"),
        "{reason}"
    );
}

#[tokio::test]
async fn an_answer_cloudformation_did_not_get_fails_the_invocation() {
    let fake = StripeFake::start().await;
    let url = ResponseUrl::start(403).await;
    let create = request("Create", "req-lost", None, default_properties(), &url);
    let err = function(&fake)
        .handle(&create, deadline())
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the response could not be delivered to CloudFormation: the response URL answered 403 Forbidden"
    );
    // Tried three times, the same answer each time.
    let answers = url.answers.lock().unwrap().clone();
    assert_eq!(answers.len(), 3);
    assert!(answers.iter().all(|a| a.body == answers[0].body));
}

/// `cargo run -p local -- portal-config`: the same settings from the environment.
#[tokio::test]
async fn the_local_command_prints_the_form_applies_it_in_test_mode_and_refuses_live_keys() {
    use local::portal_config::{PortalConfigError, command};
    use stripe_recovery::config::Env;

    let args = |flags: &[&str]| flags.iter().map(|f| (*f).to_owned()).collect::<Vec<_>>();
    let settings = [
        ("PORTAL_RETURN_URL", "https://shop.example/account"),
        ("PORTAL_CANCEL_MODE", "off"),
    ];

    // --dry-run: the form, no key needed.
    let printed = command(&args(&["--dry-run"]), &Env::from_pairs(settings))
        .await
        .unwrap();
    assert!(
        printed.starts_with("dry run: POST /v1/billing_portal/configurations with\n"),
        "{printed}"
    );
    assert!(printed.contains("\n  features[subscription_cancel][enabled]=false\n"));
    assert!(printed.contains("\n  default_return_url=https://shop.example/account\n"));

    // Applied at the fake, then changed in place when PORTAL_CONFIGURATION names it.
    let fake = StripeFake::start().await;
    let mut env: Vec<(&str, String)> = settings
        .iter()
        .map(|(k, v)| (*k, (*v).to_owned()))
        .collect();
    env.push((
        "STRIPE_SECRET_KEY",
        integration_tests::stripe_fake::FAKE_SECRET_KEY.into(),
    ));
    env.push(("STRIPE_API_BASE", fake.base_url()));
    let printed = command(&[], &Env::from_pairs(env.clone())).await.unwrap();
    let id = printed
        .lines()
        .last()
        .and_then(|line| line.strip_prefix("PORTAL_CONFIGURATION="))
        .unwrap()
        .to_owned();
    assert!(printed.starts_with(&format!("created {id};")), "{printed}");
    env.push(("PORTAL_CONFIGURATION", id.clone()));
    let printed = command(&[], &Env::from_pairs(env)).await.unwrap();
    assert!(printed.starts_with(&format!("updated {id};")), "{printed}");
    let paths: Vec<String> = fake.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/v1/billing_portal/configurations".to_owned(),
            format!("/v1/billing_portal/configurations/{id}")
        ]
    );

    // Refused before any call: a live key, a bad setting, a stray argument.
    let mut live: Vec<(&str, &str)> = settings.to_vec();
    live.push(("STRIPE_SECRET_KEY", "rk_live_portal"));
    let err = command(&[], &Env::from_pairs(live)).await.unwrap_err();
    assert!(matches!(err, PortalConfigError::LiveKey), "{err}");
    assert!(
        err.to_string()
            .starts_with("STRIPE_SECRET_KEY is a live-mode key")
    );
    assert!(!err.to_string().contains("rk_live_portal"));
    let err = command(
        &args(&["--dry-run"]),
        &Env::from_pairs([
            ("PORTAL_RETURN_URL", "https://shop.example/account"),
            ("PORTAL_CANCELLATION_REASONS", "bored"),
        ]),
    )
    .await
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("configuration: PORTAL_CANCELLATION_REASONS is invalid: \"bored\""),
        "{err}"
    );
    let err = command(&args(&["--apply"]), &Env::from_pairs(settings))
        .await
        .unwrap_err();
    assert_eq!(err.to_string(), "usage: portal-config [--dry-run]");
    assert_eq!(fake.requests().len(), 2);
}
