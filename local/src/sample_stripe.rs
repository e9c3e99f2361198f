//! Stripe, as far as billing recovery reads it, for local runs without a Stripe key: the
//! objects in a folder (`events/stripe/<id>.json`, and a session's line items as
//! `<cs_…>.line_items.json`, written by `scripts/make-sample-events.py` from the official
//! fixtures), answered as `GET`s of their ids would be. Nothing is created or changed at
//! Stripe.

use std::path::PathBuf;

use serde::de::DeserializeOwned;
use stripe_recovery::ports::StripeReader;
use stripe_recovery::stripe::billing::{Customer, Invoice, PaymentMethod, SetupIntent};
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::stripe::error::{ErrorCode, ErrorType, StripeError};
use stripe_recovery::stripe::event::Subscription;
use stripe_recovery::stripe::ids::{
    CheckoutSessionId, CustomerId, EventId, InvoiceId, PaymentMethodId, SetupIntentId,
    SubscriptionId,
};
use stripe_recovery::stripe::line_items::LineItems;
use tokio::time::Instant;

/// Where the local consumers read Stripe: the API with a key, the samples without.
#[derive(Clone)]
pub enum LocalStripe {
    Api(StripeClient),
    Samples(SampleObjects),
}

#[derive(Debug, Clone)]
pub struct SampleObjects {
    dir: PathBuf,
}

impl SampleObjects {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// Whether a sample session of `customer`, created at or after `since`, is complete:
    /// what Stripe's list of sessions filtered so would say.
    async fn completed_checkout_since(
        &self,
        customer: &CustomerId,
        since: i64,
    ) -> Result<bool, StripeError> {
        let unreadable = |e: std::io::Error| StripeError::Unreachable {
            attempts: 0,
            reason: format!("{}: {e}", self.dir.display()),
        };
        let mut entries = tokio::fs::read_dir(&self.dir).await.map_err(unreadable)?;
        while let Some(entry) = entries.next_entry().await.map_err(unreadable)? {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !name.starts_with("cs_") || name.ends_with(".line_items.json") {
                continue;
            }
            let Ok(bytes) = tokio::fs::read(entry.path()).await else {
                continue;
            };
            let Ok(session) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
                continue;
            };
            if session["object"] == "checkout.session"
                && session["customer"] == customer.as_str()
                && session["status"] == "complete"
                && session["created"].as_i64().is_some_and(|at| at >= since)
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The object `id` of `kind`, or Stripe's 404 for an id it does not know.
    async fn read<T: DeserializeOwned>(&self, kind: &str, id: &str) -> Result<T, StripeError> {
        let path = self.dir.join(format!("{id}.json"));
        let missing = || StripeError::Api {
            status: 404,
            kind: ErrorType::InvalidRequestError,
            code: Some(ErrorCode::ResourceMissing),
            param: Some("id".into()),
            message: format!("No such {kind}: '{id}' (no sample {})", path.display()),
            request_id: None,
        };
        let bytes = tokio::fs::read(&path).await.map_err(|_| missing())?;
        let object: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| StripeError::Decode(e.to_string()))?;
        if object["object"] != kind {
            return Err(missing());
        }
        serde_json::from_value(object).map_err(|e| StripeError::Decode(e.to_string()))
    }
}

impl StripeReader for LocalStripe {
    async fn event_object(&self, id: &EventId, deadline: Instant) -> Result<String, StripeError> {
        match self {
            Self::Api(client) => client.event_object(id, deadline).await,
            Self::Samples(_) => Err(StripeError::Unreachable {
                attempts: 0,
                reason: "no STRIPE_SECRET_KEY: events stored without their object cannot be re-fetched locally".into(),
            }),
        }
    }

    async fn invoice(&self, id: &InvoiceId, deadline: Instant) -> Result<Invoice, StripeError> {
        match self {
            Self::Api(client) => StripeReader::invoice(client, id, deadline).await,
            Self::Samples(samples) => samples.read("invoice", id.as_str()).await,
        }
    }

    async fn subscription(
        &self,
        id: &SubscriptionId,
        deadline: Instant,
    ) -> Result<Subscription, StripeError> {
        match self {
            Self::Api(client) => StripeReader::subscription(client, id, deadline).await,
            Self::Samples(samples) => samples.read("subscription", id.as_str()).await,
        }
    }

    async fn customer(&self, id: &CustomerId, deadline: Instant) -> Result<Customer, StripeError> {
        match self {
            Self::Api(client) => StripeReader::customer(client, id, deadline).await,
            Self::Samples(samples) => samples.read("customer", id.as_str()).await,
        }
    }

    async fn checkout_line_items(
        &self,
        session: &CheckoutSessionId,
        deadline: Instant,
    ) -> Result<LineItems, StripeError> {
        match self {
            Self::Api(client) => StripeReader::checkout_line_items(client, session, deadline).await,
            Self::Samples(samples) => samples.read("list", &format!("{session}.line_items")).await,
        }
    }

    async fn payment_method(
        &self,
        id: &PaymentMethodId,
        deadline: Instant,
    ) -> Result<PaymentMethod, StripeError> {
        match self {
            Self::Api(client) => StripeReader::payment_method(client, id, deadline).await,
            Self::Samples(samples) => samples.read("payment_method", id.as_str()).await,
        }
    }

    async fn setup_intent(
        &self,
        id: &SetupIntentId,
        deadline: Instant,
    ) -> Result<SetupIntent, StripeError> {
        match self {
            Self::Api(client) => StripeReader::setup_intent(client, id, deadline).await,
            Self::Samples(samples) => samples.read("setup_intent", id.as_str()).await,
        }
    }

    async fn completed_checkout_since(
        &self,
        customer: &CustomerId,
        since: i64,
        deadline: Instant,
    ) -> Result<bool, StripeError> {
        match self {
            Self::Api(client) => {
                StripeReader::completed_checkout_since(client, customer, since, deadline).await
            }
            Self::Samples(samples) => samples.completed_checkout_since(customer, since).await,
        }
    }
}
