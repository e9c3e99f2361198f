use std::future::Future;

use serde::Serialize;
use tokio::time::Instant;

use crate::stripe::ids::{CustomerId, InvoiceId};

/// A failed invoice large enough that a person should look at it now. Ids and the
/// amount only: never an email address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HighValueAlert {
    pub invoice: InvoiceId,
    pub customer: CustomerId,
    /// In the currency's minor units, as Stripe sends it.
    pub amount_due: i64,
    pub currency: String,
    pub attempt_count: u32,
    pub livemode: bool,
}

impl HighValueAlert {
    /// The invoice in the Stripe Dashboard (test-mode invoices under `/test`).
    pub fn dashboard_url(&self) -> String {
        let mode = if self.livemode { "" } else { "test/" };
        format!(
            "https://dashboard.stripe.com/{mode}invoices/{}",
            self.invoice
        )
    }

    /// One line for the notification's subject (SNS: at most 100 ASCII characters).
    pub fn subject(&self) -> String {
        format!(
            "High-value payment failed: {} {}",
            crate::mail::format_amount_code(self.amount_due, &self.currency),
            self.invoice
        )
        .chars()
        .filter(char::is_ascii)
        .take(100)
        .collect()
    }

    /// The notification's body: JSON, for people and for whatever reads the topic.
    pub fn message(&self) -> String {
        serde_json::json!({
            "alert": "high_value_payment_failed",
            "invoice": self.invoice,
            "customer": self.customer,
            "amount_due": self.amount_due,
            "currency": self.currency,
            "attempt_count": self.attempt_count,
            "livemode": self.livemode,
            "dashboard_url": self.dashboard_url(),
        })
        .to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the alert could not be published: {0}")]
pub struct AlertError(pub String);

/// Where operations alerts go (the stack's SNS topic; a file locally).
pub trait Alerts: Send + Sync {
    fn publish(
        &self,
        alert: &HighValueAlert,
        deadline: Instant,
    ) -> impl Future<Output = Result<(), AlertError>> + Send;
}

/// No topic configured: alerts go nowhere (configuration allows that only when no
/// threshold is set).
impl<A: Alerts> Alerts for Option<A> {
    async fn publish(&self, alert: &HighValueAlert, deadline: Instant) -> Result<(), AlertError> {
        match self {
            Some(alerts) => alerts.publish(alert, deadline).await,
            None => Ok(()),
        }
    }
}
