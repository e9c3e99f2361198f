//! The inbox: every handled Stripe event, recorded once, keyed by its id.
//!
//! The DynamoDB stream of these items drives the consumers, so the item's shape (`pk`,
//! `type`, `object`, `ttl`) is a contract with the template's stream filters.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use tokio::time::Instant;

use crate::ports::StripeReader;
use crate::stripe::error::StripeError;
use crate::stripe::event::Envelope;
use crate::stripe::ids::EventId;

/// How long an inbox item is kept: longer than Stripe's 3 days of retries, so a late
/// redelivery still finds its duplicate.
pub const INBOX_TTL_SECS: i64 = 30 * 24 * 60 * 60;

/// Largest `data.object` stored inline. DynamoDB items are limited to 400 KB; above this
/// the object is left out and its consumer re-fetches the event from Stripe.
pub const MAX_INLINE_OBJECT_BYTES: usize = 350 * 1024;

/// The event types some stream consumer acts on (each consumer lists its own in
/// `StreamConsumer::HANDLES`). Anything else is acknowledged and dropped. All but three
/// are Stripe's: `CartStepDue`, `BillingStepDue` and `BillingMailDeferred` are our own,
/// written by the scheduler when a job comes due, and never accepted from a webhook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HandledType {
    CheckoutSessionExpired,
    CheckoutSessionCompleted,
    CustomerSubscriptionDeleted,
    InvoicePaymentFailed,
    InvoicePaymentActionRequired,
    InvoicePaid,
    InvoiceUpcoming,
    InvoiceVoided,
    InvoiceMarkedUncollectible,
    CustomerSubscriptionTrialWillEnd,
    /// A later step of a cart's recovery sequence came due (the scheduler).
    CartStepDue,
    /// A `send_invoice` invoice passed its due date unpaid.
    InvoiceOverdue,
    /// A reminder of a failed invoice's sequence on our clock came due (the scheduler).
    BillingStepDue,
    /// A billing mail held back by its segment's quiet hours: the event that called for
    /// it, decided again when they end (the scheduler).
    BillingMailDeferred,
    /// A subscription created or changed: billing recovery looks at its
    /// `pending_setup_intent` (a card the customer must authenticate or replace) and, for
    /// `updated`, a cancellation requested or withdrawn (the churn record).
    CustomerSubscriptionCreated,
    CustomerSubscriptionUpdated,
    /// A SetupIntent needs the customer (3-D Secure), or its authorization failed:
    /// billing recovery mails about it when it is a subscription's pending SetupIntent.
    SetupIntentRequiresAction,
    SetupIntentSetupFailed,
    /// A customer-portal session created: by our portal link (its request's idempotency
    /// key says so; intake drops the others), so a customer opened a link of our mails.
    BillingPortalSessionCreated,
    /// Stripe's card updater replaced a customer's card details: the report credits an
    /// invoice paid after it to the updater.
    PaymentMethodAutomaticallyUpdated,
}

impl HandledType {
    pub const ALL: [HandledType; 20] = [
        Self::CheckoutSessionExpired,
        Self::CheckoutSessionCompleted,
        Self::CustomerSubscriptionDeleted,
        Self::InvoicePaymentFailed,
        Self::InvoicePaymentActionRequired,
        Self::InvoicePaid,
        Self::InvoiceUpcoming,
        Self::InvoiceVoided,
        Self::InvoiceMarkedUncollectible,
        Self::CustomerSubscriptionTrialWillEnd,
        Self::CartStepDue,
        Self::InvoiceOverdue,
        Self::BillingStepDue,
        Self::BillingMailDeferred,
        Self::CustomerSubscriptionCreated,
        Self::CustomerSubscriptionUpdated,
        Self::SetupIntentRequiresAction,
        Self::SetupIntentSetupFailed,
        Self::BillingPortalSessionCreated,
        Self::PaymentMethodAutomaticallyUpdated,
    ];

    pub fn parse(event_type: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == event_type)
    }

    /// A type Stripe sends that some consumer handles: what intake records. Our own
    /// types are refused there, whoever signed the body.
    pub fn from_stripe(event_type: &str) -> Option<Self> {
        Self::parse(event_type).filter(|t| t.is_stripes())
    }

    pub const fn is_stripes(self) -> bool {
        !matches!(
            self,
            Self::CartStepDue | Self::BillingStepDue | Self::BillingMailDeferred
        )
    }

    /// Whether only the customer of its object is kept (`signal_object`): a portal
    /// session carries a URL that opens the customer's portal, a payment method the
    /// card holder's name and address, and the report needs neither.
    pub const fn is_a_customer_signal(self) -> bool {
        matches!(
            self,
            Self::BillingPortalSessionCreated | Self::PaymentMethodAutomaticallyUpdated
        )
    }

    /// Whether its object is a subscription (`customer.subscription.*`).
    pub const fn is_about_a_subscription(self) -> bool {
        matches!(
            self,
            Self::CustomerSubscriptionCreated
                | Self::CustomerSubscriptionUpdated
                | Self::CustomerSubscriptionDeleted
                | Self::CustomerSubscriptionTrialWillEnd
        )
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::CheckoutSessionExpired => "checkout.session.expired",
            Self::CheckoutSessionCompleted => "checkout.session.completed",
            Self::CustomerSubscriptionDeleted => "customer.subscription.deleted",
            Self::InvoicePaymentFailed => "invoice.payment_failed",
            Self::InvoicePaymentActionRequired => "invoice.payment_action_required",
            Self::InvoicePaid => "invoice.paid",
            Self::InvoiceUpcoming => "invoice.upcoming",
            Self::InvoiceVoided => "invoice.voided",
            Self::InvoiceMarkedUncollectible => "invoice.marked_uncollectible",
            Self::CustomerSubscriptionTrialWillEnd => "customer.subscription.trial_will_end",
            Self::CartStepDue => "stripe_recovery.cart_step_due",
            Self::InvoiceOverdue => "invoice.overdue",
            Self::BillingStepDue => "stripe_recovery.billing_step_due",
            Self::BillingMailDeferred => "stripe_recovery.billing_mail_deferred",
            Self::CustomerSubscriptionCreated => "customer.subscription.created",
            Self::CustomerSubscriptionUpdated => "customer.subscription.updated",
            Self::SetupIntentRequiresAction => "setup_intent.requires_action",
            Self::SetupIntentSetupFailed => "setup_intent.setup_failed",
            Self::BillingPortalSessionCreated => "billing_portal.session.created",
            Self::PaymentMethodAutomaticallyUpdated => "payment_method.automatically_updated",
        }
    }
}

impl std::fmt::Display for HandledType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for HandledType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for HandledType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Self::parse(&raw)
            .ok_or_else(|| serde::de::Error::custom(format!("{raw:?} is not a handled type")))
    }
}

/// One inbox item, exactly as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxItem {
    /// `event#<evt_id>`.
    pub pk: String,
    pub event_id: EventId,
    #[serde(rename = "type")]
    pub event_type: HandledType,
    /// Stripe's `created` (unix seconds).
    pub created: i64,
    pub livemode: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// `data.object` as the raw JSON Stripe sent; `None` when it was too large to store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Set when `object` was left out: the consumer must fetch `GET /v1/events/{id}`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub object_omitted: bool,
    /// When intake recorded it (unix seconds).
    pub received_at: i64,
    /// DynamoDB TTL (unix seconds).
    pub ttl: i64,
}

/// Why a consumer could not read an inbox item's object.
#[derive(Debug, thiserror::Error)]
pub enum ObjectError {
    #[error("the event was stored without its object and no STRIPE_SECRET_KEY is configured")]
    NoStripeKey,
    /// Boxed: Stripe's errors are large, and every consumer's error carries this one.
    #[error("re-fetching the event from Stripe failed: {0}")]
    Stripe(Box<StripeError>),
}

impl InboxItem {
    /// The event's `data.object` as raw JSON: as stored, or, for an event too large for
    /// the inbox (`object_omitted`), as `GET /v1/events/{id}` gives it now. Every
    /// consumer reads its object through this.
    pub async fn object<R: StripeReader>(
        &self,
        stripe: Option<&R>,
        deadline: Instant,
    ) -> Result<Cow<'_, str>, ObjectError> {
        match (&self.object, stripe) {
            (Some(object), _) => Ok(Cow::Borrowed(object)),
            (None, Some(stripe)) => stripe
                .event_object(&self.event_id, deadline)
                .await
                .map(Cow::Owned)
                .map_err(|e| ObjectError::Stripe(Box::new(e))),
            (None, None) => Err(ObjectError::NoStripeKey),
        }
    }

    pub fn key(event_id: &EventId) -> String {
        format!("event#{event_id}")
    }

    /// The item for a verified envelope of a handled type, received at `now`. A
    /// subscription's cancellation comment is the customer's free text: it is replaced by
    /// its length before anything is stored (`without_cancellation_comment`); of a
    /// customer signal only the ids are kept (`signal_object`).
    pub fn from_envelope(envelope: &Envelope<'_>, event_type: HandledType, now: i64) -> Self {
        let raw_object = envelope.data.object.get();
        // Only a subscription carries a customer's comment.
        let raw_object = if event_type.is_about_a_subscription() {
            without_cancellation_comment(raw_object)
        } else if event_type.is_a_customer_signal() {
            Cow::Owned(signal_object(raw_object))
        } else {
            Cow::Borrowed(raw_object)
        };
        let raw_object = raw_object.as_ref();
        let fits = raw_object.len() <= MAX_INLINE_OBJECT_BYTES;
        let event_id = EventId::parse(&envelope.id).expect("Envelope::parse checked the id");
        Self {
            pk: Self::key(&event_id),
            event_id,
            event_type,
            created: envelope.created,
            livemode: envelope.livemode,
            api_version: envelope.api_version.as_deref().map(str::to_owned),
            object: fits.then(|| raw_object.to_owned()),
            object_omitted: !fits,
            received_at: now,
            ttl: now + INBOX_TTL_SECS,
        }
    }
}

/// Of a portal session or a payment method, what the report needs: `id`, `object` and
/// `customer` (an id, or the id of an expanded one; `null` when none or unreadable).
pub fn signal_object(raw_object: &str) -> String {
    #[derive(Deserialize)]
    struct Ids {
        #[serde(default)]
        id: Option<String>,
        #[serde(default)]
        object: Option<String>,
        #[serde(default)]
        customer: Option<serde_json::Value>,
    }
    let ids: Option<Ids> = serde_json::from_str(raw_object).ok();
    let ids = ids.as_ref();
    let customer = ids.and_then(|ids| match ids.customer.as_ref()? {
        serde_json::Value::String(id) => Some(id.clone()),
        expanded => expanded.get("id")?.as_str().map(str::to_owned),
    });
    serde_json::json!({
        "id": ids.and_then(|ids| ids.id.clone()),
        "object": ids.and_then(|ids| ids.object.clone()),
        "customer": customer,
    })
    .to_string()
}

/// A subscription's `cancellation_details.comment` is what the customer typed when they
/// cancelled: nothing of ours keeps it. The object is returned untouched unless it has a
/// comment; then the comment is `null` and `comment_length` (ours) says how many
/// characters it had, which is all the churn record keeps.
pub fn without_cancellation_comment(raw_object: &str) -> Cow<'_, str> {
    // Cheap test first: intake parses nothing when no comment holds text (Stripe's
    // `"comment": null` is the rule).
    if !has_comment_text(raw_object) {
        return Cow::Borrowed(raw_object);
    }
    let Ok(mut object) = serde_json::from_str::<serde_json::Value>(raw_object) else {
        return Cow::Borrowed(raw_object);
    };
    let details = object
        .get_mut("cancellation_details")
        .and_then(serde_json::Value::as_object_mut);
    let Some(details) = details else {
        return Cow::Borrowed(raw_object);
    };
    let Some(serde_json::Value::String(comment)) = details.get("comment") else {
        return Cow::Borrowed(raw_object);
    };
    let length = comment.chars().count();
    details.insert("comment".into(), serde_json::Value::Null);
    details.insert("comment_length".into(), length.into());
    Cow::Owned(object.to_string())
}

/// Whether some `"comment"` key of the JSON text holds a string: a scan of the bytes,
/// no parse.
fn has_comment_text(raw_object: &str) -> bool {
    const KEY: &str = "\"comment\"";
    raw_object.match_indices(KEY).any(|(at, _)| {
        raw_object[at + KEY.len()..]
            .trim_start()
            .strip_prefix(':')
            .is_some_and(|value| value.trim_start().starts_with('"'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_a_customer_signal_only_the_ids_are_kept() {
        let session = crate::stripe::fixtures::resources()["billing_portal.session"].clone();
        let mut session = session;
        session["customer"] = serde_json::json!("cus_1");
        session["url"] = serde_json::json!("https://billing.stripe.com/p/session/secret");
        let kept: serde_json::Value =
            serde_json::from_str(&signal_object(&session.to_string())).unwrap();
        assert_eq!(
            kept,
            serde_json::json!({"id": session["id"], "object": "billing_portal.session",
                               "customer": "cus_1"})
        );
        // An expanded customer gives its id; none, or a body that is no object, null.
        let expanded = r#"{"id":"pm_1","object":"payment_method","customer":{"id":"cus_2"},
                           "billing_details":{"name":"Jenny Rosen"}}"#;
        assert!(!signal_object(expanded).contains("Jenny"));
        assert!(signal_object(expanded).contains(r#""customer":"cus_2""#));
        assert!(signal_object(r#"{"id":"pm_1","customer":null}"#).contains(r#""customer":null"#));
        assert!(signal_object("[]").contains(r#""customer":null"#));
    }

    fn event_with_object_of_len(len: usize) -> Vec<u8> {
        // `{"p":"…"}` is 8 bytes of framing around the padding.
        let object = format!(r#"{{"p":"{}"}}"#, "x".repeat(len - 8));
        assert_eq!(object.len(), len);
        format!(
            r#"{{"id":"evt_1","type":"checkout.session.expired","created":7,"livemode":true,"data":{{"object":{object}}}}}"#
        )
        .into_bytes()
    }

    #[test]
    fn the_object_is_inline_up_to_the_limit_and_omitted_above_it() {
        for (len, inline) in [
            (MAX_INLINE_OBJECT_BYTES, true),
            (MAX_INLINE_OBJECT_BYTES + 1, false),
        ] {
            let body = event_with_object_of_len(len);
            let envelope = Envelope::parse(&body).unwrap();
            let item =
                InboxItem::from_envelope(&envelope, HandledType::CheckoutSessionExpired, 100);
            assert_eq!(item.object.is_some(), inline, "object of {len} bytes");
            assert_eq!(item.object_omitted, !inline);
            assert_eq!(item.pk, "event#evt_1");
            assert_eq!(item.event_id, "evt_1");
            assert_eq!(item.ttl, 100 + INBOX_TTL_SECS);
            assert!(item.livemode);
            assert_eq!(item.api_version, None);
        }
    }

    #[test]
    fn a_cancellation_comment_is_stored_as_its_length_only() {
        let body = br#"{"id":"evt_1","type":"customer.subscription.updated","created":7,"livemode":false,"data":{"object":{"id":"sub_1","cancellation_details":{"comment":"Zu teuer f\u00fcr uns","feedback":"too_expensive","reason":"cancellation_requested"}}}}"#;
        let envelope = Envelope::parse(body).unwrap();
        let item = InboxItem::from_envelope(&envelope, HandledType::CustomerSubscriptionUpdated, 9);
        let object = item.object.unwrap();
        assert!(!object.contains("teuer"), "{object}");
        let stored: serde_json::Value = serde_json::from_str(&object).unwrap();
        let details = &stored["cancellation_details"];
        assert_eq!(details["comment"], serde_json::Value::Null);
        assert_eq!(details["comment_length"], 16);
        assert_eq!(details["feedback"], "too_expensive");

        // As Stripe prints it (spaces around the colon), deleted too.
        let pretty = "{\n  \"id\": \"sub_1\",\n  \"cancellation_details\": {\n    \"comment\" : \"Too slow\",\n    \"reason\": null\n  }\n}";
        let stored = without_cancellation_comment(pretty);
        assert!(!stored.contains("slow"), "{stored}");
        // Other objects are not read for one: an invoice's event stores what Stripe sent.
        let body = br#"{"id":"evt_2","type":"invoice.payment_failed","created":7,"livemode":false,"data":{"object":{"id":"in_1","cancellation_details":{"comment":"kept"}}}}"#;
        let envelope = Envelope::parse(body).unwrap();
        let item = InboxItem::from_envelope(&envelope, HandledType::InvoicePaymentFailed, 9);
        assert!(item.object.unwrap().contains("kept"));

        // No comment (or no details): the object as Stripe sent it, byte for byte.
        for object in [
            r#"{"id":"sub_1","cancellation_details":{"comment" :  null,"reason":null}}"#,
            r#"{"id":"sub_1","comments":"not the key","comment_length":3}"#,
            r#"{"id":"sub_1","cancellation_details":{"comment":null,"reason":null}}"#,
            r#"{"id":"sub_1"}"#,
            r#"{"id":"in_1","cancellation_details":"odd"}"#,
        ] {
            assert_eq!(without_cancellation_comment(object), object);
        }
    }

    #[test]
    fn handled_types_round_trip_and_nothing_else_parses() {
        for t in HandledType::ALL {
            assert_eq!(HandledType::parse(t.as_str()), Some(t));
        }
        for ours in [
            "stripe_recovery.cart_step_due",
            "stripe_recovery.billing_step_due",
            "stripe_recovery.billing_mail_deferred",
        ] {
            assert_eq!(HandledType::from_stripe(ours), None, "{ours}");
        }
        assert_eq!(
            HandledType::from_stripe("invoice.paid"),
            Some(HandledType::InvoicePaid)
        );
        for other in [
            "invoice.payment_succeeded",
            "invoice.created",
            "checkout.session",
            "",
            "CHECKOUT.SESSION.EXPIRED",
        ] {
            assert_eq!(HandledType::parse(other), None, "{other}");
        }
    }
}
