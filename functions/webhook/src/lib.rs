//! `POST /webhook`: verify Stripe's signature, record each handled event once, and map
//! the result to the status Stripe needs (2xx only once the event is durable, 5xx to
//! make it retry).

pub mod config;
pub mod intake;

use lambda_http::http::StatusCode;
use lambda_http::{Body, Request, Response};
use serde_json::json;
use stripe_recovery::http::{HttpFunction, error_response, json_response};
use stripe_recovery::ports::Inbox;
use stripe_recovery::stripe::signature::SignatureError;
use stripe_recovery::telemetry::{Metrics, redact_emails};
use tokio::time::Instant;

use crate::config::WebhookConfig;
use crate::intake::{Intake, IntakeError, Receipt};

pub const SIGNATURE_HEADER: &str = "stripe-signature";
const METRICS: Metrics = Metrics::new("webhook");

/// The webhook function over an inbox.
#[derive(Debug)]
pub struct Webhook<S> {
    intake: Intake<S>,
}

impl<S: Inbox> Webhook<S> {
    pub fn from_config(config: WebhookConfig, inbox: S) -> Self {
        Self {
            intake: Intake::new(inbox, config.secrets, config.tolerance_secs),
        }
    }

    pub fn intake(&self) -> &Intake<S> {
        &self.intake
    }

    /// Handles one `POST /webhook`. Never fails: every outcome is a response.
    pub async fn handle(&self, request: Request, now: i64) -> Response<Body> {
        let signature = request
            .headers()
            .get(SIGNATURE_HEADER)
            .map(|v| v.to_str().unwrap_or(""));
        // lambda_http has already decoded a base64-encoded API Gateway body to its bytes.
        let body: &[u8] = request.body().as_ref();
        match self.intake.receive(signature, body, now).await {
            Ok(receipt) => {
                log_receipt(&receipt);
                json_response(
                    StatusCode::OK,
                    json!({"received": true, "duplicate": receipt.is_duplicate()}),
                )
            }
            Err(err) => {
                let (status, code) = classify(&err);
                // The error's text names the failed check, never the header; a parse
                // error may quote the body, so addresses are cut out.
                let logged = redact_emails(&err.to_string());
                if status.is_server_error() {
                    tracing::error!(code, error = logged, "webhook not recorded");
                } else {
                    tracing::warn!(code, error = logged, "webhook rejected");
                }
                METRICS.count("WebhookRejected", &[("Code", code)]);
                let message = match &err {
                    // Details of a failed store stay in the log.
                    IntakeError::Store(_) => {
                        "the event could not be recorded; retry later".to_owned()
                    }
                    _ => err.to_string(),
                };
                error_response(status, code, &message)
            }
        }
    }
}

impl<S: Inbox> HttpFunction for Webhook<S> {
    async fn respond(&self, request: Request, now: i64, _deadline: Instant) -> Response<Body> {
        self.handle(request, now).await
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
    METRICS.count(metric, &[]);
    match receipt {
        Receipt::Recorded {
            event_id,
            event_type,
        } => tracing::info!(%event_id, %event_type, "event recorded"),
        Receipt::Duplicate {
            event_id,
            event_type,
        } => tracing::info!(%event_id, %event_type, "duplicate delivery ignored"),
        Receipt::Ignored {
            event_id,
            event_type,
        } => tracing::info!(event_id, event_type, "event type not handled; acknowledged"),
    }
}
