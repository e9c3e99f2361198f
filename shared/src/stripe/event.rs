//! The Stripe event envelope and small typed views of the objects we read.
//!
//! Stripe adds fields and enum values without a new API version, so every view ignores
//! unknown fields and every enum has an `Unknown` catch-all.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::ids::{
    CheckoutSessionId, CustomerId, EventId, InvoiceId, SetupIntentId, SubscriptionId,
};

/// An event as delivered to a webhook endpoint, borrowing the request body.
/// `data.object` stays raw JSON: intake stores it untouched and only consumers type it.
#[derive(Debug, Deserialize)]
pub struct Envelope<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(rename = "type", borrow)]
    pub event_type: Cow<'a, str>,
    pub created: i64,
    pub livemode: bool,
    #[serde(default, borrow)]
    pub api_version: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub data: EventData<'a>,
    /// The API request that caused it (`{"id", "idempotency_key"}`), raw: only a portal
    /// session's is read (`idempotency_key`), and old API versions sent a bare string.
    #[serde(default, borrow)]
    pub request: Option<&'a RawValue>,
}

#[derive(Debug, Deserialize)]
pub struct EventData<'a> {
    #[serde(borrow)]
    pub object: &'a RawValue,
}

#[derive(Debug, thiserror::Error)]
pub enum EnvelopeError {
    #[error("the body is not a Stripe event: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the event id {0:?} is not a Stripe event id (evt_…)")]
    BadId(String),
    #[error("the event type is empty")]
    EmptyType,
    #[error("data.object is not a JSON object")]
    ObjectNotAnObject,
}

impl<'a> Envelope<'a> {
    /// Parses and sanity-checks an envelope. Call only after the signature is verified.
    pub fn parse(body: &'a [u8]) -> Result<Self, EnvelopeError> {
        let envelope: Envelope<'a> = serde_json::from_slice(body)?;
        // Checked here rather than typed: the envelope borrows the body on the hot path.
        if !super::ids::is_id_with_prefix(&envelope.id, EventId::PREFIX) {
            return Err(EnvelopeError::BadId(truncate(&envelope.id, 40)));
        }
        if envelope.event_type.is_empty() {
            return Err(EnvelopeError::EmptyType);
        }
        // Nesting depth is not limited here: serde_json skips raw and unknown values
        // iteratively (no stack risk, in intake or in the consumers' typed views), only
        // Stripe can sign a body, and a depth scan would cost half the intake budget.
        if !envelope.data.object.get().starts_with('{') {
            return Err(EnvelopeError::ObjectNotAnObject);
        }
        Ok(envelope)
    }
}

impl Envelope<'_> {
    /// The idempotency key of the API request that caused the event, if it had one.
    pub fn idempotency_key(&self) -> Option<String> {
        #[derive(Deserialize)]
        struct Request {
            #[serde(default)]
            idempotency_key: Option<String>,
        }
        let request: Request = serde_json::from_str(self.request?.get()).ok()?;
        request.idempotency_key
    }
}

fn truncate(s: &str, max_chars: usize) -> String {
    s.chars().take(max_chars).collect()
}

/// The fields of a Checkout Session that recovery and attribution read.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct CheckoutSession {
    pub id: CheckoutSessionId,
    pub created: i64,
    #[serde(default)]
    pub status: Option<SessionStatus>,
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub amount_total: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub customer: Option<Expandable<CustomerId>>,
    #[serde(default)]
    pub customer_email: Option<String>,
    #[serde(default)]
    pub customer_details: Option<CustomerDetails>,
    #[serde(default)]
    pub consent: Option<Consent>,
    #[serde(default)]
    pub after_expiration: Option<AfterExpiration>,
    /// When the session expires (or expired).
    #[serde(default)]
    pub expires_at: Option<i64>,
    #[serde(default)]
    pub recovered_from: Option<CheckoutSessionId>,
    #[serde(default)]
    pub allow_promotion_codes: Option<bool>,
    /// What the merchant's server-side code (or create-session, from the signed
    /// `customer_token`) attached; see `consent` for the keys we read.
    #[serde(default, deserialize_with = "deserialize_metadata")]
    pub metadata: Metadata,
}

/// A Stripe object's `metadata`: string keys to string values (Stripe allows 50 keys of
/// at most 40 characters, values of at most 500).
pub type Metadata = BTreeMap<String, String>;

/// Reads `metadata` leniently, as everything Stripe may change: absent, `null` or `{}`
/// is empty, and a value that is not a string (Stripe sends none) is left out instead of
/// making the whole object unreadable. What is left out is skipped, not parsed: serde_json
/// skips it iteratively, so no nesting reaches its recursion limit (as for any unknown
/// field).
pub fn deserialize_metadata<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Metadata, D::Error> {
    Ok(deserializer.deserialize_any(Lenient::Metadata)?.metadata)
}

/// One visitor for both levels: the metadata object, and each of its values.
#[derive(Clone, Copy)]
enum Lenient {
    Metadata,
    Value,
}

/// What `Lenient` found: the metadata, or a value if it is a string.
#[derive(Default)]
struct Found {
    metadata: Metadata,
    string: Option<String>,
}

impl<'de> Deserialize<'de> for Found {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Lenient::Value)
    }
}

impl Lenient {
    fn string(self, value: String) -> Found {
        match self {
            Self::Metadata => Found::default(),
            Self::Value => Found {
                string: Some(value),
                ..Found::default()
            },
        }
    }
}

impl<'de> serde::de::Visitor<'de> for Lenient {
    type Value = Found;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E>(self, value: &str) -> Result<Found, E> {
        Ok(self.string(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Found, E> {
        Ok(self.string(value))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Found, E> {
        Ok(Found::default())
    }

    fn visit_i64<E>(self, _: i64) -> Result<Found, E> {
        Ok(Found::default())
    }

    fn visit_u64<E>(self, _: u64) -> Result<Found, E> {
        Ok(Found::default())
    }

    fn visit_f64<E>(self, _: f64) -> Result<Found, E> {
        Ok(Found::default())
    }

    fn visit_unit<E>(self) -> Result<Found, E> {
        Ok(Found::default())
    }

    fn visit_none<E>(self) -> Result<Found, E> {
        Ok(Found::default())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Found, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Found, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Found::default())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Found, A::Error> {
        let mut found = Found::default();
        match self {
            Self::Metadata => {
                while let Some(key) = map.next_key::<String>()? {
                    if let Some(value) = map.next_value::<Found>()?.string {
                        found.metadata.insert(key, value);
                    }
                }
            }
            Self::Value => while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {},
        }
        Ok(found)
    }
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Open,
    Complete,
    Expired,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct CustomerDetails {
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Consent {
    #[serde(default)]
    pub promotions: Option<PromotionsConsent>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PromotionsConsent {
    OptIn,
    OptOut,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct AfterExpiration {
    #[serde(default)]
    pub recovery: Option<Recovery>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Recovery {
    #[serde(default)]
    pub enabled: bool,
    #[serde(default)]
    pub allow_promotion_codes: bool,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub expires_at: Option<i64>,
}

/// The fields of a Subscription that the setup-intent canceller and billing recovery
/// read.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Subscription {
    pub id: SubscriptionId,
    #[serde(default)]
    pub customer: Option<Expandable<CustomerId>>,
    #[serde(default)]
    pub status: Option<SubscriptionStatus>,
    #[serde(default)]
    pub pending_setup_intent: Option<Expandable<SetupIntentId>>,
    /// A `pm_…` PaymentMethod or, on older integrations, another kind of id: kept as
    /// text so an unexpected one never makes the subscription unreadable.
    #[serde(default)]
    pub default_payment_method: Option<Expandable<String>>,
    /// A legacy source (`card_…`, `src_…`, `ba_…`).
    #[serde(default)]
    pub default_source: Option<Expandable<String>>,
    #[serde(default)]
    pub trial_end: Option<i64>,
    #[serde(default)]
    pub cancel_at_period_end: bool,
    /// When a cancellation scheduled for a date takes effect (the portal and newer API
    /// versions schedule one this way rather than with `cancel_at_period_end`).
    #[serde(default)]
    pub cancel_at: Option<i64>,
    #[serde(default)]
    pub latest_invoice: Option<Expandable<InvoiceId>>,
    /// Set with the secret key only: what a recovery policy's segments may match on.
    #[serde(default, deserialize_with = "deserialize_metadata")]
    pub metadata: Metadata,
    #[serde(default)]
    pub items: Option<SubscriptionItems>,
    /// When it ended (canceled, or expired while incomplete).
    #[serde(default)]
    pub ended_at: Option<i64>,
    #[serde(default)]
    pub collection_method: Option<super::billing::CollectionMethod>,
    /// API versions before 2025-03-31; later ones keep it per item.
    #[serde(default)]
    current_period_end: Option<i64>,
    /// Why it was canceled, as the customer (portal) or Stripe said; the comment's
    /// length only (`CancellationDetails`).
    #[serde(default)]
    pub cancellation_details: Option<CancellationDetails>,
    /// When it was canceled, or when the latest cancellation was requested (a
    /// cancellation at the period's end sets it at the request).
    #[serde(default)]
    pub canceled_at: Option<i64>,
    #[serde(default)]
    pub created: Option<i64>,
    /// When it started (may precede `created` for a backdated subscription).
    #[serde(default)]
    pub start_date: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    /// The discounts applied to it (ids, or the objects when expanded).
    #[serde(default, deserialize_with = "deserialize_discounts")]
    pub discounts: Vec<Expandable<String>>,
    /// The one discount of API versions before `discounts`.
    #[serde(default)]
    pub discount: Option<ExpandedObject<String>>,
}

/// `cancellation_details` of a Subscription. The customer's free-text `comment` is never
/// kept: it is counted while parsing and dropped, so no view, log or record can hold it.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
pub struct CancellationDetails {
    #[serde(default)]
    pub reason: Option<CancellationReason>,
    #[serde(default)]
    pub feedback: Option<CancellationFeedback>,
    /// How many characters the comment has (0: none).
    #[serde(default, rename = "comment", deserialize_with = "count_chars")]
    comment_chars: usize,
    /// Ours: what intake leaves of a comment in the inbox (`inbox::without_cancellation_comment`).
    #[serde(default)]
    comment_length: Option<usize>,
}

impl CancellationDetails {
    /// How many characters the customer's comment had (0: none); never the comment.
    pub fn comment_length(&self) -> usize {
        self.comment_length.unwrap_or(self.comment_chars)
    }
}

/// `cancellation_details.reason`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum CancellationReason {
    CancellationRequested,
    PaymentDisputed,
    PaymentFailed,
    #[serde(other)]
    Unknown,
}

impl CancellationReason {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::CancellationRequested => "cancellation_requested",
            Self::PaymentDisputed => "payment_disputed",
            Self::PaymentFailed => "payment_failed",
            Self::Unknown => "unknown",
        }
    }
}

/// `cancellation_details.feedback`: what the customer picked in the portal.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum CancellationFeedback {
    TooExpensive,
    MissingFeatures,
    SwitchedService,
    Unused,
    CustomerService,
    TooComplex,
    LowQuality,
    Other,
    #[serde(other)]
    Unknown,
}

impl CancellationFeedback {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::TooExpensive => "too_expensive",
            Self::MissingFeatures => "missing_features",
            Self::SwitchedService => "switched_service",
            Self::Unused => "unused",
            Self::CustomerService => "customer_service",
            Self::TooComplex => "too_complex",
            Self::LowQuality => "low_quality",
            Self::Other => "other",
            Self::Unknown => "unknown",
        }
    }
}

/// The length in characters of an optional string, which is dropped unread.
fn count_chars<'de, D: Deserializer<'de>>(deserializer: D) -> Result<usize, D::Error> {
    Ok(Option::<Cow<'de, str>>::deserialize(deserializer)?.map_or(0, |text| text.chars().count()))
}

/// `discounts`, `null` read as none.
fn deserialize_discounts<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Expandable<String>>, D::Error> {
    Ok(Option::<Vec<Expandable<String>>>::deserialize(deserializer)?.unwrap_or_default())
}

impl Subscription {
    /// The prices it bills, in its items' order.
    pub fn prices(&self) -> impl Iterator<Item = &Price> {
        self.items
            .iter()
            .flat_map(|items| &items.data)
            .filter_map(|item| item.price.as_ref())
    }

    /// How often it renews (`month`, `year`, …): its first recurring price's interval.
    pub fn interval(&self) -> Option<&str> {
        self.prices()
            .find_map(|price| price.recurring.as_ref())
            .map(|recurring| recurring.interval.as_str())
    }

    /// The ids of the discounts applied to it, either shape.
    pub fn discount_ids(&self) -> std::collections::BTreeSet<&str> {
        self.discounts
            .iter()
            .map(|discount| discount.id().as_str())
            .chain(self.discount.as_ref().map(|discount| discount.id.as_str()))
            .collect()
    }

    /// The end of the current period: its items' latest, else the subscription's own
    /// (older API versions).
    pub fn current_period_end(&self) -> Option<i64> {
        self.items
            .iter()
            .flat_map(|items| &items.data)
            .filter_map(|item| item.current_period_end)
            .max()
            .or(self.current_period_end)
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct SubscriptionItems {
    #[serde(default)]
    pub data: Vec<SubscriptionItem>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct SubscriptionItem {
    #[serde(default)]
    pub price: Option<Price>,
    #[serde(default)]
    pub quantity: Option<u64>,
    #[serde(default)]
    pub current_period_end: Option<i64>,
}

/// The parts of a Price a policy matches on.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Price {
    pub id: String,
    /// `prod_…`, or the Product when expanded.
    #[serde(default)]
    pub product: Option<Expandable<String>>,
    #[serde(default)]
    pub recurring: Option<Recurring>,
    /// Per unit, in the currency's minor units; `None` for tiered or metered prices.
    #[serde(default)]
    pub unit_amount: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Recurring {
    /// `day`, `week`, `month` or `year`.
    pub interval: String,
    #[serde(default = "one")]
    pub interval_count: u32,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    Incomplete,
    IncompleteExpired,
    Trialing,
    Active,
    PastDue,
    Canceled,
    Unpaid,
    Paused,
    #[serde(other)]
    Unknown,
}

/// A reference Stripe sends either as an id or, when expanded, as the object itself.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Expandable<Id> {
    Id(Id),
    Object(ExpandedObject<Id>),
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ExpandedObject<Id> {
    pub id: Id,
}

impl<Id> Expandable<Id> {
    pub fn id(&self) -> &Id {
        match self {
            Self::Id(id) => id,
            Self::Object(object) => &object.id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    use crate::stripe::fixtures::resources;

    #[test]
    fn the_idempotency_key_of_the_events_request_is_read_whatever_its_shape() {
        let with = |request: Value| {
            let mut event: Value =
                serde_json::from_slice(&event_around(&json!({}), "x.y")).unwrap();
            event["request"] = request;
            serde_json::to_vec(&event).unwrap()
        };
        for (request, key) in [
            (
                json!({"id": "req_1", "idempotency_key": "k-1"}),
                Some("k-1"),
            ),
            (json!({"id": "req_1", "idempotency_key": null}), None),
            (json!({"id": null, "idempotency_key": null}), None),
            // Before 2017-05-25 the request was its id alone.
            (json!("req_1"), None),
            (Value::Null, None),
        ] {
            let body = with(request.clone());
            let envelope = Envelope::parse(&body).unwrap();
            assert_eq!(envelope.idempotency_key().as_deref(), key, "{request}");
        }
    }

    fn event_around(object: &Value, event_type: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "id": "evt_1Pgc76B7WZ01zgkWwyRHS12y",
            "object": "event",
            "api_version": "2025-01-27.acacia",
            "created": 1_700_000_000,
            "data": {"object": object},
            "livemode": false,
            "pending_webhooks": 1,
            "request": {"id": null, "idempotency_key": null},
            "type": event_type,
        }))
        .unwrap()
    }

    #[test]
    fn every_fixture_object_parses_as_an_envelope() {
        let resources = resources();
        assert!(resources.len() > 100, "fixture file looks truncated");
        for (name, object) in &resources {
            let body = event_around(object, &format!("{name}.updated"));
            let envelope = Envelope::parse(&body).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(envelope.id, "evt_1Pgc76B7WZ01zgkWwyRHS12y");
            assert_eq!(envelope.event_type, format!("{name}.updated"));
            let round_trip: Value = serde_json::from_str(envelope.data.object.get()).unwrap();
            assert_eq!(
                &round_trip, object,
                "{name}: data.object must be kept verbatim"
            );
        }
    }

    #[test]
    fn the_official_event_fixture_parses() {
        let event = &resources()["event"];
        let body = serde_json::to_vec(event).unwrap();
        let envelope = Envelope::parse(&body).unwrap();
        assert_eq!(envelope.event_type, "plan.created");
        assert_eq!(envelope.api_version, None);
    }

    #[test]
    fn checkout_session_fixture_parses_into_the_view() {
        let session: CheckoutSession =
            serde_json::from_value(resources()["checkout.session"].clone()).unwrap();
        assert!(session.id.as_str().starts_with("cs_test_"));
        assert_eq!(session.status, Some(SessionStatus::Open));
        assert_eq!(
            session.customer_details.unwrap().email.as_deref(),
            Some("example@example.com")
        );
        let recovery = session.after_expiration.unwrap().recovery.unwrap();
        assert!(recovery.enabled && recovery.allow_promotion_codes);
        assert_eq!(recovery.url, None);
        assert_eq!(session.consent.unwrap().promotions, None);
    }

    #[test]
    fn subscription_fixture_parses_with_each_pending_setup_intent_shape() {
        let fixture = resources()["subscription"].clone();
        let sub: Subscription = serde_json::from_value(fixture.clone()).unwrap();
        assert!(sub.id.as_str().starts_with("sub_"));
        assert_eq!(sub.interval(), Some("month"));
        let price = sub.prices().next().unwrap();
        assert!(price.id.starts_with("price_"));
        assert_eq!(price.product.as_ref().unwrap().id(), "prod_QXg1hqf4jFNsqG");
        assert_eq!(sub.current_period_end(), Some(976_287_773));
        assert_eq!(sub.ended_at, Some(1_234_567_890));
        assert_eq!(sub.customer.unwrap().id(), "cus_QXg1o8vcGmoR32");

        let mut with_id = fixture.clone();
        with_id["pending_setup_intent"] = json!("seti_123");
        let sub: Subscription = serde_json::from_value(with_id).unwrap();
        assert_eq!(sub.pending_setup_intent.unwrap().id(), "seti_123");

        let mut expanded = fixture;
        expanded["pending_setup_intent"] = resources()["setup_intent"].clone();
        let sub: Subscription = serde_json::from_value(expanded).unwrap();
        assert_eq!(
            sub.pending_setup_intent.unwrap().id(),
            "seti_1Pgag7B7WZ01zgkWSgwGdb8Z"
        );
    }

    #[test]
    fn unknown_fields_and_enum_values_parse() {
        let mut session = resources()["checkout.session"].clone();
        session["status"] = json!("some_future_status");
        session["consent"] = json!({"promotions": "maybe_later", "new_field": 1});
        session["brand_new_field"] = json!({"nested": [1, 2, 3]});
        let view: CheckoutSession = serde_json::from_value(session).unwrap();
        assert_eq!(view.status, Some(SessionStatus::Unknown));
        assert_eq!(
            view.consent.unwrap().promotions,
            Some(PromotionsConsent::Unknown)
        );

        let mut sub = resources()["subscription"].clone();
        sub["status"] = json!("hibernating");
        let view: Subscription = serde_json::from_value(sub).unwrap();
        assert_eq!(view.status, Some(SubscriptionStatus::Unknown));
    }

    #[test]
    fn session_metadata_parses_present_empty_null_or_absent() {
        let fixture = resources()["checkout.session"].clone();
        let parse = |metadata: Option<Value>| -> CheckoutSession {
            let mut session = fixture.clone();
            match metadata {
                Some(m) => session["metadata"] = m,
                None => {
                    session.as_object_mut().unwrap().remove("metadata");
                }
            }
            serde_json::from_value(session).unwrap()
        };
        let view = parse(Some(json!({"recovery_consent": "opt_in", "order": "8812"})));
        assert_eq!(view.metadata["recovery_consent"], "opt_in");
        assert_eq!(view.metadata.len(), 2);
        for empty in [Some(json!({})), Some(Value::Null), None] {
            assert!(parse(empty.clone()).metadata.is_empty(), "{empty:?}");
        }
        // Stripe sends only strings; anything else is left out, never a parse failure.
        let odd = parse(Some(
            json!({"a": "1", "b": 2, "c": null, "d": {"e": "f"}, "g": [1, "h"], "i": true}),
        ));
        assert_eq!(
            odd.metadata.into_iter().collect::<Vec<_>>(),
            [("a".into(), "1".into())]
        );
    }

    #[test]
    fn metadata_that_is_no_object_or_absurdly_deep_still_parses() {
        let deep = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let with = |metadata: &str| {
            format!(r#"{{"id":"cs_test_1","created":1,"metadata":{metadata},"status":"expired"}}"#)
        };
        for metadata in [
            r#""not an object""#.to_owned(),
            "[1,2]".to_owned(),
            "7".to_owned(),
            deep(10_000),
            format!(r#"{{"a":{},"b":"kept"}}"#, deep(10_000)),
            format!(r#"{{"a":{{"b":{}}},"b":"kept"}}"#, deep(10_000)),
        ] {
            let session: CheckoutSession = serde_json::from_str(&with(&metadata))
                .unwrap_or_else(|e| panic!("{}: {e}", &metadata[..20]));
            assert_eq!(session.status, Some(SessionStatus::Expired));
            assert!(
                session.metadata.is_empty() || session.metadata["b"] == "kept",
                "{:?}",
                session.metadata
            );
        }
    }

    #[test]
    fn bodies_that_are_not_events_are_rejected() {
        let cases: &[(&str, &[u8])] = &[
            ("not json", b"hello"),
            ("empty", b""),
            ("array", b"[]"),
            ("no id", br#"{"type":"x","created":1,"livemode":false,"data":{"object":{}}}"#),
            (
                "id not evt_",
                br#"{"id":"cs_1","type":"x","created":1,"livemode":false,"data":{"object":{}}}"#,
            ),
            (
                "id with a path",
                br#"{"id":"evt_../x","type":"x","created":1,"livemode":false,"data":{"object":{}}}"#,
            ),
            (
                "empty type",
                br#"{"id":"evt_1","type":"","created":1,"livemode":false,"data":{"object":{}}}"#,
            ),
            (
                "object not an object",
                br#"{"id":"evt_1","type":"x","created":1,"livemode":false,"data":{"object":"s"}}"#,
            ),
            (
                "no data",
                br#"{"id":"evt_1","type":"x","created":1,"livemode":false}"#,
            ),
        ];
        for (name, body) in cases {
            assert!(Envelope::parse(body).is_err(), "{name} should be rejected");
        }
    }
}
