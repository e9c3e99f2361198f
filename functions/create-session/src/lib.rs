//! The HTTP face of session creation: validate the storefront's request, create the
//! session at Stripe, and map every outcome to a status the storefront can act on.

use lambda_http::http::{HeaderMap, HeaderValue, StatusCode, header};
use lambda_http::{Body, Request, Response};
use serde_json::json;
use stripe_recovery::checkout::{
    CheckoutPolicy, CheckoutRequest, CreatedSession, InvalidCheckout, session_params,
};
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient, StripeError};
use tokio::time::Instant;

/// Largest request body accepted; 20 line items fit many times over.
pub const MAX_REQUEST_BYTES: usize = 16 * 1024;

/// Everything a request needs, built once at init.
#[derive(Debug)]
pub struct CreateSession {
    pub stripe: StripeClient,
    pub policy: CheckoutPolicy,
    pub allowed_origins: Vec<String>,
}

/// Handles one `POST /checkout/sessions`. Never fails: every outcome is a response.
pub async fn handle(
    app: &CreateSession,
    request: Request,
    now: i64,
    deadline: Instant,
) -> Response<Body> {
    let mut response = respond(app, &request, now, deadline).await;
    allow_origin(
        &app.allowed_origins,
        request.headers(),
        response.headers_mut(),
    );
    response
}

async fn respond(
    app: &CreateSession,
    request: &Request,
    now: i64,
    deadline: Instant,
) -> Response<Body> {
    if !is_json(request.headers()) {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the request as Content-Type: application/json",
        );
    }
    let body: &[u8] = request.body().as_ref();
    if body.len() > MAX_REQUEST_BYTES {
        return error(
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
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_idempotency_key",
                    "Idempotency-Key must be 1 to 255 printable ASCII characters",
                );
            }
        },
    };
    let params = match CheckoutRequest::from_json(body)
        .and_then(|request| session_params(request, &app.policy, now))
    {
        Ok(params) => params,
        Err(invalid) => return invalid_request(&invalid),
    };
    let created: Result<CreatedSession, StripeError> = app
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

fn invalid_request(invalid: &InvalidCheckout) -> Response<Body> {
    tracing::info!(code = invalid.code(), "checkout request refused");
    error(
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
            kind,
            code,
            message,
            ..
        } if kind == "invalid_request_error" || kind == "idempotency_error" => {
            tracing::info!(error = %err, "Stripe refused the checkout request");
            error(
                StatusCode::BAD_REQUEST,
                code.as_deref().unwrap_or(kind),
                message,
            )
        }
        StripeError::Api { status: 429, .. } => {
            tracing::warn!(error = %err, "Stripe rate limit persisted");
            error(
                StatusCode::SERVICE_UNAVAILABLE,
                "stripe_rate_limited",
                "Stripe is rate limiting requests; retry shortly",
            )
        }
        _ => {
            tracing::error!(error = %err, "checkout session not created");
            error(
                StatusCode::BAD_GATEWAY,
                "stripe_unavailable",
                "the checkout session could not be created; retry shortly",
            )
        }
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

/// API Gateway answers CORS preflights from the template; this header makes the actual
/// response readable by an allowed storefront (and does the same for the local runner).
fn allow_origin(allowed: &[String], request: &HeaderMap, response: &mut HeaderMap) {
    let Some(origin) = request.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return;
    };
    if allowed.iter().any(|a| a == origin)
        && let Ok(value) = HeaderValue::from_str(origin)
    {
        response.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        response.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
}

fn error(status: StatusCode, code: &str, message: &str) -> Response<Body> {
    json_response(status, json!({"error": {"code": code, "message": message}}))
}

fn json_response(status: StatusCode, body: serde_json::Value) -> Response<Body> {
    let mut response = Response::new(Body::Text(body.to_string()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
