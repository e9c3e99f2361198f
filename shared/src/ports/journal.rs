use std::future::Future;

use super::StoreError;
use crate::stripe::ids::EventId;

/// Which inbox items each stream consumer has finished with: the stream runner skips an
/// item its consumer finished (Lambda retries a batch from its first failed record, so
/// the records after it come again), and so does the dead-letter replay. A finished item
/// is never judged again at a later clock, where it could, say, mail what its own time's
/// cooldown held back. Items are marked after the consumer succeeded; a lost mark only
/// means an idempotent consumer runs the item again.
pub trait Journal: Send + Sync {
    /// Whether `consumer` finished `event` (and how, in its own words), if so.
    fn finished(
        &self,
        consumer: &str,
        event: &EventId,
    ) -> impl Future<Output = Result<Option<String>, StoreError>> + Send;

    /// Marks `event` finished by `consumer` at `at`, with its outcome (a line that names
    /// no person); kept until `ttl`.
    fn record_finished(
        &self,
        consumer: &str,
        event: &EventId,
        outcome: &str,
        at: i64,
        ttl: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// No journal: every item is processed whenever it comes (tests of a consumer's own
/// idempotence, one-off runs).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoJournal;

impl Journal for NoJournal {
    async fn finished(&self, _: &str, _: &EventId) -> Result<Option<String>, StoreError> {
        Ok(None)
    }

    async fn record_finished(
        &self,
        _: &str,
        _: &EventId,
        _: &str,
        _: i64,
        _: i64,
    ) -> Result<(), StoreError> {
        Ok(())
    }
}
