//! The canceller's configuration: only how to reach Stripe.

use stripe_recovery::config::{ConfigError, Env, stripe_config};
use stripe_recovery::stripe::client::StripeConfig;

#[derive(Debug, Clone)]
pub struct CancellerConfig {
    /// Required on Lambda; `None` (the local runner without a key) makes every
    /// cancellation a dry run that only says what it would do.
    pub stripe: Option<StripeConfig>,
}

impl CancellerConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        Ok(Self {
            stripe: Some(stripe_config(env)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_required_on_lambda() {
        let err = CancellerConfig::from_env(&Env::from_pairs([("STRIPE_API_BASE", "x")]));
        assert_eq!(err.unwrap_err(), ConfigError::Missing("STRIPE_SECRET_KEY"));
        let config =
            CancellerConfig::from_env(&Env::from_pairs([("STRIPE_SECRET_KEY", "rk_test_1")]))
                .unwrap();
        assert!(config.stripe.is_some());
    }
}
