//! The common crate of the Lambda functions: a functional core (signature, events,
//! decisions) and an imperative shell (ports and their adapters, the stream runner, HTTP
//! responses, configuration readers, telemetry). What only one function needs lives in
//! that function's crate.

pub mod adapters;
pub mod config;
pub mod consent;
pub mod delivery;
pub mod holdout;
pub mod http;
pub mod inbox;
pub mod init;
pub mod lift;
pub mod mail;
pub mod mail_events;
pub mod portal;
pub mod ports;
pub mod recipient;
pub mod recovery;
pub mod schedule;
pub mod secrets;
pub mod setup_link;
pub mod signed;
pub mod stream;
pub mod stripe;
pub mod telemetry;
pub mod time;
pub mod unsubscribe;
