//! What we know of Stripe: webhook signatures, event payloads and the HTTP API.

pub mod client;
pub mod event;
pub mod signature;
