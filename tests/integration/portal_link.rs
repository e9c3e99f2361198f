//! `GET /billing/portal` against the Stripe fake: the exact form each flow sends, the
//! redirect, the fallback to the portal's home page, retries, and links that never
//! reach Stripe.

use std::time::Duration;

use integration_tests::stripe_fake::{Canned, Recorded, StripeFake};
use integration_tests::*;
use lambda_http::{Body, Response};
use portal_link::PortalLinkFunction;
use portal_link::config::PortalConfig;
use serde_json::json;
use stripe_recovery::portal::{PortalFlow, PortalLink, PortalLinks};
use stripe_recovery::signed::{Purpose, TokenSigner};
use stripe_recovery::stripe::client::RetryPolicy;
use stripe_recovery::stripe::ids::{CustomerId, SubscriptionId};
use tokio::time::Instant;

const PORTAL_LINK_SECRET: &str = "portal_link_test_secret_0123456789ab";
const LINK_URL: &str = "https://api.example/billing/portal";
const RETURN_URL: &str = "https://shop.example/account";

fn app(fake: Option<&StripeFake>, extra: &[(&str, &str)]) -> PortalLinkFunction {
    let mut vars = extra.to_vec();
    vars.extend([
        ("PORTAL_LINK_SECRET", PORTAL_LINK_SECRET),
        ("PORTAL_RETURN_URL", RETURN_URL),
    ]);
    let mut config = PortalConfig::from_env(&env_of(&vars)).unwrap();
    if let Some(fake) = fake {
        let mut stripe = fake.config();
        // Short pauses keep the retry tests quick; the schedule itself is unit-tested.
        stripe.retry = RetryPolicy {
            initial_backoff: Duration::from_millis(20),
            max_backoff: Duration::from_millis(50),
            ..RetryPolicy::default()
        };
        config.stripe = Some(stripe);
    }
    PortalLinkFunction::from_config(config)
}

fn links() -> PortalLinks {
    PortalLinks::new(
        LINK_URL.into(),
        TokenSigner::new(Purpose::Portal, PORTAL_LINK_SECRET).unwrap(),
        30,
    )
}

const CUSTOMER: &str = "cus_QXg1o8vcGmoR32";
const SUBSCRIPTION: &str = "sub_1MowQVLkdIwHu7ixeRlqHVzs";

fn customer() -> CustomerId {
    CustomerId::parse(CUSTOMER).unwrap()
}

fn sub() -> SubscriptionId {
    SubscriptionId::parse(SUBSCRIPTION).unwrap()
}

/// The path and query of a minted link, as API Gateway passes them on.
fn path(link: &PortalLink) -> String {
    links()
        .link(link, unix_now())
        .strip_prefix("https://api.example")
        .unwrap()
        .to_owned()
}

async fn click(app: &PortalLinkFunction, path: &str) -> Response<Body> {
    let request = api_gateway_request(
        "GET",
        path,
        json!({"accept-language": "de-CH,de;q=0.9"}),
        "",
        false,
    );
    app.handle(
        request,
        unix_now(),
        Instant::now() + Duration::from_secs(10),
    )
    .await
}

fn body(response: &Response<Body>) -> String {
    String::from_utf8_lossy(response.body().as_ref()).into_owned()
}

fn assert_redirect_to_the_session(response: &Response<Body>) {
    assert_eq!(response.status(), 303, "{}", body(response));
    let headers = response.headers();
    assert_eq!(
        headers["location"],
        fixture("billing_portal.session")["url"].as_str().unwrap()
    );
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["referrer-policy"], "no-referrer");
}

fn form(request: &Recorded) -> Vec<(&str, &str)> {
    request
        .form
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

#[tokio::test]
async fn each_flow_sends_exactly_its_parameters_and_redirects_to_a_fresh_session() {
    let redirect = [
        ("flow_data[after_completion][type]", "redirect"),
        (
            "flow_data[after_completion][redirect][return_url]",
            RETURN_URL,
        ),
    ];
    /// A flow, the link's locale, and the form after `customer`, `return_url`, `configuration`.
    type Case<'a> = (PortalFlow, Option<&'a str>, Vec<(&'a str, &'a str)>);
    let cases: Vec<Case> = vec![
        (PortalFlow::Home, None, vec![("locale", "auto")]),
        (
            PortalFlow::PaymentMethodUpdate,
            Some("ja"),
            [
                ("locale", "ja"),
                ("flow_data[type]", "payment_method_update"),
            ]
            .into_iter()
            .chain(redirect)
            .collect(),
        ),
        (
            PortalFlow::SubscriptionCancel(sub()),
            None,
            [
                ("locale", "auto"),
                ("flow_data[type]", "subscription_cancel"),
            ]
            .into_iter()
            .chain(redirect)
            .chain([
                ("flow_data[subscription_cancel][subscription]", SUBSCRIPTION),
                (
                    "flow_data[subscription_cancel][retention][type]",
                    "coupon_offer",
                ),
                (
                    "flow_data[subscription_cancel][retention][coupon_offer][coupon]",
                    "STAY20",
                ),
            ])
            .collect(),
        ),
        (
            PortalFlow::SubscriptionUpdate(sub()),
            Some("fr-CA"),
            [
                ("locale", "fr-CA"),
                ("flow_data[type]", "subscription_update"),
            ]
            .into_iter()
            .chain(redirect)
            .chain([("flow_data[subscription_update][subscription]", SUBSCRIPTION)])
            .collect(),
        ),
    ];
    for (flow, locale, rest) in cases {
        let fake = StripeFake::start().await;
        let app = app(
            Some(&fake),
            &[
                ("PORTAL_CONFIGURATION", "bpc_1Pgc7HB7WZ01zgkWxH2EPWRX"),
                ("PORTAL_RETENTION_COUPON", "STAY20"),
            ],
        );
        let link = PortalLink::new(customer(), flow.clone(), locale.map(str::to_owned)).unwrap();
        let path = path(&link);
        // Two clicks on one link: two sessions, each under its own key.
        for _ in 0..2 {
            assert_redirect_to_the_session(&click(&app, &path).await);
        }
        let requests = fake.requests();
        assert_eq!(requests.len(), 2);
        let expected: Vec<(&str, &str)> = [
            ("customer", CUSTOMER),
            ("return_url", RETURN_URL),
            ("configuration", "bpc_1Pgc7HB7WZ01zgkWxH2EPWRX"),
        ]
        .into_iter()
        .chain(rest)
        .collect();
        assert_eq!(form(&requests[0]), expected, "{flow:?}");
        assert_eq!(requests[0].path, "/v1/billing_portal/sessions");
        assert_ne!(
            requests[0].header("idempotency-key"),
            requests[1].header("idempotency-key"),
            "no key reused across clicks"
        );
    }
}

/// A proposed plan change, confirmed by the customer on Stripe's page, which then
/// thanks them in the link's language: exactly Stripe's confirm flow, validated by the
/// fake against Stripe's spec.
#[tokio::test]
async fn a_proposed_plan_change_opens_the_confirm_flow_and_ends_on_stripes_page() {
    use stripe_recovery::portal::{AfterCompletion, ProposedItem, ProposedUpdate};
    use stripe_recovery::stripe::ids::{PriceId, SubscriptionItemId};
    let fake = StripeFake::start().await;
    let app = app(Some(&fake), &[]);
    let update = ProposedUpdate::new(
        sub(),
        vec![ProposedItem {
            id: SubscriptionItemId::parse("si_OtJ0mY1wMtJ4Kz").unwrap(),
            price: Some(PriceId::parse("price_1MowQULkdIwHu7ixraBm864M").unwrap()),
            quantity: Some(2),
        }],
        Some("UPGRADE10".into()),
    )
    .unwrap();
    let link = PortalLink::new(
        customer(),
        PortalFlow::SubscriptionUpdateConfirm(update),
        Some("ja".into()),
    )
    .unwrap()
    .ending_with(AfterCompletion::HostedConfirmation);
    assert_redirect_to_the_session(&click(&app, &path(&link)).await);
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        form(&requests[0]),
        [
            ("customer", CUSTOMER),
            ("return_url", RETURN_URL),
            ("locale", "ja"),
            ("flow_data[type]", "subscription_update_confirm"),
            ("flow_data[after_completion][type]", "hosted_confirmation"),
            (
                "flow_data[after_completion][hosted_confirmation][custom_message]",
                &portal_link::session::confirmation_message(stripe_recovery::mail::Language::Ja),
            ),
            (
                "flow_data[subscription_update_confirm][subscription]",
                SUBSCRIPTION
            ),
            (
                "flow_data[subscription_update_confirm][items][0][id]",
                "si_OtJ0mY1wMtJ4Kz"
            ),
            (
                "flow_data[subscription_update_confirm][items][0][price]",
                "price_1MowQULkdIwHu7ixraBm864M"
            ),
            (
                "flow_data[subscription_update_confirm][items][0][quantity]",
                "2"
            ),
            (
                "flow_data[subscription_update_confirm][discounts][0][coupon]",
                "UPGRADE10"
            ),
        ]
    );
}

#[tokio::test]
async fn a_flow_stripe_refuses_falls_back_to_the_portals_home_page() {
    let fake = StripeFake::start().await;
    fake.script([Canned::error(
        400,
        "invalid_request_error",
        None,
        "You can't cancel this subscription because it is already set to cancel.",
    )]);
    let app = app(Some(&fake), &[]);
    let link = PortalLink::new(customer(), PortalFlow::SubscriptionCancel(sub()), None).unwrap();
    assert_redirect_to_the_session(&click(&app, &path(&link)).await);
    let requests = fake.requests();
    assert_eq!(requests.len(), 2, "the flow, then the home page");
    assert_eq!(
        requests[0].param("flow_data[type]"),
        Some("subscription_cancel")
    );
    assert_eq!(
        form(&requests[1]),
        [
            ("customer", CUSTOMER),
            ("return_url", RETURN_URL),
            ("locale", "auto")
        ]
    );
    assert_ne!(
        requests[0].header("idempotency-key"),
        requests[1].header("idempotency-key")
    );
}

#[tokio::test]
async fn a_customer_that_no_longer_exists_gets_the_error_page() {
    let fake = StripeFake::start().await;
    let mut missing = Canned::error(
        400,
        "invalid_request_error",
        Some("resource_missing"),
        "No such customer: 'cus_QXg1o8vcGmoR32'",
    );
    missing.body["error"]["param"] = json!("customer");
    fake.script([missing]);
    let app = app(Some(&fake), &[]);
    let link = PortalLink::new(customer(), PortalFlow::PaymentMethodUpdate, None).unwrap();
    let response = click(&app, &path(&link)).await;
    assert_eq!(response.status(), 404);
    let html = body(&response);
    assert!(
        html.contains("Wir konnten Ihr Konto nicht finden"),
        "{html}"
    );
    assert!(!html.contains("cus_"), "Stripe's message stays in the logs");
    assert_eq!(
        fake.requests().len(),
        1,
        "no fallback for a missing customer"
    );
}

#[tokio::test]
async fn rate_limits_and_5xx_are_retried_under_one_key() {
    let fake = StripeFake::start().await;
    fake.script([
        Canned::error(
            429,
            "rate_limit_error",
            Some("rate_limit"),
            "Too many requests",
        ),
        Canned::error(500, "api_error", None, "Something went wrong"),
    ]);
    let app = app(Some(&fake), &[]);
    let link = PortalLink::new(customer(), PortalFlow::PaymentMethodUpdate, None).unwrap();
    assert_redirect_to_the_session(&click(&app, &path(&link)).await);
    let requests = fake.requests();
    assert_eq!(requests.len(), 3);
    let key = requests[0].header("idempotency-key");
    assert!(requests.iter().all(|r| r.header("idempotency-key") == key));
    assert!(requests.iter().all(|r| r.form == requests[0].form));
}

#[tokio::test]
async fn stripe_down_after_retries_asks_to_try_again() {
    let fake = StripeFake::start().await;
    fake.script(vec![
        Canned::error(503, "api_error", None, "Unavailable");
        10
    ]);
    let app = app(Some(&fake), &[]);
    let link = PortalLink::new(customer(), PortalFlow::Home, None).unwrap();
    let response = click(&app, &path(&link)).await;
    assert_eq!(response.status(), 503);
    assert!(body(&response).contains("Bitte versuchen Sie es gleich noch einmal"));
    assert_eq!(
        fake.requests().len(),
        RetryPolicy::default().max_attempts as usize
    );
}

#[tokio::test]
async fn bad_links_get_a_page_and_never_reach_stripe() {
    let fake = StripeFake::start().await;
    let app = app(Some(&fake), &[]);
    let link = PortalLink::new(customer(), PortalFlow::PaymentMethodUpdate, None).unwrap();
    let good = path(&link);
    let mut tampered = good.clone().into_bytes();
    let at = good.find("?t=").unwrap() + 10;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    let expired = {
        let minted = links().link(&link, unix_now() - 31 * 86_400);
        minted
            .strip_prefix("https://api.example")
            .unwrap()
            .to_owned()
    };
    let unsubscribe_token = TokenSigner::new(Purpose::Unsubscribe, PORTAL_LINK_SECRET)
        .unwrap()
        .sign(&json!({"customer": customer().as_str()}), unix_now() + 60);
    for (path, status, heading) in [
        (
            String::from_utf8(tampered).unwrap(),
            400,
            "Dieser Link ist ungültig",
        ),
        (
            "/billing/portal".to_owned(),
            400,
            "Dieser Link ist ungültig",
        ),
        (
            "/billing/portal?t=%%%".to_owned(),
            400,
            "Dieser Link ist ungültig",
        ),
        (
            format!("/billing/portal?t={unsubscribe_token}"),
            400,
            "Dieser Link ist ungültig",
        ),
        (expired, 410, "Dieser Link ist abgelaufen"),
    ] {
        let response = click(&app, &path).await;
        assert_eq!(response.status(), status, "{path}");
        let html = body(&response);
        assert!(html.contains(heading), "{path}: {html}");
        assert!(!html.contains("<script"), "no JavaScript");
        assert_eq!(response.headers()["cache-control"], "no-store");
    }
    let post = api_gateway_request("POST", &good, json!({}), "", false);
    let response = app
        .handle(post, unix_now(), Instant::now() + Duration::from_secs(5))
        .await;
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "GET, HEAD");
    assert!(fake.requests().is_empty(), "no bad link reaches Stripe");
}

#[tokio::test]
async fn head_and_prefetch_requests_never_create_a_portal_session() {
    let fake = StripeFake::start().await;
    let app = app(Some(&fake), &[]);
    let link = PortalLink::new(customer(), PortalFlow::PaymentMethodUpdate, None).unwrap();
    let good = path(&link);
    let ask = |method: &str, headers: serde_json::Value| {
        let request = api_gateway_request(method, &good, headers, "", false);
        app.handle(
            request,
            unix_now(),
            Instant::now() + Duration::from_secs(10),
        )
    };

    // HEAD (a link checker, a scanner): the page's headers, no body, no session.
    let head = ask("HEAD", json!({})).await;
    assert_eq!(head.status(), 200);
    assert!(head.body().as_ref().is_empty());
    assert_eq!(head.headers()["cache-control"], "no-store");
    assert_eq!(head.headers()["content-type"], "text/html; charset=utf-8");
    // A browser's prefetch or prerender: refused, so the browser discards it and the
    // real navigation asks again.
    for headers in [
        json!({"sec-purpose": "prefetch"}),
        json!({"sec-purpose": "prefetch;prerender"}),
        json!({"sec-purpose": "prefetch; anonymous-client-ip"}),
        json!({"purpose": "prefetch"}),
        json!({"Purpose": "Prefetch"}),
    ] {
        let response = ask("GET", headers.clone()).await;
        assert_eq!(response.status(), 503, "{headers}");
        assert_eq!(response.headers()["cache-control"], "no-store", "{headers}");
        assert!(response.body().as_ref().is_empty(), "{headers}");
    }
    assert!(
        fake.requests().is_empty(),
        "no session for HEAD or a prefetch"
    );

    // A bad link answers HEAD as GET would, without its page.
    let forged = api_gateway_request("HEAD", "/billing/portal?t=x.y", json!({}), "", false);
    let response = app
        .handle(forged, unix_now(), Instant::now() + Duration::from_secs(5))
        .await;
    assert_eq!(response.status(), 400);
    assert!(response.body().as_ref().is_empty());

    // The click itself still opens the portal.
    assert_redirect_to_the_session(&ask("GET", json!({"sec-fetch-dest": "document"})).await);
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test]
async fn without_a_stripe_key_a_click_shows_the_session_it_would_create() {
    let app = app(None, &[]);
    let link = PortalLink::new(
        customer(),
        PortalFlow::SubscriptionUpdate(sub()),
        Some("ja".into()),
    )
    .unwrap();
    let response = click(&app, &path(&link)).await;
    assert_eq!(response.status(), 200);
    let html = body(&response);
    assert!(html.contains("ドライラン"), "{html}");
    assert!(
        html.contains("flow_data[subscription_update][subscription]"),
        "{html}"
    );
    assert!(html.contains(SUBSCRIPTION), "{html}");
}
