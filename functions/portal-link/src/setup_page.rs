//! `GET /billing/setup?t=<token>`: the page that lets a customer authenticate (3-D
//! Secure) the card their subscription's pending SetupIntent is setting up.
//!
//! The mail's link is a `setup` token naming the customer and the SetupIntent, never
//! its client secret. At the click the SetupIntent is read (`GET /v1/setup_intents/{id}`:
//! a read, our state and the customer's unchanged); only one of the token's customer
//! that still asks for authentication (`requires_action`) gets the page that runs
//! Stripe.js's `confirmCardSetup` with its client secret, which is in that page alone
//! (no cache, no referrer). Anything else gets a page that says there is nothing to do.
//! A `HEAD` and a browser's prefetch never read the SetupIntent.
//!
//! The page allows Stripe.js and nothing else: `script-src` is js.stripe.com and the
//! hash of our one inline script (`setup_confirm.js`), Stripe's frames (3-D Secure)
//! and its API for `connect-src`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use lambda_http::http::{HeaderValue, StatusCode, header};
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use stripe_recovery::http::html_page;
use stripe_recovery::mail::{Language, PageKind, render_page};
use stripe_recovery::setup_link::SetupLink;
use stripe_recovery::stripe::billing::SetupIntentStatus;
use stripe_recovery::stripe::event::Expandable;
use stripe_recovery::stripe::ids::{CustomerId, SetupIntentId};

/// Stripe.js, from Stripe only (Stripe requires it be loaded from js.stripe.com).
pub const STRIPE_JS: &str = "https://js.stripe.com/v3/";

/// The page's one script of ours, inlined and allowed by its hash.
pub const CONFIRM_SCRIPT: &str = include_str!("setup_confirm.js");

/// The CSP `'sha256-…'` source of `CONFIRM_SCRIPT`.
pub fn script_hash() -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(CONFIRM_SCRIPT.as_bytes()))
    )
}

/// The confirmation page's policy: Stripe.js and our hashed script; Stripe's frames
/// (3-D Secure opens in one) and API; inline styles as every page of ours; nothing else.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; script-src https://js.stripe.com {}; \
         frame-src https://js.stripe.com https://hooks.stripe.com; \
         connect-src https://api.stripe.com; style-src 'unsafe-inline'; img-src https:; \
         base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        script_hash()
    )
}

/// The SetupIntent as the page reads it: the fields `decide` needs and the client
/// secret, which never reaches a log (`Debug` leaves it out).
#[derive(Clone, Deserialize)]
pub struct FetchedIntent {
    pub id: SetupIntentId,
    #[serde(default)]
    pub customer: Option<Expandable<CustomerId>>,
    pub status: SetupIntentStatus,
    #[serde(default)]
    pub client_secret: Option<String>,
}

impl std::fmt::Debug for FetchedIntent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FetchedIntent")
            .field("id", &self.id)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

/// What the page says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetupOutcome {
    /// The SetupIntent asks for authentication: the page that runs `confirmCardSetup`.
    Confirm,
    /// Succeeded, canceled, or waiting for nothing the customer can do here.
    NothingToDo,
    /// Tampered, foreign or malformed link; or a SetupIntent that is not the link's
    /// customer's (or gone).
    Invalid,
    Expired,
    /// Stripe failing or unreachable, or the page not configured: try again later.
    Unavailable,
}

impl SetupOutcome {
    pub fn status(self) -> StatusCode {
        match self {
            Self::Confirm | Self::NothingToDo => StatusCode::OK,
            Self::Invalid => StatusCode::NOT_FOUND,
            Self::Expired => StatusCode::GONE,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// What the SetupIntent read at the click calls for (pure): `None` for the intent means
/// Stripe does not know it.
pub fn decide(link: &SetupLink, intent: Option<&FetchedIntent>) -> SetupOutcome {
    let Some(intent) = intent else {
        return SetupOutcome::Invalid;
    };
    let owner = intent.customer.as_ref().map(Expandable::id);
    if intent.id != link.setup_intent || owner != Some(&link.customer) {
        return SetupOutcome::Invalid;
    }
    match (intent.status, &intent.client_secret) {
        (SetupIntentStatus::RequiresAction, Some(_)) => SetupOutcome::Confirm,
        (SetupIntentStatus::RequiresAction, None) => SetupOutcome::Unavailable,
        _ => SetupOutcome::NothingToDo,
    }
}

#[derive(Debug, Serialize)]
struct SetupPage<'a> {
    outcome: SetupOutcome,
    /// `Confirm` only: what the script hands Stripe.js.
    client_secret: Option<&'a str>,
    publishable_key: Option<&'a str>,
    stripe_js: &'static str,
    script: &'static str,
}

impl PageKind for SetupPage<'_> {
    const PAGE: &'static str = "setup-intent";
}

/// The page for `outcome`; with `Confirm`, the client secret and the publishable key.
pub fn page(
    outcome: SetupOutcome,
    language: Language,
    confirm: Option<(&str, &str)>,
) -> Response<Body> {
    let (client_secret, publishable_key) = match (outcome, confirm) {
        (SetupOutcome::Confirm, Some((secret, key))) => (Some(secret), Some(key)),
        _ => (None, None),
    };
    let rendered = render_page(
        language,
        &SetupPage {
            outcome,
            client_secret,
            publishable_key,
            stripe_js: STRIPE_JS,
            script: CONFIRM_SCRIPT,
        },
    );
    let mut response = match rendered {
        Ok(html) => html_page(outcome.status(), html),
        Err(err) => {
            tracing::error!(error = %err, "setup page not rendered");
            html_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "<!DOCTYPE html><title>Error</title><p>Please try again later.</p>".into(),
            )
        }
    };
    let policy = HeaderValue::from_str(&content_security_policy())
        .expect("the policy is ASCII without control characters");
    response
        .headers_mut()
        .insert(header::CONTENT_SECURITY_POLICY, policy);
    response
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn link() -> SetupLink {
        SetupLink {
            customer: CustomerId::parse("cus_1").unwrap(),
            setup_intent: SetupIntentId::parse("seti_1").unwrap(),
            language: None,
        }
    }

    fn intent(id: &str, customer: Option<&str>, status: &str, secret: bool) -> FetchedIntent {
        serde_json::from_value(json!({
            "id": id,
            "customer": customer,
            "status": status,
            "client_secret": secret.then_some("seti_1_secret_abc"),
        }))
        .unwrap()
    }

    #[test]
    fn only_the_links_customers_intent_asking_for_action_is_confirmed() {
        use SetupOutcome::*;
        let cases = [
            (
                "asks for action",
                Some(intent("seti_1", Some("cus_1"), "requires_action", true)),
                Confirm,
            ),
            (
                "succeeded",
                Some(intent("seti_1", Some("cus_1"), "succeeded", true)),
                NothingToDo,
            ),
            (
                "canceled",
                Some(intent("seti_1", Some("cus_1"), "canceled", true)),
                NothingToDo,
            ),
            (
                "needs a new card",
                Some(intent(
                    "seti_1",
                    Some("cus_1"),
                    "requires_payment_method",
                    true,
                )),
                NothingToDo,
            ),
            (
                "processing",
                Some(intent("seti_1", Some("cus_1"), "processing", true)),
                NothingToDo,
            ),
            (
                "another customer's",
                Some(intent("seti_1", Some("cus_2"), "requires_action", true)),
                Invalid,
            ),
            (
                "no customer",
                Some(intent("seti_1", None, "requires_action", true)),
                Invalid,
            ),
            (
                "another intent",
                Some(intent("seti_2", Some("cus_1"), "requires_action", true)),
                Invalid,
            ),
            ("unknown to Stripe", None, Invalid),
            (
                "no secret in the answer",
                Some(intent("seti_1", Some("cus_1"), "requires_action", false)),
                Unavailable,
            ),
        ];
        for (name, fetched, expected) in cases {
            assert_eq!(decide(&link(), fetched.as_ref()), expected, "{name}");
        }
        let secret = intent("seti_1", Some("cus_1"), "requires_action", true);
        assert!(!format!("{secret:?}").contains("secret_abc"));
    }

    #[test]
    fn the_policy_allows_stripe_and_our_script_alone() {
        let policy = content_security_policy();
        assert!(policy.starts_with("default-src 'none'; "), "{policy}");
        let script_src = policy
            .split("; ")
            .find(|d| d.starts_with("script-src "))
            .unwrap();
        assert_eq!(
            script_src,
            format!("script-src https://js.stripe.com {}", script_hash())
        );
        assert!(!policy.contains("'unsafe-eval'"));
        assert!(!script_src.contains("'unsafe-inline'"));
        assert!(policy.contains("frame-src https://js.stripe.com https://hooks.stripe.com;"));
        assert!(policy.contains("connect-src https://api.stripe.com;"));
    }

    #[test]
    fn every_outcome_renders_in_every_language_and_only_confirm_carries_the_secret() {
        for language in Language::ALL {
            for outcome in [
                SetupOutcome::Confirm,
                SetupOutcome::NothingToDo,
                SetupOutcome::Invalid,
                SetupOutcome::Expired,
                SetupOutcome::Unavailable,
            ] {
                let response = page(
                    outcome,
                    language,
                    Some(("seti_1_secret_a\"<b>", "pk_test_1")),
                );
                let Body::Text(html) = response.body() else {
                    panic!("a page")
                };
                let case = format!("{outcome:?} {language:?}");
                assert_eq!(response.status(), outcome.status(), "{case}");
                assert!(
                    html.contains(&format!("lang=\"{}\"", language.code())),
                    "{case}"
                );
                let confirm = outcome == SetupOutcome::Confirm;
                // Escaped into an attribute, never raw.
                assert_eq!(
                    html.contains("seti_1_secret_a&quot;&lt;b&gt;"),
                    confirm,
                    "{case}"
                );
                assert!(!html.contains("seti_1_secret_a\"<b>"), "{case}");
                assert_eq!(html.contains(STRIPE_JS), confirm, "{case}");
                // The script exactly as hashed.
                assert_eq!(
                    html.contains(&format!("<script>{CONFIRM_SCRIPT}</script>")),
                    confirm,
                    "{case}"
                );
                for syntax in ["{{", "{%"] {
                    assert!(!html.contains(syntax), "{case}");
                }
            }
        }
    }
}
