//! Secrets read from Secrets Manager (moto) at init and seen by the functions'
//! configuration as the variables they replace, as each `main.rs` wires it:
//! `Env::process().with_secrets(&sdk_config)`.

use aws_sdk_secretsmanager::Client;
use aws_sdk_secretsmanager::primitives::Blob;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::secrets::SecretError;
use webhook::Webhook;
use webhook::config::WebhookConfig;

use integration_tests::{
    TEST_SECRET, create_table, env_of, expired_session_event, response_json, sdk_config,
    signature_header, unix_now, webhook_request,
};

async fn secrets() -> Client {
    Client::new(&sdk_config().await)
}

/// A new secret holding `value`, named uniquely for this run; its ARN.
async fn create_secret(name: &str, value: &str) -> String {
    let name = format!("{name}-{}-{}", std::process::id(), next());
    secrets()
        .await
        .create_secret()
        .name(name)
        .secret_string(value)
        .send()
        .await
        .expect("create secret in moto")
        .arn
        .expect("an ARN")
}

fn next() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// An ARN of this region and account that names no secret.
async fn missing_secret_arn() -> String {
    let existing = create_secret("arn-template", "x").await;
    let (account_part, _) = existing.split_once(":secret:").unwrap();
    format!("{account_part}:secret:never-created-AbCdEf")
}

#[tokio::test]
async fn a_secret_is_seen_as_the_variable_it_replaces() {
    let webhook_secret = create_secret("webhook-secrets", TEST_SECRET).await;
    let table = create_table("secrets").await;
    let env = env_of(&[
        ("TABLE_NAME", &table),
        ("STRIPE_WEBHOOK_SECRETS_SECRET_ARN", &webhook_secret),
    ])
    .with_secrets(&sdk_config().await)
    .await
    .unwrap();
    assert_eq!(
        env.optional("STRIPE_WEBHOOK_SECRETS").as_deref(),
        Some(TEST_SECRET)
    );
    // The webhook verifies with the secret it read: a request signed with it is recorded.
    let config = WebhookConfig::from_env(&env).unwrap();
    let inbox = DynamoStore::from_sdk_config(&sdk_config().await, &config.table_name);
    let webhook = Webhook::from_config(config, inbox);
    let now = unix_now();
    let body = expired_session_event("evt_1SecretFromSecretsManager01", now).to_string();
    let header = signature_header(TEST_SECRET, now, body.as_bytes());
    let response = webhook
        .handle(webhook_request(body.as_bytes(), Some(&header), false), now)
        .await;
    assert_eq!(response_json(&response).0, 200);
}

#[tokio::test]
async fn every_secret_named_is_read() {
    let key = create_secret("stripe-key", "sk_test_from_secrets_manager").await;
    let link = create_secret("link", "link-secret-from-secrets-manager-0123456789").await;
    let pepper = create_secret("pepper", "pepper-from-secrets-manager-0123456789ab").await;
    let env = env_of(&[
        ("STRIPE_SECRET_KEY_SECRET_ARN", &key),
        ("UNSUBSCRIBE_LINK_SECRET_SECRET_ARN", &link),
        ("RECIPIENT_KEY_PEPPER_SECRET_ARN", &pepper),
        ("STRIPE_API_VERSION", "2026-09-30.endive"),
    ])
    .with_secrets(&sdk_config().await)
    .await
    .unwrap();
    for (var, value) in [
        ("STRIPE_SECRET_KEY", "sk_test_from_secrets_manager"),
        (
            "UNSUBSCRIBE_LINK_SECRET",
            "link-secret-from-secrets-manager-0123456789",
        ),
        (
            "RECIPIENT_KEY_PEPPER",
            "pepper-from-secrets-manager-0123456789ab",
        ),
        ("STRIPE_API_VERSION", "2026-09-30.endive"),
    ] {
        assert_eq!(env.optional(var).as_deref(), Some(value), "{var}");
    }
    assert!(CancellerConfig::from_env(&env).unwrap().stripe.is_some());
}

/// An error names the variable and what went wrong, and holds no value: not the other
/// secrets read before it, not the variables around it.
fn assert_names_only(err: &SecretError, var: &str, values: &[&str]) {
    let message = err.to_string();
    assert!(message.contains(var), "{message}");
    for value in values {
        assert!(!message.contains(value), "{message} leaks {value}");
    }
}

#[tokio::test]
async fn a_missing_secret_or_a_wrong_arn_names_the_variable_and_no_value() {
    let key_value = "sk_test_read_before_the_failure_must_not_leak";
    let key = create_secret("stripe-key", key_value).await;
    let missing = missing_secret_arn().await;
    let sdk = sdk_config().await;

    let err = env_of(&[
        ("STRIPE_SECRET_KEY_SECRET_ARN", &key),
        ("UNSUBSCRIBE_LINK_SECRET_SECRET_ARN", &missing),
        ("TABLE_NAME", "table-name-not-in-errors"),
    ])
    .with_secrets(&sdk)
    .await
    .err()
    .expect("a missing secret stops init");
    assert!(
        matches!(&err, SecretError::Unreadable { arn_var, reason }
            if arn_var == "UNSUBSCRIBE_LINK_SECRET_SECRET_ARN"
                && reason.contains("ResourceNotFoundException")),
        "{err:?}"
    );
    assert_names_only(
        &err,
        "UNSUBSCRIBE_LINK_SECRET_SECRET_ARN",
        &[key_value, "table-name-not-in-errors"],
    );

    // A value pasted where the ARN belongs is refused before any request, unrepeated.
    let err = env_of(&[(
        "STRIPE_SECRET_KEY_SECRET_ARN",
        "sk_test_pasted_instead_of_arn",
    )])
    .with_secrets(&sdk)
    .await
    .err()
    .unwrap();
    assert!(matches!(err, SecretError::NotAnArn { .. }), "{err:?}");
    assert_names_only(
        &err,
        "STRIPE_SECRET_KEY_SECRET_ARN",
        &["sk_test_pasted_instead_of_arn"],
    );

    // An ARN of another kind of secret store.
    let err = env_of(&[(
        "RECIPIENT_KEY_PEPPER_SECRET_ARN",
        "arn:aws:ssm:us-east-1:123456789012:parameter/pepper",
    )])
    .with_secrets(&sdk)
    .await
    .err()
    .unwrap();
    assert!(matches!(err, SecretError::NotAnArn { .. }), "{err:?}");
}

#[tokio::test]
async fn a_binary_or_blank_secret_is_refused() {
    let client = secrets().await;
    let binary = client
        .create_secret()
        .name(format!("binary-{}-{}", std::process::id(), next()))
        .secret_binary(Blob::new(b"sk_test_binary_value".to_vec()))
        .send()
        .await
        .unwrap()
        .arn
        .unwrap();
    let blank = create_secret("blank", "  \n").await;
    let sdk = sdk_config().await;
    let err = env_of(&[("STRIPE_SECRET_KEY_SECRET_ARN", &binary)])
        .with_secrets(&sdk)
        .await
        .err()
        .unwrap();
    assert!(matches!(err, SecretError::NotText { .. }), "{err:?}");
    assert_names_only(
        &err,
        "STRIPE_SECRET_KEY_SECRET_ARN",
        &["sk_test_binary_value"],
    );
    let err = env_of(&[("CHECKOUT_TOKEN_SECRET_SECRET_ARN", &blank)])
        .with_secrets(&sdk)
        .await
        .err()
        .unwrap();
    assert!(matches!(err, SecretError::Empty { .. }), "{err:?}");
}

/// The local runner and the tests set the variables themselves: no ARN, no request.
#[tokio::test]
async fn a_variable_set_directly_needs_no_secrets_manager() {
    // Nothing listens on port 9 (discard): a request would fail the test.
    let unreachable = aws_config::from_env()
        .endpoint_url("http://127.0.0.1:9")
        .load()
        .await;
    let env = env_of(&[("STRIPE_SECRET_KEY", "rk_test_set_directly")])
        .with_secrets(&unreachable)
        .await
        .unwrap();
    assert_eq!(
        env.optional("STRIPE_SECRET_KEY").as_deref(),
        Some("rk_test_set_directly")
    );
    assert!(CancellerConfig::from_env(&env).is_ok());
    // And with an ARN, the same configuration does make the request (and fails).
    let key = create_secret("stripe-key", "sk_test_unused").await;
    let err = env_of(&[("STRIPE_SECRET_KEY_SECRET_ARN", &key)])
        .with_secrets(&unreachable)
        .await
        .err()
        .expect("the request fails");
    assert!(matches!(err, SecretError::Unreadable { .. }), "{err:?}");
}

#[tokio::test]
async fn a_variable_and_its_arn_together_are_refused() {
    let key = create_secret("stripe-key", "sk_test_in_secrets_manager").await;
    let err = env_of(&[
        ("STRIPE_SECRET_KEY", "sk_test_set_directly_too"),
        ("STRIPE_SECRET_KEY_SECRET_ARN", &key),
    ])
    .with_secrets(&sdk_config().await)
    .await
    .err()
    .unwrap();
    assert!(matches!(err, SecretError::Both { .. }), "{err:?}");
    assert_names_only(
        &err,
        "STRIPE_SECRET_KEY_SECRET_ARN",
        &["sk_test_set_directly_too", "sk_test_in_secrets_manager"],
    );
    assert!(err.to_string().contains("STRIPE_SECRET_KEY "), "{err}");
}
