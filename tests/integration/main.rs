//! One integration-test binary (so the workspace links it once). Needs the moto server
//! that `scripts/test` starts; see tests/support for the helpers.

mod bad_day;
mod billing_recovery;
mod churn;
mod create_session;
mod faults;
mod hostile_input;
mod lifecycle;
mod local_runner;
mod mail_events;
mod portal_config;
mod portal_link;
mod recovery_cart;
mod recovery_mailer;
mod recovery_policies;
mod recovery_sequence;
mod replay;
mod sample_events;
mod secrets;
mod ses_mailer;
mod setup_intent_canceller;
mod setup_intent_mails;
mod signals;
mod simulate_from_stripe;
mod store_contract;
mod stripe_spec;
mod template_routing;
mod template_security;
mod unsubscribe;
mod webhook_intake;

/// Sends every log line of the suite, at the level production runs (`info`), to the file
/// named by `STRIPE_RECOVERY_TEST_LOG`; `scripts/check-logs.py` then proves that no email
/// address, secret or signature reached a log. Runs before the tests start.
#[ctor::ctor(unsafe)]
fn capture_logs() {
    let Ok(path) = std::env::var("STRIPE_RECOVERY_TEST_LOG") else {
        return;
    };
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    tracing_subscriber::fmt()
        .json()
        .with_env_filter("info")
        .with_writer(std::sync::Mutex::new(file))
        .init();
}
