//! Checkout Session creation: the storefront's request, validated against the merchant's
//! policy, becomes the parameters of `POST /v1/checkout/sessions` with promotional
//! consent collection and cart recovery switched on. Pure: no I/O, clock passed in.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use stripe_recovery::config::is_plausible_email;
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
    pub collect_promotions_consent: bool,
    pub recovery_allow_promotion_codes: bool,
}

/// The storefront's request body. Unknown fields are rejected: a caller trying to set
/// `success_url` or `mode` must learn that it cannot.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckoutRequest {
    pub line_items: Vec<RequestedItem>,
    #[serde(default)]
    pub customer: Option<String>,
    #[serde(default)]
    pub customer_email: Option<String>,
    #[serde(default)]
    pub client_reference_id: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
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
}

impl InvalidCheckout {
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidJson(_) => "invalid_json",
            Self::NoLineItems => "line_items_empty",
            Self::TooManyLineItems(_) => "line_items_too_many",
            Self::PriceNotAllowed { .. } => "price_not_allowed",
            Self::QuantityOutOfRange { .. } => "quantity_out_of_range",
            Self::CustomerAndEmail => "customer_and_customer_email",
            Self::InvalidCustomer => "invalid_customer",
            Self::InvalidEmail => "invalid_email",
            Self::InvalidLocale(_) => "invalid_locale",
            Self::ClientReferenceTooLong => "client_reference_id_too_long",
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
    pub expires_at: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<CustomerId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_reference_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
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

/// Validates `request` against `policy` and builds Stripe's parameters at time `now`.
pub fn session_params(
    request: CheckoutRequest,
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
    let customer = request.customer.filter(|c| !c.is_empty());
    let customer_email = request.customer_email.filter(|e| !e.is_empty());
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
    let client_reference_id = request.client_reference_id.filter(|r| !r.is_empty());
    if client_reference_id
        .as_ref()
        .is_some_and(|r| r.chars().count() > MAX_CLIENT_REFERENCE_ID_LEN)
    {
        return Err(InvalidCheckout::ClientReferenceTooLong);
    }
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
        expires_at: expires_at(now, policy.expires_minutes),
        customer,
        customer_email,
        client_reference_id,
        locale: request.locale,
    })
}

/// `now + minutes`, kept a minute inside Stripe's [30 min, 24 h] window.
pub fn expires_at(now: i64, minutes: u32) -> i64 {
    let earliest = now + i64::from(MIN_EXPIRES_MINUTES) * 60 + EXPIRY_CLOCK_MARGIN_SECS;
    let latest = now + i64::from(MAX_EXPIRES_MINUTES) * 60 - EXPIRY_CLOCK_MARGIN_SECS;
    (now + i64::from(minutes) * 60).clamp(earliest, latest)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn request(json: &str) -> Result<SessionParams, InvalidCheckout> {
        session_params(
            CheckoutRequest::from_json(json.as_bytes())?,
            &policy(),
            1_000_000,
        )
    }

    #[test]
    fn a_valid_request_becomes_recovery_enabled_params() {
        let params = request(
            r#"{"line_items":[{"price":"price_A","quantity":2}],"customer_email":"a@b.co",
                "client_reference_id":"order-1","locale":"ja"}"#,
        )
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
            ("expires_at", "1086340"),
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
                format!(
                    r#"{{"line_items":[{}],"customer":"cus_1","customer_email":"a@b.co"}}"#,
                    item("price_A", 1)
                ),
                InvalidCheckout::CustomerAndEmail,
            ),
            (
                format!(
                    r#"{{"line_items":[{}],"customer":"acct_1"}}"#,
                    item("price_A", 1)
                ),
                InvalidCheckout::InvalidCustomer,
            ),
            (
                format!(
                    r#"{{"line_items":[{}],"customer_email":"nope"}}"#,
                    item("price_A", 1)
                ),
                InvalidCheckout::InvalidEmail,
            ),
            (
                format!(
                    r#"{{"line_items":[{}],"locale":"klingon"}}"#,
                    item("price_A", 1)
                ),
                InvalidCheckout::InvalidLocale("klingon".into()),
            ),
            (
                format!(
                    r#"{{"line_items":[{}],"client_reference_id":"{}"}}"#,
                    item("price_A", 1),
                    "r".repeat(201)
                ),
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
            r#"{{"line_items":[{}],"client_reference_id":"{}"}}"#,
            vec![r#"{"price":"price_B","quantity":99}"#; 20].join(","),
            "r".repeat(200)
        );
        assert!(request(&at_limits).is_ok());
        assert!(
            request(r#"{"line_items":[{"price":"price_A","quantity":1}],"customer":"cus_Q1"}"#)
                .is_ok()
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
