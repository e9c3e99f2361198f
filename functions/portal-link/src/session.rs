//! The portal session a link asks for: `POST /v1/billing_portal/sessions`'s form. Pure.

use serde::Serialize;
use stripe_recovery::mail::Language;
use stripe_recovery::portal::{self, PortalFlow, PortalLink, ProposedItem};

use crate::config::PortalSettings;

/// The form parameters of `POST /v1/billing_portal/sessions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionParams {
    pub customer: String,
    pub return_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configuration: Option<String>,
    pub locale: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_data: Option<FlowData>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlowData {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub after_completion: AfterCompletion,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_cancel: Option<SubscriptionCancel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_update: Option<SubscriptionUpdate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_update_confirm: Option<SubscriptionUpdateConfirm>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AfterCompletion {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redirect: Option<Redirect>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hosted_confirmation: Option<HostedConfirmation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostedConfirmation {
    pub custom_message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscriptionUpdateConfirm {
    pub subscription: String,
    pub items: Vec<ProposedItem>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub discounts: Vec<Discount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discount {
    pub coupon: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Redirect {
    pub return_url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscriptionCancel {
    pub subscription: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention: Option<Retention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Retention {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub coupon_offer: CouponOffer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CouponOffer {
    pub coupon: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscriptionUpdate {
    pub subscription: String,
}

impl SessionParams {
    /// The session for `link`, on `flow`'s page (the link's own flow, or `Home` when
    /// Stripe refused it); a hosted confirmation speaks `language`.
    pub fn new(
        link: &PortalLink,
        flow: &PortalFlow,
        settings: &PortalSettings,
        language: Language,
    ) -> Self {
        let after = link.after;
        let flow_data = flow.kind().map(|kind| FlowData {
            kind,
            after_completion: AfterCompletion {
                kind: after.as_str(),
                redirect: (after == portal::AfterCompletion::Redirect).then(|| Redirect {
                    return_url: settings.return_url.clone(),
                }),
                hosted_confirmation: (after == portal::AfterCompletion::HostedConfirmation).then(
                    || HostedConfirmation {
                        custom_message: confirmation_message(language),
                    },
                ),
            },
            subscription_cancel: match flow {
                PortalFlow::SubscriptionCancel(subscription) => Some(SubscriptionCancel {
                    subscription: subscription.as_str().to_owned(),
                    retention: settings.retention_coupon.as_ref().map(|coupon| Retention {
                        kind: "coupon_offer",
                        coupon_offer: CouponOffer {
                            coupon: coupon.clone(),
                        },
                    }),
                }),
                _ => None,
            },
            subscription_update: match flow {
                PortalFlow::SubscriptionUpdate(subscription) => Some(SubscriptionUpdate {
                    subscription: subscription.as_str().to_owned(),
                }),
                _ => None,
            },
            subscription_update_confirm: match flow {
                PortalFlow::SubscriptionUpdateConfirm(update) => Some(SubscriptionUpdateConfirm {
                    subscription: update.subscription.as_str().to_owned(),
                    items: update.items.clone(),
                    discounts: update
                        .coupon
                        .iter()
                        .map(|coupon| Discount {
                            coupon: coupon.clone(),
                        })
                        .collect(),
                }),
                _ => None,
            },
        });
        Self {
            customer: link.customer.as_str().to_owned(),
            return_url: settings.return_url.clone(),
            configuration: settings.configuration.clone(),
            locale: link.locale.clone().unwrap_or_else(|| "auto".to_owned()),
            flow_data,
        }
    }

    /// Stripe's form encoding (`flow_data[subscription_cancel][subscription]=…`).
    pub fn to_form(&self) -> String {
        serde_qs::to_string(self).expect("session params are nested structs of strings")
    }
}

/// What Stripe's confirmation page says once a flow is done (`hosted_confirmation`), in
/// the customer's language (at most 500 characters, Stripe's limit): the catalog's
/// `portal-confirmation`, which the catalog checks hold in every language.
pub fn confirmation_message(language: Language) -> String {
    use stripe_recovery::mail::catalog::{Markup, message};
    [language, Language::En]
        .into_iter()
        .find_map(|l| message(l, "portal-confirmation", &[], Markup::Text, None, None).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use stripe_recovery::stripe::ids::{CustomerId, SubscriptionId};

    use super::*;

    fn settings(coupon: Option<&str>, configuration: Option<&str>) -> PortalSettings {
        PortalSettings {
            return_url: "https://shop.example/account".into(),
            configuration: configuration.map(str::to_owned),
            retention_coupon: coupon.map(str::to_owned),
        }
    }

    fn form(params: &SessionParams) -> Vec<(String, String)> {
        form_urlencoded::parse(params.to_form().as_bytes())
            .into_owned()
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn each_flow_becomes_exactly_stripes_parameters() {
        let sub = || SubscriptionId::parse("sub_1Abc").unwrap();
        let base = [
            ("customer", "cus_Q1"),
            ("return_url", "https://shop.example/account"),
        ];
        let redirect = [
            ("flow_data[after_completion][type]", "redirect"),
            (
                "flow_data[after_completion][redirect][return_url]",
                "https://shop.example/account",
            ),
        ];
        /// A flow, the link's locale, the configuration, and the form after the base.
        type Case<'a> = (
            PortalFlow,
            Option<&'a str>,
            Option<&'a str>,
            Vec<(&'a str, &'a str)>,
        );
        let cases: Vec<Case> = vec![
            (PortalFlow::Home, None, None, vec![("locale", "auto")]),
            (
                PortalFlow::Home,
                Some("ja"),
                Some("bpc_1"),
                vec![("configuration", "bpc_1"), ("locale", "ja")],
            ),
            (
                PortalFlow::PaymentMethodUpdate,
                None,
                None,
                [
                    ("locale", "auto"),
                    ("flow_data[type]", "payment_method_update"),
                ]
                .into_iter()
                .chain(redirect)
                .collect(),
            ),
            (
                PortalFlow::SubscriptionCancel(sub()),
                Some("de"),
                None,
                [("locale", "de"), ("flow_data[type]", "subscription_cancel")]
                    .into_iter()
                    .chain(redirect)
                    .chain([("flow_data[subscription_cancel][subscription]", "sub_1Abc")])
                    .collect(),
            ),
            (
                PortalFlow::SubscriptionUpdate(sub()),
                None,
                None,
                [
                    ("locale", "auto"),
                    ("flow_data[type]", "subscription_update"),
                ]
                .into_iter()
                .chain(redirect)
                .chain([("flow_data[subscription_update][subscription]", "sub_1Abc")])
                .collect(),
            ),
        ];
        for (flow, locale, configuration, rest) in cases {
            let link = PortalLink::new(
                CustomerId::parse("cus_Q1").unwrap(),
                flow.clone(),
                locale.map(str::to_owned),
            )
            .unwrap();
            // The coupon matters only when cancelling.
            let params =
                SessionParams::new(&link, &flow, &settings(None, configuration), Language::En);
            let expected: Vec<(&str, &str)> = base.into_iter().chain(rest).collect();
            assert_eq!(form(&params), pairs(&expected), "{flow:?}");
        }
    }

    #[test]
    fn a_retention_coupon_is_offered_only_when_cancelling() {
        let sub = SubscriptionId::parse("sub_1Abc").unwrap();
        let customer = CustomerId::parse("cus_Q1").unwrap();
        let settings = settings(Some("STAY20"), None);
        let cancel = PortalFlow::SubscriptionCancel(sub.clone());
        let link = PortalLink::new(customer.clone(), cancel.clone(), None).unwrap();
        let form = form(&SessionParams::new(&link, &cancel, &settings, Language::En));
        let retention: Vec<_> = form
            .iter()
            .filter(|(k, _)| k.contains("retention"))
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            retention,
            [
                (
                    "flow_data[subscription_cancel][retention][type]",
                    "coupon_offer"
                ),
                (
                    "flow_data[subscription_cancel][retention][coupon_offer][coupon]",
                    "STAY20"
                ),
            ]
        );
        let update = PortalFlow::SubscriptionUpdate(sub);
        let link = PortalLink::new(customer, update.clone(), None).unwrap();
        let params = SessionParams::new(&link, &update, &settings, Language::En);
        assert!(!params.to_form().contains("retention"));
        // The fallback to the home page drops the flow, keeps the rest.
        let home = SessionParams::new(&link, &PortalFlow::Home, &settings, Language::En);
        assert_eq!(home.flow_data, None);
        assert_eq!(home.customer, "cus_Q1");
    }

    #[test]
    fn a_proposed_update_is_stripes_confirm_flow_and_ends_as_the_link_says() {
        use stripe_recovery::portal::{AfterCompletion, ProposedItem, ProposedUpdate};
        use stripe_recovery::stripe::ids::{PriceId, SubscriptionItemId};
        let update = ProposedUpdate::new(
            SubscriptionId::parse("sub_1Abc").unwrap(),
            vec![
                ProposedItem {
                    id: SubscriptionItemId::parse("si_1").unwrap(),
                    price: Some(PriceId::parse("price_annual").unwrap()),
                    quantity: None,
                },
                ProposedItem {
                    id: SubscriptionItemId::parse("si_2").unwrap(),
                    price: None,
                    quantity: Some(3),
                },
            ],
            Some("UPGRADE10".into()),
        )
        .unwrap();
        let flow = PortalFlow::SubscriptionUpdateConfirm(update);
        let proposal = [
            ("flow_data[type]", "subscription_update_confirm"),
            (
                "flow_data[subscription_update_confirm][subscription]",
                "sub_1Abc",
            ),
            (
                "flow_data[subscription_update_confirm][items][0][id]",
                "si_1",
            ),
            (
                "flow_data[subscription_update_confirm][items][0][price]",
                "price_annual",
            ),
            (
                "flow_data[subscription_update_confirm][items][1][id]",
                "si_2",
            ),
            (
                "flow_data[subscription_update_confirm][items][1][quantity]",
                "3",
            ),
            (
                "flow_data[subscription_update_confirm][discounts][0][coupon]",
                "UPGRADE10",
            ),
        ];
        /// How the link ends its flow, the language, and the form's ending.
        type Case<'a> = (AfterCompletion, Language, Vec<(&'a str, &'a str)>);
        let german = confirmation_message(Language::De);
        let cases: [Case; 3] = [
            (
                AfterCompletion::Redirect,
                Language::En,
                vec![
                    ("flow_data[after_completion][type]", "redirect"),
                    (
                        "flow_data[after_completion][redirect][return_url]",
                        "https://shop.example/account",
                    ),
                ],
            ),
            (
                AfterCompletion::HostedConfirmation,
                Language::De,
                vec![
                    ("flow_data[after_completion][type]", "hosted_confirmation"),
                    (
                        "flow_data[after_completion][hosted_confirmation][custom_message]",
                        &german,
                    ),
                ],
            ),
            (
                AfterCompletion::PortalHomepage,
                Language::En,
                vec![("flow_data[after_completion][type]", "portal_homepage")],
            ),
        ];
        for (after, language, ending) in cases {
            let link = PortalLink::new(CustomerId::parse("cus_Q1").unwrap(), flow.clone(), None)
                .unwrap()
                .ending_with(after);
            let params = SessionParams::new(&link, &flow, &settings(None, None), language);
            let flow_data: Vec<(String, String)> = form(&params)
                .into_iter()
                .filter(|(k, _)| k.starts_with("flow_data"))
                .collect();
            let mut expected = pairs(&ending);
            expected.extend(pairs(&proposal));
            let (mut got, mut want) = (flow_data, expected);
            got.sort();
            want.sort();
            assert_eq!(got, want, "{after:?}");
        }
    }

    #[test]
    fn the_confirmation_speaks_every_language_within_stripes_limit() {
        for language in Language::ALL {
            let message = confirmation_message(language);
            assert!(!message.is_empty() && message.chars().count() <= 500);
            // Each in its own words (British English may say it as American does).
            let english = confirmation_message(Language::En);
            if !matches!(language, Language::En | Language::EnGb) {
                assert_ne!(message, english, "{language:?}");
            }
        }
    }
}
