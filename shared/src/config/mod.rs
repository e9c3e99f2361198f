//! Configuration, read and validated once at init. A missing or invalid variable stops
//! the function with a message naming it; values of secrets never appear in messages.
//!
//! Each function owns its configuration (`functions/<name>/src/config.rs`); this module
//! holds what they share: the lookup, the Stripe and webhook-secret readers, and the
//! URL, list and email validators. On Lambda, secrets come from Secrets Manager through
//! the same lookup (`crate::secrets`, `Env::with_secrets`).

use crate::holdout::Holdout;
use crate::recipient::RecipientKeyer;
use crate::signed::{Purpose, TokenSigner};
use crate::stripe::client::{SecretKey, StripeConfig};
use crate::stripe::signature::WebhookSecret;

pub mod variables;

pub use variables::{VARIABLES, Variable, variable};

/// A variable that is not set or not valid. Its message names the variable and, for
/// ours (`variables::VARIABLES`), says what it is for with an example value:
/// `configuration: ALLOWED_PRICES is not set: the Stripe Price ids Checkout may sell,
/// comma-separated (e.g. ALLOWED_PRICES=price_1Pq…,price_1Pr…)`.
/// Never the value that was set: it may be a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0} is not set{help}", help = Help::missing(.0))]
    Missing(&'static str),
    #[error("configuration: {var} is invalid: {reason}{help}", help = Help::invalid(.var))]
    Invalid { var: &'static str, reason: String },
}

/// What follows the error: the variable's purpose and example, when it is one of ours.
struct Help {
    variable: Option<&'static Variable>,
    missing: bool,
}

impl Help {
    fn missing(var: &str) -> Self {
        Help {
            variable: variable(var),
            missing: true,
        }
    }

    fn invalid(var: &str) -> Self {
        Help {
            variable: variable(var),
            missing: false,
        }
    }
}

impl std::fmt::Display for Help {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Some(Variable {
            name,
            purpose,
            example,
            ..
        }) = self.variable
        else {
            return Ok(());
        };
        if self.missing {
            write!(f, ": {purpose} (e.g. {name}={example})")
        } else {
            write!(f, " ({name}: {purpose}; e.g. {name}={example})")
        }
    }
}

impl ConfigError {
    /// The variable it is about.
    pub fn var(&self) -> &'static str {
        match self {
            ConfigError::Missing(var) | ConfigError::Invalid { var, .. } => var,
        }
    }
}

/// Reads variables through `lookup` (the process environment in production, a table in
/// tests). Empty values count as unset.
pub struct Env<F> {
    lookup: F,
    /// The names of its variables, where known (`process`, `from_pairs`): where
    /// `with_secrets` looks for `<NAME>_SECRET_ARN`.
    names: Vec<String>,
}

impl Env<fn(&str) -> Option<String>> {
    pub fn process() -> Self {
        Env {
            lookup: |name| std::env::var(name).ok(),
            names: std::env::vars_os()
                .filter_map(|(name, _)| name.into_string().ok())
                .collect(),
        }
    }
}

/// An `Env` over a fixed set of variables (`Env::from_pairs`).
pub type FixedEnv = Env<Box<dyn Fn(&str) -> Option<String> + Send + Sync>>;

impl FixedEnv {
    /// A fixed set of variables: for tests and for runners that set some themselves.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        let names = pairs.iter().map(|(k, _)| k.clone()).collect();
        Env {
            lookup: Box::new(move |name| {
                pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            }),
            names,
        }
    }
}

impl<F: Fn(&str) -> Option<String>> Env<F> {
    /// Variables only `lookup` knows: their names are not, so `with_secrets` finds no
    /// `<NAME>_SECRET_ARN` through it.
    pub fn from_lookup(lookup: F) -> Self {
        Env {
            lookup,
            names: Vec::new(),
        }
    }

    /// The same variables behind one type (`init::start_lambda` hands this to a
    /// function's configuration reader).
    pub fn boxed(self) -> FixedEnv
    where
        F: Send + Sync + 'static,
    {
        Env {
            lookup: Box::new(self.lookup),
            names: self.names,
        }
    }

    /// The names of its variables, where known.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// This `Env` with `values` seen before what it had (`with_secrets`).
    pub(crate) fn overlaid(
        self,
        values: Vec<(String, String)>,
    ) -> Env<impl Fn(&str) -> Option<String>> {
        let Env { lookup, mut names } = self;
        names.extend(values.iter().map(|(name, _)| name.clone()));
        Env {
            lookup: move |name: &str| {
                values
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .or_else(|| lookup(name))
            },
            names,
        }
    }

    pub fn optional(&self, var: &str) -> Option<String> {
        (self.lookup)(var)
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

/// The signer of `purpose`'s tokens from the secrets in `var`, if set: one or more,
/// comma-separated, the first signs and any verifies (rotation).
pub fn optional_token_signer<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
    var: &'static str,
    purpose: Purpose,
) -> Result<Option<TokenSigner>, ConfigError> {
    env.optional(var)
        .map(|secrets| {
            TokenSigner::new(purpose, &secrets).map_err(|e| ConfigError::Invalid {
                var,
                reason: e.to_string(),
            })
        })
        .transpose()
}

/// The signer of `purpose`'s tokens from the secrets in `var`, which must be set.
/// `RECIPIENT_KEY_PEPPER`.
pub fn recipient_keyer<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
) -> Result<RecipientKeyer, ConfigError> {
    const VAR: &str = "RECIPIENT_KEY_PEPPER";
    RecipientKeyer::new(&env.required(VAR)?).map_err(|e| ConfigError::Invalid {
        var: VAR,
        reason: e.to_string(),
    })
}

/// `HOLDOUT_PERCENT` (default 0: nobody held out).
pub fn holdout<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Holdout, ConfigError> {
    const VAR: &str = "HOLDOUT_PERCENT";
    match env.optional(VAR) {
        None => Ok(Holdout::NONE),
        Some(value) => Holdout::parse_percent(&value).map_err(|e| ConfigError::Invalid {
            var: VAR,
            reason: e.to_string(),
        }),
    }
}

pub fn token_signer<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
    var: &'static str,
    purpose: Purpose,
) -> Result<TokenSigner, ConfigError> {
    optional_token_signer(env, var, purpose)?.ok_or(ConfigError::Missing(var))
}

/// A URL we put into links people click: HTTPS, or plain HTTP on this machine only
/// (the local runner); no query or fragment, since a token is appended.
pub fn link_base_url(var: &'static str, value: &str) -> Result<String, ConfigError> {
    let url = absolute_url(var, value)?;
    let local = ["http://localhost", "http://127.0.0.1", "http://[::1]"]
        .iter()
        .any(|prefix| {
            url.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    if !url.starts_with("https://") && !local {
        return Err(ConfigError::Invalid {
            var,
            reason: "must be an https:// URL (http:// only for localhost)".into(),
        });
    }
    if url.contains(['?', '#']) {
        return Err(ConfigError::Invalid {
            var,
            reason: "must not have a query or fragment".into(),
        });
    }
    // It goes into `List-Unsubscribe: <…>` and into HTML attributes as it is.
    if !url
        .bytes()
        .all(|b| b.is_ascii_graphic() && !b"<>\"'`\\^{|}".contains(&b))
    {
        return Err(ConfigError::Invalid {
            var,
            reason: "must be plain ASCII without <, >, quotes or spaces (percent-encode them)"
                .into(),
        });
    }
    Ok(url)
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
    let mut config = StripeConfig::new(secret_key);
    if let Some(base) = env.optional("STRIPE_API_BASE") {
        config.api_base = absolute_url("STRIPE_API_BASE", &base)?
            .trim_end_matches('/')
            .to_owned();
    }
    if let Some(version) = env.optional("STRIPE_API_VERSION") {
        config.api_version = version;
    }
    Ok(config)
}

/// `stripe_config` when `STRIPE_SECRET_KEY` is set, `None` when it is not: for
/// functions that call Stripe only for some events.
pub fn optional_stripe_config<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
) -> Result<Option<StripeConfig>, ConfigError> {
    match env.optional("STRIPE_SECRET_KEY") {
        Some(_) => stripe_config(env).map(Some),
        None => Ok(None),
    }
}

/// An absolute `http(s)://host…` URL without whitespace.
pub fn absolute_url(var: &'static str, value: &str) -> Result<String, ConfigError> {
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

/// An `https://` URL of plain ASCII without `<`, `>`, quotes, backslashes or spaces: one
/// that can go into a mail's `href` or `src` as it is. The reason never quotes the value.
pub fn https_url(var: &'static str, value: &str, why: &str) -> Result<String, ConfigError> {
    let url = absolute_url(var, value.trim())?;
    let plain = url
        .bytes()
        .all(|b| b.is_ascii_graphic() && !b"<>\"'`\\".contains(&b));
    if !url.starts_with("https://") || !plain {
        return Err(ConfigError::Invalid {
            var,
            reason: format!(
                "must be an https:// URL of plain ASCII, without <, >, quotes or spaces ({why})"
            ),
        });
    }
    Ok(url)
}

/// A structural check, not a deliverability proof: one `@`, a non-empty local part, a
/// dotted domain, no spaces or control characters, at most 254 characters. Stripe and
/// SES validate again.
pub fn is_plausible_email(email: &str) -> bool {
    if email.len() > 254 || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// A comma-separated list, trimmed, empty entries dropped.
pub fn list<C: FromIterator<String>>(value: &str) -> C {
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

    #[test]
    fn link_base_urls_are_https_or_this_machine() {
        for ok in [
            "https://abc.execute-api.eu-west-1.amazonaws.com/unsubscribe",
            "http://127.0.0.1:3000/unsubscribe",
            "http://localhost/unsubscribe",
        ] {
            assert_eq!(link_base_url("V", ok).unwrap(), ok);
        }
        for bad in [
            "http://shop.example/unsubscribe",
            "http://localhost.evil.example/u",
            "https://shop.example/u?x=1",
            "https://shop.example/u#top",
            "ftp://shop.example",
            "https://shop.example/a>b",
            "https://shop.example/\"x",
            "https://shöp.example/u",
        ] {
            assert!(link_base_url("V", bad).is_err(), "{bad}");
        }
    }

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
    fn webhook_secrets_table() {
        let cases: &[(&str, Result<usize, ConfigError>)] = &[
            (OK_SECRET, Ok(1)),
            ("whsec_test_a, whsec_test_b", Ok(2)),
            (
                "whsec_test_a,sk_test_oops",
                Err(ConfigError::Invalid {
                    var: "STRIPE_WEBHOOK_SECRETS",
                    reason: "secret #2 does not start with `whsec_`".into(),
                }),
            ),
            (
                "whsec_test_a,,",
                Err(ConfigError::Invalid {
                    var: "STRIPE_WEBHOOK_SECRETS",
                    reason: "secret #2 is empty".into(),
                }),
            ),
        ];
        for (value, expected) in cases {
            let got = webhook_secrets(&env(&[("STRIPE_WEBHOOK_SECRETS", value)])).map(|s| s.len());
            assert_eq!(&got, expected, "{value}");
        }
        assert_eq!(
            webhook_secrets(&env(&[])).unwrap_err(),
            ConfigError::Missing("STRIPE_WEBHOOK_SECRETS")
        );
    }

    #[test]
    fn link_secrets_are_lists_the_first_signs_any_verifies() {
        const OLD: &str = "old-link-secret-of-at-least-32-chars";
        const NEW: &str = "new-link-secret-of-at-least-32-chars";
        let signer = |value: &str| {
            token_signer(
                &env(&[("UNSUBSCRIBE_LINK_SECRET", value)]),
                "UNSUBSCRIBE_LINK_SECRET",
                Purpose::Unsubscribe,
            )
        };
        let old_link = signer(OLD).unwrap().sign(&serde_json::json!({}), i64::MAX);
        let rotated = signer(&format!("{NEW},{OLD}")).unwrap();
        assert!(rotated.verify::<serde_json::Value>(&old_link, 0).is_ok());
        let new_link = rotated.sign(&serde_json::json!({}), i64::MAX);
        let dropped = signer(NEW).unwrap();
        assert!(dropped.verify::<serde_json::Value>(&new_link, 0).is_ok());
        assert!(dropped.verify::<serde_json::Value>(&old_link, 0).is_err());
        for (value, reason) in [
            (format!("{NEW},"), "secret #2 is empty"),
            (format!("{NEW},,{OLD}"), "secret #2 is empty"),
            (format!(" ,{NEW}"), "secret #1 is empty"),
            (
                format!("{NEW},too-short"),
                "secret #2 must be at least 32 characters",
            ),
        ] {
            let err = signer(&value).unwrap_err().to_string();
            assert!(err.contains("UNSUBSCRIBE_LINK_SECRET"), "{err}");
            assert!(err.contains(reason), "{value}: {err}");
            assert!(!err.contains(NEW) && !err.contains("too-short"), "{err}");
        }
    }

    #[test]
    fn stripe_config_defaults_and_overrides() {
        let defaults = stripe_config(&env(&[("STRIPE_SECRET_KEY", "sk_test_config")])).unwrap();
        assert_eq!(defaults.api_base, "https://api.stripe.com");
        assert_eq!(
            defaults.api_version,
            crate::stripe::client::DEFAULT_API_VERSION
        );
        let fake = stripe_config(&env(&[
            ("STRIPE_SECRET_KEY", "rk_test_config"),
            ("STRIPE_API_BASE", "http://127.0.0.1:12111/"),
            ("STRIPE_API_VERSION", "2025-01-27.acacia"),
        ]))
        .unwrap();
        assert_eq!(fake.api_base, "http://127.0.0.1:12111");
        assert_eq!(fake.api_version, "2025-01-27.acacia");
        assert!(optional_stripe_config(&env(&[])).unwrap().is_none());
        for (vars, var) in [
            (
                &[("STRIPE_SECRET_KEY", "pk_test_public")][..],
                "STRIPE_SECRET_KEY",
            ),
            (
                &[
                    ("STRIPE_SECRET_KEY", "sk_test_x"),
                    ("STRIPE_API_BASE", "localhost:1234"),
                ][..],
                "STRIPE_API_BASE",
            ),
        ] {
            let err = optional_stripe_config(&env(vars)).unwrap_err().to_string();
            assert!(err.contains(var), "{err}");
            assert!(!err.contains("pk_test_public"), "{err}");
        }
    }

    #[test]
    fn plausible_emails() {
        let cases = [
            ("a@b.co", true),
            ("jenny.rosen+tag@example.com", true),
            ("nope", false),
            ("a@b", false),
            ("a@@b.co", false),
            ("@b.co", false),
            ("a b@c.de", false),
            ("a@.b.co", false),
            ("a@b.co.", false),
            ("a@b..co", false),
        ];
        for (email, expected) in cases {
            assert_eq!(is_plausible_email(email), expected, "{email}");
        }
        assert!(!is_plausible_email(&format!("{}@b.co", "a".repeat(65))));
    }

    #[test]
    fn errors_say_what_the_variable_is_for_with_an_example_and_never_the_value() {
        assert_eq!(
            ConfigError::Missing("ALLOWED_PRICES").to_string(),
            "configuration: ALLOWED_PRICES is not set: the Stripe Price ids Checkout may sell, \
             comma-separated (e.g. ALLOWED_PRICES=price_1Pq…,price_1Pr…)"
        );
        let invalid = stripe_config(&env(&[("STRIPE_SECRET_KEY", "pk_test_oops")]))
            .unwrap_err()
            .to_string();
        assert!(
            invalid.starts_with("configuration: STRIPE_SECRET_KEY is invalid: "),
            "{invalid}"
        );
        assert!(
            invalid.ends_with("; e.g. STRIPE_SECRET_KEY=sk_test_…)"),
            "{invalid}"
        );
        assert!(!invalid.contains("pk_test_oops"), "{invalid}");
        // Not one of ours (a custom resource's property): the name and the reason only.
        let property = ConfigError::Invalid {
            var: "CancelMode",
            reason: "bad".into(),
        };
        assert_eq!(
            property.to_string(),
            "configuration: CancelMode is invalid: bad"
        );
    }

    #[test]
    fn from_pairs_and_blank_values() {
        let env = Env::from_pairs([("A", " x "), ("B", "  ")]);
        assert_eq!(env.optional("A").as_deref(), Some("x"));
        assert_eq!(env.optional("B"), None, "blank counts as unset");
        assert_eq!(env.required("C").unwrap_err(), ConfigError::Missing("C"));
    }
}
