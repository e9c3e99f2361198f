//! The webhook's configuration: where the inbox is and how to verify Stripe.

use stripe_recovery::config::{ConfigError, Env, webhook_secrets};
use stripe_recovery::stripe::signature::{DEFAULT_TOLERANCE_SECS, WebhookSecret};

#[derive(Debug, Clone)]
pub struct WebhookConfig {
    /// `TABLE_NAME`: the inbox table.
    pub table_name: String,
    /// `STRIPE_WEBHOOK_SECRETS`: one or more `whsec_…`, comma-separated.
    pub secrets: Vec<WebhookSecret>,
    /// `STRIPE_WEBHOOK_TOLERANCE_SECS`: accepted age of the signed timestamp.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&'static str, &'static str)]) -> Env<impl Fn(&str) -> Option<String>> {
        Env::from_pairs(pairs.iter().copied())
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
