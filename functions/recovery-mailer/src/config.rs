//! The recovery mailer's configuration: the table, the sender, and the mail's settings.

use stripe_recovery::config::{ConfigError, Env, absolute_url, optional_stripe_config};
use stripe_recovery::mail::Sender;
use stripe_recovery::stripe::client::StripeConfig;

#[derive(Debug, Clone)]
pub struct MailerConfig {
    /// `TABLE_NAME`: the inbox table, which holds the mailer's state too.
    pub table_name: String,
    /// `SENDER_EMAIL`: a verified SES identity, `shop@example.com`, `Shop <shop@example.com>`
    /// or `"Shop, Inc" <shop@example.com>`; the name may be any Unicode text.
    pub sender: Sender,
    pub ses_configuration_set: Option<String>,
    pub cooldown_hours: u32,
    pub promo_code: Option<String>,
    pub unsubscribe_url: Option<String>,
    /// For re-fetching events stored without their object; optional.
    pub stripe: Option<StripeConfig>,
}

impl MailerConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        let sender =
            Sender::parse(&env.required("SENDER_EMAIL")?).map_err(|e| ConfigError::Invalid {
                var: "SENDER_EMAIL",
                reason: e.to_string(),
            })?;
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
            stripe: optional_stripe_config(env)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&'static str, &'static str)]) -> Env<impl Fn(&str) -> Option<String>> {
        Env::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn mailer_config_table() {
        let base = [
            ("TABLE_NAME", "t"),
            ("SENDER_EMAIL", "Shop <shop@example.com>"),
        ];
        let config = MailerConfig::from_env(&env(&base)).unwrap();
        assert_eq!(config.sender.name(), Some("Shop"));
        assert_eq!(config.sender.address(), "shop@example.com");
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
                    ("SENDER_EMAIL", "Shop\nBcc: x@evil.test <shop@x.de>"),
                ],
                "SENDER_EMAIL",
            ),
            (
                &[("TABLE_NAME", "t"), ("SENDER_EMAIL", "Shop <shop@x.de")],
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
}
