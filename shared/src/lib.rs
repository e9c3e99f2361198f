//! The common crate of the Lambda functions: a functional core (signature, events,
//! decisions) and an imperative shell (ports and their adapters, configuration, telemetry).

pub mod adapters;
pub mod checkout;
pub mod config;
pub mod inbox;
pub mod intake;
pub mod mail;
pub mod ports;
pub mod recovery;
pub mod stream;
pub mod stripe;
pub mod telemetry;
