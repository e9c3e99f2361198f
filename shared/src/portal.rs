//! Customer-portal links: long-lived signed links to the portal-link function, which
//! creates a fresh portal session at the moment of the click (a portal session dies five
//! minutes after it is created, so a mail can never carry one).
//!
//! A link is `<PORTAL_LINK_URL>?t=<token>`, the token a `signed` token of purpose
//! `portal` whose claims are `customer`, `flow` (absent: the portal's home page),
//! `subscription` (for the subscription flows), `items` and `coupon` (the change a
//! `subscription_update_confirm` link proposes), `after` (what the portal does when the
//! flow is done; absent: `redirect`) and `locale` (optional).

use serde::{Deserialize, Serialize};

use crate::config::{ConfigError, Env, link_base_url, token_signer};
use crate::signed::{Purpose, TokenError, TokenSigner};
use crate::stripe::ids::{CustomerId, PriceId, SubscriptionId, SubscriptionItemId};

/// How long a link lives unless `PORTAL_LINK_TTL_DAYS` says otherwise.
pub const DEFAULT_TTL_DAYS: u32 = 30;

/// What the idempotency key of every portal session our link creates starts with
/// (`<prefix>-<random>`): Stripe repeats it in the `billing_portal.session.created`
/// event's `request`, which is how intake tells our links' sessions (a customer opening
/// a link of our mails) from those the merchant's own site creates.
pub const SESSION_IDEMPOTENCY_PREFIX: &str = "stripe-recovery-portal-link";

/// Whether a portal session was created by our link, from its event's request's
/// idempotency key.
pub fn opened_through_our_link(idempotency_key: Option<&str>) -> bool {
    idempotency_key
        .and_then(|key| key.strip_prefix(SESSION_IDEMPOTENCY_PREFIX))
        .is_some_and(|rest| rest.starts_with('-'))
}

/// Locales the customer portal accepts (Stripe's `billing_portal.sessions.create`).
pub const PORTAL_LOCALES: &[&str] = &[
    "auto", "bg", "cs", "da", "de", "el", "en", "en-AU", "en-CA", "en-GB", "en-IE", "en-IN",
    "en-NZ", "en-SG", "es", "es-419", "et", "fi", "fil", "fr", "fr-CA", "hr", "hu", "id", "it",
    "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk", "sl",
    "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW",
];

/// The page of the portal a link opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PortalFlow {
    /// The portal's home page.
    Home,
    PaymentMethodUpdate,
    SubscriptionCancel(SubscriptionId),
    SubscriptionUpdate(SubscriptionId),
    /// A change the merchant proposes (a plan, a quantity, a coupon), which the customer
    /// reviews and confirms in the portal.
    SubscriptionUpdateConfirm(ProposedUpdate),
}

/// Most items one proposed change may name (Stripe's limit for a subscription).
pub const MOST_PROPOSED_ITEMS: usize = 20;

/// What a `subscription_update_confirm` link proposes: each item of the subscription
/// that changes, to a price and/or a quantity; optionally a coupon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposedUpdate {
    pub subscription: SubscriptionId,
    pub items: Vec<ProposedItem>,
    pub coupon: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProposedItem {
    pub id: SubscriptionItemId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<PriceId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u32>,
}

impl ProposedUpdate {
    /// A change Stripe can confirm: 1 to `MOST_PROPOSED_ITEMS` items, each changing its
    /// price or its quantity (at least 1), no item twice; a coupon id of printable ASCII.
    pub fn new(
        subscription: SubscriptionId,
        items: Vec<ProposedItem>,
        coupon: Option<String>,
    ) -> Result<Self, InvalidLink> {
        if items.is_empty() || items.len() > MOST_PROPOSED_ITEMS {
            return Err(InvalidLink(format!(
                "a proposed update names 1 to {MOST_PROPOSED_ITEMS} subscription items, not {}",
                items.len()
            )));
        }
        for (n, item) in items.iter().enumerate() {
            if item.price.is_none() && item.quantity.is_none() {
                return Err(InvalidLink(format!(
                    "item {} changes neither its price nor its quantity",
                    item.id
                )));
            }
            if item.quantity == Some(0) {
                return Err(InvalidLink(format!(
                    "item {}: a quantity of 0 removes nothing in this flow; use at least 1",
                    item.id
                )));
            }
            if items[..n].iter().any(|earlier| earlier.id == item.id) {
                return Err(InvalidLink(format!("item {} is named twice", item.id)));
            }
        }
        if let Some(coupon) = coupon
            .as_deref()
            .filter(|c| c.is_empty() || c.len() > 200 || !c.bytes().all(|b| b.is_ascii_graphic()))
        {
            return Err(InvalidLink(format!(
                "coupon {:?} is not a coupon id",
                coupon.chars().take(40).collect::<String>()
            )));
        }
        Ok(Self {
            subscription,
            items,
            coupon,
        })
    }
}

/// What the portal does once the customer finished the flow (Stripe's
/// `flow_data[after_completion][type]`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AfterCompletion {
    /// Back to the merchant's site (`PORTAL_RETURN_URL`).
    #[default]
    Redirect,
    /// Stripe's own confirmation page, with our message in the link's language.
    HostedConfirmation,
    /// The portal's home page.
    PortalHomepage,
}

impl AfterCompletion {
    pub const ALL: [Self; 3] = [
        Self::Redirect,
        Self::HostedConfirmation,
        Self::PortalHomepage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Redirect => "redirect",
            Self::HostedConfirmation => "hosted_confirmation",
            Self::PortalHomepage => "portal_homepage",
        }
    }

    pub fn parse(value: &str) -> Result<Self, InvalidLink> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == value)
            .ok_or_else(|| {
                InvalidLink(format!(
                    "unknown after-completion {value:?}: redirect, hosted_confirmation or portal_homepage"
                ))
            })
    }
}

impl PortalFlow {
    /// Stripe's `flow_data[type]`, `None` for the home page.
    pub fn kind(&self) -> Option<&'static str> {
        match self {
            Self::Home => None,
            Self::PaymentMethodUpdate => Some("payment_method_update"),
            Self::SubscriptionCancel(_) => Some("subscription_cancel"),
            Self::SubscriptionUpdate(_) => Some("subscription_update"),
            Self::SubscriptionUpdateConfirm(_) => Some("subscription_update_confirm"),
        }
    }

    /// The flow named `kind` (`None`: home), with the subscription it needs.
    pub fn from_parts(
        kind: Option<&str>,
        subscription: Option<SubscriptionId>,
    ) -> Result<Self, InvalidLink> {
        match (kind, subscription) {
            (None, None) => Ok(Self::Home),
            (Some("payment_method_update"), None) => Ok(Self::PaymentMethodUpdate),
            (Some("subscription_cancel"), Some(sub)) => Ok(Self::SubscriptionCancel(sub)),
            (Some("subscription_update"), Some(sub)) => Ok(Self::SubscriptionUpdate(sub)),
            (Some(kind @ ("subscription_cancel" | "subscription_update")), None) => {
                Err(InvalidLink(format!("the {kind} flow needs a subscription")))
            }
            (None | Some("payment_method_update"), Some(_)) => Err(InvalidLink(
                "a subscription is only for the subscription_cancel and subscription_update flows"
                    .into(),
            )),
            (Some("subscription_update_confirm"), _) => Err(InvalidLink(
                "the subscription_update_confirm flow names the items it changes: see ProposedUpdate"
                    .into(),
            )),
            (Some(other), _) => Err(InvalidLink(format!(
                "unknown flow {other:?}: payment_method_update, subscription_cancel, \
                 subscription_update, subscription_update_confirm, or none for the home page"
            ))),
        }
    }

    fn subscription(&self) -> Option<&SubscriptionId> {
        match self {
            Self::SubscriptionCancel(sub) | Self::SubscriptionUpdate(sub) => Some(sub),
            Self::SubscriptionUpdateConfirm(update) => Some(&update.subscription),
            Self::Home | Self::PaymentMethodUpdate => None,
        }
    }
}

/// What a portal link says: whose portal, which page, in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalLink {
    pub customer: CustomerId,
    pub flow: PortalFlow,
    /// A portal locale; `None` lets Stripe choose (`auto`).
    pub locale: Option<String>,
    /// What the portal does when the flow is done (the home page has no flow: ignored).
    pub after: AfterCompletion,
}

/// Why a link cannot be minted or read as a portal link.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidLink(pub String);

impl PortalLink {
    pub fn new(
        customer: CustomerId,
        flow: PortalFlow,
        locale: Option<String>,
    ) -> Result<Self, InvalidLink> {
        if let Some(locale) = locale.as_deref().filter(|l| !PORTAL_LOCALES.contains(l)) {
            return Err(InvalidLink(format!("{locale:?} is not a portal locale")));
        }
        Ok(Self {
            customer,
            flow,
            locale,
            after: AfterCompletion::default(),
        })
    }

    /// The same link, ending its flow with `after`.
    pub fn ending_with(self, after: AfterCompletion) -> Self {
        Self { after, ..self }
    }
}

/// The token's claims, as documented in docs/src/signed-links.md.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Claims {
    customer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    flow: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    subscription: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    items: Vec<ProposedItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    coupon: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    locale: Option<String>,
}

/// Mints portal links: the route's URL, the secrets (the first signs), how long a link
/// lives.
#[derive(Debug, Clone)]
pub struct PortalLinks {
    url: String,
    tokens: TokenSigner,
    ttl_secs: i64,
}

impl PortalLinks {
    pub fn new(url: String, tokens: TokenSigner, ttl_days: u32) -> Self {
        Self {
            url,
            tokens,
            ttl_secs: i64::from(ttl_days) * 86_400,
        }
    }

    /// `PORTAL_LINK_URL` (the route, e.g. `https://…/billing/portal`), `PORTAL_LINK_SECRET`
    /// and `PORTAL_LINK_TTL_DAYS` (default 30): what a minter of links needs.
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        Ok(Self::new(
            link_base_url("PORTAL_LINK_URL", &env.required("PORTAL_LINK_URL")?)?,
            token_signer(env, "PORTAL_LINK_SECRET", Purpose::Portal)?,
            ttl_days(env)?,
        ))
    }

    /// The link to `link`'s page, valid from `now` for the configured days.
    pub fn link(&self, link: &PortalLink, now: i64) -> String {
        let (items, coupon) = match &link.flow {
            PortalFlow::SubscriptionUpdateConfirm(update) => {
                (update.items.clone(), update.coupon.clone())
            }
            _ => (Vec::new(), None),
        };
        let claims = Claims {
            customer: link.customer.as_str().to_owned(),
            flow: link.flow.kind().map(str::to_owned),
            subscription: link.flow.subscription().map(|s| s.as_str().to_owned()),
            items,
            coupon,
            after: (link.after != AfterCompletion::default()).then(|| link.after.as_str().into()),
            locale: link.locale.clone(),
        };
        let token = self.tokens.sign(&claims, now + self.ttl_secs);
        format!("{}?t={token}", self.url)
    }
}

/// `PORTAL_LINK_TTL_DAYS`: how long the links a minter makes live (1 to 366 days).
pub fn ttl_days<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<u32, ConfigError> {
    let days: u32 = env.parsed_or("PORTAL_LINK_TTL_DAYS", DEFAULT_TTL_DAYS)?;
    if !(1..=366).contains(&days) {
        return Err(ConfigError::Invalid {
            var: "PORTAL_LINK_TTL_DAYS",
            reason: format!("{days} is outside 1..=366"),
        });
    }
    Ok(days)
}

/// The portal link a token carries, if `tokens` signed it for the portal and it has not
/// expired at `now`. (How long a link lives is the minter's choice, `e`.)
pub fn verify(tokens: &TokenSigner, token: &str, now: i64) -> Result<PortalLink, TokenError> {
    let claims: Claims = tokens.verify(token, now)?;
    let invalid = |_| TokenError::InvalidPayload;
    let customer = CustomerId::parse(&claims.customer).map_err(invalid)?;
    let subscription = claims
        .subscription
        .as_deref()
        .map(SubscriptionId::parse)
        .transpose()
        .map_err(invalid)?;
    let flow = match (claims.flow.as_deref(), subscription) {
        (Some("subscription_update_confirm"), Some(subscription)) => {
            PortalFlow::SubscriptionUpdateConfirm(
                ProposedUpdate::new(subscription, claims.items, claims.coupon)
                    .map_err(|_| TokenError::InvalidPayload)?,
            )
        }
        (kind, subscription) if claims.items.is_empty() && claims.coupon.is_none() => {
            PortalFlow::from_parts(kind, subscription).map_err(|_| TokenError::InvalidPayload)?
        }
        _ => return Err(TokenError::InvalidPayload),
    };
    let after = claims
        .after
        .as_deref()
        .map(AfterCompletion::parse)
        .transpose()
        .map_err(|_| TokenError::InvalidPayload)?
        .unwrap_or_default();
    PortalLink::new(customer, flow, claims.locale)
        .map(|link| link.ending_with(after))
        .map_err(|_| TokenError::InvalidPayload)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::signed::Purpose;

    #[test]
    fn only_our_links_idempotency_keys_mark_a_session_as_ours() {
        for (key, ours) in [
            (Some("stripe-recovery-portal-link-0123abcd"), true),
            (Some("stripe-recovery-portal-link"), false),
            (Some("stripe-recovery-portal-linked-1"), false),
            (Some("portal-0123abcd"), false),
            (Some("merchant-site-1"), false),
            (None, false),
        ] {
            assert_eq!(opened_through_our_link(key), ours, "{key:?}");
        }
    }

    const SECRET: &str = "portal-link-secret-for-unit-tests-000";
    const NOW: i64 = 1_800_000_000;
    const URL: &str = "https://api.example/billing/portal";

    fn tokens(purpose: Purpose) -> TokenSigner {
        TokenSigner::new(purpose, SECRET).unwrap()
    }

    fn token_of(link: &str) -> &str {
        link.strip_prefix(URL).unwrap().strip_prefix("?t=").unwrap()
    }

    fn sub() -> SubscriptionId {
        SubscriptionId::parse("sub_1Abc").unwrap()
    }

    fn item(id: &str, price: Option<&str>, quantity: Option<u32>) -> ProposedItem {
        ProposedItem {
            id: SubscriptionItemId::parse(id).unwrap(),
            price: price.map(|p| PriceId::parse(p).unwrap()),
            quantity,
        }
    }

    fn proposed() -> PortalFlow {
        PortalFlow::SubscriptionUpdateConfirm(
            ProposedUpdate::new(
                sub(),
                vec![
                    item("si_1", Some("price_annual"), None),
                    item("si_2", None, Some(3)),
                ],
                Some("UPGRADE10".into()),
            )
            .unwrap(),
        )
    }

    #[test]
    fn every_flow_round_trips_until_thirty_days_have_passed() {
        let links = PortalLinks::new(URL.into(), tokens(Purpose::Portal), 30);
        let customer = CustomerId::parse("cus_Q1").unwrap();
        for flow in [
            PortalFlow::Home,
            PortalFlow::PaymentMethodUpdate,
            PortalFlow::SubscriptionCancel(sub()),
            PortalFlow::SubscriptionUpdate(sub()),
            proposed(),
        ] {
            for (locale, after) in [None, Some("ja".to_owned()), Some("fr-CA".to_owned())]
                .into_iter()
                .zip(AfterCompletion::ALL)
            {
                let link = PortalLink::new(customer.clone(), flow.clone(), locale)
                    .unwrap()
                    .ending_with(after);
                let minted = links.link(&link, NOW);
                let token = token_of(&minted);
                let portal = tokens(Purpose::Portal);
                assert_eq!(verify(&portal, token, NOW + 30 * 86_400 - 1), Ok(link));
                assert_eq!(
                    verify(&portal, token, NOW + 30 * 86_400),
                    Err(TokenError::Expired)
                );
            }
        }
    }

    #[test]
    fn other_purposes_and_odd_claims_are_refused() {
        let portal = tokens(Purpose::Portal);
        let unsubscribe_link =
            tokens(Purpose::Unsubscribe).sign(&json!({"customer": "cus_1"}), NOW + 60);
        assert_eq!(
            verify(&portal, &unsubscribe_link, NOW),
            Err(TokenError::WrongPurpose)
        );
        let odd = [
            json!({"customer": "acct_1"}),
            json!({"customer": "cus_1", "flow": "subscription_cancel"}),
            json!({"customer": "cus_1", "flow": "payment_method_update", "subscription": "sub_1"}),
            json!({"customer": "cus_1", "flow": "delete_everything"}),
            json!({"customer": "cus_1", "subscription": "si_1", "flow": "subscription_update"}),
            json!({"customer": "cus_1", "locale": "xx"}),
            json!({"customer": "cus_1", "return_url": "https://evil.example"}),
            json!({"flow": "payment_method_update"}),
            json!({"customer": "cus_1", "after": "somewhere_else"}),
            json!({"customer": "cus_1", "flow": "subscription_update_confirm", "subscription": "sub_1"}),
            json!({"customer": "cus_1", "flow": "subscription_update_confirm", "subscription": "sub_1",
                   "items": [{"id": "si_1"}]}),
            json!({"customer": "cus_1", "flow": "subscription_update_confirm", "subscription": "sub_1",
                   "items": [{"id": "price_1", "quantity": 2}]}),
            json!({"customer": "cus_1", "flow": "subscription_update_confirm", "subscription": "sub_1",
                   "items": [{"id": "si_1", "quantity": 2, "discount": "100%"}]}),
            json!({"customer": "cus_1", "flow": "subscription_update", "subscription": "sub_1",
                   "items": [{"id": "si_1", "quantity": 2}]}),
            json!({"customer": "cus_1", "flow": "subscription_cancel", "subscription": "sub_1",
                   "coupon": "FREE"}),
        ];
        for claims in odd {
            let token = portal.sign(&claims, NOW + 60);
            assert_eq!(
                verify(&portal, &token, NOW),
                Err(TokenError::InvalidPayload),
                "{claims}"
            );
        }
    }

    #[test]
    fn minting_refuses_what_stripe_would() {
        let customer = CustomerId::parse("cus_1").unwrap();
        assert!(PortalLink::new(customer, PortalFlow::Home, Some("klingon".into())).is_err());
        assert!(PortalFlow::from_parts(Some("subscription_cancel"), None).is_err());
        assert!(PortalFlow::from_parts(Some("nope"), None).is_err());
        assert_eq!(
            PortalFlow::from_parts(Some("subscription_update"), Some(sub())),
            Ok(PortalFlow::SubscriptionUpdate(sub()))
        );
        let refused = |items: Vec<ProposedItem>, coupon: Option<&str>| {
            ProposedUpdate::new(sub(), items, coupon.map(str::to_owned))
                .unwrap_err()
                .to_string()
        };
        assert!(refused(vec![], None).contains("1 to 20"));
        assert!(refused(vec![item("si_1", None, None)], None).contains("neither"));
        assert!(refused(vec![item("si_1", None, Some(0))], None).contains("at least 1"));
        let twice = vec![
            item("si_1", None, Some(2)),
            item("si_1", Some("price_2"), None),
        ];
        assert!(refused(twice, None).contains("twice"));
        assert!(refused(vec![item("si_1", None, Some(2))], Some("a b")).contains("coupon"));
        let many = (0..21)
            .map(|n| item(&format!("si_{n}"), None, Some(1)))
            .collect();
        assert!(refused(many, None).contains("not 21"));
        assert!(AfterCompletion::parse("portal_homepage").is_ok());
        assert!(AfterCompletion::parse("home").is_err());
    }
}
