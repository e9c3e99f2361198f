//! Our Stripe requests against Stripe's OpenAPI document beyond what the other tests
//! send (the fake validates those): every form the code can build for Checkout and the
//! customer portal, every Stripe path in the code against the operations the spec subset
//! holds, and the fake's own guarantees (a request it has no schema for, a violation
//! left when the test lets go of it).

use std::path::{Path, PathBuf};
use std::time::Duration;

use create_session::checkout::{
    CHECKOUT_LOCALES, CheckoutMode, CheckoutPolicy, CheckoutRequest, ConsentClaim, CustomerClaims,
    MAX_CLIENT_REFERENCE_ID_LEN, MAX_LINE_ITEMS, MAX_QUANTITY, session_expiry, session_params,
};
use integration_tests::stripe_fake::StripeFake;
use integration_tests::stripe_spec::{Kind, Request, Violation, spec};
use portal_link::config::PortalSettings;
use portal_link::session::SessionParams;
use stripe_recovery::consent::{MAX_SOURCE_LEN, MAX_WORDING_LEN};
use stripe_recovery::mail::Language;
use stripe_recovery::portal::{
    AfterCompletion, PORTAL_LOCALES, PortalFlow, PortalLink, ProposedItem, ProposedUpdate,
};
use stripe_recovery::stripe::client::IdempotencyKey;
use stripe_recovery::stripe::ids::{CustomerId, PriceId, SubscriptionId, SubscriptionItemId};
use tokio::time::Instant;

/// What Stripe's spec says of a form POSTed to `path`.
fn post(path: &str, form: &str) -> Vec<Violation> {
    let form: Vec<(String, String)> = form_urlencoded::parse(form.as_bytes())
        .into_owned()
        .collect();
    spec().validate(&Request {
        method: "POST",
        path,
        content_type: Some("application/x-www-form-urlencoded"),
        query: &[],
        form: &form,
    })
}

fn report(failures: &[(String, Vec<Violation>)]) -> String {
    failures
        .iter()
        .take(10)
        .map(|(case, violations)| {
            let lines: Vec<String> = violations.iter().map(|v| format!("  {v}")).collect();
            format!("{case}:\n{}", lines.join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_portal_session_the_code_can_ask_for_is_one_stripe_accepts() {
    let customer = CustomerId::parse("cus_QXg1o8vcGmoR32").unwrap();
    let sub = SubscriptionId::parse("sub_1MowQVLkdIwHu7ixeRlqHVzs").unwrap();
    let proposed = ProposedUpdate::new(
        sub.clone(),
        vec![
            ProposedItem {
                id: SubscriptionItemId::parse("si_OtJ0mY1wMtJ4Kz").unwrap(),
                price: Some(PriceId::parse("price_1MowQULkdIwHu7ixraBm864M").unwrap()),
                quantity: Some(2),
            },
            ProposedItem {
                id: SubscriptionItemId::parse("si_OtJ0mY1wMtJ4Ky").unwrap(),
                price: None,
                quantity: Some(5),
            },
        ],
        Some("UPGRADE10".into()),
    )
    .unwrap();
    let flows = [
        PortalFlow::Home,
        PortalFlow::PaymentMethodUpdate,
        PortalFlow::SubscriptionCancel(sub.clone()),
        PortalFlow::SubscriptionUpdate(sub),
        PortalFlow::SubscriptionUpdateConfirm(proposed),
    ];
    let locales = std::iter::once(None).chain(PORTAL_LOCALES.iter().map(|l| Some(*l)));
    let mut failures = vec![];
    let mut flow_types = std::collections::BTreeSet::new();
    let mut checked = 0;
    for locale in locales {
        for flow in &flows {
            for coupon in [None, Some("STAY20")] {
                for configuration in [None, Some("bpc_1Q0PxAB2gH")] {
                    let settings = PortalSettings {
                        return_url: "https://shop.example/account?from=portal".into(),
                        configuration: configuration.map(str::to_owned),
                        retention_coupon: coupon.map(str::to_owned),
                    };
                    // Each way a flow can end, each language its confirmation speaks.
                    let n = checked % AfterCompletion::ALL.len();
                    let link =
                        PortalLink::new(customer.clone(), flow.clone(), locale.map(str::to_owned))
                            .unwrap()
                            .ending_with(AfterCompletion::ALL[n]);
                    let language = Language::ALL[checked % Language::ALL.len()];
                    let form = SessionParams::new(&link, flow, &settings, language).to_form();
                    if let Some(kind) = flow.kind() {
                        let sent = form_urlencoded::parse(form.as_bytes())
                            .any(|(k, v)| k == "flow_data[type]" && v == kind);
                        assert!(sent, "{form}");
                        flow_types.insert(kind);
                    }
                    let violations = post("/v1/billing_portal/sessions", &form);
                    if !violations.is_empty() {
                        failures.push((form, violations));
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "portal session forms Stripe's spec refuses:\n{}",
        report(&failures)
    );
    // Each flow_data type the code knows, each locale, with and without the options.
    assert_eq!(
        flow_types.into_iter().collect::<Vec<_>>(),
        [
            "payment_method_update",
            "subscription_cancel",
            "subscription_update",
            "subscription_update_confirm"
        ]
    );
    assert_eq!(checked, (PORTAL_LOCALES.len() + 1) * flows.len() * 4);
}

#[test]
fn every_checkout_session_the_code_can_create_is_one_stripe_accepts() {
    let prices = ["price_1SampleTshirt", "price_1SampleMug"];
    let policy = |mode, consent, codes, cancel: Option<&str>| CheckoutPolicy {
        allowed_prices: prices.map(|p| PriceId::parse(p).unwrap()).into(),
        success_url: "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}".into(),
        cancel_url: cancel.map(str::to_owned),
        mode,
        expires_minutes: 60,
        collect_promotions_consent: consent,
        recovery_allow_promotion_codes: codes,
    };
    let one_item = r#"[{"price":"price_1SampleTshirt","quantity":1}]"#.to_owned();
    let most_items = format!(
        "[{}]",
        vec![
            format!(r#"{{"price":"price_1SampleMug","quantity":{MAX_QUANTITY}}}"#);
            MAX_LINE_ITEMS
        ]
        .join(",")
    );
    let now = 1_800_000_000;
    let claims = [
        CustomerClaims::default(),
        CustomerClaims {
            customer: Some("cus_QXg1o8vcGmoR32".into()),
            client_reference_id: Some("r".repeat(MAX_CLIENT_REFERENCE_ID_LEN)),
            ..CustomerClaims::default()
        },
        CustomerClaims {
            customer_email: Some("jenny.rosen@example.com".into()),
            client_reference_id: Some("order-1".into()),
            ..CustomerClaims::default()
        },
        // The consent's metadata at its longest.
        CustomerClaims {
            customer: Some("cus_QXg1o8vcGmoR32".into()),
            consent: Some(ConsentClaim {
                at: now,
                source: "s".repeat(MAX_SOURCE_LEN),
                wording: Some("ä".repeat(MAX_WORDING_LEN)),
            }),
            ..CustomerClaims::default()
        },
    ];
    let mut failures = vec![];
    let mut check = |items: &str,
                     locale: Option<&str>,
                     claims: &CustomerClaims,
                     policy: &CheckoutPolicy,
                     expiry: Option<i64>| {
        let locale = locale.map_or(String::new(), |l| format!(r#","locale":"{l}""#));
        let body = format!(r#"{{"line_items":{items}{locale}}}"#);
        let request = CheckoutRequest::from_json(body.as_bytes()).unwrap();
        let mut params = session_params(request, claims.clone(), policy, now).unwrap();
        params.expires_at = expiry;
        let form = params.to_form();
        let violations = post("/v1/checkout/sessions", &form);
        if !violations.is_empty() {
            failures.push((form, violations));
        }
    };
    for mode in [CheckoutMode::Payment, CheckoutMode::Subscription] {
        for consent in [true, false] {
            for codes in [true, false] {
                for cancel in [None, Some("https://shop.example/cart")] {
                    for claims in &claims {
                        for items in [&one_item, &most_items] {
                            for expiry in [None, session_expiry(60, now)] {
                                let policy = policy(mode, consent, codes, cancel);
                                check(items, None, claims, &policy, expiry);
                            }
                        }
                    }
                }
            }
        }
    }
    let policy = policy(CheckoutMode::Payment, true, false, None);
    for locale in CHECKOUT_LOCALES {
        check(&one_item, Some(locale), &claims[0], &policy, None);
    }
    assert!(
        failures.is_empty(),
        "Checkout Session forms Stripe's spec refuses:\n{}",
        report(&failures)
    );
}

/// Every `.rs` file below `dir`.
fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The Stripe paths a source names (`"/v1/…"`, `` `GET /v1/…` ``), up to a query.
fn stripe_paths(text: &str) -> Vec<String> {
    let mut paths = vec![];
    let mut from = 0;
    while let Some(at) = text[from..].find("/v1/") {
        let start = from + at;
        from = start + 4;
        let quoted = text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '"' | '`' | ' '));
        if !quoted {
            continue;
        }
        let path: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '/' | '{' | '}'))
            .collect();
        paths.push(path.trim_end_matches('/').to_owned());
    }
    paths
}

#[test]
fn every_stripe_path_in_the_code_has_a_schema_and_every_schema_is_called() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut files = vec![];
    sources(&root.join("shared/src"), &mut files);
    sources(&root.join("local/src"), &mut files);
    for function in std::fs::read_dir(root.join("functions")).unwrap().flatten() {
        sources(&function.path().join("src"), &mut files);
    }
    let mut used = std::collections::BTreeSet::new();
    let mut missing = vec![];
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for path in stripe_paths(&text) {
            let operations = spec().operations_for_path(&path);
            if operations.is_empty() {
                let stripe = ["GET", "POST", "DELETE"]
                    .into_iter()
                    .find_map(|m| spec().stripe_operation(m, &path))
                    .unwrap_or_else(|| "no operation of Stripe's API".into());
                missing.push(format!(
                    "{}: {path} (Stripe: {stripe})",
                    file.strip_prefix(root).unwrap().display()
                ));
            }
            used.extend(operations);
        }
    }
    assert!(
        missing.is_empty(),
        "Stripe paths in the code that the spec subset has no schema for (add them to \
         OPERATIONS in scripts/stripe-openapi.py and run it):\n{}",
        missing.join("\n")
    );
    let unused: Vec<&str> = spec()
        .operation_names()
        .filter(|o| !used.contains(o))
        .collect();
    assert!(
        unused.is_empty(),
        "operations in scripts/stripe-openapi.py's OPERATIONS that no code names any more: \
         {unused:?}"
    );
    // The scan sees what the client calls.
    for called in [
        "POST /v1/checkout/sessions",
        "GET /v1/checkout/sessions/{session}/line_items",
        "POST /v1/setup_intents/{intent}/cancel",
        "GET /v1/events/{id}",
    ] {
        assert!(used.contains(called), "{called} not found in the code");
    }
}

#[tokio::test]
async fn a_request_to_an_operation_without_a_schema_is_refused_and_recorded() {
    let fake = StripeFake::start().await;
    let client = fake.client();
    let deadline = Instant::now() + Duration::from_secs(5);
    let key = IdempotencyKey::parse("spec-test-1").unwrap();
    // An operation Stripe has, but not one the subset holds.
    let answer = client
        .post_form::<serde_json::Value>("/v1/customers/cus_1", "name=A".into(), &key, deadline)
        .await;
    let error = answer.unwrap_err().to_string();
    assert!(error.contains("400"), "{error}");
    // And one Stripe does not have at all.
    let answer = client
        .get::<serde_json::Value>("/v1/checkout/session/cs_1", deadline)
        .await;
    assert!(answer.unwrap_err().to_string().contains("404"));
    let violations = fake.take_violations();
    let kinds: Vec<(Kind, &str)> = violations
        .iter()
        .map(|v| (v.kind, v.operation.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (Kind::NoSchema, "POST /v1/customers/{customer}"),
            (Kind::NoSuchOperation, "GET /v1/checkout/session/cs_1"),
        ]
    );
    assert!(violations[0].message.contains("scripts/stripe-openapi.py"));
}

#[test]
fn a_test_that_lets_go_of_the_fake_with_a_violation_left_fails() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let fake = runtime.block_on(async {
        let fake = StripeFake::start().await;
        let key = IdempotencyKey::parse("spec-test-2").unwrap();
        // What a caller that copes with a 400 (a fallback, a skip) would never show.
        let _ = fake
            .client()
            .post_form::<serde_json::Value>(
                "/v1/billing_portal/sessions",
                "customer=cus_1&flow_data[type]=payment_method_update&flow_data[after_completion][type]=redirect&flow_data[after_completion][redirect][return_ur]=https://x".into(),
                &key,
                Instant::now() + Duration::from_secs(5),
            )
            .await;
        fake
    });
    let copy = fake.clone();
    drop(fake);
    // Another handle is still held: nothing yet.
    assert_eq!(copy.violations().len(), 2);
    let dropped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(copy)));
    let message = dropped.expect_err("dropping the last handle fails the test");
    let message = message
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(
        message.contains(
            "POST /v1/billing_portal/sessions: flow_data[after_completion][redirect][return_ur]: unknown parameter (did you mean \"return_url\"?)"
        ),
        "{message}"
    );
    assert!(
        message.contains("flow_data[after_completion][redirect][return_url]: a required parameter"),
        "{message}"
    );
    drop(runtime);
}
