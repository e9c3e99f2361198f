//! `--from-stripe`: the history is the account's own events of the last days, listed
//! with `GET /v1/events` through the functions' Stripe client, with a key that can read
//! events and nothing else needed.
//!
//! Only reads: the one request made is that list, page after page.

use std::time::Duration;

use serde_json::Value;
use stripe_recovery::config::{ConfigError, Env, stripe_config};
use stripe_recovery::stripe::client::{ListPage, SecretKey, StripeClient, StripeConfig};
use stripe_recovery::stripe::error::StripeError;
use stripe_recovery::stripe::ids::EventId;
use tokio::time::Instant;

use stripe_recovery::inbox::HandledType;

use super::{BILLING_TYPES, History, SimulateError};

/// The key, in the order looked for: a read-only restricted key first, so the key the
/// functions write with need not leave their secrets.
pub const KEY_VARS: [&str; 2] = ["STRIPE_READ_KEY", "STRIPE_SECRET_KEY"];

/// Stripe keeps an account's events this many days: the most `--days` can reach back.
pub const MAX_DAYS: u32 = 30;

const DAY: i64 = 86_400;

/// The types listed besides the simulated ones: events whose payload is a state of an
/// object billing recovery re-fetches (the invoice, its subscription, its customer and
/// payment method), so the objects read as they were then. Stripe takes at most
/// `EVENT_TYPES_LIMIT` types; checkout sessions are left out, as billing recovery reads
/// none.
pub const STATE_TYPES: &[&str] = &[
    "invoice.updated",
    "invoice.deleted",
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.created",
    "customer.updated",
    "customer.deleted",
    "payment_method.attached",
    "payment_method.updated",
    "payment_method.automatically_updated",
    "payment_method.detached",
];

/// Time for one page: Stripe answers a list in well under a second; this leaves room
/// for the client's retries of a slow or failing one.
const PAGE_BUDGET: Duration = Duration::from_secs(30);

/// Every type `--from-stripe` lists: the simulated ones, then the rest of
/// `STATE_TYPES`. Not the customer signals (the report's, no mail's), nor the
/// `setup_intent.*` events: Stripe takes 20 types, and a pending
/// SetupIntent's mail is decided from the subscription's events as well (its state at
/// the simulated time is then unknown: the simulation reports `no_pending_setup`).
pub fn listed_types() -> Vec<&'static str> {
    let simulated = BILLING_TYPES
        .iter()
        .filter(|handled| handled.is_stripes())
        .filter(|handled| {
            !matches!(
                handled,
                HandledType::SetupIntentRequiresAction | HandledType::SetupIntentSetupFailed
            )
        })
        // What the report splits payments by, never a mail.
        .filter(|handled| !handled.is_a_customer_signal())
        .map(|handled| handled.as_str());
    let mut types: Vec<&'static str> = simulated.collect();
    for state in STATE_TYPES {
        if !types.contains(state) {
            types.push(state);
        }
    }
    types
}

impl History {
    /// The account's events of the last `days` days before `now`, read with the key
    /// and at the Stripe `env` names.
    pub async fn from_stripe<F: Fn(&str) -> Option<String>>(
        env: &Env<F>,
        days: u32,
        now: i64,
    ) -> Result<Self, SimulateError> {
        let (config, key) = stripe_access(env)?;
        let base = config.api_base.clone();
        let client = StripeClient::new(config);
        let since = now - i64::from(days) * DAY;
        let events =
            list_events_since(&client, since)
                .await
                .map_err(|error| SimulateError::Stripe {
                    reason: reason(&error, &key),
                    base: base.clone(),
                })?;
        Self::from_listed(
            &format!("Stripe's events of the last {days} days at {base}"),
            events,
        )
    }
}

/// The client's configuration from `env`, and the key as given (only to keep it out of
/// messages). The base URL and API version are read as every Stripe caller reads them.
pub(crate) fn stripe_access<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
) -> Result<(StripeConfig, String), SimulateError> {
    let (var, key) = KEY_VARS
        .iter()
        .find_map(|var| Some((*var, env.optional(var)?)))
        .ok_or(SimulateError::NoKey)?;
    // Named by the variable it came from; the value is never quoted.
    SecretKey::parse(&key).map_err(|e| {
        SimulateError::StripeAccess(ConfigError::Invalid {
            var,
            reason: e.to_string(),
        })
    })?;
    let with_key = Env::from_lookup(|name| match name {
        "STRIPE_SECRET_KEY" => Some(key.clone()),
        name => env.optional(name),
    });
    let config = stripe_config(&with_key).map_err(SimulateError::StripeAccess)?;
    Ok((config, key))
}

/// Every event of `listed_types` created at or after `since`, newest first, as Stripe
/// lists them: each page starts after the last event of the one before.
async fn list_events_since(client: &StripeClient, since: i64) -> Result<Vec<Value>, StripeError> {
    let types = listed_types();
    let mut events = Vec::new();
    let mut after: Option<EventId> = None;
    loop {
        let deadline = Instant::now() + PAGE_BUDGET;
        let ListPage { data, has_more } = client
            .list_events(&types, since, after.as_ref(), deadline)
            .await?;
        if !has_more {
            events.extend(data);
            return Ok(events);
        }
        after = Some(last_id(&data)?);
        events.extend(data);
    }
}

/// The id the next page starts after.
// The client's own error, handed straight back.
#[allow(clippy::result_large_err)]
fn last_id(page: &[Value]) -> Result<EventId, StripeError> {
    page.last()
        .and_then(|event| event.get("id")?.as_str())
        .and_then(|id| EventId::parse(id).ok())
        .ok_or_else(|| {
            StripeError::Decode(
                "a page said more events follow, but its last has no event id to go on from".into(),
            )
        })
}

/// Stripe's error as the command tells it: what to do about a refused key, and never
/// the key (Stripe's message may quote part of it; the whole one is taken out too).
fn reason(error: &StripeError, key: &str) -> String {
    let hint = match error.status() {
        Some(401) => {
            "; the key is not one Stripe knows (check STRIPE_READ_KEY, or STRIPE_SECRET_KEY \
             when it is unset, and that it is for this account and mode)"
        }
        Some(403) => "; the key needs the Events: Read permission",
        _ => "",
    };
    format!("{error}{hint}").replace(key, "[the key]")
}

#[cfg(test)]
mod tests {
    use super::*;
    use stripe_recovery::stripe::client::EVENT_TYPES_LIMIT;

    #[test]
    fn the_listed_types_are_the_simulated_ones_and_object_states_within_stripes_limit() {
        let types = listed_types();
        assert!(types.len() <= EVENT_TYPES_LIMIT, "{types:?}");
        for handled in BILLING_TYPES.iter().filter(|h| h.is_stripes()) {
            let setup_intent = handled.as_str().starts_with("setup_intent.");
            // A signal is listed only as an object state (a renewed card's).
            let signal = handled.is_a_customer_signal();
            assert_eq!(
                types.contains(&handled.as_str()),
                !setup_intent && (!signal || STATE_TYPES.contains(&handled.as_str())),
                "{handled}"
            );
        }
        let mut unique = types.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), types.len(), "{types:?}");
        assert!(!types.iter().any(|t| t.starts_with("stripe_recovery.")));
    }

    fn env(pairs: &[(&str, &str)]) -> stripe_recovery::config::FixedEnv {
        Env::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn the_read_key_comes_first_and_a_missing_or_bad_one_is_named_without_its_value() {
        let (config, key) = stripe_access(&env(&[
            ("STRIPE_READ_KEY", "rk_test_reader"),
            ("STRIPE_SECRET_KEY", "sk_test_writer"),
            ("STRIPE_API_BASE", "http://127.0.0.1:12111/"),
        ]))
        .unwrap();
        assert_eq!(key, "rk_test_reader");
        assert_eq!(config.api_base, "http://127.0.0.1:12111");
        let (config, key) = stripe_access(&env(&[("STRIPE_SECRET_KEY", "sk_test_w")])).unwrap();
        assert_eq!(key, "sk_test_w");
        assert_eq!(config.api_base, "https://api.stripe.com");

        let missing = stripe_access(&env(&[])).unwrap_err().to_string();
        assert!(
            missing.contains("STRIPE_READ_KEY") && missing.contains("STRIPE_SECRET_KEY"),
            "{missing}"
        );
        let bad = stripe_access(&env(&[("STRIPE_READ_KEY", "pk_test_public1")]))
            .unwrap_err()
            .to_string();
        assert!(bad.contains("STRIPE_READ_KEY is invalid"), "{bad}");
        assert!(!bad.contains("pk_test_public1"), "{bad}");
    }

    #[test]
    fn a_refused_key_says_what_to_do_and_is_never_quoted() {
        let refused = |status| StripeError::Api {
            status,
            kind: stripe_recovery::stripe::error::ErrorType::InvalidRequestError,
            code: None,
            param: None,
            message: "Invalid API Key provided: rk_test_secret123".into(),
            request_id: None,
        };
        let unknown = reason(&refused(401), "rk_test_secret123");
        assert!(unknown.contains("Stripe answered 401"), "{unknown}");
        assert!(unknown.contains("STRIPE_READ_KEY"), "{unknown}");
        assert!(!unknown.contains("secret123"), "{unknown}");
        let forbidden = reason(&refused(403), "rk_test_secret123");
        assert!(forbidden.contains("Events: Read"), "{forbidden}");
    }
}
