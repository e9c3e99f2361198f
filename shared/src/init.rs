//! What every function's `main` does first: logging on, its configuration checked
//! before any network call, its secrets read, its configuration read. A failure stops
//! the init with a message naming the variable (never a value), in the log and in the
//! invoke's response (`/runtime/init/error`), so `sam local invoke` and the Lambda
//! console show the cause, not only "Runtime exited with error".

use aws_config::SdkConfig;

use crate::config::{ConfigError, Env, FixedEnv};
use crate::secrets::{SecretError, secret_refs};

/// Why an init failed: a configuration error or an unreadable secret; its message
/// names the variable (and, for a configuration error, what it is for and an example).
/// Its `Debug` is that message too: a `main` returning it prints
/// `Error: configuration: ALLOWED_PRICES is not set: …`, not `Error: Missing("…")`.
pub struct InitError(Box<dyn std::error::Error + Send + Sync>);

impl InitError {
    /// The error it wraps (a `ConfigError` or a `SecretError`).
    pub fn cause(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        &*self.0
    }
}

impl From<ConfigError> for InitError {
    fn from(err: ConfigError) -> Self {
        InitError(err.into())
    }
}

impl From<SecretError> for InitError {
    fn from(err: SecretError) -> Self {
        InitError(err.into())
    }
}

impl std::error::Error for InitError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

impl std::fmt::Debug for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

/// Logging on; then, before any network call, each `<NAME>_SECRET_ARN` and every other
/// variable `read_config` reads checked (with a stand-in for each secret's value, which
/// is not read yet); then the AWS configuration loaded, the secrets read from Secrets
/// Manager, and `read_config` run on the real values. `read_config` reads everything
/// the function needs from the environment; it may run twice, so it has no effect.
pub async fn start_lambda<T>(
    read_config: impl Fn(&FixedEnv) -> Result<T, ConfigError>,
) -> Result<(SdkConfig, T), InitError> {
    crate::telemetry::init();
    if let Err(err) = precheck(Env::process(), &read_config) {
        return Err(failed(err).await);
    }
    let sdk_config = aws_config::load_from_env().await;
    let env = match Env::process().with_secrets(&sdk_config).await {
        Ok(env) => env.boxed(),
        Err(err) => return Err(failed(err).await),
    };
    match read_config(&env) {
        Ok(config) => Ok((sdk_config, config)),
        Err(err) => Err(failed(err).await),
    }
}

/// The checks that need no secret's value: each `<NAME>_SECRET_ARN` (is an ARN, not set
/// beside `<NAME>`), and `read_config` with a stand-in for each secret. An error about a
/// secret itself waits for its value; any other is the configuration's.
fn precheck<F, T>(
    env: Env<F>,
    read_config: &impl Fn(&FixedEnv) -> Result<T, ConfigError>,
) -> Result<(), InitError>
where
    F: Fn(&str) -> Option<String> + Send + Sync + 'static,
{
    let secrets = secret_refs(&env)?;
    let stand_ins = secrets
        .iter()
        .map(|secret| (secret.var.clone(), stand_in(&secret.var).to_owned()))
        .collect();
    match read_config(&env.overlaid(stand_ins).boxed()) {
        Err(err) if !secrets.iter().any(|secret| secret.var == err.var()) => Err(err.into()),
        _ => Ok(()),
    }
}

/// A value of the secret's kind that its reader accepts: never used but to check the
/// variables read after it.
fn stand_in(var: &str) -> &'static str {
    match var {
        "STRIPE_WEBHOOK_SECRETS" => "whsec_stand_in",
        "STRIPE_SECRET_KEY" => "sk_test_stand_in",
        _ => "stand_in_for_a_secret_not_read_yet_stand_in_for_a_secret_not_read_yet",
    }
}

/// Logs the error and tells the Runtime API the init failed (when there is one: on
/// Lambda and in `sam local`, not in tests), then hands the error back.
async fn failed(err: impl Into<InitError>) -> InitError {
    let err: InitError = err.into();
    tracing::error!("{err}");
    if let Some(api) = std::env::var_os("AWS_LAMBDA_RUNTIME_API") {
        report(&api.to_string_lossy(), &err.to_string()).await;
    }
    err
}

/// `POST /2018-06-01/runtime/init/error`: Lambda answers the invoke with this error
/// (its type, and the message, which names a variable and never holds a value). Best
/// effort: the process exits with the error either way.
async fn report(api: &str, message: &str) {
    use lambda_runtime_api_client::{PooledClient, body::Body, build_request};
    let Ok(base) = format!("http://{api}").parse() else {
        return;
    };
    let client = PooledClient::builder().with_endpoint(base).build();
    let body = serde_json::json!({
        "errorType": INIT_ERROR_TYPE,
        "errorMessage": message,
    });
    let Ok(request) = build_request()
        .method("POST")
        .uri("/2018-06-01/runtime/init/error")
        .header("lambda-runtime-function-error-type", INIT_ERROR_TYPE)
        .body(Body::from(body.to_string()))
    else {
        return;
    };
    let sent = tokio::time::timeout(std::time::Duration::from_secs(2), client.call(request)).await;
    if !matches!(sent, Ok(Ok(ref response)) if response.status().is_success()) {
        tracing::warn!("the init error could not be reported to the Runtime API");
    }
}

/// The `errorType` of a failed init: a configuration (or secret) the function refuses.
pub const INIT_ERROR_TYPE: &str = "Runtime.ConfigurationError";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::webhook_secrets;

    const ARN: &str = "arn:aws:secretsmanager:us-east-1:123456789012:secret:whsec-AbCdEf";

    /// A webhook's configuration: its secrets and its table.
    fn read(env: &FixedEnv) -> Result<(), ConfigError> {
        webhook_secrets(env)?;
        env.required("TABLE_NAME")?;
        Ok(())
    }

    #[test]
    fn a_configuration_error_is_found_before_any_secret_is_read() {
        let env = Env::from_pairs([("STRIPE_WEBHOOK_SECRETS_SECRET_ARN", ARN)]);
        let err = precheck(env, &read).unwrap_err();
        assert_eq!(
            err.to_string(),
            "configuration: TABLE_NAME is not set: the DynamoDB table of the inbox, the mail \
             records and the schedule (the stack's InboxTable) (e.g. \
             TABLE_NAME=stripe-recovery-InboxTable-1ABC2DEF3GHI)"
        );
        // What a `main` returning it prints after `Error: `: the message, not the variant.
        assert_eq!(format!("{err:?}"), err.to_string());
    }

    #[test]
    fn a_secret_named_by_a_logical_id_is_refused_before_any_read() {
        // What `sam local` makes of `!Ref StripeWebhookSecretsSecret`.
        let env = Env::from_pairs([
            (
                "STRIPE_WEBHOOK_SECRETS_SECRET_ARN",
                "StripeWebhookSecretsSecret",
            ),
            ("TABLE_NAME", "InboxTable"),
        ]);
        let err = precheck(env, &read).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("configuration: STRIPE_WEBHOOK_SECRETS_SECRET_ARN is not a Secrets Manager secret ARN"),
            "{err}"
        );
    }

    #[test]
    fn a_complete_configuration_passes_with_its_secrets_unread() {
        let env = Env::from_pairs([
            ("STRIPE_WEBHOOK_SECRETS_SECRET_ARN", ARN),
            ("TABLE_NAME", "t"),
        ]);
        precheck(env, &read).unwrap();
        // A secret given as a value (the local runner, the tests) is checked as it is.
        let env = Env::from_pairs([
            ("STRIPE_WEBHOOK_SECRETS", "not-a-whsec"),
            ("TABLE_NAME", "t"),
        ]);
        assert!(
            precheck(env, &read)
                .unwrap_err()
                .to_string()
                .contains("STRIPE_WEBHOOK_SECRETS")
        );
    }

    #[test]
    fn stand_ins_pass_their_readers() {
        let env = Env::from_pairs([
            ("STRIPE_WEBHOOK_SECRETS", stand_in("STRIPE_WEBHOOK_SECRETS")),
            ("STRIPE_SECRET_KEY", stand_in("STRIPE_SECRET_KEY")),
            (
                "UNSUBSCRIBE_LINK_SECRET",
                stand_in("UNSUBSCRIBE_LINK_SECRET"),
            ),
        ]);
        crate::config::webhook_secrets(&env).unwrap();
        crate::config::stripe_config(&env).unwrap();
        crate::config::token_signer(
            &env,
            "UNSUBSCRIBE_LINK_SECRET",
            crate::signed::Purpose::Unsubscribe,
        )
        .unwrap();
    }
}
