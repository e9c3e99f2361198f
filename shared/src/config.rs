//! Configuration, read and validated once at init. A missing or invalid variable stops
//! the function with a message naming it; values of secrets never appear in messages.

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

    pub fn optional(&self, var: &'static str) -> Option<String> {
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
}
