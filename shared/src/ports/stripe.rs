use std::future::Future;

use tokio::time::Instant;

use crate::stripe::billing::{Customer, Invoice, PaymentMethod, SetupIntent};
use crate::stripe::error::StripeError;
use crate::stripe::event::Subscription;
use crate::stripe::ids::{
    CheckoutSessionId, CustomerId, EventId, InvoiceId, PaymentMethodId, SetupIntentId,
    SubscriptionId,
};
use crate::stripe::line_items::LineItems;

/// What a consumer reads back from Stripe before it acts: events arrive late, out of
/// order and more than once, so the object as it is now decides, not the payload.
/// `StripeClient` is the adapter; the local runner has one that reads sample objects.
pub trait StripeReader: Send + Sync {
    /// `data.object` of an event (for inbox items stored without it), as raw JSON.
    fn event_object(
        &self,
        id: &EventId,
        deadline: Instant,
    ) -> impl Future<Output = Result<String, StripeError>> + Send;

    fn invoice(
        &self,
        id: &InvoiceId,
        deadline: Instant,
    ) -> impl Future<Output = Result<Invoice, StripeError>> + Send;

    fn subscription(
        &self,
        id: &SubscriptionId,
        deadline: Instant,
    ) -> impl Future<Output = Result<Subscription, StripeError>> + Send;

    /// A deleted customer is `Ok` with `deleted: true`, as Stripe answers.
    fn customer(
        &self,
        id: &CustomerId,
        deadline: Instant,
    ) -> impl Future<Output = Result<Customer, StripeError>> + Send;

    /// A Checkout Session's line items, products expanded.
    fn checkout_line_items(
        &self,
        session: &CheckoutSessionId,
        deadline: Instant,
    ) -> impl Future<Output = Result<LineItems, StripeError>> + Send;

    fn payment_method(
        &self,
        id: &PaymentMethodId,
        deadline: Instant,
    ) -> impl Future<Output = Result<PaymentMethod, StripeError>> + Send;

    /// A SetupIntent's state (never its client secret: `SetupIntent` does not read it).
    fn setup_intent(
        &self,
        id: &SetupIntentId,
        deadline: Instant,
    ) -> impl Future<Output = Result<SetupIntent, StripeError>> + Send;

    /// Whether `customer` completed a Checkout Session created at or after `since` (unix
    /// seconds): a purchase our own records may not know yet (its event not here, or
    /// paid where we do not see the address).
    fn completed_checkout_since(
        &self,
        customer: &CustomerId,
        since: i64,
        deadline: Instant,
    ) -> impl Future<Output = Result<bool, StripeError>> + Send;
}
