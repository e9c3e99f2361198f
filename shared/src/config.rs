//! Configuration, read and validated once at init. A missing or invalid variable stops
//! the function with a message naming it; values of secrets never appear in messages.

use std::collections::HashSet;

use crate::checkout::{CheckoutMode, CheckoutPolicy, MAX_EXPIRES_MINUTES, MIN_EXPIRES_MINUTES};
use crate::stripe::client::{DEFAULT_API_BASE, DEFAULT_API_VERSION, SecretKey, StripeConfig};
use crate::stripe::signature::{DEFAULT_TOLERANCE_SECS, WebhookSecret};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0} is not set")]
    Missing(&'static str),
    #[error("configuration: {var} is invalid: {reason}")]
    Invalid { var: &'static str, reason: String },
}

/// Reads variables through `lookup` (the process environment in production, a table in
/// tests). Empty values count as unset.
pub struct Env<F>(F);

impl Env<fn(&str) -> Option<String>> {
    pub fn process() -> Self {
        Env(|name| std::env::var(name).ok())
    }
}

impl<F: Fn(&str) -> Option<String>> Env<F> {
    pub fn from_lookup(lookup: F) -> Self {
        Env(lookup)
    }

    pub fn optional(&self, var: &str) -> Option<String> {
        (self.0)(var)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }

    pub fn required(&self, var: &'static str) -> Result<String, ConfigError> {
        self.optional(var).ok_or(ConfigError::Missing(var))
    }

    pub fn parsed_or<T: std::str::FromStr>(
        &self,
        var: &'static str,
        default: T,
    ) -> Result<T, ConfigError>
    where
        T::Err: std::fmt::Display,
    {
        match self.optional(var) {
            None => Ok(default),
            Some(raw) => raw.parse().map_err(|e: T::Err| ConfigError::Invalid {
                var,
                reason: e.to_string(),
            }),
        }
    }
}

/// Configuration of the webhook intake function.
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    pub table_name: String,
    pub secrets: Vec<WebhookSecret>,
    pub tolerance_secs: u64,
}

impl WebhookConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        Ok(Self {
            table_name: env.required("TABLE_NAME")?,
            secrets: webhook_secrets(env)?,
            tolerance_secs: env
                .parsed_or("STRIPE_WEBHOOK_TOLERANCE_SECS", DEFAULT_TOLERANCE_SECS)?,
        })
    }
}

/// `STRIPE_WEBHOOK_SECRETS`: one or more comma-separated `whsec_…` secrets.
pub fn webhook_secrets<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
) -> Result<Vec<WebhookSecret>, ConfigError> {
    const VAR: &str = "STRIPE_WEBHOOK_SECRETS";
    env.required(VAR)?
        .split(',')
        .enumerate()
        .map(|(i, secret)| {
            WebhookSecret::parse(secret).map_err(|e| ConfigError::Invalid {
                var: VAR,
                reason: format!("secret #{} {e}", i + 1),
            })
        })
        .collect()
}

/// `STRIPE_SECRET_KEY`, `STRIPE_API_BASE`, `STRIPE_API_VERSION`.
pub fn stripe_config<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
) -> Result<StripeConfig, ConfigError> {
    let secret_key = SecretKey::parse(&env.required("STRIPE_SECRET_KEY")?).map_err(|e| {
        ConfigError::Invalid {
            var: "STRIPE_SECRET_KEY",
            reason: e.to_string(),
        }
    })?;
    let api_base = match env.optional("STRIPE_API_BASE") {
        None => DEFAULT_API_BASE.to_owned(),
        Some(base) => absolute_url("STRIPE_API_BASE", &base)?
            .trim_end_matches('/')
            .to_owned(),
    };
    Ok(StripeConfig {
        secret_key,
        api_base,
        api_version: env
            .optional("STRIPE_API_VERSION")
            .unwrap_or_else(|| DEFAULT_API_VERSION.to_owned()),
    })
}

fn absolute_url(var: &'static str, value: &str) -> Result<String, ConfigError> {
    let has_host = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    if has_host && !value.contains(char::is_whitespace) {
        Ok(value.to_owned())
    } else {
        Err(ConfigError::Invalid {
            var,
            reason: "must be an absolute http(s) URL".into(),
        })
    }
}

/// Configuration of the create-session function.
#[derive(Debug, Clone)]
pub struct CheckoutConfig {
    pub stripe: StripeConfig,
    pub policy: CheckoutPolicy,
    /// Origins allowed to call from a browser (CORS); empty means none.
    pub allowed_origins: Vec<String>,
}

impl CheckoutConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        let allowed_prices: HashSet<String> = list(&env.required("ALLOWED_PRICES")?);
        if let Some(bad) = allowed_prices.iter().find(|p| !p.starts_with("price_")) {
            return Err(ConfigError::Invalid {
                var: "ALLOWED_PRICES",
                reason: format!("{bad:?} is not a price id (price_…)"),
            });
        }
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
            stripe: stripe_config(env)?,
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

/// Configuration of the recovery mailer.
#[derive(Debug, Clone)]
pub struct MailerConfig {
    pub table_name: String,
    /// `SENDER_EMAIL`: a verified SES identity, `shop@example.com` or `Shop <shop@example.com>`.
    pub sender: String,
    pub ses_configuration_set: Option<String>,
    pub cooldown_hours: u32,
    pub promo_code: Option<String>,
    pub unsubscribe_url: Option<String>,
    /// For re-fetching events stored without their object; optional.
    pub stripe: Option<StripeConfig>,
}

impl MailerConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        let sender = env.required("SENDER_EMAIL")?;
        let address = sender
            .rsplit_once('<')
            .map(|(_, rest)| rest.trim_end_matches('>'))
            .unwrap_or(&sender);
        if !crate::checkout::is_plausible_email(address.trim()) {
            return Err(ConfigError::Invalid {
                var: "SENDER_EMAIL",
                reason: "must be an address, or `Name <address>`".into(),
            });
        }
        let cooldown_hours: u32 = env.parsed_or("RECOVERY_EMAIL_COOLDOWN_HOURS", 24)?;
        if cooldown_hours == 0 {
            return Err(ConfigError::Invalid {
                var: "RECOVERY_EMAIL_COOLDOWN_HOURS",
                reason: "must be at least 1".into(),
            });
        }
        Ok(Self {
            table_name: env.required("TABLE_NAME")?,
            sender,
            ses_configuration_set: env.optional("SES_CONFIGURATION_SET"),
            cooldown_hours,
            promo_code: env.optional("RECOVERY_PROMO_CODE"),
            unsubscribe_url: env
                .optional("UNSUBSCRIBE_URL")
                .map(|url| absolute_url("UNSUBSCRIBE_URL", &url))
                .transpose()?,
            stripe: match env.optional("STRIPE_SECRET_KEY") {
                Some(_) => Some(stripe_config(env)?),
                None => None,
            },
        })
    }
}

/// Configuration of the setup-intent canceller: only how to reach Stripe.
#[derive(Debug, Clone)]
pub struct CancellerConfig {
    pub stripe: StripeConfig,
}

impl CancellerConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        Ok(Self {
            stripe: stripe_config(env)?,
        })
    }
}

fn list<C: FromIterator<String>>(value: &str) -> C {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env<impl Fn(&str) -> Option<String>> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Env::from_lookup(move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    const OK_SECRET: &str = "whsec_test_config";

    #[test]
    fn webhook_config_table() {
        // (variables, expected (secret count, tolerance) or error)
        type Case<'a> = (&'a [(&'a str, &'a str)], Result<(usize, u64), ConfigError>);
        let cases: &[Case] = &[
            (
                &[("TABLE_NAME", "t"), ("STRIPE_WEBHOOK_SECRETS", OK_SECRET)],
                Ok((1, 300)),
            ),
            (
                &[
                    ("TABLE_NAME", "t"),
                    ("STRIPE_WEBHOOK_SECRETS", "whsec_test_a, whsec_test_b"),
                    ("STRIPE_WEBHOOK_TOLERANCE_SECS", "60"),
                ],
                Ok((2, 60)),
            ),
            (
                &[("STRIPE_WEBHOOK_SECRETS", OK_SECRET)],
                Err(ConfigError::Missing("TABLE_NAME")),
            ),
            (
                &[("TABLE_NAME", " "), ("STRIPE_WEBHOOK_SECRETS", OK_SECRET)],
                Err(ConfigError::Missing("TABLE_NAME")),
            ),
            (
                &[("TABLE_NAME", "t")],
                Err(ConfigError::Missing("STRIPE_WEBHOOK_SECRETS")),
            ),
            (
                &[
                    ("TABLE_NAME", "t"),
                    ("STRIPE_WEBHOOK_SECRETS", "whsec_test_a,sk_test_oops"),
                ],
                Err(ConfigError::Invalid {
                    var: "STRIPE_WEBHOOK_SECRETS",
                    reason: "secret #2 does not start with `whsec_`".into(),
                }),
            ),
            (
                &[
                    ("TABLE_NAME", "t"),
                    ("STRIPE_WEBHOOK_SECRETS", "whsec_test_a,,"),
                ],
                Err(ConfigError::Invalid {
                    var: "STRIPE_WEBHOOK_SECRETS",
                    reason: "secret #2 is empty".into(),
                }),
            ),
            (
                &[
                    ("TABLE_NAME", "t"),
                    ("STRIPE_WEBHOOK_SECRETS", OK_SECRET),
                    ("STRIPE_WEBHOOK_TOLERANCE_SECS", "-5"),
                ],
                Err(ConfigError::Invalid {
                    var: "STRIPE_WEBHOOK_TOLERANCE_SECS",
                    reason: "invalid digit found in string".into(),
                }),
            ),
        ];
        for (vars, expected) in cases {
            let got =
                WebhookConfig::from_env(&env(vars)).map(|c| (c.secrets.len(), c.tolerance_secs));
            assert_eq!(&got, expected, "vars: {vars:?}");
        }
    }

    #[test]
    fn errors_name_the_variable_and_never_the_secret() {
        let err = WebhookConfig::from_env(&env(&[
            ("TABLE_NAME", "t"),
            ("STRIPE_WEBHOOK_SECRETS", "sk_test_leak_me"),
        ]))
        .unwrap_err()
        .to_string();
        assert!(err.contains("STRIPE_WEBHOOK_SECRETS"), "{err}");
        assert!(!err.contains("leak_me"), "{err}");
    }

    fn checkout_env(
        overrides: &[(&'static str, &'static str)],
    ) -> Vec<(&'static str, &'static str)> {
        let mut vars = vec![
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
        ];
        for (overrides, var) in cases {
            let err = CheckoutConfig::from_env(&env(&checkout_env(overrides))).unwrap_err();
            assert!(err.to_string().contains(var), "{overrides:?}: {err}");
            assert!(!err.to_string().contains("pk_test_public"), "{err}");
        }
        let missing = CheckoutConfig::from_env(&env(&[])).unwrap_err();
        assert_eq!(missing, ConfigError::Missing("ALLOWED_PRICES"));
    }

    #[test]
    fn mailer_config_table() {
        let base = [
            ("TABLE_NAME", "t"),
            ("SENDER_EMAIL", "Shop <shop@example.com>"),
        ];
        let config = MailerConfig::from_env(&env(&base)).unwrap();
        assert_eq!(config.cooldown_hours, 24);
        assert!(config.stripe.is_none() && config.promo_code.is_none());
        let errors: &[(&[(&str, &str)], &str)] = &[
            (&[("TABLE_NAME", "t")], "SENDER_EMAIL"),
            (
                &[("TABLE_NAME", "t"), ("SENDER_EMAIL", "shop")],
                "SENDER_EMAIL",
            ),
            (
                &[
                    ("TABLE_NAME", "t"),
                    ("SENDER_EMAIL", "shop@example.com"),
                    ("RECOVERY_EMAIL_COOLDOWN_HOURS", "0"),
                ],
                "RECOVERY_EMAIL_COOLDOWN_HOURS",
            ),
            (
                &[
                    ("TABLE_NAME", "t"),
                    ("SENDER_EMAIL", "shop@example.com"),
                    ("UNSUBSCRIBE_URL", "mailto:x"),
                ],
                "UNSUBSCRIBE_URL",
            ),
            (
                &[
                    ("TABLE_NAME", "t"),
                    ("SENDER_EMAIL", "shop@example.com"),
                    ("STRIPE_SECRET_KEY", "pk_live_x"),
                ],
                "STRIPE_SECRET_KEY",
            ),
        ];
        for (vars, var) in errors {
            let err = MailerConfig::from_env(&env(vars)).unwrap_err();
            assert!(err.to_string().contains(var), "{vars:?}: {err}");
        }
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
        ])))
        .unwrap();
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
