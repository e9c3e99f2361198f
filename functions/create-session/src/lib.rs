//! `POST /checkout/sessions`: validate the storefront's request, create the session at
//! Stripe, and map every outcome to a status the storefront can act on.

pub mod checkout;
pub mod config;

use lambda_http::http::StatusCode;
use lambda_http::{Body, Request, Response};
use serde_json::json;
use stripe_recovery::http::{HttpFunction, allow_origin, error_response, is_json, json_response};
use stripe_recovery::ports::IdempotencyStore;
use stripe_recovery::signed::TokenSigner;
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient, StripeError};
use stripe_recovery::stripe::error::{ErrorCode, ErrorType};
use stripe_recovery::telemetry::redact_emails;
use tokio::time::Instant;

use crate::checkout::{
    CheckoutPolicy, CheckoutRequest, CreatedSession, InvalidCheckout, customer_claims,
    session_expiry, session_params,
};
use crate::config::CheckoutConfig;

/// Largest request body accepted; 20 line items fit many times over.
pub const MAX_REQUEST_BYTES: usize = 16 * 1024;
/// Longest `Idempotency-Key` a caller may send: Stripe takes 255, and ours carry a prefix.
pub const MAX_CALLER_KEY_LEN: usize = 200;
/// Caller keys are sent to Stripe under this prefix, so they can never equal a key of
/// ours (`checkout-…`, `<action>-evt_…`).
pub const CALLER_KEY_PREFIX: &str = "storefront:";
/// How long a key's first use is remembered: Stripe forgets keys after 24 hours.
const KEY_MEMORY_SECS: i64 = 25 * 3600;

/// Everything a request needs, built once at init.
#[derive(Debug)]
pub struct CreateSession<S> {
    stripe: StripeClient,
    policy: CheckoutPolicy,
    allowed_origins: Vec<String>,
    customer_tokens: Option<TokenSigner>,
    keys: S,
}

impl<S: IdempotencyStore> CreateSession<S> {
    pub fn from_config(config: CheckoutConfig, keys: S) -> Self {
        Self {
            stripe: StripeClient::new(config.stripe),
            policy: config.policy,
            allowed_origins: config.allowed_origins,
            customer_tokens: config.customer_tokens,
            keys,
        }
    }

    /// Handles one `POST /checkout/sessions`. Never fails: every outcome is a response.
    pub async fn handle(&self, request: Request, now: i64, deadline: Instant) -> Response<Body> {
        let mut response = self.respond_to(&request, now, deadline).await;
        allow_origin(
            &self.allowed_origins,
            request.headers(),
            response.headers_mut(),
        );
        response
    }

    async fn respond_to(&self, request: &Request, now: i64, deadline: Instant) -> Response<Body> {
        if !is_json(request.headers()) {
            return error_response(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the request as Content-Type: application/json",
            );
        }
        let body: &[u8] = request.body().as_ref();
        if body.len() > MAX_REQUEST_BYTES {
            return error_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
                &format!("the body is above the {MAX_REQUEST_BYTES}-byte limit"),
            );
        }
        let caller_key = match request.headers().get("idempotency-key").map(caller_key) {
            None => None,
            Some(Ok(key)) => Some(key),
            Some(Err(())) => {
                return error_response(
                    StatusCode::BAD_REQUEST,
                    "invalid_idempotency_key",
                    &format!(
                        "Idempotency-Key must be 1 to {MAX_CALLER_KEY_LEN} printable ASCII characters"
                    ),
                );
            }
        };
        let mut params = match CheckoutRequest::from_json(body).and_then(|request| {
            let claims = customer_claims(&request, self.customer_tokens.as_ref(), now)?;
            session_params(request, claims, &self.policy, now)
        }) {
            Ok(params) => params,
            Err(invalid) => return invalid_request(&invalid),
        };
        // Valid from here on: only now may the request leave a trace.
        let first_seen = match &caller_key {
            Some(key) if session_expiry(self.policy.expires_minutes, now).is_some() => {
                match self
                    .keys
                    .first_seen(key.as_str(), now, now + KEY_MEMORY_SECS)
                    .await
                {
                    Ok(first_seen) => first_seen,
                    Err(err) => {
                        tracing::error!(error = %err, "idempotency key not recorded");
                        return error_response(
                            StatusCode::SERVICE_UNAVAILABLE,
                            "store_unavailable",
                            "the request could not be recorded; retry with the same Idempotency-Key",
                        );
                    }
                }
            }
            _ => now,
        };
        params.expires_at = session_expiry(self.policy.expires_minutes, first_seen);
        let idempotency_key = caller_key.unwrap_or_else(|| IdempotencyKey::random("checkout"));
        let created: Result<CreatedSession, StripeError> = self
            .stripe
            .post_form(
                "/v1/checkout/sessions",
                params.to_form(),
                &idempotency_key,
                deadline,
            )
            .await;
        match created {
            Ok(session) => {
                tracing::info!(session_id = session.id, "checkout session created");
                json_response(
                    StatusCode::CREATED,
                    json!({"id": session.id, "url": session.url, "expires_at": session.expires_at}),
                )
            }
            Err(err) => stripe_failure(&err),
        }
    }
}

/// The caller's `Idempotency-Key`, in our namespace.
fn caller_key(value: &lambda_http::http::HeaderValue) -> Result<IdempotencyKey, ()> {
    let key = value.to_str().map_err(|_| ())?;
    if key.is_empty() || key.len() > MAX_CALLER_KEY_LEN {
        return Err(());
    }
    IdempotencyKey::parse(&format!("{CALLER_KEY_PREFIX}{key}")).map_err(|_| ())
}

impl<S: IdempotencyStore> HttpFunction for CreateSession<S> {
    async fn respond(&self, request: Request, now: i64, deadline: Instant) -> Response<Body> {
        self.handle(request, now, deadline).await
    }
}

fn invalid_request(invalid: &InvalidCheckout) -> Response<Body> {
    tracing::info!(code = invalid.code(), "checkout request refused");
    error_response(
        StatusCode::BAD_REQUEST,
        invalid.code(),
        &invalid.to_string(),
    )
}

/// Stripe's answers become fixed messages of ours: the caller is anonymous, and Stripe's
/// text can name customers and prices ("No such customer: 'cus_…'"). Stripe's own
/// message is logged, without email addresses.
fn stripe_failure(err: &StripeError) -> Response<Body> {
    let logged = redact_emails(&err.to_string());
    match err {
        StripeError::Api {
            kind: ErrorType::IdempotencyError,
            ..
        } => {
            tracing::info!(error = %logged, "Stripe refused a reused idempotency key");
            error_response(
                StatusCode::CONFLICT,
                "idempotency_key_reused",
                "this Idempotency-Key was already used for a different request; send a new key",
            )
        }
        StripeError::Api {
            status: 400 | 404,
            kind: ErrorType::InvalidRequestError,
            code,
            ..
        } => {
            // Often the shop's own setup (an archived price, a customer deleted): warn.
            tracing::warn!(error = %logged, "Stripe refused the checkout request");
            if code == &Some(ErrorCode::ResourceMissing) {
                error_response(
                    StatusCode::BAD_REQUEST,
                    "not_available",
                    "a product or the customer of this checkout is not available",
                )
            } else {
                error_response(
                    StatusCode::BAD_REQUEST,
                    "checkout_rejected",
                    "Stripe refused this checkout; the shop's logs say why",
                )
            }
        }
        StripeError::Api { status: 429, .. } => {
            tracing::warn!(error = %logged, "Stripe rate limit persisted");
            error_response(
                StatusCode::SERVICE_UNAVAILABLE,
                "stripe_rate_limited",
                "Stripe is rate limiting requests; retry shortly",
            )
        }
        _ => {
            tracing::error!(error = %logged, "checkout session not created");
            error_response(
                StatusCode::BAD_GATEWAY,
                "stripe_unavailable",
                "the checkout session could not be created; retry shortly",
            )
        }
    }
}
