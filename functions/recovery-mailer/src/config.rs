//! The recovery mailer's configuration: the table, the sender, and the mail's settings.

use stripe_recovery::config::{
    ConfigError, Env, holdout, link_base_url, optional_stripe_config, recipient_keyer, token_signer,
};
use stripe_recovery::holdout::Holdout;
use stripe_recovery::mail::{Sender, Shop};
use stripe_recovery::recipient::RecipientKeyer;
use stripe_recovery::recovery::RecoverySteps;
use stripe_recovery::signed::Purpose;
use stripe_recovery::stripe::client::StripeConfig;
use stripe_recovery::unsubscribe::UnsubscribeLinks;

#[derive(Debug, Clone)]
pub struct MailerConfig {
    /// `TABLE_NAME`: the inbox table, which holds the mailer's state too.
    pub table_name: String,
    /// `SENDER_EMAIL`: a verified SES identity, `shop@example.com`, `Shop <shop@example.com>`
    /// or `"Shop, Inc" <shop@example.com>`; the name may be any Unicode text.
    pub sender: Sender,
    /// `SHOP_NAME`, `SHOP_LOGO_URL`, `SHOP_ADDRESS`: who is writing.
    pub shop: Shop,
    pub ses_configuration_set: Option<String>,
    pub cooldown_hours: u32,
    pub promo_code: Option<String>,
    /// `RECOVERY_PROMO_CODE_LAST_STEP` (default false): the promo code only in the
    /// sequence's last mail.
    pub promo_code_last_step: bool,
    /// `RECOVERY_STEPS` (default `0h,24h,72h`): when each mail of a cart's sequence goes
    /// after the session expired.
    pub steps: RecoverySteps,
    /// `UNSUBSCRIBE_URL` (the unsubscribe function's route) and `UNSUBSCRIBE_LINK_SECRET`:
    /// every promotional mail carries its recipient's one-click link.
    pub unsubscribe: UnsubscribeLinks,
    /// `RECIPIENT_KEY_PEPPER`: how recipients are keyed in the table.
    pub recipient_keys: RecipientKeyer,
    /// `HOLDOUT_PERCENT` (default 0): the share of recipients whose carts are never
    /// mailed, kept to measure what the mails recover.
    pub holdout: Holdout,
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
            shop: Shop::from_env(env)?,
            ses_configuration_set: env.optional("SES_CONFIGURATION_SET"),
            cooldown_hours,
            promo_code: env.optional("RECOVERY_PROMO_CODE"),
            promo_code_last_step: env.parsed_or("RECOVERY_PROMO_CODE_LAST_STEP", false)?,
            steps: match env.optional("RECOVERY_STEPS") {
                None => RecoverySteps::default(),
                Some(value) => {
                    RecoverySteps::parse(&value).map_err(|reason| ConfigError::Invalid {
                        var: "RECOVERY_STEPS",
                        reason,
                    })?
                }
            },
            unsubscribe: UnsubscribeLinks::new(
                link_base_url("UNSUBSCRIBE_URL", &env.required("UNSUBSCRIBE_URL")?)?,
                token_signer(env, "UNSUBSCRIBE_LINK_SECRET", Purpose::Unsubscribe)?,
            ),
            recipient_keys: recipient_keyer(env)?,
            holdout: holdout(env)?,
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
            ("SHOP_NAME", "Shop"),
            ("UNSUBSCRIBE_URL", "https://api.example/unsubscribe"),
            (
                "UNSUBSCRIBE_LINK_SECRET",
                "unsubscribe-link-secret-for-unit-tests",
            ),
            (
                "RECIPIENT_KEY_PEPPER",
                "recipient-key-pepper-for-unit-tests",
            ),
        ];
        let config = MailerConfig::from_env(&env(&base)).unwrap();
        assert_eq!(config.sender.name(), Some("Shop"));
        assert_eq!(config.sender.address(), "shop@example.com");
        assert_eq!(config.cooldown_hours, 24);
        assert!(config.stripe.is_none() && config.promo_code.is_none());
        assert!(config.holdout.is_off());
        let errors: &[(&[(&str, &str)], &str)] = &[
            (&[("SENDER_EMAIL", "")], "SENDER_EMAIL"),
            (&[("SENDER_EMAIL", "shop")], "SENDER_EMAIL"),
            (
                &[("SENDER_EMAIL", "Shop\nBcc: x@evil.test <shop@x.de>")],
                "SENDER_EMAIL",
            ),
            (&[("SENDER_EMAIL", "Shop <shop@x.de")], "SENDER_EMAIL"),
            (
                &[("RECOVERY_EMAIL_COOLDOWN_HOURS", "0")],
                "RECOVERY_EMAIL_COOLDOWN_HOURS",
            ),
            (&[("UNSUBSCRIBE_URL", "mailto:x")], "UNSUBSCRIBE_URL"),
            (
                &[("UNSUBSCRIBE_URL", "http://shop.example/u")],
                "UNSUBSCRIBE_URL",
            ),
            (&[("UNSUBSCRIBE_URL", "")], "UNSUBSCRIBE_URL"),
            (
                &[("UNSUBSCRIBE_LINK_SECRET", "")],
                "UNSUBSCRIBE_LINK_SECRET",
            ),
            (
                &[("UNSUBSCRIBE_LINK_SECRET", "short-secret")],
                "UNSUBSCRIBE_LINK_SECRET",
            ),
            (&[("RECIPIENT_KEY_PEPPER", "")], "RECIPIENT_KEY_PEPPER"),
            (
                &[("RECIPIENT_KEY_PEPPER", "short-pepper")],
                "RECIPIENT_KEY_PEPPER",
            ),
            (&[("STRIPE_SECRET_KEY", "pk_live_x")], "STRIPE_SECRET_KEY"),
            (&[("SHOP_NAME", "")], "SHOP_NAME"),
            (&[("HOLDOUT_PERCENT", "60")], "HOLDOUT_PERCENT"),
            (&[("HOLDOUT_PERCENT", "ten")], "HOLDOUT_PERCENT"),
            (
                &[("SHOP_LOGO_URL", "http://x.example/l.png")],
                "SHOP_LOGO_URL",
            ),
        ];
        for (overrides, var) in errors {
            let mut vars: Vec<(&str, &str)> = base.to_vec();
            vars.retain(|(k, _)| !overrides.iter().any(|(o, _)| o == k));
            vars.extend(overrides.iter().filter(|(_, v)| !v.is_empty()));
            let err = MailerConfig::from_env(&env(&vars)).unwrap_err();
            assert!(err.to_string().contains(var), "{overrides:?}: {err}");
            assert!(!err.to_string().contains("short-"), "{err}");
        }
    }
}
