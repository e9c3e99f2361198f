//! create-session's configuration: the Stripe key, and the merchant's checkout policy.

use std::collections::HashSet;

use stripe_recovery::config::{
    ConfigError, Env, absolute_url, list, optional_token_signer, stripe_config,
};
use stripe_recovery::signed::{Purpose, TokenSigner};
use stripe_recovery::stripe::client::StripeConfig;
use stripe_recovery::stripe::ids::PriceId;

use crate::checkout::{CheckoutMode, CheckoutPolicy, MAX_EXPIRES_MINUTES, MIN_EXPIRES_MINUTES};

#[derive(Debug, Clone)]
pub struct CheckoutConfig {
    /// `TABLE_NAME`: where the first use of each caller's idempotency key is kept.
    pub table_name: String,
    pub stripe: StripeConfig,
    /// `CHECKOUT_TOKEN_SECRET`: verifies (with any secret of its list) the
    /// `customer_token`s the merchant's backend mints; unset, sessions are anonymous only.
    pub customer_tokens: Option<TokenSigner>,
    pub policy: CheckoutPolicy,
    /// Origins allowed to call from a browser (CORS); empty means none.
    pub allowed_origins: Vec<String>,
}

impl CheckoutConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        let allowed_prices = list::<Vec<String>>(&env.required("ALLOWED_PRICES")?)
            .iter()
            .map(|p| PriceId::parse(p))
            .collect::<Result<HashSet<PriceId>, _>>()
            .map_err(|e| ConfigError::Invalid {
                var: "ALLOWED_PRICES",
                reason: format!("{:?} is not a price id (price_…)", e.found),
            })?;
        let expires_minutes = env.parsed_or("CHECKOUT_EXPIRES_MINUTES", MAX_EXPIRES_MINUTES)?;
        if !(MIN_EXPIRES_MINUTES..=MAX_EXPIRES_MINUTES).contains(&expires_minutes) {
            return Err(ConfigError::Invalid {
                var: "CHECKOUT_EXPIRES_MINUTES",
                reason: format!(
                    "{expires_minutes} is outside {MIN_EXPIRES_MINUTES}..={MAX_EXPIRES_MINUTES}"
                ),
            });
        }
        let collect_promotions_consent = match env.optional("CONSENT_COLLECTION").as_deref() {
            None | Some("auto") => true,
            Some("none") => false,
            Some(_) => {
                return Err(ConfigError::Invalid {
                    var: "CONSENT_COLLECTION",
                    reason: "must be `auto` or `none`".into(),
                });
            }
        };
        let allowed_origins: Vec<String> = env
            .optional("ALLOWED_ORIGINS")
            .map(|v| list(&v))
            .unwrap_or_default();
        for origin in &allowed_origins {
            let url = absolute_url("ALLOWED_ORIGINS", origin)?;
            let after_scheme = url.split_once("://").map_or("", |(_, rest)| rest);
            if after_scheme.contains('/') {
                return Err(ConfigError::Invalid {
                    var: "ALLOWED_ORIGINS",
                    reason: format!("{origin:?} is not an origin (scheme://host[:port])"),
                });
            }
        }
        Ok(Self {
            table_name: env.required("TABLE_NAME")?,
            stripe: stripe_config(env)?,
            customer_tokens: optional_token_signer(
                env,
                "CHECKOUT_TOKEN_SECRET",
                Purpose::Checkout,
            )?,
            policy: CheckoutPolicy {
                allowed_prices,
                success_url: absolute_url("SUCCESS_URL", &env.required("SUCCESS_URL")?)?,
                cancel_url: env
                    .optional("CANCEL_URL")
                    .map(|url| absolute_url("CANCEL_URL", &url))
                    .transpose()?,
                mode: env.parsed_or("CHECKOUT_MODE", CheckoutMode::Payment)?,
                expires_minutes,
                collect_promotions_consent,
                recovery_allow_promotion_codes: env
                    .parsed_or("RECOVERY_ALLOW_PROMOTION_CODES", false)?,
            },
            allowed_origins,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stripe_recovery::stripe::client::DEFAULT_API_VERSION;

    fn env(pairs: &[(&'static str, &'static str)]) -> Env<impl Fn(&str) -> Option<String>> {
        Env::from_pairs(pairs.iter().copied())
    }

    fn checkout_env(
        overrides: &[(&'static str, &'static str)],
    ) -> Vec<(&'static str, &'static str)> {
        let mut vars = vec![
            ("TABLE_NAME", "t"),
            ("STRIPE_SECRET_KEY", "sk_test_config"),
            ("ALLOWED_PRICES", "price_A, price_B"),
            (
                "SUCCESS_URL",
                "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}",
            ),
        ];
        for (k, v) in overrides {
            vars.retain(|(name, _)| name != k);
            vars.push((k, v));
        }
        vars
    }

    #[test]
    fn checkout_config_defaults() {
        let config = CheckoutConfig::from_env(&env(&checkout_env(&[]))).unwrap();
        assert_eq!(config.stripe.api_base, "https://api.stripe.com");
        assert_eq!(config.stripe.api_version, DEFAULT_API_VERSION);
        assert_eq!(config.policy.allowed_prices.len(), 2);
        assert_eq!(config.policy.mode, CheckoutMode::Payment);
        assert_eq!(config.policy.expires_minutes, 1440);
        assert!(config.policy.collect_promotions_consent);
        assert!(!config.policy.recovery_allow_promotion_codes);
        assert_eq!(config.policy.cancel_url, None);
        assert!(config.allowed_origins.is_empty());
        assert!(config.customer_tokens.is_none());
    }

    #[test]
    fn checkout_config_error_table() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[("STRIPE_SECRET_KEY", "pk_test_public")],
                "STRIPE_SECRET_KEY",
            ),
            (&[("ALLOWED_PRICES", "prod_1")], "ALLOWED_PRICES"),
            (&[("SUCCESS_URL", "/relative")], "SUCCESS_URL"),
            (&[("CANCEL_URL", "ftp://x")], "CANCEL_URL"),
            (&[("CHECKOUT_MODE", "setup")], "CHECKOUT_MODE"),
            (
                &[("CHECKOUT_EXPIRES_MINUTES", "29")],
                "CHECKOUT_EXPIRES_MINUTES",
            ),
            (
                &[("CHECKOUT_EXPIRES_MINUTES", "1441")],
                "CHECKOUT_EXPIRES_MINUTES",
            ),
            (&[("CONSENT_COLLECTION", "always")], "CONSENT_COLLECTION"),
            (
                &[("RECOVERY_ALLOW_PROMOTION_CODES", "yes")],
                "RECOVERY_ALLOW_PROMOTION_CODES",
            ),
            (
                &[("ALLOWED_ORIGINS", "https://shop.example/path")],
                "ALLOWED_ORIGINS",
            ),
            (&[("STRIPE_API_BASE", "localhost:1234")], "STRIPE_API_BASE"),
            (
                &[("CHECKOUT_TOKEN_SECRET", "too-short")],
                "CHECKOUT_TOKEN_SECRET",
            ),
        ];
        for (overrides, var) in cases {
            let err = CheckoutConfig::from_env(&env(&checkout_env(overrides))).unwrap_err();
            assert!(err.to_string().contains(var), "{overrides:?}: {err}");
            assert!(!err.to_string().contains("pk_test_public"), "{err}");
            assert!(!err.to_string().contains("too-short"), "{err}");
        }
        let missing = CheckoutConfig::from_env(&env(&[])).unwrap_err();
        assert_eq!(missing, ConfigError::Missing("ALLOWED_PRICES"));
    }

    #[test]
    fn checkout_config_overrides() {
        let config = CheckoutConfig::from_env(&env(&checkout_env(&[
            ("STRIPE_API_BASE", "http://127.0.0.1:12111/"),
            ("CHECKOUT_MODE", "subscription"),
            ("CHECKOUT_EXPIRES_MINUTES", "30"),
            ("CONSENT_COLLECTION", "none"),
            ("RECOVERY_ALLOW_PROMOTION_CODES", "true"),
            (
                "ALLOWED_ORIGINS",
                "https://shop.example, http://localhost:5173",
            ),
            ("CANCEL_URL", "https://shop.example/cart"),
            (
                "CHECKOUT_TOKEN_SECRET",
                "a-checkout-token-secret-of-32-chars",
            ),
        ])))
        .unwrap();
        assert!(config.customer_tokens.is_some());
        assert_eq!(config.stripe.api_base, "http://127.0.0.1:12111");
        assert_eq!(config.policy.mode, CheckoutMode::Subscription);
        assert_eq!(config.policy.expires_minutes, 30);
        assert!(!config.policy.collect_promotions_consent);
        assert!(config.policy.recovery_allow_promotion_codes);
        assert_eq!(
            config.allowed_origins,
            ["https://shop.example", "http://localhost:5173"]
        );
    }
}
