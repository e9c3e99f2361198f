//! Checkout Session creation: the storefront's request, validated against the merchant's
//! policy, becomes the parameters of `POST /v1/checkout/sessions` with promotional
//! consent collection (unless `CONSENT_COLLECTION=none`) and cart recovery switched on,
//! and the consent the merchant's backend signed into the `customer_token` written to the
//! session's metadata. Pure: no I/O, clock passed in.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use stripe_recovery::config::is_plausible_email;
use stripe_recovery::consent::{
    MAX_SOURCE_LEN, MAX_WORDING_LEN, is_plausible_at, is_valid_source, is_valid_wording,
    token_metadata,
};
use stripe_recovery::signed::{TokenError, TokenSigner};
use stripe_recovery::stripe::ids::{CustomerId, PriceId};

/// Most line items one session may have. Stripe allows 100 in payment mode but 20 in
/// subscription mode; one limit for both keeps the contract simple.
pub const MAX_LINE_ITEMS: usize = 20;
pub const MAX_QUANTITY: u32 = 99;
pub const MAX_CLIENT_REFERENCE_ID_LEN: usize = 200;
/// Stripe accepts `expires_at` from 30 minutes to 24 hours after creation.
pub const MIN_EXPIRES_MINUTES: u32 = 30;
pub const MAX_EXPIRES_MINUTES: u32 = 24 * 60;
/// Kept inside Stripe's window so a clock a little off from Stripe's is not rejected.
pub const EXPIRY_CLOCK_MARGIN_SECS: i64 = 60;
/// How far in the future a consent's `at` may be: the merchant's clock against ours.
pub const CONSENT_CLOCK_SKEW_SECS: i64 = 300;

/// Locales Stripe Checkout accepts.
pub const CHECKOUT_LOCALES: &[&str] = &[
    "auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419", "et", "fi", "fil", "fr",
    "fr-CA", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt",
    "pt-BR", "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckoutMode {
    Payment,
    Subscription,
}

impl std::str::FromStr for CheckoutMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "payment" => Ok(Self::Payment),
            "subscription" => Ok(Self::Subscription),
            _ => Err("must be `payment` or `subscription`".into()),
        }
    }
}

/// What the merchant allows and fixes; from configuration, checked at init.
#[derive(Debug, Clone)]
pub struct CheckoutPolicy {
    pub allowed_prices: HashSet<PriceId>,
    pub success_url: String,
    pub cancel_url: Option<String>,
    pub mode: CheckoutMode,
    pub expires_minutes: u32,
    /// `CONSENT_COLLECTION`: `auto` (true) has Checkout ask for promotional consent, which
    /// Stripe offers to US merchants and US customers only; `none` (false) for merchants
    /// outside the US, whose consent comes in the `customer_token` instead.
    pub collect_promotions_consent: bool,
    pub recovery_allow_promotion_codes: bool,
}

/// The storefront's request body. Unknown fields are rejected: a caller trying to set
/// `success_url` or `mode` must learn that it cannot.
///
/// The endpoint is public, so nothing in the body may name a person or assert their
/// consent: who the session is for (`customer`, `customer_email`, `client_reference_id`)
/// and their `consent` come only inside `customer_token`, signed by the merchant's
/// backend, and there is no `metadata`. Those fields sent bare are named here only to be
/// refused with a clear error.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckoutRequest {
    pub line_items: Vec<RequestedItem>,
    #[serde(default)]
    pub customer_token: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    customer: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    customer_email: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    client_reference_id: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    consent: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    metadata: Option<serde::de::IgnoredAny>,
}

/// What a `customer_token` carries (purpose `checkout`), minted by the merchant's
/// backend with `CHECKOUT_TOKEN_SECRET`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerClaims {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reference_id: Option<String>,
    /// When and how this customer agreed to promotional email, as the merchant recorded
    /// it; written to the session's metadata (`stripe_recovery::consent`'s keys), so it
    /// comes back in the expired event. Needs `customer` or `customer_email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentClaim>,
}

/// The `consent` claim:
/// `{"at": <unix seconds>, "source": "signup_form", "wording": "https://…#v3"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentClaim {
    /// When the customer agreed, unix seconds: from 2000 to at most
    /// `CONSENT_CLOCK_SKEW_SECS` after now.
    pub at: i64,
    /// How: 1 to 40 of `a-z`, `0-9`, `_`, `-` (`signup_form`, `account_settings`).
    pub source: String,
    /// The version or URL of the wording shown: 1 to 200 characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
}

/// Why a `consent` claim is refused. Messages never echo a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ConsentError {
    #[error(
        "consent must be an object: {{\"at\": <unix seconds>, \"source\": \"…\", \"wording\": \"…\"}}"
    )]
    NotAnObject,
    #[error("consent accepts only `at`, `source` and `wording`")]
    UnknownMember,
    #[error(
        "consent.at must be whole unix seconds (an integer, not milliseconds) since \
         2000-01-01"
    )]
    At,
    #[error(
        "consent.source must be 1 to {MAX_SOURCE_LEN} of a-z, 0-9, `_` and `-` \
         (how the customer agreed, e.g. `signup_form`)"
    )]
    Source,
    #[error(
        "consent.wording must be 1 to {MAX_WORDING_LEN} characters on one line \
         (the version or URL of the wording shown)"
    )]
    Wording,
    #[error("consent needs customer or customer_email in the same token: consent is a person's")]
    NoCustomer,
}

impl ConsentClaim {
    /// The claim's shape, member by member, so a minting mistake gets a precise answer
    /// (a float `at` from `Date.now() / 1000`, a misspelled member).
    fn from_value(value: Value) -> Result<Option<Self>, ConsentError> {
        let mut fields = match value {
            Value::Null => return Ok(None),
            Value::Object(fields) => fields,
            _ => return Err(ConsentError::NotAnObject),
        };
        let at = fields
            .remove("at")
            .and_then(|at| at.as_i64())
            .ok_or(ConsentError::At)?;
        let source = match fields.remove("source") {
            Some(Value::String(source)) => source,
            _ => return Err(ConsentError::Source),
        };
        let wording = match fields.remove("wording") {
            None | Some(Value::Null) => None,
            Some(Value::String(wording)) => Some(wording),
            Some(_) => return Err(ConsentError::Wording),
        };
        if !fields.is_empty() {
            return Err(ConsentError::UnknownMember);
        }
        Ok(Some(Self {
            at,
            source,
            wording,
        }))
    }

    /// The claim's values, then the session metadata that records it. An empty
    /// `wording` is none, as the other claims' empty strings are.
    fn metadata(
        &self,
        has_customer: bool,
        now: i64,
    ) -> Result<BTreeMap<&'static str, String>, InvalidCheckout> {
        if !has_customer {
            return Err(InvalidCheckout::InvalidConsent(ConsentError::NoCustomer));
        }
        if !is_plausible_at(self.at) {
            return Err(InvalidCheckout::InvalidConsent(ConsentError::At));
        }
        if self.at > now + CONSENT_CLOCK_SKEW_SECS {
            return Err(InvalidCheckout::ConsentInFuture);
        }
        if !is_valid_source(&self.source) {
            return Err(InvalidCheckout::InvalidConsent(ConsentError::Source));
        }
        let wording = self.wording.as_deref().filter(|w| !w.is_empty());
        if wording.is_some_and(|w| !is_valid_wording(w)) {
            return Err(InvalidCheckout::InvalidConsent(ConsentError::Wording));
        }
        Ok(token_metadata(self.at, &self.source, wording))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestedItem {
    pub price: String,
    pub quantity: i64,
}

/// Why a request was refused before reaching Stripe. Messages never echo an email.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidCheckout {
    #[error("the body is not valid JSON for this endpoint: {0}")]
    InvalidJson(String),
    #[error("line_items is empty")]
    NoLineItems,
    #[error("line_items has {0} items; at most {MAX_LINE_ITEMS} are allowed")]
    TooManyLineItems(usize),
    #[error("line_items[{index}].price {price:?} is not for sale here")]
    PriceNotAllowed { index: usize, price: String },
    #[error("line_items[{index}].quantity must be 1 to {MAX_QUANTITY}")]
    QuantityOutOfRange { index: usize },
    #[error(
        "customer, customer_email and client_reference_id are accepted only inside \
         customer_token, signed by your backend"
    )]
    UnsignedCustomerFields,
    #[error(
        "the body cannot carry consent or metadata: consent is accepted only inside \
         customer_token, signed by your backend"
    )]
    UnsignedConsent,
    #[error("customer_token is not accepted: CHECKOUT_TOKEN_SECRET is not configured")]
    CustomerTokenNotAccepted,
    #[error("customer_token is not valid: {0}")]
    InvalidCustomerToken(TokenError),
    #[error("customer_token has expired; mint a new one")]
    CustomerTokenExpired,
    #[error("give customer or customer_email, not both")]
    CustomerAndEmail,
    #[error("customer is not a Stripe customer id (cus_…)")]
    InvalidCustomer,
    #[error("customer_email is not a valid email address")]
    InvalidEmail,
    #[error("locale {0:?} is not a Stripe Checkout locale")]
    InvalidLocale(String),
    #[error("client_reference_id is longer than {MAX_CLIENT_REFERENCE_ID_LEN} characters")]
    ClientReferenceTooLong,
    #[error("customer_token's consent is not valid: {0}")]
    InvalidConsent(ConsentError),
    #[error(
        "customer_token's consent.at is more than {CONSENT_CLOCK_SKEW_SECS} s in the future: \
         give the unix seconds when the customer agreed"
    )]
    ConsentInFuture,
}

impl InvalidCheckout {
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidJson(_) => "invalid_json",
            Self::NoLineItems => "line_items_empty",
            Self::TooManyLineItems(_) => "line_items_too_many",
            Self::PriceNotAllowed { .. } => "price_not_allowed",
            Self::QuantityOutOfRange { .. } => "quantity_out_of_range",
            Self::UnsignedCustomerFields => "unsigned_customer_fields",
            Self::UnsignedConsent => "unsigned_consent",
            Self::CustomerTokenNotAccepted => "customer_token_not_accepted",
            Self::InvalidCustomerToken(_) => "invalid_customer_token",
            Self::CustomerTokenExpired => "customer_token_expired",
            Self::CustomerAndEmail => "customer_and_customer_email",
            Self::InvalidCustomer => "invalid_customer",
            Self::InvalidEmail => "invalid_email",
            Self::InvalidLocale(_) => "invalid_locale",
            Self::ClientReferenceTooLong => "client_reference_id_too_long",
            Self::InvalidConsent(_) => "invalid_consent",
            Self::ConsentInFuture => "consent_in_future",
        }
    }
}

/// The form parameters of `POST /v1/checkout/sessions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionParams {
    pub mode: CheckoutMode,
    pub line_items: Vec<LineItemParams>,
    pub success_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancel_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent_collection: Option<ConsentCollectionParams>,
    pub after_expiration: AfterExpirationParams,
    /// Left out for Stripe's default (24 h after creation); see `session_expiry`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<CustomerId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_reference_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Only what we write: the token's consent (`stripe_recovery::consent`'s keys).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<&'static str, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineItemParams {
    pub price: PriceId,
    pub quantity: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsentCollectionParams {
    pub promotions: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AfterExpirationParams {
    pub recovery: RecoveryParams,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecoveryParams {
    pub enabled: bool,
    pub allow_promotion_codes: bool,
}

impl SessionParams {
    /// Stripe's form encoding: nested keys in brackets, arrays indexed
    /// (`line_items[0][price]=…`).
    pub fn to_form(&self) -> String {
        serde_qs::to_string(self).expect("session params are a flat struct of scalars and lists")
    }
}

/// The session Stripe created, as the storefront receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedSession {
    pub id: String,
    pub url: Option<String>,
    pub expires_at: i64,
}

impl CheckoutRequest {
    pub fn from_json(body: &[u8]) -> Result<Self, InvalidCheckout> {
        serde_json::from_slice(body).map_err(|e| InvalidCheckout::InvalidJson(e.to_string()))
    }
}

/// Who the session is for: the claims of the request's `customer_token`, verified with
/// `tokens` (none configured: no token is accepted); nothing without a token. The
/// `consent` claim's shape is checked member by member (`ConsentError`), its values by
/// `session_params`.
pub fn customer_claims(
    request: &CheckoutRequest,
    tokens: Option<&TokenSigner>,
    now: i64,
) -> Result<CustomerClaims, InvalidCheckout> {
    if request.customer.is_some()
        || request.customer_email.is_some()
        || request.client_reference_id.is_some()
    {
        return Err(InvalidCheckout::UnsignedCustomerFields);
    }
    if request.consent.is_some() || request.metadata.is_some() {
        return Err(InvalidCheckout::UnsignedConsent);
    }
    let Some(token) = request.customer_token.as_deref() else {
        return Ok(CustomerClaims::default());
    };
    let tokens = tokens.ok_or(InvalidCheckout::CustomerTokenNotAccepted)?;
    let mut fields: Map<String, Value> = tokens.verify(token, now).map_err(|e| match e {
        TokenError::Expired => InvalidCheckout::CustomerTokenExpired,
        other => InvalidCheckout::InvalidCustomerToken(other),
    })?;
    let consent = fields
        .remove("consent")
        .map(ConsentClaim::from_value)
        .transpose()
        .map_err(InvalidCheckout::InvalidConsent)?
        .flatten();
    let claims: CustomerClaims = serde_json::from_value(Value::Object(fields))
        .map_err(|_| InvalidCheckout::InvalidCustomerToken(TokenError::InvalidPayload))?;
    Ok(CustomerClaims { consent, ..claims })
}

/// Validates `request` and the verified `claims` against `policy` and the clock, and
/// builds Stripe's parameters, without `expires_at` (`session_expiry` gives it).
pub fn session_params(
    request: CheckoutRequest,
    claims: CustomerClaims,
    policy: &CheckoutPolicy,
    now: i64,
) -> Result<SessionParams, InvalidCheckout> {
    if request.line_items.is_empty() {
        return Err(InvalidCheckout::NoLineItems);
    }
    if request.line_items.len() > MAX_LINE_ITEMS {
        return Err(InvalidCheckout::TooManyLineItems(request.line_items.len()));
    }
    let mut line_items = Vec::with_capacity(request.line_items.len());
    for (index, item) in request.line_items.into_iter().enumerate() {
        let Some(price) = policy.allowed_prices.get(item.price.as_str()) else {
            return Err(InvalidCheckout::PriceNotAllowed {
                index,
                price: item.price.chars().take(64).collect(),
            });
        };
        let quantity = u32::try_from(item.quantity)
            .ok()
            .filter(|q| (1..=MAX_QUANTITY).contains(q))
            .ok_or(InvalidCheckout::QuantityOutOfRange { index })?;
        line_items.push(LineItemParams {
            price: price.clone(),
            quantity,
        });
    }
    let customer = claims.customer.filter(|c| !c.is_empty());
    let customer_email = claims.customer_email.filter(|e| !e.is_empty());
    if customer.is_some() && customer_email.is_some() {
        return Err(InvalidCheckout::CustomerAndEmail);
    }
    let customer = customer
        .map(|c| CustomerId::parse(&c).map_err(|_| InvalidCheckout::InvalidCustomer))
        .transpose()?;
    if customer_email
        .as_deref()
        .is_some_and(|e| !is_plausible_email(e))
    {
        return Err(InvalidCheckout::InvalidEmail);
    }
    if let Some(locale) = request
        .locale
        .as_deref()
        .filter(|l| !CHECKOUT_LOCALES.contains(l))
    {
        return Err(InvalidCheckout::InvalidLocale(
            locale.chars().take(16).collect(),
        ));
    }
    let client_reference_id = claims.client_reference_id.filter(|r| !r.is_empty());
    if client_reference_id
        .as_ref()
        .is_some_and(|r| r.chars().count() > MAX_CLIENT_REFERENCE_ID_LEN)
    {
        return Err(InvalidCheckout::ClientReferenceTooLong);
    }
    let metadata = match &claims.consent {
        Some(consent) => consent.metadata(customer.is_some() || customer_email.is_some(), now)?,
        None => BTreeMap::new(),
    };
    Ok(SessionParams {
        mode: policy.mode,
        line_items,
        success_url: policy.success_url.clone(),
        cancel_url: policy.cancel_url.clone(),
        consent_collection: policy
            .collect_promotions_consent
            .then_some(ConsentCollectionParams { promotions: "auto" }),
        after_expiration: AfterExpirationParams {
            recovery: RecoveryParams {
                enabled: true,
                allow_promotion_codes: policy.recovery_allow_promotion_codes,
            },
        },
        expires_at: None,
        customer,
        customer_email,
        client_reference_id,
        locale: request.locale,
        metadata,
    })
}

/// The `expires_at` to send. Every parameter sent under one idempotency key must be the
/// same on every retry (Stripe refuses a reused key with different parameters), so it is
/// never read off the clock per request: none for Stripe's own default of 24 h, else
/// `minutes` after `first_seen`, the time the request's key was first used.
pub fn session_expiry(minutes: u32, first_seen: i64) -> Option<i64> {
    (minutes < MAX_EXPIRES_MINUTES).then(|| expires_at(first_seen, minutes))
}

/// `now + minutes`, kept a minute inside Stripe's [30 min, 24 h] window.
pub fn expires_at(now: i64, minutes: u32) -> i64 {
    let earliest = now + i64::from(MIN_EXPIRES_MINUTES) * 60 + EXPIRY_CLOCK_MARGIN_SECS;
    let latest = now + i64::from(MAX_EXPIRES_MINUTES) * 60 - EXPIRY_CLOCK_MARGIN_SECS;
    (now + i64::from(minutes) * 60).clamp(earliest, latest)
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use stripe_recovery::consent::EARLIEST_AT;
    use stripe_recovery::signed::Purpose;

    use super::*;

    /// Form pairs, in order.
    type Form = Vec<(String, String)>;

    fn policy() -> CheckoutPolicy {
        CheckoutPolicy {
            allowed_prices: ["price_A", "price_B"]
                .map(|p| PriceId::parse(p).unwrap())
                .into(),
            success_url: "https://shop.example/ok?s={CHECKOUT_SESSION_ID}".into(),
            cancel_url: Some("https://shop.example/cart".into()),
            mode: CheckoutMode::Payment,
            expires_minutes: 1440,
            collect_promotions_consent: true,
            recovery_allow_promotion_codes: false,
        }
    }

    const NOW: i64 = 1_800_000_000;

    fn tokens() -> TokenSigner {
        TokenSigner::new(Purpose::Checkout, "checkout-token-secret-for-unit-tests").unwrap()
    }

    /// A `customer_token` carrying `claims`, as the merchant's backend mints it.
    fn token(claims: Value) -> String {
        tokens().sign(&claims, NOW + 600)
    }

    /// A body of one `price_A` line plus `rest` (JSON members, may be empty).
    fn body(rest: &str) -> String {
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(",{rest}")
        };
        format!(r#"{{"line_items":[{{"price":"price_A","quantity":1}}]{rest}}}"#)
    }

    fn with_token(claims: Value) -> String {
        body(&format!(r#""customer_token":"{}""#, token(claims)))
    }

    fn request(json: &str) -> Result<SessionParams, InvalidCheckout> {
        let request = CheckoutRequest::from_json(json.as_bytes())?;
        let claims = customer_claims(&request, Some(&tokens()), NOW)?;
        session_params(request, claims, &policy(), NOW)
    }

    /// The form Stripe gets, as pairs in order.
    fn form(params: &SessionParams) -> Vec<(String, String)> {
        form_urlencoded::parse(params.to_form().as_bytes())
            .into_owned()
            .collect()
    }

    fn pairs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// The `metadata[…]` pairs of a form.
    fn metadata_of(params: &SessionParams) -> Vec<(String, String)> {
        form(params)
            .into_iter()
            .filter(|(k, _)| k.starts_with("metadata"))
            .collect()
    }

    /// When Jenny ticked the box on the shop's sign-up form.
    const AGREED: i64 = NOW - 86_400 * 30;

    /// A token for Jenny with `consent` (a JSON value, as any backend may write it).
    fn with_consent(consent: Value) -> String {
        with_token(json!({"customer_email": "a@b.co", "consent": consent}))
    }

    #[test]
    fn a_valid_request_becomes_recovery_enabled_params() {
        let claims = json!({"customer_email": "a@b.co", "client_reference_id": "order-1"});
        let params = request(&format!(
            r#"{{"line_items":[{{"price":"price_A","quantity":2}}],"locale":"ja",
                "customer_token":"{}"}}"#,
            token(claims)
        ))
        .unwrap();
        let form: Vec<(String, String)> = form_urlencoded::parse(params.to_form().as_bytes())
            .into_owned()
            .collect();
        let expected: Vec<(String, String)> = [
            ("mode", "payment"),
            ("line_items[0][price]", "price_A"),
            ("line_items[0][quantity]", "2"),
            (
                "success_url",
                "https://shop.example/ok?s={CHECKOUT_SESSION_ID}",
            ),
            ("cancel_url", "https://shop.example/cart"),
            ("consent_collection[promotions]", "auto"),
            ("after_expiration[recovery][enabled]", "true"),
            ("after_expiration[recovery][allow_promotion_codes]", "false"),
            ("customer_email", "a@b.co"),
            ("client_reference_id", "order-1"),
            ("locale", "ja"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(form, expected);
    }

    #[test]
    fn the_tokens_consent_becomes_the_sessions_metadata() {
        let consent = json!({"at": AGREED, "source": "signup_form",
            "wording": "https://shop.example/privacy#newsletter-v3"});
        let params = request(&with_consent(consent)).unwrap();
        let expected_at = AGREED.to_string();
        assert_eq!(
            metadata_of(&params),
            pairs(&[
                ("metadata[recovery_consent]", "opt_in"),
                ("metadata[recovery_consent_at]", &expected_at),
                ("metadata[recovery_consent_source]", "signup_form"),
                ("metadata[recovery_consent_via]", "customer_token"),
                (
                    "metadata[recovery_consent_wording]",
                    "https://shop.example/privacy#newsletter-v3"
                ),
            ])
        );
        // Everything else is as without consent.
        let without = request(&with_token(json!({"customer_email": "a@b.co"}))).unwrap();
        assert!(metadata_of(&without).is_empty(), "no consent, no metadata");
        let rest = |p: &SessionParams| -> Vec<(String, String)> {
            form(p)
                .into_iter()
                .filter(|(k, _)| !k.starts_with("metadata"))
                .collect()
        };
        assert_eq!(rest(&params), rest(&without));

        let cases: Vec<(&str, String, Form)> = vec![
            (
                "no wording, a customer id, consent at the skew's edge",
                with_token(json!({"customer": "cus_Q1", "consent":
                    {"at": NOW + CONSENT_CLOCK_SKEW_SECS, "source": "account_settings"}})),
                pairs(&[
                    ("metadata[recovery_consent]", "opt_in"),
                    ("metadata[recovery_consent_at]", "1800000300"),
                    ("metadata[recovery_consent_source]", "account_settings"),
                    ("metadata[recovery_consent_via]", "customer_token"),
                ]),
            ),
            (
                "an empty wording is none; the longest source and the earliest time",
                with_consent(json!({"at": EARLIEST_AT, "source": "s".repeat(40), "wording": ""})),
                pairs(&[
                    ("metadata[recovery_consent]", "opt_in"),
                    ("metadata[recovery_consent_at]", "946684800"),
                    ("metadata[recovery_consent_source]", &"s".repeat(40)),
                    ("metadata[recovery_consent_via]", "customer_token"),
                ]),
            ),
            (
                "the longest wording, any language",
                with_consent(json!({"at": AGREED, "source": "pos-2",
                    "wording": format!("Einwilligung – {}", "ä".repeat(185))})),
                pairs(&[
                    ("metadata[recovery_consent]", "opt_in"),
                    ("metadata[recovery_consent_at]", &expected_at),
                    ("metadata[recovery_consent_source]", "pos-2"),
                    ("metadata[recovery_consent_via]", "customer_token"),
                    (
                        "metadata[recovery_consent_wording]",
                        &format!("Einwilligung – {}", "ä".repeat(185)),
                    ),
                ]),
            ),
            ("consent: null is none", with_consent(Value::Null), vec![]),
        ];
        for (name, body, expected) in cases {
            let params = request(&body).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(metadata_of(&params), expected, "{name}");
            // Stripe's limits: ≤ 50 keys, keys ≤ 40 characters, values ≤ 500.
            assert!(params.metadata.len() <= 50, "{name}");
            for (key, value) in &params.metadata {
                assert!(
                    key.chars().count() <= 40 && value.chars().count() <= 500,
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn consent_error_table() {
        let valid = || json!({"at": AGREED, "source": "signup_form"});
        let with = |key: &str, value: Value| {
            let mut consent = valid();
            consent[key] = value;
            with_consent(consent)
        };
        let without = |key: &str| {
            let mut consent = valid();
            consent.as_object_mut().unwrap().remove(key);
            with_consent(consent)
        };
        let invalid = InvalidCheckout::InvalidConsent;
        let cases: Vec<(&str, String, InvalidCheckout)> = vec![
            (
                "no one named",
                with_token(json!({"client_reference_id": "r", "consent": valid()})),
                invalid(ConsentError::NoCustomer),
            ),
            (
                "not an object",
                with_consent(json!("opt_in")),
                invalid(ConsentError::NotAnObject),
            ),
            (
                "a true",
                with_consent(json!(true)),
                invalid(ConsentError::NotAnObject),
            ),
            (
                "an unknown member",
                with("ip", json!("203.0.113.9")),
                invalid(ConsentError::UnknownMember),
            ),
            ("no at", without("at"), invalid(ConsentError::At)),
            (
                "at from Date.now() / 1000",
                with("at", json!(1_767_225_600.5)),
                invalid(ConsentError::At),
            ),
            (
                "at as text",
                with("at", json!("1767225600")),
                invalid(ConsentError::At),
            ),
            (
                "at in milliseconds",
                with("at", json!(1_767_225_600_000_i64)),
                invalid(ConsentError::At),
            ),
            (
                "at before 2000",
                with("at", json!(EARLIEST_AT - 1)),
                invalid(ConsentError::At),
            ),
            (
                "at negative",
                with("at", json!(-1)),
                invalid(ConsentError::At),
            ),
            (
                "at beyond i64",
                with("at", json!(u64::MAX)),
                invalid(ConsentError::At),
            ),
            (
                "at beyond the clock skew",
                with("at", json!(NOW + CONSENT_CLOCK_SKEW_SECS + 1)),
                InvalidCheckout::ConsentInFuture,
            ),
            (
                "no source",
                without("source"),
                invalid(ConsentError::Source),
            ),
            (
                "source empty",
                with("source", json!("")),
                invalid(ConsentError::Source),
            ),
            (
                "source with a space and capitals",
                with("source", json!("Signup Form")),
                invalid(ConsentError::Source),
            ),
            (
                "source too long",
                with("source", json!("s".repeat(41))),
                invalid(ConsentError::Source),
            ),
            (
                "source not text",
                with("source", json!(["signup_form"])),
                invalid(ConsentError::Source),
            ),
            (
                "wording too long",
                with("wording", json!("w".repeat(201))),
                invalid(ConsentError::Wording),
            ),
            (
                "wording on two lines",
                with("wording", json!("v3\nBcc: someone")),
                invalid(ConsentError::Wording),
            ),
            (
                "wording not text",
                with("wording", json!(3)),
                invalid(ConsentError::Wording),
            ),
            (
                "consent in the body",
                body(&format!(r#""consent":{}"#, valid())),
                InvalidCheckout::UnsignedConsent,
            ),
            (
                "metadata in the body",
                body(r#""metadata":{"recovery_consent":"opt_in"}"#),
                InvalidCheckout::UnsignedConsent,
            ),
            (
                "metadata in the body beside a valid token",
                body(&format!(
                    r#""metadata":{{}},"customer_token":"{}""#,
                    token(json!({"customer_email": "a@b.co", "consent": valid()}))
                )),
                InvalidCheckout::UnsignedConsent,
            ),
            (
                "metadata in the token",
                with_token(json!({"customer_email": "a@b.co",
                    "metadata": {"recovery_consent": "opt_in"}})),
                InvalidCheckout::InvalidCustomerToken(TokenError::InvalidPayload),
            ),
        ];
        for (name, body, expected) in cases {
            let got = request(&body).unwrap_err();
            assert_eq!(got, expected, "{name}");
            assert_eq!(got.code(), expected.code(), "{name}");
            let message = got.to_string();
            assert!(
                !message.contains("a@b.co") && !message.contains("203.0.113"),
                "{name}: {message}"
            );
        }
        assert_eq!(invalid(ConsentError::At).code(), "invalid_consent");
        assert_eq!(InvalidCheckout::ConsentInFuture.code(), "consent_in_future");
        assert_eq!(InvalidCheckout::UnsignedConsent.code(), "unsigned_consent");
    }

    #[test]
    fn input_error_table() {
        let item =
            |price: &str, quantity: i64| format!(r#"{{"price":"{price}","quantity":{quantity}}}"#);
        let items = |n: usize| vec![item("price_A", 1); n].join(",");
        let cases: Vec<(String, InvalidCheckout)> = vec![
            (
                "not json".into(),
                InvalidCheckout::InvalidJson(String::new()),
            ),
            (r#"{"line_items":[]}"#.into(), InvalidCheckout::NoLineItems),
            (
                format!(r#"{{"line_items":[{}]}}"#, items(21)),
                InvalidCheckout::TooManyLineItems(21),
            ),
            (
                format!(
                    r#"{{"line_items":[{},{}]}}"#,
                    item("price_A", 1),
                    item("price_X", 1)
                ),
                InvalidCheckout::PriceNotAllowed {
                    index: 1,
                    price: "price_X".into(),
                },
            ),
            (
                format!(r#"{{"line_items":[{}]}}"#, item("price_A", 0)),
                InvalidCheckout::QuantityOutOfRange { index: 0 },
            ),
            (
                format!(r#"{{"line_items":[{}]}}"#, item("price_A", 100)),
                InvalidCheckout::QuantityOutOfRange { index: 0 },
            ),
            (
                format!(r#"{{"line_items":[{}]}}"#, item("price_A", -1)),
                InvalidCheckout::QuantityOutOfRange { index: 0 },
            ),
            (
                with_token(json!({"customer": "cus_1", "customer_email": "a@b.co"})),
                InvalidCheckout::CustomerAndEmail,
            ),
            (
                with_token(json!({"customer": "acct_1"})),
                InvalidCheckout::InvalidCustomer,
            ),
            (
                with_token(json!({"customer_email": "nope"})),
                InvalidCheckout::InvalidEmail,
            ),
            (
                with_token(json!({"customer_email": "a@b.co", "email": "a@b.co"})),
                InvalidCheckout::InvalidCustomerToken(TokenError::InvalidPayload),
            ),
            (
                body(r#""customer_email":"victim@example.com""#),
                InvalidCheckout::UnsignedCustomerFields,
            ),
            (
                body(r#""customer":"cus_1""#),
                InvalidCheckout::UnsignedCustomerFields,
            ),
            (
                body(&format!(
                    r#""client_reference_id":"r","customer_token":"{}""#,
                    token(json!({}))
                )),
                InvalidCheckout::UnsignedCustomerFields,
            ),
            (
                body(r#""customer_token":"e30.AAAA""#),
                InvalidCheckout::InvalidCustomerToken(TokenError::BadSignature),
            ),
            (
                body(&format!(
                    r#""customer_token":"{}""#,
                    tokens().sign(&json!({"customer": "cus_1"}), NOW)
                )),
                InvalidCheckout::CustomerTokenExpired,
            ),
            (
                body(&format!(
                    r#""customer_token":"{}""#,
                    TokenSigner::new(Purpose::Unsubscribe, "checkout-token-secret-for-unit-tests")
                        .unwrap()
                        .sign(&json!({"customer": "cus_1"}), NOW + 600)
                )),
                InvalidCheckout::InvalidCustomerToken(TokenError::WrongPurpose),
            ),
            (
                format!(
                    r#"{{"line_items":[{}],"locale":"klingon"}}"#,
                    item("price_A", 1)
                ),
                InvalidCheckout::InvalidLocale("klingon".into()),
            ),
            (
                with_token(json!({"client_reference_id": "r".repeat(201)})),
                InvalidCheckout::ClientReferenceTooLong,
            ),
            (
                format!(
                    r#"{{"line_items":[{}],"success_url":"https://evil.example"}}"#,
                    item("price_A", 1)
                ),
                InvalidCheckout::InvalidJson(String::new()),
            ),
        ];
        for (body, expected) in cases {
            let got = request(&body).unwrap_err();
            match (&got, &expected) {
                (InvalidCheckout::InvalidJson(_), InvalidCheckout::InvalidJson(_)) => {}
                _ => assert_eq!(got, expected, "body: {body}"),
            }
        }
    }

    #[test]
    fn edges_that_are_accepted() {
        let at_limits = format!(
            r#"{{"line_items":[{}],"customer_token":"{}"}}"#,
            vec![r#"{"price":"price_B","quantity":99}"#; 20].join(","),
            token(json!({"client_reference_id": "r".repeat(200)}))
        );
        assert!(request(&at_limits).is_ok());
        let params = request(&with_token(json!({"customer": "cus_Q1"}))).unwrap();
        assert_eq!(params.customer.unwrap().as_str(), "cus_Q1");
        // No token: an anonymous session, the shopper types their own email at Checkout.
        let anonymous = request(&body("")).unwrap();
        assert!(anonymous.customer.is_none() && anonymous.customer_email.is_none());
        assert!(anonymous.client_reference_id.is_none());
    }

    #[test]
    fn without_a_configured_secret_no_token_is_accepted() {
        let json = with_token(json!({"customer": "cus_1"}));
        let request = CheckoutRequest::from_json(json.as_bytes()).unwrap();
        assert_eq!(
            customer_claims(&request, None, NOW).unwrap_err(),
            InvalidCheckout::CustomerTokenNotAccepted
        );
    }

    #[test]
    fn the_expiry_is_a_function_of_the_keys_first_use_only() {
        // Stripe's default needs no parameter at all.
        assert_eq!(session_expiry(MAX_EXPIRES_MINUTES, NOW), None);
        assert_eq!(session_expiry(60, NOW), Some(NOW + 3600));
        assert_eq!(
            session_expiry(MIN_EXPIRES_MINUTES, NOW),
            Some(NOW + 1800 + 60)
        );
    }

    #[test]
    fn expiry_stays_inside_stripes_window() {
        let now = 1_000_000;
        assert_eq!(expires_at(now, 60), now + 3600);
        assert_eq!(expires_at(now, 1440), now + 86_400 - 60);
        assert_eq!(expires_at(now, 30), now + 1800 + 60);
        for minutes in [MIN_EXPIRES_MINUTES, 31, 720, MAX_EXPIRES_MINUTES] {
            let at = expires_at(now, minutes);
            assert!((now + 1800..=now + 86_400).contains(&at), "{minutes} min");
        }
    }

    #[test]
    fn email_shapes() {
        for ok in ["a@b.co", "jenny.rosen+tag@example.com", "x@sub.domain.jp"] {
            assert!(is_plausible_email(ok), "{ok}");
        }
        for bad in [
            "", "a", "@b.co", "a@", "a@b", "a@@b.co", "a b@c.co", "a@.co", "a@b.", "a@b..co",
        ] {
            assert!(!is_plausible_email(bad), "{bad}");
        }
    }
}
