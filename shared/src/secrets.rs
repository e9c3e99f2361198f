//! Secrets from AWS Secrets Manager, read once at init.
//!
//! For every variable `<NAME>_SECRET_ARN`, the secret it names is read (`GetSecretValue`,
//! its `SecretString`) and seen as `<NAME>` through the `Env` that [`Env::with_secrets`]
//! returns. A function's `from_env` therefore does not know where a value came from, and
//! the local runner and the tests still set `<NAME>` directly. On Lambda the template
//! sets only the ARNs, so no secret value is in a function's configuration.
//!
//! Errors name the variable (and say what went wrong: not an ARN, not found, access
//! denied, …), never a value: a failed read reports Secrets Manager's error code and
//! message, which name the secret but never hold its value, and never the raw response.

use std::time::Duration;

use aws_config::SdkConfig;
use aws_config::timeout::TimeoutConfig;
use aws_sdk_secretsmanager::Client;
use aws_sdk_secretsmanager::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};

use crate::config::Env;

/// `<NAME>_SECRET_ARN` names the secret that holds `<NAME>`.
pub const ARN_SUFFIX: &str = "_SECRET_ARN";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error("configuration: {arn_var} names no variable (it must be `<NAME>{ARN_SUFFIX}`)")]
    Unnamed { arn_var: String },
    #[error(
        "configuration: {arn_var} is not a Secrets Manager secret ARN \
         (arn:<partition>:secretsmanager:<region>:<account>:secret:<name>)"
    )]
    NotAnArn { arn_var: String },
    #[error("configuration: both {var} and {arn_var} are set; set only one")]
    Both { var: String, arn_var: String },
    #[error("configuration: {arn_var}: the secret could not be read: {reason}")]
    Unreadable { arn_var: String, reason: String },
    #[error(
        "configuration: {arn_var}: the secret has no SecretString (a binary secret); \
         store {var} as text"
    )]
    NotText { var: String, arn_var: String },
    #[error("configuration: {arn_var}: the secret's SecretString is empty")]
    Empty { arn_var: String },
}

/// A secret to read: the variable it becomes, the one naming it, and its ARN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretRef {
    pub var: String,
    pub arn_var: String,
    pub arn: String,
}

/// The secrets `env` names, in the order of their variables' names, checked before any
/// is read: each `<NAME>_SECRET_ARN` must hold a secret ARN, and `<NAME>` must not be
/// set too (which would leave it unclear which one counts).
pub fn secret_refs<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
) -> Result<Vec<SecretRef>, SecretError> {
    let mut arn_vars: Vec<&str> = env
        .names()
        .filter(|name| name.ends_with(ARN_SUFFIX))
        .collect();
    arn_vars.sort_unstable();
    arn_vars.dedup();
    let mut refs = Vec::new();
    for arn_var in arn_vars {
        // Blank counts as unset, as for every variable.
        let Some(arn) = env.optional(arn_var) else {
            continue;
        };
        let var = &arn_var[..arn_var.len() - ARN_SUFFIX.len()];
        if var.is_empty() {
            return Err(SecretError::Unnamed {
                arn_var: arn_var.to_owned(),
            });
        }
        if !is_secret_arn(&arn) {
            return Err(SecretError::NotAnArn {
                arn_var: arn_var.to_owned(),
            });
        }
        if env.optional(var).is_some() {
            return Err(SecretError::Both {
                var: var.to_owned(),
                arn_var: arn_var.to_owned(),
            });
        }
        refs.push(SecretRef {
            var: var.to_owned(),
            arn_var: arn_var.to_owned(),
            arn,
        });
    }
    Ok(refs)
}

/// `arn:<partition>:secretsmanager:<region>:<12-digit account>:secret:<name>`.
pub fn is_secret_arn(arn: &str) -> bool {
    let parts: Vec<&str> = arn.splitn(7, ':').collect();
    matches!(
        parts.as_slice(),
        ["arn", partition, "secretsmanager", region, account, "secret", name]
            if partition.starts_with("aws")
                && !region.is_empty()
                && account.len() == 12
                && account.bytes().all(|b| b.is_ascii_digit())
                && !name.is_empty()
                && !arn.contains(char::is_whitespace)
    )
}

impl<F: Fn(&str) -> Option<String>> Env<F> {
    /// This `Env` with every secret named by a `<NAME>_SECRET_ARN` variable read from
    /// Secrets Manager and seen as `<NAME>`. One client, one request per secret, one
    /// after another on one connection (a cold start pays for one TLS handshake, not
    /// one per secret); no client is made when no secret is named.
    pub async fn with_secrets(
        self,
        sdk_config: &SdkConfig,
    ) -> Result<Env<impl Fn(&str) -> Option<String> + use<F>>, SecretError> {
        let refs = secret_refs(&self)?;
        let mut values = Vec::with_capacity(refs.len());
        if !refs.is_empty() {
            // Bounded: a Secrets Manager that cannot be reached fails the init with its
            // cause well within Lambda's 10 s init, not after the SDK's default retries.
            let timeouts = TimeoutConfig::builder()
                .connect_timeout(Duration::from_secs(2))
                .operation_attempt_timeout(Duration::from_secs(3))
                .operation_timeout(Duration::from_secs(6))
                .build();
            let client = Client::from_conf(
                aws_sdk_secretsmanager::config::Builder::from(sdk_config)
                    .timeout_config(timeouts)
                    .build(),
            );
            // All at once: a cold start waits for the slowest read, not for their sum.
            // Awaited in order, so the error reported is the first variable's.
            let reads: Vec<_> = refs
                .iter()
                .cloned()
                .map(|secret| {
                    let client = client.clone();
                    tokio::spawn(async move { read(&client, &secret).await })
                })
                .collect();
            for (secret, handle) in refs.iter().zip(reads) {
                let value = handle.await.map_err(|e| SecretError::Unreadable {
                    arn_var: secret.arn_var.clone(),
                    reason: e.to_string(),
                })??;
                values.push((secret.var.clone(), value));
            }
            tracing::info!(
                variables = ?refs.iter().map(|s| s.var.as_str()).collect::<Vec<_>>(),
                "secrets read from Secrets Manager"
            );
        }
        Ok(self.overlaid(values))
    }
}

async fn read(client: &Client, secret: &SecretRef) -> Result<String, SecretError> {
    let output = client
        .get_secret_value()
        .secret_id(&secret.arn)
        .send()
        .await
        .map_err(|err| SecretError::Unreadable {
            arn_var: secret.arn_var.clone(),
            reason: reason(&err),
        })?;
    let Some(value) = output.secret_string else {
        return Err(SecretError::NotText {
            var: secret.var.clone(),
            arn_var: secret.arn_var.clone(),
        });
    };
    if value.trim().is_empty() {
        return Err(SecretError::Empty {
            arn_var: secret.arn_var.clone(),
        });
    }
    Ok(value)
}

/// What went wrong, without anything a response carried but its error code and message
/// (a response that could not be parsed may hold the secret, so it is never shown).
fn reason<E: ProvideErrorMetadata + std::error::Error + 'static, R: std::fmt::Debug>(
    err: &SdkError<E, R>,
) -> String {
    match err {
        SdkError::ServiceError(service) => {
            let e = service.err();
            format!(
                "{}: {}",
                e.code().unwrap_or("unknown error"),
                e.message().unwrap_or("no message")
            )
        }
        SdkError::ResponseError(_) => "its response could not be read".to_owned(),
        SdkError::TimeoutError(_) => "timed out".to_owned(),
        // Failures before any response: the error chain names the cause.
        other => DisplayErrorContext(other).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARN: &str = "arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-key-AbCdEf";

    #[test]
    fn secret_arns() {
        assert!(is_secret_arn(ARN));
        assert!(is_secret_arn(
            "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:a/b:c-AbCdEf"
        ));
        for not in [
            "",
            "stripe-key",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:",
            "arn:aws:ssm:us-east-1:123456789012:parameter/x",
            "arn:aws:secretsmanager:us-east-1:1234:secret:x",
            "arn:aws:secretsmanager::123456789012:secret:x",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:x y",
        ] {
            assert!(!is_secret_arn(not), "{not}");
        }
    }

    #[test]
    fn which_secrets_an_env_names() {
        let env = Env::from_pairs([
            ("STRIPE_SECRET_KEY_SECRET_ARN", ARN),
            ("RECIPIENT_KEY_PEPPER_SECRET_ARN", ARN),
            ("BLANK_SECRET_ARN", " "),
            ("TABLE_NAME", "t"),
        ]);
        let vars: Vec<String> = secret_refs(&env)
            .unwrap()
            .into_iter()
            .map(|s| s.var)
            .collect();
        assert_eq!(vars, ["RECIPIENT_KEY_PEPPER", "STRIPE_SECRET_KEY"]);
        assert!(
            secret_refs(&Env::from_pairs([("STRIPE_SECRET_KEY", "sk_test_x")]))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn errors_name_the_variable_and_never_a_value() {
        let cases: &[(&[(&str, &str)], SecretError)] = &[
            (
                &[("STRIPE_SECRET_KEY_SECRET_ARN", "sk_test_pasted_by_mistake")],
                SecretError::NotAnArn {
                    arn_var: "STRIPE_SECRET_KEY_SECRET_ARN".into(),
                },
            ),
            (
                &[
                    ("STRIPE_SECRET_KEY", "sk_test_pasted_by_mistake"),
                    ("STRIPE_SECRET_KEY_SECRET_ARN", ARN),
                ],
                SecretError::Both {
                    var: "STRIPE_SECRET_KEY".into(),
                    arn_var: "STRIPE_SECRET_KEY_SECRET_ARN".into(),
                },
            ),
            (
                &[("_SECRET_ARN", ARN)],
                SecretError::Unnamed {
                    arn_var: "_SECRET_ARN".into(),
                },
            ),
        ];
        for (vars, expected) in cases {
            let err = secret_refs(&Env::from_pairs(vars.iter().copied())).unwrap_err();
            assert_eq!(&err, expected);
            assert!(!err.to_string().contains("pasted_by_mistake"), "{err}");
        }
    }
}
