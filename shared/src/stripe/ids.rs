//! Stripe object ids as types: each is checked once, where it enters (a webhook payload,
//! a request, configuration), for its prefix and for characters that are safe in a URL
//! path and a storage key. Past that point an id cannot be of the wrong kind.

use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// Longest id accepted; Stripe's are about 30 characters.
pub const MAX_ID_LEN: usize = 255;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{found:?} is not a Stripe {kind} id ({prefix}…)")]
pub struct InvalidId {
    pub kind: &'static str,
    pub prefix: &'static str,
    /// The rejected value, cut to 40 characters.
    pub found: String,
}

/// `prefix` followed by at least one ASCII letter, digit or underscore, at most
/// `MAX_ID_LEN` in all: nothing that could walk a URL path or a key.
pub fn is_id_with_prefix(id: &str, prefix: &str) -> bool {
    id.len() <= MAX_ID_LEN
        && id.strip_prefix(prefix).is_some_and(|rest| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
}

macro_rules! stripe_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub const PREFIX: &'static str = $prefix;

            pub fn parse(id: &str) -> Result<Self, InvalidId> {
                if is_id_with_prefix(id, $prefix) {
                    Ok(Self(id.to_owned()))
                } else {
                    Err(InvalidId {
                        kind: $kind,
                        prefix: $prefix,
                        found: id.chars().take(40).collect(),
                    })
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = InvalidId;
            fn from_str(s: &str) -> Result<Self, InvalidId> {
                Self::parse(s)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
                Self::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

stripe_id!(
    /// `evt_…`
    EventId, "event", "evt_"
);
stripe_id!(
    /// `cs_…` (`cs_test_…` / `cs_live_…`)
    CheckoutSessionId, "Checkout Session", "cs_"
);
stripe_id!(
    /// `cus_…`
    CustomerId, "customer", "cus_"
);
stripe_id!(
    /// `seti_…`
    SetupIntentId, "SetupIntent", "seti_"
);
stripe_id!(
    /// `price_…`
    PriceId, "price", "price_"
);
stripe_id!(
    /// `in_…`
    InvoiceId, "invoice", "in_"
);
stripe_id!(
    /// `sub_…`
    SubscriptionId, "subscription", "sub_"
);
stripe_id!(
    /// `si_…`: one item (a price and its quantity) of a subscription
    SubscriptionItemId, "subscription item", "si_"
);
stripe_id!(
    /// `pm_…`: a PaymentMethod (not a legacy `card_…` / `src_…` source)
    PaymentMethodId, "PaymentMethod", "pm_"
);
stripe_id!(
    /// `prod_…`
    ProductId, "product", "prod_"
);
stripe_id!(
    /// `bpc_…`: a customer portal configuration
    PortalConfigurationId, "portal configuration", "bpc_"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_need_their_prefix_and_safe_characters() {
        let cases: &[(&str, bool)] = &[
            ("seti_1Pgag7B7WZ01zgkWSgwGdb8Z", true),
            ("seti_test_1", true),
            ("", false),
            ("seti_", false),
            ("pi_123", false),
            ("seti_../../v1/charges", false),
            ("seti_1?x=y", false),
            ("seti_1 2", false),
            ("SETI_1", false),
        ];
        for (id, ok) in cases {
            assert_eq!(SetupIntentId::parse(id).is_ok(), *ok, "{id:?}");
        }
        let longest = format!("cus_{}", "a".repeat(MAX_ID_LEN - 4));
        assert!(CustomerId::parse(&longest).is_ok());
        assert!(CustomerId::parse(&format!("{longest}a")).is_err());
    }

    #[test]
    fn each_kind_checks_its_own_prefix() {
        assert!(EventId::parse("evt_1").is_ok() && EventId::parse("cs_1").is_err());
        assert!(CheckoutSessionId::parse("cs_test_a1").is_ok());
        assert!(PriceId::parse("price_1A").is_ok() && PriceId::parse("prod_1A").is_err());
        assert!(InvoiceId::parse("in_1").is_ok() && InvoiceId::parse("inv_1").is_err());
        assert!(SubscriptionId::parse("sub_1").is_ok());
        let err = CustomerId::parse("acct_1").unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"acct_1\" is not a Stripe customer id (cus_…)"
        );
    }

    #[test]
    fn ids_deserialize_only_when_valid_and_serialize_as_strings() {
        let id: CustomerId = serde_json::from_str(r#""cus_QXg1o8vcGmoR32""#).unwrap();
        assert_eq!(id, "cus_QXg1o8vcGmoR32");
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            r#""cus_QXg1o8vcGmoR32""#
        );
        assert!(serde_json::from_str::<CustomerId>(r#""cus_../x""#).is_err());
        assert!(serde_json::from_str::<CustomerId>("42").is_err());
    }
}
