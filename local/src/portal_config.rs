//! `portal-config [--dry-run]`: the customer portal configuration the stack keeps, made
//! from the same settings as environment variables (`PORTAL_RETURN_URL`,
//! `PORTAL_HEADLINE`, … : `portal_config::settings::SETTINGS`), for a test-mode account
//! before any deploy. `--dry-run` prints the form it would send and needs no key;
//! otherwise it applies it with a test-mode key (a new configuration, or the one
//! `PORTAL_CONFIGURATION` names, changed in place) and prints the id for
//! `PORTAL_CONFIGURATION`. A live key is refused: in live mode the stack's custom
//! resource owns the configuration.

use portal_config::settings::{Naming, PortalSettings};
use stripe_recovery::config::{ConfigError, Env, stripe_config};
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient, StripeError};
use stripe_recovery::stripe::ids::PortalConfigurationId;
use tokio::time::Instant;

pub const USAGE: &str = "usage: portal-config [--dry-run]";

#[derive(Debug, thiserror::Error)]
pub enum PortalConfigError {
    #[error("{USAGE}")]
    Usage,
    #[error("{0}")]
    Config(#[from] ConfigError),
    #[error(
        "STRIPE_SECRET_KEY is a live-mode key: portal-config applies test-mode keys only \
         (sk_test_… or rk_test_…); in live mode the stack keeps the configuration \
         (its CustomerPortalConfiguration resource)"
    )]
    LiveKey,
    #[error("Stripe did not save the portal configuration: {0}")]
    Stripe(#[from] StripeError),
}

/// Runs the command with `lookup` as the environment; what it prints.
pub async fn command<F: Fn(&str) -> Option<String>>(
    args: &[String],
    env: &Env<F>,
) -> Result<String, PortalConfigError> {
    let dry_run = match args {
        [] => false,
        [flag] if flag == "--dry-run" => true,
        _ => return Err(PortalConfigError::Usage),
    };
    let settings = PortalSettings::read(|name| env.optional(name), Naming::Env)?;
    let existing = env
        .optional("PORTAL_CONFIGURATION")
        .map(|id| {
            PortalConfigurationId::parse(&id).map_err(|e| ConfigError::Invalid {
                var: "PORTAL_CONFIGURATION",
                reason: e.to_string(),
            })
        })
        .transpose()?;
    let path = match &existing {
        Some(id) => format!("/v1/billing_portal/configurations/{id}"),
        None => "/v1/billing_portal/configurations".to_owned(),
    };
    let form = settings.to_form();
    if dry_run {
        let mut printed = format!("dry run: POST {path} with\n");
        for (key, value) in form_urlencoded::parse(form.as_bytes()) {
            printed.push_str(&format!("  {key}={value}\n"));
        }
        return Ok(printed);
    }
    let key = env
        .optional("STRIPE_SECRET_KEY")
        .ok_or(ConfigError::Missing("STRIPE_SECRET_KEY"))?;
    if !(key.starts_with("sk_test_") || key.starts_with("rk_test_")) {
        // Checked before the key's own form, so a live key is named as such.
        stripe_config(env)?;
        return Err(PortalConfigError::LiveKey);
    }
    let stripe = StripeClient::new(stripe_config(env)?);
    let deadline = Instant::now() + std::time::Duration::from_secs(30);
    let idempotency_key = IdempotencyKey::random("portal-config");
    let id = match &existing {
        Some(id) => {
            stripe
                .update_portal_configuration(id, form, &idempotency_key, deadline)
                .await?
        }
        None => {
            stripe
                .create_portal_configuration(form, &idempotency_key, deadline)
                .await?
        }
    };
    let done = if existing.is_some() {
        "updated"
    } else {
        "created"
    };
    Ok(format!(
        "{done} {id}; give it to portal-link:\nPORTAL_CONFIGURATION={id}\n"
    ))
}
