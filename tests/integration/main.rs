//! One integration-test binary (so the workspace links it once). Needs the moto server
//! that `scripts/test` starts; see tests/support for the helpers.

mod create_session;
mod local_runner;
mod recovery_mailer;
mod sample_events;
mod setup_intent_canceller;
mod store_contract;
mod webhook_intake;
