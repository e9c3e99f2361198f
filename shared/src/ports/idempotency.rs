use std::future::Future;

use super::StoreError;

/// When each caller-given idempotency key was first used. A request retried under one
/// key must send Stripe exactly the parameters of the first (Stripe refuses a reused key
/// with different ones), so anything derived from the clock is derived from this time.
pub trait IdempotencyStore: Send + Sync {
    /// The time `key` was first seen: `now` on first use, which is then remembered until
    /// `ttl`. One atomic write: concurrent first uses agree on one time.
    fn first_seen(
        &self,
        key: &str,
        now: i64,
        ttl: i64,
    ) -> impl Future<Output = Result<i64, StoreError>> + Send;
}
