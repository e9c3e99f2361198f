//! The Stripe API over HTTPS: form-encoded POSTs with a pinned `Stripe-Version` and an
//! `Idempotency-Key`, retried with jittered exponential backoff within a deadline.
//!
//! Retry rules follow Stripe's own libraries: `Stripe-Should-Retry` decides when present;
//! otherwise connection errors, 409, 429 and 5xx are retried and other statuses are not.
//! Every attempt of one call carries the same idempotency key, so a retried POST whose
//! first attempt did reach Stripe cannot act twice.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use super::billing::{Customer, Invoice, PaymentMethod, SetupIntent};
pub use super::error::StripeError;
use super::event::Subscription;
use super::ids::{
    CheckoutSessionId, CustomerId, EventId, InvoiceId, PaymentMethodId, PortalConfigurationId,
    SetupIntentId, SubscriptionId,
};
use super::line_items::{LINE_ITEMS_LIMIT, LineItems};
use crate::ports::StripeReader;

pub const DEFAULT_API_BASE: &str = "https://api.stripe.com";
/// Stripe's largest page of a list (`limit`).
pub const LIST_LIMIT: usize = 100;
/// Stripe's most event types in one `GET /v1/events` (`types[]`).
pub const EVENT_TYPES_LIMIT: usize = 20;
/// The API version every request pins, so Stripe's account default cannot change the
/// shape of what we read.
pub const DEFAULT_API_VERSION: &str = "2026-09-30.endive";

/// A Stripe secret key (`sk_…`) or restricted key (`rk_…`); never printed.
#[derive(Clone)]
pub struct SecretKey(String);

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(redacted)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("is not a Stripe secret key (sk_…) or restricted key (rk_…)")]
pub struct InvalidSecretKey;

impl SecretKey {
    pub fn parse(key: &str) -> Result<Self, InvalidSecretKey> {
        let key = key.trim();
        let well_formed = (key.starts_with("sk_") || key.starts_with("rk_"))
            && key.len() > 3
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if well_formed {
            Ok(Self(key.to_owned()))
        } else {
            Err(InvalidSecretKey)
        }
    }
}

/// An `Idempotency-Key`: 1–255 printable ASCII characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyKey(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an Idempotency-Key must be 1 to 255 printable ASCII characters")]
pub struct InvalidIdempotencyKey;

impl IdempotencyKey {
    pub const MAX_LEN: usize = 255;

    pub fn parse(key: &str) -> Result<Self, InvalidIdempotencyKey> {
        // Printable ASCII includes the space, but HTTP drops it at either end.
        let printable = key.bytes().all(|b| (0x20..=0x7e).contains(&b));
        let trimmed = key.trim() == key;
        if !key.is_empty() && key.len() <= Self::MAX_LEN && printable && trimmed {
            Ok(Self(key.to_owned()))
        } else {
            Err(InvalidIdempotencyKey)
        }
    }

    /// The key for one action taken because of one event: the same on every retry and
    /// every redelivery of that event.
    pub fn for_event(event_id: &EventId, action: &str) -> Self {
        Self(format!("{event_id}:{action}"))
    }

    /// A fresh random key, for a request whose caller sent none.
    pub fn random(prefix: &str) -> Self {
        Self(format!("{prefix}-{:032x}", fastrand::u128(..)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One page of a Stripe list (`{"object":"list","data":[…],"has_more":…}`): its
/// objects in Stripe's order (newest first), and whether more follow the last.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ListPage<T> {
    pub data: Vec<T>,
    pub has_more: bool,
}

/// Where and how to reach Stripe.
#[derive(Debug, Clone)]
pub struct StripeConfig {
    pub secret_key: SecretKey,
    pub api_base: String,
    pub api_version: String,
    /// Not read from the environment: the default, or a faster one in tests.
    pub retry: RetryPolicy,
}

impl StripeConfig {
    /// Stripe's own API with the pinned version and the default retries.
    pub fn new(secret_key: SecretKey) -> Self {
        Self {
            secret_key,
            api_base: DEFAULT_API_BASE.to_owned(),
            api_version: DEFAULT_API_VERSION.to_owned(),
            retry: RetryPolicy::default(),
        }
    }
}

/// Bounds on retrying one call; the caller's deadline bounds it too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub max_attempts: u32,
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    /// The longest one attempt may take. Stripe answers in well under a second; one
    /// hung connection must not eat the whole invocation, leaving later records of the
    /// batch to be cut off half done.
    pub attempt_timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(5),
            attempt_timeout: Duration::from_secs(5),
        }
    }
}

impl RetryPolicy {
    /// Sleep before retry number `retry` (1-based): `initial * 2^(retry-1)` capped at
    /// `max_backoff`, then scaled into [50 %, 100 %] by `jitter` ∈ [0, 1) so that many
    /// clients failing together do not retry together.
    pub fn backoff(&self, retry: u32, jitter: f64) -> Duration {
        let exponent = retry.saturating_sub(1).min(16);
        let base = self
            .initial_backoff
            .saturating_mul(1 << exponent)
            .min(self.max_backoff);
        base.mul_f64(0.5 + jitter.clamp(0.0, 1.0) / 2.0)
    }
}

/// Whether a response with `status` should be retried, given Stripe's
/// `Stripe-Should-Retry` header when present.
pub fn should_retry(status: u16, stripe_should_retry: Option<bool>) -> bool {
    match stripe_should_retry {
        Some(decided) => decided,
        None => status == 409 || status == 429 || status >= 500,
    }
}

/// A Stripe API client; cheap to share, built once at init.
#[derive(Debug, Clone)]
pub struct StripeClient {
    http: reqwest::Client,
    config: StripeConfig,
}

enum Attempt {
    Done(reqwest::StatusCode, HeaderMap, Vec<u8>),
    Retry(Box<dyn FnOnce(u32) -> StripeError + Send>),
}

impl StripeClient {
    pub fn new(config: StripeConfig) -> Self {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(3))
            .user_agent(concat!("stripe-recovery/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("the TLS backend initialises");
        Self { http, config }
    }

    /// `POST {base}{path}` with a form body (Stripe's bracket syntax).
    pub async fn post_form<T: DeserializeOwned>(
        &self,
        path: &str,
        form: String,
        idempotency_key: &IdempotencyKey,
        deadline: Instant,
    ) -> Result<T, StripeError> {
        let url = format!("{}{path}", self.config.api_base);
        self.call(deadline, || {
            self.http
                .post(&url)
                .header("Idempotency-Key", idempotency_key.as_str())
                .header(
                    reqwest::header::CONTENT_TYPE,
                    "application/x-www-form-urlencoded",
                )
                .body(form.clone())
        })
        .await
    }

    /// `GET {base}{path}`.
    pub async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        deadline: Instant,
    ) -> Result<T, StripeError> {
        let url = format!("{}{path}", self.config.api_base);
        self.call(deadline, || self.http.get(&url)).await
    }

    /// `data.object` of an event, re-fetched with `GET /v1/events/{id}`: for inbox items
    /// stored without their object because the event was too large.
    pub async fn event_object(
        &self,
        event_id: &EventId,
        deadline: Instant,
    ) -> Result<String, StripeError> {
        let event: serde_json::Value = self
            .get(&format!("/v1/events/{event_id}"), deadline)
            .await?;
        match event.get("data").and_then(|d| d.get("object")) {
            Some(object) if object.is_object() => Ok(object.to_string()),
            _ => Err(StripeError::Decode(format!(
                "event {event_id} has no data.object"
            ))),
        }
    }

    /// One page (`LIST_LIMIT` events, newest first) of `GET /v1/events`: the account's
    /// events of `types` (at most `EVENT_TYPES_LIMIT`) created at or after `since`, older
    /// than `starting_after` when given (the last event of the page before). Each as
    /// Stripe sends it, its `data.object` the object as it was when the event happened.
    pub async fn list_events(
        &self,
        types: &[&str],
        since: i64,
        starting_after: Option<&EventId>,
        deadline: Instant,
    ) -> Result<ListPage<serde_json::Value>, StripeError> {
        // Brackets encoded as the other lists here send them; the types are Stripe's
        // names and the id a checked one: nothing else needs escaping.
        let mut path = format!("/v1/events?created%5Bgte%5D={since}");
        for event_type in types {
            path.push_str("&types%5B%5D=");
            path.push_str(event_type);
        }
        path.push_str(&format!("&limit={LIST_LIMIT}"));
        if let Some(last) = starting_after {
            path.push_str(&format!("&starting_after={last}"));
        }
        self.get(&path, deadline).await
    }

    /// `POST /v1/setup_intents/{id}/cancel` with `cancellation_reason=abandoned`.
    pub async fn cancel_setup_intent(
        &self,
        setup_intent_id: &SetupIntentId,
        idempotency_key: &IdempotencyKey,
        deadline: Instant,
    ) -> Result<serde_json::Value, StripeError> {
        self.post_form(
            &format!("/v1/setup_intents/{setup_intent_id}/cancel"),
            "cancellation_reason=abandoned".to_owned(),
            idempotency_key,
            deadline,
        )
        .await
    }

    /// `POST /v1/billing_portal/configurations`: a customer portal configuration made
    /// from `form` (Stripe's bracket syntax); its id.
    pub async fn create_portal_configuration(
        &self,
        form: String,
        idempotency_key: &IdempotencyKey,
        deadline: Instant,
    ) -> Result<PortalConfigurationId, StripeError> {
        let created: Configuration = self
            .post_form(
                "/v1/billing_portal/configurations",
                form,
                idempotency_key,
                deadline,
            )
            .await?;
        Ok(created.id)
    }

    /// `POST /v1/billing_portal/configurations/{id}`: the configuration changed as `form`
    /// says (`active=false` deactivates it: Stripe deletes none).
    pub async fn update_portal_configuration(
        &self,
        id: &PortalConfigurationId,
        form: String,
        idempotency_key: &IdempotencyKey,
        deadline: Instant,
    ) -> Result<PortalConfigurationId, StripeError> {
        let updated: Configuration = self
            .post_form(
                &format!("/v1/billing_portal/configurations/{id}"),
                form,
                idempotency_key,
                deadline,
            )
            .await?;
        Ok(updated.id)
    }

    async fn call<T: DeserializeOwned>(
        &self,
        deadline: Instant,
        request: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<T, StripeError> {
        let mut attempt = 1;
        loop {
            let outcome = self.attempt(request(), deadline).await;
            let error = match outcome {
                Attempt::Done(status, _, body) if status.is_success() => {
                    return serde_json::from_slice(&body)
                        .map_err(|e| StripeError::Decode(e.to_string()));
                }
                Attempt::Done(status, headers, body) => {
                    let request_id = headers
                        .get("request-id")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned);
                    let error = StripeError::from_response(status.as_u16(), request_id, &body);
                    let hint = headers
                        .get("stripe-should-retry")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.parse::<bool>().ok());
                    if !should_retry(status.as_u16(), hint) {
                        return Err(error);
                    }
                    error
                }
                Attempt::Retry(error) => error(attempt),
            };
            if attempt >= self.config.retry.max_attempts {
                return Err(error);
            }
            let pause = self.config.retry.backoff(attempt, fastrand::f64());
            if Instant::now() + pause >= deadline {
                return Err(error);
            }
            tracing::warn!(attempt, error = %error, pause_ms = pause.as_millis() as u64, "retrying Stripe request");
            tokio::time::sleep(pause).await;
            attempt += 1;
        }
    }

    async fn attempt(&self, request: reqwest::RequestBuilder, deadline: Instant) -> Attempt {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Attempt::Retry(Box::new(|attempts| StripeError::Unreachable {
                attempts,
                reason: "the deadline passed".into(),
            }));
        }
        let sent = request
            .bearer_auth(&self.config.secret_key.0)
            .header("Stripe-Version", &self.config.api_version)
            .timeout(remaining.min(self.config.retry.attempt_timeout))
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            Err(err) => {
                let reason = transport_reason(&err);
                return Attempt::Retry(Box::new(move |attempts| StripeError::Unreachable {
                    attempts,
                    reason,
                }));
            }
        };
        let status = response.status();
        let headers = response.headers().clone();
        match response.bytes().await {
            Ok(body) => Attempt::Done(status, headers, body.to_vec()),
            Err(err) => {
                let reason = transport_reason(&err);
                Attempt::Retry(Box::new(move |attempts| StripeError::Unreachable {
                    attempts,
                    reason,
                }))
            }
        }
    }
}

/// The one field read of a `billing_portal.configuration`.
#[derive(serde::Deserialize)]
struct Configuration {
    id: PortalConfigurationId,
}

/// Every read is a `GET` of the object by its id, which Stripe answers with the object as
/// it is now (ids are checked types: nothing a payload says can change the path).
impl StripeReader for StripeClient {
    async fn event_object(&self, id: &EventId, deadline: Instant) -> Result<String, StripeError> {
        StripeClient::event_object(self, id, deadline).await
    }

    async fn invoice(&self, id: &InvoiceId, deadline: Instant) -> Result<Invoice, StripeError> {
        self.get(&format!("/v1/invoices/{id}"), deadline).await
    }

    async fn subscription(
        &self,
        id: &SubscriptionId,
        deadline: Instant,
    ) -> Result<Subscription, StripeError> {
        self.get(&format!("/v1/subscriptions/{id}"), deadline).await
    }

    async fn customer(&self, id: &CustomerId, deadline: Instant) -> Result<Customer, StripeError> {
        self.get(&format!("/v1/customers/{id}"), deadline).await
    }

    async fn payment_method(
        &self,
        id: &PaymentMethodId,
        deadline: Instant,
    ) -> Result<PaymentMethod, StripeError> {
        self.get(&format!("/v1/payment_methods/{id}"), deadline)
            .await
    }

    async fn setup_intent(
        &self,
        id: &SetupIntentId,
        deadline: Instant,
    ) -> Result<SetupIntent, StripeError> {
        self.get(&format!("/v1/setup_intents/{id}"), deadline).await
    }

    async fn checkout_line_items(
        &self,
        session: &CheckoutSessionId,
        deadline: Instant,
    ) -> Result<LineItems, StripeError> {
        let path = format!(
            "/v1/checkout/sessions/{session}/line_items?limit={LINE_ITEMS_LIMIT}&expand%5B%5D=data.price.product"
        );
        self.get(&path, deadline).await
    }

    async fn completed_checkout_since(
        &self,
        customer: &CustomerId,
        since: i64,
        deadline: Instant,
    ) -> Result<bool, StripeError> {
        /// One session is enough to know; its fields do not matter.
        #[derive(serde::Deserialize)]
        struct Page {
            data: Vec<serde::de::IgnoredAny>,
        }
        let path = format!(
            "/v1/checkout/sessions?customer={customer}&status=complete&created%5Bgte%5D={since}&limit=1"
        );
        let page: Page = self.get(&path, deadline).await?;
        Ok(!page.data.is_empty())
    }
}

/// A transport error's cause without the URL (which is ours, but keeps logs short).
fn transport_reason(err: &reqwest::Error) -> String {
    let kind = if err.is_timeout() {
        "timed out"
    } else if err.is_connect() {
        "connection failed"
    } else {
        "transport error"
    };
    let mut source = std::error::Error::source(err);
    let mut detail = String::new();
    while let Some(cause) = source {
        detail = cause.to_string();
        source = cause.source();
    }
    if detail.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind}: {detail}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_decision_table() {
        let cases = [
            (400, None, false),
            (401, None, false),
            (402, None, false),
            (403, None, false),
            (404, None, false),
            (409, None, true),
            (429, None, true),
            (500, None, true),
            (502, None, true),
            (503, None, true),
            (429, Some(false), false),
            (500, Some(false), false),
            (400, Some(true), true),
            (404, Some(true), true),
        ];
        for (status, header, expected) in cases {
            assert_eq!(
                should_retry(status, header),
                expected,
                "{status} with Stripe-Should-Retry {header:?}"
            );
        }
    }

    #[test]
    fn backoff_doubles_from_half_a_second_to_five_and_jitters_down_to_half() {
        let policy = RetryPolicy::default();
        let full = |retry| policy.backoff(retry, 0.999_999_999);
        let half = |retry| policy.backoff(retry, 0.0);
        assert_eq!(half(1), Duration::from_millis(250));
        assert!(full(1) <= Duration::from_millis(500) && full(1) > Duration::from_millis(499));
        assert_eq!(half(2), Duration::from_millis(500));
        assert_eq!(half(3), Duration::from_secs(1));
        assert_eq!(half(4), Duration::from_secs(2));
        assert_eq!(half(5), Duration::from_millis(2500), "capped at 5 s");
        assert_eq!(half(40), Duration::from_millis(2500), "no overflow");
    }

    #[test]
    fn keys_are_validated_and_never_printed() {
        assert!(SecretKey::parse("sk_test_123").is_ok());
        assert!(SecretKey::parse("rk_live_abc").is_ok());
        assert_eq!(
            SecretKey::parse("pk_test_123").unwrap_err(),
            InvalidSecretKey
        );
        assert_eq!(SecretKey::parse("sk_").unwrap_err(), InvalidSecretKey);
        assert_eq!(SecretKey::parse("sk_test 1").unwrap_err(), InvalidSecretKey);
        let printed = format!("{:?}", SecretKey::parse("sk_test_visible").unwrap());
        assert!(!printed.contains("visible"));
    }

    #[test]
    fn idempotency_keys_are_printable_ascii_up_to_255() {
        assert!(IdempotencyKey::parse("order-42").is_ok());
        assert!(IdempotencyKey::parse("order 42 / retry").is_ok());
        assert!(IdempotencyKey::parse(&"k".repeat(255)).is_ok());
        for bad in ["", " lead", "trail ", "tab\t", "ünicode", &"k".repeat(256)] {
            assert_eq!(
                IdempotencyKey::parse(bad),
                Err(InvalidIdempotencyKey),
                "{bad:?}"
            );
        }
        assert_eq!(
            IdempotencyKey::for_event(&EventId::parse("evt_1").unwrap(), "cancel-setup-intent")
                .as_str(),
            "evt_1:cancel-setup-intent"
        );
        let a = IdempotencyKey::random("checkout");
        assert!(a.as_str().starts_with("checkout-") && a.as_str().len() == 41);
        assert_ne!(a, IdempotencyKey::random("checkout"));
    }
}
