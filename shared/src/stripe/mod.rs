//! What we know of Stripe's wire formats: webhook signatures and event payloads.

pub mod event;
pub mod signature;
