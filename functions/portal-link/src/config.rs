//! portal-link's configuration: the links' secret, Stripe, and the portal's settings.

use stripe_recovery::config::{
    ConfigError, Env, absolute_url, optional_stripe_config, optional_token_signer, token_signer,
};
use stripe_recovery::signed::{Purpose, TokenSigner};
use stripe_recovery::stripe::client::StripeConfig;

#[derive(Debug, Clone)]
pub struct PortalConfig {
    /// `PORTAL_LINK_SECRET`: verifies the links (purpose `portal`) with any secret of
    /// its list.
    pub links: TokenSigner,
    /// `STRIPE_SECRET_KEY` (a restricted key with Customer portal write access). Unset
    /// only locally: then a click shows the session it would create (a dry run).
    pub stripe: Option<StripeConfig>,
    pub settings: PortalSettings,
    /// `SETUP_LINK_SECRET`: verifies the links to the page that confirms a pending
    /// SetupIntent (purpose `setup`); `None`: that page refuses every link.
    pub setup_links: Option<TokenSigner>,
    /// `STRIPE_PUBLISHABLE_KEY`: what that page gives Stripe.js; `None`: the page says
    /// it is unavailable.
    pub publishable_key: Option<PublishableKey>,
}

/// A Stripe publishable key (`pk_test_…`, `pk_live_…`): not a secret (it goes into a
/// page), but a secret key in its place would be, so its shape is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishableKey(String);

impl PublishableKey {
    pub fn parse(value: &str) -> Result<Self, ConfigError> {
        let value = value.trim();
        let rest = value
            .strip_prefix("pk_test_")
            .or_else(|| value.strip_prefix("pk_live_"));
        match rest {
            Some(rest) if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric()) => {
                Ok(Self(value.to_owned()))
            }
            _ => Err(ConfigError::Invalid {
                var: "STRIPE_PUBLISHABLE_KEY",
                reason: "must be a publishable key (pk_test_… or pk_live_…, letters and digits)"
                    .into(),
            }),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What every portal session gets, whichever link opened it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalSettings {
    /// `PORTAL_RETURN_URL`: where the portal's "return" link and a finished flow lead.
    pub return_url: String,
    /// `PORTAL_CONFIGURATION`: a `bpc_…` portal configuration; unset, the default one.
    pub configuration: Option<String>,
    /// `PORTAL_RETENTION_COUPON`: offered to customers who start to cancel.
    pub retention_coupon: Option<String>,
}

impl PortalConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        let configuration = env.optional("PORTAL_CONFIGURATION");
        if let Some(id) = configuration
            .as_deref()
            .filter(|id| !id.starts_with("bpc_"))
        {
            return Err(ConfigError::Invalid {
                var: "PORTAL_CONFIGURATION",
                reason: format!("{id:?} is not a portal configuration id (bpc_…)"),
            });
        }
        Ok(Self {
            links: token_signer(env, "PORTAL_LINK_SECRET", Purpose::Portal)?,
            stripe: optional_stripe_config(env)?,
            settings: PortalSettings {
                return_url: absolute_url("PORTAL_RETURN_URL", &env.required("PORTAL_RETURN_URL")?)?,
                configuration,
                retention_coupon: env.optional("PORTAL_RETENTION_COUPON"),
            },
            setup_links: optional_token_signer(
                env,
                "SETUP_LINK_SECRET",
                Purpose::SetupConfirmation,
            )?,
            publishable_key: env
                .optional("STRIPE_PUBLISHABLE_KEY")
                .map(|key| PublishableKey::parse(&key))
                .transpose()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: [(&str, &str); 2] = [
        (
            "PORTAL_LINK_SECRET",
            "portal-link-secret-for-unit-tests-000",
        ),
        ("PORTAL_RETURN_URL", "https://shop.example/account"),
    ];

    fn config(overrides: &[(&'static str, &'static str)]) -> Result<PortalConfig, ConfigError> {
        let mut vars: Vec<(&'static str, &'static str)> = overrides.to_vec();
        vars.extend(BASE);
        PortalConfig::from_env(&Env::from_pairs(vars))
    }

    #[test]
    fn defaults_and_errors() {
        let ok = config(&[]).unwrap();
        assert!(ok.stripe.is_none());
        assert_eq!(ok.settings.configuration, None);
        assert_eq!(ok.settings.retention_coupon, None);
        for (overrides, var) in [
            (&[("PORTAL_LINK_SECRET", "short")][..], "PORTAL_LINK_SECRET"),
            (&[("PORTAL_RETURN_URL", "/account")], "PORTAL_RETURN_URL"),
            (
                &[("PORTAL_CONFIGURATION", "conf_1")],
                "PORTAL_CONFIGURATION",
            ),
            (&[("STRIPE_SECRET_KEY", "pk_test_1")], "STRIPE_SECRET_KEY"),
        ] {
            let err = config(overrides).unwrap_err();
            assert!(err.to_string().contains(var), "{err}");
            assert!(!err.to_string().contains("short"), "{err}");
        }
        let full = config(&[
            ("PORTAL_CONFIGURATION", "bpc_123"),
            ("PORTAL_RETENTION_COUPON", "STAY20"),
            ("STRIPE_SECRET_KEY", "rk_test_portal"),
        ])
        .unwrap();
        assert!(full.stripe.is_some());
        assert_eq!(full.settings.configuration.as_deref(), Some("bpc_123"));
        assert_eq!(full.settings.retention_coupon.as_deref(), Some("STAY20"));
    }

    #[test]
    fn the_publishable_key_is_one_and_the_setup_secret_a_list() {
        let ok = config(&[
            ("STRIPE_PUBLISHABLE_KEY", "pk_test_51Abc"),
            ("SETUP_LINK_SECRET", "setup-link-secret-for-unit-tests-0000"),
        ])
        .unwrap();
        assert_eq!(ok.publishable_key.unwrap().as_str(), "pk_test_51Abc");
        assert!(ok.setup_links.is_some());
        assert!(config(&[]).unwrap().setup_links.is_none());
        for (var, value) in [
            ("STRIPE_PUBLISHABLE_KEY", "sk_test_51Abc"),
            ("STRIPE_PUBLISHABLE_KEY", "rk_live_51Abc"),
            ("STRIPE_PUBLISHABLE_KEY", "pk_test_ "),
            ("STRIPE_PUBLISHABLE_KEY", "pk_prod_51Abc"),
            ("STRIPE_PUBLISHABLE_KEY", "pk_live_51A\"<x>"),
            ("SETUP_LINK_SECRET", "short"),
        ] {
            let err = config(&[(var, value)]).unwrap_err();
            assert!(err.to_string().contains(var), "{err}");
            assert!(!err.to_string().contains(value), "{err}");
        }
    }
}
