//! `POST /checkout/sessions`: validate the storefront's request, create the session at
//! Stripe, and map every outcome to a status the storefront can act on.

pub mod checkout;
pub mod config;

use lambda_http::http::StatusCode;
use lambda_http::{Body, Request, Response};
use serde_json::json;
use stripe_recovery::http::{HttpFunction, allow_origin, error_response, is_json, json_response};
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient, StripeError};
use stripe_recovery::stripe::error::ErrorType;
use tokio::time::Instant;

use crate::checkout::{
    CheckoutPolicy, CheckoutRequest, CreatedSession, InvalidCheckout, session_params,
};
use crate::config::CheckoutConfig;

/// Largest request body accepted; 20 line items fit many times over.
pub const MAX_REQUEST_BYTES: usize = 16 * 1024;

/// Everything a request needs, built once at init.
#[derive(Debug)]
pub struct CreateSession {
    stripe: StripeClient,
    policy: CheckoutPolicy,
    allowed_origins: Vec<String>,
}

impl CreateSession {
    pub fn from_config(config: CheckoutConfig) -> Self {
        Self {
            stripe: StripeClient::new(config.stripe),
            policy: config.policy,
            allowed_origins: config.allowed_origins,
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
        let idempotency_key = match request.headers().get("idempotency-key") {
            None => IdempotencyKey::random("checkout"),
            Some(value) => match value
                .to_str()
                .map_err(|_| ())
                .and_then(|v| IdempotencyKey::parse(v).map_err(|_| ()))
            {
                Ok(key) => key,
                Err(()) => {
                    return error_response(
                        StatusCode::BAD_REQUEST,
                        "invalid_idempotency_key",
                        "Idempotency-Key must be 1 to 255 printable ASCII characters",
                    );
                }
            },
        };
        let params = match CheckoutRequest::from_json(body)
            .and_then(|request| session_params(request, &self.policy, now))
        {
            Ok(params) => params,
            Err(invalid) => return invalid_request(&invalid),
        };
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

impl HttpFunction for CreateSession {
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

/// Stripe's verdict on the caller's request passes through; our own trouble with Stripe
/// becomes 502, or 503 when Stripe keeps rate-limiting us.
fn stripe_failure(err: &StripeError) -> Response<Body> {
    match err {
        StripeError::Api {
            status: 400 | 404,
            kind: kind @ (ErrorType::InvalidRequestError | ErrorType::IdempotencyError),
            code,
            message,
            ..
        } => {
            tracing::info!(error = %err, "Stripe refused the checkout request");
            let code = code.as_ref().map_or(kind.as_str(), |code| code.as_str());
            error_response(StatusCode::BAD_REQUEST, code, message)
        }
        StripeError::Api { status: 429, .. } => {
            tracing::warn!(error = %err, "Stripe rate limit persisted");
            error_response(
                StatusCode::SERVICE_UNAVAILABLE,
                "stripe_rate_limited",
                "Stripe is rate limiting requests; retry shortly",
            )
        }
        _ => {
            tracing::error!(error = %err, "checkout session not created");
            error_response(
                StatusCode::BAD_GATEWAY,
                "stripe_unavailable",
                "the checkout session could not be created; retry shortly",
            )
        }
    }
}
