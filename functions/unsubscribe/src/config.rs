//! The unsubscribe function's configuration: the table and the links' secret.

use stripe_recovery::config::{ConfigError, Env, token_signer};
use stripe_recovery::signed::{Purpose, TokenSigner};

#[derive(Debug, Clone)]
pub struct UnsubscribeConfig {
    /// `TABLE_NAME`: where suppressions are written.
    pub table_name: String,
    /// `UNSUBSCRIBE_LINK_SECRET`: the secrets the mailer signs the links with (a list:
    /// any verifies).
    pub links: TokenSigner,
}

impl UnsubscribeConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        Ok(Self {
            table_name: env.required("TABLE_NAME")?,
            links: token_signer(env, "UNSUBSCRIBE_LINK_SECRET", Purpose::Unsubscribe)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_variables_are_required_and_the_secret_must_be_strong() {
        let env = |pairs: &[(&'static str, &'static str)]| Env::from_pairs(pairs.iter().copied());
        let ok = UnsubscribeConfig::from_env(&env(&[
            ("TABLE_NAME", "t"),
            (
                "UNSUBSCRIBE_LINK_SECRET",
                "unsubscribe-link-secret-for-unit-tests",
            ),
        ]));
        assert!(ok.is_ok());
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[(
                    "UNSUBSCRIBE_LINK_SECRET",
                    "unsubscribe-link-secret-for-unit-tests",
                )],
                "TABLE_NAME",
            ),
            (&[("TABLE_NAME", "t")], "UNSUBSCRIBE_LINK_SECRET"),
            (
                &[("TABLE_NAME", "t"), ("UNSUBSCRIBE_LINK_SECRET", "short")],
                "UNSUBSCRIBE_LINK_SECRET",
            ),
        ];
        for (vars, var) in cases {
            let err = UnsubscribeConfig::from_env(&env(vars)).unwrap_err();
            assert!(err.to_string().contains(var), "{err}");
            assert!(!err.to_string().contains("short"), "{err}");
        }
    }
}
