//! Billing recovery's configuration: the table, the transactional sender, the portal
//! links it mints, which mails are on, and when a failure alerts operations.

use stripe_recovery::config::{ConfigError, Env, holdout, https_url, recipient_keyer};
use stripe_recovery::holdout::Holdout;
use stripe_recovery::mail::{Sender, Shop};
use stripe_recovery::portal::PortalLinks;
use stripe_recovery::recipient::RecipientKeyer;
use stripe_recovery::setup_link::SetupLinks;

use crate::decide::{AlertThresholds, BillingKind, ReminderCap};
use crate::policy::{Defaults, MOST_REMINDER_DAYS, MOST_REMINDERS, Policy};

#[derive(Debug, Clone)]
pub struct BillingConfig {
    /// `TABLE_NAME`: the inbox table, which holds the dunning records too.
    pub table_name: String,
    /// `BILLING_SENDER_EMAIL`: the transactional sender, apart from the promotional one
    /// (`SENDER_EMAIL`), as mailbox providers ask.
    pub sender: Sender,
    /// `SHOP_NAME`, `SHOP_LOGO_URL`, `SHOP_ADDRESS`: who is writing.
    pub shop: Shop,
    pub ses_configuration_set: Option<String>,
    /// `PORTAL_LINK_URL`, `PORTAL_LINK_SECRET`, `PORTAL_LINK_TTL_DAYS`.
    pub portal_links: PortalLinks,
    /// `SETUP_LINK_URL`, `SETUP_LINK_SECRET` (both or neither): the links to the page
    /// that confirms a pending SetupIntent; `None`: that mail is skipped
    /// (`no_setup_link`).
    pub setup_links: Option<SetupLinks>,
    /// `BILLING_MAILS`: the kinds that are sent (default: `BillingKind::DEFAULT`, every
    /// kind but the notices).
    pub mails: Vec<BillingKind>,
    /// `RESUBSCRIBE_URL`: the merchant's page to subscribe again, linked from the
    /// cancellation confirmation; `None`: the mail has no such link.
    pub resubscribe_url: Option<String>,
    /// `BILLING_MAX_REMINDERS` (default 2) and `BILLING_REMINDER_MIN_DAYS` (default 3):
    /// the reminders between an invoice's first failure mail and its final notice.
    pub reminders: ReminderCap,
    /// `BILLING_ALERT_AMOUNTS`.
    pub alert_thresholds: AlertThresholds,
    /// `ALERT_TOPIC_ARN`: the SNS topic alerts go to; required when the policy alerts
    /// anyone, and `None` when it does not.
    pub alert_topic_arn: Option<String>,
    /// `ALERT_TOPIC_ARN` as set, whether or not the policy alerts: a policy set later
    /// may.
    configured_topic_arn: Option<String>,
    /// `BILLING_SEGMENT_SENDERS`: the addresses besides `BILLING_SENDER_EMAIL` that the
    /// template lets billing recovery send from (its `BillingSegmentSenders`), each a
    /// policy segment's `sender`; a policy naming any other (spelled otherwise: IAM
    /// compares exactly) is refused at init, as SES would refuse its every mail.
    allowed_senders: Vec<String>,
    /// Whether `PORTAL_RETENTION_COUPON` is set (portal-link offers it): a policy that
    /// links the offer from its mails (`retention_offer_in`) needs one to offer.
    retention_coupon: bool,
    /// `ALERT_WEBHOOK_URL` (a secret: deployed, from Secrets Manager through
    /// `ALERT_WEBHOOK_URL_SECRET_ARN`): a Slack-compatible incoming webhook the team
    /// alerts also go to; https only.
    pub alert_webhook_url: Option<String>,
    /// `HOLDOUT_PERCENT` (default 0) and `RECIPIENT_KEY_PEPPER` (required when it is not
    /// 0): who is held out of the mails that seek payment, by the same peppered key as
    /// the cart mails, so a person is in one group for every flow.
    pub holdout: Option<Holdout>,
    /// `RECIPIENT_KEY_PEPPER`: how recipients are keyed in the table (the holdout's
    /// draw, and the addresses SES reported as bouncing for good).
    pub recipient_keys: RecipientKeyer,
    /// The recovery policy built in (`policies/recovery.toml`), its segments' left-out
    /// keys filled from the four settings above.
    pub policy: Policy,
}

impl BillingConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        let sender = Sender::parse(&env.required("BILLING_SENDER_EMAIL")?).map_err(|e| {
            ConfigError::Invalid {
                var: "BILLING_SENDER_EMAIL",
                reason: e.to_string(),
            }
        })?;
        let alert_thresholds =
            AlertThresholds::parse(&env.optional("BILLING_ALERT_AMOUNTS").unwrap_or_default())
                .map_err(|e| ConfigError::Invalid {
                    var: "BILLING_ALERT_AMOUNTS",
                    reason: e.to_string(),
                })?;
        let defaults = Defaults {
            mails: mails(env.optional("BILLING_MAILS").as_deref())?,
            reminders: reminders(env)?,
            alert_thresholds,
        };
        let policy = Policy::built_in(&defaults).map_err(|e| ConfigError::Invalid {
            var: "the recovery policy",
            reason: e.to_string(),
        })?;
        let mut config = Self {
            table_name: env.required("TABLE_NAME")?,
            sender,
            shop: Shop::from_env(env)?,
            ses_configuration_set: env.optional("SES_CONFIGURATION_SET"),
            portal_links: PortalLinks::from_env(env)?,
            setup_links: SetupLinks::from_env(env)?,
            mails: defaults.mails,
            reminders: defaults.reminders,
            alert_thresholds: defaults.alert_thresholds,
            alert_topic_arn: None,
            configured_topic_arn: env.optional("ALERT_TOPIC_ARN"),
            retention_coupon: env.optional("PORTAL_RETENTION_COUPON").is_some(),
            allowed_senders: env
                .optional("BILLING_SEGMENT_SENDERS")
                .unwrap_or_default()
                .split(',')
                .map(|address| address.trim().to_owned())
                .filter(|address| !address.is_empty())
                .collect(),
            alert_webhook_url: alert_webhook_url(env)?,
            holdout: Some(holdout(env)?).filter(|share| !share.is_off()),
            recipient_keys: recipient_keyer(env)?,
            resubscribe_url: env
                .optional("RESUBSCRIBE_URL")
                .map(|url| resubscribe_url(&url))
                .transpose()?,
            policy: Policy {
                segments: Vec::new(),
            },
        };
        config.set_policy(policy)?;
        Ok(config)
    }

    /// The deployment's settings a policy's segments fill their left-out keys from.
    pub fn defaults(&self) -> Defaults {
        Defaults {
            mails: self.mails.clone(),
            reminders: self.reminders,
            alert_thresholds: self.alert_thresholds.clone(),
        }
    }

    /// Reads the policy `text` (`file` names it in errors) with this deployment's
    /// settings and uses it instead of the built-in one.
    pub fn use_policy(&mut self, file: &str, text: &str) -> Result<(), ConfigError> {
        let policy =
            Policy::parse(file, text, &self.defaults()).map_err(|e| ConfigError::Invalid {
                var: "the recovery policy",
                reason: e.to_string(),
            })?;
        self.set_policy(policy)
    }

    /// Uses `policy` instead of the built-in one (the example policies' tests, and
    /// `local simulate`). Without alerts nothing is ever published: no topic, so no SNS
    /// client is built at init (the template always passes the alarm topic).
    pub fn set_policy(&mut self, policy: Policy) -> Result<(), ConfigError> {
        let alerts = policy.segments.iter().any(|s| s.alerts.any());
        if alerts && self.configured_topic_arn.is_none() {
            return Err(ConfigError::Invalid {
                var: "ALERT_TOPIC_ARN",
                reason: "required when BILLING_ALERT_AMOUNTS is set or the policy alerts".into(),
            });
        }
        // Exactly as IAM compares `ses:FromAddress`.
        let allowed = |sender: &Sender| {
            let address = sender.address();
            address == self.sender.address() || self.allowed_senders.iter().any(|a| a == address)
        };
        if let Some(segment) = policy
            .segments
            .iter()
            .find(|s| s.sender.as_ref().is_some_and(|sender| !allowed(sender)))
        {
            // The address is not repeated: errors are logged.
            return Err(ConfigError::Invalid {
                var: "BILLING_SEGMENT_SENDERS",
                reason: format!(
                    "segment {:?} (line {}) sends from an address not listed here (the template's BillingSegmentSenders): SES would refuse its every mail",
                    segment.name, segment.line
                ),
            });
        }
        if let Some(segment) = policy
            .segments
            .iter()
            .find(|s| !s.retention_offer_in.is_empty())
            .filter(|_| !self.retention_coupon)
        {
            return Err(ConfigError::Invalid {
                var: "PORTAL_RETENTION_COUPON",
                reason: format!(
                    "segment {:?} (line {}) links the retention offer from its mails, and there is no coupon to offer (the template's PortalRetentionCoupon)",
                    segment.name, segment.line
                ),
            });
        }
        self.alert_topic_arn = self.configured_topic_arn.clone().filter(|_| alerts);
        self.policy = policy;
        Ok(())
    }
}

/// `ALERT_WEBHOOK_URL`: an https URL with a host. The reason never quotes it (a secret).
fn alert_webhook_url<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
) -> Result<Option<String>, ConfigError> {
    let Some(url) = env.optional("ALERT_WEBHOOK_URL") else {
        return Ok(None);
    };
    let url = url.trim();
    let host = url
        .strip_prefix("https://")
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .unwrap_or_default();
    if host.is_empty() || url.chars().any(char::is_whitespace) {
        return Err(ConfigError::Invalid {
            var: "ALERT_WEBHOOK_URL",
            reason: "not an https:// URL with a host (the value is a secret and is not shown)"
                .into(),
        });
    }
    Ok(Some(url.to_owned()))
}

/// `BILLING_MAX_REMINDERS` and `BILLING_REMINDER_MIN_DAYS`.
fn reminders<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<ReminderCap, ConfigError> {
    let default = ReminderCap::default();
    let number = |var: &'static str, most: u8| -> Result<Option<u8>, ConfigError> {
        let Some(value) = env.optional(var) else {
            return Ok(None);
        };
        value
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|n| *n <= most)
            .map(Some)
            .ok_or_else(|| ConfigError::Invalid {
                var,
                reason: format!(
                    "{:?} is not a whole number from 0 to {most}",
                    value.chars().take(20).collect::<String>()
                ),
            })
    };
    let max_reminders = number("BILLING_MAX_REMINDERS", MOST_REMINDERS)?;
    let min_days = number("BILLING_REMINDER_MIN_DAYS", MOST_REMINDER_DAYS)?;
    Ok(ReminderCap {
        max_reminders: max_reminders.unwrap_or(default.max_reminders),
        min_gap_secs: min_days.map_or(default.min_gap_secs, |days| i64::from(days) * 86_400),
    })
}

/// `RESUBSCRIBE_URL`: an `https://` page that goes into a mail's `href` as it is (a query
/// is fine: the merchant's page may name a plan).
fn resubscribe_url(value: &str) -> Result<String, ConfigError> {
    https_url("RESUBSCRIBE_URL", value, "it goes into the mail as it is")
}

/// `BILLING_MAILS`: comma-separated kinds, `none`, or unset for `BillingKind::DEFAULT`.
fn mails(value: Option<&str>) -> Result<Vec<BillingKind>, ConfigError> {
    let Some(value) = value.map(str::trim) else {
        return Ok(BillingKind::DEFAULT.to_vec());
    };
    if value.eq_ignore_ascii_case("none") {
        return Ok(Vec::new());
    }
    let mut kinds = Vec::new();
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let kind = BillingKind::parse(name).ok_or_else(|| ConfigError::Invalid {
            var: "BILLING_MAILS",
            reason: format!(
                "unknown kind {:?}; the kinds are {} (or none)",
                name.chars().take(40).collect::<String>(),
                BillingKind::ALL.map(BillingKind::as_str).join(", ")
            ),
        })?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    if kinds.is_empty() {
        return Err(ConfigError::Invalid {
            var: "BILLING_MAILS",
            reason: "empty: list the kinds to send, or none".into(),
        });
    }
    Ok(kinds)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: [(&str, &str); 7] = [
        ("SHOP_NAME", "Shop"),
        (
            "RECIPIENT_KEY_PEPPER",
            "recipient-key-pepper-for-unit-tests-00",
        ),
        ("TABLE_NAME", "t"),
        ("BILLING_SENDER_EMAIL", "Billing <billing@example.com>"),
        ("PORTAL_LINK_URL", "https://api.example/billing/portal"),
        (
            "PORTAL_LINK_SECRET",
            "portal-link-secret-for-unit-tests-000",
        ),
        ("SES_CONFIGURATION_SET", "transactional"),
    ];

    fn config(overrides: &[(&'static str, &'static str)]) -> Result<BillingConfig, ConfigError> {
        let mut vars: Vec<(&str, &str)> = BASE.to_vec();
        vars.retain(|(k, _)| !overrides.iter().any(|(o, _)| o == k));
        vars.extend(overrides.iter().filter(|(_, v)| !v.is_empty()));
        BillingConfig::from_env(&Env::from_pairs(vars))
    }

    #[test]
    fn defaults_send_every_kind_but_the_notices_and_alert_nobody() {
        let config = config(&[]).unwrap();
        assert_eq!(config.mails, BillingKind::DEFAULT);
        for notice in [
            BillingKind::RenewalReminder,
            BillingKind::PaymentRecovered,
            BillingKind::CancellationConfirmation,
        ] {
            assert!(!config.mails.contains(&notice), "{notice}");
        }
        assert_eq!(config.resubscribe_url, None);
        assert_eq!(config.sender.address(), "billing@example.com");
        assert!(config.alert_thresholds.is_empty() && config.alert_topic_arn.is_none());
        assert!(config.alert_webhook_url.is_none());
        let hook = "https://hooks.slack.example/services/T0/B0/short";
        assert_eq!(
            self::config(&[("ALERT_WEBHOOK_URL", hook)])
                .unwrap()
                .alert_webhook_url
                .as_deref(),
            Some(hook)
        );
        assert_eq!(
            config.ses_configuration_set.as_deref(),
            Some("transactional")
        );
    }

    #[test]
    fn a_segments_sender_must_be_one_the_template_allows() {
        let policy =
            "version = 1\n[[segment]]\nname = \"eu\"\nsender = \"EU <Billing-EU@example.com>\"\n";
        let mut config = config(&[]).unwrap();
        let refused = config.use_policy("p.toml", policy).unwrap_err().to_string();
        assert!(refused.contains("BILLING_SEGMENT_SENDERS"), "{refused}");
        assert!(refused.contains("segment \"eu\" (line 2)"), "{refused}");
        assert!(
            !refused.contains("example.com"),
            "no address in logs: {refused}"
        );
        // Spelled otherwise is not the same to IAM.
        let mut elsewise =
            self::config(&[("BILLING_SEGMENT_SENDERS", "billing-eu@example.com")]).unwrap();
        assert!(elsewise.use_policy("p.toml", policy).is_err());
        let mut allowed = self::config(&[(
            "BILLING_SEGMENT_SENDERS",
            "other@example.com, Billing-EU@example.com",
        )])
        .unwrap();
        allowed.use_policy("p.toml", policy).unwrap();
        let sender = allowed.policy.segments[0].sender.as_ref().unwrap();
        assert_eq!(sender.address(), "Billing-EU@example.com");
        // The deployment's own sender needs no listing.
        let own =
            "version = 1\n[[segment]]\nname = \"a\"\nsender = \"Accounts <billing@example.com>\"\n";
        config.use_policy("p.toml", own).unwrap();
    }

    #[test]
    fn a_retention_offer_in_a_mail_needs_a_coupon_to_offer() {
        let policy = "version = 1\n[[segment]]\nname = \"trials\"\nretention_offer_in = [\"trial_ending\"]\n";
        let refused = config(&[])
            .unwrap()
            .use_policy("p.toml", policy)
            .unwrap_err()
            .to_string();
        assert!(refused.contains("PORTAL_RETENTION_COUPON"), "{refused}");
        assert!(refused.contains("segment \"trials\" (line 2)"), "{refused}");
        let mut offered = config(&[("PORTAL_RETENTION_COUPON", "STAY20")]).unwrap();
        offered.use_policy("p.toml", policy).unwrap();
        assert_eq!(
            offered.policy.segments[0].retention_offer_in,
            [BillingKind::TrialEnding]
        );
    }

    #[test]
    fn reminders_default_to_two_three_days_apart_and_can_be_changed() {
        assert_eq!(config(&[]).unwrap().reminders, ReminderCap::default());
        assert_eq!(
            ReminderCap::default(),
            ReminderCap {
                max_reminders: 2,
                min_gap_secs: 3 * 86_400
            }
        );
        let set = config(&[
            ("BILLING_MAX_REMINDERS", "0"),
            ("BILLING_REMINDER_MIN_DAYS", " 7 "),
        ])
        .unwrap();
        assert_eq!(
            set.reminders,
            ReminderCap {
                max_reminders: 0,
                min_gap_secs: 7 * 86_400
            }
        );
    }

    #[test]
    fn the_kinds_switched_on() {
        let only =
            config(&[("BILLING_MAILS", "card_expiring, trial_ending,card_expiring")]).unwrap();
        assert_eq!(
            only.mails,
            [BillingKind::CardExpiring, BillingKind::TrialEnding]
        );
        assert!(
            config(&[("BILLING_MAILS", "none")])
                .unwrap()
                .mails
                .is_empty()
        );
        let notices = config(&[(
            "BILLING_MAILS",
            "payment_failed,renewal_reminder,payment_recovered,cancellation_confirmation",
        )])
        .unwrap();
        assert_eq!(
            notices.mails,
            [
                BillingKind::PaymentFailed,
                BillingKind::RenewalReminder,
                BillingKind::PaymentRecovered,
                BillingKind::CancellationConfirmation
            ]
        );
        let resubscribe = config(&[(
            "RESUBSCRIBE_URL",
            " https://shop.example/pricing?plan=yearly&from=mail ",
        )])
        .unwrap();
        assert_eq!(
            resubscribe.resubscribe_url.as_deref(),
            Some("https://shop.example/pricing?plan=yearly&from=mail")
        );
        let alerts = config(&[
            ("BILLING_ALERT_AMOUNTS", "usd:50000"),
            (
                "ALERT_TOPIC_ARN",
                "arn:aws:sns:us-east-1:123456789012:alarms",
            ),
        ])
        .unwrap();
        assert!(alerts.alert_thresholds.reached(50_000, "usd"));
        assert!(alerts.alert_topic_arn.is_some());
        let topic_only = config(&[(
            "ALERT_TOPIC_ARN",
            "arn:aws:sns:us-east-1:123456789012:alarms",
        )])
        .unwrap();
        assert!(
            topic_only.alert_topic_arn.is_none(),
            "no thresholds: no alerts"
        );
    }

    #[test]
    fn bad_settings_stop_init_naming_the_variable() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("BILLING_SENDER_EMAIL", "")], "BILLING_SENDER_EMAIL"),
            (
                &[("BILLING_SENDER_EMAIL", "Billing <billing@x")],
                "BILLING_SENDER_EMAIL",
            ),
            (&[("TABLE_NAME", "")], "TABLE_NAME"),
            (&[("SHOP_NAME", "")], "SHOP_NAME"),
            (&[("PORTAL_LINK_URL", "")], "PORTAL_LINK_URL"),
            (
                &[("PORTAL_LINK_URL", "http://api.example/p")],
                "PORTAL_LINK_URL",
            ),
            (&[("PORTAL_LINK_SECRET", "short")], "PORTAL_LINK_SECRET"),
            (&[("PORTAL_LINK_TTL_DAYS", "0")], "PORTAL_LINK_TTL_DAYS"),
            (
                &[("BILLING_MAILS", "payment_failed,dunning")],
                "BILLING_MAILS",
            ),
            (&[("BILLING_MAILS", " , ")], "BILLING_MAILS"),
            (
                &[("BILLING_ALERT_AMOUNTS", "usd:lots")],
                "BILLING_ALERT_AMOUNTS",
            ),
            (&[("BILLING_ALERT_AMOUNTS", "usd:50000")], "ALERT_TOPIC_ARN"),
            (&[("BILLING_MAX_REMINDERS", "-1")], "BILLING_MAX_REMINDERS"),
            (&[("BILLING_MAX_REMINDERS", "9")], "BILLING_MAX_REMINDERS"),
            (&[("BILLING_MAX_REMINDERS", "two")], "BILLING_MAX_REMINDERS"),
            (
                &[("BILLING_REMINDER_MIN_DAYS", "31")],
                "BILLING_REMINDER_MIN_DAYS",
            ),
            (
                &[("BILLING_REMINDER_MIN_DAYS", "1.5")],
                "BILLING_REMINDER_MIN_DAYS",
            ),
            (
                &[("ALERT_WEBHOOK_URL", "http://hooks.example/short")],
                "ALERT_WEBHOOK_URL",
            ),
            (
                &[("ALERT_WEBHOOK_URL", "https:///short")],
                "ALERT_WEBHOOK_URL",
            ),
            (
                &[("RESUBSCRIBE_URL", "http://shop.example/pricing")],
                "RESUBSCRIBE_URL",
            ),
            (&[("RESUBSCRIBE_URL", "/pricing")], "RESUBSCRIBE_URL"),
            (
                &[("RESUBSCRIBE_URL", "https://shop.example/\"><script>")],
                "RESUBSCRIBE_URL",
            ),
            (
                &[("RESUBSCRIBE_URL", "https://shop.example/a b")],
                "RESUBSCRIBE_URL",
            ),
        ];
        for (overrides, var) in cases {
            let err = config(overrides).unwrap_err();
            assert!(err.to_string().contains(var), "{overrides:?}: {err}");
            assert!(!err.to_string().contains("short"), "{err}");
        }
    }
}
