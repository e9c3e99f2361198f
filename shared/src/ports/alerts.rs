use std::future::Future;

use serde::Serialize;
use tokio::time::Instant;

use crate::stripe::ids::{CustomerId, InvoiceId};

/// Why the team is told about an invoice (a recovery policy segment's `alerts`). Each
/// goes at most once per invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertReason {
    /// A failed payment at or above the segment's amount.
    HighValuePaymentFailed,
    /// A `send_invoice` invoice at or above the segment's amount passed its due date.
    HighValueInvoiceOverdue,
    /// A yearly subscription's renewal failed.
    AnnualRenewalFailed,
    /// Stripe will not try again.
    FinalAttemptFailed,
}

impl AlertReason {
    pub const ALL: [AlertReason; 4] = [
        Self::HighValuePaymentFailed,
        Self::HighValueInvoiceOverdue,
        Self::AnnualRenewalFailed,
        Self::FinalAttemptFailed,
    ];

    /// The alert's name in its JSON (`alert`) and the `Reason` metric dimension.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HighValuePaymentFailed => "high_value_payment_failed",
            Self::HighValueInvoiceOverdue => "high_value_invoice_overdue",
            Self::AnnualRenewalFailed => "annual_renewal_failed",
            Self::FinalAttemptFailed => "final_attempt_failed",
        }
    }

    fn headline(self) -> &'static str {
        match self {
            Self::HighValuePaymentFailed => "High-value payment failed",
            Self::HighValueInvoiceOverdue => "High-value invoice overdue",
            Self::AnnualRenewalFailed => "Annual renewal failed",
            Self::FinalAttemptFailed => "Final payment attempt failed",
        }
    }
}

/// An invoice a person should look at now. Ids and the amount only: never an email
/// address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamAlert {
    pub reason: AlertReason,
    /// The recovery policy's segment that asked for it.
    pub segment: String,
    pub invoice: InvoiceId,
    pub customer: CustomerId,
    /// In the currency's minor units, as Stripe sends it.
    pub amount_due: i64,
    pub currency: String,
    pub attempt_count: u32,
    pub livemode: bool,
}

impl TeamAlert {
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
            "{}: {} {}",
            self.reason.headline(),
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
            "alert": self.reason.as_str(),
            "segment": self.segment,
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

    /// A chat message (Slack's incoming webhooks, and the many that read the same
    /// `{"text": …}`): the subject and the Dashboard link.
    pub fn chat_message(&self) -> String {
        serde_json::json!({
            "text": format!(
                "{} (segment {}, attempt {}): {}",
                self.subject(),
                self.segment,
                self.attempt_count,
                self.dashboard_url()
            ),
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
        alert: &TeamAlert,
        deadline: Instant,
    ) -> impl Future<Output = Result<(), AlertError>> + Send;
}

/// No topic configured: alerts go nowhere (configuration allows that only when the
/// policy alerts nobody).
impl<A: Alerts> Alerts for Option<A> {
    async fn publish(&self, alert: &TeamAlert, deadline: Instant) -> Result<(), AlertError> {
        match self {
            Some(alerts) => alerts.publish(alert, deadline).await,
            None => Ok(()),
        }
    }
}
