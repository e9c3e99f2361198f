//! Typed views of the billing objects billing recovery reads: Invoice, Customer,
//! PaymentMethod and SetupIntent (Subscription is in `event`). Only the fields we act on; unknown fields
//! and enum values parse, as everywhere.
//!
//! Invoices come in two shapes: since API version 2025-03-31 the subscription is at
//! `parent.subscription_details.subscription`; before, at the top-level `subscription`.
//! A webhook payload follows the endpoint's API version and a fetched invoice our pinned
//! one, so both are read.

use serde::Deserialize;

use super::event::{Expandable, Metadata, deserialize_metadata};
use super::ids::{CustomerId, InvoiceId, PaymentMethodId, SetupIntentId, SubscriptionId};

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Invoice {
    /// `None` on the preview an `invoice.upcoming` event carries.
    #[serde(default)]
    pub id: Option<InvoiceId>,
    #[serde(default)]
    pub customer: Option<Expandable<CustomerId>>,
    #[serde(default)]
    pub status: Option<InvoiceStatus>,
    #[serde(default)]
    pub amount_due: i64,
    #[serde(default)]
    pub amount_paid: i64,
    #[serde(default)]
    pub amount_remaining: i64,
    pub currency: String,
    /// How many payment attempts were made (the first failure makes it 1).
    #[serde(default)]
    pub attempt_count: u32,
    /// When Stripe tries again; `None` after the last automatic attempt.
    #[serde(default)]
    pub next_payment_attempt: Option<i64>,
    #[serde(default)]
    pub collection_method: Option<CollectionMethod>,
    #[serde(default)]
    pub hosted_invoice_url: Option<String>,
    #[serde(default)]
    pub customer_email: Option<String>,
    #[serde(default)]
    pub period_end: Option<i64>,
    #[serde(default)]
    pub livemode: bool,
    /// Why it was created: a subscription's first invoice, a renewal, …
    #[serde(default)]
    pub billing_reason: Option<BillingReason>,
    /// When a `send_invoice` invoice is due (it is `invoice.overdue` after that).
    #[serde(default)]
    pub due_date: Option<i64>,
    /// Why the last attempt failed, as Stripe kept it on the invoice (its `code`, and
    /// the card issuer's `decline_code`): for the report's split by decline code.
    #[serde(default)]
    pub last_finalization_error: Option<InvoiceError>,
    /// API versions before 2025-03-31.
    #[serde(default)]
    subscription: Option<Expandable<SubscriptionId>>,
    #[serde(default)]
    parent: Option<InvoiceParent>,
}

/// The error object Stripe keeps on an invoice: only its codes (its `message` may
/// quote the customer's details).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct InvoiceError {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub decline_code: Option<String>,
}

impl Invoice {
    /// The decline code of its last failed attempt, else the error's code, if Stripe
    /// kept either: short ASCII words (`insufficient_funds`), anything else dropped.
    pub fn decline_code(&self) -> Option<&str> {
        let error = self.last_finalization_error.as_ref()?;
        error
            .decline_code
            .as_deref()
            .or(error.code.as_deref())
            .filter(|code| {
                !code.is_empty()
                    && code.len() <= 64
                    && code
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
            })
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
struct InvoiceParent {
    #[serde(default)]
    subscription_details: Option<SubscriptionDetails>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
struct SubscriptionDetails {
    #[serde(default)]
    subscription: Option<Expandable<SubscriptionId>>,
}

impl Invoice {
    /// The subscription the invoice bills, in either payload shape.
    pub fn subscription_id(&self) -> Option<&SubscriptionId> {
        self.parent
            .as_ref()
            .and_then(|p| p.subscription_details.as_ref())
            .and_then(|d| d.subscription.as_ref())
            .or(self.subscription.as_ref())
            .map(Expandable::id)
    }

    pub fn customer_id(&self) -> Option<&CustomerId> {
        self.customer.as_ref().map(Expandable::id)
    }
}

/// An invoice's `billing_reason`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum BillingReason {
    /// A subscription's first invoice.
    SubscriptionCreate,
    /// A renewal.
    SubscriptionCycle,
    SubscriptionUpdate,
    SubscriptionThreshold,
    Manual,
    Upcoming,
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Draft,
    Open,
    Paid,
    Uncollectible,
    Void,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum CollectionMethod {
    ChargeAutomatically,
    SendInvoice,
    #[serde(other)]
    Unknown,
}

/// `GET /v1/customers/{id}` answers a deleted customer with `{"id", "deleted": true}`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Customer {
    pub id: CustomerId,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub email: Option<String>,
    /// The customer's languages, most preferred first (`["ja-JP", "en"]`).
    #[serde(default)]
    pub preferred_locales: Vec<String>,
    #[serde(default)]
    pub invoice_settings: Option<CustomerInvoiceSettings>,
    #[serde(default)]
    pub default_source: Option<Expandable<String>>,
    /// Set by the merchant's server-side code; see `consent` for the keys we read
    /// (a recorded consent, or its withdrawal). Empty on a deleted customer.
    #[serde(default, deserialize_with = "deserialize_metadata")]
    pub metadata: Metadata,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct CustomerInvoiceSettings {
    #[serde(default)]
    pub default_payment_method: Option<Expandable<String>>,
}

impl Customer {
    pub fn default_payment_method(&self) -> Option<&str> {
        self.invoice_settings
            .as_ref()
            .and_then(|s| s.default_payment_method.as_ref())
            .map(|pm| pm.id().as_str())
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct PaymentMethod {
    pub id: PaymentMethodId,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub card: Option<Card>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Card {
    #[serde(default)]
    pub brand: Option<String>,
    #[serde(default)]
    pub last4: Option<String>,
    pub exp_month: u8,
    pub exp_year: u16,
}

/// A SetupIntent as billing recovery reads it: whose, in which state, and whether its
/// last attempt failed. Never its `client_secret`: that is fetched only by the page that
/// confirms it, at the click (portal-link), and never stored or mailed.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct SetupIntent {
    pub id: SetupIntentId,
    #[serde(default)]
    pub customer: Option<Expandable<CustomerId>>,
    pub status: SetupIntentStatus,
    /// Present when an attempt failed (the bank declined, authentication failed): what
    /// tells a failed authorization from a SetupIntent still waiting for its first card.
    #[serde(default)]
    pub last_setup_error: Option<serde::de::IgnoredAny>,
    /// A subscription's pending SetupIntent carries no link back to it; a merchant may
    /// write one here (`metadata.subscription`), which lets the `setup_intent.*` events
    /// name the subscription.
    #[serde(default, deserialize_with = "deserialize_metadata")]
    pub metadata: Metadata,
}

/// The metadata key of a SetupIntent that names its subscription (`sub_…`).
pub const SETUP_INTENT_SUBSCRIPTION_METADATA: &str = "subscription";

impl SetupIntent {
    pub fn customer_id(&self) -> Option<&CustomerId> {
        self.customer.as_ref().map(Expandable::id)
    }

    pub fn failed(&self) -> bool {
        self.last_setup_error.is_some()
    }

    /// The subscription its metadata names, if it is a subscription id.
    pub fn subscription_in_metadata(&self) -> Option<SubscriptionId> {
        self.metadata
            .get(SETUP_INTENT_SUBSCRIPTION_METADATA)
            .and_then(|id| SubscriptionId::parse(id).ok())
    }
}

/// Stripe's SetupIntent `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SetupIntentStatus {
    RequiresPaymentMethod,
    RequiresConfirmation,
    RequiresAction,
    Processing,
    Canceled,
    Succeeded,
    #[serde(other)]
    Unknown,
}

impl SetupIntentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RequiresPaymentMethod => "requires_payment_method",
            Self::RequiresConfirmation => "requires_confirmation",
            Self::RequiresAction => "requires_action",
            Self::Processing => "processing",
            Self::Canceled => "canceled",
            Self::Succeeded => "succeeded",
            Self::Unknown => "unknown",
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    use crate::stripe::fixtures::fixture;

    #[test]
    fn the_invoice_fixture_parses_in_both_shapes() {
        // The fixture's parent names a placeholder, not an id: as Stripe sends it, a
        // real `sub_` id.
        let mut current = fixture("invoice");
        current["parent"]["subscription_details"]["subscription"] = json!("sub_1New");
        let invoice: Invoice = serde_json::from_value(current.clone()).unwrap();
        assert_eq!(invoice.id.as_ref().unwrap(), "in_1Pgc6tB7WZ01zgkWu9fdqL6I");
        assert_eq!(invoice.customer_id().unwrap(), "cus_QXg1o8vcGmoR32");
        assert_eq!(invoice.status, Some(InvoiceStatus::Draft));
        assert_eq!(invoice.billing_reason, Some(BillingReason::Manual));
        assert_eq!(invoice.due_date, Some(1_234_567_890));
        assert_eq!(
            invoice.collection_method,
            Some(CollectionMethod::ChargeAutomatically)
        );
        assert_eq!((invoice.amount_remaining, invoice.attempt_count), (1000, 0));
        assert_eq!(invoice.subscription_id().unwrap(), "sub_1New");

        let mut older = fixture("invoice");
        older.as_object_mut().unwrap().remove("parent");
        older["subscription"] = json!("sub_1Old");
        let invoice: Invoice = serde_json::from_value(older.clone()).unwrap();
        assert_eq!(invoice.subscription_id().unwrap(), "sub_1Old");

        older["subscription"] = json!({"id": "sub_1Expanded", "object": "subscription"});
        let invoice: Invoice = serde_json::from_value(older).unwrap();
        assert_eq!(invoice.subscription_id().unwrap(), "sub_1Expanded");

        let mut one_off = fixture("invoice");
        one_off["parent"] = Value::Null;
        let invoice: Invoice = serde_json::from_value(one_off).unwrap();
        assert_eq!(invoice.subscription_id(), None);
    }

    #[test]
    fn an_upcoming_invoice_has_no_id_and_unknown_values_parse() {
        let mut upcoming = fixture("invoice");
        upcoming.as_object_mut().unwrap().remove("id");
        upcoming["parent"] = Value::Null;
        upcoming["status"] = json!("sleeping");
        upcoming["collection_method"] = json!("by_carrier_pigeon");
        let invoice: Invoice = serde_json::from_value(upcoming).unwrap();
        assert_eq!(invoice.id, None);
        assert_eq!(invoice.status, Some(InvoiceStatus::Unknown));
        assert_eq!(invoice.collection_method, Some(CollectionMethod::Unknown));
    }

    #[test]
    fn customers_parse_live_and_deleted() {
        let mut customer = fixture("customer");
        customer["preferred_locales"] = json!(["ja-JP", "en"]);
        customer["invoice_settings"]["default_payment_method"] = json!("pm_1Card");
        let view: Customer = serde_json::from_value(customer).unwrap();
        assert!(!view.deleted);
        assert_eq!(view.preferred_locales, ["ja-JP", "en"]);
        assert_eq!(view.default_payment_method(), Some("pm_1Card"));

        let plain: Customer = serde_json::from_value(fixture("customer")).unwrap();
        assert_eq!(plain.default_payment_method(), None);
        assert!(plain.preferred_locales.is_empty() && plain.email.is_none());

        let deleted: Customer = serde_json::from_value(
            json!({"id": "cus_QXg1o8vcGmoR32", "object": "customer", "deleted": true}),
        )
        .unwrap();
        assert!(deleted.deleted);
        assert!(deleted.metadata.is_empty());
    }

    #[test]
    fn customer_metadata_parses_and_unknown_fields_still_do() {
        let mut customer = fixture("customer");
        customer["metadata"] = json!({"recovery_consent": "withdrawn", "n": 1});
        customer["a_field_from_the_future"] = json!({"x": [1]});
        let view: Customer = serde_json::from_value(customer.clone()).unwrap();
        assert_eq!(view.metadata.len(), 1);
        assert_eq!(view.metadata["recovery_consent"], "withdrawn");
        customer["metadata"] = Value::Null;
        let view: Customer = serde_json::from_value(customer).unwrap();
        assert!(view.metadata.is_empty());
    }

    #[test]
    fn the_payment_method_fixture_parses_with_its_card() {
        let pm: PaymentMethod = serde_json::from_value(fixture("payment_method")).unwrap();
        assert_eq!(pm.kind, "card");
        let card = pm.card.unwrap();
        assert_eq!((card.exp_month, card.exp_year), (8, 2030));
        assert_eq!(card.last4.as_deref(), Some("4242"));
        assert_eq!(card.brand.as_deref(), Some("visa"));
    }

    #[test]
    fn the_setup_intent_fixture_parses_without_its_secret() {
        let mut intent = fixture("setup_intent");
        let view: SetupIntent = serde_json::from_value(intent.clone()).unwrap();
        assert_eq!(view.id, "seti_1Pgag7B7WZ01zgkWSgwGdb8Z");
        assert_eq!(view.status, SetupIntentStatus::RequiresPaymentMethod);
        assert!(view.failed());
        assert_eq!(view.customer_id(), None);
        assert_eq!(view.subscription_in_metadata(), None);
        assert!(!format!("{view:?}").contains("secret"));

        intent["status"] = json!("requires_action");
        intent["last_setup_error"] = Value::Null;
        intent["customer"] = json!("cus_1");
        intent["metadata"] = json!({"subscription": "sub_1"});
        let view: SetupIntent = serde_json::from_value(intent.clone()).unwrap();
        assert_eq!(view.status, SetupIntentStatus::RequiresAction);
        assert!(!view.failed());
        assert_eq!(view.customer_id().unwrap(), "cus_1");
        assert_eq!(view.subscription_in_metadata().unwrap(), "sub_1");

        intent["status"] = json!("requires_a_miracle");
        intent["metadata"] = json!({"subscription": "not an id"});
        let view: SetupIntent = serde_json::from_value(intent).unwrap();
        assert_eq!(view.status, SetupIntentStatus::Unknown);
        assert_eq!(view.subscription_in_metadata(), None);
    }
}
