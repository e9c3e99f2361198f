//! The HTTP face of webhook intake: maps a request to `Intake::receive` and its result
//! to the status Stripe needs (2xx only once the event is durable, 5xx to make it retry).

use lambda_http::http::{HeaderValue, StatusCode, header};
use lambda_http::{Body, Request, Response};
use serde_json::json;
use stripe_recovery::intake::{Intake, IntakeError, Receipt};
use stripe_recovery::ports::Inbox;
use stripe_recovery::stripe::signature::SignatureError;
use stripe_recovery::telemetry::{emit_metric, redact_emails};

pub const SIGNATURE_HEADER: &str = "stripe-signature";
const FUNCTION: &str = "webhook";

/// Handles one `POST /webhook`. Never fails: every outcome is a response.
pub async fn handle<S: Inbox>(intake: &Intake<S>, request: Request, now: i64) -> Response<Body> {
    let signature = request
        .headers()
        .get(SIGNATURE_HEADER)
        .map(|v| v.to_str().unwrap_or(""));
    // lambda_http has already decoded a base64-encoded API Gateway body to its bytes.
    let body: &[u8] = request.body().as_ref();
    match intake.receive(signature, body, now).await {
        Ok(receipt) => {
            log_receipt(&receipt);
            json_response(
                StatusCode::OK,
                json!({"received": true, "duplicate": receipt.is_duplicate()}),
            )
        }
        Err(err) => {
            let (status, code) = classify(&err);
            // The error's text names the failed check, never the header; a parse error may
            // quote the body, so addresses are cut out.
            let logged = redact_emails(&err.to_string());
            if status.is_server_error() {
                tracing::error!(code, error = logged, "webhook not recorded");
            } else {
                tracing::warn!(code, error = logged, "webhook rejected");
            }
            emit_metric(
                "WebhookRejected",
                1.0,
                "Count",
                &[("Function", FUNCTION), ("Code", code)],
            );
            let message = match &err {
                // Details of a failed store stay in the log.
                IntakeError::Store(_) => "the event could not be recorded; retry later".to_owned(),
                _ => err.to_string(),
            };
            json_response(status, json!({"error": {"code": code, "message": message}}))
        }
    }
}

fn classify(err: &IntakeError) -> (StatusCode, &'static str) {
    match err {
        IntakeError::TooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "body_too_large"),
        IntakeError::Signature(sig) => (
            StatusCode::BAD_REQUEST,
            match sig {
                SignatureError::MissingHeader => "signature_header_missing",
                SignatureError::MalformedHeader(_)
                | SignatureError::InvalidTimestamp
                | SignatureError::NoV1Signature => "signature_header_malformed",
                SignatureError::NoMatch => "signature_mismatch",
                SignatureError::OutsideTolerance { .. } => "timestamp_outside_tolerance",
            },
        ),
        IntakeError::NotAnEvent(_) => (StatusCode::BAD_REQUEST, "not_a_stripe_event"),
        IntakeError::Store(_) => (StatusCode::INTERNAL_SERVER_ERROR, "store_unavailable"),
    }
}

fn log_receipt(receipt: &Receipt) {
    let metric = match receipt {
        Receipt::Recorded { .. } => "WebhookRecorded",
        Receipt::Duplicate { .. } => "WebhookDuplicates",
        Receipt::Ignored { .. } => "WebhookIgnored",
    };
    emit_metric(metric, 1.0, "Count", &[("Function", FUNCTION)]);
    match receipt {
        Receipt::Recorded {
            event_id,
            event_type,
        } => tracing::info!(event_id, event_type = event_type.as_str(), "event recorded"),
        Receipt::Duplicate {
            event_id,
            event_type,
        } => tracing::info!(
            event_id,
            event_type = event_type.as_str(),
            "duplicate delivery ignored"
        ),
        Receipt::Ignored {
            event_id,
            event_type,
        } => tracing::info!(event_id, event_type, "event type not handled; acknowledged"),
    }
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
