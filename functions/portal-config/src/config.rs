//! portal-config's configuration: only its Stripe key. The portal's settings come with
//! each request (the custom resource's properties), not from the environment.

use stripe_recovery::config::{ConfigError, Env, optional_stripe_config};
use stripe_recovery::stripe::client::StripeConfig;

#[derive(Debug, Clone)]
pub struct PortalConfigConfig {
    /// `STRIPE_SECRET_KEY`: a restricted key with Customer portal write. Absent when
    /// the stack uses a configuration of the merchant's (`PortalConfiguration`), and
    /// then no request comes; one that did would fail, naming the missing key.
    pub stripe: Option<StripeConfig>,
}

impl PortalConfigConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        Ok(Self {
            stripe: optional_stripe_config(env)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_optional_but_checked() {
        assert!(
            PortalConfigConfig::from_env(&Env::from_pairs([("X", "y")]))
                .unwrap()
                .stripe
                .is_none()
        );
        let err =
            PortalConfigConfig::from_env(&Env::from_pairs([("STRIPE_SECRET_KEY", "pk_test_1")]))
                .unwrap_err();
        assert_eq!(err.var(), "STRIPE_SECRET_KEY");
        assert!(
            PortalConfigConfig::from_env(&Env::from_pairs([("STRIPE_SECRET_KEY", "rk_test_1")]))
                .unwrap()
                .stripe
                .is_some()
        );
    }
}
