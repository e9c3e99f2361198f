//! portal-link's configuration: the links' secret, Stripe, and the portal's settings.

use stripe_recovery::config::{
    ConfigError, Env, absolute_url, optional_stripe_config, token_signer,
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
}
