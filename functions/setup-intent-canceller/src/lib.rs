//! The setup-intent canceller. When a subscription is deleted, Stripe leaves its
//! `pending_setup_intent` open; Stripe's guide tells merchants to listen for
//! `customer.subscription.deleted` and cancel it themselves. For each such inbox item this
//! cancels it, with an idempotency key derived from the event, so retries and
//! redeliveries are one cancellation.

use aws_lambda_events::event::dynamodb::Event;
use aws_lambda_events::event::streams::DynamoDbEventResponse;
use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::stream::process_batch;
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient, StripeError};
use stripe_recovery::stripe::event::Subscription;
use stripe_recovery::telemetry::emit_metric;
use tokio::time::Instant;

const FUNCTION: &str = "setup-intent-canceller";
/// The action part of the idempotency key: `<evt_id>:cancel-pending-setup-intent`.
pub const ACTION: &str = "cancel-pending-setup-intent";

/// How a record ended well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cancellation {
    /// Stripe cancelled the SetupIntent now.
    Cancelled { setup_intent: String },
    /// The subscription had no pending SetupIntent.
    NothingPending,
    /// Already cancelled, succeeded or processing: nothing left to do.
    AlreadyFinal {
        setup_intent: String,
        message: String,
    },
    /// Stripe has no such SetupIntent.
    Missing { setup_intent: String },
    /// A type this consumer does not handle (the stream filter should not send it).
    Ignored,
}

impl Cancellation {
    fn metric(&self) -> &'static str {
        match self {
            Self::Cancelled { .. } => "SetupIntentCancelled",
            Self::NothingPending => "SetupIntentNothingPending",
            Self::AlreadyFinal { .. } => "SetupIntentAlreadyFinal",
            Self::Missing { .. } => "SetupIntentMissing",
            Self::Ignored => "SetupIntentIgnored",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CancelError {
    #[error("the event's object is not a Subscription: {0}")]
    NotASubscription(String),
    #[error("pending_setup_intent {0:?} is not a SetupIntent id")]
    BadSetupIntentId(String),
    /// 401/403 (a key without the permission), 409/429/5xx after retries, network.
    #[error(transparent)]
    Stripe(#[from] StripeError),
}

pub struct SetupIntentCanceller {
    pub stripe: StripeClient,
}

impl SetupIntentCanceller {
    /// Processes a stream batch; the response lists the records Lambda must retry.
    pub async fn handle(&self, event: &Event, deadline: Instant) -> DynamoDbEventResponse {
        process_batch(event, |item| async move {
            self.process(&item, deadline).await.map(|_| ())
        })
        .await
    }

    pub async fn process(
        &self,
        item: &InboxItem,
        deadline: Instant,
    ) -> Result<Cancellation, CancelError> {
        let outcome = self.cancel(item, deadline).await;
        match &outcome {
            Ok(done) => {
                tracing::info!(outcome = ?done, "processed");
                emit_metric(done.metric(), 1.0, "Count", &[("Function", FUNCTION)]);
            }
            Err(err) => {
                tracing::error!(error = %err, "failed; Lambda will retry the record");
                emit_metric(
                    "SetupIntentCancelFailed",
                    1.0,
                    "Count",
                    &[("Function", FUNCTION)],
                );
            }
        }
        outcome
    }

    async fn cancel(
        &self,
        item: &InboxItem,
        deadline: Instant,
    ) -> Result<Cancellation, CancelError> {
        if HandledType::parse(&item.event_type) != Some(HandledType::CustomerSubscriptionDeleted) {
            return Ok(Cancellation::Ignored);
        }
        let object = match &item.object {
            Some(object) => object.clone(),
            None => self.stripe.event_object(&item.event_id, deadline).await?,
        };
        let subscription: Subscription = serde_json::from_str(&object)
            .map_err(|e| CancelError::NotASubscription(e.to_string()))?;
        let Some(pending) = subscription.pending_setup_intent else {
            return Ok(Cancellation::NothingPending);
        };
        let setup_intent = pending.id().to_owned();
        if !is_setup_intent_id(&setup_intent) {
            return Err(CancelError::BadSetupIntentId(
                setup_intent.chars().take(40).collect(),
            ));
        }
        let key = IdempotencyKey::for_event(&item.event_id, ACTION);
        match self
            .stripe
            .cancel_setup_intent(&setup_intent, &key, deadline)
            .await
        {
            Ok(_) => Ok(Cancellation::Cancelled { setup_intent }),
            Err(StripeError::Api {
                status: 400,
                code: Some(code),
                message,
                ..
            }) if code == "setup_intent_unexpected_state" => Ok(Cancellation::AlreadyFinal {
                setup_intent,
                message,
            }),
            Err(StripeError::Api {
                status: 404,
                code: Some(code),
                ..
            }) if code == "resource_missing" => Ok(Cancellation::Missing { setup_intent }),
            Err(err) => Err(err.into()),
        }
    }
}

/// `seti_` and letters, digits or underscores: the id becomes part of a URL path.
fn is_setup_intent_id(id: &str) -> bool {
    id.len() <= 255
        && id.strip_prefix("seti_").is_some_and(|rest| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
}

#[cfg(test)]
mod tests {
    use super::is_setup_intent_id;

    #[test]
    fn setup_intent_ids() {
        assert!(is_setup_intent_id("seti_1Pgag7B7WZ01zgkWSgwGdb8Z"));
        for bad in ["", "seti_", "pi_123", "seti_../../v1/charges", "seti_1?x=y"] {
            assert!(!is_setup_intent_id(bad), "{bad}");
        }
    }
}
