//! What we know of Stripe: webhook signatures, event payloads, ids, errors and the API.

pub mod billing;
pub mod client;
pub mod error;
pub mod event;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod ids;
pub mod line_items;
pub mod signature;
