//! The setup-intent canceller. When a subscription is deleted, Stripe leaves its
//! `pending_setup_intent` open; Stripe's guide tells merchants to listen for
//! `customer.subscription.deleted` and cancel it themselves. For each such inbox item this
//! cancels it, with an idempotency key derived from the event, so retries and
//! redeliveries are one cancellation.

pub mod config;

use std::fmt;

use stripe_recovery::inbox::{HandledType, InboxItem, ObjectError};
use stripe_recovery::stream::{Invocation, StreamConsumer};
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient, StripeError};
use stripe_recovery::stripe::error::ErrorCode;
use stripe_recovery::stripe::event::Subscription;
use stripe_recovery::stripe::ids::SetupIntentId;

use crate::config::CancellerConfig;

/// The action part of the idempotency key: `<evt_id>:cancel-pending-setup-intent`.
pub const ACTION: &str = "cancel-pending-setup-intent";

/// How a record ended well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cancellation {
    /// Stripe cancelled the SetupIntent now.
    Cancelled { setup_intent: SetupIntentId },
    /// The subscription had no pending SetupIntent.
    NothingPending,
    /// Already cancelled, succeeded or processing: nothing left to do.
    AlreadyFinal {
        setup_intent: SetupIntentId,
        message: String,
    },
    /// Stripe has no such SetupIntent.
    Missing { setup_intent: SetupIntentId },
    /// No Stripe key (local runs): what would have been cancelled.
    DryRun { setup_intent: SetupIntentId },
}

impl Cancellation {
    fn metric(&self) -> Option<&'static str> {
        match self {
            Self::Cancelled { .. } => Some("SetupIntentCancelled"),
            Self::NothingPending => Some("SetupIntentNothingPending"),
            Self::AlreadyFinal { .. } => Some("SetupIntentAlreadyFinal"),
            Self::Missing { .. } => Some("SetupIntentMissing"),
            Self::DryRun { .. } => None,
        }
    }
}

impl fmt::Display for Cancellation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Cancelled { setup_intent } => write!(f, "cancelled {setup_intent}"),
            Self::NothingPending => f.write_str("no pending SetupIntent; nothing to cancel"),
            Self::AlreadyFinal { setup_intent, .. } => {
                write!(f, "{setup_intent} was already final")
            }
            Self::Missing { setup_intent } => write!(f, "{setup_intent} does not exist"),
            Self::DryRun { setup_intent } => write!(
                f,
                "would cancel {setup_intent} (dry run: set STRIPE_SECRET_KEY to call Stripe)"
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CancelError {
    #[error("the event's object is not a Subscription: {0}")]
    NotASubscription(String),
    #[error(transparent)]
    Object(#[from] ObjectError),
    /// 401/403 (a key without the permission), 409/429/5xx after retries, network.
    #[error(transparent)]
    Stripe(#[from] StripeError),
}

pub struct SetupIntentCanceller {
    stripe: Option<StripeClient>,
}

impl SetupIntentCanceller {
    pub fn from_config(config: CancellerConfig) -> Self {
        Self {
            stripe: config.stripe.map(StripeClient::new),
        }
    }

    async fn cancel(
        &self,
        item: &InboxItem,
        at: &Invocation<'_>,
    ) -> Result<Cancellation, CancelError> {
        let object = item.object(self.stripe.as_ref(), at.deadline).await?;
        let subscription: Subscription = serde_json::from_str(&object)
            .map_err(|e| CancelError::NotASubscription(e.to_string()))?;
        let Some(pending) = subscription.pending_setup_intent else {
            return Ok(Cancellation::NothingPending);
        };
        let setup_intent = pending.id().clone();
        let Some(stripe) = &self.stripe else {
            return Ok(Cancellation::DryRun { setup_intent });
        };
        let key = IdempotencyKey::for_event(&item.event_id, ACTION);
        match stripe
            .cancel_setup_intent(&setup_intent, &key, at.deadline)
            .await
        {
            Ok(_) => Ok(Cancellation::Cancelled { setup_intent }),
            Err(StripeError::Api {
                status: 400,
                code: Some(ErrorCode::SetupIntentUnexpectedState),
                message,
                ..
            }) => Ok(Cancellation::AlreadyFinal {
                setup_intent,
                message,
            }),
            Err(StripeError::Api {
                status: 404,
                code: Some(ErrorCode::ResourceMissing),
                ..
            }) => Ok(Cancellation::Missing { setup_intent }),
            Err(err) => Err(err.into()),
        }
    }
}

impl StreamConsumer for SetupIntentCanceller {
    const NAME: &'static str = "setup-intent-canceller";
    const HANDLES: &'static [HandledType] = &[HandledType::CustomerSubscriptionDeleted];
    type Outcome = Cancellation;
    type Error = CancelError;

    async fn process(
        &self,
        item: &InboxItem,
        at: &Invocation<'_>,
    ) -> Result<Cancellation, CancelError> {
        let outcome = self.cancel(item, at).await;
        match &outcome {
            Ok(done) => {
                if let Some(metric) = done.metric() {
                    at.metrics.count(metric, &[]);
                }
            }
            Err(_) => at.metrics.count("SetupIntentCancelFailed", &[]),
        }
        outcome
    }
}
