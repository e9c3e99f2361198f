//! The stack's customer portal configuration, as a CloudFormation custom resource: the
//! template's portal parameters become one `billing_portal/configurations` object at
//! Stripe, created with the stack, updated in place when the parameters change, and
//! deactivated when the stack lets it go (Stripe deletes no configuration). Its id is
//! the resource's physical id and its `ConfigurationId`, which portal-link is given.
//!
//! CloudFormation waits for an answer to every request (up to an hour, then the stack
//! fails slowly), so every request gets one: success, or a failure whose reason says
//! what to fix. Each Stripe call carries an `Idempotency-Key` made of CloudFormation's
//! `RequestId`, the same on every retry of the request, so a retry never makes a
//! second configuration.

pub mod cloudformation;
pub mod config;
pub mod settings;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::task::Poll;
use std::time::Duration;

use serde_json::Value;
use stripe_recovery::config::ConfigError;
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient, StripeError};
use stripe_recovery::stripe::error::ErrorCode;
use stripe_recovery::stripe::ids::PortalConfigurationId;
use tokio::time::Instant;

use crate::cloudformation::{
    CustomResourceRequest, CustomResourceResponse, NotDelivered, RequestType, send_response,
};
use crate::config::PortalConfigConfig;
use crate::settings::{Naming, PortalSettings};

/// Time kept back from the invocation's deadline for the answer's `PUT`.
pub const RESPONSE_RESERVE: Duration = Duration::from_secs(3);

#[derive(Debug)]
pub struct PortalConfigFunction {
    stripe: Option<StripeClient>,
    http: reqwest::Client,
}

/// Why a request failed: the reason CloudFormation shows.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("{0}")]
    Settings(#[from] ConfigError),
    #[error(
        "no Stripe key: the function has no STRIPE_SECRET_KEY (give PortalConfigStripeKey, \
         PortalConfigStripeKeyArn or StripeSecretKey)"
    )]
    NoKey,
    #[error("RequestId {0:?} cannot be an Idempotency-Key")]
    RequestId(String),
    #[error("Stripe did not save the portal configuration: {0}")]
    Stripe(Box<StripeError>),
    #[error("out of time: Stripe did not answer before the invocation's deadline")]
    OutOfTime,
    #[error("the function failed unexpectedly: {0}")]
    Panicked(String),
}

impl From<StripeError> for Failure {
    fn from(err: StripeError) -> Self {
        Self::Stripe(Box::new(err))
    }
}

impl PortalConfigFunction {
    pub fn from_config(config: PortalConfigConfig) -> Self {
        Self {
            stripe: config.stripe.map(StripeClient::new),
            http: reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(3))
                .build()
                .expect("the TLS backend initialises"),
        }
    }

    /// Answers `request` and delivers the answer. An `Err` only when CloudFormation
    /// could not be told: the invocation fails, and Lambda's retry of it asks Stripe
    /// again under the same keys.
    pub async fn handle(
        &self,
        request: &CustomResourceRequest,
        deadline: Instant,
    ) -> Result<CustomResourceResponse, NotDelivered> {
        let response = self.answer(request, deadline).await;
        send_response(&self.http, &request.response_url, &response, deadline).await?;
        Ok(response)
    }

    /// The answer to `request`: never an error, never a panic, in time for the `PUT`.
    pub async fn answer(
        &self,
        request: &CustomResourceRequest,
        deadline: Instant,
    ) -> CustomResourceResponse {
        let work_deadline = deadline
            .checked_sub(RESPONSE_RESERVE)
            .unwrap_or(deadline)
            .max(Instant::now());
        let applied = tokio::time::timeout_at(
            work_deadline,
            catch_panic(self.apply(request, work_deadline)),
        )
        .await
        .unwrap_or(Err(Failure::OutOfTime))
        .and_then(|applied| applied);
        let span = tracing::info_span!(
            "portal_config",
            request = ?request.request_type,
            resource = %request.logical_resource_id,
        );
        let _entered = span.enter();
        match applied {
            Ok(id) => {
                tracing::info!(configuration = ?id.as_ref().map(|id| id.as_str()), "done");
                CustomResourceResponse::success(request, id.as_ref().map(|id| id.as_str()))
            }
            Err(failure) => {
                let reason = redact_keys(&failure.to_string());
                tracing::error!(%reason, "failed");
                CustomResourceResponse::failed(request, &reason)
            }
        }
    }

    /// What the request asks of Stripe; the configuration's id after a create or update.
    async fn apply(
        &self,
        request: &CustomResourceRequest,
        deadline: Instant,
    ) -> Result<Option<PortalConfigurationId>, Failure> {
        let existing = request
            .physical_resource_id
            .as_deref()
            .and_then(|id| PortalConfigurationId::parse(id).ok());
        if request.request_type == RequestType::Delete {
            // A create that failed made nothing: there is nothing to deactivate.
            let Some(id) = existing else {
                return Ok(None);
            };
            let stripe = self.stripe.as_ref().ok_or(Failure::NoKey)?;
            let key = idempotency_key(request, "deactivate")?;
            return match stripe
                .update_portal_configuration(&id, "active=false".into(), &key, deadline)
                .await
            {
                Ok(_) => Ok(None),
                Err(err) if err.code() == Some(&ErrorCode::ResourceMissing) => {
                    tracing::warn!(configuration = %id, "already gone at Stripe");
                    Ok(None)
                }
                Err(err) => Err(err.into()),
            };
        }
        let properties = &request.resource_properties;
        let settings =
            PortalSettings::read(|name| property(properties.get(name)), Naming::Property)?;
        let stripe = self.stripe.as_ref().ok_or(Failure::NoKey)?;
        let form = settings.to_form();
        let id = match existing {
            // An update of ours: the same configuration, changed in place.
            Some(id) => {
                let key = idempotency_key(request, "update")?;
                stripe
                    .update_portal_configuration(&id, form, &key, deadline)
                    .await?
            }
            // A create, or an update of a resource whose create failed: a new one.
            None => {
                let key = idempotency_key(request, "create")?;
                stripe
                    .create_portal_configuration(form, &key, deadline)
                    .await?
            }
        };
        Ok(Some(id))
    }
}

/// `cfn-<RequestId>-<action>`: one per request and action, the same on every retry.
fn idempotency_key(
    request: &CustomResourceRequest,
    action: &str,
) -> Result<IdempotencyKey, Failure> {
    IdempotencyKey::parse(&format!("cfn-{}-{action}", request.request_id))
        .map_err(|_| Failure::RequestId(request.request_id.chars().take(80).collect()))
}

/// A property as a setting's text: CloudFormation sends strings (numbers and booleans
/// too); a list is taken as its comma-separated items.
fn property(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(text) => Some(text.clone()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Number(number) => Some(number.to_string()),
        Value::Array(items) => Some(
            items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(","),
        ),
        _ => None,
    }
}

/// `text` with anything shaped like a Stripe secret or restricted key (Stripe's own
/// messages quote a masked one) replaced: a reason is shown in the console and kept in
/// the stack's events.
pub fn redact_keys(text: &str) -> String {
    let in_key = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '*';
    let mut redacted = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let word_start = !redacted.ends_with(in_key);
        if word_start && (rest.starts_with("sk_") || rest.starts_with("rk_")) {
            redacted.push_str("[a Stripe key]");
            rest = rest.trim_start_matches(in_key);
        } else {
            redacted.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    redacted
}

/// `work`'s output, or the message of a panic in it, which then fails only this request.
async fn catch_panic<T>(work: impl Future<Output = T>) -> Result<T, Failure> {
    let mut work = std::pin::pin!(work);
    std::future::poll_fn(|cx| {
        match std::panic::catch_unwind(AssertUnwindSafe(|| work.as_mut().poll(cx))) {
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Ok(Poll::Pending) => Poll::Pending,
            Err(panic) => {
                let message = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".to_owned());
                Poll::Ready(Err(Failure::Panicked(message)))
            }
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_never_reach_a_reason() {
        for (text, expected) in [
            (
                "Invalid API Key provided: sk_test_********1234",
                "Invalid API Key provided: [a Stripe key]",
            ),
            ("key 'rk_live_abc' expired", "key '[a Stripe key]' expired"),
            ("nothing secret", "nothing secret"),
        ] {
            assert_eq!(redact_keys(text), expected);
        }
    }

    #[tokio::test]
    async fn a_panic_fails_the_request_not_the_process() {
        let caught = catch_panic(async { panic!("boom") }).await;
        assert!(matches!(caught, Err(Failure::Panicked(message)) if message == "boom"));
        assert_eq!(catch_panic(async { 7 }).await.unwrap(), 7);
    }

    #[test]
    fn properties_are_read_as_text() {
        use serde_json::json;
        assert_eq!(property(Some(&json!("x"))).as_deref(), Some("x"));
        assert_eq!(property(Some(&json!(true))).as_deref(), Some("true"));
        assert_eq!(
            property(Some(&json!(["email", "address"]))).as_deref(),
            Some("email,address")
        );
        assert_eq!(property(None), None);
    }
}
